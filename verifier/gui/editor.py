"""The template editor: an examiner marks zones and features on a draft template by drawing
rectangles on its reference images; the template is validated on every save."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QRect, QRectF, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRubberBand,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from verifier.gui.images import ImagePane, pixmap_of
from verifier.library import TemplateError, load_template
from verifier.library.template import CHECK_IDS, METHODS

ROUTINE_LIGHT = {"visible": "VI", "uv": "UV", "ir": "IR"}
DEFAULT_ROUTINE = {"visible": "(VI,FR,IS)", "uv": "(UV,LU,IS)", "ir": "(IR,AB,IS)"}


class DrawPane(ImagePane):
    """An image on which the mouse draws a rectangle (emitted in image pixels)."""

    drawn = Signal(QRectF)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragMode(ImagePane.DragMode.NoDrag)
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
        self._origin: Any = None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._origin = event.position().toPoint()
        self._band.setGeometry(QRect(self._origin, self._origin))
        self._band.show()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._origin is not None:
            self._band.setGeometry(QRect(self._origin, event.position().toPoint()).normalized())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._origin is None:
            return
        rect = QRect(self._origin, event.position().toPoint()).normalized()
        self._band.hide()
        self._origin = None
        if rect.width() > 3 and rect.height() > 3:
            self.drawn.emit(self.mapToScene(rect).boundingRect())


class TemplateEditor(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Template editor — {0}").format(folder.name))
        self.data: dict[str, Any] = yaml.safe_load((folder / "template.yaml").read_text("utf-8"))
        self.dpi = int(self.data.get("dpi", 300))
        self.tabs = QTabWidget()
        self.panes: dict[str, DrawPane] = {}
        for light in self.data.get("images", {}):
            pane = DrawPane()
            pane.drawn.connect(self.drawn)
            self.panes[light] = pane
            self.tabs.addTab(pane, light)
        self.marks = QListWidget()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Zone (where something is printed)"), "zone")
        self.kind.addItem(self.tr("Feature (a security check)"), "feature")
        self.name = QLineEdit()
        self.check = QComboBox()
        for check_id in sorted(CHECK_IDS):
            self.check.addItem(check_id, check_id)
        self.method = QComboBox()
        for method in sorted(METHODS):
            self.method.addItem(method, method)
        self.routine = QLineEdit()
        self.description = QLineEdit()
        self.region = QLabel(self.tr("Draw a rectangle on the image."))
        self.add_button = QPushButton(self.tr("&Add the mark"))
        self.save_button = QPushButton(self.tr("&Save and validate"))
        self.remove_button = QPushButton(self.tr("&Remove the selected mark"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        side = self._side_panel()
        layout = QHBoxLayout(self)
        layout.addWidget(self.tabs, 3)
        layout.addLayout(side, 2)
        self.add_button.clicked.connect(self.add_mark)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove_mark)
        self.tabs.currentChanged.connect(lambda _i: self._defaults())
        self.rect_mm: dict[str, float] | None = None
        self.resize(1200, 700)
        self.refresh()
        self._defaults()

    def _side_panel(self) -> QVBoxLayout:
        form = QFormLayout()
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name / id"), self.name)
        form.addRow(self.tr("Check"), self.check)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Routine (Doc 9303-2 App. C)"), self.routine)
        form.addRow(self.tr("Description for the officer"), self.description)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Zones and features")))
        side.addWidget(self.marks, 1)
        side.addWidget(self.remove_button)
        side.addLayout(form)
        side.addWidget(self.add_button)
        side.addWidget(self.save_button)
        side.addWidget(self.status)
        return side

    @property
    def light(self) -> str:
        return list(self.panes)[self.tabs.currentIndex()]

    def _defaults(self) -> None:
        light = self.light
        self.routine.setText(DEFAULT_ROUTINE.get(light, ""))
        index = self.check.findData(f"{light}.features")  # the usual check of a light
        self.check.setCurrentIndex(index)

    def refresh(self) -> None:
        k = self.dpi / 25.4
        self.marks.clear()
        for name, z in (self.data.get("zones") or {}).items():
            self.marks.addItem(f"zone {name}: {z['x']}, {z['y']} mm, {z['w']} x {z['h']} mm")
        for f in self.data.get("features") or []:
            self.marks.addItem(f"feature {f['id']} ({f['light']}, {f['check']}, {f['method']})")
        for light, pane in self.panes.items():
            regions = [
                (QRectF(z["x"] * k, z["y"] * k, z["w"] * k, z["h"] * k), name, False)
                for name, z in (self.data.get("zones") or {}).items()
            ] + [
                (QRectF(f["region"]["x"] * k, f["region"]["y"] * k, f["region"]["w"] * k,
                        f["region"]["h"] * k), f["id"], True)
                for f in self.data.get("features") or []
                if f["light"] == light
            ]  # fmt: skip
            pane.show_image(pixmap_of(self.folder / self.data["images"][light]), regions)

    def drawn(self, rect: QRectF) -> None:
        k = self.dpi / 25.4
        self.rect_mm = {
            "x": round(max(0.0, rect.x()) / k, 1),
            "y": round(max(0.0, rect.y()) / k, 1),
            "w": round(rect.width() / k, 1),
            "h": round(rect.height() / k, 1),
        }
        r = self.rect_mm
        self.region.setText(f"{r['x']}, {r['y']} mm — {r['w']} x {r['h']} mm ({self.light})")
        self.name.setFocus()

    def add_mark(self) -> None:
        name = self.name.text().strip()
        if self.rect_mm is None or not name:
            self.status.setText(self.tr("Draw a rectangle and give it a name first."))
            return
        if self.kind.currentData() == "zone":
            self.data.setdefault("zones", {})[name] = dict(self.rect_mm)
        else:
            self.data.setdefault("features", []).append(
                {
                    "id": name,
                    "light": self.light,
                    "routine": self.routine.text().strip(),
                    "check": self.check.currentData(),
                    "method": self.method.currentData(),
                    "region": dict(self.rect_mm),
                    "params": {},
                    "description": self.description.text().strip() or name,
                }
            )
        self.name.clear()
        self.description.clear()
        self.rect_mm = None
        self.region.setText(self.tr("Draw a rectangle on the image."))
        self.refresh()
        self.status.setText(self.tr("Added {0}; save to validate.").format(name))

    def remove_mark(self) -> None:
        row = self.marks.currentRow()
        zones = list((self.data.get("zones") or {}).keys())
        if row < 0:
            return
        if row < len(zones):
            del self.data["zones"][zones[row]]
        else:
            del self.data["features"][row - len(zones)]
        self.refresh()

    def save(self) -> bool:
        """Write template.yaml and validate it; an invalid template is not kept."""
        path = self.folder / "template.yaml"
        before = path.read_text(encoding="utf-8")
        path.write_text(yaml.safe_dump(self.data, sort_keys=False), encoding="utf-8")
        try:
            load_template(self.folder)
        except TemplateError as exc:
            path.write_text(before, encoding="utf-8")
            self.status.setText(
                self.tr("Not saved: {0} ({1}): {2}").format(
                    exc.field, Path(exc.file).name, exc.reason
                )
            )
            return False
        self.status.setText(self.tr("Saved and valid."))
        return True

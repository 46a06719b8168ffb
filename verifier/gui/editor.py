"""The template editor: an examiner marks zones and features on a draft template by drawing
rectangles on its reference images, and sets what only an authority knows (name, series,
validity). The template is validated on every save; a draft may be saved with gaps, which the
editor lists, and only a complete template can be published into the library."""

from __future__ import annotations

from collections.abc import Callable
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
from verifier.library.drafting import missing_for_publication
from verifier.library.template import CHECK_IDS, DOCUMENT_TYPES, FORMATS, METHODS
from verifier.library.units import px_per_mm

# Document fields the examiner sets, keys of template.yaml
DOCUMENT_FIELDS = (
    "name",
    "issuing_state",
    "document_code",
    "series",
    "number_pattern",
    "valid_from",
    "valid_to",
)

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
    def __init__(
        self,
        folder: Path,
        parent: QWidget | None = None,
        publish: Callable[[Path], str] | None = None,
    ) -> None:
        """``publish``: puts the saved template into the library and says how it went; None
        when the signed-in officer may not publish (administrators only)."""
        super().__init__(parent)
        self.folder = folder
        self._publish = publish
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
        self.publish_button = QPushButton(self.tr("&Publish into the library"))
        self.publish_button.setEnabled(publish is not None)
        if publish is None:
            self.publish_button.setToolTip(self.tr("Only an administrator publishes templates."))
        self._document_widgets()
        self.remove_button = QPushButton(self.tr("&Remove the selected mark"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        side = self._side_panel()
        layout = QHBoxLayout(self)
        layout.addWidget(self.tabs, 3)
        layout.addLayout(side, 2)
        self.add_button.clicked.connect(self.add_mark)
        self.save_button.clicked.connect(self.save)
        self.publish_button.clicked.connect(self.publish)
        self.remove_button.clicked.connect(self.remove_mark)
        self.tabs.currentChanged.connect(lambda _i: self._defaults())
        self.rect_mm: dict[str, float] | None = None
        self.resize(1200, 700)
        self.refresh()
        self._defaults()

    def _document_widgets(self) -> None:
        self.fields = {key: QLineEdit(str(self.data.get(key) or "")) for key in DOCUMENT_FIELDS}
        self.format = QComboBox()
        self.format.addItem(self.tr("(not set)"), None)
        for value in FORMATS:
            self.format.addItem(value, value)
        self.format.setCurrentIndex(max(0, self.format.findData(self.data.get("format"))))
        self.document_type = QComboBox()
        for value in DOCUMENT_TYPES:
            self.document_type.addItem(value, value)
        self.document_type.setCurrentIndex(
            max(0, self.document_type.findData(self.data.get("document_type")))
        )

    def _side_panel(self) -> QVBoxLayout:
        document = QFormLayout()
        labels = {
            "name": self.tr("Name for officers"),
            "issuing_state": self.tr("Issuing state (ICAO code)"),
            "document_code": self.tr("Document code (P, ID, V, …)"),
            "series": self.tr("Series"),
            "number_pattern": self.tr("Number pattern (regular expression)"),
            "valid_from": self.tr("Issued from (YYYY-MM-DD)"),
            "valid_to": self.tr("Issued until (YYYY-MM-DD, empty: still issued)"),
        }
        for key in DOCUMENT_FIELDS:
            document.addRow(labels[key], self.fields[key])
        document.addRow(self.tr("MRZ format"), self.format)
        document.addRow(self.tr("Document type"), self.document_type)
        form = QFormLayout()
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name / id"), self.name)
        form.addRow(self.tr("Check"), self.check)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Routine (Doc 9303-2 App. C)"), self.routine)
        form.addRow(self.tr("Description for the officer"), self.description)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("The document")))
        side.addLayout(document)
        side.addWidget(QLabel(self.tr("Zones and features")))
        side.addWidget(self.marks, 1)
        side.addWidget(self.remove_button)
        side.addLayout(form)
        side.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.publish_button)
        side.addLayout(buttons)
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
        k = px_per_mm(self.dpi)
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
        k = px_per_mm(self.dpi)
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

    def _document_fields(self) -> None:
        for key, edit in self.fields.items():
            text = edit.text().strip()
            self.data[key] = text or (None if key in ("valid_to", "number_pattern") else "")
        if self.data.get("number_pattern") is None:
            self.data.pop("number_pattern", None)
        if isinstance(self.data.get("issuing_state"), str):
            self.data["issuing_state"] = self.data["issuing_state"].upper()
        self.data["format"] = self.format.currentData()
        self.data["document_type"] = self.document_type.currentData()

    def save(self) -> bool:
        """Write template.yaml and validate it; an invalid template is not kept. A valid draft
        with gaps is kept, and the gaps are listed."""
        self._document_fields()
        path = self.folder / "template.yaml"
        before = path.read_text(encoding="utf-8")
        path.write_text(yaml.safe_dump(self.data, sort_keys=False, allow_unicode=True), "utf-8")
        try:
            template = load_template(self.folder)
        except TemplateError as exc:
            path.write_text(before, encoding="utf-8")
            self.status.setText(
                self.tr("Not saved: {0} ({1}): {2}").format(
                    exc.field, Path(exc.file).name, exc.reason
                )
            )
            return False
        missing = missing_for_publication(template)
        if missing:
            self.status.setText(
                self.tr("Saved as a draft. Before it can be published: {0}.").format(
                    "; ".join(missing)
                )
            )
        else:
            self.status.setText(self.tr("Saved; complete and ready to publish."))
        return True

    def publish(self) -> bool:
        """Save, then put the template into the library if it is complete."""
        if self._publish is None or not self.save():
            return False
        missing = missing_for_publication(load_template(self.folder))
        if missing:
            self.status.setText(
                self.tr("Not published: the template lacks {0}.").format("; ".join(missing))
            )
            return False
        self.status.setText(self._publish(self.folder))
        return True

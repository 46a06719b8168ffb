"""The inspection screen: capture each light and the bearer, inspect, read the verdict and the
failed features, decide, and the signed report is saved."""

from __future__ import annotations

import datetime as dt
import html
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import cv2
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verifier.capture.camera import Camera, CameraError
from verifier.capture.hotfolder import IMAGE_SUFFIXES, HotFolder, light_of
from verifier.gui.context import AppContext
from verifier.gui.images import ImagePane, pixmap_of
from verifier.gui.resources import child, icon, load_form, tr_text
from verifier.imaging.loading import ImageError
from verifier.inspection.result import CheckResult, InspectionResult
from verifier.reports.book import MAX_NOTES, Decision
from verifier.reports.signing import SigningKeyError
from verifier.reports.workstation import report_images
from verifier.store.db import StoreError

SLOTS = ("visible", "uv", "ir", "bearer")
GROUPS = (  # check id prefix -> group shown to the officer
    ("document", ("mrz.", "doc.", "template.", "viz.")),
    ("visible", ("visible.",)),
    ("uv", ("uv.",)),
    ("ir", ("ir.",)),
    ("barcodes", ("barcode.",)),
    ("face", ("face.",)),
)
STATUS_WORDS = {  # translated where shown (QCoreApplication.translate)
    "pass": str(QT_TRANSLATE_NOOP("InspectionView", "Pass")),
    "fail": str(QT_TRANSLATE_NOOP("InspectionView", "FAIL")),
    "warn": str(QT_TRANSLATE_NOOP("InspectionView", "Warning")),
    "skipped": str(QT_TRANSLATE_NOOP("InspectionView", "Skipped")),
    "error": str(QT_TRANSLATE_NOOP("InspectionView", "Not checked")),
}


class CaptureSlot(QFrame):
    """One capture (a light, or the bearer photo): drop a file, click to choose, or capture."""

    changed = Signal()
    chosen = Signal(str)

    def __init__(self, light: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slot")
        self.light = light
        self.setAcceptDrops(True)
        self.setMinimumSize(150, 120)
        layout = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb = QLabel(self.tr("Drop an image here\nor click to choose"))
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setMinimumHeight(80)
        layout.addWidget(self.title)
        layout.addWidget(self.thumb, 1)
        self.setToolTip(title)
        self.path: Path | None = None

    def set_path(self, path: Path | None) -> None:
        self.path = path
        if path is None:
            self.thumb.setPixmap(pixmap_of(Path()))
            self.thumb.setText(self.tr("Drop an image here\nor click to choose"))
        else:
            pixmap = pixmap_of(path)
            if pixmap.isNull():
                self.thumb.setText(path.name)
            else:
                self.thumb.setPixmap(
                    pixmap.scaled(
                        220, 150, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )  # fmt: skip
        self.setProperty("filled", path is not None)
        self._repolish()
        self.changed.emit()

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        self._repolish()

    def _repolish(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.chosen.emit(self.light)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls:
            self.set_path(Path(urls[0].toLocalFile()))


class InspectionView(QWidget):
    saved = Signal(int)  # the position of the saved report

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: InspectionResult | None = None
        self.captures: dict[str, Path] = {}
        self.current = "visible"
        self.camera: Camera | None = None
        self.hot: HotFolder | None = None
        self.frame: Any = None
        self.capture_dir = Path(tempfile.mkdtemp(prefix="verifier-captures-"))
        self._build()
        self._shortcuts()
        self.camera_timer = QTimer(self)
        self.camera_timer.timeout.connect(self._camera_tick)
        self.hot_timer = QTimer(self)
        self.hot_timer.timeout.connect(self._hot_tick)
        self.new_inspection()

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        titles = {
            "visible": self.tr("Visible light"),
            "uv": self.tr("UV 365 nm"),
            "ir": self.tr("IR 870 nm"),
            "bearer": self.tr("Bearer photo"),
        }
        self.titles = titles
        outer = QHBoxLayout(self)
        outer.addWidget(self._capture_panel())
        outer.addWidget(self._results_panel(), 1)
        self._connect()

    def _capture_panel(self) -> QWidget:
        left = QVBoxLayout()
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        left.addWidget(self.prompt)
        grid = QGridLayout()
        self.slots: dict[str, CaptureSlot] = {}
        for i, light in enumerate(SLOTS):
            slot = CaptureSlot(light, self.titles[light])
            slot.chosen.connect(self.choose_file)
            slot.changed.connect(self._slot_changed)
            grid.addWidget(slot, i // 2, i % 2)
            self.slots[light] = slot
        left.addLayout(grid)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.hide()
        left.addWidget(self.preview)
        buttons = QGridLayout()
        self.open_button = QPushButton(self.tr("&Open files… (Ctrl+O)"))
        self.sample_button = QPushButton(self.tr("S&amples… (Ctrl+M)"))
        self.hot_button = QPushButton(self.tr("&Hot folder (Ctrl+H)"))
        self.hot_button.setCheckable(True)
        self.camera_button = QPushButton(self.tr("&Camera (Ctrl+K)"))
        self.camera_button.setCheckable(True)
        self.capture_button = QPushButton(self.tr("Ca&pture (Space)"))
        self.next_button = QPushButton(self.tr("Next &light (Ctrl+L)"))
        self.inspect_button = QPushButton(self.tr("&Inspect (F5)"))
        self.inspect_button.setDefault(True)
        self.new_button = QPushButton(self.tr("&New inspection (Ctrl+N)"))
        for i, b in enumerate(
            (self.open_button, self.sample_button, self.hot_button, self.camera_button,
             self.capture_button, self.next_button, self.inspect_button, self.new_button)
        ):  # fmt: skip
            buttons.addWidget(b, i // 2, i % 2)
        left.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        left.addWidget(self.progress)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        left.addWidget(self.message)
        left.addStretch(1)

        box = QWidget()
        box.setLayout(left)
        box.setMaximumWidth(480)
        return box

    def _results_panel(self) -> QWidget:
        right = QVBoxLayout()
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        right.addWidget(self.verdict)
        self.identity = QLabel()
        self.identity.setTextFormat(Qt.TextFormat.RichText)
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.identity)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.checks = QTreeWidget()
        self.checks.setHeaderLabels([self.tr("Check"), self.tr("Result"), self.tr("Details")])
        self.checks.setColumnWidth(0, 190)
        self.checks.setColumnWidth(1, 100)
        self.checks.itemActivated.connect(self._check_chosen)
        self.checks.itemClicked.connect(self._check_chosen)
        self.checks.currentItemChanged.connect(lambda item, _old: self._check_chosen(item))
        self.check_detail = QLabel()
        self.check_detail.setWordWrap(True)
        self.check_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        checks_box = QWidget()
        checks_column = QVBoxLayout(checks_box)
        checks_column.setContentsMargins(0, 0, 0, 0)
        checks_column.addWidget(self.checks, 1)
        checks_column.addWidget(self.check_detail)
        split.addWidget(checks_box)
        self.lights = self._image_tabs()
        split.addWidget(self.lights)
        split.setSizes([520, 700])
        right.addWidget(split, 1)
        self.decision_bar = load_form("decision", self)
        self.notes = child(self.decision_bar, QLineEdit, "notes")
        self.notes.setMaxLength(MAX_NOTES)
        self.decision_buttons = {
            Decision.RELEASED: child(self.decision_bar, QPushButton, "released"),
            Decision.REFERRED: child(self.decision_bar, QPushButton, "referred"),
            Decision.SUSPECTED_FRAUD: child(self.decision_bar, QPushButton, "fraud"),
        }
        for decision, button in self.decision_buttons.items():
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
        right.addWidget(self.decision_bar)

        box = QWidget()
        box.setLayout(right)
        return box

    def _image_tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        self.panes: dict[str, tuple[ImagePane, ImagePane]] = {}
        for light in ("visible", "uv", "ir"):
            page = QWidget()
            row = QHBoxLayout(page)
            capture, reference = ImagePane(), ImagePane()
            for pane, caption in ((capture, self.tr("Capture")), (reference, self.tr("Reference"))):
                column = QVBoxLayout()
                column.addWidget(QLabel(caption))
                column.addWidget(pane, 1)
                row.addLayout(column)
            self.panes[light] = (capture, reference)
            tabs.addTab(page, self.titles[light])
        face = QWidget()
        face_row = QHBoxLayout(face)
        self.face_portrait, self.face_bearer = QLabel(), QLabel()
        self.face_text = QLabel()
        self.face_text.setWordWrap(True)
        for label in (self.face_portrait, self.face_bearer):
            label.setMinimumSize(160, 200)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            face_row.addWidget(label)
        face_row.addWidget(self.face_text, 1)
        tabs.addTab(face, self.tr("Face"))
        return tabs

    def _connect(self) -> None:
        self.open_button.clicked.connect(self.open_files)
        self.sample_button.clicked.connect(self.choose_sample)
        self.hot_button.toggled.connect(self.toggle_hot_folder)
        self.camera_button.toggled.connect(self.toggle_camera)
        self.capture_button.clicked.connect(self.capture_frame)
        self.next_button.clicked.connect(self.next_light)
        self.inspect_button.clicked.connect(self.inspect)
        self.new_button.clicked.connect(self.new_inspection)

    def _shortcuts(self) -> None:
        keys = {
            "Ctrl+O": self.open_files,
            "Ctrl+M": self.choose_sample,
            "Ctrl+H": self.hot_button.toggle,
            "Ctrl+K": self.camera_button.toggle,
            "Space": self.capture_frame,
            "Ctrl+L": self.next_light,
            "F5": self.inspect,
            "Ctrl+Return": self.inspect,
            "Ctrl+N": self.new_inspection,
            "Ctrl+1": lambda: self.decide(Decision.RELEASED),
            "Ctrl+2": lambda: self.decide(Decision.REFERRED),
            "Ctrl+3": lambda: self.decide(Decision.SUSPECTED_FRAUD),
        }
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    # -- capture -------------------------------------------------------------------------------
    def new_inspection(self) -> None:
        self.result = None
        for slot in self.slots.values():
            slot.set_path(None)
        self.notes.clear()
        self.checks.clear()
        self.check_detail.clear()
        self.identity.clear()
        self.face_text.clear()
        self.face_portrait.clear()
        self.face_bearer.clear()
        for capture, reference in self.panes.values():
            capture.clear()
            reference.clear()
        self._set_verdict(None)
        self.message.clear()
        self.set_current("visible")
        self._enable()

    def set_current(self, light: str) -> None:
        self.current = light
        for name, slot in self.slots.items():
            slot.set_current(name == light)
        prompts = {
            "visible": self.tr("Place the document in white light and capture it (visible)."),
            "uv": self.tr("Switch to UV light (365 nm) and capture the document."),
            "ir": self.tr("Switch to IR light (870 nm) and capture the document."),
            "bearer": self.tr("Take a photo of the person presenting the document."),
        }
        self.prompt.setText(prompts[light])

    def next_light(self) -> None:
        order = list(SLOTS)
        following = order[(order.index(self.current) + 1) % len(order)]
        self.set_current(following)

    def set_capture(self, light: str, path: Path) -> None:
        self.slots[light].set_path(path)
        missing = [s for s in SLOTS if self.slots[s].path is None]
        if missing:
            self.set_current(missing[0])
        else:
            for slot in self.slots.values():
                slot.set_current(False)
            self.prompt.setText(self.tr("Everything is captured: press Inspect (F5)."))

    def load_folder(self, folder: Path) -> None:
        """A sample document's folder: visible.png, uv.png, ir.png, bearer.jpg."""
        self.new_inspection()
        for light in SLOTS:
            for suffix in (".png", ".jpg"):
                path = folder / f"{light}{suffix}"
                if path.is_file():
                    self.set_capture(light, path)

    def choose_file(self, light: str) -> None:
        self.set_current(light)
        name, _ = QFileDialog.getOpenFileName(
            self, self.titles[light], "", self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)")
        )
        if name:
            self.set_capture(light, Path(name))

    def open_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open the captures"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)"),
        )  # fmt: skip
        for name in names:
            self.set_capture(light_of(name) or self.current, Path(name))

    def choose_sample(self) -> None:
        samples = self.ctx.settings.bundled_samples
        names = sorted(p.name for p in samples.iterdir() if p.is_dir()) if samples.is_dir() else []
        if not names:
            self.message.setText(self.tr("The sample documents are not installed."))
            return
        name, ok = QInputDialog.getItem(
            self, self.tr("Sample documents"), self.tr("Sample:"), names, 0, False
        )
        if ok and name:
            self.load_folder(samples / name)

    def toggle_hot_folder(self, on: bool) -> None:
        folder = str(self.ctx.setting("hot_folder") or "")
        if on and not (folder and Path(folder).is_dir()):
            self.message.setText(
                self.tr(
                    "No hot folder is set, or it does not exist: an administrator sets it in "
                    "Settings (the folder the scanner writes into)."
                )
            )
            self.hot_button.setChecked(False)
            return
        if on:
            self.hot = HotFolder(Path(folder))
            self.hot.start()
            self.hot_timer.start(400)
            self.message.setText(self.tr("Watching the hot folder: scan the document."))
        else:
            self.hot_timer.stop()
            self.hot = None

    def _hot_tick(self) -> None:
        if self.hot is None:
            return
        for path in self.hot.poll():
            self.set_capture(light_of(path.name) or self.current, path)

    def toggle_camera(self, on: bool) -> None:
        if on:
            source = str(self.ctx.setting("camera") or "0")
            try:
                self.camera = Camera(int(source) if source.isdigit() else source)
            except CameraError as exc:
                self.message.setText(str(exc))
                self.camera_button.setChecked(False)
                return
            self.preview.show()
            self.camera_timer.start(66)
        else:
            self.camera_timer.stop()
            if self.camera is not None:
                self.camera.close()
            self.camera = None
            self.preview.hide()

    def _camera_tick(self) -> None:
        if self.camera is None:
            return
        try:
            self.frame = self.camera.frame()
        except CameraError as exc:
            self.message.setText(str(exc))
            self.camera_button.setChecked(False)
            return
        self.preview.setPixmap(
            pixmap_of(self.frame).scaled(
                380, 260, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )  # fmt: skip

    def capture_frame(self) -> None:
        if self.camera is None:
            self.message.setText(self.tr("Turn the camera on first (Ctrl+K), or open a file."))
            return
        if self.frame is None:
            self._camera_tick()
        if self.frame is None:
            return
        stamp = dt.datetime.now().strftime("%H%M%S%f")
        path = self.capture_dir / f"{self.current}-{stamp}.png"
        cv2.imwrite(str(path), cv2.cvtColor(self.frame, cv2.COLOR_RGB2BGR))
        self.set_capture(self.current, path)

    def _slot_changed(self) -> None:
        self.captures = {k: s.path for k, s in self.slots.items() if s.path is not None}
        self._enable()

    def _enable(self) -> None:
        busy = self.progress.isVisible()
        self.inspect_button.setEnabled("visible" in self.captures and not busy)
        for button in self.decision_buttons.values():
            button.setEnabled(self.result is not None and not busy)

    # -- inspection ----------------------------------------------------------------------------
    def inspect(self) -> None:
        if "visible" not in self.captures:
            self.message.setText(
                self.tr(
                    "Capture the document in visible light first: the other lights are optional."
                )
            )
            return
        for path in self.captures.values():
            if path.suffix.lower() not in IMAGE_SUFFIXES or not path.is_file():
                self.message.setText(self.tr("{0} is not an image file.").format(path.name))
                return
        captures = dict(self.captures)
        self.message.setText(self.tr("Inspecting…"))
        self.progress.show()
        self._enable()
        self.ctx.runner.run(
            lambda: self.ctx.inspector().inspect(captures), self._inspected, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self._enable()
        if isinstance(exc, ImageError):
            self.message.setText(
                self.tr("An image could not be read: {0} Capture it again or choose another file.")
                .format(str(exc))
            )  # fmt: skip
        else:
            self.message.setText(
                self.tr("The inspection failed: {0}. The captures are kept; try again.").format(
                    str(exc)
                )
            )

    def _inspected(self, result: InspectionResult) -> None:
        self.progress.hide()
        self.result = result
        missing = [self.titles[s] for s in ("uv", "ir") if s not in self.captures]
        self.message.setText(
            self.tr("Not examined (no capture): {0}.").format(", ".join(missing)) if missing else ""
        )
        self._set_verdict(result.verdict.value, unreferenced=result.template is None)
        self._show_identity(result)
        self._show_checks(result)
        self._show_images(result)
        self._show_face(result)
        self._enable()
        self.checks.setFocus()

    def _set_verdict(self, verdict: str | None, *, unreferenced: bool = False) -> None:
        texts = {
            None: self.tr("No inspection yet"),
            "anomalies": "✖ " + self.tr("ANOMALIES FOUND — see the failed checks"),
            "inconclusive": "? " + self.tr("INCONCLUSIVE — some checks could not be made"),
            "no_anomalies": "✔ " + self.tr("NO ANOMALIES FOUND — the officer decides"),
        }
        text = texts[verdict]
        if unreferenced and verdict == "inconclusive":  # says why, in the banner itself
            text = "? " + self.tr(
                "INCONCLUSIVE — no reference for this document in the library: only what needs "
                "none was checked"
            )
        self.verdict.setText(text)
        self.verdict.setProperty("verdict", verdict or "none")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)

    def _show_identity(self, result: InspectionResult) -> None:
        rows = [(self.tr("Template"), result.template or self.tr("not identified"))]
        mrz = result.mrz
        if mrz is not None:
            checks = mrz.checks

            def mark(field: str) -> str:
                return "✔" if checks.get(field, True) else "✖"

            rows += [
                (self.tr("Document"), f"{mrz.document_code} {mrz.issuing_state} "
                                      f"({mrz.format.value})"),
                (self.tr("Number"), f"{mrz.document_number} {mark('document_number')}"),
                (self.tr("Name"), f"{mrz.surname}, {mrz.given_names}"),
                (self.tr("Nationality"), mrz.nationality),
                (self.tr("Born"), f"{mrz.birth_date} {mark('birth_date')}"),
                (self.tr("Expires"), f"{mrz.expiry_date} {mark('expiry_date')}"),
            ]  # fmt: skip
        cells = "".join(f"<tr><td><b>{k}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows)
        self.identity.setText(f"<table cellspacing='4'>{cells}</table>")

    def _show_checks(self, result: InspectionResult) -> None:
        self.checks.clear()
        names = {
            "document": self.tr("Document, MRZ and printed data"),
            "visible": self.titles["visible"],
            "uv": self.titles["uv"],
            "ir": self.titles["ir"],
            "barcodes": self.tr("Bar codes and seals"),
            "face": self.tr("Face"),
        }
        first_failed: QTreeWidgetItem | None = None
        for group, prefixes in GROUPS:
            members = [c for c in result.checks if c.id.startswith(prefixes)]
            if not members:
                continue
            worst = _worst(members)
            top = QTreeWidgetItem([names[group], self.tr(STATUS_WORDS[worst]), ""])
            top.setIcon(1, icon(worst))
            self.checks.addTopLevelItem(top)
            for check in members:
                status = check.status.value
                item = QTreeWidgetItem(
                    [check.id, self.tr(STATUS_WORDS[status]), tr_text(check.message)]
                )
                item.setIcon(1, icon(status))
                item.setToolTip(2, tr_text(check.message))
                item.setData(0, Qt.ItemDataRole.UserRole, check)
                top.addChild(item)
                if status == "fail" and first_failed is None:
                    first_failed = item
            top.setExpanded(worst != "pass")
        if first_failed is not None:
            self.checks.setCurrentItem(first_failed)

    def _template(self, result: InspectionResult) -> Any:
        inspector = self.ctx._inspector
        if inspector is None or result.template is None:
            return None
        return next((t for t in inspector.templates if t.id == result.template), None)

    def _show_images(self, result: InspectionResult) -> None:
        template = self._template(result)
        dpi = result.frame_dpi or 300
        k = dpi / 25.4
        for light, (capture, reference) in self.panes.items():
            regions = []
            for check in result.checks:
                evidence = check.evidence
                region = evidence.get("worst_tile_mm") or evidence.get("region_mm")
                if not region or not check.id.startswith(f"{light}."):
                    continue
                rect = QRectF(region["x"] * k, region["y"] * k, region["w"] * k, region["h"] * k)
                regions.append(
                    (rect, str(evidence.get("feature", check.id)), check.status.value == "fail")
                )
            aligned = result.aligned.get(light)
            if aligned is not None:
                capture.show_image(pixmap_of(aligned), regions)
            elif light in self.captures:
                capture.show_image(pixmap_of(self.captures[light]))
            else:
                capture.clear()
            if template is not None and light in template.images:
                reference.show_image(pixmap_of(Path(template.images[light])), regions)
            else:
                reference.clear()

    def _show_face(self, result: InspectionResult) -> None:
        face = result.face
        aligned = result.aligned.get("visible")
        if face and aligned is not None and face.get("portrait_mm"):
            zone: Mapping[str, float] = face["portrait_mm"]  # type: ignore[assignment]
            k = (result.frame_dpi or 300) / 25.4
            x0, y0 = round(zone["x"] * k), round(zone["y"] * k)
            x1, y1 = round((zone["x"] + zone["w"]) * k), round((zone["y"] + zone["h"]) * k)
            self.face_portrait.setPixmap(
                pixmap_of(aligned[y0:y1, x0:x1].copy()).scaledToHeight(200)
            )
        if "bearer" in self.captures:
            self.face_bearer.setPixmap(pixmap_of(self.captures["bearer"]).scaledToHeight(200))
        if face is None:
            self.face_text.setText(self.tr("No bearer photo was compared."))
        else:
            percent = face.get("percent")
            bands = {
                "match": self.tr("Match"),
                "uncertain": self.tr("Uncertain"),
                "no_match": self.tr("No match"),
            }
            band = bands.get(str(face.get("band")), str(face.get("band")))
            shown = f"{percent}% — " if percent is not None else ""
            self.face_text.setText(
                f"<h2>{shown}{band}</h2><p>{html.escape(tr_text(face.get('reason')))}</p>"
            )

    def _check_chosen(self, item: QTreeWidgetItem | None, _column: int = 0) -> None:
        check = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(check, CheckResult) or self.result is None:
            self.check_detail.clear()
            return
        status = self.tr(STATUS_WORDS[check.status.value])
        self.check_detail.setText(
            f"<b>{check.id}</b> — {status}<br>{html.escape(tr_text(check.message))}"
        )
        if check.id.startswith("face."):
            self.lights.setCurrentIndex(3)
            return
        region = check.evidence.get("worst_tile_mm") or check.evidence.get("region_mm")
        light = check.id.split(".", 1)[0]
        if region is None or light not in self.panes:
            return
        self.lights.setCurrentIndex(("visible", "uv", "ir").index(light))
        k = (self.result.frame_dpi or 300) / 25.4
        rect = QRectF(region["x"] * k, region["y"] * k, region["w"] * k, region["h"] * k)
        for pane in self.panes[light]:
            pane.zoom_to(rect)

    # -- decision and report -------------------------------------------------------------------
    def decide(self, decision: Decision) -> None:
        result = self.result
        if result is None:
            self.message.setText(self.tr("Inspect the document before deciding."))
            return
        images = report_images(self.captures, result)
        notes = self.notes.text()

        def save() -> int:
            context = self.ctx.report_context()
            return self.ctx.station.book.save(
                result, context, decision=decision, notes=notes, images=images
            ).seq

        self.progress.show()
        self._enable()
        self.ctx.runner.run(save, self._saved, self._save_failed)

    def _saved(self, seq: int) -> None:
        self.progress.hide()
        self.saved.emit(seq)
        self.new_inspection()
        self.message.setText(self.tr("Report #{0} signed and saved.").format(seq))

    def _save_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self._enable()
        if isinstance(exc, StoreError | SigningKeyError | OSError):
            self.message.setText(
                self.tr("The report was NOT saved: {0} Your decision and notes are kept: press "
                        "the decision again to retry.").format(str(exc))
            )  # fmt: skip
        else:
            raise exc


def _worst(checks: list[CheckResult]) -> str:
    order = ("fail", "error", "warn", "pass", "skipped")
    statuses = {c.status.value for c in checks}
    return next(s for s in order if s in statuses)

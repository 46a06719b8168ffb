"""The inspection screen: capture each light and the bearer, inspect, read the verdict and the
failed features, compare them with the reference, decide, and the signed report is saved.

An inspection that was run is never dropped: leaving it without a decision asks the officer to
decide or to record it as not decided, with a reason. Releasing a traveller on anything but
"no anomalies" asks for confirmation and a reason."""

from __future__ import annotations

import datetime as dt
import html
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import cv2
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QMouseEvent,
    QRegularExpressionValidator,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
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
from verifier.gui.dialogs import ask_reason, ask_undecided
from verifier.gui.fraudalerts import AlertPanel
from verifier.gui.images import CHANNELS, Adjust, ImagePane, difference, pixmap_of
from verifier.gui.resources import child, icon, load_form, tr_text
from verifier.gui.runner import Progress
from verifier.gui.training import neutral_order
from verifier.imaging.loading import ImageError, probe_image
from verifier.inspection import presenter
from verifier.inspection.errors import INSPECTION_ERRORS
from verifier.inspection.result import (
    CheckResult,
    InspectionResult,
    headline,
    parts_in_words,
)
from verifier.library import Template
from verifier.library.units import LIGHTS, px_per_mm
from verifier.reports.book import MAX_NOTES, Decision, DecisionError, reason_needed
from verifier.reports.render import seen_before
from verifier.reports.signing import SigningKeyError
from verifier.station.memory import release
from verifier.station.workstation import report_images
from verifier.store.db import StoreError

SLOTS = ("visible", "uv", "ir", "bearer")
STATUS_WORDS = {  # translated where shown (QCoreApplication.translate)
    "pass": str(QT_TRANSLATE_NOOP("InspectionView", "Pass")),
    "fail": str(QT_TRANSLATE_NOOP("InspectionView", "FAIL")),
    "warn": str(QT_TRANSLATE_NOOP("InspectionView", "Warning")),
    "skipped": str(QT_TRANSLATE_NOOP("InspectionView", "Skipped")),
    "error": str(QT_TRANSLATE_NOOP("InspectionView", "Not checked")),
    "not_examined": str(QT_TRANSLATE_NOOP("InspectionView", "Not examined")),
}


# what the work raises by design (the runner's exception policy, verifier/gui/runner.py)
CAMERA = (CameraError, OSError)
SAVE_ERRORS = (StoreError, SigningKeyError, OSError, DecisionError, ValueError)


class CaptureSlot(QFrame):
    """One capture (a light, or the bearer photo): drop a file, click to choose, or capture."""

    changed = Signal()
    chosen = Signal(str)
    dropped = Signal(str, str)  # light, path: the view checks the file before taking it

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
        self.thumb.setFixedHeight(110)  # a thumbnail arriving never moves the layout
        self.thumb.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
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
                        max(self.thumb.width(), 140), 106, Qt.AspectRatioMode.KeepAspectRatio,
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
            self.dropped.emit(self.light, urls[0].toLocalFile())


class InspectionView(QWidget):
    saved = Signal(int)  # the position of the saved report

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: InspectionResult | None = None
        self.inspected: dict[str, Path] = {}  # the captures the result was made from
        self.captures: dict[str, Path] = {}
        self.current = "visible"
        self.camera: Camera | None = None
        self.hot: HotFolder | None = None
        self.frame: Any = None
        self._reading_frame = False
        self._held: list[Path] = []  # scans that arrived while an inspection awaited a decision
        self.capture_dir = Path(tempfile.mkdtemp(prefix="verifier-captures-"))
        self._build()
        self._shortcuts()
        self.camera_timer = QTimer(self)
        self.camera_timer.timeout.connect(self._camera_tick)
        self.hot_timer = QTimer(self)
        self.hot_timer.timeout.connect(self._hot_tick)
        self.blink_timer = QTimer(self)
        self.blink_timer.timeout.connect(self._blink)
        self._blink_on = False
        self._reset()

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
        outer.setContentsMargins(4, 4, 4, 4)
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.capture_panel = self._capture_panel()
        self.columns.addWidget(self.capture_panel)
        self.columns.addWidget(self._results_panel())
        self.columns.setCollapsible(0, True)
        self.columns.setCollapsible(1, False)
        self.columns.setStretchFactor(1, 1)
        outer.addWidget(self.columns)
        self._connect()

    def _capture_panel(self) -> QWidget:
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 4, 0)
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setMinimumHeight(self.prompt.fontMetrics().lineSpacing() * 2 + 8)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        left.addWidget(self.prompt)  # two lines kept for it: a longer prompt moves nothing
        grid = QGridLayout()
        self.slots: dict[str, CaptureSlot] = {}
        for i, light in enumerate(SLOTS):
            slot = CaptureSlot(light, self.titles[light])
            slot.chosen.connect(self.choose_file)
            slot.dropped.connect(lambda light, path: self.put(light, Path(path)))
            slot.changed.connect(self._slot_changed)
            grid.addWidget(slot, i // 2, i % 2)
            self.slots[light] = slot
        left.addLayout(grid)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedHeight(200)
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
        self._chip_controls(buttons, 4)
        left.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        left.addWidget(self.progress)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        left.addWidget(self.message)
        left.addStretch(1)

        box = QWidget()
        box.setLayout(left)
        box.setMaximumWidth(440)
        return box

    def _chip_controls(self, grid: QGridLayout, row: int) -> None:
        """Whether to read the chip (checked: a reader or a sample's simulated chip is used
        when there is one; no reader only makes the chip checks "skipped"), and an ID card's
        CAN."""
        self.chip_button = QPushButton(self.tr("Rea&d the chip (Ctrl+R)"))
        self.chip_button.setCheckable(True)
        self.chip_button.setChecked(True)
        self.chip_button.setToolTip(
            self.tr(
                "Read the document's chip during the inspection: on a chip reader, or a sample's "
                "simulated chip. The MRZ is the key; for an ID card, type its CAN."
            )
        )
        self.can_edit = QLineEdit()
        self.can_edit.setPlaceholderText(self.tr("CAN (ID cards, optional)"))
        self.can_edit.setMaxLength(12)
        self.can_edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,12}")))
        grid.addWidget(self.chip_button, row, 0)
        grid.addWidget(self.can_edit, row, 1)

    def _detail_area(self) -> QScrollArea:
        """The chosen check's words (and the chip's details or certificate chain): it scrolls
        rather than push the list of checks away or the window wider than the screen."""
        self.check_detail.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )  # wraps to the column's width instead of widening it
        area = QScrollArea()
        area.setWidget(self.check_detail)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setMaximumHeight(12 * self.fontMetrics().height())
        return area

    def _alert_panel(self) -> QScrollArea:
        """The hub's fraud alerts for the document's design, beside the verdict: scrolled
        beyond about two alerts, so that the checks and the decision stay on a 1366 x 768
        screen."""
        self.alert_panel = AlertPanel(self.ctx)
        area = QScrollArea()
        area.setWidget(self.alert_panel)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setMaximumHeight(14 * self.fontMetrics().height())
        area.hide()
        self.alert_panel.shown.connect(self._fit_alerts)
        self.alert_area = area
        return area

    def _fit_alerts(self, visible: bool) -> None:
        """As tall as the alerts need, up to the area's limit (then it scrolls)."""
        area = self.alert_area
        if visible:
            self.alert_panel.adjustSize()
            wanted = self.alert_panel.sizeHint().height() + 2 * area.frameWidth()
            area.setMinimumHeight(min(wanted, area.maximumHeight()))
        area.setVisible(visible)

    def _seen_label(self) -> QLabel:
        """This workstation's earlier reports of the document, shown above its data."""
        self.seen = QLabel()
        self.seen.setObjectName("seen")
        self.seen.setWordWrap(True)
        self.seen.hide()
        return self.seen

    def _results_panel(self) -> QWidget:
        right = QVBoxLayout()
        right.setContentsMargins(4, 0, 0, 0)
        top = QHBoxLayout()
        self.columns_button = QPushButton("◀")
        self.columns_button.setToolTip(self.tr("Hide or show the captures (Ctrl+\\)"))
        self.columns_button.setFixedWidth(32)
        self.columns_button.clicked.connect(self.toggle_captures)
        top.addWidget(self.columns_button)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        top.addWidget(self.verdict, 1)
        right.addLayout(top)
        for notice in (self._alert_panel(), self._seen_label()):  # beside the verdict
            right.addWidget(notice)
        self.identity = QLabel()
        self.identity.setTextFormat(Qt.TextFormat.RichText)
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.identity)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.checks = QTreeWidget()
        self.checks.setHeaderLabels([self.tr("Check"), self.tr("Result"), self.tr("Details")])
        self.checks.setColumnWidth(0, 200)
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.tr(w)) for w in STATUS_WORDS.values())
        self.checks.setColumnWidth(1, widest + 44)  # the icon and "Not examined" in any language
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
        checks_column.addWidget(self._detail_area())
        split.addWidget(checks_box)
        images_box = QWidget()
        images_column = QVBoxLayout(images_box)
        images_column.setContentsMargins(0, 0, 0, 0)
        images_column.addLayout(self._aids())
        self.lights = self._image_tabs()
        images_column.addWidget(self.lights, 1)
        split.addWidget(images_box)
        split.setSizes([460, 760])
        right.addWidget(split, 1)
        right.addWidget(self._decision_bar())

        box = QWidget()
        box.setLayout(right)
        return box

    def _decision_bar(self) -> QWidget:
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
        return self.decision_bar

    def _aids(self) -> QHBoxLayout:
        """Comparison aids: they change what is shown, never what was captured."""
        row = QHBoxLayout()
        self.brightness, self.contrast = (
            QSlider(Qt.Orientation.Horizontal),
            QSlider(Qt.Orientation.Horizontal),
        )
        for slider, tip in ((self.brightness, self.tr("Brightness")),
                            (self.contrast, self.tr("Contrast"))):  # fmt: skip
            slider.setRange(-100, 100)
            slider.setFixedWidth(80)
            slider.setToolTip(tip)
            slider.valueChanged.connect(self._aids_changed)
            row.addWidget(QLabel("☀" if slider is self.brightness else "◑"))
            row.addWidget(slider)
        self.invert = QCheckBox(self.tr("Invert"))
        self.invert.toggled.connect(self._aids_changed)
        row.addWidget(self.invert)
        self.channel = QComboBox()
        labels = (self.tr("All channels"), self.tr("Red"), self.tr("Green"), self.tr("Blue"))
        for value, label in zip(CHANNELS, labels, strict=True):
            self.channel.addItem(label, value)
        self.channel.currentIndexChanged.connect(self._aids_changed)
        row.addWidget(self.channel)
        self.compare = QComboBox()
        for value, label in (("side", self.tr("Side by side")),
                             ("blink", self.tr("Blink with the reference")),
                             ("difference", self.tr("Difference from the reference"))):  # fmt: skip
            self.compare.addItem(label, value)
        self.compare.currentIndexChanged.connect(self._compare_changed)
        row.addWidget(self.compare)
        reset = QPushButton(self.tr("Reset"))
        reset.clicked.connect(self.reset_aids)
        row.addWidget(reset)
        row.addStretch(1)
        return row

    def _image_tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        self.panes: dict[str, tuple[ImagePane, ImagePane]] = {}
        self.capture_captions: dict[str, QLabel] = {}
        for light in LIGHTS:
            page = QWidget()
            row = QHBoxLayout(page)
            capture, reference = ImagePane(), ImagePane()
            capture.link(reference)  # zoom and pan together
            pane_captions: list[QLabel] = []
            for pane, caption in ((capture, self.tr("Capture")), (reference, self.tr("Reference"))):
                column = QVBoxLayout()
                label = QLabel(caption)
                pane_captions.append(label)
                column.addWidget(label)
                column.addWidget(pane, 1)
                row.addLayout(column)
            self.panes[light] = (capture, reference)
            self.capture_captions[light] = pane_captions[0]
            tabs.addTab(page, self.titles[light])
        tabs.currentChanged.connect(lambda _i: self._compare_changed())
        face = QWidget()
        face_row = QHBoxLayout(face)
        self.face_portrait, self.face_bearer, self.face_chip = QLabel(), QLabel(), QLabel()
        self.face_text = QLabel()
        self.face_text.setWordWrap(True)
        captions = (
            self.tr("Portrait on the document"),
            self.tr("Bearer, photographed now"),
            self.tr("Portrait in the chip"),
        )
        self.face_captions: list[QLabel] = []
        faces = (self.face_portrait, self.face_bearer, self.face_chip)
        for label, caption in zip(faces, captions, strict=True):
            label.setMinimumSize(160, 200)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column = QVBoxLayout()
            column.addWidget(label, 1)
            title = QLabel(caption)
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            title.hide()  # shown with its image
            self.face_captions.append(title)
            column.addWidget(title)
            face_row.addLayout(column)
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
            "Ctrl+R": self.chip_button.toggle,
            "Ctrl+1": lambda: self.decide(Decision.RELEASED),
            "Ctrl+2": lambda: self.decide(Decision.REFERRED),
            "Ctrl+3": lambda: self.decide(Decision.SUSPECTED_FRAUD),
            "Ctrl+\\": self.toggle_captures,
            "Ctrl+B": lambda: self.toggle_compare(1),
            "Ctrl+D": lambda: self.toggle_compare(2),
        }
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def say(self, text: str, *, error: bool = False) -> None:
        """A message to the officer: red only for what went wrong."""
        self.message.setText(text)
        self.message.setProperty("kind", "error" if error else "info")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def toggle_captures(self) -> None:
        """Hide or show the capture column (room for the evidence on a small screen)."""
        sizes = self.columns.sizes()
        if sizes[0] > 0:
            self._captures_width = sizes[0]
            self.columns.setSizes([0, sum(sizes)])
        else:
            width = getattr(self, "_captures_width", 400)
            self.columns.setSizes([width, max(1, sum(sizes) - width)])
        self.columns_button.setText("▶" if self.columns.sizes()[0] == 0 else "◀")

    # -- leaving an inspection -----------------------------------------------------------------
    @property
    def undecided(self) -> bool:
        """An inspection ran and no decision was saved for it."""
        return self.result is not None

    def leave(self, then: Callable[[], None]) -> bool:
        """Run ``then`` once the current inspection may be left: at once when it was decided (or
        none ran); otherwise the officer decides it first, or records it as not decided with a
        reason (``then`` runs after that report is saved). False: the officer stays."""
        if not self.undecided:
            then()
            return True
        if self.ask_undecided() != "record":
            self.say(self.tr("Decide this inspection first (Ctrl+1, Ctrl+2 or Ctrl+3)."))
            return False
        reason = self.ask_reason(
            self.tr("Record as not decided"),
            self.tr(
                "The inspection is kept as a signed report with no decision. Say why it was "
                "left (e.g. the traveller withdrew, the document was recaptured)."
            ),
            self.tr("&Record"),
            self.notes.text(),
        )
        if reason is None:
            self.say(self.tr("Nothing was recorded: decide this inspection first."))
            return False
        self._save(Decision.NOT_DECIDED, reason, then)
        return True

    def ask_reason(self, title: str, explanation: str, action: str, text: str) -> str | None:
        """The officer's reason, or None when cancelled (a method: tests answer it)."""
        return ask_reason(self, title, explanation, action, text)

    def ask_undecided(self) -> str:
        """``record`` (as not decided) or ``decide`` (a method: tests answer it)."""
        return ask_undecided(self)

    # -- capture -------------------------------------------------------------------------------
    def new_inspection(self) -> None:
        self.leave(self._reset)

    def _reset(self) -> None:
        self.result = None
        self.inspected = {}
        release()  # the last inspection's images and result, now freed
        for slot in self.slots.values():
            slot.set_path(None)
        self.notes.clear()
        self._clear_result()
        self.say("")
        self.set_current("visible")
        self._enable()
        held, self._held = self._held, []
        for path in held:
            self.set_capture(light_of(path.name) or self.current, path)

    def _clear_result(self) -> None:
        self.checks.clear()
        self.check_detail.clear()
        self.identity.clear()
        self.seen.hide()
        self.alert_panel.clear()
        self.face_text.clear()
        self.face_portrait.clear()
        self.face_bearer.clear()
        self.face_chip.clear()
        for caption in self.face_captions:
            caption.hide()
        self.blink_timer.stop()
        for capture, reference in self.panes.values():
            capture.clear()
            reference.clear()
        self._set_verdict(None)

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

    def put(self, light: str, path: Path) -> None:
        """A file the officer put into a slot: refused at once if it is not an image; a capture
        for a new inspection when the current one awaits its decision."""
        self.leave(lambda: self._leave_result_then(lambda: self._take(light, path)))

    def _take(self, light: str, path: Path) -> None:
        self.set_capture(light, path)

    def _leave_result_then(self, then: Callable[[], None]) -> None:
        if self.result is not None or self.inspected:
            self.result = None
            self.inspected = {}
            self._clear_result()
            self._enable()
        then()

    def set_capture(self, light: str, path: Path) -> bool:
        try:
            probe_image(path)
        except ImageError as exc:
            self.say(
                self.tr("Not taken: {0} Choose an image file (PNG, JPEG, TIFF).").format(str(exc)),
                error=True,
            )
            return False
        self.slots[light].set_path(path)
        missing = [s for s in SLOTS if self.slots[s].path is None]
        if missing:
            self.set_current(missing[0])
        else:
            for slot in self.slots.values():
                slot.set_current(False)
            self.prompt.setText(self.tr("Everything is captured: press Inspect (F5)."))
        return True

    def load_folder(self, folder: Path) -> None:
        """A sample document's folder: visible.png, uv.png, ir.png, bearer.jpg."""
        self.leave(lambda: self._load(folder))

    def _load(self, folder: Path) -> None:
        self._reset()
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
            self.put(light, Path(name))

    def open_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open the captures"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)"),
        )  # fmt: skip
        if names:
            self.leave(lambda: self._open(names))

    def _open(self, names: list[str]) -> None:
        self._reset()
        for name in names:
            self.set_capture(light_of(name) or self.current, Path(name))

    def sample_choices(self) -> dict[str, Path]:
        """The bundled samples as the chooser lists them. Trainers and administrators see their
        names; everyone else a neutral label, in an order that says nothing (a name such as
        "forged-photo-substitution" gives a training answer away)."""
        samples = self.ctx.settings.bundled_samples
        names = sorted(p.name for p in samples.iterdir() if p.is_dir()) if samples.is_dir() else []
        officer = self.ctx.officer
        if officer is not None and officer.role in ("trainer", "admin"):
            return {name: samples / name for name in names}
        return {
            self.tr("Sample {0}").format(f"{n:02d}"): samples / name
            for n, name in enumerate(neutral_order(names), 1)
        }

    def choose_sample(self) -> None:
        choices = self.sample_choices()
        if not choices:
            self.say(self.tr("The sample documents are not installed."), error=True)
            return
        name, ok = QInputDialog.getItem(
            self, self.tr("Sample documents"), self.tr("Sample:"), list(choices), 0, False
        )
        if ok and name:
            self.load_folder(choices[name])

    def toggle_hot_folder(self, on: bool) -> None:
        folder = self.ctx.setting("hot_folder")
        if on and not (folder and Path(folder).is_dir()):
            self.say(
                self.tr(
                    "No hot folder is set, or it does not exist: an administrator sets it in "
                    "Settings (the folder the scanner writes into)."
                ),
                error=True,
            )
            self.hot_button.setChecked(False)
            return
        if on:
            self.hot = HotFolder(Path(folder))
            self.hot.start()
            self.hot_timer.start(400)
            self.say(self.tr("Watching the hot folder: scan the document."))
        else:
            self.hot_timer.stop()
            self.hot = None

    def _hot_tick(self) -> None:
        if self.hot is None:
            return
        for path in self.hot.poll():
            if self.undecided:  # never mixed into an inspection awaiting its decision
                self._held.append(path)
                self.say(
                    self.tr(
                        "{0} new scan(s) are waiting: decide this inspection (or record it as "
                        "not decided with New inspection) and they come in."
                    ).format(len(self._held))
                )
            else:
                self.set_capture(light_of(path.name) or self.current, path)

    def toggle_camera(self, on: bool) -> None:
        if on:
            source = self.ctx.setting("camera") or "0"
            try:
                self.camera = Camera(int(source) if source.isdigit() else source)
            except CameraError as exc:
                self.say(str(exc), error=True)
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
        """Frames are read off the GUI thread, one at a time (none pile up)."""
        camera = self.camera
        if camera is None or self._reading_frame:
            return
        self._reading_frame = True
        self.ctx.runner.run(
            camera.frame, self._frame_read, self._frame_failed, expected=CAMERA, lane="camera"
        )

    def _frame_read(self, frame: Any) -> None:
        self._reading_frame = False
        if self.camera is None:
            return
        self.frame = frame
        self.preview.setPixmap(
            pixmap_of(frame).scaled(
                380, 196, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )  # fmt: skip

    def _frame_failed(self, exc: BaseException) -> None:
        self._reading_frame = False
        if self.camera is None:
            return
        self.say(str(exc), error=True)
        self.camera_button.setChecked(False)

    def capture_frame(self) -> None:
        if self.camera is None:
            self.say(self.tr("Turn the camera on first (Ctrl+K), or open a file."), error=True)
            return
        if self.frame is not None:  # the picture the officer sees in the preview
            self._keep_frame(self.frame)
        else:  # none shown yet: the next one
            self.ctx.runner.run(self.camera.frame, self._keep_frame, self._frame_failed,
                                expected=CAMERA, lane="camera")  # fmt: skip

    def _keep_frame(self, frame: Any) -> None:
        stamp = dt.datetime.now().strftime("%H%M%S%f")
        path = self.capture_dir / f"{self.current}-{stamp}.png"
        cv2.imwrite(str(path), cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
        self.put(self.current, path)

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
            self.say(
                self.tr(
                    "Capture the document in visible light first: the other lights are optional."
                ),
                error=True,
            )
            return
        for path in self.captures.values():
            if path.suffix.lower() not in IMAGE_SUFFIXES or not path.is_file():
                self.say(self.tr("{0} is not an image file.").format(path.name), error=True)
                return
        self.leave(self._run_inspection)

    def _run_inspection(self) -> None:
        captures = dict(self.captures)
        chip = (
            self.ctx.chip_request(captures.get("visible"), self.can_edit.text().strip() or None)
            if self.chip_button.isChecked()
            else None
        )
        self.result = None
        self._clear_result()
        self.say(self.tr("Inspecting…"))
        self.progress.show()
        self._enable()

        def work(progress: Progress) -> InspectionResult:
            request = chip
            if request is not None:  # the portrait (DG2) takes seconds on a reader: show it

                def heard(what: str, done: int, total: int) -> None:
                    if what == "DG2":
                        progress(done, total)

                request = replace(request, progress=heard)
            return self.ctx.screen(self.ctx.inspector().inspect(captures, request))

        self.ctx.runner.run(
            work,
            lambda result: self._inspected(result, captures),
            self._failed,
            expected=INSPECTION_ERRORS,
            progress=self._chip_progress,
        )

    def _chip_progress(self, done: int, total: int) -> None:
        """How much of the chip's portrait is read; busy again once it is."""
        if done >= total:
            self._busy()
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Reading the chip's portrait: %p%"))
        self.progress.setTextVisible(True)

    def _busy(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self._busy()
        self._enable()
        if isinstance(exc, ImageError):
            self.say(
                self.tr("An image could not be read: {0} Capture it again or choose another file.")
                .format(str(exc)), error=True,
            )  # fmt: skip
        else:
            self.say(
                self.tr("The inspection failed: {0}. The captures are kept; try again.").format(
                    str(exc)
                ),
                error=True,
            )

    def _inspected(self, result: InspectionResult, captures: dict[str, Path]) -> None:
        self.progress.hide()
        self._busy()
        self.result = result
        self.inspected = captures
        missing = result.not_examined
        self.say(
            self.tr("Not examined: {0}.").format(tr_text(parts_in_words(missing)))
            if missing
            else ""
        )
        self._set_verdict(result)
        self.alert_panel.show_result(result, self._template(result))
        self._show_seen(result)
        self._show_identity(result)
        self.lights.setCurrentIndex(0)  # visible light, unless the first failure is elsewhere
        self._show_images(result)  # before the checks: selecting the first failure zooms
        self._show_checks(result)
        self._show_face(result)
        self._enable()
        if self.width() < 1500 and self.columns.sizes()[0] > 0:
            self.toggle_captures()  # on a small screen the evidence needs the room
        self.checks.setFocus()
        release()  # the work's buffers, freed, back to the system (station/memory.py)

    def _show_seen(self, result: InspectionResult) -> None:
        """Seen before here: shown plainly, or prominently when it was referred or suspected."""
        lines, serious = seen_before({"seen_before": list(result.seen_before)})
        if not lines:
            self.seen.hide()
            return
        title = (
            self.tr("⚠ Seen before on this workstation, and referred or suspected then:")
            if serious
            else self.tr("Seen before on this workstation:")
        )
        items = "".join(f"<li>{html.escape(tr_text(line))}</li>" for line in lines)
        self.seen.setText(f"<b>{html.escape(title)}</b><ul style='margin:0'>{items}</ul>")
        self.seen.setProperty("serious", "yes" if serious else "no")
        self.seen.style().unpolish(self.seen)
        self.seen.style().polish(self.seen)
        self.seen.show()

    def _set_verdict(self, result: InspectionResult | None) -> None:
        if result is None:
            text, state = self.tr("No inspection yet"), "none"
        else:
            verdict = result.verdict.value
            missing = result.not_examined
            marks = {"anomalies": "✖ ", "inconclusive": "? ", "no_anomalies": "✔ "}
            partial = verdict == "no_anomalies" and bool(missing)
            words = headline(verdict, missing, unreferenced=result.template is None)
            text = ("◐ " if partial else marks[verdict]) + tr_text(words)
            state = "partial" if partial else verdict
        self.verdict.setText(text)
        self.verdict.setProperty("verdict", state)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)

    def _chip_name(self, result: InspectionResult) -> list[tuple[str, str]]:
        """The full name in the chip's DG11, where the MRZ may have cut it."""
        read = next((c for c in result.checks if c.id == "chip.read"), None)
        name = ((read.evidence.get("dg11") or {}) if read is not None else {}).get("full_name")
        if not name:
            return []
        return [(self.tr("Name in the chip"), html.escape(presenter.chip_name(str(name))))]

    def _show_identity(self, result: InspectionResult) -> None:
        rows = [(self.tr("Template"), html.escape(result.template or self.tr("not identified")))]
        mrz = result.mrz
        if mrz is not None:
            checks = mrz.checks

            def mark(field: str) -> str:
                return "✔" if checks.get(field, True) else "<b style='color:#b3141b'>✖</b>"

            e = html.escape
            rows += [
                (self.tr("Document"), e(f"{mrz.document_code} {mrz.issuing_state} "
                                        f"({mrz.format.value})")),
                (self.tr("Number"), f"{e(mrz.document_number)} {mark('document_number')}"),
                (self.tr("Name"), e(f"{mrz.surname}, {mrz.given_names}")),
                *self._chip_name(result),
                (self.tr("Nationality"), e(mrz.nationality)),
                (self.tr("Born"), f"{e(str(mrz.birth_date))} {mark('birth_date')}"),
                (self.tr("Expires"), f"{e(str(mrz.expiry_date))} {mark('expiry_date')}"),
            ]  # fmt: skip
            digits = next((c for c in result.checks if c.id == "mrz.check_digits"), None)
            faults = list(digits.evidence.get("faults", [])) if digits is not None else []
            if faults:
                rows.append((self.tr("MRZ"), mrz_html(mrz.lines, faults)))
                rows.append((
                    "",
                    "<br>".join(
                        "<b style='color:#b3141b'>✖</b> " + e(self.tr(
                            "{0}: check digit {1}, computed {2}"
                        ).format(tr_text(DIGIT_FIELDS.get(f["field"], f["field"])),
                                 f["printed"], f["computed"]))
                        for f in faults
                    ),
                ))  # fmt: skip
        cells = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        self.identity.setText(f"<table cellspacing='4'>{cells}</table>")

    def _show_checks(self, result: InspectionResult) -> None:
        self.checks.clear()
        names = {
            "document": self.tr("Document, MRZ and printed data"),
            "visible": self.titles["visible"],
            "uv": self.titles["uv"],
            "ir": self.titles["ir"],
            "barcodes": self.tr("Bar codes and seals"),
            "chip": self.tr("Chip"),
            "face": self.tr("Face"),
            "alerts": self.tr("Watch lists"),
        }
        laid_out = presenter.groups(result.checks, result.not_examined)
        first = presenter.first_failure(laid_out)
        for group in laid_out:
            top = QTreeWidgetItem([names[group.key], self.tr(STATUS_WORDS[group.state]), ""])
            top.setIcon(1, icon("skipped" if group.state == "not_examined" else group.state))
            self.checks.addTopLevelItem(top)
            for check in group.checks:
                status = check.status.value
                item = QTreeWidgetItem(
                    [tr_text(check.name), self.tr(STATUS_WORDS[status]), tr_text(check.message)]
                )
                item.setIcon(1, icon(status))
                item.setToolTip(0, check.id)
                item.setToolTip(2, tr_text(check.message))
                item.setData(0, Qt.ItemDataRole.UserRole, check)
                top.addChild(item)
                if check is first:
                    first_item = item
            top.setExpanded(group.expanded)
        if first is not None:
            self.checks.setCurrentItem(first_item)

    def _template(self, result: InspectionResult) -> Template | None:
        return self.ctx.template(result.template)

    def _show_images(self, result: InspectionResult) -> None:
        template = self._template(result)
        dpi = result.frame_dpi or 300
        k = px_per_mm(dpi)
        for light, (capture, reference) in self.panes.items():
            regions = []
            for check in result.checks:
                evidence = check.evidence
                region = evidence.get("worst_tile_mm") or evidence.get("region_mm")
                if not region or not check.id.startswith(f"{light}."):
                    continue
                rect = QRectF(region["x"] * k, region["y"] * k, region["w"] * k, region["h"] * k)
                regions.append((rect, tr_text(check.name), check.status.value == "fail"))
            aligned = result.aligned.get(light)
            if aligned is not None:
                capture.show_image(pixmap_of(aligned), regions)
            elif light in self.inspected:
                capture.show_image(pixmap_of(self.inspected[light]))
            else:
                capture.clear()
            if template is not None and light in template.images:
                reference.show_image(pixmap_of(Path(template.images[light])), regions)
            else:
                reference.clear()
        self._aids_changed()
        self._compare_changed()

    def _show_face(self, result: InspectionResult) -> None:
        face = result.face
        aligned = result.aligned.get("visible")
        if face and aligned is not None and face.get("portrait_mm"):
            zone: Mapping[str, float] = face["portrait_mm"]  # type: ignore[assignment]
            k = px_per_mm(result.frame_dpi or 300)
            x0, y0 = round(zone["x"] * k), round(zone["y"] * k)
            x1, y1 = round((zone["x"] + zone["w"]) * k), round((zone["y"] + zone["h"]) * k)
            self.face_portrait.setPixmap(
                pixmap_of(aligned[y0:y1, x0:x1].copy()).scaledToHeight(200)
            )
        if "bearer" in self.inspected:
            self.face_bearer.setPixmap(pixmap_of(self.inspected["bearer"]).scaledToHeight(200))
        if result.chip_portrait is not None:
            self.face_chip.setPixmap(pixmap_of(result.chip_portrait).scaledToHeight(200))
        for label, caption in zip(
            (self.face_portrait, self.face_bearer, self.face_chip), self.face_captions, strict=True
        ):
            caption.setVisible(not label.pixmap().isNull())
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
        chip = next((c for c in result.checks if c.id == "face.chip_match"), None)
        if chip is not None:
            status = self.tr(STATUS_WORDS[chip.status.value])
            self.face_text.setText(
                self.face_text.text()
                + f"<h3>{html.escape(tr_text(chip.name))}: {status}</h3>"
                + f"<p>{html.escape(tr_text(chip.message))}</p>"
            )

    def _check_chosen(self, item: QTreeWidgetItem | None, _column: int = 0) -> None:
        check = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(check, CheckResult) or self.result is None:
            self.check_detail.clear()
            return
        status = self.tr(STATUS_WORDS[check.status.value])
        details = "".join(  # the chip's DG11/DG12 or its certificate chain, on demand
            f"<tr><td><b>{html.escape(tr_text(label))}</b></td><td>{html.escape(value)}</td></tr>"
            for label, value in presenter.chip_rows(check.id, check.evidence)
        )
        self.check_detail.setText(
            f"<b>{html.escape(tr_text(check.name))}</b> <small>({check.id})</small> — {status}"
            f"<br>{html.escape(tr_text(check.message))}"
            + (f"<table cellspacing='2'>{details}</table>" if details else "")
        )
        if check.id.startswith("face."):
            self.lights.setCurrentIndex(3)
            return
        region = check.evidence.get("worst_tile_mm") or check.evidence.get("region_mm")
        light = check.id.split(".", 1)[0]
        if region is None or light not in self.panes:
            return
        self.lights.setCurrentIndex(LIGHTS.index(light))
        k = px_per_mm(self.result.frame_dpi or 300)
        rect = QRectF(region["x"] * k, region["y"] * k, region["w"] * k, region["h"] * k)
        for pane in self.panes[light]:
            pane.zoom_to(rect)

    # -- comparison aids -----------------------------------------------------------------------
    def adjust(self) -> Adjust:
        return Adjust(
            self.brightness.value(),
            self.contrast.value(),
            self.invert.isChecked(),
            str(self.channel.currentData() or "all"),
        )

    def _aids_changed(self) -> None:
        how = self.adjust()
        for capture, reference in self.panes.values():
            capture.set_adjust(how)
            reference.set_adjust(how)

    def toggle_compare(self, index: int) -> None:
        """Blink (Ctrl+B) or difference (Ctrl+D) on, or back to side by side."""
        self.compare.setCurrentIndex(0 if self.compare.currentIndex() == index else index)

    def reset_aids(self) -> None:
        for slider in (self.brightness, self.contrast):
            slider.setValue(0)
        self.invert.setChecked(False)
        self.channel.setCurrentIndex(0)
        self.compare.setCurrentIndex(0)

    def _compare_changed(self) -> None:
        mode = str(self.compare.currentData() or "side")
        self.blink_timer.stop()
        self._blink_on = False
        for capture, _reference in self.panes.values():
            capture.show_instead(None)
        for caption in self.capture_captions.values():
            caption.setText(self.tr("Capture"))
        light = LIGHTS[self.lights.currentIndex()] if (
            self.lights.currentIndex() < 3) else None  # fmt: skip
        if light is None:
            return
        capture, reference = self.panes[light]
        if capture.array is None or reference.array is None:
            if mode != "side":
                self.say(self.tr("No reference image to compare with for this light."))
            return
        if mode == "difference":
            capture.show_instead(difference(capture.array, reference.array))
            self.capture_captions[light].setText(
                self.tr("Difference: capture against reference (bright = differs)")
            )
        elif mode == "blink":
            self.blink_timer.start(600)

    def _blink(self) -> None:
        index = self.lights.currentIndex()
        if index >= 3:
            return
        capture, reference = self.panes[LIGHTS[index]]
        self._blink_on = not self._blink_on
        capture.show_instead(reference.array if self._blink_on else None)
        self.capture_captions[LIGHTS[index]].setText(
            self.tr("Reference (blinking)") if self._blink_on else self.tr("Capture")
        )

    # -- decision and report -------------------------------------------------------------------
    def decide(self, decision: Decision) -> None:
        result = self.result
        if result is None:
            self.say(self.tr("Inspect the document before deciding."), error=True)
            return
        notes = self.notes.text()
        if reason_needed(decision, result.verdict.value):
            words = {
                "anomalies": self.tr("found anomalies"),
                "inconclusive": self.tr("is inconclusive"),
            }
            reason = self.ask_reason(
                self.tr("Release despite the verdict?"),
                self.tr(
                    "The machine verdict {0}. Releasing the traveller needs your reason: what you "
                    "examined and why you are satisfied. It is signed into the report."
                ).format(words.get(result.verdict.value, result.verdict.value)),
                self.tr("&Release"),
                notes,
            )
            if reason is None:
                self.say(self.tr("Not released: nothing was saved."))
                return
            notes = reason
        self._save(decision, notes, self._reset)

    def _save(self, decision: Decision, notes: str, then: Callable[[], None]) -> None:
        result, captures = self.result, dict(self.inspected or self.captures)
        assert result is not None

        def save() -> int:
            images = report_images(captures, result)  # encoding the images, off the GUI thread
            context = self.ctx.report_context()
            return self.ctx.station.book.save(
                result, context, decision=decision, notes=notes, images=images
            ).seq

        self.progress.show()
        self._enable()
        self.ctx.runner.run(
            save,
            lambda seq: self._saved(seq, decision, then),
            self._save_failed,
            expected=SAVE_ERRORS,
            lane="store",
        )

    def _saved(self, seq: int, decision: Decision, then: Callable[[], None]) -> None:
        self.progress.hide()
        self.result = None  # decided: nothing is left to lose
        self.saved.emit(seq)
        then()
        if decision is Decision.NOT_DECIDED:
            self.say(self.tr("Report #{0} signed and saved as not decided.").format(seq))
        else:
            self.say(self.tr("Report #{0} signed and saved.").format(seq))

    def _save_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self._enable()
        reason = str(exc) if isinstance(exc, SAVE_ERRORS) else self.tr("an internal error.")
        self.say(
            self.tr("The report was NOT saved: {0} Your decision and notes are kept: press "
                    "the decision again to retry.").format(reason), error=True,
        )  # fmt: skip


def mrz_html(lines: tuple[str, ...], faults: list[Mapping[str, Any]]) -> str:
    """The MRZ lines in monospace: the fields a failing check digit covers underlined, the
    digit itself in red."""
    marks: dict[tuple[int, int], str] = {}
    for fault in faults:
        for line, start, stop in fault.get("covers", []):
            for pos in range(start, stop):
                marks.setdefault((line, pos), "covered")
        marks[(int(fault["line"]), int(fault["position"]))] = "digit"
    out = []
    for n, line in enumerate(lines):
        cells = []
        for pos, ch in enumerate(line):
            text = html.escape(ch)
            kind = marks.get((n, pos))
            if kind == "digit":
                cells.append(f"<b style='color:white;background:#b3141b'>{text}</b>")
            elif kind == "covered":
                cells.append(f"<u style='background:#ffe2a8'>{text}</u>")
            else:
                cells.append(text)
        out.append("".join(cells))
    return "<tt style='font-size:11pt'>" + "<br>".join(out) + "</tt>"


DIGIT_FIELDS = {  # translated through tr_text (the core's texts)
    "document_number": "document number",
    "birth_date": "date of birth",
    "expiry_date": "date of expiry",
    "optional_data": "optional data",
    "optional_data_2": "optional data",
    "composite": "the composite check digit",
}

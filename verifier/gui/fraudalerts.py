"""The regional hub's fraud alerts in the application: the panel beside the verdict that shows
the alerts concerning the inspected document, each example next to the same region of this
capture; and the Library's page that lists every alert (expired and withdrawn ones greyed) and
imports new ones (administrators). The import and its audit entry are the station's
(verifier/station/alerts.py)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verifier.alerts import Alert, AlertError, crop_mm
from verifier.gui.context import AppContext
from verifier.gui.images import pixmap_of
from verifier.gui.resources import tr_text
from verifier.inspection.result import InspectionResult
from verifier.library.template import Template
from verifier.reports.render import alert_lines
from verifier.station.alerts import alert_examples, fraud_alerts, import_alert, trusted_hubs

THUMB_HEIGHT = 96


def _picture(image: Any, height: int = THUMB_HEIGHT) -> QLabel:
    label = QLabel()
    pixmap = pixmap_of(image)
    label.setPixmap(pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation))
    return label


def _light(widget: QWidget, light: str) -> str:
    words = {"visible": widget.tr("visible light"), "uv": widget.tr("UV"), "ir": widget.tr("IR")}
    return words.get(light, light)


def _plain(text: str) -> QLabel:
    """A label that shows its text as written (never as markup: a hub's or a file's words)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _captioned(widget: QWidget, caption: str) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    words = _plain(caption)
    words.setObjectName("caption")
    words.setWordWrap(True)
    column.addWidget(words)
    return box


class AlertPanel(QFrame):
    """The alerts shown with an inspection: what each says, and each example beside the same
    region of the capture in the same light. ``shown`` says whether there is anything to show
    (the view hides the area that holds the panel)."""

    shown = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("alerts")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(8, 6, 8, 6)
        self.hide()

    def clear(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.hide()
        self.shown.emit(False)

    def show_result(self, result: InspectionResult, template: Template | None) -> None:
        self.clear()
        if not result.alerts:
            return
        title = QLabel(
            self.tr("⚑ Fraud alerts for this document design ({0}): check what they describe.")
            .format(len(result.alerts))
        )  # fmt: skip
        title.setObjectName("alertsTitle")
        title.setWordWrap(True)
        self.column.addWidget(title)
        for record in result.alerts:
            self.column.addWidget(self._alert(record, result, template))
        self.show()
        self.shown.emit(True)

    def _alert(
        self, record: Mapping[str, Any], result: InspectionResult, template: Template | None
    ) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)  # the words, then each example beside this capture
        row.setContentsMargins(0, 4, 0, 4)
        lines = [html.escape(tr_text(line)) for line in alert_lines(record)]
        words = QLabel(f"<b>{lines[0]}</b><br>" + "<br>".join(lines[1:]))
        words.setWordWrap(True)
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(words, 1)
        found = alert_examples(self.ctx.settings, str(record.get("id")))
        if found is None:
            return box
        alert, examples = found
        for shown in examples:
            example = shown.example
            light = _light(self, example.light)
            caption = example.caption or self.tr("Example")
            pair = QHBoxLayout()
            picture = _picture(crop_mm(shown.page, shown.template.width_mm, alert.region))
            pair.addWidget(_captioned(picture, self.tr("Alert: {0} ({1})").format(caption, light)))
            capture = result.aligned.get(example.light)  # on the identified design's frame
            if capture is not None and template is not None:
                pair.addWidget(_captioned(
                    _picture(crop_mm(capture, template.width_mm, alert.region)),
                    self.tr("This document ({0})").format(light)))  # fmt: skip
            row.addLayout(pair)
        return box


class FraudAlertView(QWidget):
    """The Library's page: every alert on this workstation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.alerts: list[Alert] = []
        explain = QLabel(
            self.tr(
                "Alerts from the regional hub about forgeries in circulation. Each is shown at "
                "the inspection of the design it concerns until it expires or the hub "
                "withdraws it. Personal data is masked on the examples."
            )
        )
        explain.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Alert"), self.tr("Design"), self.tr("Numbers"), self.tr("Issued"),
             self.tr("Until"), self.tr("State")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_alert(row))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.examples = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import fraud alerts…"))
        self.status = _plain("")
        self.status.setObjectName("message")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(self.examples)
        layout.addLayout(bottom)
        if not ctx.is_admin:
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.tr("Only an administrator imports alerts."))
        self.import_button.clicked.connect(self.import_files)
        self.reload()

    def today(self) -> dt.date:
        return self.ctx.today or dt.date.today()

    def state(self, alert: Alert) -> str:
        if alert.withdrawn:
            return self.tr("Withdrawn")
        return self.tr("In force") if alert.active(self.today()) else self.tr("Expired")

    def reload(self) -> None:
        self.alerts = fraud_alerts(self.ctx.settings).installed(trusted_hubs(self.ctx.settings))
        self.table.setRowCount(len(self.alerts))
        for row, alert in enumerate(self.alerts):
            cells = (alert.title, alert.template, alert.numbers() or self.tr("all"),
                     alert.issued.date().isoformat(), alert.expires.isoformat(),
                     self.state(alert))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not alert.active(self.today()):
                    item.setForeground(QColor("#777777"))
                self.table.setItem(row, column, item)
        self._say(self.summary(), False)
        self.show_alert(0 if self.alerts else -1)

    def summary(self) -> str:
        if not self.alerts:
            return self.tr("No fraud alert is installed.")
        active = sum(1 for a in self.alerts if a.active(self.today()))
        return self.tr("Alerts: {0}, in force: {1}.").format(len(self.alerts), active)

    def show_alert(self, row: int) -> None:
        while self.examples.count():
            item = self.examples.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not 0 <= row < len(self.alerts):
            self.detail.clear()
            return
        alert = self.alerts[row]
        self.detail.setText(
            f"<b>{html.escape(alert.title)}</b> — {html.escape(alert.hub)}, "
            f"{html.escape(alert.template)}<br>"
            + html.escape(self.tr("Look for: {0}").format(alert.look_for))
        )
        found = alert_examples(self.ctx.settings, alert.id)
        for shown in found[1] if found is not None else []:
            light = _light(self, shown.example.light)
            self.examples.addWidget(
                _captioned(_picture(shown.page, 180), f"{shown.example.caption} ({light})")
            )
        self.examples.addStretch(1)

    def _say(self, text: str, error: bool) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", "error" if error else "info")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def import_files(self, _checked: bool = False, paths: list[Path] | None = None) -> None:
        if not self.ctx.is_admin:
            self._say(self.tr("Only an administrator imports alerts."), True)
            return
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("Import fraud alerts"),
                "",
                self.tr("Fraud alerts (*.alert);;All files (*)"),
            )
            paths = [Path(n) for n in names]
        officer = self.ctx.officer.id if self.ctx.officer else None
        done, refused = [], []
        for path in paths:
            try:
                alert, _ = import_alert(self.ctx.station, path, officer)
            except (AlertError, OSError) as exc:
                refused.append(f"{path.name}: {exc}")
                continue
            done.append(alert.title)
        self.reload()
        if refused:
            self._say(self.tr("Refused; the alerts in force are unchanged: {0}").format(
                "; ".join(refused)), True)  # fmt: skip
        elif done:
            imported = self.tr("Imported: {0}.").format(", ".join(done))
            self._say(f"{imported} {self.summary()}", False)

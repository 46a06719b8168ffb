"""The watch lists this workstation checks (lost, stolen, revoked documents): each list's date
and age, a warning when one is older than the limit, the import of a signed package and the
limit itself (administrators). The import and its audit entry are the station's
(verifier/station/alerts.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verifier.gui.context import AppContext
from verifier.station.alerts import import_watchlist, watch_lists
from verifier.store.db import StoreError
from verifier.store.settings import SPECS, SettingError
from verifier.watchlist import Imported, ListInfo, WatchListError


class WatchListView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lists: list[ListInfo] = []
        explain = QLabel(
            self.tr(
                "Every inspection looks the document up in these lists. A hit is a reason to "
                "check, not a proof. The lists hold no document numbers, only keyed hashes."
            )
        )
        explain.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("List"), self.tr("Version"), self.tr("Issued"), self.tr("Age (days)"),
             self.tr("Entries")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.max_age = QSpinBox()
        spec = SPECS["watchlist_max_age_days"]
        self.max_age.setRange(int(spec.low or 1), int(spec.high or 365))
        self.max_age.setSuffix(self.tr(" days"))
        self.save_button = QPushButton(self.tr("Sa&ve the limit"))
        self.import_button = QPushButton(self.tr("&Import a watch-list package…"))
        self.status = QLabel()
        self.status.setObjectName("message")
        self.status.setWordWrap(True)
        limit = QHBoxLayout()
        limit.addWidget(QLabel(self.tr("Warn when a list is older than")))
        limit.addWidget(self.max_age)
        limit.addWidget(self.save_button)
        limit.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(limit)
        layout.addLayout(bottom)
        if not ctx.is_admin:
            for widget in (self.import_button, self.save_button, self.max_age):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Only an administrator changes the watch lists."))
        self.import_button.clicked.connect(self.import_file)
        self.save_button.clicked.connect(self.save_limit)
        self.reload()

    def today(self) -> dt.date:
        return self.ctx.today or dt.date.today()

    def reload(self) -> None:
        self.lists = watch_lists(self.ctx.settings).installed()
        limit = self.ctx.setting("watchlist_max_age_days")
        self.max_age.setValue(limit)
        self.table.setRowCount(len(self.lists))
        stale = []
        for row, info in enumerate(self.lists):
            age = info.age_days(self.today())
            old = age > limit
            if old:
                stale.append(info)
            cells = (
                info.name,
                str(info.version),
                info.issued.date().isoformat(),
                str(age),
                f"{info.entries:,}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(info.instruction)
                if old:
                    item.setForeground(QColor("#b3141b"))
                self.table.setItem(row, column, item)
        if not self.lists:
            self._say(self.tr("No watch list is installed: documents are not looked up."), True)
        elif stale:
            self._say(
                self.tr(
                    "Out of date: {0}. A recent loss or theft would not be on it: import the "
                    "latest list."
                ).format(", ".join(
                    self.tr("{0} is {1} days old").format(i.name, i.age_days(self.today()))
                    for i in stale
                )),
                True,
            )  # fmt: skip
        else:
            self._say(self.tr("{0} watch lists, all up to date.").format(len(self.lists)), False)

    def _say(self, text: str, error: bool) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", "error" if error else "info")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def save_limit(self) -> None:
        if not self.ctx.is_admin:
            return
        try:
            self.ctx.set_setting("watchlist_max_age_days", self.max_age.value())
        except (SettingError, StoreError) as exc:
            self._say(str(exc), True)
            return
        self.reload()

    def import_file(self, _checked: bool = False, path: Path | None = None) -> None:
        if not self.ctx.is_admin:
            self._say(self.tr("Only an administrator changes the watch lists."), True)
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a watch-list package"),
                "",
                self.tr("Watch-list packages (*.vwl);;All files (*)"),
            )
            if not name:
                return
            path = Path(name)
        chosen = path
        officer = self.ctx.officer.id if self.ctx.officer else None
        self._say(self.tr("Checking {0}…").format(chosen.name), False)
        self.import_button.setEnabled(False)
        self.ctx.runner.run(  # ten million entries take a second or two: off the GUI thread
            lambda: import_watchlist(self.ctx.station, chosen, officer),
            self._imported,
            self._failed,
            expected=(WatchListError, OSError),
            lane="store",
        )

    def _imported(self, imported: Imported) -> None:
        self.import_button.setEnabled(True)
        self.reload()
        info = imported.info
        self._say(
            self.tr("{0}: version {1} installed, {2} entries.").format(
                info.name, info.version, f"{info.entries:,}"
            ),
            False,
        )

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, WatchListError | OSError):
            self._say(self.tr("Refused; the lists in force are unchanged: {0}").format(exc), True)
        else:  # a fault: the runner reports it
            self._say(self.tr("Not done: {0}").format(self.tr("an internal error.")), True)

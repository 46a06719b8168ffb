"""History: find the stored reports the way officers look for them (part of a number, a name,
dates, officer, decision), open one, add a signed addendum, verify the chain and export PDFs,
the long work off the GUI thread with progress and a way to cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from verifier.gui.context import AppContext
from verifier.gui.dialogs import AddendumDialog, decision_word, verdict_word
from verifier.gui.resources import screen_text, tr_text
from verifier.gui.runner import Cancelled, Progress
from verifier.inspection.result import CHECK_NAMES
from verifier.printing.words import Words
from verifier.reports.book import DecisionError, Summary
from verifier.reports.render import (
    DECISIONS,
    Printable,
    summary_html,
    to_pdf,
)
from verifier.reports.verify import Verification, verify
from verifier.store.db import StoreError

COLUMNS = (  # translated where shown
    "#",
    str(QT_TRANSLATE_NOOP("HistoryView", "Created (UTC)")),
    str(QT_TRANSLATE_NOOP("HistoryView", "Verdict")),
    str(QT_TRANSLATE_NOOP("HistoryView", "Decision")),
    str(QT_TRANSLATE_NOOP("HistoryView", "Officer")),
    str(QT_TRANSLATE_NOOP("HistoryView", "Number")),
    str(QT_TRANSLATE_NOOP("HistoryView", "Holder")),
    str(QT_TRANSLATE_NOOP("HistoryView", "Template")),
    str(QT_TRANSLATE_NOOP("HistoryView", "Failed checks")),
)


def report_html(ctx: AppContext, report: dict[str, Any]) -> str:
    """A stored report as the History shows it: ``render.summary_html``, the printed report's
    rows in brief, in the officer's language."""
    words = Words(ctx.setting("language"), lookup=screen_text)  # as the screens are translated
    return summary_html(Printable(report, {}, words))


# what the store's work raises by design (the runner's exception policy)
STORE_ERRORS = (StoreError, LookupError, DecisionError, OSError, ValueError)


class ReportDialog(QDialog):
    """One report opened from the History (double-click)."""

    def __init__(self, view: HistoryView, report: dict[str, Any]) -> None:
        super().__init__(view)
        self.setWindowTitle(self.tr("Report #{0}").format(report["seq"]))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setHtml(report_html(view.ctx, report))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = buttons.addButton(self.tr("&Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        amend = buttons.addButton(self.tr("&Addendum…"), QDialogButtonBox.ButtonRole.ActionRole)
        amend.setEnabled(not report["purged_at"])
        export.clicked.connect(lambda: view.export_pdf())  # noqa: PLW0108 - not `checked`
        amend.clicked.connect(self._amend)
        self.view = view
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _amend(self) -> None:
        self.accept()
        self.view.add_addendum()


class HistoryView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Summary] = []
        self.officer_names: dict[str, str] = {}  # user name -> full name, as the table shows it
        self.task: Progress | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.detail = QTextBrowser()
        actions = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify signatures"))
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.addendum_button = QPushButton(self.tr("A&ddendum…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        for widget in (self.verify_button, self.export_button, self.addendum_button,
                       self.progress, self.cancel_button):  # fmt: skip
            actions.addWidget(widget)
        actions.addWidget(self.status, 1)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.detail, 1)
        layout.addLayout(actions)
        self.search_button.clicked.connect(self.search)
        for edit in (self.number, self.name):
            edit.returnPressed.connect(self.search)
        self.table.itemSelectionChanged.connect(self.open_selected)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.open_dialog())
        self.verify_button.clicked.connect(self.verify_chain)
        self.export_button.clicked.connect(lambda: self.export_pdf())  # noqa: PLW0108
        self.addendum_button.clicked.connect(lambda: self.add_addendum())  # noqa: PLW0108
        self.cancel_button.clicked.connect(self.cancel)
        self._selection_changed()

    def _filters(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit, date in ((self.since, QDate.currentDate().addDays(-30)),
                           (self.until, QDate.currentDate())):  # fmt: skip
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(date)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("document number, or part of it"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("name, or part of it"))
        self.verdict = QComboBox()
        self.verdict.addItem(self.tr("any verdict"), "")
        for value in ("anomalies", "inconclusive", "no_anomalies"):
            self.verdict.addItem(verdict_word(value), value)
        self.decision = QComboBox()
        self.decision.addItem(self.tr("any decision"), "")
        for value in ("released", "referred_to_expert", "suspected_fraud", "not_decided"):
            self.decision.addItem(decision_word(value), value)
        self.decision.addItem(self.tr("no decision recorded"), "none")
        self.officer = QComboBox()
        self.search_button = QPushButton(self.tr("&Search"))
        first.addWidget(QLabel(self.tr("From")))
        first.addWidget(self.since)
        first.addWidget(QLabel(self.tr("to")))
        first.addWidget(self.until)
        first.addWidget(self.number, 1)
        first.addWidget(self.name, 1)
        for choice in (self.verdict, self.decision, self.officer):
            second.addWidget(choice)
        second.addWidget(self.search_button)
        second.addStretch(1)
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

    def _load_officers(self) -> None:
        chosen = self.officer.currentData()
        self.officer.clear()
        self.officer.addItem(self.tr("any officer"), 0)
        for account in self.ctx.station.accounts():
            self.officer.addItem(f"{account.name} ({account.username})", account.id)
            self.officer_names[account.username] = account.name
        index = self.officer.findData(chosen)
        self.officer.setCurrentIndex(max(index, 0))

    # -- searching ------------------------------------------------------------------------------
    def search(self) -> None:
        self._load_officers()  # accounts added since are found too
        since = dt.datetime.combine(self.since.date().toPython(), dt.time())  # type: ignore[arg-type]
        until = dt.datetime.combine(self.until.date().toPython(), dt.time()) + dt.timedelta(days=1)  # type: ignore[arg-type]
        try:
            self.rows = self.ctx.station.book.search(
                since=since,
                until=until,
                verdict=str(self.verdict.currentData() or "") or None,
                document_number=self.number.text().strip() or None,
                name=self.name.text().strip() or None,
                officer_id=int(self.officer.currentData() or 0) or None,
                decision=str(self.decision.currentData() or "") or None,
                limit=500,
            )
        except StoreError as exc:
            self.status.setText(str(exc))
            return
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            decision = decision_word(row.current_decision) + (" *" if row.addenda else "")
            values = (str(row.seq), row.created_at.isoformat(sep=" ", timespec="minutes"),
                      verdict_word(row.verdict), decision,
                      self.officer_names.get(row.officer or "", row.officer or "-"),
                      row.document_number or (self.tr("(purged)") if row.purged else "-"),
                      row.holder_name or "-", row.template_id or "-",
                      ", ".join(tr_text(CHECK_NAMES.get(c, c)) for c in row.failed_checks)
                      or "-")  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3 and row.addenda:
                    item.setToolTip(self.tr("Corrected or completed by a signed addendum"))
                self.table.setItem(r, c, item)
        self.detail.clear()  # nothing selected: nothing shown, never a report of another search
        self._selection_changed()
        self.status.setText(self.tr("{0} report(s).").format(len(self.rows)))

    def selected(self) -> Summary | None:
        picked = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        index = picked[0].row() if picked else -1
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.export_button.setEnabled(row is not None)
        self.addendum_button.setEnabled(row is not None and not row.purged)

    def open_selected(self) -> None:
        self._selection_changed()
        row = self.selected()
        if row is None:
            self.detail.clear()
            return
        report = self.ctx.station.book.get(str(row.seq))
        self.detail.setHtml(report_html(self.ctx, report))

    def open_dialog(self) -> ReportDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = ReportDialog(self, self.ctx.station.book.get(str(row.seq)))
        dialog.open()
        return dialog

    # -- addendum -------------------------------------------------------------------------------
    def add_addendum(self, chosen: tuple[Any, ...] | None = None) -> None:
        """``chosen`` (text, decision[, classification]) stands in for the dialog (tests)."""
        row = self.selected()
        if row is None or row.purged:
            self.status.setText(self.tr("Select a report that was not purged."))
            return
        if chosen is None:
            dialog = AddendumDialog(row.seq, row.current_decision, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            chosen = dialog.chosen()
        text, decision, classification = (*chosen, None)[:3]
        officer = self.ctx.officer
        context = self.ctx.station.context(
            officer.id if officer else None, officer.username if officer else None
        )
        seq = row.seq

        def add() -> int:
            return self.ctx.station.book.add_addendum(
                seq, context, notes=text, decision=decision, classification=classification
            ).seq

        def added(position: int) -> None:
            self.search()
            self._select(seq)
            self.status.setText(
                self.tr("Addendum #{0} to report #{1} signed and saved.").format(position, seq)
            )

        self.ctx.runner.run(add, added, self._failed, expected=STORE_ERRORS, lane="store")

    def _select(self, seq: int) -> None:
        for r, row in enumerate(self.rows):
            if row.seq == seq:
                self.table.selectRow(r)
                return

    # -- long work ------------------------------------------------------------------------------
    def _busy(self, text: str, task: Progress | None, cancellable: bool) -> None:
        self.task = task
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.setVisible(task is not None)
        self.cancel_button.setVisible(task is not None and cancellable)
        self.verify_button.setEnabled(task is None)

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _failed(self, exc: BaseException) -> None:
        self._busy("", None, False)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled: nothing was changed."))
        elif isinstance(exc, STORE_ERRORS):
            self.status.setText(self.tr("Not done: {0}").format(str(exc)))
        else:  # a fault: the runner reports it
            self.status.setText(self.tr("Not done: {0}").format(self.tr("an internal error.")))

    def _start(self, text: str, cancellable: bool, start: Any) -> None:
        """Show the work as running, then start it (``start()`` returns its handle; with a
        synchronous runner it is already finished by then)."""
        self._busy(text, Progress(), cancellable)
        handle = start()
        if self.task is not None:
            self.task = handle

    def verify_chain(self) -> None:
        book = self.ctx.station.book
        self._start(
            self.tr("Verifying every signature, link and image file…"),
            True,
            lambda: self.ctx.runner.run(
                lambda progress: verify(book, progress=progress),
                self._verified,
                self._failed,
                expected=STORE_ERRORS,
                lane="store",
                progress=self._advanced,
            ),
        )

    def _verified(self, result: Verification) -> None:
        self._busy("", None, False)
        officer = self.ctx.officer.id if self.ctx.officer else None
        self.ctx.station.audit(
            "chain_verified", officer, {"reports": result.reports, "ok": result.ok}
        )
        if result.ok:
            self.status.setText(
                self.tr("All {0} reports verify: signatures, chain and image files.").format(
                    result.reports
                )
            )
        else:
            problems = "; ".join(f"#{p.seq}: {p.reason}" for p in result.problems[:5])
            self.status.setText(self.tr("PROBLEMS FOUND: {0}").format(problems))

    def export_pdf(self, target: Path | None = None) -> None:
        row = self.selected()
        if row is None:
            self.status.setText(self.tr("Select a report first."))
            return
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the report"), f"report-{row.seq}.pdf", "PDF (*.pdf)"
            )
            if not name:
                return
            target = Path(name)
        book, seq, out = self.ctx.station.book, row.seq, target

        def write() -> Path:
            report = book.get(str(seq))
            images = {
                role: book.images.get(digest)
                for role, digest in (report["body"].get("images") or {}).items()
                if book.images.intact(digest)
            }
            words = Words(self.ctx.setting("language"))  # the officer's language
            out.write_bytes(to_pdf(Printable(report, images, words)))
            return out

        def written(path: Path) -> None:
            self._busy("", None, False)
            officer = self.ctx.officer.id if self.ctx.officer else None
            self.ctx.station.audit("report_exported", officer, {"seq": seq, "format": "pdf"})
            self.status.setText(self.tr("Report #{0} exported to {1}.").format(seq, path))

        self._start(
            self.tr("Writing the PDF…"),
            False,
            lambda: self.ctx.runner.run(
                write, written, self._failed, expected=STORE_ERRORS, lane="store"
            ),
        )


__all__ = ["DECISIONS", "HistoryView", "ReportDialog"]

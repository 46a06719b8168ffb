"""History: search the stored reports, open one, verify the chain, export a PDF."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from verifier.gui.context import AppContext
from verifier.reports.book import Summary
from verifier.reports.render import Printable, to_pdf
from verifier.reports.verify import verify
from verifier.store.audit import record
from verifier.store.db import StoreError

COLUMNS = (  # translated where shown
    "#",
    str(QT_TRANSLATE_NOOP("HistoryView", "Created (UTC)")),
    str(QT_TRANSLATE_NOOP("HistoryView", "Verdict")),
    str(QT_TRANSLATE_NOOP("HistoryView", "Decision")),
    str(QT_TRANSLATE_NOOP("HistoryView", "Template")),
    str(QT_TRANSLATE_NOOP("HistoryView", "Number")),
    str(QT_TRANSLATE_NOOP("HistoryView", "Failed checks")),
)


class HistoryView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Summary] = []
        filters = QHBoxLayout()
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit, date in ((self.since, QDate.currentDate().addDays(-30)),
                           (self.until, QDate.currentDate())):  # fmt: skip
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(date)
        self.verdict = QComboBox()
        self.verdict.addItem(self.tr("any verdict"), None)
        for value, label in (("anomalies", self.tr("anomalies")),
                             ("inconclusive", self.tr("inconclusive")),
                             ("no_anomalies", self.tr("no anomalies"))):  # fmt: skip
            self.verdict.addItem(label, value)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("document number"))
        self.search_button = QPushButton(self.tr("&Search"))
        for label, widget in ((self.tr("From"), self.since), (self.tr("to"), self.until),
                              ("", self.verdict), ("", self.number)):  # fmt: skip
            if label:
                filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.search_button)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.detail = QTextBrowser()
        actions = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify signatures"))
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.detail, 1)
        layout.addLayout(actions)
        self.search_button.clicked.connect(self.search)
        self.number.returnPressed.connect(self.search)
        self.table.itemSelectionChanged.connect(self.open_selected)
        self.verify_button.clicked.connect(self.verify_chain)
        self.export_button.clicked.connect(self.export_pdf)

    def search(self) -> None:
        since = dt.datetime.combine(self.since.date().toPython(), dt.time())  # type: ignore[arg-type]
        until = dt.datetime.combine(self.until.date().toPython(), dt.time()) + dt.timedelta(days=1)  # type: ignore[arg-type]
        try:
            self.rows = self.ctx.station.book.search(
                since=since,
                until=until,
                verdict=self.verdict.currentData(),
                document_number=self.number.text().strip() or None,
                limit=500,
            )
        except StoreError as exc:
            self.status.setText(str(exc))
            return
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (str(row.seq), row.created_at.isoformat(sep=" ", timespec="minutes"),
                      row.verdict, row.decision or "-", row.template_id or "-",
                      row.document_number or (self.tr("(purged)") if row.purged else "-"),
                      ", ".join(row.failed_checks) or "-")  # fmt: skip
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.status.setText(self.tr("{0} report(s).").format(len(self.rows)))

    def selected(self) -> Summary | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        report = self.ctx.station.book.get(str(row.seq))
        body = report["body"]
        inspection = body.get("inspection") or {}
        lines = [f"<h3>{self.tr('Report #{0}').format(row.seq)}</h3>"]
        if report["purged_at"]:
            purged = self.tr("Personal data purged on {0}.").format(report["purged_at"])
            lines.append(f"<p>{purged}</p>")
        else:
            decision = (body.get("decision") or {}).get("outcome") or "-"
            notes = (body.get("decision") or {}).get("notes") or ""
            lines.append(
                f"<p><b>{inspection.get('verdict')}</b> — {decision}. {html.escape(notes)}</p>"
            )
            lines += [
                f"<div>{'✖' if c['status'] == 'fail' else '·'} {c['id']}: "
                f"{html.escape(c['message'])}</div>"
                for c in inspection.get("checks", [])
                if c["status"] != "pass"
            ]
        digest = self.tr("Report hash: {0}").format(report["report_hash"])
        lines.append(f"<p><small>{digest}</small></p>")
        self.detail.setHtml("".join(lines))

    def verify_chain(self) -> None:
        result = verify(self.ctx.station.book)
        with self.ctx.station.db.session() as s:
            officer = self.ctx.officer.id if self.ctx.officer else None
            record(s, "chain_verified", officer, {"reports": result.reports, "ok": result.ok})
        if result.ok:
            self.status.setText(
                self.tr("All {0} reports verify: signatures, chain and image files.").format(
                    result.reports
                )
            )
        else:
            problems = "; ".join(f"#{p.seq}: {p.reason}" for p in result.problems[:5])
            self.status.setText(self.tr("PROBLEMS FOUND: {0}").format(problems))

    def export_pdf(self, _checked: bool = False, target: Path | None = None) -> None:
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
        report = self.ctx.station.book.get(str(row.seq))
        images = {
            role: self.ctx.station.book.images.get(digest)
            for role, digest in (report["body"].get("images") or {}).items()
            if self.ctx.station.book.images.intact(digest)
        }
        target.write_bytes(to_pdf(Printable(report, images)))
        with self.ctx.station.db.session() as s:
            officer = self.ctx.officer.id if self.ctx.officer else None
            record(s, "report_exported", officer, {"seq": row.seq, "format": "pdf"})
        self.status.setText(self.tr("Report #{0} exported to {1}.").format(row.seq, target))

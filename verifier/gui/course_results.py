"""Course results for trainers: each trainee's pre- and post-test (full names), where the course
made a difference (per sample, per check), and the programme's indicator against its target;
exported to CSV or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from verifier.gui.context import AppContext
from verifier.gui.resources import tr_text
from verifier.inspection.result import CHECK_NAMES
from verifier.training import course
from verifier.training.desk import TrainingDesk
from verifier.training.report import course_pdf

TARGET = 75.0  # % of trainees improved: the programme's target


class CourseResults(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Course results"))
        self.resize(900, 620)
        self.course = QComboBox()
        self.desk = TrainingDesk(ctx.station.db)
        for name in self.desk.courses():
            self.course.addItem(name)
        self.indicator = QLabel()
        self.indicator.setObjectName("prompt")
        self.indicator.setWordWrap(True)
        self.trainees = self._table(
            [self.tr("Trainee"), self.tr("Pre-test %"), self.tr("Post-test %"),
             self.tr("Improved"), self.tr("Verdicts right (pre/post)"),
             self.tr("Anomalies found (pre/post)"), self.tr("False alarms (pre/post)")]
        )  # fmt: skip
        self.samples = self._table([self.tr("Sample"), self.tr("Pre-tests"), self.tr("Post-tests")])
        self.checks = self._table([self.tr("Feature"), self.tr("Pre-tests"), self.tr("Post-tests")])
        tabs = QTabWidget()
        tabs.addTab(self.trainees, self.tr("Per trainee"))
        tabs.addTab(self.samples, self.tr("Right verdicts per sample"))
        tabs.addTab(self.checks, self.tr("Anomalies found per feature"))
        self.status = QLabel()
        csv_button = QPushButton(self.tr("Export &CSV…"))
        pdf_button = QPushButton(self.tr("Export &PDF…"))
        close = QPushButton(self.tr("&Close"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Course")))
        top.addWidget(self.course, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for button in (csv_button, pdf_button, close):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.indicator)
        layout.addWidget(tabs, 1)
        layout.addLayout(bottom)
        self.course.currentTextChanged.connect(lambda _text: self.show_course())
        csv_button.clicked.connect(lambda: self.export("csv"))
        pdf_button.clicked.connect(lambda: self.export("pdf"))
        close.clicked.connect(self.accept)
        self.show_course()

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    def show_course(self) -> None:
        name = self.course.currentText()
        if not name:
            self.indicator.setText(self.tr("No course has sessions yet."))
            return
        self.report, self.breakdown = self.desk.results(name)

        def v(score: course.Score | None, field: str) -> str:
            return "-" if score is None else str(getattr(score, field))

        yes, no = self.tr("yes"), self.tr("no")
        self._fill(self.trainees, [
            [f"{t.name} ({t.trainee})" if t.name and t.name != t.trainee else t.trainee,
             v(t.pre, "percent"), v(t.post, "percent"),
             "-" if t.improved is None else (yes if t.improved else no),
             f"{v(t.pre, 'right_verdicts')} / {v(t.post, 'right_verdicts')}",
             f"{v(t.pre, 'anomalies_found')} / {v(t.post, 'anomalies_found')}",
             f"{v(t.pre, 'false_alarms')} / {v(t.post, 'false_alarms')}"]
            for t in self.report.trainees
        ])  # fmt: skip

        def pct(value: float | None, count: int) -> str:
            return "-" if value is None else f"{value} % (n={count})"

        per_sample, per_check = self.breakdown
        self._fill(self.samples, [[r.what, pct(r.pre, r.pre_count), pct(r.post, r.post_count)]
                                  for r in per_sample])  # fmt: skip
        self._fill(self.checks, [[tr_text(CHECK_NAMES.get(r.what, r.what)),
                                  pct(r.pre, r.pre_count), pct(r.post, r.post_count)]
                                 for r in per_check])  # fmt: skip
        share = self.report.indicator
        both = sum(t.improved is not None for t in self.report.trainees)
        if share is None:
            self.indicator.setText(
                self.tr("Trainees improved: no trainee has taken both tests yet (target {0} %).")
                .format(TARGET)
            )  # fmt: skip
        else:
            met = self.tr("target met") if share >= TARGET else self.tr("below the target")
            self.indicator.setText(
                self.tr("Trainees improved: {0} % of {1} with both tests — target {2} %, {3}.")
                .format(share, both, TARGET, met)
            )  # fmt: skip

    def export(self, kind: str, target: Path | None = None) -> None:
        """CSV or PDF of the course shown (``target`` stands in for the file dialog)."""
        name = self.course.currentText()
        if not name:
            return
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the course results"), f"{name}.{kind}",
                "CSV (*.csv)" if kind == "csv" else "PDF (*.pdf)",
            )  # fmt: skip
            if not chosen:
                return
            target = Path(chosen)
        try:
            if kind == "csv":
                target.write_text(course.report_csv(self.report), encoding="utf-8")
            else:
                target.write_bytes(course_pdf(self.report, self.breakdown))
        except OSError as exc:
            self.status.setText(self.tr("Not exported: {0}").format(exc.strerror or str(exc)))
            return
        officer = self.ctx.officer.id if self.ctx.officer else None
        self.ctx.station.audit(
            "training_report_exported", officer, {"course": name, "format": kind}
        )
        self.status.setText(self.tr("Exported to {0}.").format(target))

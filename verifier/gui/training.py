"""Training: trainers build sessions from sample documents; trainees inspect each sample, give a
verdict and mark the anomalies they see (machine verdict hidden in tests), then a debrief walks
through every sample with the answer key and the machine's findings."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from verifier.gui.context import AppContext
from verifier.gui.dialogs import KIND_WORDS, words
from verifier.gui.images import ImagePane, pixmap_of
from verifier.gui.resources import tr_text
from verifier.inspection.result import InspectionResult
from verifier.store.models import TrainingAnswer, TrainingSample, TrainingSession
from verifier.training import course

CHECKS = (  # what a trainee may mark as anomalous: the stable check ids
    "template.identified", "mrz.check_digits", "mrz.format", "mrz.dates", "doc.expired",
    "viz.mrz_consistency", "barcode.signature", "visible.features", "uv.dull_paper",
    "uv.features", "ir.mrz_b900", "ir.features", "face.match",
)  # fmt: skip


class TrainingView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.attempt_id: int | None = None
        self.session: TrainingSession | None = None
        self.samples: list[TrainingSample] = []
        self.index = 0
        self.shown_at = 0.0
        self.deadline: float | None = None
        if ctx.settings.bundled_samples.is_dir():
            with ctx.station.db.session() as s:
                course.add_bundled_samples(s, ctx.settings.bundled_samples)
        self.sessions = QListWidget()
        self.start_button = QPushButton(self.tr("&Start the session"))
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Sessions")))
        left.addWidget(self.sessions, 1)
        left.addWidget(self.start_button)
        self.builder = self._builder()
        left.addWidget(self.builder)
        self.builder.setVisible(
            ctx.officer is not None and ctx.officer.role in ("trainer", "admin")
        )
        self.pages = QTabWidget()
        self.panes = {light: ImagePane() for light in ("visible", "uv", "ir", "bearer")}
        titles = {"visible": self.tr("Visible light"), "uv": self.tr("UV 365 nm"),
                  "ir": self.tr("IR 870 nm"), "bearer": self.tr("Bearer")}  # fmt: skip
        for light, pane in self.panes.items():
            self.pages.addTab(pane, titles[light])
        self.progress = QLabel()
        self.progress.setObjectName("prompt")
        answer = self._answer_panel()
        work = QHBoxLayout()
        work.addWidget(self.pages, 3)
        work.addLayout(answer, 1)
        right = QVBoxLayout()
        right.addLayout(work, 3)
        right.addWidget(self.debrief, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.start_button.clicked.connect(self.start_selected)
        self.next_button.clicked.connect(self.record)
        self._answering(False)
        self.reload()

    def _answer_panel(self) -> QVBoxLayout:
        self.anomalous = QRadioButton(self.tr("Anomalies: I would refer it"))
        self.clean = QRadioButton(self.tr("No anomalies"))
        self.marks = QListWidget()
        for check_id in CHECKS:
            item = QListWidgetItem(check_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.marks.addItem(item)
        self.next_button = QPushButton(self.tr("Record and &next sample"))
        self.debrief = QTextBrowser()
        answer = QVBoxLayout()
        answer.addWidget(self.progress)
        answer.addWidget(self.anomalous)
        answer.addWidget(self.clean)
        answer.addWidget(QLabel(self.tr("Anomalous features (mark every one you see):")))
        answer.addWidget(self.marks, 1)
        answer.addWidget(self.next_button)
        return answer

    def _builder(self) -> QGroupBox:
        box = QGroupBox(self.tr("New session (trainers)"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.course_name = QLineEdit()
        self.kind = QComboBox()
        for kind in course.KINDS:
            self.kind.addItem(words(kind, KIND_WORDS), kind)
        self.pick = QListWidget()
        self.limit = QSpinBox()
        self.limit.setRange(0, 240)
        self.limit.setSuffix(self.tr(" min (0: none)"))
        self.hide_verdict = QCheckBox(self.tr("Hide the machine verdict until the debrief"))
        self.hide_verdict.setChecked(True)
        self.create_button = QPushButton(self.tr("&Create the session"))
        self.import_button = QPushButton(self.tr("Import a trainer's sample…"))
        self.builder_status = QLabel()
        self.builder_status.setWordWrap(True)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Course"), self.course_name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Samples (in order)"), self.pick)
        form.addRow(self.tr("Time limit"), self.limit)
        form.addRow(self.hide_verdict)
        form.addRow(self.create_button)
        form.addRow(self.import_button)
        form.addRow(self.builder_status)
        self.create_button.clicked.connect(self.create_session)
        self.order: list[int] = []  # the samples in the order the trainer ticked them
        self.pick.itemChanged.connect(self._picked)
        self.import_button.clicked.connect(self.import_sample)
        return box

    def reload(self) -> None:
        self.sessions.clear()
        self.pick.blockSignals(True)
        self.pick.clear()
        self.order = []
        with self.ctx.station.db.session() as s:
            for x in s.scalars(select(TrainingSession).order_by(TrainingSession.id)):
                kind = words(x.kind, KIND_WORDS)
                item = QListWidgetItem(f"{x.course} — {x.name} ({kind}, {len(x.sample_ids)})")
                item.setData(Qt.ItemDataRole.UserRole, x.id)
                self.sessions.addItem(item)
            for sample in s.scalars(select(TrainingSample).order_by(TrainingSample.name)):
                item = QListWidgetItem(sample.name)
                item.setData(Qt.ItemDataRole.UserRole, sample.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.pick.addItem(item)
        self.pick.blockSignals(False)

    # -- trainers --------------------------------------------------------------------------
    def _picked(self, item: QListWidgetItem) -> None:
        sample = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked and sample not in self.order:
            self.order.append(sample)
        elif item.checkState() != Qt.CheckState.Checked and sample in self.order:
            self.order.remove(sample)

    def create_session(self) -> None:
        chosen = list(self.order)
        officer = self.ctx.officer.id if self.ctx.officer else None
        try:
            with self.ctx.station.db.session() as s:
                course.create_session(
                    s,
                    name=self.name.text(),
                    course=self.course_name.text() or self.tr("Course"),
                    kind=str(self.kind.currentData()),
                    sample_ids=chosen,
                    trainer_id=officer,
                    time_limit_s=self.limit.value() * 60 or None,
                    hide_verdict=self.hide_verdict.isChecked(),
                )
        except course.TrainingError as exc:
            self.builder_status.setText(str(exc))
            return
        self.builder_status.setText(self.tr("Session created."))
        self.reload()

    def import_sample(self, _checked: bool = False, folder: Path | None = None) -> None:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("A sample with answer.json"))
            if not chosen:
                return
            folder = Path(chosen)
        officer = self.ctx.officer.id if self.ctx.officer else None
        try:
            with self.ctx.station.db.session() as s:
                row = course.add_trainer_sample(
                    s, folder, self.ctx.settings.data_dir / "training", officer
                )
                name = row.name
        except (course.TrainingError, OSError) as exc:
            self.builder_status.setText(str(exc))
            return
        self.builder_status.setText(self.tr("Sample {0} added.").format(name))
        self.reload()

    # -- trainees --------------------------------------------------------------------------
    def start_selected(self) -> None:
        item = self.sessions.currentItem()
        if item is None or self.ctx.officer is None:
            return
        self.start(int(item.data(Qt.ItemDataRole.UserRole)))

    def start(self, session_id: int) -> None:
        assert self.ctx.officer is not None
        with self.ctx.station.db.session() as s:
            session = s.get(TrainingSession, session_id)
            assert session is not None
            self.session = session
            self.samples = course.samples_of(s, session)
            self.attempt_id = course.start_attempt(s, session_id, self.ctx.officer.id).id
        self.index = 0
        self.debrief.clear()
        limit = self.session.time_limit_s
        self.deadline = time.monotonic() + limit if limit else None
        if self.deadline:
            self.timer.start(1000)
        self._answering(True)
        self._show()

    def _show(self) -> None:
        sample = self.samples[self.index]
        for light, pane in self.panes.items():
            path = course.captures(sample).get(light)
            if path is not None:
                pane.show_image(pixmap_of(path))
            else:
                pane.clear()
        self.progress.setText(
            self.tr("Sample {0} of {1}").format(self.index + 1, len(self.samples))
        )
        self.anomalous.setAutoExclusive(False)
        self.anomalous.setChecked(False)
        self.clean.setChecked(False)
        self.anomalous.setAutoExclusive(True)
        for i in range(self.marks.count()):
            self.marks.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.debrief.clear()
        if self.session is not None and not self.session.hide_verdict:  # practice with help
            self.ctx.runner.run(
                lambda: self.ctx.inspector().inspect(course.captures(sample)),
                self._machine,
                lambda exc: self.debrief.setPlainText(str(exc)),
            )
        self.shown_at = time.monotonic()

    def _machine(self, result: InspectionResult) -> None:
        failed = "".join(
            f"<li>{c.id}: {tr_text(c.message)}</li>"
            for c in result.checks
            if c.status.value == "fail"
        )
        verdict = self.tr("Machine verdict: {0}").format(result.verdict.value)
        self.debrief.setHtml(f"<p>{verdict}</p><ul>{failed}</ul>")

    def mark(self, verdict: str, anomalies: list[str]) -> None:
        """What a trainee does with the mouse or keyboard (also used by tests)."""
        (self.anomalous if verdict == "anomalies" else self.clean).setChecked(True)
        for i in range(self.marks.count()):
            item = self.marks.item(i)
            checked = item.text() in anomalies
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def record(self) -> None:
        if self.attempt_id is None:
            return
        if not (self.anomalous.isChecked() or self.clean.isChecked()):
            self.progress.setText(self.tr("Choose a verdict first."))
            return
        marked = [
            self.marks.item(i).text()
            for i in range(self.marks.count())
            if self.marks.item(i).checkState() == Qt.CheckState.Checked
        ]
        with self.ctx.station.db.session() as s:
            course.answer(
                s,
                self.attempt_id,
                self.samples[self.index].id,
                verdict="anomalies" if self.anomalous.isChecked() else "no_anomalies",
                anomalies=marked,
                seconds=time.monotonic() - self.shown_at,
            )
        self.index += 1
        if self.index < len(self.samples):
            self._show()
        else:
            self.finish()

    def _tick(self) -> None:
        if self.deadline is not None and time.monotonic() >= self.deadline:
            self.finish()  # unanswered samples earn no points

    def finish(self) -> None:
        self.timer.stop()
        if self.attempt_id is None:
            return
        with self.ctx.station.db.session() as s:
            course.finish(s, self.attempt_id)
            result = course.score(s, self.attempt_id)
        attempt, samples = self.attempt_id, list(self.samples)
        self.attempt_id = None
        self._answering(False)
        header = self.tr("Your score: {0} % ({1} of {2} verdicts right, {3} of {4} anomalies "
                         "found, {5} false alarms).").format(
            result.percent, result.right_verdicts, result.samples, result.anomalies_found,
            result.anomalies_expected, result.false_alarms,
        )  # fmt: skip
        self.debrief.setHtml(f"<h3>{header}</h3>")
        self.ctx.runner.run(
            lambda: [self.ctx.inspector().inspect(course.captures(x)) for x in samples],
            lambda results: self._debrief(header, samples, results, attempt),
            lambda exc: self.debrief.append(str(exc)),
        )

    def _debrief(
        self,
        header: str,
        samples: list[TrainingSample],
        results: list[InspectionResult],
        attempt: int,
    ) -> None:
        with self.ctx.station.db.session() as s:
            given = {
                a.sample_id: a
                for a in s.scalars(
                    select(TrainingAnswer).where(TrainingAnswer.attempt_id == attempt)
                )
            }
        parts = [f"<h3>{header}</h3>"]
        for sample, result in zip(samples, results, strict=True):
            mine = given.get(sample.id)
            yours = f"{mine.verdict}: {', '.join(mine.anomalies) or '-'}" if mine else "-"
            failed = [c for c in result.checks if c.status.value == "fail"]
            machine = "".join(f"<li>{c.id}: {tr_text(c.message)}</li>" for c in failed)
            line = self.tr("Answer key: {0} {1} — yours: {2}").format(
                sample.verdict, ", ".join(sample.anomalies), yours
            )
            verdict = self.tr("Machine verdict: {0}").format(result.verdict.value)
            parts.append(f"<h4>{sample.name}</h4><p>{line}<br>{verdict}</p><ul>{machine}</ul>")
        self.debrief.setHtml("".join(parts))

    def _answering(self, on: bool) -> None:
        for widget in (self.anomalous, self.clean, self.marks, self.next_button):
            widget.setEnabled(on)
        self.start_button.setEnabled(not on)

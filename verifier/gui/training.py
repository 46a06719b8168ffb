"""Training: trainers build sessions from sample documents; trainees inspect each sample, give a
verdict and mark the anomalies they see (machine verdict hidden in tests), then a debrief walks
through every sample with the answer key and the machine's findings."""

from __future__ import annotations

import hashlib
import html
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
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
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from verifier.gui.context import AppContext
from verifier.gui.course_results import CourseResults
from verifier.gui.dialogs import KIND_WORDS, verdict_word, words
from verifier.gui.images import ImagePane, pixmap_of
from verifier.gui.resources import tr_text
from verifier.inspection.errors import INSPECTION_ERRORS
from verifier.inspection.result import CHECK_NAMES, InspectionResult
from verifier.library import TemplateError, load_template
from verifier.library.units import LIGHTS
from verifier.store.tables import TrainingAnswer, TrainingSample, TrainingSession
from verifier.training import course
from verifier.training.desk import TrainingDesk

CHECKS = course.CHECKS


def neutral_order(names: list[str]) -> list[str]:
    """Sample names in an order that says nothing about them (not alphabetical: "forged-..."
    would come first): by a hash of the name."""
    return sorted(names, key=lambda n: hashlib.sha256(n.encode()).hexdigest())


class TrainingView(QWidget):
    """Sessions, the trainee's answering, the debrief, and (for trainers) building sessions,
    granting further attempts and the course results. While a test (pre or post) runs, the
    window shows nothing else: ``exam_running`` tells it."""

    exam_running = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:  # noqa: PLR0915
        super().__init__(parent)
        self.ctx = ctx
        self.desk = TrainingDesk(ctx.station.db)
        self.machine: dict[int, InspectionResult] = {}  # sample id -> the machine's findings
        # the debrief shown: header, samples, answers (filled in as the machine's findings come)
        self._debriefing: tuple[str, list[TrainingSample], dict[int, TrainingAnswer]] | None = None
        self.attempt_id: int | None = None
        self.session: TrainingSession | None = None
        self.samples: list[TrainingSample] = []
        self.index = 0
        self.shown_at = 0.0
        self.deadline: float | None = None
        if ctx.settings.bundled_samples.is_dir():
            self.desk.add_bundled_samples(ctx.settings.bundled_samples)
        self.sessions = QListWidget()
        self.start_button = QPushButton(self.tr("&Start the session"))
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Sessions")))
        left.addWidget(self.sessions, 1)
        left.addWidget(self.start_button)
        self.builder = self._builder()
        left.addWidget(self.builder)
        self._builds = ctx.officer is not None and ctx.officer.role in ("trainer", "admin")
        self.builder.setVisible(self._builds)
        self.pages = QTabWidget()
        self.panes = {light: ImagePane() for light in ("visible", "uv", "ir", "bearer")}
        self.references = {light: ImagePane() for light in LIGHTS}
        titles = {"visible": self.tr("Visible light"), "uv": self.tr("UV 365 nm"),
                  "ir": self.tr("IR 870 nm"), "bearer": self.tr("Bearer")}  # fmt: skip
        for light, pane in self.panes.items():
            page = QWidget()
            row = QHBoxLayout(page)
            shown = [(pane, self.tr("Sample"))]
            if light in self.references:  # what a workstation's library shows beside it
                pane.link(self.references[light])
                shown.append((self.references[light], self.tr("Reference")))
            for widget, caption in shown:
                column = QVBoxLayout()
                column.addWidget(QLabel(caption))
                column.addWidget(widget, 1)
                row.addLayout(column, 1)
            self.pages.addTab(page, titles[light])
        self.progress = QLabel()
        self.progress.setObjectName("prompt")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.clock.hide()
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
        self._fill_marks("practice")
        self.next_button = QPushButton(self.tr("Record and &next sample"))
        self.debrief = QTextBrowser()
        answer = QVBoxLayout()
        answer.addWidget(self.clock)
        answer.addWidget(self.progress)
        answer.addWidget(self.anomalous)
        answer.addWidget(self.clean)
        answer.addWidget(QLabel(self.tr("Anomalous features (mark every one you see):")))
        answer.addWidget(self.marks, 1)
        answer.addWidget(self.next_button)
        return answer

    def _fill_marks(self, kind: str) -> None:
        """The features a trainee may mark, by name (the id in a tooltip); in a test, not what
        only the machine can see."""
        self.marks.clear()
        for check_id in course.markable(kind):
            item = QListWidgetItem(tr_text(CHECK_NAMES.get(check_id, check_id)))
            item.setData(Qt.ItemDataRole.UserRole, check_id)
            item.setToolTip(check_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.marks.addItem(item)

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
        self.grant_trainee = QComboBox()
        self.grant_reason = QLineEdit()
        self.grant_reason.setPlaceholderText(self.tr("why (recorded)"))
        self.grant_button = QPushButton(self.tr("&Grant another attempt"))
        grant = QHBoxLayout()
        grant.addWidget(self.grant_trainee, 1)
        grant.addWidget(self.grant_button)
        form.addRow(self.tr("Selected test:"), grant)
        form.addRow("", self.grant_reason)
        form.addRow(self.builder_status)
        self.results_button = QPushButton(self.tr("Course &results…"))
        form.addRow(self.results_button)
        self.results_button.clicked.connect(self.open_results)
        self.grant_button.clicked.connect(self.grant)
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
        for x in self.desk.sessions():
            kind = words(x.kind, KIND_WORDS)
            item = QListWidgetItem(f"{x.course} — {x.name} ({kind}, {len(x.sample_ids)})")
            item.setData(Qt.ItemDataRole.UserRole, x.id)
            self.sessions.addItem(item)
        self.grant_trainee.clear()
        for account in sorted(self.ctx.station.accounts(), key=lambda a: a.name):
            self.grant_trainee.addItem(f"{account.name} ({account.username})", account.id)
        for sample in self.desk.samples():
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
            self.desk.create_session(
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

    def open_results(self) -> CourseResults:
        dialog = CourseResults(self.ctx, self)
        dialog.open()
        return dialog

    def grant(self) -> None:
        """Another attempt at the selected test for the chosen trainee (recorded, with why)."""
        chosen = self.sessions.selectedItems()
        if not chosen:
            self.builder_status.setText(self.tr("Select the test in the list of sessions."))
            return
        item = chosen[0]
        officer = self.ctx.officer.id if self.ctx.officer else None
        try:
            self.desk.grant(
                int(item.data(Qt.ItemDataRole.UserRole)),
                int(self.grant_trainee.currentData()), by=officer,
                reason=self.grant_reason.text(),
            )  # fmt: skip
        except course.TrainingError as exc:
            self.builder_status.setText(str(exc))
            return
        self.grant_reason.clear()
        self.builder_status.setText(
            self.tr("Another attempt granted to {0}.").format(self.grant_trainee.currentText())
        )

    def import_sample(self, _checked: bool = False, folder: Path | None = None) -> None:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("A sample with answer.json"))
            if not chosen:
                return
            folder = Path(chosen)
        officer = self.ctx.officer.id if self.ctx.officer else None
        try:
            name = self.desk.add_trainer_sample(
                folder, self.ctx.settings.data_dir / "training", officer
            )
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

    @property
    def in_exam(self) -> bool:
        """A test (pre or post) is being answered: nothing else may be shown."""
        return (
            self.attempt_id is not None
            and self.session is not None
            and self.session.kind in course.TESTS
        )

    def start(self, session_id: int) -> None:
        assert self.ctx.officer is not None
        try:
            session, samples, attempt = self.desk.start(session_id, self.ctx.officer.id)
        except course.TrainingError as exc:
            self.progress.setText(str(exc))
            return
        self.session, self.samples, self.attempt_id = session, samples, attempt
        self.index = 0
        self.debrief.clear()
        self._fill_marks(session.kind)
        limit = self.session.time_limit_s
        self.deadline = time.monotonic() + limit if limit else None
        self.clock.setVisible(self.deadline is not None)
        if self.deadline:
            self.timer.start(1000)
            self._tick()
        self._answering(True)
        self.builder.setVisible(self._builds and not self.in_exam)  # nothing else in a test
        self.exam_running.emit(self.in_exam)
        self._show()
        for sample in samples:  # the machine's findings, ready for the debrief when it comes
            self._find(sample)

    def _find(self, sample: TrainingSample) -> None:
        if sample.id in self.machine:
            return

        def found(result: InspectionResult) -> None:
            self.machine[sample.id] = result
            if self.attempt_id is None and self._debriefing is not None:
                self._render_debrief()

        self.ctx.runner.run(
            lambda: self.ctx.inspector().inspect(course.captures(sample)),
            found,
            lambda exc: self.debrief.append(html.escape(str(exc))),
            expected=INSPECTION_ERRORS,
        )

    def _show(self) -> None:
        sample = self.samples[self.index]
        for light, pane in self.panes.items():
            path = course.captures(sample).get(light)
            if path is not None:
                pane.show_image(pixmap_of(path))
            else:
                pane.clear()
        reference = self._reference(sample)
        for light, pane in self.references.items():
            if reference is not None and light in reference.images:
                pane.show_image(pixmap_of(Path(reference.images[light])))
            else:
                pane.clear()
        self.progress.setText(  # a neutral label: the sample's name could give the answer away
            self.tr("Sample {0} of {1}").format(self.index + 1, len(self.samples))
        )
        self.anomalous.setAutoExclusive(False)
        self.anomalous.setChecked(False)
        self.clean.setChecked(False)
        self.anomalous.setAutoExclusive(True)
        for i in range(self.marks.count()):
            self.marks.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.debrief.clear()
        if self.session is not None and self.session.kind not in course.TESTS:
            self.ctx.runner.run(  # practice: the machine helps (all of it, or the seal only)
                lambda: self.ctx.inspector().inspect(course.captures(sample)),
                self._machine,
                lambda exc: self.debrief.setPlainText(str(exc)),
                expected=INSPECTION_ERRORS,
            )
        self.shown_at = time.monotonic()

    def _reference(self, sample: TrainingSample) -> Any:
        """The library's template of the sample's design, as a workstation would show it."""
        template_id = course.template_of(sample)
        if not template_id:
            return None
        try:
            return load_template(self.ctx.library / template_id)
        except (TemplateError, OSError):
            return None

    def _machine(self, result: InspectionResult) -> None:
        assert self.session is not None
        if self.session.hide_verdict:  # only what the eye cannot judge: the seal's signature
            seals = [c for c in result.checks if c.id in course.MACHINE_ONLY]
            reads = self.tr("The machine reads: {0} — {1}")
            lines = [reads.format(tr_text(c.name), tr_text(c.message)) for c in seals]
            self.debrief.setHtml("".join(f"<p>{html.escape(line)}</p>" for line in lines))
            return
        self.debrief.setHtml(self._findings(result))

    def _findings(self, result: InspectionResult) -> str:
        """The machine's verdict and each failed check, as the trainee reads them."""
        e = html.escape
        verdict = self.tr("Machine verdict: {0}").format(verdict_word(result.verdict.value))
        failed = "".join(
            f"<li>{e(tr_text(c.name))}: {e(tr_text(c.message))}</li>"
            for c in result.checks
            if c.status.value == "fail"
        )
        return f"<p>{e(verdict)}</p><ul>{failed}</ul>"

    def mark(self, verdict: str, anomalies: list[str]) -> None:
        """What a trainee does with the mouse or keyboard (also used by tests)."""
        (self.anomalous if verdict == "anomalies" else self.clean).setChecked(True)
        for i in range(self.marks.count()):
            item = self.marks.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in anomalies
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def record(self) -> None:
        if self.attempt_id is None:
            return
        if not (self.anomalous.isChecked() or self.clean.isChecked()):
            self.progress.setText(self.tr("Choose a verdict first."))
            return
        marked = [
            str(self.marks.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.marks.count())
            if self.marks.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.desk.answer(
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
        if self.deadline is None:
            return
        left = max(0, round(self.deadline - time.monotonic()))
        self.clock.setText(self.tr("Time left: {0}:{1:02d}").format(left // 60, left % 60))
        self.clock.setProperty("urgent", left <= 60)
        self.clock.style().unpolish(self.clock)
        self.clock.style().polish(self.clock)
        if left <= 0:
            self.finish("timed_out")  # unanswered samples earn no points

    def ask_abandon(self) -> bool:
        """True when the trainee confirms leaving the test (a method: tests answer it)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Leave the test?"))
        box.setText(self.tr("The test is not finished."))
        box.setInformativeText(
            self.tr(
                "If you leave now the attempt is recorded as abandoned, is not scored, and "
                "cannot be resumed: only a trainer can grant another."
            )
        )
        leave = box.addButton(self.tr("&Leave the test"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is leave

    def leave(self) -> bool:
        """Whether the window (or the officer) may leave: asks during a test, and records an
        abandoned attempt when the trainee leaves."""
        if self.attempt_id is None:
            return True
        if self.in_exam and not self.ask_abandon():
            return False
        self.finish("abandoned" if self.in_exam else "finished")
        return True

    def finish(self, outcome: str = "finished") -> None:
        self.timer.stop()
        self.clock.hide()
        if self.attempt_id is None:
            return
        result, given = self.desk.finish(self.attempt_id, outcome)
        self.attempt_id = None
        self._answering(False)
        self.builder.setVisible(self._builds)
        self.exam_running.emit(False)
        if outcome == "abandoned":
            self._debriefing = None
            left = self.tr("The test was left: the attempt is recorded as abandoned.")
            self.debrief.setHtml(f"<h3>{html.escape(left)}</h3>")
            return
        header = self.tr("Your score: {0} % ({1} of {2} verdicts right, {3} of {4} anomalies "
                         "found, {5} false alarms).").format(
            result.percent, result.right_verdicts, result.samples, result.anomalies_found,
            result.anomalies_expected, result.false_alarms,
        )  # fmt: skip
        if outcome == "timed_out":
            header = self.tr("Time is up.") + " " + header
        self._debriefing = (header, list(self.samples), given)
        self._render_debrief()  # at once: the answer key and the answers; the machine's
        for sample in self.samples:  # findings as they come (most are ready by now)
            self._find(sample)

    def _render_debrief(self) -> None:
        assert self._debriefing is not None
        header, samples, given = self._debriefing
        e = html.escape
        parts = [f"<h3>{e(header)}</h3>"]
        ready = sum(x.id in self.machine for x in samples)
        if ready < len(samples):
            waiting = self.tr("The machine findings: {0} of {1} ready…")
            parts.append(f"<p><i>{e(waiting.format(ready, len(samples)))}</i></p>")
        for n, sample in enumerate(samples, 1):
            mine = given.get(sample.id)
            yours = (
                f"{verdict_word(mine.verdict)}: "
                + (", ".join(self._name(c) for c in mine.anomalies) or "-")
                if mine
                else self.tr("not answered")
            )
            key = f"{verdict_word(sample.verdict)}: " + (
                ", ".join(self._name(c) for c in sample.anomalies) or "-"
            )
            line = self.tr("Answer key: {0} — yours: {1}").format(key, yours)
            title = self.tr("Sample {0}").format(n)
            parts.append(
                f"<h4>{e(title)}</h4><p>{e(tr_text(sample.description))}</p><p>{e(line)}</p>"
            )
            result = self.machine.get(sample.id)
            if result is not None:
                parts.append(self._findings(result))
        self.debrief.setHtml("".join(parts))

    @staticmethod
    def _name(check_id: str) -> str:
        return tr_text(CHECK_NAMES.get(check_id, check_id))

    def _answering(self, on: bool) -> None:
        for widget in (self.anomalous, self.clean, self.marks, self.next_button):
            widget.setEnabled(on)
        self.start_button.setEnabled(not on)

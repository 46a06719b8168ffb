"""A trainer builds pre- and post-tests in the application; two trainees take them; the scores
and the course indicator come out exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from verifier.gui.app import MainWindow, build
from verifier.gui.context import AppContext
from verifier.gui.runner import SyncRunner
from verifier.settings import Settings
from verifier.store.officers import create_officer, sign_in
from verifier.training.course import course_report

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"
TEST = ["uto-id-2021-genuine", "forged-fibres-missing", "impostor-bearer"]
KEY = {
    "uto-id-2021-genuine": ("no_anomalies", []),
    "forged-fibres-missing": ("anomalies", ["uv.features"]),
    "impostor-bearer": ("anomalies", ["face.match"]),
}


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = build(
        Settings(tmp_path / "home", ROOT / "reference_docs"), SyncRunner(), dt.date(2026, 11, 28)
    )
    with context.station.db.session() as s:
        create_officer(s, "trainer", PASSWORD, "admin")
        create_officer(s, "ana", PASSWORD, "officer")
        create_officer(s, "ben", PASSWORD, "officer")
    yield context
    context.station.close()


def as_user(ctx: AppContext, qtbot: QtBot, name: str) -> MainWindow:
    with ctx.station.db.session() as s:
        ctx.officer = sign_in(s, name, PASSWORD)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def build_session(window: MainWindow, name: str, kind: str) -> None:
    view = window.training
    view.name.setText(name)
    view.course_name.setText("Border 2026-11")
    view.kind.setCurrentIndex(view.kind.findData(kind))
    items = {view.pick.item(i).text(): view.pick.item(i) for i in range(view.pick.count())}
    for sample in reversed(TEST) if kind == "post" else TEST:  # the trainer's order
        items[sample].setCheckState(Qt.CheckState.Checked)
    view.create_session()
    assert "created" in view.builder_status.text()


def take(window: MainWindow, session: str, answers: dict[str, tuple[str, list[str]]]) -> str:
    view = window.training
    item = next(
        view.sessions.item(i) for i in range(view.sessions.count())
        if session in view.sessions.item(i).text()
    )  # fmt: skip
    view.sessions.setCurrentItem(item)
    view.start_selected()
    assert not view.start_button.isEnabled() and view.next_button.isEnabled()
    order = [x.name for x in view.samples]
    assert order == (list(reversed(TEST)) if "Post" in session else TEST)
    while view.attempt_id is not None:
        sample = view.samples[view.index].name
        assert view.panes["visible"].scene().items() != []  # the capture is shown
        verdict, marked = answers[sample]
        view.mark(verdict, marked)
        view.record()
    return view.debrief.toPlainText()


def test_trainer_builds_sessions_and_two_trainees_take_pre_and_post_tests(
    ctx: AppContext, qtbot: QtBot
) -> None:
    trainer = as_user(ctx, qtbot, "trainer")
    assert trainer.training.builder.isVisibleTo(trainer.training)
    assert trainer.training.pick.count() == 28  # the bundled samples, with their answer keys
    build_session(trainer, "Pre-test", "pre")
    build_session(trainer, "Post-test", "post")
    trainer.training.create_session()  # nothing chosen: refused
    assert "at least one sample" in trainer.training.builder_status.text()

    ana = as_user(ctx, qtbot, "ana")
    assert not ana.training.builder.isVisibleTo(ana.training)  # trainees do not build sessions
    debrief = take(ana, "Pre-test", {
        "uto-id-2021-genuine": ("anomalies", ["visible.features"]),   # 0 (wrong, false alarm)
        "forged-fibres-missing": ("anomalies", []),                   # 1 (verdict only)
        "impostor-bearer": ("no_anomalies", []),                      # 0
    })  # fmt: skip
    assert "Your score: 20.0 %" in debrief  # 1 point of 5
    assert "Machine verdict: Anomalies" in debrief and "Face comparison" in debrief
    assert "impostor" not in debrief and "Sample 3" in debrief  # neutral names only
    take(ana, "Post-test", KEY)  # 5 of 5

    ben = as_user(ctx, qtbot, "ben")
    take(ben, "Pre-test", KEY)  # 100 %
    take(ben, "Post-test", {**KEY, "impostor-bearer": ("anomalies", [])})  # 4 of 5

    with ctx.station.db.session() as s:
        report = course_report(s, "Border 2026-11")
    scores = {t.trainee: (t.pre.percent, t.post.percent, t.improved) for t in report.trainees}  # type: ignore[union-attr]
    assert scores == {"ana": (20.0, 100.0, True), "ben": (100.0, 80.0, False)}
    assert report.indicator == 50.0
    assert ctx.station.book.count() == 0  # training never writes operational reports


def test_a_verdict_is_needed_before_the_next_sample(ctx: AppContext, qtbot: QtBot) -> None:
    trainer = as_user(ctx, qtbot, "trainer")
    trainer.training.hide_verdict.setChecked(False)  # practice: the machine helps
    build_session(trainer, "Practice", "practice")
    view = trainer.training
    view.sessions.setCurrentRow(0)
    view.start_selected()
    assert "Machine verdict: No anomalies" in view.debrief.toPlainText()  # uto-id genuine
    view.record()
    assert "Choose a verdict" in view.progress.text() and view.index == 0
    view.finish()  # e.g. the time limit ran out: what was not answered earns nothing
    assert "Your score: 0.0 %" in view.debrief.toPlainText()


def start_test(window: MainWindow, session: str) -> None:
    view = window.training
    item = next(
        view.sessions.item(i) for i in range(view.sessions.count())
        if session in view.sessions.item(i).text()
    )  # fmt: skip
    view.sessions.setCurrentItem(item)
    view.start_selected()


def test_during_a_test_the_trainee_sees_only_the_test(
    ctx: AppContext, qtbot: QtBot, modal_dialogs: list[str]
) -> None:
    from sqlalchemy import select

    from verifier.store.tables import TrainingAttempt

    trainer = as_user(ctx, qtbot, "trainer")
    trainer.training.limit.setValue(10)
    build_session(trainer, "Pre-test", "pre")
    ana = as_user(ctx, qtbot, "ana")
    ana.show()
    view = ana.training
    start_test(ana, "Pre-test")
    assert view.in_exam and ana.tabs.currentWidget() is view
    visible = [ana.tabs.tabText(i) for i in range(ana.tabs.count()) if ana.tabs.isTabVisible(i)]
    assert visible == [ana.tabs.tabText(ana.tabs.indexOf(view))]
    assert not ana.inspection.isEnabled() and not ana.history.isEnabled()
    ana._go(0)  # F2: nothing
    assert ana.tabs.currentWidget() is view
    marks = {view.marks.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.marks.count())}
    assert "barcode.signature" not in marks and "uv.features" in marks  # what the eye can judge
    assert view.marks.item(0).text() != view.marks.item(0).data(Qt.ItemDataRole.UserRole)
    assert "Sample 1 of 3" in view.progress.text()
    assert all(name not in view.progress.text() for name in TEST)
    assert view.clock.isVisible() and "Time left: 10:00" in view.clock.text()
    assert view.references["visible"].scene().items() != []  # the library's reference
    ana.close()  # the trainee is asked; refusing keeps the test running
    assert modal_dialogs == ["Leave the test?"] and view.in_exam and ana.isVisible()
    view.ask_abandon = lambda: True  # type: ignore[method-assign]
    ana.close()
    assert not view.in_exam
    with ctx.station.db.session() as s:
        outcomes = [a.outcome for a in s.scalars(select(TrainingAttempt))]
    assert outcomes == ["abandoned"]
    assert all(ana.tabs.isTabVisible(i) for i in range(ana.tabs.count()))  # after the test


def test_one_attempt_per_test_unless_granted_and_the_clock_closes_it(
    ctx: AppContext, qtbot: QtBot
) -> None:
    import time as clock

    from sqlalchemy import select

    from verifier.store.tables import TrainingAttempt

    trainer = as_user(ctx, qtbot, "trainer")
    trainer.training.limit.setValue(5)
    build_session(trainer, "Pre-test", "pre")
    ana = as_user(ctx, qtbot, "ana")
    take(ana, "Pre-test", KEY)
    start_test(ana, "Pre-test")  # once only
    assert ana.training.attempt_id is None
    assert "already taken this test" in ana.training.progress.text()
    trainer = as_user(ctx, qtbot, "trainer")
    trainer.training.reload()
    start_test(trainer, "Pre-test")  # select it (the trainer starts one of their own too)
    trainer.training.leave = lambda: True  # type: ignore[method-assign]
    trainer.training.grant_trainee.setCurrentIndex(trainer.training.grant_trainee.findData(2))
    trainer.training.grant_reason.setText("the scanner failed during the test")
    trainer.training.grant()
    assert "Another attempt granted" in trainer.training.builder_status.text()
    ana = as_user(ctx, qtbot, "ana")
    start_test(ana, "Pre-test")
    view = ana.training
    assert view.in_exam
    view.mark(*KEY[view.samples[0].name])
    view.record()
    view.deadline = clock.monotonic() - 1  # the time is up
    view._tick()
    assert not view.in_exam and "Time is up." in view.debrief.toPlainText()
    with ctx.station.db.session() as s:
        mine = [a.outcome for a in s.scalars(select(TrainingAttempt).where(
            TrainingAttempt.trainee_id == 2))]  # fmt: skip
    assert mine == ["finished", "timed_out"]


def test_the_debrief_appears_at_once_and_fills_in(ctx: AppContext, qtbot: QtBot) -> None:
    class Later:  # a runner whose work has not run yet (the machine is still busy)
        def __init__(self) -> None:
            self.queue: list[tuple[object, object]] = []

        def run(self, work, done, failed, **_kw):  # type: ignore[no-untyped-def]
            self.queue.append((work, done))

        def wait(self) -> None:
            pass

    trainer = as_user(ctx, qtbot, "trainer")
    build_session(trainer, "Pre-test", "pre")
    ana = as_user(ctx, qtbot, "ana")
    later = Later()
    ctx.runner = later  # type: ignore[assignment]
    start_test(ana, "Pre-test")
    view = ana.training
    while view.attempt_id is not None:
        view.mark(*KEY[view.samples[view.index].name])
        view.record()
    text = view.debrief.toPlainText()
    assert "Your score: 100.0 %" in text and "Answer key" in text
    assert "0 of 3 ready" in text and "Machine verdict" not in text
    for work, done in list(later.queue):
        done(work())  # type: ignore[operator]
    assert "Machine verdict" in view.debrief.toPlainText()
    assert "ready" not in view.debrief.toPlainText()


def test_samples_have_neutral_names_for_officers(ctx: AppContext, qtbot: QtBot) -> None:
    ana = as_user(ctx, qtbot, "ana")
    choices = ana.inspection.sample_choices()
    assert len(choices) == 28 and all(label.startswith("Sample ") for label in choices)
    assert not any("forged" in label or "genuine" in label for label in choices)
    assert [p.name for p in choices.values()] != sorted(p.name for p in choices.values())
    trainer = as_user(ctx, qtbot, "trainer")
    assert "forged-photo-substitution" in trainer.inspection.sample_choices()


def test_trainers_see_the_course_results_and_export_them(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    with ctx.station.db.session() as s:
        from verifier.store.tables import Officer

        for row in s.query(Officer):
            row.display_name = {"ana": "Ana Anić", "ben": "Ben Berić"}.get(row.username, "T")
    trainer = as_user(ctx, qtbot, "trainer")
    build_session(trainer, "Pre-test", "pre")
    build_session(trainer, "Post-test", "post")
    ana = as_user(ctx, qtbot, "ana")
    take(ana, "Pre-test", {**KEY, "impostor-bearer": ("no_anomalies", [])})
    take(ana, "Post-test", KEY)
    ben = as_user(ctx, qtbot, "ben")
    take(ben, "Pre-test", KEY)
    take(ben, "Post-test", {**KEY, "forged-fibres-missing": ("anomalies", [])})
    trainer = as_user(ctx, qtbot, "trainer")
    results = trainer.training.open_results()
    qtbot.addWidget(results)
    names = [results.trainees.item(r, 0).text() for r in range(results.trainees.rowCount())]
    assert names == ["Ana Anić (ana)", "Ben Berić (ben)"]  # full names
    assert "50.0 % of 2" in results.indicator.text() and "target 75.0 %" in results.indicator.text()
    assert "below the target" in results.indicator.text()
    samples = {results.samples.item(r, 0).text(): results.samples.item(r, 1).text()
               for r in range(results.samples.rowCount())}  # fmt: skip
    assert samples["impostor-bearer"] == "50.0 % (n=2)"  # one of two pre-tests right
    features = {results.checks.item(r, 0).text(): results.checks.item(r, 2).text()
                for r in range(results.checks.rowCount())}  # fmt: skip
    assert features["UV features"] == "50.0 % (n=2)"  # ben missed them in his post-test
    results.export("csv", tmp_path / "course.csv")
    results.export("pdf", tmp_path / "course.pdf")
    assert "Ana Anić" in (tmp_path / "course.csv").read_text(encoding="utf-8")
    assert (tmp_path / "course.pdf").read_bytes().startswith(b"%PDF")
    assert "Exported to" in results.status.text()

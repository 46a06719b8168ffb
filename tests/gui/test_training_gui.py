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
    assert "Machine verdict: anomalies" in debrief and "face.match" in debrief
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
    assert "Machine verdict: no_anomalies" in view.debrief.toPlainText()  # uto-id genuine
    view.record()
    assert "Choose a verdict" in view.progress.text() and view.index == 0
    view.finish()  # e.g. the time limit ran out: what was not answered earns nothing
    assert "Your score: 0.0 %" in view.debrief.toPlainText()

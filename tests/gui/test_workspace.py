"""The officer's workspace: decisions that can be defended, a verdict that says what was
examined, evidence that can be seen, History as an officer uses it. Real widgets, the real
pipeline and the real store; a dialog a test does not answer is refused (conftest)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSWORD, ROOT, SAMPLES, signed_in
from verifier.gui.app import MainWindow, build
from verifier.gui.context import AppContext
from verifier.gui.dialogs import AddendumDialog, ReasonDialog
from verifier.gui.history import ReportDialog
from verifier.gui.images import array_of
from verifier.gui.inspection import InspectionView
from verifier.gui.runner import ThreadRunner
from verifier.reports.book import MAX_NOTES, Decision
from verifier.reports.verify import verify
from verifier.settings import Settings
from verifier.store.officers import create_officer


def inspected(view: InspectionView, sample: str) -> None:
    view.load_folder(SAMPLES / sample)
    view.inspect()
    assert view.result is not None


def rows(view: InspectionView) -> list[QTreeWidgetItem]:
    tree = view.checks
    return [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]


# -- 1. Decisions ------------------------------------------------------------------------------
def test_releasing_on_anomalies_needs_a_reason_and_cancelling_saves_nothing(
    ctx: AppContext, qtbot: QtBot, modal_dialogs: list[str]
) -> None:
    window = signed_in(ctx, qtbot)
    view = window.inspection
    inspected(view, "forged-fibres-wrong")
    assert view.result is not None and view.result.verdict.value == "anomalies"
    view.decide(Decision.RELEASED)  # the officer cancels the reason dialog
    assert modal_dialogs == ["Release despite the verdict?"]
    assert ctx.station.book.count() == 0 and view.result is not None
    assert "Not released: nothing was saved" in view.message.text()
    asked: list[tuple[str, ...]] = []

    def answer(*args: str) -> str:
        asked.append(args)
        return "expert on duty examined the fibres under magnification"

    view.ask_reason = answer  # type: ignore[method-assign]
    view.notes.setText("fibres look odd")
    view.decide(Decision.RELEASED)
    assert asked and asked[0][3] == "fibres look odd"  # the notes so far start the reason
    assert ctx.station.book.get("1")["body"]["decision"] == {
        "outcome": "released",
        "notes": "expert on duty examined the fibres under magnification",
    }
    inspected(view, "forged-office-paper")
    asked.clear()
    view.decide(Decision.SUSPECTED_FRAUD)  # acting on the anomalies needs no justification
    assert not asked and ctx.station.book.count() == 2
    inspected(view, "uto-p-2020-genuine")
    view.decide(Decision.RELEASED)  # nor does releasing on no anomalies
    assert not asked and ctx.station.book.count() == 3
    assert len(modal_dialogs) == 1


def test_the_reason_dialog_cannot_be_accepted_empty(qtbot: QtBot) -> None:
    dialog = ReasonDialog("Release despite the verdict?", "Why?", "&Release")
    qtbot.addWidget(dialog)
    assert not dialog.accept_button.isEnabled()
    dialog.reason.setPlainText("   \n ")
    assert not dialog.accept_button.isEnabled()
    dialog.reason.setPlainText("checked the laminate by hand ")
    assert dialog.accept_button.isEnabled() and dialog.text() == "checked the laminate by hand"
    dialog.reason.setPlainText("x" * (MAX_NOTES + 500))
    assert len(dialog.text()) == MAX_NOTES


def test_an_undecided_inspection_is_never_dropped(
    ctx: AppContext, qtbot: QtBot, modal_dialogs: list[str]
) -> None:
    window = signed_in(ctx, qtbot)
    window.show()
    view = window.inspection
    inspected(view, "uto-p-2020-genuine")
    view.load_folder(SAMPLES / "uto-v-2022-genuine")  # asked; "decide now"
    assert modal_dialogs == ["No decision yet"] and view.result is not None
    assert view.slots["visible"].path == SAMPLES / "uto-p-2020-genuine" / "visible.png"
    window.close()  # closing the window asks the same
    assert modal_dialogs[-1] == "No decision yet" and window.isVisible()
    view.ask_undecided = lambda: "record"  # type: ignore[method-assign]
    view.ask_reason = lambda *_args: None  # type: ignore[method-assign]
    view.new_inspection()  # the reason is cancelled: nothing recorded, nothing lost
    assert view.result is not None and ctx.station.book.count() == 0
    assert "Nothing was recorded" in view.message.text()
    view.ask_reason = lambda *_args: "the traveller withdrew"  # type: ignore[method-assign]
    view.load_folder(SAMPLES / "uto-v-2022-genuine")
    assert ctx.station.book.count() == 1 and view.result is None
    assert ctx.station.book.get("1")["body"]["decision"] == {
        "outcome": "not_decided",
        "notes": "the traveller withdrew",
    }
    assert "saved as not decided" in view.message.text()
    assert view.slots["visible"].path == SAMPLES / "uto-v-2022-genuine" / "visible.png"
    window.close()  # nothing undecided: closes without asking
    assert not window.isVisible() and modal_dialogs.count("No decision yet") == 2


# -- 2. A verdict that says what was examined ----------------------------------------------------
def test_a_partial_examination_is_amber_and_names_what_was_not_examined(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = signed_in(ctx, qtbot)
    view = window.inspection
    view.set_capture("visible", SAMPLES / "uto-p-2020-genuine" / "visible.png")
    view.inspect()
    assert view.result is not None and list(view.result.not_examined) == ["uv", "ir", "face"]
    text = view.verdict.text()
    assert view.verdict.property("verdict") == "partial"
    assert "IN WHAT WAS EXAMINED" in text and "UV, IR and the face were not examined" in text
    groups = {
        view.checks.topLevelItem(i).text(0): view.checks.topLevelItem(i).text(1)
        for i in range(view.checks.topLevelItemCount())
    }
    assert groups["Face"] == "Not examined"  # not a green Pass for a skipped face match
    assert groups[view.titles["uv"]] == "Not examined"
    theme = (ROOT / "ui" / "themes" / "default.qss").read_text()
    assert 'QLabel#verdict[verdict="partial"]' in theme
    view.ask_undecided = lambda: "record"  # type: ignore[method-assign]
    view.ask_reason = lambda *_args: "only white light at this desk"  # type: ignore[method-assign]
    view.load_folder(SAMPLES / "uto-p-2020-genuine")
    view.inspect()
    assert view.verdict.property("verdict") == "no_anomalies"
    assert view.result is not None and not view.result.not_examined


def test_the_partial_banner_is_drawn_amber(ctx: AppContext, qtbot: QtBot) -> None:
    from verifier.gui.resources import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    apply_theme(app, "default")
    try:
        window = signed_in(ctx, qtbot)
        view = window.inspection
        view.set_capture("visible", SAMPLES / "uto-p-2020-genuine" / "visible.png")
        view.inspect()
        view.verdict.resize(600, 60)
        colour = view.verdict.grab().toImage().pixelColor(3, 3)
        red, green, blue = colour.red(), colour.green(), colour.blue()
        assert red > blue + 60 and green > blue  # amber (or yellow), not green
        assert red >= green - 20, (red, green, blue)
    finally:
        app.setStyleSheet(before)


# -- 3. Evidence -------------------------------------------------------------------------------
def test_the_first_failure_is_shown_at_once_zoomed_in_both_panes(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = signed_in(ctx, qtbot)
    window.resize(1600, 1000)
    window.show()
    view = window.inspection
    inspected(view, "forged-uv-emblem-missing")
    current = view.checks.currentItem()
    assert current is not None
    check = current.data(0, Qt.ItemDataRole.UserRole)
    assert check.status.value == "fail"
    light = check.id.split(".", 1)[0]
    assert view.lights.currentIndex() == ("visible", "uv", "ir").index(light)
    capture, reference = view.panes[light]
    assert capture.focus_rect is not None and capture.focus_rect == reference.focus_rect
    whole = capture.scene().sceneRect()
    shown = capture.mapToScene(capture.viewport().rect()).boundingRect()
    assert shown.width() < whole.width() * 0.8  # zoomed in, not the whole document
    labels = {i.text() for i in capture.scene().items() if isinstance(i, QGraphicsSimpleTextItem)}
    assert check.name in labels and check.id not in labels  # the feature's name on its region
    assert "check digit" not in view.identity.text()


def test_zoom_and_pan_move_both_panes(ctx: AppContext, qtbot: QtBot) -> None:
    window = signed_in(ctx, qtbot)
    window.resize(1600, 1000)
    window.show()
    view = window.inspection
    inspected(view, "forged-uv-emblem-missing")
    index = view.lights.currentIndex()
    capture, reference = view.panes[("visible", "uv", "ir")[index]]
    before = capture.transform().m11()
    centre = QPointF(capture.viewport().rect().center())
    wheel = QWheelEvent(
        centre, capture.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(capture.viewport(), wheel)
    assert capture.transform().m11() > before
    assert reference.transform().m11() == capture.transform().m11()
    bar = capture.horizontalScrollBar()
    bar.setValue(bar.value() + 40)

    def middle(pane: object) -> QPointF:
        return pane.mapToScene(pane.viewport().rect().center())  # type: ignore[attr-defined,no-any-return]

    assert abs(middle(capture).x() - middle(reference).x()) < 3


def test_comparison_aids_change_what_is_shown_not_the_evidence(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = signed_in(ctx, qtbot)
    view = window.inspection
    inspected(view, "forged-uv-emblem-missing")
    light = ("visible", "uv", "ir")[view.lights.currentIndex()]
    capture, reference = view.panes[light]
    original = capture.array
    assert original is not None

    def shown() -> np.ndarray:
        assert capture._item is not None
        return array_of(capture._item.pixmap()).astype(int)

    view.brightness.setValue(60)
    assert shown().mean() > original.mean() + 10
    view.brightness.setValue(0)
    view.invert.setChecked(True)
    assert abs(shown().mean() - (255 - original.mean())) < 3
    view.invert.setChecked(False)
    view.channel.setCurrentIndex(view.channel.findData("red"))
    one = shown()
    assert (one[..., 0] == one[..., 1]).all() and (one[..., 1] == one[..., 2]).all()
    assert np.array_equal(capture.array, original)  # the evidence itself is never altered
    view.reset_aids()
    assert np.array_equal(shown(), original.astype(int))
    view.compare.setCurrentIndex(view.compare.findData("difference"))
    assert capture._shown is not None and not np.array_equal(shown(), original.astype(int))
    view.compare.setCurrentIndex(view.compare.findData("blink"))
    assert view.blink_timer.isActive() and capture._shown is None
    view._blink()
    assert reference.array is not None and np.array_equal(capture._shown, reference.array)
    view._blink()
    assert capture._shown is None
    view.compare.setCurrentIndex(0)
    assert not view.blink_timer.isActive()


def test_a_failing_mrz_shows_the_lines_with_the_digit_marked(ctx: AppContext, qtbot: QtBot) -> None:
    window = signed_in(ctx, qtbot)
    view = window.inspection
    inspected(view, "forged-mrz-check-digit")
    text = view.identity.text()
    assert "check digit" in text and "computed" in text
    assert "background:#b3141b" in text  # the faulty digit itself
    digits = next(c for c in view.result.checks if c.id == "mrz.check_digits")  # type: ignore[union-attr]
    fault = digits.evidence["faults"][0]
    assert f"check digit {fault['printed']}, computed {fault['computed']}" in text


def test_the_capture_column_folds_away_on_a_small_screen(ctx: AppContext, qtbot: QtBot) -> None:
    window = signed_in(ctx, qtbot)
    window.resize(1366, 768)
    window.show()
    view = window.inspection
    assert view.columns.sizes()[0] > 0
    inspected(view, "uto-id-2021-genuine")
    assert view.columns.sizes()[0] == 0  # the evidence gets the room
    view.toggle_captures()
    assert view.columns.sizes()[0] > 0


def test_focus_lands_in_the_window_after_sign_in(ctx: AppContext, qtbot: QtBot) -> None:
    window = signed_in(ctx, qtbot)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.focusWidget() is window.inspection.open_button)
    window.tabs.setCurrentIndex(1)
    assert window.focusWidget() is not None
    assert window.history.isAncestorOf(window.focusWidget())


# -- 4. History --------------------------------------------------------------------------------
def test_history_search_by_part_of_a_number_name_officer_and_decision(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = signed_in(ctx, qtbot)
    with ctx.station.db.session() as s:
        create_officer(s, "ana", PASSWORD, "officer", "Ana Officer")
    view = window.inspection
    inspected(view, "forged-office-paper")
    view.decide(Decision.SUSPECTED_FRAUD)
    inspected(view, "uto-p-2020-genuine")
    view.decide(Decision.RELEASED)
    chief = ctx.officer
    ctx.officer = ctx.station.sign_in("ana", PASSWORD)
    inspected(view, "uto-v-2022-genuine")
    view.decide(Decision.REFERRED)
    ctx.officer = chief
    history = window.history
    history.search()
    assert history.table.rowCount() == 3
    headers = [history.table.horizontalHeaderItem(c).text() for c in range(9)]
    assert "Officer" in headers and "Holder" in headers
    officers = {history.table.item(r, headers.index("Officer")).text() for r in range(3)}
    assert officers == {"Chief Inspector", "Ana Officer"}
    number = ctx.station.book.get("2")["body"]["inspection"]["mrz"]["document_number"]
    history.number.setText(number[2:6].lower())  # part of it, any case
    history.search()
    assert [r.seq for r in history.rows] == [2]
    history.number.clear()
    holder = history.rows[0].holder_name
    assert holder
    history.name.setText(holder.split()[-1][:4].lower())
    history.search()
    assert 2 in [r.seq for r in history.rows]
    history.name.clear()
    history._load_officers()
    history.officer.setCurrentIndex(history.officer.findText("Ana Officer (ana)"))
    history.search()
    assert [r.seq for r in history.rows] == [3]
    history.officer.setCurrentIndex(0)
    history.decision.setCurrentIndex(history.decision.findData("suspected_fraud"))
    history.search()
    assert [r.seq for r in history.rows] == [1]
    history.table.selectRow(0)
    assert "inspection report #1" in history.detail.toPlainText()
    history.number.setText("no-such-number")
    history.search()
    assert history.table.rowCount() == 0 and history.detail.toPlainText() == ""


def test_a_report_opens_on_double_click_and_takes_a_signed_addendum(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = signed_in(ctx, qtbot)
    window.show()
    view = window.inspection
    inspected(view, "forged-office-paper")
    view.decide(Decision.REFERRED)
    history = window.history
    window.tabs.setCurrentIndex(1)
    history.search()
    rect = history.table.visualItemRect(history.table.item(0, 0))
    qtbot.mouseClick(history.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(history.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialogs = [d for d in history.findChildren(ReportDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].windowTitle() == "Report #1"
    dialogs[0].close()
    history.add_addendum(("The expert found the paper genuine; released", Decision.RELEASED,
                          "genuine"))  # fmt: skip
    assert "Addendum #2 to report #1 signed and saved" in history.status.text()
    row = history.rows[0]
    assert history.table.rowCount() == 1 and row.seq == 1  # the addendum is not a new row
    assert history.table.item(0, 3).text() == "Released *"
    report = ctx.station.book.get("1")
    assert report["body"]["decision"]["outcome"] == "referred_to_expert"  # never altered
    assert [a["body"]["decision"]["outcome"] for a in report["addenda"]] == ["released"]
    assert "The expert found the paper genuine" in history.detail.toPlainText()
    assert report["addenda"][0]["body"]["classification"] == "genuine"
    assert "Expert's classification: Genuine." in history.detail.toPlainText()
    assert verify(ctx.station.book).ok


def test_the_addendum_dialog_needs_text_and_offers_a_correction(qtbot: QtBot) -> None:
    dialog = AddendumDialog(7, "referred_to_expert")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Addendum to report #7"
    assert "Referred to an expert" in dialog.decision.itemText(0)
    assert not dialog.accept_button.isEnabled()
    dialog.reason.setPlainText("stamp checked with the issuing office")
    assert dialog.accept_button.isEnabled()
    assert dialog.chosen() == ("stamp checked with the issuing office", None, None)
    assert dialog.classification.count() == 8  # none, and the seven classifications
    dialog.classification.setCurrentIndex(dialog.classification.findData("counterfeit"))
    assert dialog.chosen()[2] == "counterfeit"
    dialog.decision.setCurrentIndex(dialog.decision.findData("suspected_fraud"))
    assert dialog.chosen()[1] is Decision.SUSPECTED_FRAUD


def test_verifying_a_large_chain_runs_off_the_gui_thread_with_progress_and_cancel(
    tmp_path: Path, qtbot: QtBot
) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_store import bulk_fill  # type: ignore[import-not-found]

    ctx = build(
        Settings(tmp_path / "home", ROOT / "reference_docs"), ThreadRunner(), dt.date(2026, 11, 28)
    )
    try:
        with ctx.station.db.session() as s:
            create_officer(s, "chief", PASSWORD, "admin", "Chief Inspector")
        ctx.officer = ctx.station.sign_in("chief", PASSWORD)
        bulk_fill(ctx.station, 3000)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        history = window.history
        history.verify_chain()
        assert history.cancel_button.isVisibleTo(history)
        assert not history.verify_button.isEnabled()  # one verification at a time
        history.cancel()  # at once: the work stops at its next progress report
        qtbot.waitUntil(lambda: "Cancelled" in history.status.text(), timeout=60_000)
        assert history.verify_button.isEnabled()
        steps: list[int] = []
        history.progress.valueChanged.connect(steps.append)
        history.verify_chain()
        qtbot.waitUntil(lambda: "verify" in history.status.text().split(":")[0], timeout=120_000)
        assert "All 3000 reports verify" in history.status.text()
        assert steps[-1] == 3000 and len(steps) >= 4  # the bar moved as the rows were checked
    finally:
        ctx.runner.wait()
        ctx.station.close()


# -- 5. Polish ---------------------------------------------------------------------------------
def test_small_screens_open_maximised_and_thumbnails_never_move_the_layout(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from verifier.gui.app import show_fitted

    window = signed_in(ctx, qtbot)
    show_fitted(window)  # the offscreen screen is 800 x 600: a small one
    assert window.isMaximized() and window.statusBar().isVisible()
    view = window.inspection
    QApplication.processEvents()
    before = {light: slot.geometry() for light, slot in view.slots.items()}
    view.load_folder(SAMPLES / "uto-p-2020-genuine")
    QApplication.processEvents()
    assert {light: slot.geometry() for light, slot in view.slots.items()} == before
    assert not view.slots["visible"].thumb.pixmap().isNull()


def test_success_is_not_shown_as_an_error(ctx: AppContext, qtbot: QtBot) -> None:
    window = signed_in(ctx, qtbot)
    view = window.inspection
    view.decide(Decision.RELEASED)
    assert view.message.property("kind") == "error"  # nothing inspected yet
    inspected(view, "uto-p-2020-genuine")
    view.decide(Decision.RELEASED)
    assert "signed and saved" in view.message.text()
    assert view.message.property("kind") == "info"
    theme = (ROOT / "ui" / "themes" / "default.qss").read_text()
    assert 'QLabel#message[kind="info"]' in theme and 'QLabel#message[kind="error"]' in theme

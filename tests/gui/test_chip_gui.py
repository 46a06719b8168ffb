"""The chip in the desktop application: read with the inspection (a sample's simulated chip),
its group of checks, its portrait beside the printed one and the bearer; off when unchecked;
an ID card's CAN typed in."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.gui.conftest import SAMPLES, signed_in
from verifier.gui.context import AppContext
from verifier.inspection.result import CheckStatus
from verifier.reports.book import Decision


def test_chip_read_with_the_inspection_and_its_portrait_shown(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = signed_in(ctx, qtbot)
    view = window.inspection
    assert view.chip_button.isChecked()  # on by default: no reader only makes it "skipped"
    view.load_folder(SAMPLES / "forged-photo-substitution")
    view.inspect()
    assert view.result is not None
    status = {c.id: c.status for c in view.result.checks}
    assert status["chip.passive_auth"] is CheckStatus.PASS
    assert status["face.chip_match"] is CheckStatus.FAIL
    groups = [view.checks.topLevelItem(i).text(0) for i in range(view.checks.topLevelItemCount())]
    assert "Chip" in groups
    view.lights.setCurrentIndex(3)
    assert not view.face_chip.pixmap().isNull()
    assert "Chip portrait comparison" in view.face_text.text()


def test_chip_off_and_an_id_card_with_its_can(ctx: AppContext, qtbot: QtBot) -> None:
    window = signed_in(ctx, qtbot)
    view = window.inspection
    view.load_folder(SAMPLES / "uto-id-2021-genuine")
    view.chip_button.setChecked(False)
    view.inspect()
    assert view.result is not None
    assert not any(c.id.startswith("chip.") for c in view.result.checks)
    assert view.face_chip.pixmap().isNull()
    view.decide(Decision.RELEASED)
    view.new_inspection()
    view.load_folder(SAMPLES / "uto-id-2021-genuine")
    view.chip_button.setChecked(True)
    view.can_edit.setText("418305")
    view.inspect()
    read = next(c for c in view.result.checks if c.id == "chip.read")
    assert read.status is CheckStatus.PASS and read.evidence["access"] == "PACE"

"""The chip in the desktop application: read with the inspection (a sample's simulated chip),
its group of checks, its portrait beside the printed one and the bearer; off when unchecked;
an ID card's CAN typed in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.gui.conftest import ROOT, SAMPLES, signed_in
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


def test_chip_progress_details_and_certificate_chain(ctx: AppContext, qtbot: QtBot) -> None:
    """The portrait's reading shows as progress; the full name from DG11 beside the MRZ's;
    choosing a chip check shows its details (DG11/DG12) or its certificate chain."""
    window = signed_in(ctx, qtbot)
    view = window.inspection
    heard: list[tuple[int, int]] = []
    shown = view._chip_progress

    def progress(done: int, total: int) -> None:
        assert QThread.currentThread() is QCoreApplication.instance().thread()  # the GUI's
        heard.append((done, total))
        shown(done, total)
        if done < total:
            assert view.progress.maximum() == total and view.progress.isTextVisible()

    view._chip_progress = progress  # type: ignore[method-assign]
    view.load_folder(SAMPLES / "uto-p-2020-genuine")
    view.inspect()
    assert view.result is not None
    qtbot.waitUntil(lambda: bool(heard) and heard[-1][0] == heard[-1][1])  # queued to this thread
    assert len(heard) > 5 and heard[-1][0] == heard[-1][1]
    assert view.progress.maximum() == 0 and not view.progress.isTextVisible()  # busy again
    assert "Name in the chip" in view.identity.text()
    assert "ERIKSSON, ANNA MARIA" in view.identity.text()
    items = {
        view.checks.topLevelItem(i).child(j).toolTip(0): view.checks.topLevelItem(i).child(j)
        for i in range(view.checks.topLevelItemCount())
        for j in range(view.checks.topLevelItem(i).childCount())
    }
    view._check_chosen(items["chip.read"])
    assert "Issuing authority" in view.check_detail.text()
    assert "MINISTRY OF THE INTERIOR OF UTOPIA" in view.check_detail.text()
    window.resize(1366, 768)  # the smallest screen: the chain scrolls, it widens nothing
    window.show()
    view.checks.setCurrentItem(items["chip.passive_auth"])  # as the officer's click does
    qtbot.wait(50)
    detail = view.check_detail.text()
    assert "Document Signer" in detail and "Country Signing CA (CSCA)" in detail
    assert "SHA-256 fingerprint" in detail and "DS Utopia 01" in detail
    assert window.width() <= 1366 and view.checks.height() > 100


def test_csca_trust_list_and_import_by_an_administrator(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """The Library's second page lists the trusted CSCAs; an administrator imports a master
    list (audited), a damaged file is refused with nothing added; an officer cannot import."""
    window = signed_in(ctx, qtbot)
    trust = window.library.trust
    assert trust.table.rowCount() == 0 and "No CSCA is trusted yet" in trust.status.text()
    trust.import_file(path=ROOT / "samples" / "chip-test-masterlist.ml")
    assert trust.table.rowCount() == 1
    assert trust.table.item(0, 0).text() == "UT" and "CSCA Utopia" in trust.table.item(0, 1).text()
    assert trust.table.item(0, 3).text() == "valid"
    status = trust.status.text()
    assert "Master list: 1 added, 0 already trusted, 0 refused." in status
    assert "was not trusted before" in status  # the officer is told to compare the fingerprint
    trust.filter.setText("DEU")
    assert trust.table.rowCount() == 0
    trust.filter.setText("utopia")
    assert trust.table.rowCount() == 1
    bad = tmp_path / "damaged.ml"
    bad.write_bytes((ROOT / "samples" / "chip-test-masterlist.ml").read_bytes()[:300])
    trust.import_file(path=bad)
    assert "Refused, nothing was added" in trust.status.text() and trust.table.rowCount() == 1
    with ctx.station.db.session() as s:
        actions = [a for (a,) in s.execute(text("SELECT action FROM audit_log ORDER BY id"))]
    assert actions[-2:] == ["csca_import", "csca_import_refused"]


def test_an_officer_sees_the_trust_list_but_cannot_import(ctx: AppContext, qtbot: QtBot) -> None:
    window = signed_in(ctx, qtbot, role="officer")
    trust = window.library.trust
    assert not trust.import_button.isEnabled()
    trust.import_file(path=ROOT / "samples" / "chip-test-masterlist.ml")
    assert "Only an administrator" in trust.status.text() and trust.table.rowCount() == 0

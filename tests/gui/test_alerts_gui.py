"""Alerts in the desktop application: a watch-list hit in the verdict (its group first), the
document seen before on this workstation (prominent once it was referred), the Library's
watch-list page (import by an administrator, age, the limit, a stale list)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from tests.gui.conftest import SAMPLES, signed_in
from verifier.gui.context import AppContext
from verifier.inspection.result import CheckStatus, Verdict
from verifier.reports.book import Decision
from verifier.watchlist import hashes_of, list_key, write_package

NAME = "SLTD extract UTO"


def package(ctx: AppContext, tmp_path: Path, issued: dt.datetime, version: int = 1) -> Path:
    """A watch list with the sample passport's number, by a publisher the workstation trusts."""
    key = Ed25519PrivateKey.generate()
    trusted = ctx.settings.trusted_publishers_dir
    trusted.mkdir(parents=True, exist_ok=True)
    (trusted / "sltd.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    out = tmp_path / f"v{version}.vwl"
    entries = hashes_of(list_key(key, NAME), [("UTO", "P", "U27436981")])
    write_package(out, key, NAME, entries, version=version, issued=issued)
    return out


def test_a_listed_document_and_one_seen_before(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = signed_in(ctx, qtbot)
    lists = window.library.watchlists
    assert "No watch list is installed" in lists.status.text()
    lists.import_file(path=package(ctx, tmp_path, dt.datetime(2026, 11, 27, 6, 0)))
    assert "version 1 installed, 1 entries" in lists.status.text()
    assert lists.table.rowCount() == 1 and lists.table.item(0, 3).text() == "1"
    view = window.inspection
    view.load_folder(SAMPLES / "uto-p-2020-genuine")
    view.inspect()
    assert view.result is not None and view.result.verdict is Verdict.ANOMALIES
    top = view.checks.topLevelItem(0)
    assert top.text(0) == "Watch lists" and top.child(0).toolTip(0) == "watchlist.hit"
    assert view.checks.currentItem() is top.child(0)  # the hit is what the officer sees first
    assert "on the watch list SLTD extract UTO of 2026-11-27" in view.check_detail.text()
    assert view.seen.isHidden()  # never inspected here before
    view.decide(Decision.REFERRED)  # the verdict says anomalies: no reason needed to refer
    view.new_inspection()
    view.load_folder(SAMPLES / "uto-p-2020-genuine")
    view.inspect()
    assert not view.seen.isHidden() and view.seen.property("serious") == "yes"
    assert "Seen before on this workstation, and referred or suspected then" in view.seen.text()
    assert "Report #1 of " in view.seen.text() and "Referred to an expert" in view.seen.text()
    assert view.result.seen_before[0]["seq"] == 1


def test_a_stale_list_warns_and_the_limit_is_an_administrators(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = signed_in(ctx, qtbot)
    lists = window.library.watchlists
    lists.import_file(path=package(ctx, tmp_path, dt.datetime(2026, 11, 1, 6, 0)))
    lists.reload()
    assert "Out of date: SLTD extract UTO is 27 days old" in lists.status.text()
    view = window.inspection
    view.load_folder(SAMPLES / "uto-id-2021-genuine")  # not on the list
    view.inspect()
    check = next(c for c in view.result.checks if c.id == "watchlist.hit")
    assert check.status is CheckStatus.WARN and "is 27 days old (the limit is 7)" in check.message
    lists.max_age.setValue(30)
    lists.save_limit()
    assert ctx.setting("watchlist_max_age_days") == 30
    assert "all up to date" in lists.status.text()


def test_an_officer_cannot_import_or_change_the_limit(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = signed_in(ctx, qtbot, role="officer")
    lists = window.library.watchlists
    assert not lists.import_button.isEnabled() and not lists.max_age.isEnabled()
    lists.import_file(path=package(ctx, tmp_path, dt.datetime(2026, 11, 27)))
    assert "Only an administrator" in lists.status.text() and lists.table.rowCount() == 0

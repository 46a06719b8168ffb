"""Accounts attacked as an insider would: guessing passwords through the real sign-in dialog,
timing the dialog to learn whether an account exists."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from verifier.gui.app import build
from verifier.gui.context import AppContext
from verifier.gui.runner import SyncRunner
from verifier.gui.signin import SignInDialog
from verifier.settings import Settings
from verifier.store.audit import events
from verifier.store.officers import MAX_FAILURES, create_officer
from verifier.store.tables import Officer

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = build(
        Settings(tmp_path / "home", ROOT / "reference_docs"), SyncRunner(), dt.date(2026, 11, 28)
    )
    with context.station.db.session() as s:
        create_officer(s, "chief", PASSWORD, "admin", "Chief Inspector")
        create_officer(s, "ana", PASSWORD, "officer", "Ana Officer")
    yield context
    context.station.close()


def _attempt(ctx: AppContext, qtbot: QtBot, username: str, password: str) -> SignInDialog:
    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.submit.click()
    return dialog


def test_wrong_passwords_in_the_dialog_lock_the_account(ctx: AppContext, qtbot: QtBot) -> None:
    """Eight wrong passwords, then the right one: refused, recorded, audited (it used to sign
    in: the failed attempts were rolled back with the refusal)."""
    for _ in range(8):
        dialog = _attempt(ctx, qtbot, "ana", "not the password")
        assert ctx.officer is None
        assert "wrong" in dialog.error.text() or "locked" in dialog.error.text()
    dialog = _attempt(ctx, qtbot, "ana", PASSWORD)
    assert ctx.officer is None
    assert "locked" in dialog.error.text()
    with ctx.station.db.session() as s:
        ana = s.query(Officer).filter_by(username="ana").one()
        assert ana.locked_until is not None
        failed = [e for e in events(s, "sign_in_failed") if e.officer_id == ana.id]
        refused = [e for e in events(s, "sign_in_refused") if e.officer_id == ana.id]
    assert len(failed) == MAX_FAILURES and any("locked_until" in e.detail for e in failed)
    assert len(refused) == 8 - MAX_FAILURES + 1  # every later attempt, the right one too


def test_the_dialog_takes_as_long_for_an_unknown_account(ctx: AppContext, qtbot: QtBot) -> None:
    def timed(username: str) -> float:
        start = time.perf_counter()
        _attempt(ctx, qtbot, username, "not the password")
        return time.perf_counter() - start

    timed("nobody")  # warm up
    known = statistics.median(timed("chief") for _ in range(3))
    unknown = statistics.median(timed(f"nobody{i}") for i in range(3))
    # both run one scrypt (~50 ms); without it an unknown name answered in ~1 ms
    assert unknown > 0.5 * known


def test_an_officer_cannot_change_the_library_in_the_application(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """A non-administrator imported a library package through the GUI."""
    from verifier.gui.app import MainWindow

    dialog = _attempt(ctx, qtbot, "ana", PASSWORD)
    assert ctx.officer is not None and ctx.officer.role == "officer"
    del dialog
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    library = window.library
    assert not library.import_button.isEnabled() and not library.draft_button.isEnabled()
    library.import_package(package=ROOT / "fixtures" / "keys" / "nothing.zip")
    assert "Only an administrator" in library.status.text()
    with ctx.station.db.session() as s:
        assert events(s, "library_imported") == []
    ctx.runner.wait()

"""No test may hang on a modal dialog: one that a test did not answer is refused at once and
recorded, so the test sees what the officer would have been asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from verifier.gui.app import MainWindow, build
from verifier.gui.context import AppContext
from verifier.gui.runner import SyncRunner
from verifier.gui.signin import SignInDialog
from verifier.settings import Settings
from verifier.store.officers import create_officer

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    shown: list[str] = []

    def refuse(self: QDialog) -> int:
        shown.append(self.windowTitle())
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    yield shown


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = build(
        Settings(tmp_path / "home", ROOT / "reference_docs"), SyncRunner(), dt.date(2026, 11, 28)
    )
    yield context
    context.station.close()


def signed_in(ctx: AppContext, qtbot: QtBot, role: str = "admin") -> MainWindow:
    with ctx.station.db.session() as s:
        create_officer(s, "chief", PASSWORD, "admin", "Chief Inspector")
        if role != "admin":
            create_officer(s, "ana", PASSWORD, role, "Ana Officer")
    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.username.setText("chief" if role == "admin" else "ana")
    dialog.password.setText(PASSWORD)
    dialog.submit.click()
    assert ctx.officer is not None
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window

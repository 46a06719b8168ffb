"""One exception policy for background work (verifier/gui/runner.py): ``failed`` always runs,
so the view leaves its busy state; a fault (an exception the work does not raise by design) is
also reported once, by the runner, without the exception's message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import ROOT, signed_in
from verifier.gui.app import build
from verifier.gui.context import AppContext
from verifier.gui.runner import Cancelled, SyncRunner, ThreadRunner, report_fault
from verifier.settings import Settings
from verifier.store.db import StoreError


class BugError(RuntimeError):
    pass


def _raise(exc: BaseException) -> None:
    raise exc


def test_the_synchronous_runner_raises_faults_only() -> None:
    runner, failures = SyncRunner(), []
    runner.run(lambda: _raise(StoreError("disk full")), print, failures.append,
               expected=(StoreError,))  # fmt: skip
    runner.run(lambda: _raise(Cancelled("cancelled")), print, failures.append)
    with pytest.raises(BugError):
        runner.run(lambda: _raise(BugError("bug")), print, failures.append, expected=(StoreError,))
    assert [type(f) for f in failures] == [StoreError, Cancelled, BugError]  # failed, every time


def test_the_thread_runner_reports_a_fault_once_and_an_expected_error_never(
    qtbot: QtBot,
) -> None:
    faults: list[BaseException] = []
    runner = ThreadRunner(unexpected=faults.append)
    failures: list[BaseException] = []
    runner.run(lambda: _raise(StoreError("disk full")), print, failures.append,
               expected=(StoreError,), lane="store")  # fmt: skip
    runner.run(lambda: _raise(BugError("bug")), print, failures.append, expected=(StoreError,))
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=5000)
    runner.wait()
    assert {type(f) for f in failures} == {StoreError, BugError}
    assert [type(f) for f in faults] == [BugError]


def test_a_fault_is_written_without_its_message(capsys: pytest.CaptureFixture[str]) -> None:
    read = "".join(["SUR", "NAME<<GIVEN L8989", "02C3"])  # what a document said
    try:
        _raise(BugError(read))
    except BugError as exc:
        report_fault(exc)
    err = capsys.readouterr().err
    assert "internal error BugError" in err and "_raise" in err
    assert "SURNAME" not in err and "L898902C3" not in err


@pytest.fixture
def threaded(tmp_path: Path) -> Iterator[AppContext]:
    context = build(
        Settings(tmp_path / "home", ROOT / "reference_docs"), ThreadRunner(), dt.date(2026, 11, 28)
    )
    yield context
    context.runner.wait()
    context.station.close()


def test_the_main_window_says_a_fault_plainly_and_the_view_is_not_left_busy(
    threaded: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = signed_in(threaded, qtbot)
    threaded.runner.wait()  # the models, loading in the background
    assert isinstance(threaded.runner, ThreadRunner)
    assert threaded.runner.unexpected == window.fault
    history = window.history

    def broken(*args: object, **kwargs: object) -> None:
        raise BugError("HOLDER<<NAME")

    monkeypatch.setattr("verifier.gui.history.verify", broken)
    history.verify_chain()
    qtbot.waitUntil(lambda: window.last_fault is not None, timeout=10000)
    assert window.last_fault is not None
    text = window.last_fault.text()
    assert "internal error (BugError)" in text and "HOLDER" not in text
    assert window.last_fault.windowModality() is Qt.WindowModality.NonModal
    assert "internal error" in history.status.text()  # the view said it was not done

"""Test configuration: headless Qt, no network, no leaked threads, golden-file regeneration."""

from __future__ import annotations

import importlib.util
import os
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_addoption(parser: pytest.Parser) -> None:
    if importlib.util.find_spec("pytestqt") is None:  # the core's run, without Qt (.venv-core):
        for name in ("qt_log_ignore", "qt_api", "qt_log_level_fail"):  # pytest-qt's settings
            parser.addini(name, "read by pytest-qt, for tests/gui only")
    parser.addoption(
        "--regen-golden",
        action="store_true",
        default=False,
        help="rewrite the expected part of golden files from the current output (review the diff)",
    )


@pytest.fixture
def regen_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen-golden"))


class NetworkAccessError(AssertionError):
    pass


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Verifier is offline by design: any attempt to open a connection fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise NetworkAccessError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own empty data dir and enrolment: nothing is written to the user's
    or the computer's."""
    monkeypatch.setenv("VERIFIER_HOME", str(tmp_path_factory.mktemp("verifier-home")))
    enrolment = tmp_path_factory.mktemp("verifier-enrolment") / "enrolment.json"
    monkeypatch.setenv("VERIFIER_ENROLMENT", str(enrolment))


@pytest.fixture(autouse=True)
def _no_leaked_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    # Dummy threads are foreign threads (Qt's pool) that ran Python code: Python never forgets
    # them; the tests that use them wait for the pool themselves.
    leaked = [
        t
        for t in threading.enumerate()
        if t not in before and t.is_alive() and not isinstance(t, threading._DummyThread)
    ]
    assert not leaked, f"test leaked threads: {leaked}"

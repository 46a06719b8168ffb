"""One way for long work to leave the GUI thread: a QThreadPool runner that hands the result
(or the error) back on the GUI thread. Tests swap in ``SyncRunner``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Runner(Protocol):
    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None: ...

    def wait(self) -> None: ...


class _Bridge(QObject):
    finished = Signal(object)
    crashed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.work, self.bridge = work, bridge

    def run(self) -> None:
        try:
            value = self.work()
        except BaseException as exc:
            self.bridge.crashed.emit(exc)
        else:
            self.bridge.finished.emit(value)


class ThreadRunner:
    """Runs work on a pool thread; ``done``/``failed`` are called on the GUI thread (queued
    signals of a bridge object that lives there)."""

    def __init__(self) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)  # one inspection at a time: the models are not shared
        self._bridges: set[_Bridge] = set()

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        bridge = _Bridge()
        self._bridges.add(bridge)

        def finish(value: Any) -> None:
            self._bridges.discard(bridge)
            done(value)

        def crash(exc: BaseException) -> None:
            self._bridges.discard(bridge)
            failed(exc)

        bridge.finished.connect(finish)
        bridge.crashed.connect(crash)
        self.pool.start(_Task(work, bridge))

    def wait(self) -> None:
        self.pool.waitForDone()


class SyncRunner:
    """Runs work at once on the calling thread (tests)."""

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        try:
            value = work()
        except Exception as exc:
            failed(exc)
        else:
            done(value)

    def wait(self) -> None:
        return None

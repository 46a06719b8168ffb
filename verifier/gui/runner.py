"""One way for long work to leave the GUI thread: a runner that hands the result (or the error)
back on the GUI thread, reports progress, and cancels where that is safe. Tests swap in
``SyncRunner``.

Work runs in *lanes*, each one thread: ``inspection`` (the models are not shared between
threads, so one inspection at a time), ``store`` (saving, verifying, exporting, importing: it
never waits behind an inspection) and ``camera`` (frames). Work that reports progress takes a
:class:`Progress` and calls it; when the officer cancels, the next call raises
:class:`Cancelled`, which reaches ``failed``.

One exception policy for all of it. ``failed`` is called for every failure, so that a view
always leaves its busy state and says the work was not done. A caller names the exceptions its
work raises by design (``expected``: a capture that cannot be read, a full disk, a refused
package): its view says what happened and what to do. Anything else is a fault in Verifier:
the runner also hands it to its one ``unexpected`` handler (the main window shows it; by
default it is written to standard error, the exception's type and where it was raised, never
its message, which may quote personal data), and ``SyncRunner`` re-raises it so that a test
fails. No view re-raises.
"""

from __future__ import annotations

import inspect
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

LANES = ("inspection", "store", "camera")


class Cancelled(Exception):  # noqa: N818 - not an error: the officer asked for it
    """The officer cancelled the work; nothing it would have changed was changed."""


class Progress:
    """Handed to work that reports progress: ``progress(done, total)``; raises Cancelled once
    the task was cancelled."""

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled("cancelled")
        if self._report is not None:
            self._report(done, total)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


Expected = tuple[type[BaseException], ...]


class Runner(Protocol):
    def run(
        self,
        work: Callable[..., Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        *,
        expected: Expected = (),
        lane: str = "inspection",
        progress: Callable[[int, int], None] | None = None,
    ) -> Progress: ...

    def wait(self) -> None: ...


def is_fault(exc: BaseException, expected: Expected) -> bool:
    """Whether a failure is a fault in Verifier: neither a cancel nor raised by design."""
    return not isinstance(exc, (Cancelled, *expected))


def report_fault(exc: BaseException) -> None:
    """The default ``unexpected`` handler: the exception's type and its traceback's frames on
    standard error (not its message: it may quote what was read from a document)."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    sys.stderr.write(f"Verifier: internal error {type(exc).__name__}\n{frames}")


def _call(work: Callable[..., Any], progress: Progress) -> Any:
    """``work(progress)`` when it takes an argument, else ``work()``."""
    try:
        wants = bool(inspect.signature(work).parameters)
    except (TypeError, ValueError):  # builtins without a signature
        wants = False
    return work(progress) if wants else work()


class _Bridge(QObject):
    finished = Signal(object)
    crashed = Signal(object)
    advanced = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, work: Callable[..., Any], bridge: _Bridge, progress: Progress) -> None:
        super().__init__()
        self.work, self.bridge, self.progress = work, bridge, progress

    def run(self) -> None:
        try:
            value = _call(self.work, self.progress)
        except BaseException as exc:
            self.bridge.crashed.emit(exc)
        else:
            self.bridge.finished.emit(value)


class ThreadRunner:
    """Runs work on the lane's thread; ``done``/``failed``/``progress`` are called on the GUI
    thread (queued signals of a bridge object that lives there)."""

    def __init__(self, unexpected: Callable[[BaseException], None] = report_fault) -> None:
        self.unexpected = unexpected  # the main window replaces it with its own
        self.pools: dict[str, QThreadPool] = {}
        for lane in LANES:
            pool = QThreadPool()
            pool.setMaxThreadCount(1)
            self.pools[lane] = pool
        self.pool = self.pools["inspection"]
        self._bridges: set[_Bridge] = set()

    def run(
        self,
        work: Callable[..., Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        *,
        expected: Expected = (),
        lane: str = "inspection",
        progress: Callable[[int, int], None] | None = None,
    ) -> Progress:
        bridge = _Bridge()
        self._bridges.add(bridge)

        def finish(value: Any) -> None:
            self._bridges.discard(bridge)
            bridge.deleteLater()  # its connections hold these closures: freed with it
            done(value)

        def crash(exc: BaseException) -> None:
            self._bridges.discard(bridge)
            bridge.deleteLater()
            failed(exc)
            if is_fault(exc, expected):
                self.unexpected(exc)

        bridge.finished.connect(finish)
        bridge.crashed.connect(crash)
        if progress is not None:
            bridge.advanced.connect(progress)
        handle = Progress(bridge.advanced.emit if progress is not None else None)
        self.pools[lane].start(_Task(work, bridge, handle))
        return handle

    def wait(self) -> None:
        for pool in self.pools.values():
            pool.waitForDone()


class SyncRunner:
    """Runs work at once on the calling thread (tests). Progress reaches ``progress`` through
    a signal, as with :class:`ThreadRunner`: at once when reported on this thread, queued to
    it when the work reports from a helper thread of its own (the chip is read on one)."""

    def __init__(self) -> None:
        self._bridges: list[_Bridge] = []

    def run(
        self,
        work: Callable[..., Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        *,
        expected: Expected = (),
        lane: str = "inspection",
        progress: Callable[[int, int], None] | None = None,
    ) -> Progress:
        bridge = _Bridge()
        self._bridges.append(bridge)  # kept: queued progress may arrive after the work ends
        if progress is not None:
            bridge.advanced.connect(progress)
        handle = Progress(bridge.advanced.emit if progress is not None else None)
        try:
            value = _call(work, handle)
        except Exception as exc:
            failed(exc)
            if is_fault(exc, expected):
                raise  # a fault in Verifier: the test fails
        else:
            done(value)
        return handle

    def wait(self) -> None:
        return None

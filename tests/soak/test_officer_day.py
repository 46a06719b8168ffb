"""An officer's day: a thousand inspections in one application session, through the real
thread runner, the real pipeline and the real store. Memory must level off after warm-up, and
no thread, timer or file handle may pile up; History must stay instant with 10,000 reports.

    make soak        (not part of `make test`: it takes about as long as the inspections)

``SOAK_INSPECTIONS`` sets the count (default 1,000); ``SOAK_TRACE=1`` also prints where the
Python heap grew after warm-up (tracemalloc) and how many Qt objects the window holds. The
figures go to docs/benchmarks.md.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import threading
import time
import tracemalloc
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QObject, QTimer
from pytestqt.qtbot import QtBot

from tests.stations import ADMIN, PASSWORD
from verifier.gui.app import MainWindow, build
from verifier.gui.runner import ThreadRunner
from verifier.reports.book import Decision
from verifier.settings import Settings
from verifier.store.officers import create_officer

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.is_dir())
COUNT = int(os.environ.get("SOAK_INSPECTIONS", "1000"))
TRACE = os.environ.get("SOAK_TRACE") == "1"


def rss_mb() -> float:
    with open("/proc/self/statm") as f:  # noqa: PTH123 - a /proc file
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024**2


def open_files() -> int:
    return sum(1 for _ in Path("/proc/self/fd").iterdir())


@pytest.mark.soak
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads /proc")
def test_an_officers_day(tmp_path: Path, qtbot: QtBot) -> None:
    settings = Settings(tmp_path / "home", ROOT / "reference_docs", tmp_path / "enrol.json")
    ctx = build(settings, ThreadRunner(), dt.date(2026, 11, 28))
    with ctx.station.db.session() as s:
        create_officer(s, ADMIN, PASSWORD, "admin", "Chief Inspector")
    ctx.officer = ctx.station.sign_in(ADMIN, PASSWORD)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    view = window.inspection
    view.ask_reason = lambda *_args: "soak: released after examination"  # type: ignore[method-assign]
    figures: dict[str, float] = {}
    try:
        qtbot.waitUntil(lambda: ctx.ready, timeout=120_000)
        ctx.runner.wait()
        times = []
        for i in range(COUNT):
            view.load_folder(SAMPLES[i % len(SAMPLES)])
            start = time.perf_counter()
            view.inspect()
            qtbot.waitUntil(lambda: view.result is not None, timeout=60_000)
            times.append(time.perf_counter() - start)
            view.decide(Decision.RELEASED)
            qtbot.waitUntil(lambda: view.result is None, timeout=60_000)
            if i == min(49, COUNT // 3):  # warmed up: models loaded, caches filled
                gc.collect()
                figures["rss_after_warm_up_mb"] = rss_mb()
                figures["threads_after_warm_up"] = threading.active_count()
                figures["files_after_warm_up"] = open_files()
                figures["timers_after_warm_up"] = len(window.findChildren(QTimer))
                figures["qt_objects_after_warm_up"] = len(window.findChildren(QObject))
                if TRACE:
                    tracemalloc.start()
                    snapshot = tracemalloc.take_snapshot()
        gc.collect()
        figures["qt_objects_end"] = len(window.findChildren(QObject))
        if TRACE:
            grown = tracemalloc.take_snapshot().compare_to(snapshot, "lineno")
            figures["python_heap_growth_mb"] = sum(g.size_diff for g in grown) / 1024**2
            for stat in grown[:10]:
                print(f"\n  {stat}", end="")
            tracemalloc.stop()
        figures["rss_end_mb"] = rss_mb()
        figures["median_s"] = sorted(times)[len(times) // 2]
        assert ctx.station.book.count() == COUNT
        growth = figures["rss_end_mb"] - figures["rss_after_warm_up_mb"]
        assert growth < 100, figures  # MB after warm-up
        assert threading.active_count() <= figures["threads_after_warm_up"], figures
        assert open_files() <= figures["files_after_warm_up"] + 2, figures
        assert len(window.findChildren(QTimer)) <= figures["timers_after_warm_up"], figures
        print(f"\nsoak: {COUNT} inspections, {figures}")
    finally:
        ctx.runner.wait()
        ctx.station.close()


@pytest.mark.soak
def test_history_is_instant_with_ten_thousand_reports(tmp_path: Path, qtbot: QtBot) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_store import bulk_fill  # type: ignore[import-not-found]

    settings = Settings(tmp_path / "home", ROOT / "reference_docs", tmp_path / "enrol.json")
    ctx = build(settings, ThreadRunner(), dt.date(2026, 11, 28))
    with ctx.station.db.session() as s:
        create_officer(s, ADMIN, PASSWORD, "admin", "Chief Inspector")
    ctx.officer = ctx.station.sign_in(ADMIN, PASSWORD)
    try:
        bulk_fill(ctx.station, 10_000)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        history = window.history
        history.since.setDate(QDate(2000, 1, 1))  # every report, not the last days only
        history.until.setDate(QDate(2100, 1, 1))
        start = time.perf_counter()
        history.search()
        elapsed = time.perf_counter() - start
        assert history.table.rowCount() > 0
        assert elapsed < 1.0, elapsed  # instant: the newest page, from indexed columns
        print(f"\nhistory over 10,000 reports: {elapsed * 1000:.0f} ms")
    finally:
        ctx.runner.wait()
        ctx.station.close()

"""Freed memory goes back to the system after an inspection (glibc keeps it otherwise): a
thread that allocates and frees a hundred megabytes in small blocks, as an inspection's
worker does, leaves the process larger until ``release`` hands it back."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from verifier.station.memory import release


def rss_mb() -> float:
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_memory_freed_by_a_worker_goes_back_to_the_system() -> None:
    kept: list[bytearray] = []

    def work() -> None:
        blocks = [bytearray(2000) for _ in range(60_000)]  # 120 MB in malloc's small blocks
        kept.append(bytearray(2000))  # still in use above them (a result, a cache entry)
        del blocks

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    held = rss_mb()
    assert release()
    assert rss_mb() < held - 40, (held, rss_mb())
    assert kept[0] == bytearray(2000)

"""Watch lists at the size of a national extract: 10 million entries.

    make bench-watchlist

Measures, for our package format (sorted keyed hashes, memory-mapped binary search):
building from a CSV (the publisher's tool, on 1 M rows, scaled), importing 10 M entries,
one look-up (median and 99th percentile, hits and misses), a delta of 10,000 changes, and the
process's peak memory. The peer, measured in the same run on the same hashes, is the obvious
alternative: an indexed SQLite table (``INSERT`` in one transaction, ``SELECT`` by primary
key). The issue's bounds: import <= 60 s, look-up <= 1 ms, memory bounded.
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from verifier.library.package import fingerprint  # noqa: E402
from verifier.watchlist import (  # noqa: E402
    WatchLists,
    entry_hash,
    hashes_of,
    list_key,
    write_package,
)

ENTRIES = 10_000_000
CSV_ROWS = 1_000_000
LOOKUPS = 2000
NAME = "National extract (bench)"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:  # noqa: PLR0915 - one measurement after another, in order
    key = Ed25519PrivateKey.generate()
    trusted = {fingerprint(key.public_key()): key.public_key()}
    hash_key = list_key(key, NAME)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # the publisher's tool on a CSV (1 M rows; scaled to 10 M below)
        source = folder / "entries.csv"
        with source.open("w", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(("issuing_state", "document_type", "document_number"))
            for i in range(CSV_ROWS):
                writer.writerow(("UTO", "P", f"X{i:08d}"))
        start = time.perf_counter()
        with source.open(newline="") as handle:
            rows = csv.reader(handle)
            next(rows)
            built = hashes_of(hash_key, ((s, t, n) for s, t, n in rows))
        csv_seconds = time.perf_counter() - start
        # 10 M entries: the CSV's million and nine million more (strictly increasing gaps)
        rng = np.random.default_rng(1)
        filler = np.cumsum(rng.integers(1, 2**40, ENTRIES - CSV_ROWS, dtype=np.uint64))
        entries = np.union1d(filler, built)
        del filler
        package = folder / "full.vwl"
        start = time.perf_counter()
        write_package(package, key, NAME, entries, version=1)
        write_seconds = time.perf_counter() - start
        lists = WatchLists(folder / "lists")
        tracemalloc.start()
        start = time.perf_counter()
        lists.import_package(package, trusted)
        import_seconds = time.perf_counter() - start
        import_peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        hits, misses = [], []
        for i in range(LOOKUPS):
            t0 = time.perf_counter()
            assert lists.check("UTO", "P", f"X{i * 97:08d}")
            hits.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            assert not lists.check("UTO", "P", f"Y{i:08d}")
            misses.append(time.perf_counter() - t0)
        # the search alone, as the peer's query is measured: the hash given
        mapped = lists._entries(lists.installed()[0])
        search = []
        for i in range(LOOKUPS):
            wanted = np.uint64(entry_hash(hash_key, "UTO", "P", f"Y{i:08d}"))
            t0 = time.perf_counter()
            at = int(np.searchsorted(mapped, wanted))
            _ = at < len(mapped) and mapped[at] == wanted
            search.append(time.perf_counter() - t0)
        changes = [("UTO", "P", f"X{i:08d}") for i in range(5000)]
        adds = hashes_of(hash_key, [("UTO", "P", f"N{i:08d}") for i in range(5000)])
        delta = folder / "delta.vwl"
        write_package(delta, key, NAME, adds, hashes_of(hash_key, changes), version=2, base=1)
        start = time.perf_counter()
        lists.import_package(delta, trusted)
        delta_seconds = time.perf_counter() - start

        # the peer: an indexed SQLite table of the same hashes
        db = sqlite3.connect(folder / "peer.sqlite")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE entries (h INTEGER PRIMARY KEY) WITHOUT ROWID")
        signed = entries.view(np.int64)  # SQLite integers are signed 64-bit
        start = time.perf_counter()
        with db:
            db.executemany("INSERT INTO entries VALUES (?)", ((int(v),) for v in signed))
        peer_import = time.perf_counter() - start
        peer = []
        for i in range(LOOKUPS):
            wanted = np.uint64(entry_hash(hash_key, "UTO", "P", f"Y{i:08d}")).view(np.int64)
            t0 = time.perf_counter()
            db.execute("SELECT 1 FROM entries WHERE h = ?", (int(wanted),)).fetchone()
            peer.append(time.perf_counter() - t0)
        peer_size = (folder / "peer.sqlite").stat().st_size
        ours_size = sum(p.stat().st_size for p in (folder / "lists").rglob("*") if p.is_file())
        db.close()

    median_miss = statistics.median(misses)
    print(f"Watch lists, {dt.date.today()}, {ENTRIES:,} entries (our format vs indexed SQLite)")
    print(f"  build from CSV      {CSV_ROWS / csv_seconds:,.0f} rows/s "
          f"({ENTRIES * csv_seconds / CSV_ROWS:.0f} s for 10 M)")  # fmt: skip
    print(f"  write package       {write_seconds:.2f} s")
    print(f"  import              {import_seconds:.2f} s   peer {peer_import:.1f} s   "
          f"ratio {import_seconds / peer_import:.3f}")  # fmt: skip
    print(f"  look-up hit         median {statistics.median(hits) * 1e3:.3f} ms, "
          f"p99 {percentile(hits, 0.99) * 1e3:.3f} ms")  # fmt: skip
    print(
        f"  look-up miss        median {median_miss * 1e3:.3f} ms, "
        f"p99 {percentile(misses, 0.99) * 1e3:.3f} ms   "
        "(the keyed hash and finding the installed lists included)"
    )
    print(f"  search alone        median {statistics.median(search) * 1e3:.4f} ms   "
          f"peer {statistics.median(peer) * 1e3:.4f} ms (its query alone)   "
          f"ratio {statistics.median(search) / statistics.median(peer):.2f}")  # fmt: skip
    print(f"  delta of 10,000     {delta_seconds:.2f} s")
    print(f"  on disk             {ours_size / 1e6:.0f} MB   peer {peer_size / 1e6:.0f} MB")
    memory = f"{import_peak:.0f} MB at its peak (the list: {ours_size / 1e6:.0f} MB)"
    print(f"  import's memory     {memory}")


if __name__ == "__main__":
    main()

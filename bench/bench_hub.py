"""The regional hub at 5 million records: ingest rate and every dashboard query, on
PostgreSQL (a throw-away cluster, ``hub/cluster.py``) and on SQLite in the same run.

    make bench-hub

Sixty workstations send 2,500 signed bundles of about 2,000 inspections each (forty states, three
designs each, failed checks on about a third: ~400,000 cells of 5 to 12 inspections, none
generalised), written as files and taken in by ``ingest`` exactly as real
ones are. Then each query of the web interface (``hub/web.py``) runs three times; the median
is printed. The issue's bounds: ingest >= 20,000 records/s into PostgreSQL, every query
<= 300 ms at 5 M records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from hub.cluster import temporary_cluster  # noqa: E402
from hub.db import HubDatabase  # noqa: E402
from hub.ingest import ingest, register_workstation  # noqa: E402
from hub.web import breakdown, systems, weekly  # noqa: E402
from verifier.share import SUFFIX, canonical, encode  # noqa: E402

STATIONS = 60
BUNDLES = 2500
STATES = ("SRB", "ALB", "MKD", "BIH", "MNE", "RKS", "DEU", "TUR", "ITA", "AUT", "FRA", "GBR",
          "NLD", "BEL", "CHE", "SWE", "POL", "ROU", "BGR", "GRC", "HRV", "SVN", "HUN", "CZE",
          "SVK", "UKR", "RUS", "USA", "CAN", "CHN", "IND", "PAK", "AFG", "SYR", "IRQ", "IRN",
          "EGY", "MAR", "TUN", "NGA")  # fmt: skip
DESIGNS = ("P-2011", "P-2019", "ID-2021")
CHECKS = ("uv.features", "uv.dull_paper", "ir.mrz_b900", "visible.features",
          "mrz.check_digits", "viz.mrz_consistency", "face.match", "doc.expired",
          "barcode.signature")  # fmt: skip


def make_bundles(folder: Path) -> tuple[list[Path], int, int]:
    rng = random.Random(5)
    keys = []
    for n in range(STATIONS):
        key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"bench {n}".encode()).digest())
        raw = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        (folder / f"ws{n}.key").write_text(raw.hex())
        keys.append((key, raw, hashlib.sha256(raw).hexdigest(), f"Crossing {n:02d}"))
    start = dt.date(2024, 12, 2)
    records, rows, position, seqs = 0, 0, [0] * STATIONS, [0] * STATIONS
    for b in range(BUNDLES):
        n = b % STATIONS
        key, raw, fingerprint, place = keys[n]
        week = start + dt.timedelta(weeks=(b // STATIONS) * 104 // (BUNDLES // STATIONS))
        year, number, _ = week.isocalendar()
        cells: dict[tuple[Any, ...], int] = {}
        while sum(cells.values()) < 2000:
            state, design = rng.choice(STATES), rng.choice(DESIGNS)
            failed = (
                tuple(sorted(rng.sample(CHECKS, rng.randint(1, 2)))) if rng.random() < 0.3 else ()
            )
            cell = (f"{year}-W{number:02d}", place, state, design[0], f"{state}-{design}", failed,
                    "anomalies" if failed else "no_anomalies",
                    "referred_to_expert" if failed else "released")  # fmt: skip
            cells[cell] = cells.get(cell, 0) + rng.randint(5, 12)
        count = sum(cells.values())
        seqs[n] += 1
        body = {
            "workstation": fingerprint,
            "seq": seqs[n],
            "reports": {"from": position[n] + 1, "to": position[n] + count, "count": count},
            "created": (week + dt.timedelta(days=7)).isoformat(),
            "application_version": "0.2.0",
            "library_version": "library-2026.4",
            "cells": [
                {"week": c[0], "point_of_entry": c[1], "issuing_state": c[2],
                 "document_code": c[3], "template": c[4], "failed_checks": list(c[5]),
                 "verdict": c[6], "decision": c[7], "classification": "", "inspections": k}
                for c, k in cells.items()
            ],
            "corrections": [],
            "days": [],
        }  # fmt: skip
        position[n] += count
        records += count
        rows += len(cells)
        (folder / f"{fingerprint[:16]}-{seqs[n]:06d}{SUFFIX}").write_bytes(
            encode(body, raw, key.sign(canonical(body)))
        )
    return sorted(folder.glob(f"*{SUFFIX}")), records, rows


def timed(run: Callable[[], Any]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(url: str, folder: Path, files: list[Path], records: int) -> dict[str, float]:
    db = HubDatabase(url)
    for n in range(STATIONS):
        register_workstation(db, folder / f"ws{n}.key")
    start = time.perf_counter()
    taken = sum(o.status == "ingested" for o in ingest(db, files, folder / "quarantine"))
    seconds = time.perf_counter() - start
    assert taken == len(files), taken
    today = dt.date(2026, 12, 1)
    out = {"ingest records/s": records / seconds}
    queries: dict[str, Callable[[], Any]] = {
        "weekly trend, the region": lambda: weekly(db, {}),
        "weekly trend, one state": lambda: weekly(db, {"state": "MKD"}),
        "by state": lambda: breakdown(db, "state", {}),
        "by failed check": lambda: breakdown(db, "check", {}),
        "by design, one state": lambda: breakdown(db, "template", {"state": "MKD"}),
        "workstations": lambda: systems(db, today),
    }
    for name, run in queries.items():
        out[name] = timed(run) * 1000
    db.close()
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        files, records, rows = make_bundles(folder)
        made = time.perf_counter() - start
        print(f"Hub bench, {dt.date.today()}: {len(files)} bundles, {records:,} records "
              f"(inspections) in {rows:,} cells, made in {made:.0f} s")  # fmt: skip
        with temporary_cluster() as url:
            postgres = measure(url, folder, files, records)
        sqlite = measure(f"sqlite:///{folder / 'hub.sqlite'}", folder, files, records)
    print(f"  {'':32} {'PostgreSQL':>12} {'SQLite':>12} {'ratio':>7}")
    for name, value in postgres.items():
        unit = "" if "records" in name else " ms"
        print(f"  {name:32} {value:>9,.0f}{unit:3} {sqlite[name]:>9,.0f}{unit:3} "
              f"{value / sqlite[name]:>7.2f}")  # fmt: skip


if __name__ == "__main__":
    main()

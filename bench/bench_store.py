"""The inspection store: save+sign rate, search and verify over 100,000 reports.

    .venv/bin/python bench/bench_store.py [--reports 100000]

Targets (issue 6): save+sign >= 100 reports/s; list/search < 100 ms; verify < 30 s, all over
100,000 reports. The peer, measured in the same run, is the same report JSON inserted with
Python's sqlite3 in a transaction per report, unsigned and unchained: what the signing, the
chain and the audit entry cost on top of a bare insert.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from verifier.inspection.result import (  # noqa: E402
    CheckResult,
    CheckStatus,
    InspectionResult,
    Verdict,
)
from verifier.mrz import parse  # noqa: E402
from verifier.reports.book import Decision, _columns  # noqa: E402
from verifier.reports.signing import GENESIS, canonical, sha256_hex  # noqa: E402
from verifier.reports.verify import verify  # noqa: E402
from verifier.settings import Settings  # noqa: E402
from verifier.station.workstation import Workstation  # noqa: E402
from verifier.store.officers import create_officer  # noqa: E402
from verifier.store.tables import Report  # noqa: E402

TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
START = dt.datetime(2026, 1, 1)


def sample_result(i: int) -> InspectionResult:
    verdict = (Verdict.NO_ANOMALIES, Verdict.ANOMALIES, Verdict.INCONCLUSIVE)[i % 3]
    checks = tuple(
        CheckResult(
            cid,
            CheckStatus.FAIL if verdict is Verdict.ANOMALIES and n == 3 else CheckStatus.PASS,
            "A measured message of a typical length for one check of the inspection.",
            0.5,
            {"region_mm": {"x": 1.0, "y": 2.0, "w": 3.0, "h": 4.0}, "value": 0.123},
        )
        for n, cid in enumerate(
            (
                "mrz.present", "mrz.format", "mrz.check_digits", "uv.features", "uv.dull_paper",
                "ir.mrz_b900", "ir.features", "visible.features", "viz.mrz_consistency",
                "face.match", "template.identified", "doc.expired",
            )
        )
    )  # fmt: skip
    return InspectionResult("UTO-P-2020", 0.9, parse(TD3), checks, verdict, {"mrz": 80.0})


def bulk_fill(ws: Workstation, count: int) -> float:
    """Signed, chained reports written in large transactions (same bodies as ``save``)."""
    start = time.perf_counter()
    newest = ws.book.search(limit=1)
    seq = newest[0].seq if newest else 0
    prev = ws.book.get(str(seq))["report_hash"] if seq else GENESIS
    count += seq
    results = [sample_result(i) for i in range(3)]
    while seq < count:
        rows = []
        for _ in range(min(5000, count - seq)):
            seq += 1
            now = START + dt.timedelta(minutes=5 * seq)
            body = ws.book._body(
                seq,
                prev,
                now,
                result=results[seq % 3],
                context=ws.context(),
                decision=Decision.RELEASED,
                notes="",
                hashes={},
            )
            body["report_id"] = str(uuid.UUID(int=seq))
            body["inspection"]["mrz"]["document_number"] = f"L{seq:08d}"
            data = canonical(body)
            digest = sha256_hex(data)
            rows.append(
                {
                    "seq": seq, "report_id": body["report_id"], "created_at": now,
                    "officer_id": None, **_columns(body), "body": data.decode(),
                    "report_hash": digest, "prev_hash": prev, "signature": ws.key.sign(data),
                    "key_fingerprint": ws.key.fingerprint, "purged_at": None,
                }
            )  # fmt: skip
            prev = digest
        with ws.db.session() as s:
            s.execute(insert(Report), rows)
    ws.book.write_head()
    return time.perf_counter() - start


def timed(work: object, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(Path(tmp) / "home", ROOT / "reference_docs", Path(tmp) / "enrol.json")
        ws = Workstation.open(settings)
        with ws.db.session() as s:
            create_officer(s, "chief", "correct horse battery", "admin")
        ws.sign_in("chief", "correct horse battery")  # unlocks the signing key
        context = ws.context()
        result = sample_result(1)
        image = bytes(range(256)) * 400  # a 100 KB image per report
        start = time.perf_counter()
        for i in range(args.saves):
            ws.book.save(result, context, images={"visible": image + i.to_bytes(4, "big")})
        ours = args.saves / (time.perf_counter() - start)

        peer_db = sqlite3.connect(Path(tmp) / "peer.sqlite", isolation_level=None)
        peer_db.execute("PRAGMA journal_mode=WAL")
        peer_db.execute("PRAGMA synchronous=NORMAL")
        peer_db.execute("CREATE TABLE r (id INTEGER PRIMARY KEY, created TEXT, body TEXT)")
        body = canonical(result.as_dict()).decode()
        start = time.perf_counter()
        for _ in range(args.saves):
            peer_db.execute("BEGIN")
            peer_db.execute("INSERT INTO r (created, body) VALUES (?, ?)", ("2026", body))
            peer_db.execute("COMMIT")
        peer = args.saves / (time.perf_counter() - start)
        peer_db.close()
        print(f"save + sign: {ours:,.0f} reports/s (target >= 100); bare sqlite3 insert of the "
              f"same JSON: {peer:,.0f}/s; ratio {ours / peer:.2f}x")  # fmt: skip

        fill = bulk_fill(ws, args.reports - args.saves)
        total = ws.book.count()
        print(f"filled to {total:,} signed reports in {fill:.0f} s")
        mid = START + dt.timedelta(minutes=5 * total // 2)
        searches = {
            "newest 50": lambda: ws.book.search(limit=50),
            "by verdict (anomalies), 50": lambda: ws.book.search(verdict="anomalies", limit=50),
            "by document number": lambda: ws.book.search(document_number=f"L{total // 3:08d}"),
            "by date range (one day)": lambda: ws.book.search(
                since=mid, until=mid + dt.timedelta(days=1), limit=500
            ),
            "page 1,000 of 50": lambda: ws.book.search(limit=50, offset=50_000),
        }
        for name, work in searches.items():
            print(f"search {name}: {timed(work):.1f} ms (target < 100)")
        start = time.perf_counter()
        checked = verify(ws.book)
        seconds = time.perf_counter() - start
        print(f"verify {checked.reports:,} reports ({checked.images} image files): {seconds:.1f} s "
              f"(target < 30), ok={checked.ok}")  # fmt: skip
        size = (Path(tmp) / "home" / "verifier.sqlite").stat().st_size
        print(f"database size: {size / 1e6:.0f} MB ({size / total:,.0f} bytes per report)")
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Signed, chained reports: saving, verification against every kind of tampering, retention,
non-personal exports, printable reports, and a process killed while saving."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from tests.stations import ADMIN, as_admin, credentials, signed_in
from verifier.cli import main as cli
from verifier.inspection.result import CheckResult, CheckStatus, InspectionResult, Verdict
from verifier.mrz import parse
from verifier.reports.book import Decision
from verifier.reports.signing import (
    SigningKeyError,
    WorkstationKey,
    canonical,
    key_state,
    sha256_hex,
)
from verifier.reports.stats import TREND_FIELDS, USAGE_FIELDS, export
from verifier.reports.verify import verify
from verifier.settings import Settings
from verifier.station.workstation import Workstation
from verifier.store.audit import events
from verifier.store.tables import Report

ROOT = Path(__file__).resolve().parents[1]
NOW = dt.datetime(2026, 11, 28, 9, 0)
# Doc 9303-4 Appendix B specimen: personal data that must never leak into an export
TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)


def result(verdict: Verdict = Verdict.ANOMALIES, lines: tuple[str, ...] = TD3) -> InspectionResult:
    checks = (
        CheckResult("mrz.check_digits", CheckStatus.PASS, "Every check digit holds."),
        CheckResult(
            "uv.features",
            CheckStatus.FAIL if verdict is Verdict.ANOMALIES else CheckStatus.PASS,
            "A star emblem glows under UV.",
            0.1,
            {"region_mm": {"x": 86, "y": 18, "w": 28, "h": 30.6}},
        ),
    )
    return InspectionResult(
        "UTO-P-2020", 0.9, parse(lines, today=dt.date(2026, 11, 28)), checks, verdict, {}
    )


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Workstation]:
    ws = signed_in(Settings(tmp_path / "home", ROOT / "reference_docs"))
    yield ws
    ws.close()


def fill(ws: Workstation, n: int, start: dt.datetime = NOW) -> None:
    for i in range(n):
        ws.book.save(
            result(Verdict.ANOMALIES if i % 2 else Verdict.NO_ANOMALIES),
            ws.context(),
            decision=Decision.RELEASED,
            notes="UV and IR checked by hand against the specimen" if i % 2 else "",
            images={"visible": f"image {i}".encode(), "bearer": b"\xff\xd8 bearer"},
            now=start + dt.timedelta(days=i),
        )


def problems(ws: Workstation) -> list[tuple[int, str]]:
    return [(p.seq, p.reason) for p in verify(ws.book).problems]


def test_reports_are_signed_chained_and_verify(station: Workstation) -> None:
    fill(station, 4)
    assert verify(station.book).ok and verify(station.book).images == 8
    rows = [station.book.get(str(i)) for i in (1, 2, 3, 4)]
    assert rows[0]["body"]["prev_hash"] == "0" * 64
    for before, after in itertools.pairwise(rows):
        assert after["body"]["prev_hash"] == before["report_hash"]
    body = rows[1]["body"]
    assert body["schema"] == "verifier-report/1" and body["decision"]["outcome"] == "released"
    assert body["workstation"]["key"] == station.key.fingerprint
    assert body["inspection"]["mrz"]["surname"] == "ERIKSSON"
    assert station.book.get(body["report_id"])["seq"] == 2
    with pytest.raises(LookupError):
        station.book.get("99")


def test_the_private_key_is_encrypted_and_readable_by_its_owner_only(
    station: Workstation,
) -> None:
    assert station.key is not None
    folder = station.key.folder
    assert (folder / "workstation.key").stat().st_mode & 0o077 == 0
    assert key_state(folder) == "encrypted"
    with pytest.raises(SigningKeyError, match="cannot be unlocked"):
        WorkstationKey.unlock(folder, b"\0" * 32)
    with pytest.raises(SigningKeyError):
        WorkstationKey.unlock(folder, None)


def _sql(ws: Workstation, statement: str) -> None:
    with ws.db.session() as s:
        s.execute(text(statement))


def test_an_edited_body_is_detected(station: Workstation) -> None:
    fill(station, 3)
    row = station.book.get("2")
    body = json.dumps(row["body"]).replace("ERIKSSON", "ERIKSEN")
    with station.db.session() as s:
        s.get(Report, 2).body = body  # type: ignore[union-attr]
    found = problems(station)
    assert (2, "its content does not match its signature (edited)") in found
    assert all(seq == 2 for seq, _ in found)


def test_an_edited_search_column_is_detected(station: Workstation) -> None:
    fill(station, 3)
    _sql(station, "UPDATE reports SET verdict = 'no_anomalies' WHERE seq = 2")
    assert problems(station) == [(2, "its verdict differ from the signed report")]


def test_a_deleted_report_is_detected(station: Workstation) -> None:
    fill(station, 4)
    _sql(station, "DELETE FROM report_images WHERE report_seq = 2")
    _sql(station, "DELETE FROM reports WHERE seq = 2")
    found = problems(station)
    assert (3, "report(s) #2 are missing (deleted)") in found
    assert (3, "it does not follow the report before it (chain broken)") in found


def test_deleting_the_newest_reports_is_detected(station: Workstation) -> None:
    fill(station, 4)
    _sql(station, "DELETE FROM report_images WHERE report_seq >= 3")
    _sql(station, "DELETE FROM reports WHERE seq >= 3")
    assert problems(station) == [(4, "the newest report(s) #3 to #4 were deleted")]


def test_reordered_reports_are_detected(station: Workstation) -> None:
    fill(station, 3)
    with station.db.session() as s:
        a, b = s.get(Report, 1), s.get(Report, 2)
        assert a is not None and b is not None
        fields = ("body", "report_hash", "prev_hash", "signature", "report_id", "verdict")
        swapped = {f: (getattr(b, f), getattr(a, f)) for f in fields}
        a.report_id, b.report_id = "tmp-a", "tmp-b"
        a.report_hash, b.report_hash = "a" * 64, "b" * 64
        s.flush()
        for f, (first, second) in swapped.items():
            setattr(a, f, first)
            setattr(b, f, second)
    found = problems(station)
    assert (1, "it was signed as report #2 (reordered)") in found
    assert (2, "it was signed as report #1 (reordered)") in found


def test_a_swapped_image_file_is_detected(station: Workstation) -> None:
    fill(station, 2)
    digest = station.book.get("2")["body"]["images"]["visible"]
    station.book.images.path(digest).write_bytes(b"another person's photo")
    assert problems(station) == [(2, "its visible image file was altered or replaced")]
    station.book.images.remove(digest)
    assert problems(station) == [(2, "its visible image file is missing")]


def test_a_report_re_signed_with_another_key_is_detected(
    station: Workstation, tmp_path: Path
) -> None:
    fill(station, 3)
    forger = WorkstationKey(Ed25519PrivateKey.generate(), tmp_path / "forger")
    row = station.book.get("2")
    body = dict(row["body"], decision={"outcome": "suspected_fraud", "notes": ""})
    data = canonical(body)
    with station.db.session() as s:
        report = s.get(Report, 2)
        assert report is not None
        report.body, report.signature = data.decode(), forger.sign(data)
        report.key_fingerprint, report.decision = forger.fingerprint, "suspected_fraud"
        report.report_hash = sha256_hex(data)
    found = problems(station)
    assert (2, "signed with a key the chain never introduced (re-signed)") in found
    assert (3, "it does not follow the report before it (chain broken)") in found


def test_purge_removes_personal_data_and_the_chain_still_verifies(station: Workstation) -> None:
    fill(station, 5)  # one report a day from NOW
    with station.db.session() as s:
        s.execute(text("UPDATE settings SET value = value"))  # no-op: defaults apply
    assert station.book.purge(now=NOW + dt.timedelta(days=92), dry_run=True) == [1, 2]
    purged = station.book.purge(now=NOW + dt.timedelta(days=92))
    assert purged == [1, 2]
    check = verify(station.book)
    assert check.ok and check.purged == 2
    for seq in ("1", "2"):
        stored = station.book.get(seq)
        dumped = json.dumps(stored)
        assert "ERIKSSON" not in dumped and "L898902C3" not in dumped and "1974" not in dumped
        assert stored["body"]["statistics"]["failed_checks"] in ([], ["uv.features"])
        assert stored["purged_at"] is not None
    summaries = {s.seq: s for s in station.book.search()}
    assert summaries[1].document_number is None and summaries[1].purged
    assert summaries[3].document_number == "L898902C3"
    # image files of purged reports are gone unless a kept report still uses them
    with station.db.session() as s:
        kept = {r.sha256 for r in s.get(Report, 3).images}  # type: ignore[union-attr]
    bearer = next(iter(kept - {station.book.get("3")["body"]["images"]["visible"]}))
    assert station.book.images.intact(bearer)
    visible_1 = sha256_hex(b"image 0")
    assert station.book.images.intact(visible_1) is None
    with station.db.session() as s:
        assert events(s, "purge")[0].detail["reports"] == 2


def test_search_filters_by_date_verdict_and_number(station: Workstation) -> None:
    fill(station, 6)
    assert [s.seq for s in station.book.search(verdict="anomalies")] == [6, 4, 2]
    since, until = NOW + dt.timedelta(days=2), NOW + dt.timedelta(days=4)
    assert [s.seq for s in station.book.search(since=since, until=until)] == [4, 3]
    assert len(station.book.search(document_number="l898902c3")) == 6
    assert station.book.search(document_number="X1") == []
    assert station.book.count() == 6


def test_stats_exports_carry_no_personal_data(station: Workstation) -> None:
    fill(station, 12)  # a report a day from Saturday 2026-11-28: weeks 48, 49 and 50
    for kind, fields in (("trends", TREND_FIELDS), ("usage", USAGE_FIELDS)):
        as_json = json.loads(export(station.book, kind, "json"))
        assert as_json["fields"] == list(fields)
        assert all(set(row) == set(fields) for row in as_json["rows"])
        rows = list(csv.DictReader(io.StringIO(export(station.book, kind, "csv"))))
        assert rows and all(set(row) == set(fields) for row in rows)
    document = json.loads(export(station.book, "trends", "json"))
    trends = document["rows"]
    assert document["unverified_left_out"] == 0
    assert sum(r["inspections"] for r in trends) + document["suppressed"] == 12
    # no row stands for fewer than three inspections, and none names a day
    assert trends and all(r["inspections"] >= 3 for r in trends)
    assert {r["week"] for r in trends} <= {"2026-W48", "2026-W49", "2026-W50"}
    assert {
        "week": "2026-W49", "point_of_entry": "", "issuing_state": "UTO", "document_code": "P",
        "template": "UTO-P-2020", "failed_checks": "uv.features", "verdict": "anomalies",
        "decision": "released", "inspections": 3,
    } in trends  # fmt: skip


NAME = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=4, max_size=12)


@settings(max_examples=15, deadline=None)
@given(surname=NAME, given=NAME, number=st.from_regex(r"[A-Z][0-9]{7}[A-Z]", fullmatch=True))
def test_no_personal_field_can_reach_an_export(
    tmp_path_factory: pytest.TempPathFactory, surname: str, given: str, number: str
) -> None:
    from verifier.mrz.check_digit import check_digit

    line1 = f"P<UTO{surname}<<{given}".ljust(44, "<")[:44]
    dob, expiry = "8308129", "3104159"
    body2 = f"{number}{check_digit(number)}UTO{dob}M{expiry}" + "<" * 14 + "0"
    composite = body2[:10] + body2[13:20] + body2[21:43]
    line2 = body2 + str(check_digit(composite))
    home = tmp_path_factory.mktemp("privacy")
    ws = signed_in(Settings(home, ROOT / "reference_docs"))
    try:
        ws.book.save(result(lines=(line1, line2)), ws.context(), now=NOW)
        assert ws.book.get("1")["body"]["inspection"]["mrz"]["surname"] == surname
        for kind in ("trends", "usage"):
            for fmt in ("csv", "json"):
                out = export(ws.book, kind, fmt)
                for secret in (surname, given, number, "830812", "1983-08-12"):
                    assert secret not in out
    finally:
        ws.close()


def test_printable_reports_show_the_verdict_checks_and_proof(station: Workstation) -> None:
    from verifier.reports.render import Printable, to_html, to_pdf

    fill(station, 1)
    report = station.book.get("1")
    printable = Printable(report, {})
    page = to_html(printable)
    # only the MRZ and UV were examined here: the verdict says so, in amber, not green
    assert "NO ANOMALIES IN WHAT WAS EXAMINED" in page and report["report_hash"] in page
    assert "<th>Not examined</th><td>the visible-light features, IR and the face" in page
    assert "#8a5a00" in page and "NO ANOMALIES FOUND" not in page
    assert "MRZ check digits<br><small>mrz.check_digits" in page  # names, ids beside them
    assert "P&lt;UTOERIKSSON" in page  # the MRZ is escaped, not markup
    pdf = to_pdf(printable)
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    created = re.search(rb"/CreationDate \(D:(\d{8})", pdf)
    assert created and created.group(1) == dt.datetime.now().strftime("%Y%m%d").encode()
    station.book.purge(now=NOW + dt.timedelta(days=365))
    purged = to_html(Printable(station.book.get("1"), {}))
    assert "personal data purged" in purged and "ERIKSSON" not in purged
    assert to_pdf(Printable(station.book.get("1"), {})).startswith(b"%PDF")


def _stdin(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(credentials(*lines)))


def test_cli_inspect_stores_a_report_that_verifies_and_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = ROOT / "samples" / "forged-uv-emblem-missing"
    inspect = [
        "inspect", str(sample / "visible.png"), "--uv", str(sample / "uv.png"),
        "--ir", str(sample / "ir.png"), "--bearer", str(sample / "bearer.jpg"),
        "--today", "2026-11-28",
    ]  # fmt: skip
    assert cli(inspect) == 2  # storing a report needs an officer: none exists yet
    assert "no administrator yet" in capsys.readouterr().err
    _stdin(monkeypatch)
    assert cli(["officers", "add", ADMIN, "--role", "admin", "--password-stdin"]) == 0
    assert cli(inspect) == 2  # and the officer must say who they are
    assert "--user" in capsys.readouterr().err
    _stdin(monkeypatch)
    assert cli(as_admin(inspect)) == 1
    assert "signed report #1 stored" in capsys.readouterr().err
    assert cli(["reports", "verify", "--json"]) == 0  # a status command: open
    checked = json.loads(capsys.readouterr().out)
    assert checked["ok"] and checked["images_checked"] == 7  # 4 captures + 3 aligned
    assert checked["enrolled"] and len(checked["keys"]) == 1
    _stdin(monkeypatch)
    assert cli(as_admin(["reports", "list", "--json"])) == 0
    (line,) = json.loads(capsys.readouterr().out)
    assert line["failed_checks"] == ["uv.features"] and line["verdict"] == "anomalies"
    for fmt in ("pdf", "html", "json"):
        out = tmp_path / f"report.{fmt}"
        _stdin(monkeypatch)
        assert cli(as_admin(["reports", "export", "1", "--format", fmt, "--out", str(out)])) == 0
        assert out.stat().st_size > 1000
    page = (tmp_path / "report.html").read_text()
    assert "data:image/jpeg;base64" in page and "uv.features" in page
    body_before = json.loads((tmp_path / "report.json").read_text())["body"]
    serbian = tmp_path / "report-sr.html"
    _stdin(monkeypatch)
    assert cli(as_admin(["reports", "export", "1", "--format", "html", "--out", str(serbian),
                         "--language", "sr"])) == 0  # fmt: skip
    page = serbian.read_text()
    assert "<html lang='sr'>" in page and "PRONAĐENE NEPRAVILNOSTI" in page
    assert "<h2>Provere</h2>" in page and "Država izdavanja" in page  # headings and fields
    assert "NEUSPEH" in page and "uv.features" in page  # words translated, ids kept
    assert "Not as on the reference" not in page  # a message with its arguments, in Serbian
    macedonian = tmp_path / "report-mk.pdf"
    _stdin(monkeypatch)
    assert cli(as_admin(["reports", "export", "1", "--out", str(macedonian),
                         "--language", "mk"])) == 0  # fmt: skip
    assert macedonian.read_bytes().startswith(b"%PDF")
    _stdin(monkeypatch)
    assert cli(as_admin(["reports", "export", "1", "--format", "json", "--out",
                         str(tmp_path / "again.json"), "--language", "sq"])) == 0  # fmt: skip
    assert json.loads((tmp_path / "again.json").read_text())["body"] == body_before  # unchanged
    _stdin(monkeypatch)
    assert cli(as_admin(["reports", "show", "1"])) == 0
    assert "Verdict: ✖ ANOMALIES FOUND — see the failed checks" in capsys.readouterr().out
    _stdin(monkeypatch)
    assert cli(as_admin(["stats", "export", "--format", "json"])) == 0
    assert json.loads(capsys.readouterr().out)["suppressed"] == 1  # one inspection: not shown
    _stdin(monkeypatch)
    assert cli(as_admin(["reports", "purge", "--older-than", "1", "--json"])) == 0
    assert json.loads(capsys.readouterr().out)["purged"] == []  # made today: not older
    ws = Workstation.open(Settings.from_env())
    try:
        with ws.db.session() as s:  # every one of them audited with the officer
            exports = [e for e in events(s, "report_exported") if e.officer_id is not None]
        assert len(exports) == 6
    finally:
        ws.close()


def test_cli_reports_verify_names_the_broken_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws = signed_in(Settings.from_env())
    try:
        fill(ws, 3)
        _sql(ws, "UPDATE reports SET decision = 'suspected_fraud' WHERE seq = 2")
    finally:
        ws.close()
    assert cli(["reports", "verify"]) == 1
    assert "report #2: its decision differ from the signed report" in capsys.readouterr().out


def test_cli_officers_and_settings(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch)
    assert cli(["officers", "add", ADMIN, "--role", "admin", "--password-stdin"]) == 0
    capsys.readouterr()
    _stdin(monkeypatch, "another good password")
    assert cli(as_admin(["officers", "add", "ana", "--role", "officer"])) == 0
    _stdin(monkeypatch)
    assert cli(as_admin(["officers", "list", "--json"])) == 0
    assert "Account 'ana'" in capsys.readouterr().out.splitlines()[0]
    _stdin(monkeypatch)
    assert cli(as_admin(["settings", "set", "retention_days", "30"])) == 0
    assert cli(["settings", "list", "--json"]) == 0
    assert '"retention_days": 30' in capsys.readouterr().out
    _stdin(monkeypatch)
    assert cli(as_admin(["settings", "set", "retention_days", "never"])) == 2
    assert "whole number" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("another good password\n"))
    argv = ["settings", "set", "retention_days", "31", "--user", "ana", "--password-stdin"]
    assert cli(argv) == 2  # an officer is not an administrator
    assert "needs: admin" in capsys.readouterr().err


def test_cli_store_errors_are_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    home = Path(os.environ["VERIFIER_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "verifier.sqlite").write_bytes(b"garbage, not a database" * 10)
    assert cli(["reports", "list"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("verifier reports: ") and "backup" in err and err.count("\n") == 1


WRITER = """
import datetime as dt, sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from test_reports import result, Workstation, Settings, Decision
from stations import signed_in
ws = signed_in(Settings(Path({home!r}), Path({library!r})))
i = 0
while True:
    ws.book.save(result(), ws.context(), decision=Decision.REFERRED,
                 images={{"visible": b"v%d" % i, "uv": b"u%d" % i}})
    i += 1
    print(i, flush=True)
"""


def test_a_process_killed_while_saving_leaves_whole_reports_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    script = WRITER.format(
        tests=str(ROOT / "tests"), home=str(home), library=str(ROOT / "reference_docs")
    )
    rng = random.Random(9303)
    for _ in range(4):
        proc = subprocess.Popen(
            [sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=ROOT, text=True
        )
        assert proc.stdout is not None
        proc.stdout.readline()  # it is saving
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    ws = signed_in(Settings(home, ROOT / "reference_docs"))
    try:
        check = verify(ws.book)
        assert check.ok, check.problems
        assert check.reports >= 4
        with ws.db.session() as s:
            for report in s.scalars(select(Report)):
                assert {i.role for i in report.images} == {"visible", "uv"}
        ws.book.save(result(), ws.context())  # and the chain goes on
        assert verify(ws.book).ok
    finally:
        ws.close()


def test_backup_and_restore_keep_every_report_verifiable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    from verifier.station.backup import BackupError, check, restore

    home = Path(os.environ["VERIFIER_HOME"])
    ws = signed_in(Settings(home, ROOT / "reference_docs"))
    try:
        fill(ws, 3)
    finally:
        ws.close()
    cached = home / "cache" / "identify" / "0123.npz"  # computed from the library: not kept
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"features")
    out = tmp_path / "backup.zip"
    _stdin(monkeypatch)
    assert cli(as_admin(["backup", "--out", str(out), "--json"])) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["files"] >= 6 and out.stat().st_mode & 0o077 == 0  # owner only: keys inside
    names = set(check(out).files)
    assert {"verifier.sqlite", "keys/workstation.key", "keys/chain-head.json"} <= names
    assert not any(name.startswith("cache/") for name in names)
    # restore onto a new workstation's data dir
    other = tmp_path / "new-home"
    monkeypatch.setenv("VERIFIER_HOME", str(other))
    assert cli(["restore", str(out)]) == 0
    assert "Restored 3 reports" in capsys.readouterr().out
    assert (other / "keys" / "workstation.key").stat().st_mode & 0o077 == 0
    # never over an existing database without --force; with it, the old one is kept aside
    _stdin(monkeypatch)
    assert cli(as_admin(["restore", str(out)])) == 2
    assert "already holds" in capsys.readouterr().err
    _stdin(monkeypatch)
    assert cli(as_admin(["restore", str(out), "--force"])) == 0
    assert "moved to" in capsys.readouterr().out
    assert list(tmp_path.glob("new-home.before-restore-*"))
    # an altered backup is refused before anything is written
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "keys/chain-head.json":
                data = data.replace(b'"seq"', b'"seq" ')
            target.writestr(item, data)
    with pytest.raises(BackupError, match="altered"):
        restore(tampered, tmp_path / "third")
    assert not (tmp_path / "third").exists()
    (tmp_path / "junk.zip").write_bytes(b"junk")
    _stdin(monkeypatch)
    assert cli(as_admin(["restore", str(tmp_path / "junk.zip")])) == 2
    assert "not a readable Verifier backup" in capsys.readouterr().err
    monkeypatch.setenv("VERIFIER_HOME", str(tmp_path / "empty"))
    assert cli(["backup", "--out", str(tmp_path / "b2.zip")]) == 2
    assert "nothing to back up" in capsys.readouterr().err

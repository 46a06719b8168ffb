"""Watch lists (issue 20): a publisher builds a signed package from a CSV, an administrator
imports it, the officer's inspection looks the document up. Every path: hit, miss, stale list,
tampered or untrusted package refused with the old list kept, a delta that removes an entry,
a killed import, and the scale of a national extract (10 million entries)."""

from __future__ import annotations

import datetime as dt
import json
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.stations import as_admin, credentials, signed_in
from tests.test_cli import run
from verifier.inspection.checks.watchlist import watchlist_check
from verifier.inspection.result import CheckStatus
from verifier.library.package import fingerprint
from verifier.mrz import parse
from verifier.settings import Settings
from verifier.watchlist import (
    CURRENT,
    MAGIC,
    WatchListError,
    WatchLists,
    hashes_of,
    list_key,
    normalised,
    write_package,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "uto-p-2020-genuine"
NAME = "SLTD extract UTO"
ROWS = [
    ("UTO", "P", "U27436981"),  # the sample passport's number: stolen, in this story
    ("UTO", "I", "D41290375"),
    ("D<<", "P", "C01X00T47"),
]


@pytest.fixture
def publisher(tmp_path: Path) -> tuple[Ed25519PrivateKey, Path, Path]:
    """A publisher's key (PEM), and its public half trusted by the workstation's admin."""
    key = Ed25519PrivateKey.generate()
    private = tmp_path / "publisher.pem"
    private.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    public = tmp_path / "publisher.pub.pem"
    public.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    signed_in(Settings.from_env()).close()
    return key, private, public


def csv_file(path: Path, rows: list[tuple[str, ...]], header: bool = True) -> Path:
    lines = ["issuing_state,document_type,document_number"] if header else []
    path.write_text("\n".join([*lines, *(",".join(r) for r in rows)]) + "\n", encoding="utf-8")
    return path


def build(capsys: pytest.CaptureFixture[str], private: Path, out: Path, csv: Path, *extra: str):  # type: ignore[no-untyped-def]
    argv = ["watchlist", "build", "--key", str(private), "--name", NAME, "--in", str(csv)]
    return run([*argv, "--out", str(out), *extra], capsys)


def check(capsys: pytest.CaptureFixture[str], state: str, kind: str, number: str) -> int:
    argv = ["watchlist", "check", "--state", state, "--type", kind, "--number", number]
    return run(argv, capsys)[0]


def trust(capsys: pytest.CaptureFixture[str], public: Path) -> None:
    code, _, err = run(as_admin(["library", "trust", str(public)]), capsys, credentials())
    assert code == 0, err


def test_build_import_check_status_and_delta(
    publisher: tuple[Ed25519PrivateKey, Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, private, public = publisher
    assert check(capsys, "UTO", "P", "U27436981") == 2  # no list yet: nothing was checked
    code, out, err = build(
        capsys, private, tmp_path / "full.vwl", csv_file(tmp_path / "e.csv", ROWS), "--version", "7"
    )
    assert (code, err) == (0, "") and "version 7 (full), 3 added" in out
    package = (tmp_path / "full.vwl").read_bytes()
    for _, _, number in ROWS:  # keyed hashes only: the package is no list of numbers
        assert number.encode() not in package
    code, _, err = run(as_admin(["watchlist", "import", str(tmp_path / "full.vwl")]), capsys,
                       credentials())  # fmt: skip
    assert code == 2 and "not trusted" in err  # the publisher is not trusted yet
    trust(capsys, public)
    code, out, err = run(
        as_admin(["watchlist", "import", str(tmp_path / "full.vwl"), "--json"]),
        capsys,
        credentials(),
    )
    assert (code, err) == (0, "")
    assert json.loads(out) | {"issued": "-"} == {
        "list": NAME, "version": 7, "kind": "full", "previous": None, "entries": 3,
        "added": None, "removed": None, "issued": "-",
    }  # fmt: skip
    lists = Settings.from_env().watchlists_dir
    for path in lists.rglob("*"):
        if path.is_file():
            assert b"U27436981" not in path.read_bytes()
    # hit (exit 1), miss (exit 0); fillers, spaces and case do not hide a number
    argv = ["watchlist", "check", "--state", "UTO", "--type", "P", "--number", "U27436981"]
    code, out, _ = run(argv, capsys)
    assert code == 1 and out.startswith("HIT: on SLTD extract UTO of ")
    assert "do not return the document" in out
    assert check(capsys, "uto", "PP", "u2743 6981<<") == 1
    assert check(capsys, "D", "P", "C01X00T47") == 1  # D<< is Germany's code with its fillers
    assert check(capsys, "UTO", "P", "U27436982") == 0
    assert check(capsys, "UTO", "I", "U27436981") == 0  # another type of document
    code, out, _ = run(["watchlist", "status", "--json", "--today", "2026-12-01"], capsys)
    (status,) = json.loads(out)
    assert (status["list"], status["version"], status["entries"]) == (NAME, 7, 3)
    # a delta removes the ID card (found again) and adds a new passport
    delta = csv_file(
        tmp_path / "d.csv",
        [("UTO", "I", "D41290375", "remove"), ("UTO", "P", "U99999999", "add")],
    )
    code, out, err = build(capsys, private, tmp_path / "d.vwl", delta, "--delta", "--base", "7",
                           "--version", "8")  # fmt: skip
    assert code == 0 and "version 8 (delta on 7), 1 added, 1 removed" in out
    code, out, err = run(
        as_admin(["watchlist", "import", str(tmp_path / "d.vwl"), "--json"]), capsys, credentials()
    )
    imported = json.loads(out)
    assert (imported["previous"], imported["entries"], imported["added"], imported["removed"]) == (
        7,
        3,
        1,
        1,
    )
    assert check(capsys, "UTO", "I", "D41290375") == 0
    assert check(capsys, "UTO", "P", "U99999999") == 1
    assert check(capsys, "UTO", "P", "U27436981") == 1
    # the same delta again, or an older full list: refused, nothing changes
    code, _, err = run(as_admin(["watchlist", "import", str(tmp_path / "d.vwl")]), capsys,
                       credentials())  # fmt: skip
    assert code == 2 and "not newer" in err
    assert check(capsys, "UTO", "P", "U99999999") == 1
    station = signed_in(Settings.from_env())
    try:
        with station.db.session() as s:
            from sqlalchemy import text

            actions = [a for (a,) in s.execute(text("SELECT action FROM audit_log ORDER BY id"))]
    finally:
        station.close()
    assert [a for a in actions if a.startswith("watchlist")] == [
        "watchlist_import_refused", "watchlist_import", "watchlist_import",
        "watchlist_import_refused",
    ]  # fmt: skip


def test_bad_csv_rows_are_refused_with_their_line(
    publisher: tuple[Ed25519PrivateKey, Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, private, _ = publisher
    for rows, words in (
        ([("UTO", "P", "U1"), ("UTO", "P")], "line 3: expected 3 columns"),
        ([("UTO", "P", "U1", "remove")], "remove only in a --delta"),
        ([("U7O", "P", "U1")], "not an ICAO code"),
        ([("UTO", "P", "U1-2")], "1-20 letters or digits"),
    ):
        code, _, err = build(
            capsys, private, tmp_path / "x.vwl", csv_file(tmp_path / "e.csv", rows)
        )
        assert code == 2 and words in err, err
        assert not (tmp_path / "x.vwl").exists()
    code, _, err = build(capsys, private, tmp_path / "x.vwl", tmp_path / "e.csv", "--delta")
    assert code == 2 and "--base" in err


@pytest.fixture
def installed(tmp_path: Path) -> tuple[WatchLists, Ed25519PrivateKey, dict[str, object], Path]:
    key = Ed25519PrivateKey.generate()
    trusted = {fingerprint(key.public_key()): key.public_key()}
    lists = WatchLists(tmp_path / "lists")
    package = tmp_path / "v1.vwl"
    write_package(package, key, NAME, hashes_of(list_key(key, NAME), ROWS), version=1,
                  issued=dt.datetime(2026, 11, 30, 8, 0))  # fmt: skip
    lists.import_package(package, trusted)
    return lists, key, trusted, package  # type: ignore[return-value]


def test_tampered_untrusted_and_wrong_base_packages_keep_the_old_list(
    installed: tuple[WatchLists, Ed25519PrivateKey, dict, Path], tmp_path: Path
) -> None:
    lists, key, trusted, package = installed
    data = bytearray(package.read_bytes())
    newer = tmp_path / "v2.vwl"
    write_package(newer, key, NAME, hashes_of(list_key(key, NAME), ROWS[:1]), version=2)
    good = newer.read_bytes()
    cases = {
        "payload byte flipped": good[:-3] + bytes([good[-3] ^ 1]) + good[-2:],
        "manifest edited": good.replace(b'"version": 2', b'"version": 9'),
        "cut short": good[:-8],
        "a byte appended": good + b"\0",
        "not a package": b"PK\x03\x04 a zip",
        # unsigned manifests that once escaped as other errors than a refusal
        "deep nesting": MAGIC + (60_000).to_bytes(4, "big") + b"[" * 60_000 + bytes(2),
        "a huge number": MAGIC
        + (5012).to_bytes(4, "big")
        + b'{"v": '
        + b"9" * 5000
        + b"}"
        + bytes(2),
    }
    for what, bad in cases.items():
        path = tmp_path / "bad.vwl"
        path.write_bytes(bad)
        with pytest.raises(WatchListError):
            lists.import_package(path, trusted)
        assert lists.installed()[0].version == 1, what
        assert lists.check("UTO", "I", "D41290375"), what  # the old list, whole
    stranger = Ed25519PrivateKey.generate()
    with pytest.raises(WatchListError, match="not trusted"):
        lists.import_package(newer, {fingerprint(stranger.public_key()): stranger.public_key()})
    delta = tmp_path / "d.vwl"
    write_package(delta, key, NAME, hashes_of(list_key(key, NAME), ROWS[:1]), version=3, base=2)
    with pytest.raises(WatchListError, match="applies to SLTD extract UTO version 2"):
        lists.import_package(delta, trusted)
    assert bytes(data) == package.read_bytes()
    assert lists.check("UTO", "I", "D41290375")


def test_a_killed_import_leaves_the_previous_list_in_force(
    installed: tuple[WatchLists, Ed25519PrivateKey, dict, Path], tmp_path: Path
) -> None:
    lists, key, trusted, _ = installed
    folder = lists.root / lists.installed()[0].id
    # what a process killed while writing the new version leaves: a staging folder, no switch
    staging = folder / ".tmp-v2-dead"
    staging.mkdir()
    (staging / "entries.u64").write_bytes(b"\0" * 13)
    assert lists.installed()[0].version == 1 and lists.check("UTO", "P", "U27436981")
    newer = tmp_path / "v2.vwl"
    write_package(newer, key, NAME, hashes_of(list_key(key, NAME), ROWS[1:]), version=2)
    lists.import_package(newer, trusted)
    assert not staging.exists()  # tidied by the next import
    assert [p.name for p in folder.iterdir() if p.is_dir()] == [
        (folder / CURRENT).read_text().strip()
    ]  # one version folder: the one in force
    assert not lists.check("UTO", "P", "U27436981") and lists.check("UTO", "I", "D41290375")


def test_normalisation_follows_doc_9303() -> None:
    assert normalised("D<<", "PP", " c01x 00t47< ") == b"D|P|C01X00T47"
    assert normalised("uto", "I<", "D41290375") == b"UTO|I|D41290375"
    for bad in (("UTOO", "P", "1"), ("UTO", "1", "1"), ("UTO", "P", ""), ("UTO", "P", "Ü1")):
        with pytest.raises(WatchListError):
            normalised(*bad)


def _mrz(number: str = "U27436981") -> object:
    lines = json.loads((SAMPLE / "truth.json").read_text())["mrz"]
    parsed = parse(lines, today=dt.date(2026, 11, 28))
    assert parsed.document_number == number
    return parsed


def test_the_inspection_check_hit_miss_stale_and_none(
    installed: tuple[WatchLists, Ed25519PrivateKey, dict, Path], tmp_path: Path
) -> None:
    lists = installed[0]
    mrz = _mrz()
    hit = watchlist_check(lists, mrz, dt.date(2026, 12, 1), 7)  # type: ignore[arg-type]
    assert hit.status is CheckStatus.FAIL
    assert hit.message == (
        "This document is on the watch list SLTD extract UTO of 2026-11-30. Report to the duty "
        "officer; do not return the document. A hit is a reason to check, not a proof: confirm "
        "it with the issuing authority."
    )
    assert hit.evidence == {"lists": [{"name": NAME, "version": 1, "issued": "2026-11-30"}]}
    other = parse(
        [
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "U274369823UTO8208123F3404159<<<<<<<<<<<<<<02",
        ],
        today=dt.date(2026, 11, 28),
    )
    miss = watchlist_check(lists, other, dt.date(2026, 12, 1), 7)
    assert miss.status is CheckStatus.PASS and "SLTD extract UTO (2026-11-30)" in miss.message
    stale = watchlist_check(lists, other, dt.date(2026, 12, 9), 7)
    assert stale.status is CheckStatus.WARN and "is 9 days old (the limit is 7)" in stale.message
    assert watchlist_check(lists, None, dt.date(2026, 12, 1), 7).status is CheckStatus.SKIPPED
    empty = WatchLists(tmp_path / "none")
    none = watchlist_check(empty, mrz, dt.date(2026, 12, 1), 7)  # type: ignore[arg-type]
    assert none.status is CheckStatus.SKIPPED and "No watch list" in none.message


def test_inspect_command_fails_a_listed_document(
    publisher: tuple[Ed25519PrivateKey, Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, private, public = publisher
    trust(capsys, public)
    build(capsys, private, tmp_path / "full.vwl", csv_file(tmp_path / "e.csv", ROWS))
    run(as_admin(["watchlist", "import", str(tmp_path / "full.vwl")]), capsys, credentials())
    argv = ["inspect", str(SAMPLE / "visible.png"), "--uv", str(SAMPLE / "uv.png"),
            "--ir", str(SAMPLE / "ir.png"), "--json", "--no-store",
            "--today", "2026-11-28"]  # fmt: skip
    code, out, _ = run(argv, capsys)
    result = json.loads(out)
    listed = next(c for c in result["checks"] if c["id"] == "watchlist.hit")
    assert listed["status"] == "fail" and "SLTD extract UTO" in listed["message"]
    assert (code, result["verdict"]) == (1, "anomalies")


def test_a_national_extract_of_ten_million_entries(tmp_path: Path) -> None:
    """10 M entries: import well within 60 s with memory bounded (numpy arrays of 8 bytes an
    entry, never Python objects), look-ups well under 1 ms, a delta applied in place."""
    key = Ed25519PrivateKey.generate()
    trusted = {fingerprint(key.public_key()): key.public_key()}
    listed = hashes_of(list_key(key, NAME), ROWS)
    rng = np.random.default_rng(20)  # strictly increasing without a sort: cumulative gaps
    filler = np.cumsum(rng.integers(1, 2**40, size=10_000_000, dtype=np.uint64), dtype=np.uint64)
    entries = np.union1d(filler, listed)
    package = tmp_path / "big.vwl"
    write_package(package, key, NAME, entries, version=1)
    del filler, entries
    lists = WatchLists(tmp_path / "lists")
    tracemalloc.start()
    start = time.perf_counter()
    imported = lists.import_package(package, trusted)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert imported.info.entries == 10_000_003
    assert seconds < 60, seconds
    assert peak < 400 * 1024**2, peak / 1024**2  # two copies of the 80 MB list at most
    times = []
    for i in range(300):
        start = time.perf_counter()
        found = lists.check("UTO", "P", f"Q{i:08d}")
        times.append(time.perf_counter() - start)
        assert not found
    assert sorted(times)[150] < 1e-3, sorted(times)[150]
    assert lists.check("UTO", "P", "U27436981")
    delta = tmp_path / "d.vwl"
    remove = hashes_of(list_key(key, NAME), ROWS[:1])
    write_package(delta, key, NAME, hashes_of(list_key(key, NAME), [("UTO", "P", "N1")]), remove,
                  version=2, base=1)  # fmt: skip
    start = time.perf_counter()
    lists.import_package(delta, trusted)
    assert time.perf_counter() - start < 30
    assert not lists.check("UTO", "P", "U27436981") and lists.check("UTO", "P", "N1")
    assert lists.installed()[0].entries == 10_000_003

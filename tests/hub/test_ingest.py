"""The hub takes bundles in (issue 19 §2-3), on SQLite and on PostgreSQL: registered
workstations only, each bundle once (a duplicate changes nothing), out of order with the gaps
shown; unsigned, tampered, replayed, unregistered, oversized, zipped, unknown-field and
name-carrying bundles refused with the reason and kept in quarantine. ``verifier-hub``'s
output to the letter."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hub.cli import main
from hub.db import HubDatabase
from hub.ingest import stats
from tests.stations import signed_in
from tests.test_share import NOW, save
from verifier.settings import Settings
from verifier.station.share import export_next
from verifier.station.workstation import Workstation

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def workstation(tmp_path: Path) -> Iterator[tuple[Workstation, Path]]:
    """A workstation with its enrolment file (what an authority hands the hub)."""
    home = tmp_path / "ws"
    enrolment = tmp_path / "ws-enrolment.json"
    ws = signed_in(Settings(home, ROOT / "reference_docs", enrolment))
    yield ws, enrolment
    ws.close()


def hub(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, object]]]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def bundles(ws: Workstation, folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    out = []
    for week in range(count):
        save(ws, 6, start=NOW + dt.timedelta(days=7 * week))
        path = export_next(ws, folder, None)
        assert path is not None
        out.append(path)
    return out


def test_ingest_once_in_any_order_with_gaps_shown(
    db_url: str,
    workstation: tuple[Workstation, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ws, enrolment = workstation
    made = bundles(ws, tmp_path / "usb", 3)
    quarantine = tmp_path / "quarantine"
    # not registered yet: refused, kept in quarantine with the reason
    code, lines = hub(
        capsys, "ingest", str(made[0]), "--db", db_url, "--quarantine", str(quarantine)
    )
    assert code == 1 and lines[0]["status"] == "refused"
    assert "is not registered" in str(lines[0]["reason"])
    assert (quarantine / made[0].name).is_file()
    assert "is not registered" in (quarantine / (made[0].name + ".reason")).read_text()
    assert main(["register-workstation", str(enrolment), "--db", db_url]) == 0
    # bundle 3 before bundle 1; bundle 2 missing: a gap
    code, lines = hub(capsys, "ingest", str(made[2]), str(made[0]), "--db", db_url)
    assert code == 0
    assert lines == [
        {"bundle": made[2].name, "status": "ingested", "records": 6, "reason": None},
        {"bundle": made[0].name, "status": "ingested", "records": 6, "reason": None},
    ]
    db = HubDatabase(db_url)
    try:
        held = stats(db)
        assert (held["bundles"], held["records"]) == (2, 12)
        assert held["gaps"] == {ws.book.signer.fingerprint: [2]}
    finally:
        db.close()
    # the whole drop folder: 1 and 3 again are duplicates, 2 fills the gap
    code, lines = hub(capsys, "ingest", str(tmp_path / "usb"), "--db", db_url)
    assert code == 0
    assert [line["status"] for line in lines] == ["duplicate", "ingested", "duplicate"]
    code = main(["stats", "--db", db_url, "--json"])
    held = json.loads(capsys.readouterr().out)
    assert (held["workstations"], held["bundles"], held["records"], held["gaps"]) == (1, 3, 18, {})
    assert held["refused"] == 1


def _edited(path: Path, edit: object) -> bytes:
    document = json.loads(path.read_bytes())
    edit(document)  # type: ignore[operator]
    return json.dumps(document).encode()


def test_hostile_bundles_are_refused_with_the_reason(
    db_url: str,
    workstation: tuple[Workstation, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ws, enrolment = workstation
    good = bundles(ws, tmp_path / "usb", 1)[0]
    main(["register-workstation", str(enrolment), "--db", db_url])
    capsys.readouterr()

    def more(d: dict) -> None:  # type: ignore[type-arg]
        d["bundle"]["cells"][0]["inspections"] += 1

    def field(d: dict) -> None:  # type: ignore[type-arg]
        d["bundle"]["cells"][0]["holder"] = "ERIKSSON"

    def name(d: dict) -> None:  # type: ignore[type-arg]
        d["bundle"]["cells"][0]["issuing_state"] = "ERIKSSON ANNA"

    def unsigned(d: dict) -> None:  # type: ignore[type-arg]
        d["signature"] = "00" * 64

    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb", b"\0" * 50_000_000)
    cases = {
        "tampered.vbundle": (_edited(good, more), "do not account for every report"),
        "unknown.vbundle": (_edited(good, field), "not those of a contribution bundle"),
        "name.vbundle": (_edited(good, name), "is not allowed in a bundle"),
        "unsigned.vbundle": (_edited(good, unsigned), "the signature does not hold"),
        "bomb.vbundle": (zipped.getvalue(), "not JSON"),
        "huge.vbundle": (b"{" + b" " * (9 * 1024**2) + b"}", "larger than 8 MB"),
    }
    drop = tmp_path / "drop"
    drop.mkdir()
    for name_, (data, _) in cases.items():
        (drop / name_).write_bytes(data)
    code, lines = hub(capsys, "ingest", str(drop), "--db", db_url, "--quarantine",
                      str(tmp_path / "q"))  # fmt: skip
    assert code == 1
    reasons = {line["bundle"]: line for line in lines}
    for name_, (_, words) in cases.items():
        assert reasons[name_]["status"] == "refused", name_
        assert words in str(reasons[name_]["reason"]), (name_, reasons[name_]["reason"])
        assert (tmp_path / "q" / name_).is_file()
    # a replay: bundle 1 ingested, then another "bundle 1" with other contents, re-signed
    assert hub(capsys, "ingest", str(good), "--db", db_url)[0] == 0
    save(ws, 6, start=NOW + dt.timedelta(days=30))
    second = export_next(ws, tmp_path / "usb", None)
    assert second is not None
    forged = _forge_seq(ws, second, 1)
    code, lines = hub(capsys, "ingest", str(forged), "--db", db_url)
    assert code == 1 and "taken in with other contents" in str(lines[0]["reason"])
    db = HubDatabase(db_url)
    try:
        assert stats(db)["records"] == 6  # nothing of the refused ones counted
    finally:
        db.close()


def _forge_seq(ws: Workstation, path: Path, seq: int) -> Path:
    """The workstation's own key re-signing bundle 2 as number 1: a replay of a taken place."""
    from verifier.share import canonical, decode, encode

    bundle = decode(path.read_bytes())
    body = dict(bundle.body) | {"seq": seq}
    signature = bytes.fromhex(ws.book.signer.sign(canonical(body)))
    out = path.with_name("forged.vbundle")
    out.write_bytes(encode(body, bundle.key, signature))
    return out


def test_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    assert main(["ingest", str(tmp_path / "missing"), "--db", url]) == 2
    assert main(["stats", "--db", "nonsense://"]) == 2
    (tmp_path / "key.txt").write_text("not a key")
    assert main(["register-workstation", str(tmp_path / "key.txt"), "--db", url]) == 2
    assert "holds no workstation key" in capsys.readouterr().err

"""Federation (issue 19 §2): a national hub forwards what it took in to the regional hub in the
same signed bundle format; every record once, nothing new is nothing sent, the regional hub
ingests it like a workstation's bundle (duplicates and gaps as usual)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hub.cli import main
from hub.db import HubDatabase
from hub.ingest import ingest, register_workstation, stats
from tests.stations import signed_in
from tests.test_share import NOW, save
from verifier.settings import Settings
from verifier.share import decode
from verifier.station.share import export_next

ROOT = Path(__file__).resolve().parents[2]


def test_a_national_hub_forwards_to_the_region(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    national = f"sqlite:///{tmp_path / 'national.sqlite'}"
    enrolment = tmp_path / "enrolment.json"
    ws = signed_in(Settings(tmp_path / "ws", ROOT / "reference_docs", enrolment))
    usb, outbox = tmp_path / "usb", tmp_path / "outbox"
    usb.mkdir()
    outbox.mkdir()
    key = Ed25519PrivateKey.generate()
    (tmp_path / "national.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))  # fmt: skip
    (tmp_path / "national.pub").write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))  # fmt: skip
    forward = ["forward", "--key", str(tmp_path / "national.pem"), "--out", str(outbox),
               "--db", national]  # fmt: skip
    try:
        save(ws, 12)
        first = export_next(ws, usb, None)
        db = HubDatabase(national)
        register_workstation(db, enrolment)
        list(ingest(db, [first], tmp_path / "q"))  # type: ignore[list-item]
        db.close()
        assert main(forward) == 0
        sent = Path(capsys.readouterr().out.strip())
        assert sent.is_file()
        body = decode(sent.read_bytes()).body
        assert body["reports"] == {"from": 1, "to": 12, "count": 12}
        assert main(forward) == 0 and capsys.readouterr().out.strip() == "nothing new"
        save(ws, 7, start=NOW + dt.timedelta(days=7))
        second = export_next(ws, usb, None)
        db = HubDatabase(national)
        list(ingest(db, [second], tmp_path / "q"))  # type: ignore[list-item]
        db.close()
        assert main(forward) == 0
        again = Path(capsys.readouterr().out.strip())
        assert decode(again.read_bytes()).body["reports"] == {"from": 13, "to": 19, "count": 7}
    finally:
        ws.close()
    # the region registers the national hub's public key and takes both in, once
    assert main(["register-workstation", str(tmp_path / "national.pub"), "--db", db_url]) == 0
    capsys.readouterr()
    assert main(["ingest", str(outbox), "--db", db_url]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["status"] for line in lines] == ["ingested", "ingested"]
    assert main(["ingest", str(outbox), "--db", db_url]) == 0  # again: duplicates
    assert {json.loads(x)["status"] for x in capsys.readouterr().out.splitlines()} == {"duplicate"}
    region = HubDatabase(db_url)
    try:
        held = stats(region)
        assert (held["workstations"], held["bundles"], held["records"], held["gaps"]) == (
            1, 2, 19, {},
        )  # fmt: skip
    finally:
        region.close()

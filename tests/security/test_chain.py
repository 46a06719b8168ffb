"""The report chain attacked by someone who can write the data folder, and by someone who
holds the key: each attack as it would be made, each one detected."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text

from tests.stations import ADMIN, PASSWORD, signed_in
from tests.test_reports import NOW, fill, result
from verifier.reports.book import Decision
from verifier.reports.custody import record_content
from verifier.reports.signing import (
    WorkstationKey,
    canonical,
    canonical_v1,
    key_state,
    record_holds,
    sha256_hex,
)
from verifier.reports.stats import export
from verifier.reports.verify import verify
from verifier.settings import Settings
from verifier.station.workstation import Workstation
from verifier.store.officers import AccountError, create_officer
from verifier.store.tables import AuditEvent, Officer, Report

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Workstation]:
    ws = signed_in(Settings(tmp_path / "home", ROOT / "reference_docs", tmp_path / "enrol.json"))
    fill(ws, 4)
    yield ws
    ws.close()


def reasons(ws: Workstation, **kwargs: object) -> list[str]:
    return [p.reason for p in verify(ws.book, **kwargs).problems]  # type: ignore[arg-type]


def test_history_re_signed_with_a_new_key_is_detected(station: Workstation) -> None:
    """The attack that used to pass: rewrite every report with a key of one's own, say every
    decision was `released`, and drop the new public key into keys/retired/."""
    station.book.save(result(), station.context(), decision=Decision.SUSPECTED_FRAUD)
    assert verify(station.book).ok
    forger = Ed25519PrivateKey.generate()
    fake = WorkstationKey(forger, station.settings.keys_dir)
    previous = "0" * 64
    with station.db.session() as s:
        for row in s.scalars(select(Report).order_by(Report.seq)):
            body = json.loads(row.body)
            body["prev_hash"] = previous
            body["decision"]["outcome"] = "released"
            data = canonical(body)
            row.body, row.prev_hash = data.decode(), previous
            row.report_hash, row.decision = sha256_hex(data), "released"
            row.signature, row.key_fingerprint = fake.sign(data), fake.fingerprint
            previous = row.report_hash
    retired = station.settings.keys_dir / "retired"
    retired.mkdir()
    public = forger.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (retired / "forger.pub").write_bytes(public)
    (station.settings.keys_dir / "workstation.pub").write_bytes(public)  # and the current one
    found = reasons(station)
    assert found.count("signed with a key the chain never introduced (re-signed)") == 5
    assert "report #5 is not the one the signed head names (replaced)" in found


def test_a_key_change_is_trusted_only_when_the_old_key_signed_it(station: Workstation) -> None:
    officer = station.sign_in(ADMIN, PASSWORD)
    old = station.key
    assert old is not None
    new = station.rotate_key(officer)
    fill(station, 2, start=NOW + dt.timedelta(days=10))
    check = verify(station.book)
    assert check.ok, check.problems
    assert check.keys == [old.fingerprint, new] and check.enrolled
    # the same rotation entry re-signed by a key nobody introduced: refused
    forger = WorkstationKey(Ed25519PrivateKey.generate(), Path("x"))
    with station.db.session() as s:
        row = s.scalars(select(Report).where(Report.kind == "key_rotation")).one()
        row.signature, row.key_fingerprint = forger.sign(row.body.encode()), forger.fingerprint
    found = reasons(station)
    assert "a key change not signed by a trusted key (forged)" in found
    assert found.count("signed with a key the chain never introduced (re-signed)") >= 2


def test_the_key_cannot_be_used_without_a_password(station: Workstation) -> None:
    """With write access alone: the key file is encrypted; an account inserted into the
    database never receives the unlock secret."""
    folder = station.settings.keys_dir
    assert key_state(folder) == "encrypted"
    assert b"PRIVATE KEY" in (folder / "workstation.key").read_bytes()
    station.lock()
    with station.db.session() as s:  # a crafted account, straight into the table
        rogue = create_officer(s, "rogue", "a long enough password", "admin")
        rogue.record_signature = "00" * 64
    assert station.sign_in("rogue", "a long enough password").username == "rogue"
    assert station.key is None  # signed in, but no key: it was never given the secret
    with pytest.raises(Exception, match="No officer is signed in"):
        station.book.save(result(), station.context(), decision=Decision.RELEASED)
    with station.db.session() as s:
        assert (
            s.scalars(select(Officer).where(Officer.username == "rogue")).one().wrapped_secret
            is None
        )
    assert station.sign_in(ADMIN, PASSWORD) and station.key is not None  # real admin: yes
    with station.db.session() as s:
        assert (
            s.scalars(select(Officer).where(Officer.username == "rogue")).one().wrapped_secret
            is None
        )


def test_an_account_made_by_an_administrator_gets_the_key(station: Workstation) -> None:
    chief = station.sign_in(ADMIN, PASSWORD)
    station.add_officer("ana", "another good password", "officer", "Ana", by=chief)
    station.lock()
    assert station.sign_in("ana", "another good password") and station.key is not None
    with pytest.raises(AccountError, match="Only an administrator"):
        station.add_officer("x", "another good password", "admin", by=None)


def test_rows_the_chain_does_not_cover_are_reported_and_never_shown(station: Workstation) -> None:
    """A row inserted at position -1 with an unsigned body used to show up in lists,
    searches and statistics without a word."""
    with station.db.session() as s:
        s.execute(
            text(
                "INSERT INTO reports (seq, kind, report_id, created_at, point_of_entry, verdict, "
                "failed_checks, body, report_hash, prev_hash, signature, key_fingerprint, "
                "document_number) VALUES (-1, 'report', 'x', '2026-11-30 10:00:00', 'Gate 9', "
                "'no_anomalies', '[]', '{}', 'ab', 'cd', 'ef', 'gh', 'FAKE123')"
            )
        )
    assert "a row outside the chain (inserted)" in reasons(station)
    assert all(r.seq >= 1 for r in station.book.search(limit=100))
    assert station.book.count() == 4
    assert "Gate 9" not in export(station.book, "trends", "csv")


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("created_at", "'2020-01-01 00:00:00'", "its time differs from the signed report"),
        ("officer_id", "1", "its officer differs from the signed report"),
        (
            "purged_at",
            "'2026-11-30 00:00:00'",
            "it is marked purged, but it was not (its purge mark was edited)",
        ),
    ],
)
def test_edited_columns_the_signature_did_not_cover(
    station: Workstation, column: str, value: str, reason: str
) -> None:
    with station.db.session() as s:
        s.execute(text(f"UPDATE reports SET {column} = {value} WHERE seq = 2"))
    assert reason in reasons(station)


def test_deleting_the_newest_reports_with_the_head_is_reported(station: Workstation) -> None:
    with station.db.session() as s:
        s.execute(text("DELETE FROM report_images WHERE report_seq >= 3"))
        s.execute(text("DELETE FROM reports WHERE seq >= 3"))
    (station.settings.keys_dir / "chain-head.json").unlink()
    assert any("chain head is missing" in r for r in reasons(station))
    (station.settings.keys_dir / "chain-head.json").write_text("{not json")
    assert any("chain head is missing or unreadable" in r for r in reasons(station))


def test_a_cut_or_rewritten_history_is_caught_by_a_checkpoint(
    station: Workstation, tmp_path: Path
) -> None:
    """Deleting the newest reports together with the head (or putting an older head back), or
    rewriting history with the key in hand, leaves a chain that checks out on its own; a
    checkpoint kept elsewhere still catches both."""
    head = station.settings.keys_dir / "chain-head.json"
    old_head = head.read_bytes()  # where the chain stood at report #4
    fill(station, 2, start=NOW + dt.timedelta(days=20))
    kept = tmp_path / "usb-stick" / "checkpoint.json"
    kept.parent.mkdir()
    station.checkpoint(kept)  # at report #6
    assert verify(station.book, checkpoints=[kept]).ok
    with station.db.session() as s:  # drop #5 and #6 and put the old head back
        s.execute(text("DELETE FROM report_images WHERE report_seq >= 5"))
        s.execute(text("DELETE FROM reports WHERE seq >= 5"))
    head.write_bytes(old_head)
    found = reasons(station, checkpoints=[kept])
    assert "checkpoint checkpoint.json: report #6 is gone (chain cut)" in found
    # an insider with a password rewrites report #2 and signs a fresh head
    with station.db.session() as s:
        row = s.get(Report, 2)
        assert row is not None
        body = json.loads(row.body)
        body["decision"]["outcome"] = "released"
        data = canonical(body)
        key = station.key
        assert key is not None
        row.body, row.report_hash = data.decode(), sha256_hex(data)
        row.signature, row.decision = key.sign(data), "released"
        nxt = s.get(Report, 3)
        assert nxt is not None
        nxt_body = json.loads(nxt.body)  # and re-links the rest of the chain
        nxt_body["prev_hash"] = row.report_hash
        nxt_data = canonical(nxt_body)
        nxt.body, nxt.prev_hash = nxt_data.decode(), row.report_hash
        nxt.report_hash, nxt.signature = sha256_hex(nxt_data), key.sign(nxt_data)
        last = s.get(Report, 4)
        assert last is not None
        last_body = json.loads(last.body)
        last_body["prev_hash"] = nxt.report_hash
        last_data = canonical(last_body)
        last.body, last.prev_hash = last_data.decode(), nxt.report_hash
        last.report_hash, last.signature = sha256_hex(last_data), key.sign(last_data)
    station.book.write_head()
    assert verify(station.book).ok  # the key can forge what the workstation alone can check
    earlier = station.settings.checkpoints_dir
    every = [*sorted(earlier.glob("*.json")), kept]
    found = reasons(station, checkpoints=every)
    assert any("was replaced (rewritten)" in r or "is gone" in r for r in found)


def test_an_edited_or_deleted_audit_entry_is_detected(station: Workstation) -> None:
    with station.db.session() as s:
        first = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).first()
        assert first is not None
        first.detail = {"forged": True}
    assert any("its content was edited" in r for r in reasons(station))
    with station.db.session() as s:
        newest = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert newest is not None
        s.delete(newest)
    assert any(
        "newest audit entries" in r or "audit log was rewritten" in r for r in reasons(station)
    )


def test_a_workstation_that_is_not_enrolled_says_so(tmp_path: Path) -> None:
    enrolment = tmp_path / "elsewhere" / "enrol.json"
    ws = signed_in(Settings(tmp_path / "home", ROOT / "reference_docs", enrolment))
    try:
        enrolment.unlink()
        check = verify(ws.book)
        assert check.ok and not check.enrolled
        assert "not enrolled" in check.warnings[0]
        shutil.rmtree(enrolment.parent)
    finally:
        ws.close()


def test_a_formula_in_an_exported_cell_is_neutralised(station: Workstation) -> None:
    """A point of entry named like a spreadsheet formula must not run when the CSV opens."""
    from verifier.reports.book import Context

    evil = Context(workstation="ws", point_of_entry='=HYPERLINK("http://x","y")')
    for _ in range(3):
        station.book.save(result(), evil, decision=Decision.REFERRED, now=NOW)
    text_out = export(station.book, "trends", "csv")
    assert "'=HYPERLINK" in text_out and "\n=HYPERLINK" not in text_out


def test_signed_bytes_are_rfc_8785_and_any_implementation_rebuilds_them(
    station: Workstation, tmp_path: Path
) -> None:
    """The hub and other verifiers rebuild the signed bytes from the JSON value: RFC 8785
    (numbers as ECMAScript prints them), not Python's own form."""
    assert canonical({"b": 1.0, "a": [1e-7, 0.5, 100]}) == b'{"a":[1e-7,0.5,100],"b":1}'
    assert canonical_v1({"b": 1.0}) == b'{"b":1.0}'
    with station.db.session() as s:
        rows = list(s.scalars(select(Report)))
    assert rows
    for row in rows:
        assert canonical(json.loads(row.body)) == row.body.encode("utf-8")
    head = json.loads(station.book.head_file.read_text(encoding="utf-8"))
    assert head["head"]["canonical"] == "RFC8785"
    kept = station.checkpoint(tmp_path / "checkpoint.json")
    assert json.loads(kept.read_text(encoding="utf-8"))["checkpoint"]["canonical"] == "RFC8785"
    assert verify(station.book, checkpoints=[kept]).ok


def test_what_was_signed_before_rfc_8785_still_verifies(
    station: Workstation, tmp_path: Path
) -> None:
    """A chain head, a checkpoint and account records signed in the first canonical form
    (Python's sorted json.dumps, no ``canonical`` field) by an earlier version."""
    key = station.book.signer
    head = json.loads(station.book.head_file.read_text(encoding="utf-8"))
    old_head = {k: v for k, v in head["head"].items() if k != "canonical"}
    station.book.head_file.write_text(json.dumps(
        {"head": old_head, "signature": key.sign(canonical_v1(old_head)), "key": head["key"]}
    ), encoding="utf-8")  # fmt: skip
    kept = station.checkpoint(tmp_path / "checkpoint.json")
    document = json.loads(kept.read_text(encoding="utf-8"))
    content = {k: v for k, v in document["checkpoint"].items() if k != "canonical"}
    kept.write_text(
        json.dumps({"checkpoint": content, "signature": key.sign(canonical_v1(content))})
    )
    with station.db.session() as s:
        for officer in s.scalars(select(Officer).where(Officer.record_signature.is_not(None))):
            officer.record_signature = key.sign(canonical_v1(record_content(officer)))
    assert verify(station.book, checkpoints=[kept]).ok
    with station.db.session() as s:
        officer = s.scalars(select(Officer).where(Officer.record_signature.is_not(None))).first()
        assert officer is not None and officer.record_signature is not None
        assert record_holds(key.public, officer.record_signature, record_content(officer))
    # a head that claims RFC 8785 but was signed in the first form (with a float) does not hold
    forged = {**old_head, "canonical": "RFC8785", "x": 1.0}
    station.book.head_file.write_text(json.dumps(
        {"head": forged, "signature": key.sign(canonical_v1(forged)), "key": head["key"]}
    ), encoding="utf-8")  # fmt: skip
    assert "the chain head file is not signed by this workstation" in reasons(station)

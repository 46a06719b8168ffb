"""Taking bundles in: from files or a drop folder, each checked, then counted once.

A bundle is **refused** (kept in the quarantine folder, the reason in the hub's audit log) when
it is not a bundle, breaks the format's allow-list, comes from a workstation that is not
registered, is signed by another key than the registered one, fails its signature, or claims a
place in its workstation's sequence (or reports) that another bundle already holds. The same
bundle a second time is a **duplicate** and changes nothing. Bundles may arrive in any order;
the gaps in each workstation's sequence are shown by ``stats``. Each bundle is taken in one
transaction: a killed ingest leaves it wholly in or wholly out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import and_, func, select
from sqlalchemy.exc import IntegrityError

from hub.db import AuditEntry, Base, Bundle, Cell, Correction, Day, HubDatabase, Workstation
from verifier.serial import Serial
from verifier.share import MAX_BYTES, SUFFIX, BundleError, decode


@dataclass(frozen=True, slots=True)
class Outcome(Serial):
    bundle: str  # the file's name
    status: str  # ingested | duplicate | refused
    records: int
    reason: str | None = None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _fingerprint(key: bytes) -> str:
    """The workstation's fingerprint, as the workstation computes it (reports.signing)."""
    return hashlib.sha256(key).hexdigest()


def register_workstation(db: HubDatabase, keyfile: Path) -> Workstation:
    """Register a workstation from its enrolment file (``verifier-enrolment/1`` JSON, as
    ``verifier enrol`` writes it), a file holding its raw public key in hex, or (a national hub
    that forwards to this one) its Ed25519 public key in PEM."""
    try:
        text = keyfile.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{keyfile} cannot be read: {exc}") from None
    name = ""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        document = None
    if isinstance(document, dict):
        text, name = str(document.get("key", "")), str(document.get("workstation", ""))[:128]
    elif text.startswith("-----BEGIN PUBLIC KEY-----"):  # a national hub's key (federation)
        text = _pem_to_hex(text)
        name = keyfile.stem[:128]
    try:
        key = bytes.fromhex(text)
        Ed25519PublicKey.from_public_bytes(key)
    except ValueError:
        raise ValueError(
            f"{keyfile} holds no workstation key (an enrolment file or a hex public key)"
        ) from None
    fingerprint = _fingerprint(key)
    with db.session() as s:
        known = s.get(Workstation, fingerprint)
        if known is None:
            known = Workstation(
                id=fingerprint, public_key=key.hex(), name=name, registered_at=_now()
            )
            s.add(known)
            s.add(AuditEntry(at=_now(), action="workstation_registered",
                             detail={"workstation": fingerprint, "name": name}))  # fmt: skip
    return known


def _pem_to_hex(text: str) -> str:
    from cryptography.hazmat.primitives import serialization

    try:
        key = serialization.load_pem_public_key(text.encode())
    except ValueError:
        return ""
    if not isinstance(key, Ed25519PublicKey):
        return ""
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def bundle_files(paths: Sequence[Path]) -> Iterator[Path]:
    """The files named, and the bundles in the folders named (a drop folder), in order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.name.endswith(SUFFIX))
        else:
            yield path


def _quarantine(path: Path, folder: Path, reason: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    if target.exists():
        target = folder / f"{path.stem}-{hashlib.sha256(str(_now()).encode()).hexdigest()[:8]}"
    try:
        shutil.copyfile(path, target)
        target.with_name(target.name + ".reason").write_text(reason + "\n", encoding="utf-8")
    except OSError:
        return  # unreadable or gone: the audit log keeps the reason


def ingest_file(db: HubDatabase, path: Path, quarantine: Path) -> Outcome:
    try:
        outcome = _ingest(db, path)
    except BundleError as exc:
        outcome = Outcome(path.name, "refused", 0, str(exc))
    if outcome.status == "refused":
        _quarantine(path, quarantine, outcome.reason or "")
        detail = {"file": path.name[:200], "reason": outcome.reason}
        with db.session() as s:
            s.add(AuditEntry(at=_now(), action="bundle_refused", detail=detail))
    return outcome


def _ingest(db: HubDatabase, path: Path) -> Outcome:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BundleError(f"the bundle is larger than {MAX_BYTES // 1024**2} MB: refused")
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"the file cannot be read ({exc.strerror})") from None
    bundle = decode(data)
    digest = hashlib.sha256(data).hexdigest()
    body = bundle.body
    with db.session() as s:
        workstation = s.get(Workstation, bundle.workstation)
        if workstation is None:
            raise BundleError(
                f"workstation {bundle.workstation[:16]} is not registered: register its "
                "enrolment file (verifier-hub register-workstation) first"
            )
        if workstation.public_key != bundle.key.hex():
            raise BundleError("signed with another key than the workstation's registered one")
        if not bundle.verify(Ed25519PublicKey.from_public_bytes(bundle.key)):
            raise BundleError("the signature does not hold: the bundle was altered")
        if s.scalar(select(Bundle.id).where(Bundle.sha256 == digest)) is not None:
            return Outcome(path.name, "duplicate", bundle.records)
        taken = s.scalar(
            select(Bundle.id).where(
                Bundle.workstation_id == workstation.id, Bundle.seq == bundle.seq
            )
        )
        if taken is not None:
            raise BundleError(
                f"bundle {bundle.seq} of this workstation was taken in with other contents: "
                "a replayed or forged bundle"
            )
        reports = body["reports"]
        overlap = s.scalar(
            select(func.count(Bundle.id)).where(
                and_(
                    Bundle.workstation_id == workstation.id,
                    Bundle.reports_from <= reports["to"],
                    Bundle.reports_to >= reports["from"],
                )
            )
        )
        if overlap:
            raise BundleError("it counts reports another bundle of this workstation counted")
        row = Bundle(
            workstation_id=workstation.id,
            seq=bundle.seq,
            sha256=digest,
            reports_from=reports["from"],
            reports_to=reports["to"],
            records=bundle.records,
            created=dt.date.fromisoformat(body["created"]),
            application_version=body["application_version"],
            library_version=body["library_version"],
            received_at=_now(),
        )
        s.add(row)
        s.flush()
        s.add_all(
            Cell(
                bundle_id=row.id,
                workstation_id=workstation.id,
                failed_key=";".join(sorted(cell["failed_checks"])),
                **cell,
            )
            for cell in body["cells"]
        )
        for correction in body["corrections"]:
            s.add_all(_moves(row.id, workstation.id, correction))
        s.add_all(
            Day(
                bundle_id=row.id,
                workstation_id=workstation.id,
                day=dt.date.fromisoformat(day["day"]),
                inspections=day["inspections"],
                startups=day["startups"],
            )
            for day in body["days"]
        )
        s.add(AuditEntry(at=_now(), action="bundle_ingested",
                         detail={"workstation": workstation.id, "seq": bundle.seq,
                                 "records": bundle.records}))  # fmt: skip
    return Outcome(path.name, "ingested", bundle.records)


def _moves(bundle: int, workstation: str, correction: dict[str, Any]) -> list[Base]:
    """A correction kept as it came, and its move: out of the cell as it was sent, into the
    cell as it is now (kind ``correction``)."""
    n = correction["inspections"]
    failed = ";".join(sorted(correction["failed_checks"]))
    shared = {k: correction[k] for k in ("week", "point_of_entry", "issuing_state",
                                          "document_code", "template", "verdict")}  # fmt: skip
    common = {"bundle_id": bundle, "workstation_id": workstation, "failed_key": failed, **shared}
    return [
        Correction(**common, decision=correction["decision"],
                   classification=correction["classification"],
                   decision_was=correction["decision_was"],
                   classification_was=correction["classification_was"], inspections=n),
        Cell(**common, failed_checks=correction["failed_checks"], kind="correction",
             decision=correction["decision_was"],
             classification=correction["classification_was"], inspections=-n),
        Cell(**common, failed_checks=correction["failed_checks"], kind="correction",
             decision=correction["decision"], classification=correction["classification"],
             inspections=n),
    ]  # fmt: skip


def ingest(db: HubDatabase, paths: Sequence[Path], quarantine: Path) -> Iterator[Outcome]:
    for path in bundle_files(paths):
        try:
            yield ingest_file(db, path, quarantine)
        except IntegrityError:  # another ingest took the same bundle at the same moment
            yield Outcome(path.name, "duplicate", 0, "taken in by another ingest meanwhile")


def stats(db: HubDatabase) -> dict[str, Any]:
    """Counts, and each workstation's missing bundles (gaps in its sequence)."""
    with db.session() as s:
        sequences: dict[str, list[int]] = {}
        for workstation_id, seq in s.execute(select(Bundle.workstation_id, Bundle.seq)):
            sequences.setdefault(workstation_id, []).append(seq)
        return {
            "workstations": s.scalar(select(func.count(Workstation.id))) or 0,
            "bundles": s.scalar(select(func.count(Bundle.id))) or 0,
            "records": s.scalar(select(func.coalesce(func.sum(Bundle.records), 0))) or 0,
            "refused": s.scalar(
                select(func.count(AuditEntry.id)).where(AuditEntry.action == "bundle_refused")
            )
            or 0,
            "gaps": {
                ws: sorted(set(range(1, max(seqs) + 1)) - set(seqs))
                for ws, seqs in sorted(sequences.items())
                if len(seqs) != max(seqs)
            },
        }

"""The report book: signed, chained inspection reports in the store.

A report is the InspectionResult, the officer's decision and notes, and who/what/where made it
(officer, workstation, point of entry, Verifier, model and library versions), as canonical JSON
(schema ``verifier-report/1``). Each report carries the hash of the one before it; the whole
body is signed with the workstation key. Saving is one database transaction (the report, its
image rows and the audit entry, or nothing); image files are written first, by hash.

The chain's head (last position and hash, signed) is also kept in ``<data>/keys/chain-head.json``
so that deleting the newest reports is detected too.

Retention: ``purge`` replaces the body of reports older than the retention period by a signed
tombstone that keeps the report's hash (so the chain still verifies) and the non-personal
statistics, empties the personal search columns and removes the images.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
import tempfile
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

import verifier
from verifier.inspection.result import InspectionResult
from verifier.reports.signing import (
    GENESIS,
    SigningKeyError,
    WorkstationKey,
    canonical,
    raw_public,
    sha256_hex,
)
from verifier.store.audit import record
from verifier.store.db import Database, StoreError, explain
from verifier.store.images import ImageStore
from verifier.store.models import AuditEvent, LibraryVersion, Report, ReportImage
from verifier.store.settings import get_setting

SCHEMA: Final = "verifier-report/1"
TOMBSTONE: Final = "verifier-tombstone/1"
ROTATION: Final = "verifier-key-rotation/1"
MAX_NOTES: Final = 4000  # characters of an officer's notes (a page of text)


class Decision(enum.Enum):
    RELEASED = "released"
    REFERRED = "referred_to_expert"
    SUSPECTED_FRAUD = "suspected_fraud"


@dataclass(frozen=True, slots=True)
class Context:
    """Who, where and with what the inspection was made."""

    officer_id: int | None = None
    officer_username: str | None = None
    workstation: str = ""
    point_of_entry: str = ""
    library: Mapping[str, str] = field(default_factory=dict)  # fingerprint, label
    models: Mapping[str, str] = field(default_factory=dict)  # name -> sha256


@dataclass(frozen=True, slots=True)
class Summary:
    """One line of the history: columns only, no JSON parsing (fast over 100,000 reports)."""

    seq: int
    report_id: str
    created_at: dt.datetime
    verdict: str
    decision: str | None
    template_id: str | None
    issuing_state: str | None
    document_number: str | None
    holder_name: str | None
    failed_checks: tuple[str, ...]
    purged: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "report_id": self.report_id,
            "created_at": iso(self.created_at),
            "verdict": self.verdict,
            "decision": self.decision,
            "template": self.template_id,
            "issuing_state": self.issuing_state,
            "document_number": self.document_number,
            "holder_name": self.holder_name,
            "failed_checks": list(self.failed_checks),
            "purged": self.purged,
        }


class ReportBook:
    def __init__(
        self,
        db: Database,
        key: WorkstationKey | None,
        images: ImageStore,
        keys_dir: Path,
        enrolment_path: Path | None = None,
    ) -> None:
        self.db, self.key, self.images = db, key, images
        self.keys_dir = keys_dir
        self.head_file = keys_dir / "chain-head.json"
        self.enrolment_path = enrolment_path  # where the workstation's key is enrolled

    @property
    def signer(self) -> WorkstationKey:
        """The unlocked key; SigningKeyError while no officer is signed in."""
        if self.key is None:
            raise SigningKeyError(
                "No officer is signed in, so the workstation's signing key is locked: sign in "
                "(reports, purges and checkpoints are signed with the key your password unlocks)."
            )
        return self.key

    # -- saving ---------------------------------------------------------------------------
    def save(
        self,
        result: InspectionResult,
        context: Context,
        *,
        decision: Decision | None = None,
        notes: str = "",
        images: Mapping[str, bytes] | None = None,
        now: dt.datetime | None = None,
    ) -> Summary:
        """Sign and store one report; returns its line of the history. StoreError (nothing
        saved, nothing lost) when the disk, the permissions or the database refuse it."""
        now = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None, microsecond=0)
        key = self.signer
        if len(notes) > MAX_NOTES:
            raise ValueError(f"notes are limited to {MAX_NOTES} characters; shorten them")
        try:
            hashes = {role: self.images.put(data) for role, data in (images or {}).items()}
        except OSError as exc:
            raise explain(exc, self.db.path) from exc
        with self.db.session() as s:
            last = s.scalars(select(Report).order_by(Report.seq.desc()).limit(1)).first()
            seq = last.seq + 1 if last else 1
            prev = last.report_hash if last else GENESIS
            body = self._body(
                seq,
                prev,
                now,
                result=result,
                context=context,
                decision=decision,
                notes=notes,
                hashes=hashes,
            )
            data = canonical(body)
            row = Report(
                seq=seq,
                report_id=body["report_id"],
                created_at=now,
                officer_id=context.officer_id,
                **_columns(body),
                body=data.decode("utf-8"),
                report_hash=sha256_hex(data),
                prev_hash=prev,
                signature=key.sign(data),
                key_fingerprint=key.fingerprint,
                purged_at=None,
                kind="report",
            )
            s.add(row)
            _note_library(s, context, now)
            for role, digest in sorted(hashes.items()):
                s.add(
                    ReportImage(
                        report_seq=seq, role=role, sha256=digest, media_type=_media(images, role)
                    )
                )
            record(
                s,
                "report_saved",
                context.officer_id,
                {"seq": seq, "verdict": row.verdict, "decision": row.decision},
                now=now,
            )
            s.flush()
            summary = _summary(row)
        self.write_head()
        return summary

    def _body(
        self,
        seq: int,
        prev: str,
        now: dt.datetime,
        *,
        result: InspectionResult,
        context: Context,
        decision: Decision | None,
        notes: str,
        hashes: Mapping[str, str],
    ) -> dict[str, Any]:
        officer = (
            {"id": context.officer_id, "username": context.officer_username}
            if context.officer_id is not None
            else None
        )
        return {
            "schema": SCHEMA,
            "seq": seq,
            "report_id": str(uuid.uuid4()),
            "created_at": iso(now),
            "prev_hash": prev,
            "officer": officer,
            "workstation": {
                "name": context.workstation,
                "point_of_entry": context.point_of_entry,
                "key": self.signer.fingerprint,
            },
            "software": {
                "verifier": verifier.__version__,
                "models": dict(context.models),
                "library": dict(context.library),
            },
            "inspection": result.as_dict(),
            "images": dict(sorted(hashes.items())),
            "decision": {"outcome": decision.value if decision else None, "notes": notes},
        }

    def write_head(self) -> None:
        """Sign where the chain and the audit log end, after a commit. Best effort: a killed
        process leaves the head one step behind, which ``verify`` accepts (a head *ahead* of
        the database means deleted reports or audit entries)."""
        key = self.key
        if key is None:
            return
        with self.db.session() as s:
            last = s.scalars(select(Report).order_by(Report.seq.desc()).limit(1)).first()
            audit = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
            head = {
                "seq": last.seq if last else 0,
                "report_hash": last.report_hash if last else GENESIS,
                "audit_id": audit.id if audit else 0,
                "audit_hash": (audit.entry_hash or GENESIS) if audit else GENESIS,
            }
        data = canonical(head)
        document = {"head": head, "signature": key.sign(data), "key": key.fingerprint}
        try:
            fd, tmp = tempfile.mkstemp(prefix=".head-", dir=self.head_file.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(document, f)
                f.flush()
                os.fsync(f.fileno())
            Path(tmp).replace(self.head_file)
        except OSError:
            return  # the report is saved; the next save or verify brings the head up to date

    def add_rotation(
        self, new: WorkstationKey, officer_id: int | None, *, now: dt.datetime | None = None
    ) -> int:
        """Record a change of signing key in the chain, signed by the key it replaces: the only
        way a verification comes to trust another key. Returns the entry's position."""
        old = self.signer
        now = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None, microsecond=0)
        with self.db.session() as s:
            last = s.scalars(select(Report).order_by(Report.seq.desc()).limit(1)).first()
            seq = last.seq + 1 if last else 1
            prev = last.report_hash if last else GENESIS
            body = {
                "schema": ROTATION,
                "seq": seq,
                "report_id": str(uuid.uuid4()),
                "created_at": iso(now),
                "prev_hash": prev,
                "old_key": old.fingerprint,
                "new_key": raw_public(new.public),
                "new_fingerprint": new.fingerprint,
                "officer": officer_id,
            }
            data = canonical(body)
            s.add(
                Report(
                    seq=seq,
                    kind="key_rotation",
                    report_id=body["report_id"],
                    created_at=now,
                    officer_id=officer_id,
                    point_of_entry="",
                    verdict="",
                    failed_checks=[],
                    body=data.decode("utf-8"),
                    report_hash=sha256_hex(data),
                    prev_hash=prev,
                    signature=old.sign(data),
                    key_fingerprint=old.fingerprint,
                    purged_at=None,
                )
            )
            record(
                s,
                "key_rotated",
                officer_id,
                {"seq": seq, "old": old.fingerprint, "new": new.fingerprint},
                now=now,
            )
        self.key = new
        self.write_head()
        return seq

    def read_head(self) -> dict[str, Any] | None:
        try:
            value = json.loads(self.head_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    # -- reading --------------------------------------------------------------------------
    def search(
        self,
        *,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        verdict: str | None = None,
        document_number: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Summary]:
        """Newest first, filtered on indexed columns."""
        query = (
            select(Report)
            .where(Report.kind == "report", Report.seq >= 1)
            .order_by(Report.created_at.desc(), Report.seq.desc())
        )
        if since is not None:
            query = query.where(Report.created_at >= since)
        if until is not None:
            query = query.where(Report.created_at < until)
        if verdict is not None:
            query = query.where(Report.verdict == verdict)
        if document_number is not None:
            query = query.where(Report.document_number == document_number.upper())
        with self.db.session() as s:
            rows = s.scalars(query.limit(limit).offset(offset)).all()
            return [_summary(r) for r in rows]

    def count(self) -> int:
        """Reports in the chain (key changes and rows outside it do not count)."""
        with self.db.session() as s:
            query = select(func.count()).select_from(Report)
            return int(s.scalar(query.where(Report.kind == "report", Report.seq >= 1)) or 0)

    def get(self, ref: str) -> dict[str, Any]:
        """The stored report (body, signature, images) by position or report id."""
        with self.db.session() as s:
            if ref.isdigit():
                row = s.get(Report, int(ref))
            else:
                row = s.scalars(select(Report).where(Report.report_id == ref)).first()
            if row is None:
                raise LookupError(f"there is no report {ref!r}")
            return {
                "seq": row.seq,
                "report_hash": row.report_hash,
                "signature": row.signature,
                "key_fingerprint": row.key_fingerprint,
                "purged_at": iso(row.purged_at) if row.purged_at else None,
                "body": json.loads(row.body),
            }

    # -- retention ------------------------------------------------------------------------
    def purge(
        self,
        *,
        older_than_days: int | None = None,
        now: dt.datetime | None = None,
        officer_id: int | None = None,
        dry_run: bool = False,
    ) -> list[int]:
        """Remove the personal data of reports older than the retention period; returns the
        positions purged."""
        now = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None, microsecond=0)
        key = self.signer if not dry_run else None
        with self.db.session() as s:
            days = older_than_days
            if days is None:
                days = int(get_setting(s, "retention_days"))
            cutoff = now - dt.timedelta(days=days)
            rows: Sequence[Report] = s.scalars(
                select(Report)
                .where(
                    Report.created_at < cutoff,
                    Report.purged_at.is_(None),
                    Report.kind == "report",
                    Report.seq >= 1,
                )
                .order_by(Report.seq)
            ).all()
            if key is None:
                return [r.seq for r in rows]
            gone: set[str] = set()
            for row in rows:
                tomb = _tombstone(row, now)
                data = canonical(tomb)
                row.body = data.decode("utf-8")
                row.signature = key.sign(data)
                row.key_fingerprint = key.fingerprint
                row.document_number = None
                row.holder_name = None
                row.purged_at = now
                gone.update(i.sha256 for i in row.images)
                s.execute(delete(ReportImage).where(ReportImage.report_seq == row.seq))
            record(
                s,
                "purge",
                officer_id,
                {"reports": len(rows), "older_than_days": days, "cutoff": iso(cutoff)},
                now=now,
            )
            s.flush()
            still_used = set(
                s.scalars(select(ReportImage.sha256).where(ReportImage.sha256.in_(gone)))
            )
        for digest in gone - still_used:  # files after the commit: a kill leaves only orphans
            self.images.remove(digest)
        self.write_head()
        return [r.seq for r in rows]


def _note_library(s: Session, context: Context, now: dt.datetime) -> None:
    fp = context.library.get("fingerprint")
    if (
        fp
        and s.scalars(select(LibraryVersion).where(LibraryVersion.fingerprint == fp)).first()
        is None
    ):
        s.add(
            LibraryVersion(
                fingerprint=fp, label=context.library.get("label", ""), first_used_at=now
            )
        )


def _tombstone(row: Report, now: dt.datetime) -> dict[str, Any]:
    return {
        "schema": TOMBSTONE,
        "seq": row.seq,
        "report_id": row.report_id,
        "created_at": iso(row.created_at),
        "prev_hash": row.prev_hash,
        "purged_report_hash": row.report_hash,
        "purged_at": iso(now),
        "statistics": statistics_of(row),
    }


def statistics_of(row: Report) -> dict[str, Any]:
    """The non-personal columns of a report (kept after purge, exported for fraud trends)."""
    return {
        "point_of_entry": row.point_of_entry,
        "issuing_state": row.issuing_state,
        "document_code": row.document_code,
        "template": row.template_id,
        "verdict": row.verdict,
        "decision": row.decision,
        "failed_checks": list(row.failed_checks),
    }


def _columns(body: Mapping[str, Any]) -> dict[str, Any]:
    """The search and statistics columns, derived from the body (verify checks they agree)."""
    inspection = body["inspection"]
    mrz = inspection.get("mrz") or {}
    failed = sorted({c["id"] for c in inspection["checks"] if c["status"] == "fail"})
    name = " ".join(p for p in (mrz.get("surname"), mrz.get("given_names")) if p) or None
    return {
        "point_of_entry": body["workstation"]["point_of_entry"],
        "issuing_state": mrz.get("issuing_state"),
        "document_code": mrz.get("document_code"),
        "template_id": inspection.get("template"),
        "verdict": inspection["verdict"],
        "decision": body["decision"]["outcome"],
        "failed_checks": failed,
        "document_number": mrz.get("document_number") or None,
        "holder_name": name,
    }


def expected_columns(row: Report) -> dict[str, Any] | None:
    """What the columns of a stored row must hold, from its body (None: body unreadable)."""
    try:
        body = json.loads(row.body)
        if body.get("schema") == ROTATION:  # a key change: no inspection, no statistics
            empty = ("issuing_state", "document_code", "template_id", "decision")
            return dict.fromkeys((*empty, "document_number", "holder_name")) | {
                "point_of_entry": "",
                "verdict": "",
                "failed_checks": [],
            }
        if body.get("schema") == TOMBSTONE:
            stats = body["statistics"]
            return {
                "point_of_entry": stats["point_of_entry"],
                "issuing_state": stats["issuing_state"],
                "document_code": stats["document_code"],
                "template_id": stats["template"],
                "verdict": stats["verdict"],
                "decision": stats["decision"],
                "failed_checks": stats["failed_checks"],
                "document_number": None,
                "holder_name": None,
            }
        return _columns(body)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _summary(row: Report) -> Summary:
    return Summary(
        row.seq,
        row.report_id,
        row.created_at,
        row.verdict,
        row.decision,
        row.template_id,
        row.issuing_state,
        row.document_number,
        row.holder_name,
        tuple(row.failed_checks),
        row.purged_at is not None,
    )


def _media(images: Mapping[str, bytes] | None, role: str) -> str:
    head = (images or {}).get(role, b"")[:8]
    if head.startswith(b"\x89PNG"):
        return "image/png"
    if head.startswith(b"\xff\xd8"):
        return "image/jpeg"
    return "application/octet-stream"


def iso(value: dt.datetime) -> str:
    return value.isoformat(timespec="seconds") + "Z"


__all__ = ["Context", "Decision", "ReportBook", "StoreError", "Summary"]

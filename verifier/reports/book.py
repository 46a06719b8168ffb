"""The report book: signed, chained inspection reports in the store.

A report is the InspectionResult, the officer's decision and notes, and who/what/where made it
(officer, workstation, point of entry, Verifier, model and library versions), as canonical JSON
(schema ``verifier-report/1``). Each report carries the hash of the one before it; the whole
body is signed with the workstation key. Saving is one database transaction (the report, its
image rows and the audit entry, or nothing); image files are written first, by hash.

The chain's head (last position and hash, signed) is also kept in ``<data>/keys/chain-head.json``
so that deleting the newest reports is detected too.

A saved report is never changed. An **addendum** (schema ``verifier-addendum/1``) corrects or
completes one: the officer's text and, if it changes, the decision, appended to the chain like a
report, naming the report it amends by position and hash, and shown and verified with it.

Decisions that need a reason: releasing a traveller on a verdict other than ``no_anomalies``,
and recording an inspection as not decided; ``save`` refuses them without notes.

Retention: ``purge`` replaces the body of reports older than the retention period by a signed
tombstone that keeps the report's hash (so the chain still verifies) and the non-personal
statistics, empties the personal search columns and removes the images; addenda of a purged
report are purged with it.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, aliased

import verifier
from verifier.codes.transliteration import spellings_of
from verifier.files import write_atomic
from verifier.inspection.result import InspectionResult
from verifier.reports.signing import (
    CANONICAL,
    CANONICAL_FIELD,
    GENESIS,
    SigningKeyError,
    WorkstationKey,
    canonical,
    raw_public,
    sha256_hex,
)
from verifier.serial import Serial, as_data, key
from verifier.share import CLASSIFICATIONS
from verifier.store.audit import record
from verifier.store.db import Database, StoreError, explain
from verifier.store.images import ImageStore
from verifier.store.settings import get_setting
from verifier.store.tables import AuditEvent, LibraryVersion, Officer, Report, ReportImage

SCHEMA: Final = "verifier-report/1"
TOMBSTONE: Final = "verifier-tombstone/1"
ROTATION: Final = "verifier-key-rotation/1"
ADDENDUM: Final = "verifier-addendum/1"
MAX_NOTES: Final = 4000  # characters of an officer's notes (a page of text)


class Decision(enum.Enum):
    RELEASED = "released"
    REFERRED = "referred_to_expert"
    SUSPECTED_FRAUD = "suspected_fraud"
    NOT_DECIDED = "not_decided"  # the inspection was left without a decision, with a reason


class DecisionError(ValueError):
    """A decision that needs a reason was given without one (what to write, in plain words)."""


def reason_needed(decision: Decision | None, verdict: str) -> str | None:
    """Why this decision needs the officer's reason in the notes, or None."""
    if decision is Decision.RELEASED and verdict != "no_anomalies":
        return (
            "Releasing a traveller when the verdict is not 'no anomalies' needs your reason in "
            "the notes (what you examined and why you are satisfied)."
        )
    if decision is Decision.NOT_DECIDED:
        return "Recording an inspection as not decided needs a reason in the notes."
    return None


@dataclass(frozen=True, slots=True)
class Context:
    """Who, where and with what the inspection was made."""

    officer_id: int | None = None
    officer_username: str | None = None
    officer_name: str | None = None  # the officer's full name, as the reports print it
    workstation: str = ""
    point_of_entry: str = ""
    library: Mapping[str, str] = field(default_factory=dict)  # fingerprint, label
    models: Mapping[str, str] = field(default_factory=dict)  # name -> sha256


@dataclass(frozen=True, slots=True)
class Summary(Serial):
    """One line of the history: columns only, no JSON parsing (fast over 100,000 reports)."""

    seq: int
    report_id: str
    created_at: dt.datetime
    verdict: str
    decision: str | None
    template_id: str | None = field(metadata=key(name="template"))
    issuing_state: str | None
    document_number: str | None
    holder_name: str | None
    failed_checks: tuple[str, ...]
    purged: bool
    officer: str | None = None  # the officer's user name
    addenda: int = 0  # signed addenda amending it
    amended_decision: str | None = None  # the decision as the newest addendum corrected it

    @property
    def current_decision(self) -> str | None:
        return self.amended_decision or self.decision

    def as_dict(self) -> dict[str, Any]:
        return as_data(self) | {"created_at": iso(self.created_at)}


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
        needed = reason_needed(decision, result.verdict.value)
        if needed and not notes.strip():
            raise DecisionError(needed)
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
        return {
            "schema": SCHEMA,
            "seq": seq,
            "report_id": str(uuid.uuid4()),
            "created_at": iso(now),
            "prev_hash": prev,
            "officer": _officer(context),
            "workstation": self._workstation(context),
            "software": {
                "verifier": verifier.__version__,
                "models": dict(context.models),
                "library": dict(context.library),
            },
            "inspection": result.as_dict(),
            "images": dict(sorted(hashes.items())),
            "decision": {"outcome": decision.value if decision else None, "notes": notes},
        }

    def _workstation(self, context: Context) -> dict[str, str]:
        return {
            "name": context.workstation,
            "point_of_entry": context.point_of_entry,
            "key": self.signer.fingerprint,
        }

    def add_addendum(
        self,
        ref: int,
        context: Context,
        *,
        notes: str,
        decision: Decision | None = None,
        classification: str | None = None,
        now: dt.datetime | None = None,
    ) -> Summary:
        """Correct or complete report ``ref`` without altering it: a signed entry appended to
        the chain that names the report (position and hash). ``decision``: the corrected
        decision, if it changes; ``classification``: an expert's fraud classification of the
        document (``verifier.share.CLASSIFICATIONS``). LookupError for no such report;
        DecisionError without text or with an unknown classification."""
        now = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None, microsecond=0)
        key = self.signer
        if not notes.strip():
            raise DecisionError("An addendum needs its text: what it corrects or adds, and why.")
        if classification is not None and classification not in CLASSIFICATIONS:
            raise DecisionError(
                f"{classification!r} is not a fraud classification: one of "
                + ", ".join(CLASSIFICATIONS)
            )
        if len(notes) > MAX_NOTES:
            raise ValueError(f"notes are limited to {MAX_NOTES} characters; shorten them")
        with self.db.session() as s:
            target = s.get(Report, ref)
            if target is None or target.kind != "report" or target.seq < 1:
                raise LookupError(f"there is no report #{ref} to amend")
            if target.purged_at is not None:
                raise LookupError(
                    f"report #{ref} was purged under the retention period: it can no longer be "
                    "amended"
                )
            if decision is Decision.NOT_DECIDED:
                raise DecisionError("An addendum cannot take a decision back; explain in its text.")
            last = s.scalars(select(Report).order_by(Report.seq.desc()).limit(1)).first()
            seq = last.seq + 1 if last else 1
            prev = last.report_hash if last else GENESIS
            body = {
                "schema": ADDENDUM,
                "seq": seq,
                "report_id": str(uuid.uuid4()),
                "created_at": iso(now),
                "prev_hash": prev,
                "amends": {
                    "seq": target.seq,
                    "report_id": target.report_id,
                    "report_hash": target.report_hash,
                },
                "officer": _officer(context),
                "workstation": self._workstation(context),
                "decision": {"outcome": decision.value if decision else None, "notes": notes},
            }
            if classification is not None:  # an expert's finding (absent from other addenda)
                body["classification"] = classification
            data = canonical(body)
            row = Report(
                seq=seq,
                kind="addendum",
                report_id=body["report_id"],
                created_at=now,
                officer_id=context.officer_id,
                **addendum_columns(body),
                body=data.decode("utf-8"),
                report_hash=sha256_hex(data),
                prev_hash=prev,
                signature=key.sign(data),
                key_fingerprint=key.fingerprint,
                purged_at=None,
            )
            s.add(row)
            record(
                s,
                "report_amended",
                context.officer_id,
                {"seq": seq, "amends": target.seq, "decision": row.decision},
                now=now,
            )
            s.flush()
            summary = _summary(row)
        self.write_head()
        return summary

    def addenda(self, ref: int) -> list[dict[str, Any]]:
        """The addenda of report ``ref``, oldest first (position, signed body)."""
        with self.db.session() as s:
            rows = s.scalars(
                select(Report)
                .where(Report.kind == "addendum", Report.amends == ref)
                .order_by(Report.seq)
            ).all()
            return [
                {
                    "seq": r.seq,
                    "report_hash": r.report_hash,
                    "signature": r.signature,
                    "key_fingerprint": r.key_fingerprint,
                    "purged_at": iso(r.purged_at) if r.purged_at else None,
                    "body": json.loads(r.body),
                }
                for r in rows
            ]

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
                CANONICAL_FIELD: CANONICAL,
                "seq": last.seq if last else 0,
                "report_hash": last.report_hash if last else GENESIS,
                "audit_id": audit.id if audit else 0,
                "audit_hash": (audit.entry_hash or GENESIS) if audit else GENESIS,
            }
        data = canonical(head)
        document = {"head": head, "signature": key.sign(data), "key": key.fingerprint}
        try:
            write_atomic(self.head_file, json.dumps(document).encode("utf-8"))
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
        name: str | None = None,
        officer_id: int | None = None,
        decision: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Summary]:
        """Newest first. ``document_number`` and ``name``: any part, any case (a name as
        printed, with its accents, also finds its MRZ spellings); ``decision``: as decided or
        as an addendum corrected it (``"none"``: no decision recorded)."""
        query = (
            select(Report, Officer.username)
            .outerjoin(Officer, Officer.id == Report.officer_id)
            .where(Report.kind == "report", Report.seq >= 1)
            .order_by(Report.created_at.desc(), Report.seq.desc())
        )
        if since is not None:
            query = query.where(Report.created_at >= since)
        if until is not None:
            query = query.where(Report.created_at < until)
        if verdict is not None:
            query = query.where(Report.verdict == verdict)
        if document_number:
            query = query.where(
                Report.document_number.like(f"%{_like(document_number.strip().upper())}%", "\\")
            )
        for word in (name or "").split():
            spellings = name_spellings(word)
            query = query.where(
                or_(*(Report.holder_name.like(f"%{_like(w)}%", "\\") for w in spellings))
            )
        if officer_id is not None:
            query = query.where(Report.officer_id == officer_id)
        if decision == "none":
            query = query.where(Report.decision.is_(None))
        elif decision is not None:
            addendum = aliased(Report)
            corrected = select(addendum.amends).where(
                addendum.kind == "addendum", addendum.decision == decision
            )
            query = query.where(or_(Report.decision == decision, Report.seq.in_(corrected)))
        with self.db.session() as s:
            found = s.execute(query.limit(limit).offset(offset)).all()
            seqs = [row.seq for row, _ in found]
            amendments: dict[int, tuple[int, str | None]] = {}
            if seqs:
                for amends, outcome in s.execute(
                    select(Report.amends, Report.decision)
                    .where(Report.kind == "addendum", Report.amends.in_(seqs))
                    .order_by(Report.seq)
                ):
                    if amends is not None:
                        count, latest = amendments.get(amends, (0, None))
                        amendments[amends] = (count + 1, outcome or latest)
            return [
                _summary(row, username, *amendments.get(row.seq, (0, None)))
                for row, username in found
            ]

    def count(self) -> int:
        """Reports in the chain (key changes and rows outside it do not count)."""
        with self.db.session() as s:
            query = select(func.count()).select_from(Report)
            return int(s.scalar(query.where(Report.kind == "report", Report.seq >= 1)) or 0)

    def get(self, ref: str) -> dict[str, Any]:
        """The stored report (body, signature, images) by position or report id, with its
        addenda (``addenda``: position and signed body of each, oldest first)."""
        with self.db.session() as s:
            if ref.isdigit():
                row = s.get(Report, int(ref))
            else:
                row = s.scalars(select(Report).where(Report.report_id == ref)).first()
            if row is None:
                raise LookupError(f"there is no report {ref!r}")
            report = {
                "seq": row.seq,
                "report_hash": row.report_hash,
                "signature": row.signature,
                "key_fingerprint": row.key_fingerprint,
                "purged_at": iso(row.purged_at) if row.purged_at else None,
                "body": json.loads(row.body),
            }
            is_report = row.kind == "report"
        report["addenda"] = self.addenda(report["seq"]) if is_report else []
        return report

    def seen_before(
        self, issuing_state: str, document_number: str, limit: int = 5
    ) -> list[dict[str, Any]]:
        """The latest reports of this document on this workstation (issuing state and number,
        as the MRZ gives them), newest first: position, date, verdict and decision (the latest
        addendum's when one corrected it). Purged reports keep no number: retention forgets
        them here too."""
        with self.db.session() as s:
            rows = s.execute(
                select(Report.seq, Report.created_at, Report.verdict, Report.decision)
                .where(
                    Report.kind == "report",
                    Report.purged_at.is_(None),
                    Report.issuing_state == issuing_state,
                    Report.document_number == document_number,
                )
                .order_by(Report.seq.desc())
                .limit(limit)
            ).all()
            corrected: dict[int, str] = {}
            classified: dict[int, str] = {}
            if rows:
                for amends, decision, body in s.execute(
                    select(Report.amends, Report.decision, Report.body)
                    .where(Report.kind == "addendum", Report.amends.in_([r.seq for r in rows]))
                    .order_by(Report.seq)
                ):
                    if amends is None:
                        continue
                    if decision:  # a note alone corrects nothing
                        corrected[amends] = decision
                    kind = json.loads(body).get("classification") if body else None
                    if kind:
                        classified[amends] = str(kind)
        return [
            {
                "seq": row.seq,
                "date": row.created_at.date().isoformat(),
                "verdict": row.verdict,
                "decision": corrected.get(row.seq, row.decision),
                **({"classification": classified[row.seq]} if row.seq in classified else {}),
            }
            for row in rows
        ]

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
                days = get_setting(s, "retention_days")
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
            purged_seqs = [r.seq for r in rows]
            addenda: Sequence[Report] = (
                s.scalars(
                    select(Report)
                    .where(Report.kind == "addendum", Report.amends.in_(purged_seqs),
                           Report.purged_at.is_(None))
                    .order_by(Report.seq)
                ).all()
                if purged_seqs
                else []
            )  # fmt: skip
            gone: set[str] = set()
            for row in [*rows, *addenda]:
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
    tomb = {
        "schema": TOMBSTONE,
        "seq": row.seq,
        "report_id": row.report_id,
        "created_at": iso(row.created_at),
        "prev_hash": row.prev_hash,
        "purged_report_hash": row.report_hash,
        "purged_at": iso(now),
        "statistics": statistics_of(row),
    }
    if row.kind == "addendum":
        tomb["amends"] = row.amends  # the position only: the purged report's, not personal
    return tomb


def _officer(context: Context) -> dict[str, Any] | None:
    if context.officer_id is None:
        return None
    return {
        "id": context.officer_id,
        "username": context.officer_username,
        "name": context.officer_name or context.officer_username,
    }


def _like(text: str) -> str:
    """``text`` matched literally by LIKE (escape character ``\\``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def name_spellings(word: str) -> list[str]:
    """How a typed name can appear in the MRZ-derived name column: as typed (upper case), and
    each transliteration Doc 9303-3 §6 allows for its first-listed and plainest spellings.

    >>> name_spellings("Müllen")
    ['MÜLLEN', 'MUELLEN', 'MULLEN']
    >>> name_spellings("eriksson")
    ['ERIKSSON']
    """
    out = [word.upper()]
    for pick in (0, -1):
        letters = []
        for ch in word:
            options = spellings_of(ch)
            letters.append(options[pick] if options else ch.upper())
        out.append("".join(letters).replace("<", " "))
    return list(dict.fromkeys(out))


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


def addendum_columns(body: Mapping[str, Any]) -> dict[str, Any]:
    """An addendum's columns: the amended position and the corrected decision; the personal
    search columns stay empty (the text is in the signed body)."""
    return {
        "point_of_entry": body["workstation"]["point_of_entry"],
        "issuing_state": None,
        "document_code": None,
        "template_id": None,
        "verdict": "",
        "decision": body["decision"]["outcome"],
        "failed_checks": [],
        "document_number": None,
        "holder_name": None,
        "amends": body["amends"]["seq"],
    }


def expected_columns(row: Report) -> dict[str, Any] | None:
    """What the columns of a stored row must hold, from its body (None: body unreadable)."""
    try:
        body = json.loads(row.body)
        if body.get("schema") == ROTATION:  # a key change: no inspection, no statistics
            empty = ("issuing_state", "document_code", "template_id", "decision", "amends")
            return dict.fromkeys((*empty, "document_number", "holder_name")) | {
                "point_of_entry": "",
                "verdict": "",
                "failed_checks": [],
            }
        if body.get("schema") == ADDENDUM:
            return addendum_columns(body)
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
                "amends": body.get("amends"),
            }
        return _columns(body) | {"amends": None}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _summary(
    row: Report, officer: str | None = None, addenda: int = 0, amended: str | None = None
) -> Summary:
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
        officer,
        addenda,
        amended,
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


__all__ = ["Context", "Decision", "DecisionError", "ReportBook", "StoreError", "Summary"]

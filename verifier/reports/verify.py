"""Verify the report chain: every signature, every link, every image file, the head, the audit
log and, when given, checkpoints kept elsewhere.

Which keys are trusted does not come from the data folder it protects. Trust starts from the
key enrolled outside it (``verifier.reports.enrolment``); a later key is trusted only if a key
rotation entry in the chain, signed by a key already trusted, introduced it. (A workstation not
yet enrolled starts from the public key in its data folder, and the result says so.)

Detects: an edited row (body, search or statistics columns, creation time, officer, purge
mark), an inserted row (outside the chain, or a kind the chain does not know), a deleted report
(a gap, a broken link, or the newest reports gone while the signed head remembers them, or the
head itself gone), reordered reports, an image file swapped on disk, a report re-signed with a
key the chain never introduced, an edited or deleted audit entry, and a chain rewritten or cut
since a checkpoint. Each problem names the report (or audit entry) and the reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select

from verifier.reports.book import (
    ADDENDUM,
    ROTATION,
    SCHEMA,
    TOMBSTONE,
    ReportBook,
    expected_columns,
    iso,
)
from verifier.reports.enrolment import EnrolmentError, read_enrolment
from verifier.reports.signing import (
    CANONICAL,
    CANONICAL_FIELD,
    GENESIS,
    canonical,
    fingerprint,
    public_from_raw,
    public_key,
    sha256_hex,
    signature_holds,
    signed_form,
)
from verifier.serial import Serial, key
from verifier.store.audit import verify_audit
from verifier.store.tables import AuditEvent, Report, ReportImage

CHECKPOINT = "verifier-checkpoint/1"
_COLUMNS = (
    "point_of_entry",
    "issuing_state",
    "document_code",
    "template_id",
    "verdict",
    "decision",
    "failed_checks",
    "document_number",
    "holder_name",
    "amends",
)
_KINDS = {ROTATION: "key_rotation", ADDENDUM: "addendum", SCHEMA: "report"}


@dataclass(frozen=True, slots=True)
class Problem(Serial):
    seq: int  # the report's position; 0 for the audit log and the head as a whole
    reason: str


@dataclass(slots=True)
class Verification(Serial):
    data_properties = ("ok",)
    reports: int = 0
    purged: int = 0
    images: int = field(default=0, metadata=key(name="images_checked"))
    audit_entries: int = 0
    checkpoints: int = field(default=0, metadata=key(name="checkpoints_checked"))
    keys: list[str] = field(default_factory=list)  # trusted fingerprints, in the order introduced
    enrolled: bool = False
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def trust_anchor(book: ReportBook) -> tuple[Ed25519PublicKey | None, bool, list[str]]:
    """Where trust starts: (key, enrolled, warnings)."""
    warnings: list[str] = []
    if book.enrolment_path is not None:
        try:
            enrolment = read_enrolment(book.enrolment_path)
        except EnrolmentError as exc:
            return None, False, [str(exc)]
        if enrolment is not None:
            return enrolment.key, True, warnings
    warnings.append(
        "This workstation is not enrolled: trust starts from the key in its own data folder, "
        "which someone who can write that folder could replace. The computer's administrator "
        "runs `verifier enrol` (docs/security.md)."
    )
    return public_key(book.keys_dir), False, warnings


def verify(
    book: ReportBook,
    *,
    check_images: bool = True,
    batch: int = 2000,
    checkpoints: Sequence[Path] = (),
    progress: Callable[[int, int], None] | None = None,
) -> Verification:
    """``progress(done, total)`` is called as rows are checked (it may raise to stop)."""
    out = Verification()
    with book.db.session() as s:
        total = int(s.scalar(select(func.count()).select_from(Report)) or 0)
    done = 0
    if progress is not None:
        progress(0, total)  # the size of the work at once; a cancel before the start stops here
    anchor, out.enrolled, out.warnings = trust_anchor(book)
    trusted = trusted_keys(book, anchor, out.problems)
    out.keys = list(trusted)
    previous_hash, previous_seq = GENESIS, 0
    images = _images(book) if check_images else {}
    for row in _rows(book, batch):
        done += 1
        if progress is not None and (done % 500 == 0 or done == total):
            progress(done, total)
        if row.seq < 1:
            out.problems.append(Problem(row.seq, "a row outside the chain (inserted)"))
            continue
        out.reports += row.kind == "report"
        if row.seq != previous_seq + 1:
            missing = f"#{previous_seq + 1}" + (
                f" to #{row.seq - 1}" if row.seq - 1 > previous_seq + 1 else ""
            )
            out.problems.append(Problem(row.seq, f"report(s) {missing} are missing (deleted)"))
        reasons, body = _check_row(row, previous_hash, trusted)
        if body is not None and body.get("schema") == ADDENDUM:
            reasons += _check_amends(book, row, body)
        if body is not None and body.get("schema") == TOMBSTONE:
            out.purged += 1
        elif body is not None and check_images and row.kind == "report":
            signed = body.get("images") or {}
            if images.get(row.seq, {}) != signed:
                reasons.append("its image list differs from the signed report")
            for role, digest in sorted(signed.items()):
                out.images += 1
                state = book.images.intact(digest)
                if state is None:
                    reasons.append(f"its {role} image file is missing")
                elif not state:
                    reasons.append(f"its {role} image file was altered or replaced")
        out.problems += [Problem(row.seq, reason) for reason in reasons]
        previous_hash, previous_seq = row.report_hash, row.seq
    with book.db.session() as s:
        count, _, audit_problems = verify_audit(s)
        last_audit = s.scalar(select(func.max(AuditEvent.id))) or 0
    out.audit_entries = count
    out.problems += [Problem(0, f"audit entry {p.event_id}: {p.reason}") for p in audit_problems]
    out.problems += _check_head(book, trusted, previous_seq, last_audit, out.reports)
    for path in checkpoints:
        out.checkpoints += 1
        out.problems += check_checkpoint(book, path, trusted)
    return out


def trusted_keys(
    book: ReportBook, anchor: Ed25519PublicKey | None, problems: list[Problem] | None = None
) -> dict[str, Ed25519PublicKey]:
    """The anchor, then every key a rotation entry signed by an already trusted key brought
    (in chain order); forged rotation entries go to ``problems``."""
    trusted: dict[str, Ed25519PublicKey] = {}
    if anchor is not None:
        trusted[fingerprint(anchor)] = anchor
    with book.db.session() as s:
        rotations = s.scalars(
            select(Report).where(Report.kind == "key_rotation").order_by(Report.seq)
        ).all()
    for row in rotations:
        signer = trusted.get(row.key_fingerprint)
        body = _json(row.body.encode("utf-8"))
        if (
            signer is None
            or body is None
            or not signature_holds(signer, row.signature, row.body.encode("utf-8"))
        ):
            if problems is not None:
                problems.append(
                    Problem(row.seq, "a key change not signed by a trusted key (forged)")
                )
            continue
        try:
            new = public_from_raw(str(body["new_key"]))
        except (KeyError, ValueError):
            if problems is not None:
                problems.append(Problem(row.seq, "a key change that names no valid key"))
            continue
        trusted[fingerprint(new)] = new
    return trusted


def check_row(
    row: Report, trusted: dict[str, Ed25519PublicKey]
) -> tuple[list[str], dict[str, Any] | None]:
    """What is wrong with one stored row on its own (signature, hash, columns, marks)."""
    reasons = []
    data = row.body.encode("utf-8")
    key = trusted.get(row.key_fingerprint)
    if key is None:
        reasons.append("signed with a key the chain never introduced (re-signed)")
    elif not signature_holds(key, row.signature, data):
        reasons.append("its content does not match its signature (edited)")
    body = _json(data)
    if body is None:
        return [*reasons, "its content is not a readable report"], None
    schema = body.get("schema")
    expected_kind = _KINDS.get(str(schema))
    if schema == TOMBSTONE:  # a purged report or addendum
        expected_kind = "addendum" if "amends" in body else "report"
    if row.kind != expected_kind:
        reasons.append(f"a row of kind {row.kind!r} holding {schema!r} (inserted or altered)")
    if schema == TOMBSTONE:
        if body.get("purged_report_hash") != row.report_hash:
            reasons.append("its tombstone names another report's hash")
        if row.purged_at is None or body.get("purged_at") != iso(row.purged_at):
            reasons.append("its purge mark differs from the signed tombstone")
    else:
        if sha256_hex(data) != row.report_hash:
            reasons.append("its hash does not match its content (edited)")
        if row.purged_at is not None:
            reasons.append("it is marked purged, but it was not (its purge mark was edited)")
    if body.get("seq") != row.seq:
        reasons.append(f"it was signed as report #{body.get('seq')} (reordered)")
    if body.get("created_at") != iso(row.created_at):
        reasons.append("its time differs from the signed report")
    if schema in (SCHEMA, ADDENDUM):
        officer = (body.get("officer") or {}).get("id")
        if officer != row.officer_id:
            reasons.append("its officer differs from the signed report")
    expected = expected_columns(row)
    if expected is not None:
        changed = [c for c in _COLUMNS if getattr(row, c) != expected[c]]
        if changed:
            reasons.append(f"its {', '.join(changed)} differ from the signed report")
    return reasons, body


def _check_amends(book: ReportBook, row: Report, body: dict[str, Any]) -> list[str]:
    """An addendum must name an earlier report of this chain by its position and hash."""
    amends = body.get("amends") or {}
    seq = amends.get("seq") if isinstance(amends, dict) else None
    if not isinstance(seq, int) or not 1 <= seq < row.seq:
        return ["an addendum that names no earlier report"]
    with book.db.session() as s:
        target = s.get(Report, seq)
        if target is None or target.kind != "report":
            return [f"an addendum of report #{seq}, which is not a report of this chain"]
        if target.report_hash != amends.get("report_hash"):
            return [f"an addendum of another report than #{seq} (moved)"]
    return []


def _check_row(
    row: Report, previous_hash: str, trusted: dict[str, Ed25519PublicKey]
) -> tuple[list[str], dict[str, Any] | None]:
    """One row on its own and as the next link of the chain."""
    reasons, body = check_row(row, trusted)
    if body is not None and (
        row.prev_hash != previous_hash or body.get("prev_hash") != previous_hash
    ):
        reasons.append("it does not follow the report before it (chain broken)")
    return reasons, body


def _check_head(
    book: ReportBook,
    trusted: dict[str, Ed25519PublicKey],
    last_seq: int,
    last_audit: int,
    reports: int,
) -> list[Problem]:
    head = book.read_head()
    if head is None:
        if last_seq == 0 and last_audit == 0:
            return []
        return [
            Problem(
                0,
                "the signed chain head is missing or unreadable: the newest reports or audit "
                "entries may have been deleted with it; compare with a checkpoint kept elsewhere",
            )
        ]
    signed = head.get("head")
    key = trusted.get(str(head.get("key", "")))
    if (
        key is None
        or not isinstance(signed, dict)
        or not signature_holds(key, str(head.get("signature", "")), signed_form(signed))
    ):
        return [Problem(0, "the chain head file is not signed by this workstation")]
    problems = []
    seq, audit_id = signed.get("seq"), signed.get("audit_id")
    if isinstance(seq, int) and seq > last_seq:
        problems.append(
            Problem(seq, f"the newest report(s) #{last_seq + 1} to #{seq} were deleted")
        )
    elif isinstance(seq, int) and seq > 0:
        with book.db.session() as s:
            row = s.get(Report, seq)
            if row is None or row.report_hash != signed.get("report_hash"):
                problems.append(
                    Problem(seq, f"report #{seq} is not the one the signed head names (replaced)")
                )
    if isinstance(audit_id, int) and audit_id > last_audit:
        problems.append(Problem(0, f"the newest audit entries (up to {audit_id}) were deleted"))
    elif isinstance(audit_id, int) and audit_id > 0:
        with book.db.session() as s:
            entry = s.get(AuditEvent, audit_id)
            if entry is None or entry.entry_hash != signed.get("audit_hash"):
                problems.append(Problem(0, f"the audit log was rewritten (entry {audit_id})"))
    del reports
    return problems


def checkpoint_document(book: ReportBook, at: str) -> dict[str, Any]:
    """A signed statement of where the chain stands, to keep outside the workstation."""
    key = book.signer
    with book.db.session() as s:
        last = s.scalars(select(Report).order_by(Report.seq.desc()).limit(1)).first()
        audit = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    content = {
        "schema": CHECKPOINT,
        CANONICAL_FIELD: CANONICAL,
        "at": at,
        "workstation_key": key.fingerprint,
        "seq": last.seq if last else 0,
        "report_hash": last.report_hash if last else GENESIS,
        "audit_id": audit.id if audit else 0,
        "audit_hash": (audit.entry_hash or GENESIS) if audit else GENESIS,
    }
    return {"checkpoint": content, "signature": key.sign(canonical(content))}


def check_checkpoint(
    book: ReportBook, path: Path, trusted: dict[str, Ed25519PublicKey]
) -> list[Problem]:
    """A checkpoint kept elsewhere must still be in the chain: same report at the same place."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        content = document["checkpoint"]
        seq, wanted = int(content["seq"]), str(content["report_hash"])
        key = trusted.get(str(content["workstation_key"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return [Problem(0, f"checkpoint {path.name} cannot be read ({exc})")]
    if key is None or not signature_holds(
        key, str(document.get("signature")), signed_form(content)
    ):
        return [Problem(0, f"checkpoint {path.name} is not signed by this workstation's key")]
    if seq == 0:
        return []
    with book.db.session() as s:
        row = s.get(Report, seq)
        audit = s.get(AuditEvent, int(content.get("audit_id") or 0))
    if row is None:
        return [Problem(seq, f"checkpoint {path.name}: report #{seq} is gone (chain cut)")]
    if row.report_hash != wanted:
        return [Problem(seq, f"checkpoint {path.name}: report #{seq} was replaced (rewritten)")]
    audit_id = int(content.get("audit_id") or 0)
    if audit_id and (audit is None or audit.entry_hash != content.get("audit_hash")):
        return [Problem(0, f"checkpoint {path.name}: the audit log was rewritten or cut")]
    return []


def _rows(book: ReportBook, batch: int) -> Iterator[Report]:
    last = -(2**62)  # rows at zero or below are outside the chain: they are read too
    while True:
        with book.db.session() as s:
            rows = s.scalars(
                select(Report).where(Report.seq > last).order_by(Report.seq).limit(batch)
            ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def _images(book: ReportBook) -> dict[int, dict[str, str]]:
    out: dict[int, dict[str, str]] = {}
    with book.db.session() as s:
        for seq, role, digest in s.execute(
            select(ReportImage.report_seq, ReportImage.role, ReportImage.sha256)
        ):
            out.setdefault(seq, {})[role] = digest
    return out


def _json(data: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(data)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None

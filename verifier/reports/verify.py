"""Verify the report chain: every signature, every link, every image file, the head.

Detects an edited row (body or search columns), a deleted report (a gap, a broken link, or the
newest reports gone while the signed head remembers them), reordered reports, an image file
swapped on disk, and a report re-signed with a key that is not this workstation's. Each
problem names the report and the reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select

from verifier.reports.book import TOMBSTONE, ReportBook, expected_columns
from verifier.reports.signing import GENESIS, canonical, sha256_hex, signature_holds
from verifier.store.models import Report, ReportImage

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
)


@dataclass(frozen=True, slots=True)
class Problem:
    seq: int
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "reason": self.reason}


@dataclass(slots=True)
class Verification:
    reports: int = 0
    purged: int = 0
    images: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "reports": self.reports,
            "purged": self.purged,
            "images_checked": self.images,
            "problems": [p.as_dict() for p in self.problems],
        }


def verify(book: ReportBook, *, check_images: bool = True, batch: int = 2000) -> Verification:
    out = Verification()
    trusted = book.key.trusted()
    previous_hash, previous_seq = GENESIS, 0
    images = _images(book) if check_images else {}
    for row in _rows(book, batch):
        out.reports += 1
        if row.seq != previous_seq + 1:
            missing = f"#{previous_seq + 1}" + (
                f" to #{row.seq - 1}" if row.seq - 1 > previous_seq + 1 else ""
            )
            out.problems.append(Problem(row.seq, f"report(s) {missing} are missing (deleted)"))
        reasons, body = _check_row(row, previous_hash, trusted)
        if body is not None and body.get("schema") == TOMBSTONE:
            out.purged += 1
        elif body is not None and check_images:
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
    out.problems += _check_head(book, previous_seq)
    return out


def _check_row(
    row: Report, previous_hash: str, trusted: dict[str, Ed25519PublicKey]
) -> tuple[list[str], dict[str, Any] | None]:
    """What is wrong with one stored report on its own and as the next link of the chain."""
    reasons = []
    data = row.body.encode("utf-8")
    key = trusted.get(row.key_fingerprint)
    if key is None:
        reasons.append("signed with a key that is not this workstation's (re-signed)")
    elif not signature_holds(key, row.signature, data):
        reasons.append("its content does not match its signature (edited)")
    body = _json(data)
    if body is None:
        return [*reasons, "its content is not a readable report"], None
    if body.get("schema") == TOMBSTONE:
        if body.get("purged_report_hash") != row.report_hash:
            reasons.append("its tombstone names another report's hash")
    elif sha256_hex(data) != row.report_hash:
        reasons.append("its hash does not match its content (edited)")
    if body.get("seq") != row.seq:
        reasons.append(f"it was signed as report #{body.get('seq')} (reordered)")
    if row.prev_hash != previous_hash or body.get("prev_hash") != previous_hash:
        reasons.append("it does not follow the report before it (chain broken)")
    expected = expected_columns(row)
    if expected is not None:
        changed = [c for c in _COLUMNS if getattr(row, c) != expected[c]]
        if changed:
            reasons.append(f"its {', '.join(changed)} differ from the signed report")
    return reasons, body


def _check_head(book: ReportBook, last_seq: int) -> list[Problem]:
    head = book.read_head()
    if head is None:
        return []
    seq = (head.get("head") or {}).get("seq")
    if not signature_holds(
        book.key.public, str(head.get("signature", "")), canonical(head.get("head"))
    ):
        return [Problem(last_seq, "the chain head file is not signed by this workstation")]
    if isinstance(seq, int) and seq > last_seq:
        return [Problem(seq, f"the newest report(s) #{last_seq + 1} to #{seq} were deleted")]
    return []


def _rows(book: ReportBook, batch: int) -> Iterator[Report]:
    last = 0
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

"""The audit log: one row per sign-in, report, export, purge and setting change.

Callers pass only what identifies the action (ids, counts, setting names): never a traveller's
name, number or date of birth.

The log is a hash chain: each entry's ``entry_hash`` is the SHA-256 of the previous entry's
hash and the entry's own canonical content, so an entry edited or deleted breaks every hash
after it; the signed chain head (``verifier.reports.book``) names the newest entry's hash, so
the newest entries cannot be dropped either without the workstation key. Entries are written
inside the caller's transaction, which holds the database's write lock, so two writers cannot
fork the chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from verifier.store.tables import AuditEvent

GENESIS: Final = "0" * 64


def entry_hash(previous: str, event: AuditEvent) -> str:
    content = {
        "at": event.at.isoformat(timespec="microseconds"),
        "officer": event.officer_id,
        "action": event.action,
        "detail": event.detail,
    }
    data = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((previous + data).encode("utf-8")).hexdigest()


def last_hash(session: Session) -> str:
    """The newest entry's hash, this unit of work's own entries included (they are flushed
    first)."""
    session.flush()
    newest = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    return newest.entry_hash or GENESIS if newest is not None else GENESIS


def record(
    session: Session,
    action: str,
    officer_id: int | None,
    detail: dict[str, Any] | None = None,
    *,
    now: dt.datetime | None = None,
) -> AuditEvent:
    event = AuditEvent(
        at=now or dt.datetime.now(dt.UTC).replace(tzinfo=None),
        officer_id=officer_id,
        action=action,
        detail=detail or {},
    )
    previous = last_hash(session)
    event.prev_hash = previous
    event.entry_hash = entry_hash(previous, event)
    session.add(event)
    session.flush()  # the next entry of this unit of work follows this one
    return event


def events(session: Session, action: str | None = None, limit: int = 200) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    return list(session.scalars(query))


@dataclass(frozen=True, slots=True)
class AuditProblem:
    event_id: int
    reason: str


def verify_audit(session: Session, batch: int = 5000) -> tuple[int, str, list[AuditProblem]]:
    """Walk the chain: (entries, the newest hash, problems). An entry written before the chain
    existed (no hash) is accepted only before the first chained one."""
    problems: list[AuditProblem] = []
    previous, count, chained = GENESIS, 0, False
    for event in _all(session, batch):
        count += 1
        if event.entry_hash is None:
            if chained:
                problems.append(AuditProblem(event.id, "an entry without its hash (inserted)"))
            continue
        if not chained:
            chained, previous = True, event.prev_hash or GENESIS  # first chained entry
        if event.prev_hash != previous:
            problems.append(AuditProblem(event.id, "it does not follow the entry before it"))
        if entry_hash(event.prev_hash or GENESIS, event) != event.entry_hash:
            problems.append(AuditProblem(event.id, "its content was edited"))
        previous = event.entry_hash
    return count, previous, problems


def _all(session: Session, batch: int) -> Iterator[AuditEvent]:
    last = -(2**62)
    while True:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.id > last).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].id

"""The audit log: one row per sign-in, report, export, purge and setting change.

Callers pass only what identifies the action (ids, counts, setting names): never a traveller's
name, number or date of birth.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from verifier.store.models import AuditEvent


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
    session.add(event)
    return event


def events(session: Session, action: str | None = None, limit: int = 200) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    return list(session.scalars(query))

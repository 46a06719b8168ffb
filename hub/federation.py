"""Federation: a national hub forwards what it took in to the regional hub, in the same signed
bundle format a workstation sends (``verifier.share``), signed with the national hub's own
Ed25519 key. The regional hub registers that key like a workstation's and ingests the bundles
the same way (idempotent, gaps shown, replays refused).

A forwarded bundle covers the national hub's bundles taken in since the previous forward; its
``reports`` range counts records in the national stream (the first forward's records are
1..n, the next n+1..), so every record is forwarded once. Cells are summed over the national
workstations and generalised again (``generalise``) before they leave.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

import verifier
from hub.db import AuditEntry, Bundle, Cell, Correction, Day, HubDatabase, HubSetting
from verifier.files import write_atomic
from verifier.library.package import load_private_key
from verifier.share import CORRECTION_FIELDS, SUFFIX, Key, canonical, encode, generalise

STATE = "forwarded"  # hub_settings: {"seq", "records", "bundle"} of the last forward


def load_key(path: Path) -> Ed25519PrivateKey:
    """The national hub's key: an Ed25519 PEM, read as the library's publisher keys are."""
    return load_private_key(path)  # PackageError (a ValueError) with the reason


def forward(db: HubDatabase, key: Ed25519PrivateKey, out: Path, today: dt.date) -> Path | None:
    """Write the next forwarded bundle into ``out``; None when nothing new was taken in."""
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    fingerprint = hashlib.sha256(raw).hexdigest()
    with db.session() as s:
        stored = s.get(HubSetting, STATE)
        last = json.loads(stored.value) if stored else {"seq": 0, "records": 0, "bundle": 0}
        newest = s.scalar(select(func.max(Bundle.id))) or 0
        if newest <= last["bundle"]:
            return None
        taken = (Cell.bundle_id > last["bundle"]) & (Cell.bundle_id <= newest)
        key_columns = (Cell.week, Cell.point_of_entry, Cell.issuing_state, Cell.document_code,
                       Cell.template, Cell.failed_key, Cell.verdict, Cell.decision,
                       Cell.classification)  # fmt: skip
        rows = s.execute(
            select(*key_columns, func.sum(Cell.inspections))
            .where(taken, Cell.kind == "count")
            .group_by(*key_columns)
        ).all()
        moved = (Correction.bundle_id > last["bundle"]) & (Correction.bundle_id <= newest)
        moves = s.execute(
            select(Correction.week, Correction.point_of_entry, Correction.issuing_state,
                   Correction.document_code, Correction.template, Correction.failed_key,
                   Correction.verdict, Correction.decision, Correction.classification,
                   Correction.decision_was, Correction.classification_was,
                   Correction.inspections).where(moved)
        ).all()  # fmt: skip
        days: Counter[str] = Counter()
        starts: Counter[str] = Counter()
        for day, n, started in s.execute(
            select(Day.day, func.sum(Day.inspections), func.sum(Day.startups))
            .where(Day.bundle_id > last["bundle"], Day.bundle_id <= newest)
            .group_by(Day.day)
        ):
            days[day.isoformat()] += int(n)
            starts[day.isoformat()] += int(started)
    counts: dict[Key, int] = {}
    for week, place, state, code, template, failed, *rest, n in rows:
        cell: Key = (week, place, state, code, template,
                     tuple(failed.split(";")) if failed else (), *rest)  # fmt: skip
        counts[cell] = counts.get(cell, 0) + int(n)
    corrections: dict[Key, int] = {}
    for week, place, state, code, template, failed, *rest, n in moves:
        move: Key = (week, place, state, code, template,
                     tuple(failed.split(";")) if failed else (), *rest)  # fmt: skip
        corrections[move] = corrections.get(move, 0) + int(n)
    total = sum(counts.values())
    if not (total or corrections or days or starts):
        return None
    seq = last["seq"] + 1
    body = {
        "workstation": fingerprint,
        "seq": seq,
        "reports": {"from": last["records"] + 1, "to": last["records"] + total, "count": total},
        "created": today.isoformat(),
        "application_version": verifier.__version__,
        "library_version": "national-hub",
        "cells": generalise(counts),
        "corrections": generalise(corrections, CORRECTION_FIELDS),
        "days": [
            {"day": d, "inspections": days[d], "startups": starts[d]}
            for d in sorted(set(days) | set(starts))
            if days[d] or starts[d]
        ],
    }
    data = encode(body, raw, key.sign(canonical(body)))
    target = out / f"hub-{fingerprint[:16]}-{seq:06d}{SUFFIX}"
    write_atomic(target, data, mode=0o644)
    try:
        _advance(db, seq, last["records"] + total, newest, total)
    except Exception:
        target.unlink(missing_ok=True)  # not recorded: the next forward makes it again
        raise
    return target


def _advance(db: HubDatabase, seq: int, records: int, bundle: int, total: int) -> None:
    with db.session() as s:
        value = json.dumps({"seq": seq, "records": records, "bundle": bundle})
        row = s.get(HubSetting, STATE)
        if row is None:
            s.add(HubSetting(key=STATE, value=value))
        else:
            row.value = value
        s.add(AuditEntry(at=dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
                         action="forwarded", detail={"seq": seq, "records": total}))  # fmt: skip

"""The next contribution bundle of this workstation for the regional hub (issue 19).

Each export covers the chain positions after the previous bundle's, up to the newest: every
inspection report there whose signature holds is counted once, in one cell (``verifier.share``
for the format and its privacy rules). The bundle is signed with the workstation's key, named
``<workstation>-<seq>.vbundle``, kept in ``<data>/share/`` (to send again if a copy is lost:
the hub takes the same bundle twice as a duplicate) and copied to the folder given. Where the
export stands is an entry of the hash-chained audit log (``share_exported``): a bundle is
never made twice with different contents, and none is skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

import verifier
from verifier.files import write_atomic
from verifier.library.package import active_library
from verifier.reports.signing import raw_public
from verifier.reports.stats import signed_reports
from verifier.share import ANY, SUFFIX, Key, canonical, encode, generalise
from verifier.store.audit import record
from verifier.store.tables import AuditEvent, Report

if TYPE_CHECKING:
    from verifier.station.workstation import Workstation

ACTION = "share_exported"


def _last(station: Workstation) -> tuple[int, int]:
    """(the last bundle's seq, the last chain position it covered); (0, 0) before the first."""
    with station.db.session() as s:
        event = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == ACTION)
            .order_by(AuditEvent.id.desc())
            .limit(1)
        ).first()
    if event is None:
        return 0, 0
    return int(event.detail["bundle"]), int(event.detail["reports_to"])


def _week(day: dt.datetime) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def cells(rows: list[Report]) -> list[dict[str, Any]]:
    """Inspections counted per cell, rare combinations generalised (``share.generalise``)."""
    counts: Counter[Key] = Counter(
        (
            _week(r.created_at),
            r.point_of_entry,
            r.issuing_state or ANY,
            r.document_code or ANY,
            r.template_id or ANY,
            tuple(sorted(r.failed_checks)),
            r.verdict,
            r.decision or "not_decided",
        )
        for r in rows
    )
    return generalise(counts)


def _version(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z.+_-]", "_", text)[:64]


def export_next(
    station: Workstation, out: Path, officer_id: int | None, today: dt.date | None = None
) -> Path | None:
    """Write the next bundle into ``out`` and return its path; None when there is nothing new.
    Needs the workstation's key unlocked (an officer signed in)."""
    key = station.book.signer
    last_bundle, last_to = _last(station)
    with station.db.session() as s:
        head = s.scalar(select(func.max(Report.seq))) or 0
    if head <= last_to:
        return None
    rows, left_out = signed_reports(station.book, after=last_to, upto=head)
    if left_out and not rows:
        raise ValueError(
            f"the {left_out} reports since the last bundle do not verify against this "
            "workstation's enrolled key: nothing was exported; run `verifier reports verify`"
        )
    if not rows:
        return None  # only addenda or key changes since the last bundle
    seq = last_bundle + 1
    library = active_library(station.settings.library_dir, station.settings.bundled_library)
    body = {
        "workstation": key.fingerprint,
        "seq": seq,
        "reports": {"from": last_to + 1, "to": head, "count": len(rows)},
        "created": (today or dt.date.today()).isoformat(),
        "application_version": _version(verifier.__version__),
        "library_version": _version(library.name),
        "cells": cells(rows),
        "days": [
            {"day": day, "inspections": n}
            for day, n in sorted(Counter(r.created_at.date().isoformat() for r in rows).items())
        ],
    }
    signature = bytes.fromhex(key.sign(canonical(body)))
    data = encode(body, bytes.fromhex(raw_public(key.public)), signature)
    name = f"{key.fingerprint[:16]}-{seq:06d}{SUFFIX}"
    kept = station.settings.data_dir / "share" / name
    write_atomic(kept, data)
    try:
        with station.db.session() as s:
            detail = {"bundle": seq, "reports_to": head, "file": name, "left_out": left_out}
            record(s, ACTION, officer_id, detail)
    except Exception:
        kept.unlink(missing_ok=True)  # not recorded: the next export makes this bundle again
        raise
    target = out / name
    try:
        write_atomic(target, data, mode=0o644)
    except OSError as exc:
        raise OSError(
            exc.errno,
            f"{exc.strerror}: the bundle is made and kept as {kept}; copy it from there",
        ) from None
    return target

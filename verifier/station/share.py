"""The next contribution bundle of this workstation for the regional hub (issue 19).

Each export covers the chain positions after the previous bundle's, up to the newest: every
inspection report there whose signature holds is counted once, in one cell (``verifier.share``
for the format and its privacy rules), with its decision and expert classification as the
addenda so far corrected them. An addendum of that range that changed the decision or the
classification of a report an earlier bundle counted becomes a correction; the application's
start-ups since the previous bundle (audit entries ``application_started``) are counted per
day. The bundle is signed with the workstation's key, named
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
from verifier.library.package import active_library, library_fingerprint
from verifier.reports.signing import raw_public
from verifier.reports.stats import signed_reports, verified_addenda
from verifier.share import ANY, CORRECTION_FIELDS, SUFFIX, Key, canonical, encode, generalise
from verifier.store.audit import record
from verifier.store.tables import AuditEvent, Report

if TYPE_CHECKING:
    from verifier.station.workstation import Workstation

ACTION = "share_exported"
STARTED = "application_started"  # audit entry of the desktop application's start-up


def _last(station: Workstation) -> tuple[int, int, int]:
    """(the last bundle's seq, the last chain position it covered, the last audit entry whose
    start-up it counted); zeros before the first."""
    with station.db.session() as s:
        event = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == ACTION)
            .order_by(AuditEvent.id.desc())
            .limit(1)
        ).first()
    if event is None:
        return 0, 0, 0
    detail = event.detail
    return int(detail["bundle"]), int(detail["reports_to"]), int(detail.get("audit_to", 0))


def _startups(station: Workstation, after: int) -> tuple[Counter[str], int]:
    """Start-ups per day recorded after audit entry ``after``, and the newest entry's id."""
    with station.db.session() as s:
        newest = s.scalar(select(func.max(AuditEvent.id))) or 0
        days = Counter(
            at.date().isoformat()
            for at in s.scalars(
                select(AuditEvent.at).where(
                    AuditEvent.action == STARTED, AuditEvent.id > after, AuditEvent.id <= newest
                )
            )
        )
    return days, newest


def _week(day: dt.datetime) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _cell(row: Report) -> Key:
    """A report's cell, without its decision and classification."""
    return (
        _week(row.created_at),
        row.point_of_entry,
        row.issuing_state or ANY,
        row.document_code or ANY,
        row.template_id or ANY,
        tuple(sorted(row.failed_checks)),
        row.verdict,
    )


def cells(rows: list[Report], classified: dict[int, str] | None = None) -> list[dict[str, Any]]:
    """Inspections counted per cell, rare combinations generalised (``share.generalise``);
    ``classified``: the expert's classification of a report, by its position."""
    known = classified or {}
    counts: Counter[Key] = Counter(
        (*_cell(r), r.decision or "not_decided", known.get(r.seq, "")) for r in rows
    )
    return generalise(counts)


def _corrections(
    station: Workstation, last_to: int, head: int
) -> tuple[list[dict[str, Any]], dict[int, str]]:
    """The corrections of reports counted by an earlier bundle (an addendum after it changed
    their decision or classification), generalised; and every report's classification."""
    addenda = verified_addenda(station.book, head)
    classified: dict[int, str] = {}
    for _seq, amends, _decision, classification in addenda:
        if classification:
            classified[amends] = classification
    changed = {amends for seq, amends, _d, _c in addenda if seq > last_to and amends <= last_to}
    if not changed:
        return [], classified
    # only the amended reports are read and verified again, not the whole history
    earlier, _ = signed_reports(station.book, upto=last_to, only=changed)
    counts: Counter[Key] = Counter()
    for report in earlier:  # the amended reports only
        was, now = _states(report, addenda, last_to)
        if was != now:
            counts[(*_cell(report), *now, *was)] += 1
    return generalise(counts, CORRECTION_FIELDS), classified


def _states(
    report: Report, addenda: list[tuple[int, int, str | None, str | None]], last_to: int
) -> tuple[tuple[str, str], tuple[str, str]]:
    """A report's (decision, classification) as the last bundle counted it, and as now.
    (``report.decision``, from ``signed_reports`` up to the last bundle, is the former.)"""
    was = (report.decision or "not_decided", "")
    for seq, amends, _decision, classification in addenda:
        if amends == report.seq and seq <= last_to and classification:
            was = (was[0], classification)
    now = was
    for seq, amends, decision, classification in addenda:
        if amends == report.seq and seq > last_to:
            now = (decision or now[0], classification or now[1])
    return was, now


def _library_version(library: Path, bundled: Path) -> str:
    """An installed library by its version folder's name; the one shipped with the
    application by its content (``bundled-`` and the first 12 hex of its fingerprint), as a
    folder name (``reference_docs``) says nothing to the hub."""
    if library.resolve() == bundled.resolve():
        return f"bundled-{library_fingerprint(library)[:12]}"
    return _version(library.name)


def _version(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z.+_-]", "_", text)[:64]


def export_next(
    station: Workstation, out: Path, officer_id: int | None, today: dt.date | None = None
) -> Path | None:
    """Write the next bundle into ``out`` and return its path; None when there is nothing new.
    Needs the workstation's key unlocked (an officer signed in)."""
    key = station.book.signer
    last_bundle, last_to, last_audit = _last(station)
    with station.db.session() as s:
        head = s.scalar(select(func.max(Report.seq))) or last_to
    rows, left_out = signed_reports(station.book, after=last_to, upto=head)
    if left_out and not rows:
        raise ValueError(
            f"the {left_out} reports since the last bundle do not verify against this "
            "workstation's enrolled key: nothing was exported; run `verifier reports verify`"
        )
    corrections, classified = _corrections(station, last_to, head)
    startups, audit_to = _startups(station, last_audit)
    if not (rows or corrections or startups):
        return None  # nothing new (key changes, addenda that changed nothing sent)
    inspections = Counter(r.created_at.date().isoformat() for r in rows)
    seq = last_bundle + 1
    library = active_library(station.settings.library_dir, station.settings.bundled_library)
    body = {
        "workstation": key.fingerprint,
        "seq": seq,
        "reports": {"from": last_to + 1, "to": head, "count": len(rows)},
        "created": (today or dt.date.today()).isoformat(),
        "application_version": _version(verifier.__version__),
        "library_version": _library_version(library, station.settings.bundled_library),
        "cells": cells(rows, classified),
        "corrections": corrections,
        "days": [
            {"day": day, "inspections": inspections[day], "startups": startups[day]}
            for day in sorted(set(inspections) | set(startups))
        ],
    }
    signature = bytes.fromhex(key.sign(canonical(body)))
    data = encode(body, bytes.fromhex(raw_public(key.public)), signature)
    name = f"{key.fingerprint[:16]}-{seq:06d}{SUFFIX}"
    kept = station.settings.data_dir / "share" / name
    write_atomic(kept, data)
    try:
        with station.db.session() as s:
            detail = {"bundle": seq, "reports_to": head, "audit_to": audit_to, "file": name,
                      "left_out": left_out}  # fmt: skip
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

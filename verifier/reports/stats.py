"""Exports with no personal data: fraud trends and workstation usage.

Built from an allow-list of non-personal columns only (never from report bodies), of reports
whose signature holds (a row written into the database by hand is never counted), and
generalised so that no exported row singles out an inspection:

- trends are counts per ISO week (not the day), point of entry, issuing state, document code,
  template, failed checks, verdict and decision, in a fixed order that says nothing of time;
- a combination seen fewer than ``MIN_CELL`` times in its week keeps only its week, verdict
  and decision (the rest becomes ``*``); what is still below ``MIN_CELL`` is left out and only
  counted (``suppressed``);
- usage is inspections per week and verdict.

``TREND_FIELDS`` and ``USAGE_FIELDS`` are the whole output; a test proves nothing else can
appear. Text cells that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Collection
from typing import Any, Final

from sqlalchemy import select

from verifier.reports.book import ReportBook
from verifier.reports.verify import check_row, trust_anchor, trusted_keys
from verifier.share import coarsen
from verifier.store.tables import Report

MIN_CELL: Final = 3  # fewer inspections than this in a cell are generalised, then suppressed
TREND_FIELDS: Final = (
    "week",
    "point_of_entry",
    "issuing_state",
    "document_code",
    "template",
    "failed_checks",
    "verdict",
    "decision",
    "inspections",
)
USAGE_FIELDS: Final = ("week", "verdict", "inspections")
_FORMULA: Final = ("=", "+", "-", "@", "\t", "\r")


def signed_reports(
    book: ReportBook,
    *,
    after: int = 0,
    upto: int | None = None,
    only: Collection[int] | None = None,
) -> tuple[list[Report], int]:
    """Reports of the chain (positions after ``after``, up to ``upto``; ``only``: just these
    positions) whose signature and columns hold, each with the decision as the newest signed
    addendum of that range corrected it; and how many were left out. Only the rows selected
    are read and verified."""
    anchor, _, _ = trust_anchor(book)
    trusted = trusted_keys(book, anchor)
    with book.db.session() as s:
        query = select(Report).where(
            Report.kind.in_(("report", "addendum")), Report.seq >= 1, Report.seq > after
        )
        if upto is not None:
            query = query.where(Report.seq <= upto)
        if only is not None:
            wanted = sorted(only)
            query = query.where(Report.seq.in_(wanted) | Report.amends.in_(wanted))
        rows = list(s.scalars(query.order_by(Report.seq)))
        s.expunge_all()  # corrected decisions below are for the export, never saved
    good = [r for r in rows if not check_row(r, trusted)[0]]
    reports = {r.seq: r for r in good if r.kind == "report"}
    for addendum in (r for r in good if r.kind == "addendum" and r.decision):
        if addendum.amends in reports:
            reports[addendum.amends].decision = addendum.decision
    left_out = sum(1 for r in rows if r.kind == "report") - len(reports)
    return list(reports.values()), left_out


def verified_addenda(book: ReportBook, upto: int) -> list[tuple[int, int, str | None, str | None]]:
    """Every addendum of the chain up to position ``upto`` whose signature and columns hold,
    oldest first: (its position, the position it amends, its decision, its classification)."""
    anchor, _, _ = trust_anchor(book)
    trusted = trusted_keys(book, anchor)
    with book.db.session() as s:
        rows = list(
            s.scalars(
                select(Report)
                .where(Report.kind == "addendum", Report.seq >= 1, Report.seq <= upto)
                .order_by(Report.seq)
            )
        )
        s.expunge_all()
    out = []
    for row in rows:
        if check_row(row, trusted)[0] or row.amends is None:
            continue
        classification = json.loads(row.body).get("classification")
        out.append((row.seq, row.amends, row.decision, classification))
    return out


def _week(row: Report) -> str:
    year, week, _ = row.created_at.isocalendar()
    return f"{year}-W{week:02d}"


def trends(book: ReportBook) -> tuple[list[dict[str, Any]], dict[str, int]]:
    rows, unverified = signed_reports(book)
    cells: Counter[tuple[Any, ...]] = Counter(
        (
            _week(r),
            r.point_of_entry,
            r.issuing_state,
            r.document_code,
            r.template_id,
            ";".join(sorted(r.failed_checks)),
            r.verdict,
            r.decision,
        )
        for r in rows
    )
    # a rare combination keeps its week, verdict and decision only (one step: place, state,
    # code, template and checks become "*"), as the bundles to the hub do in finer steps
    kept = coarsen(cells, (range(1, 6),), MIN_CELL)
    out, suppressed = [], 0
    for cell, n in sorted(kept.items(), key=lambda item: tuple(str(v) for v in item[0])):
        if n < MIN_CELL:
            suppressed += n
            continue
        out.append(dict(zip(TREND_FIELDS, (*cell, n), strict=True)))
    return out, {"suppressed": suppressed, "unverified_left_out": unverified}


def usage(book: ReportBook) -> tuple[list[dict[str, Any]], dict[str, int]]:
    rows, unverified = signed_reports(book)
    counts = Counter((_week(r), r.verdict) for r in rows)
    out = [
        {"week": week, "verdict": verdict, "inspections": n}
        for (week, verdict), n in sorted(counts.items())
    ]
    return out, {"unverified_left_out": unverified}


def safe_cell(value: Any) -> Any:
    """A text cell a spreadsheet would evaluate (=, +, -, @) is written as text."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def export(book: ReportBook, kind: str, fmt: str) -> str:
    if kind not in ("trends", "usage"):
        raise ValueError("kind must be trends or usage")
    if fmt not in ("csv", "json"):
        raise ValueError("format must be csv or json")
    rows, notes = trends(book) if kind == "trends" else usage(book)
    fields = TREND_FIELDS if kind == "trends" else USAGE_FIELDS
    if fmt == "json":
        document = {"kind": kind, "fields": list(fields), "rows": rows, **notes}
        return json.dumps(document, indent=1) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)
    return buffer.getvalue()

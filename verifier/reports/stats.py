"""Exports with no personal data: fraud trends and workstation usage.

Built from an allow-list of non-personal columns only (never from report bodies): month (not
the day), point of entry, issuing state, document code, template, the ids of the checks that
failed, machine verdict and officer decision. No report id or position either, since those lead
back to a report and its personal data. ``TREND_FIELDS`` and ``USAGE_FIELDS`` are the whole
output; a test proves nothing else can appear.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any, Final

from sqlalchemy import select

from verifier.store.db import Database
from verifier.store.models import Report

TREND_FIELDS: Final = (
    "month",
    "point_of_entry",
    "issuing_state",
    "document_code",
    "template",
    "failed_checks",
    "verdict",
    "decision",
)
USAGE_FIELDS: Final = ("day", "verdict", "inspections")


def trends(db: Database) -> list[dict[str, Any]]:
    query = select(
        Report.created_at,
        Report.point_of_entry,
        Report.issuing_state,
        Report.document_code,
        Report.template_id,
        Report.failed_checks,
        Report.verdict,
        Report.decision,
    ).order_by(Report.created_at, Report.seq)
    with db.session() as s:
        return [
            dict(
                zip(
                    TREND_FIELDS,
                    (
                        at.strftime("%Y-%m"),
                        poe,
                        state,
                        code,
                        template,
                        ";".join(sorted(failed)),
                        verdict,
                        decision,
                    ),
                    strict=True,
                )
            )
            for at, poe, state, code, template, failed, verdict, decision in s.execute(query)
        ]


def usage(db: Database) -> list[dict[str, Any]]:
    with db.session() as s:
        counts = Counter(
            (at.date().isoformat(), verdict)
            for at, verdict in s.execute(select(Report.created_at, Report.verdict))
        )
    return [
        {"day": day, "verdict": verdict, "inspections": n}
        for (day, verdict), n in sorted(counts.items())
    ]


def export(db: Database, kind: str, fmt: str) -> str:
    if kind not in ("trends", "usage"):
        raise ValueError("kind must be trends or usage")
    if fmt not in ("csv", "json"):
        raise ValueError("format must be csv or json")
    rows = trends(db) if kind == "trends" else usage(db)
    fields = TREND_FIELDS if kind == "trends" else USAGE_FIELDS
    if fmt == "json":
        return json.dumps({"kind": kind, "fields": list(fields), "rows": rows}, indent=1) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()

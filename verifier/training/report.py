"""The printable course report: each trainee's pre- and post-test scores and the indicator."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from verifier.printing.fonts import pdf_fonts
from verifier.training.course import CourseReport, Rate, Score


def _rate_table(heading: str, rates: list[Rate], font: str) -> Table:
    def pct(value: float | None, count: int) -> str:
        return "-" if value is None else f"{value} % (n={count})"

    rows: list[list[Any]] = [[heading, "Pre-tests", "Post-tests"]]
    rows += [[r.what, pct(r.pre, r.pre_count), pct(r.post, r.post_count)] for r in rates]
    table = Table(rows, colWidths=[80 * mm, 45 * mm, 45 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("FONTNAME", (0, 0), (-1, -1), font),
            ]
        )
    )
    return table


def course_pdf(
    report: CourseReport, breakdown: tuple[list[Rate], list[Rate]] | None = None
) -> bytes:
    regular, bold, _mono = pdf_fonts()
    text = ParagraphStyle("t", fontName=regular, fontSize=9, leading=11)
    title = ParagraphStyle("h", parent=text, fontName=bold, fontSize=15, leading=19)

    def cell(score: Score | None, field: str) -> str:
        return "-" if score is None else str(getattr(score, field))

    rows: list[list[Any]] = [["Trainee", "Pre-test\n%", "Post-test\n%", "Improved",
                              "Verdicts right\n(pre/post)", "Anomalies found\n(pre/post)",
                              "False alarms\n(pre/post)"]]  # fmt: skip
    for t in report.trainees:
        rows.append([
            t.trainee if t.name in ("", t.trainee) else f"{t.name} ({t.trainee})",
            cell(t.pre, "percent"), cell(t.post, "percent"),
            "-" if t.improved is None else ("yes" if t.improved else "no"),
            f"{cell(t.pre, 'right_verdicts')} / {cell(t.post, 'right_verdicts')}",
            f"{cell(t.pre, 'anomalies_found')} / {cell(t.post, 'anomalies_found')}",
            f"{cell(t.pre, 'false_alarms')} / {cell(t.post, 'false_alarms')}",
        ])  # fmt: skip
    table = Table(rows, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("FONTNAME", (0, 0), (-1, -1), regular),
            ]
        )
    )
    indicator = "-" if report.indicator is None else f"{report.indicator} %"
    story = [
        Paragraph(f"Training course report: {report.course}", title),
        Paragraph(
            "Score: 1 point per right verdict and per anomaly of the answer key found, minus 1 "
            "per false alarm (not below 0 for a sample), over the samples plus the anomalies "
            "of the key. Improved: post-test score above the pre-test score.",
            text,
        ),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 4 * mm),
        Paragraph(
            f"Trainees with increased knowledge and skills: {indicator} (target 75 %)",
            ParagraphStyle("b", parent=text, fontName=bold),
        ),
    ]
    if breakdown is not None:
        per_sample, per_check = breakdown
        story += [
            Spacer(1, 5 * mm),
            Paragraph(
                "Right verdicts per sample", ParagraphStyle("b2", parent=text, fontName=bold)
            ),
            _rate_table("Sample", per_sample, regular),
            Spacer(1, 4 * mm),
            Paragraph(
                "Anomalies found per check", ParagraphStyle("b3", parent=text, fontName=bold)
            ),
            _rate_table("Check", per_check, regular),
        ]
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
        title=f"Course {report.course}", invariant=1,
    ).build(story)  # fmt: skip
    return buffer.getvalue()


def session_pdf(sheet: dict[str, Any]) -> bytes:
    """The trainer's sheet of a session: settings, samples in order, and the answer key."""
    regular, bold, _mono = pdf_fonts()
    text = ParagraphStyle("t", fontName=regular, fontSize=9, leading=11)
    title = ParagraphStyle("h", parent=text, fontName=bold, fontSize=15, leading=19)
    limit = sheet["time_limit_s"]
    rows: list[list[Any]] = [["#", "Sample", "Answer", "Anomalies", "What it shows"]]
    for x in sheet["samples"]:
        rows.append([
            str(x["position"]), x["name"], x["answer"]["verdict"],
            ", ".join(x["answer"]["anomalies"]) or "-", Paragraph(x["description"], text),
        ])  # fmt: skip
    table = Table(rows, colWidths=[8 * mm, 45 * mm, 25 * mm, 40 * mm, 62 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        Paragraph(f"{sheet['course']}: {sheet['name']} ({sheet['kind']})", title),
        Paragraph(
            (f"Time limit: {limit // 60} min. " if limit else "No time limit. ")
            + ("Machine verdict hidden until the debrief." if sheet["hide_verdict"] else ""),
            text,
        ),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 3 * mm),
        Paragraph("Trainer's copy: the answer key is on this sheet.", text),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=sheet["name"], invariant=1).build(story)
    return buffer.getvalue()

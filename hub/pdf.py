"""The hub's PDF export for the regional fraud-analysis network: what the trends page shows,
on paper — the filters, the totals, the weekly trend drawn as a chart, the table by the chosen
dimension with the small cells hidden (and how many inspections they held), and where the
figures come from. Drawn with reportlab (already the workstation's PDF library), its chart
included: nothing from a browser or the network."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.graphics.charts.lineplots import LinePlot  # type: ignore[import-untyped]
from reportlab.graphics.charts.textlabels import Label  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, String  # type: ignore[import-untyped]
from reportlab.graphics.widgets.markers import makeMarker  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
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

SERIES = (  # (key, label, colour): the same as the web page's plot
    ("inspections", "Inspections", colors.HexColor("#20406e")),
    ("anomalies", "Anomalies", colors.HexColor("#d98a00")),
    ("referred", "Referred", colors.HexColor("#6a3d9a")),
    ("suspected", "Suspected fraud", colors.HexColor("#b3141b")),
)


def _chart(weeks: Sequence[Mapping[str, Any]], width: float, font: str) -> Drawing:
    drawing = Drawing(width, 70 * mm)
    if not weeks:
        drawing.add(String(10, 35 * mm, "No week with 5 or more inspections.", fontName=font))
        return drawing
    plot = LinePlot()
    plot.x, plot.y = 14 * mm, 12 * mm
    plot.width, plot.height = width - 60 * mm, 52 * mm
    plot.data = [[(i, row[key]) for i, row in enumerate(weeks)] for key, _, _ in SERIES]
    for n, (_, _, colour) in enumerate(SERIES):
        plot.lines[n].strokeColor = colour
        plot.lines[n].strokeWidth = 1.2
        if len(weeks) < 3:  # a single week is a point, not a line: mark it
            plot.lines[n].symbol = makeMarker("FilledCircle", size=4, fillColor=colour)
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, max(1, len(weeks) - 1)
    step = max(1, len(weeks) // 8)
    plot.xValueAxis.valueSteps = list(range(0, len(weeks), step))
    plot.xValueAxis.labelTextFormat = lambda i: str(weeks[int(i)]["week"])
    plot.xValueAxis.labels.fontName = font
    plot.xValueAxis.labels.fontSize = 7
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.labels.fontName = font
    plot.yValueAxis.labels.fontSize = 7
    drawing.add(plot)
    for n, (_, label, colour) in enumerate(SERIES):  # the legend, at the right
        y = 58 * mm - n * 6 * mm
        key = Label()
        key.setOrigin(width - 42 * mm, y)
        key.setText(label)
        key.fontName, key.fontSize, key.fillColor = font, 8, colour
        key.boxAnchor = "w"
        drawing.add(key)
    return drawing


def trends_pdf(
    *,
    weeks: Sequence[Mapping[str, Any]],
    table: Sequence[Mapping[str, Any]],
    hidden: int,
    dimension: str,
    filters: Mapping[str, tuple[str, str]],
    totals: Mapping[str, int],
    min_cell: int,
    user: str,
    now: dt.datetime | None = None,
) -> bytes:
    """The trends page as a PDF. ``filters``: label -> (dimension label, value)."""
    regular, bold, _ = pdf_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
    note = ParagraphStyle("note", parent=body, fontSize=8, textColor=colors.HexColor("#555555"))
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=15, leading=19)
    subheading = ParagraphStyle("sub", parent=body, fontName=bold, fontSize=11, leading=15)
    buffer = io.BytesIO()
    page = landscape(A4)
    document = SimpleDocTemplate(
        buffer, pagesize=page, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=12 * mm,
        bottomMargin=12 * mm, title="Verifier regional hub: trends", author="Verifier hub",
    )  # fmt: skip
    width = page[0] - 28 * mm
    scope = "; ".join(f"{label}: {value}" for label, value in filters.values()) or "all"
    made = (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC")
    parts: list[Any] = [
        Paragraph("Regional trends in document and identity fraud", heading),
        Paragraph(f"Scope: {_escape(scope)}. Exported {made} by {_escape(user)}.", note),
        Spacer(0, 3 * mm),
        Paragraph(
            "  ·  ".join(f"{label}: {totals.get(key, 0):,}" for key, label, _ in SERIES), body
        ),
        Spacer(0, 2 * mm),
        _chart(weeks, width, regular),
        Paragraph(f"By {_escape(dimension.lower())}", subheading),
    ]
    head = [dimension, "Inspections", "Anomalies", "Anomaly rate", "Referred", "Suspected fraud"]
    rows = [head] + [
        [str(r["value"]), f"{r['inspections']:,}", f"{r['anomalies']:,}", f"{r['rate']} %",
         f"{r['referred']:,}", f"{r['suspected']:,}"]
        for r in table
    ]  # fmt: skip
    grid = Table(rows, repeatRows=1, colWidths=[width * 0.34] + [width * 0.132] * 5)
    grid.setStyle(
        TableStyle([
            ("FONT", (0, 0), (-1, -1), regular, 8.5),
            ("FONT", (0, 0), (-1, 0), bold, 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#dde2e8")),
        ])
    )  # fmt: skip
    parts += [
        grid,
        Spacer(0, 3 * mm),
        Paragraph(
            f"Rows and weeks of fewer than {min_cell} inspections are hidden"
            + (f" ({hidden:,} inspections in such rows)" if hidden else "")
            + ". A * stands for values a workstation generalised (combinations it saw fewer than "
            f"{min_cell} times). The figures are counts that the workstations sent in signed "
            "bundles: no name, "
            "document number or image leaves a workstation. A verdict is the machine's; the "
            "decision and the classification are the officers' and the experts'.",
            note,
        ),
    ]
    document.build(parts)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

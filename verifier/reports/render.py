"""The printable report: PDF (reportlab) and a self-contained HTML page.

Both show the same things, in the order an examiner reads them: the machine verdict and the
officer's decision, the document's identity, the captures per light with the failed features
outlined and numbered, the face comparison, every check, and the proof: report hash, signing
key fingerprint, and a QR code of the report hash to look the report up in the store.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.barcode.qr import QrCodeWidget  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Image as RLImage,
)
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import verifier
from verifier.inspection.presenter import chip_rows
from verifier.inspection.result import CHECK_NAMES, headline, not_examined, parts_in_words
from verifier.library.units import LIGHTS, px_per_mm
from verifier.printing.fonts import FONT_DIR, pdf_fonts
from verifier.printing.words import Words
from verifier.text import Text, say

TOMBSTONE: Final = "verifier-tombstone/1"
LIGHT_NAMES: Final = {
    "visible": say("Visible light"),
    "uv": say("UV 365 nm"),
    "ir": say("IR 870 nm"),
}
STATUS: Final = {  # symbol and word: colour is never the only signal
    "pass": ("✔", say("Pass"), "#1b6e2a"),
    "fail": ("✖", say("FAIL"), "#b3141b"),
    "warn": ("!", say("Warning"), "#8a5a00"),
    "skipped": ("–", say("Skipped"), "#555555"),
    "error": ("?", say("Not checked"), "#8a5a00"),
}
VERDICT_MARKS: Final = {  # symbol and banner colour; a partial examination is amber
    "anomalies": ("✖", "#b3141b"),
    "inconclusive": ("?", "#8a5a00"),
    "no_anomalies": ("✔", "#1b6e2a"),
    "partial": ("◐", "#8a5a00"),
}
VERDICTS: Final = {  # a verdict value in words (screens, printed reports)
    "anomalies": say("Anomalies"),
    "inconclusive": say("Inconclusive"),
    "no_anomalies": say("No anomalies"),
}
DECISIONS: Final = {  # a decision's outcome in words (screens, printed reports)
    "released": say("Released"),
    "referred_to_expert": say("Referred to an expert"),
    "suspected_fraud": say("Suspected fraud"),
    "not_decided": say("Not decided"),
    None: say("No decision recorded"),
}
CLASSIFICATIONS: Final = {  # an expert's fraud classification (verifier.share.CLASSIFICATIONS)
    "genuine": say("Genuine"),
    "counterfeit": say("Counterfeit (a reproduction of the whole document)"),
    "forgery": say("Forgery (a genuine document altered)"),
    "pseudo_document": say("Pseudo or fantasy document"),
    "fraudulently_obtained": say("Genuine, fraudulently obtained"),
    "impostor": say("Genuine, used by an impostor"),
    "stolen_blank": say("Stolen blank"),
}
ENGLISH: Final = Words("en")


def seen_before(inspection: Mapping[str, Any]) -> tuple[list[Text], bool]:
    """This workstation's earlier reports of the document, one sentence each (newest first),
    and whether one was referred or suspected (then it is shown prominently)."""
    seen = inspection.get("seen_before") or []
    lines = [
        say(
            "Report #{seq} of {date}: {verdict}; {decision}; expert's classification: {kind}.",
            seq=s.get("seq"),
            date=s.get("date"),
            verdict=VERDICTS.get(s.get("verdict"), str(s.get("verdict"))),
            decision=DECISIONS.get(s.get("decision"), str(s.get("decision"))),
            kind=CLASSIFICATIONS.get(s["classification"], str(s["classification"])),
        )
        if s.get("classification")
        else say(
            "Report #{seq} of {date}: {verdict}; {decision}.",
            seq=s.get("seq"),
            date=s.get("date"),
            verdict=VERDICTS.get(s.get("verdict"), str(s.get("verdict"))),
            decision=DECISIONS.get(s.get("decision"), str(s.get("decision"))),
        )
        for s in seen
    ]
    serious = any(
        s.get("decision") in ("referred_to_expert", "suspected_fraud")
        or s.get("classification") not in (None, "", "genuine")
        for s in seen
    )
    return lines, serious


def alert_lines(alert: Mapping[str, Any]) -> list[Text]:
    """A fraud alert shown at an inspection, as the screen and the printed report say it:
    who issued it and until when, how it matched, what to look for (the hub's own words)."""
    lines = [
        say(
            "{title}: from {hub}, {issued}, in force until {expires}.",
            title=alert.get("title"),
            hub=alert.get("hub"),
            issued=alert.get("issued"),
            expires=alert.get("expires"),
        )
    ]
    if alert.get("matched") == "state_and_type":
        lines.append(
            say(
                "The document was not identified: this alert concerns the design {template} "
                "of the same issuing state and document type.",
                template=alert.get("template"),
            )
        )
    if alert.get("numbers"):
        lines.append(
            say("It concerns the numbers {numbers}.", numbers=alert.get("numbers"))
            if alert.get("number_checked")
            else say(
                "It concerns the numbers {numbers}; this document's number was not read: "
                "compare it by eye.",
                numbers=alert.get("numbers"),
            )
        )
    lines.append(say("Look for: {what}", what=alert.get("look_for")))
    return lines


def decision_words(outcome: object, w: Words = ENGLISH) -> str:
    return w.text(DECISIONS.get(outcome, str(outcome)))  # type: ignore[call-overload]


def verdict_banner(inspection: Mapping[str, Any], w: Words = ENGLISH) -> tuple[str, str, list[str]]:
    """The banner's text and colour, and what was not examined (the same words as on screen:
    a verdict on a partial examination says so)."""
    verdict = str(inspection.get("verdict"))
    missing = list(inspection.get("not_examined") or not_examined(inspection.get("checks", [])))
    words = headline(verdict, missing, unreferenced=inspection.get("template") is None)
    mark = "partial" if verdict == "no_anomalies" and missing else verdict
    symbol, colour = VERDICT_MARKS.get(mark, ("?", "#555555"))
    return f"{symbol} {w.text(words)}", colour, missing


def check_name(check: Mapping[str, Any]) -> str:
    """A stored check in words (the feature's name, else the check id's)."""
    named = (check.get("evidence") or {}).get("name")
    return str(named) if named else str(CHECK_NAMES.get(str(check.get("id")), check.get("id")))


@dataclass(frozen=True, slots=True)
class Printable:
    """What the printed report needs: the stored report, its image files, and the language it
    is printed in (the signed record itself is the same in every language)."""

    report: Mapping[str, Any]  # ReportBook.get(...)
    images: Mapping[str, bytes]  # role -> file bytes
    words: Words = ENGLISH


def marked_images(p: Printable) -> list[tuple[str, bytes, list[tuple[int, str]]]]:
    """Per light: a JPEG with the failed features outlined and numbered, and the legend."""
    body = p.report["body"]
    inspection = body.get("inspection", {})
    dpi = inspection.get("frame_dpi")
    failed = [c for c in inspection.get("checks", []) if c["status"] == "fail"]
    out: list[tuple[str, bytes, list[tuple[int, str]]]] = []
    number = 0
    for light in LIGHTS:
        aligned = p.images.get(f"{light}_aligned")
        data = aligned or p.images.get(light)
        if data is None:
            continue
        with Image.open(io.BytesIO(data)) as source:
            image = source.convert("RGB")
        legend: list[tuple[int, str]] = []
        if aligned is not None and dpi:
            draw = ImageDraw.Draw(image)
            font = _font(max(14, image.width // 40))
            k = px_per_mm(dpi)
            for check in failed:
                ev = check.get("evidence") or {}
                region = ev.get("worst_tile_mm") or ev.get("region_mm")
                if not region or not str(check["id"]).startswith(_light_prefix(light)):
                    continue
                number += 1
                box = (
                    region["x"] * k,
                    region["y"] * k,
                    (region["x"] + region["w"]) * k,
                    (region["y"] + region["h"]) * k,
                )
                width = max(3, image.width // 300)
                draw.rectangle(box, outline=(220, 20, 30), width=width)
                draw.text(
                    (box[0] + width + 2, box[1] + width),
                    str(number),
                    fill=(220, 20, 30),
                    font=font,
                    stroke_width=2,
                    stroke_fill=(255, 255, 255),
                )
                name = p.words.text(check_name(check))
                legend.append(
                    (number, f"{name}: {p.words.text(check['message'], check.get('text'))}")
                )
        image.thumbnail((1200, 1200))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=85)
        out.append((light, buffer.getvalue(), legend))
    return out


def document_portrait(p: Printable) -> bytes | None:
    """The portrait zone of the aligned visible capture, as a JPEG (None when unknown)."""
    inspection = p.report["body"].get("inspection", {})
    zone = (inspection.get("face") or {}).get("portrait_mm")
    dpi = inspection.get("frame_dpi")
    data = p.images.get("visible_aligned")
    if not zone or not dpi or data is None:
        return None
    k = px_per_mm(dpi)
    with Image.open(io.BytesIO(data)) as source:
        box = (
            zone["x"] * k,
            zone["y"] * k,
            (zone["x"] + zone["w"]) * k,
            (zone["y"] + zone["h"]) * k,
        )
        portrait = source.convert("RGB").crop(tuple(round(v) for v in box))
    buffer = io.BytesIO()
    portrait.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def _light_prefix(light: str) -> str:
    return {"visible": "visible.", "uv": "uv.", "ir": "ir."}[light]


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), size)
    except OSError:
        return ImageFont.load_default()


def identity(body: Mapping[str, Any], w: Words = ENGLISH) -> list[tuple[str, str]]:
    inspection = body.get("inspection", {})
    mrz = inspection.get("mrz") or {}
    template = inspection.get("template") or w.say("not identified")
    rows = [(w.say("Template"), str(template))]
    for key, label in (
        ("document_code", say("Document code")),
        ("issuing_state", say("Issuing state")),
        ("document_number", say("Document number")),
        ("surname", say("Surname")),
        ("given_names", say("Given names")),
        ("nationality", say("Nationality")),
        ("birth_date", say("Date of birth")),
        ("sex", say("Sex")),
        ("expiry_date", say("Date of expiry")),
    ):
        if mrz.get(key):
            rows.append((w.text(label), str(mrz[key])))
    if mrz.get("lines"):
        rows.append(("MRZ", "\n".join(mrz["lines"])))
    return rows


_CHIP_PORTRAIT = (("chip_portrait", say("Portrait in the chip")),)


def chip_detail_rows(inspection: Mapping[str, Any], w: Words = ENGLISH) -> list[tuple[str, str]]:
    """What the chip adds: its DG11/DG12 details and the certificate chain of its signature."""
    rows: list[tuple[str, str]] = []
    for check in inspection.get("checks", []):
        for label, value in chip_rows(str(check.get("id")), check.get("evidence") or {}):
            rows.append((w.text(label), value))
    return rows


def _face_line(inspection: Mapping[str, Any], w: Words = ENGLISH) -> str:
    face = inspection.get("face")
    if not face:
        return w.say("No bearer photo was compared.")
    percent = face.get("percent")
    bands = {"match": say("Match"), "uncertain": say("Uncertain"), "no_match": say("No match")}
    band = w.text(bands.get(str(face.get("band")), str(face.get("band"))))
    reason = w.text(face.get("reason", ""), face.get("reason_text"))
    if percent is not None:
        return w.say("{percent}% similar: {band}. {reason}", percent=percent, band=band,
                     reason=reason)  # fmt: skip
    return w.say("{band}. {reason}", band=band, reason=reason)


NOTES_IN_TABLE = 300  # longer notes follow the table as paragraphs, which break across pages


def _header(p: Printable, *, notes: bool = True) -> list[tuple[str, str]]:
    body, w = p.report["body"], p.words
    ws = body.get("workstation", {})
    decision = body.get("decision") or {}
    missing = verdict_banner(body.get("inspection", {}))[2]
    return [
        (w.say("Report"), f"#{p.report['seq']}  {body.get('report_id', '')}"),
        (w.say("Created"), str(body.get("created_at", ""))),
        (w.say("Officer"), officer_line(body.get("officer"), w)),
        (w.say("Workstation"), f"{ws.get('name', '')}  {ws.get('point_of_entry', '')}".strip()),
        *([(w.say("Not examined"), w.text(parts_in_words(missing)))] if missing else []),
        (w.say("Decision"), decision_words(decision.get("outcome"), w)),
        *([(w.say("Notes"), str(decision.get("notes") or "—"))] if notes else []),
    ]


def officer_line(officer: Mapping[str, Any] | None, w: Words = ENGLISH) -> str:
    """ "Full Name (username)", or who saved it when no officer signed it."""
    if not officer:
        return w.say("— (command line)")
    name, user = officer.get("name"), officer.get("username")
    return f"{name} ({user})" if name and name != user else str(user)


def addenda_rows(p: Printable) -> list[tuple[str, str]]:
    """One row per signed addendum: who, when, the corrected decision, the text."""
    rows, w = [], p.words
    for addendum in p.report.get("addenda") or []:
        body = addendum["body"]
        title = w.say("Addendum #{n}", n=addendum["seq"])
        if body.get("schema") == TOMBSTONE:
            rows.append((title, w.say("purged with the report")))
            continue
        outcome = (body.get("decision") or {}).get("outcome")
        corrected = (
            w.say("Decision corrected to: {decision}.", decision=decision_words(outcome, w)) + " "
            if outcome
            else ""
        )
        classified = body.get("classification")
        if classified:
            named = CLASSIFICATIONS.get(classified)
            corrected += (
                w.say(
                    "Expert's classification: {kind}.",
                    kind=w.text(named) if named else classified,
                )
                + " "
            )
        rows.append(
            (
                title,
                f"{body.get('created_at', '')}, {officer_line(body.get('officer'), w)}\n"
                f"{corrected}{(body.get('decision') or {}).get('notes', '')}",
            )
        )
    return rows


def _notes(p: Printable) -> str:
    return str((p.report["body"].get("decision") or {}).get("notes") or "")


# -- HTML -------------------------------------------------------------------------------------
def to_html(p: Printable) -> str:
    body, w = p.report["body"], p.words
    if body.get("schema") == TOMBSTONE:
        return _tombstone_html(p)
    inspection = body.get("inspection", {})
    e = html.escape
    verdict, colour, _ = verdict_banner(inspection, w)
    title = w.say("Verifier — inspection report #{n}", n=p.report["seq"])
    lang = p.words.language.replace("_", "-")
    parts = [
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title>",
        "<style>body{font-family:DejaVu Sans,Arial,sans-serif;max-width:60em;margin:1em auto;"
        "color:#111}table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;"
        "padding:.25em .5em;text-align:left;vertical-align:top}.banner{color:#fff;padding:.6em;"
        "font-size:1.4em;font-weight:bold}figure{display:inline-block;margin:.3em;width:31%}"
        "figure img{width:100%}pre{margin:0;font-family:DejaVu Sans Mono,monospace}</style>",
        "</head><body>",
        f"<h1>{e(title)}</h1>",
        f"<div class='banner' style='background:{colour}'>{e(verdict)}</div>",
        f"<p>{e(w.say('The machine verdict reports what the checks found; the officer decides.'))}"
        "</p>",
        _html_table(_header(p)),
        *(
            [f"<h2>{e(w.say('Addenda'))}</h2>", _html_table(addenda_rows(p))]
            if addenda_rows(p)
            else []
        ),
        f"<h2>{e(w.say('Document'))}</h2>",
        _html_table(identity(body, w), pre={"MRZ"}),
        *_alerts_html(inspection, w),
        *_seen_html(inspection, w),
        f"<h2>{e(w.say('Captures'))}</h2>",
    ]
    for light, jpeg, legend in marked_images(p):
        data = base64.b64encode(jpeg).decode()
        items = "".join(f"<li>{n}: {e(text)}</li>" for n, text in legend)
        name = e(w.text(LIGHT_NAMES[light]))
        parts.append(
            f"<figure><img alt='{name}' src='data:image/jpeg;base64,{data}'>"
            f"<figcaption>{name}<ol style='list-style:none;padding:0'>{items}"
            "</ol></figcaption></figure>"
        )
    portrait = document_portrait(p)
    if portrait is not None:
        data = base64.b64encode(portrait).decode()
        caption = e(w.say("Portrait on the document"))
        parts.append(
            f"<figure><img alt='{caption}' src='data:image/jpeg;base64,{data}'>"
            f"<figcaption>{caption}</figcaption></figure>"
        )
    for role, caption_text in (("bearer", say("Bearer photo")), *_CHIP_PORTRAIT):
        if role not in p.images:
            continue
        data = base64.b64encode(_thumbnail(p.images[role])).decode()
        caption = e(w.text(caption_text))
        parts.append(
            f"<figure><img alt='{caption}' src='data:image/jpeg;base64,{data}'>"
            f"<figcaption>{caption}</figcaption></figure>"
        )
    chip = chip_detail_rows(inspection, w)
    if chip:
        parts += [f"<h2>{e(w.say('Chip'))}</h2>", _html_table(chip)]
    parts += [
        f"<h2>{e(w.say('Face comparison'))}</h2><p>{e(_face_line(inspection, w))}</p>",
        f"<h2>{e(w.say('Checks'))}</h2>",
    ]
    parts.append(_checks_html(inspection.get("checks", []), w))
    parts += [
        f"<h2>{e(w.say('Signature'))}</h2>",
        _html_table(_proof(p)),
        "</body></html>",
    ]
    return "\n".join(parts)


def summary_html(p: Printable) -> str:
    """The report in brief, as the History shows it beside its list: the same rows in the same
    words as the printed report (``to_html``), without the images, the chip and the checks that
    passed."""
    body, w, e = p.report["body"], p.words, html.escape
    if body.get("schema") == TOMBSTONE:
        return _tombstone_html(p)
    inspection = body.get("inspection", {})
    verdict, colour, _ = verdict_banner(inspection, w)
    addenda = addenda_rows(p)
    failed = [c for c in inspection.get("checks", []) if c["status"] != "pass"]
    parts = [
        f"<h3>{e(w.say('Verifier — inspection report #{n}', n=p.report['seq']))}</h3>",
        f"<p style='color:white;background:{colour};padding:4px'><b>{e(verdict)}</b></p>",
        _html_table(_header(p)),
        *([f"<h4>{e(w.say('Addenda'))}</h4>", _html_table(addenda)] if addenda else []),
        f"<h4>{e(w.say('Document'))}</h4>",
        _html_table(identity(body, w), pre={"MRZ"}),
        *_alerts_html(inspection, w),
        *_seen_html(inspection, w),
        *([f"<h4>{e(w.say('Checks that did not pass'))}</h4>", _checks_html(failed, w)]
          if failed else []),
        _html_table(_proof(p)[:1]),  # the hash: what the report is looked up by
    ]  # fmt: skip
    return "\n".join(parts)


def _checks_html(checks: list[Mapping[str, Any]], w: Words) -> str:
    e = html.escape
    rows = "".join(
        f"<tr><td style='color:{STATUS[c['status']][2]}'>{STATUS[c['status']][0]} "
        f"{e(w.text(STATUS[c['status']][1]))}</td><td>{e(w.text(check_name(c)))}<br>"
        f"<small>{e(c['id'])}</small></td><td>{e(w.text(c['message'], c.get('text')))}</td></tr>"
        for c in checks
    )
    head = "".join(f"<th>{e(h)}</th>" for h in (w.say("Result"), w.say("Check"), w.say("Details")))
    return f"<table><tr>{head}</tr>{rows}</table>"


def _alerts_html(inspection: Mapping[str, Any], w: Words) -> list[str]:
    alerts = inspection.get("alerts") or []
    if not alerts:
        return []
    items = "".join(
        "<li>" + "<br>".join(html.escape(w.text(line)) for line in alert_lines(a)) + "</li>"
        for a in alerts
    )
    return [f"<h2 style='color:#a15c00'>{html.escape(w.say('Fraud alerts shown'))}</h2>",
            f"<ul>{items}</ul>"]  # fmt: skip


def _seen_html(inspection: Mapping[str, Any], w: Words) -> list[str]:
    lines, serious = seen_before(inspection)
    if not lines:
        return []
    style = " style='color:#b3141b'" if serious else ""
    items = "".join(f"<li>{html.escape(w.text(line))}</li>" for line in lines)
    return [f"<h2{style}>{html.escape(w.say('Seen before on this workstation'))}</h2>",
            f"<ul>{items}</ul>"]  # fmt: skip


def _tombstone_html(p: Printable) -> str:
    e, w = html.escape, p.words
    stats = p.report["body"].get("statistics", {})
    rows = [(k, str(v)) for k, v in stats.items()] + _proof(p)
    title = w.say("Report #{n}: personal data purged", n=p.report["seq"])
    lang = w.language.replace("_", "-")
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{e(title)}</title></head><body><h1>{e(title)}</h1>"
        f"<p>{e(_purged_line(p))}</p>{_html_table(rows)}</body></html>"
    )


def _purged_line(p: Printable) -> str:
    return p.words.say(
        "Purged on {date} at the end of the retention period. The non-personal statistics remain.",
        date=str(p.report["body"].get("purged_at")),
    )


def _proof(p: Printable) -> list[tuple[str, str]]:
    w = p.words
    return [
        (w.say("Report hash (SHA-256)"), str(p.report["report_hash"])),
        (w.say("Signed by key"), str(p.report["key_fingerprint"])),
        (w.say("Signature (Ed25519)"), str(p.report["signature"])),
    ]


def _html_table(rows: list[tuple[str, str]], pre: set[str] | None = None) -> str:
    e = html.escape
    cells = "".join(
        f"<tr><th>{e(k)}</th><td>"
        f"{'<pre>' + e(v) + '</pre>' if k in (pre or set()) else e(v).replace(chr(10), '<br>')}"
        "</td></tr>"
        for k, v in rows
    )
    return f"<table>{cells}</table>"


def _thumbnail(data: bytes, size: int = 600) -> bytes:
    with Image.open(io.BytesIO(data)) as source:
        image = source.convert("RGB")
    image.thumbnail((size, size))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


# -- PDF --------------------------------------------------------------------------------------
GRID: Final = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def to_pdf(p: Printable) -> bytes:
    pdf = _Pdf(p)
    story = pdf.tombstone() if pdf.body.get("schema") == TOMBSTONE else pdf.inspection()
    story += pdf.proof()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=p.words.say("Verifier — inspection report #{n}", n=p.report["seq"]),
        author=officer_line(p.report["body"].get("officer"), p.words),
        subject=f"Verifier inspection report {p.report['body'].get('report_id', '')}",
        creator=f"Verifier {verifier.__version__}",
        invariant=0,  # the creation date is the export's, not a fixed one
    )
    doc.build(story)
    return buffer.getvalue()


class _Pdf:
    """The flowables of one report, in reading order."""

    def __init__(self, p: Printable) -> None:
        regular, bold, mono = pdf_fonts()
        self.p, self.body, self.w = p, p.report["body"], p.words
        self.result = self.body.get("inspection", {})
        self.text = ParagraphStyle("t", fontName=regular, fontSize=8.5, leading=10.5)
        self.small = ParagraphStyle("s", parent=self.text, fontSize=7, leading=8.5)
        self.title = ParagraphStyle("h1", parent=self.text, fontName=bold, fontSize=15, leading=19)
        self.heading = ParagraphStyle(
            "h2",
            parent=self.text,
            fontName=bold,
            fontSize=11,
            leading=15,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,  # never stranded at the foot of a page
        )
        self.pre = ParagraphStyle("pre", parent=self.text, fontName=mono, fontSize=7.5, leading=9)

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(html.escape(text).replace("\n", "<br/>"), style or self.text)

    def table(self, rows: list[tuple[str, str]], widths: tuple[float, float] = (38, 142)) -> Table:
        data = [
            [self.para(k, self.text), self.para(v, self.pre if k == "MRZ" else self.text)]
            for k, v in rows
        ]
        t = Table(data, colWidths=[widths[0] * mm, widths[1] * mm])
        t.setStyle(TableStyle(GRID))
        return t

    def tombstone(self) -> list[Any]:
        title = self.w.say("Report #{n}: personal data purged", n=self.p.report["seq"])
        return [
            self.para(title, self.title),
            self.para(_purged_line(self.p)),
            Spacer(1, 4 * mm),
            self.table([(k, str(v)) for k, v in self.body.get("statistics", {}).items()]),
        ]

    def inspection(self) -> list[Any]:
        verdict, colour, _ = verdict_banner(self.result, self.w)
        w = self.w
        banner_style = ParagraphStyle("b", parent=self.title, fontSize=14, textColor=colors.white)
        banner = Table([[self.para(verdict, banner_style)]], colWidths=[180 * mm])
        banner.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(colour)),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return [
            self.para(
                w.say("Verifier — inspection report #{n}", n=self.p.report["seq"]), self.title
            ),
            banner,
            self.para(
                w.say("The machine verdict reports what the checks found; the officer decides."),
                self.small,
            ),
            Spacer(1, 2 * mm),
            self.table(_header(self.p, notes=len(_notes(self.p)) <= NOTES_IN_TABLE)),
            *self.long_notes(),
            *self.addenda(),
            self.para(w.say("Document"), self.heading),
            self.table(identity(self.body, w)),
            *self.alerts(),
            *self.seen(),
            self.para(w.say("Captures (failed features outlined and numbered)"), self.heading),
            *self.captures(),
            self.para(w.say("Face comparison"), self.heading),
            self.face(),
            self.para(w.say("Checks"), self.heading),
            self.checks(),
            *self.chip(),
        ]

    def alerts(self) -> list[Any]:
        alerts = self.result.get("alerts") or []
        if not alerts:
            return []
        out = [self.para(self.w.say("Fraud alerts shown"), self.heading)]
        for alert in alerts:
            out += [self.para(self.w.text(line)) for line in alert_lines(alert)]
        return out

    def seen(self) -> list[Any]:
        lines, _ = seen_before(self.result)
        if not lines:
            return []
        title = self.para(self.w.say("Seen before on this workstation"), self.heading)
        return [title, *(self.para(self.w.text(line)) for line in lines)]

    def chip(self) -> list[Any]:
        rows = chip_detail_rows(self.result, self.w)
        return [self.para(self.w.say("Chip"), self.heading), self.table(rows)] if rows else []

    def long_notes(self) -> list[Any]:
        """Notes too long for a table cell: paragraphs, which continue on the next page."""
        notes = _notes(self.p)
        if len(notes) <= NOTES_IN_TABLE:
            return []
        return [self.para(self.w.say("Notes"), self.heading)] + [
            self.para(part) for part in notes.splitlines() if part.strip()
        ]

    def addenda(self) -> list[Any]:
        rows = addenda_rows(self.p)
        return [self.para(self.w.say("Addenda"), self.heading), self.table(rows)] if rows else []

    def captures(self) -> list[Any]:
        cells, legends = [], []
        for light, jpeg, legend in marked_images(self.p):
            cells.append(
                (_rl_image(jpeg, 57), self.para(self.w.text(LIGHT_NAMES[light]), self.small))
            )
            legends += [f"{n}. {t}" for n, t in legend]
        out: list[Any] = []
        if cells:
            out.append(
                Table(
                    [[c[0] for c in cells], [c[1] for c in cells]],
                    colWidths=[60 * mm] * len(cells),
                )
            )
        return out + [self.para(line, self.small) for line in legends]

    def face(self) -> Table:
        portrait = document_portrait(self.p)
        w = self.w
        left: Any = (
            _rl_image(portrait, 25) if portrait else self.para(w.say("No portrait"), self.small)
        )
        photo: Any = self.para(w.say("No bearer photo"), self.small)
        if "bearer" in self.p.images:
            photo = _rl_image(_thumbnail(self.p.images["bearer"], 300), 25)
        images = [left, photo]
        captions = [
            self.para(w.say("Document"), self.small),
            self.para(w.say("Bearer"), self.small),
        ]
        if "chip_portrait" in self.p.images:
            images.append(_rl_image(_thumbnail(self.p.images["chip_portrait"], 300), 25))
            captions.append(self.para(w.say("Chip"), self.small))
        row = [
            [*images, self.para(_face_line(self.result, w))],
            [*captions, ""],
        ]
        t = Table(row, colWidths=[30 * mm] * len(images) + [(180 - 30 * len(images)) * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    def checks(self) -> Table:
        w = self.w
        rows = [
            [self.para(w.say("Result")), self.para(w.say("Check")), self.para(w.say("Details"))]
        ]
        for c in self.result.get("checks", []):
            symbol, word, colour = STATUS.get(c["status"], ("?", c["status"], "#000000"))
            style = ParagraphStyle("c", parent=self.text, textColor=colors.HexColor(colour))
            rows.append(
                [
                    self.para(f"{symbol} {w.text(word)}", style),
                    [self.para(w.text(check_name(c))), self.para(c["id"], self.small)],
                    self.para(w.text(c["message"], c.get("text")), self.small),
                ]
            )
        t = Table(rows, colWidths=[20 * mm, 36 * mm, 124 * mm], repeatRows=1)
        t.setStyle(TableStyle([*GRID, ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]))
        return t

    def proof(self) -> list[Any]:
        qr = QrCodeWidget(f"verifier-report:{self.p.report['report_hash']}")
        x0, y0, x1, y1 = qr.getBounds()
        side = 28 * mm
        drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
        drawing.add(qr)
        t = Table([[drawing, self.table(_proof(self.p), (36, 110))]], colWidths=[32 * mm, 148 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [self.para(self.w.say("Signature"), self.heading), t]


def _rl_image(jpeg: bytes, width_mm: float) -> RLImage:
    with Image.open(io.BytesIO(jpeg)) as im:
        ratio = im.height / im.width
    return RLImage(io.BytesIO(jpeg), width_mm * mm, width_mm * mm * ratio)

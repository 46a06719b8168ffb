"""The printed page against the MRZ: the visual inspection zone read at the template's zones
(or searched for on a document without one), and the MRZ's ink in IR."""

from __future__ import annotations

from verifier.forensics.measures import RGB, contrast, luminance
from verifier.imaging.mrz_reader import ImageRead
from verifier.inspection import viz
from verifier.inspection.identify import Match
from verifier.inspection.result import CheckResult, CheckStatus
from verifier.mrz import MrzResult
from verifier.text import joined, say


def viz_check(match: Match, visible: RGB, mrz: MrzResult) -> list[CheckResult]:
    """The printed data at the template's zones against the MRZ."""
    result = viz.compare(match.template, visible, mrz)
    evidence = {"compared": list(result.compared), "unread": list(result.unread)}
    if result.differences:
        message = say(
            "The printed data differ from the MRZ: {differences}.",
            differences=joined("; ", result.differences),
        )
        return [CheckResult("viz.mrz_consistency", CheckStatus.FAIL, message, evidence=evidence)]
    if not result.compared:
        message = say("The printed data could not be read; compare them with the MRZ by eye.")
        return [CheckResult("viz.mrz_consistency", CheckStatus.WARN, message, evidence=evidence)]
    message = say(
        "The printed {fields} agree with the MRZ.",
        fields=joined(", ", list(result.compared)),
    )
    return [CheckResult("viz.mrz_consistency", CheckStatus.PASS, message, evidence=evidence)]


def viz_search(visible: RGB, read: ImageRead) -> CheckResult:
    """The MRZ's data looked for in the printed text of a document without a template."""
    text = viz.read_page(visible, [read.bbox])
    result = viz.search(text, read.result)
    evidence = {"found": list(result.compared), "not_found": list(result.unread)}
    if not result.unread:
        message = say(
            "The MRZ's {fields} are also printed on the document.",
            fields=joined(", ", list(result.compared)),
        )
        return CheckResult("viz.mrz_consistency", CheckStatus.PASS, message, evidence=evidence)
    message = say(
        "Without a reference the printed fields cannot be located: {missing} not found in the "
        "printed text; compare them with the MRZ by eye.",
        missing=joined(", ", list(result.unread)),
    )
    return CheckResult("viz.mrz_consistency", CheckStatus.WARN, message, evidence=evidence)


MIN_IR_RATIO = 0.4  # a line's contrast in IR against visible light: B900 ink keeps most of it


def mrz_in_ir(ir: RGB, visible: RGB, read: ImageRead) -> CheckResult:
    """Every MRZ line must stay dark in IR (Doc 9303-3 §4.10, B900 ink), checked line by line
    so that one line printed in another ink is caught too. A reader captures every light with
    one geometry, so the MRZ's box in the visible image is its box in IR."""
    if ir.shape[:2] != visible.shape[:2]:
        return CheckResult(
            "ir.mrz_b900",
            CheckStatus.SKIPPED,
            say("The IR image is not framed like the visible one; check the MRZ in IR by eye."),
        )
    x, y, w, h = read.bbox
    count = len(read.result.lines)
    vertical = read.orientation in (90, 270)
    ratios = []
    for i in range(count):
        if vertical:
            box = (slice(y, y + h), slice(x + i * w // count, x + (i + 1) * w // count))
        else:
            box = (slice(y + i * h // count, y + (i + 1) * h // count), slice(x, x + w))
        seen_ir = contrast(luminance(ir[box]))
        seen_visible = max(contrast(luminance(visible[box])), 1e-3)
        ratios.append(seen_ir / seen_visible)
    if read.orientation in (90, 180):  # lines in reading order
        ratios = ratios[::-1]
    faint = [str(i + 1) for i, r in enumerate(ratios) if r < MIN_IR_RATIO]
    evidence = {"ir_to_visible_contrast": [round(r, 3) for r in ratios]}
    if faint:
        message = say(
            "MRZ line(s) {lines} fade in IR: not printed in B900 ink as Doc 9303-3 requires.",
            lines=", ".join(faint),
        )
        return CheckResult("ir.mrz_b900", CheckStatus.FAIL, message, min(ratios), evidence)
    return CheckResult(
        "ir.mrz_b900",
        CheckStatus.PASS,
        say("Every MRZ line stays dark in IR (B900 ink)."),
        min(ratios),
        evidence,
    )

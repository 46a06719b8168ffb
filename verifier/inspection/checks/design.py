"""Which design the document is: the identified template against what the MRZ says (format,
issuing state, document code, number series)."""

from __future__ import annotations

from verifier.inspection.identify import Match
from verifier.inspection.result import CheckResult, CheckStatus
from verifier.mrz import MrzResult
from verifier.text import joined, say


def confidence(ranked: list[Match]) -> float:
    """How clearly the best design beats the second: its share of their inliers."""
    if not ranked:
        return 0.0
    second = ranked[1].inliers if len(ranked) > 1 else 0
    return ranked[0].inliers / (ranked[0].inliers + second)


def template_check(match: Match | None, confidence: float, mrz: MrzResult | None) -> CheckResult:
    if match is None:
        what = (
            say("{format} of {state}", format=mrz.format.value, state=mrz.issuing_state)
            if mrz is not None
            else say("unknown")
        )
        return CheckResult(
            "template.identified",
            CheckStatus.WARN,
            say(
                "No reference exists for this document in the library (MRZ: {what}): its "
                "design and security features could not be compared. What needs no reference "
                "was checked.",
                what=what,
            ),
        )
    t = match.template
    problems = []
    if mrz is not None:
        if mrz.format is not t.format:
            problems.append(
                say(
                    "its MRZ is {mrz}, the design's is {design}",
                    mrz=mrz.format.value,
                    design=t.format.value if t.format else "?",
                )
            )
        if mrz.issuing_state != t.issuing_state:
            problems.append(
                say(
                    "the MRZ says {mrz}, the design is from {design}",
                    mrz=mrz.issuing_state,
                    design=t.issuing_state,
                )
            )
        if not mrz.document_code.startswith(t.document_code[:1]):
            problems.append(
                say("document code {code} does not belong to this design", code=mrz.document_code)
            )
        if mrz.document_number and not t.number_pattern.fullmatch(mrz.document_number):
            problems.append(
                say(
                    "number {number} is not of this series ({series})",
                    number=mrz.document_number,
                    series=t.series,
                )
            )
    evidence = {"template": t.id, "inliers": match.inliers}
    if problems:
        message = say(
            "The design is {name}, but {problems}.",
            name=say(t.name),
            problems=joined("; ", problems),
        )
        return CheckResult("template.identified", CheckStatus.FAIL, message, confidence, evidence)
    return CheckResult(
        "template.identified",
        CheckStatus.PASS,
        say("Identified as {name}.", name=say(t.name)),
        confidence,
        evidence,
    )

"""What an inspection produces: checks with stable ids, and a verdict that never says "genuine".

Verdict policy (docs/inspection.md):
- ``anomalies`` when any check failed;
- ``inconclusive`` when none failed but a check could not be made (status ``error``) or gave a
  warning (an unknown code, a document not in the library);
- ``no_anomalies`` otherwise. Checks ``skipped`` because a light was not captured do not change
  the verdict, but the result says what was not examined (``not_examined``: ``visible``
  features, ``uv``, ``ir``, ``face``), and every screen and report shows a verdict on a partial
  examination as partial. The officer decides.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from verifier.mrz import MrzResult
from verifier.serial import Serial, as_data, key
from verifier.text import Text, as_record, joined, say

# What an officer reads for each check id (a template feature has its own name, in evidence)
CHECK_NAMES: Mapping[str, Text] = {
    "mrz.present": say("MRZ found"),
    "mrz.format": say("MRZ layout"),
    "mrz.check_digits": say("MRZ check digits"),
    "mrz.dates": say("MRZ dates"),
    "mrz.codes": say("Country codes"),
    "doc.expired": say("Validity"),
    "template.identified": say("Document identified"),
    "viz.mrz_consistency": say("Printed data against the MRZ"),
    "barcode.decoded": say("Bar codes read"),
    "barcode.signature": say("Seal signature"),
    "barcode.mrz_consistency": say("Seal data against the MRZ"),
    "uv.dull_paper": say("Dull paper in UV"),
    "uv.features": say("UV features"),
    "ir.mrz_b900": say("MRZ ink in IR"),
    "ir.features": say("IR features"),
    "visible.features": say("Visible features"),
    "face.portrait_found": say("Portrait found"),
    "face.match": say("Face comparison"),
    "chip.read": say("Chip read"),
    "chip.passive_auth": say("Chip data signed by the issuer"),
    "chip.clone_detection": say("Chip not copied"),
    "chip.mrz_match": say("Chip MRZ against the printed MRZ"),
    "face.chip_match": say("Chip portrait comparison"),
    "watchlist.hit": say("Watch lists (lost, stolen, revoked)"),
}
# the parts of an examination that need their own capture, in the order they are named
PARTS: tuple[str, ...] = ("visible", "uv", "ir", "face")
PART_NAMES: Mapping[str, Text] = {
    "visible": say("the visible-light features"),
    "uv": say("UV"),
    "ir": say("IR"),
    "face": say("the face"),
}


class CheckStatus(enum.Enum):
    PASS = "pass"
    FAIL = "fail"
    WARN = "warn"
    SKIPPED = "skipped"
    ERROR = "error"


class Verdict(enum.Enum):
    NO_ANOMALIES = "no_anomalies"
    ANOMALIES = "anomalies"
    INCONCLUSIVE = "inconclusive"


@dataclass(frozen=True, slots=True)
class CheckResult(Serial):
    id: str  # a stable check id of docs/architecture.md
    status: CheckStatus
    message: str  # for the officer, plain words
    score: float | None = field(default=None, metadata=key(digits=4))
    evidence: Mapping[str, Any] = field(default_factory=dict, metadata=key(raw=True))

    @property
    def name(self) -> str:
        """The check in words: the template feature's name, else the check id's."""
        named = self.evidence.get("name")
        if isinstance(named, str) and named:
            return named
        return CHECK_NAMES.get(self.id, self.id)

    def as_dict(self) -> dict[str, Any]:
        out = as_data(self)
        text = as_record(self.message)
        if text is not None and text["args"]:  # to show the message in another language later
            out["text"] = text
        return out


@dataclass(frozen=True, slots=True)
class StageFailure(Serial):
    """A stage of the pipeline that raised: which stage, and the exception's type only (its
    message may quote what was read from the document)."""

    stage: str
    error: str

    def checks(self, ids: tuple[str, ...]) -> list[CheckResult]:
        """The checks the stage would have made, as errors to be made by eye."""
        message = say(
            "This check could not be made (the {stage} stage failed); inspect it by eye.",
            stage=self.stage,
        )
        return [CheckResult(check_id, CheckStatus.ERROR, message) for check_id in ids]


@dataclass(frozen=True, slots=True)
class InspectionResult(Serial):
    data_properties = ("not_examined",)
    template: str | None
    template_confidence: float = field(metadata=key(digits=3))
    mrz: MrzResult | None
    checks: tuple[CheckResult, ...]
    verdict: Verdict
    timing_ms: Mapping[str, float] = field(metadata=key(digits=1))
    # band, similarity, percent, reason (its template kept: _face_dict)
    face: Mapping[str, object] | None = field(default=None, metadata=key(skip=True))
    frame_dpi: int | None = None  # resolution of the template frame feature regions refer to
    # the captures warped onto the template frame (for reports and the GUI; not serialised)
    aligned: Mapping[str, Any] = field(
        default_factory=dict, compare=False, repr=False, metadata=key(skip=True)
    )
    failed_stages: tuple[StageFailure, ...] = ()  # stages that raised (their checks are errors)
    # the portrait read from the chip's DG2 (for the GUI; not serialised)
    chip_portrait: Any = field(default=None, compare=False, repr=False, metadata=key(skip=True))
    # earlier reports of this document on this workstation ({seq, date, verdict, decision})
    seen_before: tuple[Mapping[str, Any], ...] = field(default=(), metadata=key(raw=True))
    # the hub's fraud alerts shown with it (verifier.alerts.Match.record)
    alerts: tuple[Mapping[str, Any], ...] = field(default=(), metadata=key(raw=True))

    def failed(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.id for c in self.checks if c.status is CheckStatus.FAIL))

    @property
    def not_examined(self) -> tuple[str, ...]:
        """What was not examined at all: ``visible`` (features), ``uv``, ``ir``, ``face``."""
        return not_examined([c.as_dict() for c in self.checks])

    def as_dict(self) -> dict[str, Any]:
        return as_data(self) | {"face": _face_dict(self.face)}


def _face_dict(face: Mapping[str, object] | None) -> dict[str, Any] | None:
    """The face comparison as data; its reason keeps its template (to be shown in another
    language later)."""
    if face is None:
        return None
    out = dict(face)
    reason = face.get("reason")
    if isinstance(reason, Text):
        out["reason_text"] = as_record(reason)
    return out


def verdict_of(checks: tuple[CheckResult, ...]) -> Verdict:
    statuses = {c.status for c in checks}
    if CheckStatus.FAIL in statuses:
        return Verdict.ANOMALIES
    if statuses & {CheckStatus.ERROR, CheckStatus.WARN}:
        return Verdict.INCONCLUSIVE
    return Verdict.NO_ANOMALIES


def not_examined(checks: list[Mapping[str, Any]]) -> tuple[str, ...]:
    """The parts of an examination none of whose checks was made (all skipped, or none at all:
    a light not captured, no bearer photo, no reference to compare with), from checks as
    stored in a report (``as_dict``), so old reports are read the same way.

    >>> not_examined([{"id": "uv.features", "status": "skipped"},
    ...               {"id": "visible.features", "status": "pass"},
    ...               {"id": "face.match", "status": "skipped"},
    ...               {"id": "face.portrait_found", "status": "pass"}])
    ('uv', 'ir', 'face')
    """
    made: set[str] = set()
    for check in checks:
        part = str(check.get("id", "")).split(".", 1)[0]
        if check.get("status") == "skipped":
            continue
        if part == "face" and check.get("id") != "face.match":
            continue  # a portrait found is not a comparison with the bearer
        made.add(part)
    return tuple(p for p in PARTS if p not in made)


def parts_in_words(parts: tuple[str, ...] | list[str]) -> Text:
    """``("uv", "ir", "face")`` -> "UV, IR and the face" (each part translated on its own).

    >>> parts_in_words(["uv", "ir", "face"])
    'UV, IR and the face'
    """
    names = {f"p{i}": PART_NAMES.get(p, p) for i, p in enumerate(parts)}
    n = len(names)
    if n == 0:
        return say("nothing")
    if n == 1:
        return say("{p0}", **names)
    if n == 2:
        return say("{p0} and {p1}", **names)
    if n == 3:
        return say("{p0}, {p1} and {p2}", **names)
    return say("{p0}, {p1}, {p2} and {p3}", **names) if n == 4 else joined(", ", names.values())


def headline(verdict: str, parts_not_examined: tuple[str, ...] | list[str], *,
             unreferenced: bool = False) -> Text:  # fmt: skip
    """The verdict in words, the same on screen, on the command line and in reports. A verdict
    on a partial examination says so: never a plain "no anomalies" when a light or the face was
    not examined."""
    if verdict == "anomalies":
        return say("ANOMALIES FOUND — see the failed checks")
    if verdict == "inconclusive":
        if unreferenced:
            return say(
                "INCONCLUSIVE — no reference for this document in the library: only what needs "
                "none was checked"
            )
        return say("INCONCLUSIVE — some checks could not be made")
    if parts_not_examined:
        parts = parts_in_words(tuple(parts_not_examined))
        if len(parts_not_examined) > 1:
            return say("NO ANOMALIES IN WHAT WAS EXAMINED — {parts} were not examined", parts=parts)
        return say("NO ANOMALIES IN WHAT WAS EXAMINED — {parts} was not examined", parts=parts)
    return say("NO ANOMALIES FOUND — the officer decides")

"""What an inspection produces: checks with stable ids, and a verdict that never says "genuine".

Verdict policy (docs/inspection.md):
- ``anomalies`` when any check failed;
- ``inconclusive`` when none failed but a check could not be made (status ``error``) or gave a
  warning (an unknown code, a document not in the library);
- ``no_anomalies`` otherwise. Checks ``skipped`` because a light was not captured do not change
  the verdict; the result lists them, and the officer decides.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from verifier.mrz import MrzResult


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
class CheckResult:
    id: str  # a stable check id of docs/architecture.md
    status: CheckStatus
    message: str  # for the officer, plain words
    score: float | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status.value,
            "score": None if self.score is None else round(self.score, 4),
            "message": self.message,
            "evidence": dict(self.evidence),
        }


@dataclass(frozen=True, slots=True)
class InspectionResult:
    template: str | None
    template_confidence: float
    mrz: MrzResult | None
    checks: tuple[CheckResult, ...]
    verdict: Verdict
    timing_ms: Mapping[str, float]
    face: Mapping[str, object] | None = None  # band, similarity, percent, reason
    frame_dpi: int | None = None  # resolution of the template frame feature regions refer to
    # the captures warped onto the template frame (for reports and the GUI; not serialised)
    aligned: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def failed(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.id for c in self.checks if c.status is CheckStatus.FAIL))

    def as_dict(self) -> dict[str, Any]:
        return {
            "template": self.template,
            "template_confidence": round(self.template_confidence, 3),
            "mrz": self.mrz.as_dict() if self.mrz else None,
            "checks": [c.as_dict() for c in self.checks],
            "face": dict(self.face) if self.face is not None else None,
            "frame_dpi": self.frame_dpi,
            "verdict": self.verdict.value,
            "timing_ms": {k: round(v, 1) for k, v in self.timing_ms.items()},
        }


def verdict_of(checks: tuple[CheckResult, ...]) -> Verdict:
    statuses = {c.status for c in checks}
    if CheckStatus.FAIL in statuses:
        return Verdict.ANOMALIES
    if statuses & {CheckStatus.ERROR, CheckStatus.WARN}:
        return Verdict.INCONCLUSIVE
    return Verdict.NO_ANOMALIES

"""The template's security features, light by light: classical measures and the patch
comparator against the reference images (docs/library.md lists the methods)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

from verifier.forensics.measures import RGB, measure
from verifier.forensics.patches import PatchComparator
from verifier.imaging.loading import Gray, load_gray, load_rgb
from verifier.inspection.identify import Match
from verifier.inspection.result import CheckResult, CheckStatus
from verifier.library import Feature, Template
from verifier.text import say

LIGHT_NAMES = {"visible": say("visible-light"), "uv": say("UV"), "ir": say("IR")}


@cache
def reference(path: Path) -> RGB:
    """A template's reference image (read once per process)."""
    return load_rgb(path)


@cache
def reference_gray(path: Path) -> Gray:
    return load_gray(path)


def unreferenced_lights(lights: Mapping[str, object]) -> list[CheckResult]:
    """UV and IR captured of a document the library has no reference for: not compared."""
    return [
        CheckResult(
            f"{light}.features",
            CheckStatus.SKIPPED,
            say(
                "No reference exists for this document: its {light} features "
                "were not compared; examine them by eye.",
                light=LIGHT_NAMES[light],
            ),
        )
        for light in ("uv", "ir")
        if light in lights
    ]


class FeatureChecks:
    """The template's features, each measured by its method on its light's aligned capture."""

    def __init__(self, comparator: PatchComparator | None = None) -> None:
        self.comparator = comparator or PatchComparator()

    def __call__(self, match: Match, aligned: Mapping[str, RGB]) -> list[CheckResult]:
        """Every feature of the matched template: ``skipped`` for a light not captured."""
        return [
            self._check(feature, match.template, aligned) for feature in match.template.features
        ]

    def _check(self, feature: Feature, t: Template, aligned: Mapping[str, RGB]) -> CheckResult:
        if feature.light not in aligned:
            return CheckResult(
                feature.check,
                CheckStatus.SKIPPED,
                say("No {light} image was captured.", light=LIGHT_NAMES[feature.light]),
                evidence={"feature": feature.id, "name": feature.name},
            )
        reference_image = reference(t.images[feature.light])
        m = measure(feature, aligned[feature.light], reference_image, t.dpi, self.comparator)
        status = CheckStatus.PASS if m.passed else CheckStatus.FAIL
        verdict = say("Found") if m.passed else say("Not as on the reference")
        message = say(
            "{description} {verdict}: {detail}.",
            description=say(feature.description),
            verdict=verdict,
            detail=m.detail,
        )
        region = feature.region
        evidence = {
            "feature": feature.id,
            "name": feature.name,
            "routine": feature.routine,
            "method": feature.method,
            "region_mm": {"x": region.x, "y": region.y, "w": region.w, "h": region.h},
            **m.evidence,
        }
        return CheckResult(feature.check, status, message, m.score, evidence)

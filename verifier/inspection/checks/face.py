"""The portrait: found in the template's portrait zone (or by face detection on a document
without a reference), and compared with the photo of the bearer (ONNX face models)."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

from verifier.face.matcher import (
    BEARER,
    MATCH,
    NO_MATCH,
    PORTRAIT,
    Band,
    FaceComparison,
    FaceFound,
    FaceMatcher,
    Side,
)
from verifier.forensics.measures import RGB, crop
from verifier.imaging.loading import load_rgb
from verifier.inspection.identify import Match
from verifier.inspection.result import CheckResult, CheckStatus
from verifier.text import joined, say

Face = dict[str, object]  # what the report keeps of the comparison: band, similarity, percent…
# the bearer photo's side of the comparison, worked out on the inspection's helper thread while
# the document is identified and aligned (it does not depend on the document)
Bearer = Future[Side]


class FaceChecks:
    """``thresholds``: (match, no match) cosine limits; SFace's defaults otherwise. The models
    are loaded on first use."""

    def __init__(self, thresholds: tuple[float, float] | None = None) -> None:
        self.thresholds = thresholds
        self._matcher: FaceMatcher | None = None
        self._loading = threading.Lock()

    @property
    def matcher(self) -> FaceMatcher:
        with self._loading:  # first used on the helper thread or the main one, whichever is first
            if self._matcher is None:
                at_least, below = self.thresholds or (MATCH, NO_MATCH)
                self._matcher = FaceMatcher(match=at_least, no_match=below)
            return self._matcher

    def bearer(self, photo: Path) -> Side:
        """The bearer photo's side of a comparison (read here: raises ImageError)."""
        return self.matcher.side(BEARER, load_rgb(photo))

    def portrait(self, match: Match, visible: RGB) -> RGB | None:
        """The printed portrait: the template's portrait zone of the aligned visible capture."""
        zone = next((z for k, z in match.template.zones.items() if k.endswith("portrait")), None)
        return None if zone is None else crop(visible, zone, match.template.dpi)

    def chip_match(
        self, chip: RGB | None, bearer: Bearer | None, printed: RGB | None
    ) -> CheckResult:
        """The chip's portrait (DG2: it cannot be swapped like a printed photo) against the
        bearer and against the printed portrait. Fails when either differs."""
        if chip is None:
            return CheckResult(
                "face.chip_match", CheckStatus.SKIPPED, say("No portrait was read from the chip.")
            )
        against = []  # (evidence key, in words, comparison)
        if bearer is not None:
            side = self.matcher.side(PORTRAIT, chip)
            comparison = self.matcher.compare_sides(
                side, side if isinstance(side, FaceComparison) else bearer.result()
            )
            against.append(("bearer", say("the bearer"), comparison))
        if printed is not None:
            comparison = self.matcher.compare(chip, printed)
            against.append(("printed", say("the printed portrait"), comparison))
        if not against:
            return CheckResult(
                "face.chip_match",
                CheckStatus.SKIPPED,
                say("Neither a bearer photo nor a printed portrait to compare with the chip's."),
            )
        words = {
            Band.MATCH: say("resembles"),
            Band.NO_MATCH: say("does not resemble"),
            Band.UNCERTAIN: say("uncertain"),
            Band.INCONCLUSIVE: say("could not be compared"),
        }
        parts = [say("{who}: {result}", who=who, result=words[c.band]) for _, who, c in against]
        bands = {c.band for _, _, c in against}
        evidence = {key: c.as_dict() for key, _, c in against}
        if Band.NO_MATCH in bands:
            return CheckResult(
                "face.chip_match",
                CheckStatus.FAIL,
                say(
                    "The chip's portrait, against {parts}: the face the issuer stored differs.",
                    parts=joined("; ", parts),
                ),
                evidence=evidence,
            )
        status = CheckStatus.PASS if bands == {Band.MATCH} else CheckStatus.WARN
        return CheckResult(
            "face.chip_match",
            status,
            say("The chip's portrait, against {parts}.", parts=joined("; ", parts)),
            evidence=evidence,
        )

    def __call__(
        self, match: Match, visible: RGB, bearer: Bearer | None
    ) -> tuple[list[CheckResult], Face | None]:
        """The portrait at the template's portrait zone of the aligned visible capture."""
        zone = next((z for k, z in match.template.zones.items() if k.endswith("portrait")), None)
        if zone is None:
            return [], None
        portrait = crop(visible, zone, match.template.dpi)
        faces = self.matcher.faces(portrait)
        out = [
            CheckResult(
                "face.portrait_found",
                CheckStatus.PASS,
                say("A face was found in the portrait zone."),
            )
            if faces
            else CheckResult(
                "face.portrait_found",
                CheckStatus.FAIL,
                say("No face was found in the portrait zone."),
            )
        ]
        face_checks, face = self.compare(portrait, bearer, faces)
        out += face_checks
        if face is None:
            return out, None
        zone_mm = {"x": zone.x, "y": zone.y, "w": zone.w, "h": zone.h}
        return out, {**face, "portrait_mm": zone_mm}

    def unreferenced(
        self, visible: RGB, bearer: Bearer | None
    ) -> tuple[list[CheckResult], Face | None]:
        """The portrait found by face detection on a document without a reference."""
        faces = self.matcher.faces(visible)
        if not faces:
            return [
                CheckResult(
                    "face.portrait_found",
                    CheckStatus.WARN,
                    say(
                        "No portrait was found on this image; if the document has one on its "
                        "other side, capture that side."
                    ),
                )
            ], None
        x, y, w, h = faces[0].box  # the largest face: the main portrait, not the ghost image
        pad_x, pad_y = int(0.6 * w), int(0.8 * h)
        portrait = visible[
            max(0, y - pad_y) : y + h + pad_y, max(0, x - pad_x) : x + w + pad_x
        ].copy()
        found = CheckResult(
            "face.portrait_found",
            CheckStatus.PASS,
            say("A portrait was found by face detection (no reference to say where)."),
            evidence={"portrait_px": [x, y, w, h]},
        )
        face_checks, face = self.compare(portrait, bearer)
        if face is not None:
            face = {**face, "portrait_px": [x, y, w, h]}
        return [found, *face_checks], face

    def compare(
        self, portrait: RGB, bearer: Bearer | None, faces: list[FaceFound] | None = None
    ) -> tuple[list[CheckResult], Face | None]:
        """The portrait against the bearer's photo, in bands (match, no match, undecided);
        ``faces``: the portrait's, when they were already looked for."""
        if bearer is None:
            skipped = say("No photo of the bearer was taken.")
            return [CheckResult("face.match", CheckStatus.SKIPPED, skipped)], None
        side = self.matcher.side(PORTRAIT, portrait, faces)
        comparison = self.matcher.compare_sides(
            side, side if isinstance(side, FaceComparison) else bearer.result()
        )
        status = {
            Band.MATCH: CheckStatus.PASS,
            Band.NO_MATCH: CheckStatus.FAIL,
        }.get(comparison.band, CheckStatus.WARN)
        percent = (
            say(" ({percent}% similar)", percent=comparison.percent)
            if comparison.percent is not None
            else ""
        )
        check = CheckResult(
            "face.match",
            status,
            joined("", [comparison.reason, percent]),
            comparison.similarity,
            comparison.as_dict(),
        )
        return [check], comparison.as_dict()

"""Inspect a capture set: read, identify, align, check every feature, decide a verdict.

Each stage is timed and isolated: an exception in a stage becomes ``status=error`` checks for
what that stage would have checked, and the remaining stages still run.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from verifier.barcodes.reader import SealStatus, check_seal, decode_barcodes, seal_matches_mrz
from verifier.face.matcher import MATCH, NO_MATCH, Band, FaceMatcher
from verifier.forensics.measures import RGB, contrast, crop, luminance, measure
from verifier.forensics.patches import PatchComparator
from verifier.imaging.loading import Gray, check_image, load_gray, load_rgb
from verifier.imaging.mrz_reader import ImageRead, MrzReader
from verifier.inspection import viz
from verifier.inspection.identify import Identifier, Match, align, refine
from verifier.inspection.result import (
    CheckResult,
    CheckStatus,
    InspectionResult,
    verdict_of,
)
from verifier.library import Template, TemplateError, load_template
from verifier.library.units import LIGHTS
from verifier.mrz import MrzResult
from verifier.mrz.checks import faults
from verifier.mrz.formats import SPECS
from verifier.text import joined, say

# Findings that say the MRZ could not be read with certainty: not evidence against the document.
_UNCERTAIN = {"low_confidence", "name_uncertain", "filler_uncertain", "length_uncertain"}
_LIGHT_NAMES = {"visible": say("visible-light"), "uv": say("UV"), "ir": say("IR")}
_FORMAT = {"invalid_characters", "name_missing", "document_number_missing", "invalid_sex"}


class Inspector:
    """Built once (models, templates, reference features); inspects many capture sets."""

    def __init__(
        self,
        library: Path,
        *,
        today: dt.date | None = None,
        face_thresholds: tuple[float, float] | None = None,
    ) -> None:
        """``face_thresholds``: (match, no match) cosine limits; SFace's defaults otherwise."""
        self.library = library
        self.face_thresholds = face_thresholds
        self.templates = []
        for folder in sorted(
            p for p in library.iterdir() if p.is_dir() and not p.name.startswith("_")
        ):
            try:
                self.templates.append(load_template(folder))
            except TemplateError:
                continue  # `verifier library list` reports it; inspection uses the valid ones
        self.identifier = Identifier(self.templates)
        self.reader = MrzReader(today=today)
        self.comparator = PatchComparator()
        self._matcher: FaceMatcher | None = None  # loaded on first use

    def inspect(self, captures: Mapping[str, Path]) -> InspectionResult:
        """``captures``: light (and ``bearer``) -> image file; ``visible`` is required.

        Raises ImageError for a capture that cannot be read."""
        timings: dict[str, float] = {}
        for path in captures.values():  # every input, the bearer photo too, before any work
            check_image(path)
        images: dict[str, RGB] = {
            light: load_rgb(path) for light, path in captures.items() if light in LIGHTS
        }
        gray = np.asarray(images["visible"].mean(axis=2), dtype=np.uint8)
        checks: list[CheckResult] = []

        read = _timed(timings, "mrz", lambda: self.reader.read(gray), _FAILED)
        mrz = read.result if isinstance(read, ImageRead) else None
        checks += _errors("mrz", ("mrz.present",)) if read is _FAILED else _mrz_checks(read)

        ranked = _timed(timings, "identify", lambda: self._rank(gray, mrz), _FAILED)
        if ranked is _FAILED:
            ranked = []
            checks += _errors("identify", ("template.identified",))
        match = ranked[0] if ranked else None
        confidence = _confidence(ranked)
        if "identify_error" not in timings:
            checks.append(_template_check(match, confidence, mrz))

        aligned: dict[str, RGB] = {}
        fine: Match | None = match
        if match is not None:
            feature_ids = tuple(dict.fromkeys(f.check for f in match.template.features))
            coarse, reference = match, _reference_gray(match.template.images["visible"])
            fine = _timed(timings, "refine", lambda: refine(coarse, gray, reference), coarse)
            aligned = _timed(
                timings, "align", lambda: {k: align(v, fine) for k, v in images.items()}, {}
            )
            if not aligned:
                checks += _errors("align", feature_ids)
            else:
                checks += _timed(
                    timings,
                    "forensics",
                    lambda: _feature_checks(fine, aligned, self.comparator),
                    _errors("forensics", feature_ids),
                )
            if mrz is not None and "visible" in aligned:
                checks += _timed(
                    timings,
                    "viz",
                    lambda: _viz_check(fine, aligned["visible"], mrz),
                    _errors("viz", ("viz.mrz_consistency",)),
                )
        checks += _timed(
            timings,
            "barcodes",
            lambda: self._barcode_checks(gray, match, mrz),
            _errors("barcodes", ("barcode.decoded",)),
        )
        face: dict[str, object] | None = None
        if match is None and "identify_error" not in timings:
            found_unreferenced = _timed(
                timings,
                "unreferenced",
                lambda: self._without_reference(images, captures.get("bearer"), read),
                (_errors("unreferenced", ("viz.mrz_consistency", "face.match")), None),
            )
            unreferenced, face = found_unreferenced
            checks += unreferenced
        if fine is not None and "visible" in aligned:
            bearer = captures.get("bearer")
            found = _timed(
                timings,
                "face",
                lambda: self._face(fine, aligned["visible"], bearer),
                (_errors("face", ("face.match",)), None),
            )
            face_checks, face = found
            checks += face_checks
        return InspectionResult(
            template=match.template.id if match else None,
            template_confidence=confidence,
            mrz=mrz,
            checks=tuple(checks),
            verdict=verdict_of(tuple(checks)),
            timing_ms=timings,
            face=face,
            frame_dpi=fine.template.dpi if fine is not None and aligned else None,
            aligned=aligned,
        )

    def _rank(self, gray: np.ndarray, mrz: MrzResult | None) -> list[Match]:
        """Designs of the MRZ's state and format first (look-alike series stay together, so a
        right MRZ on the wrong design is still caught); every design when none of them matches."""
        if mrz is not None:
            same = {
                t.id
                for t in self.templates
                if t.issuing_state == mrz.issuing_state and t.format == mrz.format.value
            }
            if same:
                ranked = self.identifier.rank(gray, only=same)
                if ranked:
                    return ranked
        return self.identifier.rank(gray)

    def _face(
        self, match: Match, visible: RGB, bearer: Path | None
    ) -> tuple[list[CheckResult], dict[str, object] | None]:
        zone = next((z for k, z in match.template.zones.items() if k.endswith("portrait")), None)
        if zone is None:
            return [], None
        portrait = crop(visible, zone, match.template.dpi)
        faces = self.face_matcher().faces(portrait)
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
        face_checks, face = self._compare_faces(portrait, bearer)
        out += face_checks
        if face is None:
            return out, None
        zone_mm = {"x": zone.x, "y": zone.y, "w": zone.w, "h": zone.h}
        return out, {**face, "portrait_mm": zone_mm}

    def _without_reference(
        self, images: Mapping[str, RGB], bearer: Path | None, read: object
    ) -> tuple[list[CheckResult], dict[str, object] | None]:
        """What can be checked on a document the library has no reference for: the printed
        data against the MRZ wherever they can be found, the MRZ's lines in IR, the portrait
        (found by face detection) against the bearer. Lights with features of their own are
        listed as not compared."""
        out: list[CheckResult] = []
        visible = images["visible"]
        if isinstance(read, ImageRead):
            out.append(_viz_search(visible, read))
            if "ir" in images:
                out.append(_mrz_in_ir(images["ir"], visible, read))
        for light in ("uv", "ir"):
            if light in images:
                out.append(
                    CheckResult(
                        f"{light}.features",
                        CheckStatus.SKIPPED,
                        say(
                            "No reference exists for this document: its {light} features "
                            "were not compared; examine them by eye.",
                            light=_LIGHT_NAMES[light],
                        ),
                    )
                )
        matcher = self.face_matcher()
        faces = matcher.faces(visible)
        if not faces:
            out.append(
                CheckResult(
                    "face.portrait_found",
                    CheckStatus.WARN,
                    say(
                        "No portrait was found on this image; if the document has one on its "
                        "other side, capture that side."
                    ),
                )
            )
            return out, None
        x, y, w, h = faces[0].box  # the largest face: the main portrait, not the ghost image
        pad_x, pad_y = int(0.6 * w), int(0.8 * h)
        portrait = visible[
            max(0, y - pad_y) : y + h + pad_y, max(0, x - pad_x) : x + w + pad_x
        ].copy()
        out.append(
            CheckResult(
                "face.portrait_found",
                CheckStatus.PASS,
                say("A portrait was found by face detection (no reference to say where)."),
                evidence={"portrait_px": [x, y, w, h]},
            )
        )
        face_checks, face = self._compare_faces(portrait, bearer)
        if face is not None:
            face = {**face, "portrait_px": [x, y, w, h]}
        return out + face_checks, face

    def face_matcher(self) -> FaceMatcher:
        if self._matcher is None:
            at_least, below = self.face_thresholds or (MATCH, NO_MATCH)
            self._matcher = FaceMatcher(match=at_least, no_match=below)
        return self._matcher

    def _compare_faces(
        self, portrait: RGB, bearer: Path | None
    ) -> tuple[list[CheckResult], dict[str, object] | None]:
        if bearer is None:
            skipped = say("No photo of the bearer was taken.")
            return [CheckResult("face.match", CheckStatus.SKIPPED, skipped)], None
        comparison = self.face_matcher().compare(portrait, load_rgb(bearer))
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

    def _barcode_checks(
        self, gray: np.ndarray, match: Match | None, mrz: MrzResult | None
    ) -> list[CheckResult]:
        codes = decode_barcodes(gray)
        expects_seal = match is not None and "seal" in match.template.zones
        if not codes:
            if expects_seal:
                return [
                    CheckResult(
                        "barcode.decoded",
                        CheckStatus.FAIL,
                        say("The document should carry a digital seal, but none could be read."),
                    )
                ]
            return []
        out = [
            CheckResult(
                "barcode.decoded",
                CheckStatus.PASS,
                say(
                    "Read {count} bar code(s): {formats}.",
                    count=len(codes),
                    formats=", ".join(c.format for c in codes),
                ),
            )
        ]
        for code in codes:
            if not code.data.startswith(b"\xdc"):
                continue
            seal = check_seal(code.data, self.library / "_trust" / "seal-signers")
            status = {
                SealStatus.VALID: CheckStatus.PASS,
                SealStatus.UNKNOWN_SIGNER: CheckStatus.WARN,
            }.get(seal.status, CheckStatus.FAIL)
            out.append(
                CheckResult(
                    "barcode.signature", status, seal.message, evidence={"seal": seal.status.value}
                )
            )
            if seal.mrz is not None and mrz is not None:
                same = seal_matches_mrz(seal.mrz, mrz.lines)
                out.append(
                    CheckResult(
                        "barcode.mrz_consistency",
                        CheckStatus.PASS if same else CheckStatus.FAIL,
                        say("The seal carries the printed MRZ.")
                        if same
                        else say("The MRZ in the seal differs from the printed MRZ."),
                    )
                )
        return out


_FAILED: Any = object()  # what a stage returns when it raised


def _errors(stage: str, ids: tuple[str, ...]) -> list[CheckResult]:
    """The checks of a stage that could not run: errors, so the verdict is never "no anomalies"."""
    message = say(
        "This check could not be made (the {stage} stage failed); inspect it by eye.", stage=stage
    )
    return [CheckResult(check_id, CheckStatus.ERROR, message) for check_id in ids]


def _timed(
    timings: dict[str, float], stage: str, work: Callable[[], object], failed: object
) -> Any:
    start = time.perf_counter()
    try:
        return work()
    except Exception:
        timings[f"{stage}_error"] = 1.0
        return failed
    finally:
        timings[stage] = (time.perf_counter() - start) * 1000


def _confidence(ranked: list[Match]) -> float:
    if not ranked:
        return 0.0
    second = ranked[1].inliers if len(ranked) > 1 else 0
    return ranked[0].inliers / (ranked[0].inliers + second)


def _mrz_checks(read: object) -> list[CheckResult]:
    if not isinstance(read, ImageRead):
        return [
            CheckResult(
                "mrz.present",
                CheckStatus.FAIL,
                say("No machine readable zone was found on the visible image."),
            )
        ]
    r = read.result
    codes = {w.code: w for w in r.warnings}
    out = [
        CheckResult(
            "mrz.present",
            CheckStatus.PASS,
            say("MRZ read ({engine}).", engine=read.engine),
            read.confidence,
            {"bbox": list(read.bbox)},
        )
    ]
    uncertain = [w.message for w in r.warnings if w.code in _UNCERTAIN]
    if uncertain:
        out.append(
            CheckResult(
                "mrz.format",
                CheckStatus.ERROR,
                say("The MRZ could not be read with certainty: {why}", why=joined(" ", uncertain)),
            )
        )
    elif any(c in codes for c in _FORMAT):
        out.append(
            CheckResult(
                "mrz.format",
                CheckStatus.FAIL,
                joined(" ", [w.message for w in r.warnings if w.code in _FORMAT]),
            )
        )
    else:
        out.append(
            CheckResult(
                "mrz.format",
                CheckStatus.PASS,
                say("A well-formed {format} MRZ.", format=r.format.value),
            )
        )
    broken = faults(SPECS[r.format], r.lines) if not all(r.checks.values()) else []
    out.append(
        CheckResult(
            "mrz.check_digits",
            CheckStatus.FAIL if broken else CheckStatus.PASS,
            say(
                "Check digits do not hold: {faults}.",
                faults=joined(
                    "; ",
                    [
                        say(
                            "{field}: check digit {printed}, computed {computed}",
                            field=_DIGIT_FIELDS.get(f.name, f.name),
                            printed=f.printed,
                            computed=f.computed,
                        )
                        for f in broken
                    ],
                ),
            )
            if broken
            else say("Every check digit holds."),
            evidence={"checks": dict(r.checks), "faults": [f.as_dict() for f in broken]},
        )
    )
    bad_dates = [w.message for w in r.warnings if w.code == "invalid_date"]
    out.append(
        CheckResult(
            "mrz.dates",
            CheckStatus.FAIL if bad_dates else CheckStatus.PASS,
            joined(" ", bad_dates) if bad_dates else say("The dates are calendar dates."),
        )
    )
    if "invalid_code" in codes:
        out.append(CheckResult("mrz.codes", CheckStatus.FAIL, codes["invalid_code"].message))
    elif "unknown_code" in codes or "deprecated_code" in codes:
        w = codes.get("unknown_code") or codes["deprecated_code"]
        out.append(CheckResult("mrz.codes", CheckStatus.WARN, w.message))
    else:
        out.append(
            CheckResult(
                "mrz.codes",
                CheckStatus.PASS,
                say(
                    "Known codes: {state}, {nationality}.",
                    state=r.issuing_state,
                    nationality=r.nationality,
                ),
            )
        )
    if r.expired is None:
        out.append(
            CheckResult(
                "doc.expired",
                CheckStatus.SKIPPED,
                say("The expiry date is not in the MRZ; read it on the document."),
            )
        )
    else:
        out.append(
            CheckResult(
                "doc.expired",
                CheckStatus.FAIL if r.expired else CheckStatus.PASS,
                say("Expired on {date}.", date=str(r.expiry_date))
                if r.expired
                else say("Valid until {date}.", date=str(r.expiry_date)),
            )
        )
    return out


def _template_check(match: Match | None, confidence: float, mrz: MrzResult | None) -> CheckResult:
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
        if mrz.format.value != t.format:
            problems.append(
                say(
                    "its MRZ is {mrz}, the design's is {design}",
                    mrz=mrz.format.value,
                    design=t.format,
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


def _viz_search(visible: RGB, read: ImageRead) -> CheckResult:
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


def _mrz_in_ir(ir: RGB, visible: RGB, read: ImageRead) -> CheckResult:
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


def _viz_check(match: Match, visible: RGB, mrz: MrzResult) -> list[CheckResult]:
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


@cache
def _reference(path: Path) -> RGB:
    return load_rgb(path)


@cache
def _reference_gray(path: Path) -> Gray:
    return load_gray(path)


_DIGIT_FIELDS = {
    "document_number": say("document number"),
    "birth_date": say("date of birth"),
    "expiry_date": say("date of expiry"),
    "optional_data": say("optional data"),
    "optional_data_2": say("optional data"),
    "composite": say("the composite check digit"),
}


def _feature_checks(
    match: Match, aligned: Mapping[str, RGB], comparator: PatchComparator
) -> list[CheckResult]:
    t: Template = match.template
    out = []
    for feature in t.features:
        if feature.light not in aligned:
            out.append(
                CheckResult(
                    feature.check,
                    CheckStatus.SKIPPED,
                    say("No {light} image was captured.", light=_LIGHT_NAMES[feature.light]),
                    evidence={"feature": feature.id, "name": feature.name},
                )
            )
            continue
        reference = _reference(t.images[feature.light])
        m = measure(feature, aligned[feature.light], reference, t.dpi, comparator)
        status = CheckStatus.PASS if m.passed else CheckStatus.FAIL
        verdict = say("Found") if m.passed else say("Not as on the reference")
        message = say(
            "{description} {verdict}: {detail}.",
            description=say(feature.description),
            verdict=verdict,
            detail=m.detail,
        )
        region = {
            "x": feature.region.x,
            "y": feature.region.y,
            "w": feature.region.w,
            "h": feature.region.h,
        }
        evidence = {
            "feature": feature.id,
            "name": feature.name,
            "routine": feature.routine,
            "method": feature.method,
            "region_mm": region,
            **m.evidence,
        }
        out.append(CheckResult(feature.check, status, message, m.score, evidence))
    return out

"""Identify a capture's template from the image and align every light to it.

ORB local features of the capture are matched against each candidate template's visible
reference; a robust (USAC) homography keeps the geometrically consistent matches. The template
with the most inliers is the design on the image (so look-alike series are told apart by what
is printed, not only by the MRZ), and its homography, sharpened by ECC, maps every light of the
capture, taken with one geometry, onto the template's frame.

A national library holds a thousand designs or more; the pipeline makes the candidates the
designs of the MRZ's issuing state and format (a handful), and each reference's features are
computed once per image and kept on disk (``cache``), keyed by the image's SHA-256 and the
feature settings, and loaded only when the template is first a candidate: start-up does not
grow with the library, and identification grows only with the designs of one state.

Without an MRZ, in a library of more than ``SHORTLIST`` designs, a global colour descriptor
(a small Lab thumbnail of the page: ``colour_descriptor``) shortlists the designs whose colours
and layout are nearest before the features are matched; among the shortlisted designs whose
inliers come near the best, the one whose colours agree best with the capture warped onto it
is chosen (look-alike series share a layout, not their colours). docs/benchmarks.md measures
both paths.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import cv2
import numpy as np
from numpy.typing import NDArray

from verifier.files import write_atomic
from verifier.imaging.loading import Gray, load_gray, load_rgb
from verifier.library import Template
from verifier.library.units import px_per_mm

WORK_SIDE: Final = 1000
MIN_INLIERS: Final = 15
FEATURES: Final = 3000
THUMB: Final = (48, 34)  # the shortlist's thumbnail (width, height)
GRID: Final = (12, 8)  # the colour descriptor's cells (columns, rows), on the aligned page
SHORTLIST: Final = 64  # designs whose features are matched when no MRZ narrows them
# the homography's robust estimator: USAC (OpenCV's universal RANSAC: PROSAC sampling, SPRT
# verification, local optimisation) took a tenth of plain RANSAC's time here, where a wrong
# design ran RANSAC to its 2,000 iterations, and its homographies are nearer the capture's
# true geometry (docs/benchmarks.md, "Alignment"; bench/bench_alignment.py runs both)
ESTIMATOR: Final = cv2.USAC_DEFAULT
NEAR_BEST: Final = 0.7  # inliers within this share of the best: a look-alike to tell apart
# what the cached features depend on: a change of any of these makes new cache files
_SETTINGS: Final = f"orb-{FEATURES}-{WORK_SIDE}-v1"
_COLOUR_SETTINGS: Final = f"lab-{THUMB[0]}x{THUMB[1]}-median-{GRID[0]}x{GRID[1]}-v1"
_COLOURS: Final = 3 * THUMB[0] * THUMB[1] + 3 * GRID[0] * GRID[1]

RGB = NDArray[np.uint8]


def page_thumbnail(rgb: RGB) -> NDArray[np.float32]:
    """A capture's colours and layout as it is (not yet aligned): its Lab thumbnail, lightness
    normalised. What the shortlist compares: cheap, and tolerant of a scan's margin."""
    small = cv2.resize(rgb, THUMB, interpolation=cv2.INTER_AREA)
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32)
    light = lab[..., 0]
    light = (light - light.mean()) / (light.std() + 1e-6) * 10.0
    colour = lab[..., 1:] - 128
    return np.concatenate([light.ravel(), colour.ravel()]).astype(np.float32)


def colour_descriptor(rgb: RGB) -> NDArray[np.float32]:
    """A page's colours and coarse layout: the median lightness and colour of each cell of a
    ``GRID`` over the page (medians: the portrait and the printed data, which differ from
    document to document, count less than the paper, the print and the header that make the
    design); lightness normalised, as a scan's exposure differs from the reference's."""
    columns, rows = GRID
    small = cv2.resize(rgb, (columns * 8, rows * 8), interpolation=cv2.INTER_AREA)
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32)
    cells = (
        lab.reshape(rows, 8, columns, 8, 3).transpose(0, 2, 1, 3, 4).reshape(rows, columns, 64, 3)
    )
    median = np.median(cells, axis=2)
    light = median[..., 0]
    light = (light - light.mean()) / (light.std() + 1e-6) * 4.0
    colour = median[..., 1:] - 128
    return np.concatenate([light.ravel(), colour.ravel()]).astype(np.float32)


@dataclass(frozen=True, slots=True)
class Match:
    template: Template
    inliers: int
    homography: NDArray[np.float64]  # capture pixels -> template pixels


@dataclass(frozen=True, slots=True)
class _Features:
    points: NDArray[np.float32]  # full-resolution pixels
    descriptors: NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class EccPass:
    """One pass of ECC refinement: the images at ``scale``, Gaussian-blurred by ``detail`` (its
    pixels), less their shading (blurred by ``background``; 0: kept); the pass ends when an
    iteration gains less than ``stop`` in correlation."""

    scale: float
    detail: float
    background: float
    stop: float


# A quarter-size pass with a wide band brings a start that is pixels off near (a photo's
# features were up to 80 px off); a half-size pass with a narrow band ends it. Taking the
# shading out is what removed ECC's bias: on the images as they are, the capture's uneven light
# and what the document prints that the reference does not (portrait, data) pulled the
# homography's perspective terms about a pixel off the truth. Chosen on the generator's 140
# captures, checked on captures drawn with other seeds, skews and resolutions
# (docs/benchmarks.md, "Alignment").
PASSES: Final = (EccPass(0.25, 1.0, 10.0, 1e-4), EccPass(0.5, 1.5, 5.0, 1e-3))
# the first wave's single pass, on the images as they are (bench/bench_alignment.py runs both)
FIRST_WAVE_PASSES: Final = (EccPass(0.5, 1.5, 0.0, 1e-5),)


class Identifier:
    """Holds each template's reference features; reused for every inspection. ``cache``: a
    folder for the features computed from reference images (None: kept in memory only)."""

    def __init__(
        self, templates: list[Template], cache: Path | None = None, estimator: int = ESTIMATOR
    ) -> None:
        self._estimator = estimator
        self._orb = cv2.ORB.create(nfeatures=FEATURES)
        self._matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
        self._cache = cache
        self._templates = {t.id: t for t in templates if not t.draft}
        self._features: dict[str, _Features | None] = {}
        self._colours: dict[str, NDArray[np.float32] | None] = {}

    def _colour_of(self, template: Template) -> NDArray[np.float32] | None:
        """The reference's thumbnail and colour descriptor, end to end: from memory, the disk
        cache, or computed."""
        if template.id in self._colours:
            return self._colours[template.id]
        image = Path(template.images["visible"])
        try:
            key = hashlib.sha256(image.read_bytes() + _COLOUR_SETTINGS.encode()).hexdigest()[:32]
        except OSError:
            self._colours[template.id] = None
            return None
        file = self._cache / f"{key}.colour.npy" if self._cache is not None else None
        found: NDArray[np.float32] | None = None
        if file is not None:
            with contextlib.suppress(OSError, ValueError):
                found = np.asarray(np.load(file), dtype=np.float32)
        if found is None or found.shape != (_COLOURS,):
            reference = load_rgb(image)
            found = np.concatenate([page_thumbnail(reference), colour_descriptor(reference)])
            if file is not None:
                buffer = io.BytesIO()
                np.save(buffer, found)
                with contextlib.suppress(OSError):
                    write_atomic(file, buffer.getvalue(), durable=False)
        self._colours[template.id] = found
        return found

    def _shortlist(self, candidates: list[Template], rgb: RGB) -> list[Template]:
        """The ``SHORTLIST`` designs whose colour descriptors are nearest the capture's."""
        wanted = page_thumbnail(rgb)
        scored = []
        for template in candidates:
            colours = self._colour_of(template)
            if colours is not None:
                thumb = colours[: len(wanted)]
                scored.append((float(np.linalg.norm(thumb - wanted)), template.id, template))
        scored.sort(key=lambda item: item[:2])
        return [template for _, _, template in scored[:SHORTLIST]]

    def _colour_agreement(self, match: Match, rgb: RGB, scale: float) -> float:
        """How far the capture, warped onto a candidate's frame, is from its colours (lower is
        nearer)."""
        colours = self._colour_of(match.template)
        if colours is None:
            return float("inf")
        colour = colours[3 * THUMB[0] * THUMB[1] :]
        width, height = frame_size(match.template)
        size = (GRID[0] * 16, GRID[1] * 16)
        to_thumb = np.diag([size[0] / width, size[1] / height, 1.0])
        from_capture = np.diag([1 / scale, 1 / scale, 1.0])  # rgb is at the gray's scale
        warped = cv2.warpPerspective(rgb, to_thumb @ match.homography @ from_capture, size,
                                     flags=cv2.INTER_AREA)  # fmt: skip
        return float(np.linalg.norm(colour_descriptor(np.asarray(warped, np.uint8)) - colour))

    def _features_of(self, template: Template) -> _Features | None:
        """The reference's features: from memory, from the disk cache, or computed (and
        cached)."""
        if template.id in self._features:
            return self._features[template.id]
        image = template.images["visible"]
        key = hashlib.sha256(image.read_bytes() + _SETTINGS.encode()).hexdigest()[:32]
        file = self._cache / f"{key}.npz" if self._cache is not None else None
        features = _read_cache(file) if file is not None else None
        if features is None:
            features = self._detect(load_gray(image))
            if features is not None and file is not None:
                _write_cache(file, features)
        self._features[template.id] = features
        return features

    def _detect(self, gray: Gray) -> _Features | None:
        scale = WORK_SIDE / max(gray.shape)
        small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        keypoints, descriptors = self._orb.detectAndCompute(small, None)
        if descriptors is None or len(keypoints) < MIN_INLIERS:
            return None
        points = np.array([k.pt for k in keypoints], dtype=np.float32) / scale
        return _Features(points, np.asarray(descriptors, dtype=np.uint8))

    def rank(self, gray: Gray, only: set[str] | None = None, rgb: RGB | None = None) -> list[Match]:
        """Templates that match the image, best first (may be empty); ``only`` limits the
        candidates to these template ids. With every design a candidate in a large library,
        ``rgb`` (the same capture in colour) shortlists them and tells look-alikes apart."""
        features = self._detect(gray)
        if features is None:
            return []
        candidates = [t for t in self._templates.values() if only is None or t.id in only]
        shortlisted = only is None and rgb is not None and len(candidates) > SHORTLIST
        if shortlisted and rgb is not None:
            candidates = self._shortlist(candidates, rgb)
        out = []
        for template in candidates:
            reference = self._features_of(template)
            if reference is None:
                continue
            found = self._match(features, reference)
            if found is not None:
                out.append(Match(template, found[0], found[1]))
        out.sort(key=lambda m: -m.inliers)
        if shortlisted and rgb is not None and len(out) > 1:
            scale = rgb.shape[1] / gray.shape[1]
            near = [m for m in out if m.inliers >= NEAR_BEST * out[0].inliers]
            near.sort(key=lambda m: self._colour_agreement(m, rgb, scale))
            out = near + [m for m in out if m not in near]
        return out

    def _match(
        self, features: _Features, reference: _Features
    ) -> tuple[int, NDArray[np.float64]] | None:
        pairs = self._matcher.knnMatch(features.descriptors, reference.descriptors, k=2)
        good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < 0.75 * p[1].distance]
        if len(good) < MIN_INLIERS:
            return None
        src = features.points[[m.queryIdx for m in good]]
        dst = reference.points[[m.trainIdx for m in good]]
        found = cv2.findHomography(src, dst, self._estimator, 6.0)
        homography, mask = np.asarray(found[0]), np.asarray(found[1])
        if homography.shape != (3, 3):  # OpenCV returns no matrix when the estimate fails
            return None
        inliers = int(mask.sum())
        if inliers < MIN_INLIERS:
            return None
        return inliers, np.asarray(homography, dtype=np.float64)


def _read_cache(file: Path) -> _Features | None:
    try:
        with np.load(file) as data:
            return _Features(
                np.asarray(data["points"], dtype=np.float32),
                np.asarray(data["descriptors"], dtype=np.uint8),
            )
    except (OSError, KeyError, ValueError):  # missing, partial or foreign: computed again
        return None


def _write_cache(file: Path, features: _Features) -> None:
    """Written whole or not at all (a temporary file renamed), so a killed process leaves no
    half file; a cache that cannot be written only costs time."""
    buffer = io.BytesIO()
    np.savez(buffer, points=features.points, descriptors=features.descriptors)
    with contextlib.suppress(OSError):
        write_atomic(file, buffer.getvalue(), durable=False)


def frame_size(template: Template) -> tuple[int, int]:
    return round(px_per_mm(template.width_mm) * template.dpi), round(
        px_per_mm(template.height_mm) * template.dpi
    )


def refine(
    match: Match, capture: Gray, reference: Gray, passes: tuple[EccPass, ...] = PASSES
) -> Match:
    """Sharpen the feature homography with ECC (intensity alignment), pass by pass (``PASSES``).
    Measured against the generator's known capture geometry (docs/benchmarks.md, "Alignment"),
    the page lands 0.3-0.4 px from where it is (median, template pixels), 1.0 px at worst; ECC
    on the images as they are stayed about a pixel off, even when it started at the truth
    itself."""
    size = frame_size(match.template)
    coarse = np.asarray(cv2.warpPerspective(capture, match.homography, size), dtype=np.uint8)
    warp = np.eye(3)  # template pixels -> pixels of ``coarse``
    for step in passes:
        s = np.diag([step.scale, step.scale, 1.0])
        start = (s @ warp @ np.linalg.inv(s)).astype(np.float32)
        criteria = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 60, step.stop)
        target, moving = _band_passed(reference, step), _band_passed(coarse, step)
        everywhere = np.full(moving.shape, 255, dtype=np.uint8)  # no mask: the typed call needs one
        try:
            _, found = cv2.findTransformECC(
                target, moving, start, cv2.MOTION_HOMOGRAPHY, criteria, everywhere, 5
            )
        except cv2.error:
            return match  # ECC did not converge: keep the feature alignment
        warp = np.linalg.inv(s) @ np.asarray(found, dtype=np.float64) @ s
    return Match(match.template, match.inliers, np.linalg.inv(warp) @ match.homography)


def _band_passed(image: Gray, step: EccPass) -> NDArray[np.float32]:
    """``image`` at the pass's scale, finer detail than ``detail`` and, with a ``background``,
    slower shading than it taken out: what the pass aligns."""
    small = cv2.resize(image, None, fx=step.scale, fy=step.scale, interpolation=cv2.INTER_AREA)
    fine = np.asarray(cv2.GaussianBlur(small.astype(np.float32), (0, 0), step.detail), np.float32)
    if not step.background:
        return fine
    shading = np.asarray(cv2.GaussianBlur(fine, (0, 0), step.background), dtype=np.float32)
    return fine - shading


def align(image: NDArray[np.uint8], match: Match) -> NDArray[np.uint8]:
    """An image (any light) warped onto its template's frame at the template's resolution."""
    warped = cv2.warpPerspective(
        image, match.homography, frame_size(match.template), flags=cv2.INTER_LINEAR
    )
    return np.asarray(warped, dtype=np.uint8)

"""Identify a capture's template from the image and align every light to it.

ORB local features of the capture are matched against each candidate template's visible
reference; a RANSAC homography keeps the geometrically consistent matches. The template with
the most inliers is the design on the image (so look-alike series are told apart by what is
printed, not only by the MRZ), and its homography maps every light of the capture, taken with
one geometry, onto the template's frame.

A national library holds a thousand designs or more; the pipeline makes the candidates the
designs of the MRZ's issuing state and format (a handful), and each reference's features are
computed once per image and kept on disk (``cache``), keyed by the image's SHA-256 and the
feature settings, and loaded only when the template is first a candidate: start-up does not
grow with the library, and identification grows only with the designs of one state. Without an
MRZ every design is a candidate (docs/benchmarks.md measures what that costs).
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
from verifier.imaging.loading import Gray, load_gray
from verifier.library import Template
from verifier.library.units import px_per_mm

WORK_SIDE: Final = 1000
MIN_INLIERS: Final = 15
FEATURES: Final = 3000
# what the cached features depend on: a change of any of these makes new cache files
_SETTINGS: Final = f"orb-{FEATURES}-{WORK_SIDE}-v1"


@dataclass(frozen=True, slots=True)
class Match:
    template: Template
    inliers: int
    homography: NDArray[np.float64]  # capture pixels -> template pixels


@dataclass(frozen=True, slots=True)
class _Features:
    points: NDArray[np.float32]  # full-resolution pixels
    descriptors: NDArray[np.uint8]


class Identifier:
    """Holds each template's reference features; reused for every inspection. ``cache``: a
    folder for the features computed from reference images (None: kept in memory only)."""

    def __init__(self, templates: list[Template], cache: Path | None = None) -> None:
        self._orb = cv2.ORB.create(nfeatures=FEATURES)
        self._matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
        self._cache = cache
        self._templates = {t.id: t for t in templates if not t.draft}
        self._features: dict[str, _Features | None] = {}

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

    def rank(self, gray: Gray, only: set[str] | None = None) -> list[Match]:
        """Templates that match the image, best first (may be empty); ``only`` limits the
        candidates to these template ids."""
        features = self._detect(gray)
        if features is None:
            return []
        out = []
        for template in self._templates.values():
            if only is not None and template.id not in only:
                continue
            reference = self._features_of(template)
            if reference is None:
                continue
            found = self._match(features, reference)
            if found is not None:
                out.append(Match(template, found[0], found[1]))
        out.sort(key=lambda m: -m.inliers)
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
        found = cv2.findHomography(src, dst, cv2.RANSAC, 6.0)
        homography, mask = np.asarray(found[0]), np.asarray(found[1])
        if homography.shape != (3, 3):  # OpenCV returns no matrix when RANSAC fails
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


def refine(match: Match, capture: Gray, reference: Gray) -> Match:
    """Sharpen the feature homography to sub-pixel accuracy with ECC (intensity alignment)."""
    size = frame_size(match.template)
    coarse = np.asarray(cv2.warpPerspective(capture, match.homography, size), dtype=np.uint8)
    scale = 0.5
    a = cv2.resize(coarse, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA).astype(
        np.float32
    )
    r = cv2.resize(reference, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA).astype(
        np.float32
    )
    a = np.asarray(cv2.GaussianBlur(a, (0, 0), 1.5), dtype=np.float32)
    r = np.asarray(cv2.GaussianBlur(r, (0, 0), 1.5), dtype=np.float32)
    mask = np.full(a.shape, 255, dtype=np.uint8)
    start = np.eye(3, dtype=np.float32)
    criteria = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 60, 1e-5)
    try:
        _, found = cv2.findTransformECC(r, a, start, cv2.MOTION_HOMOGRAPHY, criteria, mask, 5)
    except cv2.error:
        return match  # ECC did not converge: keep the feature alignment
    s = np.diag([scale, scale, 1.0])
    warp = np.asarray(found, dtype=np.float64)
    correction = np.linalg.inv(s) @ np.linalg.inv(warp) @ s
    return Match(match.template, match.inliers, correction @ match.homography)


def align(image: NDArray[np.uint8], match: Match) -> NDArray[np.uint8]:
    """An image (any light) warped onto its template's frame at the template's resolution."""
    warped = cv2.warpPerspective(
        image, match.homography, frame_size(match.template), flags=cv2.INTER_LINEAR
    )
    return np.asarray(warped, dtype=np.uint8)

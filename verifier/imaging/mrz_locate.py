"""Find the MRZ band on a page or card image and cut it into text lines.

Classical and fast (a few tens of milliseconds): dark print is brought out with a black-hat
filter, a wide closing merges the fixed-pitch OCR-B characters into lines and the lines into a
band, and the band's quadrilateral is warped to an upright rectangle, which removes skew and the
keystone of a hand-held photo. The four orientations are handled by the caller (the band of a
rotated document is vertical, or the text reads upside down).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np
from numpy.typing import NDArray

from verifier.imaging.loading import Gray

WORK_HEIGHT: Final = 900  # localisation runs on a copy of about this height


@dataclass(frozen=True, slots=True)
class Band:
    """An MRZ candidate: its corners in the source image and the upright crop."""

    corners: NDArray[np.float64]  # 4 x 2, clockwise from top-left, source pixels
    image: Gray  # the band, warped upright, at source resolution
    lines: tuple[Gray, ...]  # each text line of the band, cropped to its ink

    @property
    def bbox(self) -> tuple[int, int, int, int]:
        xs, ys = self.corners[:, 0], self.corners[:, 1]
        return int(xs.min()), int(ys.min()), int(xs.max() - xs.min()), int(ys.max() - ys.min())


def find_bands(gray: Gray, max_bands: int = 3) -> list[Band]:
    """MRZ-like bands, most plausible first (wide, several lines, low on the document)."""
    scale = WORK_HEIGHT / gray.shape[0] if gray.shape[0] > WORK_HEIGHT else 1.0
    work = (
        cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        if scale != 1
        else gray
    )
    h, w = work.shape
    char = max(3, round(h / 90))  # about the height of an MRZ character at this scale
    blackhat = cv2.morphologyEx(
        work, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (char * 3, char * 2))
    )
    _, ink = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    lines = cv2.morphologyEx(
        ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (char * 3, 1))
    )
    band = cv2.morphologyEx(
        lines, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (char * 2, char * 3))
    )
    band = cv2.morphologyEx(
        band, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (char * 4, char))
    )
    contours, _ = cv2.findContours(band, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    scored: list[tuple[float, NDArray[np.int32]]] = []
    for contour in contours:
        (_, cy), (rw, rh), _angle = cv2.minAreaRect(contour)
        long_side, short_side = max(rw, rh), min(rw, rh)
        if long_side < 0.25 * max(w, h) or short_side < char * 1.5:
            continue
        aspect = long_side / short_side
        if not 4.0 <= aspect <= 40.0:
            continue
        fill = cv2.contourArea(contour) / (rw * rh)
        if fill < 0.55:
            continue
        score = long_side / max(w, h) + 0.3 * (cy / h) + 0.2 * fill
        scored.append((score, np.asarray(contour, dtype=np.int32)))
    scored.sort(key=lambda item: -item[0])
    bands = []
    for _, contour in scored[:max_bands]:
        for outline in _outlines(contour):  # a rotated rectangle first, then a perspective quad
            corners = outline / scale
            upright = _warp(gray, corners)
            split = split_lines(upright) if upright is not None else ()
            if upright is not None and 2 <= len(split) <= 3 and _even(split):
                bands.append(Band(corners, upright, split))
                break
    return bands


def _outlines(contour: NDArray[np.int32]) -> list[NDArray[np.float64]]:
    """Corner sets for a band: its rotated bounding rectangle (scans), then a quadrilateral
    fitted to its hull (an oblique camera view)."""
    out = [_order(cv2.boxPoints(cv2.minAreaRect(contour)).astype(np.float64))]
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    for epsilon in (0.02, 0.04, 0.06):
        approx = cv2.approxPolyDP(hull, epsilon * perimeter, True)
        if len(approx) == 4:
            out.append(_order(approx.reshape(4, 2).astype(np.float64)))
            break
    return out


def _even(lines: tuple[Gray, ...]) -> bool:
    """MRZ lines have the same length: a sheared or wrong crop gives uneven ones."""
    widths = [line.shape[1] for line in lines]
    return bool(min(widths) >= 0.8 * max(widths))  # a photo's keystone shortens far lines


def _order(points: NDArray[np.float64]) -> NDArray[np.float64]:
    """Top-left, top-right, bottom-right, bottom-left, with the long side horizontal."""
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    ordered = points[np.argsort(angles)]  # clockwise in image coordinates, from the left
    start = int(np.argmin(ordered.sum(axis=1)))
    ordered = np.roll(ordered, -start, axis=0)
    top = np.linalg.norm(ordered[1] - ordered[0])
    side = np.linalg.norm(ordered[3] - ordered[0])
    if side > top:  # a vertical band: start from the corner that makes the long side the top
        ordered = np.roll(ordered, -1, axis=0)
    return ordered


def _warp(gray: Gray, corners: NDArray[np.float64]) -> Gray | None:
    tl, tr, br, bl = corners
    # widen along the text: glyphs at the ends faded by glare may be outside the closed band
    along = ((tr - tl) + (br - bl)) / 2 * 0.06
    tl, bl, tr, br = tl - along, bl - along, tr + along, br + along
    corners = np.array([tl, tr, br, bl])
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    if width < 60 or height < 12:
        return None
    pad_x, pad_y = width * 0.02, height * 0.12  # keep the first and last glyphs whole
    target = np.array(
        [
            [pad_x, pad_y],
            [width + pad_x, pad_y],
            [width + pad_x, height + pad_y],
            [pad_x, height + pad_y],
        ],
        dtype=np.float32,
    )
    size = (int(width + 2 * pad_x), int(height + 2 * pad_y))
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    warped = cv2.warpPerspective(
        gray, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return np.asarray(warped, dtype=np.uint8)


def ink_mask(gray: Gray) -> NDArray[np.uint8]:
    """Dark print as 1, paper as 0 (Otsu on a background-flattened image)."""
    k = max(15, (gray.shape[0] // 2) | 1)
    background = cv2.morphologyEx(
        gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    )
    flat = cv2.subtract(background, gray)
    _, mask = cv2.threshold(flat, 0, 1, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    return np.asarray(mask, dtype=np.uint8)


def true_runs(flags: NDArray[np.bool_]) -> list[tuple[int, int]]:
    """(start, stop) of every run of True values.

    >>> true_runs(np.array([0, 1, 1, 0, 1], dtype=bool))
    [(1, 3), (4, 5)]
    """
    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def split_lines(band: Gray) -> tuple[Gray, ...]:
    """The text lines of an upright band, each cropped to its ink with a small margin."""
    mask = ink_mask(band)
    rows = mask.sum(axis=1).astype(np.float64)
    if rows.max() <= 0:
        return ()
    runs = true_runs(rows > 0.08 * rows.max())
    tallest = max(b - a for a, b in runs)
    runs = [(a, b) for a, b in runs if b - a >= 0.5 * tallest]
    out = []
    for a, b in runs:
        cols = np.flatnonzero(mask[a:b].sum(axis=0) > 0)
        if len(cols) < 10:
            continue
        margin = max(1, (b - a) // 8)
        y0, y1 = max(0, a - margin), min(band.shape[0], b + margin)
        out.append(band[y0:y1, max(0, cols[0] - 1) : cols[-1] + 2])
    return tuple(out)

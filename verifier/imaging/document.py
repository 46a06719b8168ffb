"""Find documents on a capture and warp each to an upright rectangle.

A document on a scanner bed or a desk is a bright quadrilateral with straight edges. Warping
it upright removes the perspective of a hand-held photo before anything is read from it, so
that the fixed pitch of the MRZ is fixed again. Issue 5 aligns each light to its template from
the same corners.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np
from numpy.typing import NDArray

from verifier.imaging.loading import Gray

WORK_SIDE: Final = 800


@dataclass(frozen=True, slots=True)
class Document:
    corners: NDArray[np.float64]  # 4 x 2, clockwise from top-left, source pixels
    image: Gray  # the document warped upright


def find_documents(gray: Gray, max_documents: int = 2, min_area: float = 0.04) -> list[Document]:
    """Quadrilaterals that cover at least ``min_area`` of the image, largest first."""
    scale = WORK_SIDE / max(gray.shape)
    work = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    blurred = cv2.GaussianBlur(work, (5, 5), 0)
    edges = cv2.Canny(blurred, 40, 120)
    edges = cv2.dilate(edges, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    area = work.shape[0] * work.shape[1]
    found: list[tuple[float, NDArray[np.float64]]] = []
    for contour in contours:
        hull = cv2.convexHull(contour)
        if cv2.contourArea(hull) < min_area * area:
            continue
        approx = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
        if len(approx) != 4:
            continue
        quad = _order(approx.reshape(4, 2).astype(np.float64) / scale)
        found.append((cv2.contourArea(hull), quad))
    found.sort(key=lambda item: -item[0])
    documents = []
    for _, quad in found[:max_documents]:
        image = _warp(gray, quad)
        if image is not None:
            documents.append(Document(quad, image))
    return documents


def _order(points: NDArray[np.float64]) -> NDArray[np.float64]:
    sums, diffs = points.sum(axis=1), np.diff(points, axis=1).ravel()
    return np.array(
        [
            points[np.argmin(sums)],
            points[np.argmin(diffs)],
            points[np.argmax(sums)],
            points[np.argmax(diffs)],
        ]
    )


def _warp(gray: Gray, quad: NDArray[np.float64]) -> Gray | None:
    tl, tr, br, bl = quad
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    if min(width, height) < 64:
        return None
    target = np.array(
        [[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32
    )
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    warped = cv2.warpPerspective(gray, matrix, (width, height), flags=cv2.INTER_CUBIC)
    return np.asarray(warped, dtype=np.uint8)

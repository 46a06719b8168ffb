"""Cut an MRZ text line into one cell per character position.

OCR-B in the MRZ has a fixed pitch and every position holds a glyph (fillers too), so the
glyph blobs of the column profile give the positions; a fit of ``x0 + i * pitch`` over them
decides the line length (30, 36 or 44) and absorbs blobs that merged or broke apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np
from numpy.typing import NDArray

from verifier.imaging.loading import Gray
from verifier.imaging.mrz_locate import ink_mask

CELL_W: Final = 24
CELL_H: Final = 32
LINE_LENGTHS: Final = (30, 36, 44)


@dataclass(frozen=True, slots=True)
class Cells:
    length: int
    pitch: float
    images: NDArray[np.float32]  # length x CELL_H x CELL_W, ink dark on 1.0 paper, in [0, 1]


def blob_centres(line: Gray) -> list[float]:
    mask = ink_mask(line)
    cols = mask.sum(axis=0) > 0
    runs: list[tuple[int, int]] = []
    start = None
    for x, on in enumerate(cols):
        if on and start is None:
            start = x
        elif not on and start is not None:
            runs.append((start, x))
            start = None
    if start is not None:
        runs.append((start, len(cols)))
    if not runs:
        return []
    widths = np.array([b - a for a, b in runs])
    typical = float(np.median(widths))
    runs = [(a, b) for a, b in runs if b - a >= 0.25 * typical]
    return [(a + b) / 2 for a, b in runs]


def segment(line: Gray, lengths: tuple[int, ...] = LINE_LENGTHS) -> Cells | None:
    """Cells of a line cropped to its ink, or None if it does not look like an MRZ line."""
    centres = blob_centres(line)
    if len(centres) < 10:
        return None
    span = centres[-1] - centres[0]
    diffs = np.diff(centres)
    pitch0 = float(np.median(diffs))
    if pitch0 <= 0:
        return None
    estimate = span / pitch0 + 1
    length = min(lengths, key=lambda n: abs(n - estimate))
    if abs(length - estimate) > 0.2 * length:
        return None
    pitch = span / (length - 1)
    x0 = centres[0]
    height = line.shape[0]
    grey = line.astype(np.float32)
    lo, hi = float(np.percentile(grey, 2)), float(np.percentile(grey, 98))
    norm = np.clip((grey - lo) / max(hi - lo, 1.0), 0.0, 1.0)
    cells = np.ones((length, CELL_H, CELL_W), dtype=np.float32)
    for i in range(length):
        left = x0 + (i - 0.5) * pitch
        a, b = int(np.floor(left)), int(np.ceil(left + pitch))
        crop = np.ones((height, b - a), dtype=np.float32)
        src_a, src_b = max(a, 0), min(b, line.shape[1])
        if src_b > src_a:
            crop[:, src_a - a : src_b - a] = norm[:, src_a:src_b]
        cells[i] = cv2.resize(crop, (CELL_W, CELL_H), interpolation=cv2.INTER_AREA)
    return Cells(length, pitch, cells)

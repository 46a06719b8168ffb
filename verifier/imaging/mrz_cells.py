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
from verifier.imaging.mrz_locate import ink_mask, true_runs

CELL_W: Final = 24
CELL_H: Final = 32
LINE_LENGTHS: Final = (30, 36, 44)


@dataclass(frozen=True, slots=True)
class Cells:
    length: int
    pitch: float
    misfit: float  # glyphs missing from the count, plus the spread of the pitch (0 = perfect)
    images: NDArray[np.float32]  # length x CELL_H x CELL_W, ink dark on 1.0 paper, in [0, 1]


def blob_centres(line: Gray) -> list[float]:
    runs = true_runs(ink_mask(line).sum(axis=0) > 0)
    if not runs:
        return []
    widths = np.array([b - a for a, b in runs])
    typical = float(np.median(widths))
    runs = [(a, b) for a, b in runs if b - a >= 0.25 * typical]
    return [(a + b) / 2 for a, b in runs]


def _positions(centres: list[float]) -> list[int]:
    """The character position of each glyph blob: one step per local pitch.

    Walking the gaps (rather than fitting one straight grid) follows the pitch drift of a photo
    taken at an angle; a gap of two pitches (a glyph lost to glare) counts two positions.
    """
    diffs = np.diff(centres)
    pitch = float(np.median(diffs))
    index, out = 0, [0]
    for gap in diffs:
        index += max(1, round(float(gap) / pitch))
        out.append(index)
    return out


def _cell_centres(centres: list[float], positions: list[int], length: int) -> list[float]:
    """A centre for every position: the glyph's own, or interpolated between neighbours."""
    known = dict(zip(positions, centres, strict=True))
    xs, ys = np.array(positions, dtype=np.float64), np.array(centres, dtype=np.float64)
    return [known.get(i, float(np.interp(i, xs, ys))) for i in range(length)]


def segment(line: Gray, lengths: tuple[int, ...] = LINE_LENGTHS) -> Cells | None:
    """Cells of a line cropped to its ink, or None if it does not look like an MRZ line.

    The glyph count decides the length among ``lengths``; a line may miss one glyph at an end
    (glare), never more.
    """
    centres = blob_centres(line)
    if len(centres) < 10:
        return None
    step = float(np.median(np.diff(centres)))
    while len(centres) > 10 and centres[1] - centres[0] > 2.3 * step:
        centres = centres[1:]  # an isolated mark before the line (a border, a stray print)
    while len(centres) > 10 and centres[-1] - centres[-2] > 2.3 * step:
        centres = centres[:-1]
    positions = _positions(centres)
    count = positions[-1] + 1
    length = min(lengths, key=lambda n: abs(n - count))
    if abs(length - count) > 1:
        return None  # not an MRZ line of an allowed length, or glyphs merged or lost
    if count < length:  # one glyph lost at an end: extend on the side with more room
        if centres[0] > line.shape[1] - centres[-1]:
            centres, positions = [centres[0] - step, *centres], [0, *(p + 1 for p in positions)]
        else:
            centres, positions = [*centres, centres[-1] + step], [*positions, count]
    elif count > length:
        return None
    cell_centres = _cell_centres(centres, positions, length)
    pitch = (cell_centres[-1] - cell_centres[0]) / (length - 1)
    misfit = abs(count - length) + float(np.std(np.diff(cell_centres)) / pitch)
    height = line.shape[0]
    grey = line.astype(np.float32)
    lo, hi = float(np.percentile(grey, 2)), float(np.percentile(grey, 98))
    norm = np.clip((grey - lo) / max(hi - lo, 1.0), 0.0, 1.0)
    cells = np.ones((length, CELL_H, CELL_W), dtype=np.float32)
    for i, centre in enumerate(cell_centres):
        left = centre - 0.5 * pitch
        a, b = int(np.floor(left)), int(np.ceil(left + pitch))
        crop = np.ones((height, b - a), dtype=np.float32)
        src_a, src_b = max(a, 0), min(b, line.shape[1])
        if src_b > src_a:
            crop[:, src_a - a : src_b - a] = norm[:, src_a:src_b]
        cells[i] = cv2.resize(crop, (CELL_W, CELL_H), interpolation=cv2.INTER_AREA)
    return Cells(length, pitch, misfit, cells)

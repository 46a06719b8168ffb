"""Cut an MRZ text line into one cell per character position.

OCR-B in the MRZ has a fixed pitch and every position holds a glyph (fillers too). The locator
has already measured each glyph's centre and width on the line; a smooth grid
``x(i) = a + b*i + c*i^2`` fitted through them gives every position, also where two glyphs
touch and came out as one component, where a glyph is missing (glare, a stamp, an annotation
drawn through it) and where a photo's perspective makes the pitch shrink along the line.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np
from numpy.typing import NDArray

from verifier.imaging.loading import Gray

CELL_W: Final = 24
CELL_H: Final = 32


@dataclass(frozen=True, slots=True)
class Cells:
    length: int
    pitch: float
    misfit: float  # positions added or dropped at the ends, plus the grid's residual (0 = perfect)
    images: NDArray[np.float32]  # length x CELL_H x CELL_W, ink dark on 1.0 paper, in [0, 1]


@dataclass(frozen=True, slots=True)
class Grid:
    """The fixed-pitch grid of a line, and which of its positions hold a glyph component."""

    coefficients: NDArray[np.float64]  # x(i), highest power first (numpy.polyval)
    occupied: frozenset[int]  # grid indices covered by a component (touching pairs: both)
    residual: float  # RMS distance of glyph centres from the grid, in pitches

    @property
    def first(self) -> int:
        return min(self.occupied)

    @property
    def last(self) -> int:
        return max(self.occupied)

    @property
    def count(self) -> int:
        return self.last - self.first + 1

    def x(self, index: NDArray[np.float64] | float) -> NDArray[np.float64]:
        return np.asarray(np.polyval(self.coefficients, index), dtype=np.float64)

    def pitch(self, index: float) -> float:
        return float(np.polyval(np.polyder(self.coefficients), index))


def fit_grid(centres: NDArray[np.float64], widths: NDArray[np.float64]) -> Grid | None:
    """The fixed-pitch grid through a line's glyphs, or None if they are not on one.

    >>> g = fit_grid(np.arange(10) * 20.0 + 5, np.full(10, 12.0))
    >>> g.count, round(g.pitch(0), 3)
    (10, 20.0)
    """
    if len(centres) < 6:
        return None
    order = np.argsort(centres)
    centres, widths = centres[order], widths[order]
    single = widths <= 1.6 * np.median(widths)  # wider ones are glyphs that touch
    xs = centres[single]
    if len(xs) < 6:
        return None
    pitch = float(np.median(np.diff(xs)))
    if pitch <= 0:
        return None
    steps = np.round(np.diff(xs) / pitch)  # 0: two pieces of one broken glyph
    index = np.concatenate(([0.0], np.cumsum(steps)))
    coefficients = np.polyfit(index, xs, 1)
    span = np.arange(-100.0, index[-1] + 100)
    for _ in range(2):  # refine: quadratic once enough glyphs, then reassign every glyph
        coefficients = np.polyfit(index, xs, 2 if len(np.unique(index)) >= 12 else 1)
        grid = np.polyval(coefficients, span)
        index = span[np.argmin(np.abs(grid[None, :] - xs[:, None]), axis=1)]
    if len(np.unique(index)) < 0.8 * len(index):
        return None  # many glyphs share positions: not a fixed-pitch line
    residual = float(np.sqrt(np.mean((np.polyval(coefficients, index) - xs) ** 2)) / pitch)
    grid = np.polyval(coefficients, span)

    def nearest(x: NDArray[np.float64]) -> NDArray[np.float64]:
        return np.asarray(span[np.argmin(np.abs(grid[None, :] - x[:, None]), axis=1)], np.float64)

    lefts = nearest(centres - widths / 2 + pitch / 2)
    rights = np.maximum(nearest(centres + widths / 2 - pitch / 2), lefts)
    occupied = {
        int(i) for a, b in zip(lefts, rights, strict=True) for i in range(int(a), int(b) + 1)
    }
    shift = min(occupied)
    coefficients = np.polyfit(index - shift, xs, len(coefficients) - 1)
    return Grid(coefficients, frozenset(i - shift for i in occupied), residual)


def candidates(
    line: Gray, centres: NDArray[np.float64], widths: NDArray[np.float64], length: int
) -> list[Cells]:
    """Cuttings of a line into ``length`` cells, the most plausible first.

    Each window of ``length`` consecutive grid positions is scored by the glyphs it holds: a
    glyph component counts 1, ink without a component of its own (a glyph merged with an
    annotation, or faded by glare) up to 0.6, bare paper 0. A stray mark set apart from the
    line loses to the line; a line short of a glyph at an end extends where ink is. Each of
    the best windows is a candidate: the check digits decide among them.
    """
    grid = fit_grid(centres, widths)
    if grid is None or grid.count < length - 8:
        return []
    norm = _normalised(line)
    width = norm.shape[1]
    evidence: dict[int, float] = {}
    lowest, highest = sorted((grid.last - length + 1, grid.first))  # window starts
    for i in range(lowest, highest + length):
        centre, pitch = float(grid.x(float(i))), abs(grid.pitch(float(i)))
        if not 0.3 * pitch <= centre <= width - 0.3 * pitch:
            continue  # outside the cut-out line
        evidence[i] = 1.0 if i in grid.occupied else 0.6 * _ink(norm, centre, pitch)
    windows = []
    for start in range(lowest, highest + 1):
        span = range(start, start + length)
        if all(i in evidence for i in span):
            windows.append((length - sum(evidence[i] for i in span), start))
    windows.sort()
    out = []
    for cost, start in windows[:3]:
        if cost > 0.25 * length:
            break
        positions = grid.x(np.arange(start, start + length, dtype=np.float64))
        pitch = float(np.median(np.diff(positions)))
        out.append(Cells(length, pitch, cost + grid.residual, cut(norm, positions, pitch)))
    return out


def _ink(norm: NDArray[np.float32], centre: float, pitch: float) -> float:
    """How much a cell looks printed (0 paper, 1 a glyph's worth of ink)."""
    a, b = round(centre - 0.4 * pitch), round(centre + 0.4 * pitch)
    if a < 0 or b > norm.shape[1] or b <= a:
        return 0.0
    dark = float(np.mean(norm[:, a:b] < 0.5))
    return min(1.0, dark / 0.15)  # a glyph inks about a fifth of its cell


def _normalised(line: Gray) -> NDArray[np.float32]:
    """Ink 0, paper 1, judged locally: glare or a shadow across part of a line changes the
    contrast from one end to the other, so each stretch is scaled by its own darkest and
    brightest pixels (a window of about three characters)."""
    grey = line.astype(np.float32)
    height = grey.shape[0]
    window = max(3, int(2.4 * height) | 1)  # a line is ~1.25 glyphs tall, a pitch ~0.9 glyph
    columns_lo = np.percentile(grey, 3, axis=0)
    columns_hi = np.percentile(grey, 97, axis=0)
    lo = cv2.erode(columns_lo[None, :], np.ones((1, window), np.uint8))[0]
    hi = cv2.dilate(columns_hi[None, :], np.ones((1, window), np.uint8))[0]
    lo = cv2.blur(lo[None, :], (window, 1))[0]
    hi = cv2.blur(hi[None, :], (window, 1))[0]
    return np.asarray(np.clip((grey - lo) / np.maximum(hi - lo, 24.0), 0.0, 1.0), np.float32)


def cut(
    norm: NDArray[np.float32], positions: NDArray[np.float64], pitch: float
) -> NDArray[np.float32]:
    """One CELL_H x CELL_W image per position, a pitch wide, the line's full height."""
    height, width = norm.shape
    cells = np.ones((len(positions), CELL_H, CELL_W), dtype=np.float32)
    for i, centre in enumerate(positions):
        left = centre - 0.5 * pitch
        a, b = int(np.floor(left)), int(np.ceil(left + pitch))
        crop = np.ones((height, b - a), dtype=np.float32)
        src_a, src_b = max(a, 0), min(b, width)
        if src_b > src_a:
            crop[:, src_a - a : src_b - a] = norm[:, src_a:src_b]
        cells[i] = cv2.resize(crop, (CELL_W, CELL_H), interpolation=cv2.INTER_AREA)
    return cells


def band_cuttings(
    lines: Sequence[tuple[Gray, NDArray[np.float64], NDArray[np.float64]]], length: int
) -> list[list[Cells]]:
    """Cuttings of every line of a band into ``length`` cells, at most a few combinations."""
    per_line = [candidates(image, c, w, length) for image, c, w in lines]
    if any(not options for options in per_line):
        return []
    combos = sorted(itertools.product(*per_line), key=lambda combo: sum(c.misfit for c in combo))
    return [list(combo) for combo in combos[:6]]

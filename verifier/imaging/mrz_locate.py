"""Find the MRZ on a page, card or photo of any resolution and cut its lines out upright.

Nothing here guesses the size of the print from the size of the image: a 250-pixel card photo,
a 1,100-pixel strip holding only the MRZ and a 12-megapixel phone photo of a card held in a
hand go through the same steps, because the glyphs are measured on the image itself.

1. Dark print is brought out with a black-hat filter. Its kernel only has to be wider than a
   pen stroke, not than a glyph, so one kernel serves every glyph size.
2. The connected components of that print that are shaped like glyphs are linked to their
   nearest neighbour on the right of similar height and height-centre: chains of them are
   rows of text, each with its measured glyph height and pitch.
3. The MRZ is two or three long, parallel, evenly spaced rows of equal length, set in a
   fixed-pitch font (Doc 9303-3 §4.3: 2.54 mm pitch, lines 4.23 mm apart): rows whose glyph
   centres fall on a regular grid and whose neighbours agree in height, length and slope.
4. Each line is warped upright from its own fitted axis, so skew and the keystone of a photo
   taken at an angle are removed line by line; the band's corners map back to the source.

Rotations by 90 degrees are handled by the caller, which runs this on the turned image; a band
upside down is read by turning its lines 180 degrees.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Final

import cv2
import numpy as np
from numpy.typing import NDArray

from verifier.imaging.loading import Gray

WORK_MIN: Final = 1000  # smaller images are enlarged, so 5-pixel glyphs become measurable
WORK_MAX: Final = 2000  # larger ones are reduced: a card in a 12 MP photo keeps ~7 px glyphs
STROKE_KERNEL: Final = 15  # black-hat kernel (work pixels): wider than any MRZ pen stroke
MIN_GLYPH: Final = 5  # work pixels; smaller components are dust
MIN_ROW: Final = 18  # glyphs in a row before it can be an MRZ line (30 is the shortest)
LINE_SPACING: Final = (1.1, 3.4)  # line-to-line distance in glyph heights (nominal ~1.8)


@dataclass(frozen=True, slots=True, eq=False)  # rows are compared by identity
class Row:
    """A row of glyph-like components, in work-image coordinates."""

    xs: NDArray[np.float64]  # glyph centres, left to right
    ys: NDArray[np.float64]
    ws: NDArray[np.float64]  # glyph widths
    hs: NDArray[np.float64]  # glyph heights
    height: float  # height of the capitals (a high percentile: fillers are shorter)
    slope: float  # dy/dx of the row's axis
    intercept: float  # y of the axis at x = 0
    pitch: float = field(init=False)  # median distance between neighbouring glyphs

    def __post_init__(self) -> None:
        object.__setattr__(self, "pitch", _median(np.diff(self.xs)))

    @property
    def left(self) -> float:
        return float(self.xs[0])

    @property
    def right(self) -> float:
        return float(self.xs[-1])

    @property
    def count(self) -> int:
        return len(self.xs)

    @property
    def length(self) -> float:
        """Characters the row spans at its pitch (fillers count: every position is inked)."""
        return (self.right - self.left) / max(self.pitch, 1.0) + 1

    @property
    def regularity(self) -> float:
        """Share of glyph gaps that are a whole number of pitches: ~1 for a fixed-pitch font."""
        gaps = np.diff(self.xs) / max(self.pitch, 1.0)
        steps = np.maximum(np.round(gaps), 1)
        return float(np.mean(np.abs(gaps - steps) < 0.22 * steps))

    def y_at(self, x: float) -> float:
        return self.slope * x + self.intercept


@dataclass(frozen=True, slots=True)
class Line:
    """One MRZ line cut out upright, with its glyphs as the locator measured them."""

    image: Gray
    centres: NDArray[np.float64]  # glyph centres along the line, in the image's pixels
    widths: NDArray[np.float64]

    def turned(self) -> Line:
        """The same line turned 180 degrees (a document upside down)."""
        width = self.image.shape[1]
        image = np.ascontiguousarray(self.image[::-1, ::-1])
        return Line(image, (width - self.centres)[::-1], self.widths[::-1])


@dataclass(frozen=True, slots=True)
class Band:
    """An MRZ candidate: its corners in the source image and its lines cut out upright."""

    corners: NDArray[np.float64]  # 4 x 2, clockwise from top-left, source pixels
    image: Gray  # the whole band, warped upright, at source resolution
    lines: tuple[Line, ...]  # each text line, upright, all cut to the same extent
    glyph_height: float  # source pixels
    pitch: float  # source pixels from one character to the next (2.54 mm on the document)
    score: float

    @property
    def bbox(self) -> tuple[int, int, int, int]:
        xs, ys = self.corners[:, 0], self.corners[:, 1]
        return int(xs.min()), int(ys.min()), int(xs.max() - xs.min()), int(ys.max() - ys.min())

    @property
    def area(self) -> float:
        return float(cv2.contourArea(self.corners.astype(np.float32)))


def work_scale(shape: tuple[int, ...]) -> float:
    """The factor that brings an image's long side into [WORK_MIN, WORK_MAX]."""
    long_side = max(shape[:2])
    if long_side < WORK_MIN:
        return WORK_MIN / long_side
    if long_side > WORK_MAX:
        return WORK_MAX / long_side
    return 1.0


def find_bands(gray: Gray, max_bands: int = 4) -> list[Band]:
    """MRZ-like bands of an image, most plausible first."""
    scale = work_scale(gray.shape)
    if scale == 1.0:
        work = gray
    else:
        method = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        work = np.asarray(cv2.resize(gray, None, fx=scale, fy=scale, interpolation=method))
    rows: list[Row] = []
    for mask in print_masks(work):
        rows = _distinct(rows + find_rows(mask))
    bands = []
    for score, group in _groups(rows)[:max_bands]:
        band = _cut(gray, group, scale, score)
        if band is not None:
            bands.append(band)
    return bands


def print_masks(work: Gray) -> list[NDArray[np.uint8]]:
    """Dark print of any glyph size as 255, everything else 0, at two thresholds.

    The lower one keeps faint print under glare; the higher one keeps glyphs apart from the
    guilloche and noise that a low threshold joins to them. Rows found in either count.
    """
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (STROKE_KERNEL, STROKE_KERNEL))
    smooth = cv2.GaussianBlur(work, (0, 0), 0.8)  # sensor noise would break strokes apart
    blackhat = cv2.morphologyEx(smooth, cv2.MORPH_BLACKHAT, kernel)
    otsu, _ = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    masks = []
    for level in (max(0.6 * otsu, 12.0), max(1.2 * otsu, 24.0)):
        _, mask = cv2.threshold(blackhat, level, 255, cv2.THRESH_BINARY)
        masks.append(np.asarray(mask, dtype=np.uint8))
    return masks


def _distinct(rows: list[Row]) -> list[Row]:
    """One row per line of text: of rows found twice, the one with more glyphs."""
    out: list[Row] = []
    for row in sorted(rows, key=lambda r: -r.count):
        middle = (row.left + row.right) / 2
        if not any(
            abs(other.y_at(middle) - row.y_at(middle)) < 0.5 * other.height
            and min(other.right, row.right) - max(other.left, row.left)
            > 0.5 * (row.right - row.left)
            for other in out
        ):
            out.append(row)
    return out


def find_rows(mask: NDArray[np.uint8]) -> list[Row]:
    """Rows of glyph-like components, each at least MIN_ROW glyphs long."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    x, y, w, h, area = (stats[1:, i].astype(np.float64) for i in range(5))
    glyph = (
        (h >= MIN_GLYPH)
        & (h <= mask.shape[0] / 4)
        & (w <= 2.5 * h)
        & (area >= 0.08 * w * h)
        & (area <= 0.95 * w * h)  # solid blocks are not glyphs
    )
    x, y, w, h = x[glyph], y[glyph], w[glyph], h[glyph]
    if len(x) < MIN_ROW:
        return []
    centre_x, centre_y = x + w / 2, y + h / 2
    nxt = _right_neighbours(x, w, h, centre_y)
    chains = _chains(nxt)
    rows = []
    for chain in chains:
        if len(chain) < 4:
            continue
        members = chain[np.argsort(centre_x[chain])]
        rows.append(_row(centre_x[members], centre_y[members], w[members], h[members]))
    return [r for r in _join_broken(rows) if r.count >= MIN_ROW]


def _right_neighbours(
    x: NDArray[np.float64], w: NDArray[np.float64], h: NDArray[np.float64], cy: NDArray[np.float64]
) -> NDArray[np.int64]:
    """For each component, the nearest one to its right that could be the next glyph, or -1."""
    order = np.argsort(x)
    starts = x[order]
    right = x + w
    lo = np.searchsorted(starts, right - 0.5 * h, side="left")
    hi = np.searchsorted(starts, right + 1.6 * h, side="right")
    counts = np.maximum(hi - lo, 0)
    total = int(counts.sum())
    nxt = np.full(len(x), -1, dtype=np.int64)
    if total == 0:
        return nxt
    i = np.repeat(np.arange(len(x)), counts)
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    j = order[np.repeat(lo, counts) + offsets]
    ratio = h[j] / h[i]
    taller = np.maximum(h[i], h[j])
    ok = (
        (j != i)
        & (ratio >= 0.5)
        & (ratio <= 2.0)  # a filler '<' is shorter than a capital, not by half
        & (np.abs(cy[j] - cy[i]) <= 0.35 * taller)
        & (x[j] > x[i])
    )
    i, j = i[ok], j[ok]
    if len(i) == 0:
        return nxt
    gap = x[j] - right[i] + np.abs(cy[j] - cy[i])
    pick = np.lexsort((gap, i))
    i, j = i[pick], j[pick]
    first = np.r_[True, i[1:] != i[:-1]]
    nxt[i[first]] = j[first]
    return nxt


def _chains(nxt: NDArray[np.int64]) -> list[NDArray[np.int64]]:
    """Connected groups of the neighbour links (union-find)."""
    parent = list(range(len(nxt)))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in enumerate(nxt.tolist()):
        if b >= 0:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[ra] = rb
    roots = np.array([root(a) for a in range(len(nxt))], dtype=np.int64)
    order = np.argsort(roots, kind="stable")
    split = np.flatnonzero(np.diff(roots[order])) + 1
    return [g for g in np.split(order, split) if len(g) > 1]


def _row(
    xs: NDArray[np.float64],
    ys: NDArray[np.float64],
    ws: NDArray[np.float64],
    hs: NDArray[np.float64],
) -> Row:
    # the capitals' height: a line may be two-thirds fillers, and a '<' is shorter
    height = _percentile_90(hs)
    if len(xs) >= 2 and xs[-1] > xs[0]:
        slope, intercept = _line(xs, ys)
        # refit without outliers (a stray mark, a '<' sitting lower than the capitals)
        near = np.abs(ys - (slope * xs + intercept)) < 0.25 * height
        if near.sum() >= max(3, len(xs) // 2) and np.ptp(xs[near]) > 0:
            slope, intercept = _line(xs[near], ys[near])
    else:
        slope, intercept = 0.0, float(np.median(ys))
    return Row(xs, ys, ws, hs, height, slope, intercept)


# Every chain of glyphs on the page becomes a row (about fifty on a passport page), so these
# are written out: numpy's median, percentile and polyfit cost ten times more for a handful of
# values.


def _median(values: NDArray[np.float64]) -> float:
    """The median (of the two middle values, their mean), as numpy's; NaN when empty."""
    if len(values) == 0:
        return float("nan")
    ordered = np.sort(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return float((ordered[middle - 1] + ordered[middle]) / 2)


def _percentile_90(values: NDArray[np.float64]) -> float:
    """The 90th percentile, interpolated between the two nearest values as numpy's default."""
    ordered = np.sort(values)
    position = 0.9 * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (position - low))


def _line(xs: NDArray[np.float64], ys: NDArray[np.float64]) -> tuple[float, float]:
    """The least-squares line through the points (``xs`` not all equal): slope, intercept."""
    mean_x, mean_y = float(xs.mean()), float(ys.mean())
    dx = xs - mean_x
    slope = float((dx * (ys - mean_y)).sum() / (dx * dx).sum())
    return slope, mean_y - slope * mean_x


def _join_broken(rows: list[Row]) -> list[Row]:
    """Join pieces of one line broken by a stamp, a glare spot or a hole punched through.

    Each piece is linked to the nearest piece that continues it on the right (same height, on
    its axis, within eight pitches); chains of links are joined. Linear in the number of
    pieces for a page of text, so a noisy image cannot make it slow.
    """
    rows = sorted(rows, key=lambda r: r.left)
    lefts = [r.left for r in rows]
    pitches = [r.pitch for r in rows]
    rights = [r.right for r in rows]
    following: dict[int, int] = {}
    taken: set[int] = set()
    for i, a in enumerate(rows):
        reach = rights[i] + 8 * pitches[i]
        best: tuple[float, int] | None = None
        for j in range(bisect.bisect_right(lefts, rights[i]), bisect.bisect_right(lefts, reach)):
            b = rows[j]
            if j in taken or not 0.75 <= a.height / b.height <= 1.33:
                continue
            if abs(a.y_at(lefts[j]) - b.y_at(lefts[j])) > 0.3 * max(a.height, b.height):
                continue
            if lefts[j] - rights[i] > 8 * max(pitches[i], pitches[j]):
                continue
            if best is None or lefts[j] < best[0]:
                best = (lefts[j], j)
        if best is not None:
            following[i] = best[1]
            taken.add(best[1])
    out = []
    for i in range(len(rows)):
        if i in taken:
            continue  # continues a piece to its left: joined there
        chain = [i]
        while chain[-1] in following:
            chain.append(following[chain[-1]])
        if len(chain) == 1:
            out.append(rows[i])
            continue
        pieces = [rows[k] for k in chain]
        out.append(
            _row(
                np.concatenate([r.xs for r in pieces]),
                np.concatenate([r.ys for r in pieces]),
                np.concatenate([r.ws for r in pieces]),
                np.concatenate([r.hs for r in pieces]),
            )
        )
    return out


def _groups(rows: list[Row]) -> list[tuple[float, tuple[Row, ...]]]:
    """Sets of two or three rows that look like one MRZ, best first."""
    rows = sorted(rows, key=lambda r: r.y_at((r.left + r.right) / 2))
    found: list[tuple[float, tuple[Row, ...]]] = []
    for i, first in enumerate(rows):
        group: list[Row] = [first]
        for candidate in rows[i + 1 :]:
            if _next_line(group[-1], candidate):
                group.append(candidate)
                if len(group) == 3:
                    break
        for size in (3, 2) if len(group) == 3 else (2,):
            if len(group) >= size:
                found.append((_score(group[:size]), tuple(group[:size])))
    found.sort(key=lambda item: -item[0])
    out: list[tuple[float, tuple[Row, ...]]] = []
    for score, members in found:  # a row belongs to one band: the best one that uses it
        if not any(r is t for _, taken in out for t in taken for r in members):
            out.append((score, members))
    return out


def _next_line(upper: Row, lower: Row) -> bool:
    size = max(upper.height, lower.height)
    if not 0.7 <= upper.height / lower.height <= 1.43:
        return False
    if abs(np.arctan(upper.slope) - np.arctan(lower.slope)) > np.radians(4):
        return False
    middle = (lower.left + lower.right) / 2
    distance = (lower.y_at(middle) - upper.y_at(middle)) / np.hypot(1.0, upper.slope)
    if not LINE_SPACING[0] * size <= distance <= LINE_SPACING[1] * size:
        return False
    overlap = min(upper.right, lower.right) - max(upper.left, lower.left)
    shorter = min(upper.right - upper.left, lower.right - lower.left)
    return bool(overlap >= 0.75 * shorter)


def _score(group: list[Row]) -> float:
    """How much a set of rows looks like an MRZ: long, fixed-pitch, lines of equal length."""
    lengths = [r.length for r in group]
    nominal = 30 if len(group) == 3 else 44 if np.mean(lengths) > 40 else 36
    fit = 1 - min(1.0, float(np.mean([abs(n - nominal) for n in lengths])) / nominal)
    even = min(lengths) / max(lengths)
    regular = float(np.mean([r.regularity for r in group]))
    glyphs = sum(r.count for r in group) / (nominal * len(group))
    return fit + even + 2 * regular + min(glyphs, 1.0)


def _cut(gray: Gray, group: tuple[Row, ...], scale: float, score: float) -> Band | None:
    """Warp the band and each of its lines upright from the source image."""
    pitch = float(np.median([r.pitch for r in group]))
    height = float(np.median([r.height for r in group]))
    left = min(r.left for r in group) - 2.5 * pitch
    right = max(r.right for r in group) + 2.5 * pitch
    half = 0.95 * height  # room above and below a line's axis
    corners = _quad(group[0], group[-1], (left, right), half) / scale
    band_image = _warp(gray, corners, height / scale)
    if band_image is None:
        return None
    lines = []
    for row in group:
        image = _warp(gray, _quad(row, row, (left, right), half) / scale, height / scale)
        if image is None:
            return None
        along = image.shape[1] / (right - left)  # line-image pixels per work pixel
        lines.append(Line(_deslant(_tighten(image)), (row.xs - left) * along, row.ws * along))
    return Band(corners, band_image, tuple(lines), height / scale, pitch / scale, score)


def _quad(top: Row, bottom: Row, span: tuple[float, float], half: float) -> NDArray[np.float64]:
    """Corners (clockwise from top-left) from ``half`` above ``top``'s axis to ``half`` below
    ``bottom``'s, between the x positions of ``span``."""
    left, right = span
    return np.array(
        [
            _offset(top, left, -half),
            _offset(top, right, -half),
            _offset(bottom, right, half),
            _offset(bottom, left, half),
        ]
    )


def _offset(row: Row, x: float, distance: float) -> NDArray[np.float64]:
    """The point ``distance`` away from the row's axis at ``x``, perpendicular to it."""
    normal = np.array([-row.slope, 1.0]) / np.hypot(1.0, row.slope)
    return np.asarray(np.array([x, row.y_at(x)]) + distance * normal, dtype=np.float64)


def _warp(gray: Gray, corners: NDArray[np.float64], glyph: float) -> Gray | None:
    """The quadrilateral warped to an upright rectangle, glyphs at least ~24 pixels tall."""
    tl, tr, br, bl = corners
    width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    zoom = max(1.0, 24.0 / max(glyph, 1.0))  # small print is enlarged once, smoothly
    out_w, out_h = round(width * zoom), round(height * zoom)
    if out_w < 60 or out_h < 8:
        return None
    target = np.array([[0, 0], [out_w, 0], [out_w, out_h], [0, out_h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    warped = cv2.warpPerspective(
        gray, matrix, (out_w, out_h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )
    return np.asarray(warped, dtype=np.uint8)


def _tighten(line: Gray) -> Gray:
    """The line cut to its glyphs' height plus an eighth above and below, as the recogniser
    was trained; a frame line or print just above or below the MRZ stays out."""
    rows = ink_mask(line).sum(axis=1).astype(np.float64)
    if rows.max() <= 0:
        return line
    middle = len(rows) // 2
    runs = [(a, b) for a, b in true_runs(rows > 0.08 * rows.max()) if a <= middle < b]
    if not runs:
        return line
    a, b = runs[0]
    margin = max(1, (b - a) // 8)
    return line[max(0, a - margin) : min(len(rows), b + margin)]


SHEARS: Final = np.linspace(-0.45, 0.45, 19)  # horizontal shift per pixel of height


def _deslant(line: Gray) -> Gray:
    """The line with its glyphs' vertical strokes made vertical again.

    A photo taken at an angle shears the print: the baseline is straightened by the warp, the
    stems still lean. The shear that makes the column profile of the ink sharpest (stems
    stacked in as few columns as possible) is undone about the line's middle, so the glyph
    centres found on the axis stay where they are.
    """
    mask = ink_mask(line).astype(np.float32)
    height, width = mask.shape
    middle = (height - 1) / 2
    best, best_score = 0.0, -1.0
    for shear in SHEARS:
        matrix = np.array([[1.0, shear, -shear * middle], [0.0, 1.0, 0.0]], dtype=np.float32)
        columns = cv2.warpAffine(mask, matrix, (width, height)).sum(axis=0)
        score = float(np.sum(columns**2))
        if score > best_score:
            best, best_score = float(shear), score
    if best == 0.0:
        return line
    matrix = np.array([[1.0, best, -best * middle], [0.0, 1.0, 0.0]], dtype=np.float32)
    out = cv2.warpAffine(
        line, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return np.asarray(out, dtype=np.uint8)


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

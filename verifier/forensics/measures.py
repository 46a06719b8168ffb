"""Measures of one template feature on an aligned capture.

Each method of the template schema (docs/library.md) is a measure, a threshold from the
feature's ``params`` and the evidence an officer can look at. ``patch_similarity`` is the
siamese ONNX model (``verifier.forensics.patches``); the others are classical measures, where
a luminance statistic is the honest tool (dull paper, B900 contrast, fibres). Images are
aligned to the template frame, so a feature's region in millimetres is the same pixels on
capture and reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from verifier.forensics.patches import PatchComparator
from verifier.library import Feature, Region
from verifier.library.params import (
    BrightnessMax,
    BrightnessMin,
    ContrastMin,
    Fibres,
    PatchSimilarity,
)
from verifier.library.units import px_per_mm
from verifier.text import joined, say

RGB = NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class Measure:
    passed: bool
    score: float
    detail: str  # what was measured, in plain words
    evidence: dict[str, Any]


def crop(image: RGB, region: Region, dpi: int) -> RGB:
    k = px_per_mm(dpi)
    x0, y0 = max(0, round(region.x * k)), max(0, round(region.y * k))
    x1, y1 = round((region.x + region.w) * k), round((region.y + region.h) * k)
    return image[y0:y1, x0:x1]


def luminance(image: RGB) -> NDArray[np.float32]:
    rgb = image.astype(np.float32)
    return np.asarray(
        0.299 * rgb[..., 0] + 0.587 * rgb[..., 1] + 0.114 * rgb[..., 2], dtype=np.float32
    )


def measure(
    feature: Feature, captured: RGB, reference: RGB, dpi: int, comparator: PatchComparator
) -> Measure:
    """One feature of the template, measured on the aligned capture of its light; the method is
    the type of its parameters (``verifier.library.params``)."""
    cap = crop(captured, feature.region, dpi)
    if cap.size == 0:
        return Measure(False, 0.0, say("the region lies outside the capture"), {})
    params = feature.params
    if isinstance(params, PatchSimilarity):
        return _patch_similarity(
            feature, params, captured, reference, dpi=dpi, comparator=comparator
        )
    if isinstance(params, Fibres):
        return _fibres(cap, params)
    lum = luminance(cap)
    if isinstance(params, BrightnessMax):
        mean = float(lum.mean())
        limit = params.max_mean
        return Measure(
            mean <= limit,
            mean,
            say("mean brightness {value:.0f} (at most {limit:.0f})", value=mean, limit=limit),
            {"mean": round(mean, 1)},
        )
    if isinstance(params, BrightnessMin):
        bright = float(np.percentile(lum, 95))
        limit = params.min_mean
        return Measure(
            bright >= limit,
            bright,
            say("brightest print {value:.0f} (at least {limit:.0f})", value=bright, limit=limit),
            {"p95": round(bright, 1)},
        )
    if isinstance(params, ContrastMin):
        return _contrast_min(lum, params)
    # ContrastMax: print must vanish; smooth light gradients are not print
    value = contrast(lum - cv2.GaussianBlur(lum, (0, 0), 8.0) + 128)
    limit = params.max_contrast
    return Measure(
        value <= limit,
        value,
        say("contrast {value:.2f} (at most {limit:.2f})", value=value, limit=limit),
        {"contrast": round(value, 3)},
    )


def _contrast_min(lum: NDArray[np.float32], params: ContrastMin) -> Measure:
    """Dark print on light paper; with several lines, every line on its own (one faded line is
    caught)."""
    limit = params.min_contrast
    if params.lines <= 1:
        value = contrast(lum)
        return Measure(
            value >= limit,
            value,
            say("contrast {value:.2f} (at least {limit:.2f})", value=value, limit=limit),
            {"contrast": round(value, 3)},
        )
    per_line = [contrast(strip) for strip in np.array_split(lum, params.lines, axis=0)]
    value = min(per_line)
    faint = [str(i + 1) for i, c in enumerate(per_line) if c < limit]
    detail = (
        say(
            "line(s) {lines} of {count}: contrast {value:.2f} (at least {limit:.2f})",
            lines=", ".join(faint),
            count=params.lines,
            value=value,
            limit=limit,
        )
        if faint
        else say(
            "every line: lowest contrast {value:.2f} (at least {limit:.2f})",
            value=value,
            limit=limit,
        )
    )
    return Measure(not faint, value, detail, {"contrast_per_line": [round(c, 3) for c in per_line]})


def _fibres(cap: RGB, params: Fibres) -> Measure:
    """Thin, saturated, elongated marks in the design's fibre colours."""
    hsv = cv2.cvtColor(cap, cv2.COLOR_RGB2HSV)
    saturated = ((hsv[..., 1] > 90) & (hsv[..., 2] > 90)).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(saturated, connectivity=8)
    colours = [_hex(c) for c in params.colours]
    fibres = wrong = 0
    centres: list[tuple[float, float]] = []
    for i in range(1, count):
        area = int(stats[i, cv2.CC_STAT_AREA])
        if not 15 <= area <= 1500:
            continue
        # the component's pixels, looked for in its own box: over the whole region this was
        # most of the forensics stage (one full-size comparison per mark)
        x0, y0 = int(stats[i, cv2.CC_STAT_LEFT]), int(stats[i, cv2.CC_STAT_TOP])
        box = labels[
            y0 : y0 + int(stats[i, cv2.CC_STAT_HEIGHT]), x0 : x0 + int(stats[i, cv2.CC_STAT_WIDTH])
        ]
        ys, xs = np.nonzero(box == i)
        ys, xs = ys + y0, xs + x0
        (_, _), (w, h), _ = cv2.minAreaRect(np.column_stack((xs, ys)).astype(np.float32))
        if max(w, h) < 3 * max(1.0, min(w, h)):
            continue  # print or an emblem, not a fibre
        hue = _hue(cap[ys, xs].mean(axis=0))
        # a hue test: blurred into dark paper (low resolution, a photo) a fibre darkens, not turns
        if colours and min(_hue_distance(hue, _hue(c)) for c in colours) > 12:
            wrong += 1
        else:
            fibres += 1
            centres.append((float(xs.mean()), float(ys.mean())))
    minimum = params.min_count
    ok = fibres >= minimum and wrong <= 2 * fibres  # marks of other colours must not dominate
    detail = say(
        "{fibres} fibres of the expected colours (at least {minimum}), {wrong} of other colours",
        fibres=fibres,
        minimum=minimum,
        wrong=wrong,
    )
    evidence: dict[str, Any] = {"fibres": fibres, "wrong_colour": wrong}
    bare = _bare_half(centres, cap.shape[:2]) if ok and fibres >= 12 else None
    if bare is not None:  # fibres lie at random all over: a half without them was erased
        ok = False
        detail = say(
            "{fibres} fibres, but the {half} half of the region holds almost none",
            fibres=fibres,
            half=bare,
        )
        evidence["bare_half"] = bare
    return Measure(ok, float(fibres), detail, evidence)


# Fibres are scattered at random over the page: each half of the region holds about half of
# them. A half with under 15 % of them (binomial odds below 1 in 1,000 from 25 fibres on) was
# erased or cut from another document.
MIN_HALF_SHARE = 0.15


def _bare_half(centres: list[tuple[float, float]], shape: tuple[int, int]) -> str | None:
    height, width = shape
    xs = np.array([c[0] for c in centres])
    ys = np.array([c[1] for c in centres])
    halves = {
        say("left"): xs < width / 2,
        say("right"): xs >= width / 2,
        say("upper"): ys < height / 2,
        say("lower"): ys >= height / 2,
    }
    for name, inside in halves.items():
        if inside.sum() < MIN_HALF_SHARE * len(xs):
            return name
    return None


def contrast(lum: NDArray[np.float32]) -> float:
    """Print contrast of a luminance patch, 0-1: the spread of its 5th-95th percentiles."""
    if lum.size == 0:
        return 0.0
    return float(np.percentile(lum, 95) - np.percentile(lum, 5)) / 255


def _hue(rgb: NDArray[np.float32] | NDArray[np.float64]) -> float:
    pixel = np.clip(np.asarray(rgb, dtype=np.float32), 0, 255).astype(np.uint8).reshape(1, 1, 3)
    return float(cv2.cvtColor(pixel, cv2.COLOR_RGB2HSV)[0, 0, 0])  # 0-179


def _hue_distance(a: float, b: float) -> float:
    d = abs(a - b) % 180
    return min(d, 180 - d)


def _hex(colour: str) -> NDArray[np.float32]:
    value = colour.lstrip("#")
    return np.array([int(value[i : i + 2], 16) for i in (0, 2, 4)], dtype=np.float32)


def _patch_similarity(
    feature: Feature,
    params: PatchSimilarity,
    captured: RGB,
    reference: RGB,
    *,
    dpi: int,
    comparator: PatchComparator,
) -> Measure:
    """The siamese model's score for each tile of the region; the worst tile decides."""
    scored = comparator.compare(captured, reference, feature.region, dpi)
    if not scored:
        return Measure(False, 0.0, say("the region is empty"), {})
    worst = min(scored, key=lambda t: t.score)
    limit = params.min_score
    ok = worst.score >= limit
    detail: str = say(
        "similarity to the reference {value:.2f} (at least {limit:.2f})",
        value=worst.score,
        limit=limit,
    )
    r = worst.region
    evidence: dict[str, Any] = {
        "similarity": round(worst.score, 3),
        "tiles": [round(t.score, 3) for t in scored],
        "worst_tile_mm": {
            "x": round(r.x, 1),
            "y": round(r.y, 1),
            "w": round(r.w, 1),
            "h": round(r.h, 1),
        },
    }
    if params.min_mean is not None:
        bright = float(np.percentile(luminance(crop(captured, feature.region, dpi)), 95))
        ok = ok and bright >= params.min_mean
        brightest = say(
            "brightest {value:.0f} (at least {limit:.0f})", value=bright, limit=params.min_mean
        )
        detail = joined(", ", [detail, brightest])
        evidence["p95"] = round(bright, 1)
    return Measure(ok, worst.score, detail, evidence)

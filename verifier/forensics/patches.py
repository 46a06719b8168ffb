"""Patch comparison with the siamese ONNX model (``models/patch_siamese.onnx``).

A feature's region is cut into square tiles (side = the region's short side, spread evenly
along the long side, overlapping where they must); each captured tile is scored against the
reference tile at the same place, under the same light, by a network whose two branches share
their weights. The feature's score is its worst tile: an alteration of any part of a feature
is an anomaly. The same tiling is used by the training script (``models/train/``), so the
model sees at training what it sees here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from verifier.library import Region
from verifier.library.units import px_per_mm
from verifier.model_files import session

TILE = 48  # pixels of a tile as the model sees it
RGB = NDArray[np.uint8]
Tiles = NDArray[np.float32]  # (n, 3, TILE, TILE), values in [-0.5, 0.5]


def tiles(region: Region) -> list[Region]:
    """Square tiles covering ``region`` (millimetres), ordered along its long side."""
    side = min(region.w, region.h)
    if side <= 0:
        return []
    if region.w >= region.h:
        count = max(1, math.ceil(region.w / side - 1e-6))
        step = (region.w - side) / (count - 1) if count > 1 else 0.0
        return [Region(region.x + i * step, region.y, side, side) for i in range(count)]
    count = max(1, math.ceil(region.h / side - 1e-6))
    step = (region.h - side) / (count - 1) if count > 1 else 0.0
    return [Region(region.x, region.y + i * step, side, side) for i in range(count)]


def tile_pixels(image: RGB, region: Region, dpi: int) -> NDArray[np.uint8]:
    """One tile as the model's input size (TILE x TILE RGB); black outside the image."""
    k = px_per_mm(dpi)
    x0, y0 = round(region.x * k), round(region.y * k)
    x1, y1 = round((region.x + region.w) * k), round((region.y + region.h) * k)
    h, w = image.shape[:2]
    out = np.zeros((max(1, y1 - y0), max(1, x1 - x0), 3), dtype=np.uint8)
    cx0, cy0, cx1, cy1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
    if cx1 > cx0 and cy1 > cy0:
        out[cy0 - y0 : cy1 - y0, cx0 - x0 : cx1 - x0] = image[cy0:cy1, cx0:cx1]
    return np.asarray(cv2.resize(out, (TILE, TILE), interpolation=cv2.INTER_AREA), dtype=np.uint8)


def as_input(pixels: list[NDArray[np.uint8]]) -> Tiles:
    batch = np.stack(pixels).astype(np.float32) / 255.0 - 0.5
    return np.ascontiguousarray(batch.transpose(0, 3, 1, 2))


@dataclass(frozen=True, slots=True)
class TileScore:
    region: Region
    score: float  # probability that the captured tile shows the reference's feature


class PatchComparator:
    """The siamese model, loaded once (sha256 checked) and run on batches of tile pairs."""

    def __init__(self) -> None:
        self._session = session("patch_siamese")

    def compare(self, captured: RGB, reference: RGB, region: Region, dpi: int) -> list[TileScore]:
        parts = tiles(region)
        if not parts:
            return []
        cap = as_input([tile_pixels(captured, t, dpi) for t in parts])
        ref = as_input([tile_pixels(reference, t, dpi) for t in parts])
        (scores,) = self._session.run(None, {"capture": cap, "reference": ref})
        return [TileScore(t, float(s)) for t, s in zip(parts, np.ravel(scores), strict=True)]

"""Read the MRZ of a page or card image: find it, recognise it, let the check digits decide.

Primary engine: Verifier's ONNX character recogniser (models/MODELS.md), run on the cells of
each line; its per-character probabilities become the alternatives that the MRZ engine's
repair may choose among, so a correction is always one the recogniser considered and every
check digit confirms. Second engine: Tesseract with the MRZ-trained data, used only when the
first read does not validate. Characters read with low confidence in fields that no check
digit protects make the MRZ invalid rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

import cv2
import numpy as np
from numpy.typing import NDArray

from verifier.imaging.loading import Gray, load_gray
from verifier.imaging.mrz_cells import Cells, band_cuttings, fit_grid
from verifier.imaging.mrz_locate import Band, find_bands
from verifier.imaging.tesseract import ocr
from verifier.model_files import model_path, session
from verifier.mrz import Finding, MrzError, MrzResult, Severity, parse
from verifier.mrz.formats import SPECS

ALPHABET: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
SURE: Final = 0.995  # above this a character gets no alternatives
LOW: Final = 0.5  # below this an unprotected character is not trusted
# mean character probability below which an invalid read is not an MRZ at all (print of
# another kind, a pattern): "no MRZ found" rather than garbage reported as a faulty MRZ
PLAUSIBLE: Final = 0.5
STRONG_BAND: Final = 4.7  # locator score of a band that is an MRZ in geometry (at most 5)


@dataclass(frozen=True, slots=True)
class ImageRead:
    result: MrzResult
    engine: str  # "verifier-onnx" or "tesseract"
    confidence: float  # probability of the least certain character, 0-1
    orientation: int  # degrees the document is turned clockwise in the image: 0, 90, 180, 270
    bbox: tuple[int, int, int, int]  # x, y, width, height of the MRZ in the image
    timing_ms: float
    pitch_px: float = 0.0  # character pitch in image pixels: 2.54 mm (Doc 9303-3), so dpi / 10

    @property
    def dpi(self) -> int:
        """The capture's resolution measured on the MRZ's fixed pitch of 10 characters/inch."""
        return round(self.pitch_px * 10)


@dataclass(frozen=True, slots=True)
class _Candidate:
    lines: tuple[str, ...]
    probs: tuple[NDArray[np.float32], ...]  # per line: length x 37
    band: Band
    flipped: bool


class MrzReader:
    """Load the models once; read many images."""

    def __init__(self, *, use_tesseract: bool = True, today: dt.date | None = None) -> None:
        self._session = session("mrz_ocrb_cells")
        self._tesseract = use_tesseract
        self._today = today

    def read_file(self, path: Path) -> ImageRead | None:
        return self.read(load_gray(path))

    def read(self, gray: Gray) -> ImageRead | None:
        """The best MRZ reading in the image, or None when there is no MRZ."""
        reads = self._read(gray, every=False)
        return reads[0] if reads else None

    def read_all(self, gray: Gray) -> list[ImageRead]:
        """Every MRZ in the image (a page with two documents), the biggest document first.

        Only valid reads are listed when there is one; otherwise the single most plausible
        invalid read, so that the officer learns what failed.
        """
        return self._read(gray, every=True)

    def _read(self, gray: Gray, *, every: bool) -> list[ImageRead]:
        start = time.perf_counter()
        valid: list[tuple[float, ImageRead]] = []
        fallback: tuple[tuple[int, float], ImageRead] | None = None
        for turn in (0, 90):  # text along the rows, then along the columns
            view: Gray = (
                gray
                if turn == 0
                else np.asarray(cv2.rotate(gray, cv2.ROTATE_90_COUNTERCLOCKWISE), dtype=np.uint8)
            )
            for found in find_bands(view):
                band = replace(found, corners=_unturn(found.corners, gray.shape)) if turn else found
                if any(_overlaps(band.bbox, read.bbox) for _, read in valid):
                    continue
                best = self._best(band)
                if best is None:
                    continue
                key, first, candidate = best
                read = first
                if (read is None or not read.result.valid) and self._tesseract:
                    second = self._tesseract_read(candidate)
                    if second is not None and second.result.valid:
                        read = second
                if read is None:
                    continue
                if read.result.valid:
                    valid.append((band.area, read))
                    if not every:
                        break
                elif fallback is None or key > fallback[0]:
                    fallback = (key, read)  # an MRZ that fails its checks, reported as such
            if valid:
                break
        elapsed = round((time.perf_counter() - start) * 1000, 1)
        if valid:
            valid.sort(key=lambda item: -item[0])
            return [replace(read, timing_ms=elapsed) for _, read in valid]
        return [] if fallback is None else [replace(fallback[1], timing_ms=elapsed)]

    def _best(self, band: Band) -> tuple[tuple[int, float], ImageRead | None, _Candidate] | None:
        """The best reading of a band, its key (valid, mean confidence) and its candidate.

        A band that looks like an MRZ in every way (fixed pitch, lines of the right lengths)
        but whose print the recogniser cannot read (an unusual font) gives its candidate with
        no reading, so that the second engine may try it; a weaker band gives nothing.
        """
        best: tuple[tuple[int, float], ImageRead | None, _Candidate] | None = None
        unread: _Candidate | None = None
        for flipped in (False, True):
            for candidate in self._recognise(band, flipped):
                confidence = _mean_confidence(candidate)
                if confidence < PLAUSIBLE:
                    unread = unread or candidate
                    continue  # not OCR-B print, or upside down: not worth a repair search
                read = self._decide(candidate)
                if read is None:
                    continue
                key = (int(read.result.valid), confidence)
                if best is None or key > best[0]:
                    best = (key, read, candidate)
            if best is not None and best[1] is not None and best[1].result.valid:
                break
        if best is None and unread is not None and band.score >= STRONG_BAND:
            return (0, 0.0), None, unread
        return best

    # --- recognition ----------------------------------------------------------------------

    def _recognise(self, band: Band, flipped: bool) -> list[_Candidate]:
        lines = tuple(line.turned() for line in reversed(band.lines)) if flipped else band.lines
        if not 2 <= len(lines) <= 3:
            return []
        # 30 for three lines; 44 or 36 for two: whichever the longest line is nearer to
        spans = [grid.count for line in lines if (grid := fit_grid(line.centres, line.widths))]
        if not spans:
            return []
        length = 30 if len(lines) == 3 else 44 if max(spans) > 40 else 36
        cuttings = band_cuttings(
            [(line.image, line.centres, line.widths) for line in lines], length
        )
        if not cuttings:
            return []
        flat = [cells for cutting in cuttings for cells in cutting]
        probs = self._classify(flat)
        out = []
        for k in range(len(cuttings)):
            line_probs = tuple(probs[k * len(lines) : (k + 1) * len(lines)])
            texts = tuple("".join(ALPHABET[i] for i in p.argmax(axis=1)) for p in line_probs)
            out.append(_Candidate(texts, line_probs, band, flipped))
        return out

    def _classify(self, cells: list[Cells]) -> list[NDArray[np.float32]]:
        batch = np.concatenate([c.images for c in cells])[:, None].astype(np.float32)
        logits = self._session.run(None, {"cells": batch})[0]
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs = (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
        out, start = [], 0
        for c in cells:
            out.append(probs[start : start + c.length])
            start += c.length
        return out

    def _decide(self, candidate: _Candidate) -> ImageRead | None:
        alternatives: dict[tuple[int, int], str] = {}
        for i, probs in enumerate(candidate.probs):
            for j, row in enumerate(probs):
                if row.max() < SURE:
                    order = np.argsort(-row)
                    alternatives[(i, j)] = "".join(ALPHABET[k] for k in order[:3] if row[k] > 0.01)
        try:
            result = parse(candidate.lines, today=self._today, alternatives=alternatives)
        except MrzError:
            return None
        result = _flag_low_confidence(result, candidate)
        weakest = min(float(p.max(axis=1).min()) for p in candidate.probs)
        return ImageRead(
            result=result,
            engine="verifier-onnx",
            confidence=round(weakest, 4),
            orientation=_orientation(candidate.band, candidate.flipped),
            bbox=candidate.band.bbox,
            timing_ms=0.0,
            pitch_px=round(candidate.band.pitch, 3),
        )

    # --- second engine --------------------------------------------------------------------

    def _tesseract_read(self, candidate: _Candidate) -> ImageRead | None:
        """Tesseract with the MRZ-trained data on the same upright band."""
        image = _upright(candidate.band.image, candidate.flipped)
        lines = tesseract_lines(image)
        if not lines:
            return None
        try:
            result = parse(lines, today=self._today)
        except MrzError:
            return None
        if not _agrees(result.lines, candidate) or any(
            w.code in ("unknown_code", "invalid_code") for w in result.warnings
        ):
            return None  # the engines disagree where the first one was sure: trust neither
        return ImageRead(
            result=result,
            engine="tesseract",
            confidence=0.0,
            orientation=_orientation(candidate.band, candidate.flipped),
            bbox=candidate.band.bbox,
            timing_ms=0.0,
            pitch_px=round(candidate.band.pitch, 3),
        )


def tesseract_lines(image: Gray) -> tuple[str, ...]:
    """Run Tesseract (MRZ-trained data) on an upright band; the lines it reads."""
    scale = 40 / max(1, image.shape[0] / 3)  # about 40 px per text line
    if scale > 1.2 or scale < 0.8:
        image = np.asarray(
            cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC),
            dtype=np.uint8,
        )
    text = ocr(image, language="mrz", psm=6, tessdata=model_path("tesseract_mrz").parent)
    lines = ["".join(line.split()).upper() for line in text.splitlines()]
    return tuple(line for line in lines if len(line) >= 25)


def _agrees(lines: tuple[str, ...], candidate: _Candidate) -> bool:
    """Whether a second reading keeps every character the recogniser was sure of."""
    if len(lines) != len(candidate.lines):
        return False
    for line, first, probs in zip(lines, candidate.lines, candidate.probs, strict=True):
        if len(line) != len(first):
            return False
        for ch, own, row in zip(line, first, probs, strict=True):
            if row.max() >= 0.9 and ch != own:
                return False
    return True


def _unturn(corners: NDArray[np.float64], shape: tuple[int, ...]) -> NDArray[np.float64]:
    """Corners found on the image turned 90 degrees anticlockwise, in the image's own pixels."""
    width = shape[1]
    return np.stack([width - 1 - corners[:, 1], corners[:, 0]], axis=1)


def _overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def _upright(image: Gray, flipped: bool) -> Gray:
    return np.asarray(cv2.rotate(image, cv2.ROTATE_180), dtype=np.uint8) if flipped else image


def _mean_confidence(candidate: _Candidate) -> float:
    return float(np.mean([p.max(axis=1).mean() for p in candidate.probs]))


def _orientation(band: Band, flipped: bool) -> int:
    tl, tr = band.corners[0], band.corners[1]
    angle = math.degrees(math.atan2(float(tr[1] - tl[1]), float(tr[0] - tl[0])))
    turned = round(angle / 90) * 90 + (180 if flipped else 0)
    return int(turned % 360)


def _flag_low_confidence(result: MrzResult, candidate: _Candidate) -> MrzResult:
    """Characters the recogniser was unsure of and no check digit confirms are not trusted."""
    spec = SPECS[result.format]
    protected = {n for c in spec.checks for n in (*c.covers, c.digit)}
    repaired = {(r.line - 1, r.pos - 1) for r in result.repairs}
    unsure = [
        (i, j)
        for i, probs in enumerate(candidate.probs)
        for j, row in enumerate(probs)
        if row.max() < LOW and (i, j) not in repaired and j < spec.line_length
    ]
    unprotected = [
        (i, j) for i, j in unsure if spec.field_at(i, j).name not in protected or not result.valid
    ]
    if not unprotected:
        return result
    where = ", ".join(f"line {i + 1} position {j + 1}" for i, j in unprotected[:6])
    finding = Finding(
        "low_confidence",
        f"Characters could not be read with confidence ({where}); read them on the document.",
        Severity.ERROR,
    )
    return replace(result, warnings=(*result.warnings, finding), valid=False)

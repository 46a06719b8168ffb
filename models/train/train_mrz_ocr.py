"""Train the MRZ character recogniser (OCR-B, 37 classes: 0-9, A-Z, <) and export it to ONNX.

    make train-mrz        # or: .venv-train/bin/python models/train/train_mrz_ocr.py

CPU PyTorch (pip install torch==2.13.0). Deterministic: fixed seeds, data made in a fixed
number of worker processes, one thread per op.

Data: whole MRZ bands (2 x 44, 2 x 36, 3 x 30 characters) drawn on document-like backgrounds
and captured the way real documents reach a workstation, then located and cut into cells by
the product's own code (``verifier.imaging.mrz_locate.find_bands`` and
``verifier.imaging.mrz_cells.candidates``), so training sees exactly what inference sees. A
line is kept only when the cutting is unambiguous (its glyphs span exactly its length), so no
label is ever shifted. What a band may meet, modelled on real specimens and photos:

- print: the three OCR-B cuts Debian ships (regular, sharp, oblique), stroke weight from thin
  laser print to inkjet bleed, condensed or widened glyphs, a pitch that wanders slightly,
  toner speckle and halftone dots;
- paper: tints and rainbow gradients, guilloche line families, faint watermarks, VIZ text
  above the band, a frame line, coloured stamps and highlighter over the lines;
- capture: 5 to 60 pixel glyphs (a 250-pixel card photo to a 600 dpi scan), perspective and
  rotation, blur, noise, laminate glare and reflections, uneven light, JPEG 30-95.

Validation: synthetic bands from other seeds; and, when ``--real DIR`` points at a folder of
real document images with transcribed MRZs (``truth.json``, as in ``../shared/realdocs``), the
cells of their MRZ lines as the product cuts them, scored per character, separately for the
images used during development and those held out (``--held-out`` ids). Real images are
never used for training.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import multiprocessing
import random
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import torch
from PIL import Image, ImageDraw, ImageFont
from torch import nn

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from verifier.imaging.loading import load_gray  # noqa: E402
from verifier.imaging.mrz_cells import CELL_H, CELL_W, candidates, fit_grid  # noqa: E402
from verifier.imaging.mrz_locate import find_bands  # noqa: E402

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
FONTS = [
    Path("/usr/share/fonts/opentype/ocr-b/OCRB.otf"),
    Path("/usr/share/fonts/opentype/ocr-b/OCRBS.otf"),
    Path("/usr/share/fonts/opentype/ocr-b/OCRBL.otf"),
]
VIZ_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LETTERS, DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789"
FORMATS = ((44, 2), (36, 2), (30, 3))
WORKERS = 2


def random_line(rng: random.Random, length: int) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < length:
        kind = rng.random()
        if kind < 0.35:
            parts.append("<" * rng.randint(1, 14))
        elif kind < 0.65:
            parts.append("".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 10))))
        elif kind < 0.9:
            parts.append("".join(rng.choice(DIGITS) for _ in range(rng.randint(1, 9))))
        else:
            parts.append("".join(rng.choice(LETTERS + DIGITS) for _ in range(rng.randint(3, 9))))
    return "".join(parts)[:length]


def _name(rng: random.Random, room: int) -> str:
    words = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 12))) for _ in range(4)]
    name = words[0] + "<<" + "<".join(words[1 : rng.randint(2, 4)])
    return name[:room].ljust(room, "<")


def _alnum(rng: random.Random, n: int, fill: float = 0.0) -> str:
    text = "".join(rng.choice(LETTERS + DIGITS) for _ in range(n))
    cut = int(n * (1 - fill)) if rng.random() < 0.5 else n
    return text[:cut].ljust(n, "<")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def mrz_lines(rng: random.Random, length: int) -> tuple[str, ...]:
    """Lines laid out like Doc 9303's formats (check digits not computed: only glyphs
    matter here), so fillers, names and digit runs come where real MRZs have them."""
    if rng.random() < 0.25:
        count = 3 if length == 30 else 2
        return tuple(random_line(rng, length) for _ in range(count))
    code = rng.choice(("P<", "PC", "PD", "I<", "ID", "IR", "AC", "V<", "C<"))
    state = "".join(rng.choice(LETTERS) for _ in range(3))
    nat = "".join(rng.choice(LETTERS) for _ in range(3)) if rng.random() < 0.3 else state
    sex = rng.choice("MF<")
    number = _alnum(rng, 9, fill=0.3)
    dob, exp = _digits(rng, 6), _digits(rng, 6)
    if length == 30:
        first = code + state + number + rng.choice(DIGITS) + _alnum(rng, 15, fill=0.9)
        second = dob + rng.choice(DIGITS) + sex + exp + rng.choice(DIGITS) + nat
        second += _alnum(rng, 11, fill=0.9) + rng.choice(DIGITS)
        return first, second, _name(rng, 30)
    first = code + state + _name(rng, length - 5)
    optional = _alnum(rng, length - 30, fill=0.8)
    second = number + rng.choice(DIGITS) + nat + dob + rng.choice(DIGITS) + sex + exp
    second += rng.choice(DIGITS) + optional + _digits(rng, 2)
    return first, second[:length]


def _tint(rng: random.Random) -> tuple[int, int, int]:
    return (rng.randint(170, 255), rng.randint(170, 255), rng.randint(170, 255))


def _background(rng: random.Random, width: int, height: int) -> np.ndarray:
    """Paper: a tint, often a rainbow gradient, guilloche families, a faint watermark."""
    a, b = np.array(_tint(rng), np.float32), np.array(_tint(rng), np.float32)
    t = np.linspace(0, 1, width if rng.random() < 0.6 else height, dtype=np.float32)
    ramp = a[None, :] * (1 - t[:, None]) + b[None, :] * t[:, None]
    if len(t) == width:
        paper = np.broadcast_to(ramp[None, :, :], (height, width, 3)).copy()
    else:
        paper = np.broadcast_to(ramp[:, None, :], (height, width, 3)).copy()
    img = Image.fromarray(paper.astype(np.uint8))
    draw = ImageDraw.Draw(img)
    for _ in range(rng.randint(0, 4)):  # guilloche: families of sine curves
        colour = tuple(max(0, c - rng.randint(20, 110)) for c in _tint(rng))
        amp, freq = rng.uniform(3, height / 3), rng.uniform(0.002, 0.03)
        y0, spacing = rng.uniform(0, height), rng.uniform(3, 25)
        for k in range(rng.randint(3, 20)):
            phase = k * rng.uniform(0.1, 0.6)
            pts = [
                (x, y0 + k * spacing + amp * math.sin(freq * x + phase))
                for x in range(0, width, 6)
            ]
            draw.line(pts, fill=colour, width=rng.choice((1, 1, 2)))
    if rng.random() < 0.3:  # a watermark or emblem, faint
        cx, cy, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(height / 4, height)
        colour = tuple(max(0, c - rng.randint(10, 40)) for c in _tint(rng))
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=rng.randint(2, 12))
    return np.asarray(img, dtype=np.float32)


def render_band(rng: random.Random) -> tuple[np.ndarray, tuple[str, ...]]:
    """A grey capture of an MRZ band and the text of its lines."""
    length, count = rng.choice(FORMATS)
    texts = mrz_lines(rng, length)
    glyph = 48  # drawn large, reduced to the capture's size at the end
    pitch = glyph * rng.uniform(0.98, 1.12)
    spacing = glyph * rng.uniform(1.55, 2.0)
    margin_x = int(pitch * rng.uniform(1.5, 6))
    top = int(glyph * rng.uniform(1.2, 5))
    width = int(2 * margin_x + pitch * length)
    height = int(top + spacing * count + glyph * rng.uniform(1.0, 3))
    paper = _background(rng, width, height)
    ink_layer = Image.new("L", (width, height), 0)  # coverage of MRZ ink, 0-255
    draw = ImageDraw.Draw(ink_layer)
    font_path = rng.choices(FONTS, weights=(6, 3, 1))[0]
    font = ImageFont.truetype(str(font_path), 40)
    size = round(40 * glyph / max(1.0, font.getbbox("M")[3] - font.getbbox("M")[1]))
    font = ImageFont.truetype(str(font_path), size)
    stretch = rng.uniform(0.85, 1.15)  # condensed or widened cuts
    wander = rng.uniform(0, 0.04)
    for row, text in enumerate(texts):
        y = top + row * spacing - font.getbbox("M")[1]
        for i, ch in enumerate(text):
            x = margin_x + (i + 0.5) * pitch + rng.gauss(0, wander) * pitch
            box = font.getbbox(ch)
            if stretch == 1.0:
                draw.text((x - (box[0] + box[2]) / 2, y), ch, font=font, fill=255)
                continue
            tile = Image.new("L", (int(box[2] + 4), int(box[3] + 4)), 0)
            ImageDraw.Draw(tile).text((2, 2), ch, font=font, fill=255)
            tile = tile.resize((max(1, int(tile.width * stretch)), tile.height))
            ink_layer.paste(tile, (int(x - tile.width / 2), int(y - 2)), tile)
    ink = np.asarray(ink_layer, dtype=np.float32)
    weight = rng.choice((-2, -1, 0, 0, 0, 1, 2, 3))  # thin laser print to inkjet bleed
    if weight:
        kernel = np.ones((abs(weight) * 2 + 1,) * 2, np.uint8)
        ink = (cv2.dilate if weight > 0 else cv2.erode)(ink, kernel)
    if rng.random() < 0.3:  # toner speckle / halftone: ink coverage broken into dots
        dots = np.random.default_rng(rng.randint(0, 2**31)).random(ink.shape) < rng.uniform(0.6, 0.95)
        ink = ink * dots
        ink = cv2.GaussianBlur(ink, (0, 0), rng.uniform(0.8, 2.0))
    ink = np.clip(ink / 255.0, 0, 1)[:, :, None]
    ink_colour = np.array([rng.randint(0, 60)] * 3, np.float32)
    img = paper * (1 - ink) + ink_colour * ink
    img = _viz_and_marks(rng, img, margin_x, top, glyph, pitch, length)
    img = _overlays(rng, img, margin_x, top, spacing, count, glyph, pitch, length)
    grey = cv2.cvtColor(np.clip(img, 0, 255).astype(np.uint8), cv2.COLOR_RGB2GRAY)
    return _capture(rng, grey, glyph), texts


def _viz_and_marks(
    rng: random.Random, img: np.ndarray, x0: int, top: int, glyph: int, pitch: float, n: int
) -> np.ndarray:
    """VIZ text above the band and a frame line: what the locator must leave out."""
    pil = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(pil)
    if rng.random() < 0.6:
        font = ImageFont.truetype(str(VIZ_FONT), int(glyph * rng.uniform(0.4, 0.9)))
        words = " ".join(
            "".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 9))) for _ in range(4)
        )
        draw.text((x0, max(0, top - glyph * rng.uniform(1.4, 2.5))), words, font=font, fill=(30, 30, 30))
    if rng.random() < 0.25:
        y = top - glyph * rng.uniform(0.5, 1.0)
        draw.line((0, y, pil.width, y), fill=(40, 40, 40), width=rng.randint(1, 4))
    return np.asarray(pil, dtype=np.float32)


def _overlays(
    rng: random.Random,
    img: np.ndarray,
    x0: int,
    top: int,
    spacing: float,
    count: int,
    glyph: int,
    pitch: float,
    n: int,
) -> np.ndarray:
    """Things laid over the print: a stamp, a highlighter stroke, a hologram."""
    h, w = img.shape[:2]
    if rng.random() < 0.2:  # a stamp over the band's edge
        layer = Image.new("L", (w, h), 0)
        cx, cy = rng.uniform(0, w), rng.uniform(top, top + spacing * count)
        r = rng.uniform(glyph * 1.5, glyph * 4)
        ImageDraw.Draw(layer).ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=rng.randint(2, 6))
        alpha = np.asarray(layer, np.float32)[:, :, None] / 255 * rng.uniform(0.3, 0.8)
        colour = np.array([rng.randint(0, 200), rng.randint(0, 120), rng.randint(60, 220)], np.float32)
        img = img * (1 - alpha) + colour * alpha
    if rng.random() < 0.15:  # highlighter over one line
        row = rng.randrange(count)
        y0 = int(top + row * spacing - glyph * 0.2)
        colour = np.array([255, rng.randint(120, 230), rng.randint(120, 230)], np.float32)
        img[y0 : y0 + int(glyph * 1.3)] *= colour / 255
    if rng.random() < 0.2:  # hologram: rainbow stripes
        xs = np.arange(w, dtype=np.float32)[None, :, None]
        phase = np.array([0, 2.1, 4.2], np.float32)[None, None, :]
        stripes = 0.5 + 0.5 * np.sin(xs * rng.uniform(0.01, 0.05) + phase)
        img = img * (1 - 0.2) + 255 * stripes * 0.2
    return img


def _capture(rng: random.Random, grey: np.ndarray, glyph: int) -> np.ndarray:
    """Perspective, light, focus, sensor, resolution and compression of a real capture."""
    h, w = grey.shape
    img = grey.astype(np.float32)
    if rng.random() < 0.4:  # uneven light / laminate glare
        xs, ys = np.meshgrid(np.arange(w), np.arange(h))
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.uniform(glyph * 2, w / 2)
        img = img + rng.uniform(30, 140) * np.exp(-((xs - cx) ** 2 + (ys - cy) ** 2) / (2 * r * r))
    if rng.random() < 0.5:
        img = img * np.linspace(rng.uniform(0.6, 1.0), rng.uniform(0.6, 1.0), w)[None, :]
    img = np.clip(img, 0, 255).astype(np.uint8)
    # perspective and rotation on a canvas with room around the band
    pad = int(glyph * 3)
    img = cv2.copyMakeBorder(img, pad, pad, pad, pad, cv2.BORDER_REPLICATE)
    h, w = img.shape
    quad = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    k = rng.uniform(0, 0.06) if rng.random() < 0.5 else 0.0
    target = quad + np.float32(
        [[rng.uniform(-k, k) * w, rng.uniform(-k, k) * h] for _ in range(4)]
    )
    angle = rng.uniform(-4, 4) if rng.random() < 0.5 else 0.0
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    target = cv2.transform(target[None], rot)[0].astype(np.float32)
    matrix = cv2.getPerspectiveTransform(quad, target)
    img = cv2.warpPerspective(img, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # resolution: capitals 5-60 px tall, more often small (photos, 150 dpi)
    target_glyph = math.exp(rng.uniform(math.log(5), math.log(60)))
    factor = target_glyph / glyph
    img = cv2.resize(img, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    blur = rng.choice((0, 0, 0.4, 0.7, 1.0, 1.4)) * max(1.0, target_glyph / 20)
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(0, 8), img.shape)
    img = np.clip(img.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    if rng.random() < 0.7:
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(30, 95)])
        img = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)
    return np.asarray(img, dtype=np.uint8)


def cells_of(gray: np.ndarray, texts: tuple[str, ...]) -> list[tuple[np.ndarray, str]]:
    """The product's cells of each line whose cutting is unambiguous, with its text."""
    for band in find_bands(gray):
        if len(band.lines) != len(texts):
            continue
        out = []
        for line, text in zip(band.lines, texts, strict=True):
            grid = fit_grid(line.centres, line.widths)
            if grid is None or grid.count != len(text):
                continue
            cut = candidates(line.image, line.centres, line.widths, len(text))
            if cut:
                out.append((cut[0].images, text))
        return out
    return []


def _make(args: tuple[int, int]) -> tuple[list[np.ndarray], list[np.ndarray], int, int]:
    seed, count = args
    rng = random.Random(seed)
    cv2.setNumThreads(1)
    xs, ys, lines, kept = [], [], 0, 0
    for _ in range(count):
        gray, texts = render_band(rng)
        lines += len(texts)
        for images, text in cells_of(gray, texts):
            xs.append(images)
            ys.append(np.array([ALPHABET.index(c) for c in text], dtype=np.int64))
            kept += 1
    return xs, ys, lines, kept


def make_cells(bands: int, seed: int) -> tuple[np.ndarray, np.ndarray, str]:
    chunks = [(seed * 1000 + k, bands // (WORKERS * 4)) for k in range(WORKERS * 4)]
    with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
        parts = pool.map(_make, chunks)
    xs = [x for p in parts for x in p[0]]
    ys = [y for p in parts for y in p[1]]
    lines, kept = sum(p[2] for p in parts), sum(p[3] for p in parts)
    return np.concatenate(xs), np.concatenate(ys), f"{kept}/{lines} lines cut unambiguously"


def real_cells(folder: Path, ids: set[str] | None, skip: set[str]) -> tuple[np.ndarray, np.ndarray, int, int]:
    """Cells of real MRZ lines as the product cuts them (lines whose cutting is unambiguous)."""
    entries = json.loads((folder / "truth.json").read_text())
    xs, ys, lines, kept = [], [], 0, 0
    for entry in entries:
        if (ids is not None and entry["id"] not in ids) or entry["id"] in skip:
            continue
        gray = load_gray(folder / entry["file"])
        texts = tuple(entry["lines"])
        lines += len(texts)
        found = cells_of(gray, texts)
        if not found:
            turned = np.ascontiguousarray(np.rot90(gray))
            found = cells_of(turned, texts)
        for images, text in found:
            xs.append(images)
            ys.append(np.array([ALPHABET.index(c) for c in text], dtype=np.int64))
            kept += 1
    if not xs:
        return np.zeros((0, CELL_H, CELL_W), np.float32), np.zeros(0, np.int64), lines, 0
    return np.concatenate(xs), np.concatenate(ys), lines, kept


class CellNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()

        def block(cin: int, cout: int) -> nn.Sequential:
            return nn.Sequential(
                nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(),
                nn.Conv2d(cout, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(),
            )  # fmt: skip

        self.features = nn.Sequential(
            block(1, 24), nn.MaxPool2d(2), block(24, 48), nn.MaxPool2d(2), block(48, 96),
            nn.AdaptiveAvgPool2d((2, 2)),
        )  # fmt: skip
        self.head = nn.Sequential(nn.Flatten(), nn.Dropout(0.2), nn.Linear(96 * 4, len(ALPHABET)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(1.0 - x))  # ink as signal


def _accuracy(model: nn.Module, x: np.ndarray, y: np.ndarray) -> tuple[float, dict[str, int]]:
    if len(y) == 0:
        return float("nan"), {}
    with torch.no_grad():
        pred = torch.cat(
            [model(torch.from_numpy(x[i : i + 4096, None])).argmax(1) for i in range(0, len(y), 4096)]
        ).numpy()
    confusions: dict[str, int] = {}
    for truth, got in zip(y[pred != y], pred[pred != y], strict=True):
        key = f"{ALPHABET[truth]}->{ALPHABET[got]}"
        confusions[key] = confusions.get(key, 0) + 1
    top = dict(sorted(confusions.items(), key=lambda kv: -kv[1])[:10])
    return float(np.mean(pred == y)), top


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bands", type=int, default=6400)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "mrz_ocrb_cells.onnx")
    parser.add_argument("--real", type=Path, default=ROOT.parent / "shared" / "realdocs")
    parser.add_argument(
        "--held-out",
        default="fixtures/realdocs_held_out.txt",
        help="file listing real image ids kept aside during development (one per line)",
    )
    args = parser.parse_args()
    torch.manual_seed(9303)
    torch.set_num_threads(2)
    start = time.perf_counter()
    x_train, y_train, kept_train = make_cells(args.bands, seed=1)
    x_val, y_val, kept_val = make_cells(args.bands // 8, seed=2)
    print(f"data: {len(y_train)} train cells ({kept_train}), {len(y_val)} validation cells "
          f"({kept_val}); {time.perf_counter() - start:.0f} s", flush=True)  # fmt: skip
    model = CellNet()
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    steps = args.epochs * (len(y_train) // 256 + 1)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=steps)
    xt, yt = torch.from_numpy(x_train[:, None]), torch.from_numpy(y_train)
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.05)
    gen = torch.Generator().manual_seed(9303)
    for epoch in range(args.epochs):
        model.train()
        order = torch.randperm(len(yt), generator=gen)
        for i in range(0, len(order), 256):
            idx = order[i : i + 256]
            batch = xt[idx]
            shift = torch.randint(-2, 3, (2,), generator=gen)  # jitter the cell a little
            batch = torch.roll(batch, shifts=(int(shift[0]), int(shift[1])), dims=(2, 3))
            opt.zero_grad()
            loss = loss_fn(model(batch), yt[idx])
            loss.backward()
            opt.step()
            sched.step()
        model.eval()
        accuracy, _ = _accuracy(model, x_val, y_val)
        print(f"epoch {epoch + 1}: loss {loss.item():.3f}, validation accuracy {accuracy:.5f}", flush=True)
    model.eval()
    accuracy, confusions = _accuracy(model, x_val, y_val)
    report: dict[str, object] = {
        "train_cells": len(y_train), "train_lines": kept_train,
        "validation_cells": len(y_val), "validation_accuracy": round(accuracy, 5),
        "confusions": confusions,
    }  # fmt: skip
    held_file = ROOT / args.held_out
    held = set()
    if held_file.exists():
        held = {ln.strip() for ln in held_file.read_text().splitlines() if ln.strip()[:1] not in ("", "#")}
    if (args.real / "truth.json").exists():
        for name, ids, skip in (("real_development", None, held), ("real_held_out", held, set())):
            xr, yr, lines, kept = real_cells(args.real, ids, skip)
            acc, conf = _accuracy(model, xr, yr)
            report[name] = {
                "lines": lines, "lines_cut": kept, "cells": len(yr),
                "accuracy": round(acc, 5), "confusions": conf,
            }  # fmt: skip
    else:
        print(f"{args.real} not found: no real-image figures", flush=True)
    dummy = torch.zeros(1, 1, CELL_H, CELL_W)
    torch.onnx.export(
        model, (dummy,), str(args.out), input_names=["cells"], output_names=["logits"],
        dynamic_axes={"cells": {0: "n"}, "logits": {0: "n"}}, opset_version=17, dynamo=False,
    )  # fmt: skip
    report["size_bytes"] = args.out.stat().st_size
    report["sha256"] = hashlib.sha256(args.out.read_bytes()).hexdigest()
    report["seconds"] = round(time.perf_counter() - start)
    print(json.dumps(report, indent=1))
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()

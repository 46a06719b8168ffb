"""Train the MRZ character recogniser (OCR-B, 37 classes: 0-9, A-Z, <) and export it to ONNX.

    make train-mrz        # or: .venv-train/bin/python models/train/train_mrz_ocr.py

CPU PyTorch (pip install torch==2.13.0). Deterministic: fixed seeds, one thread per op.
Data: synthetic MRZ lines rendered with Debian's OCR-B font at 12-64 px pitch (150-600 dpi),
on paper tints with guilloche-like lines, degraded like the sample generator's captures (blur,
noise, JPEG, uneven light, small rotation); each line is cut into cells by the product's own
code (verifier.imaging.mrz_cells.segment), so training sees what inference sees. Lines the
segmenter cannot cut are dropped, not forced.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from torch import nn

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from verifier.imaging.mrz_cells import CELL_H, CELL_W, segment  # noqa: E402
from verifier.imaging.mrz_locate import split_lines  # noqa: E402

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
FONT = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
LETTERS, DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789"


def random_line(rng: random.Random) -> str:
    length = rng.choice((30, 36, 44))
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


def render_line(text: str, rng: random.Random) -> Image.Image:
    pitch = rng.uniform(11, 22) if rng.random() < 0.45 else rng.uniform(22, 64)  # photos: small
    font = ImageFont.truetype(FONT, 40)
    size = max(8, round(40 * pitch / font.getlength("M") * rng.uniform(0.95, 1.05)))
    font = ImageFont.truetype(FONT, size)
    width = int(pitch * (len(text) + 2))
    height = int(pitch * 2.2)
    paper = rng.randint(170, 250)
    img = Image.new("L", (width, height), paper)
    draw = ImageDraw.Draw(img)
    for _ in range(rng.randint(0, 14)):  # guilloche-like background lines
        tone = paper - rng.randint(10, 70)
        amp, freq, phase = rng.uniform(2, height / 2), rng.uniform(0.005, 0.05), rng.uniform(0, 6.3)
        y0 = rng.uniform(0, height)
        pts = [(x, y0 + amp * math.sin(freq * x + phase)) for x in range(0, width, 4)]
        draw.line(pts, fill=tone, width=1)
    ink = rng.randint(0, 70)
    top = (height - size) / 2 + rng.uniform(-pitch * 0.1, pitch * 0.1)
    for i, ch in enumerate(text):
        draw.text((pitch + i * pitch + rng.uniform(-0.04, 0.04) * pitch, top), ch, font=font, fill=ink)
    if rng.random() < 0.5:
        img = img.rotate(rng.uniform(-1.2, 1.2), resample=Image.Resampling.BICUBIC, fillcolor=paper)
    arr = np.asarray(img, dtype=np.float32)
    if rng.random() < 0.5:  # uneven light along the line
        arr = arr * np.linspace(rng.uniform(0.7, 1.0), rng.uniform(0.7, 1.0), width)[None, :]
    if rng.random() < 0.3:  # a glare blob
        cx, r = rng.uniform(0, width), rng.uniform(pitch, pitch * 6)
        xs = np.arange(width)[None, :]
        arr = arr + rng.uniform(40, 120) * np.exp(-((xs - cx) ** 2) / (2 * r * r))
    arr = arr + np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(0, 9), arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rng.random() < 0.35:  # resolution lost on the way (a distant camera), then resampled
        factor = rng.uniform(0.45, 0.85)
        small = img.resize((max(8, int(width * factor)), max(8, int(height * factor))), Image.Resampling.BILINEAR)
        img = small.resize((width, height), Image.Resampling.BILINEAR)
    blur = rng.choice((0, 0, 0.5, 0.8, 1.2, 1.6, 2.0))  # absolute pixels, as a lens blurs
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if rng.random() < 0.6:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=rng.randint(35, 95))
        img = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return img


def make_cells(count: int, seed: int) -> tuple[np.ndarray, np.ndarray, int]:
    rng = random.Random(seed)
    xs, ys, dropped = [], [], 0
    for _ in range(count):
        text = random_line(rng)
        lines = split_lines(np.asarray(render_line(text, rng)))
        cells = segment(lines[0], lengths=(len(text),)) if len(lines) == 1 else None
        if cells is None or cells.length != len(text):
            dropped += 1
            continue
        xs.append(cells.images)
        ys.append(np.array([ALPHABET.index(c) for c in text], dtype=np.int64))
    return np.concatenate(xs), np.concatenate(ys), dropped


class CellNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()

        def block(cin: int, cout: int) -> nn.Sequential:
            return nn.Sequential(
                nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(),
                nn.Conv2d(cout, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(),
            )  # fmt: skip

        self.features = nn.Sequential(
            block(1, 16), nn.MaxPool2d(2), block(16, 32), nn.MaxPool2d(2), block(32, 64),
            nn.AdaptiveAvgPool2d((2, 2)),
        )  # fmt: skip
        self.head = nn.Sequential(nn.Flatten(), nn.Dropout(0.2), nn.Linear(64 * 4, len(ALPHABET)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(1.0 - x))  # ink as signal


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=4000)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "mrz_ocrb_cells.onnx")
    args = parser.parse_args()
    torch.manual_seed(9303)
    torch.set_num_threads(2)
    start = time.perf_counter()
    x_train, y_train, drop_train = make_cells(args.lines, seed=1)
    x_val, y_val, drop_val = make_cells(args.lines // 10, seed=2)
    print(f"data: {len(y_train)} train cells, {len(y_val)} validation cells; "
          f"dropped lines {drop_train}+{drop_val}; {time.perf_counter() - start:.0f} s")  # fmt: skip
    model = CellNet()
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=args.epochs * (len(y_train) // 256 + 1))
    xt, yt = torch.from_numpy(x_train[:, None]), torch.from_numpy(y_train)
    xv, yv = torch.from_numpy(x_val[:, None]), torch.from_numpy(y_val)
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
            if i // 256 % 100 == 0:
                print(f"  step {i // 256}: loss {loss.item():.3f}", flush=True)
        model.eval()
        with torch.no_grad():
            accuracy = (model(xv).argmax(1) == yv).float().mean().item()
        print(f"epoch {epoch + 1}: loss {loss.item():.3f}, validation accuracy {accuracy:.5f}")
    model.eval()
    with torch.no_grad():
        wrong = (model(xv).argmax(1) != yv).nonzero().flatten().tolist()
    confusions: dict[str, int] = {}
    with torch.no_grad():
        pred = model(xv).argmax(1)
    for i in wrong:
        key = f"{ALPHABET[int(yv[i])]}->{ALPHABET[int(pred[i])]}"
        confusions[key] = confusions.get(key, 0) + 1
    dummy = torch.zeros(1, 1, CELL_H, CELL_W)
    torch.onnx.export(
        model, (dummy,), str(args.out), input_names=["cells"], output_names=["logits"],
        dynamic_axes={"cells": {0: "n"}, "logits": {0: "n"}}, opset_version=17, dynamo=False,
    )  # fmt: skip
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    report = {
        "train_cells": len(y_train), "validation_cells": len(y_val),
        "validation_accuracy": round(1 - len(wrong) / len(y_val), 5),
        "confusions": dict(sorted(confusions.items(), key=lambda kv: -kv[1])[:10]),
        "size_bytes": args.out.stat().st_size, "sha256": digest,
        "seconds": round(time.perf_counter() - start),
    }  # fmt: skip
    print(json.dumps(report, indent=1))
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()

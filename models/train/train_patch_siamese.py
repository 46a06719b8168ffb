"""Train the siamese patch comparator (captured tile vs reference tile, same light) to ONNX.

    make train-patch      # or: .venv-train/bin/python models/train/train_patch_siamese.py

CPU PyTorch (pip install torch==2.13.0). Deterministic: fixed seeds.

Data: documents rendered by the sample generator (fixtures/generator) for every design of the
reference library, with varied holders, portraits and fibre positions, genuine or altered the
way the generator's forgeries are (substituted photo, missing UV emblem, office paper), then
"captured" in the template frame the way the generator's scanners and cameras degrade them
(misregistration left by alignment, 150-600 dpi resampling, blur, sensor noise, uneven light,
glare, JPEG). Every feature of method ``patch_similarity`` is cut into tiles by the product's
own code (verifier.forensics.patches), so training sees what inference sees.

Pairs: (captured tile, reference tile) labelled 1 when the tile is as on the reference and 0
when it is not: tiles a forgery altered (found by comparing the altered and genuine renders of
the same document), tiles taken from elsewhere on the document or from another design, and
reproductions (fine line work blurred away, inks of the wrong colour).

Held out: other holders' portraits (persons c and e), other seeds. An authority retrains it on
its own genuine exemplars by pointing ``--library`` at its reference library and supplying
captures; the tiling and the export stay the same.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
import torch
from PIL import Image, ImageEnhance, ImageOps
from torch import nn

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from fixtures.generator.designs import DESIGNS  # noqa: E402
from fixtures.generator.render import Alterations, render  # noqa: E402
from fixtures.generator.samples import (  # noqa: E402
    GENUINE,
    PORTRAITS,
    mrz_lines,
    seal_bytes,
    viz_values,
)
from verifier.forensics.patches import TILE, as_input, tile_pixels, tiles  # noqa: E402
from verifier.library import Region, Template, load_template  # noqa: E402

TRAIN_PHOTOS = sorted(str(p) for p in PORTRAITS.glob("person_[abd]*.jpg"))
HELD_OUT_PHOTOS = sorted(str(p) for p in PORTRAITS.glob("person_[ce]*.jpg"))
ALTERATIONS = {
    "genuine": Alterations(),
    "uv_emblem_missing": Alterations(uv_emblem=False),
    "office_paper": Alterations(uv_bright_paper=True),
}
ALTERED_PIXELS = 6.0  # mean absolute difference (0-255) that makes a tile "altered"


def load_library(library: Path) -> list[tuple[Template, dict[str, np.ndarray]]]:
    out = []
    for folder in sorted(
        p
        for p in library.iterdir()
        if p.is_dir() and p.name in DESIGNS and not DESIGNS[p.name].unseen  # kept for accuracy
    ):
        template = load_template(folder)
        refs = {
            light: np.asarray(Image.open(path).convert("RGB"))
            for light, path in template.images.items()
        }
        out.append((template, refs))
    return out


def portrait_file(photos: list[str], rng: random.Random, folder: Path) -> Path:
    """A holder's portrait: a photo of the split, reframed and relit a little."""
    with Image.open(rng.choice(photos)) as source:
        photo = source.convert("RGB")
    w, h = photo.size
    k = rng.uniform(0.86, 1.0)
    x, y = rng.uniform(0, w * (1 - k)), rng.uniform(0, h * (1 - k))
    photo = photo.crop((round(x), round(y), round(x + w * k), round(y + h * k)))
    if rng.random() < 0.5:
        photo = ImageOps.mirror(photo)
    photo = ImageEnhance.Brightness(photo).enhance(rng.uniform(0.85, 1.15))
    path = folder / f"p{rng.getrandbits(32)}.jpg"
    photo.save(path, quality=92)
    return path


def capture(image: np.ndarray, light: str, rng: random.Random) -> tuple[np.ndarray, str]:
    """What alignment hands the forensics after a real capture: the render degraded in place."""
    kind = rng.choices(("flatbed", "scanner", "camera"), (0.2, 0.4, 0.4))[0]
    h, w = image.shape[:2]
    camera = kind == "camera"
    shift, turn, scale = (4.0, 0.8, 0.012) if camera else (2.0, 0.3, 0.005)
    matrix = cv2.getRotationMatrix2D(
        (w / 2, h / 2), rng.uniform(-turn, turn), 1 + rng.uniform(-scale, scale)
    )
    matrix[:, 2] += (rng.uniform(-shift, shift), rng.uniform(-shift, shift))
    out = cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    factor = rng.uniform(0.7, 0.95) if camera else rng.choice((0.5, 1.0, 1.0, 2.0))
    if factor != 1.0:
        small = cv2.resize(out, (round(w * factor), round(h * factor)), interpolation=cv2.INTER_AREA)
        out = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    arr = out.astype(np.float32)
    if camera:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
        arr *= (1.0 + 0.44 * (gx * (xx / w - 0.5) + gy * (yy / h - 0.5)))[..., None]
        if light == "visible" and rng.random() < 0.7:
            cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(100, 240)
            arr += 160 * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))[..., None]
    elif kind == "scanner":
        arr += np.random.default_rng(rng.getrandbits(32)).normal(0, 2.5, (h, w, 1))
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    blur = rng.choice((0.0, 1.0, 1.6)) if camera else rng.choice((0.0, 0.0, 0.5))
    if blur:
        arr = cv2.GaussianBlur(arr, (0, 0), blur)
    if camera:
        ok, data = cv2.imencode(".jpg", arr, (cv2.IMWRITE_JPEG_QUALITY, rng.choice((60, 75, 88))))
        assert ok
        arr = cv2.imdecode(data, cv2.IMREAD_UNCHANGED)
    if light == "ir":
        arr = np.repeat(arr.mean(axis=2, keepdims=True), 3, axis=2).astype(np.uint8)
    return arr, kind


def reproduction(tile: np.ndarray, light: str, rng: random.Random) -> np.ndarray:
    """A copy of the feature: fine lines lost (visible) or an ink of another colour."""
    if light == "visible" and rng.random() < 0.5:
        return np.asarray(cv2.GaussianBlur(tile, (0, 0), rng.uniform(2.5, 4.0)), dtype=np.uint8)
    hsv = cv2.cvtColor(tile, cv2.COLOR_RGB2HSV).astype(np.int16)
    hsv[..., 0] = (hsv[..., 0] + rng.choice((-1, 1)) * rng.randint(25, 70)) % 180
    return np.asarray(cv2.cvtColor(hsv.astype(np.uint8), cv2.COLOR_HSV2RGB), dtype=np.uint8)


def make_pairs(
    library: list[tuple[Template, dict[str, np.ndarray]]],
    documents: int,
    photos: list[str],
    seed: int,
) -> dict[str, np.ndarray]:
    rng = random.Random(seed)
    issues = {issue.design: issue for issue in GENUINE.values()}
    cap_tiles, ref_tiles, labels, kinds, features = [], [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(documents):
            template, refs = rng.choice(library)
            design = DESIGNS[template.id]
            issue = issues[template.id]
            mrz = mrz_lines(issue)
            doc_seed = rng.getrandbits(32)
            portrait = portrait_file(photos, rng, Path(tmp))
            name = rng.choices(
                ("genuine", "photo_substitution", "uv_emblem_missing", "office_paper"),
                (0.55, 0.15, 0.15, 0.15),
            )[0]
            if name == "photo_substitution":
                other = portrait_file(photos, rng, Path(tmp))
                alter = Alterations(portrait_file=str(other))
            else:
                alter = ALTERATIONS[name]
            args = (design, viz_values(issue), mrz, portrait, seal_bytes(issue, mrz, False))
            clean = render(*args, doc_seed, Alterations())
            forged = render(*args, doc_seed, alter) if name != "genuine" else clean
            other_template, other_refs = rng.choice([t for t in library if t[0] is not template])
            for feature in (f for f in template.features if f.method == "patch_similarity"):
                light = feature.light
                genuine_px = np.asarray(getattr(clean, light))
                forged_px = np.asarray(getattr(forged, light))
                captured, kind = capture(forged_px, light, rng)
                for t in tiles(feature.region):
                    ref = tile_pixels(refs[light], t, template.dpi)
                    cap = tile_pixels(captured, t, template.dpi)
                    diff = np.abs(
                        tile_pixels(forged_px, t, template.dpi).astype(np.int16)
                        - tile_pixels(genuine_px, t, template.dpi)
                    ).mean()
                    altered = diff > ALTERED_PIXELS
                    cap_tiles.append(cap)
                    ref_tiles.append(ref)
                    labels.append(0 if altered else 1)
                    kinds.append(f"{name}/{kind}" if altered else f"genuine/{kind}")
                    features.append(feature.id)
                    if altered or rng.random() < 0.4:
                        continue
                    negative, how = _negative(
                        rng, captured, t, template, ref, light, other_refs, other_template
                    )
                    if negative is not None:
                        cap_tiles.append(negative)
                        ref_tiles.append(ref)
                        labels.append(0)
                        kinds.append(f"{how}/{kind}")
                        features.append(feature.id)
    return {
        "capture": np.stack(cap_tiles),
        "reference": np.stack(ref_tiles),
        "label": np.array(labels, dtype=np.float32),
        "kind": np.array(kinds),
        "feature": np.array(features),
    }


def _negative(
    rng: random.Random,
    captured: np.ndarray,
    t: Region,
    template: Template,
    ref: np.ndarray,
    light: str,
    other_refs: dict[str, np.ndarray],
    other_template: Template,
) -> tuple[np.ndarray | None, str]:
    how = rng.choice(("elsewhere", "other_design", "reproduction"))
    if how == "reproduction":
        cap = tile_pixels(captured, t, template.dpi)
        return reproduction(cap, light, rng), how
    if how == "other_design":
        candidate = tile_pixels(other_refs[light], t, other_template.dpi)
    else:
        h, w = captured.shape[:2]
        k = template.dpi / 25.4
        x = rng.uniform(0, max(0.0, w / k - t.w))
        y = rng.uniform(0, max(0.0, h / k - t.h))
        candidate = tile_pixels(captured, Region(x, y, t.w, t.h), template.dpi)
    if np.abs(candidate.astype(np.int16) - ref).mean() <= 3 * ALTERED_PIXELS:
        return None, how  # too much like the reference to call it different
    return candidate, how


class Branch(nn.Module):
    """The shared encoder: a tile (3 x 48 x 48) -> a 48 x 6 x 6 feature map."""

    def __init__(self) -> None:
        super().__init__()

        def conv(cin: int, cout: int, stride: int = 1) -> list[nn.Module]:
            return [nn.Conv2d(cin, cout, 3, stride, 1, bias=False), nn.BatchNorm2d(cout), nn.ReLU()]

        self.net = nn.Sequential(
            *conv(3, 16), *conv(16, 16, 2), *conv(16, 32), *conv(32, 32, 2), *conv(32, 48, 2),
            *conv(48, 48),
        )  # fmt: skip

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)  # type: ignore[no-any-return]


class Siamese(nn.Module):
    """Both tiles through one encoder; a small head compares the maps place by place."""

    def __init__(self) -> None:
        super().__init__()
        self.branch = Branch()
        self.head = nn.Sequential(
            nn.Conv2d(96, 32, 1), nn.ReLU(), nn.Conv2d(32, 32, 3, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, 1),
        )  # fmt: skip

    def forward(self, capture: torch.Tensor, reference: torch.Tensor) -> torch.Tensor:
        a, b = self.branch(capture), self.branch(reference)
        return self.head(torch.cat((torch.abs(a - b), a * b), 1))  # type: ignore[no-any-return]


class Exported(nn.Module):
    def __init__(self, model: Siamese) -> None:
        super().__init__()
        self.model = model

    def forward(self, capture: torch.Tensor, reference: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(self.model(capture, reference))


def tensors(data: dict[str, np.ndarray]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    cap = torch.from_numpy(as_input(list(data["capture"])))
    ref = torch.from_numpy(as_input(list(data["reference"])))
    return cap, ref, torch.from_numpy(data["label"])


def evaluate(scores: np.ndarray, data: dict[str, np.ndarray], threshold: float) -> dict[str, object]:
    labels = data["label"]
    pos, neg = scores[labels == 1], scores[labels == 0]
    auc = float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())
    by_kind: dict[str, list[int]] = {}
    for s, kind, label in zip(scores, data["kind"], labels, strict=True):
        right = (s >= threshold) == (label == 1)
        entry = by_kind.setdefault(str(kind), [0, 0])
        entry[0] += int(right)
        entry[1] += 1
    return {
        "tiles": len(labels), "positives": len(pos), "negatives": len(neg), "auc": round(auc, 5),
        "false_alarm_rate": round(float((pos < threshold).mean()), 5),
        "detection_rate": round(float((neg < threshold).mean()), 5),
        "right_by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())},
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--library", type=Path, default=ROOT / "reference_docs")
    parser.add_argument("--documents", type=int, default=900)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "patch_siamese.onnx")
    args = parser.parse_args()
    torch.manual_seed(9303)
    torch.set_num_threads(2)
    torch.set_flush_denormal(True)  # denormal weights make CPU training 5-10x slower
    start = time.perf_counter()
    library = load_library(args.library)
    train = make_pairs(library, args.documents, TRAIN_PHOTOS, seed=1)
    held = make_pairs(library, args.documents // 4, HELD_OUT_PHOTOS, seed=2)
    print(f"data: {len(train['label'])} train pairs ({int(train['label'].sum())} same), "
          f"{len(held['label'])} held-out pairs; {time.perf_counter() - start:.0f} s", flush=True)  # fmt: skip
    model = Siamese()
    xc, xr, y = tensors(train)
    vc, vr, _ = tensors(held)
    batch = 128
    steps = args.epochs * (len(y) // batch + 1)
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=steps)
    weight = (len(y) - y.sum()) / y.sum()  # balance the classes
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=weight)
    gen = torch.Generator().manual_seed(9303)
    for epoch in range(args.epochs):
        model.train()
        order = torch.randperm(len(y), generator=gen)
        for i in range(0, len(order), batch):
            idx = order[i : i + batch]
            opt.zero_grad()
            loss = loss_fn(model(xc[idx], xr[idx]).squeeze(1), y[idx])
            loss.backward()
            opt.step()
            sched.step()
        model.eval()
        with torch.no_grad():
            scores = torch.sigmoid(model(vc, vr)).squeeze(1).numpy()
        metrics = evaluate(scores, held, 0.5)
        print(f"epoch {epoch + 1} ({time.perf_counter() - start:.0f} s): loss {loss.item():.3f}, held-out auc {metrics['auc']}, "
              f"false alarms {metrics['false_alarm_rate']}, detection {metrics['detection_rate']}",
              flush=True)  # fmt: skip
    model.eval()
    exported = Exported(model)
    dummy = torch.zeros(1, 3, TILE, TILE)
    torch.onnx.export(
        exported, (dummy, dummy), str(args.out), input_names=["capture", "reference"],
        output_names=["same"], opset_version=17, dynamo=False,
        dynamic_axes={"capture": {0: "n"}, "reference": {0: "n"}, "same": {0: "n"}},
    )  # fmt: skip
    with torch.no_grad():
        scores = exported(vc, vr).squeeze(1).numpy()
    report = {
        "train_pairs": len(y), "train_documents": args.documents,
        "held_out_documents": args.documents // 4,
        "held_out": evaluate(scores, held, 0.5),
        "parameters": sum(p.numel() for p in model.parameters()),
        "size_bytes": args.out.stat().st_size,
        "sha256": hashlib.sha256(args.out.read_bytes()).hexdigest(),
        "seconds": round(time.perf_counter() - start),
    }  # fmt: skip
    print(json.dumps(report, indent=1))
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()

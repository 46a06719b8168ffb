"""Bar codes: what each way of using the two engines reads on worn symbols, and what it costs.

    .venv/bin/python bench/bench_barcodes.py

Six symbologies met on identity and travel documents (QR, PDF417, DataMatrix, Code 128,
Code 39, EAN-13) are drawn by zxing-cpp's writer onto a bundled sample page at two module
sizes, then worn: Gaussian blur (0-2.2 px), sensor noise (sigma 0-25), turned by 0, 4 or 90
degrees — 72 captures each. Read three ways in the same run:

- zxing-cpp alone;
- the product: zxing-cpp, then ZBar only where zxing-cpp found a symbol it could not decode;
- both engines on every capture (the first wave's way).

The time per page is measured on the 28 bundled samples' visible captures (7 of them carry a
seal), where most pages carry no bar code at all.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script: the project's packages first

from verifier.barcodes.reader import decode_barcodes  # noqa: E402
from verifier.imaging.loading import load_gray  # noqa: E402

F = zxingcpp.BarcodeFormat
SYMBOLS = {
    "QR": (F.QRCode, "P<UTOERIKSSON<<ANNA<MARIA 1234567"),
    "PDF417": (F.PDF417, "ANSI 636000 DL DAQ123456789"),
    "DataMatrix": (F.DataMatrix, "UTO123456789"),
    "Code 128": (F.Code128, "L898902C36"),
    "Code 39": (F.Code39, "AB12345"),
    "EAN-13": (F.EAN13, "4006381333931"),
}
WAYS = {"zxing-cpp alone": False, "product": None, "both always": True}

Gray = NDArray[np.uint8]


def worn(page: Gray, symbol: Gray, *, blur: float, noise: float, angle: float, seed: int) -> Gray:
    """``symbol`` printed on the page's upper right, the page turned, blurred and noisy."""
    height, width = page.shape
    small = cv2.resize(symbol, None, fx=0.75, fy=0.75, interpolation=cv2.INTER_AREA)
    x, y = int(width * 0.55), int(height * 0.1)
    h, w = min(small.shape[0], height - y - 1), min(small.shape[1], width - x - 1)
    out = page.copy()
    out[y : y + h, x : x + w] = small[:h, :w]
    if angle == 90:
        out = np.ascontiguousarray(np.rot90(out))
    elif angle:
        turn = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
        out = cv2.warpAffine(out, turn, (width, height), borderValue=255)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    if noise:
        grain = np.random.default_rng(seed).normal(0, noise, out.shape)
        out = np.clip(out + grain, 0, 255).astype(np.uint8)
    return out


def main() -> int:
    pages = sorted((ROOT / "samples").glob("*/visible.png"))
    page = load_gray(ROOT / "samples" / "uto-p-2020-genuine" / "visible.png")
    reads: Counter[tuple[str, str]] = Counter()
    cases: Counter[str] = Counter()
    seed = 0
    for name, (symbology, text) in SYMBOLS.items():
        for module in (2, 3):
            symbol = np.asarray(
                zxingcpp.write_barcode_to_image(
                    zxingcpp.create_barcode(text, symbology), scale=module
                ),
                dtype=np.uint8,
            )
            for blur in (0.0, 1.0, 1.6, 2.2):
                for noise in (0.0, 12.0, 25.0):
                    for angle in (0.0, 4.0, 90.0):
                        seed += 1
                        image = worn(page, symbol, blur=blur, noise=noise, angle=angle, seed=seed)
                        cases[name] += 1
                        for way, zbar in WAYS.items():
                            data = {c.data for c in decode_barcodes(image, zbar=zbar)}
                            reads[(way, name)] += text.encode() in data
    print(f"Worn symbols read ({cases['QR']} captures each):")
    print(f"  {'':12}" + "".join(f"{way:>18}" for way in WAYS))
    for name in SYMBOLS:
        print(f"  {name:12}" + "".join(f"{reads[(way, name)]:>18}" for way in WAYS))
    totals = {way: sum(reads[(way, n)] for n in SYMBOLS) for way in WAYS}
    print(f"  {'all':12}" + "".join(f"{totals[way]:>18}" for way in WAYS))
    grays = [load_gray(p) for p in pages]
    times: dict[str, list[float]] = {way: [] for way in WAYS}
    for _ in range(3):  # the ways alternate, so a busy moment does not favour one
        for image in grays:
            for way, zbar in WAYS.items():
                start = time.perf_counter()
                decode_barcodes(image, zbar=zbar)
                times[way].append((time.perf_counter() - start) * 1000)
    medians = {way: statistics.median(t) for way, t in times.items()}
    print(f"Time per page, median of {len(grays)} samples x 3 (ms):")
    for way, ms in medians.items():
        print(f"  {way:18} {ms:6.1f}   ratio to both always {ms / medians['both always']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Reading the MRZ from images: Verifier against PassportEye, same images, one run.

    make bench-images    (generates build/samples with every capture variant first)

The set: every sample of the generator's full set (flatbed, 150/300/600 dpi skewed scans,
camera photos), plus each flatbed image turned 90, 180 and 270 degrees. PassportEye runs in its
best configuration here: Tesseract with the same MRZ-trained data (`--tessdata-dir DIR -l mrz`).
Scored against the ground truth: exact MRZ, wrong but valid (the dangerous case), not read;
median and total time per engine.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from verifier.imaging.mrz_reader import MrzReader  # noqa: E402
from verifier.models import model_path  # noqa: E402
from verifier.mrz import MrzError, parse  # noqa: E402

SAMPLES = ROOT / "build" / "samples"


def cases(tmp: Path) -> list[tuple[str, Path, tuple[str, ...]]]:
    out = []
    for truth_file in sorted(SAMPLES.glob("*/truth.json")):
        folder = truth_file.parent
        truth = tuple(json.loads(truth_file.read_text())["mrz"])
        kind = "flatbed"
        if folder.name.endswith("-camera"):
            kind = "camera"
        elif "-scan" in folder.name:
            kind = "scan"
        out.append((kind, folder / "visible.png", truth))
        if kind == "flatbed":
            with Image.open(folder / "visible.png") as image:
                for angle in (90, 180, 270):
                    rotated = tmp / f"{folder.name}-rot{angle}.png"
                    image.rotate(angle, expand=True).save(rotated, compress_level=1)
                    out.append((f"rotated {angle}", rotated, truth))
    return out


Case = tuple[str, Path, tuple[str, ...]]


Reading = tuple[tuple[str, ...], bool] | None  # lines and whether the MRZ is valid


def score(read: Callable[[Path], Reading], items: list[Case]) -> dict[str, object]:
    outcome: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    times = []
    for kind, path, truth in items:
        start = time.perf_counter()
        reading = read(path)
        times.append(time.perf_counter() - start)
        if reading is not None and reading[0] == truth:
            label = "exact"  # the MRZ as printed, also when its check digits are forged
        elif reading is not None and reading[1]:
            label = "WRONG but valid"
        else:
            label = "not read or invalid"
        outcome[label] += 1
        by_kind.setdefault(kind, Counter())[label] += 1
    median = statistics.median(times) * 1000
    return {"outcome": outcome, "by_kind": by_kind, "median_ms": median, "total_s": sum(times)}


def main() -> int:
    if not SAMPLES.is_dir():
        print("build/samples is missing: run `make fixtures-full` first", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    from passporteye import read_mrz

    tessdata = model_path("tesseract_mrz").parent
    reader = MrzReader()

    def ours(path: Path) -> Reading:
        read = reader.read_file(path)
        return (read.result.lines, read.result.valid) if read is not None else None

    def theirs(path: Path) -> Reading:
        mrz = read_mrz(str(path), extra_cmdline_params=f"--tessdata-dir {tessdata} -l mrz")
        if mrz is None:
            return None
        text = mrz.aux.get("text", "")
        lines = tuple(line for line in text.splitlines() if line.strip())
        try:
            return parse(lines, repair=False).lines, bool(mrz.valid)
        except MrzError:
            return None

    with tempfile.TemporaryDirectory() as tmp:
        items = cases(Path(tmp))
        results = {"verifier": score(ours, items), "passporteye": score(theirs, items)}
    n = len(items)
    kinds = sorted({k for k, _, _ in items})
    counts = ", ".join(f"{k}: {sum(1 for x in items if x[0] == k)}" for k in kinds)
    print(f"# MRZ from images: {n} images ({counts})")
    print("| engine | exact | WRONG but valid | not read / invalid | median ms | total s |")
    print("|---|---|---|---|---|---|")
    for name, r in results.items():
        o = r["outcome"]
        assert isinstance(o, Counter)
        exact = f"{o['exact']} ({100 * o['exact'] / n:.1f}%)"
        times = f"{r['median_ms']:.0f} | {r['total_s']:.1f}"
        print(
            f"| {name} | {exact} | {o['WRONG but valid']} | {o['not read or invalid']} | {times} |"
        )
    print()
    print("| exact by capture | " + " | ".join(kinds) + " |")
    print("|---" * (len(kinds) + 1) + "|")
    for name, r in results.items():
        by = r["by_kind"]
        assert isinstance(by, dict)
        cells = [f"{by[k]['exact']}/{sum(by[k].values())}" for k in kinds]
        print(f"| {name} | " + " | ".join(cells) + " |")
    ratio = results["verifier"]["total_s"] / results["passporteye"]["total_s"]  # type: ignore[operator]
    print(f"\ntotal time, verifier / passporteye: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

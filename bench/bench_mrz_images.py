"""Reading the MRZ from images: Verifier against PassportEye, same images, one run.

    make bench-images    (generates build/samples with every capture variant first)

Three sets, each read by both engines in this one process:

- **real**: the real document images of ``../shared/realdocs`` (published specimens, scans,
  phone photos, ICAO's Utopia illustrations), each with its MRZ transcribed as printed; the
  images held out during development are marked. Skipped, with a message, when the folder is
  absent: the images are never part of this repository.
- **real, turned and reduced**: each real image turned 90, 180 and 270 degrees, and reduced to
  300 pixels wide (a card photo from afar), to see how far the reading holds.
- **synthetic**: the generator's full set (flatbed, 150/300/600 dpi scans, camera photos) and
  each flatbed image turned 90, 180 and 270 degrees.

PassportEye runs in its best configuration here: Tesseract with the same MRZ-trained data
(``--tessdata-dir DIR -l mrz``). Scored against the truth: *exact* (the lines as printed, also
for a specimen whose printed check digits are wrong), *wrong but valid* (the dangerous case:
a valid MRZ that is not the printed one), *not read or invalid*.
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
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fixtures import realdocs  # noqa: E402
from verifier.imaging.loading import ImageError  # noqa: E402
from verifier.imaging.mrz_reader import MrzReader  # noqa: E402
from verifier.model_files import model_path  # noqa: E402
from verifier.mrz import MrzError, parse  # noqa: E402

SAMPLES = ROOT / "build" / "samples"


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    kind: str
    path: Path
    truth: tuple[str, ...]


Reading = tuple[tuple[str, ...], bool] | None  # lines and whether the MRZ is valid


def real_cases() -> list[Case]:
    return [
        Case(d.id, "held out" if d.held_out else "development", d.path, d.lines)
        for d in realdocs.documents()
    ]


def varied_cases(tmp: Path) -> list[Case]:
    out = []
    for d in realdocs.documents():
        with Image.open(d.path) as opened:
            image = opened.convert("RGB")
        for angle in (90, 180, 270):
            path = tmp / f"{d.id}-rot{angle}.png"
            image.rotate(angle, expand=True).save(path, compress_level=1)
            out.append(Case(f"{d.id} turned {angle}", f"turned {angle}", path, d.lines))
        if image.width > 300:
            small = image.resize((300, round(image.height * 300 / image.width)), Image.LANCZOS)
            path = tmp / f"{d.id}-300px.png"
            small.save(path, compress_level=1)
            out.append(Case(f"{d.id} at 300 px", "300 px wide", path, d.lines))
    return out


def synthetic_cases(tmp: Path) -> list[Case]:
    out = []
    for truth_file in sorted(SAMPLES.glob("*/truth.json")):
        folder = truth_file.parent
        truth = tuple(json.loads(truth_file.read_text())["mrz"])
        kind = "flatbed"
        if folder.name.endswith("-camera"):
            kind = "camera"
        elif "-scan" in folder.name:
            kind = "scan"
        out.append(Case(folder.name, kind, folder / "visible.png", truth))
        if kind == "flatbed":
            with Image.open(folder / "visible.png") as image:
                for angle in (90, 180, 270):
                    rotated = tmp / f"{folder.name}-rot{angle}.png"
                    image.rotate(angle, expand=True).save(rotated, compress_level=1)
                    out.append(
                        Case(f"{folder.name} turned {angle}", f"rotated {angle}", rotated, truth)
                    )
    return out


def label(reading: Reading, truth: tuple[str, ...]) -> str:
    if reading is not None and reading[0] == truth:
        return "exact"  # the MRZ as printed, also when its check digits are wrong
    if reading is not None and reading[1]:
        return "WRONG but valid"
    return "not read or invalid" if reading is None else "misread, invalid"


def run(read: Callable[[Path], Reading], items: list[Case]) -> dict[str, object]:
    labels, times = {}, []
    for case in items:
        start = time.perf_counter()
        reading = read(case.path)
        times.append(time.perf_counter() - start)
        labels[case.name] = (label(reading, case.truth), reading)
    return {"labels": labels, "median_ms": statistics.median(times) * 1000, "total_s": sum(times)}


def table(title: str, items: list[Case], results: dict[str, dict[str, object]]) -> float:
    n = len(items)
    print(f"\n### {title}: {n} images\n")
    print("| engine | exact | WRONG but valid | not read / invalid | median ms | total s |")
    print("|---|---|---|---|---|---|")
    for name, r in results.items():
        outcome = Counter(lab for lab, _ in r["labels"].values())  # type: ignore[attr-defined]
        exact = f"{outcome['exact']} ({100 * outcome['exact'] / n:.1f}%)"
        other = outcome["not read or invalid"] + outcome["misread, invalid"]
        print(
            f"| {name} | {exact} | {outcome['WRONG but valid']} | {other} "
            f"| {r['median_ms']:.0f} | {r['total_s']:.1f} |"
        )
    kinds = sorted({c.kind for c in items})
    print("\n| exact by kind | " + " | ".join(kinds) + " |")
    print("|---" * (len(kinds) + 1) + "|")
    for name, r in results.items():
        got = r["labels"]
        cells = []
        for kind in kinds:
            of_kind = [c for c in items if c.kind == kind]
            exact = sum(1 for c in of_kind if got[c.name][0] == "exact")  # type: ignore[index]
            cells.append(f"{exact}/{len(of_kind)}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    ratio = float(results["verifier"]["total_s"]) / float(results["passporteye"]["total_s"])  # type: ignore[arg-type]
    print(f"\nTotal time, Verifier / PassportEye: **{ratio:.2f}**")
    return ratio


def failures(items: list[Case], results: dict[str, dict[str, object]]) -> None:
    print("\n| image | engine | outcome | read |")
    print("|---|---|---|---|")
    for case in items:
        for name, r in results.items():
            outcome, reading = r["labels"][case.name]  # type: ignore[index]
            if outcome != "exact":
                text = " / ".join(reading[0]) if reading else "—"
                print(f"| {case.name} ({case.kind}) | {name} | {outcome} | `{text}` |")


def main() -> int:
    warnings.simplefilter("ignore")
    from passporteye import read_mrz

    tessdata = model_path("tesseract_mrz").parent
    reader = MrzReader()

    def ours(path: Path) -> Reading:
        try:
            read = reader.read_file(path)
        except ImageError:  # e.g. an MRZ strip reduced below 64 pixels: refused, not read
            return None
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

    engines = {"verifier": ours, "passporteye": theirs}
    print("# MRZ from images, Verifier and PassportEye 2.2.2 in one run")
    with tempfile.TemporaryDirectory() as tmp:
        if realdocs.available():
            real = real_cases()
            results = {name: run(read, real) for name, read in engines.items()}
            table("Real documents (../shared/realdocs)", real, results)
            failures(real, results)
            varied = varied_cases(Path(tmp))
            results = {name: run(read, varied) for name, read in engines.items()}
            table("Real documents turned, and reduced to 300 px wide", varied, results)
            failures(varied, results)
        else:
            print(f"\n{realdocs.ABSENT}: real-document sets skipped")
        if SAMPLES.is_dir():
            synthetic = synthetic_cases(Path(tmp))
            results = {name: run(read, synthetic) for name, read in engines.items()}
            table("Synthetic samples (make fixtures-full)", synthetic, results)
            failures(synthetic, results)
        else:
            print("\nbuild/samples is missing: run `make fixtures-full` for the synthetic set")
    return 0


if __name__ == "__main__":
    sys.exit(main())

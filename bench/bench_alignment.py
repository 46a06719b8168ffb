"""Alignment against the truth: where the pipeline puts each capture's page, and where it is.

    make fixtures-full && .venv/bin/python bench/bench_alignment.py [SAMPLES]

The generator knows each capture's geometry (``fixtures.generator.capture.page_to_capture``:
flatbed, skewed scans at 150/300/600 dpi, hand-held photos), so the homography that maps a
capture onto its template's frame can be checked point by point. For every sample of
build/samples the design is identified through the MRZ's state and format, as the pipeline
does, and the page's points (an 11 x 8 grid over the frame) are mapped with the features'
homography, then with the ECC-refined one; the error is the mean distance from where they
belong, in template pixels (300 dpi: 1 px = 0.085 mm). The product's settings (USAC estimator,
two band-passed ECC passes) run beside the first wave's (plain RANSAC, one ECC pass on the
images as they are) in the same run. ``SAMPLES``: another folder of generated samples (default
build/samples), such as captures drawn with other seeds to check settings chosen on these.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script: the project's packages first

from fixtures.generator.capture import Capture, alignment_error, page_to_capture  # noqa: E402
from verifier.imaging.loading import channel_mean, load_gray, load_rgb  # noqa: E402
from verifier.imaging.mrz_reader import MrzReader  # noqa: E402
from verifier.inspection.identify import (  # noqa: E402
    FIRST_WAVE_PASSES,
    PASSES,
    Identifier,
    Match,
    frame_size,
    refine,
)
from verifier.library import Template, load_template  # noqa: E402

SAMPLES = ROOT / "build" / "samples"
SETTINGS = {"product": (cv2.USAC_DEFAULT, PASSES), "first wave": (cv2.RANSAC, FIRST_WAVE_PASSES)}


@dataclass
class Tally:
    features: list[float] = field(default_factory=list)
    refined: list[float] = field(default_factory=list)
    identify_ms: list[float] = field(default_factory=list)
    refine_ms: list[float] = field(default_factory=list)
    wrong: int = 0


def main() -> int:
    samples = Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLES
    folders = (
        sorted(p for p in samples.iterdir() if (p / "truth.json").is_file())
        if samples.is_dir()
        else []
    )
    if not folders:
        print("no samples: run `make fixtures-full` first", file=sys.stderr)
        return 1
    library = ROOT / "reference_docs"
    templates: list[Template] = [
        load_template(p) for p in sorted(library.iterdir()) if p.is_dir() and p.name[0] != "_"
    ]
    by_id = {t.id: t for t in templates}
    reader = MrzReader()
    identifiers = {name: Identifier(templates, estimator=e) for name, (e, _) in SETTINGS.items()}
    tallies: dict[tuple[str, str], Tally] = {}
    for folder in folders:
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        if truth["capture"]["kind"] != "flatbed" and "seed" not in truth["capture"]:
            print(f"{folder.name}: drawn before captures kept their seed; run `make "
                  "fixtures-full` again", file=sys.stderr)  # fmt: skip
            return 1
        capture = Capture.described(truth["capture"])
        kind = capture.kind if capture.kind != "scanner" else f"scan {capture.dpi} dpi"
        gray = channel_mean(load_rgb(folder / "visible.png"))
        read = reader.read(gray)
        mrz = read.result if read is not None else None
        same = {
            t.id
            for t in templates
            if mrz is not None and t.issuing_state == mrz.issuing_state and t.format is mrz.format
        }
        template = by_id[truth["template"]]
        size = frame_size(template)
        expected = np.linalg.inv(page_to_capture(capture, size))  # capture -> template frame
        reference = load_gray(template.images["visible"])
        for name, (_, passes) in SETTINGS.items():
            tally = tallies.setdefault((name, kind), Tally())
            start = time.perf_counter()
            ranked = identifiers[name].rank(gray, only=same or None)
            tally.identify_ms.append((time.perf_counter() - start) * 1000)
            if not ranked or ranked[0].template.id != template.id:
                tally.wrong += 1
                continue
            match: Match = ranked[0]
            start = time.perf_counter()
            fine = refine(match, gray, reference, passes)
            tally.refine_ms.append((time.perf_counter() - start) * 1000)
            tally.features.append(alignment_error(match.homography, expected, size))
            tally.refined.append(alignment_error(fine.homography, expected, size))
    print(
        f"{len(folders)} captures; mean error of the page's points, template pixels (median / max)"
    )
    kinds = sorted({kind for _, kind in tallies})
    for name in SETTINGS:
        print(f"\n{name}:")
        for kind in kinds:
            t = tallies[(name, kind)]
            features = f"{statistics.median(t.features):5.2f} / {max(t.features):6.2f}"
            refined = f"{statistics.median(t.refined):5.2f} / {max(t.refined):5.2f}"
            print(
                f"  {kind:13} n={len(t.refined):3}  features {features}   refined {refined}"
                f"   wrong design {t.wrong}"
            )
    for part in ("identify_ms", "refine_ms"):
        medians = {
            name: statistics.median(
                v for (n, _), t in tallies.items() if n == name for v in getattr(t, part)
            )
            for name in SETTINGS
        }
        product, first = medians["product"], medians["first wave"]
        print(
            f"{part[:-3]:9} median {product:6.1f} ms, first wave {first:6.1f} ms: "
            f"ratio {product / first:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

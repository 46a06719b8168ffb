"""A national-size library: start-up, identification time and accuracy, memory.

    make bench-library        (generates build/bench-library on first use: ~3 minutes)

The 7 Utopia templates plus 1,000 generated variants of them (fixtures/generator/variants.py:
other states, colours, backgrounds, header words — 143 look-alikes of each layout) form one
library. The 28 bundled samples' visible captures are identified against it through the MRZ's
state and format, as the pipeline does, each timed; the right template must come first. With
no MRZ every design is a candidate: the colour shortlist (``identify.SHORTLIST``) and the
feature match over it are timed on the first ``BLIND`` samples. The same measures on the
7-template library in the same run give the ratios. Each library is measured twice: with an
empty feature cache (a first start) and with the cache the first pass wrote (every later
start).
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script: the project's packages first
VARIANTS = ROOT / "build" / "bench-library"
COUNT = 1000
BLIND = 28  # every sample: with the colour shortlist the no-MRZ path is quick enough


def one_pass(library: Path, cache: Path, samples: Path, blind: int) -> dict[str, object]:
    """One fresh process: build the inspector, identify every sample (run by ``measure``)."""
    import numpy as np

    start = time.perf_counter()
    from verifier.imaging.loading import load_rgb
    from verifier.inspection.pipeline import Inspector

    imported = time.perf_counter()
    inspector = Inspector(library, today=dt.date(2026, 11, 28), cache=cache)
    built = time.perf_counter()
    rows = []
    for folder in sorted(p for p in samples.iterdir() if p.is_dir()):
        truth = json.loads((folder / "truth.json").read_text())["template"]
        rgb = load_rgb(folder / "visible.png")
        gray = np.asarray(rgb.mean(axis=2), dtype=np.uint8)
        read = inspector.reader.read(gray)
        mrz = read.result if read is not None else None
        a = time.perf_counter()
        ranked = inspector._rank(gray, mrz)
        b = time.perf_counter()
        everything = inspector.identifier.rank(gray, rgb=rgb) if len(rows) < blind else None
        c = time.perf_counter()
        rows.append(
            {
                "sample": folder.name,
                "truth": truth,
                "with_mrz": ranked[0].template.id if ranked else None,
                "with_mrz_ms": (b - a) * 1000,
                "no_mrz": everything[0].template.id if everything else None,
                "no_mrz_ms": (c - b) * 1000 if everything is not None else None,
            }
        )
    return {
        "import_s": imported - start,
        "build_s": built - imported,
        "templates": len(inspector.templates),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rows": rows,
    }


def national_library(into: Path) -> Path:
    """The Utopia templates and the variants in one folder (links, nothing copied)."""
    if not (VARIANTS / f"ZZZ-{COUNT}.done").exists():
        subprocess.run(
            [sys.executable, "-m", "fixtures.generator.variants", str(VARIANTS), "--count",
             str(COUNT)], check=True, cwd=ROOT)  # fmt: skip
        (VARIANTS / f"ZZZ-{COUNT}.done").write_text("")
    into.mkdir()
    for source in (ROOT / "reference_docs", VARIANTS):
        for folder in source.iterdir():
            if folder.is_dir():
                (into / folder.name).symlink_to(folder.resolve(), target_is_directory=True)
    return into


def measure(library: Path, cache: Path, blind: int) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, __file__, "--pass", str(library), str(cache), str(ROOT / "samples"),
         str(blind)],
        capture_output=True, text=True, check=True, cwd=ROOT)  # fmt: skip
    return dict(json.loads(done.stdout.splitlines()[-1]))


def summary(name: str, run: dict[str, object]) -> dict[str, float]:
    rows = run["rows"]
    assert isinstance(rows, list)
    blind = [r for r in rows if r["no_mrz_ms"] is not None]
    out = {
        "build_s": float(run["build_s"]),  # type: ignore[arg-type]
        "with_mrz_ms": statistics.median(r["with_mrz_ms"] for r in rows),
        "no_mrz_ms": statistics.median(r["no_mrz_ms"] for r in blind),
        "rss_mb": float(run["rss_mb"]),  # type: ignore[arg-type]
    }
    print(
        f"{name:<28} {run['templates']:>5} templates: build {out['build_s']:5.2f} s; identify "
        f"with the MRZ {out['with_mrz_ms']:5.0f} ms "
        f"({sum(r['with_mrz'] == r['truth'] for r in rows)}/{len(rows)} right); every design a "
        f"candidate {out['no_mrz_ms']:6.0f} ms "
        f"({sum(r['no_mrz'] == r['truth'] for r in blind)}/{len(blind)} right); peak memory "
        f"{out['rss_mb']:4.0f} MB"
    )
    for r in rows:
        if r["with_mrz"] != r["truth"] or (
            r["no_mrz_ms"] is not None and r["no_mrz"] != r["truth"]
        ):
            print(f"    {r['sample']}: {r['truth']}; with MRZ {r['with_mrz']}, none {r['no_mrz']}")
    return out


def main() -> None:
    print(f"{dt.date.today()}, {sys.platform}, medians over the 28 bundled samples")
    with tempfile.TemporaryDirectory() as tmp:
        national = national_library(Path(tmp) / "national")
        results = {}
        for name, library in (("utopia", ROOT / "reference_docs"), ("national", national)):
            cache = Path(tmp) / f"cache-{name}"
            blind = 28 if name == "utopia" else BLIND
            results[name, "cold"] = summary(f"{name}, empty cache", measure(library, cache, blind))
            results[name, "warm"] = summary(f"{name}, cache kept", measure(library, cache, blind))
            shutil.rmtree(cache)
    small, large = results["utopia", "warm"], results["national", "warm"]
    print(
        f"ratios national/utopia, cache kept: build {large['build_s'] / small['build_s']:.1f}x, "
        f"identify with MRZ {large['with_mrz_ms'] / small['with_mrz_ms']:.2f}x, no MRZ "
        f"{large['no_mrz_ms'] / small['no_mrz_ms']:.2f}x"
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--pass"]:
        library, cache, samples = (Path(a) for a in sys.argv[2:5])
        print(json.dumps(one_pass(library, cache, samples, int(sys.argv[5]))))
    else:
        main()

"""A full inspection (three lights and the bearer photo) on every bundled sample, per stage.

    .venv/bin/python bench/bench_inspection.py [ROUNDS]

One ``Inspector`` (as in the application: models and templates loaded once, a warm-up
inspection first), each sample inspected ROUNDS times (default 3); prints the median of each
stage's time, of the whole inspection (wall clock) and of the CPU it used, this process and its
Tesseract children together. Stages that run on the helper thread (viz, barcodes) overlap the
others, so the stages add up to more than the total. No peer runs here (IOM's Verifier TD&B
is not available), so no ratio is printed; the figures are recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import datetime as dt
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script: the project's packages first


def _cpu_seconds() -> float:
    own, children = (
        resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    from verifier.inspection.pipeline import Inspector

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    folders = sorted(p for p in (ROOT / "samples").iterdir() if p.is_dir())
    with tempfile.TemporaryDirectory() as cache:
        inspector = Inspector(
            ROOT / "reference_docs", today=dt.date(2026, 11, 28), cache=Path(cache)
        )

        def captures(folder: Path) -> dict[str, Path]:
            lights = {light: folder / f"{light}.png" for light in ("visible", "uv", "ir")}
            return lights | {"bearer": folder / "bearer.jpg"}

        inspector.inspect(captures(folders[0]))  # loads the face models, caches the references
        stages: dict[str, list[float]] = {}
        totals, cpu = [], []
        for _ in range(rounds):
            for folder in folders:
                start, used = time.perf_counter(), _cpu_seconds()
                result = inspector.inspect(captures(folder))
                totals.append((time.perf_counter() - start) * 1000)
                cpu.append((_cpu_seconds() - used) * 1000)
                for stage, ms in result.timing_ms.items():
                    stages.setdefault(stage, []).append(ms)
    print(f"{dt.date.today()}: {len(folders)} samples x {rounds}, medians in ms")
    for stage, times in stages.items():
        print(f"  {stage:<12} {statistics.median(times):7.0f}")
    print(f"  {'total':<12} {statistics.median(totals):7.0f}  (max {max(totals):.0f})")
    print(f"  {'CPU':<12} {statistics.median(cpu):7.0f}  (this process and Tesseract)")


if __name__ == "__main__":
    main()

"""Per check id: detection on forged samples and false alarms on genuine ones, by capture.

    make fixtures-full && .venv/bin/python bench/accuracy.py > docs/accuracy-table.md

Runs the inspection pipeline over every sample of build/samples (flatbed, 150/300/600 dpi
scans, camera photos) and compares the failed check ids with each sample's ground truth.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from verifier.inspection.pipeline import Inspector  # noqa: E402

SAMPLES = ROOT / "build" / "samples"
# the patch features each forgery alters (the others on a forged document are untouched)
ALTERS = {
    "photo_substitution": "photo-overprint",
    "uv_emblem_missing": "emblem",
    "office_paper": "emblem",
}


def capture_kind(name: str) -> str:
    if name.endswith("-camera"):
        return "camera"
    for dpi in ("150", "300", "600"):
        if name.endswith(f"-scan{dpi}"):
            return f"scan {dpi} dpi"
    return "flatbed"


def _altered(truth: dict[str, object], evidence: Mapping[str, object]) -> bool:
    part = ALTERS.get(str(truth["forgery"] or ""))
    return part is not None and part in str(evidence.get("feature"))


def _time(times: list[float]) -> None:
    median, worst = statistics.median(times), max(times)
    n = len(times)
    print(f"Inspection time (3 lights + face): median {median:.2f} s, max {worst:.2f} s, n={n}.")


def _scores(
    faces_same: list[float],
    faces_other: list[float],
    patch_genuine: list[float],
    patch_forged: list[float],
) -> None:
    if faces_same and faces_other:
        same = f"{min(faces_same):.2f}-{max(faces_same):.2f} (n={len(faces_same)})"
        other = f"{min(faces_other):.2f}-{max(faces_other):.2f} (n={len(faces_other)})"
        print(f"Face similarity, same person: {same}; different people: {other}.")
    if patch_genuine and patch_forged:
        print(
            f"Patch comparator (worst tile), features no forgery touched: min "
            f"{min(patch_genuine):.3f} (n={len(patch_genuine)}); features a forgery altered: "
            f"max {max(patch_forged):.3f}, {sum(s < 0.5 for s in patch_forged)}/"
            f"{len(patch_forged)} below the 0.5 threshold."
        )


@dataclass
class Tally:
    """Counts for one set of designs (seen, or unseen by training and calibration)."""

    detected: Counter[tuple[str, str]] = field(default_factory=Counter)
    expected: Counter[tuple[str, str]] = field(default_factory=Counter)
    alarms: Counter[tuple[str, str]] = field(default_factory=Counter)
    genuine: Counter[str] = field(default_factory=Counter)
    verdicts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def report(self, title: str) -> None:
        kinds = sorted({k for _, k in self.expected} | set(self.genuine))
        print(f"\n### {title}\n")
        print("| check id | " + " | ".join(f"detected ({k})" for k in kinds) + " |")
        print("|---" * (len(kinds) + 1) + "|")
        for check in sorted({c for c, _ in self.expected}):
            cells = [
                f"{self.detected[(check, k)]}/{self.expected[(check, k)]}"
                if self.expected[(check, k)]
                else "-"
                for k in kinds
            ]
            print(f"| `{check}` | " + " | ".join(cells) + " |")
        print()
        print("| false alarms on genuine documents | " + " | ".join(kinds) + " |")
        print("|---" * (len(kinds) + 1) + "|")
        for check in sorted({c for c, _ in self.alarms}) or ["(none)"]:
            cells = [f"{self.alarms[(check, k)]}/{self.genuine[k]}" for k in kinds]
            print(f"| `{check}` | " + " | ".join(cells) + " |")
        print()
        print(
            "| samples with the right verdict and every expected check failed | "
            + " | ".join(kinds)
            + " |"
        )
        print("|---" * (len(kinds) + 1) + "|")
        right = [f"{self.verdicts[k]['right']}/{sum(self.verdicts[k].values())}" for k in kinds]
        print("| | " + " | ".join(right) + " |")


def main() -> int:
    if not SAMPLES.is_dir():
        print("build/samples is missing: run `make fixtures-full` first", file=sys.stderr)
        return 2
    inspector = Inspector(ROOT / "reference_docs", today=dt.date(2026, 11, 28))
    tallies = {"seen": Tally(), "unseen": Tally()}
    times, faces_same, faces_other = [], [], []
    patch_genuine: list[float] = []  # model scores of features a forgery did not touch
    patch_forged: list[float] = []  # ... of features of the check a forgery should fail
    for folder in sorted(p for p in SAMPLES.iterdir() if p.is_dir()):
        truth = json.loads((folder / "truth.json").read_text())
        tally = tallies["unseen" if truth.get("unseen_design") else "seen"]
        kind = capture_kind(folder.name)
        captures = {light: folder / f"{light}.png" for light in ("visible", "uv", "ir")}
        captures["bearer"] = folder / "bearer.jpg"
        start = time.perf_counter()
        result = inspector.inspect(captures)
        times.append(time.perf_counter() - start)
        failed = set(result.failed())
        wanted = set(truth["expected_failures"])
        for check in wanted:
            tally.expected[(check, kind)] += 1
            tally.detected[(check, kind)] += check in failed
        if not wanted:
            tally.genuine[kind] += 1
            for check in failed:
                tally.alarms[(check, kind)] += 1
        right = (result.verdict.value == "no_anomalies") == (not wanted) and wanted <= failed
        tally.verdicts[kind]["right" if right else "wrong"] += 1
        if not right:
            print(f"wrong: {folder.name}: {result.verdict.value}, failed {sorted(failed)}")
        for check in result.checks:
            if check.evidence.get("method") != "patch_similarity" or check.score is None:
                continue
            (patch_forged if _altered(truth, check.evidence) else patch_genuine).append(check.score)
        if result.face and result.face.get("similarity") is not None:
            (faces_same if truth["bearer"]["matches_document_photo"] else faces_other).append(
                float(result.face["similarity"])  # type: ignore[arg-type]
            )
    tallies["seen"].report(
        "Designs the checks were developed on (UTO-P-2010/2020, ID-2021, RP-2019, V-2022)"
    )
    tallies["unseen"].report(
        "Unseen designs (UTO-P-2024, UTO-ID-2024): never trained or calibrated on"
    )
    print()
    _time(times)
    _scores(faces_same, faces_other, patch_genuine, patch_forged)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Golden cases: tests/golden/mrz/<case>.json holds the input and the expected JSON output.

Regenerate deliberately with ``pytest tests/test_mrz_golden.py --regen-golden`` and review
the diff: the expected output is the contract of ``verifier mrz --json``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from verifier.mrz import parse

GOLDEN = Path(__file__).parent / "golden" / "mrz"
CASES = sorted(GOLDEN.glob("*.json"))


def test_there_are_golden_cases() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden(path: Path, regen_golden: bool) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    result = parse(case["lines"], today=dt.date.fromisoformat(case["today"]))
    actual = result.as_dict()
    if regen_golden:
        case["expected"] = actual
        path.write_text(json.dumps(case, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    assert "expected" in case, f"{path.name} has no expected output: run with --regen-golden"
    assert actual == case["expected"]

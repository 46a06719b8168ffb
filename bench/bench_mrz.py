"""MRZ parse throughput: Verifier against PassportEye's parser, same 10,000 MRZs, one run.

Run with `make bench`. Pins itself to one CPU core, generates a deterministic mix of TD1, TD2,
TD3, MRV-A and MRV-B lines, checks that both parsers agree that each is valid, then times each
parser over the whole set (best of several rounds) and prints figures and ratios.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import random
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fixtures.generator import mrz_factory as mf
from verifier.mrz import MrzError, Severity, parse

N = 10_000
ROUNDS = 5
SEED = 9303
TODAY = dt.date(2026, 11, 28)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = LETTERS + "0123456789"


def sample_mrzs(n: int, seed: int) -> list[tuple[str, ...]]:
    rng = random.Random(seed)

    def word(lo: int, hi: int) -> str:
        return "".join(rng.choice(LETTERS) for _ in range(rng.randint(lo, hi)))

    def date(lo: dt.date, hi: dt.date) -> str:
        day = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
        return day.strftime("%y%m%d")

    out: list[tuple[str, ...]] = []
    for i in range(n):
        holder = mf.Holder(
            surname=word(3, 10),
            given_names=" ".join(word(3, 7) for _ in range(rng.randint(1, 2))),
            issuing_state=rng.choice(["UTO", "FRA", "SRB", "ALB", "MKD", "D<<"]),
            nationality=rng.choice(["UTO", "FRA", "SRB", "ALB", "MKD", "D<<"]),
            document_number="".join(rng.choice(ALNUM) for _ in range(9)),
            birth=date(dt.date(1930, 1, 1), dt.date(2020, 12, 31)),
            sex=rng.choice("MF<"),
            expiry=date(dt.date(2020, 1, 1), dt.date(2036, 12, 31)),
            optional="".join(rng.choice(ALNUM) for _ in range(rng.randint(0, 6))),
        )
        kind = i % 5
        if kind == 0:
            out.append(mf.td3(mf.Holder(**{**holder.__dict__, "document_code": "P"})))
        elif kind == 1:
            out.append(mf.td1(mf.Holder(**{**holder.__dict__, "document_code": "ID"})))
        elif kind == 2:
            out.append(mf.td2(mf.Holder(**{**holder.__dict__, "document_code": "ID"})))
        else:
            visa = mf.Holder(**{**holder.__dict__, "document_code": "V"})
            out.append(mf.mrv(visa, length=44 if kind == 3 else 36))
    return out


LOOKALIKES = {"0": "O", "O": "0", "1": "I", "I": "1", "8": "B", "B": "8"}
LOOKALIKES |= {"5": "S", "S": "5", "2": "Z", "Z": "2"}


def degrade(lines: tuple[str, ...], rng: random.Random) -> list[str]:
    """One realistic OCR fault: a look-alike character, fillers read as K, or a miscounted run."""
    out = list(lines)
    kind = rng.random()
    if kind < 0.15:
        return [line.replace("<", "K") for line in out]
    if kind < 0.30:
        i = rng.randrange(len(out))
        runs = [m.start() for m in re.finditer("<<", out[i])]
        if runs:
            at = rng.choice(runs)
            out[i] = (
                out[i][:at] + out[i][at + 1 :]
                if rng.random() < 0.5
                else out[i][:at] + "<" + out[i][at:]
            )
            return out
    spots = [(i, j) for i, line in enumerate(out) for j, ch in enumerate(line) if ch in LOOKALIKES]
    i, j = rng.choice(spots)
    out[i] = out[i][:j] + LOOKALIKES[out[i][j]] + out[i][j + 1 :]
    return out


FIELDS = ("document_number", "birth_date", "expiry_date", "nationality")
FIELDS += ("issuing_state", "surname", "given_names", "sex")
Reading = tuple[bool, tuple[str, ...], frozenset[str]]  # valid, fields, fields flagged


def ours_fields(lines: Sequence[str]) -> Reading:
    try:
        r = parse(lines, today=TODAY)
    except MrzError:
        return False, (), frozenset()
    fields = (r.document_number, r.raw_birth_date, r.raw_expiry_date, r.nationality)
    flagged = {w.field for w in r.warnings if w.severity is not Severity.INFO and w.field}
    if "name" in flagged:
        flagged |= {"surname", "given_names"}
    if any(w.code == "check_digit_repair" for w in r.warnings):
        flagged |= {"document_number"}
    values = (*fields, r.issuing_state, r.surname, r.given_names, r.sex or "")
    return r.valid, values, frozenset(flagged)


OUTCOMES = ("exact", "refused (invalid)", "wrong, flagged on that field", "WRONG, silent")


def classify(truth: tuple[str, ...], read: Reading) -> str:
    valid, fields, flagged = read
    if not valid:
        return "refused (invalid)"
    wrong = {name for name, a, b in zip(FIELDS, truth, fields, strict=True) if a != b}
    if not wrong:
        return "exact"
    return "wrong, flagged on that field" if wrong <= flagged else "WRONG, silent"


def best_time(fn: Callable[[Sequence[str]], object], mrzs: list[tuple[str, ...]]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for lines in mrzs:
            fn(lines)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    warnings.simplefilter("ignore")  # PassportEye's dependencies warn on import
    try:
        from passporteye.mrz.text import MRZ
    except ImportError:
        print("PassportEye is not installed: run `make bench`", file=sys.stderr)
        return 2

    mrzs = sample_mrzs(N, SEED)
    ours_valid = sum(parse(lines, today=TODAY).valid for lines in mrzs)
    theirs_valid = sum(bool(MRZ(list(lines)).valid) for lines in mrzs)

    timings = {
        "verifier parse (repair on, default)": best_time(lambda m: parse(m, today=TODAY), mrzs),
        "verifier parse (--no-repair)": best_time(
            lambda m: parse(m, today=TODAY, repair=False), mrzs
        ),
        "passporteye MRZ()": best_time(lambda m: MRZ(list(m)), mrzs),
    }
    peer = timings["passporteye MRZ()"]
    print(f"# MRZ parse throughput, {N} MRZs (TD1/TD2/TD3/MRV-A/MRV-B), best of {ROUNDS}, 1 core")
    print(f"# {platform.python_implementation()} {platform.python_version()}, {platform.machine()}")
    print(f"# valid: verifier {ours_valid}/{N}, passporteye {theirs_valid}/{N}")
    print("| parser | total (s) | MRZ/s | speed vs PassportEye |")
    print("|---|---|---|---|")
    for name, seconds in timings.items():
        print(f"| {name} | {seconds:.3f} | {N / seconds:,.0f} | {peer / seconds:.1f}x |")

    def theirs_fields(lines: Sequence[str]) -> Reading:
        try:
            m = MRZ.from_ocr("\n".join(lines))  # PassportEye's OCR clean-up, its best path
        except Exception:  # the peer raises assorted errors on bad input
            return False, (), frozenset()
        if m is None or not m.valid:
            return False, (), frozenset()
        d = m.to_dict()
        fields = [d["number"], d["date_of_birth"], d["expiration_date"], d["nationality"]]
        fields += [d["country"], d["surname"], d["names"], d["sex"]]
        return True, tuple(str(f).replace("<", " ").strip() for f in fields), frozenset()

    rng = random.Random(SEED + 1)
    degraded = [degrade(lines, rng) for lines in mrzs]
    outcomes: dict[str, dict[str, int]] = {"verifier": {}, "passporteye": {}}
    for clean, bad in zip(mrzs, degraded, strict=True):
        for name, read in (("verifier", ours_fields), ("passporteye", theirs_fields)):
            truth = read(clean)[1]
            label = classify(truth, read(bad))
            outcomes[name][label] = outcomes[name].get(label, 0) + 1
    print()
    print(f"# The same {N} MRZs, each with one OCR fault (look-alike, fillers as K, filler count)")
    print("| parser | " + " | ".join(OUTCOMES) + " |")
    print("|---" * (len(OUTCOMES) + 1) + "|")
    for name, counts in outcomes.items():
        cells = [counts.get(k, 0) for k in OUTCOMES]
        print(f"| {name} | " + " | ".join(f"{c} ({100 * c / N:.1f}%)" for c in cells) + " |")
    return 0 if ours_valid == N else 1


if __name__ == "__main__":
    sys.exit(main())

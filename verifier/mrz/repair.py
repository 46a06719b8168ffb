"""Repair of OCR-read MRZ lines, driven by field types and check digits.

The order matters and each step is conservative:

1. Normalise: strip spaces, upper-case, map filler look-alikes (``«``) to ``<``.
2. Shape: pick the format from the line count and approximate length, then fix lines that are
   one to three characters too long or short by removing or inserting fillers where the check
   digits say (or, on a line with none, at the end of the last filler run).
3. Fillers read as ``K`` (general-purpose OCR does this): in check-digit positions always; in
   other fields only when the whole MRZ shows the habit, and only for runs, never a single K.
4. Field types: a letter in a numeric field and a digit in an alphabetic field have one
   reading (``O`` -> ``0``, ``5`` -> ``S``...).
5. Alphanumeric fields: substitute the usual confusions (O/0, I/1, B/8, S/5, Z/2, G/6) only
   where the result makes every check digit hold, and only when exactly one such correction
   exists with the fewest changes. Ambiguity is reported, never resolved by a guess.

Every change is a :class:`~verifier.mrz.result.Repair` in the outcome; a repaired MRZ is valid
only if all its check digits hold afterwards. The 7-3-1 check digit cannot see a change between
characters whose values differ by a multiple of 10 (``G``/``6``, ``K``/``<``, ``0``/``A``):
such a pair never becomes a unique correction.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from verifier.codes import CodeKind, is_known, lookup
from verifier.mrz.check_digit import ALPHABET
from verifier.mrz.checks import CheckOutcome, evaluate, settle_format
from verifier.mrz.formats import (
    FRENCH_ID,
    LONG_DOCUMENT_NUMBER_FORMATS,
    MRVA,
    MRVB,
    TD1,
    TD2,
    TD3,
    Charset,
    FieldSpec,
    FormatSpec,
)
from verifier.mrz.names import split_name
from verifier.mrz.result import Finding, MrzError, Repair, Severity
from verifier.text import joined, say

TO_DIGIT: Final[Mapping[str, str]] = {
    "O": "0",
    "Q": "0",
    "D": "0",
    "I": "1",
    "L": "1",
    "Z": "2",
    "S": "5",
    "G": "6",
    "B": "8",
}
TO_LETTER: Final[Mapping[str, str]] = {
    "0": "O",
    "1": "I",
    "2": "Z",
    "5": "S",
    "6": "G",
    "8": "B",
}
# Confusions tried in alphanumeric fields, where only a check digit can decide.
ALNUM_ALTERNATIVES: Final[Mapping[str, str]] = {
    **{k: v for k, v in TO_DIGIT.items() if k in "OIZSGB"},
    **TO_LETTER,
}
_FILLER_LOOKALIKES: Final = str.maketrans({"«": "<", "‹": "<", "＜": "<", "﹤": "<"})
_MRZ_LINE: Final = re.compile("[A-Z0-9<]+")
_MAX_LENGTH_ERROR: Final = 3
_MAX_SUBSTITUTIONS: Final = 2
_DIGITS: Final = frozenset("0123456789")
_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

# Caller-supplied OCR alternatives: {(line, pos): "chars"}, 0-based, best first.
Alternatives = Mapping[tuple[int, int], str]


@dataclass(frozen=True, slots=True)
class RepairOutcome:
    spec: FormatSpec
    lines: tuple[str, ...]
    repairs: tuple[Repair, ...]
    findings: tuple[Finding, ...]
    checks: CheckOutcome
    well_typed: bool


class _Editor:
    """The lines being repaired; every change is recorded."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.rows = [list(line) for line in lines]
        self.repairs: list[Repair] = []

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple("".join(row) for row in self.rows)

    def set(self, line: int, pos: int, ch: str, reason: str) -> None:
        old = self.rows[line][pos]
        assert old != ch, "callers change a character only to a different one"
        self.rows[line][pos] = ch
        self.repairs.append(Repair(line + 1, pos + 1, old, ch, reason))

    def insert(self, line: int, pos: int, ch: str, reason: str) -> None:
        self.rows[line].insert(pos, ch)
        self.repairs.append(Repair(line + 1, pos + 1, "", ch, reason))

    def delete(self, line: int, pos: int, reason: str) -> None:
        old = self.rows[line].pop(pos)
        self.repairs.append(Repair(line + 1, pos + 1, old, "", reason))


def repair_lines(raw: Sequence[str], alternatives: Alternatives | None = None) -> RepairOutcome:
    """Normalise and repair OCR lines; raise :class:`MrzError` if they cannot be an MRZ."""
    lines, findings = normalise(raw)
    spec = guess_format(lines)
    if all(len(line) == spec.line_length for line in lines):
        spec, outcome = settle_format(spec, lines)
        if (
            outcome.all_valid
            and spec.well_typed(lines)
            and not _fillers_read_as_k(lines)
            and not _code_fixes(spec, lines)
        ):  # the common case: a clean read needs no repair
            return RepairOutcome(spec, lines, (), tuple(findings), outcome, well_typed=True)
    editor = _Editor(lines)
    if any(len(line) != spec.line_length for line in lines):
        _fix_lengths(spec, editor, findings)
    if _fillers_read_as_k(editor.lines):
        _fix_k_fillers(spec, editor, findings)
    if not spec.well_typed(editor.lines):
        _fix_types(spec, editor)
    _fix_codes(spec, editor)
    outcome = evaluate(spec, editor.lines)
    if not outcome.all_valid and _fix_by_check_digits(spec, editor, alternatives or {}, findings):
        outcome = evaluate(spec, editor.lines)
    fixed = editor.lines
    return RepairOutcome(
        spec, fixed, tuple(editor.repairs), tuple(findings), outcome, spec.well_typed(fixed)
    )


def normalise(raw: Sequence[str]) -> tuple[tuple[str, ...], list[Finding]]:
    """Upper-case, drop spaces and blank lines, map filler look-alikes; reject other symbols.

    >>> normalise(["p<uto eriksson", "", "L898 «<"])[0]
    ('P<UTOERIKSSON', 'L898<<')
    """
    done: list[str] = []
    lines: list[str] = []
    for chunk in raw:
        if _MRZ_LINE.fullmatch(chunk):
            lines.append(chunk)
            continue
        for piece in chunk.splitlines():
            squeezed = "".join(piece.split())
            if squeezed != piece.strip():
                done.append(say("spaces removed"))
            if squeezed != squeezed.upper():
                done.append(say("lower case converted"))
            squeezed = squeezed.upper().translate(_FILLER_LOOKALIKES)
            if squeezed:
                lines.append(squeezed)
    for i, line in enumerate(lines):
        if not _MRZ_LINE.fullmatch(line):
            j, ch = next((j, ch) for j, ch in enumerate(line) if ch not in ALPHABET)
            raise MrzError(f"line {i + 1}, position {j + 1}: {ch!r} is not an MRZ character")
    findings = []
    if done:
        findings.append(
            Finding(
                "input_normalised",
                say(
                    "Input normalised: {what}.",
                    what=joined(", ", list(dict.fromkeys(done))),
                ),
                Severity.INFO,
            )
        )
    return tuple(lines), findings


def guess_format(lines: tuple[str, ...]) -> FormatSpec:
    """The format of possibly misread lines: line count, nearest length, document code."""
    if len(lines) == 3:
        spec = TD1
    elif len(lines) == 2:
        mean = (len(lines[0]) + len(lines[1])) / 2
        if abs(mean - 44) < abs(mean - 36):
            spec = MRVA if lines[0].startswith("V") else TD3
        elif lines[0].startswith("V"):
            spec = MRVB
        else:
            spec = FRENCH_ID if lines[0].startswith("IDFRA") else TD2
    else:
        raise MrzError(f"not an MRZ: {shape_of(lines)}; {SHAPES}")
    if any(abs(len(line) - spec.line_length) > _MAX_LENGTH_ERROR for line in lines):
        raise MrzError(f"not an MRZ: {shape_of(lines)}; {SHAPES}")
    return spec


SHAPES: Final = "an MRZ has 2 lines of 44 (passport, visa A) or 36 (TD2, visa B) or 3 of 30 (TD1)"


def shape_of(lines: tuple[str, ...]) -> str:
    if not lines:
        return "no text"
    lengths = " + ".join(str(len(line)) for line in lines)
    return f"{len(lines)} line{'s' if len(lines) > 1 else ''} of {lengths} characters"


# --- step 2: line length ---------------------------------------------------------------------


def _filler_runs(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer("<+", line)]


def _length_candidates(line: str, excess: int) -> Iterator[list[tuple[str, int]]]:
    """Edit lists ("del"/"ins", position) that change the length by ``-excess``."""
    runs = _filler_runs(line)
    if excess > 0:
        slots = [(start, end) for start, end in runs]
        for combo in itertools.combinations_with_replacement(range(len(slots)), excess):
            counts = {i: combo.count(i) for i in set(combo)}
            if all(counts[i] <= slots[i][1] - slots[i][0] for i in counts):
                # remove from the end of each run; right to left keeps positions valid
                yield sorted(
                    (("del", slots[i][1] - n) for i, c in counts.items() for n in range(1, c + 1)),
                    key=lambda e: -e[1],
                )
        yield [("del", len(line) - n) for n in range(1, excess + 1)]
    else:
        ends = sorted({end for _, end in runs} | {len(line)})
        for combo in itertools.combinations_with_replacement(ends, -excess):
            yield [("ins", pos) for pos in sorted(combo, reverse=True)]


def _apply(line: str, edits: list[tuple[str, int]]) -> str:
    chars = list(line)
    for op, pos in edits:  # right to left
        if op == "del":
            del chars[pos]
        else:
            chars.insert(pos, "<")
    return "".join(chars)


def _fit(line: str, length: int) -> str:
    return line[:length].ljust(length, "<")


def _score(spec: FormatSpec, lines: tuple[str, ...]) -> int:
    """How plausible the lines are: valid check digits first, then characters fit their fields."""
    mapped = list(lines)
    misfits = 0
    for field in spec.fields:
        text = field.text(tuple(mapped))
        if field.charset is Charset.NUMERIC:
            fixed = "".join(TO_DIGIT.get(c, c) for c in text)
            misfits += sum(c not in _DIGITS and c != "<" for c in fixed)
            row = mapped[field.line]
            mapped[field.line] = row[: field.start] + fixed + row[field.stop :]
        elif field.charset is Charset.ALPHA:
            misfits += sum(c in _DIGITS for c in text)
            if field.name in ("issuing_state", "nationality") and not is_known(text):
                misfits += 1
    return evaluate(spec, tuple(mapped)).valid_count * 100 - misfits


def _reading(spec: FormatSpec, lines: tuple[str, ...]) -> tuple[str, ...]:
    """What a candidate line set says: names as words, other fields as printed."""
    out: list[str] = []
    for field in spec.fields:
        text = field.text(lines)
        if field.name == "name":
            name = split_name(text)
            out += [name.surname, name.given_names]
        else:
            out.append(" ".join(text.split("<")))
    return tuple(out)


def _fix_lengths(spec: FormatSpec, editor: _Editor, findings: list[Finding]) -> None:
    for index in range(spec.line_count):
        line = editor.lines[index]
        excess = len(line) - spec.line_length
        if excess == 0:
            continue
        scored = []
        for edits in _length_candidates(line, excess):
            trial = [_fit(other, spec.line_length) for other in editor.lines]
            trial[index] = _apply(line, edits)
            # prefer edits further right: miscounted filler runs are the common case
            key = (_score(spec, tuple(trial)), min(pos for _, pos in edits))
            scored.append((key, edits, tuple(trial)))
        best_key, best_edits, _ = max(scored, key=lambda item: item[0])
        readings = {_reading(spec, trial) for key, _, trial in scored if key[0] == best_key[0]}
        for op, pos in best_edits:
            if op == "del":
                editor.delete(index, pos, "extra character removed to restore the line length")
            else:
                editor.insert(index, pos, "<", "missing filler inserted to restore the line length")
        if len(readings) > 1:
            findings.append(
                Finding(
                    "length_uncertain",
                    say(
                        "Line {line} has a character too many or too few, and the check digits "
                        "cannot tell where; read that line on the document.",
                        line=index + 1,
                    ),
                    Severity.ERROR,
                )
            )


# --- step 3: fillers read as K -----------------------------------------------------------------

# Fillers read as K show as a run of K that ends the line, or only check digits follow it.
_K_RUN: Final = re.compile("KKK+[0-9]{0,2}$")


def _fillers_read_as_k(lines: tuple[str, ...]) -> bool:
    """Whether the OCR read the filler as K: no filler at all, or a K run ending a line."""
    return all("<" not in line for line in lines) or any(_K_RUN.search(line) for line in lines)


def _k_lines(lines: tuple[str, ...]) -> set[int]:
    """The lines that show the habit; a line with fillers and no K run was read correctly."""
    return {i for i, line in enumerate(lines) if "<" not in line or _K_RUN.search(line)}


_NAME_FIELDS: Final = frozenset({"name", "surname", "given_names"})


def _fix_k_fillers(spec: FormatSpec, editor: _Editor, findings: list[Finding]) -> None:
    """Restore fillers read as K where the position leaves no doubt; report where it does.

    K and < differ by 20, so no check digit can tell them apart: a K that may be a filler in
    a name or at the end of the document number makes the MRZ uncertain (an error).
    """
    reason = "filler read as K"
    affected = _k_lines(editor.lines)
    for field in spec.fields:
        if field.line not in affected:
            continue
        text = field.text(editor.lines)
        if field.name == "document_code" and text[1] == "K":
            editor.set(field.line, field.start + 1, "<", reason)
        elif field.length == 1 and text == "K":  # a check digit or the sex: the filler
            editor.set(field.line, field.start, "<", reason)
        elif field.length > 3 and field.charset in (Charset.ALPHA, Charset.ALNUM):
            kept = text.rstrip("K")
            run = len(text) - len(kept)
            if run >= 2:
                for pos in range(field.start + len(kept), field.stop):
                    editor.set(field.line, pos, "<", reason)
            if field.name == "name" and "<<" not in kept and kept.count("KK") == 1:
                at = field.start + kept.index("KK")
                editor.set(field.line, at, "<", reason)
                editor.set(field.line, at + 1, "<", reason)
            if field.name in _NAME_FIELDS:
                findings.append(_name_k_finding("K" in field.text(editor.lines), field.name))
            elif run:
                findings.append(_number_k_finding(field.name))


def _name_k_finding(k_left: bool, field: str) -> Finding:
    if k_left:
        return Finding(
            "name_uncertain",
            say(
                "The OCR read fillers as K and the name still contains K, which may be a letter "
                "or a space; read the name on the document."
            ),
            Severity.ERROR,
            field,
        )
    return Finding(
        "name_repaired",
        say(
            "Fillers in the name were read as K and restored; names have no check digit, "
            "so compare the name with the one printed on the document."
        ),
        Severity.WARNING,
        field,
    )


_FIELD_WORDS = {
    "document_number": say("document number"),
    "optional_data": say("optional data"),
    "optional_data_2": say("second optional data field"),
}


def _number_k_finding(field: str) -> Finding:
    critical = field == "document_number"
    return Finding(
        "filler_uncertain",
        say(
            "The OCR read fillers as K; the K at the end of the {field} may be "
            "a letter or a filler, and check digits cannot tell them apart. {advice}",
            field=_FIELD_WORDS.get(field, field.replace("_", " ")),
            advice=say("Read the number on the document.")
            if critical
            else say("Compare with the document."),
        ),
        Severity.ERROR if critical else Severity.WARNING,
        field,
    )


# --- steps 4 and 5: field types and check digits ---------------------------------------------


def _fix_types(spec: FormatSpec, editor: _Editor) -> None:
    for field in spec.fields:
        text = field.text(editor.lines)
        if field.charset is Charset.NUMERIC and not _LETTERS.isdisjoint(text):
            for offset, ch in enumerate(text):
                if ch in TO_DIGIT:
                    editor.set(
                        field.line, field.start + offset, TO_DIGIT[ch], "letter in a numeric field"
                    )
        elif field.charset is Charset.ALPHA and not _DIGITS.isdisjoint(text):
            for offset, ch in enumerate(text):
                if ch in TO_LETTER:
                    editor.set(
                        field.line,
                        field.start + offset,
                        TO_LETTER[ch],
                        "digit in an alphabetic field",
                    )


def _code_fixes(spec: FormatSpec, lines: tuple[str, ...]) -> list[tuple[int, int]]:
    """``DKK`` -> ``D<<``: trailing K in a state code when only fillers give a known code.

    Returns the (line, position) of each K to replace.
    """
    out: list[tuple[int, int]] = []
    for name in ("issuing_state", "nationality"):
        field = spec.by_name.get(name)
        if field is None:
            continue
        text = field.text(lines)
        kept = text.rstrip("K")
        if (
            kept != text
            and lookup(text).kind is CodeKind.UNKNOWN
            and lookup(kept.ljust(3, "<")).kind is not CodeKind.UNKNOWN
        ):
            out.extend((field.line, pos) for pos in range(field.start + len(kept), field.stop))
    return out


def _fix_codes(spec: FormatSpec, editor: _Editor) -> None:
    for line, pos in _code_fixes(spec, editor.lines):
        editor.set(line, pos, "<", "filler read as K in a country code")


def _searchable(spec: FormatSpec, alternatives: Alternatives) -> list[tuple[FieldSpec, int]]:
    """Positions whose alternatives a check digit of their own can arbitrate.

    A field protected only by the composite (TD1 optional data, the French card's office
    code...) is not searched: one digit over 30-odd characters would accept a wrong reading
    one time in ten. The overflow of a long document number is covered by the number's digit.
    """
    covered = {
        name
        for check in spec.checks
        if check.name != "composite"
        for name in (*check.covers, check.digit)
    }
    covered.add("composite_check")
    if spec.format in LONG_DOCUMENT_NUMBER_FORMATS:
        covered.add("optional_data")
    out: list[tuple[FieldSpec, int]] = []
    for field in spec.fields:
        if field.name not in covered:
            continue
        if field.charset is Charset.ALNUM or alternatives:
            out.extend((field, pos) for pos in field.positions())
    return out


def _fix_by_check_digits(
    spec: FormatSpec, editor: _Editor, alternatives: Alternatives, findings: list[Finding]
) -> bool:
    """Apply the unique fewest-change correction that makes every check digit hold, if any."""
    lines = editor.lines
    options: list[tuple[int, int, str]] = []  # (line, pos, replacement)
    for field, pos in _searchable(spec, alternatives):
        current = lines[field.line][pos]
        if alternatives:
            alts = alternatives.get((field.line, pos), "")
        else:  # only alphanumeric positions are searchable without OCR alternatives
            alts = ALNUM_ALTERNATIVES.get(current, "")
        options.extend((field.line, pos, alt) for alt in alts if alt != current)

    solutions: list[tuple[tuple[int, int, str], ...]] = []
    for count in range(1, _MAX_SUBSTITUTIONS + 1):
        for combo in itertools.combinations(options, count):
            if len({(line, pos) for line, pos, _ in combo}) < count:
                continue  # two replacements for one position
            rows = [list(line) for line in lines]
            for line, pos, alt in combo:
                rows[line][pos] = alt
            if evaluate(spec, tuple("".join(r) for r in rows)).all_valid:
                solutions.append(combo)
        if solutions:
            break
    if len(solutions) == 1:
        for line, pos, alt in solutions[0]:
            editor.set(line, pos, alt, "the check digits select this reading")
        # In TD1/2/3 the composite weighs the document number exactly as its own check digit
        # does, so it adds no protection here: say so rather than imply certainty.
        findings.append(
            Finding(
                "check_digit_repair",
                say(
                    "{count} character(s) were chosen by the check digits among "
                    "look-alike readings; a check digit misses about one such error in ten, so "
                    "compare the repaired fields with the data printed on the document.",
                    count=len(solutions[0]),
                ),
                Severity.WARNING,
            )
        )
        return True
    if solutions:
        findings.append(
            Finding(
                "ambiguous_repair",
                say(
                    "{count} different corrections would make the check digits hold; "
                    "none was applied. Read the MRZ on the document.",
                    count=len(solutions),
                ),
                Severity.WARNING,
            )
        )
    return False

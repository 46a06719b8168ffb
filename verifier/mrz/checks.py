"""Check-digit evaluation for a format table, including the real-world variants.

- Long document numbers in TD1/TD2 (Doc 9303-5 §4.2.2 note j, §4.2.4): the nine principal
  characters, a filler in the check-digit position, the rest at the start of the optional data
  followed by the check digit and a filler. The standard excludes that filler from the
  computation; some issuers count it. Both are accepted and the rule that matched is recorded.
- An empty TD3 personal number may have ``<`` or ``0`` as its check digit (Doc 9303-4 §4.2.2).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from verifier.mrz.check_digit import is_valid, sum_values, values_of
from verifier.mrz.formats import (
    LONG_DOCUMENT_NUMBER_FORMATS,
    TD2,
    DocumentFormat,
    FormatSpec,
)
from verifier.mrz.result import DocumentNumberRule
from verifier.serial import Serial, key


@dataclass(frozen=True, slots=True)
class LongNumber:
    """A document number that overflows into the optional data."""

    overflow: str  # the characters after the nine principal ones
    check: str  # the check digit that follows them
    remainder: str  # what is left of the optional data after the number, its digit and a filler


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    checks: dict[str, bool]
    rule: DocumentNumberRule | None
    long_number: LongNumber | None

    @property
    def all_valid(self) -> bool:
        return all(self.checks.values())

    @property
    def valid_count(self) -> int:
        return sum(self.checks.values())


def long_number(spec: FormatSpec, lines: tuple[str, ...]) -> LongNumber | None:
    """The overflow of a long document number, if the MRZ announces one.

    >>> from verifier.mrz.formats import TD1
    >>> lines = ("I<UTOD23145890<7349<<<<<<<<<<<", "3407127M9507122UTO<<<<<<<<<<<2", "A" * 30)
    >>> long_number(TD1, lines)
    LongNumber(overflow='734', check='9', remainder='<<<<<<<<<<')
    """
    if spec.format not in LONG_DOCUMENT_NUMBER_FORMATS:
        return None
    if spec.field("document_number_check").text(lines) != "<":
        return None
    optional = spec.field("optional_data").text(lines)
    end = optional.find("<")
    if end == -1:
        end = len(optional)
    if end < 2:  # at least one character and its check digit
        return None
    return LongNumber(optional[: end - 1], optional[end - 1], optional[end + 1 :])


def evaluate(spec: FormatSpec, lines: tuple[str, ...]) -> CheckOutcome:
    """Every check digit of the format, as ``{name: holds}``."""
    results: dict[str, bool] = {}
    rule: DocumentNumberRule | None = None
    overflow = long_number(spec, lines)
    values = [values_of(line) for line in lines]  # once per line, not per check
    for name, (digit_line, digit_pos), covers in spec.check_plan:
        digit = lines[digit_line][digit_pos]
        if name == "document_number" and overflow is not None:
            principal = "".join([lines[line][start:stop] for line, start, stop in covers])
            if is_valid(principal + overflow.overflow, overflow.check):
                rule = DocumentNumberRule.STANDARD
            elif is_valid(principal + "<" + overflow.overflow, overflow.check):
                rule = DocumentNumberRule.FILLER_COUNTED
            results[name] = rule is not None
            continue
        data = b"".join([values[line][start:stop] for line, start, stop in covers])
        if (
            name == "optional_data"
            and spec.format is DocumentFormat.TD3
            and digit in "<0"
            and not any(data)
        ):
            ok = True  # an empty personal number may have < or 0 as its check digit
        else:
            ok = digit.isdigit() and sum_values(data) % 10 == ord(digit) - 48
        if name == "document_number":
            rule = DocumentNumberRule.STANDARD if ok else None
        results[name] = ok
    return CheckOutcome(results, rule, overflow)


def settle_format(spec: FormatSpec, lines: tuple[str, ...]) -> tuple[FormatSpec, CheckOutcome]:
    """The format and its checks, telling the French card from a French TD2.

    "IDFRA" on 2 x 36 is nearly always the legacy French card; a TD2 whose check digits hold
    where the card's do not is a TD2.
    """
    outcome = evaluate(spec, lines)
    if spec.format is DocumentFormat.FRENCH_ID and not outcome.all_valid:
        as_td2 = evaluate(TD2, lines)
        if as_td2.all_valid:
            return TD2, as_td2
    return spec, outcome


@dataclass(frozen=True, slots=True)
class DigitFault(Serial):
    """A check digit that does not hold: where it is printed, what it says, what it should
    say, and the characters it covers (to mark them for the officer)."""

    # document_number, birth_date, expiry_date, optional_data, composite
    name: str = field(metadata=key(name="field"))
    line: int  # 0-based
    position: int  # 0-based, in the line
    printed: str
    computed: str
    covers: tuple[tuple[int, int, int], ...]  # (line, start, stop) of each covered field


def faults(spec: FormatSpec, lines: tuple[str, ...]) -> list[DigitFault]:
    """Every check digit of ``lines`` that does not hold, with the digit it should be
    (the standard's rule, Doc 9303-3 §4.9; a long document number's digit is the one after
    its overflow in the optional data).

    >>> from verifier.mrz.formats import TD3
    >>> lines = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    ...          "L898902C35UTO7408122F1204159ZE184226B<<<<<10")
    >>> [(f.name, f.printed, f.computed) for f in faults(TD3, lines)]
    [('document_number', '5', '6'), ('composite', '0', '3')]
    """
    outcome = evaluate(spec, lines)
    overflow = outcome.long_number
    out = []
    for name, at, covers in spec.check_plan:
        if outcome.checks.get(name, True):
            continue
        data = "".join(lines[line][start:stop] for line, start, stop in covers)
        (digit_line, digit_pos), spans = at, covers
        if name == "document_number" and overflow is not None:
            optional = spec.field("optional_data")
            digit_line, digit_pos = optional.line, optional.start + len(overflow.overflow)
            data += overflow.overflow
            spans = (*covers, (optional.line, optional.start, digit_pos))
        out.append(
            DigitFault(
                name,
                digit_line,
                digit_pos,
                lines[digit_line][digit_pos],
                str(sum_values(values_of(data)) % 10),
                tuple(spans),
            )
        )
    return out

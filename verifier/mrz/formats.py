"""The MRZ formats of Doc 9303 as declarative tables of named fields.

Each format is one :class:`FormatSpec`: its lines, its fields (line, start, length, character
class) and its check digits (which fields each one covers). Everything else in the package
reads positions from these tables; no slice literals elsewhere.

Sources: Doc 9303-4 §4.2.2 (TD3), 9303-5 §4.2.2 (TD1), 9303-6 §4.2.2 (TD2), 9303-7 §4.2.2
(MRV-A, MRV-B). The legacy French national identity card (2 x 36, issued 1988-2021) is a
national format, not Doc 9303; its layout is the one printed on the card and used by
French border and police readers.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Final


class DocumentFormat(enum.Enum):
    TD1 = "TD1"
    TD2 = "TD2"
    TD3 = "TD3"
    MRVA = "MRVA"
    MRVB = "MRVB"
    FRENCH_ID = "FRENCH_ID"


class Charset(enum.Enum):
    """What a field may hold besides the filler ``<``."""

    ALPHA = "alpha"  # A-Z
    NUMERIC = "numeric"  # 0-9
    ALNUM = "alnum"  # A-Z and 0-9


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    line: int  # 0-based line index
    start: int  # 0-based position in the line
    length: int
    charset: Charset

    @property
    def stop(self) -> int:
        return self.start + self.length

    def text(self, lines: tuple[str, ...]) -> str:
        return lines[self.line][self.start : self.stop]

    def positions(self) -> range:
        return range(self.start, self.stop)


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """A check digit: where it stands and which fields (in order) it is computed over."""

    name: str  # the key in results: document_number, birth_date, ..., composite
    digit: str  # name of the one-character field that holds it
    covers: tuple[str, ...]


_CLASS = {Charset.ALPHA: "[A-Z<]", Charset.NUMERIC: "[0-9<]", Charset.ALNUM: "[A-Z0-9<]"}

# A check digit compiled to slices: (name, (line, pos) of the digit, covered (line, start, stop)).
CheckPlan = tuple[str, tuple[int, int], tuple[tuple[int, int, int], ...]]


@dataclass(frozen=True, slots=True)
class FormatSpec:
    format: DocumentFormat
    line_count: int
    line_length: int
    fields: tuple[FieldSpec, ...]
    checks: tuple[CheckSpec, ...]
    # Derived once from the table above (parsing is a hot path: 10^5 MRZs a second).
    by_name: dict[str, FieldSpec] = field(init=False, repr=False, compare=False)
    line_patterns: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    check_plan: tuple[CheckPlan, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name = {spec.name: spec for spec in self.fields}
        patterns = []
        for line in range(self.line_count):
            in_line = sorted((f for f in self.fields if f.line == line), key=lambda f: f.start)
            patterns.append(
                re.compile("".join(f"{_CLASS[f.charset]}{{{f.length}}}" for f in in_line))
            )
        plan = tuple(
            (
                check.name,
                (by_name[check.digit].line, by_name[check.digit].start),
                tuple((by_name[n].line, by_name[n].start, by_name[n].stop) for n in check.covers),
            )
            for check in self.checks
        )
        object.__setattr__(self, "by_name", by_name)
        object.__setattr__(self, "line_patterns", tuple(patterns))
        object.__setattr__(self, "check_plan", plan)

    def field(self, name: str) -> FieldSpec:
        return self.by_name[name]

    def has_field(self, name: str) -> bool:
        return name in self.by_name

    def well_typed(self, lines: tuple[str, ...]) -> bool:
        """Whether every character fits its field's class (fillers allowed everywhere)."""
        return all(p.fullmatch(line) for p, line in zip(self.line_patterns, lines, strict=True))

    def field_at(self, line: int, pos: int) -> FieldSpec:
        """The field that holds a character position (every position belongs to one)."""
        for spec in self.fields:
            if spec.line == line and spec.start <= pos < spec.stop:
                return spec
        raise KeyError((line, pos))


A, N, X = Charset.ALPHA, Charset.NUMERIC, Charset.ALNUM


def _f(name: str, line: int, start_1based: int, length: int, charset: Charset) -> FieldSpec:
    """Fields are written with the 1-based positions the standard's tables use."""
    return FieldSpec(name, line, start_1based - 1, length, charset)


# Fields shared by the "name on line 1" formats (TD2, TD3, MRV-A, MRV-B): Doc 9303-4/6/7.
def _upper_line(name_length: int) -> tuple[FieldSpec, ...]:
    return (
        _f("document_code", 0, 1, 2, A),
        _f("issuing_state", 0, 3, 3, A),
        _f("name", 0, 6, name_length, A),
    )


def _lower_line_core() -> tuple[FieldSpec, ...]:
    return (
        _f("document_number", 1, 1, 9, X),
        _f("document_number_check", 1, 10, 1, N),
        _f("nationality", 1, 11, 3, A),
        _f("birth_date", 1, 14, 6, N),
        _f("birth_date_check", 1, 20, 1, N),
        _f("sex", 1, 21, 1, A),
        _f("expiry_date", 1, 22, 6, N),
        _f("expiry_date_check", 1, 28, 1, N),
    )


_BASIC_CHECKS: Final = (
    CheckSpec("document_number", "document_number_check", ("document_number",)),
    CheckSpec("birth_date", "birth_date_check", ("birth_date",)),
    CheckSpec("expiry_date", "expiry_date_check", ("expiry_date",)),
)

_LOWER_COMPOSITE_FIELDS: Final = (
    "document_number",
    "document_number_check",
    "birth_date",
    "birth_date_check",
    "expiry_date",
    "expiry_date_check",
)

TD3: Final = FormatSpec(
    DocumentFormat.TD3,
    line_count=2,
    line_length=44,
    fields=(
        *_upper_line(39),
        *_lower_line_core(),
        _f("optional_data", 1, 29, 14, X),
        _f("optional_data_check", 1, 43, 1, N),
        _f("composite_check", 1, 44, 1, N),
    ),
    checks=(
        *_BASIC_CHECKS,
        CheckSpec("optional_data", "optional_data_check", ("optional_data",)),
        CheckSpec(
            "composite",
            "composite_check",
            (*_LOWER_COMPOSITE_FIELDS, "optional_data", "optional_data_check"),
        ),
    ),
)

TD2: Final = FormatSpec(
    DocumentFormat.TD2,
    line_count=2,
    line_length=36,
    fields=(
        *_upper_line(31),
        *_lower_line_core(),
        _f("optional_data", 1, 29, 7, X),
        _f("composite_check", 1, 36, 1, N),
    ),
    checks=(
        *_BASIC_CHECKS,
        CheckSpec("composite", "composite_check", (*_LOWER_COMPOSITE_FIELDS, "optional_data")),
    ),
)

MRVA: Final = FormatSpec(
    DocumentFormat.MRVA,
    line_count=2,
    line_length=44,
    fields=(*_upper_line(39), *_lower_line_core(), _f("optional_data", 1, 29, 16, X)),
    checks=_BASIC_CHECKS,
)

MRVB: Final = FormatSpec(
    DocumentFormat.MRVB,
    line_count=2,
    line_length=36,
    fields=(*_upper_line(31), *_lower_line_core(), _f("optional_data", 1, 29, 8, X)),
    checks=_BASIC_CHECKS,
)

TD1: Final = FormatSpec(
    DocumentFormat.TD1,
    line_count=3,
    line_length=30,
    fields=(
        _f("document_code", 0, 1, 2, A),
        _f("issuing_state", 0, 3, 3, A),
        _f("document_number", 0, 6, 9, X),
        _f("document_number_check", 0, 15, 1, N),
        _f("optional_data", 0, 16, 15, X),
        _f("birth_date", 1, 1, 6, N),
        _f("birth_date_check", 1, 7, 1, N),
        _f("sex", 1, 8, 1, A),
        _f("expiry_date", 1, 9, 6, N),
        _f("expiry_date_check", 1, 15, 1, N),
        _f("nationality", 1, 16, 3, A),
        _f("optional_data_2", 1, 19, 11, X),
        _f("composite_check", 1, 30, 1, N),
        _f("name", 2, 1, 30, A),
    ),
    checks=(
        *_BASIC_CHECKS,
        CheckSpec(
            "composite",
            "composite_check",
            (
                "document_number",
                "document_number_check",
                "optional_data",
                "birth_date",
                "birth_date_check",
                "expiry_date",
                "expiry_date_check",
                "optional_data_2",
            ),
        ),
    ),
)

# Legacy French national identity card ("carte nationale d'identité", 1988-2021), 2 x 36.
# Line 1: "ID", "FRA", surname (25), issuing office code (6: department + office).
# Line 2: document number (12: YYMM issued, department, serial), check digit, given names (14),
# birth date, check digit, sex, and a final check digit over all of line 1 and line 2 1-35.
# The expiry date is not in the MRZ.
FRENCH_ID: Final = FormatSpec(
    DocumentFormat.FRENCH_ID,
    line_count=2,
    line_length=36,
    fields=(
        _f("document_code", 0, 1, 2, A),
        _f("issuing_state", 0, 3, 3, A),
        _f("surname", 0, 6, 25, A),
        _f("optional_data", 0, 31, 6, X),
        _f("document_number", 1, 1, 12, X),
        _f("document_number_check", 1, 13, 1, N),
        _f("given_names", 1, 14, 14, A),
        _f("birth_date", 1, 28, 6, N),
        _f("birth_date_check", 1, 34, 1, N),
        _f("sex", 1, 35, 1, A),
        _f("composite_check", 1, 36, 1, N),
    ),
    checks=(
        CheckSpec("document_number", "document_number_check", ("document_number",)),
        CheckSpec("birth_date", "birth_date_check", ("birth_date",)),
        CheckSpec(
            "composite",
            "composite_check",
            (
                "document_code",
                "issuing_state",
                "surname",
                "optional_data",
                "document_number",
                "document_number_check",
                "given_names",
                "birth_date",
                "birth_date_check",
                "sex",
            ),
        ),
    ),
)

SPECS: Final[dict[DocumentFormat, FormatSpec]] = {
    spec.format: spec for spec in (TD1, TD2, TD3, MRVA, MRVB, FRENCH_ID)
}

# Formats whose document number may overflow into the optional data (Doc 9303-5 §4.2.2 note j,
# 9303-6 §4.2.2 note j). Visas truncate long numbers instead (9303-7 note j).
LONG_DOCUMENT_NUMBER_FORMATS: Final = frozenset({DocumentFormat.TD1, DocumentFormat.TD2})


def candidate_formats(line_count: int, line_length: int) -> tuple[FormatSpec, ...]:
    """Formats with this shape, most common first (the document code then decides)."""
    return tuple(
        spec
        for spec in (TD3, MRVA, TD2, MRVB, FRENCH_ID, TD1)
        if spec.line_count == line_count and spec.line_length == line_length
    )


def select_format(lines: tuple[str, ...]) -> FormatSpec | None:
    """The format of well-formed lines (right count and length), from shape and document code.

    >>> select_format(("P<UTO" + "<" * 39, "<" * 44)).format
    <DocumentFormat.TD3: 'TD3'>
    >>> select_format(("V<UTO" + "<" * 31, "<" * 36)).format
    <DocumentFormat.MRVB: 'MRVB'>
    >>> select_format(("IDFRA" + "<" * 31, "<" * 36)).format
    <DocumentFormat.FRENCH_ID: 'FRENCH_ID'>
    >>> select_format(("ABC", "DEF")) is None
    True
    """
    if not lines or len({len(line) for line in lines}) != 1:
        return None
    shapes = candidate_formats(len(lines), len(lines[0]))
    if not shapes:
        return None
    first = lines[0]
    for spec in shapes:
        if spec.format in (DocumentFormat.MRVA, DocumentFormat.MRVB) and first.startswith("V"):
            return spec
        if spec.format is DocumentFormat.FRENCH_ID and first.startswith("IDFRA"):
            return spec
    return next(
        spec
        for spec in shapes
        if spec.format not in (DocumentFormat.MRVA, DocumentFormat.MRVB, DocumentFormat.FRENCH_ID)
    )

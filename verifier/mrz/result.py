"""Result types of MRZ parsing: immutable, JSON-ready through :meth:`MrzResult.as_dict`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from verifier.mrz.formats import DocumentFormat
from verifier.serial import Serial, as_data, key


class Severity(enum.Enum):
    ERROR = "error"  # a field format does not hold: the MRZ is not valid
    WARNING = "warning"  # worth the officer's attention; does not make the MRZ invalid
    INFO = "info"  # how something was read (which check-digit rule, a normalisation)


@dataclass(frozen=True, slots=True)
class Finding(Serial):
    code: str  # stable, snake_case: "invalid_date", "unknown_code", "expired", ...
    message: str  # plain words for the officer; may quote field values, so never log it
    severity: Severity = Severity.WARNING
    field: str | None = dataclasses.field(default=None, metadata=key(omit_none=True))


@dataclass(frozen=True, slots=True)
class Repair(Serial):
    """One character changed by OCR repair. ``line`` and ``pos`` are 1-based, as in Doc 9303.

    ``from_`` is empty for an inserted character, ``to`` is empty for a removed one.
    """

    line: int
    pos: int
    from_: str = dataclasses.field(metadata=key(name="from"))
    to: str
    reason: str


class DocumentNumberRule(enum.Enum):
    """Which rule the document-number check digit matched (Doc 9303-5 §4.2.4)."""

    STANDARD = "standard"  # nine characters, or a long number with the position-15 filler excluded
    FILLER_COUNTED = "filler_counted"  # long number, the filler counted (some issuers do this)


@dataclass(frozen=True, slots=True)
class MrzResult(Serial):
    format: DocumentFormat
    lines: tuple[str, ...]
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: dt.date | None
    expiry_date: dt.date | None
    sex: str | None  # "M", "F" or "X"; None when the character is not one of M, F, <, X
    optional_data: str
    optional_data_2: str
    checks: Mapping[str, bool]
    valid: bool
    expired: bool | None
    warnings: tuple[Finding, ...]
    repairs: tuple[Repair, ...]
    raw_birth_date: str = dataclasses.field(metadata=key(skip=True))  # as "raw" below
    raw_expiry_date: str = dataclasses.field(metadata=key(skip=True))
    # how the number's digit was computed, and whether the name filled its field: used by the
    # inspection, not part of the `verifier mrz --json` contract
    document_number_rule: DocumentNumberRule | None = dataclasses.field(
        default=None, metadata=key(skip=True)
    )
    name_truncated: bool = dataclasses.field(default=False, metadata=key(skip=True))

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.warnings if f.severity is Severity.ERROR)

    def as_dict(self) -> dict[str, Any]:
        """The JSON object of the `verifier mrz --json` contract (docs/cli.md)."""
        raw = {"birth_date": self.raw_birth_date, "expiry_date": self.raw_expiry_date}
        return as_data(self) | {"raw": raw}


class MrzError(ValueError):
    """The input is not an MRZ of any known format (wrong line count, length, characters)."""

"""Result types of MRZ parsing: immutable, JSON-ready through :meth:`MrzResult.as_dict`."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from verifier.mrz.formats import DocumentFormat


class Severity(enum.Enum):
    ERROR = "error"  # a field format does not hold: the MRZ is not valid
    WARNING = "warning"  # worth the officer's attention; does not make the MRZ invalid
    INFO = "info"  # how something was read (which check-digit rule, a normalisation)


@dataclass(frozen=True, slots=True)
class Finding:
    code: str  # stable, snake_case: "invalid_date", "unknown_code", "expired", ...
    message: str  # plain words for the officer; may quote field values, so never log it
    severity: Severity = Severity.WARNING
    field: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "message": self.message,
            "severity": self.severity.value,
        }
        if self.field is not None:
            out["field"] = self.field
        return out


@dataclass(frozen=True, slots=True)
class Repair:
    """One character changed by OCR repair. ``line`` and ``pos`` are 1-based, as in Doc 9303.

    ``from_`` is empty for an inserted character, ``to`` is empty for a removed one.
    """

    line: int
    pos: int
    from_: str
    to: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "pos": self.pos,
            "from": self.from_,
            "to": self.to,
            "reason": self.reason,
        }


class DocumentNumberRule(enum.Enum):
    """Which rule the document-number check digit matched (Doc 9303-5 §4.2.4)."""

    STANDARD = "standard"  # nine characters, or a long number with the position-15 filler excluded
    FILLER_COUNTED = "filler_counted"  # long number, the filler counted (some issuers do this)


@dataclass(frozen=True, slots=True)
class MrzResult:
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
    raw_birth_date: str
    raw_expiry_date: str
    document_number_rule: DocumentNumberRule | None = None
    name_truncated: bool = False

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.warnings if f.severity is Severity.ERROR)

    def as_dict(self) -> dict[str, Any]:
        """The JSON object of the `verifier mrz --json` contract (docs/cli.md)."""

        def iso(value: dt.date | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "format": self.format.value,
            "lines": list(self.lines),
            "document_code": self.document_code,
            "issuing_state": self.issuing_state,
            "surname": self.surname,
            "given_names": self.given_names,
            "document_number": self.document_number,
            "nationality": self.nationality,
            "birth_date": iso(self.birth_date),
            "expiry_date": iso(self.expiry_date),
            "sex": self.sex,
            "optional_data": self.optional_data,
            "optional_data_2": self.optional_data_2,
            "checks": dict(self.checks),
            "valid": self.valid,
            "expired": self.expired,
            "warnings": [f.as_dict() for f in self.warnings],
            "repairs": [r.as_dict() for r in self.repairs],
            "raw": {"birth_date": self.raw_birth_date, "expiry_date": self.raw_expiry_date},
        }


class MrzError(ValueError):
    """The input is not an MRZ of any known format (wrong line count, length, characters)."""

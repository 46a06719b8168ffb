"""ICAO Doc 9303 machine readable zones: formats, check digits, parsing and OCR repair.

Pure functions over strings; no I/O. Entry point: :func:`parse`.
"""

from verifier.mrz.check_digit import check_digit
from verifier.mrz.formats import DocumentFormat
from verifier.mrz.parser import decode, parse
from verifier.mrz.repair import repair_lines
from verifier.mrz.result import (
    DocumentNumberRule,
    Finding,
    MrzError,
    MrzResult,
    Repair,
    Severity,
)

__all__ = [
    "DocumentFormat",
    "DocumentNumberRule",
    "Finding",
    "MrzError",
    "MrzResult",
    "Repair",
    "Severity",
    "check_digit",
    "decode",
    "parse",
    "repair_lines",
]

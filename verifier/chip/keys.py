"""The access keys a document gives: its MRZ information (BAC, PACE) or its CAN (PACE).

9303-11 §9.7.2 (BAC) and §4.4.4.1 (PACE): the MRZ information is the document number (the
whole of a long one), its check digit, the birth date and its check digit, the expiry date and
its check digit, as printed in the MRZ. Never log a key: it is the document's data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from verifier.mrz import MrzError, parse
from verifier.mrz.check_digit import check_digit
from verifier.mrz.result import DocumentNumberRule
from verifier.text import say


class AccessKeyError(ValueError):
    """The MRZ or CAN given cannot make an access key."""


KEY_FIELDS = ("document_number", "birth_date", "expiry_date")


@dataclass(frozen=True, slots=True)
class MrzKey:
    """Document number, birth date and expiry date (YYMMDD), as the MRZ prints them."""

    document_number: str
    birth: str
    expiry: str
    number_digit: str = ""  # as printed; computed when empty

    def information(self) -> bytes:
        number = self.document_number.ljust(9, "<")
        text = (
            number
            + (self.number_digit or check_digit(number))
            + self.birth
            + check_digit(self.birth)
            + self.expiry
            + check_digit(self.expiry)
        )
        return text.encode("ascii")

    def seed(self) -> bytes:
        """K_seed of BAC: the first 16 bytes of SHA-1 of the MRZ information."""
        return hashlib.sha1(self.information(), usedforsecurity=True).digest()[:16]

    def pace_password(self) -> bytes:
        """f(π) of PACE with the MRZ: SHA-1 of the MRZ information (9303-11 §4.4.4.1)."""
        return hashlib.sha1(self.information(), usedforsecurity=True).digest()

    @classmethod
    def from_lines(cls, lines: Sequence[str]) -> MrzKey:
        """The key of a printed MRZ (two or three lines). Its check digits must hold: a
        misread MRZ would only earn a refused (and counted) authentication from the chip."""
        try:
            result = parse([line.strip().upper() for line in lines], repair=False)
        except MrzError:
            raise AccessKeyError(
                say("The MRZ given is not two or three MRZ lines of Doc 9303.")
            ) from None
        if not all(
            result.checks.get(k, False) for k in ("document_number", "birth_date", "expiry_date")
        ):
            raise AccessKeyError(
                say(
                    "The MRZ's check digits do not hold: correct the MRZ before reading the chip "
                    "(a wrong key makes the chip refuse, and some chips count refusals)."
                )
            )
        number = result.document_number
        if result.document_number_rule is DocumentNumberRule.FILLER_COUNTED:
            digit = check_digit(number[:9] + "<" + number[9:])
        else:
            digit = check_digit(number.ljust(9, "<"))
        return cls(number, result.raw_birth_date, result.raw_expiry_date, digit)


@dataclass(frozen=True, slots=True)
class Can:
    """The Card Access Number printed on ID cards (usually six digits)."""

    number: str

    def __post_init__(self) -> None:
        if not self.number.isdigit() or not 4 <= len(self.number) <= 12:
            raise AccessKeyError(
                say("A CAN is the 6-digit number printed on the card (digits only).")
            )

    def pace_password(self) -> bytes:
        return self.number.encode("ascii")  # ISO 8859-1 of the digits, 9303-11 §4.4.4.1


AccessKey = MrzKey | Can

"""The ICAO 9303 check digit (Doc 9303-3 §4.9): weights 7-3-1, modulus 10.

Characters have values ``0-9`` for digits, ``10-35`` for ``A-Z`` and ``0`` for the filler ``<``.
"""

from __future__ import annotations

from typing import Final

ALPHABET: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
_DIGITS: Final = frozenset("0123456789")
_VALUES: Final[dict[str, int]] = {ch: (i if ch != "<" else 0) for i, ch in enumerate(ALPHABET)}
_INVALID: Final = 255
_TABLE: Final = bytes(_VALUES.get(chr(i), _INVALID) for i in range(256))


def char_value(ch: str) -> int:
    """Value of one MRZ character in the check-digit computation.

    >>> char_value("7"), char_value("A"), char_value("Z"), char_value("<")
    (7, 10, 35, 0)
    >>> char_value("a")
    Traceback (most recent call last):
    ...
    ValueError: not an MRZ character: 'a'
    """
    try:
        return _VALUES[ch]
    except KeyError:
        raise ValueError(f"not an MRZ character: {ch!r}") from None


def weighted_sum(data: str) -> int:
    """Sum of character values times the repeating weights 7, 3, 1.

    >>> weighted_sum("AB2134<<<")
    125
    """
    return sum_values(values_of(data))


def values_of(data: str) -> bytes:
    """Character values as bytes (``b"\\x0a"`` for ``A``), so sums run at C speed.

    >>> list(values_of("A1<"))
    [10, 1, 0]
    """
    values = data.encode("ascii", "replace").translate(_TABLE)
    if _INVALID in values:
        bad = next(ch for ch in data if ch not in _VALUES)
        raise ValueError(f"not an MRZ character: {bad!r}")
    return values


def sum_values(values: bytes) -> int:
    """Weighted sum of values from :func:`values_of`."""
    # 7*(values at 0, 3, 6...) + 3*(at 1, 4, 7...) + (at 2, 5, 8...): three C-level sums
    return 7 * sum(values[0::3]) + 3 * sum(values[1::3]) + sum(values[2::3])


def check_digit(data: str) -> str:
    """The check digit of ``data`` as a one-character string.

    Worked examples of Doc 9303-3 Appendix A and the Part 4 specimen passport:

    >>> check_digit("AB2134<<<")
    '5'
    >>> check_digit("L898902C3")
    '6'
    >>> check_digit("740812")
    '2'
    >>> check_digit("HA672242<6YTO5802254M9601086<<<<<<<<<<<<<<0"[:10]
    ...             + "5802254" + "9601086<<<<<<<<<<<<<<0")   # composite: sum 448
    '8'
    """
    return str(weighted_sum(data) % 10)


def is_valid(data: str, digit: str) -> bool:
    """Whether ``digit`` is the check digit of ``data``; a non-digit is never valid.

    >>> is_valid("L898902C3", "6"), is_valid("L898902C3", "5"), is_valid("L898902C3", "<")
    (True, False, False)
    """
    return digit in _DIGITS and check_digit(data) == digit

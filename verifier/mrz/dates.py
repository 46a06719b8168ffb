"""MRZ dates (YYMMDD, Doc 9303-3 §4.4): calendar validity and century resolution."""

from __future__ import annotations

import datetime as dt


def _split(raw: str) -> tuple[int, int, int] | None:
    if len(raw) != 6 or not (raw.isascii() and raw.isdigit()):
        return None
    return int(raw[:2]), int(raw[2:4]), int(raw[4:])


def birth_date(raw: str, today: dt.date) -> dt.date | None:
    """A birth date: the latest century that does not put it after ``today``.

    ``None`` when ``raw`` is not a calendar date (a failed check, never an exception).

    >>> today = dt.date(2026, 11, 28)
    >>> birth_date("740812", today), birth_date("081231", today), birth_date("261129", today)
    (datetime.date(1974, 8, 12), datetime.date(2008, 12, 31), datetime.date(1926, 11, 29))
    >>> birth_date("740841", today) is None, birth_date("74O812", today) is None
    (True, True)
    """
    parts = _split(raw)
    if parts is None:
        return None
    yy, mm, dd = parts
    for century in (2000, 1900):
        try:
            value = dt.date(century + yy, mm, dd)
        except ValueError:
            continue  # 29 February exists in one century and not the other
        if value <= today:
            return value
    return None


def expiry_date(raw: str) -> dt.date | None:
    """An expiry date, always in the 2000s (no MRZ document in use expired before 2000).

    >>> expiry_date("120415"), expiry_date("991231"), expiry_date("121315") is None
    (datetime.date(2012, 4, 15), datetime.date(2099, 12, 31), True)
    """
    parts = _split(raw)
    if parts is None:
        return None
    yy, mm, dd = parts
    try:
        return dt.date(2000 + yy, mm, dd)
    except ValueError:
        return None

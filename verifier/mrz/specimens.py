"""Specimen MRZs from ICAO Doc 9303 and public specimen documents (fictional holders).

Used by ``verifier demo`` and the tests; every entry names its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Specimen:
    label: str
    source: str
    lines: tuple[str, ...]


SPECIMENS: Final[tuple[Specimen, ...]] = (
    Specimen(
        "Utopia passport (TD3)",
        "Doc 9303-4 Appendix B and 9303-3 §4.6",
        (
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ),
    ),
    Specimen(
        "Utopia identity card (TD1)",
        "Doc 9303-5 Appendix A",
        (
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        ),
    ),
    Specimen(
        "Utopia identity card (TD2)",
        "Doc 9303-6 Appendix A",
        (
            "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
            "D231458907UTO7408122F1204159<<<<<<<6",
        ),
    ),
    Specimen(
        "Utopia visa (MRV-A)",
        "Doc 9303-7 Appendix A",
        (
            "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L8988901C4XXX7408122F96121096ZE184226B<<<<<<",
        ),
    ),
    Specimen(
        "Utopia visa (MRV-B)",
        "Doc 9303-7 Appendix A",
        (
            "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
            "L8988901C4XXX7408122F9612109<<<<<<<<",
        ),
    ),
    Specimen(
        "German passport specimen (D<<)",
        "Specimen 'Erika Mustermann' published by the German Federal Ministry of the Interior",
        (
            "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
            "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4",
        ),
    ),
    Specimen(
        "French identity card, 1988-2021 (2 x 36)",
        "Specimen widely reproduced in public documentation of the legacy French card",
        (
            "IDFRADOUEL<<<<<<<<<<<<<<<<<<<<932013",
            "0506932020438CHRISTIANE<<NI2906209F3",
        ),
    ),
)

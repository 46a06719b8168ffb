"""Read the printed data (VIZ) at the template's zones and compare it with the MRZ.

Tesseract (its English data) reads one field per zone of the aligned visible image. The
comparison is made for what a forger changes and OCR rarely garbles: names (in every spelling
Doc 9303-3 §6 allows, and with diacritics the OCR may drop), the date of birth and the
document number. One character of difference in a long name is tolerated as an OCR slip.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np

from verifier.codes import transliterate, viz_matches_mrz
from verifier.forensics.measures import RGB, crop
from verifier.imaging.tesseract import ocr
from verifier.library import Template
from verifier.library.units import px_per_mm
from verifier.mrz import DocumentFormat, MrzResult
from verifier.text import say

# Month abbreviations printed on documents of the region and its neighbours, diacritics dropped:
# English, French, German, Italian, Spanish, Dutch, Serbian, Croatian, Bosnian, Montenegrin,
# Macedonian (transliterated) and Albanian. French JUIN and JUIL need four letters.
_MONTH_WORDS: Final = (
    ("JAN", "GEN", "ENE", "SIJ"),
    ("FEB", "FEV", "VEL", "SHK"),
    ("MAR", "MRT", "MRZ", "OZU"),
    ("APR", "AVR", "ABR", "TRA", "PRI"),
    ("MAY", "MAI", "MAG", "MEI", "MAJ", "SVI"),
    ("JUN", "JUIN", "GIU", "LIP", "QER"),
    ("JUL", "JUIL", "LUG", "SRP", "KOR"),
    ("AUG", "AOU", "AGO", "AVG", "KOL", "GUS"),
    ("SEP", "SET", "RUJ", "SHT"),
    ("OCT", "OKT", "OTT", "LIS", "TET"),
    ("NOV", "NOE", "STU", "NEN"),
    ("DEC", "DEZ", "DIC", "DEK", "PRO", "DHJ"),
)
MONTHS: Final = {word: index + 1 for index, words in enumerate(_MONTH_WORDS) for word in words}


def month_of(word: str) -> int | None:
    """The month a printed abbreviation names: ``month_of("DEZ") == 12``."""
    return MONTHS.get(word[:4]) or MONTHS.get(word[:3])


@dataclass(frozen=True, slots=True)
class VizComparison:
    compared: tuple[str, ...]  # fields read and compared
    differences: tuple[str, ...]  # plain words, one per field that differs
    unread: tuple[str, ...]  # fields whose zone gave no usable text


def read_field(image: RGB) -> str:
    """One line of printed text (Tesseract, single-line mode)."""
    if image.size == 0:
        return ""
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    gray = cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
    return ocr(np.asarray(gray, dtype=np.uint8), psm=7).strip().upper()


def strip_accents(text: str) -> str:
    """ÄÉÔ -> AEO: what an OCR without the language's data reads anyway."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def number_matches(printed: str, mrz_number: str) -> bool:
    """Whether a printed document number is the MRZ's: separators (000-5903358-01), leading
    zeros and O/0 as OCR reads them do not count."""
    digits = re.sub(r"[^A-Z0-9]", "", printed.upper()).replace("O", "0")
    wanted = mrz_number.replace("O", "0").replace("<", "")
    return bool(wanted) and wanted in digits and len(digits) - len(wanted) <= 4


def _fold(name: str) -> str:
    """Forms that survive an OCR that drops diacritics: MUELLER, MULLER -> MULLER."""
    return re.sub(r"XX", "", re.sub(r"(?<=[AOU])E", "", name.replace(" ", "<")))


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def name_matches(viz: str, mrz_name: str, truncated: bool) -> bool:
    words = [w for w in re.split(r"[^A-ZÀ-ÖØ-ÞĀ-ž'-]+", viz) if w]
    wanted = len(mrz_name.split())
    candidate = " ".join(words[:wanted])
    if not candidate:
        return False
    if viz_matches_mrz(candidate, mrz_name, truncated=truncated):
        return True
    try:
        folded_viz = _fold(transliterate(candidate))
    except ValueError:
        return False
    folded_mrz = _fold(mrz_name)
    slips = 1 if len(folded_mrz) >= 5 else 0
    # separators do not count: OCR merges a short last name into the word before it
    # ("KATIA E" read as "KATIAG")
    return _distance(folded_viz.replace("<", ""), folded_mrz.replace("<", "")) <= slips


_OPAQUE: Final = ("seal", "portrait", "mrz")  # zones whose print is darker than any field


def field_image(template: Template, visible: RGB, key: str) -> RGB:
    """The field's zone, with whatever other zones of the design overlap it (a seal, the
    portrait) painted out: OCR reads the highest-contrast marks, not the field."""
    zone = template.zones[key]
    image = crop(visible, zone, template.dpi).copy()
    k = px_per_mm(template.dpi)
    for name, other in template.zones.items():
        if not name.endswith(_OPAQUE):
            continue
        x0 = max(0, round((other.x - zone.x) * k))
        y0 = max(0, round((other.y - zone.y) * k))
        x1 = round((other.x + other.w - zone.x) * k)
        y1 = round((other.y + other.h - zone.y) * k)
        if x1 > x0 and y1 > y0:
            image[y0:y1, x0:x1] = 255
    return image


def compare(template: Template, visible: RGB, mrz: MrzResult) -> VizComparison:
    compared: list[str] = []
    differences: list[str] = []
    unread: list[str] = []
    zones = template.zones
    keys = [
        "viz_surname",
        "viz_given_names",
        "viz_birth_date",
        "viz_document_number",
        "viz_visa_number",
    ]
    present = [k for k in keys if k in zones]
    # one field after another: each takes Tesseract 10-20 ms in this process, and the whole
    # comparison already runs on the helper thread beside the rest of the inspection
    texts = {k: read_field(field_image(template, visible, k)) for k in present}

    def field(key: str) -> str | None:
        return texts.get(key)

    surname = field("viz_surname")
    if (
        surname is not None and template.format is not DocumentFormat.MRVA
    ):  # a visa prints "surname, given names"
        if not surname:
            unread.append(say("surname"))
        else:
            compared.append(say("surname"))
            if not name_matches(surname, mrz.surname, mrz.name_truncated):
                differences.append(
                    say(
                        "surname printed {printed!r}, MRZ {mrz!r}",
                        printed=surname.title(),
                        mrz=mrz.surname,
                    )
                )
    given = field("viz_given_names")
    if given is not None and mrz.given_names:
        if not given:
            unread.append(say("given names"))
        else:
            compared.append(say("given names"))
            if not name_matches(given, mrz.given_names, mrz.name_truncated):
                differences.append(
                    say(
                        "given names printed {printed!r}, MRZ {mrz!r}",
                        printed=given.title(),
                        mrz=mrz.given_names,
                    )
                )
    birth = field("viz_birth_date")
    if birth is not None and mrz.birth_date is not None:
        printed_dates = dates_in(birth)
        if not printed_dates:
            unread.append(say("date of birth"))
        else:
            compared.append(say("date of birth"))
            if mrz.birth_date not in printed_dates:
                differences.append(
                    say(
                        "date of birth printed {printed}, MRZ {mrz}",
                        printed=str(min(printed_dates)),
                        mrz=str(mrz.birth_date),
                    )
                )
    number_key = "viz_document_number" if "viz_document_number" in zones else "viz_visa_number"
    number = field(number_key)
    if number is not None and mrz.document_number:
        token = number.split()[0] if number.split() else ""
        if not token:
            unread.append(say("document number"))
        else:
            compared.append(say("document number"))
            if not number_matches(number, mrz.document_number):
                differences.append(
                    say(
                        "number printed {printed!r}, MRZ {mrz!r}",
                        printed=token,
                        mrz=mrz.document_number,
                    )
                )
    return VizComparison(tuple(compared), tuple(differences), tuple(unread))


_DATE_FORMS: Final = (
    re.compile(
        r"\b(\d{1,2})[ .\-/]*([A-Z]{3,9})[A-Z/ ]*?[ .\-/]*(\d{4}|\d{2})\b"
    ),  # 12 AUG/AOUT 74
    re.compile(r"\b(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4}|\d{2})\b"),  # 12.08.1974
    re.compile(r"\b(\d{4})[.\-/ ](\d{1,2})[.\-/ ](\d{1,2})\b"),  # 1974-08-12
)


def dates_in(text: str) -> set[dt.date]:
    """Every date printed in a text in the forms documents use; two-digit years as both
    centuries (the MRZ decides)."""
    found: set[dt.date] = set()
    upper = strip_accents(text.upper()).replace("0CT", "OCT")
    for pattern_index, pattern in enumerate(_DATE_FORMS):
        for match in pattern.finditer(upper):
            a, b, c = match.groups()
            if pattern_index == 2:
                year_texts, month_text, day_text = [a], b, c
            else:
                day_text, month_text = a, b
                year_texts = [c] if len(c) == 4 else ["19" + c, "20" + c]
            month = int(month_text) if month_text.isdigit() else month_of(month_text)
            if month is None:
                continue
            for year_text in year_texts:
                try:
                    found.add(dt.date(int(year_text), month, int(day_text)))
                except ValueError:
                    continue
    return found


def read_page(image: RGB, blank: list[tuple[int, int, int, int]]) -> str:
    """All printed text of a document (Tesseract, automatic page layout), with the boxes in
    ``blank`` (the MRZ, whose data would otherwise be "found" in itself) painted out."""
    if image.size == 0:
        return ""
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    for x, y, w, h in blank:
        gray[max(0, y) : max(0, y + h), max(0, x) : max(0, x + w)] = 255
    scale = 1800 / max(gray.shape)  # body text of a card or page at a size Tesseract reads
    if scale > 1.2 or scale < 0.8:
        method = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=method)
    return ocr(np.asarray(gray, dtype=np.uint8), psm=11, timeout=60).upper()


def search(text: str, mrz: MrzResult) -> VizComparison:
    """The MRZ's data looked for anywhere in the printed text of a document with no template.

    Without a template nothing says where a field is printed, so a field that is not found is
    "not found" (to compare by eye), never a difference: only agreement can be shown.
    """
    words = [w for w in re.split(r"[^A-ZÀ-ÖØ-ÞĀ-ž0-9'-]+", text) if w]
    found: list[str] = []
    missing: list[str] = []

    def name_found(name: str) -> bool:
        size = len(name.split())
        return any(
            name_matches(" ".join(words[i : i + size]), name, mrz.name_truncated)
            for i in range(len(words))
        )

    for label, value in ((say("surname"), mrz.surname), (say("given names"), mrz.given_names)):
        if value:
            (found if name_found(value) else missing).append(label)
    if mrz.document_number:
        present = any(number_matches(line, mrz.document_number) for line in text.splitlines())
        present = present or any(number_matches(w, mrz.document_number) for w in words)
        (found if present else missing).append(say("document number"))
    if mrz.birth_date is not None:
        (found if mrz.birth_date in dates_in(text) else missing).append(say("date of birth"))
    return VizComparison(tuple(found), (), tuple(missing))

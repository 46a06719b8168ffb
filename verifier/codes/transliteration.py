"""Transliteration of VIZ names into MRZ characters (Doc 9303-3 §6) and VIZ/MRZ comparison.

Doc 9303-3 §6 allows several spellings for some characters (``Ä`` -> ``AE`` or ``A``,
``Ü`` -> ``UE``, ``UXX`` or ``U``, ``Ñ`` -> ``N`` or ``NXX``) and gives language-specific
variants for Cyrillic (Serbian ``Ж`` -> ``Z``, Ukrainian ``Г`` -> ``H``...). An issuer picks one,
so a reader must accept all of them: :func:`viz_matches_mrz` does, without enumerating the
(exponential) set of spellings.

Arabic script (§6 C, Appendix B) is not covered yet: a name in Arabic script is reported as
"cannot compare" by :func:`viz_matches_mrz` returning ``None``.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Final

# §6 A — multinational Latin-based characters. Only characters whose spelling is not what
# Unicode decomposition gives (strip the accent) need an entry; others fall through to it.
_LATIN: Final[dict[str, tuple[str, ...]]] = {
    "Ä": ("AE", "A"),
    "Å": ("AA", "A"),
    "Æ": ("AE",),
    "Ð": ("D",),  # U+00D0 Eth and U+0110 D stroke look alike
    "Đ": ("D",),
    "Ñ": ("N", "NXX"),
    "Ö": ("OE", "O"),
    "Ø": ("OE",),
    "Ü": ("UE", "UXX", "U"),
    "Þ": ("TH",),
    "Ħ": ("H",),
    "İ": ("I",),
    "I": ("I",),
    "Ĳ": ("IJ",),
    "Ŀ": ("L",),
    "Ł": ("L",),
    "Ŋ": ("N",),
    "Œ": ("OE",),
    "Ŧ": ("T",),
    "ẞ": ("SS",),
}

# §6 B — Cyrillic, with the language-specific exceptions of the table as alternatives.
# Ь (soft sign) and Ћ (Serbian Tshe) are not in the table: issuers omit Ь, and write Ћ as
# its Latin form Ć, which §6 A transliterates as C.
_CYRILLIC: Final[dict[str, tuple[str, ...]]] = {
    "Ё": ("E", "IO"),
    "Ђ": ("D",),
    "Ћ": ("C",),  # Serbian Tshe: not in the table; its Latin form Ć gives C (§6 A)
    "Є": ("IE", "YE"),
    "Ѕ": ("DZ",),
    "І": ("I",),
    "Ї": ("I", "YI"),
    "Ј": ("J",),
    "Љ": ("LJ",),
    "Њ": ("NJ",),
    "Ќ": ("K", "KJ"),
    "Ў": ("U",),
    "Џ": ("DZ", "DJ"),
    "А": ("A",),
    "Б": ("B",),
    "В": ("V",),
    "Г": ("G", "H"),
    "Д": ("D",),
    "Е": ("E",),
    "Ж": ("ZH", "Z"),
    "З": ("Z",),
    "И": ("I", "Y"),
    "Й": ("I", "Y"),
    "К": ("K",),
    "Л": ("L",),
    "М": ("M",),
    "Н": ("N",),
    "О": ("O",),
    "П": ("P",),
    "Р": ("R",),
    "С": ("S",),
    "Т": ("T",),
    "У": ("U",),
    "Ф": ("F",),
    "Х": ("KH", "H"),
    "Ц": ("TS", "C"),
    "Ч": ("CH", "C"),
    "Ш": ("SH", "S"),
    "Щ": ("SHCH", "SHT"),
    "Ъ": ("IE",),
    "Ы": ("Y",),
    "Ь": ("",),
    "Э": ("E",),
    "Ю": ("IU", "YU"),
    "Я": ("IA", "YA"),
    "Ѫ": ("U",),
    "Ѵ": ("Y",),
    "Ґ": ("G",),
    "Ғ": ("G", "GJ"),
    "Һ": ("C",),
}

# Separators in a VIZ name: become a filler, or vanish (O'CONNOR -> OCONNOR, Doc 9303-4 §4.6).
_SEPARATORS: Final[dict[str, tuple[str, ...]]] = {
    " ": ("<",),
    "-": ("<",),
    "‐": ("<",),
    ",": ("<", ""),
    ".": ("", "<"),
    "'": ("",),
    "’": ("",),
    "`": ("",),
}


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"


@cache
def spellings_of(ch: str) -> tuple[str, ...] | None:
    """The MRZ spellings allowed for one VIZ character; ``None`` if it has no spelling.

    >>> spellings_of("ü"), spellings_of("Ж"), spellings_of("é"), spellings_of("-")
    (('UE', 'UXX', 'U'), ('ZH', 'Z'), ('E',), ('<',))
    >>> spellings_of("ß"), spellings_of("7"), spellings_of("€")
    (('SS',), None, None)
    """
    if ch in _SEPARATORS:
        return _SEPARATORS[ch]
    if ch == "ß":  # lower-case sharp s upper-cases to "SS"
        return ("SS",)
    up = ch.upper()
    if len(up) == 1 and "A" <= up <= "Z":
        return (up,)
    for table in (_LATIN, _CYRILLIC):
        if up in table:
            return table[up]
    base = "".join(c for c in unicodedata.normalize("NFKD", up) if not unicodedata.combining(c))
    if base and all("A" <= c <= "Z" for c in base):
        return (base,)
    return None


def transliterate(viz: str) -> str:
    """The recommended (first-listed) MRZ spelling of a VIZ name, fillers for spaces.

    >>> transliterate("Müller"), transliterate("Ivanović-Šarić"), transliterate("Щука")
    ('MUELLER', 'IVANOVIC<SARIC', 'SHCHUKA')
    >>> transliterate("O'Connor")
    'OCONNOR'
    """
    out: list[str] = []
    for ch in viz.strip():
        options = spellings_of(ch)
        if options is None:
            raise ValueError(f"no MRZ spelling for character {ch!r}")
        out.append(options[0])
    return "".join(out)


def viz_matches_mrz(viz: str, mrz: str, *, truncated: bool = False) -> bool | None:
    """Whether a VIZ name is one of the valid MRZ spellings of ``mrz``.

    ``mrz`` is the name as it stands in the MRZ field (fillers or spaces between words).
    With ``truncated`` the MRZ may stop before the VIZ does (a name field filled to its
    last position may have been truncated, Doc 9303-4 §4.6). Returns ``None`` when the VIZ
    holds characters that cannot be compared (Arabic script, symbols).

    >>> viz_matches_mrz("Müller", "MUELLER"), viz_matches_mrz("Müller", "MULLER")
    (True, True)
    >>> viz_matches_mrz("Müller", "MUXXLLER"), viz_matches_mrz("Müller", "MOLLER")
    (True, False)
    >>> viz_matches_mrz("Peña Núñez", "PENXXA<NUNEZ")
    True
    >>> viz_matches_mrz("Anna Maria", "ANNA", truncated=True)
    True
    """
    target = "<".join(mrz.upper().replace("<", " ").split())
    words = " ".join(viz.upper().split())  # collapse runs of spaces
    if any(_is_arabic(ch) for ch in words):
        return None
    options: list[tuple[str, ...]] = []
    for ch in words:
        opts = spellings_of(ch)
        if opts is None:
            return None
        options.append(opts)

    @cache
    def match(i: int, j: int) -> bool:
        if i == len(options):
            return j == len(target)
        if j == len(target) and truncated:
            return True
        # an option may be empty (an apostrophe, a soft sign): it consumes nothing
        return any(target.startswith(opt, j) and match(i + 1, j + len(opt)) for opt in options[i])

    result = match(0, 0)
    match.cache_clear()
    return result

"""The officer's language outside the desktop application: printed reports and exports.

The translations are the application's own (``ui/translations/verifier_<language>.ts``, one
source of truth for the screens and the paper), read here without Qt. A stored record stays
language-neutral — ids, values and the English message with its template — and only rendering
chooses the words:

>>> Words("en").say("Report #{n}", n=5)
'Report #5'
>>> Words("xx").language  # an unknown language falls back to English
'en'
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Final

from verifier.text import Text, from_record, translated

PACKAGE_ROOT: Final = Path(__file__).resolve().parents[1]  # verifier/, beside ui/ or holding it
LANGUAGES: Final = ("en", "sr", "sr_Cyrl", "sq", "mk", "bs")


def translations_dir() -> Path:
    for candidate in (PACKAGE_ROOT.parent / "ui", PACKAGE_ROOT / "ui"):
        if candidate.is_dir():
            return candidate / "translations"
    return PACKAGE_ROOT.parent / "ui" / "translations"


@cache
def _catalogue(language: str) -> Mapping[str, str]:
    """source -> translation of the core's texts (context ``texts``)."""
    path = translations_dir() / f"verifier_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    out: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "texts":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source and translation is not None and translation.text:
                out[source] = translation.text
    return out


class Words:
    """Texts in one language: ``say`` for a constant template (``make translations`` collects
    every ``.say("...")`` of the package), ``text`` for a Text or a stored message."""

    def __init__(
        self, language: str = "en", lookup: Callable[[str], str | None] | None = None
    ) -> None:
        """``lookup``: source -> translation, where another catalogue is in force (the desktop
        application's installed translation); the language's own file otherwise."""
        self.language = language if language in LANGUAGES else "en"
        table = _catalogue(self.language) if self.language != "en" else {}
        self._lookup = lookup or table.get

    def say(self, template: str, /, **args: object) -> str:
        return self.text(Text(template, **args))

    def text(self, value: object, record: Mapping[str, object] | None = None) -> str:
        """A text in this language (``verifier.text.translated``); a stored message is rebuilt
        from its ``record`` first."""
        if record is not None:
            value = from_record(record, str(value))
        return translated(value, self._lookup)

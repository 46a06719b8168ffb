"""The fonts of Verifier's PDFs (reports, course reports): DejaVu when installed (symbols,
Cyrillic, the diacritics of names), else the PDF base fonts."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

FONT_DIR: Final = Path("/usr/share/fonts/truetype/dejavu")


def pdf_fonts() -> tuple[str, str, str]:
    """Regular, bold and monospaced font names, registered with reportlab."""
    names = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono")
    try:
        for name in names:
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
    except Exception:
        return "Helvetica", "Helvetica-Bold", "Courier"
    return names

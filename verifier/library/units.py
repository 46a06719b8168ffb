"""The lights a document is examined in, and millimetres on the document to image pixels:
written once here rather than as tuples and ``dpi / 25.4`` wherever they are needed.

>>> px_per_mm(300)
11.811023622047244
>>> LIGHTS
('visible', 'uv', 'ir')
"""

from __future__ import annotations

from typing import Final, Literal

Light = Literal["visible", "uv", "ir"]
LIGHTS: Final[tuple[Light, ...]] = ("visible", "uv", "ir")  # the order screens and reports use
MM_PER_INCH: Final = 25.4


def px_per_mm(dpi: float) -> float:
    """Pixels per millimetre of a frame at ``dpi`` dots per inch."""
    return dpi / MM_PER_INCH

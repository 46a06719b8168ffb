"""What a genuine exemplar says about its own design, before an examiner marks it.

Drafting a template from a real document starts from the document itself: its MRZ gives the
format, the issuing state and the document code, and, through its fixed pitch of ten
characters per inch (Doc 9303-3 §4.3), the resolution of the capture; the MRZ's place is the
MRZ zone, and the largest face found on the page is the portrait zone. What cannot be found is
said, so the examiner knows what to mark by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from verifier.face.matcher import FaceMatcher
from verifier.imaging.loading import channel_mean, load_rgb
from verifier.imaging.mrz_reader import MrzReader
from verifier.library.drafting import draft_template
from verifier.library.template import Region, TemplateError
from verifier.mrz import DocumentFormat

_TYPES = {
    "P": "passport",
    "V": "visa",
    "I": "identity_card",
    "A": "identity_card",
    "C": "identity_card",
}
PORTRAIT_MARGIN = (0.45, 0.7)  # a face box widened to the printed portrait: sides, top/bottom


@dataclass(frozen=True, slots=True)
class ExemplarFacts:
    dpi: int | None  # measured on the MRZ; None without one
    format: str | None
    issuing_state: str | None
    document_code: str | None
    document_type: str
    zones: dict[str, Region] = field(default_factory=dict)  # millimetres, from the top-left
    missing: tuple[str, ...] = ()  # what could not be found, in plain words


def study_exemplar(visible: Path, reader: MrzReader, matcher: FaceMatcher) -> ExemplarFacts:
    """Read the exemplar's MRZ and find its portrait; raise ImageError for a bad file."""
    rgb = load_rgb(visible)
    gray = channel_mean(rgb)
    read = reader.read(gray)
    missing: list[str] = []
    if read is None or read.pitch_px <= 0:
        return ExemplarFacts(
            None, None, None, None, "other", {}, ("the MRZ (format, state, resolution)",)
        )
    result = read.result
    dpi = read.dpi
    k = 25.4 / dpi  # millimetres per pixel
    x, y, w, h = read.bbox
    size_mm = (rgb.shape[1] * k, rgb.shape[0] * k)
    zones = {"mrz": _region((x * k, y * k, w * k, h * k), size_mm)}
    faces = matcher.faces(rgb)
    if faces:
        fx, fy, fw, fh = faces[0].box  # the largest: the portrait, not the ghost image
        mx, my = PORTRAIT_MARGIN
        box = ((fx - mx * fw) * k, (fy - my * fh) * k, fw * (1 + 2 * mx) * k, fh * (1 + 2 * my) * k)
        zones["portrait"] = _region(box, size_mm)
    else:
        missing.append("the portrait (no face found)")
    if not result.valid:
        missing.append("a valid MRZ (check the format and state by hand)")
    code = result.document_code
    return ExemplarFacts(
        dpi=dpi,
        format=result.format.value if isinstance(result.format, DocumentFormat) else None,
        issuing_state=result.issuing_state or None,
        document_code=code or None,
        document_type=_TYPES.get(code[:1], "other") if code else "other",
        zones=zones,
        missing=tuple(missing),
    )


def _region(box: tuple[float, float, float, float], size: tuple[float, float]) -> Region:
    """A rectangle (x, y, w, h in mm) clipped to the image, rounded to 0.1 mm."""
    x, y, w, h = box
    width, height = size
    x0, y0 = max(0.0, x), max(0.0, y)
    x1, y1 = min(width, x + w), min(height, y + h)
    return Region(round(x0, 1), round(y0, 1), round(x1 - x0 - 0.05, 1), round(y1 - y0 - 0.05, 1))


def draft_from_exemplar(
    out_dir: Path,
    template_id: str,
    images: dict[str, Path],
    reader: MrzReader,
    matcher: FaceMatcher,
    *,
    dpi: int | None = None,
    issuing_state: str | None = None,
) -> tuple[Path, ExemplarFacts]:
    """A draft template whose format, state, code, resolution, MRZ and portrait zones come
    from the exemplar itself; ``dpi`` and ``issuing_state`` override what was measured."""
    facts = study_exemplar(images["visible"], reader, matcher)
    resolution = dpi or facts.dpi
    if resolution is None:
        raise TemplateError(
            images["visible"], "dpi", "no MRZ to measure the resolution on: give it (--dpi)"
        )
    if not 100 <= resolution <= 1200:
        raise TemplateError(
            images["visible"],
            "dpi",
            f"the exemplar is captured at about {resolution} dpi; capture it at 300 dpi or more",
        )
    zones = facts.zones
    if dpi and facts.dpi and dpi != facts.dpi:  # zones were measured at the MRZ's resolution
        k = facts.dpi / dpi
        zones = {n: Region(z.x * k, z.y * k, z.w * k, z.h * k) for n, z in zones.items()}
    folder = draft_template(
        out_dir,
        template_id,
        images,
        dpi=resolution,
        issuing_state=issuing_state or facts.issuing_state or "XXX",
        document_type=facts.document_type,
        format=facts.format,
        document_code=facts.document_code or "",
        zones=zones,
    )
    return folder, facts

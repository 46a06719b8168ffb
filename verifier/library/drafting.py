"""Draft a template from a genuine exemplar (`verifier library new-template`), tell what it
still lacks, and finish it.

The draft holds the exemplar's images and what can be found without an examiner: the
resolution, format, issuing state and document code read from its MRZ, the MRZ and portrait
zones (``verifier.inspection.exemplar``), the physical size, and the generic full-page checks.
The examiner then marks the document's own features and sets what only an authority knows
(name, series, validity) in the template editor; a template is complete, and can be published
into the library, only when nothing is missing (:func:`missing_for_publication`).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import stat
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from PIL import Image, UnidentifiedImageError

from verifier.codes import is_known
from verifier.library.template import (
    SCHEMA,
    Region,
    Template,
    TemplateError,
    load_template,
)

MAX_PIXELS = 60_000_000  # a 600 dpi A4 page is ~35 million; captures have the same limit
MAX_IMAGE_BYTES = 256 * 1024**2


def reference_image_size(path: Path, light: str) -> tuple[int, int]:
    """The size of an exemplar or reference image, after checking that it is a regular file
    within the limits and decodes whole (not a pipe, a bomb or a truncated file)."""
    try:
        info = path.stat()
    except OSError as exc:
        raise TemplateError(path, light, f"cannot be read ({exc.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise TemplateError(path, light, "is not a file (a device, a pipe or a folder)")
    if info.st_size > MAX_IMAGE_BYTES:
        raise TemplateError(path, light, "the file is too large")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise TemplateError(path, light, "the image is too large (over 60 megapixels)")
                image.load()  # a truncated file fails here, not at the first inspection
                return image.size
    except TemplateError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as exc:  # fmt: skip
        raise TemplateError(path, light, f"not a readable image ({exc})") from None


def draft_template(
    out_dir: Path,
    template_id: str,
    images: dict[str, Path],
    *,
    dpi: int = 300,
    issuing_state: str = "XXX",
    document_type: str = "other",
    format: str | None = None,
    document_code: str = "",
    zones: Mapping[str, Region] | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write ``out_dir/template_id/`` and return it; raise TemplateError on bad input."""
    if not re.fullmatch(r"[A-Z0-9][A-Z0-9-]{1,63}", template_id):
        raise TemplateError(
            template_id, "id", "must be 2-64 upper-case letters, digits and hyphens"
        )
    if "visible" not in images:
        raise TemplateError(template_id, "visible", "an image in visible light is required")
    sizes = {light: reference_image_size(path, light) for light, path in images.items()}
    width, height = sizes["visible"]
    if any(size != (width, height) for size in sizes.values()):
        raise TemplateError(
            images["visible"].parent,
            "images",
            "the lights differ in size; capture them on one reader",
        )
    folder = out_dir / template_id
    if folder.exists():
        raise TemplateError(folder, "id", "a template with this id exists already")
    folder.mkdir(parents=True)
    names = {}
    for light, path in images.items():
        names[light] = f"{light}{path.suffix.lower() or '.png'}"
        shutil.copyfile(path, folder / names[light])
    w_mm, h_mm = round(width / dpi * 25.4, 1), round(height / dpi * 25.4, 1)
    features: list[dict[str, Any]] = []
    if "uv" in images:
        features.append({
            "id": "uv-dull-paper", "light": "uv", "routine": "(UV,BR,FU)", "check": "uv.dull_paper",
            "method": "brightness_max", "region": {"x": 0, "y": 0, "w": w_mm, "h": h_mm},
            "params": {"max_mean": 70},
            "description": "Under UV the page stays dark (no optical brighteners).",
        })  # fmt: skip
    data = {
        "schema": SCHEMA,
        "id": template_id,
        "draft": True,
        "name": f"{template_id} (draft)",
        "issuing_state": issuing_state,
        "document_type": document_type,
        "document_code": document_code,
        "format": format,
        "series": "",
        "model": [issuing_state, "X", 1, (today or dt.date.today()).year],
        "valid_from": (today or dt.date.today()).isoformat(),
        "valid_to": None,
        "size_mm": {"width": w_mm, "height": h_mm},
        "dpi": dpi,
        "images": names,
        "zones": {
            key: {"x": r.x, "y": r.y, "w": r.w, "h": r.h} for key, r in (zones or {}).items()
        },
        "features": features,
        "notes": ["Draft from one genuine exemplar: mark the zones and features before use."],
    }
    (folder / "template.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    load_template(folder)  # the draft must itself be valid
    return folder


def missing_for_publication(template: Template) -> list[str]:
    """What a template lacks before it can serve officers, in plain words; empty when none.

    A draft may be saved with gaps; the library takes only complete templates, so that no
    design is identified with a placeholder state or format, or checked with no feature.
    """
    missing = []
    if not is_known(template.issuing_state) or template.issuing_state.startswith("XX"):
        missing.append(
            f"the issuing state ({template.issuing_state or 'none'} is not a known code)"
        )
    if template.format is None:
        missing.append("the MRZ format")
    if not template.document_code:
        missing.append("the document code (e.g. P, ID, V)")
    if not template.series:
        missing.append("the series")
    if template.name.endswith("(draft)") or template.name == template.id:
        missing.append("a name for officers")
    if "mrz" not in template.zones:
        missing.append("the MRZ zone")
    if not any(key.endswith("portrait") for key in template.zones):
        missing.append("the portrait zone")
    if not template.features:
        missing.append("at least one security feature")
    return missing

"""One document template: a folder with template.yaml, reference images and officer notes.

The schema is documented in docs/library.md. Loading validates everything and reports the
first problem as a :class:`TemplateError` naming the file, the field and the reason, so that an
authority adding its own document can fix it without reading code.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml
from PIL import Image

from verifier.library.params import FeatureParams, ParamsError, parse_params
from verifier.library.units import LIGHTS
from verifier.mrz import DocumentFormat

SCHEMA: Final = "verifier-template/1"
# libyaml's safe loader when PyYAML was built with it (the wheels are): 5-8x faster, which a
# library of a thousand templates feels at every start; the pure-Python one otherwise
_SAFE_LOADER: Final = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_TEMPLATE_BYTES: Final = 256 * 1024
FORMATS: Final = tuple(f.value for f in DocumentFormat)
DOCUMENT_TYPES: Final = ("passport", "identity_card", "residence_permit", "visa", "other")
# Stable check ids (docs/architecture.md) that template features may feed.
CHECK_IDS: Final = frozenset(
    {"uv.dull_paper", "uv.features", "ir.mrz_b900", "ir.features", "visible.features"}
)
# Doc 9303-2 Appendix C basic check routines: (light, property, feature)
ROUTINE: Final = re.compile(
    r"\((VI|UV|IR),(AB|BR|FR|LU|TL|TR),(FI|FU|IS|MR|OM|OP|CA|BC|PD|PS|PH|SP|TH|WM|VZ|ID)\)"
)
METHODS: Final = frozenset(
    {
        "brightness_max",  # mean luminance of a region must stay below a threshold (dull paper)
        "brightness_min",  # ... above a threshold (a luminescent emblem)
        "contrast_min",  # dark print on light paper, e.g. the MRZ in IR
        "contrast_max",  # print that must vanish, e.g. labels in IR
        "patch_similarity",  # region compared with the reference image (ONNX model)
        "fibres",  # luminescent fibres: count and colours
    }
)
_LIGHT_OF_ROUTINE: Final = {"VI": "visible", "UV": "uv", "IR": "ir"}
# Doc 9303-2 Appendix C, Table C-1: the feature part of a check routine, in words
_ROUTINE_FEATURES: Final = {
    "FI": "Fibres", "FU": "Full data page", "IS": "Static printed feature", "MR": "MRZ",
    "OM": "Overprinted MRZ", "CA": "CAN", "BC": "Bar code", "PD": "Personalised perforation",
    "PS": "Perforation of the substrate", "PH": "Photo", "SP": "Secondary photo",
    "OP": "Overprinted photo", "TH": "Security thread", "VZ": "Visual inspection zone",
    "WM": "Watermark", "ID": "Personalised dynamic feature",
}  # fmt: skip
_ROUTINE_LIGHTS: Final = {"VI": "visible light", "UV": "UV", "IR": "IR"}


def routine_name(routine: str) -> str:
    """A feature's name in words from its Doc 9303-2 App. C routine.

    >>> routine_name("(UV,LU,FI)")
    'Fibres in UV'
    """
    match = ROUTINE.fullmatch(routine.replace(" ", ""))
    if match is None:
        return routine
    return f"{_ROUTINE_FEATURES[match.group(3)]} in {_ROUTINE_LIGHTS[match.group(1)]}"


class TemplateError(ValueError):
    """A template is invalid: where and why."""

    def __init__(self, file: Path | str, field: str, reason: str) -> None:
        self.file, self.field, self.reason = str(file), field, reason
        super().__init__(f"{file}: {field}: {reason}")


@dataclass(frozen=True, slots=True)
class Region:
    """A rectangle in millimetres from the top-left corner of the captured image."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class Feature:
    id: str
    light: str
    routine: str
    check: str
    method: str
    region: Region
    params: FeatureParams  # the method's typed parameters (verifier/library/params.py)
    description: str
    name: str = ""  # what the officer reads, e.g. "Fibres in UV" (from the routine if unset)


@dataclass(frozen=True, slots=True)
class Template:
    folder: Path
    id: str
    name: str
    issuing_state: str
    document_type: str
    document_code: str
    format: DocumentFormat | None  # None only on a draft
    series: str
    model: tuple[str, str, int, int]  # (C, T, N, Y) document model of BSI TR-03135
    valid_from: dt.date
    valid_to: dt.date | None
    number_pattern: re.Pattern[str]
    width_mm: float
    height_mm: float
    dpi: int
    images: Mapping[str, Path]
    zones: Mapping[str, Region]
    features: tuple[Feature, ...]
    notes: tuple[str, ...]
    draft: bool

    def issued_on(self, day: dt.date) -> bool:
        """Whether this design was being issued on ``day``."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


class _Reader:
    """Typed access to the YAML mapping with precise errors."""

    def __init__(self, file: Path, data: Mapping[str, Any], prefix: str = "") -> None:
        self.file, self.data, self.prefix = file, data, prefix

    def error(self, key: str, reason: str) -> TemplateError:
        return TemplateError(self.file, f"{self.prefix}{key}", reason)

    def get(self, key: str, kind: type | tuple[type, ...], *, optional: bool = False) -> Any:
        if key not in self.data or self.data[key] is None:
            if optional:
                return None
            raise self.error(key, "is required")
        value = self.data[key]
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            raise self.error(key, f"must be {_kind_name(kind)}, not a boolean")
        if not isinstance(value, kind):
            raise self.error(key, f"must be {_kind_name(kind)}, not {type(value).__name__}")
        return value

    def text(self, key: str, *, optional: bool = False, choices: tuple[str, ...] = ()) -> str:
        value = self.get(key, (str, int, float), optional=optional)
        if value is None:
            return ""
        value = str(value)
        if choices and value not in choices:
            raise self.error(key, f"must be one of {', '.join(choices)}, not {value!r}")
        return value

    def number(self, key: str, *, positive: bool = True) -> float:
        value = float(self.get(key, (int, float)))
        if positive and value <= 0:
            raise self.error(key, "must be positive")
        return value

    def date(self, key: str, *, optional: bool = False) -> dt.date | None:
        value = self.get(key, (dt.date, str), optional=optional)
        if value is None or isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.error(key, f"must be a date (YYYY-MM-DD), not {value!r}") from None

    def sub(self, key: str) -> _Reader:
        return _Reader(self.file, self.get(key, dict), f"{self.prefix}{key}.")


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {
        str: "text",
        int: "a number",
        float: "a number",
        dict: "a mapping",
        list: "a list",
        dt.date: "a date",
        bool: "true or false",
    }
    return " or ".join(dict.fromkeys(names.get(k, k.__name__) for k in kinds))


def _region(reader: _Reader, key: str, width: float, height: float) -> Region:
    r = reader.sub(key)
    region = Region(
        r.number("x", positive=False), r.number("y", positive=False), r.number("w"), r.number("h")
    )
    if (
        region.x < 0
        or region.y < 0
        or region.x + region.w > width + 0.01
        or region.y + region.h > height + 0.01
    ):
        raise reader.error(key, f"lies outside the document ({width} x {height} mm)")
    return region


def load_template(folder: Path) -> Template:
    """Load and validate ``folder/template.yaml``; raise :class:`TemplateError` if invalid."""
    file = folder / "template.yaml"
    if not file.is_file():
        raise TemplateError(file, "(file)", "template.yaml is missing")
    if file.stat().st_size > MAX_TEMPLATE_BYTES:
        raise TemplateError(file, "(file)", f"larger than {MAX_TEMPLATE_BYTES // 1024} KiB")
    try:
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise TemplateError(file, "(file)", f"not valid YAML: {exc}".splitlines()[0]) from None
    except RecursionError:  # thousands of nested brackets: no template is built like that
        raise TemplateError(file, "(file)", "nested too deeply to be a template") from None
    if not isinstance(data, dict):
        raise TemplateError(file, "(file)", "must be a mapping of fields")
    r = _Reader(file, data)
    schema = r.text("schema")
    if schema != SCHEMA:
        raise r.error("schema", f"must be {SCHEMA!r}, not {schema!r}")
    template_id = r.text("id")
    if not re.fullmatch(r"[A-Z0-9][A-Z0-9-]{1,63}", template_id):
        raise r.error("id", "must be 2-64 upper-case letters, digits and hyphens")
    if template_id != folder.name:
        raise r.error("id", f"must equal the folder name {folder.name!r}")
    draft = bool(r.get("draft", bool, optional=True))
    size = r.sub("size_mm")
    width, height = size.number("width"), size.number("height")
    dpi = int(r.number("dpi"))
    if not 100 <= dpi <= 1200:
        raise r.error("dpi", "must be between 100 and 1200")
    images = _images(r, folder)
    zones = {
        key: _region(r.sub("zones"), key, width, height)
        for key in (r.get("zones", dict, optional=True) or {})
    }
    pattern_text = r.text("number_pattern", optional=True) or ".*"
    try:
        pattern = re.compile(pattern_text)
    except re.error as exc:
        raise r.error("number_pattern", f"not a regular expression: {exc}") from None
    model = _model(r)
    features = tuple(_features(r, width, height, images, draft))
    valid_from = r.date("valid_from")
    valid_to = r.date("valid_to", optional=True)
    assert valid_from is not None
    if valid_to is not None and valid_to < valid_from:
        raise r.error("valid_to", "is before valid_from")
    notes = r.get("notes", list, optional=True) or []
    if not all(isinstance(n, str) for n in notes):
        raise r.error("notes", "must be a list of text")
    return Template(
        folder=folder,
        id=template_id,
        name=r.text("name"),
        issuing_state=r.text("issuing_state"),
        document_type=r.text("document_type", choices=DOCUMENT_TYPES),
        document_code=r.text("document_code"),
        format=_format(r, draft),
        series=r.text("series", optional=True),
        model=model,
        valid_from=valid_from,
        valid_to=valid_to,
        number_pattern=pattern,
        width_mm=width,
        height_mm=height,
        dpi=dpi,
        images=images,
        zones=zones,
        features=features,
        notes=tuple(notes),
        draft=draft,
    )


def _format(r: _Reader, draft: bool) -> DocumentFormat | None:
    """The MRZ's format (Doc 9303-3); a draft may leave it unset."""
    text = r.text("format", choices=FORMATS, optional=draft)
    return DocumentFormat(text) if text else None


def _images(r: _Reader, folder: Path) -> dict[str, Path]:
    images: dict[str, Path] = {}
    image_map = r.sub("images")
    for light in LIGHTS:
        name = image_map.text(light, optional=True)
        if not name:
            continue
        path = (folder / name).resolve()
        if path.parent != folder.resolve() or not path.is_file():
            raise image_map.error(light, f"{name!r} is not a file in the template folder")
        pixels = _pixels(path)
        if pixels is None:
            raise image_map.error(light, f"{name!r} is not a readable image")
        if pixels > 60_000_000:
            raise image_map.error(light, f"{name!r} is too large (over 60 megapixels)")
        images[light] = path
    if "visible" not in images:
        raise r.error("images.visible", "a reference image in visible light is required")
    return images


def _pixels(path: Path) -> int | None:
    """A reference image's pixel count from its header (nothing decoded); None if unreadable."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                return int(image.width * image.height)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None


def _model(r: _Reader) -> tuple[str, str, int, int]:
    values = r.get("model", list)
    if len(values) != 4 or not all(isinstance(v, (str, int)) for v in values):
        raise r.error("model", "must be [country, type, number, year] (BSI TR-03135)")
    try:
        return (str(values[0]), str(values[1]), int(values[2]), int(values[3]))
    except ValueError:
        raise r.error("model", "number and year must be whole numbers") from None


def _features(
    r: _Reader, width: float, height: float, images: Mapping[str, Path], draft: bool
) -> list[Feature]:
    raw = r.get("features", list, optional=draft) or []
    out: list[Feature] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            raise r.error(f"features[{i}]", "must be a mapping")
        f = _Reader(r.file, item, f"features[{i}].")
        feature_id = f.text("id")
        if feature_id in seen:
            raise f.error("id", f"{feature_id!r} is used twice")
        seen.add(feature_id)
        light = f.text("light", choices=LIGHTS)
        routine = f.text("routine")
        match = ROUTINE.fullmatch(routine.replace(" ", ""))
        if not match:
            raise f.error(
                "routine", f"{routine!r} is not a Doc 9303-2 Appendix C routine, e.g. (UV,BR,FU)"
            )
        routine_light = _LIGHT_OF_ROUTINE[match.group(1)]
        if routine_light != light:
            raise f.error("routine", f"{routine} is for {routine_light} light, not {light}")
        check = f.text("check")
        if check not in CHECK_IDS:
            raise f.error("check", f"must be one of {', '.join(sorted(CHECK_IDS))}, not {check!r}")
        if not check.startswith(light + "."):
            raise f.error("check", f"a {light} feature cannot feed {check}")
        method = f.text("method")
        if method not in METHODS:
            raise f.error("method", f"must be one of {', '.join(sorted(METHODS))}, not {method!r}")
        if light not in images:
            raise f.error("light", f"the template has no {light} reference image")
        try:
            params = parse_params(method, f.get("params", dict, optional=True) or {})
        except ParamsError as error:
            raise f.error(f"params.{error.key}" if error.key else "params", error.reason) from None
        out.append(
            Feature(
                id=feature_id,
                light=light,
                routine=routine.replace(" ", ""),
                check=check,
                method=method,
                region=_region(f, "region", width, height),
                params=params,
                description=f.text("description"),
                name=f.text("name", optional=True) or routine_name(routine),
            )
        )
    return out

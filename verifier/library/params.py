"""Each feature method's parameters as a typed class, validated when a template is loaded.

A template feature names a ``method`` and gives it ``params`` (docs/library.md). Each method has
its own parameter class here; ``msgspec`` converts the YAML mapping into it, refusing unknown
keys (a misspelt ``min_contrats`` would otherwise fall back to the default without a word),
wrong types and values out of range. The defaults are the ones the methods had before they
were typed, so existing templates measure exactly as they did.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated, Any, Final

import msgspec

_Share = Annotated[float, msgspec.Meta(ge=0.0, le=1.0)]  # a contrast or a probability
_Level = Annotated[float, msgspec.Meta(ge=0.0, le=255.0)]  # an 8-bit luminance
_Colour = Annotated[str, msgspec.Meta(pattern=r"^#[0-9a-fA-F]{6}$")]


class _Params(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    pass


class BrightnessMax(_Params, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Dull paper: the region's mean luminance must stay at or below ``max_mean``."""

    max_mean: _Level = 70.0


class BrightnessMin(_Params, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A luminescent emblem: the region's brightest print (95th percentile) reaches ``min_mean``."""

    min_mean: _Level = 80.0


class ContrastMin(_Params, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Dark print on light paper (the MRZ in IR); ``lines`` > 1 checks every line on its own."""

    min_contrast: _Share = 0.3
    lines: Annotated[int, msgspec.Meta(ge=1, le=10)] = 1


class ContrastMax(_Params, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Print that must vanish under this light (labels in IR)."""

    max_contrast: _Share = 0.15


class Fibres(_Params, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Luminescent fibres: at least ``min_count`` in the design's ``colours`` (any when empty)."""

    min_count: Annotated[int, msgspec.Meta(ge=0)] = 10
    colours: tuple[_Colour, ...] = ()


class PatchSimilarity(_Params, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """The region tile by tile against the reference (ONNX comparator): every tile's probability
    of being as on the reference reaches ``min_score``; with ``min_mean`` the brightest print
    must reach it too (a glowing emblem)."""

    min_score: _Share = 0.5
    min_mean: _Level | None = None


FeatureParams = BrightnessMax | BrightnessMin | ContrastMin | ContrastMax | Fibres | PatchSimilarity

PARAMS: Final[Mapping[str, type[FeatureParams]]] = {
    "brightness_max": BrightnessMax,
    "brightness_min": BrightnessMin,
    "contrast_min": ContrastMin,
    "contrast_max": ContrastMax,
    "fibres": Fibres,
    "patch_similarity": PatchSimilarity,
}


class ParamsError(ValueError):
    """``params`` do not fit the method: ``key`` (may be empty) and the reason in words."""

    def __init__(self, key: str, reason: str) -> None:
        self.key, self.reason = key, reason
        super().__init__(f"{key}: {reason}" if key else reason)


def parse_params(method: str, raw: Mapping[str, Any]) -> FeatureParams:
    """The method's typed parameters from a template's mapping; raise ParamsError."""
    kind = PARAMS[method]
    try:
        return msgspec.convert(dict(raw), kind, strict=False)
    except msgspec.ValidationError as error:
        raise _in_words(str(error), kind) from None


def as_mapping(params: FeatureParams) -> dict[str, Any]:
    """The parameters as a template writes them (defaults and unset values left out)."""
    out: dict[str, Any] = {}
    for name in params.__struct_fields__:
        value = getattr(params, name)
        if value is not None:
            out[name] = list(value) if isinstance(value, tuple) else value
    return out


_KINDS: Final = {
    "str": "text",
    "int": "a whole number",
    "bool": "true or false",
    "float": "a fraction",
    "array": "a list",
    "object": "a mapping",
    "null": "empty",
}


def _in_words(message: str, kind: type[FeatureParams]) -> ParamsError:
    """msgspec's "Expected `float` <= 1.0 - at `$.min_score`" as a key and plain words."""
    text, _, where = message.partition(" - at `$")
    key = where.strip("`").lstrip(".").split("[")[0]
    if text.startswith("Object contains unknown field"):
        unknown = text.split("`")[1]
        allowed = ", ".join(kind.__struct_fields__)
        return ParamsError(unknown, f"is not a parameter of this method (it takes {allowed})")
    if text.startswith(("Expected `float`", "Expected `int`")):
        whole = "a whole number" if text.startswith("Expected `int`") else "a number"
        rest = text.split("`", 2)[2]
        if rest.startswith(", got `"):
            got = _KINDS.get(rest.split("`")[1], rest.split("`")[1])
            return ParamsError(key, f"must be {whole}, not {got}")
        return ParamsError(key, f"must be {whole} {rest.strip()}")
    if text.startswith("Expected `str` matching"):
        return ParamsError(key, "must be colours written #rrggbb")
    found = re.fullmatch(r"Expected `(\w+)`, got `(\w+)`", text)
    if found:
        wanted, got = (_KINDS.get(k, k) for k in found.groups())
        return ParamsError(key, f"must be {wanted}, not {got}")
    return ParamsError(key, text)

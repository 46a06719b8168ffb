"""One serialiser for the core's records: a dataclass becomes the JSON-ready dict that its
contract names (``docs/cli.md``'s JSON, the signed report body, the hub's answers).

A record class derives from ``Serial`` and declares, where its data differs from its fields:

- per field, with ``field(metadata=key(...))``: another name in the data, rounding, leaving
  out a None, or leaving the field out altogether (images, keys in memory);
- ``data_properties``: properties added after the fields, as ``"name"`` or
  ``("data name", "property")``.

Values go through one rule: a ``Serial`` as its own dict, enums as their value, dates as ISO
8601, tuples as lists, mappings and sequences item by item (msgspec's ``to_builtins`` for the
rest); ``key(raw=True)`` copies free-form evidence as it is. A class whose data needs more
than this overrides ``as_dict`` and starts from ``as_data(self)``.

>>> from dataclasses import dataclass, field
>>> @dataclass(frozen=True, slots=True)
... class Reading(Serial):
...     data_properties = ("doubled",)
...     value: float = field(metadata=key(digits=2))
...     from_: str = field(default="", metadata=key(name="from"))
...     note: str | None = field(default=None, metadata=key(omit_none=True))
...     @property
...     def doubled(self) -> float:
...         return self.value * 2
>>> Reading(1.23456, "ocr").as_dict()
{'value': 1.23, 'from': 'ocr', 'doubled': 2.46912}
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any, ClassVar, Final

import msgspec

_SERIAL: Final = "verifier.serial"


@dataclasses.dataclass(frozen=True, slots=True)
class _Key:
    name: str | None = None  # the key in the data, when it is not the field's name
    digits: int | None = None  # round a number (each number of a sequence or mapping)
    omit_none: bool = False  # leave the key out when the value is None
    skip: bool = False  # not part of the data
    raw: bool = False  # a mapping or sequence copied as it is (free-form evidence)


_PLAIN: Final = _Key()


def key(
    *,
    name: str | None = None,
    digits: int | None = None,
    omit_none: bool = False,
    skip: bool = False,
    raw: bool = False,
) -> dict[str, _Key]:
    """How a field is serialised, as the metadata of its ``dataclasses.field``."""
    return {_SERIAL: _Key(name, digits, omit_none, skip, raw)}


class Serial:
    """A record with ``as_dict``; see the module's documentation."""

    __slots__ = ()
    data_properties: ClassVar[tuple[str | tuple[str, str], ...]] = ()

    def as_dict(self) -> dict[str, Any]:
        return as_data(self)


def as_data(record: object) -> dict[str, Any]:
    """The record's data: its fields as ``key`` declares them, then its ``data_properties``."""
    out: dict[str, Any] = {}
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        spec: _Key = field.metadata.get(_SERIAL, _PLAIN)
        if spec.skip:
            continue
        value = getattr(record, field.name)
        if value is None and spec.omit_none:
            continue
        if spec.raw:
            out[spec.name or field.name] = (
                dict(value)
                if isinstance(value, Mapping)
                else [dict(v) if isinstance(v, Mapping) else v for v in value]
            )
        else:
            out[spec.name or field.name] = value_of(value, spec.digits)
    for entry in getattr(record, "data_properties", ()):
        name, attribute = (entry, entry) if isinstance(entry, str) else entry
        out[name] = value_of(getattr(record, attribute))
    return out


def value_of(value: object, digits: int | None = None) -> Any:
    """One value as data (``digits``: round the numbers in it). Text stays the object it is
    (a message keeps its template, to be shown in another language later)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if digits is None else round(value, digits)
    if isinstance(value, Serial):
        return value.as_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: value_of(v, digits) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [value_of(v, digits) for v in value]
    return msgspec.to_builtins(value)  # raises for what has no plain form

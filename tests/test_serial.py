"""The one serialiser: what each declaration does, and the contracts built on it."""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from verifier.inspection.result import CheckResult, CheckStatus
from verifier.mrz import parse
from verifier.serial import Serial, as_data, key
from verifier.text import say


class Light(enum.Enum):
    UV = "uv"


@dataclass(frozen=True, slots=True)
class Inner(Serial):
    light: Light
    day: dt.date


@dataclass(frozen=True, slots=True)
class Outer(Serial):
    data_properties = (("count", "size"),)
    inner: tuple[Inner, ...]
    scores: dict[str, float] = field(metadata=key(digits=1))
    note: str | None = field(default=None, metadata=key(omit_none=True))
    image: Any = field(default=None, metadata=key(skip=True))
    evidence: dict[str, Any] = field(default_factory=dict, metadata=key(raw=True))

    @property
    def size(self) -> int:
        return len(self.inner)


def test_each_declaration() -> None:
    evidence = {"box": (1, 2, 3, 4)}
    record = Outer((Inner(Light.UV, dt.date(2026, 12, 1)),), {"a": 0.26}, None, object(), evidence)
    data = record.as_dict()
    assert data == {
        "inner": [{"light": "uv", "day": "2026-12-01"}],
        "scores": {"a": 0.3},
        "evidence": {"box": (1, 2, 3, 4)},  # as it is, not converted
        "count": 1,
    }
    assert data["evidence"] is not evidence  # a copy: the record stays as it was
    assert Outer((), {}, "seen").as_dict()["note"] == "seen"


def test_a_value_without_a_plain_form_is_refused() -> None:
    @dataclass(frozen=True, slots=True)
    class Odd(Serial):
        thing: object

    with pytest.raises(TypeError):
        as_data(Odd(object()))


def test_messages_keep_their_template_for_another_language() -> None:
    message = say("Ghost image {n} mm away.", n=3)
    data = CheckResult("uv.ghost", CheckStatus.WARN, message, 0.123456).as_dict()
    assert data["message"] is message and data["score"] == 0.1235
    assert data["text"]["args"] == {"n": 3}


def test_the_mrz_contract_keeps_its_keys() -> None:
    result = parse(
        (
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ),
        today=dt.date(2010, 1, 1),
    )
    data = result.as_dict()
    assert list(data) == [
        "format", "lines", "document_code", "issuing_state", "surname", "given_names",
        "document_number", "nationality", "birth_date", "expiry_date", "sex", "optional_data",
        "optional_data_2", "checks", "valid", "expired", "warnings", "repairs", "raw",
    ]  # fmt: skip
    assert data["birth_date"] == "1974-08-12" and data["format"] == "TD3"
    assert data["raw"] == {"birth_date": "740812", "expiry_date": "120415"}
    json.dumps(data)  # plain data throughout

"""Workstation settings kept in the store (every change is in the audit log)."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal, overload

from sqlalchemy.orm import Session

from verifier.store.audit import record
from verifier.store.tables import Setting

DEFAULTS: Final[dict[str, int | float | str]] = {
    "retention_days": 90,  # personal data of reports older than this is purged
    "training_retention_days": 365,  # training attempts (kept apart from reports)
    "point_of_entry": "",  # e.g. "Border crossing X, secondary line"
    "workstation_name": "",
    "hot_folder": "",  # the folder a scanner or document reader writes into
    "camera": "0",  # a camera's number, its device, or a local video file (never a URL)
    "language": "en",  # en, sr, sr_Cyrl, sq, mk, bs
    "theme": "default",  # default, high-contrast
    "idle_lock_minutes": 10,  # the screen locks after this long without use (0: never)
    "watchlist_max_age_days": 7,  # an older watch list makes a clean look-up a warning
    # face bands (docs/inspection.md): SFace's published LFW threshold, and the no-match limit
    "face_match_threshold": 0.363,
    "face_no_match_threshold": 0.25,
}


class SettingError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Spec:
    """What a setting may hold: its type and range, checked on every write and every read."""

    kind: type
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    pattern: str | None = None  # a text setting's whole value must match
    what: str = ""  # the rule in words, for the error

    def check(self, key: str, value: Any) -> Any:
        if self.kind is float:
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise SettingError(f"{key} must be a number ({self.what})") from None
            if not math.isfinite(value):
                raise SettingError(f"{key} must be a number ({self.what})")
        elif self.kind is int:
            if isinstance(value, float) and not value.is_integer():
                raise SettingError(f"{key} must be a whole number ({self.what})")
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise SettingError(f"{key} must be a whole number ({self.what})") from None
        else:
            value = str(value).strip()
            if len(value) > 256 or not value.isprintable():
                raise SettingError(f"{key} must be printable text of at most 256 characters")
        if (self.low is not None and value < self.low) or (
            self.high is not None and value > self.high
        ):
            raise SettingError(f"{key} must be {self.what}, not {value}")
        if self.choices and value not in self.choices:
            raise SettingError(f"{key} must be one of {', '.join(self.choices)}, not {value!r}")
        if self.pattern is not None and value and not re.fullmatch(self.pattern, value):
            raise SettingError(f"{key} must be {self.what}, not {value!r}")
        return value


LOCAL_CAMERA: Final = r"[0-9]{1,2}|/[^:]*|[A-Za-z]:\\[^:]*"

SPECS: Final[dict[str, Spec]] = {
    "retention_days": Spec(int, 1, 3650, what="between 1 and 3650 days"),
    "training_retention_days": Spec(int, 1, 3650, what="between 1 and 3650 days"),
    "point_of_entry": Spec(str),
    "workstation_name": Spec(str),
    "hot_folder": Spec(str),
    # a local camera only: its number, a video device, or a local video file standing in for
    # one (demonstrations); never a URL, which would open a network connection
    "camera": Spec(str, pattern=LOCAL_CAMERA, what="a camera number 0-99 or a local path"),
    "language": Spec(str, choices=("en", "sr", "sr_Cyrl", "sq", "mk", "bs")),
    "theme": Spec(str, choices=("default", "high-contrast")),
    "idle_lock_minutes": Spec(int, 0, 480, what="between 0 (never) and 480 minutes"),
    "watchlist_max_age_days": Spec(int, 1, 365, what="between 1 and 365 days"),
    # around SFace's published threshold: a limit outside these makes the face check meaningless
    "face_match_threshold": Spec(float, 0.3, 0.8, what="between 0.30 and 0.80"),
    "face_no_match_threshold": Spec(float, 0.1, 0.5, what="between 0.10 and 0.50"),
}


# the settings by the type of their value: get_setting's result is typed by its key
WholeSetting = Literal[
    "retention_days", "training_retention_days", "idle_lock_minutes", "watchlist_max_age_days"
]
NumberSetting = Literal["face_match_threshold", "face_no_match_threshold"]
TextSetting = Literal[
    "point_of_entry", "workstation_name", "hot_folder", "camera", "language", "theme"
]
Value = int | float | str


@overload
def get_setting(session: Session, key: WholeSetting) -> int: ...
@overload
def get_setting(session: Session, key: NumberSetting) -> float: ...
@overload
def get_setting(session: Session, key: TextSetting) -> str: ...
@overload
def get_setting(session: Session, key: str) -> Value: ...
def get_setting(session: Session, key: str) -> Value:
    """The setting's value; a stored value outside its range (edited in the database) gives
    the default, so a tampered setting can never weaken a check."""
    if key not in DEFAULTS:
        raise SettingError(f"unknown setting {key!r}; known: {', '.join(sorted(DEFAULTS))}")
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS[key]
    try:
        value = SPECS[key].check(key, row.value["value"])
        _check_together(session, key, value)
    except (SettingError, KeyError, TypeError):
        return DEFAULTS[key]
    return value  # type: ignore[no-any-return]


def all_settings(session: Session) -> dict[str, Any]:
    return {key: get_setting(session, key) for key in sorted(DEFAULTS)}


def set_setting(
    session: Session,
    key: str,
    value: Any,
    officer_id: int | None,
    *,
    now: dt.datetime | None = None,
) -> None:
    """Change a setting; SettingError (nothing changed) for a value outside its range."""
    set_settings(session, {key: value}, officer_id, now=now)


def set_settings(
    session: Session,
    values: Mapping[str, Any],
    officer_id: int | None,
    *,
    now: dt.datetime | None = None,
) -> list[str]:
    """Change several settings at once, or none: every value is checked (with the rules that
    join them) before any is written. Returns the keys that changed."""
    checked = {}
    for key, value in values.items():
        if key not in DEFAULTS:
            raise SettingError(f"unknown setting {key!r}; known: {', '.join(sorted(DEFAULTS))}")
        checked[key] = SPECS[key].check(key, value)
    for key, value in checked.items():
        _check_together(session, key, value, checked)
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    changed = []
    for key, value in checked.items():
        old = get_setting(session, key)
        if old == value:
            continue
        row = session.get(Setting, key)
        if row is None:
            session.add(
                Setting(key=key, value={"value": value}, updated_at=now, updated_by=officer_id)
            )
        else:
            row.value, row.updated_at, row.updated_by = {"value": value}, now, officer_id
        record(
            session, "setting_changed", officer_id, {"key": key, "old": old, "new": value}, now=now
        )
        changed.append(key)
    return changed


def _check_together(
    session: Session, key: str, value: Any, pending: Mapping[str, Any] | None = None
) -> None:
    """Rules across settings: the no-match limit is not above the match limit."""

    def current(other: str) -> Any:
        return (pending or {}).get(other, _stored(session, other))

    if key == "face_match_threshold" and value < current("face_no_match_threshold"):
        raise SettingError("face_match_threshold must not be below face_no_match_threshold")
    if key == "face_no_match_threshold" and value > current("face_match_threshold"):
        raise SettingError("face_no_match_threshold must not be above face_match_threshold")


def _stored(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    try:
        return DEFAULTS[key] if row is None else SPECS[key].check(key, row.value["value"])
    except (SettingError, KeyError, TypeError):
        return DEFAULTS[key]

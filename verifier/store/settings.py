"""Workstation settings kept in the store (every change is in the audit log)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from sqlalchemy.orm import Session

from verifier.store.audit import record
from verifier.store.models import Setting

DEFAULTS: Final[dict[str, Any]] = {
    "retention_days": 90,  # personal data of reports older than this is purged
    "training_retention_days": 365,  # training attempts (kept apart from reports)
    "point_of_entry": "",  # e.g. "Border crossing X, secondary line"
    "workstation_name": "",
    "hot_folder": "",  # the folder a scanner or document reader writes into
    "camera": "0",  # OpenCV camera index, or a video file / stream path
    "language": "en",  # en, sr
    "theme": "default",  # default, high-contrast
    # face bands (docs/inspection.md): SFace's published LFW threshold, and the no-match limit
    "face_match_threshold": 0.363,
    "face_no_match_threshold": 0.25,
}


class SettingError(ValueError):
    pass


def get_setting(session: Session, key: str) -> Any:
    if key not in DEFAULTS:
        raise SettingError(f"unknown setting {key!r}; known: {', '.join(sorted(DEFAULTS))}")
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else row.value["value"]


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
    if key not in DEFAULTS:
        raise SettingError(f"unknown setting {key!r}; known: {', '.join(sorted(DEFAULTS))}")
    expected = type(DEFAULTS[key])
    if expected is float:
        try:
            value = float(value)
        except (TypeError, ValueError) as exc:
            raise SettingError(f"{key} must be a number") from exc
        if not -1.0 <= value <= 1.0:
            raise SettingError(f"{key} must be between -1 and 1 (a cosine similarity)")
    elif expected is int:
        try:
            value = int(value)
        except (TypeError, ValueError) as exc:
            raise SettingError(f"{key} must be a whole number") from exc
        if key.endswith("retention_days") and not 1 <= value <= 3650:
            raise SettingError(f"{key} must be between 1 and 3650")
    else:
        value = str(value)
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    old = get_setting(session, key)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value={"value": value}, updated_at=now, updated_by=officer_id))
    else:
        row.value, row.updated_at, row.updated_by = {"value": value}, now, officer_id
    record(session, "setting_changed", officer_id, {"key": key, "old": old, "new": value}, now=now)

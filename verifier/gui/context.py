"""What every screen shares: paths, the store, the signed-in officer, the inspector, the runner.

Built once in ``gui/app.py``; no globals. The inspector (templates, models) is built on first
use on the runner's thread, so the window appears at once.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from verifier.gui.runner import Runner
from verifier.library import Template
from verifier.library.package import active_library, checked_library
from verifier.reports.book import Context
from verifier.settings import Settings
from verifier.station.workstation import Workstation
from verifier.store.officers import SignedIn
from verifier.store.settings import (
    NumberSetting,
    TextSetting,
    Value,
    WholeSetting,
    get_setting,
    set_settings,
)

if TYPE_CHECKING:
    from verifier.inspection.checks.chip import ChipRequest
    from verifier.inspection.pipeline import Inspector
    from verifier.inspection.result import InspectionResult


@dataclass
class AppContext:
    settings: Settings
    station: Workstation
    runner: Runner
    today: dt.date | None = None  # a fixed date for reproducible demos and tests
    officer: SignedIn | None = None
    _inspector: Inspector | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def library(self) -> Path:
        return active_library(self.settings.library_dir, self.settings.bundled_library)

    def inspector(self) -> Inspector:
        """Built once (thread-safe); call it from the runner, not the GUI thread."""
        with self._lock:
            if self._inspector is None:
                from verifier.inspection.pipeline import Inspector

                with self.station.db.session() as s:
                    thresholds = (
                        get_setting(s, "face_match_threshold"),
                        get_setting(s, "face_no_match_threshold"),
                    )
                self._inspector = Inspector(
                    checked_library(self.settings),
                    today=self.today,
                    face_thresholds=thresholds,
                    cache=self.settings.cache_dir,
                )
            return self._inspector

    def chip_request(self, visible: Path | None, can: str | None) -> ChipRequest:
        """How to read the chip of the document in ``visible`` (station/chip.py)."""
        from verifier.station.chip import chip_request

        today = self.today
        return chip_request(
            self.settings,
            visible,
            can=can,
            today=(lambda: today) if today is not None else dt.date.today,
        )

    def screen(self, result: InspectionResult) -> InspectionResult:
        """The inspection with the watch lists and this workstation's earlier reports of the
        document (station/alerts.py)."""
        from verifier.station.alerts import screen

        return screen(self.settings, result, self.today or dt.date.today(), self.station)

    @property
    def ready(self) -> bool:
        """The inspector is built (models and reference features loaded)."""
        return self._inspector is not None

    def template(self, template_id: str | None) -> Template | None:
        """A template of the loaded library, without building it (None until it is)."""
        inspector = self._inspector
        if inspector is None or template_id is None:
            return None
        return next((t for t in inspector.templates if t.id == template_id), None)

    def reload_library(self) -> None:
        with self._lock:
            self._inspector = None

    def report_context(self) -> Context:
        officer = self.officer
        return self.station.inspection_context(
            self.library, officer.id if officer else None, officer.username if officer else None
        )

    @overload
    def setting(self, key: WholeSetting) -> int: ...
    @overload
    def setting(self, key: NumberSetting) -> float: ...
    @overload
    def setting(self, key: TextSetting) -> str: ...
    @overload
    def setting(self, key: str) -> Value: ...
    def setting(self, key: str) -> Value:
        """A workstation setting, typed by its key (``verifier.store.settings``)."""
        with self.station.db.session() as s:
            return get_setting(s, key)

    def set_setting(self, key: str, value: Any) -> None:
        self.set_settings({key: value})

    def set_settings(self, values: dict[str, Any]) -> list[str]:
        with self.station.db.session() as s:
            return set_settings(s, values, self.officer.id if self.officer else None)

    @property
    def is_admin(self) -> bool:
        return self.officer is not None and self.officer.role == "admin"

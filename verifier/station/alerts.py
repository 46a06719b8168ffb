"""What others already know of the document, added to an inspection at this workstation: the
watch lists it imported (lost, stolen, revoked documents), the fraud alerts of the regional hub
that concern its design, and its own earlier reports of the same document ("seen before"). All
depend on the workstation, not on the reference library, so they join the inspection here,
after the pipeline.

A fraud alert does not change the verdict: it says what to look at on this design, and the
officer looks. It is shown beside the verdict and the report records that it was shown."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from verifier.alerts import Alert, AlertError, Alerts
from verifier.inspection.checks.watchlist import watchlist_check
from verifier.inspection.result import InspectionResult, verdict_of
from verifier.library.package import trusted_publishers
from verifier.settings import Settings
from verifier.store.settings import DEFAULTS, get_setting
from verifier.watchlist import Imported, WatchListError, WatchLists

if TYPE_CHECKING:
    from verifier.station.workstation import Workstation

_LISTS: dict[Path, WatchLists] = {}
_ALERTS: dict[Path, Alerts] = {}


def watch_lists(settings: Settings) -> WatchLists:
    """The workstation's watch lists (one per process: look-ups keep their files mapped)."""
    root = settings.watchlists_dir
    if root not in _LISTS:
        _LISTS[root] = WatchLists(root)
    return _LISTS[root]


def fraud_alerts(settings: Settings) -> Alerts:
    """The workstation's fraud alerts (one per process: their manifests are kept read)."""
    root = settings.alerts_dir
    if root not in _ALERTS:
        _ALERTS[root] = Alerts(root)
    return _ALERTS[root]


def import_alert(
    station: Workstation, path: Path, officer_id: int | None
) -> tuple[Alert, int | None]:
    """An administrator's import of a fraud alert signed by a trusted hub, audited either way
    (AlertError with the reason when refused). Returns the alert and the version it replaced."""
    trusted = trusted_publishers(station.settings.trusted_publishers_dir)
    try:
        alert, replaced = fraud_alerts(station.settings).import_package(path, trusted)
    except AlertError:
        station.audit("alert_import_refused", officer_id, {"file": path.name})
        raise
    station.audit(
        "alert_import",
        officer_id,
        {"alert": alert.id, "version": alert.version, "template": alert.template,
         "withdrawn": alert.withdrawn},
    )  # fmt: skip
    return alert, replaced


def alert_examples(settings: Settings, alert_id: str) -> tuple[Alert, list[bytes]] | None:
    """An installed alert and its example images, verified again against the trusted hubs
    (None when it is gone, or no longer verifies: then it is not shown)."""
    alerts = fraud_alerts(settings)
    alert = next((a for a in alerts.installed() if a.id == alert_id), None)
    if alert is None:
        return None
    try:
        return alert, alerts.images(alert, trusted_publishers(settings.trusted_publishers_dir))
    except AlertError:
        return None


def import_watchlist(station: Workstation, path: Path, officer_id: int | None) -> Imported:
    """An administrator's import of a signed watch-list package, audited either way
    (WatchListError with the reason when refused: the list in force stays as it was)."""
    trusted = trusted_publishers(station.settings.trusted_publishers_dir)
    try:
        imported = watch_lists(station.settings).import_package(path, trusted)
    except WatchListError:
        station.audit("watchlist_import_refused", officer_id, {"file": path.name})
        raise
    info = imported.info
    station.audit(
        "watchlist_import",
        officer_id,
        {"list": info.name, "version": info.version, "kind": info.kind, "entries": info.entries},
    )
    return imported


def screen(
    settings: Settings,
    result: InspectionResult,
    today: dt.date,
    station: Workstation | None = None,
) -> InspectionResult:
    """The inspection with its watch-list check and, given the ``station``, the earlier
    reports of the document on this workstation (the verdict follows the new check). Without
    a station (no workstation set up yet) the default age limit holds and nothing was seen."""
    limit = DEFAULTS["watchlist_max_age_days"]
    mrz = result.mrz
    seen: list[dict[str, object]] = []
    if station is not None:
        with station.db.session() as s:
            limit = get_setting(s, "watchlist_max_age_days")
        if mrz is not None and mrz.document_number:
            seen = station.book.seen_before(mrz.issuing_state, mrz.document_number)
    check = watchlist_check(watch_lists(settings), mrz, today, int(limit))
    checks = (*result.checks, check)
    shown = fraud_alerts(settings).matching(
        today,
        result.template,
        mrz.issuing_state if mrz is not None else None,
        mrz.document_code if mrz is not None else None,
        mrz.document_number if mrz is not None else None,
    )
    return replace(
        result,
        checks=checks,
        verdict=verdict_of(checks),
        seen_before=tuple(seen),
        alerts=tuple(match.record() for match in shown),
    )

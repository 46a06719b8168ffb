"""What others already know of the document, added to an inspection at this workstation: the
watch lists it imported (lost, stolen, revoked documents), the fraud alerts of the regional hub
that concern its design, and its own earlier reports of the same document ("seen before"). All
depend on the workstation, not on the reference library, so they join the inspection here,
after the pipeline.

A fraud alert does not change the verdict: it says what to look at on this design, and the
officer looks. It is shown beside the verdict and the report records that it was shown."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from verifier.alerts import Alert, AlertError, Alerts, Example, masked_example
from verifier.inspection.checks.watchlist import watchlist_check
from verifier.inspection.result import InspectionResult, verdict_of
from verifier.library.package import PackageError, active_library, trusted_publishers
from verifier.library.template import Template, TemplateError, load_template
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


def trusted_hubs(settings: Settings) -> dict[str, Ed25519PublicKey]:
    """The keys whose alerts this workstation believes (the trusted publishers); none when
    the trust folder holds a file that is not a key (AlertError says so at an import)."""
    try:
        return trusted_publishers(settings.trusted_publishers_dir)
    except PackageError:
        return {}


def import_alert(
    station: Workstation, path: Path, officer_id: int | None
) -> tuple[Alert, int | None]:
    """An administrator's import of a fraud alert signed by a trusted hub, audited either way
    (AlertError with the reason when refused). Returns the alert and the version it replaced."""
    try:
        trusted = trusted_publishers(station.settings.trusted_publishers_dir)
        alert, replaced = fraud_alerts(station.settings).import_package(path, trusted)
    except (AlertError, PackageError) as exc:
        station.audit("alert_import_refused", officer_id, {"file": path.name[:200]})
        raise AlertError(str(exc)) from None
    station.audit(
        "alert_import",
        officer_id,
        {"alert": alert.id, "version": alert.version, "template": alert.template,
         "withdrawn": alert.withdrawn},
    )  # fmt: skip
    return alert, replaced


def alert_examples(settings: Settings, alert_id: str) -> tuple[Alert, list[Shown]] | None:
    """An installed alert and its examples as they may be shown: verified again against the
    trusted hubs and masked again with this workstation's template of the design. None when
    the alert is gone or no longer verifies; no examples when this library lacks the design
    (its personal zones would not be known) or one does not have the design's shape."""
    trusted = trusted_hubs(settings)
    alerts = fraud_alerts(settings)
    alert = next((a for a in alerts.installed(trusted) if a.id == alert_id), None)
    if alert is None:
        return None
    try:
        images = alerts.images(alert, trusted)
    except AlertError:
        return None
    template = _design(settings, alert.template)
    shown: list[Shown] = []
    for example, data in zip(alert.examples, images, strict=True):
        if template is None:
            break
        try:
            shown.append(Shown(example, masked_example(data, template, alert.region), template))
        except AlertError:
            continue
    return alert, shown


@dataclass(frozen=True, slots=True)
class Shown:
    """An example masked for display, and the design it was masked with."""

    example: Example
    page: Any  # RGB array, the whole page at the example's resolution
    template: Template


def _design(settings: Settings, template_id: str) -> Template | None:
    """The design's template in the library in use (not a draft), without building the
    inspector: the Library page shows examples before the inspector is ready."""
    folder = active_library(settings.library_dir, settings.bundled_library) / template_id
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", template_id) or not folder.is_dir():
        return None
    try:
        template = load_template(folder)
    except (TemplateError, OSError):
        return None
    return None if template.draft or template.id != template_id else template


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
        trusted_hubs(settings),
        today,
        template=result.template,
        state=mrz.issuing_state if mrz is not None else None,
        document_code=mrz.document_code if mrz is not None else None,
        number=mrz.document_number if mrz is not None else None,
    )
    return replace(
        result,
        checks=checks,
        verdict=verdict_of(checks),
        seen_before=tuple(seen),
        alerts=tuple(match.record() for match in shown),
    )

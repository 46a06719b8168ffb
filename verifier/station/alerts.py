"""What others already know of the document, added to an inspection at this workstation: the
watch lists it imported (lost, stolen, revoked documents) and its own earlier reports of the
same document ("seen before"). Both depend on the workstation, not on the reference library,
so they join the inspection here, after the pipeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from verifier.inspection.checks.watchlist import watchlist_check
from verifier.inspection.result import InspectionResult, verdict_of
from verifier.library.package import trusted_publishers
from verifier.settings import Settings
from verifier.store.settings import DEFAULTS, get_setting
from verifier.watchlist import Imported, WatchListError, WatchLists

if TYPE_CHECKING:
    from verifier.station.workstation import Workstation

_LISTS: dict[Path, WatchLists] = {}


def watch_lists(settings: Settings) -> WatchLists:
    """The workstation's watch lists (one per process: look-ups keep their files mapped)."""
    root = settings.watchlists_dir
    if root not in _LISTS:
        _LISTS[root] = WatchLists(root)
    return _LISTS[root]


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
    return replace(result, checks=checks, verdict=verdict_of(checks), seen_before=tuple(seen))

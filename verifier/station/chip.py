"""The chip as this workstation reads it: its trust store, and where a capture's chip is.

A bundled sample's chip is its simulated chip (``chip.json`` beside the capture), judged with
the samples' own test CSCA added to the trust store for that read only. Anywhere else the chip
is the one on the reader, judged by the administrator's trust store alone: a chip file beside
a capture in a hot folder is ignored (a file planted there must never pass for the chip of the
document on the desk, even one copied from a genuine chip).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from verifier.chip.pki import Certificate, PkiError
from verifier.chip.trust import ImportOutcome, Listed, TrustStore, master_list_certificates
from verifier.inspection.checks.chip import ChipChecks, ChipRequest, ChipSource
from verifier.settings import Settings

if TYPE_CHECKING:
    from verifier.station.workstation import Workstation

SAMPLE_MASTER_LIST = "chip-test-masterlist.ml"  # the samples' test CSCA, in a signed list
SIMULATED_CHIP = "chip.json"


def sample_csca(settings: Settings) -> list[Certificate]:
    """The bundled samples' test CSCA (none when the samples are not installed)."""
    return list(_sample_csca(settings.bundled_samples / SAMPLE_MASTER_LIST))


@functools.cache
def _sample_csca(path: Path) -> tuple[Certificate, ...]:
    try:
        return tuple(master_list_certificates(path.read_bytes()))
    except (OSError, PkiError):
        return ()


_STORES: dict[tuple[Path, bool], TrustStore] = {}


def trust_store(settings: Settings, *, samples: bool = False) -> TrustStore:
    """The workstation's trust store, loaded once per process and reloaded when an import
    changes it (``samples``: with the bundled samples' test CSCA, for their chips only)."""
    key = (settings.csca_dir, samples)
    if key not in _STORES:
        _STORES[key] = TrustStore(settings.csca_dir, sample_csca(settings) if samples else ())
    return _STORES[key]


def is_sample(settings: Settings, path: Path) -> bool:
    try:
        return path.resolve().is_relative_to(settings.bundled_samples.resolve())
    except OSError:
        return False


def chip_request(
    settings: Settings,
    visible: Path | None,
    *,
    reader: str | None = None,
    can: str | None = None,
    today: Callable[[], dt.date] = dt.date.today,
) -> ChipRequest:
    """How to read the chip of the document captured in ``visible``: a bundled sample's
    simulated chip; else the named PC/SC reader, or the first one."""
    sample = reader is None and visible is not None and is_sample(settings, visible)
    if sample and visible is not None:
        # a bundled sample: its simulated chip, or "no chip" (never the reader's chip)
        source = ChipSource(image=visible.parent / SIMULATED_CHIP)
    else:
        source = ChipSource(reader=reader)
    return ChipRequest(ChipChecks(trust_store(settings, samples=sample), today), source, can)


def csca_listing(settings: Settings, today: dt.date) -> list[Listed]:
    """The CSCA certificates this workstation trusts (the administrator's imports)."""
    return TrustStore(settings.csca_dir).listing(today)


def import_csca(station: Workstation, path: Path, officer_id: int | None) -> ImportOutcome:
    """An administrator's import of a master list, CSCA certificate or CRL, audited either way
    (PkiError with the reason when refused; nothing is added then)."""
    store = TrustStore(station.settings.csca_dir)
    try:
        outcome = store.import_file(path)
    except PkiError:
        station.audit("csca_import_refused", officer_id, {"file": path.name})
        raise
    station.audit(
        "csca_import",
        officer_id,
        {"file": path.name, "kind": outcome.kind.value, "added": outcome.added},
    )
    return outcome

"""A workstation as tests use it: opened, with its administrator signed in (which makes and
unlocks the signing key, as the application's first start does)."""

from __future__ import annotations

from verifier.settings import Settings
from verifier.station.workstation import Workstation
from verifier.store.officers import create_officer, first_run

ADMIN = "chief"
PASSWORD = "correct horse battery"


def signed_in(settings: Settings) -> Workstation:
    station = Workstation.open(settings)
    with station.db.session() as s:
        if first_run(s):
            create_officer(s, ADMIN, PASSWORD, "admin", "Chief Inspector")
    station.sign_in(ADMIN, PASSWORD)
    return station


def credentials(*extra: str) -> str:
    """Standard input for a command run with ``--user chief --password-stdin``."""
    return "\n".join((PASSWORD, *extra)) + "\n"


def as_admin(argv: list[str], *extra: str) -> list[str]:
    """``argv`` run by the administrator: ``--user chief --password-stdin``; the caller feeds
    :func:`credentials` on standard input."""
    return [*argv, "--user", ADMIN, "--password-stdin"]

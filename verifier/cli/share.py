"""``verifier share export --out DIR``: the next contribution bundle for the regional hub
(issue 19; ``verifier.station.share``). Administrators; the bundle is signed with the
workstation's key, which their sign-in unlocks. Prints the bundle's path, or "nothing new"
(exit 0 either way)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from verifier.cli.common import ADMIN, EXIT_OK, add_auth_options, on_station, signed_in_id

if TYPE_CHECKING:
    from verifier.station.workstation import Workstation
    from verifier.store.officers import SignedIn


def add_parsers(commands: Any) -> None:
    group = commands.add_parser("share", help="contribution bundles for the regional hub")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = sub.add_parser(
        "export",
        help="write the next signed bundle of non-personal data (administrators)",
        description="Counts of inspections per week, place, document and result, and "
        "inspections per day, since the last bundle: no name, number, date of birth, note "
        "or image. The bundle travels as a file (USB stick, a mounted share).",
    )
    export.add_argument("--out", type=Path, required=True, help="the folder to write it to")
    add_auth_options(export)
    export.set_defaults(run=on_station(_export, ADMIN))


def _export(
    args: argparse.Namespace, station: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    import sys

    from verifier.station.share import export_next
    from verifier.store.settings import get_setting

    if not args.out.is_dir():
        raise ValueError(f"{args.out} is not a folder: create it or name another")
    with station.db.session() as s:
        place = get_setting(s, "point_of_entry")
    if not str(place).strip():
        print("verifier share export: warning: no point of entry is set (verifier settings set "
              "point_of_entry NAME): the hub cannot tell this workstation's place",
              file=sys.stderr)  # fmt: skip
    path = export_next(station, args.out, signed_in_id(who))
    out.write(f"{path}\n" if path is not None else "nothing new\n")
    return EXIT_OK

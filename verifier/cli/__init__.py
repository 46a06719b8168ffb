"""The ``verifier`` command: one module per command group, each adding its parsers and setting
the function that runs it (``set_defaults(run=...)``). Read commands print JSON with ``--json``.

Exit status: 0 ok/valid, 1 parsed but a check failed, 2 bad input (one clear line on stderr).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from verifier import __version__
from verifier.cli import (
    accounts,
    alerts,
    backup,
    chip,
    common,
    inspecting,
    library,
    mrz,
    reports,
    share,
    station,
    training,
    watchlist,
)
from verifier.settings import restrict_new_files

GROUPS = (
    mrz,
    inspecting,
    chip,
    watchlist,
    alerts,
    share,
    station,
    library,
    reports,
    accounts,
    backup,
    training,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="verifier",
        description="Offline inspection of travel documents (ICAO Doc 9303).",
    )
    parser.add_argument("--version", action="version", version=f"verifier {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    restrict_new_files()
    parser = build_parser()
    args = parser.parse_args(argv)
    io = common.Io(sys.stdout, sys.stderr, sys.stdin)
    run: common.Run | None = getattr(args, "run", None)
    if run is not None:
        return run(args, io)
    if station.display():  # no command, on a desktop: the application
        return station.gui(demo=False)
    parser.print_help()
    return common.EXIT_OK

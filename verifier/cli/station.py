"""``verifier enrol``, ``doctor`` and ``gui``: this workstation and its application."""

from __future__ import annotations

import argparse
import os
import platform
import sys
from typing import Any, TextIO

from verifier.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_INVALID,
    EXIT_OK,
    Io,
    print_json_line,
)
from verifier.settings import Settings


def add_parsers(commands: Any) -> None:
    enrol = commands.add_parser(
        "enrol",
        help="fix this workstation's key outside its data folder (the computer's administrator)",
    )
    enrol.set_defaults(run=lambda args, io: _enrol(io.settings, io.out, io.err))
    doctor = commands.add_parser("doctor", help="check the installation: models, library, OCR")
    doctor.add_argument("--json", action="store_true")
    doctor.set_defaults(run=lambda args, io: _doctor(args, io.settings, io.out))
    app = commands.add_parser("gui", help="the desktop application (the default)")
    app.add_argument("--demo", action="store_true", help="start on the bundled sample documents")
    app.set_defaults(run=_run_gui)


def _run_gui(args: argparse.Namespace, io: Io) -> int:
    if not (display() or os.environ.get("QT_QPA_PLATFORM")):  # or a platform chosen
        print("verifier gui: no display (set DISPLAY, or use the commands)", file=io.err)
        return EXIT_BAD_INPUT
    return gui(demo=args.demo)


def _enrol(settings: Settings, out: TextIO, err: TextIO) -> int:
    """Enrol this workstation's key where its data dir cannot change it (run by the computer's
    administrator: the enrolment place is theirs to write)."""
    from verifier.reports.enrolment import EnrolmentError, enrol
    from verifier.reports.signing import public_key

    key = public_key(settings.keys_dir)
    if key is None:
        print(
            "verifier enrol: this workstation has no signing key yet: start the application "
            "and create the administrator first",
            file=err,
        )
        return EXIT_BAD_INPUT
    try:
        done = enrol(settings.enrolment_path, key, platform.node())
    except EnrolmentError as exc:
        print(f"verifier enrol: {exc}", file=err)
        return EXIT_BAD_INPUT
    out.write(
        f"Enrolled {done.fingerprint} in {settings.enrolment_path}.\n"
        "Give this fingerprint to the authority: it identifies this workstation's reports.\n"
    )
    return EXIT_OK


def _doctor(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from verifier.station.health import check_installation

    found = check_installation(settings)
    if args.json:
        print_json_line(
            {"ok": all(f.ok for f in found), "checks": [f.as_dict() for f in found]}, out
        )
    else:
        for f in found:
            out.write(f"[{'ok' if f.ok else 'PROBLEM'}] {f.part}: {f.detail}\n")
    return EXIT_OK if all(f.ok for f in found) else EXIT_INVALID


def display() -> bool:
    import os

    return bool(
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or sys.platform in ("win32", "darwin")
    )


def gui(*, demo: bool) -> int:
    # imported here, and only here: the one edge from the command line to Qt, declared in the
    # import contracts (pyproject.toml) rather than hidden behind importlib
    try:
        from verifier.gui import app
    except ImportError as exc:  # an installation of the core only (a server, a hub)
        if not (exc.name or "").startswith(("PySide6", "shiboken6")):
            raise
        print(
            "verifier gui: the desktop application is not installed here (PySide6 is missing); "
            "install it with: pip install 'verifier[gui]', or use the commands",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return int(app.run(sys.argv[:1], demo=demo))  # pragma: no cover - tested in tests/gui

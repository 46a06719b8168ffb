"""Shared by the command groups: exit codes, input and output, signing in, dates.

Exit status: 0 ok/valid, 1 parsed but a check failed, 2 bad input (one clear line on stderr).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, TextIO

from verifier.settings import Settings

if TYPE_CHECKING:
    from verifier.station.workstation import Workstation
    from verifier.store.officers import SignedIn


EXIT_OK, EXIT_INVALID, EXIT_BAD_INPUT = 0, 1, 2

ANY: Final = ("officer", "trainer", "admin")
TRAINERS: Final = ("trainer", "admin")
ADMIN: Final = ("admin",)
DECISION_VALUES: Final = ("released", "referred_to_expert", "suspected_fraud", "not_decided")


class Io:
    """Where a command reads and writes, and the workstation's settings (read when first used:
    `verifier mrz` needs none)."""

    def __init__(self, out: TextIO, err: TextIO, stdin: TextIO) -> None:
        self.out, self.err, self.stdin = out, err, stdin
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = Settings.from_env()
        return self._settings


Run = Callable[[argparse.Namespace, Io], int]  # what every command sets as its `run` default
StationHandler = Callable[[argparse.Namespace, "Workstation", TextIO, "SignedIn | None"], int]


def on_station(handler: StationHandler, roles: tuple[str, ...] | None) -> Run:
    """A command on the workstation's store: opened, the officer signed in when ``roles`` says
    who may run it (None: anyone who can run the program), closed; its errors one clear line."""

    def run(args: argparse.Namespace, io: Io) -> int:
        from verifier.reports.signing import SigningKeyError
        from verifier.station.workstation import Workstation
        from verifier.store.db import StoreError
        from verifier.store.officers import AccountError

        try:
            station = Workstation.open(io.settings)
        except (StoreError, SigningKeyError) as exc:
            print(f"verifier {args.command}: {exc}", file=io.err)
            return EXIT_BAD_INPUT
        try:
            who = authenticate(args, station, roles)
            return handler(args, station, io.out, who)
        except (AccountError, StoreError, SigningKeyError, LookupError, ValueError, OSError) as exc:
            print(f"verifier {args.command} {args.action}: {exc}", file=io.err)
            return EXIT_BAD_INPUT
        finally:
            station.close()

    return run


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def parse_day(value: str) -> dt.datetime:
    """The start of a day (the store's search bounds are times)."""
    return dt.datetime.combine(parse_date(value), dt.time())


def print_json(value: Any, out: TextIO) -> None:
    """A document for people and tools (the store's commands)."""
    out.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def print_json_line(value: Any, out: TextIO) -> None:
    """One object on one line: several results stream one per line (``mrz``, ``inspect``)."""
    out.write(json.dumps(value, ensure_ascii=False) + "\n")


def add_auth_options(parser: argparse.ArgumentParser) -> None:
    """``--user`` and ``--password-stdin`` for a command that needs an account."""
    parser.add_argument("--user", help="your user name (default: $VERIFIER_USER)")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read your password from the first line of standard input (otherwise asked)",
    )


def authenticate(
    args: argparse.Namespace, station: Workstation, roles: tuple[str, ...] | None
) -> SignedIn | None:
    """Sign in the officer running a command that changes or discloses data, unlocking the
    signing key; AccountError when refused or not allowed. None for open commands and for
    creating a workstation's first account."""
    from verifier.store.audit import record
    from verifier.store.officers import AccountError, first_run

    if roles is None:
        return None
    with station.db.session() as s:
        if first_run(s):
            if (args.command, getattr(args, "action", "")) == ("officers", "add"):
                return None
            raise AccountError(
                "This workstation has no administrator yet: create one first "
                "(verifier officers add NAME --role admin, or start the application)."
            )
    user = getattr(args, "user", None) or os.environ.get("VERIFIER_USER")
    if not user:
        raise AccountError(
            "This command changes or discloses data: say who you are with --user NAME (and "
            "--password-stdin to give the password on standard input)."
        )
    if getattr(args, "password_stdin", False):
        password = sys.stdin.readline().rstrip("\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password for {user}: ")
    else:
        raise AccountError("No password: give it with --password-stdin, or run in a terminal.")
    who = station.sign_in(user, password)
    if who.role not in roles:
        with station.db.session() as s:
            detail = {"command": f"{args.command} {getattr(args, 'action', '')}".strip()}
            record(s, "command_refused", who.id, detail)
        raise AccountError(
            f"{who.username} is {who.role}; this command needs: {' or '.join(roles)}."
        )
    return who


def signed_in_id(who: SignedIn | None) -> int | None:
    return who.id if who is not None else None


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)

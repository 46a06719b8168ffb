"""``verifier stats``, ``officers`` and ``settings``: statistics, accounts, workstation settings."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from verifier.cli.common import (
    ADMIN,
    EXIT_OK,
    add_auth_options,
    on_station,
    print_json,
    signed_in_id,
    utcnow,
)

if TYPE_CHECKING:
    from verifier.station.workstation import Workstation
    from verifier.store.officers import SignedIn


def add_parsers(commands: Any) -> None:
    stats = commands.add_parser("stats", help="non-personal statistics")
    ssub = stats.add_subparsers(dest="action", required=True)
    sexport = ssub.add_parser("export", help="fraud trends or usage, without personal data")
    sexport.add_argument("--format", choices=("csv", "json"), default="csv")
    sexport.add_argument("--kind", choices=("trends", "usage"), default="trends")
    sexport.add_argument("--out", type=Path, help="default: standard output")
    add_auth_options(sexport)

    officers = commands.add_parser("officers", help="local officer accounts (administrators)")
    osub = officers.add_subparsers(dest="action", required=True)
    add = osub.add_parser("add", help="create an account (password asked, or --password-stdin)")
    add.add_argument("username")
    add.add_argument("--role", choices=("officer", "trainer", "admin"), default="officer")
    add.add_argument("--name", default="", help="display name")
    add_auth_options(add)  # stdin: your password, then the new account's
    olist = osub.add_parser("list")
    olist.add_argument("--json", action="store_true")
    add_auth_options(olist)

    settings = commands.add_parser("settings", help="workstation settings")
    tsub = settings.add_subparsers(dest="action", required=True)
    tlist = tsub.add_parser("list")
    tlist.add_argument("--json", action="store_true")
    tset = tsub.add_parser("set")
    tset.add_argument("key")
    tset.add_argument("value")
    add_auth_options(tset)
    for parser, handler, roles in (
        (sexport, _stats, ADMIN),
        (add, _officer_add, ADMIN),  # except the first account (the administrator)
        (olist, _officer_list, ADMIN),
        (tlist, _settings_list, None),
        (tset, _settings_set, ADMIN),
    ):
        parser.set_defaults(run=on_station(handler, roles))


def _stats(args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None) -> int:
    from verifier.reports.stats import export
    from verifier.store.audit import record

    text = export(ws.book, args.kind, args.format)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        out.write(text)
    with ws.db.session() as s:
        record(s, "stats_exported", signed_in_id(who), {"kind": args.kind, "format": args.format})
    return EXIT_OK


def _officer_add(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.store.officers import create_officer, first_run

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")  # after the signing-in officer's line
    elif os.environ.get("VERIFIER_NEW_PASSWORD"):
        password = os.environ["VERIFIER_NEW_PASSWORD"]
    elif not sys.stdin.isatty():
        raise ValueError(
            "no terminal to ask the new account's password: give it on standard input with "
            "--password-stdin (after your own, when you sign in), or in VERIFIER_NEW_PASSWORD"
        )
    else:
        password = getpass.getpass("Password of the new account: ")
        if getpass.getpass("Again: ") != password:
            raise ValueError("the two passwords differ; nothing was created")
    with ws.db.session() as s:
        first = first_run(s)
    if first:  # the workstation's first account, its administrator: no one to sign in yet
        if args.role != "admin":
            raise ValueError(
                "the first account of a workstation is its administrator (--role admin)"
            )
        with ws.db.session() as s:
            create_officer(s, args.username, password, "admin", args.name)
        ws.sign_in(args.username, password)  # makes the signing key, as the GUI's first start
    else:
        ws.add_officer(args.username, password, args.role, args.name, by=who)
    out.write(f"Account {args.username!r} ({args.role}) created.\n")
    return EXIT_OK


def _officer_list(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from sqlalchemy import select

    from verifier.store.tables import Officer

    with ws.db.session() as s:
        rows = [
            {
                "username": o.username,
                "display_name": o.display_name,
                "role": o.role,
                "active": o.active,
                "locked": o.locked_until is not None and o.locked_until > utcnow(),
            }
            for o in s.scalars(select(Officer).order_by(Officer.username))
        ]
    if args.json:
        print_json(rows, out)
    else:
        for r in rows:
            lock = " (locked)" if r["locked"] else ""
            out.write(f"{r['username']:<20} {r['role']:<8} {r['display_name']}{lock}\n")
    return EXIT_OK


def _settings_list(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.store.settings import all_settings

    with ws.db.session() as s:
        values = all_settings(s)
    if args.json:
        print_json(values, out)
    else:
        for key, value in values.items():
            out.write(f"{key} = {value}\n")
    return EXIT_OK


def _settings_set(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.store.settings import set_setting

    with ws.db.session() as s:
        set_setting(s, args.key, args.value, signed_in_id(who))
    out.write(f"{args.key} set.\n")
    return EXIT_OK

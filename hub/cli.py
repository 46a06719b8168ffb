"""``verifier-hub``: the regional hub's command.

- ``verifier-hub register-workstation KEYFILE --db URL``: accept a workstation's bundles (its
  enrolment file, as ``verifier enrol`` writes it, or its public key in hex).
- ``verifier-hub ingest PATH... --db URL [--quarantine DIR]``: bundle files or drop folders;
  one JSON line per bundle ``{"bundle", "status": "ingested|duplicate|refused", "records",
  "reason"}``; exit 0 when none was refused, 1 otherwise (2: bad input).
- ``verifier-hub stats --db URL [--json]``: workstations, bundles, records, refusals, gaps.
- ``verifier-hub add-user NAME --role analyst|admin --db URL``: an account of the web
  interface (the password is read from standard input, or asked).
- ``verifier-hub forward --key PEM --out DIR --db URL``: a national hub's next bundle for the
  regional hub (``hub.federation``), signed with the national hub's Ed25519 key; prints its path
  or "nothing new".
- ``verifier-hub serve --db URL [--host 127.0.0.1] [--port 8080] [--secure]``: the analysts'
  web interface (``hub.web``), on loopback unless told otherwise; ``--secure`` when a TLS
  proxy is in front (session cookies then travel over HTTPS only).

``--db`` takes a SQLAlchemy URL: ``sqlite:///hub.sqlite``, ``postgresql+psycopg://…``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from hub.db import HubDatabase
from hub.ingest import ingest, register_workstation, stats

EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="verifier-hub", description="The regional hub of Verifier workstations."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    register = commands.add_parser("register-workstation", help="accept a workstation's bundles")
    register.add_argument("keyfile", type=Path)
    take = commands.add_parser("ingest", help="take bundle files or drop folders in")
    take.add_argument("paths", nargs="+", type=Path)
    take.add_argument(
        "--quarantine", type=Path, default=Path("hub-quarantine"), help="where refused ones go"
    )
    counts = commands.add_parser("stats", help="what the hub holds")
    counts.add_argument("--json", action="store_true")
    user = commands.add_parser("add-user", help="an account of the web interface")
    user.add_argument("username")
    user.add_argument("--role", choices=("analyst", "admin"), default="analyst")
    serve = commands.add_parser("serve", help="the analysts' web interface")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--secure", action="store_true", help="behind a TLS proxy")
    serve.add_argument("--quarantine", type=Path, default=Path("hub-quarantine"))
    onward = commands.add_parser("forward", help="a national hub's next bundle for the region")
    onward.add_argument("--key", type=Path, required=True, help="the hub's Ed25519 key (PEM)")
    onward.add_argument("--out", type=Path, required=True, help="the folder to write it to")
    for sub in (register, take, counts, user, serve, onward):
        sub.add_argument("--db", required=True, help="a SQLAlchemy URL")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        db = HubDatabase(args.db)
    except (ArgumentError, SQLAlchemyError, ValueError) as exc:
        print(f"verifier-hub: the database {args.db!r} cannot be used: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        if args.command == "register-workstation":
            try:
                workstation = register_workstation(db, args.keyfile)
            except ValueError as exc:
                print(f"verifier-hub register-workstation: {exc}", file=sys.stderr)
                return EXIT_BAD_INPUT
            print(f"registered {workstation.id[:16]} {workstation.name}".rstrip())
            return EXIT_OK
        if args.command == "ingest":
            missing = [str(p) for p in args.paths if not p.exists()]
            if missing:
                print(f"verifier-hub ingest: no such file: {', '.join(missing)}", file=sys.stderr)
                return EXIT_BAD_INPUT
            refused = False
            for outcome in ingest(db, args.paths, args.quarantine):
                refused |= outcome.status == "refused"
                print(json.dumps(outcome.as_dict(), ensure_ascii=False), flush=True)
            return EXIT_REFUSED if refused else EXIT_OK
        if args.command == "add-user":
            return _add_user(db, args)
        if args.command == "serve":
            return _serve(db, args)
        if args.command == "forward":
            return _forward(db, args)
        held = stats(db)
        if args.json:
            print(json.dumps(held, indent=1, sort_keys=True))
        else:
            print(f"{held['workstations']} workstations, {held['bundles']} bundles, "
                  f"{held['records']} inspections, {held['refused']} refused")  # fmt: skip
            for workstation, gaps in held["gaps"].items():
                print(f"  {workstation[:16]}: missing bundles {gaps}")
        return EXIT_OK
    finally:
        db.close()


def _add_user(db: HubDatabase, args: argparse.Namespace) -> int:
    from hub.web import add_user

    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Password for {args.username}: ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    try:
        add_user(db, args.username, password, args.role)
    except ValueError as exc:
        print(f"verifier-hub add-user: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"{args.username} ({args.role}) added")
    return EXIT_OK


def _serve(db: HubDatabase, args: argparse.Namespace) -> int:
    import uvicorn

    from hub.web import create_app

    app = create_app(db, quarantine=args.quarantine, secure=args.secure)
    print(f"Verifier hub: open http://{args.host}:{args.port}/ (Ctrl+C stops it)", flush=True)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        limit_concurrency=64,  # every request bounded in count ...
        timeout_keep_alive=5,  # ... and in time
        h11_max_incomplete_event_size=64 * 1024,
        log_level="warning",
        server_header=False,
    )
    return EXIT_OK


def _forward(db: HubDatabase, args: argparse.Namespace) -> int:
    import datetime as dt

    from hub.federation import forward, load_key

    if not args.out.is_dir():
        print(f"verifier-hub forward: {args.out} is not a folder", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        key = load_key(args.key)
    except ValueError as exc:
        print(f"verifier-hub forward: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    path = forward(db, key, args.out, dt.date.today())
    print(path if path is not None else "nothing new")
    return EXIT_OK

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
- ``verifier-hub alert publish --key PEM --template ID --title T --look-for TEXT --expires DATE
  --example LIGHT=PAGE [--feature ID | --region x,y,w,h] [--prefix P] [--range FIRST-LAST]
  [--mask x,y,w,h] --out DIR --db URL``: a fraud alert (``hub.alerts``), every personal zone of
  the template masked on the example pages, signed; its package is written to DIR (path
  printed). ``alert withdraw ID`` and ``alert extend ID --expires DATE`` publish a newer
  version; ``alert list [--json]``.
- ``verifier-hub serve --db URL [--host 127.0.0.1] [--port 8080] [--secure] [--key PEM]``: the
  analysts' web interface (``hub.web``), on loopback unless told otherwise; ``--secure`` when
  a TLS proxy is in front (session cookies then travel over HTTPS only); ``--key``: the hub's
  key, for publishing fraud alerts from the web interface.

``--db`` takes a SQLAlchemy URL: ``sqlite:///hub.sqlite``, ``postgresql+psycopg://…``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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
    serve.add_argument("--key", type=Path, help="the hub's Ed25519 key (PEM), to publish alerts")
    serve.add_argument("--library", type=Path, help="the reference library (default: bundled)")
    serve.add_argument("--hub-name", default="Regional hub")
    onward = commands.add_parser("forward", help="a national hub's next bundle for the region")
    onward.add_argument("--key", type=Path, required=True, help="the hub's Ed25519 key (PEM)")
    onward.add_argument("--out", type=Path, required=True, help="the folder to write it to")
    public = commands.add_parser(
        "public-key", help="the hub key's public half for the workstations, and its fingerprint"
    )
    public.add_argument("--key", type=Path, required=True, help="the hub's Ed25519 key (PEM)")
    public.add_argument("--out", type=Path, required=True, help="the public key file to write")
    subs = [register, take, counts, user, serve, onward, *_alert_parsers(commands)]
    for sub in subs:
        sub.add_argument("--db", required=True, help="a SQLAlchemy URL")
    return parser


def _alert_parsers(commands: Any) -> list[argparse.ArgumentParser]:
    group = commands.add_parser("alert", help="fraud alerts for the workstations")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    new = sub.add_parser("publish", help="publish a fraud alert (examples masked, signed)")
    new.add_argument("--template", required=True, help="the document design's template id")
    new.add_argument("--title", required=True)
    new.add_argument("--look-for", required=True, help="what the officer looks for")
    new.add_argument("--expires", required=True, type=_date, help="YYYY-MM-DD")
    new.add_argument("--example", action="append", default=[], metavar="LIGHT=PAGE",
                     help="an example: the whole page in visible, uv or ir light")  # fmt: skip
    new.add_argument("--caption", action="append", default=[], help="one per --example")
    new.add_argument("--visible", type=Path, metavar="PAGE",
                     help="the visible capture of the same page, when no example is visible: "
                     "it places the examples on the design (not shown)")  # fmt: skip
    where = new.add_mutually_exclusive_group()
    where.add_argument("--feature", help="the template's feature (or zone) to look at")
    where.add_argument("--region", help="x,y,w,h in mm on the page")
    new.add_argument("--prefix", action="append", default=[], help="a series: numbers from P")
    new.add_argument("--range", action="append", default=[], metavar="FIRST-LAST")
    new.add_argument("--mask", action="append", default=[], metavar="x,y,w,h",
                     help="a rectangle to mask besides the template's personal zones")  # fmt: skip
    new.add_argument("--library", type=Path, help="the reference library (default: bundled)")
    new.add_argument("--hub-name", default="Regional hub")
    withdraw = sub.add_parser("withdraw", help="withdraw an alert (a newer version)")
    withdraw.add_argument("id")
    extend = sub.add_parser("extend", help="run an alert to a new date (a newer version)")
    extend.add_argument("id")
    extend.add_argument("--expires", required=True, type=_date)
    for each in (new, withdraw, extend):
        each.add_argument("--key", type=Path, required=True, help="the hub's Ed25519 key (PEM)")
        each.add_argument("--out", type=Path, required=True, help="the folder for the package")
        each.add_argument("--by", default="command line", help="who publishes (audit log)")
    listing = sub.add_parser("list", help="the alerts published here")
    listing.add_argument("--json", action="store_true")
    return [new, withdraw, extend, listing]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "public-key":
        return _public_key(args)
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
        if args.command == "alert":
            return _alert(db, args)
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

    key = None
    if args.key is not None:
        from hub.federation import load_key

        try:
            key = load_key(args.key)
        except ValueError as exc:
            print(f"verifier-hub serve: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
    app = create_app(db, quarantine=args.quarantine, secure=args.secure, key=key,
                     library=args.library, hub_name=args.hub_name)  # fmt: skip
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


def _alert(db: HubDatabase, args: argparse.Namespace) -> int:
    from hub import alerts
    from hub.federation import load_key
    from verifier.alerts import AlertError

    if args.action == "list":
        rows = [
            {"id": r.id, "version": r.version, "template": r.template, "title": r.title,
             "issued": r.issued.isoformat(), "expires": r.expires.isoformat(),
             "withdrawn": r.withdrawn, "published_by": r.published_by}
            for r in alerts.published(db)
        ]  # fmt: skip
        if args.json:
            print(json.dumps(rows, indent=1))
        for r in [] if args.json else rows:
            state = "withdrawn" if r["withdrawn"] else f"until {r['expires']}"
            print(f"{r['id']} v{r['version']} {r['template']}: {r['title']} ({state})")
        return EXIT_OK
    if not args.out.is_dir():
        what = "is not a folder" if args.out.exists() else "does not exist"
        print(f"verifier-hub alert: {args.out} {what}: create it or name another",
              file=sys.stderr)  # fmt: skip
        return EXIT_BAD_INPUT
    try:
        key = load_key(args.key)
        if args.action == "publish":
            alert = _publish(db, key, args)
        else:
            alert = alerts.revise(db, key, args.id, by=args.by,
                                  withdraw=args.action == "withdraw",
                                  expires=getattr(args, "expires", None))  # fmt: skip
    except (AlertError, ValueError) as exc:
        print(f"verifier-hub alert {args.action}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    found = alerts.package_of(db, alert.id)
    assert found is not None  # just stored
    path = args.out / f"{alert.template}-{alert.id[:8]}-v{alert.version}.alert"
    path.write_bytes(found[1])
    print(path)
    return EXIT_OK


def _publish(db: HubDatabase, key: Any, args: argparse.Namespace) -> Any:
    from hub import alerts
    from verifier.alerts import AlertError, NumberRange
    from verifier.imaging.loading import ImageError, load_rgb
    from verifier.settings import Settings

    library = args.library or Settings.from_env().bundled_library
    designs = alerts.library_templates(library)
    template = designs.get(args.template)
    if template is None:
        raise AlertError(f"no template {args.template!r} in the library {library}")
    if not args.example:
        raise AlertError("an alert needs at least one example page (--example LIGHT=PAGE)")
    pages = []
    for n, given in enumerate(args.example):
        light, equals, name = given.partition("=")
        if not equals:
            raise AlertError(f"{given!r}: write LIGHT=PAGE, e.g. uv=forged-uv.png")
        try:
            page = load_rgb(Path(name))
        except ImageError as exc:
            raise AlertError(str(exc)) from None
        caption = args.caption[n] if n < len(args.caption) else ""
        pages.append(alerts.ExamplePage(light.strip().lower(), caption, page))
    if len(args.caption) > len(pages):
        raise AlertError(f"{len(args.caption)} captions for {len(pages)} examples")
    region = None
    if args.feature:
        region = alerts.feature_region(template, args.feature)
    elif args.region:
        region = alerts.parse_box(args.region)
    visible = None
    if args.visible is not None:
        try:
            visible = load_rgb(args.visible)
        except ImageError as exc:
            raise AlertError(str(exc)) from None
    return alerts.publish(
        db, key, template, title=args.title, look_for=args.look_for, expires=args.expires,
        examples=pages, by=args.by, hub_name=args.hub_name, region=region,
        prefixes=args.prefix, ranges=[NumberRange.parse(r) for r in args.range],
        masks=[alerts.parse_box(m) for m in args.mask],
        placer=alerts.Placer(list(designs.values())), visible=visible,
    )  # fmt: skip


def _public_key(args: argparse.Namespace) -> int:
    """The hub's public key (PEM) for the workstations' administrators, and the fingerprint
    they compare with what `verifier library trust` prints before they trust it."""
    from cryptography.hazmat.primitives import serialization

    from hub.federation import load_key
    from verifier.files import write_atomic
    from verifier.library.package import fingerprint

    try:
        key = load_key(args.key).public_key()
        pem = key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        write_atomic(args.out, pem, mode=0o644)
    except (ValueError, OSError) as exc:
        print(f"verifier-hub public-key: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"{args.out}: fingerprint {fingerprint(key)}")
    return EXIT_OK

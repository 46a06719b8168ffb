"""``verifier watchlist``: watch lists of lost, stolen and revoked documents (verifier.watchlist).

- ``build --key PEM --name NAME --in entries.csv --out PKG [--delta --base VERSION]`` — the
  publisher's tool: CSV columns ``issuing_state,document_type,document_number`` (a header row
  is optional), and for a delta an optional fourth column ``action`` (``add`` or ``remove``).
  Prints the package's version: a delta names the version it updates with ``--base``.
- ``import PKG`` (administrators): verified against the trusted publishers, installed
  atomically; audited.
- ``status --json``: the installed lists, their dates, ages and sizes.
- ``check --state S --type T --number N``: exit 1 on a hit, 0 on none, 2 when no list is
  installed (nothing was checked) or the entry cannot be one.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from verifier.cli.common import (
    ADMIN,
    EXIT_BAD_INPUT,
    EXIT_INVALID,
    EXIT_OK,
    Io,
    add_auth_options,
    on_station,
    parse_date,
    print_json,
    signed_in_id,
)

if TYPE_CHECKING:
    from verifier.station.workstation import Workstation
    from verifier.store.officers import SignedIn

COLUMNS = ("issuing_state", "document_type", "document_number")
Entry = tuple[str, str, str]
Row = tuple[str, Entry]  # (add or remove, the entry)


def add_parsers(commands: Any) -> None:
    group = commands.add_parser(
        "watchlist", help="watch lists of lost, stolen and revoked documents"
    )
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = sub.add_parser(
        "build",
        help="make a signed watch-list package from a CSV (a publisher's tool)",
        description="CSV columns: issuing_state,document_type,document_number (header optional); "
        "a delta may add a fourth column, action: add or remove.",
    )
    build.add_argument("--key", type=Path, required=True, help="the publisher's Ed25519 key (PEM)")
    build.add_argument("--name", required=True, help="the list's name, e.g. 'SLTD extract UTO'")
    build.add_argument("--in", dest="source", type=Path, required=True, help="entries.csv")
    build.add_argument("--out", type=Path, required=True, help="the package file to write")
    build.add_argument("--delta", action="store_true", help="an update of version --base")
    build.add_argument("--base", type=int, help="the version a delta updates")
    build.add_argument("--version", type=int, help="default: the time of issue, YYYYMMDDhhmmss")
    build.add_argument("--instruction", default=None, help="what the officer does on a hit")
    build.set_defaults(run=_build)

    imp = sub.add_parser("import", help="import a signed watch-list package (administrators)")
    imp.add_argument("package", type=Path)
    imp.add_argument("--json", action="store_true")
    add_auth_options(imp)
    imp.set_defaults(run=on_station(_import, ADMIN))

    status = sub.add_parser("status", help="the installed watch lists")
    status.add_argument("--json", action="store_true")
    status.add_argument("--today", type=parse_date, default=None)
    status.set_defaults(run=_status)

    check = sub.add_parser("check", help="look one document up (exit 1 on a hit)")
    check.add_argument("--state", required=True, help="issuing state, e.g. UTO")
    check.add_argument("--type", required=True, dest="document_type", help="P, I, A, C or V")
    check.add_argument("--number", required=True, help="the document number")
    check.set_defaults(run=_check)


def _rows(path: Path, *, delta: bool) -> Iterator[Row]:
    """(action, entry) per CSV row; the header row is skipped; bad rows name their line."""
    from verifier.watchlist import WatchListError

    with path.open(newline="", encoding="utf-8-sig") as handle:
        for line, row in enumerate(csv.reader(handle), start=1):
            if not row or not "".join(row).strip():
                continue
            if line == 1 and tuple(c.strip().lower() for c in row[:3]) == COLUMNS:
                continue
            if len(row) not in (3, 4):
                raise WatchListError(f"line {line}: expected 3 columns (or 4 with action)")
            action = row[3].strip().lower() if len(row) == 4 else "add"
            if action not in ("add", "remove") or (action == "remove" and not delta):
                raise WatchListError(
                    f"line {line}: action must be add or remove (remove only in a --delta)"
                )
            yield action, (row[0], row[1], row[2])


def _build(args: argparse.Namespace, io: Io) -> int:
    from verifier.library.package import PackageError, load_private_key
    from verifier.watchlist import (
        DEFAULT_INSTRUCTION,
        WatchListError,
        hashes_of,
        list_key,
        normalised,
        write_package,
    )

    if args.delta != (args.base is not None):
        print("verifier watchlist build: a delta needs --base VERSION (and only a delta)",
              file=io.err)  # fmt: skip
        return EXIT_BAD_INPUT
    issued = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    version = args.version if args.version is not None else int(issued.strftime("%Y%m%d%H%M%S"))
    try:
        key = load_private_key(args.key)
        hash_key = list_key(key, args.name)

        def checked(rows: Iterator[Row], action: str) -> Iterator[Entry]:
            for kind, entry in rows:
                normalised(*entry)  # refuses a bad row with its reason before anything is written
                if kind == action:
                    yield entry

        # two passes over the CSV for a delta, not one into Python lists: ten million rows stay
        # 80 MB of hashes instead of gigabytes of tuples
        added = hashes_of(hash_key, checked(_rows(args.source, delta=args.delta), "add"))
        removed = (
            hashes_of(hash_key, checked(_rows(args.source, delta=True), "remove"))
            if args.delta
            else None
        )
        info = write_package(
            args.out,
            key,
            args.name,
            added,
            removed,
            version=version,
            base=args.base,
            issued=issued,
            instruction=args.instruction or DEFAULT_INSTRUCTION,
        )
    except (WatchListError, PackageError) as exc:
        print(f"verifier watchlist build: {exc}", file=io.err)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(f"verifier watchlist build: {exc.filename or args.source}: {exc.strerror}",
              file=io.err)  # fmt: skip
        return EXIT_BAD_INPUT
    io.out.write(
        f"{args.out}: {info.name} version {info.version} ({info.kind}"
        + (f" on {info.base}" if info.base is not None else "")
        + f"), {info.adds} added, {info.removes} removed\n"
    )
    return EXIT_OK


def _import(
    args: argparse.Namespace, station: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.station.alerts import import_watchlist

    imported = import_watchlist(station, args.package, signed_in_id(who))
    info = imported.info
    if args.json:
        print_json(
            {
                "list": info.name,
                "version": info.version,
                "kind": info.kind,
                "previous": imported.previous,
                "entries": info.entries,
                "added": imported.added,
                "removed": imported.removed,
                "issued": info.issued.date().isoformat(),
            },
            out,
        )
        return EXIT_OK
    out.write(f"{info.name}: version {info.version} installed, {info.entries} entries")
    if imported.added is not None:
        out.write(f" ({imported.added} added, {imported.removed} removed)")
    out.write("\n")
    return EXIT_OK


def _status(args: argparse.Namespace, io: Io) -> int:
    from verifier.station.alerts import watch_lists

    today = args.today or dt.date.today()
    lists = watch_lists(io.settings).installed()
    rows = [
        {
            "list": i.name,
            "version": i.version,
            "issued": i.issued.date().isoformat(),
            "age_days": i.age_days(today),
            "entries": i.entries,
            "publisher": i.publisher,
            "instruction": i.instruction,
        }
        for i in lists
    ]
    if args.json:
        print_json(rows, io.out)
    elif not rows:
        io.out.write("no watch list is installed\n")
    else:
        for r in rows:
            io.out.write(
                f"{r['list']}: version {r['version']} of {r['issued']} ({r['age_days']} days old), "
                f"{r['entries']} entries\n"
            )
    return EXIT_OK


def _check(args: argparse.Namespace, io: Io) -> int:
    from verifier.station.alerts import watch_lists
    from verifier.watchlist import WatchListError

    lists = watch_lists(io.settings)
    if not lists.installed():
        print("verifier watchlist check: no watch list is installed: nothing was checked",
              file=io.err)  # fmt: skip
        return EXIT_BAD_INPUT
    try:
        hits = lists.check(args.state, args.document_type, args.number)
    except WatchListError as exc:
        print(f"verifier watchlist check: {exc}", file=io.err)
        return EXIT_BAD_INPUT
    for hit in hits:
        io.out.write(
            f"HIT: on {hit.list.name} of {hit.list.issued.date().isoformat()}. "
            f"{hit.list.instruction}\n"
        )
    if not hits:
        io.out.write(f"not on any of the {len(lists.installed())} watch lists\n")
    return EXIT_INVALID if hits else EXIT_OK

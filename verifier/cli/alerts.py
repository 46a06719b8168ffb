"""``verifier alert``: fraud alerts from the regional hub (verifier.alerts).

- ``import PKG...`` (administrators): each alert verified against the trusted publishers (the
  hub's key, ``verifier library trust``) and installed; a newer version replaces an older one
  (a withdrawal too); audited. Exit 2 when one was refused (the others are installed).
- ``list [--all] [--json] [--today D]``: the alerts in force (``--all``: expired and withdrawn
  ones too), with the design and numbers they concern and what to look for.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from verifier.cli.common import (
    ADMIN,
    EXIT_BAD_INPUT,
    EXIT_OK,
    Io,
    add_auth_options,
    on_station,
    parse_date,
    print_json,
    signed_in_id,
)

if TYPE_CHECKING:
    from verifier.alerts import Alert
    from verifier.station.workstation import Workstation
    from verifier.store.officers import SignedIn


def add_parsers(commands: Any) -> None:
    group = commands.add_parser("alert", help="fraud alerts from the regional hub")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import fraud alerts signed by a trusted hub (admins)")
    imp.add_argument("packages", nargs="+", type=Path, metavar="PKG")
    imp.add_argument("--json", action="store_true")
    add_auth_options(imp)
    imp.set_defaults(run=on_station(_import, ADMIN))

    listing = sub.add_parser("list", help="the fraud alerts on this workstation")
    listing.add_argument("--all", action="store_true", help="expired and withdrawn ones too")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--today", type=parse_date, default=None)
    listing.set_defaults(run=_list)


def _state(alert: Alert, today: dt.date) -> str:
    if alert.withdrawn:
        return "withdrawn"
    return "in force" if alert.active(today) else "expired"


def row(alert: Alert, today: dt.date) -> dict[str, Any]:
    return {
        "id": alert.id,
        "version": alert.version,
        "state": _state(alert, today),
        "hub": alert.hub,
        "title": alert.title,
        "template": alert.template,
        "template_name": alert.template_name,
        "numbers": alert.numbers(),
        "issued": alert.issued.date().isoformat(),
        "expires": alert.expires.isoformat(),
        "look_for": alert.look_for,
        "examples": len(alert.examples),
    }


def _import(
    args: argparse.Namespace, station: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.alerts import AlertError
    from verifier.station.alerts import import_alert

    today = dt.date.today()
    done, refused = [], False
    for path in args.packages:
        try:
            alert, replaced = import_alert(station, path, signed_in_id(who))
        except AlertError as exc:
            refused = True
            print(f"verifier alert import: {path.name}: {exc}", file=sys.stderr)
            done.append({"file": path.name, "status": "refused", "reason": str(exc)})
            continue
        done.append({"file": path.name, "status": "installed", "replaced": replaced}
                    | row(alert, today))  # fmt: skip
        if not args.json:
            out.write(f"{path.name}: {alert.title} ({alert.template}), version {alert.version}, "
                      f"{_state(alert, today)}\n")  # fmt: skip
    if args.json:
        print_json(done, out)
    return EXIT_BAD_INPUT if refused else EXIT_OK


def _list(args: argparse.Namespace, io: Io) -> int:
    from verifier.station.alerts import fraud_alerts, trusted_hubs

    today = args.today or dt.date.today()
    installed = fraud_alerts(io.settings).installed(trusted_hubs(io.settings))
    alerts = [a for a in installed if args.all or a.active(today)]
    rows = [row(a, today) for a in alerts]
    if args.json:
        print_json(rows, io.out)
    elif not rows:
        io.out.write("no fraud alert in force\n" if not args.all else "no fraud alert\n")
    else:
        for r in rows:
            numbers = f", numbers {r['numbers']}" if r["numbers"] else ""
            state = f"[{r['state']}, until {r['expires']}]"
            io.out.write(f"{r['id'][:8]} {r['issued']} {r['title']} {state} {r['template']}"
                         f"{numbers}: {r['look_for']}\n")  # fmt: skip
    return EXIT_OK

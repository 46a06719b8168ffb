"""``verifier training``: courses, sessions, pre/post scores."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from verifier.cli.common import (
    ADMIN,
    EXIT_OK,
    TRAINERS,
    add_auth_options,
    on_station,
    print_json,
    signed_in_id,
)

if TYPE_CHECKING:
    from verifier.station.workstation import Workstation
    from verifier.store.officers import SignedIn


def add_parsers(commands: Any) -> None:
    training = commands.add_parser("training", help="training courses: sessions and scores")
    sub = training.add_subparsers(dest="action", required=True)
    listing = sub.add_parser("list", help="courses and their sessions")
    listing.add_argument("--json", action="store_true")
    report = sub.add_parser("report", help="per-trainee pre/post scores and the indicator")
    report.add_argument("course")
    report.add_argument("--json", action="store_true")
    export = sub.add_parser("export", help="the course report as CSV or PDF")
    export.add_argument("course")
    export.add_argument("--format", choices=("csv", "pdf"), default="csv")
    export.add_argument("--out", type=Path, required=True)
    sheet = sub.add_parser("session", help="print or export a session (samples, key: trainers)")
    sheet.add_argument("id", type=int)
    sheet.add_argument("--format", choices=("json", "pdf"), default="json")
    sheet.add_argument("--out", type=Path, required=True)
    purge = sub.add_parser("purge", help="delete attempts past the training retention period")
    purge.add_argument("--older-than", type=int, metavar="DAYS", help="default: the setting")
    for parser, handler, roles in (
        (listing, _training_list, TRAINERS),
        (report, _training_report, TRAINERS),
        (export, _training_export, TRAINERS),
        (sheet, _training_session, TRAINERS),
        (purge, _training_purge, ADMIN),
    ):
        add_auth_options(parser)
        parser.set_defaults(run=on_station(handler, roles))


def _training_list(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.training.course import courses

    with ws.db.session() as s:
        found = courses(s)
    if args.json:
        print_json(found, out)
    else:
        for course in found:
            out.write(f"{course['course']}\n")
            for x in course["sessions"]:
                out.write(f"  #{x['id']} {x['kind']:<8} {x['name']} ({x['samples']} samples)\n")
    return EXIT_OK


def _training_report(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.training.course import course_report

    with ws.db.session() as s:
        report = course_report(s, args.course)
    if args.json:
        print_json(report.as_dict(), out)
        return EXIT_OK
    out.write(f"Course {report.course}\n{'trainee':<20} {'pre %':>6} {'post %':>7}  improved\n")
    for t in report.trainees:
        pre = f"{t.pre.percent:.1f}" if t.pre else "-"
        post = f"{t.post.percent:.1f}" if t.post else "-"
        improved = "-" if t.improved is None else ("yes" if t.improved else "no")
        out.write(f"{t.trainee:<20} {pre:>6} {post:>7}  {improved}\n")
    out.write(f"Trainees whose score increased: {report.indicator} % (target 75 %)\n")
    return EXIT_OK


def _training_export(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.store.audit import record
    from verifier.training.course import course_report, report_csv
    from verifier.training.report import course_pdf

    with ws.db.session() as s:
        report = course_report(s, args.course)
        record(
            s,
            "training_exported",
            signed_in_id(who),
            {"course": args.course, "format": args.format},
        )
    if args.format == "csv":
        args.out.write_text(report_csv(report), encoding="utf-8")
    else:
        args.out.write_bytes(course_pdf(report))
    out.write(f"Course report written to {args.out}.\n")
    return EXIT_OK


def _training_session(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.training.course import session_sheet
    from verifier.training.report import session_pdf

    with ws.db.session() as s:
        sheet = session_sheet(s, args.id)
    if args.format == "json":
        args.out.write_text(json.dumps(sheet, indent=2, ensure_ascii=False) + "\n", "utf-8")
    else:
        args.out.write_bytes(session_pdf(sheet))
    out.write(f"Session {args.id} written to {args.out}.\n")
    return EXIT_OK


def _training_purge(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.store.settings import get_setting
    from verifier.training.course import purge

    with ws.db.session() as s:
        days = args.older_than or get_setting(s, "training_retention_days")
        removed = purge(s, days)
    out.write(f"{removed} training attempt(s) older than {days} days deleted.\n")
    return EXIT_OK

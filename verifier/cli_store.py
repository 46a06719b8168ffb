"""``verifier reports|stats|officers|settings``: the inspection store from the command line.

Read commands take ``--json``. Exit status: 0 ok, 1 a verification found problems,
2 bad input or the store cannot be used (one clear line on stderr: what to do).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from verifier.settings import Settings

if TYPE_CHECKING:
    from verifier.inspection.result import InspectionResult
    from verifier.reports.workstation import Workstation

EXIT_OK, EXIT_INVALID, EXIT_BAD_INPUT = 0, 1, 2


def _day(value: str) -> dt.datetime:
    try:
        return dt.datetime.combine(dt.date.fromisoformat(value), dt.time())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def add_parsers(commands: Any) -> None:
    reports = commands.add_parser("reports", help="stored inspection reports")
    sub = reports.add_subparsers(dest="action", required=True)
    listing = sub.add_parser("list", help="search the reports, newest first")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--since", type=_day, help="from this day (YYYY-MM-DD)")
    listing.add_argument("--until", type=_day, help="before this day (YYYY-MM-DD)")
    listing.add_argument("--verdict", choices=("no_anomalies", "anomalies", "inconclusive"))
    listing.add_argument("--number", help="document number")
    listing.add_argument("--limit", type=int, default=50)
    show = sub.add_parser("show", help="one report as stored (body, hash, signature)")
    show.add_argument("report", help="position (#) or report id")
    show.add_argument("--json", action="store_true")
    verify = sub.add_parser("verify", help="check every signature, link and image file")
    verify.add_argument("--json", action="store_true")
    verify.add_argument("--no-images", action="store_true", help="skip re-hashing image files")
    export = sub.add_parser("export", help="write one report as PDF, HTML or JSON")
    export.add_argument("report", help="position (#) or report id")
    export.add_argument("--format", choices=("pdf", "html", "json"), default="pdf")
    export.add_argument("--out", type=Path, required=True)
    purge = sub.add_parser("purge", help="remove personal data past the retention period")
    purge.add_argument("--older-than", type=int, metavar="DAYS", help="default: the setting")
    purge.add_argument("--dry-run", action="store_true", help="only list what would be purged")
    purge.add_argument("--json", action="store_true")

    stats = commands.add_parser("stats", help="non-personal statistics")
    ssub = stats.add_subparsers(dest="action", required=True)
    sexport = ssub.add_parser("export", help="fraud trends or usage, without personal data")
    sexport.add_argument("--format", choices=("csv", "json"), default="csv")
    sexport.add_argument("--kind", choices=("trends", "usage"), default="trends")
    sexport.add_argument("--out", type=Path, help="default: standard output")

    officers = commands.add_parser("officers", help="local officer accounts (administrators)")
    osub = officers.add_subparsers(dest="action", required=True)
    add = osub.add_parser("add", help="create an account (password asked, or --password-stdin)")
    add.add_argument("username")
    add.add_argument("--role", choices=("officer", "trainer", "admin"), default="officer")
    add.add_argument("--name", default="", help="display name")
    add.add_argument("--password-stdin", action="store_true")
    olist = osub.add_parser("list")
    olist.add_argument("--json", action="store_true")

    _backup_parsers(commands)
    _training_parsers(commands)

    settings = commands.add_parser("settings", help="workstation settings")
    tsub = settings.add_subparsers(dest="action", required=True)
    tlist = tsub.add_parser("list")
    tlist.add_argument("--json", action="store_true")
    tset = tsub.add_parser("set")
    tset.add_argument("key")
    tset.add_argument("value")


def _training_parsers(commands: Any) -> None:
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


def _backup_parsers(commands: Any) -> None:
    back = commands.add_parser("backup", help="back up the data dir (reports, images, keys)")
    back.add_argument("--out", type=Path, required=True, help="the backup file to write (.zip)")
    back.add_argument("--json", action="store_true")
    rest = commands.add_parser("restore", help="restore a backup into the data dir")
    rest.add_argument("backup", type=Path)
    rest.add_argument("--force", action="store_true", help="move an existing data dir aside")


def run_backup(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """``verifier backup`` and ``verifier restore`` (they work on the files, not a session)."""
    from verifier.reports.backup import BackupError, backup, restore
    from verifier.reports.verify import verify
    from verifier.reports.workstation import Workstation
    from verifier.store.audit import record
    from verifier.store.db import StoreError

    try:
        if args.command == "backup":
            info = backup(settings.data_dir, args.out)
            station = Workstation.open(settings)
            try:
                with station.db.session() as s:
                    record(s, "backup", None, {"files": info.files, "size": info.size})
            finally:
                station.close()
            if args.json:
                _print_json(info.as_dict(), out)
            else:
                out.write(f"Backup of {info.files} files written to {args.out} "
                          f"({info.size // 1024} KB). Keep it like the workstation: it holds "
                          "personal data and the signing key.\n")  # fmt: skip
            return EXIT_OK
        moved = restore(args.backup, settings.data_dir, force=args.force)
        station = Workstation.open(settings)
        try:
            checked = verify(station.book)
            with station.db.session() as s:
                record(s, "restore", None, {"reports": checked.reports, "ok": checked.ok})
        finally:
            station.close()
    except (BackupError, StoreError, OSError) as exc:
        print(f"verifier {args.command}: {exc}", file=err)
        return EXIT_BAD_INPUT
    if moved is not None:
        out.write(f"The previous data dir was moved to {moved}.\n")
    verdict = "the chain verifies" if checked.ok else "THE CHAIN DOES NOT VERIFY"
    out.write(f"Restored {checked.reports} reports into {settings.data_dir}: {verdict}.\n")
    return EXIT_OK if checked.ok else EXIT_INVALID


def run(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    from verifier.reports.signing import SigningKeyError
    from verifier.reports.workstation import Workstation
    from verifier.store.db import StoreError

    handlers: dict[tuple[str, str], Callable[[argparse.Namespace, Workstation, TextIO], int]] = {
        ("reports", "list"): _list,
        ("reports", "show"): _show,
        ("reports", "verify"): _verify,
        ("reports", "export"): _export,
        ("reports", "purge"): _purge,
        ("stats", "export"): _stats,
        ("officers", "add"): _officer_add,
        ("officers", "list"): _officer_list,
        ("settings", "list"): _settings_list,
        ("settings", "set"): _settings_set,
        ("training", "list"): _training_list,
        ("training", "report"): _training_report,
        ("training", "export"): _training_export,
        ("training", "session"): _training_session,
        ("training", "purge"): _training_purge,
    }
    try:
        station = Workstation.open(settings)
    except (StoreError, SigningKeyError) as exc:
        print(f"verifier {args.command}: {exc}", file=err)
        return EXIT_BAD_INPUT
    try:
        return handlers[(args.command, args.action)](args, station, out)
    except (StoreError, SigningKeyError, LookupError, ValueError, OSError) as exc:
        print(f"verifier {args.command} {args.action}: {exc}", file=err)
        return EXIT_BAD_INPUT
    finally:
        station.close()


def _print_json(value: Any, out: TextIO) -> None:
    out.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def _list(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    rows = ws.book.search(
        since=args.since,
        until=args.until,
        verdict=args.verdict,
        document_number=args.number,
        limit=args.limit,
    )
    if args.json:
        _print_json([r.as_dict() for r in rows], out)
        return EXIT_OK
    header = f"{'#':>6}  {'created (UTC)':<20} {'verdict':<13} {'decision':<19} {'template':<12} "
    out.write(header + "failed checks\n")
    for r in rows:
        created = r.created_at.isoformat(sep=" ", timespec="seconds")
        tag = " (purged)" if r.purged else ""
        out.write(
            f"{r.seq:>6}  {created:<20} {r.verdict:<13} {r.decision or '-':<19} "
            f"{r.template_id or '-':<12} {', '.join(r.failed_checks) or '-'}{tag}\n"
        )
    return EXIT_OK


def _show(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    report = ws.book.get(args.report)
    if args.json:
        _print_json(report, out)
        return EXIT_OK
    body = report["body"]
    inspection = body.get("inspection") or {}
    out.write(f"Report #{report['seq']} {body.get('report_id')}  {body.get('created_at')}\n")
    if report["purged_at"]:
        out.write(f"Personal data purged on {report['purged_at']}.\n")
        for key, value in body.get("statistics", {}).items():
            out.write(f"  {key}: {value}\n")
    else:
        decision = (body.get("decision") or {}).get("outcome") or "none recorded"
        out.write(f"Verdict: {inspection.get('verdict')}   Decision: {decision}\n")
        for check in inspection.get("checks", []):
            out.write(f"  [{check['status']:<7}] {check['id']:<22} {check['message']}\n")
    out.write(f"Hash {report['report_hash']}\nKey  {report['key_fingerprint']}\n")
    return EXIT_OK


def _verify(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    from verifier.reports.verify import verify
    from verifier.store.audit import record

    result = verify(ws.book, check_images=not args.no_images)
    with ws.db.session() as s:
        record(s, "chain_verified", None, {"reports": result.reports, "ok": result.ok})
    if args.json:
        _print_json(result.as_dict(), out)
    else:
        out.write(
            f"{result.reports} reports ({result.purged} purged), {result.images} image files: "
            + ("the chain verifies.\n" if result.ok else f"{len(result.problems)} problem(s):\n")
        )
        for p in result.problems:
            out.write(f"  report #{p.seq}: {p.reason}\n")
    return EXIT_OK if result.ok else EXIT_INVALID


def _export(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    from verifier.reports.render import Printable, to_html, to_pdf
    from verifier.store.audit import record

    report = ws.book.get(args.report)
    if args.format == "json":
        data = (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    else:
        images = {}
        for role, digest in (report["body"].get("images") or {}).items():
            if ws.book.images.intact(digest):
                images[role] = ws.book.images.get(digest)
        printable = Printable(report, images)
        data = to_pdf(printable) if args.format == "pdf" else to_html(printable).encode("utf-8")
    args.out.write_bytes(data)
    with ws.db.session() as s:
        record(s, "report_exported", None, {"seq": report["seq"], "format": args.format})
    out.write(f"Report #{report['seq']} written to {args.out} ({len(data) // 1024} KB).\n")
    return EXIT_OK


def _purge(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    purged = ws.book.purge(older_than_days=args.older_than, dry_run=args.dry_run)
    if args.json:
        _print_json({"dry_run": args.dry_run, "purged": purged}, out)
    else:
        verb = "would be purged" if args.dry_run else "purged"
        out.write(f"{len(purged)} report(s) {verb}.\n")
    return EXIT_OK


def _stats(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    from verifier.reports.stats import export
    from verifier.store.audit import record

    text = export(ws.db, args.kind, args.format)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        out.write(text)
    with ws.db.session() as s:
        record(s, "stats_exported", None, {"kind": args.kind, "format": args.format})
    return EXIT_OK


def _officer_add(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    from verifier.store.officers import create_officer

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    elif os.environ.get("VERIFIER_NEW_PASSWORD"):
        password = os.environ["VERIFIER_NEW_PASSWORD"]
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            raise ValueError("the two passwords differ; nothing was created")
    with ws.db.session() as s:
        officer = create_officer(s, args.username, password, args.role, args.name)
        out.write(f"Account {officer.username!r} ({officer.role}) created.\n")
    return EXIT_OK


def _officer_list(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    from sqlalchemy import select

    from verifier.store.models import Officer

    with ws.db.session() as s:
        rows = [
            {
                "username": o.username,
                "display_name": o.display_name,
                "role": o.role,
                "active": o.active,
                "locked": o.locked_until is not None and o.locked_until > _utcnow(),
            }
            for o in s.scalars(select(Officer).order_by(Officer.username))
        ]
    if args.json:
        _print_json(rows, out)
    else:
        for r in rows:
            lock = " (locked)" if r["locked"] else ""
            out.write(f"{r['username']:<20} {r['role']:<8} {r['display_name']}{lock}\n")
    return EXIT_OK


def _settings_list(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    from verifier.store.settings import all_settings

    with ws.db.session() as s:
        values = all_settings(s)
    if args.json:
        _print_json(values, out)
    else:
        for key, value in values.items():
            out.write(f"{key} = {value}\n")
    return EXIT_OK


def _settings_set(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    from verifier.store.settings import set_setting

    with ws.db.session() as s:
        set_setting(s, args.key, args.value, None)
    out.write(f"{args.key} set.\n")
    return EXIT_OK


def _training_list(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    from verifier.training.course import courses

    with ws.db.session() as s:
        found = courses(s)
    if args.json:
        _print_json(found, out)
    else:
        for course in found:
            out.write(f"{course['course']}\n")
            for x in course["sessions"]:
                out.write(f"  #{x['id']} {x['kind']:<8} {x['name']} ({x['samples']} samples)\n")
    return EXIT_OK


def _training_report(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    from verifier.training.course import course_report

    with ws.db.session() as s:
        report = course_report(s, args.course)
    if args.json:
        _print_json(report.as_dict(), out)
        return EXIT_OK
    out.write(f"Course {report.course}\n{'trainee':<20} {'pre %':>6} {'post %':>7}  improved\n")
    for t in report.trainees:
        pre = f"{t.pre.percent:.1f}" if t.pre else "-"
        post = f"{t.post.percent:.1f}" if t.post else "-"
        improved = "-" if t.improved is None else ("yes" if t.improved else "no")
        out.write(f"{t.trainee:<20} {pre:>6} {post:>7}  {improved}\n")
    out.write(f"Trainees whose score increased: {report.indicator} % (target 75 %)\n")
    return EXIT_OK


def _training_export(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    from verifier.store.audit import record
    from verifier.training.course import course_report, report_csv
    from verifier.training.report import course_pdf

    with ws.db.session() as s:
        report = course_report(s, args.course)
        record(s, "training_exported", None, {"course": args.course, "format": args.format})
    if args.format == "csv":
        args.out.write_text(report_csv(report), encoding="utf-8")
    else:
        args.out.write_bytes(course_pdf(report))
    out.write(f"Course report written to {args.out}.\n")
    return EXIT_OK


def _training_session(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
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


def _training_purge(args: argparse.Namespace, ws: Workstation, out: TextIO) -> int:
    from verifier.store.settings import get_setting
    from verifier.training.course import purge

    with ws.db.session() as s:
        days = args.older_than or int(get_setting(s, "training_retention_days"))
        removed = purge(s, days)
    out.write(f"{removed} training attempt(s) older than {days} days deleted.\n")
    return EXIT_OK


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def store_inspection(
    settings: Settings,
    result: InspectionResult,
    captures: Mapping[str, Path],
    library: Path,
) -> int:
    """Save the report of a command-line inspection (no officer, no decision); its position."""
    from verifier.reports.workstation import Workstation, report_images

    images = report_images(captures, result)
    station = Workstation.open(settings)
    try:
        return station.book.save(result, station.inspection_context(library), images=images).seq
    finally:
        station.close()

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
from typing import TYPE_CHECKING, Any, Final, TextIO

from verifier.i18n import LANGUAGES
from verifier.settings import Settings

if TYPE_CHECKING:
    from verifier.inspection.result import InspectionResult
    from verifier.reports.workstation import Workstation
    from verifier.store.officers import SignedIn

EXIT_OK, EXIT_INVALID, EXIT_BAD_INPUT = 0, 1, 2


def _day(value: str) -> dt.datetime:
    try:
        return dt.datetime.combine(dt.date.fromisoformat(value), dt.time())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


DECISION_VALUES: Final = ("released", "referred_to_expert", "suspected_fraud", "not_decided")


def add_parsers(commands: Any) -> None:
    reports = commands.add_parser("reports", help="stored inspection reports")
    sub = reports.add_subparsers(dest="action", required=True)
    listing = sub.add_parser("list", help="search the reports, newest first")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--since", type=_day, help="from this day (YYYY-MM-DD)")
    listing.add_argument("--until", type=_day, help="before this day (YYYY-MM-DD)")
    listing.add_argument("--verdict", choices=("no_anomalies", "anomalies", "inconclusive"))
    listing.add_argument("--number", help="document number, or any part of it (any case)")
    listing.add_argument("--name", help="holder's name or any part of it, as printed or in the MRZ")
    listing.add_argument("--officer", help="the user name of the officer who saved it")
    listing.add_argument(
        "--decision",
        choices=(*DECISION_VALUES, "none"),
        help="as decided or as an addendum corrected it; none: no decision recorded",
    )
    listing.add_argument("--limit", type=int, default=50)
    add_auth_options(listing)
    show = sub.add_parser("show", help="one report as stored (body, hash, signature)")
    add_auth_options(show)
    show.add_argument("report", help="position (#) or report id")
    show.add_argument("--json", action="store_true")
    addendum = sub.add_parser(
        "addendum", help="correct or complete a report with a signed addendum (never edited)"
    )
    addendum.add_argument("report", type=int, help="position (#) of the report")
    addendum.add_argument("--decision", choices=DECISION_VALUES[:3],
                          help="the corrected decision, if it changes")  # fmt: skip
    text = addendum.add_mutually_exclusive_group(required=True)
    text.add_argument("--notes", help="what the addendum corrects or adds, and why")
    text.add_argument("--notes-stdin", action="store_true",
                      help="read the text from standard input (after the password)")  # fmt: skip
    add_auth_options(addendum)
    verify = sub.add_parser("verify", help="check every signature, link and image file")
    verify.add_argument("--json", action="store_true")
    verify.add_argument("--no-images", action="store_true", help="skip re-hashing image files")
    verify.add_argument(
        "--checkpoint",
        type=Path,
        action="append",
        default=[],
        help="a checkpoint kept elsewhere: the chain must still hold it (repeatable)",
    )
    checkpoint = sub.add_parser(
        "checkpoint", help="write a signed checkpoint of the chain (keep a copy elsewhere)"
    )
    checkpoint.add_argument("--out", type=Path, help="also write it here (a USB stick, a share)")
    add_auth_options(checkpoint)
    rotate = sub.add_parser(
        "rotate-key", help="replace the signing key; the change is signed into the chain"
    )
    add_auth_options(rotate)
    export = sub.add_parser("export", help="write one report as PDF, HTML or JSON")
    export.add_argument("report", help="position (#) or report id")
    export.add_argument("--format", choices=("pdf", "html", "json"), default="pdf")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument(
        "--language",
        choices=LANGUAGES,
        help="the printed report's language (default: the workstation's); the signed record "
        "is the same in every language",
    )
    add_auth_options(export)
    purge = sub.add_parser("purge", help="remove personal data past the retention period")
    add_auth_options(purge)
    purge.add_argument("--older-than", type=int, metavar="DAYS", help="default: the setting")
    purge.add_argument("--dry-run", action="store_true", help="only list what would be purged")
    purge.add_argument("--json", action="store_true")

    _account_parsers(commands)
    _backup_parsers(commands)
    _training_parsers(commands)


def _account_parsers(commands: Any) -> None:
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
    for command in (listing, report, export, sheet, purge):
        add_auth_options(command)


def _backup_parsers(commands: Any) -> None:
    back = commands.add_parser("backup", help="back up the data dir (reports, images, keys)")
    back.add_argument("--out", type=Path, required=True, help="the backup file to write (.zip)")
    back.add_argument("--json", action="store_true")
    add_auth_options(back)
    rest = commands.add_parser("restore", help="restore a backup into the data dir")
    rest.add_argument("backup", type=Path)
    rest.add_argument("--force", action="store_true", help="move an existing data dir aside")
    rest.add_argument(
        "--accept-other-workstation",
        action="store_true",
        help="restore data signed by another workstation's key (recorded in the audit log)",
    )
    add_auth_options(rest)


def run_backup(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """``verifier backup`` and ``verifier restore`` (they work on the files, not a session)."""
    from verifier.reports.backup import BackupError
    from verifier.reports.signing import SigningKeyError
    from verifier.store.db import StoreError
    from verifier.store.officers import AccountError

    try:
        if args.command == "backup":
            return _backup(args, settings, out)
        return _restore(args, settings, out)
    except (BackupError, StoreError, OSError, AccountError, SigningKeyError) as exc:
        print(f"verifier {args.command}: {exc}", file=err)
        return EXIT_BAD_INPUT


def _backup(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from verifier.reports.backup import BackupError, backup
    from verifier.reports.workstation import Workstation
    from verifier.store.audit import record

    if not settings.database_path.exists():
        raise BackupError(f"{settings.data_dir} holds no inspection database: nothing to back up")
    station = Workstation.open(settings)
    try:
        who = authenticate(args, station, ADMIN)
        info = backup(settings.data_dir, args.out, station.book.signer)
        with station.db.session() as s:
            record(s, "backup", _id(who), {"files": info.files, "size": info.size})
    finally:
        station.close()
    if args.json:
        _print_json(info.as_dict(), out)
    else:
        out.write(f"Backup of {info.files} files written to {args.out} ({info.size // 1024} "
                  "KB), signed by this workstation. Keep it like the workstation: it holds "
                  "personal data.\n")  # fmt: skip
    return EXIT_OK


def _restore(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from verifier.reports.backup import restore
    from verifier.reports.verify import verify
    from verifier.reports.workstation import Workstation
    from verifier.store.audit import record

    who = None
    if settings.database_path.exists():  # replacing a workstation's data: its administrator
        station = Workstation.open(settings)
        try:
            who = authenticate(args, station, ADMIN)
        finally:
            station.close()
    moved = restore(
        args.backup,
        settings.data_dir,
        force=args.force,
        trusted=_backup_trust(settings),
        accept_other=args.accept_other_workstation,
    )
    station = Workstation.open(settings)
    try:
        checked = verify(station.book)
        with station.db.session() as s:
            detail: dict[str, Any] = {"reports": checked.reports, "ok": checked.ok}
            if args.accept_other_workstation:
                detail["other_workstation"] = True
            record(s, "restore", _id(who), detail)
    finally:
        station.close()
    if moved is not None:
        out.write(f"The previous data dir was moved to {moved}.\n")
    verdict = "the chain verifies" if checked.ok else "THE CHAIN DOES NOT VERIFY"
    out.write(f"Restored {checked.reports} reports into {settings.data_dir}: {verdict}.\n")
    return EXIT_OK if checked.ok else EXIT_INVALID


def _backup_trust(settings: Settings) -> Callable[[Any], bool]:
    """Which backup keys a restore accepts without an administrator's explicit word: the
    enrolled key, or the key this data dir uses now; anything on a machine not yet enrolled."""
    from verifier.reports.enrolment import read_enrolment
    from verifier.reports.signing import fingerprint, public_key

    enrolled = read_enrolment(settings.enrolment_path)
    current = public_key(settings.keys_dir)
    accepted = {fingerprint(k) for k in (enrolled.key if enrolled else None, current) if k}

    def trusted(key: Any) -> bool:
        return enrolled is None or fingerprint(key) in accepted

    return trusted


def run(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    from verifier.reports.signing import SigningKeyError
    from verifier.reports.workstation import Workstation
    from verifier.store.db import StoreError
    from verifier.store.officers import AccountError, SignedIn

    handler_type = Callable[[argparse.Namespace, Workstation, TextIO, SignedIn | None], int]
    handlers: dict[tuple[str, str], handler_type] = {
        ("reports", "list"): _list,
        ("reports", "show"): _show,
        ("reports", "addendum"): _addendum,
        ("reports", "verify"): _verify,
        ("reports", "export"): _export,
        ("reports", "purge"): _purge,
        ("reports", "checkpoint"): _checkpoint,
        ("reports", "rotate-key"): _rotate,
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
        who = authenticate(args, station, ACCESS[(args.command, args.action)])
        return handlers[(args.command, args.action)](args, station, out, who)
    except AccountError as exc:
        print(f"verifier {args.command} {args.action}: {exc}", file=err)
        return EXIT_BAD_INPUT
    except (StoreError, SigningKeyError, LookupError, ValueError, OSError) as exc:
        print(f"verifier {args.command} {args.action}: {exc}", file=err)
        return EXIT_BAD_INPUT
    finally:
        station.close()


ANY: Final = ("officer", "trainer", "admin")
TRAINERS: Final = ("trainer", "admin")
ADMIN: Final = ("admin",)
# who may run what; None: status commands, open to anyone who can run the program
ACCESS: Final[dict[tuple[str, str], tuple[str, ...] | None]] = {
    ("reports", "list"): ANY,
    ("reports", "show"): ANY,
    ("reports", "addendum"): ANY,
    ("reports", "verify"): None,
    ("reports", "export"): ANY,
    ("reports", "purge"): ADMIN,
    ("reports", "checkpoint"): ANY,
    ("reports", "rotate-key"): ADMIN,
    ("stats", "export"): ADMIN,
    ("officers", "add"): ADMIN,  # except the first account (the administrator)
    ("officers", "list"): ADMIN,
    ("settings", "list"): None,
    ("settings", "set"): ADMIN,
    ("training", "list"): TRAINERS,
    ("training", "report"): TRAINERS,
    ("training", "export"): TRAINERS,
    ("training", "session"): TRAINERS,
    ("training", "purge"): ADMIN,
    ("backup", ""): ADMIN,
    ("restore", ""): ADMIN,
    ("library", "import"): ADMIN,
    ("library", "trust"): ADMIN,
    ("library", "publish"): ADMIN,
    ("library", "export"): ADMIN,
    ("inspect", ""): ANY,  # when it stores a report
}


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


def _id(who: SignedIn | None) -> int | None:
    return who.id if who is not None else None


def _print_json(value: Any, out: TextIO) -> None:
    out.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def _list(args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None) -> int:
    from sqlalchemy import select

    from verifier.store.tables import Officer

    officer_id = None
    if args.officer:
        with ws.db.session() as s:
            officer_id = s.scalar(select(Officer.id).where(Officer.username == args.officer))
        if officer_id is None:
            raise LookupError(f"there is no officer {args.officer!r}")
    rows = ws.book.search(
        since=args.since,
        until=args.until,
        verdict=args.verdict,
        document_number=args.number,
        name=args.name,
        officer_id=officer_id,
        decision=args.decision,
        limit=args.limit,
    )
    if args.json:
        _print_json([r.as_dict() for r in rows], out)
        return EXIT_OK
    header = (
        f"{'#':>6}  {'created (UTC)':<20} {'verdict':<13} {'decision':<21} {'officer':<12} "
        f"{'template':<12} "
    )
    out.write(header + "failed checks\n")
    for r in rows:
        created = r.created_at.isoformat(sep=" ", timespec="seconds")
        tag = " (purged)" if r.purged else ""
        decision = (r.current_decision or "-") + ("*" if r.addenda else "")
        out.write(
            f"{r.seq:>6}  {created:<20} {r.verdict:<13} {decision:<21} {r.officer or '-':<12} "
            f"{r.template_id or '-':<12} {', '.join(r.failed_checks) or '-'}{tag}\n"
        )
    if any(r.addenda for r in rows):
        out.write("* corrected or completed by a signed addendum (reports show N)\n")
    return EXIT_OK


def _show(args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None) -> int:
    from verifier.reports.render import DECISIONS, check_name, officer_line, verdict_banner

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
        banner = verdict_banner(inspection)[0]
        out.write(f"Officer: {officer_line(body.get('officer'))}\n")
        out.write(f"Verdict: {banner}\nDecision: {decision}\n")
        notes = (body.get("decision") or {}).get("notes")
        if notes:
            out.write(f"Notes: {notes}\n")
        for check in inspection.get("checks", []):
            out.write(
                f"  [{check['status']:<7}] {check['id']:<22} {check_name(check)}: "
                f"{check['message']}\n"
            )
    corrected = None
    for addendum in report.get("addenda") or []:
        added = addendum["body"]
        if added.get("schema") != "verifier-addendum/1":
            out.write(f"Addendum #{addendum['seq']}: purged with the report.\n")
            continue
        outcome = (added.get("decision") or {}).get("outcome")
        corrected = outcome or corrected
        out.write(
            f"Addendum #{addendum['seq']} {added.get('created_at')} by "
            f"{officer_line(added.get('officer'))}"
            + (f" — decision corrected to {DECISIONS.get(outcome, outcome)}" if outcome else "")
            + f":\n  {(added.get('decision') or {}).get('notes', '')}\n"
        )
    if corrected:
        out.write(f"Decision (corrected): {corrected}\n")
    out.write(f"Hash {report['report_hash']}\nKey  {report['key_fingerprint']}\n")
    return EXIT_OK


def _addendum(args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None) -> int:
    from verifier.reports.book import Decision

    notes = sys.stdin.read() if args.notes_stdin else args.notes
    context = ws.context(who.id if who else None, who.username if who else None)
    decision = Decision(args.decision) if args.decision else None
    added = ws.book.add_addendum(args.report, context, notes=notes.strip(), decision=decision)
    out.write(
        f"Addendum #{added.seq} to report #{args.report} signed and saved"
        + (f" (decision corrected to {args.decision})" if decision else "")
        + ".\n"
    )
    return EXIT_OK


def _verify(args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None) -> int:
    from verifier.reports.verify import verify
    from verifier.store.audit import record

    result = verify(ws.book, check_images=not args.no_images, checkpoints=args.checkpoint)
    with ws.db.session() as s:
        record(s, "chain_verified", _id(who), {"reports": result.reports, "ok": result.ok})
    if args.json:
        _print_json(result.as_dict(), out)
    else:
        out.write(
            f"{result.reports} reports ({result.purged} purged), {result.images} image files, "
            f"{result.audit_entries} audit entries"
            + (f", {result.checkpoints} checkpoint(s)" if result.checkpoints else "")
            + ": "
            + ("the chain verifies.\n" if result.ok else f"{len(result.problems)} problem(s):\n")
        )
        for p in result.problems:
            where = f"report #{p.seq}" if p.seq else "chain"
            out.write(f"  {where}: {p.reason}\n")
        for warning in result.warnings:
            out.write(f"  warning: {warning}\n")
    return EXIT_OK if result.ok else EXIT_INVALID


def _checkpoint(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    path = ws.checkpoint(args.out)
    out.write(f"Checkpoint written to {path}. Keep a copy where this workstation cannot reach.\n")
    return EXIT_OK


def _rotate(args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None) -> int:
    assert who is not None
    fingerprint = ws.rotate_key(who)
    out.write(
        f"New signing key {fingerprint}; the change is signed into the chain by the old key. "
        "Tell the authority the new fingerprint.\n"
    )
    return EXIT_OK


def _export(args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None) -> int:
    from verifier.i18n import Words
    from verifier.reports.render import Printable, to_html, to_pdf
    from verifier.store.audit import record
    from verifier.store.settings import get_setting

    report = ws.book.get(args.report)
    if args.format == "json":
        data = (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    else:
        images = {}
        for role, digest in (report["body"].get("images") or {}).items():
            if ws.book.images.intact(digest):
                images[role] = ws.book.images.get(digest)
        with ws.db.session() as s:
            language = args.language or str(get_setting(s, "language"))
        printable = Printable(report, images, Words(language))
        data = to_pdf(printable) if args.format == "pdf" else to_html(printable).encode("utf-8")
    args.out.write_bytes(data)
    with ws.db.session() as s:
        record(s, "report_exported", _id(who), {"seq": report["seq"], "format": args.format})
    out.write(f"Report #{report['seq']} written to {args.out} ({len(data) // 1024} KB).\n")
    return EXIT_OK


def _purge(args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None) -> int:
    purged = ws.book.purge(
        older_than_days=args.older_than, dry_run=args.dry_run, officer_id=_id(who)
    )
    if args.json:
        _print_json({"dry_run": args.dry_run, "purged": purged}, out)
    else:
        verb = "would be purged" if args.dry_run else "purged"
        out.write(f"{len(purged)} report(s) {verb}.\n")
    return EXIT_OK


def _stats(args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None) -> int:
    from verifier.reports.stats import export
    from verifier.store.audit import record

    text = export(ws.book, args.kind, args.format)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        out.write(text)
    with ws.db.session() as s:
        record(s, "stats_exported", _id(who), {"kind": args.kind, "format": args.format})
    return EXIT_OK


def _officer_add(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.store.officers import create_officer, first_run

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")  # after the signing-in officer's line
    elif os.environ.get("VERIFIER_NEW_PASSWORD"):
        password = os.environ["VERIFIER_NEW_PASSWORD"]
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


def _settings_list(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.store.settings import all_settings

    with ws.db.session() as s:
        values = all_settings(s)
    if args.json:
        _print_json(values, out)
    else:
        for key, value in values.items():
            out.write(f"{key} = {value}\n")
    return EXIT_OK


def _settings_set(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.store.settings import set_setting

    with ws.db.session() as s:
        set_setting(s, args.key, args.value, _id(who))
    out.write(f"{args.key} set.\n")
    return EXIT_OK


def _training_list(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
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


def _training_report(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
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


def _training_export(
    args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.store.audit import record
    from verifier.training.course import course_report, report_csv
    from verifier.training.report import course_pdf

    with ws.db.session() as s:
        report = course_report(s, args.course)
        record(s, "training_exported", _id(who), {"course": args.course, "format": args.format})
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
        days = args.older_than or int(get_setting(s, "training_retention_days"))
        removed = purge(s, days)
    out.write(f"{removed} training attempt(s) older than {days} days deleted.\n")
    return EXIT_OK


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def store_inspection(
    args: argparse.Namespace,
    settings: Settings,
    result: InspectionResult,
    captures: Mapping[str, Path],
    library: Path,
) -> int:
    """Save the report of a command-line inspection, signed by the officer who signs in (no
    decision: the officer records it in the application); its position."""
    from verifier.reports.workstation import Workstation, report_images

    images = report_images(captures, result)
    station = Workstation.open(settings)
    try:
        who = authenticate(args, station, ANY)
        context = station.inspection_context(
            library, who.id if who else None, who.username if who else None
        )
        return station.book.save(result, context, images=images).seq
    finally:
        station.close()

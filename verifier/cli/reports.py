"""``verifier reports``: the signed inspection reports — search, show, addenda, verify, export,
purge.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from verifier.cli.common import (
    ADMIN,
    ANY,
    DECISION_VALUES,
    EXIT_INVALID,
    EXIT_OK,
    add_auth_options,
    on_station,
    parse_day,
    print_json,
    signed_in_id,
)
from verifier.printing.words import LANGUAGES
from verifier.share import CLASSIFICATIONS

if TYPE_CHECKING:
    from verifier.station.workstation import Workstation
    from verifier.store.officers import SignedIn


def add_parsers(commands: Any) -> None:
    reports = commands.add_parser("reports", help="stored inspection reports")
    sub = reports.add_subparsers(dest="action", required=True)
    listing = sub.add_parser("list", help="search the reports, newest first")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--since", type=parse_day, help="from this day (YYYY-MM-DD)")
    listing.add_argument("--until", type=parse_day, help="before this day (YYYY-MM-DD)")
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
    addendum.add_argument("--classification", choices=CLASSIFICATIONS,
                          help="an expert's fraud classification of the document")  # fmt: skip
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
    for parser, handler, roles in (
        (listing, _list, ANY),
        (show, _show, ANY),
        (addendum, _addendum, ANY),
        (verify, _verify, None),
        (checkpoint, _checkpoint, ANY),
        (rotate, _rotate, ADMIN),
        (export, _export, ANY),
        (purge, _purge, ADMIN),
    ):
        parser.set_defaults(run=on_station(handler, roles))


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
        print_json([r.as_dict() for r in rows], out)
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
    from verifier.reports.render import (
        DECISIONS,
        alert_lines,
        check_name,
        officer_line,
        seen_before,
        verdict_banner,
    )

    report = ws.book.get(args.report)
    if args.json:
        print_json(report, out)
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
        for alert in inspection.get("alerts") or []:
            out.write(f"Fraud alert shown: {' '.join(str(line) for line in alert_lines(alert))}\n")
        for line in seen_before(inspection)[0]:
            out.write(f"Seen before here: {line}\n")
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
            + (
                f" — expert's classification: {added['classification']}"
                if added.get("classification")
                else ""
            )
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
    added = ws.book.add_addendum(args.report, context, notes=notes.strip(), decision=decision,
                                 classification=args.classification)  # fmt: skip
    out.write(
        f"Addendum #{added.seq} to report #{args.report} signed and saved"
        + (f" (decision corrected to {args.decision})" if decision else "")
        + (f" (classified: {args.classification})" if args.classification else "")
        + ".\n"
    )
    return EXIT_OK


def _verify(args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None) -> int:
    from verifier.reports.verify import verify
    from verifier.store.audit import record

    result = verify(ws.book, check_images=not args.no_images, checkpoints=args.checkpoint)
    with ws.db.session() as s:
        record(s, "chain_verified", signed_in_id(who), {"reports": result.reports, "ok": result.ok})
    if args.json:
        print_json(result.as_dict(), out)
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
    from verifier.printing.words import Words
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
            language = args.language or get_setting(s, "language")
        printable = Printable(report, images, Words(language))
        data = to_pdf(printable) if args.format == "pdf" else to_html(printable).encode("utf-8")
    args.out.write_bytes(data)
    with ws.db.session() as s:
        record(
            s, "report_exported", signed_in_id(who), {"seq": report["seq"], "format": args.format}
        )
    out.write(f"Report #{report['seq']} written to {args.out} ({len(data) // 1024} KB).\n")
    return EXIT_OK


def _purge(args: argparse.Namespace, ws: Workstation, out: TextIO, who: SignedIn | None) -> int:
    purged = ws.book.purge(
        older_than_days=args.older_than, dry_run=args.dry_run, officer_id=signed_in_id(who)
    )
    if args.json:
        print_json({"dry_run": args.dry_run, "purged": purged}, out)
    else:
        verb = "would be purged" if args.dry_run else "purged"
        out.write(f"{len(purged)} report(s) {verb}.\n")
    return EXIT_OK

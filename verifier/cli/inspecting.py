"""``verifier inspect`` and ``verifier demo``: the pipeline on captures, a report stored."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from verifier.cli.common import (
    ANY,
    EXIT_BAD_INPUT,
    EXIT_INVALID,
    EXIT_OK,
    Io,
    add_auth_options,
    authenticate,
    parse_date,
    print_json_line,
)
from verifier.cli.station import display, gui
from verifier.library.package import (
    active_library,
    checked_library,
)
from verifier.library.units import LIGHTS
from verifier.mrz import parse
from verifier.mrz.specimens import SPECIMENS
from verifier.settings import Settings

if TYPE_CHECKING:
    from verifier.inspection.pipeline import Inspector
    from verifier.inspection.result import InspectionResult


def add_parsers(commands: Any) -> None:
    inspect = commands.add_parser(
        "inspect",
        help="inspect a document: MRZ, template, security features per light, seals",
        description="Inspect the captures of one document (visible required; UV and IR when "
        "captured) and print the checks and the verdict (never 'genuine': the officer decides).",
    )
    inspect.add_argument("visible", type=Path, metavar="VISIBLE", help="the capture in white light")
    inspect.add_argument("--uv", type=Path, help="the capture under UV (365 nm)")
    inspect.add_argument("--ir", type=Path, help="the capture under IR (~870 nm)")
    inspect.add_argument("--bearer", type=Path, help="a photo of the person presenting it")
    inspect.add_argument("--json", action="store_true")
    inspect.add_argument(
        "--no-store", action="store_true", help="do not store a signed report of it"
    )
    inspect.add_argument(
        "--today", type=parse_date, default=None, help="judge expiry against this date"
    )
    inspect.add_argument(
        "--chip",
        action="store_true",
        help="read the document's chip too (a PC/SC reader; a bundled sample's simulated chip)",
    )
    inspect.add_argument("--chip-reader", metavar="NAME", help="the PC/SC reader to use")
    inspect.add_argument("--can", help="an ID card's Card Access Number (else the MRZ is the key)")
    add_auth_options(inspect)  # storing the signed report needs an officer

    inspect.set_defaults(run=lambda args, io: _inspect(args, io.settings, io.out, io.err))

    demo = commands.add_parser("demo", help="inspect the bundled sample documents")
    demo.add_argument(
        "--gui", action="store_true", help="open the desktop application on them (needs a display)"
    )
    demo.set_defaults(run=_run_demo)


def _run_demo(args: argparse.Namespace, io: Io) -> int:
    if args.gui and display():
        return gui(demo=True)
    return _demo(io.settings, io.out)


def _inspector(settings: Settings, today: dt.date | None) -> Inspector:
    from verifier.inspection.pipeline import Inspector

    return Inspector(checked_library(settings), today=today, cache=settings.cache_dir)


def _inspect(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    from verifier.imaging.loading import ImageError
    from verifier.inspection.result import Verdict
    from verifier.model_files import ModelError

    captures = {"visible": args.visible}
    captures |= {"uv": args.uv} if args.uv else {}
    captures |= {"ir": args.ir} if args.ir else {}
    captures |= {"bearer": args.bearer} if args.bearer else {}
    from verifier.library.integrity import LibraryIntegrityError

    library = active_library(settings.library_dir, settings.bundled_library)
    chip = None
    if args.chip or args.chip_reader or args.can:
        from verifier.station.chip import chip_request

        today = args.today
        chip = chip_request(
            settings,
            args.visible,
            reader=args.chip_reader,
            can=args.can,
            today=(lambda: today) if today is not None else dt.date.today,
        )
    try:
        result = _inspector(settings, args.today).inspect(captures, chip)
    except (ImageError, ModelError, LibraryIntegrityError) as exc:
        print(f"verifier inspect: {exc}", file=err)
        return EXIT_BAD_INPUT
    result = _screened(settings, result, args.today or dt.date.today())
    if args.json:
        print_json_line(result.as_dict(), out)
    else:
        out.write(format_inspection(result))
    if not args.no_store:
        from verifier.reports.signing import SigningKeyError
        from verifier.store.db import StoreError
        from verifier.store.officers import AccountError

        try:
            seq = store_inspection(args, settings, result, captures, library)
        except (StoreError, SigningKeyError, OSError, AccountError) as exc:
            print(f"verifier inspect: the report was not stored: {exc}", file=err)
            return EXIT_BAD_INPUT
        print(f"verifier inspect: signed report #{seq} stored", file=err)
    return EXIT_OK if result.verdict is Verdict.NO_ANOMALIES else EXIT_INVALID


def _screened(settings: Settings, result: InspectionResult, today: dt.date) -> InspectionResult:
    """The watch lists and this workstation's earlier reports of the document (none when the
    workstation is not set up: nothing was imported or inspected here)."""
    from verifier.reports.signing import SigningKeyError
    from verifier.station.alerts import screen
    from verifier.station.workstation import Workstation
    from verifier.store.db import StoreError

    if not settings.database_path.is_file():
        return screen(settings, result, today)
    try:
        station = Workstation.open(settings)
    except (StoreError, SigningKeyError):  # storing says so below; the look-up still runs
        return screen(settings, result, today)
    try:
        return screen(settings, result, today, station)
    finally:
        station.close()


def format_inspection(result: InspectionResult) -> str:
    from verifier.inspection.result import headline, parts_in_words
    from verifier.reports.render import alert_lines

    missing = result.not_examined
    words = headline(result.verdict.value, missing, unreferenced=result.template is None)
    said = str(words)
    lines = [f"Verdict: {said}" + ("" if "officer decides" in said else "  (the officer decides)")]
    if missing and result.verdict.value != "no_anomalies":
        lines.append(f"Not examined: {parts_in_words(missing)}")
    lines.append(f"Template: {result.template or 'not identified'}")
    if result.face is not None:
        lines.append(
            f"Face: {result.face['band']} ({result.face['percent']}%): {result.face['reason']}"
        )
    if result.mrz is not None:
        m = result.mrz
        lines.append(f"MRZ: {m.format.value} {m.document_number} {m.surname}, {m.given_names}")
    for alert in result.alerts:
        lines.append(f"FRAUD ALERT: {' '.join(str(line) for line in alert_lines(alert))}")
    for seen in result.seen_before:
        lines.append(
            f"Seen before here: report #{seen['seq']} of {seen['date']}, {seen['verdict']}, "
            f"decision {seen['decision'] or 'none'}"
        )
    marks = {"pass": "ok  ", "fail": "FAIL", "warn": "warn", "skipped": "skip", "error": "ERR "}
    for check in result.checks:
        lines.append(
            f"  [{marks[check.status.value]}] {check.id:<22} {check.name}: {check.message}"
        )
    return "\n".join(lines) + "\n"


def _demo(settings: Settings, stdout: TextIO) -> int:
    """Inspect the bundled samples (the MRZ specimens when the samples are not installed)."""
    samples = settings.bundled_samples
    if not samples.is_dir():
        return _demo_specimens(stdout)
    import time

    from verifier.library.integrity import LibraryIntegrityError
    from verifier.station.chip import chip_request

    day = dt.date(2026, 11, 28)  # the samples' truth's date
    try:
        inspector = _inspector(settings, day)
    except LibraryIntegrityError as exc:
        stdout.write(f"The reference library cannot be used: {exc}\n")
        return EXIT_BAD_INPUT
    header = f"{'sample':<28} {'expected':<30} {'verdict':<13} {'failed checks':<34} {'time':>6}"
    stdout.write(header + "\n" + "-" * len(header) + "\n")
    for folder in sorted(p for p in samples.iterdir() if (p / "truth.json").is_file()):
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        captures: dict[str, Path] = {light: folder / f"{light}.png" for light in LIGHTS}
        captures["bearer"] = folder / "bearer.jpg"
        start = time.perf_counter()
        chip = chip_request(settings, folder / "visible.png", today=lambda: day)
        result = inspector.inspect(captures, chip)
        seconds = time.perf_counter() - start
        expected = ", ".join(truth["expected_failures"]) or "no anomalies"
        failed = ", ".join(result.failed()) or "-"
        stdout.write(
            f"{folder.name:<28} {expected[:30]:<30} {result.verdict.value:<13} {failed[:34]:<34} "
            f"{seconds:5.1f}s\n"
        )
    return EXIT_OK


def _demo_specimens(stdout: TextIO) -> int:
    header = f"{'specimen':<42} {'format':<10} {'number':<13} {'checks':<8} {'valid':<6}"
    stdout.write(header + "\n" + "-" * len(header) + "\n")
    status = EXIT_OK
    for specimen in SPECIMENS:
        result = parse(specimen.lines, repair=False)
        held = sum(result.checks.values())
        stdout.write(
            f"{specimen.label:<42} {result.format.value:<10} {result.document_number:<13} "
            f"{held}/{len(result.checks):<6} {'yes' if result.valid else 'NO':<6}\n"
        )
        if not result.valid:
            status = EXIT_INVALID
    return status


def store_inspection(
    args: argparse.Namespace,
    settings: Settings,
    result: InspectionResult,
    captures: Mapping[str, Path],
    library: Path,
) -> int:
    """Save the report of a command-line inspection, signed by the officer who signs in (no
    decision: the officer records it in the application); its position."""
    from verifier.station.workstation import Workstation, report_images

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

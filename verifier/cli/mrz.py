"""``verifier mrz``: parse and validate machine readable zones, from text or images."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from verifier.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_INVALID,
    EXIT_OK,
    parse_date,
    print_json_line,
)
from verifier.mrz import MrzError, MrzResult, parse


def add_parsers(commands: Any) -> None:
    mrz = commands.add_parser(
        "mrz",
        help="parse and validate a machine readable zone",
        description="Parse one MRZ given as LINE arguments, or several from standard input "
        "(MRZ blocks separated by blank lines).",
    )
    mrz.add_argument("lines", nargs="*", metavar="LINE", help="the two or three MRZ lines")
    mrz.add_argument("--json", action="store_true", help="one JSON object per MRZ, per line")
    mrz.add_argument(
        "--no-repair",
        action="store_true",
        help="take the lines exactly as given (no OCR repair)",
    )
    mrz.add_argument(
        "--image",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="read the MRZ from images (scans or photos); one result per image",
    )
    mrz.add_argument(
        "--today",
        type=parse_date,
        default=None,
        help="the date to judge expiry and birth-date centuries against (default: today)",
    )
    mrz.set_defaults(run=lambda args, io: _mrz(args, io.stdin, io.out, io.err))


def _blocks(stream: TextIO) -> Iterator[list[str]]:
    block: list[str] = []
    for raw in stream:
        line = raw.strip()
        if line:
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _mrz(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    if args.image:
        if args.lines:
            print("verifier mrz: give MRZ lines or --image, not both", file=stderr)
            return EXIT_BAD_INPUT
        return _mrz_images(args, stdout, stderr)
    today = args.today or dt.date.today()
    single = bool(args.lines)
    blocks: Iterable[list[str]] = [list(args.lines)] if single else _blocks(stdin)
    status = EXIT_OK
    seen = 0
    for block in blocks:
        seen += 1
        try:
            result = parse(block, today=today, repair=not args.no_repair)
        except MrzError as exc:
            status = EXIT_BAD_INPUT
            if single:
                print(f"verifier mrz: {exc}", file=stderr)
            if args.json:
                print_json_line({"error": str(exc), "lines": block}, stdout)
            elif not single:
                print(f"error: {exc}\n", file=stdout)
            continue
        if not result.valid and status == EXIT_OK:
            status = EXIT_INVALID
        if args.json:
            print_json_line(result.as_dict(), stdout)
        else:
            stdout.write(format_table(result) + "\n")
    if seen == 0:
        print("verifier mrz: no MRZ given (pass the lines as arguments or on stdin)", file=stderr)
        return EXIT_BAD_INPUT
    return status


def _mrz_images(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from verifier.imaging.loading import ImageError, load_gray
    from verifier.imaging.mrz_reader import MrzReader
    from verifier.model_files import ModelError

    try:
        reader = MrzReader(today=args.today)
    except ModelError as exc:
        print(f"verifier mrz: {exc}", file=stderr)
        return EXIT_BAD_INPUT
    status = EXIT_OK
    for path in args.image:
        try:
            reads = reader.read_all(load_gray(path))
        except ImageError as exc:
            status = EXIT_BAD_INPUT
            if len(args.image) == 1:
                print(f"verifier mrz: {exc}", file=stderr)
            _emit({"file": str(path), "error": str(exc)}, args.json, stdout)
            continue
        if not reads:
            status = max(status, EXIT_INVALID)
            _emit({"file": str(path), "error": "no MRZ found"}, args.json, stdout)
            continue
        for index, read in enumerate(reads):  # a page with two documents: the biggest first
            if not read.result.valid:
                status = max(status, EXIT_INVALID)
            obj = {
                "file": str(path),
                **({"document": index + 1} if len(reads) > 1 else {}),
                **read.result.as_dict(),
                "engine": read.engine,
                "confidence": read.confidence,
                "orientation": read.orientation,
                "bbox": list(read.bbox),
                "timing_ms": read.timing_ms,
            }
            if args.json:
                print_json_line(obj, stdout)
            else:
                which = f" (document {index + 1} of {len(reads)})" if len(reads) > 1 else ""
                stdout.write(
                    f"{path}{which}: {read.engine}, confidence {read.confidence:.2f}, "
                    f"orientation {read.orientation}, {read.timing_ms:.0f} ms\n"
                )
                stdout.write(format_table(read.result) + "\n")
    return status


def _emit(obj: dict[str, Any], as_json: bool, stdout: TextIO) -> None:
    if as_json:
        print_json_line(obj, stdout)
    else:
        stdout.write(f"{obj['file']}: {obj['error']}\n")


def _mark(ok: bool) -> str:
    return "ok  " if ok else "FAIL"


def format_table(result: MrzResult) -> str:
    """A readable view of one result for the terminal."""
    rows = [
        ("Format", result.format.value),
        ("Document code", result.document_code),
        ("Issuing state", result.issuing_state),
        ("Surname", result.surname),
        ("Given names", result.given_names),
        ("Document number", result.document_number),
        ("Nationality", result.nationality),
        ("Date of birth", result.birth_date.isoformat() if result.birth_date else "invalid"),
        (
            "Date of expiry",
            result.expiry_date.isoformat()
            if result.expiry_date
            else ("not in MRZ" if not result.raw_expiry_date else "invalid"),
        ),
        ("Sex", result.sex or "invalid"),
        ("Optional data", result.optional_data),
    ]
    if result.optional_data_2:
        rows.append(("Optional data 2", result.optional_data_2))
    out = [*result.lines, ""]
    out += [f"  {label:<16} {value}" for label, value in rows]
    out.append("  Check digits")
    out += [f"    [{_mark(ok)}] {name}" for name, ok in result.checks.items()]
    for finding in result.warnings:
        out.append(f"  {finding.severity.value}: {finding.message}")
    for repair in result.repairs:
        change = f"{repair.from_ or '(none)'} -> {repair.to or '(none)'}"
        out.append(f"  repaired line {repair.line} pos {repair.pos}: {change} ({repair.reason})")
    out.append(f"  VALID: {'yes' if result.valid else 'NO'}")
    return "\n".join(out) + "\n"

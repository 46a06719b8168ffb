"""The ``verifier`` command. Read commands print JSON with ``--json``.

Exit status: 0 ok/valid, 1 parsed but a check failed, 2 bad input (one clear line on stderr).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from verifier import __version__
from verifier.mrz import MrzError, MrzResult, parse
from verifier.mrz.specimens import SPECIMENS

EXIT_OK, EXIT_INVALID, EXIT_BAD_INPUT = 0, 1, 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="verifier",
        description="Offline inspection of travel documents (ICAO Doc 9303).",
    )
    parser.add_argument("--version", action="version", version=f"verifier {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

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
        "--today",
        type=_date,
        default=None,
        help="the date to judge expiry and birth-date centuries against (default: today)",
    )

    commands.add_parser("demo", help="inspect the bundled sample documents")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "mrz":
        return _mrz(args, sys.stdin, sys.stdout, sys.stderr)
    if args.command == "demo":
        return _demo(sys.stdout)
    parser.print_help()
    return EXIT_OK


# --- verifier mrz ------------------------------------------------------------------------------


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
                _print_json({"error": str(exc), "lines": block}, stdout)
            elif not single:
                print(f"error: {exc}\n", file=stdout)
            continue
        if not result.valid and status == EXIT_OK:
            status = EXIT_INVALID
        if args.json:
            _print_json(result.as_dict(), stdout)
        else:
            stdout.write(format_table(result) + "\n")
    if seen == 0:
        print("verifier mrz: no MRZ given (pass the lines as arguments or on stdin)", file=stderr)
        return EXIT_BAD_INPUT
    return status


def _print_json(obj: dict[str, Any], stdout: TextIO) -> None:
    stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


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


# --- verifier demo -----------------------------------------------------------------------------


def _demo(stdout: TextIO) -> int:
    """Until the inspection pipeline exists, the demo validates the specimen MRZs."""
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

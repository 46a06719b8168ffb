"""The ``verifier`` command. Read commands print JSON with ``--json``.

Exit status: 0 ok/valid, 1 parsed but a check failed, 2 bad input (one clear line on stderr).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from verifier import __version__, cli_store
from verifier.library import TemplateError, load_template
from verifier.library.drafting import missing_for_publication
from verifier.library.package import (
    PackageError,
    active_library,
    checked_library,
    export_package,
    fingerprint,
    install_package,
    load_private_key,
    load_public_key,
    local_publisher_key,
    publish_template,
    trusted_publishers,
    verify_package,
)
from verifier.library.units import LIGHTS
from verifier.mrz import MrzError, MrzResult, parse
from verifier.mrz.specimens import SPECIMENS
from verifier.settings import Settings, restrict_new_files

if TYPE_CHECKING:  # imported lazily at run time: `verifier mrz` needs no OpenCV or models
    from verifier.inspection.pipeline import Inspector
    from verifier.inspection.result import InspectionResult

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
        "--image",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="read the MRZ from images (scans or photos); one result per image",
    )
    mrz.add_argument(
        "--today",
        type=_date,
        default=None,
        help="the date to judge expiry and birth-date centuries against (default: today)",
    )

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
    inspect.add_argument("--today", type=_date, default=None, help="judge expiry against this date")
    cli_store.add_auth_options(inspect)  # storing the signed report needs an officer

    demo = commands.add_parser("demo", help="inspect the bundled sample documents")
    demo.add_argument(
        "--gui", action="store_true", help="open the desktop application on them (needs a display)"
    )
    commands.add_parser(
        "enrol",
        help="fix this workstation's key outside its data folder (the computer's administrator)",
    )
    doctor = commands.add_parser("doctor", help="check the installation: models, library, OCR")
    doctor.add_argument("--json", action="store_true")
    gui = commands.add_parser("gui", help="the desktop application (the default)")
    gui.add_argument("--demo", action="store_true", help="start on the bundled sample documents")
    _library_parser(commands)
    cli_store.add_parsers(commands)
    return parser


def _library_parser(commands: Any) -> None:
    library = commands.add_parser("library", help="the reference library and its packages")
    sub = library.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="the templates in use")
    listing.add_argument("--json", action="store_true")
    export = sub.add_parser("export", help="sign the library (or --source) into a package")
    export.add_argument("--out", type=Path, required=True, help="the package file to write")
    export.add_argument("--key", type=Path, required=True, help="the publisher's Ed25519 key (PEM)")
    export.add_argument("--id", default="library", help="package id (default: library)")
    export.add_argument("--version", default=dt.date.today().isoformat())
    export.add_argument("--source", type=Path, default=None, help="default: the library in use")
    cli_store.add_auth_options(export)
    verify = sub.add_parser("verify", help="check a package without installing it")
    verify.add_argument("package", type=Path)
    verify.add_argument("--json", action="store_true")
    imp = sub.add_parser("import", help="verify a package and install it atomically")
    imp.add_argument("package", type=Path)
    cli_store.add_auth_options(imp)
    trust = sub.add_parser("trust", help="trust a publisher's public key (administrators)")
    trust.add_argument("key", type=Path)
    cli_store.add_auth_options(trust)
    draft = sub.add_parser("new-template", help="draft a template from a genuine exemplar")
    draft.add_argument("--id", required=True, help="template id, e.g. SRB-P-2008")
    draft.add_argument("--visible", type=Path, required=True)
    draft.add_argument("--uv", type=Path)
    draft.add_argument("--ir", type=Path)
    draft.add_argument(
        "--dpi", type=int, default=None, help="default: measured on the MRZ (10 characters/inch)"
    )
    draft.add_argument("--state", default=None, help="issuing state code (default: the MRZ's)")
    draft.add_argument("--out", type=Path, default=None, help="default: the data dir's drafts/")
    publish = sub.add_parser(
        "publish", help="add a finished template to the library in use (a new signed version)"
    )
    publish.add_argument("draft", type=Path, help="the template's folder")
    cli_store.add_auth_options(publish)


def main(argv: Sequence[str] | None = None) -> int:
    restrict_new_files()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "mrz":
        return _mrz(args, sys.stdin, sys.stdout, sys.stderr)
    if args.command == "demo" and args.gui and _display():
        return _gui(demo=True)
    if args.command == "demo":
        return _demo(Settings.from_env(), sys.stdout)
    if args.command == "gui" or (args.command is None and _display()):
        if not (_display() or os.environ.get("QT_QPA_PLATFORM")):  # or a platform chosen
            print("verifier gui: no display (set DISPLAY, or use the commands)", file=sys.stderr)
            return EXIT_BAD_INPUT
        return _gui(demo=getattr(args, "demo", False))
    if args.command == "inspect":
        return _inspect(args, Settings.from_env(), sys.stdout, sys.stderr)
    if args.command == "library":
        return _library(args, Settings.from_env(), sys.stdout, sys.stderr)
    if args.command == "doctor":
        return _doctor(args, Settings.from_env(), sys.stdout)
    if args.command == "enrol":
        return _enrol(Settings.from_env(), sys.stdout, sys.stderr)
    if args.command in ("backup", "restore"):
        return cli_store.run_backup(args, Settings.from_env(), sys.stdout, sys.stderr)
    if args.command in ("reports", "stats", "officers", "settings", "training"):
        return cli_store.run(args, Settings.from_env(), sys.stdout, sys.stderr)
    parser.print_help()
    return EXIT_OK


def _enrol(settings: Settings, out: TextIO, err: TextIO) -> int:
    """Enrol this workstation's key where its data dir cannot change it (run by the computer's
    administrator: the enrolment place is theirs to write)."""
    from verifier.reports.enrolment import EnrolmentError, enrol
    from verifier.reports.signing import public_key

    key = public_key(settings.keys_dir)
    if key is None:
        print(
            "verifier enrol: this workstation has no signing key yet: start the application "
            "and create the administrator first",
            file=err,
        )
        return EXIT_BAD_INPUT
    try:
        done = enrol(settings.enrolment_path, key, platform.node())
    except EnrolmentError as exc:
        print(f"verifier enrol: {exc}", file=err)
        return EXIT_BAD_INPUT
    out.write(
        f"Enrolled {done.fingerprint} in {settings.enrolment_path}.\n"
        "Give this fingerprint to the authority: it identifies this workstation's reports.\n"
    )
    return EXIT_OK


def _doctor(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from verifier.health import check_installation

    found = check_installation(settings)
    if args.json:
        _print_json({"ok": all(f.ok for f in found), "checks": [f.as_dict() for f in found]}, out)
    else:
        for f in found:
            out.write(f"[{'ok' if f.ok else 'PROBLEM'}] {f.part}: {f.detail}\n")
    return EXIT_OK if all(f.ok for f in found) else EXIT_INVALID


def _display() -> bool:
    import os

    return bool(
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or sys.platform in ("win32", "darwin")
    )


def _gui(*, demo: bool) -> int:  # pragma: no cover - opens a window; tested in tests/gui
    # imported here, and only here: the one edge from the command line to Qt, declared in the
    # import contracts (pyproject.toml) rather than hidden behind importlib
    from verifier.gui import app

    return int(app.run(sys.argv[:1], demo=demo))


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
                _print_json(obj, stdout)
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
        _print_json(obj, stdout)
    else:
        stdout.write(f"{obj['file']}: {obj['error']}\n")


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


# --- verifier library -------------------------------------------------------------------------


def _library(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    action = args.library_command
    if ("library", action) in cli_store.ACCESS:  # changes the library: an administrator
        from verifier.reports.signing import SigningKeyError
        from verifier.reports.workstation import Workstation
        from verifier.store.audit import record
        from verifier.store.db import StoreError
        from verifier.store.officers import AccountError

        try:
            station = Workstation.open(settings)
            try:
                args.action = action
                who = cli_store.authenticate(args, station, cli_store.ACCESS[("library", action)])
                code = _library_action(args, settings, out, err)
                with station.db.session() as s:
                    record(s, f"library_{action}", who.id if who else None, {"ok": code == 0})
                return code
            finally:
                station.close()
        except (AccountError, StoreError, SigningKeyError) as exc:
            print(f"verifier library {action}: {exc}", file=err)
            return EXIT_BAD_INPUT
    return _library_action(args, settings, out, err)


def _library_action(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    action = args.library_command
    try:
        if action == "list":
            return _library_list(settings, args.json, out)
        if action == "export":
            source = args.source or active_library(settings.library_dir, settings.bundled_library)
            info = export_package(
                source,
                args.out,
                load_private_key(args.key),
                package_id=args.id,
                version=args.version,
            )
            out.write(
                f"signed {len(info.templates)} templates into {args.out} ({info.files} files)\n"
            )
            return EXIT_OK
        if action in ("verify", "import"):
            trusted = trusted_publishers(settings.trusted_publishers_dir)
            if action == "verify":
                info = verify_package(args.package, trusted)
            else:
                info = install_package(args.package, settings.library_dir, trusted)
            if action == "verify" and args.json:
                _print_json({"valid": True, **info.as_dict()}, out)
            else:
                done = "installed" if action == "import" else "valid"
                out.write(f"{done}: {info.id} {info.version}, {len(info.templates)} templates\n")
            return EXIT_OK
        if action == "trust":
            key = load_public_key(args.key)
            target = settings.trusted_publishers_dir
            target.mkdir(parents=True, exist_ok=True)
            (target / f"{fingerprint(key)}.pem").write_bytes(args.key.read_bytes())
            out.write(f"trusted publisher {fingerprint(key)}\n")
            return EXIT_OK
        if action == "publish":
            signer = local_publisher_key(settings.keys_dir, settings.trusted_publishers_dir)
            library, bundled = settings.library_dir, settings.bundled_library
            info = publish_template(args.draft, library, bundled, signer)
            out.write(f"published {args.draft.name}: library version {info.id} {info.version}\n")
            return EXIT_OK
        return _new_template(args, settings, out)
    except PackageError as exc:
        print(f"verifier library {action}: {exc}", file=err)
        if action == "verify" and args.json and not exc.bad_input:
            _print_json({"valid": False, "error": str(exc)}, out)
        return (
            EXIT_BAD_INPUT if exc.bad_input or action not in ("verify", "import") else EXIT_INVALID
        )
    except TemplateError as exc:
        print(f"verifier library {action}: {exc}", file=err)
        return EXIT_BAD_INPUT


def _new_template(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from verifier.face.matcher import FaceMatcher
    from verifier.imaging.mrz_reader import MrzReader
    from verifier.inspection.exemplar import draft_from_exemplar

    images = {"visible": args.visible} | ({"uv": args.uv} if args.uv else {})
    images |= {"ir": args.ir} if args.ir else {}
    folder, facts = draft_from_exemplar(
        args.out or settings.data_dir / "drafts",
        args.id,
        images,
        MrzReader(),
        FaceMatcher(),
        dpi=args.dpi,
        issuing_state=args.state,
    )
    template = load_template(folder)
    out.write(
        f"draft written to {folder}\n"
        f"  from the exemplar: {template.format or '?'} of {template.issuing_state}, "
        f"code {template.document_code or '?'}, {template.dpi} dpi, "
        f"zones {', '.join(template.zones) or 'none'}\n"
    )
    for what in facts.missing:
        out.write(f"  not found: {what}\n")
    out.write(
        "  still to do: " + "; ".join(missing_for_publication(template)) + "\n"
        "  mark them in the template editor, then `verifier library publish FOLDER`\n"
    )
    return EXIT_OK


def _library_list(settings: Settings, as_json: bool, out: TextIO) -> int:
    root = active_library(settings.library_dir, settings.bundled_library)
    rows: list[dict[str, Any]] = []
    status = EXIT_OK
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")):
        try:
            t = load_template(folder)
        except TemplateError as exc:
            rows.append({"id": folder.name, "error": str(exc)})
            status = EXIT_INVALID
            continue
        rows.append(
            {
                "id": t.id,
                "name": t.name,
                "issuing_state": t.issuing_state,
                "document_type": t.document_type,
                "format": t.format,
                "series": t.series,
                "valid_from": t.valid_from.isoformat(),
                "valid_to": t.valid_to.isoformat() if t.valid_to else None,
                "features": len(t.features),
                "draft": t.draft,
            }
        )
    if as_json:
        _print_json({"library": str(root), "templates": rows}, out)
        return status
    out.write(f"library: {root}\n")
    for row in rows:
        if "error" in row:
            out.write(f"  {row['id']:<14} INVALID: {row['error']}\n")
        else:
            until = row["valid_to"] or "now"
            out.write(
                f"  {row['id']:<14} {row['format']:<5} {row['name']} "
                f"(issued {row['valid_from']} to {until}, {row['features']} features)\n"
            )
    return status


# --- verifier inspect and demo ---------------------------------------------------------------


def _inspector(settings: Settings, today: dt.date | None) -> Inspector:
    from verifier.inspection.pipeline import Inspector

    return Inspector(checked_library(settings), today=today)


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
    try:
        result = _inspector(settings, args.today).inspect(captures)
    except (ImageError, ModelError, LibraryIntegrityError) as exc:
        print(f"verifier inspect: {exc}", file=err)
        return EXIT_BAD_INPUT
    if args.json:
        _print_json(result.as_dict(), out)
    else:
        out.write(format_inspection(result))
    if not args.no_store:
        from verifier.reports.signing import SigningKeyError
        from verifier.store.db import StoreError
        from verifier.store.officers import AccountError

        try:
            seq = cli_store.store_inspection(args, settings, result, captures, library)
        except (StoreError, SigningKeyError, OSError, AccountError) as exc:
            print(f"verifier inspect: the report was not stored: {exc}", file=err)
            return EXIT_BAD_INPUT
        print(f"verifier inspect: signed report #{seq} stored", file=err)
    return EXIT_OK if result.verdict is Verdict.NO_ANOMALIES else EXIT_INVALID


def format_inspection(result: InspectionResult) -> str:
    from verifier.inspection.result import headline, parts_in_words

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

    try:
        inspector = _inspector(settings, dt.date(2026, 11, 28))  # the samples' truth's date
    except LibraryIntegrityError as exc:
        stdout.write(f"The reference library cannot be used: {exc}\n")
        return EXIT_BAD_INPUT
    header = f"{'sample':<28} {'expected':<30} {'verdict':<13} {'failed checks':<34} {'time':>6}"
    stdout.write(header + "\n" + "-" * len(header) + "\n")
    for folder in sorted(p for p in samples.iterdir() if p.is_dir()):
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        captures: dict[str, Path] = {light: folder / f"{light}.png" for light in LIGHTS}
        captures["bearer"] = folder / "bearer.jpg"
        start = time.perf_counter()
        result = inspector.inspect(captures)
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

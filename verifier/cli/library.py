"""``verifier library``: templates, signed packages, publishers, drafting from an exemplar."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any, Final, TextIO

from verifier.cli.common import (
    ADMIN,
    EXIT_BAD_INPUT,
    EXIT_INVALID,
    EXIT_OK,
    add_auth_options,
    authenticate,
    print_json_line,
)
from verifier.library import TemplateError, load_template
from verifier.library.drafting import missing_for_publication
from verifier.library.package import (
    PackageError,
    active_library,
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
from verifier.settings import Settings


def add_parsers(commands: Any) -> None:
    library = commands.add_parser("library", help="the reference library and its packages")
    sub = library.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="the templates in use")
    listing.add_argument("--json", action="store_true")
    export = sub.add_parser("export", help="sign the library (or --source) into a package")
    export.add_argument("--out", type=Path, required=True, help="the package file to write")
    export.add_argument("--key", type=Path, required=True, help="the publisher's Ed25519 key (PEM)")
    export.add_argument("--id", default="library", help="package id (default: library)")
    export.add_argument("--version", default=dt.date.today().isoformat())
    export.add_argument("--source", type=Path, default=None, help="default: the library in use")
    add_auth_options(export)
    verify = sub.add_parser("verify", help="check a package without installing it")
    verify.add_argument("package", type=Path)
    verify.add_argument("--json", action="store_true")
    imp = sub.add_parser("import", help="verify a package and install it atomically")
    imp.add_argument("package", type=Path)
    add_auth_options(imp)
    trust = sub.add_parser("trust", help="trust a publisher's public key (administrators)")
    trust.add_argument("key", type=Path)
    add_auth_options(trust)
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
    add_auth_options(publish)
    for action in (listing, export, verify, imp, trust, draft, publish):
        action.set_defaults(run=lambda args, io: _library(args, io.settings, io.out, io.err))


# the actions that change the library or sign with its keys: administrators
CHANGES: Final = frozenset({"import", "trust", "publish", "export"})


def _library(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    action = args.action
    if action in CHANGES:
        from verifier.reports.signing import SigningKeyError
        from verifier.station.workstation import Workstation
        from verifier.store.audit import record
        from verifier.store.db import StoreError
        from verifier.store.officers import AccountError

        try:
            station = Workstation.open(settings)
            try:
                who = authenticate(args, station, ADMIN)
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
    action = args.action
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
                print_json_line({"valid": True, **info.as_dict()}, out)
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
            print_json_line({"valid": False, "error": str(exc)}, out)
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
        f"  from the exemplar: {template.format.value if template.format else '?'} of "
        f"{template.issuing_state}, "
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
                "format": t.format.value if t.format else None,
                "series": t.series,
                "valid_from": t.valid_from.isoformat(),
                "valid_to": t.valid_to.isoformat() if t.valid_to else None,
                "features": len(t.features),
                "draft": t.draft,
            }
        )
    if as_json:
        print_json_line({"library": str(root), "templates": rows}, out)
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

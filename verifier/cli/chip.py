"""``verifier chip``: read a document's chip and prove its data genuine; the CSCA trust store.

``chip read --json [--mrz LINE LINE [LINE] | --can N] [--reader NAME | --sample ID]`` prints
one object: ``checks`` (``{"id", "status", "message"}``), ``dg1``, ``data_groups``, ``access``,
``signer``, ``csca`` (and ``chain``, the certificates from the Document Signer up, ``dg11`` and
``dg12`` when the chip gives them); exit 0 when no check fails, 1 when one fails (or errs),
2 on bad input.
``--sample`` plays the simulated chip of a bundled sample (its printed MRZ is the default key),
trusting the samples' own test CSCA beside the workstation's trust store for that read only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from verifier.cli.common import (
    ADMIN,
    EXIT_BAD_INPUT,
    EXIT_INVALID,
    EXIT_OK,
    Io,
    add_auth_options,
    on_station,
    parse_date,
    print_json,
    print_json_line,
    signed_in_id,
)

if TYPE_CHECKING:
    from verifier.station.workstation import Workstation
    from verifier.store.officers import SignedIn


def add_parsers(commands: Any) -> None:
    chip = commands.add_parser("chip", help="the document's chip: read it, prove its data genuine")
    sub = chip.add_subparsers(dest="action", metavar="ACTION", required=True)
    read = sub.add_parser(
        "read",
        help="read a chip (BAC or PACE) and check it: signatures, cloning, MRZ",
        description="Read the chip of a document on a PC/SC reader (or a bundled sample's "
        "simulated chip) and check it: Passive Authentication against the CSCA trust store, "
        "Chip/Active Authentication, DG1 against the printed MRZ.",
    )
    key = read.add_mutually_exclusive_group()
    key.add_argument(
        "--mrz", nargs="+", metavar="LINE", help="the printed MRZ (two or three lines): the key"
    )
    key.add_argument("--can", help="the Card Access Number printed on an ID card (PACE)")
    where = read.add_mutually_exclusive_group()
    where.add_argument("--reader", help="the PC/SC reader (default: the first one)")
    where.add_argument("--sample", help="a bundled sample's simulated chip (its folder name)")
    read.add_argument("--json", action="store_true")
    read.add_argument("--today", type=parse_date, default=None, help="judge certificates then")
    read.set_defaults(run=_read)

    readers = sub.add_parser("readers", help="the PC/SC readers connected")
    readers.add_argument("--json", action="store_true")
    readers.set_defaults(run=_readers)

    csca = sub.add_parser("csca", help="the CSCA trust store")
    csub = csca.add_subparsers(dest="csca_action", metavar="ACTION", required=True)
    imp = csub.add_parser(
        "import",
        help="import a CSCA master list, a CSCA certificate or a CRL (administrators)",
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")
    add_auth_options(imp)
    imp.set_defaults(run=on_station(_csca_import, ADMIN))
    listing = csub.add_parser("list", help="the trusted CSCA certificates")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--today", type=parse_date, default=None)
    listing.set_defaults(run=_csca_list)


def _lines(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [line.strip() for value in values for line in value.splitlines() if line.strip()]


def _read(args: argparse.Namespace, io: Io) -> int:
    from verifier.chip.pki import describe
    from verifier.inspection.checks.chip import ChipChecks, ChipSource
    from verifier.station.chip import SIMULATED_CHIP, trust_store

    settings = io.settings
    mrz = _lines(args.mrz)
    source = ChipSource(reader=args.reader)
    if args.sample is not None:
        folder = settings.bundled_samples / args.sample
        if not (folder / "truth.json").is_file() or "/" in args.sample:
            print(f"verifier chip read: no bundled sample is called {args.sample!r}", file=io.err)
            return EXIT_BAD_INPUT
        source = ChipSource(image=folder / SIMULATED_CHIP)
        if mrz is None:  # the printed MRZ: the key unless a CAN is given, and compared to DG1
            mrz = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["mrz"]
    if mrz is None and args.can is None:
        print("verifier chip read: give the key: --mrz LINE LINE [LINE] or --can N", file=io.err)
        return EXIT_BAD_INPUT
    today = args.today or dt.date.today()
    trust = trust_store(settings, samples=args.sample is not None)  # samples: their test CSCA
    checks = ChipChecks(trust, lambda: today)
    outcome = checks(source, mrz, can=args.can)
    reading = outcome.reading
    passive = outcome.passive
    failed = any(c.status.value in ("fail", "error") for c in outcome.checks)
    if args.json:
        print_json_line(
            {
                "checks": [
                    {"id": c.id, "status": c.status.value, "message": c.message}
                    for c in outcome.checks
                ],
                "dg1": outcome.dg1,
                "data_groups": sorted(reading.groups) if reading else [],
                "access": reading.access if reading else None,
                "signer": passive.signer if passive else None,
                "csca": passive.csca if passive else None,
                "chain": [describe(c) for c in passive.chain] if passive else [],
                **{
                    f"dg{n}": c.evidence[f"dg{n}"]
                    for c in outcome.checks[:1]
                    for n in (11, 12)
                    if f"dg{n}" in c.evidence
                },
            },
            io.out,
        )
    else:
        for c in outcome.checks:
            io.out.write(f"{c.status.value.upper():8} {c.id:22} {c.message}\n")
    return EXIT_INVALID if failed else EXIT_OK


def _readers(args: argparse.Namespace, io: Io) -> int:
    from verifier.chip.errors import NoReaderError
    from verifier.chip.transport import reader_names

    try:
        names = reader_names()
    except NoReaderError as exc:
        print(f"verifier chip readers: {exc}", file=io.err)
        return EXIT_BAD_INPUT
    if args.json:
        print_json_line(names, io.out)
    else:
        io.out.write("".join(f"{name}\n" for name in names) or "no reader connected\n")
    return EXIT_OK


def _csca_import(
    args: argparse.Namespace, station: Workstation, out: TextIO, who: SignedIn | None
) -> int:
    from verifier.chip.pki import PkiError
    from verifier.station.chip import import_csca

    try:
        outcome = import_csca(station, args.file, signed_in_id(who))
    except PkiError as exc:
        raise ValueError(f"{args.file.name}: {exc}") from None
    summary = {
        "kind": outcome.kind.value,
        "added": outcome.added,
        "already_trusted": outcome.already,
        "refused": outcome.refused,
        "signer": outcome.signer,
        "signer_certified_by": outcome.signer_certified_by,
        "signer_csca_trusted_before": outcome.signer_csca_trusted_before,
        "signer_csca_sha256": outcome.signer_csca_fingerprint,
    }
    if args.json:
        print_json(summary, out)
        return EXIT_OK
    out.write(f"{outcome.kind.value}: {outcome.added} added, {outcome.already} already trusted")
    out.write(f", {len(outcome.refused)} refused\n" if outcome.refused else "\n")
    for reason in outcome.refused:
        out.write(f"  refused: {reason}\n")
    if outcome.signer is not None:
        out.write(f"signed by {outcome.signer}\n  certified by {outcome.signer_certified_by}\n")
        if not outcome.signer_csca_trusted_before:
            out.write(
                "  that CSCA was not trusted before: compare its SHA-256 fingerprint with the "
                f"one its State publishes:\n  {outcome.signer_csca_fingerprint}\n"
            )
    return EXIT_OK


def _csca_list(args: argparse.Namespace, io: Io) -> int:
    from verifier.station.chip import csca_listing

    listed = csca_listing(io.settings, args.today or dt.date.today())
    if args.json:
        print_json(
            [
                {
                    "country": c.country,
                    "subject": c.subject,
                    "not_after": c.not_after.date().isoformat(),
                    "status": c.status,
                    "sha256": c.fingerprint,
                }
                for c in listed
            ],
            io.out,
        )
    else:
        for c in listed:
            io.out.write(f"{c.country:3} {c.status:14} {c.not_after.date()}  {c.subject}\n")
        io.out.write(f"{len(listed)} CSCA certificates\n")
    return EXIT_OK

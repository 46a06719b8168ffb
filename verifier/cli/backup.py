"""``verifier backup`` and ``restore``: the data dir, signed, into one file and back."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from verifier.cli.common import (
    ADMIN,
    EXIT_BAD_INPUT,
    EXIT_INVALID,
    EXIT_OK,
    add_auth_options,
    authenticate,
    print_json,
    signed_in_id,
)
from verifier.settings import Settings


def add_parsers(commands: Any) -> None:
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
    for parser in (back, rest):
        parser.set_defaults(run=lambda args, io: run_backup(args, io.settings, io.out, io.err))


def run_backup(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """``verifier backup`` and ``verifier restore`` (they work on the files, not a session)."""
    from verifier.reports.signing import SigningKeyError
    from verifier.station.backup import BackupError
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
    from verifier.station.backup import BackupError, backup
    from verifier.station.workstation import Workstation
    from verifier.store.audit import record

    if not settings.database_path.exists():
        raise BackupError(f"{settings.data_dir} holds no inspection database: nothing to back up")
    station = Workstation.open(settings)
    try:
        who = authenticate(args, station, ADMIN)
        info = backup(settings.data_dir, args.out, station.book.signer)
        with station.db.session() as s:
            record(s, "backup", signed_in_id(who), {"files": info.files, "size": info.size})
    finally:
        station.close()
    if args.json:
        print_json(info.as_dict(), out)
    else:
        out.write(f"Backup of {info.files} files written to {args.out} ({info.size // 1024} "
                  "KB), signed by this workstation. Keep it like the workstation: it holds "
                  "personal data.\n")  # fmt: skip
    return EXIT_OK


def _restore(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from verifier.reports.verify import verify
    from verifier.station.backup import restore
    from verifier.station.workstation import Workstation
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
            record(s, "restore", signed_in_id(who), detail)
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

"""Backup and restore of a workstation's data dir: reports, images, keys, libraries, drafts.

A backup is one zip file: a consistent snapshot of the database taken with SQLite's online
backup API (Verifier may keep running), every other file of the data dir, ``MANIFEST.json``
with the sha256 and size of each, and ``MANIFEST.sig``: the manifest signed with the
workstation's key (the signing key file inside stays encrypted). It holds personal data: it
is written readable by its owner only and must be kept like the workstation itself.

Restoring checks the signature and every hash and size first (sizes before any byte is
unpacked, so a small archive cannot expand to fill the disk or the memory), never overwrites a
data dir silently (``force`` moves the existing one aside), and accepts only a backup signed by
a key this workstation's enrolment trusts, unless an administrator accepts another
workstation's data explicitly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

import verifier
from verifier.reports.signing import WorkstationKey, fingerprint, public_from_raw, raw_public
from verifier.serial import Serial

MANIFEST: Final = "MANIFEST.json"
SIGNATURE: Final = "MANIFEST.sig"
FORMAT: Final = "verifier-backup/2"
MAX_FILE: Final = 4 * 1024**3  # one member, unpacked
MAX_TOTAL: Final = 64 * 1024**3  # everything, unpacked
MAX_RATIO: Final = 200  # unpacked / packed for one member: beyond this, a zip bomb
CHUNK: Final = 1024**2
DATABASE: Final = "verifier.sqlite"
_SKIP: Final = {DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm"}


class BackupError(RuntimeError):
    """A backup cannot be made or restored: what happened and what to do."""


@dataclass(frozen=True, slots=True)
class BackupInfo(Serial):
    files: int
    size: int
    created: str


def backup(data_dir: Path, out: Path, signer: WorkstationKey) -> BackupInfo:
    database = data_dir / DATABASE
    if not database.is_file():
        raise BackupError(f"{data_dir} holds no inspection database: nothing to back up")
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    hashes: dict[str, str] = {}
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)  # also when it overwrites a file that had another mode
    os.close(fd)
    try:
        with (
            tempfile.TemporaryDirectory() as tmp,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            snapshot = Path(tmp) / DATABASE
            source = sqlite3.connect(database)
            target = sqlite3.connect(snapshot)
            try:
                source.backup(target)  # a consistent copy, even while Verifier writes
            finally:
                target.close()
                source.close()
            hashes[DATABASE] = _add(archive, snapshot, DATABASE)
            for path in sorted(data_dir.rglob("*")):
                rel = path.relative_to(data_dir).as_posix()
                if path.is_symlink() or not path.is_file() or rel in _SKIP:
                    continue
                if path.name.startswith((".tmp-", ".head-")):
                    continue  # a write in progress
                if rel.startswith("cache/"):
                    continue  # computed from the library again when missing
                hashes[rel] = _add(archive, path, rel)
            manifest = {"format": FORMAT, "created": created, "verifier": verifier.__version__,
                        "key": raw_public(signer.public), "files": hashes}  # fmt: skip
            data = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
            archive.writestr(MANIFEST, data)
            archive.writestr(SIGNATURE, bytes.fromhex(signer.sign(data)))
    except OSError as exc:
        out.unlink(missing_ok=True)
        raise BackupError(f"the backup could not be written to {out}: {exc}") from exc
    return BackupInfo(len(hashes), out.stat().st_size, created)


def _add(archive: zipfile.ZipFile, path: Path, name: str) -> str:
    archive.write(path, name)
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Checked:
    files: dict[str, str]  # name -> sha256
    key: Ed25519PublicKey  # the key that signed the backup


def check(path: Path) -> Checked:
    """The backup's files and signing key, after checking the signature, every size and every
    hash; BackupError otherwise. Nothing is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = {i.filename: i for i in archive.infolist()}
            for needed in (MANIFEST, SIGNATURE):
                if needed not in infos:
                    raise BackupError(f"{path} is not a signed Verifier backup ({needed} missing)")
            if infos[MANIFEST].file_size > 64 * 1024**2 or infos[SIGNATURE].file_size > 1024:
                raise BackupError(f"{path}: its manifest is implausibly large")
            data = archive.read(MANIFEST)
            manifest = json.loads(data)
            if manifest.get("format") != FORMAT:
                raise BackupError(f"{path} is not a Verifier backup of this version")
            key = public_from_raw(str(manifest["key"]))
            try:
                key.verify(archive.read(SIGNATURE), data)
            except InvalidSignature:
                raise BackupError(
                    f"{path}: the manifest's signature does not hold: the backup was altered"
                ) from None
            files: dict[str, str] = manifest["files"]
            if set(infos) - {MANIFEST, SIGNATURE} != set(files):
                raise BackupError(f"{path}: files were added to or removed from the backup")
            total = 0
            for name, info in infos.items():
                _safe(name)
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > MAX_FILE or ratio > MAX_RATIO or total > MAX_TOTAL:
                    raise BackupError(
                        f"{path}: {name} would unpack to {info.file_size} bytes: refused "
                        "(a damaged or hostile backup)"
                    )
            for name, digest in files.items():
                if _hash_member(archive, infos[name]) != digest:
                    raise BackupError(f"{path}: {name} was altered after the backup was made")
            return Checked(files, key)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BackupError(f"{path} is not a readable Verifier backup ({exc})") from exc


def _hash_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """SHA-256 of a member read in chunks, stopping at its declared size (never in memory)."""
    digest, seen = hashlib.sha256(), 0
    with archive.open(info) as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            seen += len(block)
            if seen > info.file_size:
                raise BackupError(f"{info.filename} is larger than the backup declares")
            digest.update(block)
    return digest.hexdigest()


def _safe(name: str) -> None:
    parts = PurePosixPath(name).parts
    if name.startswith("/") or ".." in parts or not parts:
        raise BackupError(f"the backup names an unsafe path: {name!r}")


def restore(
    path: Path,
    data_dir: Path,
    *,
    force: bool = False,
    trusted: Callable[[Ed25519PublicKey], bool] | None = None,
    accept_other: bool = False,
) -> Path | None:
    """Unpack a checked backup into ``data_dir``; returns where an existing data dir was moved
    (``force``), or None. Refuses to overwrite a data dir that holds a database, and a backup
    whose key ``trusted`` does not accept (another workstation's, or a forged one) unless
    ``accept_other``."""
    checked = check(path)
    if trusted is not None and not trusted(checked.key) and not accept_other:
        raise BackupError(
            f"{path} was signed by key {fingerprint(checked.key)[:16]}..., which is not this "
            "workstation's enrolled key: it is another workstation's data, or forged. An "
            "administrator who means to move another workstation's data here restores with "
            "--accept-other-workstation (recorded in the audit log)."
        )
    moved: Path | None = None
    if (data_dir / DATABASE).exists():
        if not force:
            raise BackupError(
                f"{data_dir} already holds an inspection database; restore with --force to "
                "move it aside first (nothing is deleted)"
            )
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        moved = data_dir.with_name(f"{data_dir.name}.before-restore-{stamp}")
        data_dir.rename(moved)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with zipfile.ZipFile(path) as archive:
        for name in checked.files:
            target = data_dir / name
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with archive.open(name) as source, target.open("wb") as sink:
                for block in iter(lambda: source.read(CHUNK), b""):
                    sink.write(block)
            target.chmod(0o600)
    return moved

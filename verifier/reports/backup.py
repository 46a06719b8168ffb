"""Backup and restore of a workstation's data dir: reports, images, keys, libraries, drafts.

A backup is one zip file: a consistent snapshot of the database taken with SQLite's online
backup API (Verifier may keep running), every other file of the data dir, and ``MANIFEST.json``
with the sha256 of each. It holds personal data and the workstation's private signing key:
it is written readable by its owner only and must be kept like the workstation itself.

Restoring checks every hash first, never overwrites a data dir silently (``force`` moves the
existing one aside), unpacks, and verifies the report chain of the restored store.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Final

import verifier

MANIFEST: Final = "MANIFEST.json"
FORMAT: Final = "verifier-backup/1"
DATABASE: Final = "verifier.sqlite"
_SKIP: Final = {DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm"}


class BackupError(RuntimeError):
    """A backup cannot be made or restored: what happened and what to do."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    files: int
    size: int
    created: str

    def as_dict(self) -> dict[str, Any]:
        return {"files": self.files, "size": self.size, "created": self.created}


def backup(data_dir: Path, out: Path) -> BackupInfo:
    database = data_dir / DATABASE
    if not database.is_file():
        raise BackupError(f"{data_dir} holds no inspection database: nothing to back up")
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    hashes: dict[str, str] = {}
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
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
                hashes[rel] = _add(archive, path, rel)
            manifest = {"format": FORMAT, "created": created, "verifier": verifier.__version__,
                        "files": hashes}  # fmt: skip
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
    except OSError as exc:
        out.unlink(missing_ok=True)
        raise BackupError(f"the backup could not be written to {out}: {exc}") from exc
    return BackupInfo(len(hashes), out.stat().st_size, created)


def _add(archive: zipfile.ZipFile, path: Path, name: str) -> str:
    archive.write(path, name)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check(path: Path) -> dict[str, str]:
    """The backup's files and hashes, after checking every one; BackupError otherwise."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            if manifest.get("format") != FORMAT:
                raise BackupError(f"{path} is not a Verifier backup")
            files: dict[str, str] = manifest["files"]
            names = set(archive.namelist()) - {MANIFEST}
            if names != set(files):
                raise BackupError(f"{path}: files were added to or removed from the backup")
            for name, digest in files.items():
                _safe(name)
                if hashlib.sha256(archive.read(name)).hexdigest() != digest:
                    raise BackupError(f"{path}: {name} was altered after the backup was made")
            return files
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BackupError(f"{path} is not a readable Verifier backup ({exc})") from exc


def _safe(name: str) -> None:
    parts = PurePosixPath(name).parts
    if name.startswith("/") or ".." in parts or not parts:
        raise BackupError(f"the backup names an unsafe path: {name!r}")


def restore(path: Path, data_dir: Path, *, force: bool = False) -> Path | None:
    """Unpack a checked backup into ``data_dir``; returns where an existing data dir was moved
    (``force``), or None. Refuses to overwrite a data dir that holds a database."""
    files = check(path)
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
    data_dir.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path) as archive:
        for name in files:
            target = data_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(name))
    key = data_dir / "keys" / "workstation.key"
    if key.exists():
        key.chmod(0o600)
    return moved

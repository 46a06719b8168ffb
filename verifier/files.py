"""Writing a file whole or not at all: a temporary file beside it, flushed to disk, renamed over
it, the folder flushed too (a killed process or a power cut leaves the old file or the new one,
never half of one). The one helper every layer uses for that.

And reading the head of Verifier's signed package files (watch lists, fraud alerts): a magic
line, a 4-byte manifest length, the manifest (a JSON object), a 2-byte signature length, the
signature (``read_signed_head``)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

TEMPORARY_PREFIX = ".tmp-"  # what a killed write leaves; `Workstation.tidy` removes old ones


def write_atomic(path: Path, data: bytes, *, durable: bool = True, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` atomically. ``durable``: fsync the file and its folder
    (off only for caches, which can be recomputed). ``mode``: the file's permissions (default
    0600, private to this account)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=TEMPORARY_PREFIX)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            if mode is not None:
                os.fchmod(out.fileno(), mode)
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if durable:
        sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename is durable only then); not possible on Windows."""
    if os.name != "posix":  # pragma: no cover - Windows has no directory handles to fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # some file systems refuse fsync on folders
            os.fsync(fd)
    finally:
        os.close(fd)


def _not_a_number(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def read_signed_head(
    handle: BinaryIO,
    *,
    magic: bytes,
    max_manifest: int,
    name: str,
    kind: str,
    noun: str,
    error: type[ValueError],
) -> tuple[bytes, bytes, dict[str, Any]]:
    """A signed package's manifest bytes, signature and manifest as a JSON object, read from
    its start (its signature is the caller's to check: only it knows which keys it trusts).
    Raises ``error`` with the reason for a file that is not a ``kind`` (``name``: the file), a
    manifest too large, a file cut short, a manifest that is not strict JSON (no NaN, nothing
    nested beyond reason, UTF-8) or not an object. ``noun``: how the messages name it."""

    def exact(size: int, what: str) -> bytes:
        data = handle.read(size)
        if len(data) != size:
            raise error(f"the {noun} is cut short ({what}): copy it again")
        return data

    if handle.read(len(magic)) != magic:
        raise error(f"{name} is not a {kind}")
    size = int.from_bytes(exact(4, "manifest length"), "big")
    if size > max_manifest:
        raise error(f"the {noun}'s manifest is too large: it is not a {kind}")
    manifest = exact(size, "manifest")
    signature = exact(int.from_bytes(exact(2, "signature length"), "big"), "signature")
    try:
        data = json.loads(manifest.decode("utf-8"), parse_constant=_not_a_number)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise error(f"the {noun}'s manifest is damaged (not JSON)") from None
    if not isinstance(data, dict):
        raise error(f"the {noun}'s manifest is damaged (not an object)")
    return manifest, signature, data

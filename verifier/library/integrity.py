"""Is the library on disk still the one that was signed?

A library version installed from a package keeps the package's signed manifest beside its
files (``_manifest.json``, ``_manifest.sig``). Whenever it is loaded, the manifest's signature is
checked against the publishers this workstation trusts, and every file against the manifest:
same bytes, nothing missing, nothing added. An installed template edited afterwards (a
``min_count`` lowered so that a forgery passes) stops inspection with a clear message.

The library shipped with Verifier lives in the installation, which the operating system
protects; it carries an unsigned ``_manifest.json`` of its files' hashes (written by
``make fixtures``), which catches accidental or casual edits of a development copy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

MANIFEST: Final = "_manifest.json"
SIGNATURE: Final = "_manifest.sig"


class LibraryIntegrityError(RuntimeError):
    """The library on disk is not what was signed: which file, and what to do."""


def file_hashes(folder: Path) -> dict[str, dict[str, Any]]:
    """Every file of a library folder but its manifest: {relative path: {sha256, size}}."""
    out = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_dir() or rel in (MANIFEST, SIGNATURE):
            continue
        data = path.read_bytes()
        out[rel] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    return out


def write_plain_manifest(folder: Path) -> None:
    """The shipped library's hash list (no signature: the installation protects it)."""
    manifest = {"format": "verifier-library-files/1", "files": file_hashes(folder)}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")


def check_library(
    folder: Path, trusted: Mapping[str, Ed25519PublicKey], *, installed: bool
) -> None:
    """Raise LibraryIntegrityError unless every file of ``folder`` is as its manifest says.

    ``installed``: a version imported into the data dir, which must carry the signed manifest
    of the package it came from; otherwise the shipped library, checked against its hash list
    when it has one."""
    manifest_path = folder / MANIFEST
    if installed:
        try:
            data, signature = manifest_path.read_bytes(), (folder / SIGNATURE).read_bytes()
        except OSError:
            raise LibraryIntegrityError(
                f"The installed library {folder.name} has no signed manifest, so nothing says "
                "its templates are the publisher's: import the library package again."
            ) from None
        manifest = _parse(data, folder)
        publisher = str(manifest.get("publisher", ""))
        key = trusted.get(publisher)
        if key is None:
            raise LibraryIntegrityError(
                f"The installed library {folder.name} was signed by publisher {publisher[:16]}, "
                "which this workstation no longer trusts: import a package from a trusted "
                "publisher."
            )
        try:
            key.verify(signature, data)
        except InvalidSignature:
            raise LibraryIntegrityError(
                f"The manifest of the installed library {folder.name} was altered (its signature "
                "does not hold): import the library package again and report the incident."
            ) from None
    elif manifest_path.is_file():
        manifest = _parse(manifest_path.read_bytes(), folder)
    else:
        return
    listed = manifest.get("files")
    if not isinstance(listed, dict):
        raise LibraryIntegrityError(f"The manifest of {folder.name} lists no files.")
    found = file_hashes(folder)
    for rel, entry in sorted(listed.items()):
        here = found.get(rel)
        if here is None:
            raise LibraryIntegrityError(
                f"{rel} of the library {folder.name} is missing: import the package again."
            )
        if not isinstance(entry, dict) or here["sha256"] != entry.get("sha256"):
            raise LibraryIntegrityError(
                f"{rel} of the library {folder.name} was changed after it was signed: "
                "inspection stops until the library is imported again (report the incident)."
            )
    extra = sorted(set(found) - set(listed))
    if extra:
        raise LibraryIntegrityError(
            f"{extra[0]} was added to the library {folder.name} after it was signed: "
            "inspection stops until the library is imported again."
        )


def _parse(data: bytes, folder: Path) -> dict[str, Any]:
    try:
        value = json.loads(data)
    except ValueError:
        raise LibraryIntegrityError(f"The manifest of {folder.name} is not readable.") from None
    if not isinstance(value, dict):
        raise LibraryIntegrityError(f"The manifest of {folder.name} is not readable.")
    return value

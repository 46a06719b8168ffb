"""Watch lists of lost, stolen and revoked documents, offline (issue 20).

A national authority publishes a **signed watch-list package**; an administrator imports it;
every inspection looks the document up. The list holds no document numbers: each entry is a
*keyed hash* of (issuing state, document type, number) — HMAC-SHA-256 under the list's own key,
cut to 64 bits — so the installed list cannot be read back as a list of numbers, and a table
computed for one list is useless for another. It cannot hide whether one given number is on
the list from whoever holds the package (every workstation must be able to check exactly that):
the package and the data dir stay access-controlled like the reports.

A package is one file::

    VERIFIER-WATCHLIST/1\\n
    4 bytes   manifest length (big-endian), then the manifest (UTF-8 JSON)
    2 bytes   signature length, then the publisher's Ed25519 signature of the manifest
    payload   the added entries, then the removed ones: sorted, unique, 8 bytes each (big-endian)

The manifest names the list and its publisher, its version, whether it is ``full`` or a
``delta`` on version ``base``, the date it was issued, the instruction to the officer, the
hash key, the counts and the payload's SHA-256. Publisher keys are the library's (Ed25519,
trusted by an administrator in ``<data>/trust/publishers``); never taken from a package.

Installed, a list is a folder ``<data>/watchlists/<list>/`` with one version folder
(``list.json`` and ``entries.u64``: sorted native 64-bit integers) named by ``CURRENT``. An
import writes a new version folder and then replaces ``CURRENT`` atomically: a failed or killed
import leaves the previous list in force. Look-ups binary-search the memory-mapped file: a few
pages read per look-up, whatever the list's size.
"""

from __future__ import annotations

import array
import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import os
import re
import secrets
import shutil
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from verifier.files import TEMPORARY_PREFIX, read_signed_head, sync_folder, write_atomic
from verifier.library.package import fingerprint
from verifier.text import say

FORMAT: Final = "verifier-watchlist/1"
MAGIC: Final = b"VERIFIER-WATCHLIST/1\n"
HASH: Final = "hmac-sha256-64"
MAX_MANIFEST: Final = 64 * 1024
MAX_ENTRIES: Final = 200_000_000  # 1.6 GB of entries: beyond any national extract
MAX_INSTRUCTION: Final = 500
CHUNK: Final = 1 << 22  # entries per step when hashing, checking or copying (32 MB)
ENTRIES: Final = "entries.u64"
INFO: Final = "list.json"
CURRENT: Final = "CURRENT"
# the instruction when the publisher gives none (shown in the officer's language)
DEFAULT_INSTRUCTION: Final = say(
    "Report to the duty officer; do not return the document. A hit is a reason to check, "
    "not a proof: confirm it with the issuing authority."
)

Hashes = npt.NDArray[np.uint64]


class WatchListError(ValueError):
    """A package or an entry refused; the message says why and what to do."""


# -- entries -----------------------------------------------------------------------------------

_NUMBER = re.compile(r"[A-Z0-9]{1,20}")
_STATE = re.compile(r"[A-Z]{1,3}")  # ICAO codes: three letters, D<< for Germany


def normalised(state: str, document_type: str, number: str) -> bytes:
    """The entry as it is hashed: upper case; the state without fillers (``D<<`` is ``D``); the
    type by its first letter (Doc 9303-3 §4.2.2: P, I, A, C, V; ``PP`` and ``P<`` are ``P``);
    the number without fillers or spaces. Raises WatchListError for one that cannot be one."""
    state = state.strip().upper().replace("<", "")
    kind = document_type.strip().upper()[:1]
    number = re.sub(r"[\s<]", "", number.upper())
    if not _STATE.fullmatch(state):
        raise WatchListError(f"issuing state {state!r} is not an ICAO code")
    if not kind.isalpha():
        raise WatchListError(f"document type {document_type!r} is not a Doc 9303 code")
    if not _NUMBER.fullmatch(number):
        raise WatchListError("a document number must be 1-20 letters or digits")
    return f"{state}|{kind}|{number}".encode("ascii")


def entry_hash(key: bytes, state: str, document_type: str, number: str) -> int:
    digest = hmac.digest(key, normalised(state, document_type, number), "sha256")
    return int.from_bytes(digest[:8], "big")


def list_key(publisher: Ed25519PrivateKey, name: str) -> bytes:
    """The list's hash key: derived from the publisher's private key and the list's name, so
    every full list and delta of one list share it and no one else can make it."""
    raw = publisher.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return hmac.digest(raw, b"verifier watch-list key\x00" + name.encode("utf-8"), "sha256")


def list_id(name: str, publisher: str) -> str:
    """The list's folder name: its name in safe letters and its publisher's fingerprint."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "list"
    return f"{slug}-{publisher[:12]}"


# -- packages ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ListInfo:
    """A package's manifest, or an installed list (``entries``: how many it holds)."""

    id: str
    name: str
    version: int
    kind: str  # full | delta
    base: int | None
    issued: dt.datetime
    instruction: str
    publisher: str
    key: bytes
    adds: int
    removes: int
    sha256: str
    entries: int = 0

    def manifest(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "list": self.id,
            "name": self.name,
            "version": self.version,
            "kind": self.kind,
            "base": self.base,
            "issued": self.issued.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "instruction": self.instruction,
            "publisher": self.publisher,
            "hash": HASH,
            "key": self.key.hex(),
            "adds": self.adds,
            "removes": self.removes,
            "sha256": self.sha256,
        }

    def age_days(self, today: dt.date) -> int:
        return (today - self.issued.date()).days

    @classmethod
    def from_manifest(cls, data: Mapping[str, Any], entries: int = 0) -> ListInfo:
        try:
            if data["format"] != FORMAT or data["hash"] != HASH:
                raise WatchListError(
                    f"this is not a {FORMAT} package (format {data.get('format')!r}): "
                    "ask the publisher for one this version of Verifier reads"
                )
            kind = str(data["kind"])
            base = data["base"]
            info = cls(
                id=str(data["list"]),
                name=str(data["name"])[:200],
                version=int(data["version"]),
                kind=kind,
                base=None if base is None else int(base),
                issued=dt.datetime.strptime(str(data["issued"]), "%Y-%m-%dT%H:%M:%SZ"),
                instruction=str(data["instruction"])[:MAX_INSTRUCTION],
                publisher=str(data["publisher"]),
                key=bytes.fromhex(str(data["key"])),
                adds=int(data["adds"]),
                removes=int(data["removes"]),
                sha256=str(data["sha256"]),
                entries=entries,
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, WatchListError):
                raise
            raise WatchListError(
                f"the package's manifest is damaged ({type(exc).__name__})"
            ) from None
        if kind not in ("full", "delta") or (kind == "delta") != (info.base is not None):
            raise WatchListError("the package's manifest is damaged (kind and base disagree)")
        if len(info.key) != 32 or info.id != list_id(info.name, info.publisher):
            raise WatchListError("the package's manifest is damaged (key or list name)")
        if not (0 <= info.adds <= MAX_ENTRIES and 0 <= info.removes <= MAX_ENTRIES):
            raise WatchListError(f"a watch list holds at most {MAX_ENTRIES:,} entries")
        return info


def hashes_of(key: bytes, rows: Iterable[tuple[str, str, str]]) -> Hashes:
    """The sorted, unique keyed hashes of (state, type, number) rows (8 bytes each while they
    are collected: ten million rows take 80 MB, not Python objects)."""
    out = array.array("Q")
    for state, kind, number in rows:
        out.append(entry_hash(key, state, kind, number))
    return np.unique(np.frombuffer(out, dtype=np.uint64))


def write_package(
    out: Path,
    publisher: Ed25519PrivateKey,
    name: str,
    adds: Hashes,
    removes: Hashes | None = None,
    *,
    version: int,
    base: int | None = None,
    issued: dt.datetime | None = None,
    instruction: str = DEFAULT_INSTRUCTION,
) -> ListInfo:
    """Sign and write a package: ``adds`` (and for a delta on ``base``, ``removes``) are keyed
    hashes (:func:`hashes_of` with :func:`list_key`), sorted and unique."""
    removes = np.zeros(0, dtype=np.uint64) if removes is None else removes
    for hashes in (adds, removes):
        if hashes.dtype != np.uint64 or not _sorted_unique(hashes):
            raise WatchListError("entries must be sorted unique 64-bit hashes")
    if base is None and len(removes):
        raise WatchListError("a full list removes nothing: build a delta (--delta) to remove")
    payload = [adds.astype(">u8").tobytes(), removes.astype(">u8").tobytes()]
    digest = hashlib.sha256()
    for part in payload:
        digest.update(part)
    public = fingerprint(publisher.public_key())
    info = ListInfo(
        id=list_id(name, public),
        name=name,
        version=version,
        kind="full" if base is None else "delta",
        base=base,
        issued=(issued or dt.datetime.now(dt.UTC)).replace(tzinfo=None, microsecond=0),
        instruction=instruction.strip()[:MAX_INSTRUCTION] or DEFAULT_INSTRUCTION,
        publisher=public,
        key=list_key(publisher, name),
        adds=len(adds),
        removes=len(removes),
        sha256=digest.hexdigest(),
    )
    manifest = json.dumps(info.manifest(), sort_keys=True, ensure_ascii=False).encode("utf-8")
    signature = publisher.sign(manifest)
    head = (
        MAGIC
        + len(manifest).to_bytes(4, "big")
        + manifest
        + len(signature).to_bytes(2, "big")
        + signature
    )
    write_atomic(out, head + b"".join(payload), mode=0o644)
    return info


def _sorted_unique(hashes: Hashes) -> bool:
    return len(hashes) < 2 or bool(np.all(hashes[1:] > hashes[:-1]))


def _positions(entries: Hashes, wanted: Hashes) -> npt.NDArray[np.intp]:
    """Where the ``wanted`` hashes that are in sorted ``entries`` are (binary search: a delta
    of a few thousand entries applies to ten million in well under a second)."""
    at = np.searchsorted(entries, wanted)
    inside = at < len(entries)
    found = np.zeros(len(wanted), dtype=bool)
    found[inside] = entries[at[inside]] == wanted[inside]
    return at[found]


def read_package(path: Path, trusted: Mapping[str, Ed25519PublicKey]) -> tuple[ListInfo, int]:
    """The verified manifest and where the payload starts. Refuses (WatchListError) a file
    that is not a package, one not signed by a trusted publisher, one whose payload does not
    match its signed hash."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise WatchListError(f"{path.name} cannot be read ({exc.strerror})") from None
    with handle:
        manifest, signature, data = read_signed_head(
            handle, magic=MAGIC, max_manifest=MAX_MANIFEST, name=path.name,
            kind="watch-list package", noun="package", error=WatchListError,
        )  # fmt: skip
        key = trusted.get(str(data.get("publisher")))
        if key is None:
            raise WatchListError(
                "the package's publisher is not trusted on this workstation: an administrator "
                "adds the publisher's public key (verifier library trust) after checking its "
                "fingerprint with the publisher"
            )
        try:
            key.verify(signature, manifest)
        except InvalidSignature:
            raise WatchListError(
                "the package's signature does not verify: it was altered after it was signed; "
                "ask the publisher for a fresh copy"
            ) from None
        info = ListInfo.from_manifest(data)
        start = handle.tell()
        digest = hashlib.sha256()
        remaining = (info.adds + info.removes) * 8
        while remaining:
            chunk = handle.read(min(remaining, CHUNK * 8))
            if not chunk:
                raise WatchListError("the package is cut short (entries): copy it again")
            digest.update(chunk)
            remaining -= len(chunk)
        if handle.read(1):
            raise WatchListError("the package holds more than its manifest signs: refused")
    if not hmac.compare_digest(digest.hexdigest(), info.sha256):
        raise WatchListError("the package's entries do not match its signature: refused")
    return info, start


def _payload(path: Path, start: int, count: int, skip: int = 0) -> Hashes:
    """Entries from a package (big-endian on disk) as native integers, checked sorted."""
    array = np.fromfile(path, dtype=">u8", count=count, offset=start + skip * 8).astype(np.uint64)
    if len(array) != count:
        raise WatchListError("the package is cut short (entries): copy it again")
    if not _sorted_unique(array):
        raise WatchListError("the package's entries are not sorted: it was not made by Verifier")
    return array


# -- installed lists ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Imported:
    info: ListInfo  # as installed (``entries``: how many it holds now)
    previous: int | None  # the version replaced (None: a new list)
    before: int  # entries before the import
    added: int | None  # a delta's entries added and removed (None for a full list)
    removed: int | None


@dataclass(frozen=True, slots=True)
class Hit:
    list: ListInfo


class WatchLists:
    """The lists installed in ``root`` (``<data>/watchlists``)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._maps: dict[Path, Hashes] = {}
        self._infos: dict[Path, ListInfo] = {}
        self._lock = threading.Lock()

    def _current(self, folder: Path) -> Path | None:
        try:
            name = (folder / CURRENT).read_text(encoding="utf-8").strip()
        except OSError:
            return None
        version = folder / name
        return version if name and (version / INFO).is_file() else None

    def installed(self) -> list[ListInfo]:
        out = []
        for folder in sorted(self.root.iterdir()) if self.root.is_dir() else []:
            version = self._current(folder) if folder.is_dir() else None
            if version is None:
                continue
            known = self._infos.get(version)  # a version folder never changes once named
            if known is None:
                try:
                    stored = json.loads((version / INFO).read_text(encoding="utf-8"))
                    known = ListInfo.from_manifest(stored["manifest"], int(stored["entries"]))
                except (OSError, ValueError, KeyError, TypeError):
                    continue  # damaged by hand: `verifier watchlist status` shows it missing
                self._infos[version] = known
            out.append(known)
        return out

    def _entries(self, info: ListInfo) -> Hashes:
        version = self._current(self.root / info.id)
        if version is None or info.entries == 0:
            return np.zeros(0, dtype=np.uint64)
        path = version / ENTRIES
        with self._lock:
            mapped = self._maps.get(path)
            if mapped is None:
                mapped = np.memmap(path, dtype=np.uint64, mode="r")
                self._maps = {path: mapped} | {
                    p: m for p, m in self._maps.items() if p.parent.parent != path.parent.parent
                }
            return mapped

    def check(
        self,
        state: str,
        document_type: str,
        number: str,
        installed: list[ListInfo] | None = None,
    ) -> list[Hit]:
        """The lists the document is on (WatchListError when it cannot be an entry);
        ``installed``: the lists, when the caller has just listed them."""
        hits = []
        for info in self.installed() if installed is None else installed:
            entries = self._entries(info)
            wanted = np.uint64(entry_hash(info.key, state, document_type, number))
            at = int(np.searchsorted(entries, wanted))
            if at < len(entries) and entries[at] == wanted:
                hits.append(Hit(info))
        return hits

    def import_package(self, path: Path, trusted: Mapping[str, Ed25519PublicKey]) -> Imported:
        info, start = read_package(path, trusted)
        folder = self.root / info.id
        current = next((i for i in self.installed() if i.id == info.id), None)
        if current is not None and info.version <= current.version:
            raise WatchListError(
                f"{info.name} version {info.version} is not newer than the installed version "
                f"{current.version}: nothing changed (an old list is never put back)"
            )
        adds = _payload(path, start, info.adds)
        added: int | None = None
        removed: int | None = None
        if info.kind == "full":
            entries = adds
        else:
            version = self._current(folder)
            if current is None or version is None or current.version != info.base:
                have = "none" if current is None else f"version {current.version}"
                raise WatchListError(
                    f"this update applies to {info.name} version {info.base}; this workstation "
                    f"has {have}: import the full list first"
                )
            removes = _payload(path, start, info.removes, skip=info.adds)
            before = np.fromfile(version / ENTRIES, dtype=np.uint64)
            kept = np.delete(before, _positions(before, removes))
            fresh = np.setdiff1d(adds, kept[_positions(kept, adds)], assume_unique=True)
            entries = np.insert(kept, np.searchsorted(kept, fresh), fresh)  # stays sorted
            removed, added = len(before) - len(kept), len(fresh)
        self._install(folder, info, entries)
        return Imported(
            dataclasses.replace(info, entries=len(entries)),
            None if current is None else current.version,
            0 if current is None else current.entries,
            added,
            removed,
        )

    def _install(self, folder: Path, info: ListInfo, entries: Hashes) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob(TEMPORARY_PREFIX + "*"):  # what a killed import left
            shutil.rmtree(stale, ignore_errors=True)
        name = f"v{info.version}-{secrets.token_hex(4)}"
        staging = folder / (TEMPORARY_PREFIX + name)
        staging.mkdir()
        with (staging / ENTRIES).open("wb") as out:
            for at in range(0, len(entries), CHUNK):
                out.write(entries[at : at + CHUNK].astype("<u8").tobytes())
            out.flush()
            os.fsync(out.fileno())
        stored = {"manifest": info.manifest(), "entries": len(entries)}
        write_atomic(staging / INFO, json.dumps(stored, sort_keys=True).encode("utf-8"))
        staging.rename(folder / name)
        sync_folder(folder)
        write_atomic(folder / CURRENT, name.encode("ascii") + b"\n")  # the switch
        for old in folder.iterdir():
            if old.is_dir() and old.name != name:
                shutil.rmtree(old, ignore_errors=True)

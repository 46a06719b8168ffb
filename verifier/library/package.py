"""Signed library packages: export, verify, and atomic import.

A package is a zip archive::

    manifest.json   format, id, version, created, publisher, files: {path: {sha256, size}}
    manifest.sig    Ed25519 signature of manifest.json by the publisher
    library/...     the template folders and _trust/seal-signers/

Import accepts a package only if it is signed by a publisher the workstation trusts, every file
matches the signed manifest and nothing else is in it, no path leaves the package, and sizes
stay within limits; then it installs into a new version folder and switches the CURRENT
pointer with one atomic rename. A failed import leaves the previous library untouched.
Publisher keys are never taken from a package.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Final

import yaml
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from verifier.library.drafting import missing_for_publication
from verifier.library.integrity import MANIFEST, SIGNATURE, LibraryIntegrityError, check_library
from verifier.library.template import TemplateError, load_template
from verifier.serial import Serial
from verifier.settings import Settings

FORMAT: Final = "verifier-library-package/1"
PREFIX: Final = "library/"
MAX_PACKAGE_BYTES: Final = 2 * 1024**3
MAX_TOTAL_BYTES: Final = 4 * 1024**3
MAX_FILE_BYTES: Final = 256 * 1024**2
MAX_FILES: Final = 50_000
MAX_MANIFEST_BYTES: Final = 16 * 1024**2
MAX_RATIO: Final = 200  # uncompressed / compressed, per file: beyond this, a zip bomb


class PackageError(ValueError):
    """The package is refused; the message says why and what to do.

    ``bad_input`` marks a file that is not a package at all (unreadable, not a zip, no
    manifest), as opposed to a package that fails a check.
    """

    def __init__(self, message: str, *, bad_input: bool = False) -> None:
        super().__init__(message)
        self.bad_input = bad_input


@dataclass(frozen=True, slots=True)
class PackageInfo(Serial):
    id: str
    version: str
    created: str
    publisher: str  # fingerprint of the publisher's key
    templates: tuple[str, ...]
    files: int
    size: int


def fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw public key, first 16 bytes in hex: how publishers are named."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:32]


def load_public_key(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (ValueError, OSError) as exc:
        raise PackageError(f"{path}: not a PEM public key ({exc})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise PackageError(f"{path}: a publisher key must be Ed25519")
    return key


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError, OSError) as exc:
        raise PackageError(f"{path}: not an unencrypted PEM private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackageError(f"{path}: a publisher key must be Ed25519")
    return key


def trusted_publishers(folder: Path) -> dict[str, Ed25519PublicKey]:
    """The publisher keys a workstation trusts: *.pem files in its trust folder."""
    keys = {}
    for path in sorted(folder.glob("*.pem")) if folder.is_dir() else []:
        key = load_public_key(path)
        keys[fingerprint(key)] = key
    return keys


# --- export -----------------------------------------------------------------------------------


def _library_files(source: Path) -> Iterator[tuple[str, Path]]:
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source).as_posix()
        if path.is_symlink():
            raise PackageError(f"{rel}: symbolic links cannot be packaged")
        top = rel.split("/", 1)[0]
        if path.is_file() and (not top.startswith("_") or rel.startswith("_trust/seal-signers/")):
            yield rel, path


def export_package(
    source: Path,
    out: Path,
    key: Ed25519PrivateKey,
    *,
    package_id: str,
    version: str,
    created: dt.datetime | None = None,
) -> PackageInfo:
    """Sign the templates of ``source`` into ``out``; every template must be valid."""
    templates = []
    for folder in sorted(p for p in source.iterdir() if p.is_dir() and not p.name.startswith("_")):
        try:
            templates.append(load_template(folder).id)
        except TemplateError as exc:
            raise PackageError(f"cannot export an invalid template: {exc}") from None
    if not templates:
        raise PackageError(f"{source} holds no template folder")
    files = {}
    total = 0
    for rel, path in _library_files(source):
        data = path.read_bytes()
        files[rel] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        total += len(data)
    stamp = (created or dt.datetime.now(dt.UTC)).replace(microsecond=0).isoformat()
    manifest = {
        "format": FORMAT,
        "id": package_id,
        "version": version,
        "created": stamp,
        "publisher": fingerprint(key.public_key()),
        "templates": templates,
        "files": files,
    }
    manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest_bytes)
        archive.writestr("manifest.sig", key.sign(manifest_bytes))
        for rel, path in _library_files(source):
            archive.write(path, PREFIX + rel)
    tmp.replace(out)
    return PackageInfo(
        package_id, version, stamp, str(manifest["publisher"]), tuple(templates), len(files), total
    )


# --- verify -----------------------------------------------------------------------------------


def _safe_member(name: str) -> PurePosixPath:
    segments = name.removesuffix("/").split("/")  # a trailing slash marks a folder entry
    if (
        not name
        or name.startswith("/")
        or "\\" in name
        or ":" in name
        or any(part in ("", ".", "..") for part in segments)
    ):
        raise PackageError(f"refused: the path {name!r} leaves the package folder")
    return PurePosixPath(name)


def verify_package(path: Path, trusted: Mapping[str, Ed25519PublicKey]) -> PackageInfo:
    """Check a package completely without installing it; :class:`PackageError` says why not."""
    with _open(path) as archive:
        return _verify(archive, trusted)


def _open(path: Path) -> zipfile.ZipFile:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackageError(f"cannot read {path}: {exc.strerror}", bad_input=True) from None
    if size > MAX_PACKAGE_BYTES:
        raise PackageError(f"refused: {size} bytes is larger than a library package may be")
    if not zipfile.is_zipfile(path):
        raise PackageError(
            f"{path.name} is not a library package (not a zip archive)", bad_input=True
        )
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"{path.name} is damaged: {exc}", bad_input=True) from None


def _verify(archive: zipfile.ZipFile, trusted: Mapping[str, Ed25519PublicKey]) -> PackageInfo:
    names = _check_members(archive)
    manifest, publisher = _signed_manifest(archive, names, trusted)
    return _check_files(archive, names, manifest, publisher)


def _check_members(archive: zipfile.ZipFile) -> list[str]:
    """Names, paths, links, sizes and ratios of every member, before reading any."""
    infos = archive.infolist()
    if len(infos) > MAX_FILES + 2:
        raise PackageError(f"refused: {len(infos)} files is more than a package may hold")
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise PackageError("refused: the package lists a file twice")
    total = 0
    for info in infos:
        _safe_member(info.filename)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageError(f"refused: {info.filename} is a symbolic link")
        if info.file_size > MAX_FILE_BYTES:
            raise PackageError(f"refused: {info.filename} is too large ({info.file_size} bytes)")
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise PackageError(f"refused: {info.filename} expands suspiciously (a zip bomb?)")
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise PackageError(f"refused: the package would unpack to {total} bytes")
    return names


def _signed_manifest(
    archive: zipfile.ZipFile, names: list[str], trusted: Mapping[str, Ed25519PublicKey]
) -> tuple[dict[str, Any], str]:
    if "manifest.json" not in names:
        raise PackageError("not a library package: manifest.json is missing", bad_input=True)
    if "manifest.sig" not in names:
        raise PackageError("refused: the package is not signed (manifest.sig is missing)")
    manifest_bytes = _read(archive, "manifest.json", MAX_MANIFEST_BYTES)
    signature = _read(archive, "manifest.sig", 1024)
    try:
        manifest = json.loads(manifest_bytes)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise PackageError("the package manifest is not valid JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(f"not a library package of format {FORMAT}")
    publisher = str(manifest.get("publisher", ""))
    key = trusted.get(publisher)
    if key is None:
        raise PackageError(
            f"refused: signed by publisher {publisher or '(none)'}, which this workstation does "
            "not trust. An administrator adds a publisher with `verifier library trust KEY.pem`."
        )
    try:
        key.verify(signature, manifest_bytes)
    except InvalidSignature:
        raise PackageError(
            "refused: the signature does not match; the package was altered"
        ) from None
    return manifest, publisher


def _check_files(
    archive: zipfile.ZipFile, names: list[str], manifest: dict[str, Any], publisher: str
) -> PackageInfo:
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        raise PackageError("the signed manifest lists no files")
    members = {n.removeprefix(PREFIX) for n in names if n.startswith(PREFIX)}
    extra = sorted(members - set(files)) + sorted(
        n for n in names if not n.startswith(PREFIX) and n not in ("manifest.json", "manifest.sig")
    )
    if extra:
        raise PackageError(f"refused: {extra[0]} is not listed in the signed manifest")
    size = 0
    for rel, entry in files.items():
        _safe_member(rel)
        if rel not in members:
            raise PackageError(f"refused: {rel} is listed in the manifest but missing")
        data = _read(archive, PREFIX + rel, MAX_FILE_BYTES)
        if not isinstance(entry, dict) or hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise PackageError(f"refused: {rel} was changed after signing (sha256 differs)")
        if entry.get("size") != len(data):
            raise PackageError(f"refused: {rel} is not the size the signed manifest gives")
        size += len(data)
    templates = manifest.get("templates", [])
    return PackageInfo(
        str(manifest.get("id", "")),
        str(manifest.get("version", "")),
        str(manifest.get("created", "")),
        publisher,
        tuple(str(t) for t in templates) if isinstance(templates, list) else (),
        len(files),
        size,
    )


def _read(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    with archive.open(name) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise PackageError(f"refused: {name} is larger than {limit} bytes")
    return data


# --- install ----------------------------------------------------------------------------------


def install_package(
    path: Path, library_dir: Path, trusted: Mapping[str, Ed25519PublicKey]
) -> PackageInfo:
    """Verify, unpack into a new version folder, validate, then switch CURRENT atomically."""
    versions = library_dir / "versions"
    versions.mkdir(parents=True, exist_ok=True)
    with _open(path) as archive:
        info = _verify(archive, trusted)
        staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=versions))
        try:
            for member in archive.infolist():
                if not member.filename.startswith(PREFIX) or member.is_dir():
                    continue
                target = (staging / member.filename.removeprefix(PREFIX)).resolve()
                if not target.is_relative_to(staging.resolve()):  # belt and braces
                    raise PackageError(f"refused: {member.filename} leaves the package folder")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(_read(archive, member.filename, MAX_FILE_BYTES))
            folders = sorted(
                p for p in staging.iterdir() if p.is_dir() and not p.name.startswith("_")
            )
            if not folders:  # installing it would leave the workstation with no library
                raise PackageError("refused: the package holds no template")
            for folder in folders:
                load_template(folder)  # a signed package must still hold valid templates
            # the signed manifest stays with the files: checked whenever they are loaded
            (staging / MANIFEST).write_bytes(_read(archive, "manifest.json", MAX_MANIFEST_BYTES))
            (staging / SIGNATURE).write_bytes(_read(archive, "manifest.sig", 1024))
            digest = hashlib.sha256(
                f"{info.id}|{info.version}|{info.created}".encode()
            ).hexdigest()[:8]
            final = versions / _folder_name(f"{info.id}-{info.version}-{digest}")
            suffix = 1
            while final.exists():  # never remove a version CURRENT may still name
                if _intact(final, trusted):  # the same package, already installed as signed
                    shutil.rmtree(staging)
                    break
                final = versions / _folder_name(f"{info.id}-{info.version}-{digest}-{suffix}")
                suffix += 1
            else:
                staging.replace(final)
        except TemplateError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise PackageError(f"refused: the package holds an invalid template: {exc}") from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    _write_pointer(library_dir / "CURRENT", final.name)
    return info


def _intact(folder: Path, trusted: Mapping[str, Ed25519PublicKey]) -> bool:
    try:
        check_library(folder, trusted, installed=True)
    except LibraryIntegrityError:
        return False
    return True


def _folder_name(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-._" else "_" for c in text)[:120]


def _write_pointer(pointer: Path, value: str) -> None:
    tmp = pointer.with_name(pointer.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(value + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(pointer)


def is_installed(library: Path, library_dir: Path) -> bool:
    """Whether ``library`` is a version imported into the data dir (not the shipped one)."""
    return library.parent == library_dir / "versions"


def active_library(library_dir: Path, bundled: Path) -> Path:
    """The installed library in use, or the bundled one when none has been imported."""
    pointer = library_dir / "CURRENT"
    if pointer.is_file():
        name = pointer.read_text(encoding="utf-8").strip()
        folder = library_dir / "versions" / name
        if name and "/" not in name and folder.is_dir():
            return folder
    return bundled


def checked_library(settings: Settings) -> Path:
    """The library in use, verified on disk (``verifier.library.integrity``): the version
    CURRENT names against its signed manifest, or the shipped library against its hash list.
    LibraryIntegrityError when it does not hold, or when CURRENT names a version that is gone
    (never a silent fall back to the shipped library)."""
    pointer = settings.library_dir / "CURRENT"
    library = active_library(settings.library_dir, settings.bundled_library)
    if pointer.is_file() and library == settings.bundled_library:
        name = pointer.read_text(encoding="utf-8", errors="replace").strip()
        raise LibraryIntegrityError(
            f"The library version in use ({name!r}) is missing from {settings.library_dir}: "
            "import the library package again (the shipped library is not used in its place)."
        )
    trusted = trusted_publishers(settings.trusted_publishers_dir)
    check_library(library, trusted, installed=is_installed(library, settings.library_dir))
    return library


def library_fingerprint(source: Path) -> str:
    """SHA-256 over the library's files (names and contents): which library a report used."""
    digest = hashlib.sha256()
    for rel, path in _library_files(source):
        digest.update(rel.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


# --- templates authored on this workstation ---------------------------------------------------

LOCAL_PUBLISHER_KEY: Final = "local-publisher.pem"


def local_publisher_key(keys_dir: Path, trusted_dir: Path) -> Ed25519PrivateKey:
    """The key this workstation signs its own authored templates with, made on first use.

    Its public half is trusted like any publisher's, so a template authored here goes through
    the same signed, verified, atomic install as a package from the national authority.
    """
    path = keys_dir / LOCAL_PUBLISHER_KEY
    if path.is_file():
        return load_private_key(path)
    key = Ed25519PrivateKey.generate()
    keys_dir.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    tmp.replace(path)
    trusted_dir.mkdir(parents=True, exist_ok=True)
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (trusted_dir / f"local-{fingerprint(key.public_key())}.pem").write_bytes(public)
    return key


def publish_template(
    draft: Path,
    library_dir: Path,
    bundled: Path,
    key: Ed25519PrivateKey,
    *,
    version: str | None = None,
) -> PackageInfo:
    """Add a finished template to the library in use, as a new signed library version.

    The library in use and the template (no longer marked draft) are signed into a package by
    ``key`` and installed like any package: verified, unpacked, validated, switched atomically.
    A template of the same id in the library is replaced. Raise TemplateError when the template
    is invalid or incomplete (:func:`verifier.library.drafting.missing_for_publication`).
    """
    template = load_template(draft)
    missing = missing_for_publication(template)
    if missing:
        raise TemplateError(draft / "template.yaml", "(template)", "missing " + "; ".join(missing))
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with tempfile.TemporaryDirectory(prefix=".publish-", dir=library_dir.parent) as tmp:
        staging = Path(tmp) / "library"
        shutil.copytree(active_library(library_dir, bundled), staging)
        target = staging / template.id
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(draft, target)
        text = (target / "template.yaml").read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        data["draft"] = False
        (target / "template.yaml").write_text(
            yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        package = Path(tmp) / "local.vlib"
        export_package(
            staging,
            package,
            key,
            package_id=f"local-{template.id}",
            version=version or stamp.strftime("%Y%m%dT%H%M%SZ"),
            created=stamp,
        )
        return install_package(
            package, library_dir, {fingerprint(key.public_key()): key.public_key()}
        )

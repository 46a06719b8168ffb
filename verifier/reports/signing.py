"""Canonical JSON and the workstation's Ed25519 key.

Canonical form: RFC 8785, the JSON Canonicalization Scheme (the ``rfc8785`` package), so that
the hub and any other verifier reproduce the exact bytes from the JSON value in any language:
keys sorted by UTF-16 code units, no insignificant white space, UTF-8, numbers as ECMAScript
prints them (``1`` not ``1.0``, ``1e-7`` not ``1e-07``), no NaN or infinity. The bytes are what
is hashed (SHA-256, the chain link) and signed (Ed25519, RFC 8032).

Before 2026-12 the form was Python's ``json.dumps`` with sorted keys (``canonical_v1``): the
same bytes as RFC 8785 except for numbers. Reports keep the bytes they were signed as, so they
verify as they are; what is signed again from its value (the chain head, checkpoints, account
records) says which form it was signed in (``CANONICAL_FIELD``), and one without the field is
of the first form. A signature proves the value either way: each form is a one-to-one encoding
of the JSON value.

The key lives in ``<data>/keys/``: ``workstation.key`` (PKCS#8, encrypted under the unlock
secret that officers' passwords open, ``verifier.reports.custody``; owner-only) and
``workstation.pub``. Which keys a verification trusts does not come from this folder: the
enrolled key (``verifier.reports.enrolment``) and the key changes recorded in the chain itself.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from verifier.files import write_atomic

GENESIS = "0" * 64  # the previous hash of the first report


CANONICAL: Final = "RFC8785"
CANONICAL_FIELD: Final = "canonical"  # in a signed object: the form it was signed in


def canonical(value: Any) -> bytes:
    """RFC 8785 bytes of a JSON value; ValueError for what JSON cannot hold exactly (NaN, an
    integer beyond 2^53)."""
    try:
        return bytes(rfc8785.dumps(value))
    except rfc8785.CanonicalizationError as exc:
        raise ValueError(f"not canonical JSON: {exc}") from exc


def canonical_v1(value: Any) -> bytes:
    """The first canonical form (before RFC 8785): kept to verify what was signed in it."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def signed_form(value: Mapping[str, Any]) -> bytes:
    """The bytes a signed object was signed as: RFC 8785 when it says so, else the first form."""
    if value.get(CANONICAL_FIELD) == CANONICAL:
        return canonical(value)
    return canonical_v1(value)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return sha256_hex(raw)


class SigningKeyError(RuntimeError):
    """The workstation key cannot be read, written or used: what to do, in plain words."""


KEY_FILE: Final = "workstation.key"
PUBLIC_FILE: Final = "workstation.pub"


def key_state(folder: Path) -> str:
    """``missing``, ``plain`` (unencrypted, from an earlier version) or ``encrypted``."""
    path = folder / KEY_FILE
    if not path.is_file():
        return "missing"
    head = path.read_bytes()[:64]
    return "encrypted" if b"ENCRYPTED" in head else "plain"


def public_key(folder: Path) -> Ed25519PublicKey | None:
    """The workstation's current public key (no secret needed), or None before the first key."""
    try:
        key = serialization.load_pem_public_key((folder / PUBLIC_FILE).read_bytes())
    except (OSError, ValueError):
        return None
    return key if isinstance(key, Ed25519PublicKey) else None


def new_secret() -> bytes:
    """A new unlock secret for the signing key (32 random bytes)."""
    return secrets.token_bytes(32)


def raw_public(public: Ed25519PublicKey) -> str:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def public_from_raw(hex_text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(hex_text))


class WorkstationKey:
    """The unlocked signing key (in memory only while an officer is signed in)."""

    def __init__(self, private: Ed25519PrivateKey, folder: Path) -> None:
        self._private = private
        self.public = private.public_key()
        self.fingerprint = fingerprint(self.public)
        self.folder = folder

    @classmethod
    def create(cls, folder: Path, secret: bytes) -> WorkstationKey:
        """A new key, written encrypted under ``secret``; refuses to replace an existing one."""
        if (folder / KEY_FILE).exists():
            raise SigningKeyError(f"{folder / KEY_FILE} exists already: it is never replaced")
        key = cls(Ed25519PrivateKey.generate(), folder)
        key.save(secret)
        return key

    @classmethod
    def unlock(cls, folder: Path, secret: bytes | None) -> WorkstationKey:
        """The key of ``folder``; ``secret`` None only for an unencrypted key of an earlier
        version. SigningKeyError when it cannot be read with it."""
        path = folder / KEY_FILE
        try:
            key = serialization.load_pem_private_key(
                path.read_bytes(), password=secret.hex().encode() if secret else None
            )
        except (OSError, ValueError, TypeError) as exc:
            raise SigningKeyError(
                f"The workstation signing key in {folder} cannot be unlocked ({exc}); restore "
                "the data folder from the backup or ask the administrator."
            ) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise SigningKeyError(f"{path} is not an Ed25519 key; restore it from the backup")
        return cls(key, folder)

    def save(self, secret: bytes, *, replace: bool = False) -> None:
        """Write the key encrypted under ``secret`` (owner-only file, atomic), and its public
        half. ``replace``: rewrite an existing key file with this same key."""
        pem = self._private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(secret.hex().encode()),
        )
        public = self.public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            _write_private(self.folder / KEY_FILE, pem, replace=replace)
            _write_private(self.folder / PUBLIC_FILE, public, replace=True)
        except OSError as exc:
            raise SigningKeyError(
                f"The workstation signing key cannot be written to {self.folder} ({exc})."
            ) from exc

    def sign(self, data: bytes) -> str:
        return self._private.sign(data).hex()


def _write_private(path: Path, data: bytes, *, replace: bool) -> None:
    if path.exists() and not replace:
        raise SigningKeyError(f"{path} exists already")
    write_atomic(path, data, mode=0o600)


def record_holds(public: Ed25519PublicKey, signature_hex: str, value: Any) -> bool:
    """Whether a signature holds over a value rebuilt from the database (an account's record),
    in either canonical form (records signed before RFC 8785 keep verifying)."""
    return signature_holds(public, signature_hex, canonical(value)) or signature_holds(
        public, signature_hex, canonical_v1(value)
    )


def signature_holds(public: Ed25519PublicKey, signature_hex: str, data: bytes) -> bool:
    try:
        public.verify(bytes.fromhex(signature_hex), data)
    except (InvalidSignature, ValueError):
        return False
    return True

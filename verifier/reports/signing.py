"""Canonical JSON and the workstation's Ed25519 key.

Canonical form (after RFC 8785's intent): keys sorted, no insignificant white space, UTF-8,
no NaN or infinity; floats are already rounded by the result types. The bytes are what is
hashed (SHA-256, the chain link) and signed (Ed25519, RFC 8032).

The key is created on first use in ``<data>/keys/``: ``workstation.key`` (PKCS#8, readable by
the owner only) and ``workstation.pub``. Public keys of earlier keys of this workstation, kept in
``keys/retired/*.pub``, still verify the reports they signed.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

GENESIS = "0" * 64  # the previous hash of the first report


def canonical(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return sha256_hex(raw)


class SigningKeyError(RuntimeError):
    """The workstation key cannot be read or written: what to do, in plain words."""


class WorkstationKey:
    def __init__(self, private: Ed25519PrivateKey, folder: Path) -> None:
        self._private = private
        self.public = private.public_key()
        self.fingerprint = fingerprint(self.public)
        self.folder = folder

    @classmethod
    def load_or_create(cls, folder: Path) -> WorkstationKey:
        path = folder / "workstation.key"
        try:
            if path.is_file():
                key = serialization.load_pem_private_key(path.read_bytes(), password=None)
                if not isinstance(key, Ed25519PrivateKey):
                    raise SigningKeyError(
                        f"{path} is not an Ed25519 key; restore it from the backup"
                    )
                return cls(key, folder)
            folder.mkdir(parents=True, exist_ok=True)
            key = Ed25519PrivateKey.generate()
            pem = key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(pem)
            public = key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            (folder / "workstation.pub").write_bytes(public)
            return cls(key, folder)
        except (OSError, ValueError) as exc:
            raise SigningKeyError(
                f"The workstation signing key in {folder} cannot be used ({exc}); "
                "restore the data folder from the backup or ask the administrator."
            ) from exc

    def sign(self, data: bytes) -> str:
        return self._private.sign(data).hex()

    def trusted(self) -> dict[str, Ed25519PublicKey]:
        """This workstation's keys, current and retired, by fingerprint."""
        keys = {self.fingerprint: self.public}
        for pem in sorted((self.folder / "retired").glob("*.pub")):
            public = serialization.load_pem_public_key(pem.read_bytes())
            if isinstance(public, Ed25519PublicKey):
                keys[fingerprint(public)] = public
        return keys


def signature_holds(public: Ed25519PublicKey, signature_hex: str, data: bytes) -> bool:
    try:
        public.verify(bytes.fromhex(signature_hex), data)
    except (InvalidSignature, ValueError):
        return False
    return True

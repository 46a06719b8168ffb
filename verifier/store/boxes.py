"""An officer's X25519 key pair ("box"), its private half sealed with the password.

The workstation's unlock secret is wrapped to the public half (``verifier.reports.custody``),
so only the officer's password opens it. scrypt (n=2**14, r=8) derives the sealing key, as for
the password hash, with its own salt.
"""

from __future__ import annotations

import base64
import json
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from verifier.store.kdf import scrypt

_N, _R, _P = 2**14, 8, 1


class CustodyError(ValueError):
    """A key slot cannot be opened: a wrong password, or a damaged or forged slot."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _password_key(password: str, salt: bytes) -> bytes:
    return scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)


def new_box(password: str) -> tuple[str, str]:
    """An officer's X25519 key pair: (public key hex, private key encrypted with the password)."""
    return seal_box(X25519PrivateKey.generate(), password)


def seal_box(private: X25519PrivateKey, password: str) -> tuple[str, str]:
    """(public key hex, the private key encrypted with ``password``): a new password for the
    same box keeps every secret wrapped to it."""
    raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_password_key(password, salt)).encrypt(nonce, raw, b"box")
    blob = json.dumps({"v": 1, "salt": b64(salt), "nonce": b64(nonce), "data": b64(sealed)})
    public = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return public.hex(), blob


def open_box(blob: str, password: str) -> X25519PrivateKey:
    try:
        fields = json.loads(blob)
        salt, nonce, sealed = (unb64(fields[k]) for k in ("salt", "nonce", "data"))
        raw = AESGCM(_password_key(password, salt)).decrypt(nonce, sealed, b"box")
        return X25519PrivateKey.from_private_bytes(raw)
    except (InvalidTag, ValueError, KeyError, TypeError) as exc:
        raise CustodyError("the officer's key cannot be opened with this password") from exc

"""Custody of the workstation's signing key: encrypted at rest, unlocked by officers' passwords.

Whoever can write the data folder must not be able to sign as the workstation. So:

- the Ed25519 signing key is stored PKCS#8-encrypted under a random 32-byte *unlock secret*;
- every officer has an X25519 key pair ("box"): its private half is encrypted with a key
  derived from the officer's password (scrypt), its public half is in the clear;
- the unlock secret is wrapped to each officer's box (an ephemeral X25519 exchange, HKDF-SHA256,
  AES-256-GCM), so signing in with a password unlocks the signing key, and nothing else does;
- each officer record (id, user name, role, box, active) is signed by the workstation key: a
  secret is wrapped only to a record whose signature holds, so an account written straight into
  the database never receives it, however it is crafted.

An officer created by a signed-in administrator gets the secret at once; officers that exist
when the key is created (the first start) get it then. docs/security.md says what this does
and does not protect against.
"""

from __future__ import annotations

import json
import secrets
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from verifier.store.boxes import CustodyError, b64, unb64
from verifier.store.tables import Officer

_INFO: Final = b"verifier unlock secret v1"


def wrap(secret: bytes, box_public_hex: str) -> str:
    """The secret sealed to an officer's box."""
    ephemeral = X25519PrivateKey.generate()
    peer = X25519PublicKey.from_public_bytes(bytes.fromhex(box_public_hex))
    key = _derive(ephemeral.exchange(peer), box_public_hex)
    nonce = secrets.token_bytes(12)
    public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    sealed = AESGCM(key).encrypt(nonce, secret, _INFO)
    return json.dumps({"v": 1, "epk": public.hex(), "nonce": b64(nonce), "data": b64(sealed)})


def unwrap(blob: str, private: X25519PrivateKey) -> bytes:
    try:
        fields = json.loads(blob)
        peer = X25519PublicKey.from_public_bytes(bytes.fromhex(fields["epk"]))
        own = private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        key = _derive(private.exchange(peer), own.hex())
        return AESGCM(key).decrypt(unb64(fields["nonce"]), unb64(fields["data"]), _INFO)
    except (InvalidTag, ValueError, KeyError, TypeError) as exc:
        raise CustodyError("the workstation's unlock secret cannot be opened") from exc


def _derive(shared: bytes, recipient_hex: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=bytes.fromhex(recipient_hex), info=_INFO).derive(shared)


def record_content(officer: Officer) -> dict[str, Any]:
    """What the workstation signs of an officer: who, with which role and key, enabled or not."""
    return {
        "id": officer.id,
        "username": officer.username,
        "role": officer.role,
        "box": officer.box_public,
        "active": bool(officer.active),
    }

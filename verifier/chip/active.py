"""Active Authentication, ICAO Doc 9303-11 §6.1: the chip signs the terminal's challenge with
the private key whose public half is DG15 — a copied chip has not got it. RSA with ISO/IEC
9796-2 digital signature scheme 1 (message recovery), or ECDSA in plain format (BSI TR-03111)
with the hash DG14 names."""

from __future__ import annotations

import hashlib
import os
from typing import Any

from verifier.chip import curves
from verifier.chip.apdu import Command
from verifier.chip.asn1 import ECDSA_PLAIN
from verifier.chip.channel import Channel
from verifier.chip.crypto import Random
from verifier.chip.errors import CardStatusError

# ISO/IEC 10118-3 hash identifiers of the two-byte trailer (xx CC)
_TRAILER_HASHES = {0x33: "sha1", 0x34: "sha256", 0x35: "sha512", 0x36: "sha384", 0x38: "sha224"}
PLAIN_HASHES = {
    ECDSA_PLAIN + ".1": "sha1",
    ECDSA_PLAIN + ".2": "sha224",
    ECDSA_PLAIN + ".3": "sha256",
    ECDSA_PLAIN + ".4": "sha384",
    ECDSA_PLAIN + ".5": "sha512",
}


def recovered_matches(representative: bytes, challenge: bytes) -> bool:
    """ISO/IEC 9796-2 scheme 1: the recovered representative ``6A || M1 || H || trailer`` holds
    when H is the hash of M1 followed by the challenge (9303-11 §6.1.2, Appendix F)."""
    if not representative or representative[0] & 0xC0 != 0x40:
        return False
    if representative[-1] == 0xBC:
        name, trailer = "sha1", 1
    elif representative[-1] == 0xCC and representative[-2] in _TRAILER_HASHES:
        name, trailer = _TRAILER_HASHES[representative[-2]], 2
    else:
        return False
    size = hashlib.new(name).digest_size
    body = representative[1 : -trailer - size]
    digest = representative[-trailer - size : -trailer]
    return hashlib.new(name, body + challenge).digest() == digest


def verify_response(key: Any, algorithm: str | None, challenge: bytes, signature: bytes) -> bool:
    """Does ``signature`` answer ``challenge`` under the DG15 key ``key`` (PublicKeyInfo)?"""
    kind = key["algorithm"]["algorithm"].native
    if kind == "rsa":
        numbers = key["public_key"].parsed
        n, e = int(numbers["modulus"].native), int(numbers["public_exponent"].native)
        value = int.from_bytes(signature, "big")
        if value >= n:
            return False
        size = (n.bit_length() + 7) // 8
        recovered = pow(value, e, n)
        return any(
            recovered_matches(candidate.to_bytes(size, "big"), challenge)
            for candidate in (recovered, n - recovered)
        )
    if kind == "ec":
        hash_name = PLAIN_HASHES.get(algorithm or "")
        if hash_name is None:
            return False  # DG14 must name the ECDSA hash (9303-11 §9.2.10)
        curve = curves.curve_of(key["algorithm"]["parameters"])
        half = len(signature) // 2
        if len(signature) % 2 or half == 0:
            return False
        r, s = int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")
        return curves.verify(curve, key["public_key"].native, (r, s), challenge, hash_name)
    raise curves.CurveError(f"an Active Authentication key of an unknown type ({kind})")


def authenticate(
    channel: Channel, key: Any, algorithm: str | None, random: Random = os.urandom
) -> bool:
    """INTERNAL AUTHENTICATE with a fresh 8-byte challenge; True when the chip's answer
    verifies with the DG15 key."""
    challenge = random(8)
    try:
        signature = channel.send(Command(0x00, 0x88, 0x00, 0x00, challenge, le=256)).check(
            "INTERNAL AUTHENTICATE"
        )
    except CardStatusError:
        return False
    return verify_response(key, algorithm, challenge, signature)

"""PACE, ICAO Doc 9303-11 §4.4: password-authenticated key agreement from the MRZ or the CAN,
Generic Mapping on the NIST and Brainpool curves, then Secure Messaging with 3DES or AES.

The terminal's steps (§4.4.4): MSE:Set AT names the protocol and password; four GENERAL
AUTHENTICATE commands carry the encrypted nonce, the mapping keys, the ephemeral keys and the
authentication tokens. The chip's side (:class:`ChipPace`) serves the simulated chip.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from asn1crypto import core  # type: ignore[import-untyped]
from ecdsa.ellipticcurve import INFINITY  # type: ignore[import-untyped]

from verifier.chip import tlv
from verifier.chip.apdu import Command
from verifier.chip.asn1 import PACE
from verifier.chip.channel import Channel
from verifier.chip.crypto import PACE_PASSWORD, Cipher, Random, Suite, kdf
from verifier.chip.curves import (
    PACE_CURVES,
    Curve,
    CurveError,
    agree,
    decode_point,
    encode_point,
)
from verifier.chip.errors import AccessDeniedError
from verifier.chip.keys import AccessKey, Can
from verifier.chip.lds import PaceInfo
from verifier.chip.sm import SecureMessaging

GM_ECDH = PACE + ".2"  # id-PACE-ECDH-GM
_SUITES = {"1": Suite.DES3, "2": Suite.AES128, "3": Suite.AES192, "4": Suite.AES256}
MRZ_PASSWORD, CAN_PASSWORD = 1, 2  # 9303-11 §9.6 (the password reference of MSE:Set AT)


@dataclass(frozen=True, slots=True)
class Protocol:
    """What a PACEInfo asks for, as far as this terminal supports it."""

    oid: str
    suite: Suite
    curve: Curve

    @classmethod
    def of(cls, info: PaceInfo) -> Protocol:
        if not info.protocol.startswith(GM_ECDH + "."):
            raise AccessDeniedError(
                "The chip offers a PACE variant this workstation does not support (only "
                "Generic Mapping with ECDH): it falls back to BAC where the chip allows."
            )
        suite = _SUITES.get(info.protocol.rsplit(".", 1)[1])
        curve = PACE_CURVES.get(info.parameter_id if info.parameter_id is not None else -1)
        if suite is None or curve is None:
            raise AccessDeniedError("The chip's PACE parameters are not ones Doc 9303 defines.")
        return cls(info.protocol, suite, curve)

    @property
    def oid_bytes(self) -> bytes:
        return bytes(core.ObjectIdentifier(self.oid).contents)

    def public_key_object(self, point: bytes) -> bytes:
        """The public key data object the tokens are computed over (§4.4.3.4, §9.4.6)."""
        return tlv.tlv(0x7F49, tlv.tlv(0x06, self.oid_bytes) + tlv.tlv(0x86, point))

    def password_key(self, key: AccessKey) -> bytes:
        return kdf(key.pace_password(), PACE_PASSWORD, self.suite)


def secret(curve: Curve, random: Random) -> int:
    """A private key in [1, n-1] from ``random``."""
    size = (int(curve.order).bit_length() + 7) // 8
    for _ in range(64):
        value = int.from_bytes(random(size), "big")
        if 0 < value < curve.order:
            return value
    raise ValueError("the random source gives no usable private key")


def map_generator(curve: Curve, nonce: bytes, shared: Any) -> Any:
    """Generic Mapping (§4.4.3.3.1): G' = s·G + H."""
    mapped = curve.generator * int.from_bytes(nonce, "big") + shared
    if mapped == INFINITY:
        raise AccessDeniedError("PACE mapping gave the point at infinity.")
    return mapped


def _ga(channel: Channel, inner: bytes, *, last: bool, what: str) -> bytes:
    response = channel.send(
        Command(0x00 if last else 0x10, 0x86, 0x00, 0x00, tlv.tlv(0x7C, inner), le=256)
    )
    if not response.ok:
        raise AccessDeniedError(
            f"The chip refused PACE at {what} (status {response.sw:04X}): check the MRZ or the "
            "CAN and read again."
        )
    try:
        return tlv.unwrap(response.data, 0x7C)
    except tlv.TlvError:
        raise AccessDeniedError(f"The chip's PACE answer at {what} is not well formed.") from None


def authenticate(
    channel: Channel, key: AccessKey, info: PaceInfo, random: Random = os.urandom
) -> None:
    """Run PACE; on success ``channel`` speaks Secure Messaging with the new keys."""
    protocol = Protocol.of(info)
    curve = protocol.curve
    reference = CAN_PASSWORD if isinstance(key, Can) else MRZ_PASSWORD
    setting = tlv.tlv(0x80, protocol.oid_bytes) + tlv.tlv(0x83, bytes([reference]))
    if not channel.send(Command(0x00, 0x22, 0xC1, 0xA4, setting)).ok:
        raise AccessDeniedError("The chip refused to start PACE with these parameters.")
    try:
        encrypted = tlv.find(_ga(channel, b"", last=False, what="the nonce"), 0x80)
        if encrypted is None or len(encrypted) % protocol.suite.block:
            raise AccessDeniedError("The chip's PACE nonce is missing or cut.")
        nonce = Cipher(protocol.suite, protocol.password_key(key), b"").decrypt(encrypted)

        map_key = secret(curve, random)
        mapping = tlv.tlv(0x81, encode_point(curve, curve.generator * map_key))
        chip_map = tlv.find(_ga(channel, mapping, last=False, what="the mapping"), 0x82)
        if chip_map is None:
            raise AccessDeniedError("The chip's PACE mapping key is missing.")
        generator = map_generator(curve, nonce, decode_point(curve, chip_map) * map_key)

        own_key = secret(curve, random)
        own_public = encode_point(curve, generator * own_key)
        exchange = tlv.tlv(0x83, own_public)
        chip_public = tlv.find(_ga(channel, exchange, last=False, what="the key agreement"), 0x84)
        if chip_public is None or chip_public == own_public:
            raise AccessDeniedError("The chip's PACE ephemeral key is missing or a copy of ours.")
        cipher = Cipher.derive(agree(curve, chip_public, own_key), protocol.suite)

        token = cipher.token(protocol.public_key_object(chip_public))
        answer = _ga(channel, tlv.tlv(0x85, token), last=True, what="mutual authentication")
        if tlv.find(answer, 0x86) != cipher.token(protocol.public_key_object(own_public)):
            raise AccessDeniedError(
                "The chip's PACE token does not verify: the password (MRZ or CAN) is wrong or "
                "the chip is not genuine."
            )
    except (CurveError, tlv.TlvError) as exc:
        raise AccessDeniedError(f"The chip's PACE answer is not usable ({exc}).") from None
    channel.sm = SecureMessaging(cipher, 0)

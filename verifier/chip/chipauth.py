"""Chip Authentication, ICAO Doc 9303-11 §6.2: an ephemeral-static key agreement with the
chip's DG14 key; the new session keys work only if the chip holds that key's private half, so
a copied chip cannot continue the session. DG14's hash in the SOD binds the key to the issuer.
ECDH here (the keys chips carry); the version with 3DES uses MSE:Set KAT, the AES ones MSE:Set
AT and GENERAL AUTHENTICATE."""

from __future__ import annotations

import os

from asn1crypto import core  # type: ignore[import-untyped]

from verifier.chip import tlv
from verifier.chip.apdu import Command
from verifier.chip.asn1 import CA_ECDH, PK_ECDH
from verifier.chip.channel import Channel
from verifier.chip.crypto import Cipher, Random, Suite
from verifier.chip.curves import agree, curve_of, decode_point, encode_point
from verifier.chip.errors import ChipError
from verifier.chip.lds import ChipAuthInfo, SecurityInfoSet
from verifier.chip.pace import secret
from verifier.chip.sm import SecureMessaging

DES3_PROTOCOL = CA_ECDH + ".1"  # id-CA-ECDH-3DES-CBC-CBC: the default when DG14 names none
_SUITES = {"1": Suite.DES3, "2": Suite.AES128, "3": Suite.AES192, "4": Suite.AES256}


class ChipAuthenticationError(ChipError):
    """The chip did not complete Chip Authentication (or DG14 offers nothing usable)."""


def supported(infos: SecurityInfoSet) -> bool:
    return any(key.protocol == PK_ECDH for key in infos.chip_auth_keys)


def authenticate(channel: Channel, infos: SecurityInfoSet, random: Random = os.urandom) -> str:
    """Run Chip Authentication; on success the channel uses the new keys. Returns the protocol
    OID used. The caller proves the keys by reading a file with them next."""
    key = next((k for k in infos.chip_auth_keys if k.protocol == PK_ECDH), None)
    if key is None:
        raise ChipAuthenticationError("DG14 holds no ECDH Chip Authentication key.")
    info = next(
        (i for i in infos.chip_auth if i.key_id == key.key_id or key.key_id is None),
        ChipAuthInfo(DES3_PROTOCOL, 1, None),
    )
    suite = _SUITES.get(info.protocol.rsplit(".", 1)[1])
    if not info.protocol.startswith(CA_ECDH + ".") or suite is None:
        raise ChipAuthenticationError("DG14 names a Chip Authentication variant not supported.")
    curve = curve_of(key.public_key["algorithm"]["parameters"])
    chip_point = key.public_key["public_key"].native
    decode_point(curve, chip_point)  # on its curve, before anything is sent
    own = secret(curve, random)
    own_public = encode_point(curve, curve.generator * own)
    key_ref = b"" if key.key_id is None else tlv.tlv(0x84, _int_bytes(key.key_id))
    if suite is Suite.DES3:
        setting = tlv.tlv(0x91, own_public) + key_ref
        if not channel.send(Command(0x00, 0x22, 0x41, 0xA6, setting)).ok:
            raise ChipAuthenticationError("The chip refused Chip Authentication (MSE:Set KAT).")
    else:
        oid = bytes(core.ObjectIdentifier(info.protocol).contents)
        if not channel.send(Command(0x00, 0x22, 0x41, 0xA4, tlv.tlv(0x80, oid) + key_ref)).ok:
            raise ChipAuthenticationError("The chip refused Chip Authentication (MSE:Set AT).")
        key_agreement = tlv.tlv(0x7C, tlv.tlv(0x80, own_public))
        if not channel.send(Command(0x00, 0x86, 0x00, 0x00, key_agreement, le=256)).ok:
            raise ChipAuthenticationError("The chip refused the Chip Authentication key.")
    shared = agree(curve, chip_point, own)
    channel.sm = SecureMessaging(Cipher.derive(shared, suite), 0)
    return info.protocol


def _int_bytes(value: int) -> bytes:
    return value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big")

"""Elliptic curves as eMRTD PKI and PACE use them: named or with explicit parameters.

Real CSCA and Document Signer certificates often spell their curve out (explicit parameters,
mostly Brainpool; 121 of 526 keys in the BSI master list of 2024-04-10). ``cryptography``
refuses such keys, so each explicit curve is matched to the named curve it equals and verified
with ``cryptography``; a curve that equals none is verified with ``ecdsa`` on its own
parameters. PACE's standardized domain parameters (9303-11 §9.5.1) are listed here too.
"""

from __future__ import annotations

import hashlib
from typing import Any

import ecdsa  # type: ignore[import-untyped]
import ecdsa.ellipticcurve  # type: ignore[import-untyped]
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, utils

Curve = Any  # an ecdsa.curves.Curve (ecdsa has no type hints)

_FAST: dict[str, type[ec.EllipticCurve]] = {
    "NIST192p": ec.SECP192R1,
    "NIST224p": ec.SECP224R1,
    "NIST256p": ec.SECP256R1,
    "NIST384p": ec.SECP384R1,
    "NIST521p": ec.SECP521R1,
    "BRAINPOOLP256r1": ec.BrainpoolP256R1,
    "BRAINPOOLP384r1": ec.BrainpoolP384R1,
    "BRAINPOOLP512r1": ec.BrainpoolP512R1,
}

# 9303-11 §9.5.1, Table 6: standardized domain parameters for PACE (ECDH ones)
PACE_CURVES = {
    8: ecdsa.NIST192p,
    9: ecdsa.BRAINPOOLP192r1,
    10: ecdsa.NIST224p,
    11: ecdsa.BRAINPOOLP224r1,
    12: ecdsa.NIST256p,
    13: ecdsa.BRAINPOOLP256r1,
    14: ecdsa.BRAINPOOLP320r1,
    15: ecdsa.NIST384p,
    16: ecdsa.BRAINPOOLP384r1,
    17: ecdsa.BRAINPOOLP512r1,
    18: ecdsa.NIST521p,
}

HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


MAX_FIELD_BITS = 521  # NIST P-521, the largest curve Doc 9303 allows


class CurveError(ValueError):
    """EC parameters or a point that are not usable."""


def _signature_of(curve: Curve) -> tuple[int, int, int, int, int, int]:
    c = curve.curve
    g = curve.generator
    return (c.p(), c.a() % c.p(), c.b() % c.p(), g.x(), g.y(), curve.order)


_BY_PARAMETERS = {
    _signature_of(c): c for c in ecdsa.curves.curves if c.name not in ("Ed25519", "Ed448")
}
_BY_OID = {".".join(map(str, c.oid)): c for c in ecdsa.curves.curves if c.oid}


def curve_of(parameters: Any) -> Curve:
    """The curve of asn1crypto ``ECDomainParameters``: named, or explicit (matched to a named
    one when it equals it, else a curve of its own)."""
    if parameters.name == "named":
        oid = parameters.chosen.dotted
        if oid not in _BY_OID:
            raise CurveError(f"an EC curve this workstation does not know ({oid})")
        return _BY_OID[oid]
    if parameters.name != "specified":
        raise CurveError("EC parameters inherited from the issuer are not supported")
    spec = parameters.chosen
    if spec["field_id"]["field_type"].native != "prime_field":
        raise CurveError("EC curves over binary fields are not used by eMRTDs")
    p = int(spec["field_id"]["parameters"].native)
    if p.bit_length() > MAX_FIELD_BITS:
        raise CurveError("an EC curve larger than any standard one (over 521 bits)")
    a = int.from_bytes(spec["curve"]["a"].native, "big") % p
    b = int.from_bytes(spec["curve"]["b"].native, "big") % p
    order = int(spec["order"].native)
    cofactor = int(spec["cofactor"].native or 1)
    fp = ecdsa.ellipticcurve.CurveFp(p, a, b, cofactor)
    try:
        gx, gy = decode_point_xy(fp, spec["base"].native)
    except CurveError:
        raise CurveError("the EC parameters' base point is not on their curve") from None
    known = _BY_PARAMETERS.get((p, a, b, gx, gy, order))
    if known is not None:
        return known
    generator = ecdsa.ellipticcurve.PointJacobi(fp, gx, gy, 1, order, generator=True)
    return ecdsa.curves.Curve("explicit", fp, generator, None)


def field_length(curve: Curve) -> int:
    return (int(curve.curve.p()).bit_length() + 7) // 8


def agree(curve: Curve, point: bytes, private: int) -> bytes:
    """ECDH (9303-11 §9.6): the x coordinate of ``private`` times the peer's ``point``, as many
    bytes as the field has — the shared secret PACE and Chip Authentication derive keys from."""
    return int((decode_point(curve, point) * private).x()).to_bytes(field_length(curve), "big")


def decode_point_xy(fp: Any, data: bytes) -> tuple[int, int]:
    """An uncompressed point (04 || x || y) on ``fp``, checked to lie on it."""
    size = (int(fp.p()).bit_length() + 7) // 8
    if len(data) != 1 + 2 * size or data[0] != 4:
        raise CurveError("an EC point that is not in uncompressed form")
    x = int.from_bytes(data[1 : 1 + size], "big")
    y = int.from_bytes(data[1 + size :], "big")
    if not fp.contains_point(x, y):
        raise CurveError("an EC point that is not on its curve")
    return x, y


def decode_point(curve: Curve, data: bytes) -> Any:
    x, y = decode_point_xy(curve.curve, data)
    return ecdsa.ellipticcurve.PointJacobi(curve.curve, x, y, 1, curve.order)


def encode_point(curve: Curve, point: Any) -> bytes:
    size = field_length(curve)
    return b"\x04" + int(point.x()).to_bytes(size, "big") + int(point.y()).to_bytes(size, "big")


def verify(
    curve: Curve, point: bytes, signature: tuple[int, int], data: bytes, hash_name: str
) -> bool:
    """ECDSA over ``data`` hashed with ``hash_name`` by the key ``point`` on ``curve``."""
    if hash_name not in HASHES:
        raise CurveError(f"a signature hash this workstation does not know ({hash_name})")
    x, y = decode_point_xy(curve.curve, point)
    r, s = signature
    fast = _FAST.get(curve.name)
    if fast is not None:
        key = ec.EllipticCurvePublicNumbers(x, y, fast()).public_key()
        try:
            key.verify(utils.encode_dss_signature(r, s), data, ec.ECDSA(HASHES[hash_name]()))
        except InvalidSignature:
            return False
        return True
    digest = hashlib.new(hash_name, data).digest()
    verifying = ecdsa.VerifyingKey.from_public_point(
        ecdsa.ellipticcurve.Point(curve.curve, x, y, curve.order), curve=curve
    )
    try:
        return bool(
            verifying.verify_digest(
                (r, s),
                digest,
                sigdecode=lambda sig, _order: sig,
                allow_truncate=True,
            )
        )
    except ecdsa.BadSignatureError:
        return False

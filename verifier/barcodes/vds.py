"""ICAO visible digital seals (Doc 9303-13): C40, header, message zone, signature.

Encoding and decoding are pure functions over bytes. Signatures are ECDSA with SHA-256 in raw
``r || s`` form (9303-13 §2.4); the signer's certificate is found from the header's signer
identifier and certificate reference. Decoding never raises on hostile input except
:class:`SealError`, with a message that says what is wrong.

Profiles: the ICAO visa profile (Doc 9303-7 §9: document type category 0x01, feature
definition reference 93) and Utopia's national residence-permit profile (category 0xFA, an
even number as 9303-13 §3.1.1 requires of national profiles).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

MAGIC: Final = 0xDC
SIGNATURE_TAG: Final = 0xFF
VERSION_4: Final = 0x03  # the byte value n means version n + 1 (9303-13 Table 1)
VERSION_3: Final = 0x02

# Profiles: (document type category, feature definition reference) -> name
VISA: Final = (0x01, 93)
UTO_RESIDENCE_PERMIT: Final = (0xFA, 1)

# Visa features (Doc 9303-7 §9.1.3)
TAG_MRZ_MRVA: Final = 0x01
TAG_MRZ_MRVB: Final = 0x02
TAG_ENTRIES: Final = 0x03
TAG_DURATION: Final = 0x04
TAG_PASSPORT_NUMBER: Final = 0x05
TAG_VISA_TYPE: Final = 0x06
# Utopia residence permit: the whole TD2 MRZ (2 x 36 characters)
TAG_MRZ_TD2: Final = 0x01

_C40: Final = " 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # values 3..39 (9303-13 Table 2)


class SealError(ValueError):
    """The bytes are not a well-formed visible digital seal."""


# --- C40 (9303-13 §2.6) -------------------------------------------------------------------------


def c40_encode(text: str) -> bytes:
    """Encode upper-case letters, digits, space and ``<`` (as space) in C40.

    >>> c40_encode("VISA01").hex().upper()
    'DE515826'
    >>> c40_encode("UTO").hex(), c40_encode("D<<").hex()
    ('d9c5', '6abc')
    """
    values = []
    for ch in text.replace("<", " "):
        index = _C40.find(ch)
        if index < 0:
            raise SealError(f"{ch!r} cannot be encoded in C40")
        values.append(index + 3)
    out = bytearray()
    for i in range(0, len(values) - len(values) % 3, 3):
        u = 1600 * values[i] + 40 * values[i + 1] + values[i + 2] + 1
        out += bytes((u >> 8, u & 0xFF))
    rest = values[len(values) - len(values) % 3 :]
    if len(rest) == 2:
        u = 1600 * rest[0] + 40 * rest[1] + 0 + 1  # completed with Shift 1 (value 0)
        out += bytes((u >> 8, u & 0xFF))
    elif len(rest) == 1:
        out += bytes((0xFE, ord(_C40[rest[0] - 3]) + 1))
    return bytes(out)


def c40_decode(data: bytes) -> str:
    """Decode C40 bytes; spaces are returned as ``<`` fillers.

    >>> c40_decode(bytes.fromhex("DE515826"))
    'VISA01'
    """
    out: list[str] = []
    if len(data) % 2:
        raise SealError("C40 data has an odd number of bytes")
    for i in range(0, len(data), 2):
        b1, b2 = data[i], data[i + 1]
        if b1 == 0xFE:
            out.append(chr(b2 - 1))
            continue
        v = (b1 << 8) + b2
        u1 = (v - 1) // 1600
        u2 = (v - u1 * 1600 - 1) // 40
        u3 = v - u1 * 1600 - u2 * 40 - 1
        for u in (u1, u2, u3):
            if u == 0:  # Shift 1 pads the last triple
                continue
            if not 3 <= u <= 39:
                raise SealError(f"C40 value {u} is not a letter, digit or space")
            out.append(_C40[u - 3])
    return "".join(out).replace(" ", "<")


# --- dates and lengths ------------------------------------------------------------------------


def encode_date(day: dt.date) -> bytes:
    """Month, day and four-digit year as one integer in three bytes (9303-13 §2.3.1 d).

    >>> encode_date(dt.date(1957, 3, 25)).hex().upper()
    '319EF5'
    """
    return int(day.strftime("%m%d%Y")).to_bytes(3, "big")


def decode_date(data: bytes) -> dt.date:
    text = f"{int.from_bytes(data, 'big'):08d}"
    try:
        return dt.date(int(text[4:]), int(text[:2]), int(text[2:4]))
    except ValueError:
        raise SealError(f"not a date: {data.hex()}") from None


def encode_length(n: int) -> bytes:
    """DER length (X.690): short form below 128, long form above.

    >>> encode_length(48).hex(), encode_length(200).hex(), encode_length(300).hex()
    ('30', '81c8', '82012c')
    """
    if n < 0x80:
        return bytes((n,))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes((0x80 | len(body),)) + body


def _read_length(data: bytes, pos: int, der: bool) -> tuple[int, int]:
    if pos >= len(data):
        raise SealError("truncated: a length is missing")
    first = data[pos]
    if not der or first < 0x80:
        return first, pos + 1
    count = first & 0x7F
    if not 1 <= count <= 4 or pos + 1 + count > len(data):
        raise SealError("malformed DER length")
    return int.from_bytes(data[pos + 1 : pos + 1 + count], "big"), pos + 1 + count


# --- the seal ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Header:
    issuing_country: str  # three letters, fillers kept ("D<<")
    signer: str  # four characters: country (2) + signer id (2), e.g. "UTTS"
    certificate_reference: str  # hex string, e.g. "5B"
    issue_date: dt.date
    signature_date: dt.date
    feature_reference: int
    document_category: int

    @property
    def signer_reference(self) -> str:
        """Signer identifier and certificate reference as the library indexes certificates."""
        return f"{self.signer}{self.certificate_reference}"


@dataclass(frozen=True, slots=True)
class Seal:
    header: Header
    features: tuple[tuple[int, bytes], ...]  # (tag, value) in the order stored
    signed_data: bytes  # header + message zone, the input of the signature
    signature: bytes  # raw r || s; empty if the seal has no signature zone

    def feature(self, tag: int) -> bytes | None:
        return next((value for t, value in self.features if t == tag), None)

    def verify(self, public_key: ec.EllipticCurvePublicKey) -> bool:
        """Whether the signature is valid for ``public_key`` (ECDSA, SHA-256)."""
        half = len(self.signature) // 2
        if not self.signature or len(self.signature) % 2:
            return False
        r = int.from_bytes(self.signature[:half], "big")
        s = int.from_bytes(self.signature[half:], "big")
        try:
            public_key.verify(
                encode_dss_signature(r, s), self.signed_data, ec.ECDSA(hashes.SHA256())
            )
        except InvalidSignature:
            return False
        return True


def encode_header(header: Header) -> bytes:
    """A version 4 header (variable-length certificate reference, 9303-13 §2.2.1)."""
    reference = f"{header.signer}{len(header.certificate_reference):02X}"
    reference += header.certificate_reference
    return (
        bytes((MAGIC, VERSION_4))
        + c40_encode(header.issuing_country)
        + c40_encode(reference)
        + encode_date(header.issue_date)
        + encode_date(header.signature_date)
        + bytes((header.feature_reference, header.document_category))
    )


def encode(
    header: Header, features: list[tuple[int, bytes]], private_key: ec.EllipticCurvePrivateKey
) -> bytes:
    """Header, message zone and signature zone, signed deterministically (RFC 6979)."""
    body = encode_header(header)
    for tag, value in features:
        if not 0 <= tag <= 254:
            raise SealError(f"feature tag {tag} is out of range")
        body += bytes((tag,)) + encode_length(len(value)) + value
    der = private_key.sign(body, ec.ECDSA(hashes.SHA256(), deterministic_signing=True))
    r, s = decode_dss_signature(der)
    size = (private_key.curve.key_size + 7) // 8
    raw = r.to_bytes(size, "big") + s.to_bytes(size, "big")
    return body + bytes((SIGNATURE_TAG,)) + encode_length(len(raw)) + raw


def decode(data: bytes) -> Seal:
    """Parse a seal; :class:`SealError` says what is wrong with malformed bytes."""
    if len(data) < 12 or data[0] != MAGIC:
        raise SealError("not a visible digital seal (no 0xDC magic constant)")
    version = data[1]
    if version not in (VERSION_3, VERSION_4):
        raise SealError(f"unsupported seal version byte {version:#04x}")
    country = c40_decode(data[2:4])
    if version == VERSION_3:
        reference = c40_decode(data[4:10])
        signer, cert_ref, pos = reference[:4], reference[4:], 10
    else:
        head = c40_decode(data[4:8])  # signer (4) + two hex digits giving the reference length
        signer = head[:4]
        try:
            ref_len = int(head[4:6], 16)
        except ValueError:
            raise SealError("malformed certificate reference length") from None
        total = 6 + ref_len
        encoded = (total + 2) // 3 * 2
        reference = c40_decode(data[4 : 4 + encoded])
        cert_ref, pos = reference[6 : 6 + ref_len], 4 + encoded
    if pos + 8 > len(data):
        raise SealError("truncated header")
    header = Header(
        issuing_country=country,
        signer=signer,
        certificate_reference=cert_ref,
        issue_date=decode_date(data[pos : pos + 3]),
        signature_date=decode_date(data[pos + 3 : pos + 6]),
        feature_reference=data[pos + 6],
        document_category=data[pos + 7],
    )
    pos += 8
    features: list[tuple[int, bytes]] = []
    signature = b""
    signed_end = len(data)
    while pos < len(data):
        tag = data[pos]
        length, start = _read_length(data, pos + 1, der=version >= VERSION_4)
        if start + length > len(data):
            raise SealError(f"feature {tag:#04x} runs past the end of the seal")
        if tag == SIGNATURE_TAG:
            signed_end, signature = pos, data[start : start + length]
            if start + length != len(data):
                raise SealError("data after the signature")
            break
        features.append((tag, data[start : start + length]))
        pos = start + length
    return Seal(header, tuple(features), data[:signed_end], signature)

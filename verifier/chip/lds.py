"""The Logical Data Structure of an eMRTD chip (ICAO Doc 9303-10): which files exist and how to
read what the inspection needs from them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import core, keys  # type: ignore[import-untyped]

from verifier.chip import tlv
from verifier.chip.asn1 import (
    ACTIVE_AUTHENTICATION,
    CA_DH,
    CA_ECDH,
    PACE,
    PK_DH,
    PK_ECDH,
    SecurityInfos,
)

LDS1_AID = bytes.fromhex("A0000002471001")


class Ef(enum.IntEnum):
    """Elementary files of LDS1 by file identifier (9303-10 §3.6, §4.6)."""

    CARD_ACCESS = 0x011C
    COM = 0x011E
    SOD = 0x011D
    DG1 = 0x0101
    DG2 = 0x0102
    DG3 = 0x0103
    DG4 = 0x0104
    DG5 = 0x0105
    DG6 = 0x0106
    DG7 = 0x0107
    DG8 = 0x0108
    DG9 = 0x0109
    DG10 = 0x010A
    DG11 = 0x010B
    DG12 = 0x010C
    DG13 = 0x010D
    DG14 = 0x010E
    DG15 = 0x010F
    DG16 = 0x0110

    @property
    def short_id(self) -> int:
        return self & 0x1F

    @classmethod
    def data_group(cls, number: int) -> Ef:
        return cls(0x0100 + number)


# The tag each data group's file starts with (9303-10 Table 34) and back.
DG_TAGS = {
    0x61: 1, 0x75: 2, 0x63: 3, 0x76: 4, 0x65: 5, 0x66: 6, 0x67: 7, 0x68: 8,
    0x69: 9, 0x6A: 10, 0x6B: 11, 0x6C: 12, 0x6D: 13, 0x6E: 14, 0x6F: 15, 0x70: 16,
}  # fmt: skip
TAG_OF_DG = {number: tag for tag, number in DG_TAGS.items()}


class LdsError(ValueError):
    """A file does not hold the structure Doc 9303-10 defines."""


def parse_com(data: bytes) -> tuple[str, list[int]]:
    """EF.COM: (LDS version "0107"-style, the data groups present)."""
    try:
        body = tlv.unwrap(data, 0x60)
        version = (tlv.find(body, 0x5F01) or b"").decode("ascii", "replace")
        tags = tlv.find(body, 0x5C) or b""
    except tlv.TlvError as exc:
        raise LdsError(f"EF.COM is not well formed ({exc})") from None
    return version, sorted(DG_TAGS[t] for t in tags if t in DG_TAGS)


def parse_dg1(data: bytes) -> list[str]:
    """DG1: the MRZ as lines (90 characters: TD1; 72: TD2; 88: TD3 — 9303-10 §4.7.1)."""
    try:
        text = (tlv.find(tlv.unwrap(data, 0x61), 0x5F1F) or b"").decode("ascii")
    except (tlv.TlvError, UnicodeDecodeError):
        raise LdsError("DG1 is not an MRZ data object") from None
    width = {90: 30, 72: 36, 88: 44}.get(len(text))
    if width is None:
        raise LdsError(f"DG1 holds an MRZ of {len(text)} characters, not 72, 88 or 90")
    return [text[i : i + width] for i in range(0, len(text), width)]


class ImageType(enum.Enum):
    JPEG = "jpeg"
    JPEG2000 = "jpeg2000"


@dataclass(frozen=True, slots=True)
class Portrait:
    image: bytes
    kind: ImageType
    width: int
    height: int


def parse_dg2(data: bytes) -> list[Portrait]:
    """DG2: the facial images (ISO/IEC 19794-5 records in biometric templates, 9303-10 §4.7.2)."""
    try:
        group = tlv.unwrap(tlv.unwrap(data, 0x75), 0x7F61)
        portraits = []
        for tag, value in tlv.items(group):
            if tag != 0x7F60:
                continue
            block = tlv.find(value, 0x5F2E) or tlv.find(value, 0x7F2E)
            if block is not None:
                portraits.extend(_facial_record(block))
    except tlv.TlvError as exc:
        raise LdsError(f"DG2 is not well formed ({exc})") from None
    if not portraits:
        raise LdsError("DG2 holds no facial image")
    return portraits


def _facial_record(block: bytes) -> list[Portrait]:
    """The images of one ISO/IEC 19794-5:2005 facial record data block."""
    if block[:4] != b"FAC\x00":
        raise LdsError("DG2's biometric data block is not an ISO/IEC 19794-5 facial record")
    count = int.from_bytes(block[12:14], "big")
    pos, out = 14, []
    for _ in range(count):
        length = int.from_bytes(block[pos : pos + 4], "big")
        points = int.from_bytes(block[pos + 4 : pos + 6], "big")
        info = pos + 20 + 8 * points  # the facial information block, then its feature points
        data_type = block[info + 1]
        width = int.from_bytes(block[info + 2 : info + 4], "big")
        height = int.from_bytes(block[info + 4 : info + 6], "big")
        image = block[info + 12 : pos + length]
        kind = ImageType.JPEG2000 if data_type == 1 else ImageType.JPEG
        if image[:3] == b"\xff\xd8\xff":
            kind = ImageType.JPEG
        elif image[:4] in (b"\x00\x00\x00\x0c", b"\xff\x4f\xff\x51"):
            kind = ImageType.JPEG2000
        else:
            raise LdsError("DG2's facial image is neither JPEG nor JPEG 2000")
        out.append(Portrait(image, kind, width, height))
        pos += length
    return out


@dataclass(frozen=True, slots=True)
class PaceInfo:
    protocol: str  # the PACE OID: mapping, key agreement, cipher
    version: int
    parameter_id: int | None


@dataclass(frozen=True, slots=True)
class ChipAuthInfo:
    protocol: str
    version: int
    key_id: int | None


@dataclass(frozen=True, slots=True)
class ChipAuthKey:
    protocol: str  # id-PK-ECDH or id-PK-DH
    public_key: Any  # asn1crypto PublicKeyInfo
    key_id: int | None


@dataclass(frozen=True, slots=True)
class SecurityInfoSet:
    """What EF.CardAccess or DG14 announces."""

    pace: list[PaceInfo] = field(default_factory=list)
    chip_auth: list[ChipAuthInfo] = field(default_factory=list)
    chip_auth_keys: list[ChipAuthKey] = field(default_factory=list)
    active_auth_algorithm: str | None = None  # the ECDSA signature OID of DG14, when given


def parse_security_infos(data: bytes) -> SecurityInfoSet:
    """SecurityInfos (9303-11 §9.2): unknown entries are skipped, as the standard asks."""
    pace: list[PaceInfo] = []
    chip_auth: list[ChipAuthInfo] = []
    chip_auth_keys: list[ChipAuthKey] = []
    active: str | None = None
    try:
        for info in SecurityInfos.load(data):
            oid = info["protocol"].dotted
            required, optional = info["required_data"], info["optional_data"]
            present = not isinstance(optional, core.Void)
            if oid.startswith(PACE + "."):
                parameter = optional.parse(core.Integer).native if present else None
                pace.append(PaceInfo(oid, required.parse(core.Integer).native, parameter))
            elif oid.startswith((CA_DH + ".", CA_ECDH + ".")):
                key_id = optional.parse(core.Integer).native if present else None
                chip_auth.append(ChipAuthInfo(oid, required.parse(core.Integer).native, key_id))
            elif oid in (PK_DH, PK_ECDH):
                key_id = optional.parse(core.Integer).native if present else None
                key = keys.PublicKeyInfo.load(required.dump())
                chip_auth_keys.append(ChipAuthKey(oid, key, key_id))
            elif oid == ACTIVE_AUTHENTICATION and present:
                active = optional.parse(core.ObjectIdentifier).dotted
    except (ValueError, TypeError, KeyError) as exc:
        raise LdsError(f"SecurityInfos are not well formed ({type(exc).__name__})") from None
    return SecurityInfoSet(pace, chip_auth, chip_auth_keys, active)


def parse_dg14(data: bytes) -> SecurityInfoSet:
    try:
        return parse_security_infos(tlv.unwrap(data, 0x6E))
    except tlv.TlvError:
        raise LdsError("DG14 is not a SecurityInfos data object") from None


def parse_dg15(data: bytes) -> Any:
    """DG15: the Active Authentication public key (an asn1crypto PublicKeyInfo)."""
    try:
        return keys.PublicKeyInfo.load(tlv.unwrap(data, 0x6F))
    except (tlv.TlvError, ValueError):
        raise LdsError("DG15 is not a public key") from None


# The DG11 and DG12 fields an officer is shown (9303-10 §4.7.11, §4.7.12). Images (DG12's
# front and rear of the document) and the tag list are left out.
DG11_FIELDS = {
    0x5F0E: "full_name", 0x5F0F: "other_names", 0x5F10: "personal_number",
    0x5F2B: "full_birth_date", 0x5F11: "birth_place", 0x5F42: "address",
    0x5F12: "telephone", 0x5F13: "profession", 0x5F14: "title",
    0x5F15: "personal_summary", 0x5F18: "custody_information",
}  # fmt: skip
DG12_FIELDS = {
    0x5F19: "issuing_authority", 0x5F26: "issue_date", 0x5F1A: "other_persons",
    0x5F1B: "endorsements", 0x5F1C: "tax_exit_requirements", 0x5F55: "personalisation_time",
    0x5F56: "personalisation_device",
}  # fmt: skip
_OTHER_NAMES = 0xA0  # the template around DG11's other names (and DG12's other persons)
MAX_FIELD = 1024  # characters kept of one field: a chip's text is shown, never trusted


def parse_extra(number: int, data: bytes) -> dict[str, str]:
    """DG11 or DG12 as {field: text}, in the standard's field names; fields repeated in a
    template (other names) are joined with "; ". Unknown tags are skipped."""
    names = DG11_FIELDS if number == 11 else DG12_FIELDS
    out: dict[str, list[str]] = {}

    def collect(body: bytes, top: bool) -> None:
        for tag, value in tlv.items(body):
            if tag == _OTHER_NAMES and top:  # one level deep, as the standard has it
                collect(value, False)
            elif tag in names:
                text = value.decode("utf-8", "replace").replace("\x00", "").strip()
                out.setdefault(names[tag], []).append(text[:MAX_FIELD])

    try:
        collect(tlv.unwrap(data, TAG_OF_DG[number]), True)
    except (tlv.TlvError, KeyError) as exc:
        raise LdsError(f"DG{number} is not well formed ({type(exc).__name__})") from None
    return {name: "; ".join(v for v in values if v) for name, values in out.items()}

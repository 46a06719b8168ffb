"""Decode the bar codes of a capture and check visible digital seals.

zxing-cpp reads every symbology it knows (DataMatrix, PDF417, Aztec, QR, the 1D codes). ZBar
reads the capture again only where zxing-cpp found a symbol it could not decode: it reads some
worn 1D codes that zxing-cpp cannot, but scanning a page costs it ~95 ms, which the documents
that carry no bar code (most) need not pay. On worn and blurred symbols (bench/bench_barcodes.py)
this keeps most of what ZBar adds over zxing-cpp alone at a fraction of its time.

A Doc 9303-13 seal is verified against the bar-code signer certificates the reference library
trusts (`_trust/seal-signers/`), and its MRZ compared with the one printed on the document.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import zxingcpp
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from numpy.typing import NDArray
from pyzbar import pyzbar  # type: ignore[import-untyped]

from verifier.barcodes import vds
from verifier.text import say


@dataclass(frozen=True, slots=True)
class Barcode:
    format: str  # "QRCode", "DataMatrix", "PDF417", "Aztec", "EAN13", ...
    data: bytes
    bbox: tuple[int, int, int, int]  # x, y, width, height in image pixels
    engine: str  # "zxing-cpp" or "zbar"


def decode_barcodes(gray: NDArray[np.uint8], zbar: bool | None = None) -> list[Barcode]:
    """Every symbol found, each once. ``zbar``: read with ZBar as well (None: only where
    zxing-cpp found a symbol it could not decode)."""
    found: list[Barcode] = []
    unreadable = False
    for symbol in zxingcpp.read_barcodes(gray, return_errors=True):
        if not symbol.valid:
            unreadable = True
            continue
        name = _name(str(symbol.format))
        points = [symbol.position.top_left, symbol.position.top_right,
                  symbol.position.bottom_right, symbol.position.bottom_left]  # fmt: skip
        xs, ys = [p.x for p in points], [p.y for p in points]
        box = (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        found.append(Barcode(name, bytes(symbol.bytes), box, "zxing-cpp"))
    if not (unreadable if zbar is None else zbar):
        return found
    for symbol in pyzbar.decode(gray):
        name = _name(str(symbol.type))
        if any(b.data == symbol.data and b.format == name for b in found):
            continue  # both engines read it
        r = symbol.rect
        found.append(Barcode(name, bytes(symbol.data), (r.left, r.top, r.width, r.height), "zbar"))
    return found


def _name(symbology: str) -> str:
    """One spelling for both engines: "Data Matrix" -> DataMatrix, "EAN-13" -> EAN13."""
    bare = symbology.replace(" ", "").replace("-", "")
    return {"QRCODE": "QRCode", "QRCode": "QRCode"}.get(bare, bare)


class SealStatus(enum.Enum):
    VALID = "valid"
    BAD_SIGNATURE = "bad_signature"  # the data were changed after signing, or signed by another key
    UNKNOWN_SIGNER = "unknown_signer"  # no trusted certificate for this signer reference
    SIGNER_EXPIRED = "signer_expired"  # signed outside the certificate's validity
    MALFORMED = "malformed"


@dataclass(frozen=True, slots=True)
class SealCheck:
    status: SealStatus
    message: str
    seal: vds.Seal | None
    mrz: tuple[str, ...] | None  # the MRZ stored in the seal, as lines (prefix for visas)


def check_seal(data: bytes, trust_dir: Path) -> SealCheck:
    """Decode a seal and verify it against the trusted signer certificates."""
    try:
        seal = vds.decode(data)
    except vds.SealError as exc:
        return SealCheck(
            SealStatus.MALFORMED,
            say("The digital seal cannot be decoded: {why}.", why=str(exc)),
            None,
            None,
        )
    reference = seal.header.signer_reference
    cert_file = trust_dir / f"{reference}.pem"
    mrz = seal_mrz(seal)
    if not cert_file.is_file():
        return SealCheck(
            SealStatus.UNKNOWN_SIGNER,
            say(
                "The seal was signed by {signer}, whose certificate the reference library lacks.",
                signer=reference,
            ),
            seal,
            mrz,
        )
    certificate = x509.load_pem_x509_certificate(cert_file.read_bytes())
    key = certificate.public_key()
    signed = dt.datetime.combine(seal.header.signature_date, dt.time(12), tzinfo=dt.UTC)
    if not certificate.not_valid_before_utc <= signed <= certificate.not_valid_after_utc:
        return SealCheck(
            SealStatus.SIGNER_EXPIRED,
            say(
                "The seal was signed on {date}, outside the validity of signer certificate "
                "{signer}.",
                date=str(seal.header.signature_date),
                signer=reference,
            ),
            seal,
            mrz,
        )
    if not isinstance(key, ec.EllipticCurvePublicKey) or not seal.verify(key):
        return SealCheck(
            SealStatus.BAD_SIGNATURE,
            say("The seal's signature does not match its data: the seal was altered or forged."),
            seal,
            mrz,
        )
    return SealCheck(
        SealStatus.VALID,
        say("The seal is signed by {signer} and intact.", signer=reference),
        seal,
        mrz,
    )


def seal_mrz(seal: vds.Seal) -> tuple[str, ...] | None:
    """The MRZ stored in a seal (visas keep line 1 and the first 28 characters of line 2)."""
    category = (seal.header.document_category, seal.header.feature_reference)
    try:
        if category == vds.VISA:
            for tag, width in ((vds.TAG_MRZ_MRVA, 44), (vds.TAG_MRZ_MRVB, 36)):
                value = seal.feature(tag)
                if value is not None:
                    text = vds.c40_decode(value)
                    return (text[:width], text[width:])
        if category == vds.UTO_RESIDENCE_PERMIT:
            value = seal.feature(vds.TAG_MRZ_TD2)
            if value is not None:
                text = vds.c40_decode(value)
                return (text[:36], text[36:])
    except vds.SealError:
        return None
    return None


def seal_matches_mrz(stored: tuple[str, ...], printed: tuple[str, ...]) -> bool:
    """Whether the MRZ in the seal equals the printed one (a prefix of line 2 for visas)."""
    if len(stored) != len(printed):
        return False
    return all(p.startswith(s) for s, p in zip(stored, printed, strict=True))

"""ICAO Doc 9303-13 visible digital seals: C40, header, features, signatures, hostile input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import given
from hypothesis import strategies as st

from verifier.barcodes import vds

ROOT = Path(__file__).resolve().parents[1]
KEY = ec.derive_private_key(0x5EA1, ec.SECP256R1())
HEADER = vds.Header("UTO", "UTTS", "5B", dt.date(2026, 9, 1), dt.date(2026, 9, 2), 93, 0x01)
FEATURES = [
    (
        vds.TAG_MRZ_MRVA,
        vds.c40_encode("V<UTOARKFREITH" + "<" * 30 + "V0481734<0GBR7005174M2708311"),
    ),
    (vds.TAG_ENTRIES, bytes((2,))),
    (vds.TAG_DURATION, bytes((90, 0, 0))),
    (vds.TAG_PASSPORT_NUMBER, vds.c40_encode("GB5013762")),
]


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<", max_size=90))
def test_c40_round_trip(text: str) -> None:
    encoded = vds.c40_encode(text)
    assert len(encoded) == 2 * -(-len(text) // 3)  # three characters in two bytes (§2.6.1)
    assert vds.c40_decode(encoded) == text


def test_c40_refuses_other_characters() -> None:
    with pytest.raises(vds.SealError, match="'a'"):
        vds.c40_encode("abc")
    with pytest.raises(vds.SealError, match="odd"):
        vds.c40_decode(b"\x01")
    with pytest.raises(vds.SealError, match="not a letter"):
        vds.c40_decode(bytes((0xFA, 0x02)))  # 64002: beyond the 64000 of three C40 values


def test_dates_and_lengths() -> None:
    assert vds.decode_date(vds.encode_date(dt.date(2031, 12, 31))) == dt.date(2031, 12, 31)
    with pytest.raises(vds.SealError, match="not a date"):
        vds.decode_date((13_452_026).to_bytes(3, "big"))  # month 13


def test_round_trip_and_signature() -> None:
    data = vds.encode(HEADER, FEATURES, KEY)
    seal = vds.decode(data)
    assert seal.header == HEADER
    assert seal.header.signer_reference == "UTTS5B"
    assert list(seal.features) == FEATURES
    assert seal.feature(vds.TAG_PASSPORT_NUMBER) == vds.c40_encode("GB5013762")
    assert seal.feature(0x77) is None
    assert len(seal.signature) == 64
    assert seal.verify(KEY.public_key())
    assert vds.encode(HEADER, FEATURES, KEY) == data  # deterministic ECDSA (RFC 6979)


def test_tampered_or_foreign_seals_do_not_verify() -> None:
    data = vds.encode(HEADER, FEATURES, KEY)
    original = vds.c40_encode("GB5013762")
    tampered = vds.decode(data.replace(original, vds.c40_encode("GB5013769")))
    assert not tampered.verify(KEY.public_key())
    other = ec.derive_private_key(0xBAD, ec.SECP256R1())
    assert not vds.decode(data).verify(other.public_key())
    unsigned = vds.decode(data[: data.rindex(bytes((vds.SIGNATURE_TAG, 64)))])
    assert unsigned.signature == b"" and not unsigned.verify(KEY.public_key())


def test_long_features_use_der_lengths() -> None:
    data = vds.encode(HEADER, [(0x07, bytes(200))], KEY)
    assert bytes((0x07, 0x81, 200)) in data
    assert vds.decode(data).feature(0x07) == bytes(200)
    with pytest.raises(vds.SealError, match="out of range"):
        vds.encode(HEADER, [(255, b"")], KEY)


def test_version_3_header() -> None:
    header = bytes((vds.MAGIC, vds.VERSION_3)) + vds.c40_encode("UTO") + vds.c40_encode("UTTS0005B")
    header += vds.encode_date(dt.date(2020, 6, 13)) * 2 + bytes((93, 1))
    seal = vds.decode(header + bytes((0x03, 1, 5)))
    assert seal.header.signer == "UTTS" and seal.header.certificate_reference == "0005B"
    assert seal.features == ((0x03, bytes((5,))),)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "magic"),
        (bytes(20), "magic"),
        (bytes((0xDC, 0x09)) + bytes(20), "version"),
        (
            bytes((0xDC, 0x03)) + vds.c40_encode("UTO") + vds.c40_encode("UTTSZZ") + bytes(8),
            "reference length",
        ),
        (
            bytes((0xDC, 0x03)) + vds.c40_encode("UTO") + vds.c40_encode("UTTS025B") + bytes(3),
            "truncated",
        ),
    ],
)
def test_malformed_headers_are_errors_not_crashes(data: bytes, reason: str) -> None:
    with pytest.raises(vds.SealError, match=reason):
        vds.decode(data)


def test_malformed_message_zones() -> None:
    body = vds.encode_header(HEADER)
    with pytest.raises(vds.SealError, match="past the end"):
        vds.decode(body + bytes((0x01, 10, 1, 2)))
    with pytest.raises(vds.SealError, match="malformed DER"):
        vds.decode(body + bytes((0x01, 0x85, 1, 1, 1, 1, 1)))
    with pytest.raises(vds.SealError, match="length is missing"):
        vds.decode(body + bytes((0x01,)))
    with pytest.raises(vds.SealError, match="after the signature"):
        vds.decode(body + bytes((0xFF, 1, 0, 9)))


def test_bundled_sample_seals_verify_against_the_library_trust_store() -> None:
    cert = x509.load_pem_x509_certificate(
        (ROOT / "reference_docs/_trust/seal-signers/UTTS5B.pem").read_bytes()
    )
    key = cert.public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    import json

    verdicts = {}
    for truth_file in sorted((ROOT / "samples").glob("*/truth.json")):
        truth = json.loads(truth_file.read_text())
        if truth["seal"]:
            verdicts[truth_file.parent.name] = vds.decode(bytes.fromhex(truth["seal"])).verify(key)
    assert verdicts["uto-v-2022-genuine"] and verdicts["uto-rp-2019-genuine"]
    assert verdicts["forged-seal-tampered"] is False
    assert sum(verdicts.values()) == len(verdicts) - 1

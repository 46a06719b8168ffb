"""Bar codes and visible digital seals on captures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp
from PIL import Image

from fixtures.generator import keys
from verifier.barcodes import reader, vds
from verifier.barcodes.reader import SealStatus, check_seal, decode_barcodes, seal_matches_mrz

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
TRUST = ROOT / "reference_docs" / "_trust" / "seal-signers"


def gray(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("L"))


@pytest.mark.parametrize(
    ("sample", "status"),
    [
        ("uto-v-2022-genuine", SealStatus.VALID),
        ("uto-rp-2019-genuine", SealStatus.VALID),
        ("forged-seal-tampered", SealStatus.BAD_SIGNATURE),
    ],
)
@pytest.mark.parametrize("light", ["visible", "ir"])
def test_seals_on_the_samples(sample: str, status: SealStatus, light: str) -> None:
    codes = decode_barcodes(gray(SAMPLES / sample / f"{light}.png"))
    assert [c.format for c in codes] == ["DataMatrix"]
    check = check_seal(codes[0].data, TRUST)
    assert check.status is status
    truth = json.loads((SAMPLES / sample / "truth.json").read_text())
    assert check.mrz is not None and seal_matches_mrz(check.mrz, tuple(truth["mrz"]))
    assert codes[0].data.hex() == truth["seal"]


def test_documents_without_bar_codes() -> None:
    assert decode_barcodes(gray(SAMPLES / "uto-p-2020-genuine" / "visible.png")) == []


def _seal(signature_date: dt.date, features: list[tuple[int, bytes]] | None = None) -> bytes:
    header = vds.Header(
        "UTO",
        keys.SEAL_SIGNER,
        keys.SEAL_CERTIFICATE_REFERENCE,
        signature_date,
        signature_date,
        93,
        1,
    )
    mrz = "V<UTOARKFREITH" + "<" * 30 + "V0481734<0GBR7005174M2708311"
    return vds.encode(
        header, features or [(vds.TAG_MRZ_MRVA, vds.c40_encode(mrz))], keys.seal_signer_key()
    )


def test_unknown_and_expired_signers_and_malformed_seals(tmp_path: Path) -> None:
    unknown = check_seal(_seal(dt.date(2026, 1, 1)), tmp_path)
    assert unknown.status is SealStatus.UNKNOWN_SIGNER and "UTTS5B" in unknown.message
    late = check_seal(_seal(dt.date(2040, 1, 1)), TRUST)
    assert late.status is SealStatus.SIGNER_EXPIRED
    broken = check_seal(b"\xdc\x03garbage", TRUST)
    assert broken.status is SealStatus.MALFORMED and broken.seal is None
    no_mrz = check_seal(_seal(dt.date(2026, 1, 1), [(vds.TAG_ENTRIES, b"\x01")]), TRUST)
    assert no_mrz.status is SealStatus.VALID and no_mrz.mrz is None


def test_seal_mrz_of_each_profile() -> None:
    mrvb = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<L8988901C4XXX7408122F9612109"
    seal = vds.decode(_seal(dt.date(2026, 1, 1), [(vds.TAG_MRZ_MRVB, vds.c40_encode(mrvb))]))
    assert reader.seal_mrz(seal) == (mrvb[:36], mrvb[36:])
    odd = vds.decode(_seal(dt.date(2026, 1, 1), [(vds.TAG_MRZ_MRVA, b"\xfa\x02")]))
    assert reader.seal_mrz(odd) is None  # C40 that does not decode
    other = vds.Header("UTO", "UTTS", "5B", dt.date(2026, 1, 1), dt.date(2026, 1, 1), 7, 3)
    foreign = vds.decode(vds.encode(other, [(1, b"")], keys.seal_signer_key()))
    assert reader.seal_mrz(foreign) is None
    assert not seal_matches_mrz(("A",), ("A", "B"))
    assert not seal_matches_mrz(("ABC", "D"), ("ABX", "DEF"))


def test_qr_and_1d_codes_through_both_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = np.full((600, 900), 255, dtype=np.uint8)
    qr = np.array(
        zxingcpp.create_barcode("VERIFIER-TEST", zxingcpp.BarcodeFormat.QRCode).to_image(scale=6)
    )
    canvas[50 : 50 + qr.shape[0], 50 : 50 + qr.shape[1]] = qr
    ean = np.array(
        zxingcpp.create_barcode("4006381333931", zxingcpp.BarcodeFormat.EAN13).to_image(scale=3)
    )
    canvas[400 : 400 + ean.shape[0], 400 : 400 + ean.shape[1]] = ean
    codes = decode_barcodes(canvas)
    assert {(c.format, c.data) for c in codes} >= {
        ("QRCode", b"VERIFIER-TEST"),
        ("EAN13", b"4006381333931"),
    }
    assert {c.engine for c in codes} == {"zxing-cpp"}
    both = decode_barcodes(canvas, zbar=True)
    assert len(both) == 2  # each once, although both engines read them
    monkeypatch.setattr(reader.zxingcpp, "read_barcodes", lambda image, **options: [])
    zbar_only = decode_barcodes(canvas, zbar=True)
    assert {c.engine for c in zbar_only} == {"zbar"} and len(zbar_only) == 2


def _worn_code39() -> np.ndarray:
    """A small Code 39 under heavy sensor noise: zxing-cpp sees a symbol it cannot decode."""
    canvas = np.full((400, 700), 255, dtype=np.uint8)
    symbol = np.array(
        zxingcpp.create_barcode("AB12345", zxingcpp.BarcodeFormat.Code39).to_image(scale=2)
    )
    symbol = cv2.resize(symbol, None, fx=0.75, fy=0.75, interpolation=cv2.INTER_AREA)
    canvas[100 : 100 + symbol.shape[0], 100 : 100 + symbol.shape[1]] = symbol
    noise = np.random.default_rng(0).normal(0, 30, canvas.shape)
    return np.clip(canvas + noise, 0, 255).astype(np.uint8)


def test_zbar_reads_again_where_zxing_saw_a_symbol_it_could_not_decode() -> None:
    worn = _worn_code39()
    assert not [s for s in zxingcpp.read_barcodes(worn) if s.valid]
    codes = decode_barcodes(worn)
    assert [(c.format, c.data, c.engine) for c in codes] == [("CODE39", b"AB12345", "zbar")]


def test_zbar_does_not_scan_a_page_without_bar_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(reader.pyzbar, "decode", lambda image: calls.append(image) or [])
    assert decode_barcodes(gray(SAMPLES / "uto-p-2020-genuine" / "visible.png")) == []
    assert calls == []  # ~95 ms saved on every such page
    decode_barcodes(_worn_code39())
    assert len(calls) == 1

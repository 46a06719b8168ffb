"""Hostile chips and files (found by fuzzing, kept as tests): a copied chip that hides the keys
it cannot prove, files that lie about their size, malformed keys, PEM that is not base64, an
oversized curve. The checks never raise; the trust store refuses with PkiError."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from fixtures.generator.chips import Profile, chip_image, com, master_list
from tests.chip.conftest import MRZ, PKI, PORTRAIT
from verifier.chip import tlv
from verifier.chip.lds import Ef
from verifier.chip.pki import PkiError
from verifier.chip.simulated import ChipImage
from verifier.chip.trust import TrustStore
from verifier.inspection.checks.chip import ChipChecks, ChipSource
from verifier.inspection.result import CheckStatus

ROOT = Path(__file__).resolve().parents[2]


def judge(chip: ChipImage, trust: TrustStore, tmp_path: Path) -> dict[str, CheckStatus]:
    path = tmp_path / "chip.json"
    path.write_text(chip.dump(), encoding="utf-8")
    outcome = ChipChecks(trust, lambda: dt.date(2026, 12, 1))(ChipSource(image=path), MRZ)
    return {c.id: c.status for c in outcome.checks}


@pytest.mark.parametrize("how", ["hidden from EF.COM", "removed from the chip"])
def test_a_clone_hiding_dg14_and_dg15_is_not_let_off_as_an_old_chip(
    how: str, trust: TrustStore, tmp_path: Path
) -> None:
    genuine = chip_image(
        "g", MRZ, PORTRAIT, Profile(pace=True, chip_auth=True, active_auth=True), PKI
    )
    files = dict(genuine.files)
    if how == "hidden from EF.COM":
        files[Ef.COM] = com([1, 2])  # EF.COM is not signed
    else:
        del files[Ef.DG14], files[Ef.DG15]
    clone = replace(genuine, files=files, chip_key=None, active_key=None)  # no private keys
    status = judge(clone, trust, tmp_path)
    assert status["chip.clone_detection"] is CheckStatus.FAIL
    if how == "hidden from EF.COM":
        assert status["chip.passive_auth"] is CheckStatus.PASS  # the SOD still lists them: read
    else:
        assert status["chip.passive_auth"] is CheckStatus.FAIL  # listed, signed, not given


def test_files_that_lie_about_their_size_or_structure_give_checks(
    trust: TrustStore, tmp_path: Path
) -> None:
    chip = chip_image("s", MRZ, PORTRAIT, Profile(pace=False, chip_auth=False), PKI)
    huge = dict(chip.files)
    huge[Ef.DG2] = b"\x75\x84\xff\xff\xff\xff" + bytes(100)
    status = judge(replace(chip, files=huge), trust, tmp_path)
    assert status["chip.read"] is CheckStatus.ERROR
    broken = dict(chip.files)
    broken[Ef.SOD] = tlv.tlv(0x77, b"\x30\x03\x02\x01")  # a cut CMS
    status = judge(replace(chip, files=broken), trust, tmp_path)
    assert status["chip.passive_auth"] is CheckStatus.FAIL


def test_malformed_dg15_fails_active_authentication(trust: TrustStore, tmp_path: Path) -> None:
    chip = chip_image(
        "a", MRZ, PORTRAIT, Profile(pace=False, chip_auth=False, active_auth=True), PKI
    )
    files = dict(chip.files)
    files[Ef.DG15] = tlv.tlv(
        0x6F, bytes.fromhex("300d06092a864886f70d01010c0500") + b"\x03\x01\x00"
    )
    status = judge(replace(chip, files=files), trust, tmp_path)
    assert status["chip.clone_detection"] is CheckStatus.FAIL
    assert status["chip.passive_auth"] is CheckStatus.FAIL  # and DG15 no longer matches its hash


def test_trust_store_refuses_hostile_files_with_reasons(tmp_path: Path) -> None:
    store = TrustStore(tmp_path / "csca")
    pem = tmp_path / "bad.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\nMIIB\nA\n-----END CERTIFICATE-----\n")
    with pytest.raises(PkiError, match="not base64"):
        store.import_file(pem)
    big = tmp_path / "big.ml"
    with big.open("wb") as out:
        out.write(b"\x30\x84\x03\x90\x00\x00")
        out.truncate(60 * 1024 * 1024)
    with pytest.raises(PkiError, match="larger than any master list"):
        store.import_file(big)
    data = bytearray(master_list(PKI))
    for cut in (50, 200, len(data) // 2, len(data) - 3):
        damaged = tmp_path / f"cut{cut}.ml"
        damaged.write_bytes(bytes(data[:cut]))
        with pytest.raises(PkiError):
            store.import_file(damaged)
    assert store.certificates() == []


def test_an_oversized_explicit_curve_is_refused() -> None:
    from asn1crypto import keys  # type: ignore[import-untyped]

    from verifier.chip.curves import CurveError, curve_of

    p = (1 << 4253) - 1
    params = keys.ECDomainParameters(
        name="specified",
        value={
            "version": "ecdpVer1",
            "field_id": {"field_type": "prime_field", "parameters": p},
            "curve": {"a": b"\x01", "b": b"\x02"},
            "base": b"\x04" + bytes(1064),
            "order": 7,
        },
    )
    with pytest.raises(CurveError, match="larger than any standard"):
        curve_of(params)

"""Reading simulated chips end to end (BAC, PACE, Chip and Active Authentication, Passive
Authentication) and what the checks say when a chip is altered, copied or absent."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from fixtures.generator.chips import Profile, chip_image, dg1, utopia_pki
from tests.chip.conftest import MRZ, PKI, PORTRAIT
from verifier.chip import tlv
from verifier.chip.apdu import Command
from verifier.chip.channel import Channel
from verifier.chip.errors import AccessDeniedError
from verifier.chip.keys import Can, MrzKey
from verifier.chip.lds import Ef, parse_dg1, parse_dg2
from verifier.chip.reader import read_chip, read_file
from verifier.chip.simulated import ChipImage, SimulatedChip
from verifier.chip.trust import TrustStore, master_list_certificates
from verifier.inspection.checks.chip import ChipChecks, ChipSource
from verifier.inspection.result import CheckStatus

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 1)


def image(profile: Profile, **kwargs: object) -> ChipImage:
    return chip_image("test", MRZ, PORTRAIT, profile, PKI, **kwargs)  # type: ignore[arg-type]


def judged(chip: ChipImage, trust: TrustStore, tmp_path: Path, printed: list[str] = MRZ):  # type: ignore[no-untyped-def]
    path = tmp_path / "chip.json"
    path.write_text(chip.dump(), encoding="utf-8")
    outcome = ChipChecks(trust, lambda: TODAY)(ChipSource(image=path), printed)
    return outcome, {c.id: c.status for c in outcome.checks}


@pytest.mark.parametrize(
    ("profile", "access"),
    [
        (Profile(pace=True, chip_auth=True, active_auth=True), "PACE"),
        (Profile(pace=False, chip_auth=False, active_auth=True), "BAC"),
        (Profile(pace=False, chip_auth=True), "BAC"),
    ],
)
def test_genuine_chips_pass_every_check(
    profile: Profile, access: str, trust: TrustStore, tmp_path: Path
) -> None:
    outcome, status = judged(image(profile), trust, tmp_path)
    assert outcome.reading is not None and outcome.reading.access == access
    assert set(status.values()) == {CheckStatus.PASS}, outcome.checks
    assert outcome.dg1 == MRZ
    assert outcome.portrait is not None and outcome.portrait.shape[2] == 3
    assert outcome.passive is not None and "CSCA Utopia" in (outcome.passive.csca or "")


def test_a_changed_data_group_fails_passive_authentication(
    trust: TrustStore, tmp_path: Path
) -> None:
    altered = [MRZ[0].replace("ANNA", "ALMA"), MRZ[1]]
    outcome, status = judged(image(Profile(), dg1_override=altered), trust, tmp_path)
    assert status["chip.read"] is CheckStatus.PASS
    assert status["chip.passive_auth"] is CheckStatus.FAIL
    assert "DG1 does not match its hash" in outcome.checks[1].message
    assert status["chip.mrz_match"] is CheckStatus.FAIL  # the printed MRZ is the issued one


def test_an_untrusted_issuer_fails_passive_authentication(tmp_path: Path) -> None:
    empty = TrustStore(tmp_path / "empty")
    outcome, status = judged(image(Profile()), empty, tmp_path)
    assert status["chip.passive_auth"] is CheckStatus.FAIL
    assert "No CSCA in this workstation's trust store" in outcome.checks[1].message
    assert outcome.passive is not None and outcome.passive.csca is None


def test_an_expired_document_signer_fails(trust: TrustStore, tmp_path: Path) -> None:
    old = utopia_pki(ds_until=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    chip = chip_image("old", MRZ, PORTRAIT, Profile(), old)
    outcome, status = judged(chip, trust, tmp_path)
    assert status["chip.passive_auth"] is CheckStatus.FAIL
    assert "Document Signer certificate is expired" in outcome.checks[1].message


def test_a_cloned_chip_fails_clone_detection(trust: TrustStore, tmp_path: Path) -> None:
    """A copy has the files but not the private keys: Chip Authentication breaks the session."""
    genuine = image(Profile(pace=True, chip_auth=True))
    other = chip_image("another", MRZ, PORTRAIT, Profile(pace=True, chip_auth=True), PKI)
    clone = replace(genuine, chip_key=other.chip_key)
    outcome, status = judged(clone, trust, tmp_path)
    assert status["chip.clone_detection"] is CheckStatus.FAIL
    assert "copied" in outcome.checks[2].message


def test_a_clone_without_chip_authentication_fails_active_authentication(
    trust: TrustStore, tmp_path: Path
) -> None:
    genuine = image(Profile(pace=False, chip_auth=False, active_auth=True))
    other = chip_image(
        "other", MRZ, PORTRAIT, Profile(pace=False, chip_auth=False, active_auth=True), PKI
    )
    outcome, status = judged(replace(genuine, active_key=other.active_key), trust, tmp_path)
    assert status["chip.clone_detection"] is CheckStatus.FAIL
    assert "Active Authentication failed" in outcome.checks[2].message


def test_no_active_or_chip_authentication_is_skipped_not_passed(
    trust: TrustStore, tmp_path: Path
) -> None:
    _, status = judged(image(Profile(pace=False, chip_auth=False)), trust, tmp_path)
    assert status["chip.clone_detection"] is CheckStatus.SKIPPED
    assert status["chip.passive_auth"] is CheckStatus.PASS


def test_chip_authentication_with_dh_is_said_not_run_not_absent(
    trust: TrustStore, tmp_path: Path
) -> None:
    """A chip that offers Chip Authentication only with Diffie-Hellman keys: this workstation
    does not run that variant, and says so rather than "the chip offers none"."""
    outcome, status = judged(image(Profile(pace=False, chip_auth_dh=True)), trust, tmp_path)
    assert status["chip.passive_auth"] is CheckStatus.PASS  # DG14 is read and signed
    assert status["chip.clone_detection"] is CheckStatus.SKIPPED
    assert (
        "Diffie-Hellman keys, which this workstation does not run yet" in outcome.checks[2].message
    )


def test_an_altered_printed_mrz_makes_the_chip_refuse(trust: TrustStore, tmp_path: Path) -> None:
    """A document number changed with its check digit recomputed: the key no longer opens."""
    changed = [MRZ[0], "U274369825UTO8208123F3404159<<<<<<<<<<<<<<02"]
    from verifier.mrz import parse

    assert parse(changed, repair=False).checks["document_number"]
    outcome, status = judged(image(Profile(pace=False, chip_auth=False)), trust, tmp_path, changed)
    assert status["chip.read"] is CheckStatus.FAIL
    assert "refused the key from the printed MRZ" in outcome.checks[0].message
    assert {status[i] for i in ("chip.passive_auth", "chip.clone_detection")} == {
        CheckStatus.SKIPPED
    }


def test_no_chip_is_skipped_with_the_reason(trust: TrustStore, tmp_path: Path) -> None:
    outcome = ChipChecks(trust, lambda: TODAY)(ChipSource(image=tmp_path / "none.json"), MRZ)
    assert {c.status for c in outcome.checks} == {CheckStatus.SKIPPED}
    assert "no chip" in outcome.checks[0].message


def test_no_reader_is_skipped_with_the_reason(trust: TrustStore) -> None:
    outcome = ChipChecks(trust, lambda: TODAY)(ChipSource(reader="nonexistent"), MRZ)
    assert {c.status for c in outcome.checks} == {CheckStatus.SKIPPED}
    assert "PC/SC" in outcome.checks[0].message or "reader" in outcome.checks[0].message


def test_pace_with_the_can_and_a_wrong_can() -> None:
    chip = image(Profile(pace=True, chip_auth=True, can="418305"))
    reading = read_chip(SimulatedChip(chip), Can("418305"))
    assert reading.access == "PACE"
    with pytest.raises(AccessDeniedError):
        read_chip(SimulatedChip(chip), Can("418306"))


def test_wrong_mrz_key_falls_back_and_is_refused() -> None:
    chip = image(Profile(pace=True, chip_auth=False))
    with pytest.raises(AccessDeniedError):
        read_chip(SimulatedChip(chip), MrzKey("U27436982", "820812", "340415"))


def test_files_are_refused_before_access_control() -> None:
    chip = SimulatedChip(image(Profile(pace=False)))
    channel = Channel(chip)
    assert channel.send(Command(0x00, 0xA4, 0x04, 0x0C, bytes.fromhex("A0000002471001"))).ok
    assert channel.send(Command(0x00, 0xA4, 0x02, 0x0C, b"\x01\x01")).sw == 0x6982


def test_large_files_read_beyond_32k_and_with_extended_length() -> None:
    """A big DG2 (a JPEG 2000 portrait can pass 32 KB): odd READ BINARY beyond offset 32767;
    extended length when the reader takes it."""
    chip = image(Profile(pace=False, chip_auth=False))
    big = tlv.tlv(0x75, b"\x00" * 40_000)
    chip.files[Ef.DG2] = big
    for extended in (False, True):
        simulated = SimulatedChip(replace(chip, extended_length=extended))
        channel = Channel(simulated)
        from verifier.chip import bac

        assert channel.send(Command(0x00, 0xA4, 0x04, 0x0C, bytes.fromhex("A0000002471001"))).ok
        bac.authenticate(channel, chip.mrz_key())
        assert read_file(channel, Ef.DG2) == big
        assert simulated.commands < (30 if extended else 200)


def test_portrait_and_mrz_parse() -> None:
    chip = image(Profile())
    assert parse_dg1(chip.files[Ef.DG1]) == MRZ
    portrait = parse_dg2(chip.files[Ef.DG2])[0]
    assert portrait.image[:3] == b"\xff\xd8\xff" and portrait.width == 240


def test_bundled_samples_master_list_verifies() -> None:
    certs = master_list_certificates((ROOT / "samples" / "chip-test-masterlist.ml").read_bytes())
    assert [c.country for c in certs] == ["UT"]


def test_sample_chips_are_what_the_generator_makes(tmp_path: Path) -> None:
    """samples/*/chip.json are reproducible (keys from public strings, deterministic ECDSA)."""
    import shutil

    from fixtures.generator.chips import write_chips

    copy = tmp_path / "samples"
    shutil.copytree(ROOT / "samples", copy, ignore=shutil.ignore_patterns("*.png", "*.jpg"))
    written = write_chips(copy)
    for path in written:
        original = ROOT / "samples" / path.relative_to(copy)
        assert path.read_bytes() == original.read_bytes(), f"regenerate: {original}"
    assert dg1(MRZ)[:3] == b"\x61\x5b\x5f"


def test_dg11_and_dg12_details_parse_and_bad_ones_are_refused() -> None:
    from fixtures.generator.chips import dg11, dg12
    from verifier.chip.lds import LdsError, parse_extra

    assert parse_extra(11, dg11("ERIKSSON<<ANNA<MARIA", dt.date(1982, 8, 12), "Nowhere", "77")) == {
        "full_name": "ERIKSSON<<ANNA<MARIA",
        "full_birth_date": "19820812",
        "birth_place": "Nowhere",
        "personal_number": "77",
    }
    assert parse_extra(12, dg12("MOI", dt.date(2023, 2, 9))) == {
        "issuing_authority": "MOI",
        "issue_date": "20230209",
    }
    # other names come in a template (9303-10 §4.7.11): count, then one field per name
    names = tlv.tlv(0xA0, tlv.tlv(0x02, b"\x02") + tlv.tlv(0x5F0F, b"ANNA") + tlv.tlv(0x5F0F, b"A"))
    assert parse_extra(11, tlv.tlv(0x6B, names)) == {"other_names": "ANNA; A"}
    # a hostile chip: templates nested past the standard's one level are not followed
    nested = tlv.tlv(0x6B, tlv.tlv(0xA0, tlv.tlv(0xA0, tlv.tlv(0x5F0F, b"X"))))
    assert parse_extra(11, nested) == {}
    for bad in (b"", b"\x6c\x05\x5f\x19", dg12("MOI", dt.date(2023, 2, 9))):
        with pytest.raises(LdsError):
            parse_extra(11, bad)  # cut short, or DG12 given as DG11

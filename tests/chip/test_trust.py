"""The CSCA trust store: a real master list (the BSI's, from ../shared/chipdata), our samples'
test list, single certificates and CRLs, and hostile files refused with the reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from fixtures.generator.chips import Profile, chip_image, master_list, utopia_pki
from verifier.chip.passive import passive_authentication
from verifier.chip.pki import Certificate, PkiError
from verifier.chip.reader import read_chip
from verifier.chip.simulated import SimulatedChip
from verifier.chip.trust import Kind, TrustStore

ROOT = Path(__file__).resolve().parents[2]
BSI = ROOT.parent / "shared" / "chipdata" / "DE_ML_2024-04-10-10-54-13.ml"
PKI = utopia_pki()


@pytest.fixture(scope="module")
def bsi_list() -> bytes:
    if not BSI.is_file():
        pytest.skip(f"the real master list is not here ({BSI}): ../shared/chipdata is absent")
    return BSI.read_bytes()


def test_the_real_bsi_master_list_imports_whole(tmp_path: Path, bsi_list: bytes) -> None:
    """526 CSCAs from about 110 States, 121 with explicit EC parameters (mostly Brainpool), which
    ``cryptography`` cannot load as keys: every one is kept, and its signature checks work."""
    source = tmp_path / "de.ml"
    source.write_bytes(bsi_list)
    store = TrustStore(tmp_path / "csca")
    outcome = store.import_file(source)
    assert outcome.kind is Kind.MASTER_LIST
    assert (outcome.added, outcome.refused) == (526, [])
    assert outcome.signer is not None and "Master List Signer" in outcome.signer
    assert outcome.signer_certified_by is not None and "csca-germany" in outcome.signer_certified_by
    assert not outcome.signer_csca_trusted_before  # the list's own CSCA: fingerprint to compare
    again = TrustStore(tmp_path / "csca").import_file(source)
    assert (again.added, again.already, again.signer_csca_trusted_before) == (0, 526, True)

    listing = TrustStore(tmp_path / "csca").listing(dt.date(2026, 12, 1))
    assert len(listing) == 526 and len({c.country for c in listing}) > 90
    assert {c.status for c in listing} == {"valid", "expired"}  # an old list, on purpose

    explicit = self_signed = 0
    for cert in TrustStore(tmp_path / "csca").certificates():
        params = cert.public_key["algorithm"]["parameters"]
        is_explicit = (
            cert.public_key["algorithm"]["algorithm"].native == "ec" and params.name == "specified"
        )
        explicit += is_explicit
        if cert.asn.issuer == cert.asn.subject and cert.authority_key_identifier in (
            None,
            cert.key_identifier,
        ):
            self_signed += 1
            assert cert.issued_by(cert), cert.subject  # every self-signature verifies
    assert explicit == 121 and self_signed == 350


def test_a_tampered_master_list_is_refused(tmp_path: Path, bsi_list: bytes) -> None:
    data = bytearray(bsi_list)
    data[len(data) // 2] ^= 0x01  # one bit inside the certificate list
    source = tmp_path / "tampered.ml"
    source.write_bytes(bytes(data))
    store = TrustStore(tmp_path / "csca")
    with pytest.raises(PkiError, match="does not match its signed digest: it was altered"):
        store.import_file(source)
    assert store.certificates() == []


def test_a_single_csca_and_refusals(tmp_path: Path) -> None:
    store = TrustStore(tmp_path / "csca")
    pem = tmp_path / "csca.pem"
    pem.write_bytes(PKI.csca.public_bytes(serialization.Encoding.PEM))
    assert store.import_file(pem).added == 1
    ds = tmp_path / "ds.der"
    ds.write_bytes(PKI.ds.public_bytes(serialization.Encoding.DER))
    with pytest.raises(PkiError, match="not a CA certificate"):
        store.import_file(ds)
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    with pytest.raises(PkiError, match="not a CSCA master list, a certificate or a CRL"):
        store.import_file(junk)
    with pytest.raises(PkiError, match="cannot be read"):
        store.import_file(tmp_path / "missing.ml")


def _crl(revoked_serial: int | None, signer_key=PKI.csca_key) -> bytes:  # type: ignore[no-untyped-def]
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(PKI.csca.subject)
        .last_update(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        .next_update(dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
    )
    if revoked_serial is not None:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(revoked_serial)
            .revocation_date(dt.datetime(2026, 6, 1, tzinfo=dt.UTC))
            .build()
        )
    return builder.sign(signer_key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def test_a_crl_revokes_a_document_signer(tmp_path: Path) -> None:
    store = TrustStore(tmp_path / "csca")
    ml = tmp_path / "ut.ml"
    ml.write_bytes(master_list(PKI))
    store.import_file(ml)
    mrz = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "U274369814UTO8208123F3404159<<<<<<<<<<<<<<02",
    ]
    portrait = ROOT / "fixtures" / "portraits" / "person_b_document.jpg"
    chip = chip_image("crl", mrz, portrait, Profile(pace=False, chip_auth=False), PKI)
    reading = read_chip(SimulatedChip(chip), chip.mrz_key())
    today = dt.date(2026, 12, 1)
    assert passive_authentication(reading.sod, reading.groups, store, today).passed

    forged = tmp_path / "forged.crl"
    forged.write_bytes(_crl(PKI.ds.serial_number, signer_key=PKI.ds_key))
    with pytest.raises(PkiError, match="not signed by a CSCA in this trust store"):
        store.import_file(forged)
    crl = tmp_path / "ut.crl"
    crl.write_bytes(_crl(PKI.ds.serial_number))
    assert store.import_file(crl).kind is Kind.CRL
    result = passive_authentication(
        reading.sod, reading.groups, TrustStore(tmp_path / "csca"), today
    )
    assert not result.passed
    assert any("revoked" in f for f in result.failures)


def test_certificates_with_negative_serials_and_lax_der_load(bsi_list: bytes) -> None:
    """What ``cryptography`` warns about or refuses is read by our loader."""
    from verifier.chip.trust import master_list_certificates

    certs = master_list_certificates(bsi_list)
    assert any(c.serial <= 0 for c in certs)
    assert all(isinstance(c, Certificate) and c.country for c in certs)


def test_a_kept_store_sees_an_import_made_elsewhere(tmp_path: Path) -> None:
    """The store an application keeps reads its files once, and again after an import by
    another process (the command line) changed them."""
    kept = TrustStore(tmp_path / "csca")
    assert kept.certificates() == []
    first = kept.certificates()
    assert kept.certificates() is first  # not read again while nothing changed
    ml = tmp_path / "ut.ml"
    ml.write_bytes(master_list(PKI))
    TrustStore(tmp_path / "csca").import_file(ml)  # another process
    assert [c.country for c in kept.certificates()] == ["UT"]

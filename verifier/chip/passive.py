"""Passive Authentication, ICAO Doc 9303-11 §5.1 and 9303-12: the EF.SOD's signature by its
Document Signer, the Document Signer's certificate by a trusted CSCA (validity, key usage,
CRL), and each data group read against its hash in the SOD."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from verifier.chip import tlv
from verifier.chip.asn1 import LDS_SECURITY_OBJECT, LdsSecurityObject
from verifier.chip.pki import Certificate, PkiError, open_signed_data
from verifier.chip.trust import TrustStore
from verifier.text import say


@dataclass(frozen=True, slots=True)
class SecurityObject:
    hash_algorithm: str
    hashes: Mapping[int, bytes]  # data group number -> hash
    signer: Certificate | None
    signature_problem: str | None


def read_sod(data: bytes) -> SecurityObject:
    """EF.SOD: tag 77 around a CMS SignedData of an LDS Security Object (9303-10 §4.6.2)."""
    try:
        signed = open_signed_data(tlv.unwrap(data, 0x77))
    except tlv.TlvError:
        raise PkiError("EF.SOD is not a document security object (tag 77)") from None
    if signed.content_type != LDS_SECURITY_OBJECT:
        raise PkiError("EF.SOD does not hold an LDS security object")
    try:
        lds = LdsSecurityObject.load(signed.content)
        algorithm = lds["hash_algorithm"]["algorithm"].native
        hashes = {
            int(item["data_group_number"].native): bytes(item["data_group_hash_value"].native)
            for item in lds["data_group_hash_values"]
        }
    except (ValueError, TypeError, KeyError):
        raise PkiError("EF.SOD's LDS security object is not well formed") from None
    return SecurityObject(algorithm, hashes, signed.signer, signed.problem)


_VALIDITY = {"expired": say("expired"), "not yet valid": say("not yet valid")}


@dataclass(slots=True)
class PassiveResult:
    """What Passive Authentication found. ``failures`` in words; none means it passed."""

    failures: list[str] = field(default_factory=list)  # Texts (translated on screen)
    signer: str | None = None
    csca: str | None = None
    chain: list[Certificate] = field(default_factory=list)  # DS, then CSCA when found
    hashes: dict[int, bool] = field(default_factory=dict)  # data group -> hash matches

    @property
    def passed(self) -> bool:
        return not self.failures


def passive_authentication(
    sod: bytes, groups: Mapping[int, bytes], trust: TrustStore, today: dt.date
) -> PassiveResult:
    out = PassiveResult()
    try:
        security = read_sod(sod)
    except PkiError as exc:
        out.failures.append(str(exc))
        return out
    signer = security.signer
    if signer is not None:
        out.signer = signer.subject
        out.chain.append(signer)
    if security.signature_problem is not None:
        out.failures.append(
            say("The SOD's signature does not hold: {why}.", why=security.signature_problem)
        )
    if signer is not None:
        try:
            _check_signer(signer, trust, today, out)
        except PkiError as exc:
            out.failures.append(
                say("The Document Signer certificate cannot be used: {why}", why=str(exc))
            )
    if security.hash_algorithm not in hashlib.algorithms_available:
        out.failures.append(
            say("The SOD uses an unknown hash ({name}).", name=security.hash_algorithm)
        )
        return out
    for number, content in sorted(groups.items()):
        expected = security.hashes.get(number)
        if expected is None:
            out.hashes[number] = False
            out.failures.append(
                say("DG{number} was read but the SOD does not list it.", number=number)
            )
            continue
        matches = hashlib.new(security.hash_algorithm, content).digest() == expected
        out.hashes[number] = matches
        if not matches:
            out.failures.append(
                say(
                    "DG{number} does not match its hash in the SOD: its data was changed after "
                    "the issuing State signed it.",
                    number=number,
                )
            )
    return out


def _check_signer(
    signer: Certificate, trust: TrustStore, today: dt.date, out: PassiveResult
) -> None:
    problem = signer.validity_on(today)
    if problem is not None:
        out.failures.append(
            say(
                "The Document Signer certificate is {problem} (valid {start} to {end}).",
                problem=_VALIDITY[problem],
                start=signer.not_before.date().isoformat(),
                end=signer.not_after.date().isoformat(),
            )
        )
    if not signer.can_sign_documents():
        out.failures.append(say("The Document Signer certificate is not for digital signatures."))
    csca = trust.issuer_of(signer)
    if csca is None:
        out.failures.append(
            say(
                "No CSCA in this workstation's trust store issued the Document Signer "
                "certificate ({issuer}): import that State's CSCA or a master list that holds it.",
                issuer=signer.issuer,
            )
        )
        return
    out.csca = csca.subject
    out.chain.append(csca)
    problem = csca.validity_on(today)
    if problem is not None:
        out.failures.append(
            say(
                "The CSCA certificate that issued the Document Signer is {problem}.",
                problem=_VALIDITY[problem],
            )
        )
    if trust.revoked(signer):
        out.failures.append(say("The Document Signer certificate is revoked by its CSCA's CRL."))

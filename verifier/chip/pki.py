"""Certificates and signatures of the eMRTD PKI (ICAO Doc 9303-12): CSCA and Document Signer
certificates, CMS SignedData (EF.SOD, master lists), CRLs.

Certificates are read with asn1crypto, which accepts what real States issue and ``cryptography``
refuses (explicit EC parameters, lax DER, negative serial numbers); each signature is then
checked with ``cryptography`` on the key's numbers, or with ``ecdsa`` for a curve it lacks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import algos, cms, crl, x509  # type: ignore[import-untyped]
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from verifier.chip import curves


class PkiError(ValueError):
    """A certificate, CRL or signed object that cannot be read or used."""


# What asn1crypto raises on malformed input when a field is first parsed
PARSE_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)
MAX_RSA_BITS = 8192  # beyond any eMRTD key: refused rather than computed with


@dataclass(frozen=True, slots=True)
class Certificate:
    der: bytes
    asn: Any = field(compare=False)  # asn1crypto x509.Certificate: the same bytes, parsed

    @classmethod
    def load(cls, der: bytes) -> Certificate:
        try:
            asn = x509.Certificate.load(der)
            # every field used later, parsed now: a damaged one is refused here, not at use
            tbs = asn["tbs_certificate"]
            tbs["subject_public_key_info"]["algorithm"].native  # noqa: B018
            tbs["serial_number"].native  # noqa: B018
            tbs["validity"].native  # noqa: B018
            asn.subject.native  # noqa: B018
            asn.issuer.native  # noqa: B018
            asn.key_identifier  # noqa: B018
            asn.authority_key_identifier  # noqa: B018
            asn.key_usage_value  # noqa: B018
            asn.ca  # noqa: B018
            asn["signature_algorithm"].signature_algo  # noqa: B018
            asn["signature_value"].native  # noqa: B018
            tbs.dump()
        except PARSE_ERRORS as exc:
            raise PkiError(f"not an X.509 certificate ({type(exc).__name__})") from None
        return cls(bytes(der), asn)

    @property
    def tbs(self) -> Any:
        return self.asn["tbs_certificate"]

    @property
    def subject(self) -> str:
        return str(self.asn.subject.human_friendly)

    @property
    def issuer(self) -> str:
        return str(self.asn.issuer.human_friendly)

    @property
    def country(self) -> str:
        value = self.asn.subject.native.get("country_name", "")
        return str(value).upper()

    @property
    def serial(self) -> int:
        return int(self.tbs["serial_number"].native)

    @property
    def not_before(self) -> dt.datetime:
        return self.tbs["validity"]["not_before"].native  # type: ignore[no-any-return]

    @property
    def not_after(self) -> dt.datetime:
        return self.tbs["validity"]["not_after"].native  # type: ignore[no-any-return]

    @property
    def key_identifier(self) -> bytes | None:
        return self.asn.key_identifier  # type: ignore[no-any-return]

    @property
    def authority_key_identifier(self) -> bytes | None:
        return self.asn.authority_key_identifier  # type: ignore[no-any-return]

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.der).hexdigest()

    @property
    def public_key(self) -> Any:
        return self.tbs["subject_public_key_info"]

    @property
    def is_ca(self) -> bool:
        """May sign certificates: CA in its basic constraints, or (as some real CSCAs, e.g.
        Belgium's and Turkey's in the BSI list of 2024, say it) keyCertSign in its key usage."""
        usage = self.asn.key_usage_value
        return bool(self.asn.ca) or (usage is not None and "key_cert_sign" in usage.native)

    def can_sign_documents(self) -> bool:
        usage = self.asn.key_usage_value
        return usage is None or "digital_signature" in usage.native

    def validity_on(self, day: dt.date) -> str | None:
        """None when valid on ``day``; else "expired" or "not yet valid"."""
        if day < self.not_before.date():
            return "not yet valid"
        if day > self.not_after.date():
            return "expired"
        return None

    def issued_by(self, issuer: Certificate) -> bool:
        """The names (and key identifiers, where both have them) link, and the signature holds."""
        if self.asn.issuer != issuer.asn.subject or not issuer.is_ca:
            return False
        aki, ski = self.authority_key_identifier, issuer.key_identifier
        if aki is not None and ski is not None and aki != ski:
            return False
        return verify(
            issuer.public_key,
            self.asn["signature_algorithm"],
            self.asn["signature_value"].native,
            self.tbs.dump(),
        )


def describe(certificate: Certificate) -> dict[str, str]:
    """What an officer or an administrator is shown of a certificate in a chain."""
    return {
        "subject": certificate.subject,
        "issuer": certificate.issuer,
        "serial": format(certificate.serial, "X"),
        "not_before": certificate.not_before.date().isoformat(),
        "not_after": certificate.not_after.date().isoformat(),
        "sha256": certificate.fingerprint,
    }


def verify(
    key: Any, algorithm: Any, signature: bytes, data: bytes, digest: str | None = None
) -> bool:
    """Does ``signature`` over ``data`` verify with ``key`` (asn1crypto PublicKeyInfo) under
    ``algorithm`` (a SignedDigestAlgorithm)? ``digest`` names the hash when the algorithm does
    not (CMS may say only "rsa" or "ecdsa")."""
    try:
        kind = algorithm.signature_algo
        try:
            hash_name = algorithm.hash_algo
        except ValueError:
            hash_name = digest
        if kind == "rsassa_pss":
            params = algorithm["parameters"]
            hash_name = params["hash_algorithm"]["algorithm"].native
        if hash_name not in curves.HASHES:
            raise PkiError(f"a signature hash this workstation does not know ({hash_name})")
        chosen = curves.HASHES[hash_name]()
        if kind in ("rsassa_pkcs1v15", "rsassa_pss"):
            numbers = key["public_key"].parsed
            if int(numbers["modulus"].native).bit_length() > MAX_RSA_BITS:
                raise PkiError("an RSA key larger than any eMRTD uses")
            public = rsa.RSAPublicNumbers(
                int(numbers["public_exponent"].native), int(numbers["modulus"].native)
            ).public_key()
            scheme: padding.AsymmetricPadding = padding.PKCS1v15()
            if kind == "rsassa_pss":
                mgf_hash = params["mask_gen_algorithm"]["parameters"]["algorithm"].native
                scheme = padding.PSS(
                    padding.MGF1(curves.HASHES[mgf_hash]()), int(params["salt_length"].native)
                )
            try:
                public.verify(signature, data, scheme, chosen)
            except InvalidSignature:
                return False
            return True
        if kind == "ecdsa":
            curve = curves.curve_of(key["algorithm"]["parameters"])
            parsed = algos.DSASignature.load(signature).native
            return curves.verify(
                curve, key["public_key"].native, (parsed["r"], parsed["s"]), data, hash_name
            )
    except PARSE_ERRORS as exc:
        if isinstance(exc, PkiError):
            raise
        raise PkiError(f"the signature or its key cannot be read ({type(exc).__name__})") from None
    raise PkiError(f"a signature algorithm this workstation does not know ({kind})")


@dataclass(frozen=True, slots=True)
class SignedContent:
    """The content of a CMS SignedData, its signer, and whether the signature holds."""

    content_type: str
    content: bytes
    signer: Certificate | None
    certificates: tuple[Certificate, ...]
    signature_valid: bool
    problem: str | None  # why the signature is not valid, in words


def open_signed_data(data: bytes) -> SignedContent:
    """Read a CMS ContentInfo holding SignedData and check its one signer's signature over the
    signed attributes and of the content's digest (RFC 5652 §5.4). The signer's certificate
    comes from the SignedData itself; whether it is trusted is the caller's question."""
    try:
        info = cms.ContentInfo.load(data)
        if info["content_type"].native != "signed_data":
            raise PkiError("not CMS SignedData")
        signed = info["content"]
        encap = signed["encap_content_info"]
        content_type = encap["content_type"].dotted
        content = bytes(encap["content"].contents) if encap["content"].native is not None else b""
        certificates = []
        for choice in signed["certificates"] or []:
            if choice.name == "certificate":
                certificates.append(Certificate.load(choice.chosen.dump()))
        infos = signed["signer_infos"]
        if len(infos) != 1:
            raise PkiError(f"{len(infos)} signers, where one is expected")
        signer_info = infos[0]
        signer = _find_signer(signer_info["sid"], certificates)
        problem = _check_signer_info(signer_info, signer, content_type, content)
    except PARSE_ERRORS as exc:
        if isinstance(exc, PkiError):
            raise
        raise PkiError(f"not a CMS signed object ({type(exc).__name__})") from None
    return SignedContent(
        content_type, content, signer, tuple(certificates), problem is None, problem
    )


def _find_signer(sid: Any, certificates: list[Certificate]) -> Certificate | None:
    for cert in certificates:
        if sid.name == "subject_key_identifier":
            if cert.key_identifier == sid.native:
                return cert
        elif (
            cert.asn.issuer == sid.chosen["issuer"]
            and cert.serial == sid.chosen["serial_number"].native
        ):
            return cert
    return None


def _check_signer_info(
    signer_info: Any, signer: Certificate | None, content_type: str, content: bytes
) -> str | None:
    if signer is None:
        return "the signer's certificate is not in the signed object"
    digest_name = signer_info["digest_algorithm"]["algorithm"].native
    if digest_name not in curves.HASHES:
        return f"an unknown digest algorithm ({digest_name})"
    attributes = signer_info["signed_attrs"]
    if not attributes:
        signed_bytes = content  # no signed attributes: the signature is over the content itself
    else:
        found = {a["type"].native: a["values"] for a in attributes}
        if "message_digest" not in found or "content_type" not in found:
            return "the signed attributes lack the content type or the message digest"
        if found["content_type"][0].dotted != content_type:
            return "the signed content type differs from the content's"
        if found["message_digest"][0].native != hashlib.new(digest_name, content).digest():
            return "the content does not match its signed digest: it was altered"
        signed_bytes = b"\x31" + attributes.dump()[1:]  # signed as a SET OF (RFC 5652 §5.4)
    if not verify(
        signer.public_key,
        signer_info["signature_algorithm"],
        signer_info["signature"].native,
        signed_bytes,
        digest_name,
    ):
        return "the signature does not verify with the signer's certificate"
    return None


@dataclass(frozen=True, slots=True)
class RevocationList:
    der: bytes
    asn: Any  # asn1crypto crl.CertificateList

    @classmethod
    def load(cls, der: bytes) -> RevocationList:
        try:
            asn = crl.CertificateList.load(der)
            asn["tbs_cert_list"]["issuer"].native  # noqa: B018
            asn["tbs_cert_list"]["revoked_certificates"].native  # noqa: B018
            asn["tbs_cert_list"]["this_update"].native  # noqa: B018
            asn["signature_algorithm"].signature_algo  # noqa: B018
        except PARSE_ERRORS as exc:
            raise PkiError(f"not a CRL ({type(exc).__name__})") from None
        return cls(bytes(der), asn)

    @property
    def issuer(self) -> str:
        return str(self.asn.issuer.human_friendly)

    @property
    def this_update(self) -> dt.datetime:
        return self.asn["tbs_cert_list"]["this_update"].native  # type: ignore[no-any-return]

    def signed_by(self, issuer: Certificate) -> bool:
        return self.asn.issuer == issuer.asn.subject and verify(
            issuer.public_key,
            self.asn["signature_algorithm"],
            self.asn["signature"].native,
            self.asn["tbs_cert_list"].dump(),
        )

    def revokes(self, cert: Certificate) -> bool:
        if self.asn.issuer != cert.asn.issuer:
            return False
        revoked = self.asn["tbs_cert_list"]["revoked_certificates"] or []
        return any(int(entry["user_certificate"].native) == cert.serial for entry in revoked)

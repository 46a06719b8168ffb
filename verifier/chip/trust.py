"""The workstation's CSCA trust store (ICAO Doc 9303-12): Country Signing CA certificates and
their CRLs in the data dir, imported by an administrator from master lists (CMS SignedData,
9303-12 §8) and single files. Passive Authentication looks Document Signers' issuers up here.

Layout: ``<data>/trust/csca/<sha256>.der`` and ``<data>/trust/csca/crl/<sha256>.der``; each
file is written whole or not at all, and the folder is backed up with the data dir.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from verifier.chip.asn1 import CSCA_MASTER_LIST, CscaMasterList
from verifier.chip.pki import (
    PARSE_ERRORS,
    Certificate,
    PkiError,
    RevocationList,
    open_signed_data,
)
from verifier.files import write_atomic

MAX_FILE = 8 * 1024 * 1024  # the German master list is 0.8 MB; refuse what no list is
_PEM = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----(.+?)-----END \1-----", re.DOTALL)


class Kind(enum.Enum):
    MASTER_LIST = "master_list"
    CERTIFICATE = "certificate"
    CRL = "crl"


@dataclass(slots=True)
class ImportOutcome:
    kind: Kind
    added: int = 0
    already: int = 0
    refused: list[str] = field(default_factory=list)  # one reason per certificate refused
    signer: str | None = None  # a master list's signer
    signer_certified_by: str | None = None  # the CSCA that certifies that signer
    signer_csca_trusted_before: bool = False  # that CSCA was in the store before this import
    signer_csca_fingerprint: str | None = None


@dataclass(frozen=True, slots=True)
class Listed:
    country: str
    subject: str
    not_after: dt.datetime
    status: str  # valid | expired | not_yet_valid
    fingerprint: str


class TrustStore:
    def __init__(self, root: Path, extra: Sequence[Certificate] = ()) -> None:
        """``extra``: certificates trusted for this use only, never written (the bundled
        samples' test CSCA, for their simulated chips)."""
        self.root = root
        self.extra = list(extra)
        self._certs: list[Certificate] | None = None
        self._crls: list[RevocationList] | None = None
        self._by_subject: dict[bytes, list[Certificate]] = {}
        self._stamp = self._folders_stamp()

    def _folders_stamp(self) -> tuple[int, int]:
        """When the folders last changed (a file added or removed changes its folder's time)."""

        def changed(folder: Path) -> int:
            try:
                return folder.stat().st_mtime_ns
            except OSError:
                return 0

        return changed(self.root), changed(self.crl_dir)

    def _fresh(self) -> None:
        """Drop what was loaded when another process (an import) changed the folders: a store
        kept for many inspections reads its files once, not once per inspection."""
        stamp = self._folders_stamp()
        if stamp != self._stamp:
            self._stamp, self._certs, self._crls = stamp, None, None

    @property
    def crl_dir(self) -> Path:
        return self.root / "crl"

    def certificates(self) -> list[Certificate]:
        self._fresh()
        if self._certs is None:
            certs = []
            for path in sorted(self.root.glob("*.der")) if self.root.is_dir() else []:
                try:
                    certs.append(Certificate.load(path.read_bytes()))
                except PkiError:
                    continue  # a damaged file is not trusted; `verifier doctor` could say so
            self._set(certs + self.extra)
        assert self._certs is not None
        return self._certs

    def _set(self, certs: list[Certificate]) -> None:
        self._certs = certs
        index: dict[bytes, list[Certificate]] = defaultdict(list)
        for cert in certs:
            index[cert.asn.subject.dump()].append(cert)
        self._by_subject = dict(index)

    def crls(self) -> list[RevocationList]:
        self._fresh()
        if self._crls is None:
            crls = []
            for path in sorted(self.crl_dir.glob("*.der")) if self.crl_dir.is_dir() else []:
                try:
                    crls.append(RevocationList.load(path.read_bytes()))
                except PkiError:
                    continue
            self._crls = crls
        return self._crls

    def issuer_of(self, cert: Certificate) -> Certificate | None:
        """The trusted CSCA whose key signed ``cert``, or None."""
        self.certificates()
        for candidate in self._by_subject.get(cert.asn.issuer.dump(), []):
            try:
                if cert.issued_by(candidate):
                    return candidate
            except PkiError:
                continue
        return None

    def revoked(self, cert: Certificate) -> bool:
        return any(c.revokes(cert) for c in self.crls())

    def listing(self, today: dt.date) -> list[Listed]:
        out = []
        for cert in self.certificates():
            if cert in self.extra:
                continue
            problem = cert.validity_on(today)
            status = "valid" if problem is None else problem.replace(" ", "_")
            out.append(Listed(cert.country, cert.subject, cert.not_after, status, cert.fingerprint))
        return sorted(out, key=lambda c: (c.country, c.subject, c.not_after))

    # -- importing -----------------------------------------------------------------------------

    def _add(self, cert: Certificate, outcome: ImportOutcome) -> None:
        path = self.root / f"{cert.fingerprint}.der"
        if path.exists():
            outcome.already += 1
            return
        write_atomic(path, cert.der)
        outcome.added += 1

    def import_file(self, path: Path) -> ImportOutcome:
        """Import a master list, a CSCA certificate or a CRL (DER or PEM). Raises
        :class:`PkiError` with the reason when nothing could be imported."""
        try:
            if path.stat().st_size > MAX_FILE:
                raise PkiError(f"{path.name} is larger than any master list ({MAX_FILE} bytes)")
            data = path.read_bytes()
        except OSError as exc:
            raise PkiError(f"{path} cannot be read ({exc.strerror})") from None
        try:
            blocks = [(label, base64.b64decode(body)) for label, body in _PEM.findall(data)]
        except binascii.Error:
            raise PkiError(f"{path.name} holds a PEM block that is not base64") from None
        if blocks:
            return self._import_pem(blocks, path.name)
        if _looks_signed(data):
            return self._import_master_list(data)
        try:
            cert = Certificate.load(data)
        except PkiError:
            cert = None
        if cert is not None:
            return self._import_certificates([cert])
        try:
            revocation = RevocationList.load(data)
        except PkiError:
            raise PkiError(
                f"{path.name} is not a CSCA master list, a certificate or a CRL (DER or PEM)"
            ) from None
        return self._import_crl(revocation)

    def _import_pem(self, blocks: list[tuple[bytes, bytes]], name: str) -> ImportOutcome:
        certs = [Certificate.load(der) for label, der in blocks if label == b"CERTIFICATE"]
        crls = [RevocationList.load(der) for label, der in blocks if label == b"X509 CRL"]
        if certs:
            outcome = self._import_certificates(certs)
            for revocation in crls:
                self._import_crl(revocation)
            return outcome
        if crls:
            outcome = ImportOutcome(Kind.CRL)
            for revocation in crls:
                outcome.added += self._import_crl(revocation).added
            return outcome
        raise PkiError(f"{name} holds no certificate and no CRL")

    def _import_certificates(self, certs: list[Certificate]) -> ImportOutcome:
        outcome = ImportOutcome(Kind.CERTIFICATE)
        for cert in certs:
            if not cert.is_ca:
                outcome.refused.append(
                    f"{cert.subject}: not a CA certificate (a CSCA's may sign certificates; "
                    "Document Signer certificates come from the chip itself)"
                )
                continue
            self._add(cert, outcome)
        if outcome.refused and not (outcome.added or outcome.already):
            raise PkiError(outcome.refused[0])
        self._certs = None
        return outcome

    def _import_crl(self, revocation: RevocationList) -> ImportOutcome:
        self.certificates()
        issuers = self._by_subject.get(revocation.asn.issuer.dump(), [])
        if not any(_safe_signed_by(revocation, issuer) for issuer in issuers):
            raise PkiError(
                f"the CRL of {revocation.issuer} is not signed by a CSCA in this trust store: "
                "import that CSCA first"
            )
        outcome = ImportOutcome(Kind.CRL)
        target = self.crl_dir / f"{_sha256(revocation.der)}.der"
        if target.exists():
            outcome.already = 1
        else:
            write_atomic(target, revocation.der)
            outcome.added = 1
        self._crls = None
        return outcome

    def _import_master_list(self, data: bytes) -> ImportOutcome:
        signed = open_signed_data(data)
        if signed.content_type != CSCA_MASTER_LIST:
            raise PkiError("a signed object that is not a CSCA master list")
        if not signed.signature_valid:
            raise PkiError(f"the master list's signature does not hold: {signed.problem}")
        assert signed.signer is not None
        try:
            listed = CscaMasterList.load(signed.content)["cert_list"]
            entries = [item.dump() for item in listed]
        except PARSE_ERRORS:
            raise PkiError("the master list's content is not a list of certificates") from None
        outcome = ImportOutcome(Kind.MASTER_LIST, signer=signed.signer.subject)
        certs: list[Certificate] = []
        for number, der in enumerate(entries, 1):
            try:
                cert = Certificate.load(der)
            except PkiError as exc:
                outcome.refused.append(f"certificate {number}: {exc}")
                continue
            if cert.is_ca:
                certs.append(cert)
            else:
                outcome.refused.append(f"certificate {number} ({cert.subject}): may not sign")
        trusted = self.issuer_of(signed.signer)
        certifier = trusted or _certifier(signed.signer, [*signed.certificates, *certs])
        if certifier is None:
            raise PkiError(
                f"the master list's signer ({signed.signer.subject}) is not certified by any "
                "CSCA in the list or in this trust store"
            )
        outcome.signer_certified_by = certifier.subject
        outcome.signer_csca_trusted_before = trusted is not None
        outcome.signer_csca_fingerprint = certifier.fingerprint
        for cert in certs:
            self._add(cert, outcome)
        self._certs = None
        return outcome


def master_list_certificates(data: bytes) -> list[Certificate]:
    """The CSCAs of a master list whose signature holds (for lists trusted by their place, like
    the samples' own); :class:`PkiError` otherwise."""
    signed = open_signed_data(data)
    if signed.content_type != CSCA_MASTER_LIST or not signed.signature_valid:
        raise PkiError("not a master list with a valid signature")
    try:
        items = [item.dump() for item in CscaMasterList.load(signed.content)["cert_list"]]
    except PARSE_ERRORS:
        raise PkiError("the master list's content is not a list of certificates") from None
    return [Certificate.load(der) for der in items]


def _looks_signed(data: bytes) -> bool:
    """A CMS ContentInfo with SignedData starts with its OID (1.2.840.113549.1.7.2)."""
    return bytes.fromhex("06092a864886f70d010702") in data[:32]


def _certifier(signer: Certificate, candidates: list[Certificate]) -> Certificate | None:
    for candidate in candidates:
        if candidate.der == signer.der:
            continue
        try:
            if signer.issued_by(candidate):
                return candidate
        except PkiError:
            continue
    return None


def _safe_signed_by(revocation: RevocationList, issuer: Certificate) -> bool:
    try:
        return revocation.signed_by(issuer)
    except PkiError:
        return False


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

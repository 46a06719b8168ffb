"""ASN.1 structures of Doc 9303 that asn1crypto does not define: SecurityInfos (EF.CardAccess,
DG14; 9303-11 §9.2), the LDS Security Object (9303-10 §4.6.2) and the CSCA master list
(9303-12 §8). Object identifiers are named where they are used."""

from __future__ import annotations

from asn1crypto import algos, core  # type: ignore[import-untyped]

ICAO = "2.23.136.1.1"
LDS_SECURITY_OBJECT = ICAO + ".1"  # id-icao-mrtd-security-ldsSecurityObject
CSCA_MASTER_LIST = ICAO + ".2"  # id-icao-cscaMasterList
ACTIVE_AUTHENTICATION = ICAO + ".5"  # id-icao-mrtd-security-aaProtocolObject

BSI = "0.4.0.127.0.7"
PK_DH, PK_ECDH = BSI + ".2.2.1.1", BSI + ".2.2.1.2"  # id-PK-DH, id-PK-ECDH
CA_DH, CA_ECDH = BSI + ".2.2.3.1", BSI + ".2.2.3.2"  # id-CA-DH, id-CA-ECDH (then .1-.4)
PACE = BSI + ".2.2.4"  # id-PACE (then .1 DH-GM, .2 ECDH-GM, .3 DH-IM, .4 ECDH-IM, .6 ECDH-CAM)
ECDSA_PLAIN = BSI + ".1.1.4.1"  # ecdsa-plain-signatures (then .1 SHA-1 ... .5 SHA-512)


class SecurityInfo(core.Sequence):  # type: ignore[misc]
    _fields = [
        ("protocol", core.ObjectIdentifier),
        ("required_data", core.Any),
        ("optional_data", core.Any, {"optional": True}),
    ]


class SecurityInfos(core.SetOf):  # type: ignore[misc]
    _child_spec = SecurityInfo


class DataGroupHash(core.Sequence):  # type: ignore[misc]
    _fields = [
        ("data_group_number", core.Integer),
        ("data_group_hash_value", core.OctetString),
    ]


class DataGroupHashes(core.SequenceOf):  # type: ignore[misc]
    _child_spec = DataGroupHash


class LdsVersionInfo(core.Sequence):  # type: ignore[misc]
    _fields = [("lds_version", core.PrintableString), ("unicode_version", core.PrintableString)]


class LdsSecurityObject(core.Sequence):  # type: ignore[misc]
    _fields = [
        ("version", core.Integer),
        ("hash_algorithm", algos.DigestAlgorithm),
        ("data_group_hash_values", DataGroupHashes),
        ("lds_version_info", LdsVersionInfo, {"optional": True}),
    ]


class CertificateSet(core.SetOf):  # type: ignore[misc]
    _child_spec = core.Any  # parsed one by one, so one odd certificate cannot sink the list


class CscaMasterList(core.Sequence):  # type: ignore[misc]
    _fields = [("version", core.Integer), ("cert_list", CertificateSet)]

"""How a result is laid out for an officer, without any toolkit: the checks grouped the way
examiners read a document (the document and its MRZ, then each light, seals, the face), each
group's state, which groups open, and the failure to show first. The desktop application
draws this; tests check it without Qt.

>>> from verifier.inspection.result import CheckResult, CheckStatus
>>> checks = (CheckResult("uv.features", CheckStatus.SKIPPED, "no UV image"),
...           CheckResult("mrz.check_digits", CheckStatus.FAIL, "digit"))
>>> [(g.key, g.state, g.expanded) for g in groups(checks, not_examined=("uv",))]
[('document', 'fail', True), ('uv', 'not_examined', True)]
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from verifier.inspection.result import CheckResult
from verifier.text import Text, say

GROUPS: Final = (  # group -> the check id prefixes it holds, in reading order
    ("alerts", ("watchlist.",)),  # what others know of this document: seen first
    ("document", ("mrz.", "doc.", "template.", "viz.")),
    ("visible", ("visible.",)),
    ("uv", ("uv.",)),
    ("ir", ("ir.",)),
    ("barcodes", ("barcode.",)),
    ("chip", ("chip.",)),
    ("face", ("face.",)),
)
PARTS: Final = {"visible": "visible", "uv": "uv", "ir": "ir", "face": "face"}  # group -> part
SEVERITY: Final = ("fail", "error", "warn", "pass", "skipped")  # worst first


@dataclass(frozen=True, slots=True)
class Group:
    key: str  # document, visible, uv, ir, barcodes, chip, face, alerts
    state: str  # the worst status of its checks, or "not_examined"
    checks: tuple[CheckResult, ...]
    expanded: bool  # shown open: something to look at, or nothing was examined


def worst(checks: Iterable[CheckResult]) -> str:
    statuses = {c.status.value for c in checks}
    return next((s for s in SEVERITY if s in statuses), "skipped")


def groups(checks: Sequence[CheckResult], not_examined: Sequence[str] = ()) -> list[Group]:
    """The non-empty groups in reading order. A group whose part was not examined shows
    "not_examined" (never a green pass for a skipped face match) unless it found a failure."""
    missing = set(not_examined)
    out = []
    for key, prefixes in GROUPS:
        members = tuple(c for c in checks if c.id.startswith(prefixes))
        if not members:
            continue
        state = worst(members)
        if PARTS.get(key) in missing and state != "fail":
            state = "not_examined"
        out.append(Group(key, state, members, state not in ("pass",)))
    return out


def first_failure(laid_out: Sequence[Group]) -> CheckResult | None:
    """The failure an officer sees first (its region is zoomed at once)."""
    return next((c for g in laid_out for c in g.checks if c.status.value == "fail"), None)


# What the chip adds for the officer, shown on demand (the check chosen, the printed report)
CHIP_FIELDS: Final = {
    "full_name": say("Full name"),
    "other_names": say("Other names"),
    "personal_number": say("Personal number"),
    "full_birth_date": say("Date of birth"),
    "birth_place": say("Place of birth"),
    "address": say("Address"),
    "telephone": say("Telephone"),
    "profession": say("Profession"),
    "title": say("Title"),
    "personal_summary": say("Personal summary"),
    "custody_information": say("Custody information"),
    "issuing_authority": say("Issuing authority"),
    "issue_date": say("Date of issue"),
    "other_persons": say("Other persons"),
    "endorsements": say("Endorsements and observations"),
    "tax_exit_requirements": say("Tax or exit requirements"),
    "personalisation_time": say("Personalised"),
    "personalisation_device": say("Personalisation system"),
}
CHAIN_ROLES: Final = (say("Document Signer"), say("Country Signing CA (CSCA)"))


def _date(value: str) -> str:
    """9303-10 writes DG11/DG12 dates as YYYYMMDD (and a time after them): ISO for people."""
    if len(value) >= 8 and value[:8].isdigit():
        day = f"{value[:4]}-{value[4:6]}-{value[6:8]}"
        rest = value[8:]
        return f"{day} {rest[:2]}:{rest[2:4]}" if len(rest) >= 4 and rest[:4].isdigit() else day
    return value


def _field(name: str, value: str) -> str:
    """A DG11/DG12 field for people: dates in ISO, names as "SURNAME, GIVEN NAMES".

    >>> _field("full_name", "VAN<DER<MULLEN<<MARTIN<JAN"), _field("issue_date", "20230209")
    ('VAN DER MULLEN, MARTIN JAN', '2023-02-09')
    """
    if name in ("full_birth_date", "issue_date", "personalisation_time"):
        return _date(value)
    if name in ("full_name", "other_names"):
        return "; ".join(chip_name(one) for one in value.split("; "))
    return value


def chip_name(value: str) -> str:
    """A name as DG11 writes it (``SURNAME<<GIVEN<NAMES``, or plain text) for people."""
    if "<" not in value:
        return value
    return ", ".join(p.replace("<", " ").strip() for p in value.split("<<", 1) if p.strip("<"))


def chip_rows(check_id: str, evidence: Mapping[str, Any]) -> list[tuple[Text, str]]:
    """The chip's further details of a chip check, as (label, value) rows: DG11 and DG12 for
    ``chip.read``, the certificate chain for ``chip.passive_auth``; none for other checks.

    >>> chip_rows("chip.read", {"dg12": {"issue_date": "20230209"},
    ...                         "dg11": {"birth_place": "Zenith", "full_name": "A<<B"}})
    [('Full name', 'A, B'), ('Place of birth', 'Zenith'), ('Date of issue', '2023-02-09')]
    """
    rows: list[tuple[Text, str]] = []
    if check_id == "chip.read":
        given = {**(evidence.get("dg11") or {}), **(evidence.get("dg12") or {})}
        for name, label in CHIP_FIELDS.items():  # the standard's order, not the stored one
            if given.get(name):
                rows.append((label, _field(name, str(given[name]))))
    elif check_id == "chip.passive_auth":
        for role, cert in zip(CHAIN_ROLES, evidence.get("chain") or (), strict=False):
            rows.append((role, str(cert.get("subject", ""))))
            rows.append((say("Issued by"), str(cert.get("issuer", ""))))
            rows.append((
                say("Valid"),
                f"{cert.get('not_before', '?')} – {cert.get('not_after', '?')}",
            ))  # fmt: skip
            rows.append((say("Serial number"), str(cert.get("serial", ""))))
            digest = str(cert.get("sha256", ""))  # in groups of 8: it wraps, and reads aloud
            rows.append((say("SHA-256 fingerprint"), " ".join(textwrap.wrap(digest, 8))))
    return rows

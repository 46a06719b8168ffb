"""Contribution bundles (issue 19): what a workstation sends to the regional hub, and how the
hub reads it back. One format, shared by both sides; nothing here touches the network.

A bundle is one JSON file::

    {"format": "verifier-share/1", "bundle": {...}, "key": "<Ed25519 public key, hex>",
     "signature": "<signature of the bundle's RFC 8785 canonical bytes, hex>"}

The bundle holds only allow-listed, non-personal fields (``CELL_FIELDS``, ``DAY_FIELDS`` and
the header), each checked against a pattern on both sides, so that a name or a document number
cannot pass even in a field meant for something else:

- ``workstation`` (the key's fingerprint), ``seq`` (1, 2, 3 … per workstation, never reused),
  ``reports`` (the range of chain positions it covers and how many inspection reports are in
  it: each bundle starts after the previous one ended, so the hub sees a gap), ``created``
  (a date), the application's and the library's versions;
- ``cells``: inspections counted per ISO week, point of entry, issuing state, document code,
  template, failed checks, verdict, decision and the expert's fraud classification (an
  addendum's, ``CLASSIFICATIONS``; "" when none was given). A combination seen fewer than
  ``MIN_CELL`` times is generalised step by step (``generalise``): first its template becomes
  ``*``, then its issuing state and document code; it is never left out, so a bundle
  accounts for every report;
- ``corrections``: reports sent in an earlier bundle whose decision or classification an
  addendum changed since: counted per cell as it was sent (``decision_was``,
  ``classification_was``) and as it is now, generalised the same way. The hub moves them
  from the one to the other;
- ``days``: inspections and application start-ups per day (the programme's usage
  indicators).

The format was extended with classifications, corrections and start-ups before any hub was
deployed; it keeps its name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

FORMAT: Final = "verifier-share/1"
SUFFIX: Final = ".vbundle"
MIN_CELL: Final = 5  # as the hub hides cells under 5 inspections, a bundle generalises them
MAX_BYTES: Final = 8 * 1024**2
MAX_CELLS: Final = 50_000
MAX_DAYS: Final = 3660
CELL_FIELDS: Final = (
    "week",
    "point_of_entry",
    "issuing_state",
    "document_code",
    "template",
    "failed_checks",
    "verdict",
    "decision",
    "classification",
    "inspections",
)
CORRECTION_FIELDS: Final = (*CELL_FIELDS[:-1], "decision_was", "classification_was", "inspections")
DAY_FIELDS: Final = ("day", "inspections", "startups")
HEADER_FIELDS: Final = (
    "workstation",
    "seq",
    "reports",
    "created",
    "application_version",
    "library_version",
    "cells",
    "corrections",
    "days",
)
VERDICTS: Final = ("no_anomalies", "anomalies", "inconclusive")
DECISIONS: Final = ("released", "referred_to_expert", "suspected_fraud", "not_decided")
# an expert's classification of a document (the categories of the EU's PRADO glossary of
# document fraud: counterfeit, forgery, pseudo and fantasy documents, fraudulently obtained
# genuine documents, impostors, stolen blanks), or "genuine" when the expert cleared it
CLASSIFICATIONS: Final = (
    "genuine",
    "counterfeit",
    "forgery",
    "pseudo_document",
    "fraudulently_obtained",
    "impostor",
    "stolen_blank",
)
ANY: Final = "*"  # a generalised value

_WEEK = re.compile(r"20[0-9]{2}-W(0[1-9]|[1-4][0-9]|5[0-3])")
_DAY = re.compile(r"20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
_STATE = re.compile(r"[A-Z]{1,3}<{0,2}|\*")
_CODE = re.compile(r"[A-Z][A-Z<]?|\*")
_TEMPLATE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}|\*")
_CHECK = re.compile(r"[a-z]+(\.[a-z0-9_]+)+")
_PLACE = re.compile(r"[^\x00-\x1f\x7f]{0,64}")  # an administrator's name for the place
_FINGERPRINT = re.compile(r"[0-9a-f]{16,64}")
_VERSION = re.compile(r"[0-9A-Za-z.+_-]{0,64}")


# a cell, without its count: week, place, state, code, template, failed checks, verdict,
# decision, classification (a correction adds the decision and classification it had)
Key = tuple[Any, ...]
_STEPS: Final = ((4,), (2, 3))  # template; then issuing state and document code


def coarsen(
    counts: Mapping[Key, int], steps: Sequence[Collection[int]], least: int
) -> dict[Key, int]:
    """Counts per cell, generalised step by step: at each step, a cell counted fewer than
    ``least`` times has its values at the step's positions replaced by ``ANY`` and merges with
    its like. A cell still under ``least`` after the last step stays, for the caller to
    suppress (a file export) or the hub to hide. Shared by the bundles sent to the hub and the
    non-personal exports (``verifier.reports.stats``)."""
    current: dict[Key, int] = dict(counts)
    for step in steps:
        merged: dict[Key, int] = {}
        for key, n in current.items():
            kept = key if n >= least else tuple(ANY if i in step else v for i, v in enumerate(key))
            merged[kept] = merged.get(kept, 0) + n
        current = merged
    return current


def generalise(
    counts: Mapping[Key, int], fields: tuple[str, ...] = CELL_FIELDS
) -> list[dict[str, Any]]:
    """Cells from counts per full combination: each one under ``MIN_CELL`` loses its most
    identifying values, a step at a time, merging with its like, until it reaches
    ``MIN_CELL`` or has nothing more to lose (its week, place, checks, verdict, decision and
    classification). ``fields``: the names of a key's values, then of the count."""
    return [
        {
            **dict(zip(fields[:-1], (*key[:5], list(key[5]), *key[6:]), strict=True)),
            fields[-1]: n,
        }
        for key, n in sorted(coarsen(counts, _STEPS, MIN_CELL).items(), key=lambda i: repr(i[0]))
    ]


class BundleError(ValueError):
    """A bundle refused: the message says why (the hub keeps it in quarantine)."""


@dataclass(frozen=True, slots=True)
class Bundle:
    body: Mapping[str, Any]
    key: bytes  # the signer's raw Ed25519 public key
    signature: bytes

    @property
    def workstation(self) -> str:
        return str(self.body["workstation"])

    @property
    def seq(self) -> int:
        return int(self.body["seq"])

    @property
    def records(self) -> int:
        """The inspections it accounts for (corrections move earlier ones, adding none)."""
        return sum(int(c["inspections"]) for c in self.body["cells"])

    def verify(self, key: Ed25519PublicKey) -> bool:
        try:
            key.verify(self.signature, canonical(self.body))
        except InvalidSignature:
            return False
        return True


def canonical(body: Mapping[str, Any]) -> bytes:
    return rfc8785.dumps(dict(body))


def encode(body: Mapping[str, Any], key: bytes, signature: bytes) -> bytes:
    check_body(body)
    document = {"format": FORMAT, "bundle": body, "key": key.hex(), "signature": signature.hex()}
    return json.dumps(document, sort_keys=True, ensure_ascii=True).encode("ascii") + b"\n"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise BundleError("a field appears twice: the bundle was not written by Verifier")
    return dict(pairs)


def decode(data: bytes) -> Bundle:
    """A bundle read and checked field by field (its signature is the reader's to check:
    only it knows which keys it trusts)."""
    if len(data) > MAX_BYTES:
        raise BundleError(f"the bundle is larger than {MAX_BYTES // 1024**2} MB: refused")
    try:
        document = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise BundleError("not a contribution bundle (not JSON)") from None
    if not isinstance(document, dict) or set(document) != {"format", "bundle", "key", "signature"}:
        raise BundleError("not a contribution bundle (unexpected fields)")
    if document["format"] != FORMAT:
        raise BundleError(f"a bundle of format {document['format']!r}; this hub reads {FORMAT}")
    try:
        key, signature = bytes.fromhex(document["key"]), bytes.fromhex(document["signature"])
    except (TypeError, ValueError):
        raise BundleError("the bundle's key or signature is not hex") from None
    if len(key) != 32 or len(signature) != 64:
        raise BundleError("the bundle's key or signature has the wrong length")
    body = document["bundle"]
    check_body(body)
    return Bundle(body, key, signature)


def _text(value: Any, pattern: re.Pattern[str], what: str) -> None:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise BundleError(f"{what} {str(value)[:40]!r} is not allowed in a bundle")


def _count(value: Any, what: str, least: int = 1) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not least <= value < 10**9:
        raise BundleError(f"{what} must be a whole number of at least {least}")


def check_body(body: Any) -> None:
    """Every field allow-listed and shaped as it must be (BundleError otherwise)."""
    if not isinstance(body, dict) or set(body) != set(HEADER_FIELDS):
        raise BundleError("the bundle's fields are not those of a contribution bundle")
    _text(body["workstation"], _FINGERPRINT, "workstation")
    _count(body["seq"], "seq")
    reports = body["reports"]
    if not isinstance(reports, dict) or set(reports) != {"from", "to", "count"}:
        raise BundleError("reports must be {from, to, count}")
    _count(reports["from"], "reports.from")
    _count(reports["to"], "reports.to", least=0)
    _count(reports["count"], "reports.count", least=0)
    if reports["from"] > reports["to"] + 1:  # from = to + 1: no new chain entry
        raise BundleError("reports.from is after reports.to")
    _text(body["created"], _DAY, "created")
    _text(body["application_version"], _VERSION, "application_version")
    _text(body["library_version"], _VERSION, "library_version")
    cells, corrections, days = body["cells"], body["corrections"], body["days"]
    if not isinstance(cells, list) or len(cells) > MAX_CELLS:
        raise BundleError(f"cells must be a list of at most {MAX_CELLS}")
    if not isinstance(corrections, list) or len(corrections) > MAX_CELLS:
        raise BundleError(f"corrections must be a list of at most {MAX_CELLS}")
    if not (cells or corrections or days):
        raise BundleError("the bundle holds no inspections, corrections or start-ups")
    if not isinstance(days, list) or len(days) > MAX_DAYS:
        raise BundleError(f"days must be a list of at most {MAX_DAYS}")
    for cell in cells:
        _check_cell(cell, CELL_FIELDS)
    for correction in corrections:
        _check_cell(correction, CORRECTION_FIELDS)
        if correction["decision_was"] not in DECISIONS or correction["classification_was"] not in (
            "",
            *CLASSIFICATIONS,
        ):
            raise BundleError("a correction's former decision is not one Verifier writes")
    total = sum(c["inspections"] for c in cells)
    if total != reports["count"] or total > reports["to"] - reports["from"] + 1:
        raise BundleError("the cells do not account for every report of the range")
    for day in days:
        if not isinstance(day, dict) or set(day) != set(DAY_FIELDS):
            raise BundleError("a day's fields are not those of a contribution bundle")
        _text(day["day"], _DAY, "day")
        _count(day["inspections"], "inspections", least=0)
        _count(day["startups"], "startups", least=0)
        if not (day["inspections"] or day["startups"]):
            raise BundleError("a day with neither inspections nor start-ups")


def _check_cell(cell: Any, fields: tuple[str, ...]) -> None:
    if not isinstance(cell, dict) or set(cell) != set(fields):
        raise BundleError("a cell's fields are not those of a contribution bundle")
    _text(cell["week"], _WEEK, "week")
    _text(cell["point_of_entry"], _PLACE, "point_of_entry")
    _text(cell["issuing_state"], _STATE, "issuing_state")
    _text(cell["document_code"], _CODE, "document_code")
    _text(cell["template"], _TEMPLATE, "template")
    failed = cell["failed_checks"]
    if not isinstance(failed, list) or len(failed) > 64:
        raise BundleError("failed_checks must be a list of check ids")
    for check in failed:
        _text(check, _CHECK, "a failed check")
    if cell["verdict"] not in VERDICTS or cell["decision"] not in DECISIONS:
        raise BundleError("a cell's verdict or decision is not one Verifier writes")
    if cell["classification"] not in ("", *CLASSIFICATIONS):
        raise BundleError("a cell's classification is not one Verifier writes")
    _count(cell["inspections"], "inspections")

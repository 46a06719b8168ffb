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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from verifier.inspection.result import CheckResult

GROUPS: Final = (  # group -> the check id prefixes it holds, in reading order
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
    key: str  # document, visible, uv, ir, barcodes, chip, face
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

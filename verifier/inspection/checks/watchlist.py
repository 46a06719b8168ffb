"""The watch lists (lost, stolen, revoked documents): the document looked up by the issuing
state, type and number its MRZ gives. A hit fails the check with the list's name, date and
instruction — worded as a reason to check, never as a proof. A list older than the limit the
administrator set makes a clean look-up a warning: a recent loss would not be on it."""

from __future__ import annotations

import datetime as dt

from verifier.inspection.result import CheckResult, CheckStatus
from verifier.mrz import MrzResult
from verifier.text import joined, say
from verifier.watchlist import DEFAULT_INSTRUCTION, WatchListError, WatchLists

CHECK = "watchlist.hit"


def watchlist_check(
    lists: WatchLists, mrz: MrzResult | None, today: dt.date, max_age_days: int
) -> CheckResult:
    installed = lists.installed()
    if not installed:
        return CheckResult(
            CHECK, CheckStatus.SKIPPED, say("No watch list is installed on this workstation.")
        )
    if mrz is None or not mrz.document_number:
        return CheckResult(
            CHECK,
            CheckStatus.SKIPPED,
            say("No MRZ was read, so the watch lists were not checked: check them by hand."),
        )
    try:
        hits = lists.check(mrz.issuing_state, mrz.document_code, mrz.document_number, installed)
    except WatchListError:
        return CheckResult(
            CHECK,
            CheckStatus.SKIPPED,
            say(
                "The MRZ's document number cannot be looked up in the watch lists: check them "
                "by hand."
            ),
        )
    dated = {i.id: i.issued.date().isoformat() for i in installed}
    if hits:
        return CheckResult(
            CHECK,
            CheckStatus.FAIL,
            joined(
                " ",
                [
                    say(
                        "This document is on the watch list {name} of {date}. {instruction}",
                        name=hit.list.name,
                        date=dated[hit.list.id],
                        instruction=DEFAULT_INSTRUCTION
                        if hit.list.instruction == DEFAULT_INSTRUCTION
                        else hit.list.instruction,  # the publisher's own words, as written
                    )
                    for hit in hits
                ],
            ),
            evidence={
                "lists": [
                    {"name": h.list.name, "version": h.list.version, "issued": dated[h.list.id]}
                    for h in hits
                ]
            },
        )
    stale = [i for i in installed if i.age_days(today) > max_age_days]
    checked = {"lists": [{"name": i.name, "issued": dated[i.id]} for i in installed]}
    if stale:
        return CheckResult(
            CHECK,
            CheckStatus.WARN,
            joined(
                " ",
                [
                    say(
                        "Not on the watch lists, but {name} is {days} days old (the limit is "
                        "{limit}): a recent loss or theft would not be on it. Ask an "
                        "administrator to import the latest list.",
                        name=i.name,
                        days=i.age_days(today),
                        limit=max_age_days,
                    )
                    for i in stale
                ],
            ),
            evidence=checked,
        )
    return CheckResult(
        CHECK,
        CheckStatus.PASS,
        say(
            "Not on the watch lists: {lists}.",
            lists=", ".join(f"{i.name} ({dated[i.id]})" for i in installed),
        ),
        evidence=checked,
    )

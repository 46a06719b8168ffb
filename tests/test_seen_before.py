"""Seen before, on this workstation (issue 20 §3): the same document (issuing state and number)
inspected here before is named with its date, verdict and decision (an addendum's corrected
decision when there is one), newest first; a referral makes it serious; retention forgets it;
the printed report says so."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.stations import signed_in
from tests.test_reports import NOW, ROOT, result
from verifier.inspection.result import Verdict
from verifier.reports.book import Decision
from verifier.reports.render import Printable, seen_before, to_html, to_pdf
from verifier.settings import Settings
from verifier.station.alerts import screen
from verifier.station.workstation import Workstation

OTHER = (  # another passport of the same holder: not the same document
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902D46UTO7408122F1204159ZE184226B<<<<<10",
)


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Workstation]:
    ws = signed_in(Settings(tmp_path / "home", ROOT / "reference_docs"))
    yield ws
    ws.close()


def test_seen_before_newest_first_with_the_corrected_decision(station: Workstation) -> None:
    book, context = station.book, station.context()
    today = dt.date(2026, 12, 10)
    assert screen(station.settings, result(), today, station).seen_before == ()
    book.save(result(Verdict.NO_ANOMALIES), context, decision=Decision.RELEASED, now=NOW)
    book.save(result(lines=OTHER), context, decision=Decision.REFERRED, now=NOW)
    book.save(result(), context, decision=Decision.RELEASED, notes="UV checked by hand",
              now=NOW + dt.timedelta(days=2))  # fmt: skip
    later = NOW + dt.timedelta(days=3)
    book.add_addendum(3, context, notes="The expert found the UV print forged.",
                      decision=Decision.SUSPECTED_FRAUD, now=later)  # fmt: skip
    screened = screen(station.settings, result(), today, station)
    assert [dict(s) for s in screened.seen_before] == [
        {"seq": 3, "date": "2026-11-30", "verdict": "anomalies", "decision": "suspected_fraud"},
        {"seq": 1, "date": "2026-11-28", "verdict": "no_anomalies", "decision": "released"},
    ]
    lines, serious = seen_before(screened.as_dict())
    assert serious and lines[0] == "Report #3 of 2026-11-30: Anomalies; Suspected fraud."
    # the next report records what the officer was shown, and prints it
    book.save(screened, context, decision=Decision.REFERRED, notes="seen before", now=NOW)
    report = book.get("5")
    assert report["body"]["inspection"]["seen_before"][0]["seq"] == 3
    page = to_html(Printable(report, {}))
    assert "Seen before on this workstation</h2>" in page and "color:#b3141b" in page
    assert "<li>Report #1 of 2026-11-28: No anomalies; Released.</li>" in page
    assert to_pdf(Printable(report, {})).startswith(b"%PDF")
    # another document of the same holder is not this one
    assert screen(station.settings, result(lines=OTHER), today, station).seen_before[0]["seq"] == 2


def test_retention_forgets_what_it_purged(station: Workstation) -> None:
    station.book.save(result(), station.context(), decision=Decision.RELEASED, notes="x", now=NOW)
    assert screen(station.settings, result(), dt.date(2026, 12, 1), station).seen_before
    station.book.purge(now=NOW + dt.timedelta(days=365))
    assert screen(station.settings, result(), dt.date(2027, 12, 1), station).seen_before == ()


def test_without_an_mrz_nothing_is_looked_up(station: Workstation) -> None:
    blank = dataclasses.replace(result(), mrz=None)
    screened = screen(station.settings, blank, dt.date(2026, 12, 1), station)
    assert screened.seen_before == ()
    assert (
        screened.checks[-1].id == "watchlist.hit" and screened.checks[-1].status.value == "skipped"
    )


def test_a_note_keeps_the_decision_and_an_experts_finding_is_said(station: Workstation) -> None:
    book, context = station.book, station.context()
    book.save(result(), context, decision=Decision.SUSPECTED_FRAUD, notes="x", now=NOW)
    book.add_addendum(1, context, notes="The laboratory's report is filed.", now=NOW)
    screened = screen(station.settings, result(), dt.date(2026, 12, 1), station)
    assert screened.seen_before[0]["decision"] == "suspected_fraud"  # a note corrects nothing
    book.save(result(), context, decision=Decision.RELEASED, notes="y", now=NOW)
    book.add_addendum(3, context, notes="Expert: counterfeit.", classification="counterfeit",
                      now=NOW)  # fmt: skip
    lines, serious = seen_before(screen(station.settings, result(), dt.date(2026, 12, 1),
                                        station).as_dict())  # fmt: skip
    assert serious and lines[0] == (
        "Report #3 of 2026-11-28: Anomalies; Released; expert's classification: Counterfeit (a "
        "reproduction of the whole document)."
    )

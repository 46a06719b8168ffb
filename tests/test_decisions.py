"""Decisions an officer can defend: a release on anomalies needs a reason, an inspection left
undecided is recorded with one, a signed addendum corrects a report without altering it, and
History finds reports the way officers look for them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.stations import as_admin, credentials, signed_in
from tests.test_reports import NOW, fill, result
from verifier.cli import main as cli
from verifier.inspection.result import Verdict
from verifier.reports.book import Decision, DecisionError, name_spellings
from verifier.reports.render import Printable, to_html
from verifier.reports.stats import export
from verifier.reports.verify import verify
from verifier.settings import Settings
from verifier.station.workstation import Workstation
from verifier.store.audit import events
from verifier.store.officers import create_officer

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Workstation]:
    ws = signed_in(Settings(tmp_path / "home", ROOT / "reference_docs", tmp_path / "enrol.json"))
    yield ws
    ws.close()


def test_releasing_on_anomalies_needs_a_reason_and_nothing_is_saved_without_one(
    station: Workstation,
) -> None:
    for verdict in (Verdict.ANOMALIES, Verdict.INCONCLUSIVE):
        with pytest.raises(DecisionError, match="needs your reason"):
            station.book.save(result(verdict), station.context(), decision=Decision.RELEASED,
                              notes="   ")  # fmt: skip
    assert station.book.count() == 0
    saved = station.book.save(
        result(Verdict.ANOMALIES), station.context(), decision=Decision.RELEASED,
        notes="Emblem faded by wear; checked with a loupe against the specimen.",
    )  # fmt: skip
    assert saved.decision == "released"
    # a release on no anomalies and a referral need nothing more
    station.book.save(result(Verdict.NO_ANOMALIES), station.context(), decision=Decision.RELEASED)
    station.book.save(result(Verdict.ANOMALIES), station.context(), decision=Decision.REFERRED)
    with pytest.raises(DecisionError, match="not decided"):
        station.book.save(result(), station.context(), decision=Decision.NOT_DECIDED)
    left = station.book.save(
        result(), station.context(), decision=Decision.NOT_DECIDED,
        notes="Traveller withdrew the application and left the hall.",
    )  # fmt: skip
    assert left.decision == "not_decided" and station.book.count() == 4
    assert verify(station.book).ok


def test_an_addendum_corrects_a_report_without_altering_it(station: Workstation) -> None:
    fill(station, 3)
    before = station.book.get("2")
    added = station.book.add_addendum(
        2, station.context(), decision=Decision.SUSPECTED_FRAUD,
        notes="Document expert confirmed the UV emblem was printed, not fluorescent ink.",
    )  # fmt: skip
    assert added.seq == 4
    after = station.book.get("2")
    assert after["report_hash"] == before["report_hash"] and after["body"] == before["body"]
    (addendum,) = after["addenda"]
    body = addendum["body"]
    assert body["schema"] == "verifier-addendum/1" and addendum["seq"] == 4
    assert body["amends"] == {"seq": 2, "report_id": before["body"]["report_id"],
                              "report_hash": before["report_hash"]}  # fmt: skip
    assert body["decision"]["outcome"] == "suspected_fraud"
    assert verify(station.book).ok
    rows = {r.seq: r for r in station.book.search()}
    assert set(rows) == {1, 2, 3}  # an addendum is not a report of its own
    assert rows[2].addenda == 1 and rows[2].current_decision == "suspected_fraud"
    assert rows[2].decision == "released"  # what was decided then stays as it was
    assert [r.seq for r in station.book.search(decision="suspected_fraud")] == [2]
    with station.db.session() as s:
        assert events(s, "report_amended")[0].detail == {
            "seq": 4, "amends": 2, "decision": "suspected_fraud"
        }  # fmt: skip
    html = to_html(Printable(after, {}))
    assert "Addendum" in html and "printed, not fluorescent" in html
    with pytest.raises(DecisionError, match="needs its text"):
        station.book.add_addendum(1, station.context(), notes=" ")
    with pytest.raises(LookupError, match="no report #9"):
        station.book.add_addendum(9, station.context(), notes="x")
    with pytest.raises(LookupError, match="no report #4"):  # an addendum is not amended
        station.book.add_addendum(4, station.context(), notes="x")


def test_a_moved_or_edited_addendum_is_detected(station: Workstation) -> None:
    fill(station, 3)
    station.book.add_addendum(2, station.context(), notes="Passport number checked by phone.")
    with station.db.session() as s:
        s.execute(text("UPDATE reports SET amends = 3 WHERE seq = 4"))
    assert any("amends differ" in p.reason for p in verify(station.book).problems)
    with station.db.session() as s:
        s.execute(text("UPDATE reports SET amends = 2, body = replace(body, 'phone', 'mail') "
                       "WHERE seq = 4"))  # fmt: skip
    reasons = [p.reason for p in verify(station.book).problems if p.seq == 4]
    assert any("does not match its signature" in r for r in reasons)


def test_addenda_are_purged_with_their_report(station: Workstation) -> None:
    fill(station, 3)
    station.book.add_addendum(1, station.context(), notes="ERIKSSON called back; all clear.",
                              now=NOW + dt.timedelta(days=5))  # fmt: skip
    assert station.book.purge(now=NOW + dt.timedelta(days=91)) == [1]
    check = verify(station.book)
    assert check.ok and check.purged == 2
    assert "ERIKSSON" not in json.dumps(station.book.get("4"))
    with pytest.raises(LookupError, match="purged"):
        station.book.add_addendum(1, station.context(), notes="late")


def test_history_search_as_officers_use_it(station: Workstation) -> None:
    fill(station, 4)
    with station.db.session() as s:
        other = create_officer(s, "jmarko", "another long password", "officer", "Jovan Marko")
        other_id = other.id
    station.book.save(
        result(Verdict.NO_ANOMALIES, ("P<UTOVAN<DER<MUELLEN<<MARTIN<<<<<<<<<<<<<<<<<",
                                      "U123456784UTO8312217M3302082<<<<<<<<<<<<<<08")),
        station.context(other_id, "jmarko"), decision=Decision.RELEASED,
    )  # fmt: skip
    assert [r.seq for r in station.book.search(document_number="898902")] == [4, 3, 2, 1]
    assert [r.seq for r in station.book.search(document_number="u1234")] == [5]
    assert [r.seq for r in station.book.search(document_number="%")] == []  # literally
    assert [r.seq for r in station.book.search(name="müllen")] == [5]  # as printed, any case
    assert [r.seq for r in station.book.search(name="martin van")] == [5]
    assert [r.seq for r in station.book.search(name="anna")] == [4, 3, 2, 1]
    assert [(r.seq, r.officer) for r in station.book.search(officer_id=other_id)] == [(5, "jmarko")]
    assert station.book.search()[-1].officer is None  # saved with no officer signed in
    assert station.book.search(decision="none") == []
    assert station.book.search(name="nobody") == []
    assert name_spellings("Šarić") == ["ŠARIĆ", "SARIC"]


def test_cli_addendum_and_show(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("VERIFIER_HOME", str(home))
    ws = signed_in(Settings(home, ROOT / "reference_docs", tmp_path / "enrol.json"))
    try:
        fill(ws, 2)
    finally:
        ws.close()
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(
        credentials("The expert's report: the laminate was lifted at the portrait.")))  # fmt: skip
    code = cli(as_admin(["reports", "addendum", "2", "--decision", "suspected_fraud",
                         "--classification", "forgery", "--notes-stdin"]))  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Addendum #3 to report #2 signed and saved" in captured.out
    assert "(classified: forgery)" in captured.out
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(credentials()))
    assert cli(as_admin(["reports", "show", "2"])) == 0
    shown = capsys.readouterr().out
    assert "Addendum #3" in shown and "laminate was lifted" in shown
    assert "Decision (corrected): suspected_fraud" in shown
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(credentials("")))
    assert cli(as_admin(["reports", "addendum", "2", "--notes-stdin"])) == 2
    assert "needs its text" in capsys.readouterr().err


def test_fraud_trends_count_the_corrected_decision(station: Workstation) -> None:
    fill(station, 12)  # week 49 holds three released anomalies: #4, #6 and #8
    for seq in (4, 6, 8):
        station.book.add_addendum(seq, station.context(), decision=Decision.SUSPECTED_FRAUD,
                                  notes="Expert: counterfeit emblem.")  # fmt: skip
    trends = json.loads(export(station.book, "trends", "json"))
    week49 = [r for r in trends["rows"] if r["week"] == "2026-W49" and r["verdict"] == "anomalies"]
    assert [(r["decision"], r["inspections"]) for r in week49] == [("suspected_fraud", 3)]
    assert trends["unverified_left_out"] == 0
    assert sum(r["inspections"] for r in trends["rows"]) + trends["suppressed"] == 12

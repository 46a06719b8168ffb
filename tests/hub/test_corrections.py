"""What changes after a report was sent, and how the workstation is used (issue 19 §1), on
SQLite and PostgreSQL: an expert's fraud classification (an addendum) is counted with the
report; an addendum that changes the decision or the classification of a report an earlier
bundle counted becomes a correction the hub moves from the old cell to the new one (totals
unchanged, nothing counted twice, federation forwards it); the application's start-ups per day
travel in the bundle and the hub shows them per workstation."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hub.db import Cell, HubDatabase
from hub.ingest import ingest, register_workstation
from hub.web import breakdown, systems
from tests.stations import signed_in
from tests.test_share import NOW, save
from verifier.reports.book import Decision, DecisionError
from verifier.settings import Settings
from verifier.share import BundleError, decode
from verifier.station.share import STARTED, export_next

ROOT = Path(__file__).resolve().parents[2]


def totals(db: HubDatabase, column: str) -> dict[str, int]:
    with db.session() as s:
        rows = s.execute(
            select(getattr(Cell, column), func.sum(Cell.inspections)).group_by(
                getattr(Cell, column)
            )
        ).all()
    return {str(k): int(n) for k, n in rows if int(n)}


def test_classifications_corrections_and_startups_reach_the_hub(
    db_url: str, tmp_path: Path
) -> None:
    enrolment = tmp_path / "enrolment.json"
    ws = signed_in(Settings(tmp_path / "ws", ROOT / "reference_docs", enrolment))
    usb = tmp_path / "usb"
    usb.mkdir()
    db = HubDatabase(db_url)
    try:
        save(ws, 12)  # reports 1-12: 8 released, 4 referred
        ws.audit(STARTED, None, {"version": "test"})
        first = export_next(ws, usb, None, today=dt.date(2026, 11, 30))
        assert first is not None
        days = decode(first.read_bytes()).body["days"]
        assert sum(d["startups"] for d in days) == 1
        context = ws.context()
        with pytest.raises(DecisionError, match="not a fraud classification"):
            ws.book.add_addendum(2, context, notes="x", classification="JOHN SMITH")
        # after the bundle: the expert's findings on two reports it counted, and a note
        ws.book.add_addendum(
            1,
            context,
            notes="Counterfeit: printed UV emblem.",
            decision=Decision.SUSPECTED_FRAUD,
            classification="counterfeit",
        )
        ws.book.add_addendum(4, context, notes="Genuine after all.", classification="genuine")
        ws.book.add_addendum(5, context, notes="A note that changes nothing sent.")
        ws.audit(STARTED, None, {"version": "test"})
        ws.audit(STARTED, None, {"version": "test"})
        save(ws, 6, start=NOW + dt.timedelta(days=7))  # reports 16-21
        ws.book.add_addendum(16, context, notes="Forgery.", classification="forgery")
        second = export_next(ws, usb, None, today=dt.date(2026, 12, 7))
        assert second is not None
        body = decode(second.read_bytes()).body  # fmt: skip
        moves = {(c["decision_was"], c["classification_was"], c["decision"],
                  c["classification"]): c["inspections"] for c in body["corrections"]}  # fmt: skip
        assert moves == {
            ("referred_to_expert", "", "suspected_fraud", "counterfeit"): 1,
            ("referred_to_expert", "", "referred_to_expert", "genuine"): 1,
        }
        # rare: generalised like any cell (no state, no design)
        assert {c["issuing_state"] for c in body["corrections"]} == {"*"}
        assert sum(c["inspections"] for c in body["cells"]) == 6
        assert {c["classification"] for c in body["cells"]} == {"", "forgery"}
        assert sum(d["startups"] for d in body["days"]) == 2
        # nothing new but one start-up: a bundle of usage alone
        ws.audit(STARTED, None, {"version": "test"})
        third = export_next(ws, usb, None, today=dt.date(2026, 12, 8))
        assert third is not None
        usage = decode(third.read_bytes()).body
        assert usage["cells"] == [] and usage["reports"]["count"] == 0
        assert [d["startups"] for d in usage["days"]] == [1]
        assert export_next(ws, usb, None) is None
        # a classification that is not one Verifier writes is refused by the hub's reader
        document = json.loads(second.read_bytes())
        document["bundle"]["corrections"][0]["classification"] = "ERIKSSON"
        with pytest.raises(BundleError, match="classification"):
            decode(json.dumps(document).encode())
    finally:
        ws.close()
    register_workstation(db, enrolment)
    outcomes = list(ingest(db, [usb], tmp_path / "quarantine"))
    assert [o.status for o in outcomes] == ["ingested"] * 3, outcomes
    try:
        # 18 inspections in all, before and after the corrections
        assert sum(totals(db, "decision").values()) == 18
        assert totals(db, "decision") == {"released": 12, "referred_to_expert": 5,
                                          "suspected_fraud": 1}  # fmt: skip
        assert totals(db, "classification") == {"": 15, "counterfeit": 1, "genuine": 1,
                                                "forgery": 1}  # fmt: skip
        # the dashboard: classifications a dimension (cells under 5 hidden, as everywhere)
        shown, hidden = breakdown(db, "classification", {})
        assert [r["value"] for r in shown] == ["(not classified)"] and hidden == 3
        listed = systems(db, dt.date(2026, 12, 10))
        assert listed[0]["startups"] == 4 and listed[0]["bundles"] == 3
        # federation: the corrections travel on, the counts are not doubled
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from hub.federation import forward

        out = tmp_path / "region"
        out.mkdir()
        onward = forward(db, Ed25519PrivateKey.generate(), out, dt.date(2026, 12, 10))
        assert onward is not None
        forwarded = decode(onward.read_bytes()).body
        assert sum(c["inspections"] for c in forwarded["cells"]) == 18
        assert sum(c["inspections"] for c in forwarded["corrections"]) == 2
        assert sum(d["startups"] for d in forwarded["days"]) == 4
    finally:
        db.close()

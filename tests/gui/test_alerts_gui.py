"""Alerts in the desktop application: a watch-list hit in the verdict (its group first), the
document seen before on this workstation (prominent once it was referred), the Library's
watch-list page (import by an administrator, age, the limit, a stale list)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from tests.gui.conftest import SAMPLES, signed_in
from verifier.gui.context import AppContext
from verifier.inspection.result import CheckStatus, Verdict
from verifier.reports.book import Decision
from verifier.watchlist import hashes_of, list_key, write_package

NAME = "SLTD extract UTO"


def package(ctx: AppContext, tmp_path: Path, issued: dt.datetime, version: int = 1) -> Path:
    """A watch list with the sample passport's number, by a publisher the workstation trusts."""
    key = Ed25519PrivateKey.generate()
    trusted = ctx.settings.trusted_publishers_dir
    trusted.mkdir(parents=True, exist_ok=True)
    (trusted / "sltd.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    out = tmp_path / f"v{version}.vwl"
    entries = hashes_of(list_key(key, NAME), [("UTO", "P", "U27436981")])
    write_package(out, key, NAME, entries, version=version, issued=issued)
    return out


def test_a_listed_document_and_one_seen_before(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = signed_in(ctx, qtbot)
    lists = window.library.watchlists
    assert "No watch list is installed" in lists.status.text()
    lists.import_file(path=package(ctx, tmp_path, dt.datetime(2026, 11, 27, 6, 0)))
    assert "version 1 installed, 1 entries" in lists.status.text()
    assert lists.table.rowCount() == 1 and lists.table.item(0, 3).text() == "1"
    view = window.inspection
    view.load_folder(SAMPLES / "uto-p-2020-genuine")
    view.inspect()
    assert view.result is not None and view.result.verdict is Verdict.ANOMALIES
    top = view.checks.topLevelItem(0)
    assert top.text(0) == "Watch lists" and top.child(0).toolTip(0) == "watchlist.hit"
    assert view.checks.currentItem() is top.child(0)  # the hit is what the officer sees first
    assert "on the watch list SLTD extract UTO of 2026-11-27" in view.check_detail.text()
    assert view.seen.isHidden()  # never inspected here before
    view.decide(Decision.REFERRED)  # the verdict says anomalies: no reason needed to refer
    view.new_inspection()
    view.load_folder(SAMPLES / "uto-p-2020-genuine")
    view.inspect()
    assert not view.seen.isHidden() and view.seen.property("serious") == "yes"
    assert "Seen before on this workstation, and referred or suspected then" in view.seen.text()
    assert "Report #1 of " in view.seen.text() and "Referred to an expert" in view.seen.text()
    assert view.result.seen_before[0]["seq"] == 1


def test_a_stale_list_warns_and_the_limit_is_an_administrators(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = signed_in(ctx, qtbot)
    lists = window.library.watchlists
    lists.import_file(path=package(ctx, tmp_path, dt.datetime(2026, 11, 1, 6, 0)))
    lists.reload()
    assert "Out of date: SLTD extract UTO is 27 days old" in lists.status.text()
    view = window.inspection
    view.load_folder(SAMPLES / "uto-id-2021-genuine")  # not on the list
    view.inspect()
    check = next(c for c in view.result.checks if c.id == "watchlist.hit")
    assert check.status is CheckStatus.WARN and "is 27 days old (the limit is 7)" in check.message
    lists.max_age.setValue(30)
    lists.save_limit()
    assert ctx.setting("watchlist_max_age_days") == 30
    assert "all up to date" in lists.status.text()


def test_an_officer_cannot_import_or_change_the_limit(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = signed_in(ctx, qtbot, role="officer")
    lists = window.library.watchlists
    assert not lists.import_button.isEnabled() and not lists.max_age.isEnabled()
    lists.import_file(path=package(ctx, tmp_path, dt.datetime(2026, 11, 27)))
    assert "Only an administrator" in lists.status.text() and lists.table.rowCount() == 0


def alert_package(ctx: AppContext, tmp_path: Path, **changes: object) -> Path:
    """A fraud alert on the UTO-P-2020 design from a hub the workstation trusts, with one UV
    example of the whole page (masked) and the UV emblem as the region to look at."""
    import dataclasses

    from verifier.alerts import Alert, Example, new_id, prepare_example, write_alert
    from verifier.imaging.loading import load_rgb
    from verifier.library.template import load_template

    template = load_template(ctx.settings.bundled_library / "UTO-P-2020")
    key = Ed25519PrivateKey.generate()
    trusted = ctx.settings.trusted_publishers_dir
    trusted.mkdir(parents=True, exist_ok=True)
    (trusted / f"hub-{len(list(trusted.iterdir()))}.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    alert = Alert(
        id=new_id(), version=1, publisher="", hub="Regional hub",
        issued=dt.datetime(2026, 11, 20, 9, 0), expires=dt.date(2027, 3, 1), withdrawn=False,
        template=template.id, template_name=template.name,
        issuing_state=template.issuing_state, document_code=template.document_code,
        title="Counterfeit data pages", look_for="The UV emblem is printed, not fluorescent.",
        region=template.zones["uv_emblem"],
        examples=(Example("uv", "forged emblem", 0, ""),),
    )  # fmt: skip
    alert = dataclasses.replace(alert, **changes)  # type: ignore[arg-type]
    out = tmp_path / f"{alert.id}.alert"
    write_alert(out, key, alert, [prepare_example(load_rgb(template.images["uv"]), template)])
    return out


def test_a_fraud_alert_beside_the_verdict_and_in_the_library(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = signed_in(ctx, qtbot)
    page = window.library.fraud_alerts
    assert "No fraud alert is installed" in page.status.text()
    page.import_files(paths=[alert_package(ctx, tmp_path),
                             alert_package(ctx, tmp_path, title="Old laminate",
                                           issued=dt.datetime(2026, 10, 1, 9, 0),
                                           expires=dt.date(2026, 11, 1))])  # fmt: skip
    assert "Imported: Counterfeit data pages, Old laminate." in page.status.text()
    assert page.table.rowCount() == 2 and "Alerts: 2, in force: 1." in page.status.text()
    states = {page.table.item(r, 0).text(): page.table.item(r, 5).text() for r in range(2)}
    assert states == {"Counterfeit data pages": "In force", "Old laminate": "Expired"}
    page.show_alert(0)
    assert page.examples.count() == 2  # the example and the stretch
    bad = tmp_path / "<font size=7>IMPORTED OK<font size=1>.alert"
    bad.write_bytes(b"not an alert")
    page.import_files(paths=[bad])
    assert "Refused; the alerts in force are unchanged" in page.status.text()
    # a file's or a hub's words are shown as written, never as markup
    from PySide6.QtCore import Qt

    assert page.status.textFormat() == Qt.TextFormat.PlainText
    view = window.inspection
    view.load_folder(SAMPLES / "uto-p-2020-genuine")
    view.inspect()
    assert view.result is not None
    assert [a["title"] for a in view.result.alerts] == ["Counterfeit data pages"]
    panel = view.alert_panel
    assert not panel.isHidden()
    texts = " ".join(w.text() for w in panel.findChildren(type(view.seen)))
    assert "Fraud alerts for this document design (1)" in texts
    assert "Look for: The UV emblem is printed, not fluorescent." in texts
    assert "Alert: forged emblem (UV)" in texts and "This document (UV)" in texts
    pictures = [w for w in panel.findChildren(type(view.seen)) if not w.pixmap().isNull()]
    assert len(pictures) == 2  # the example's region beside this capture's
    assert not view.alert_area.isHidden()
    view.decide(Decision.REFERRED)
    report = ctx.station.book.get("1")
    assert report["body"]["inspection"]["alerts"][0]["title"] == "Counterfeit data pages"
    view.new_inspection()
    assert panel.isHidden() and view.alert_area.isHidden()
    # more alerts scroll: the checks and the decision stay on a 1366 x 768 screen
    for n in range(3):
        page.import_files(paths=[alert_package(ctx, tmp_path, title=f"Wave {n}")])
    assert "Imported: Wave 2." in page.status.text(), page.status.text()
    view.load_folder(SAMPLES / "uto-p-2020-genuine")
    view.inspect()
    assert len(view.result.alerts) == 4
    assert window.minimumSizeHint().height() <= 768, window.minimumSizeHint()
    view.decide(Decision.REFERRED)
    view.new_inspection()
    view.load_folder(SAMPLES / "uto-id-2021-genuine")  # another design: no alert
    view.inspect()
    assert view.result.alerts == () and panel.isHidden()

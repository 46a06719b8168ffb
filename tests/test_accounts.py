"""Administration of a shared workstation's accounts: disable and enable, change a role, end a
lockout, reset a forgotten password (the officer chooses a new one at sign-in, and the signing
key still opens) — administrators only, every change audited, the last administrator kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from tests.stations import ADMIN, PASSWORD, signed_in
from tests.test_reports import TD3, result
from verifier.inspection.result import Verdict
from verifier.reports.book import Decision
from verifier.reports.custody import record_content
from verifier.reports.signing import canonical, signature_holds
from verifier.reports.verify import verify
from verifier.settings import Settings
from verifier.station.workstation import Workstation
from verifier.store.audit import events
from verifier.store.officers import MAX_FAILURES, AccountError, SignedIn, status
from verifier.store.tables import Officer

NEW = "a brand new passphrase"


@pytest.fixture
def station() -> Iterator[Workstation]:
    ws = signed_in(Settings.from_env())
    ws.add_officer("ana", PASSWORD, "officer", "Ana Officer", by=admin(ws))
    yield ws
    ws.close()


def admin(ws: Workstation) -> SignedIn:
    with ws.db.session() as s:
        row = s.query(Officer).filter_by(username=ADMIN).one()
        return SignedIn(row.id, row.username, row.display_name, row.role)


def ana_id(ws: Workstation) -> int:
    with ws.db.session() as s:
        return s.query(Officer).filter_by(username="ana").one().id


def actions(ws: Workstation) -> list[str]:
    with ws.db.session() as s:
        return [e.action for e in events(s)]


def test_a_disabled_account_cannot_sign_in_until_enabled(station: Workstation) -> None:
    chief = admin(station)
    station.set_active(ana_id(station), False, by=chief)
    with pytest.raises(AccountError, match="wrong"):  # the same words as a wrong password
        station.sign_in("ana", PASSWORD)
    station.sign_in(ADMIN, PASSWORD)
    station.set_active(ana_id(station), True, by=chief)
    assert station.sign_in("ana", PASSWORD).username == "ana"
    assert {"officer_disabled", "officer_enabled"} <= set(actions(station))


def test_the_last_administrator_stays_and_only_administrators_manage(
    station: Workstation,
) -> None:
    chief = admin(station)
    with pytest.raises(AccountError, match="your own account"):
        station.set_active(chief.id, False, by=chief)
    with pytest.raises(AccountError, match="at least one administrator"):
        station.set_role(chief.id, "officer", by=chief)
    ana = station.sign_in("ana", PASSWORD)
    for attempt in (
        lambda: station.set_active(chief.id, False, by=ana),
        lambda: station.set_role(ana.id, "admin", by=ana),
        lambda: station.unlock_account(ana.id, by=ana),
        lambda: station.reset_password(chief.id, NEW, by=ana),
    ):
        with pytest.raises(AccountError, match="Only an administrator"):
            attempt()


def test_a_role_change_is_audited_and_vouched_for(station: Workstation) -> None:
    chief = admin(station)
    station.set_role(ana_id(station), "trainer", by=chief)
    assert station.sign_in("ana", PASSWORD).role == "trainer"
    assert station.key is not None  # her copy of the signing key still opens
    with station.db.session() as s:
        row = s.get(Officer, ana_id(station))
        assert row is not None and row.record_signature is not None
        assert signature_holds(
            station.book.signer.public, row.record_signature, canonical(record_content(row))
        )
        change = [e.detail for e in events(s, "officer_role_changed")]
    assert change == [{"officer": ana_id(station), "from": "officer", "to": "trainer"}]


def test_an_administrator_ends_a_lockout(station: Workstation) -> None:
    for _ in range(MAX_FAILURES):
        with pytest.raises(AccountError):
            station.sign_in("ana", "not her password")
    with pytest.raises(AccountError, match="locked"):
        station.sign_in("ana", PASSWORD)
    with station.db.session() as s:
        assert status(s.get(Officer, ana_id(station))) == "locked"  # type: ignore[arg-type]
    station.sign_in(ADMIN, PASSWORD)
    station.unlock_account(ana_id(station), by=admin(station))
    assert station.sign_in("ana", PASSWORD).username == "ana"
    assert "officer_unlocked" in actions(station)


def test_a_forgotten_password_is_reset_and_the_officer_chooses_a_new_one(
    station: Workstation,
) -> None:
    temporary = "temporary pass 4711"
    with pytest.raises(AccountError, match="at least"):
        station.reset_password(ana_id(station), "short", by=admin(station))
    station.reset_password(ana_id(station), temporary, by=admin(station))
    with pytest.raises(AccountError, match="wrong"):
        station.sign_in("ana", PASSWORD)  # the old password no longer works
    ana = station.sign_in("ana", temporary)
    assert ana.must_change_password and station.key is not None  # the key opens with it
    with pytest.raises(AccountError, match="current password is wrong"):
        station.change_password(ana, "not the temporary one", NEW)
    with pytest.raises(AccountError, match="other than"):
        station.change_password(ana, temporary, temporary)
    ana = station.change_password(ana, temporary, NEW)
    assert not ana.must_change_password
    station.lock()
    again = station.sign_in("ana", NEW)
    assert not again.must_change_password and station.key is not None
    now = dt.datetime(2026, 11, 28, 9, 0)
    station.book.save(result(Verdict.NO_ANOMALIES, TD3), station.context(again.id, "ana"),
                      decision=Decision.RELEASED, now=now)  # fmt: skip
    assert verify(station.book).ok  # signed with the same workstation key
    assert {"officer_password_reset", "password_changed"} <= set(actions(station))


def test_a_new_accounts_password_without_a_terminal_is_asked_for_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A script that pipes the first account's password without --password-stdin gets one
    line saying how, not a traceback from the password prompt."""
    import io

    from tests.test_cli import run

    monkeypatch.delenv("VERIFIER_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("a good long password\n"))
    code, _, err = run(["officers", "add", "chief", "--role", "admin"], capsys)
    assert code == 2 and "give it on standard input with --password-stdin" in err

"""The inspection store: schema and migrations, officers, settings, audit log, database faults."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, select

from verifier.store.audit import events
from verifier.store.db import Database, StoreError
from verifier.store.images import ImageStore
from verifier.store.officers import (
    MAX_FAILURES,
    AccountError,
    create_officer,
    first_run,
    hash_password,
    password_matches,
    sign_in,
)
from verifier.store.settings import SettingError, all_settings, get_setting, set_setting
from verifier.store.tables import Base, Officer

NOW = dt.datetime(2026, 11, 28, 9, 0)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / "verifier.sqlite")
    yield database  # type: ignore[misc]
    database.close()


def test_the_migrations_build_exactly_the_models_schema(db: Database) -> None:
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_sqlite_runs_in_wal_mode_with_foreign_keys(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_reopening_an_existing_database_keeps_its_data(tmp_path: Path) -> None:
    first = Database(tmp_path / "v.sqlite")
    with first.session() as s:
        create_officer(s, "admin", "correct horse battery", "admin", now=NOW)
    first.close()
    again = Database(tmp_path / "v.sqlite")
    with again.session() as s:
        assert s.scalar(select(Officer.username)) == "admin"
    again.close()


# -- officers -------------------------------------------------------------------------------------


def test_passwords_are_scrypt_hashes_that_verify_only_the_right_password() -> None:
    stored = hash_password("correct horse battery")
    assert stored.startswith("scrypt$16384$8$1$") and "correct" not in stored
    assert password_matches("correct horse battery", stored)
    assert not password_matches("correct horse batterY", stored)
    assert hash_password("correct horse battery") != stored  # salted
    assert not password_matches("x", "md5$abc")
    assert not password_matches("x", "not a hash")


def test_first_run_creates_the_admin_and_sign_in_is_audited(db: Database) -> None:
    with db.session() as s:
        assert first_run(s)
        admin = create_officer(s, "admin", "correct horse battery", "admin", "Chief", now=NOW)
        assert not first_run(s)
        who = sign_in(s, "admin", "correct horse battery", now=NOW)
        assert (who.id, who.role, who.display_name) == (admin.id, "admin", "Chief")
        actions = [e.action for e in events(s)]
    assert actions[:2] == ["sign_in", "officer_created"]


@pytest.mark.parametrize(
    ("username", "password", "role", "reason"),
    [
        ("", "correct horse battery", "admin", "user name"),
        ("ana", "short", "officer", "at least 10"),
        ("ana", "correct horse battery", "chief", "role"),
    ],
)
def test_bad_accounts_are_refused_with_the_reason(
    db: Database, username: str, password: str, role: str, reason: str
) -> None:
    with db.session() as s, pytest.raises(AccountError, match=reason):
        create_officer(s, username, password, role)


def test_duplicate_accounts_are_refused(db: Database) -> None:
    with db.session() as s:
        create_officer(s, "ana", "correct horse battery", "admin")
        with pytest.raises(AccountError, match="already"):
            create_officer(s, "ana", "another long password", "admin")


def test_an_account_locks_after_repeated_failures_and_unlocks_later(db: Database) -> None:
    with db.session() as s:
        create_officer(s, "ana", "correct horse battery", "admin", now=NOW)
    for _ in range(MAX_FAILURES):
        with db.session() as s, pytest.raises(AccountError, match="wrong"):
            sign_in(s, "ana", "guess guess guess", now=NOW)
    with db.session() as s, pytest.raises(AccountError, match="locked"):
        sign_in(s, "ana", "correct horse battery", now=NOW + dt.timedelta(minutes=5))
    with db.session() as s:
        assert sign_in(s, "ana", "correct horse battery", now=NOW + dt.timedelta(minutes=16))
        failed = [e for e in events(s) if e.action == "sign_in_failed"]
        assert len(failed) == MAX_FAILURES
        assert "locked_until" in failed[0].detail
        assert [e.action for e in events(s, "sign_in_refused")] == ["sign_in_refused"]


def test_unknown_accounts_get_the_same_answer_as_wrong_passwords(db: Database) -> None:
    with db.session() as s, pytest.raises(AccountError, match="user name or the password"):
        sign_in(s, "nobody", "whatever whatever")


# -- settings -------------------------------------------------------------------------------------


def test_settings_have_defaults_and_every_change_is_audited(db: Database) -> None:
    with db.session() as s:
        assert get_setting(s, "retention_days") == 90
        set_setting(s, "retention_days", "30", None, now=NOW)
        set_setting(s, "point_of_entry", "Gate 3", None, now=NOW)
        set_setting(s, "retention_days", 45, None, now=NOW)
        assert all_settings(s)["retention_days"] == 45
        changes = [e.detail for e in events(s, "setting_changed")]
    assert changes[0] == {"key": "retention_days", "old": 30, "new": 45}


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("face_match_threshold", "high", "a number"),
        ("face_match_threshold", 1.5, "between 0.30 and 0.80"),
        ("face_match_threshold", -1, "between 0.30 and 0.80"),
        ("face_no_match_threshold", float("nan"), "a number"),
        ("camera", "rtsp://192.0.2.1/stream", "a camera number"),
        ("language", "xx", "one of"),
        ("retention_days", "soon", "whole number"),
        ("retention_days", 0, "between"),
        ("x", 1, "unknown setting"),
    ],
)
def test_bad_settings_are_refused(db: Database, key: str, value: Any, reason: str) -> None:
    with db.session() as s, pytest.raises(SettingError, match=reason):
        set_setting(s, key, value, None)
    with db.session() as s, pytest.raises(SettingError):
        get_setting(s, "x")


# -- image files ----------------------------------------------------------------------------------


def test_images_are_content_addressed_and_checked(tmp_path: Path) -> None:
    store = ImageStore(tmp_path / "images")
    digest = store.put(b"portrait bytes")
    assert store.put(b"portrait bytes") == digest  # stored once
    assert store.get(digest) == b"portrait bytes" and store.intact(digest)
    store.path(digest).write_bytes(b"swapped")
    assert store.intact(digest) is False
    store.remove(digest)
    assert store.intact(digest) is None
    with pytest.raises(ValueError, match="sha256"):
        store.path("../../etc/passwd")


# -- faults: the officer is told what to do, and nothing stored is lost -----------------------


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "verifier.sqlite"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 20)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"not an inspection database.*backup"):
        Database(path)
    assert path.read_bytes() == before


def test_a_damaged_database_is_reported_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "verifier.sqlite"
    Database(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header survives, the schema page does not
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match=r"damaged|cannot be used"):
        Database(path)


def _limit(db: Database, pragma: str) -> None:
    @event.listens_for(db.engine, "connect")
    def _set(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(pragma)

    db.engine.dispose()


def test_a_full_disk_saves_nothing_and_loses_nothing(db: Database) -> None:
    with db.session() as s:
        create_officer(s, "ana", "correct horse battery", "admin")
    with db.engine.connect() as c:
        pages = c.exec_driver_sql("PRAGMA page_count").scalar()
    _limit(db, f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
    with pytest.raises(StoreError, match=r"disk .* is full.*intact"), db.session() as s:
        for i in range(200):
            create_officer(s, f"user{i}", "correct horse battery " * 20, "officer", str(i) * 100)
    with db.session() as s:
        assert list(s.scalars(select(Officer.username))) == ["ana"]


def test_a_read_only_store_saves_nothing_and_says_so(db: Database) -> None:
    _limit(db, "PRAGMA query_only = ON")  # SQLite refuses every write, as on a read-only disk
    with pytest.raises(StoreError, match="may not write"), db.session() as s:
        create_officer(s, "ana", "correct horse battery", "admin")


def test_a_locked_database_asks_to_wait_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "verifier.sqlite"
    db = Database(path)
    _limit(db, "PRAGMA busy_timeout = 100")
    other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(StoreError, match=r"busy.*Nothing was lost"), db.session() as s:
            create_officer(s, "ana", "correct horse battery", "admin")
    finally:
        other.execute("ROLLBACK")
        other.close()
    with db.session() as s:
        create_officer(s, "ana", "correct horse battery", "admin")
        assert s.scalar(select(Officer.username)) == "ana"
    db.close()


def test_store_errors_never_carry_the_statement_or_its_personal_data(tmp_path: Path) -> None:
    from sqlalchemy.exc import IntegrityError

    from verifier.store.db import explain

    exc = IntegrityError(
        "INSERT INTO reports (holder_name) VALUES (?)",
        ("ERIKSSON ANNA",),
        sqlite3.IntegrityError("UNIQUE constraint failed: reports.seq"),
    )
    message = str(explain(exc, tmp_path / "verifier.sqlite"))
    assert "UNIQUE constraint failed" in message
    assert "ERIKSSON" not in message and "INSERT" not in message


def test_the_first_account_is_the_administrator(db: Database) -> None:
    with db.session() as s:
        with pytest.raises(AccountError, match="first account"):
            create_officer(s, "ana", "correct horse battery", "officer")
        create_officer(s, "chief", "correct horse battery", "admin")
        assert create_officer(s, "ana", "correct horse battery", "officer").role == "officer"

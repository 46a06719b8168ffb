"""The hub's database: SQLAlchemy 2 tables, created and upgraded by Alembic migrations
(``hub/migrations``) on any SQLAlchemy URL (``sqlite:///hub.sqlite``,
``postgresql+psycopg://user@host/db``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from verifier.store.db import migrate

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class Workstation(Base):
    """A workstation whose bundles the hub accepts: registered with its public key."""

    __tablename__ = "workstations"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the key's fingerprint
    public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519, hex
    name: Mapped[str] = mapped_column(String(128), default="")
    registered_at: Mapped[dt.datetime]


class Bundle(Base):
    """One bundle taken in: its place in its workstation's sequence and what it covers."""

    __tablename__ = "bundles"
    __table_args__ = (UniqueConstraint("workstation_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workstation_id: Mapped[str] = mapped_column(ForeignKey("workstations.id"), index=True)
    seq: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    reports_from: Mapped[int]
    reports_to: Mapped[int]
    records: Mapped[int]
    created: Mapped[dt.date]
    application_version: Mapped[str] = mapped_column(String(64))
    library_version: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime]


class _Counted:
    """What a cell and a correction both name: where, what and how it was decided, and how
    many inspections (``verifier.share.CELL_FIELDS``)."""

    workstation_id: Mapped[str] = mapped_column(String(64))
    week: Mapped[str] = mapped_column(String(8))
    point_of_entry: Mapped[str] = mapped_column(String(64))
    issuing_state: Mapped[str] = mapped_column(String(3))
    document_code: Mapped[str] = mapped_column(String(2))
    template: Mapped[str] = mapped_column(String(64))
    # the failed checks sorted and joined with ";": what queries group by (JSON cannot be
    # grouped on every engine: PostgreSQL has no equality for json)
    failed_key: Mapped[str] = mapped_column(String(2048), default="")
    verdict: Mapped[str] = mapped_column(String(16))
    decision: Mapped[str] = mapped_column(String(32))
    classification: Mapped[str] = mapped_column(String(32), default="")
    inspections: Mapped[int]


class Cell(_Counted, Base):
    """Inspections counted in one cell of one bundle."""

    __tablename__ = "cells"
    __table_args__ = (
        Index("ix_cells_week", "week"),
        Index("ix_cells_state_week", "issuing_state", "week"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("bundles.id"), index=True)
    failed_checks: Mapped[list[str]] = mapped_column(default=list)
    # ``count``: as the bundle counted them; ``correction``: a correction's move (negative out
    # of the cell as it was sent, positive into the cell as it is now): sums stay right
    kind: Mapped[str] = mapped_column(String(16), default="count")


class Correction(_Counted, Base):
    """A correction as a bundle sent it (``verifier.share``): kept for federation; its
    ``decision`` and ``classification`` are the report's now."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("bundles.id"), index=True)
    decision_was: Mapped[str] = mapped_column(String(32))
    classification_was: Mapped[str] = mapped_column(String(32))


class Day(Base):
    """Inspections per day of one workstation (the programme's usage indicator)."""

    __tablename__ = "days"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("bundles.id"), index=True)
    workstation_id: Mapped[str] = mapped_column(String(64), index=True)
    day: Mapped[dt.date]
    inspections: Mapped[int]
    startups: Mapped[int] = mapped_column(default=0)


class AuditEntry(Base):
    """What the hub did: registrations, bundles taken in or refused (with the reason)."""

    __tablename__ = "hub_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    action: Mapped[str] = mapped_column(String(32), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class User(Base):
    """An account of the web interface: ``analyst`` (views, exports) or ``admin`` (also
    accounts and uploads). The password is kept as scrypt (``hub.web.hash_password``)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))
    failed_logins: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime]


class PublishedAlert(Base):
    """A fraud alert the hub published (``hub.alerts``): its newest version, with the signed
    package the workstations import (a withdrawal is a newer version)."""

    __tablename__ = "alerts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int]
    template: Mapped[str] = mapped_column(String(100), index=True)
    title: Mapped[str] = mapped_column(String(200))
    issued: Mapped[dt.datetime]
    expires: Mapped[dt.date]
    withdrawn: Mapped[bool] = mapped_column(default=False)
    published_by: Mapped[str] = mapped_column(String(64))
    package: Mapped[bytes] = mapped_column(LargeBinary)


class HubSetting(Base):
    __tablename__ = "hub_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(512))


def engine_for(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(connection: Any, _record: Any) -> None:
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute("PRAGMA journal_mode=WAL")

    return engine


class HubDatabase:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = engine_for(url)
        migrate(self.engine, MIGRATIONS)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: all of it committed, or (on any error) none of it."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()

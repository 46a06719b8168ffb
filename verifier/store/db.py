"""Opening the store: the SQLite file, its settings, the migrations, and plain-language errors.

Everything SQLite-specific is here (WAL, foreign keys, busy timeout, ``BEGIN IMMEDIATE`` so a
saving transaction holds the write lock from its first read); the models and repositories are
portable. Opening runs the Alembic migrations to the newest schema.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from verifier.settings import writable

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000


class StoreError(RuntimeError):
    """The store cannot be used: what happened and what to do, in plain words."""


def explain(exc: BaseException, path: Path) -> StoreError:
    """Turn a database or file-system failure into a message an officer can act on."""
    # the driver's own message only: SQLAlchemy's text would add the statement and its
    # parameters, which hold personal data
    reason = str(getattr(exc, "orig", None) or exc)
    text = reason.lower()
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "full" in text:
        return StoreError(
            f"The disk holding {path.parent} is full: nothing new was saved, and everything "
            "saved before is intact. Free some space (or ask the administrator), then save again."
        )
    if (
        isinstance(exc, PermissionError)
        or "readonly" in text
        or "read-only" in text
        or ("unable to open" in text and not writable(path.parent))
    ):
        return StoreError(
            f"Verifier may not write to {path.parent} (a read-only disk or another user's "
            "folder): nothing new was saved, and everything saved before is intact. Verifier "
            "writes its audit log even to read, so ask the administrator to make the data "
            "folder writable; to examine a read-only copy, copy the folder to a writable disk "
            "and point VERIFIER_HOME at the copy."
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            "The inspection database is busy (another Verifier window or a backup is using it). "
            "Nothing was lost; wait a moment and save again."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(
            f"The inspection database {path} is damaged and cannot be opened. Nothing was "
            "changed in it. Restore it from the last backup (docs/install.md) or ask the "
            "administrator; keep the damaged file for examination."
        )
    return StoreError(f"The inspection database {path} cannot be used: {reason}")


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")  # WAL: durable up to the last checkpoint
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def migrate(engine: Engine, migrations: Path = MIGRATIONS) -> None:
    """Bring the schema to the newest migration of ``migrations`` (the store's, or the
    regional hub's): creates it in an empty database."""
    config = Config()
    config.set_main_option("script_location", str(migrations))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Database:
    """The store's engine and session factory; open once per application."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _check_header(path)
            self.engine = _sqlite_engine(path)
            migrate(self.engine)
            inspect(self.engine).get_table_names()
        except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
            raise explain(exc, path) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back (nothing half-saved) on
        any error, which is raised again as a StoreError an officer can act on."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except (OperationalError, DatabaseError, OSError) as exc:
            session.rollback()
            raise explain(exc, self.path) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _check_header(path: Path) -> None:
    """A file that is not an SQLite database is refused before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as f:
        header = f.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreError(
            f"{path} is not an inspection database (damaged or replaced). Nothing was changed "
            "in it. Restore it from the last backup (docs/install.md) or ask the administrator; "
            "keep the damaged file for examination."
        )

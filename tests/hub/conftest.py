"""The hub's tests run against SQLite and against a real PostgreSQL: a throw-away cluster
(``hub/cluster.py``: Debian's binaries on a temporary folder, a Unix socket only, never the
system's service)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hub.cluster import binaries

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """A SQLAlchemy URL of an empty database in a cluster of our own (hub/cluster.py)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'verifier[hub]')")
    from hub.cluster import ClusterError, temporary_cluster

    if binaries() is None:
        pytest.skip("PostgreSQL is not installed (Debian: apt install postgresql)")
    try:
        with temporary_cluster() as url:
            yield url
    except ClusterError as exc:
        pytest.fail(str(exc))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The hub's database, on both engines: a fresh one for each test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite'}"
        return
    url: str = request.getfixturevalue("postgres")
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:  # each test starts from an empty schema
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    yield url


@pytest.fixture(autouse=True)
def _in_a_temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The hub's relative defaults (its quarantine folder) land in the test's folder, never
    in the working tree."""
    monkeypatch.chdir(tmp_path)

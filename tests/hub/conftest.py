"""The hub's tests run against SQLite and against a real PostgreSQL: a throw-away cluster
(Debian's ``postgresql`` binaries, ``initdb`` + ``pg_ctl``) under the test's temporary folder,
on a Unix socket only (no TCP port), never the system's service. PostgreSQL refuses to run as
root: as root the cluster runs as the ``postgres`` account (``runuser``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """A SQLAlchemy URL of an empty database in a cluster of our own."""
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (Debian: apt install postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'verifier[hub]')")
    # not under pytest's folders: they are private to this account, and the cluster may run
    # as another (root cannot run PostgreSQL)
    base = Path(tempfile.mkdtemp(prefix="verifier-postgres-"))
    data, sockets = base / "data", base / "run"
    sockets.mkdir()
    prefix: list[str] = []
    user = "postgres"
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: PostgreSQL cannot start")
        prefix = ["runuser", "-u", "postgres", "--"]
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")
        base.chmod(0o700)
    else:
        import getpass

        user = getpass.getuser()
    log = base / "server.log"

    def pg(*argv: str) -> None:
        subprocess.run([*prefix, *argv], check=True, capture_output=True, timeout=120)

    pg(str(bindir / "initdb"), "-D", str(data), "-U", user, "-A", "trust", "--no-sync")
    options = f"-c listen_addresses='' -k {sockets} -c fsync=off"
    pg(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "start")
    try:
        pg(str(bindir / "createdb"), "-h", str(sockets), "-U", user, "hub")
        yield f"postgresql+psycopg://{user}@/hub?host={sockets}"
    finally:
        pg(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


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

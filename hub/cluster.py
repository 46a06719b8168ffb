"""A throw-away PostgreSQL cluster for the hub's tests and benchmark: Debian's binaries
(``initdb``, ``pg_ctl``) on a temporary folder, a Unix socket only (no TCP port), never the
system's service. PostgreSQL refuses to run as root: as root it runs as ``postgres``."""

from __future__ import annotations

import getpass
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ClusterError(RuntimeError):
    """No PostgreSQL cluster can be started here; the message says what is missing."""


def binaries() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


@contextmanager
def temporary_cluster(database: str = "hub") -> Iterator[str]:
    """A SQLAlchemy URL of an empty database in a cluster of its own, removed afterwards."""
    bindir = binaries()
    if bindir is None:
        raise ClusterError("PostgreSQL is not installed (Debian: apt install postgresql)")
    prefix: list[str] = []
    user = getpass.getuser()
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            raise ClusterError("running as root without runuser: PostgreSQL cannot start")
        prefix, user = ["runuser", "-u", "postgres", "--"], "postgres"
    # not under a folder private to this account: the cluster may run as another
    base = Path(tempfile.mkdtemp(prefix="verifier-postgres-"))
    data, sockets = base / "data", base / "run"
    sockets.mkdir()
    if prefix:
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")

    def pg(*argv: str) -> None:
        subprocess.run([*prefix, *argv], check=True, capture_output=True, timeout=120)

    try:
        pg(str(bindir / "initdb"), "-D", str(data), "-U", user, "-A", "trust", "--no-sync")
        options = f"-c listen_addresses='' -k {sockets} -c fsync=off"
        pg(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "server.log"), "-o",
           options, "-w", "start")  # fmt: skip
        try:
            pg(str(bindir / "createdb"), "-h", str(sockets), "-U", user, database)
            yield f"postgresql+psycopg://{user}@/{database}?host={sockets}"
        finally:
            pg(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
    except subprocess.CalledProcessError as exc:
        raise ClusterError(f"PostgreSQL did not start: {exc.stderr!r}") from None
    finally:
        shutil.rmtree(base, ignore_errors=True)

"""Personal data on a shared computer: the data dir and every file in it are the user's alone,
whatever the umask; `verifier doctor` says when they are not. A read-only data dir gets a clear
error, never a crash."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.stations import ADMIN, as_admin, credentials, signed_in
from tests.test_reports import fill
from verifier.settings import Settings, make_private
from verifier.station.health import check_installation

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _modes(home: Path) -> dict[Path, int]:
    return {p: stat.S_IMODE(p.stat().st_mode) for p in [home, *home.rglob("*")]}


def test_a_report_saved_under_a_permissive_umask_is_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    script = (
        "import os, sys; os.umask(0o022); from verifier.cli import main; "
        "sys.exit(main(sys.argv[1:]))"
    )
    sample = SAMPLES / "uto-p-2020-genuine"
    env = {**os.environ, "VERIFIER_HOME": str(home)}
    for argv, code in (
        (["officers", "add", ADMIN, "--role", "admin", "--password-stdin"], (0,)),
        ([*as_admin(["inspect", "--uv", str(sample / "uv.png"), str(sample / "visible.png")])],
         (0, 1)),
    ):  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-c", script, *argv],
            env=env, input=credentials(), capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode in code, done.stderr
    modes = _modes(home)
    assert any(p.name == "verifier.sqlite" for p in modes)
    assert any(p.parent.parent.name == "images" for p in modes)  # the report's image files
    opened = {str(p.relative_to(home)): oct(m) for p, m in modes.items() if m & 0o077}
    assert opened == {}


def test_an_older_data_dir_is_closed_and_doctor_reports_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "images").mkdir(parents=True)
    (home / "verifier.sqlite").write_bytes(b"")
    home.chmod(0o755)
    (home / "images").chmod(0o755)
    (home / "verifier.sqlite").chmod(0o644)
    settings = Settings(home, ROOT / "reference_docs")
    finding = next(f for f in check_installation(settings) if f.part == "data folder")
    assert not finding.ok and "other users" in finding.detail
    assert set(make_private(home)) == {home, home / "images", home / "verifier.sqlite"}
    assert all(m & 0o077 == 0 for m in _modes(home).values())
    assert next(f for f in check_installation(settings) if f.part == "data folder").ok


def _run_read_only(home: Path, argv: list[str]) -> subprocess.CompletedProcess[str]:
    """Run ``verifier argv`` with ``home`` on a read-only mount (root: a private mount
    namespace, where file modes would not stop it) or read-only by its modes (anyone else)."""
    env = {**os.environ, "VERIFIER_HOME": str(home)}
    command = [sys.executable, "-m", "verifier.cli", *argv]
    if os.geteuid() != 0:
        for path in [home, *home.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        try:
            return subprocess.run(command, env=env, input=credentials(), capture_output=True,
                                  text=True, check=False)  # fmt: skip
        finally:
            for path in [home, *home.rglob("*")]:
                path.chmod(path.stat().st_mode | 0o200)
    mount = f'mount --bind "{home}" "{home}" && mount -o remount,bind,ro "{home}" && exec "$@"'
    probe = subprocess.run(["unshare", "-m", "sh", "-c", mount, "sh", "true"],
                           capture_output=True, check=False)  # fmt: skip
    if probe.returncode != 0:
        pytest.skip("running as root without mount namespaces: no way to make a folder read-only")
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", mount, "sh", *command],
        env=env, input=credentials(), capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_a_read_only_data_dir_gets_a_clear_error_and_loses_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    settings = Settings(home, ROOT / "reference_docs")
    station = signed_in(settings)
    try:
        fill(station, 2)
    finally:
        station.close()
    before = {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}
    out = tmp_path / "backup.zip"
    for argv in (as_admin(["backup", "--out", str(out)]), as_admin(["reports", "list"]),
                 ["reports", "verify"]):  # fmt: skip
        done = _run_read_only(home, argv)
        assert done.returncode != 0, argv
        assert "Traceback" not in done.stderr
        assert "may not write to" in done.stderr and "read-only" in done.stderr, done.stderr
    assert not out.exists()
    doctor = _run_read_only(home, ["doctor"])
    assert "[PROBLEM] data folder" in doctor.stdout and "read-only" in doctor.stdout
    assert {p: p.read_bytes() for p in home.rglob("*") if p.is_file()} == before

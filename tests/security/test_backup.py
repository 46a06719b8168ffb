"""Backups attacked: a forged backup that replaces the workstation's key, another
workstation's data, a small archive that expands to fill the disk."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.stations import as_admin, credentials, signed_in
from tests.test_reports import fill
from verifier.cli import main
from verifier.reports.signing import WorkstationKey
from verifier.settings import Settings
from verifier.station.backup import BackupError, backup, check, restore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def made(tmp_path: Path) -> tuple[Settings, Path]:
    settings = Settings(tmp_path / "home", ROOT / "reference_docs", tmp_path / "enrol.json")
    station = signed_in(settings)
    try:
        fill(station, 2)
        out = tmp_path / "backup.zip"
        backup(settings.data_dir, out, station.book.signer)
    finally:
        station.close()
    return settings, out


def _resign(source: Path, target: Path, key: WorkstationKey, change: bytes = b"") -> None:
    """Re-pack a backup with a manifest signed by ``key`` (what a forger can do)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        manifest = json.loads(old.read("MANIFEST.json"))
        manifest["key"] = key.public.public_bytes_raw().hex()
        data = json.dumps(manifest, indent=1, sort_keys=True).encode() + change
        for item in old.infolist():
            if item.filename not in ("MANIFEST.json", "MANIFEST.sig"):
                new.writestr(item, old.read(item.filename))
        new.writestr("MANIFEST.json", data)
        new.writestr("MANIFEST.sig", bytes.fromhex(key.sign(data)))


def test_a_forged_backup_is_refused(
    made: tuple[Settings, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A backup re-signed with a key of the forger's own (after swapping its key file) used to
    restore without a word, replacing the workstation's key."""
    settings, out = made
    forged = tmp_path / "forged.zip"
    _resign(out, forged, WorkstationKey(Ed25519PrivateKey.generate(), tmp_path))
    monkeypatch.setenv("VERIFIER_HOME", str(settings.data_dir))
    monkeypatch.setenv("VERIFIER_ENROLMENT", str(settings.enrolment_path))
    monkeypatch.setattr("sys.stdin", io.StringIO(credentials()))
    assert main(as_admin(["restore", str(forged), "--force"])) == 2
    assert "not this workstation's enrolled key" in capsys.readouterr().err
    # an administrator who means it says so, and it is recorded
    monkeypatch.setattr("sys.stdin", io.StringIO(credentials()))
    argv = ["restore", str(forged), "--force", "--accept-other-workstation"]
    assert main(as_admin(argv)) in (0, 1)
    assert "Restored 2 reports" in capsys.readouterr().out


def test_an_altered_member_or_manifest_is_refused(
    made: tuple[Settings, Path], tmp_path: Path
) -> None:
    _, out = made
    altered = tmp_path / "altered.zip"
    with zipfile.ZipFile(out) as old, zipfile.ZipFile(altered, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "MANIFEST.json":
                data = data.replace(b'"created"', b'"created" ')
            new.writestr(item, data)
    with pytest.raises(BackupError, match="signature does not hold"):
        check(altered)


def test_a_backup_that_expands_to_gigabytes_is_refused(tmp_path: Path) -> None:
    """3 GiB of zeros compress to a few megabytes: refused from the sizes it declares, before
    anything is read into memory or written to disk."""
    key = WorkstationKey(Ed25519PrivateKey.generate(), tmp_path)
    bomb = tmp_path / "bomb.zip"
    zeros = b"\0" * (16 * 1024**2)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("images/aa/bomb", "w", force_zip64=True) as member:
            for _ in range(192):  # 3 GiB
                member.write(zeros)
        manifest = {"format": "verifier-backup/2", "created": "x", "verifier": "x",
                    "key": key.public.public_bytes_raw().hex(),
                    "files": {"images/aa/bomb": "0" * 64}}  # fmt: skip
        data = json.dumps(manifest).encode()
        archive.writestr("MANIFEST.json", data)
        archive.writestr("MANIFEST.sig", bytes.fromhex(key.sign(data)))
    assert bomb.stat().st_size < 16 * 1024**2
    with pytest.raises(BackupError, match="would unpack to"):
        restore(bomb, tmp_path / "target")
    assert not (tmp_path / "target").exists()

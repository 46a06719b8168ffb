"""Files written whole or not at all (verifier.files.write_atomic), as every layer uses it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from verifier.files import TEMPORARY_PREFIX, write_atomic


def test_replaces_whole_with_private_or_given_mode(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "file.bin"
    write_atomic(target, b"first")
    assert target.read_bytes() == b"first"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    write_atomic(target, b"second" * 1000, mode=0o644, durable=False)
    assert target.read_bytes() == b"second" * 1000
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in target.parent.iterdir()] == ["file.bin"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "head.json"
    write_atomic(target, b"old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob(TEMPORARY_PREFIX + "*"))

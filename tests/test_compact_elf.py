"""The installers' library compaction (packaging/compact_elf.py) on a real patchelf-padded library:
every section's bytes and every segment's address kept, the file smaller, and glibc loads it."""

from __future__ import annotations

import ctypes
import importlib.util
import struct
from importlib.metadata import files
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def compact_elf() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "compact_elf", ROOT / "packaging" / "compact_elf.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _padded(compact_elf: ModuleType) -> Path:
    """A library of tesserocr's wheel that auditwheel's patchelf padded (libjbig: C, libc only)."""
    for entry in files("tesserocr") or []:
        path = Path(str(entry.locate()))
        if path.name.startswith("libjbig") and ".so" in path.name:
            if compact_elf.Elf(bytearray(path.read_bytes())).gaps():
                return path
            pytest.skip("this tesserocr release's libjbig has no padding to remove")
    pytest.skip("tesserocr's wheel carries no libjbig here")


def _sections(data: bytes, compact_elf: ModuleType) -> list[bytes]:
    elf = compact_elf.Elf(bytearray(data))
    return [data[offset : offset + size] for _, kind, offset, size in elf.sections()
            if kind != compact_elf.SHT_NOBITS]  # fmt: skip


def test_padding_goes_and_everything_else_stays(compact_elf: ModuleType, tmp_path: Path) -> None:
    library = _padded(compact_elf)
    out = tmp_path / library.name
    saved = compact_elf.compact(library, out)
    before, after = library.read_bytes(), out.read_bytes()
    assert saved >= 1_000_000 and len(after) == len(before) - saved
    assert _sections(after, compact_elf) == _sections(before, compact_elf)
    old, new = (compact_elf.Elf(bytearray(data)).segments() for data in (before, after))
    for (_, kind, _, vaddr, size, _), (_, kind2, offset, vaddr2, size2, align) in zip(
        old, new, strict=True
    ):
        assert (kind, vaddr, size) == (kind2, vaddr2, size2)
        if kind == compact_elf.PT_LOAD:
            assert (vaddr - offset) % align == 0
    ctypes.CDLL(str(out))  # glibc maps it: "not properly aligned" would raise here
    assert compact_elf.compact(out, tmp_path / "again.so") == 0  # nothing left to remove
    assert not (tmp_path / "again.so").exists()


def test_a_file_that_is_not_elf_is_refused(compact_elf: ModuleType, tmp_path: Path) -> None:
    text = tmp_path / "notes.so"
    text.write_bytes(b"#!/bin/sh\n" + struct.pack("<Q", 0) * 8)
    with pytest.raises(ValueError, match="not a little-endian 64-bit ELF"):
        compact_elf.compact(text, tmp_path / "out.so")

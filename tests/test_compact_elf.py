"""The installers' library compaction (packaging/compact_elf.py) on a real patchelf-padded library:
every section's bytes and every segment's address kept, the file smaller, and glibc loads it."""

from __future__ import annotations

import ctypes
import importlib.util
import shutil
import struct
import subprocess
import sys
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


def _sections(data: bytes, compact_elf: ModuleType) -> dict[bytes, bytes]:
    """Each section's name and bytes."""
    elf = compact_elf.Elf(bytearray(data))
    headers = [
        struct.unpack_from(compact_elf.SECTION, data, elf.shoff + i * elf.shentsize)
        for i in range(elf.shnum)
    ]
    names = headers[struct.unpack_from("<H", data, 0x3E)[0]][4]
    out = {}
    for name, kind, _, _, offset, size, *_ in headers:
        label = data[names + name : data.index(0, names + name)]
        out[label] = b"" if kind == compact_elf.SHT_NOBITS else data[offset : offset + size]
    return out


SYMBOLS = (b".symtab", b".strtab")


def test_padding_goes_and_everything_else_stays(compact_elf: ModuleType, tmp_path: Path) -> None:
    library = _padded(compact_elf)
    out = tmp_path / library.name
    saved = compact_elf.compact(library, out)
    before, after = library.read_bytes(), out.read_bytes()
    assert saved >= 1_000_000 and len(after) == len(before) - saved
    kept = {name: data for name, data in _sections(before, compact_elf).items()
            if name not in SYMBOLS and not name.startswith(b".debug")}  # fmt: skip
    assert _sections(after, compact_elf) == kept
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


def test_a_module_without_its_symbol_table_still_works(
    compact_elf: ModuleType, tmp_path: Path
) -> None:
    """cryptography's compiled module keeps its symbol table in the wheel (2.9 MB of 14): it goes,
    and the module, loaded from the compacted copy, still signs and verifies."""
    import cryptography

    package = Path(cryptography.__file__).parent
    module = package / "hazmat" / "bindings" / "_rust.abi3.so"
    if b".symtab" not in _sections(module.read_bytes(), compact_elf):
        pytest.skip("this cryptography release's module has no symbol table")
    copy = tmp_path / "cryptography"
    shutil.copytree(package, copy)
    saved = compact_elf.compact(module, copy / "hazmat" / "bindings" / "_rust.abi3.so")
    assert saved >= 1_000_000
    sections = _sections((copy / "hazmat" / "bindings" / "_rust.abi3.so").read_bytes(), compact_elf)
    assert not any(name in sections for name in SYMBOLS) and b".dynsym" in sections
    script = (
        f"import cryptography; assert cryptography.__file__.startswith({str(tmp_path)!r})\n"
        "from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey\n"
        "key = Ed25519PrivateKey.generate(); key.public_key().verify(key.sign(b'x'), b'x')\n"
        "print('signed')"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0 and run.stdout.strip() == "signed", run.stderr


def test_a_file_that_is_not_elf_is_refused(compact_elf: ModuleType, tmp_path: Path) -> None:
    text = tmp_path / "notes.so"
    text.write_bytes(b"#!/bin/sh\n" + struct.pack("<Q", 0) * 8)
    with pytest.raises(ValueError, match="not a little-endian 64-bit ELF"):
        compact_elf.compact(text, tmp_path / "out.so")

"""Shared libraries without the zero padding that patchelf left in them (Linux installers).

    python packaging/compact_elf.py LIBRARY OUT     (writes OUT when there was padding to remove)

auditwheel renames a wheel's bundled libraries with patchelf, which moves their dynamic string
table to a new segment placed at the next multiple of the segments' alignment, 2 MB: one
library gets up to 2 MB of zeros in its file per renaming, and tesserocr's libraries went through
it up to three times (libwebpmux, 50 KB of code, is a 6.3 MB file). `strip` cannot be used on
them (it re-lays the segments out and glibc then refuses them: "ELF load command address/offset
not properly aligned").

This removes each such gap instead, and nothing else: the bytes after a gap move down by a
multiple of the page size (4 KB), so that every segment still lies at the same address modulo a
page; the offsets in the ELF header, the program headers and the section headers follow; a
loadable segment whose alignment no longer divides its offset's distance from its address is
aligned on pages. Addresses do not change, so nothing inside the library (relocations, the
dynamic section) does. A gap is removed only where no header, segment or section covers it: its
bytes are zeros and the stale copies of the tables patchelf moved, which nothing refers to any
more. 21 MB in the bundle (docs/install.md); `make dist-test`'s demo loads each library it
rewrites (tesserocr's through Tesseract's image reading, libXau through Pillow's).

It also takes out what ``strip`` would, without strip's re-laying: the symbol table, its strings
and the debugging sections, which no segment covers and the loader never reads. Only their
entries leave the section header table (the others' links renumbered); their bytes then form a
gap like patchelf's and go the same way. The wheels of tesserocr, cryptography, SQLAlchemy,
PyYAML and Pillow and Qt's ICU keep their symbol tables: 24 MB of the bundle.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

PAGE = 4096
MIN_GAP = 64 * 1024  # smaller gaps are the linker's own alignment: left as they are
PT_LOAD, SHT_NOBITS = 1, 8
SHT_SYMTAB, SHT_RELA, SHT_REL = 2, 4, 9
SHF_ALLOC, SHF_INFO_LINK = 0x2, 0x40
SECTION = "<IIQQQQIIQQ"  # name, type, flags, address, offset, size, link, info, align, entsize


class Elf:
    """The offsets of a little-endian ELF64 file's headers, read and written in place."""

    def __init__(self, data: bytearray) -> None:
        if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            raise ValueError("not a little-endian 64-bit ELF file")
        self.data = data
        self.phoff, self.shoff = struct.unpack_from("<QQ", data, 0x20)
        self.phentsize, self.phnum, self.shentsize, self.shnum = struct.unpack_from(
            "<HHHH", data, 0x36
        )

    def segments(self) -> list[tuple[int, int, int, int, int, int]]:
        """(header offset, type, file offset, address, size in the file, alignment) per segment."""
        out = []
        for i in range(self.phnum):
            at = self.phoff + i * self.phentsize
            kind, _, offset, vaddr, _, filesz, _, align = struct.unpack_from(
                "<IIQQQQQQ", self.data, at
            )
            out.append((at, kind, offset, vaddr, filesz, align))
        return out

    def sections(self) -> list[tuple[int, int, int, int]]:
        """(header offset, type, file offset, size) per section."""
        out = []
        for i in range(self.shnum):
            at = self.shoff + i * self.shentsize
            _, kind, _, _, offset, size = struct.unpack_from("<IIQQQQ", self.data, at)
            out.append((at, kind, offset, size))
        return out

    def gaps(self) -> list[tuple[int, int]]:
        used = [(0, 64), (self.phoff, self.phoff + self.phentsize * self.phnum),
                (self.shoff, self.shoff + self.shentsize * self.shnum)]  # fmt: skip
        used += [(offset, offset + size) for _, _, offset, _, size, _ in self.segments()]
        used += [(offset, offset + size) for _, kind, offset, size in self.sections()
                 if kind != SHT_NOBITS]  # fmt: skip
        found, end = [], 0
        for start, stop in sorted(used):
            if start - end >= MIN_GAP:
                found.append((end, start))
            end = max(end, stop)
        return found

    def remove(self, start: int, stop: int) -> int:
        """Takes the gap's whole pages out of [start, stop); returns how many bytes went."""
        delta = (stop - start) // PAGE * PAGE
        segments = [(kind, offset, vaddr, align) for _, kind, offset, vaddr, _, align
                    in self.segments()]  # fmt: skip
        sections = [offset for _, _, offset, _ in self.sections()]
        del self.data[stop - delta : stop]

        def moved(offset: int) -> int:
            return offset - delta if offset >= stop else min(offset, stop - delta)

        self.phoff, self.shoff = moved(self.phoff), moved(self.shoff)
        struct.pack_into("<QQ", self.data, 0x20, self.phoff, self.shoff)
        for i, (kind, offset, vaddr, align) in enumerate(segments):
            at = self.phoff + i * self.phentsize
            new = moved(offset)
            if kind == PT_LOAD and (vaddr - new) % PAGE:
                raise ValueError("a segment would lose its page alignment")
            realign = kind == PT_LOAD and align > PAGE and (vaddr - new) % align
            struct.pack_into("<Q", self.data, at + 8, new)
            struct.pack_into("<Q", self.data, at + 48, PAGE if realign else align)
        for i, offset in enumerate(sections):
            struct.pack_into("<Q", self.data, self.shoff + i * self.shentsize + 24, moved(offset))
        return delta

    def drop_symbols(self) -> int:
        """Takes the symbol table, its strings and the debugging sections (what ``strip``
        removes; the loader reads none of them) out of the section header table, which is
        rewritten in place, smaller; their bytes become a gap that ``remove`` takes out.
        Returns how many sections went (0 where one that stays refers to one that would go)."""
        headers = [
            list(struct.unpack_from(SECTION, self.data, self.shoff + i * self.shentsize))
            for i in range(self.shnum)
        ]
        shstrndx = struct.unpack_from("<H", self.data, 0x3E)[0]
        names = headers[shstrndx][4] if shstrndx < len(headers) else 0

        def name(header: list[int]) -> bytes:
            start = names + header[0]
            return bytes(self.data[start : self.data.index(0, start)])

        drop = {
            i for i, h in enumerate(headers)
            if not h[2] & SHF_ALLOC
            and (h[1] == SHT_SYMTAB or name(h).startswith((b".debug", b".zdebug")))
        }  # fmt: skip
        drop |= {headers[i][6] for i in drop if headers[i][1] == SHT_SYMTAB}  # its strings
        drop |= {
            i for i, h in enumerate(headers)
            if h[1] in (SHT_REL, SHT_RELA) and not h[2] & SHF_ALLOC and h[7] in drop
        }  # fmt: skip
        keep = [i for i in range(len(headers)) if i not in drop]
        index = {old: new for new, old in enumerate(keep)}

        def links_a_dropped(h: list[int]) -> bool:
            info_is_index = h[2] & SHF_INFO_LINK or h[1] in (SHT_REL, SHT_RELA)
            return (h[6] != 0 and h[6] not in index) or bool(
                info_is_index and h[7] != 0 and h[7] not in index
            )

        if not drop or shstrndx in drop or any(links_a_dropped(headers[i]) for i in keep):
            return 0
        for new, old in enumerate(keep):
            h = list(headers[old])
            h[6] = index[h[6]] if h[6] else 0
            if h[2] & SHF_INFO_LINK or h[1] in (SHT_REL, SHT_RELA):
                h[7] = index[h[7]] if h[7] else 0
            struct.pack_into(SECTION, self.data, self.shoff + new * self.shentsize, *h)
        table_end = self.shoff + self.shentsize * self.shnum
        self.shnum = len(keep)
        struct.pack_into("<HH", self.data, 0x3C, self.shnum, index[shstrndx])
        if table_end == len(self.data):  # the old table's tail, at the end of the file
            del self.data[self.shoff + self.shentsize * self.shnum :]
        return len(drop)


def compact(library: Path, out: Path) -> int:
    """Writes ``out`` without the library's padding and symbol tables; returns the bytes saved
    (0: nothing to do, nothing written)."""
    elf = Elf(bytearray(library.read_bytes()))
    before = len(elf.data)
    elf.drop_symbols()
    for start, stop in reversed(elf.gaps()):  # from the end: earlier offsets stay valid
        elf.remove(start, stop)
    saved = before - len(elf.data)
    if saved:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(bytes(elf.data))
        out.chmod(library.stat().st_mode)
    return saved


if __name__ == "__main__":
    print(compact(Path(sys.argv[1]), Path(sys.argv[2])))

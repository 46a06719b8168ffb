"""Byte-identical files in the Linux bundle's sample documents become relative links to one copy.

A forged sample differs from the genuine document it was made from in one light or one field:
its other images are the genuine one's, byte for byte (46 of the samples' files, 8.9 MB of the
bundle). The repository keeps them as plain files (Git stores each content once); the bundle,
which a package manager installs file by file, keeps one copy and links the others to it. The
application reads through the links as through files; a link stays inside the folder it was
made in. The MSI's file list (build_dist.file_list) follows links, so Windows gets plain copies.

    python packaging/link_duplicates.py FOLDER    (verifier.spec runs it on samples/)
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path


def link_duplicates(folder: Path) -> int:
    """Replace each file whose bytes another file in ``folder`` already has (first in sorted
    order) with a relative link to that file; the bytes saved."""
    if not folder.is_dir():
        raise FileNotFoundError(f"no folder {folder} to link duplicates in")
    first: dict[tuple[int, str], Path] = {}
    saved = 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
        data = path.read_bytes()
        key = (len(data), hashlib.sha256(data).hexdigest())
        original = first.setdefault(key, path)
        if original is path:
            continue
        path.unlink()
        path.symlink_to(os.path.relpath(original, path.parent))
        saved += len(data)
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1])
    print(f"{target}: {link_duplicates(target) // 1000} KB in duplicate files linked")

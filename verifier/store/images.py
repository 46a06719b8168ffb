"""Content-addressed image files: ``<data>/images/ab/abcdef...`` named by their sha256.

A file is written to a temporary name, flushed to disk and renamed, so a killed process leaves
either the whole file or none (a stray temporary at most, removed on the next write). Rows in
the database hold only the hash; the same image saved twice is stored once.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from verifier.files import write_atomic


class ImageStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if target.is_file() and target.stat().st_size == len(data):
            return digest
        write_atomic(target, data)
        return digest

    def get(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def intact(self, sha256: str) -> bool | None:
        """True if the file is there with its hash, False if altered, None if missing."""
        path = self.path(sha256)
        if not path.is_file():
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha256

    def remove(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)

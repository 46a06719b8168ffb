"""A hot folder: the folder a scanner or document reader writes its images into.

Files appear while the device still writes them, so a file is taken only once its size has
stayed the same for two polls. Its light comes from its name, the way readers name them
(``..._UV.jpg``, ``..._IR.png``, ``..._VIS.jpg``, ``face``/``bearer`` for the person);
a file whose name says nothing is the next light the officer is asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

IMAGE_SUFFIXES: Final = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"})
_TOKENS: Final = (
    ("uv", re.compile(r"(?:^|[^a-z])(uv|ultraviolet|365)(?:[^a-z]|$)")),
    ("ir", re.compile(r"(?:^|[^a-z])(ir|infrared|nir|870)(?:[^a-z]|$)")),
    ("bearer", re.compile(r"(?:^|[^a-z])(bearer|face|person|portrait)(?:[^a-z]|$)")),
    ("visible", re.compile(r"(?:^|[^a-z])(vis|visible|white|wh|rgb)(?:[^a-z]|$)")),
)


def light_of(name: str) -> str | None:
    """The light a file name states, if any."""
    stem = Path(name).stem.lower()
    for light, pattern in _TOKENS:
        if pattern.search(stem):
            return light
    return None


@dataclass
class HotFolder:
    folder: Path
    _sizes: dict[Path, int] = field(default_factory=dict)
    _taken: set[Path] = field(default_factory=set)

    def start(self) -> None:
        """Files already there are not new: only what the device writes from now on counts."""
        self._taken = set(self._images())
        self._sizes = {}

    def poll(self) -> list[Path]:
        """New image files that are complete (same size as at the previous poll)."""
        ready = []
        for path in self._images():
            if path in self._taken:
                continue
            try:
                size = path.stat().st_size
            except OSError:
                continue  # removed meanwhile
            if size > 0 and self._sizes.get(path) == size:
                ready.append(path)
                self._taken.add(path)
                self._sizes.pop(path, None)
            else:
                self._sizes[path] = size
        return ready

    def _images(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(
            p for p in self.folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()
        )

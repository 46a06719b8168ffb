"""Tesseract, the second OCR engine: one way to run it for every caller.

Tesseract runs in this process through its library (tesserocr): a field is read in 10-20 ms,
where a ``tesseract`` process took about 200 ms, most of it starting and loading the trained
data (``docs/benchmarks.md``). Each engine (language and data folder) is loaded once and kept in
a small pool, one instance per thread that reads at the same time: an instance is not shared
between threads, and recognition releases the GIL, so the OCR on the helper thread runs beside
the rest of the inspection. The English data is the copy inside an installed Verifier or the
system's (``verifier.settings.tessdata``). A missing engine or data folder, an error or a
timeout gives empty text: callers treat that as "not read".
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image

from verifier import settings
from verifier.imaging.loading import Gray

if TYPE_CHECKING:
    from tesserocr import PyTessBaseAPI  # type: ignore[import-untyped]

_lock = threading.Lock()
_idle: dict[tuple[str, str], list[PyTessBaseAPI]] = {}
_broken: set[tuple[str, str]] = set()  # data that did not load: not tried at every field


def version() -> str | None:
    """Tesseract's version, or None when its library is not installed."""
    try:
        import tesserocr
    except ImportError:
        return None
    return str(tesserocr.tesseract_version()).split()[1]


@contextmanager
def _engine(language: str, folder: Path) -> Iterator[PyTessBaseAPI | None]:
    key = (language, str(folder))
    with _lock:
        if key in _broken:
            api = None
        else:
            idle = _idle.setdefault(key, [])
            api = idle.pop() if idle else None
    if api is None and key not in _broken:
        try:
            from tesserocr import PyTessBaseAPI

            api = PyTessBaseAPI(path=str(folder), lang=language)
        except (ImportError, RuntimeError):
            with _lock:
                _broken.add(key)
    try:
        yield api
    finally:
        if api is not None:
            api.Clear()
            with _lock:
                _idle[key].append(api)


def ocr(
    image: Gray,
    *,
    language: str = "eng",
    psm: int = 6,
    tessdata: Path | None = None,
    timeout: float = 20,
) -> str:
    """The text Tesseract reads on a grey image (``tessdata`` for other trained data, such as
    the MRZ's; ``psm`` its page segmentation mode); empty when it cannot run."""
    folder = tessdata or settings.tessdata()
    if folder is None or image.size == 0:
        return ""
    with _engine(language, folder) as api:
        if api is None:
            return ""
        api.SetPageSegMode(psm)
        api.SetImage(Image.fromarray(image))
        if not api.Recognize(round(timeout * 1000)):
            return ""  # out of time, or nothing it could lay out
        return str(api.GetUTF8Text())


def warm(language: str = "eng", tessdata: Path | None = None) -> bool:
    """Load an engine ahead of the first field (about 0.1 s); whether it loaded."""
    folder = tessdata or settings.tessdata()
    if folder is None:
        return False
    with _engine(language, folder) as api:
        return api is not None

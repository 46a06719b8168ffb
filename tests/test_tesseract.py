"""Tesseract through its library: reads, runs on threads side by side, and fails quietly."""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np
import pytest

from verifier import settings
from verifier.imaging import tesseract
from verifier.imaging.tesseract import ocr, version


def _line(text: str) -> np.ndarray:
    image = np.full((60, 40 + 26 * len(text)), 255, np.uint8)
    cv2.putText(image, text, (20, 42), cv2.FONT_HERSHEY_SIMPLEX, 1.1, 0, 2, cv2.LINE_AA)
    return image


def test_it_reads_a_printed_line() -> None:
    assert version() is not None and settings.tessdata() is not None, "`make setup` installs them"
    assert ocr(_line("SPECIMEN 1974"), psm=7).strip() == "SPECIMEN 1974"


def test_threads_read_side_by_side_with_their_own_engines() -> None:
    words = ["ALPHA 1", "BRAVO 22", "CHARLIE 333", "DELTA 4444"]
    found: dict[str, str] = {}

    def read(word: str) -> None:
        for _ in range(3):
            found[word] = ocr(_line(word), psm=7).strip()

    threads = [threading.Thread(target=read, args=(w,)) for w in words]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert found == {w: w for w in words}
    key = ("eng", str(settings.tessdata()))
    assert 1 <= len(tesseract._idle[key]) <= len(words)  # engines kept for the next inspection


def test_missing_data_or_an_empty_image_gives_no_text(tmp_path: Path) -> None:
    assert ocr(_line("TEXT"), tessdata=tmp_path) == ""  # no eng.traineddata there
    assert ("eng", str(tmp_path)) in tesseract._broken  # not tried again at every field
    assert ocr(_line("TEXT"), tessdata=tmp_path) == ""
    assert ocr(np.zeros((0, 0), np.uint8)) == ""
    assert not tesseract.warm(tessdata=tmp_path)


def test_without_english_data_anywhere_nothing_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "tessdata", lambda: None)
    assert ocr(_line("TEXT")) == ""
    assert not tesseract.warm()


def test_the_data_folder_is_found_in_the_order_an_installation_needs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "own"
    own.mkdir()
    (own / "eng.traineddata").write_bytes(b"")
    monkeypatch.setenv("TESSDATA_PREFIX", str(own))
    monkeypatch.setattr(settings, "PACKAGE_ROOT", tmp_path / "nowhere" / "verifier")
    assert settings.tessdata() == own
    bundled = tmp_path / "bundle" / "tesseract" / "tessdata"
    bundled.mkdir(parents=True)
    (bundled / "eng.traineddata").write_bytes(b"")
    monkeypatch.setattr(settings, "PACKAGE_ROOT", tmp_path / "bundle" / "verifier")
    assert settings.tessdata() == bundled  # the installed copy before anything else

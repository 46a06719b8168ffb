"""Tesseract, the second OCR engine: one way to run it for every caller.

The image goes in as PNG on standard input, the text comes back on standard output; the engine
is the copy inside an installed Verifier or the system's (``verifier.settings.tesseract``). A
missing engine, a crash or a timeout gives empty text: callers treat that as "not read".
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import cv2

from verifier.imaging.loading import Gray
from verifier.settings import tesseract


def ocr(
    image: Gray,
    *,
    language: str = "eng",
    psm: int = 6,
    tessdata: Path | None = None,
    timeout: float = 20,
) -> str:
    """The text Tesseract reads on a grey image (``tessdata`` for other trained data, such as
    the MRZ's); empty when it cannot run."""
    engine = tesseract()
    if engine is None or image.size == 0:
        return ""
    ok, png = cv2.imencode(".png", image)
    if not ok:
        return ""
    folder = tessdata or engine.tessdata
    command = [engine.exe, "stdin", "stdout", "-l", language, "--psm", str(psm)]
    if folder is not None:
        command[3:3] = ["--tessdata-dir", str(folder)]
    # One OpenMP thread: a line or a few fields are too little work to share, and a second
    # thread's spinning takes the core the rest of the inspection runs on (half the time).
    env = {**(os.environ if engine.env is None else engine.env), "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            command,
            env=env,
            input=png.tobytes(),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.decode("utf-8", "replace")

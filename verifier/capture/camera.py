"""A camera through OpenCV's VideoCapture (a device index, or a video file standing in for one).

Only local sources: a device number, a device file or a regular local file. A URL is refused,
and FFmpeg is told to open local files only, so that a file that is really a playlist cannot
make it fetch anything over the network.

The installers' OpenCV is built without FFmpeg (packaging/build_wheels.py): there, a video file
standing in for a camera must be Motion-JPEG in AVI, which OpenCV reads itself.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray


class CameraError(RuntimeError):
    """The camera cannot be opened or stopped giving frames: what to do, in plain words."""


class Camera:
    def __init__(self, source: int | str) -> None:
        self.source = source
        if isinstance(source, str) and not _local(source):
            raise CameraError(
                f"{source!r} is not a local camera: give the camera's number (0, 1, ...) or "
                "its device, in Settings."
            )
        os.environ["OPENCV_FFMPEG_CAPTURE_OPTIONS"] = "protocol_whitelist;file"
        self._capture = cv2.VideoCapture(source)
        if not self._capture.isOpened():
            self._capture.release()
            raise CameraError(
                f"The camera {source!r} cannot be opened: check that it is plugged in and not "
                "used by another program, or choose another camera in Settings."
            )

    def frame(self) -> NDArray[np.uint8]:
        """The next frame as RGB; CameraError when the camera stops giving frames."""
        ok, frame = self._capture.read()
        if not ok or frame is None:
            raise CameraError(
                "The camera stopped giving pictures (unplugged?). Plug it in again and press "
                "Capture, or load the image from a file."
            )
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB), dtype=np.uint8)

    def close(self) -> None:
        self._capture.release()


def _local(source: str) -> bool:
    if re.fullmatch(r"[0-9]{1,2}", source):
        return True
    if "://" in source or source.lower().startswith(("rtsp:", "http:", "https:", "udp:", "tcp:")):
        return False
    return Path(source).is_absolute()  # a device or a file; a missing one cannot be opened

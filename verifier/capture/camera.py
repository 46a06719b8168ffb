"""A camera through OpenCV's VideoCapture (a device index, or a video file standing in for one)."""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray


class CameraError(RuntimeError):
    """The camera cannot be opened or stopped giving frames: what to do, in plain words."""


class Camera:
    def __init__(self, source: int | str) -> None:
        self.source = source
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

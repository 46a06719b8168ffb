"""Image widgets: a zoomable view with feature regions drawn, the comparison aids examiners
expect (brightness, contrast, invert, one channel, blink and difference against the reference),
panes that zoom and pan together, and image conversion helpers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

CHANNELS = ("all", "red", "green", "blue")
MODES = ("side", "blink", "difference")


def pixmap_of(image: NDArray[np.uint8] | Path) -> QPixmap:
    if isinstance(image, Path):
        return QPixmap(str(image))
    rgb = np.ascontiguousarray(image)
    h, w = rgb.shape[:2]
    qimage = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(qimage.copy())


def array_of(pixmap: QPixmap) -> NDArray[np.uint8]:
    """An RGB array of a pixmap (a copy)."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), np.uint8, count=stride * h).reshape(h, stride)
    return data[:, : 3 * w].reshape(h, w, 3).copy()


@dataclass(frozen=True, slots=True)
class Adjust:
    """How the officer wants to see an image: it changes the display, never the evidence."""

    brightness: int = 0  # -100..100
    contrast: int = 0  # -100..100
    invert: bool = False
    channel: str = "all"  # all, red, green, blue

    @property
    def neutral(self) -> bool:
        return self == Adjust()


def adjusted(rgb: NDArray[np.uint8], how: Adjust) -> NDArray[np.uint8]:
    """``rgb`` as ``how`` shows it (one lookup table; a channel shown as grey)."""
    if how.neutral:
        return rgb
    gain = (100 + how.contrast) / 100 if how.contrast <= 0 else 100 / (100 - 0.99 * how.contrast)
    x = np.arange(256, dtype=np.float32)
    lut = (x - 128) * gain + 128 + how.brightness * 1.28
    if how.invert:
        lut = 255 - lut
    table = np.clip(lut, 0, 255).astype(np.uint8)
    if how.channel != "all":
        plane = rgb[:, :, CHANNELS.index(how.channel) - 1]
        return np.repeat(table[plane][:, :, None], 3, axis=2)
    out: NDArray[np.uint8] = table[rgb]
    return out


def difference(capture: NDArray[np.uint8], reference: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """Where capture and reference differ, bright; where they agree, dark (the reference is
    brought to the capture's size and brightness first)."""
    h, w = capture.shape[:2]
    other = np.asarray(
        cv2.resize(reference, (w, h), interpolation=cv2.INTER_AREA)
        if reference.shape[:2] != (h, w)
        else reference,
        dtype=np.float32,
    )
    a = capture.astype(np.float32)
    other *= (a.mean() + 1) / (other.mean() + 1)
    diff = np.abs(a - other)
    scale = 255 / max(float(np.percentile(diff, 99.5)), 1.0)
    out: NDArray[np.uint8] = np.clip(diff * scale, 0, 255).astype(np.uint8)
    return out


class ImagePane(QGraphicsView):
    """One image with rectangles (feature regions); the mouse wheel zooms, dragging pans, and
    linked panes follow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._pixmap: QPixmap | None = None
        self._array: NDArray[np.uint8] | None = None
        self._item: QGraphicsPixmapItem | None = None
        self._focus: QRectF | None = None  # a feature region the officer asked to look at
        self._adjust = Adjust()
        self._shown: NDArray[np.uint8] | None = None  # an overlay in place of the image
        self._partners: list[ImagePane] = []
        self._syncing = False
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(self._moved)

    # -- content ------------------------------------------------------------------------------
    def show_image(
        self, pixmap: QPixmap, regions: list[tuple[QRectF, str, bool]] | None = None
    ) -> None:
        scene = self.scene()
        scene.clear()
        self._pixmap, self._array, self._shown = pixmap, None, None
        self._item = scene.addPixmap(self._display())
        width = max(2.0, pixmap.width() / 300)
        for rect, label, failed in regions or []:
            colour = QColor("#d01020") if failed else QColor("#2060c0")
            item = QGraphicsRectItem(rect)
            pen = QPen(colour, width * (2 if failed else 1))
            pen.setStyle(Qt.PenStyle.SolidLine if failed else Qt.PenStyle.DashLine)
            item.setPen(pen)
            scene.addItem(item)
            text = QGraphicsSimpleTextItem(label)
            font = QFont()
            font.setPixelSize(max(12, int(pixmap.width() / 60)))
            font.setBold(failed)
            text.setFont(font)
            text.setBrush(colour)
            text.setPos(rect.x() + width, rect.y() + width)
            scene.addItem(text)
        scene.setSceneRect(QRectF(pixmap.rect()))
        self._focus = None
        self.fit()

    def clear(self) -> None:
        self.scene().clear()
        self._pixmap, self._array, self._item, self._shown = None, None, None, None
        self._focus = None

    @property
    def array(self) -> NDArray[np.uint8] | None:
        """The image as RGB (computed once)."""
        if self._array is None and self._pixmap is not None:
            self._array = array_of(self._pixmap)
        return self._array

    def set_adjust(self, how: Adjust) -> None:
        self._adjust = how
        self._refresh()

    def show_instead(self, rgb: NDArray[np.uint8] | None) -> None:
        """Show another image in place of this one (blink, difference); None: this one again.
        The regions and the zoom stay."""
        self._shown = rgb
        self._refresh()

    def _display(self) -> QPixmap:
        assert self._pixmap is not None
        if self._shown is not None:
            return pixmap_of(adjusted(self._shown, self._adjust))
        if self._adjust.neutral:
            return self._pixmap
        source = self.array
        assert source is not None
        return pixmap_of(adjusted(source, self._adjust))

    def _refresh(self) -> None:
        if self._item is not None and self._pixmap is not None:
            self._item.setPixmap(self._display())

    # -- zoom and pan -------------------------------------------------------------------------
    def fit(self) -> None:
        """The whole image, or the region the officer asked for (kept when the pane resizes)."""
        if self._pixmap is None:
            return
        if self._focus is not None:
            margin = max(self._focus.width(), self._focus.height()) * 0.4
            area = self._focus.adjusted(-margin, -margin, margin, margin)
            clipped = area.intersected(self.scene().sceneRect())  # never beyond the image
            area = self._focus if clipped.isEmpty() else clipped
        else:
            area = self.scene().sceneRect()
        self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)
        self._moved()

    def zoom_to(self, rect: QRectF | None) -> None:
        """Zoom to a region (None: the whole image)."""
        self._focus = rect
        self.fit()

    @property
    def focus_rect(self) -> QRectF | None:
        return self._focus

    def link(self, other: ImagePane) -> None:
        """Zoom and pan together with ``other`` (both ways)."""
        if other not in self._partners:
            self._partners.append(other)
            other.link(self)

    def _moved(self, _value: int = 0) -> None:
        if self._syncing or self._pixmap is None or not self.isVisible():
            return
        centre = self.mapToScene(self.viewport().rect().center())
        for other in self._partners:
            if other._pixmap is None or other._syncing:
                continue
            other._syncing = True
            try:
                other.setTransform(self.transform())
                other.centerOn(centre)
            finally:
                other._syncing = False

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[arg-type]
        self.fit()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit()

    def wheelEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        delta = event.angleDelta().y()  # type: ignore[attr-defined]
        factor = 1.25 if delta > 0 else 0.8
        self.scale(factor, factor)
        self._moved()

"""Image widgets: a zoomable view with feature regions drawn, and image conversion helpers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)


def pixmap_of(image: NDArray[np.uint8] | Path) -> QPixmap:
    if isinstance(image, Path):
        return QPixmap(str(image))
    rgb = np.ascontiguousarray(image)
    h, w = rgb.shape[:2]
    qimage = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(qimage.copy())


class ImagePane(QGraphicsView):
    """One image with rectangles (feature regions); the mouse wheel zooms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._pixmap: QPixmap | None = None
        self._focus: QRectF | None = None  # a feature region the officer asked to look at

    def show_image(
        self, pixmap: QPixmap, regions: list[tuple[QRectF, str, bool]] | None = None
    ) -> None:
        scene = self.scene()
        scene.clear()
        scene.addPixmap(pixmap)
        self._pixmap = pixmap
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
        self._pixmap = None
        self._focus = None

    def fit(self) -> None:
        """The whole image, or the region the officer asked for (kept when the pane resizes)."""
        if self._pixmap is None:
            return
        if self._focus is not None:
            margin = max(self._focus.width(), self._focus.height()) * 0.4
            area = self._focus.adjusted(-margin, -margin, margin, margin)
        else:
            area = self.scene().sceneRect()
        self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom_to(self, rect: QRectF | None) -> None:
        """Zoom to a region (None: the whole image)."""
        self._focus = rect
        self.fit()

    @property
    def focus_rect(self) -> QRectF | None:
        return self._focus

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit()

    def wheelEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        delta = event.angleDelta().y()  # type: ignore[attr-defined]
        factor = 1.25 if delta > 0 else 0.8
        self.scale(factor, factor)

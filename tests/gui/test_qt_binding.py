"""The Qt binding itself, as a long shift uses it. PySide6 6.12.0 on Python 3.11 dropped a
reference to None whenever a Qt value converted to None (a combo box's "any" item, a tree
item's empty data): a few thousand searches later the application died with "Fatal Python
error: deallocating None". pyproject.toml keeps that version out; this test keeps it out."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot


def test_values_that_convert_to_none_keep_none_alive(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("any verdict", None)
    item = QTreeWidgetItem(["a group"])
    before = sys.getrefcount(None)
    for _ in range(200):
        assert combo.currentData() is None
        assert item.data(0, Qt.ItemDataRole.UserRole) is None
    # other threads may hold or drop a few references meanwhile; 400 lost ones are the bug
    assert sys.getrefcount(None) - before > -50

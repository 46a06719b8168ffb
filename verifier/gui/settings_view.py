"""Settings (administrators): hot folder, camera, retention, point of entry, language, theme,
and officer accounts. Every change is in the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from verifier.gui.context import AppContext
from verifier.gui.dialogs import ROLE_WORDS, THEME_WORDS, words
from verifier.gui.resources import LANGUAGES, THEMES, child, load_form
from verifier.store.db import StoreError
from verifier.store.models import ROLES, Officer
from verifier.store.officers import AccountError
from verifier.store.settings import SPECS, SettingError


class SettingsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = load_form("settings", self)  # designed in Qt Designer: ui/settings.ui
        self.hot_folder = child(form, QLineEdit, "hotFolder")
        child(form, QPushButton, "browse").clicked.connect(self._browse)
        self.camera = child(form, QLineEdit, "camera")
        self.retention = child(form, QSpinBox, "retention")
        self.point_of_entry = child(form, QLineEdit, "pointOfEntry")
        self.workstation = child(form, QLineEdit, "workstation")
        self.face_match = child(form, QDoubleSpinBox, "faceMatch")
        self.face_no_match = child(form, QDoubleSpinBox, "faceNoMatch")
        for box, key in ((self.face_match, "face_match_threshold"),
                         (self.face_no_match, "face_no_match_threshold")):  # fmt: skip
            box.setRange(SPECS[key].low or 0.0, SPECS[key].high or 1.0)
        self.retention.setRange(
            int(SPECS["retention_days"].low or 1), int(SPECS["retention_days"].high or 3650)
        )
        self.language = child(form, QComboBox, "language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.theme = child(form, QComboBox, "theme")
        for name in THEMES:
            self.theme.addItem(words(name, THEME_WORDS), name)
        self.save_button = child(form, QPushButton, "save")
        self.status = child(form, QLabel, "status")
        layout = QHBoxLayout(self)
        layout.addWidget(form, 3)
        layout.addLayout(self._accounts(), 2)
        self.save_button.clicked.connect(self.save)
        self.load()

    def _accounts(self) -> QVBoxLayout:
        users = QVBoxLayout()
        self.users = QListWidget()
        add = QFormLayout()
        self.new_user, self.new_name, self.new_password = QLineEdit(), QLineEdit(), QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_role = QComboBox()
        for role in ROLES:
            self.new_role.addItem(words(role, ROLE_WORDS), role)
        add.addRow(self.tr("User name"), self.new_user)
        add.addRow(self.tr("Full name"), self.new_name)
        add.addRow(self.tr("Password"), self.new_password)
        add.addRow(self.tr("Role"), self.new_role)
        self.add_button = QPushButton(self.tr("&Add account"))
        users.addWidget(QLabel(self.tr("Officer accounts")))
        users.addWidget(self.users, 1)
        users.addLayout(add)
        users.addWidget(self.add_button)
        self.add_button.clicked.connect(self.add_user)
        return users

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Hot folder"))
        if folder:
            self.hot_folder.setText(folder)

    def load(self) -> None:
        c = self.ctx
        self.hot_folder.setText(str(c.setting("hot_folder")))
        self.camera.setText(str(c.setting("camera")))
        self.retention.setValue(int(c.setting("retention_days")))
        self.point_of_entry.setText(str(c.setting("point_of_entry")))
        self.workstation.setText(str(c.setting("workstation_name")))
        self.face_match.setValue(float(c.setting("face_match_threshold")))
        self.face_no_match.setValue(float(c.setting("face_no_match_threshold")))
        self.language.setCurrentIndex(max(0, self.language.findData(c.setting("language"))))
        self.theme.setCurrentIndex(max(0, self.theme.findData(c.setting("theme"))))
        self.users.clear()
        with c.station.db.session() as s:
            for o in s.scalars(select(Officer).order_by(Officer.username)):
                role = words(o.role, ROLE_WORDS)
                self.users.addItem(f"{o.username} ({role}) — {o.display_name}")

    def save(self) -> None:
        values = {
            "hot_folder": self.hot_folder.text().strip(),
            "camera": self.camera.text().strip() or "0",
            "retention_days": self.retention.value(),
            "point_of_entry": self.point_of_entry.text().strip(),
            "workstation_name": self.workstation.text().strip(),
            "face_match_threshold": round(self.face_match.value(), 3),
            "face_no_match_threshold": round(self.face_no_match.value(), 3),
            "language": self.language.currentData(),
            "theme": self.theme.currentData(),
        }
        if values["face_no_match_threshold"] > values["face_match_threshold"]:
            self.status.setText(self.tr("The no-match limit must not be above the match limit."))
            return
        try:
            self.ctx.set_settings(values)  # all checked first: all saved, or none
        except (SettingError, StoreError) as exc:
            self.status.setText(str(exc))
            return
        self.ctx.reload_library()  # the next inspection uses the new thresholds
        self.status.setText(self.tr("Settings saved."))

    def add_user(self) -> None:
        try:  # through the station: the new account receives the signing key
            self.ctx.station.add_officer(
                self.new_user.text(),
                self.new_password.text(),
                str(self.new_role.currentData()),
                self.new_name.text(),
                by=self.ctx.officer,
            )
        except (AccountError, StoreError) as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("Account {0} created.").format(self.new_user.text()))
        for field in (self.new_user, self.new_name, self.new_password):
            field.clear()
        self.load()

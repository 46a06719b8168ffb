"""Settings (administrators): hot folder, camera, retention, point of entry, language, theme,
officer accounts, and the next contribution bundle for the regional hub (verifier/station/
share.py). Every change is in the audit log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from verifier.gui.context import AppContext
from verifier.gui.dialogs import ROLE_WORDS, THEME_WORDS, words
from verifier.gui.resources import LANGUAGES, THEMES, apply_theme, child, load_form
from verifier.reports.signing import SigningKeyError
from verifier.station.share import export_next
from verifier.store.db import StoreError
from verifier.store.officers import AccountError
from verifier.store.settings import SPECS, SettingError
from verifier.store.tables import ROLES


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
        right = self._accounts()
        right.addLayout(self._hub())
        layout.addLayout(right, 2)
        self.save_button.clicked.connect(self.save)
        self.load()

    def _accounts(self) -> QVBoxLayout:
        self.accounts: dict[int, tuple[str, str]] = {}  # id -> (role, state)
        users = QVBoxLayout()
        self.users = QListWidget()
        manage = QHBoxLayout()
        self.active_button = QPushButton(self.tr("&Disable"))
        self.reset_button = QPushButton(self.tr("Reset &password…"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(words(role, ROLE_WORDS), role)
        self.role_button = QPushButton(self.tr("Change &role"))
        for widget in (self.active_button, self.reset_button, self.unlock_button, self.role,
                       self.role_button):  # fmt: skip
            manage.addWidget(widget)
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
        users.addLayout(manage)
        users.addLayout(add)
        users.addWidget(self.add_button)
        self.add_button.clicked.connect(self.add_user)
        self.users.currentRowChanged.connect(lambda _row: self._chosen())
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(lambda: self.reset_password())  # noqa: PLW0108 - not `checked`
        self.unlock_button.clicked.connect(self.unlock)
        self.role_button.clicked.connect(self.change_role)
        return users

    def _hub(self) -> QVBoxLayout:
        box = QVBoxLayout()
        title = QLabel(self.tr("Regional hub"))
        title.setObjectName("heading")
        explain = QLabel(
            self.tr(
                "The next bundle of non-personal counts (inspections, verdicts, decisions, "
                "failed checks, usage) for the regional hub, signed by this workstation. It "
                "travels as a file: a USB stick, a shared folder."
            )
        )
        explain.setWordWrap(True)
        self.share_button = QPushButton(self.tr("E&xport the next bundle for the hub…"))
        self.share_status = QLabel()
        self.share_status.setWordWrap(True)
        self.share_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (title, explain, self.share_button, self.share_status):
            box.addWidget(widget)
        self.share_button.clicked.connect(lambda: self.export_bundle())  # noqa: PLW0108
        return box

    def export_bundle(self, folder: Path | None = None) -> None:
        """Write the next bundle into ``folder`` (asked for when not given)."""
        if folder is None:
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Where to write the bundle (a USB stick, a shared folder)")
            )
            if not name:
                return
            folder = Path(name)
        officer = self.ctx.officer.id if self.ctx.officer else None
        chosen = folder
        self.share_button.setEnabled(False)
        self.share_status.setText(self.tr("Making the bundle…"))
        self.ctx.runner.run(
            lambda: export_next(self.ctx.station, chosen, officer),
            self._exported,
            self._export_failed,
            expected=(OSError, ValueError, StoreError, SigningKeyError),
            lane="store",
        )

    def _exported(self, path: Path | None) -> None:
        self.share_button.setEnabled(True)
        if path is None:
            self.share_status.setText(self.tr("Nothing new to send since the last bundle."))
        else:
            self.share_status.setText(self.tr("Bundle written: {0}").format(path))

    def _export_failed(self, exc: BaseException) -> None:
        self.share_button.setEnabled(True)
        self.share_status.setText(self.tr("The bundle could not be written: {0}").format(exc))

    # -- accounts ----------------------------------------------------------------------------
    def _load_users(self) -> None:
        chosen = self.chosen_id()
        self.users.clear()
        states = {
            "disabled": self.tr("disabled"),
            "locked": self.tr("locked"),
            "must_change_password": self.tr("must choose a new password"),
            "active": "",
        }
        self.accounts = {}
        for account in self.ctx.station.accounts():
            role = words(account.role, ROLE_WORDS)
            text = f"{account.username} ({role}) — {account.name}"
            state = states[account.state]
            item = QListWidgetItem(text + (f" · {state}" if state else ""))
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            self.users.addItem(item)
            self.accounts[account.id] = (account.role, account.state)
            if account.id == chosen:
                self.users.setCurrentItem(item)
        self._chosen()

    def chosen_id(self) -> int | None:
        item = self.users.currentItem() if self.users.count() else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def choose(self, username: str) -> None:
        """Select an account by user name (keyboard users type in the list; tests call this)."""
        for i in range(self.users.count()):
            if self.users.item(i).text().startswith(f"{username} ("):
                self.users.setCurrentRow(i)

    def _chosen(self) -> None:
        officer = self.chosen_id()
        role, state = self.accounts.get(officer, ("", "")) if officer else ("", "")
        for widget in (self.active_button, self.reset_button, self.role, self.role_button):
            widget.setEnabled(officer is not None)
        self.unlock_button.setEnabled(state == "locked")
        self.active_button.setText(
            self.tr("&Enable") if state == "disabled" else self.tr("&Disable")
        )
        if role:
            self.role.setCurrentIndex(self.role.findData(role))

    def _manage(self, action: Callable[[int], None], done: str) -> None:
        officer = self.chosen_id()
        if officer is None:
            return
        try:
            action(officer)
        except (AccountError, StoreError, SigningKeyError) as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(done)
        self._load_users()

    def toggle_active(self) -> None:
        officer = self.chosen_id()
        enable = officer is not None and self.accounts[officer][1] == "disabled"
        self._manage(
            lambda o: self.ctx.station.set_active(o, enable, by=self.ctx.officer),
            self.tr("Account enabled.") if enable else self.tr("Account disabled: it can no "
                                                             "longer sign in; its reports stay."),
        )  # fmt: skip

    def unlock(self) -> None:
        self._manage(
            lambda o: self.ctx.station.unlock_account(o, by=self.ctx.officer),
            self.tr("Account unlocked."),
        )

    def change_role(self) -> None:
        role = str(self.role.currentData())
        self._manage(
            lambda o: self.ctx.station.set_role(o, role, by=self.ctx.officer),
            self.tr("Role changed to {0}.").format(words(role, ROLE_WORDS)),
        )

    def reset_password(self, temporary: str | None = None) -> None:
        """A temporary password for an officer who forgot theirs (``temporary`` stands in for
        the dialog in tests); the officer chooses a new one at the next sign-in."""
        if temporary is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Reset the password"),
                self.tr("A temporary password (at least 10 characters). Give it to the officer "
                        "in person: they choose their own at the next sign-in."),
                QLineEdit.EchoMode.Password,
            )  # fmt: skip
            if not ok:
                return
            temporary = text
        self._manage(
            lambda o: self.ctx.station.reset_password(o, temporary, by=self.ctx.officer),
            self.tr("Password reset: the officer chooses a new one at the next sign-in."),
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Hot folder"))
        if folder:
            self.hot_folder.setText(folder)

    def load(self) -> None:
        c = self.ctx
        self.hot_folder.setText(c.setting("hot_folder"))
        self.camera.setText(c.setting("camera"))
        self.retention.setValue(c.setting("retention_days"))
        self.point_of_entry.setText(c.setting("point_of_entry"))
        self.workstation.setText(c.setting("workstation_name"))
        self.face_match.setValue(c.setting("face_match_threshold"))
        self.face_no_match.setValue(c.setting("face_no_match_threshold"))
        self._language = c.setting("language")
        self.language.setCurrentIndex(max(0, self.language.findData(self._language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(c.setting("theme"))))
        self._load_users()

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
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, str(values["theme"]))  # at once
        if values["language"] != self._language:
            self.status.setText(self.tr("Settings saved. The language changes at the next "
                                        "sign-in (sign out: Ctrl+Shift+Q)."))  # fmt: skip
        else:
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

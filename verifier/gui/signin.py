"""Sign-in, and on the first run the creation of the administrator account."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from verifier.gui.context import AppContext
from verifier.gui.resources import child, icon, load_form
from verifier.reports.signing import SigningKeyError
from verifier.store.db import StoreError
from verifier.store.officers import AccountError, SignedIn


class SignInDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowIcon(icon("verifier"))
        self.form = load_form("signin", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setWindowTitle(self.tr("Verifier — sign in"))
        self.username = child(self.form, QLineEdit, "username")
        self.display_name = child(self.form, QLineEdit, "displayName")
        self.password = child(self.form, QLineEdit, "password")
        self.repeat = child(self.form, QLineEdit, "repeat")
        self.error = child(self.form, QLabel, "error")
        self.submit = child(self.form, QPushButton, "submit")
        self.creating = ctx.station.first_run()
        title, intro = child(self.form, QLabel, "title"), child(self.form, QLabel, "intro")
        if self.creating:
            title.setText(self.tr("Welcome to Verifier"))
            intro.setText(
                self.tr(
                    "First start on this workstation: create the administrator account. "
                    "The workstation's signing key is created with it."
                )
            )
            self.submit.setText(self.tr("Create the administrator"))
        else:
            for name in ("displayName", "displayNameLabel", "repeat", "repeatLabel"):
                child(self.form, QWidget, name).hide()
        self.submit.clicked.connect(self.accept_input)
        self.username.setFocus()
        self.changing: tuple[SignedIn, str] | None = None  # after a reset: who, and the old one

    def _ask_new_password(self, officer: SignedIn, temporary: str) -> None:
        """An administrator reset this password: the officer chooses their own now."""
        self.changing = (officer, temporary)
        child(self.form, QLabel, "title").setText(self.tr("Choose your password"))
        child(self.form, QLabel, "intro").setText(
            self.tr(
                "An administrator reset your password. Choose your own (at least 10 "
                "characters); the temporary one stops working."
            )
        )
        for name in ("repeat", "repeatLabel"):
            child(self.form, QWidget, name).show()
        self.username.setEnabled(False)
        self.submit.setText(self.tr("Set my password"))
        self.error.clear()
        self.password.clear()
        self.repeat.clear()
        self.password.setFocus()

    def accept_input(self) -> None:
        if self.changing is not None:
            self._change_password(*self.changing)
            return
        try:
            if self.creating:
                if self.password.text() != self.repeat.text():
                    raise AccountError(self.tr("The two passwords differ."))
                self.ctx.station.create_administrator(
                    self.username.text(), self.password.text(), self.display_name.text()
                )
            # the password also unlocks the workstation's signing key (made on the first start)
            officer = self.ctx.station.sign_in(self.username.text(), self.password.text())
        except (AccountError, StoreError, SigningKeyError) as exc:
            self.error.setText(str(exc))
            self.password.clear()
            self.repeat.clear()
            self.password.setFocus()
            return
        if officer.must_change_password:
            self._ask_new_password(officer, self.password.text())
            return
        self.ctx.officer = officer
        self.accept()

    def _change_password(self, officer: SignedIn, temporary: str) -> None:
        try:
            if self.password.text() != self.repeat.text():
                raise AccountError(self.tr("The two passwords differ."))
            changed = self.ctx.station.change_password(officer, temporary, self.password.text())
        except (AccountError, StoreError) as exc:
            self.error.setText(str(exc))
            self.password.clear()
            self.repeat.clear()
            self.password.setFocus()
            return
        self.ctx.officer = changed
        self.accept()

"""The application: wiring in one place (settings, store, runner, theme, translation), the main
window with its screens, and ``verifier gui``."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import verifier
from verifier import __version__
from verifier.gui.context import AppContext
from verifier.gui.history import HistoryView
from verifier.gui.inspection import InspectionView
from verifier.gui.library import LibraryView
from verifier.gui.resources import apply_theme, icon, install_translation
from verifier.gui.runner import Runner, ThreadRunner, report_fault
from verifier.gui.settings_view import SettingsView
from verifier.gui.signin import SignInDialog
from verifier.gui.training import TrainingView
from verifier.inspection.errors import INSPECTION_ERRORS
from verifier.reports.book import Decision
from verifier.reports.signing import SigningKeyError
from verifier.settings import Settings, restrict_new_files
from verifier.station.health import check_installation
from verifier.station.share import STARTED
from verifier.station.workstation import Workstation
from verifier.store.db import StoreError
from verifier.store.officers import AccountError

INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
         QEvent.Type.Wheel}  # fmt: skip


class LockPanel(QWidget):
    """Shown in place of the screens after a time without use: the officer's password opens
    it again (audited like a sign-in); anyone may sign out instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock")
        outer = QHBoxLayout(self)
        box = QWidget()
        box.setMaximumWidth(520)
        outer.addStretch(1)
        outer.addWidget(box, 2)
        outer.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(self.tr("&Sign out"))
        self.error = QLabel()
        self.error.setObjectName("message")
        self.error.setProperty("kind", "error")
        for widget in (self.title, self.password, self.unlock_button, self.sign_out_button,
                       self.error):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch(2)
        self.password.returnPressed.connect(self.unlock_button.click)


class MainWindow(QMainWindow):
    signed_out = Signal()  # the officer signed out: the application asks who signs in next

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:  # noqa: PLR0915
        super().__init__(parent)
        self.ctx = ctx
        self.locked = False
        self.setWindowTitle(self.tr("Verifier — secondary inspection"))
        self.setWindowIcon(icon("verifier"))
        self.tabs = QTabWidget()
        self.inspection = InspectionView(ctx)
        self.history = HistoryView(ctx)
        self.library = LibraryView(ctx)
        self.tabs.addTab(self.inspection, self.tr("Inspection (F2)"))
        self.tabs.addTab(self.history, self.tr("History (F3)"))
        self.tabs.addTab(self.library, self.tr("Reference library (F4)"))
        self.training = TrainingView(ctx)
        self.tabs.addTab(self.training, self.tr("Training (F7)"))
        self.settings_view: SettingsView | None = None
        if ctx.is_admin:
            self.settings_view = SettingsView(ctx)
            self.tabs.addTab(self.settings_view, self.tr("Settings (F6)"))
        self.lock_panel = LockPanel()
        self.screens = QStackedWidget()
        self.screens.addWidget(self.tabs)
        self.screens.addWidget(self.lock_panel)
        self.setCentralWidget(self.screens)
        self.lock_panel.unlock_button.clicked.connect(self.unlock)
        self.lock_panel.sign_out_button.clicked.connect(self._sign_out_while_locked)
        minutes = self.idle_minutes = ctx.setting("idle_lock_minutes")
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(max(1, minutes) * 60_000)
        self.idle.timeout.connect(self.lock_screen)
        if minutes:
            self.idle.start()
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)

        for key, index in (("F2", 0), ("F3", 1), ("F4", 2), ("F7", 3), ("F6", 4)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda i=index: self._go(i))
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self).activated.connect(self.sign_out)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self).activated.connect(self.lock_screen)
        self.inspection.saved.connect(lambda _seq: self.history.search())
        self.training.exam_running.connect(self._exam)
        self._in_exam = False
        self.last_fault: QMessageBox | None = None
        if isinstance(ctx.runner, ThreadRunner):  # faults in background work: said here
            ctx.runner.unexpected = self.fault
        # Load the models and reference features now, off the GUI thread: creating the
        # onnxruntime sessions holds Python's lock for ~0.1 s, better before the first document.
        ctx.runner.run(
            ctx.inspector,
            lambda _inspector: None,
            lambda exc: self.statusBar().showMessage(str(exc)),
            expected=(*INSPECTION_ERRORS, OSError),
        )
        officer = ctx.officer
        who = f"{officer.display_name} ({officer.role})" if officer else "-"
        self.statusBar().addWidget(QLabel(self.tr("Signed in: {0}").format(who)))
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Library: {0} · Verifier {1}").format(ctx.library.name, __version__))
        )
        sign_out = QPushButton(self.tr("Sign out (Ctrl+Shift+Q)"))
        sign_out.setFlat(True)
        sign_out.clicked.connect(self.sign_out)
        self.statusBar().addPermanentWidget(sign_out)
        self.statusBar().setSizeGripEnabled(True)
        self.tabs.currentChanged.connect(self._focus_page)
        self._may_close = False
        self.resize(1360, 760)

    def _exam(self, running: bool) -> None:
        """While a test runs the trainee sees the test only: no inspection, history, library,
        samples or settings (their pages are hidden and disabled, their keys do nothing)."""
        self._in_exam = running
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page is not self.training:
                self.tabs.setTabVisible(index, not running)
                page.setEnabled(not running)
        if running:
            self.tabs.setCurrentWidget(self.training)

    def _go(self, index: int) -> None:
        if self._in_exam:
            return
        if index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            if index == 1:
                self.history.search()

    def _focus_page(self, _index: int = 0) -> None:
        """Keyboard focus into the page shown, so its shortcuts work at once (no Tab first)."""
        page = self.tabs.currentWidget()
        if page is self.inspection:
            self.inspection.open_button.setFocus()
        elif page is not None:
            page.setFocus()
            page.focusNextChild()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[arg-type]
        QTimer.singleShot(0, self._focus_if_nowhere)

    def _focus_if_nowhere(self) -> None:
        """After sign-in nothing has the focus yet; a field the officer already chose keeps it."""
        if self.focusWidget() in (None, self.tabs.tabBar()):
            self._focus_page()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """An inspection awaiting its decision is never lost by closing the window."""
        if not self._may_close and not self.training.leave():
            event.ignore()  # the trainee stays in the test
            return
        if self._may_close or not self.inspection.undecided:
            self._stop_watching()
            event.accept()
            return
        event.ignore()
        self.inspection.leave(self._close_now)

    def _close_now(self) -> None:
        self._may_close = True
        self.close()

    def _stop_watching(self) -> None:
        """A window closed or signed out stops its idle clock and no longer sees every event
        of the application (its filter would otherwise run until the window is deleted)."""
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # -- signing out, switching user, locking -------------------------------------------------
    def fault(self, exc: BaseException) -> None:
        """A fault in Verifier during background work (the runner's exception policy): said
        plainly, without the exception's message (it may quote the document), and written to
        standard error for whoever maintains the workstation. The view that started the work
        has already said it was not done; nothing saved is touched."""
        report_fault(exc)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Internal error"),
            self.tr(
                "Verifier met an internal error ({0}); the work was not done. Reports already "
                "saved are safe. Try again; if it happens again, note the time and tell your "
                "administrator."
            ).format(type(exc).__name__),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)  # the officer can go on working
        box.show()
        self.last_fault = box

    def sign_out(self) -> None:
        """Sign out without closing the application (another officer signs in next): a test
        asks first, an undecided inspection is decided or recorded first."""
        if self.locked:
            self._sign_out_while_locked()
            return
        if not self.training.leave():
            return
        self.inspection.leave(self._signed_out_now)

    def _signed_out_now(self) -> None:
        officer = self.ctx.officer
        if officer is not None:
            self.ctx.station.audit("sign_out", officer.id, {})
        self.ctx.station.lock()  # the signing key is forgotten
        self.ctx.officer = None
        self._stop_watching()
        self._may_close = True
        self.signed_out.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.idle_minutes and not self.locked and event.type() in INPUT:
            self.idle.start()  # in use: the clock starts again
        return False

    def lock_screen(self) -> None:
        """The screens are hidden until the officer's password is given again; what was on
        them (an inspection awaiting its decision, a test) stays as it was."""
        officer = self.ctx.officer
        if officer is None or self.locked:
            return
        self.locked = True
        self.idle.stop()
        self.lock_panel.title.setText(
            self.tr("Locked. {0}, enter your password to continue.").format(
                officer.display_name or officer.username
            )
        )
        self.lock_panel.error.clear()
        self.lock_panel.password.clear()
        self.screens.setCurrentWidget(self.lock_panel)
        self.lock_panel.password.setFocus()
        self.ctx.station.audit("screen_locked", officer.id, {})

    def unlock(self, password: str | None = None) -> bool:
        officer = self.ctx.officer
        if officer is None:
            return False
        given = self.lock_panel.password.text() if password is None else password
        try:
            self.ctx.station.sign_in(officer.username, given)  # audited, lockout counts
        except (AccountError, StoreError, SigningKeyError) as exc:
            self.lock_panel.error.setText(str(exc))
            self.lock_panel.password.clear()
            return False
        self.locked = False
        self.lock_panel.password.clear()
        self.screens.setCurrentWidget(self.tabs)
        self._focus_page()
        if self.idle_minutes:
            self.idle.start()
        return True

    def _sign_out_while_locked(self) -> None:
        """Someone else needs the workstation: what the absent officer left is recorded, not
        lost (an undecided inspection as not decided, a test as abandoned)."""
        self.locked = False
        if self.training.attempt_id is not None:
            self.training.finish("abandoned" if self.training.in_exam else "finished")
        if self.inspection.undecided:
            self.inspection._save(
                Decision.NOT_DECIDED,
                self.tr(
                    "Left undecided: the workstation locked after a time without use and "
                    "was signed out."
                ),
                self._signed_out_now,
            )
            return
        self._signed_out_now()


def show_fitted(window: QMainWindow) -> None:
    """Maximised on a small screen (a 1366 x 768 laptop), a comfortable size otherwise."""
    screen = window.screen().availableGeometry()
    if screen.width() < 1600 or screen.height() < 900:
        window.showMaximized()
    else:
        window.resize(min(1600, screen.width() - 80), min(1000, screen.height() - 80))
        window.show()


def build(
    settings: Settings, runner: Runner | None = None, today: dt.date | None = None
) -> AppContext:
    """Opens the store (StoreError/SigningKeyError with what to do) and wires the context; the
    start-up is an audit entry (the usage statistics the regional hub receives count them)."""
    station = Workstation.open(settings)
    station.audit(STARTED, None, {"version": verifier.__version__})
    return AppContext(settings, station, runner or ThreadRunner(), today=today)


def run(argv: list[str] | None = None, *, demo: bool = False) -> int:  # noqa: PLR0915
    restrict_new_files()
    app = QApplication.instance() or QApplication(argv or sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Verifier")
    app.setWindowIcon(icon("verifier"))
    settings = Settings.from_env()
    try:
        ctx = build(settings, today=dt.date(2026, 11, 28) if demo else None)
    except (StoreError, SigningKeyError) as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Verifier", str(exc))
        return 2
    problems = [f for f in check_installation(settings) if not f.ok]
    if problems:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            None,
            "Verifier",
            "This installation is not complete; inspections may fail:\n\n"
            + "\n".join(f"- {f.part}: {f.detail}" for f in problems),
        )
    apply_theme(app, ctx.setting("theme"))
    translator = install_translation(app, ctx.setting("language"))
    dialog = SignInDialog(ctx)
    if dialog.exec() != SignInDialog.DialogCode.Accepted:
        return 0
    windows: list[MainWindow] = []

    def open_window() -> MainWindow:
        window = MainWindow(ctx)
        window.signed_out.connect(lambda: switch(window))
        windows.append(window)
        show_fitted(window)
        window.setWindowState(window.windowState() | Qt.WindowState.WindowActive)
        window.activateWindow()
        return window

    def switch(old: MainWindow) -> None:
        """Signed out: the window goes, the next officer signs in (the settings' language and
        theme as they are now), or the application ends."""
        nonlocal translator
        old.hide()
        if translator is not None:
            app.removeTranslator(translator)
        apply_theme(app, ctx.setting("theme"))
        translator = install_translation(app, ctx.setting("language"))
        following = SignInDialog(ctx)
        accepted = following.exec() == SignInDialog.DialogCode.Accepted
        if accepted:
            open_window()  # first: the application ends when its last window closes
        old.close()
        windows.remove(old)
        old.deleteLater()
        if not accepted:
            app.quit()

    window = open_window()
    if demo and settings.bundled_samples.is_dir():
        first = sorted(p for p in settings.bundled_samples.iterdir() if p.is_dir())
        if first:
            window.inspection.load_folder(first[0])
    code = app.exec()
    ctx.runner.wait()
    ctx.station.close()
    return int(code)


def main() -> int:  # pragma: no cover - the `verifier-gui` entry point
    return run(sys.argv, demo="--demo" in sys.argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

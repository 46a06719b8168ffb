"""The application: wiring in one place (settings, store, runner, theme, translation), the main
window with its screens, and ``verifier gui``."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

from verifier import __version__
from verifier.gui.context import AppContext
from verifier.gui.history import HistoryView
from verifier.gui.inspection import InspectionView
from verifier.gui.library import LibraryView
from verifier.gui.resources import apply_theme, icon, install_translation
from verifier.gui.runner import Runner, ThreadRunner
from verifier.gui.settings_view import SettingsView
from verifier.gui.signin import SignInDialog
from verifier.gui.training import TrainingView
from verifier.health import check_installation
from verifier.reports.signing import SigningKeyError
from verifier.reports.workstation import Workstation
from verifier.settings import Settings, restrict_new_files
from verifier.store.db import StoreError


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
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
        self.setCentralWidget(self.tabs)
        for key, index in (("F2", 0), ("F3", 1), ("F4", 2), ("F7", 3), ("F6", 4)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda i=index: self._go(i))
        self.inspection.saved.connect(lambda _seq: self.history.search())
        self.training.exam_running.connect(self._exam)
        self._in_exam = False
        # Load the models and reference features now, off the GUI thread: creating the
        # onnxruntime sessions holds Python's lock for ~0.1 s, better before the first document.
        ctx.runner.run(
            ctx.inspector,
            lambda _inspector: None,
            lambda exc: self.statusBar().showMessage(str(exc)),
        )
        officer = ctx.officer
        who = f"{officer.display_name} ({officer.role})" if officer else "-"
        self.statusBar().addWidget(QLabel(self.tr("Signed in: {0}").format(who)))
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Library: {0} · Verifier {1}").format(ctx.library.name, __version__))
        )
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
            event.accept()
            return
        event.ignore()
        self.inspection.leave(self._close_now)

    def _close_now(self) -> None:
        self._may_close = True
        self.close()


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
    """Opens the store (StoreError/SigningKeyError with what to do) and wires the context."""
    station = Workstation.open(settings)
    return AppContext(settings, station, runner or ThreadRunner(), today=today)


def run(argv: list[str] | None = None, *, demo: bool = False) -> int:
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
    apply_theme(app, str(ctx.setting("theme")))
    install_translation(app, str(ctx.setting("language")))
    dialog = SignInDialog(ctx)
    if dialog.exec() != SignInDialog.DialogCode.Accepted:
        return 0
    window = MainWindow(ctx)
    show_fitted(window)
    window.setWindowState(window.windowState() | Qt.WindowState.WindowActive)
    window.activateWindow()
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

"""A shared workstation run by its administrator, through the real widgets: accounts disabled,
enabled, unlocked, given another role or a new password (chosen by the officer at sign-in);
signing out and in as someone else without closing the application; the screen locking after
a time without use; settings that apply at once or say when they will."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSWORD, SAMPLES, signed_in
from verifier.gui.app import MainWindow
from verifier.gui.context import AppContext
from verifier.gui.signin import SignInDialog
from verifier.store.audit import events
from verifier.store.officers import MAX_FAILURES, AccountError

NEW = "ana's own passphrase"


def settings_with_ana(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    window = signed_in(ctx, qtbot)
    settings = window.settings_view
    assert settings is not None
    settings.new_user.setText("ana")
    settings.new_name.setText("Ana Officer")
    settings.new_password.setText(PASSWORD)
    settings.add_user()
    settings.choose("ana")
    return window


def sign_in_dialog(ctx: AppContext, qtbot: QtBot, user: str, password: str) -> SignInDialog:
    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.username.setText(user)
    dialog.password.setText(password)
    dialog.submit.click()
    return dialog


def test_an_administrator_disables_enables_and_changes_a_role(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = settings_with_ana(ctx, qtbot)
    settings = window.settings_view
    assert settings is not None
    assert settings.active_button.text() == "&Disable" and not settings.unlock_button.isEnabled()
    settings.toggle_active()
    assert (
        "disabled" in settings.status.text() and "disabled" in settings.users.currentItem().text()
    )
    assert settings.active_button.text() == "&Enable"
    dialog = sign_in_dialog(ctx, qtbot, "ana", PASSWORD)
    assert "wrong" in dialog.error.text()
    settings.toggle_active()
    settings.role.setCurrentIndex(settings.role.findData("trainer"))
    settings.change_role()
    assert "Role changed to Trainer" in settings.status.text()
    assert "(Trainer)" in settings.users.currentItem().text()
    settings.choose("chief")
    settings.role.setCurrentIndex(settings.role.findData("officer"))
    settings.change_role()  # the last administrator
    assert "at least one administrator" in settings.status.text()
    with ctx.station.db.session() as s:
        done = [e.action for e in events(s)]
    assert {"officer_disabled", "officer_enabled", "officer_role_changed"} <= set(done)


def test_a_locked_out_officer_is_unlocked_and_a_reset_password_is_replaced_at_sign_in(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = settings_with_ana(ctx, qtbot)
    settings = window.settings_view
    assert settings is not None
    for _ in range(MAX_FAILURES):
        sign_in_dialog(ctx, qtbot, "ana", "not the password")
    ctx.station.sign_in("chief", PASSWORD)  # the administrator's session holds the key again
    ctx.officer = ctx.station.sign_in("chief", PASSWORD)
    settings.load()
    settings.choose("ana")
    assert "locked" in settings.users.currentItem().text() and settings.unlock_button.isEnabled()
    settings.unlock()
    assert "unlocked" in settings.status.text()
    settings.reset_password("temporary 123456")
    assert "chooses a new one" in settings.status.text()
    dialog = sign_in_dialog(ctx, qtbot, "ana", "temporary 123456")
    assert dialog.changing is not None and dialog.result() != SignInDialog.DialogCode.Accepted
    assert dialog.repeat.isVisibleTo(dialog) and "Choose your password" in dialog.windowTitle() + \
        dialog.findChild(type(dialog.error), "title").text()  # fmt: skip
    dialog.password.setText(NEW)
    dialog.repeat.setText(NEW + "x")
    dialog.submit.click()
    assert "differ" in dialog.error.text()
    dialog.password.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.submit.click()
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert ctx.officer is not None and ctx.officer.username == "ana"
    assert not ctx.officer.must_change_password and ctx.station.key is not None
    try:
        ctx.station.sign_in("ana", "temporary 123456")
        raise AssertionError("the temporary password still works")
    except AccountError:
        pass


def test_signing_out_and_in_as_another_officer_and_the_idle_lock(
    ctx: AppContext, qtbot: QtBot, modal_dialogs: list[str]
) -> None:
    window = settings_with_ana(ctx, qtbot)
    window.show()
    view = window.inspection
    view.load_folder(SAMPLES / "uto-p-2020-genuine")
    view.inspect()
    signed_out: list[bool] = []
    window.signed_out.connect(lambda: signed_out.append(True))
    window.sign_out()  # an undecided inspection: asked, and the officer stays
    assert modal_dialogs == ["No decision yet"] and not signed_out and ctx.officer is not None
    window.lock_screen()  # locked (e.g. after the idle time): the inspection stays as it was
    assert window.locked and window.screens.currentWidget() is window.lock_panel
    assert "Chief Inspector" in window.lock_panel.title.text()
    assert not window.unlock("wrong password!") and "wrong" in window.lock_panel.error.text()
    assert window.unlock(PASSWORD) and not window.locked and view.result is not None
    window.lock_screen()
    window.lock_panel.sign_out_button.click()  # someone else needs the workstation
    assert signed_out == [True] and ctx.officer is None and ctx.station.key is None
    report = ctx.station.book.get("1")["body"]
    assert report["decision"]["outcome"] == "not_decided"  # recorded, not lost
    assert "locked" in report["decision"]["notes"]
    with ctx.station.db.session() as s:
        done = [e.action for e in events(s)]
    assert {"screen_locked", "sign_out"} <= set(done)


def test_the_idle_clock_locks_and_any_input_restarts_it(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.set_setting("idle_lock_minutes", 1)
    window = signed_in(ctx, qtbot)
    window.show()
    assert window.idle.isActive() and window.idle.interval() == 60_000
    window.idle.setInterval(200)
    window.idle.start()
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert window.screens.currentWidget() is window.lock_panel
    window.unlock(PASSWORD)
    window.idle.setInterval(400)
    window.idle.start()
    for _ in range(6):  # someone working: the clock never runs out
        qtbot.wait(100)
        qtbot.mouseMove(window.inspection)
        qtbot.keyClick(window.inspection.notes, "a")
    assert not window.locked


def test_a_closed_window_stops_watching_the_applications_input(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Its idle clock stops and its filter leaves the application: a window kept alive after
    closing (until Qt deletes it) no longer runs Python for every event of every widget."""
    ctx.set_setting("idle_lock_minutes", 1)
    window = signed_in(ctx, qtbot)
    window.show()
    seen: list[int] = []

    def counting(watched: object, event: object) -> bool:
        seen.append(1)
        return False

    window.eventFilter = counting  # type: ignore[method-assign]
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClick(other, "a")
    assert seen and window.idle.isActive()  # open: every input passes its filter
    window.close()
    assert not window.isVisible() and not window.idle.isActive()
    seen.clear()
    qtbot.keyClick(other, "b")
    assert other.text() == "ab" and not seen


def test_the_theme_applies_at_once_and_the_language_says_when(
    ctx: AppContext, qtbot: QtBot
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    try:
        window = signed_in(ctx, qtbot)
        settings = window.settings_view
        assert settings is not None
        settings.theme.setCurrentIndex(settings.theme.findData("high-contrast"))
        settings.save()
        assert "high-contrast theme" in app.styleSheet()
        assert settings.status.text() == "Settings saved."
        settings.language.setCurrentIndex(settings.language.findData("sq"))
        settings.save()
        assert "next sign-in" in settings.status.text()
    finally:
        app.setStyleSheet(before)


def test_high_contrast_shows_disabled_controls_as_disabled(ctx: AppContext, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    from verifier.gui.resources import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    apply_theme(app, "high-contrast")
    try:
        on, off = QPushButton("Inspect"), QPushButton("Inspect")
        off.setEnabled(False)
        for button in (on, off):
            qtbot.addWidget(button)
            button.resize(160, 44)
            button.show()
        QApplication.processEvents()
        enabled, disabled = on.grab().toImage(), off.grab().toImage()
        face = (enabled.pixelColor(20, 22), disabled.pixelColor(20, 22))
        assert face[0] != face[1]  # the face differs
        darkest = [min(img.pixelColor(x, 22).lightness() for x in range(30, 130))
                   for img in (enabled, disabled)]  # fmt: skip
        assert darkest[0] < 40 < darkest[1]  # black text when enabled, grey when disabled
    finally:
        app.setStyleSheet(before)


def test_an_administrator_exports_the_next_bundle_for_the_hub(
    ctx: AppContext, qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    from verifier.reports.book import Decision
    from verifier.share import decode

    usb = Path(str(tmp_path)) / "usb"
    usb.mkdir()
    window = signed_in(ctx, qtbot)
    view = window.inspection
    view.load_folder(SAMPLES / "forged-office-paper")
    view.inspect()
    view.decide(Decision.REFERRED)
    settings = window.settings_view
    assert settings is not None and settings.share_button.isEnabled()
    settings.export_bundle(usb)
    assert "Bundle written: " in settings.share_status.text()
    written = list(usb.iterdir())
    assert len(written) == 1 and str(written[0]) in settings.share_status.text()
    body = decode(written[0].read_bytes()).body
    assert body["reports"]["count"] == 1 and sum(d["startups"] for d in body["days"]) >= 1
    settings.export_bundle(usb)
    assert settings.share_status.text() == "Nothing new to send since the last bundle."
    view.new_inspection()
    view.load_folder(SAMPLES / "forged-office-paper")
    view.inspect()
    view.decide(Decision.REFERRED)
    blocked = Path(str(tmp_path)) / "not-a-folder"
    blocked.write_text("x")
    settings.export_bundle(blocked / "usb")  # cannot be written there: said, and kept
    said = settings.share_status.text()
    assert said.startswith("The bundle could not be written:") and "copy it from there" in said
    assert settings.share_button.isEnabled()
    kept = ctx.settings.data_dir / "share"
    assert sorted(p.name[-14:] for p in kept.iterdir()) == ["000001.vbundle", "000002.vbundle"]

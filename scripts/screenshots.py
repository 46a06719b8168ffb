"""Render every main screen of the desktop application to docs/screenshots/ (offscreen).

    make screenshots

A throw-away data dir, the real store and pipeline, the bundled samples; 1366 x 768 (the
smallest screen the application is made for).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from verifier.gui.app import MainWindow, build  # noqa: E402
from verifier.gui.dialogs import ReasonDialog, undecided_box  # noqa: E402
from verifier.gui.resources import LANGUAGES, apply_theme, install_translation  # noqa: E402
from verifier.gui.runner import SyncRunner  # noqa: E402
from verifier.gui.signin import SignInDialog  # noqa: E402
from verifier.reports.book import Decision  # noqa: E402
from verifier.settings import Settings  # noqa: E402
from verifier.store.officers import create_officer  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SAMPLES = ROOT / "samples"
SIZE = (1366, 768)


def shot(widget: QWidget, name: str, app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"docs/screenshots/{name}.png")


def workspace(app: QApplication, window: MainWindow, size: tuple[int, int]) -> None:  # noqa: PLR0915
    """The states an examiner's decisions and evidence go through, at one screen size."""
    suffix = f"-{size[0]}x{size[1]}"
    window.resize(*size)
    window.tabs.setCurrentIndex(0)
    view = window.inspection

    def reason(title: str, explanation: str, action: str, text: str) -> str:
        dialog = ReasonDialog(title, explanation, action, text, window)
        dialog.reason.setPlainText("Expert on duty examined the fibres under magnification.")
        dialog.show()
        name = "18-release-reason" if "Release" in title else "20-record-not-decided"
        shot(dialog, f"{name}{suffix}", app)
        dialog.close()
        return dialog.text()

    def undecided() -> str:
        box, _record = undecided_box(window)
        box.show()
        shot(box, f"19-no-decision-yet{suffix}", app)
        box.close()
        return "record"

    view.ask_reason = reason  # type: ignore[method-assign]
    view.ask_undecided = undecided  # type: ignore[method-assign]
    view.new_inspection()
    view.set_capture("visible", SAMPLES / "uto-p-2020-genuine" / "visible.png")
    view.inspect()
    shot(window, f"14-partial-verdict{suffix}", app)
    view.decide(Decision.RELEASED)
    view.load_folder(SAMPLES / "forged-mrz-check-digit")
    view.inspect()
    shot(window, f"15-mrz-faulty-digit{suffix}", app)
    view.decide(Decision.SUSPECTED_FRAUD)
    view.load_folder(SAMPLES / "forged-uv-emblem-missing")
    view.inspect()
    view.compare.setCurrentIndex(view.compare.findData("difference"))
    shot(window, f"16-difference-overlay{suffix}", app)
    view.reset_aids()
    view.decide(Decision.RELEASED)  # on anomalies: the reason dialog (18)
    view.load_folder(SAMPLES / "forged-fibres-wrong")
    view.inspect()
    view.load_folder(SAMPLES / "uto-id-2024-genuine")  # left undecided: the question (19)
    view.inspect()
    view.decide(Decision.RELEASED)
    history = window.history
    window.tabs.setCurrentIndex(1)
    history.search()
    referred = next(r for r, row in enumerate(history.rows) if row.decision == "referred_to_expert")
    history.table.selectRow(referred)
    if not history.rows[referred].addenda:
        history.add_addendum(
            ("The document expert confirmed the bearer is not the holder.",
             Decision.SUSPECTED_FRAUD)
        )  # fmt: skip
    shot(window, f"17-addendum{suffix}", app)
    dialog = history.open_dialog()
    if dialog is not None:
        shot(dialog, f"17-addendum-report{suffix}", app)
        dialog.close()
    window.tabs.setCurrentIndex(0)


def main() -> int:  # noqa: PLR0915 - one screen after another, in order
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    home = Path(tempfile.mkdtemp(prefix="verifier-shots-"))
    settings = Settings(home, ROOT / "reference_docs", home / "enrolment.json")
    ctx = build(settings, SyncRunner(), dt.date(2026, 11, 28))
    apply_theme(app, "default")
    dialog = SignInDialog(ctx)
    dialog.resize(460, 380)
    dialog.show()
    shot(dialog, "01-first-run", app)
    with ctx.station.db.session() as s:
        create_officer(s, "chief", "correct horse battery", "admin", "Chief Inspector")
    ctx.officer = ctx.station.sign_in("chief", "correct horse battery")
    ctx.set_setting("point_of_entry", "Utopia North, secondary line")
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    view = window.inspection
    for sample, decision in (
        ("uto-id-2021-genuine", Decision.RELEASED),
        ("forged-office-paper", Decision.SUSPECTED_FRAUD),
        ("impostor-bearer", Decision.REFERRED),
    ):
        view.load_folder(SAMPLES / sample)
        view.inspect()
        view.decide(decision)
    view.load_folder(SAMPLES / "forged-photo-substitution")
    shot(window, "02-captured", app)
    view.inspect()
    view.lights.setCurrentIndex(0)
    shot(window, "03-inspection-anomalies", app)
    item = view.checks.currentItem()
    if item is not None:
        view._check_chosen(item)
    shot(window, "04-failed-feature-zoomed", app)
    view.lights.setCurrentIndex(3)
    shot(window, "05-face", app)
    view.decide(Decision.SUSPECTED_FRAUD)
    window.tabs.setCurrentIndex(1)
    window.history.search()
    window.history.table.selectRow(1)
    shot(window, "06-history", app)
    window.tabs.setCurrentIndex(2)
    window.library.list.setCurrentRow(0)
    window.library.tabs.setCurrentIndex(1)
    shot(window, "07-library", app)
    window.tabs.setCurrentIndex(4)
    shot(window, "08-settings", app)
    window.tabs.setCurrentIndex(3)
    training = window.training
    training.name.setText("Pre-test")
    training.course_name.setText("Border police course 2026-11")
    chosen = ("forged-fibres-wrong", "uto-p-2010-genuine", "forged-template-mismatch")
    for i in range(training.pick.count()):
        item = training.pick.item(i)
        item.setCheckState(
            Qt.CheckState.Checked if item.text() in chosen else Qt.CheckState.Unchecked
        )
    training.create_session()
    training.sessions.setCurrentRow(0)
    training.start_selected()
    training.pages.setCurrentIndex(1)
    training.mark("anomalies", ["uv.features"])
    shot(window, "12-training", app)
    for verdict, marks in (("anomalies", ["uv.features"]), ("no_anomalies", []),
                           ("no_anomalies", [])):  # fmt: skip
        training.mark(verdict, marks)
        training.record()
    shot(window, "13-training-debrief", app)
    exemplar = SAMPLES / "uto-v-2022-genuine"
    window.library.new_draft(
        template_id="ABC-V-2026",
        images={light: exemplar / f"{light}.png" for light in ("visible", "uv", "ir")},
    )
    editor = window.library.editor
    if editor is not None:
        editor.resize(*SIZE)
        editor.tabs.setCurrentIndex(1)
        editor.drawn(QRectF(160, 580, 200, 190))  # around the UV emblem
        editor.kind.setCurrentIndex(1)
        editor.name.setText("uv-emblem")
        editor.description.setText("A shield emblem glows under UV.")
        editor.add_mark()
        editor.drawn(QRectF(560, 240, 200, 50))  # the visa number's UV ink
        editor.name.setText("uv-header-ink")
        shot(editor, "11-template-editor", app)
        editor.close()
    for size in (SIZE, (1920, 1080)):
        workspace(app, window, size)
    window.resize(*SIZE)
    administration(app, window)
    chip_and_alerts(app, window, home)
    apply_theme(app, "high-contrast")
    window.tabs.setCurrentIndex(0)
    view.load_folder(SAMPLES / "uto-p-2020-genuine")
    view.inspect()
    shot(window, "09-high-contrast", app)
    apply_theme(app, "default")
    view.decide(Decision.RELEASED)
    for code in LANGUAGES:  # each language once, at the smallest screen
        if code == "en":
            continue
        translator = install_translation(app, code)
        other = MainWindow(ctx)
        other.resize(*SIZE)
        other.show()
        other.inspection.ask_reason = lambda *_a: "-"  # type: ignore[method-assign]
        other.inspection.load_folder(SAMPLES / "forged-uv-emblem-missing")
        other.inspection.inspect()
        shot(other, f"10-language-{code}", app)
        other.tabs.setCurrentIndex(1)
        other.history.search()
        other.history.table.selectRow(0)
        shot(other, f"10-language-{code}-history", app)
        other.inspection.decide(Decision.SUSPECTED_FRAUD)
        other.close()
        if translator is not None:
            app.removeTranslator(translator)
    ctx.station.close()
    return 0


def chip_and_alerts(app: QApplication, window: MainWindow, home: Path) -> None:
    """The chip's certificate chain, the Library's chip trust and watch-list pages, and a
    document on a watch list that this workstation referred before (English and Serbian)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from verifier.watchlist import hashes_of, list_key, write_package

    ctx = window.ctx
    view = window.inspection
    window.tabs.setCurrentIndex(0)
    view.load_folder(SAMPLES / "uto-p-2020-genuine")
    view.inspect()
    items = [
        view.checks.topLevelItem(i).child(j)
        for i in range(view.checks.topLevelItemCount())
        for j in range(view.checks.topLevelItem(i).childCount())
    ]
    chain = next(i for i in items if i.toolTip(0) == "chip.passive_auth")
    view.checks.setCurrentItem(chain)
    view._check_chosen(chain)
    shot(window, "25-chip-certificate-chain", app)
    view.decide(Decision.REFERRED)
    key = Ed25519PrivateKey.generate()  # a publisher, trusted here
    trusted = ctx.settings.trusted_publishers_dir
    trusted.mkdir(parents=True, exist_ok=True)
    (trusted / "sltd.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    name = "SLTD extract UTO"
    package = home / "sltd.vwl"
    entries = hashes_of(list_key(key, name), [("UTO", "P", "U27436981")])
    write_package(package, key, name, entries, version=1, issued=dt.datetime(2026, 11, 27, 6))
    library = window.library
    library.watchlists.import_file(path=package)
    window.tabs.setCurrentWidget(library)
    library.pages.setCurrentWidget(library.watchlists)
    shot(window, "26-library-watch-lists", app)
    csca = SAMPLES / "chip-test-masterlist.ml"
    library.trust.import_file(path=csca)
    library.pages.setCurrentWidget(library.trust)
    shot(window, "27-library-chip-trust", app)
    library.fraud_alerts.import_files(paths=[fraud_alert(key, home)])
    library.pages.setCurrentWidget(library.fraud_alerts)
    shot(window, "29-library-fraud-alerts", app)
    library.pages.setCurrentIndex(0)
    for code in ("en", "sr"):
        translator = install_translation(app, code) if code != "en" else None
        other = MainWindow(ctx)
        other.resize(*SIZE)
        other.show()
        other.inspection.load_folder(SAMPLES / "uto-p-2020-genuine")
        other.inspection.inspect()
        shot(other, f"28-alert-watch-list-hit-seen-before-{code}", app)
        other.inspection.decide(Decision.REFERRED)
        other.close()
        if translator is not None:
            app.removeTranslator(translator)
    window.tabs.setCurrentIndex(0)


def fraud_alert(key: Any, home: Path) -> Path:
    """A fraud alert on the sample passport's design, signed by ``key`` (the hub), with the
    UV page of the design as its example (personal zones masked) and the emblem to look at."""
    from verifier.alerts import Alert, Example, new_id, prepare_example, write_alert
    from verifier.imaging.loading import load_rgb
    from verifier.library.template import load_template

    template = load_template(ROOT / "reference_docs" / "UTO-P-2020")
    alert = Alert(
        id=new_id(), version=1, publisher="", hub="Regional hub (Skopje)",
        issued=dt.datetime(2026, 11, 20, 9), expires=dt.date(2027, 2, 28), withdrawn=False,
        template=template.id, template_name=template.name,
        issuing_state=template.issuing_state, document_code=template.document_code,
        title="Counterfeit data pages, 2020 series",
        look_for="The UV emblem is printed in ordinary ink: it stays dark under UV 365 nm, "
        "where the genuine emblem glows blue.",
        region=template.zones["uv_emblem"], prefixes=("U27",),
        examples=(Example("uv", "seized forgery", 0, ""),),
    )  # fmt: skip
    page = load_rgb(template.images["uv"]).copy()  # the forgery: the emblem does not glow
    k = page.shape[1] / template.width_mm
    box = template.zones["uv_emblem"]
    emblem = page[
        int(box.y * k) : int((box.y + box.h) * k), int(box.x * k) : int((box.x + box.w) * k)
    ]
    emblem[:] = emblem // 4
    out = home / "counterfeit.alert"
    write_alert(out, key, alert, [prepare_example(page, template, (), alert.region)])
    return out


def administration(app: QApplication, window: MainWindow) -> None:
    """Course results, accounts, and the lock screen."""
    window.tabs.setCurrentWidget(window.training)
    results = window.training.open_results()
    results.resize(900, 560)
    shot(results, "24-course-results", app)
    results.close()
    settings = window.settings_view
    if settings is not None:
        window.tabs.setCurrentWidget(settings)
        settings.new_user.setText("ana")
        settings.new_name.setText("Ana Anić")
        settings.new_password.setText("correct horse battery")
        settings.new_role.setCurrentIndex(settings.new_role.findData("officer"))
        settings.add_user()
        settings.choose("ana")
        settings.toggle_active()
        shot(window, "22-accounts", app)
    window.tabs.setCurrentIndex(0)
    window.lock_screen()
    shot(window, "21-locked", app)
    window.unlock("correct horse battery")


if __name__ == "__main__":
    sys.exit(main())

"""Forms (Qt Designer ``.ui``), themes (``.qss``), icons and translations from ``ui/``."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QWidget

from verifier.settings import PACKAGE_ROOT
from verifier.text import translated

T = TypeVar("T", bound=QWidget)
THEMES = ("default", "high-contrast")
LANGUAGES = {  # the workstation's language: the settings offer these (verifier.store.settings)
    "en": "English",
    "sr": "Srpski (latinica)",
    "sr_Cyrl": "Српски (ћирилица)",
    "sq": "Shqip",
    "mk": "Македонски",
    "bs": "Bosanski / Hrvatski / Crnogorski",
}
LOCALES = {  # dates, numbers and month names as the language writes them
    "en": "en_GB", "sr": "sr_Latn_RS", "sr_Cyrl": "sr_Cyrl_RS", "sq": "sq_AL", "mk": "mk_MK",
    "bs": "bs_Latn_BA",
}  # fmt: skip


def ui_dir() -> Path:
    for candidate in (PACKAGE_ROOT.parent / "ui", PACKAGE_ROOT / "ui"):
        if candidate.is_dir():
            return candidate
    return PACKAGE_ROOT.parent / "ui"


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """A form designed in Qt Designer (``ui/<name>.ui``)."""
    file = QFile(str(ui_dir() / f"{name}.ui"))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"the form ui/{name}.ui is missing; reinstall Verifier")
    try:
        form = QUiLoader().load(file, parent)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"the form ui/{name}.ui cannot be read")
    return form


def child(form: QWidget, kind: type[T], name: str) -> T:
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"the form has no {kind.__name__} named {name!r}")
    return found


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(ui_dir() / "icons" / f"{name}.svg"))


def apply_theme(app: QApplication, theme: str) -> None:
    path = ui_dir() / "themes" / f"{theme if theme in THEMES else 'default'}.qss"
    app.setStyleSheet(path.read_text(encoding="utf-8"))


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Loads ``ui/translations/verifier_<language>.qm``; English is the source language."""
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(ui_dir() / "translations" / f"verifier_{language}.qm")):
        return None
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(LOCALES.get(language, language)))
    return translator


def screen_text(source: str) -> str:
    """A core text's source in the language the application shows (Qt context ``texts``)."""
    return QCoreApplication.translate("texts", source)


def tr_text(value: object) -> str:
    """A text of the core (``verifier.text.Text``) or of the library, in the officer's language
    (Qt context ``texts``; see ``verifier.text.translated``)."""
    return translated(value, screen_text)

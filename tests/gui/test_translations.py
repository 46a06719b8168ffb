"""Translations: English and Serbian complete, compiled, up to date with the sources, in use."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "ui" / "translations"


def messages(ts: Path) -> list[tuple[str, str, str | None]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            out.append((name, message.findtext("source") or "", None if kind else translation.text))
    return out


@pytest.mark.parametrize("language", ["en", "sr", "sr_Cyrl", "sq", "mk", "bs"])
def test_every_text_is_translated(language: str) -> None:
    found = messages(TS / f"verifier_{language}.ts")
    assert len(found) > 100
    untranslated = [source for _, source, text in found if not text]
    assert untranslated == []


def test_the_translations_cover_every_text_of_the_sources(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copy(TS / "verifier_sr.ts", copy)
    sys.path.insert(0, str(ROOT / "scripts"))
    from translations import texts_stub  # the same collection `make translations` makes

    sources = [str(p) for p in sorted((ROOT / "verifier" / "gui").glob("*.py"))]
    sources.append(str(texts_stub(tmp_path)))
    forms = [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([lupdate, "-no-obsolete", *sources, *forms, "-ts", str(copy)],
                   check=True, capture_output=True)  # fmt: skip
    assert messages(copy) == messages(TS / "verifier_sr.ts"), "run `make translations`"


def test_serbian_is_used_when_chosen(qtbot: QtBot) -> None:
    translator = QTranslator()
    assert translator.load(str(TS / "verifier_sr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "History (F3)") == "Istorija (F3)"
        assert QCoreApplication.translate("InspectionView", "FAIL") == "NEUSPEH"
        assert QCoreApplication.translate("SignIn", "&Password") == "&Lozinka"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "History (F3)") == "History (F3)"


def test_core_texts_are_shown_in_serbian(qtbot: QtBot) -> None:
    import datetime as dt

    from verifier.gui.resources import tr_text
    from verifier.mrz import parse
    from verifier.text import say

    result = parse(
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
         "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
        today=dt.date(2026, 11, 28),
    )  # fmt: skip
    expired = next(w.message for w in result.warnings if w.code == "expired")
    translator = QTranslator()
    assert translator.load(str(TS / "verifier_sr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert tr_text(expired) == "Dokument je istekao 2012-04-15."
        nested = say(
            "{description} {verdict}: {detail}.",
            description=say("A star emblem glows under UV."),
            verdict=say("Not as on the reference"),
            detail=say("contrast {value:.2f} (at least {limit:.2f})", value=0.1, limit=0.3),
        )
        assert tr_text(nested) == (
            "Amblem u obliku zvezde svetli pod UV svetlom. Nije kao na referenci: "
            "kontrast 0.10 (najmanje 0.30)."
        )
        assert tr_text("Utopia visa, 2022 series") == "Viza Utopije, serija 2022"
        assert tr_text(say("A text nobody translated {x}.", x=1)) == "A text nobody translated 1."
    finally:
        QCoreApplication.removeTranslator(translator)
    assert tr_text(expired) == str(expired) == "The document expired on 2012-04-15."

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


@pytest.mark.parametrize("language", ["en", "sr"])
def test_every_text_is_translated(language: str) -> None:
    found = messages(TS / f"verifier_{language}.ts")
    assert len(found) > 100
    untranslated = [source for _, source, text in found if not text]
    assert untranslated == []


def test_the_translations_cover_every_text_of_the_sources(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copy(TS / "verifier_sr.ts", copy)
    sources = [str(p) for p in sorted((ROOT / "verifier" / "gui").glob("*.py"))]
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

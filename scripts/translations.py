"""Update the translations: extract the texts (lupdate), fill each language from
``scripts/i18n/<language>.tsv`` (source TAB translation; ``\\n`` a line break, ``\\\\`` a
backslash), derive Serbian Cyrillic from Serbian Latin (``scripts/i18n/cyrillic.py``), mark
English complete, compile (lrelease).

    make translations

Exits 1 and names, per language, the texts that have no translation yet.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "ui" / "translations"
BIN = Path(sys.executable).parent
I18N = ROOT / "scripts" / "i18n"
sys.path.insert(0, str(I18N))
from cyrillic import to_cyrillic  # noqa: E402

# language code -> its table (None: derived); the codes verifier.gui.resources.LANGUAGES lists
TABLES = {"sr": "sr", "sr_Cyrl": None, "sq": "sq", "mk": "mk", "bs": "bs"}
# Qt's own texts the application shows (standard dialog buttons, the text fields' context
# menu): translated here, since Qt ships no translations for most of the region's languages
QT_TEXTS = {
    "QPlatformTheme": ("OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No",
                       "N&o to All", "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard",
                       "Help", "Apply", "Reset", "Restore Defaults"),
    "QMessageBox": ("Show Details...", "Hide Details..."),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All",
                           "Copy &Link Location"),
}  # fmt: skip


def fill(ts: Path, table: dict[str, str] | None) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = source if table is None else table.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def texts() -> list[str]:
    """The templates of ``say("...")`` and ``words.say("...")`` (verifier.printing.words) in the
    package, and the bundled library's names, feature descriptions and notes: what the
    application shows through ``tr_text`` and prints through ``Words``."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "verifier").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and (
                    (isinstance(node.func, ast.Name) and node.func.id == "say")
                    or (
                        isinstance(node.func, ast.Attribute)
                        and node.func.attr == "say"
                        and "gui" not in path.parts  # the screens' own say() shows tr() texts
                    )
                )
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found[node.args[0].value] = None
    for template in sorted((ROOT / "reference_docs").glob("*/template.yaml")):
        data = yaml.safe_load(template.read_text(encoding="utf-8"))
        found[data["name"]] = None
        for note in data.get("notes") or []:
            found[note] = None
        notes = template.parent / "notes.md"
        if notes.is_file():  # its headings, list items and paragraphs, one text each
            for line in notes.read_text(encoding="utf-8").splitlines():
                text = re.sub(r"^\s*(?:#+\s+|[-*]\s+)?", "", line).strip()
                if text:
                    found[text] = None
        for feature in data.get("features") or []:
            found[feature["description"]] = None
            if feature.get("name"):
                found[feature["name"]] = None
    return list(found)


def texts_stub(folder: Path) -> Path:
    """A file lupdate reads: one QT_TRANSLATE_NOOP per text (context ``texts``), and Qt's own
    texts in their contexts."""
    stub = folder / "texts_for_lupdate.py"
    pairs = [("texts", t) for t in texts()]
    pairs += [(context, t) for context, items in QT_TEXTS.items() for t in items]
    lines = [f"QT_TRANSLATE_NOOP({json.dumps(c)}, {json.dumps(t, ensure_ascii=False)})"
             for c, t in pairs]  # fmt: skip
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def _unescape(text: str) -> str:
    return re.sub(r"\\(\\|n|t)", lambda m: {"\\": "\\", "n": "\n", "t": "\t"}[m.group(1)], text)


def table(language: str) -> dict[str, str]:
    """source -> translation for one language."""
    name = TABLES[language]
    if name is None:  # Serbian Cyrillic, from Serbian Latin
        return {k: to_cyrillic(v) for k, v in table("sr").items()}
    out = {}
    for line in (I18N / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            source, text = line.split("\t")
            out[_unescape(source)] = _unescape(text)
    return out


def main() -> int:
    sources = [str(p) for p in sorted((ROOT / "verifier" / "gui").glob("*.py"))]
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    sources.append(str(texts_stub(build)))
    forms = [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    files = [TS / f"verifier_{language}.ts" for language in ("en", *TABLES)]
    for ts in files:  # a new language starts from an empty file
        if not ts.exists():
            code = ts.stem.removeprefix("verifier_")
            empty = (
                f'<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="{code}"/>\n'
            )
            ts.write_text(empty, encoding="utf-8")
    subprocess.run([BIN / "pyside6-lupdate", "-no-obsolete", *sources, *forms,
                    "-ts", *map(str, files)], check=True, capture_output=True)  # fmt: skip
    missing = {language: fill(TS / f"verifier_{language}.ts", table(language))
               for language in TABLES}  # fmt: skip
    fill(TS / "verifier_en.ts", None)
    for ts in files:
        subprocess.run([BIN / "pyside6-lrelease", ts], check=True, capture_output=True)
    for language, texts_missing in missing.items():
        for source in texts_missing:
            print(f"no {language} translation: {source!r}", file=sys.stderr)
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())

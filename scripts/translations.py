"""Update the translations: extract the texts (lupdate), fill the Serbian ones from
``scripts/serbian.tsv`` (source TAB translation), mark English complete, compile (lrelease).

    make translations

Exits 1 and names the texts that have no translation yet.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "ui" / "translations"
BIN = Path(sys.executable).parent


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
    """The templates of ``say("...")`` in the package, and the bundled library's names and
    feature descriptions: what the application shows through ``tr_text``."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "verifier").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "say"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found[node.args[0].value] = None
    for template in sorted((ROOT / "reference_docs").glob("*/template.yaml")):
        data = yaml.safe_load(template.read_text(encoding="utf-8"))
        found[data["name"]] = None
        for feature in data.get("features") or []:
            found[feature["description"]] = None
            if feature.get("name"):
                found[feature["name"]] = None
    return list(found)


def texts_stub(folder: Path) -> Path:
    """A file lupdate reads: one QT_TRANSLATE_NOOP per text (context ``texts``)."""
    stub = folder / "texts_for_lupdate.py"
    lines = [f"QT_TRANSLATE_NOOP({json.dumps('texts')}, {json.dumps(t, ensure_ascii=False)})"
             for t in texts()]  # fmt: skip
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def main() -> int:
    sources = [str(p) for p in sorted((ROOT / "verifier" / "gui").glob("*.py"))]
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    sources.append(str(texts_stub(build)))
    forms = [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    files = [str(TS / "verifier_sr.ts"), str(TS / "verifier_en.ts")]
    subprocess.run([BIN / "pyside6-lupdate", "-no-obsolete", *sources, *forms, "-ts", *files],
                   check=True, capture_output=True)  # fmt: skip
    table = {}
    for line in (ROOT / "scripts" / "serbian.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            source, text = line.split("\t")
            table[source.replace("\\n", "\n")] = text.replace("\\n", "\n")
    missing = fill(TS / "verifier_sr.ts", table)
    fill(TS / "verifier_en.ts", None)
    for ts in files:
        subprocess.run([BIN / "pyside6-lrelease", ts], check=True, capture_output=True)
    for source in missing:
        print(f"no Serbian translation: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

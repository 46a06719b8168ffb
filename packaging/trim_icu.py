"""Qt's ICU data library, rebuilt with only what the application can use (Linux installers).

    python packaging/trim_icu.py LIBICUDATA OUT_DIR     (prints the trimmed library's path)

PySide6 ships ICU's full data (libicudata.so.73: 32 MB, every locale of CLDR). Of ICU, Qt Core
alone calls anything (`nm -D`: case mapping, collation, time-zone names, and converters for
legacy encodings), and only for the locale in use. The trimmed data keeps ICU's core (Unicode
properties, normalisation, the root collation, time-zone rules, the locale fallback and likely
subtags data) and, in every tree (names, currencies, units, zones, collation, spell-out), the
root and the languages the application is translated into (LANGUAGES). It leaves out:
- the other languages' bundles (ICU then falls back on the root's data: Qt formats numbers and
  dates from its own CLDR tables, not ICU's; what changes is a time zone's name in a language
  left out, which comes in English: "Central European Standard Time");
- the multi-byte legacy-encoding converters (the CJK and EBCDIC double-byte tables: 4.6 MB; the
  154 single-byte ones, ISO 8859 and Windows code pages among them, stay: 0.5 MB);
- transliteration and the character-names table.
icupkg checks that nothing kept depends on what goes (the break-iteration dictionaries stay for
that reason, although Qt does not call ICU's break iterators): 32 MB -> 8 MB. The library is
written with ICU's own tools (icupkg, genccode: Debian's icu-devtools) under the same soname and
data symbol, so that Qt's libicuuc loads it unchanged.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# The application's languages (ui/translations) and sh (ICU's alias of Serbian in Latin script)
LANGUAGES = {"root", "en", "sr", "sh", "sq", "mk", "bs"}
LOCALE_BUNDLE = re.compile(r"^([a-z]{2,3})(_\w*)?\.res$")  # ICU's locale ids: language first


SINGLE_BYTE = 16_000  # a converter's table at most this size maps single bytes


def left_out(item: str, size: int) -> bool:
    tree, _, name = item.rpartition("/")
    bundle = LOCALE_BUNDLE.match(name)
    return (
        (bundle is not None and name != "res_index.res" and bundle.group(1) not in LANGUAGES)
        or (name.endswith(".cnv") and size > SINGLE_BYTE)
        or tree == "translit"
        or name == "unames.icu"
    )


def run(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=True).stdout


def trim(library: Path, out: Path) -> Path:
    # the data symbol (icudt73_dat) and where it lies in the file
    symbol = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt(\d+)_dat)$",
                       run("nm", "-D", "-S", str(library)), re.MULTILINE)  # fmt: skip
    sections = run("readelf", "-S", "-W", str(library))
    rodata = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+) ([0-9a-f]+)", sections)
    if symbol is None or rodata is None:
        raise SystemExit(f"{library}: no ICU data symbol in .rodata; not trimmed")
    address, size, name, major = symbol.groups()
    start = int(address, 16) - int(rodata.group(1), 16) + int(rodata.group(2), 16)
    shutil.rmtree(out, ignore_errors=True)  # a work folder of its own: what is in it goes
    out.mkdir(parents=True)
    package = out / f"icudt{major}l.dat"
    with library.open("rb") as whole:
        whole.seek(start)
        package.write_bytes(whole.read(int(size, 16)))
    items = run("icupkg", "-l", str(package)).split()
    (out / "items").mkdir()
    run("icupkg", "-x", "*", "-d", str(out / "items"), str(package))  # for their sizes
    removed = [item for item in items if left_out(item, (out / "items" / item).stat().st_size)]
    while True:  # icupkg refuses to leave an item whose base goes: it goes too (converters)
        (out / "removed.txt").write_text("\n".join(removed) + "\n")
        done = subprocess.run(["icupkg", "-r", str(out / "removed.txt"), str(package)],
                              check=False, capture_output=True, text=True)  # fmt: skip
        if done.returncode == 0:
            break
        orphans = set(re.findall(r"Item (\S+) depends on missing item", done.stderr))
        if not orphans or any(not orphan.endswith(".cnv") for orphan in orphans):
            raise SystemExit(f"icupkg: {done.stderr.strip()}")
        removed += sorted(orphans - set(removed))
    shutil.rmtree(out / "items")
    run("genccode", "-a", "gcc", "-e", name.removesuffix("_dat"), "-d", str(out), str(package))
    (assembly,) = out.glob("*.S")
    trimmed = out / library.name
    run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(trimmed),
        str(assembly))  # fmt: skip
    kept = len(items) - len(removed)
    before, after = library.stat().st_size // 1_000_000, trimmed.stat().st_size // 1_000_000
    print(f"trim_icu: {library.name}: kept {kept} of {len(items)} items, {before} -> {after} MB")
    return trimmed


if __name__ == "__main__":
    print(trim(Path(sys.argv[1]), Path(sys.argv[2])))

"""Build the installers from the PyInstaller bundle (`make dist`).

    python packaging/build_dist.py [--bundle build/dist/verifier] [--out build/dist]

Writes: ``verifier_<version>_amd64.deb`` (dpkg-deb: /opt/verifier, /usr/bin links, desktop
entry, icon), ``Verifier.AppDir/`` (AppRun, .desktop, icon; `appimagetool Verifier.AppDir`
makes the AppImage where that tool exists), and ``verifier-<version>-wxs-check-linux-payload.msi``
(wixl, from
packaging/windows/verifier.wxs and a file list generated here). Prints sizes and times.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from verifier import __version__  # noqa: E402

NAMESPACE = uuid.UUID("5b0c6a5e-3c47-4e0e-9f2c-9303a0000000")
DEPENDS = (  # what the bundle takes from the system: graphics, fonts, X11, ZBar
    "libgl1, libegl1, libfontconfig1, libglib2.0-0, libxkbcommon0, libxkbcommon-x11-0, "
    "libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-render-util0, "
    "libxcb-shape0, libxcb-xkb1, libzbar0, fonts-dejavu-core"
)


def size(path: Path) -> str:
    total = (
        path.stat().st_size
        if path.is_file()
        else sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    )
    return f"{total / 1e6:.0f} MB"


def deb(bundle: Path, out: Path) -> Path:
    root = out / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "verifier", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    for name in ("verifier", "verifier-gui"):
        (root / "usr" / "bin" / name).symlink_to(f"/opt/verifier/{name}")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "linux" / "verifier.desktop", apps)
    icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "ui" / "icons" / "verifier.svg", icons)
    control = root / "DEBIAN"
    control.mkdir()
    installed = (  # the bundle's links (libQt6*.so.6 and others: 195 MB) counted once, as by size()
        sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    )
    (control / "control").write_text(
        f"Package: verifier\nVersion: {__version__}\nArchitecture: amd64\n"
        "Maintainer: Verifier project <verifier@example.invalid>\n"
        f"Installed-Size: {installed}\nDepends: {DEPENDS}\nSection: utils\nPriority: optional\n"
        "Description: offline secondary-line inspection of travel documents\n"
        " Reads and validates the MRZ (ICAO Doc 9303), checks security features in visible,\n"
        " UV and IR light against a signed reference library, compares the portrait with the\n"
        " bearer, and stores signed, chained inspection reports. No network access.\n",
        encoding="utf-8",
    )
    target = out / f"verifier_{__version__}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root),
                    str(target)], check=True, capture_output=True)  # fmt: skip
    shutil.rmtree(root)
    return target


def appdir(bundle: Path, out: Path) -> Path:
    root = out / "Verifier.AppDir"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "usr" / "lib" / "verifier", symlinks=True)
    shutil.copy(ROOT / "packaging" / "linux" / "AppRun", root / "AppRun")
    (root / "AppRun").chmod(0o755)
    shutil.copy(ROOT / "packaging" / "linux" / "verifier.desktop", root / "verifier.desktop")
    shutil.copy(ROOT / "ui" / "icons" / "verifier.svg", root / "verifier.svg")
    (root / ".DirIcon").symlink_to("verifier.svg")
    return root


def file_list(bundle: Path, target: Path) -> None:
    """The ComponentGroup BundleFiles: one component per file, GUIDs derived from the path
    (stable across builds, as Windows Installer wants for upgrades)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi"><Fragment>']  # fmt: skip
    components: list[str] = []

    def walk(folder: Path, directory_id: str) -> None:
        for path in sorted(folder.iterdir()):
            rel = path.relative_to(bundle).as_posix()
            key = uuid.uuid5(NAMESPACE, rel).hex[:24]
            if path.is_dir():
                lines.append(f'<DirectoryRef Id="{directory_id}"><Directory Id="d{key}" '
                             f'Name={quoteattr(path.name)} /></DirectoryRef>')  # fmt: skip
                walk(path, f"d{key}")
            elif path.is_file():
                guid = str(uuid.uuid5(NAMESPACE, "component:" + rel)).upper()
                lines.append(
                    f'<DirectoryRef Id="{directory_id}"><Component Id="c{key}" Guid="{guid}" '
                    f'Win64="yes"><File Id="f{key}" Source={quoteattr(rel)} KeyPath="yes" />'
                    "</Component></DirectoryRef>"
                )
                components.append(f'<ComponentRef Id="c{key}" />')

    walk(bundle, "INSTALLDIR")
    lines.append(f'<ComponentGroup Id="BundleFiles">{"".join(components)}</ComponentGroup>')
    lines.append("</Fragment></Wix>")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def msi(bundle: Path, out: Path, gui_exe: str) -> Path:
    files = out / "files.wxs"
    file_list(bundle, files)
    # Built here, the MSI wraps the *Linux* bundle: it checks packaging/windows/verifier.wxs and
    # is never a Windows installer, so its name says so (the real one is built on Windows by
    # .github/workflows/release.yml from the same .wxs)
    target = out / f"verifier-{__version__}-wxs-check-linux-payload.msi"
    # wixl resolves Source paths against the current directory: run it inside the bundle
    subprocess.run(
        ["wixl", "-a", "x64", "-D", f"Version={__version__}", "-D", f"GuiExe={gui_exe}",
         "-o", str(target.resolve()), str(ROOT / "packaging" / "windows" / "verifier.wxs"),
         str(files.resolve())],
        check=True, cwd=bundle, capture_output=True,
    )  # fmt: skip
    return target


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, default=ROOT / "build" / "dist" / "verifier")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "dist")
    parser.add_argument("--skip-msi", action="store_true")
    parser.add_argument(
        "--files-only", action="store_true", help="only the MSI file list (WiX on Windows)"
    )
    args = parser.parse_args()
    if args.files_only:
        file_list(args.bundle, args.out / "files.wxs")
        return 0
    if not (args.bundle / "verifier").is_file():
        print(f"no bundle at {args.bundle}: run pyinstaller first (make dist)", file=sys.stderr)
        return 2
    print(f"bundle {args.bundle}: {size(args.bundle)}")
    for name, build in (("deb", deb), ("AppDir", appdir)):
        start = time.perf_counter()
        made = build(args.bundle, args.out)
        print(f"{name}: {made.name}, {size(made)}, {time.perf_counter() - start:.0f} s")
    if not args.skip_msi:
        start = time.perf_counter()
        exe = "verifier-gui.exe" if (args.bundle / "verifier-gui.exe").exists() else "verifier-gui"
        made = msi(args.bundle, args.out, exe)
        print(f"msi: {made.name}, {size(made)}, {time.perf_counter() - start:.0f} s")
    os.sync()
    return 0


if __name__ == "__main__":
    sys.exit(main())

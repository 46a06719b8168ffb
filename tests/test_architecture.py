"""Rules of the architecture that a reviewer should not have to check by eye.

- Nothing outside verifier/gui/ imports Qt (import-linter checks the layers in `make lint`;
  this test also covers packages added later without touching its configuration).
- The product never opens a network connection: no module imports a networking library.
  (At run time, tests/conftest.py makes every connection attempt fail the test.)
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "verifier"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")
NETWORK = (
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "huggingface_hub",
)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def matches(name: str, roots: tuple[str, ...]) -> bool:
    return any(name == root or name.startswith(root + ".") for root in roots)


def modules() -> list[Path]:
    found = sorted(PACKAGE.rglob("*.py"))
    assert len(found) > 10
    return found


def test_only_the_gui_package_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in modules()
        if "gui" not in path.relative_to(PACKAGE).parts
        for name in imported_modules(path)
        if matches(name, QT)
    ]
    assert offenders == []


def test_no_module_imports_a_network_library() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in modules()
        for name in imported_modules(path)
        if matches(name, NETWORK)
    ]
    assert offenders == []


def test_the_network_guard_is_active() -> None:
    import socket

    import pytest

    from tests.conftest import NetworkAccessError

    with pytest.raises(NetworkAccessError):
        socket.create_connection(("127.0.0.1", 9))


def test_views_hold_no_sql_and_write_no_audit_entries() -> None:
    """The screens ask the workstation, the training desk or the book; they neither query the
    store nor write the audit log themselves (only the wiring, gui/context.py, opens it)."""
    gui = Path(__file__).resolve().parents[1] / "verifier" / "gui"
    offenders = []
    for path in sorted(gui.glob("*.py")):
        if path.name == "context.py":
            continue
        text = path.read_text(encoding="utf-8")
        for needle in (r"from sqlalchemy", r"db\.session\(", r"store\.audit import",
                       r"(?<![\w.])select\("):  # fmt: skip
            if re.search(needle, text):
                offenders.append(f"{path.name}: {needle}")
    assert offenders == []


def test_the_product_never_reads_the_test_fixtures() -> None:
    """Demo and training samples are product data (samples/, bundled like ui/); fixtures/ is
    for tests and the generator only."""
    package = Path(__file__).resolve().parents[1] / "verifier"
    readers = [
        p.name
        for p in sorted(package.rglob("*.py"))
        if re.search(r"""["']fixtures["'/]""", p.read_text(encoding="utf-8"))
    ]
    assert readers == []


def test_every_model_file_is_documented_with_its_hash() -> None:
    """models/MODELS.md states provenance, licence and sha256 of every file the product loads;
    the hash it states is the file's and the one the loader checks."""
    import hashlib

    from verifier.model_files import MODELS, models_dir

    card = (models_dir() / "MODELS.md").read_text(encoding="utf-8")
    for model in MODELS.values():
        path = models_dir() / model.path
        assert hashlib.sha256(path.read_bytes()).hexdigest() == model.sha256, model.path
        assert f"`{model.path}`" in card and model.sha256 in card, model.path


def test_the_product_calls_only_the_opencv_the_installers_ship() -> None:
    """The installers' OpenCV has no dnn (deep learning) module and none of PyPI's extra modules
    (packaging/build_wheels.py): every model runs in onnxruntime. A call into them would work in
    the development environment and fail only in the installed bundle."""
    missing = ("dnn", "FaceDetectorYN", "FaceRecognizerSF", "Stitcher", "xfeatures2d", "ximgproc",
               "ml", "photo", "inpaint", "fastNlMeans", "seamlessClone", "gapi")  # fmt: skip
    call = re.compile(r"\bcv2\.(" + "|".join(missing) + r")\b")
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
        for path in modules()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if call.search(line)
    ]
    assert offenders == []

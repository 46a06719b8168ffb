"""Start-up to an interactive window: Verifier's main window vs a bare PySide6 window.

    .venv/bin/python bench/bench_startup.py

Each run is a fresh process (offscreen), timed from launch until the window is shown and
the event loop has processed its first events; the median of 5 runs is printed, and the ratio
against the bare Qt window started the same way (the floor any PySide6 application pays).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

VERIFIER = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from verifier.gui.app import MainWindow, build
from verifier.gui.resources import apply_theme
from verifier.settings import Settings
ctx = build(Settings(Path({home!r}), Path({root!r}) / "reference_docs",
                     Path({home!r}) / "enrolment.json"))
apply_theme(app, "default")
ctx.officer = ctx.station.sign_in("chief", "correct horse battery")
window = MainWindow(ctx)
window.show()
app.processEvents()
print("ready", flush=True)
"""

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.show()
app.processEvents()
print("ready", flush=True)
"""


def launch(code: str) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert "ready" in done.stdout, done.stderr
    return time.perf_counter() - start


def main() -> int:
    home = tempfile.mkdtemp(prefix="verifier-startup-")
    setup = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from pathlib import Path\n"
        "from verifier.station.workstation import Workstation\n"
        "from verifier.settings import Settings\n"
        "from verifier.store.officers import create_officer\n"
        f"ws = Workstation.open(Settings(Path({home!r}), Path({str(ROOT)!r}) / 'reference_docs', "
        f"Path({home!r}) / 'enrolment.json'))\n"
        "with ws.db.session() as s:\n"
        "    create_officer(s, 'chief', 'correct horse battery', 'admin')\n"
    )
    subprocess.run([sys.executable, "-c", setup], check=True)
    ours = statistics.median(launch(VERIFIER.format(root=str(ROOT), home=home)) for _ in range(5))
    bare = statistics.median(launch(BARE) for _ in range(5))
    print(f"start-up to an interactive main window: {ours:.2f} s (target < 2 s); "
          f"bare PySide6 window: {bare:.2f} s; ratio {ours / bare:.1f}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

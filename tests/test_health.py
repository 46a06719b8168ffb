"""The installation check behind `verifier doctor` and the desktop application's start."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from verifier.cli import main as cli
from verifier.settings import Settings
from verifier.station.health import check_installation

ROOT = Path(__file__).resolve().parents[1]


def test_a_complete_installation_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["doctor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and {c["part"] for c in report["checks"]} >= {
        "model patch_siamese",
        "reference library",
        "tesseract",
    }


def test_missing_or_altered_models_and_an_empty_library_are_named(tmp_path: Path) -> None:
    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models, ignore=shutil.ignore_patterns("train"))
    (models / "patch_siamese.onnx").write_bytes(b"not the model")
    (models / "face" / "face_detection_yunet_2023mar_anysize.onnx").unlink()
    empty = tmp_path / "library"
    empty.mkdir()
    found = check_installation(Settings(tmp_path / "home", empty), models)
    problems = {f.part: f.detail for f in found if not f.ok}
    assert "does not match its sha256" in problems["model patch_siamese"]
    assert "missing" in problems["model yunet"]
    assert "import a signed library package" in problems["reference library"]
    assert len(problems) == 3

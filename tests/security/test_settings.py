"""Settings attacked: a face threshold that turns every impostor into a match, a camera that is
a network stream, a value edited straight into the database."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from tests.stations import as_admin, credentials, signed_in
from verifier.cli import main
from verifier.inspection.pipeline import Inspector
from verifier.inspection.result import CheckStatus, Verdict
from verifier.settings import Settings
from verifier.store.db import Database
from verifier.store.settings import SettingError, get_setting, set_settings
from verifier.store.tables import Setting

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


def test_a_threshold_of_minus_one_is_refused(tmp_path: Path) -> None:
    db = Database(tmp_path / "v.sqlite")
    with db.session() as s, pytest.raises(SettingError, match=r"between 0\.30 and 0\.80"):
        set_settings(s, {"face_match_threshold": -1, "face_no_match_threshold": -1}, None)
    with db.session() as s:  # nothing half-saved
        assert get_setting(s, "face_match_threshold") == 0.363
        assert s.get(Setting, "face_no_match_threshold") is None
    db.close()


def test_a_threshold_edited_into_the_database_falls_back_to_the_default(tmp_path: Path) -> None:
    """An insider writes -1 straight into the settings table: the impostor is still caught."""
    db = Database(tmp_path / "v.sqlite")
    with db.session() as s:
        for key in ("face_match_threshold", "face_no_match_threshold"):
            s.add(Setting(key=key, value={"value": -1.0}, updated_at=dt.datetime(2026, 1, 1)))
    with db.session() as s:
        thresholds = (
            get_setting(s, "face_match_threshold"),
            get_setting(s, "face_no_match_threshold"),
        )
    db.close()
    assert thresholds == (0.363, 0.25)
    inspector = Inspector(ROOT / "reference_docs", face_thresholds=thresholds)
    folder = SAMPLES / "impostor-bearer"
    result = inspector.inspect({"visible": folder / "visible.png", "bearer": folder / "bearer.jpg"})
    face = next(c for c in result.checks if c.id == "face.match")
    assert face.status is not CheckStatus.PASS and result.verdict is not Verdict.NO_ANOMALIES


def test_the_camera_cannot_be_a_network_stream(tmp_path: Path) -> None:
    from verifier.capture.camera import Camera, CameraError

    db = Database(tmp_path / "v.sqlite")
    with db.session() as s, pytest.raises(SettingError, match="camera"):
        set_settings(s, {"camera": "http://192.0.2.1/video.mjpg"}, None)
    db.close()
    with pytest.raises(CameraError, match="not a local camera"):
        Camera("rtsp://192.0.2.1/stream")
    playlist = tmp_path / "list.m3u8"
    playlist.write_text("#EXTM3U\nhttp://192.0.2.1/a.ts\n")
    with pytest.raises(CameraError):  # a local file, but FFmpeg may only open local files
        Camera(str(playlist))


def test_the_command_line_refuses_it_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VERIFIER_HOME", str(tmp_path / "home"))
    signed_in(Settings.from_env()).close()
    monkeypatch.setattr("sys.stdin", io.StringIO(credentials()))
    argv = ["settings", "set", *as_admin([])[:3], "face_match_threshold", "--", "-1"]
    assert main(argv) == 2
    assert "between 0.30 and 0.80" in capsys.readouterr().err

"""YuNet in onnxruntime (verifier.face.matcher.detect) against OpenCV's FaceDetectorYN, which it
replaced: the same faces, boxes, landmarks and scores on every sample image and on a photo with
two faces. The installers' OpenCV has no dnn module (packaging/build_wheels.py); the development
environment's PyPI OpenCV has, and is the reference here."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from verifier.face.matcher import NMS_OVERLAP, SCORE, TOP_K, detect
from verifier.model_files import model_path, session

ROOT = Path(__file__).resolve().parents[1]


def _images() -> list[Path]:
    samples = sorted((ROOT / "samples").glob("*/*.png")) + sorted(
        (ROOT / "samples").glob("*/*.jpg")
    )
    return samples + sorted((ROOT / "fixtures" / "portraits").glob("*.jpg"))


def test_the_same_faces_as_opencvs_detector() -> None:
    yunet = session("yunet")
    try:
        reference = cv2.FaceDetectorYN.create(str(model_path("yunet")), "", (320, 320), SCORE,
                                              NMS_OVERLAP, TOP_K)  # fmt: skip
    except cv2.error:  # the installers' OpenCV: the class is there, its engine is not
        pytest.skip("this OpenCV has no dnn module to run FaceDetectorYN")
    faces, worst = 0, 0.0
    pair = cv2.imread(str(ROOT / "fixtures" / "portraits" / "person_b_bearer.jpg"))
    images = [cv2.imread(str(path)) for path in _images()] + [np.concatenate([pair, pair], axis=1)]
    for bgr in images:
        reference.setInputSize((bgr.shape[1], bgr.shape[0]))
        _, expected = reference.detect(bgr)
        expected = np.zeros((0, 15), np.float32) if expected is None else expected
        got = detect(yunet, bgr)
        assert len(got) == len(expected)
        if len(got):
            order = np.argsort(-expected[:, 14]), np.argsort(-got[:, 14])
            worst = max(worst, float(np.abs(expected[order[0]] - got[order[1]]).max()))
            faces += len(got)
    assert faces >= 80 and len(images) >= 100  # the sample set's portraits and bearers
    assert worst < 2e-3  # pixels and score
    assert len(detect(yunet, images[-1])) == 2  # the two faces side by side


def test_no_face_in_a_blank_image() -> None:
    assert detect(session("yunet"), np.full((300, 200, 3), 255, np.uint8)).shape == (0, 15)


def test_sface_runs_float_kernels_with_the_products_session_options(tmp_path: Path) -> None:
    """SFace's file keeps int8 weights behind DequantizeLinear nodes (models/MODELS.md): with the
    options Verifier's sessions use, onnxruntime folds them into float weights when it loads the
    model, so no DequantizeLinear runs at an embedding (without the option every one does)."""
    import json

    import onnxruntime as ort  # type: ignore[import-untyped]

    options = session("sface").get_session_options()
    options.enable_profiling = True
    options.profile_file_prefix = str(tmp_path / "sface")
    probe = ort.InferenceSession(
        str(model_path("sface")), options, providers=["CPUExecutionProvider"]
    )
    embedding = probe.run(
        None, {probe.get_inputs()[0].name: np.zeros((1, 3, 112, 112), np.float32)}
    )
    assert embedding[0].shape == (1, 128)
    events = json.loads(Path(probe.end_profiling()).read_text())
    ran = {e["args"].get("op_name") for e in events if e.get("cat") == "Node"}
    assert "Conv" in ran and "DequantizeLinear" not in ran

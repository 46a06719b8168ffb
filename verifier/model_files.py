"""The model files Verifier ships, each checked against its sha256 before use.

Provenance, licences and metrics of every file: models/MODELS.md. Nothing is downloaded at run
time; a missing or altered file is a clear error that names the file and what to do.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

import onnxruntime as ort  # type: ignore[import-untyped]

from verifier.settings import PACKAGE_ROOT


@dataclass(frozen=True, slots=True)
class ModelFile:
    name: str
    path: str  # relative to the models folder
    sha256: str


MODELS: Final = {
    m.name: m
    for m in (
        ModelFile(
            "mrz_ocrb_cells",
            "mrz_ocrb_cells.onnx",
            "0a236a30ca89dcaa5098f3ce391e387c5c74116f86437b4c29efb148442caaf3",
        ),
        ModelFile(
            "yunet",
            "face/face_detection_yunet_2023mar_anysize.onnx",
            "85260e29ac9c2546c0f4dcb9f98ad5b754e986f76592473013aa6cfd8c0e446b",
        ),
        ModelFile(
            "sface",
            "face/face_recognition_sface_2021dec_int8w.onnx",
            "0eff823e2a2464d639a6deded29430316bda734688e37d52fbecf2ce44ba96ac",
        ),
        ModelFile(
            "patch_siamese",
            "patch_siamese.onnx",
            "2de3d146d5b1c4141ff92fbc96f9d3714e75eb2897f41d240f3bf6415ff825af",
        ),
        ModelFile(
            "tesseract_mrz",
            "tesseract/mrz.traineddata",
            "1227c70eca69d762608d8c5f9512746bb2c61b9b0ebc624114fd0162ab0eaa3e",
        ),
    )
}


class ModelError(RuntimeError):
    """A model file is missing or is not the file Verifier was tested with."""


def models_dir() -> Path:
    for candidate in (PACKAGE_ROOT.parent / "models", PACKAGE_ROOT / "models"):
        if candidate.is_dir():
            return candidate
    return PACKAGE_ROOT.parent / "models"


@cache
def model_path(name: str, folder: Path | None = None) -> Path:
    """The verified path of a model: sha256 checked once per process."""
    model = MODELS[name]
    path = (folder or models_dir()) / model.path
    if not path.is_file():
        raise ModelError(f"model {model.path} is missing from {path.parent}; reinstall Verifier")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != model.sha256:
        raise ModelError(
            f"model {model.path} does not match its sha256 (altered or corrupt); reinstall Verifier"
        )
    return path


def session(name: str) -> ort.InferenceSession:
    """An onnxruntime CPU session for a verified model: two threads, errors-only logging."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    options.inter_op_num_threads = 1
    options.log_severity_level = 3  # the shipped files trigger harmless optimiser warnings
    # no spin-waiting between tasks: the helper thread runs models beside the main line, and
    # two spinning pools on two cores take the time from each other
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    # SFace keeps its int8 weights behind DequantizeLinear nodes (half the file): folded into
    # float weights once, here, rather than kept for a quantised kernel at every embedding
    options.add_session_config_entry("session.disable_quant_qdq", "1")
    return ort.InferenceSession(str(model_path(name)), options, providers=["CPUExecutionProvider"])

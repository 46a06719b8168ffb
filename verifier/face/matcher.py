"""Compare the document portrait with the bearer: YuNet finds the face and its landmarks, SFace
(int8 weights) embeds the aligned face, and the cosine similarity falls in a band. Both run in
onnxruntime; YuNet's output is decoded as OpenCV's FaceDetectorYN decodes it (``detect``).

Bands (docs/inspection.md): ``match`` at or above 0.363, SFace's published cosine threshold on
LFW; ``no_match`` below 0.25; ``uncertain`` between. Quality gates give ``inconclusive`` with the
reason instead of a score: no face, several faces in the bearer photo, a face too small, too
blurred or turned too far.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Final

import cv2
import numpy as np
import onnxruntime as ort  # type: ignore[import-untyped]
from numpy.typing import NDArray

from verifier.model_files import session
from verifier.serial import Serial, key
from verifier.text import say

MATCH: Final = 0.363
NO_MATCH: Final = 0.25
MIN_FACE_PX: Final = 60
MIN_SHARPNESS: Final = 15.0  # variance of the Laplacian of the aligned 112 x 112 face
MAX_YAW: Final = 0.35  # nose offset from the eyes' midline, in eye distances
# Where the 5 landmarks go in SFace's 112 x 112 input (eyes, nose tip, mouth corners)
_TEMPLATE: Final = np.array(
    [
        [38.2946, 51.6963],
        [73.5318, 51.5014],
        [56.0252, 71.7366],
        [41.5493, 92.3655],
        [70.7299, 92.2041],
    ],
    dtype=np.float32,
)
# YuNet's decoding, as FaceDetectorYN.create(model, "", size, 0.7, 0.3, 20) configured it
SCORE: Final = 0.7  # a face's score, sqrt(class x objectness), at least this
NMS_OVERLAP: Final = 0.3  # of two faces overlapping more than this (IoU), the lower goes
TOP_K: Final = 20  # the highest-scored candidates that go to the suppression
_STRIDES: Final = (8, 16, 32)
# the graph's outputs, per stride: class and objectness scores, box, five landmarks
_OUTPUTS: Final = [
    f"{kind}_{stride}" for stride in _STRIDES for kind in ("cls", "obj", "bbox", "kps")
]
RGB = NDArray[np.uint8]


class Band(enum.Enum):
    MATCH = "match"
    UNCERTAIN = "uncertain"
    NO_MATCH = "no_match"
    INCONCLUSIVE = "inconclusive"


@dataclass(frozen=True, slots=True)
class FaceFound:
    box: tuple[int, int, int, int]
    landmarks: NDArray[np.float32]  # 5 x 2
    score: float


@dataclass(frozen=True, slots=True)
class FaceComparison(Serial):
    data_properties = ("percent",)
    band: Band
    # cosine, -1..1; None when a quality gate stopped the comparison
    similarity: float | None = field(metadata=key(digits=4))
    reason: str  # plain words for the officer

    @property
    def percent(self) -> int | None:
        """The similarity shown to officers: cosine mapped to 0-100 %."""
        return None if self.similarity is None else round(max(0.0, self.similarity) * 100)


PORTRAIT, BEARER = say("document portrait"), say("bearer photo")
# one side of a comparison: the face's unit embedding, or why it cannot be compared
Side = NDArray[np.float32] | FaceComparison


class FaceMatcher:
    def __init__(self, *, match: float = MATCH, no_match: float = NO_MATCH) -> None:
        """``match``/``no_match``: the band limits (an authority sets them from its own data)."""
        if not -1.0 <= no_match <= match <= 1.0:
            raise ValueError("face thresholds: -1 <= no match <= match <= 1")
        self.match, self.no_match = match, no_match
        self._yunet = session("yunet")
        self._sface = session("sface")

    def faces(self, rgb: RGB) -> list[FaceFound]:
        """The faces in the image, the largest first."""
        rows = detect(self._yunet, np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), np.uint8))
        out = [
            FaceFound(
                (int(f[0]), int(f[1]), int(f[2]), int(f[3])),
                np.asarray(f[4:14], dtype=np.float32).reshape(5, 2),
                float(f[14]),
            )
            for f in rows
        ]
        return sorted(out, key=lambda f: -f.box[2] * f.box[3])

    def embed(self, rgb: RGB, face: FaceFound) -> tuple[NDArray[np.float32], float]:
        """The unit embedding and the sharpness of the aligned face."""
        matrix, _ = cv2.estimateAffinePartial2D(face.landmarks, _TEMPLATE, method=cv2.LMEDS)
        aligned = cv2.warpAffine(rgb, matrix, (112, 112))
        sharpness = float(
            cv2.Laplacian(cv2.cvtColor(aligned, cv2.COLOR_RGB2GRAY), cv2.CV_64F).var()
        )
        blob = aligned.astype(np.float32).transpose(2, 0, 1)[None]
        vector = np.asarray(self._sface.run(None, {"data": blob})[0][0], dtype=np.float32)
        return vector / float(np.linalg.norm(vector)), sharpness

    def side(self, name: str, image: RGB, found: list[FaceFound] | None = None) -> Side:
        """One side of a comparison (``name``: the portrait or the bearer photo, in words): its
        face's embedding, or why it cannot be compared. ``found``: its faces, when they were
        already looked for."""
        found = self.faces(image) if found is None else found
        if not found:
            return FaceComparison(
                Band.INCONCLUSIVE, None, say("No face was found in the {name}.", name=name)
            )
        if name == BEARER and len(found) > 1 and found[1].box[2] > 0.5 * found[0].box[2]:
            return FaceComparison(
                Band.INCONCLUSIVE,
                None,
                say("The bearer photo shows several faces; take it again."),
            )
        face = found[0]
        if min(face.box[2], face.box[3]) < MIN_FACE_PX:
            return FaceComparison(
                Band.INCONCLUSIVE, None, say("The face in the {name} is too small.", name=name)
            )
        if _yaw(face.landmarks) > MAX_YAW:
            return FaceComparison(
                Band.INCONCLUSIVE,
                None,
                say("The face in the {name} is turned too far.", name=name),
            )
        vector, sharpness = self.embed(image, face)
        if sharpness < MIN_SHARPNESS:
            return FaceComparison(
                Band.INCONCLUSIVE, None, say("The {name} is too blurred.", name=name)
            )
        return vector

    def compare(self, portrait: RGB, bearer: RGB) -> FaceComparison:
        first = self.side(PORTRAIT, portrait)
        if isinstance(first, FaceComparison):
            return first  # the bearer's side is not looked at
        return self.compare_sides(first, self.side(BEARER, bearer))

    def compare_sides(self, portrait: Side, bearer: Side) -> FaceComparison:
        """The two sides in a band; the portrait's reason first when neither can be compared."""
        if isinstance(portrait, FaceComparison):
            return portrait
        if isinstance(bearer, FaceComparison):
            return bearer
        similarity = float(portrait @ bearer)
        if similarity >= self.match:
            return FaceComparison(Band.MATCH, similarity, say("The bearer resembles the portrait."))
        if similarity < self.no_match:
            return FaceComparison(
                Band.NO_MATCH, similarity, say("The bearer does not resemble the portrait.")
            )
        return FaceComparison(
            Band.UNCERTAIN, similarity, say("Uncertain resemblance: compare the faces yourself.")
        )


def detect(yunet: ort.InferenceSession, bgr: NDArray[np.uint8]) -> NDArray[np.float32]:
    """YuNet's faces in a BGR image: one row per face, box (x, y, width, height), five landmarks
    (x, y), score. Decoded as OpenCV's FaceDetectorYN does (objdetect/src/face_detect.cpp, OpenCV
    5.0): the image padded at the right and bottom to a multiple of 32, each anchor's score
    sqrt(class x objectness) at least SCORE, its box and landmarks in units of its stride, then
    the TOP_K best through non-maximum suppression on the boxes rounded to whole pixels. Agrees
    with FaceDetectorYN to 0.0002 on every sample image (tests/test_face.py)."""
    height, width = bgr.shape[:2]
    padded_h, padded_w = -(-height // 32) * 32, -(-width // 32) * 32
    padded = cv2.copyMakeBorder(bgr, 0, padded_h - height, 0, padded_w - width,
                                cv2.BORDER_CONSTANT, value=0)  # fmt: skip
    blob = padded.astype(np.float32).transpose(2, 0, 1)[None]
    out = dict(zip(_OUTPUTS, yunet.run(_OUTPUTS, {"input": blob}), strict=True))
    found = []
    for stride in _STRIDES:
        cls, obj = (np.clip(out[f"{kind}_{stride}"][0, :, 0], 0, 1) for kind in ("cls", "obj"))
        score = np.sqrt(cls * obj)
        anchors = np.flatnonzero(score >= SCORE)
        row, col = np.divmod(anchors, padded_w // stride)
        bbox, kps = out[f"bbox_{stride}"][0][anchors], out[f"kps_{stride}"][0][anchors]
        w, h = np.exp(bbox[:, 2]) * stride, np.exp(bbox[:, 3]) * stride
        x = (col + bbox[:, 0]) * stride - w / 2
        y = (row + bbox[:, 1]) * stride - h / 2
        marks = np.empty((len(anchors), 10), np.float32)
        marks[:, 0::2] = (kps[:, 0::2] + col[:, None]) * stride
        marks[:, 1::2] = (kps[:, 1::2] + row[:, None]) * stride
        found.append(np.column_stack([x, y, w, h, marks, score[anchors]]).astype(np.float32))
    faces = np.concatenate(found)
    return faces if len(faces) <= 1 else faces[_suppress(faces)]


def _suppress(faces: NDArray[np.float32]) -> list[int]:
    """OpenCV's NMSBoxes(boxes as whole pixels, scores, SCORE, NMS_OVERLAP, eta 1, TOP_K): the
    faces scored above SCORE, best first (ties in order), the TOP_K first, each kept unless it
    overlaps one kept before it by more than NMS_OVERLAP."""
    boxes = faces[:, :4].astype(np.int32)  # C++'s int(): toward zero
    candidates = [int(i) for i in np.argsort(-faces[:, 14], kind="stable") if faces[i, 14] > SCORE]
    kept: list[int] = []
    for i in candidates[:TOP_K]:
        if all(_overlap(boxes[i], boxes[j]) <= NMS_OVERLAP for j in kept):
            kept.append(i)
    return kept


def _overlap(a: NDArray[np.int32], b: NDArray[np.int32]) -> float:
    """Intersection over union of two (x, y, width, height) boxes."""
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    inter = float(max(width, 0) * max(height, 0))
    areas = float(a[2] * a[3] + b[2] * b[3])
    return 1.0 if areas <= 0 else inter / (areas - inter)  # two empty boxes: the same


def _yaw(landmarks: NDArray[np.float32]) -> float:
    right_eye, left_eye, nose = landmarks[0], landmarks[1], landmarks[2]
    eyes = float(np.linalg.norm(left_eye - right_eye))
    middle = (right_eye + left_eye) / 2
    return abs(float(nose[0] - middle[0])) / max(eyes, 1.0)

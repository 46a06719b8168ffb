"""Compare the document portrait with the bearer: YuNet finds the face and its landmarks, SFace
(int8, run with onnxruntime) embeds the aligned face, and the cosine similarity falls in a band.

Bands (docs/inspection.md): ``match`` at or above 0.363, SFace's published cosine threshold on
LFW; ``no_match`` below 0.25; ``uncertain`` between. Quality gates give ``inconclusive`` with the
reason instead of a score: no face, several faces in the bearer photo, a face too small, too
blurred or turned too far.
"""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass, field
from typing import Final

import cv2
import numpy as np
from numpy.typing import NDArray

from verifier.model_files import model_path, session
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
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)  # DNN engine warnings
        self._detector = cv2.FaceDetectorYN.create(
            str(model_path("yunet")), "", (320, 320), 0.7, 0.3, 20
        )
        self._sface = session("sface")
        self._detecting = threading.Lock()

    def faces(self, rgb: RGB) -> list[FaceFound]:
        bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
        with self._detecting:  # one detector, sized for each image: one image at a time
            self._detector.setInputSize((bgr.shape[1], bgr.shape[0]))
            _, detected = self._detector.detect(bgr)
        rows = list(detected) if isinstance(detected, np.ndarray) else []  # None: no face
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


def _yaw(landmarks: NDArray[np.float32]) -> float:
    right_eye, left_eye, nose = landmarks[0], landmarks[1], landmarks[2]
    eyes = float(np.linalg.norm(left_eye - right_eye))
    middle = (right_eye + left_eye) / 2
    return abs(float(nose[0] - middle[0])) / max(eyes, 1.0)

"""Make models/face/face_detection_yunet_2023mar_anysize.onnx: OpenCV Zoo's YuNet with its input
declared of any height and width, so that onnxruntime runs it at each image's own size.

    .venv-train/bin/python models/train/yunet_any_size.py face_detection_yunet_2023mar.onnx

The published graph declares a 1 x 3 x 640 x 640 input, which onnxruntime enforces; OpenCV's
FaceDetectorYN ignores it and runs the same graph at the image's size padded to a multiple of 32
(its layers are convolutions and reshapes to [1, -1, n]). Only the declared shapes change here:
the input's height and width and the outputs' anchor counts become symbolic, the inferred
intermediate shapes are dropped; no node, weight or attribute changes. Input: the file of
sha256 8f2383e4…2fa4 (models/MODELS.md); the output's sha256 is printed.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import onnx

OUT = Path(__file__).resolve().parents[1] / "face" / "face_detection_yunet_2023mar_anysize.onnx"
SOURCE_SHA256 = "8f2383e4dd3cfbb4553ea8718107fc0423210dc964f9f4280604804ed2552fa4"


def any_size(model: onnx.ModelProto) -> onnx.ModelProto:
    (image,) = model.graph.input
    dims = image.type.tensor_type.shape.dim
    dims[2].dim_param, dims[3].dim_param = "height", "width"
    for output in model.graph.output:  # cls_8 ... kps_32: [1, anchors, n]
        output.type.tensor_type.shape.dim[1].dim_param = f"anchors_{output.name.split('_')[1]}"
    del model.graph.value_info[:]
    onnx.checker.check_model(model)
    return model


def main() -> None:
    source = Path(sys.argv[1])
    if hashlib.sha256(source.read_bytes()).hexdigest() != SOURCE_SHA256:
        raise SystemExit(f"{source} is not the published YuNet 2023mar file (sha256 differs)")
    onnx.save(any_size(onnx.load(str(source))), str(OUT))
    print(OUT, hashlib.sha256(OUT.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()

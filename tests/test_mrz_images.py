"""Reading the MRZ from images: every sample, every orientation, hostile files, both engines."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from PIL import Image

from verifier import model_files as models
from verifier.cli import main
from verifier.imaging import mrz_locate
from verifier.imaging.loading import ImageError, load_gray
from verifier.imaging.mrz_locate import find_bands
from verifier.imaging.mrz_reader import MrzReader, tesseract_lines

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FOLDERS = sorted(p for p in SAMPLES.iterdir() if p.is_dir())
TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def reader() -> MrzReader:
    return MrzReader(today=TODAY)


def truth(folder: Path) -> dict[str, object]:
    return json.loads((folder / "truth.json").read_text())  # type: ignore[no-any-return]


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_every_sample_is_read_exactly(reader: MrzReader, folder: Path) -> None:
    t = truth(folder)
    read = reader.read_file(folder / "visible.png")
    assert read is not None
    assert list(read.result.lines) == t["mrz"]
    assert read.result.valid == (t["forgery"] != "mrz_check_digit")
    assert read.engine == "verifier-onnx" or not read.result.valid
    assert read.orientation == 0
    assert read.timing_ms < 3000  # generous: ~50-100 ms measured


@pytest.mark.parametrize("angle", [90, 180, 270])
@pytest.mark.parametrize(
    "sample", ["uto-p-2020-genuine", "uto-id-2021-genuine", "uto-rp-2019-genuine"]
)
def test_any_orientation(reader: MrzReader, sample: str, angle: int) -> None:
    with Image.open(SAMPLES / sample / "visible.png") as image:
        turned = np.asarray(image.convert("L").rotate(-angle, expand=True))  # clockwise
    read = reader.read(turned)
    assert read is not None and read.result.valid
    assert list(read.result.lines) == truth(SAMPLES / sample)["mrz"]
    assert read.orientation == angle


def test_bbox_points_at_the_mrz(reader: MrzReader) -> None:
    read = reader.read_file(SAMPLES / "uto-p-2020-genuine" / "visible.png")
    assert read is not None
    _, y, w, h = read.bbox
    gray = load_gray(SAMPLES / "uto-p-2020-genuine" / "visible.png")
    assert y > gray.shape[0] * 0.7 and w > gray.shape[1] * 0.7 and 40 < h < 150


def test_images_without_an_mrz(reader: MrzReader, tmp_path: Path) -> None:
    assert reader.read_file(SAMPLES / "uto-p-2020-genuine" / "bearer.jpg") is None
    blank = tmp_path / "blank.png"
    Image.new("L", (800, 600), 255).save(blank)
    assert reader.read_file(blank) is None
    noise = tmp_path / "noise.png"
    Image.fromarray(np.random.default_rng(1).integers(0, 255, (600, 800), dtype=np.uint8)).save(
        noise
    )
    assert reader.read_file(noise) is None
    speckle = np.random.default_rng(2).integers(0, 255, (1500, 2000), dtype=np.uint8)
    start = time.perf_counter()
    assert reader.read(speckle) is None  # tens of thousands of specks: still quick
    assert time.perf_counter() - start < 5.0  # generous: ~0.5 s measured


def _hostile(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = (SAMPLES / "uto-p-2020-genuine" / "visible.png").read_bytes()
    cases = {
        "zero-byte": (b"", "empty"),
        "truncated": (good[: len(good) // 3], "damaged or truncated"),
        "text": (b"this is not an image\n" * 10, "not an image"),
    }
    out = {}
    for name, (data, reason) in cases.items():
        path = tmp_path / f"{name}.png"
        path.write_bytes(data)
        out[name] = (path, reason)
    tiny = tmp_path / "one-pixel.png"
    Image.new("L", (1, 1)).save(tiny)
    out["one-pixel"] = (tiny, "too small")
    huge = tmp_path / "huge.png"
    Image.new("1", (20_000, 20_000), 1).save(huge)
    out["20000x20000"] = (huge, "than a capture needs")
    out["missing"] = (tmp_path / "missing.png", "cannot read")
    return out


def test_hostile_files_fail_fast_with_a_clear_error(tmp_path: Path) -> None:
    for name, (path, reason) in _hostile(tmp_path).items():
        start = time.perf_counter()
        with pytest.raises(ImageError, match=reason):
            load_gray(path)
        assert time.perf_counter() - start < 2.0, name


def test_the_second_engine_reads_when_the_first_cannot(
    reader: MrzReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    gray = load_gray(SAMPLES / "uto-v-2022-genuine" / "visible.png")
    band = find_bands(gray)[0]
    lines = tesseract_lines(band.image)
    assert len(lines) == 2 and lines[0].startswith("V<UTOARKFREITH")

    def blind(self: MrzReader, cells: list[object]) -> list[np.ndarray]:  # the first engine fails
        return [np.full((c.length, 37), 1 / 37, dtype=np.float32) for c in cells]  # type: ignore[attr-defined]

    monkeypatch.setattr(MrzReader, "_classify", blind)
    read = reader.read(gray)
    assert read is not None and read.engine == "tesseract" and read.result.valid
    assert list(read.result.lines) == truth(SAMPLES / "uto-v-2022-genuine")["mrz"]


def test_unsure_characters_in_unprotected_fields_make_the_read_invalid(
    reader: MrzReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = MrzReader._classify

    def unsure_name(self: MrzReader, cells: list[object]) -> list[np.ndarray]:
        probs = real(self, cells)  # type: ignore[arg-type]
        row = probs[0][8].copy()  # line 1, position 9: inside the name, no check digit
        probs[0][8] = row * 0.4 + (1 - row) * 0.6 / 36
        return probs

    monkeypatch.setattr(MrzReader, "_classify", unsure_name)
    no_second = MrzReader(use_tesseract=False, today=TODAY)
    read = no_second.read_file(SAMPLES / "uto-p-2020-genuine" / "visible.png")
    assert read is not None and not read.result.valid
    assert any(
        w.code == "low_confidence" and "line 1 position 9" in w.message
        for w in read.result.warnings
    )


def test_an_altered_model_is_refused(tmp_path: Path) -> None:
    shutil.copytree(
        ROOT / "models", tmp_path / "models", ignore=shutil.ignore_patterns("tesseract")
    )
    (tmp_path / "models" / "mrz_ocrb_cells.onnx").write_bytes(b"not the model")
    with pytest.raises(models.ModelError, match="does not match its sha256"):
        models.model_path("mrz_ocrb_cells", tmp_path / "models")
    with pytest.raises(models.ModelError, match="missing"):
        models.model_path("tesseract_mrz", tmp_path / "models")


def test_cli_reads_images(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [
        SAMPLES / "uto-id-2021-genuine" / "visible.png",
        SAMPLES / "uto-p-2020-genuine" / "bearer.jpg",
    ]
    code = main(["mrz", "--json", "--today", "2026-11-28", "--image", *map(str, files)])
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert code == 1  # the second image has no MRZ
    assert first["file"].endswith("visible.png") and first["valid"] is True
    assert first["document_number"] == "D41290375" and first["format"] == "TD1"
    assert first["engine"] == "verifier-onnx" and 0.5 < first["confidence"] <= 1
    assert first["orientation"] == 0 and len(first["bbox"]) == 4 and first["timing_ms"] > 0
    assert second == {"file": str(files[1]), "error": "no MRZ found"}
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"")
    code = main(["mrz", "--image", str(bad)])
    out, err = capsys.readouterr()
    assert code == 2 and "empty" in err and out.strip().endswith("capture it again")
    code = main(["mrz", "--image", str(files[0])])
    assert code == 0 and "VALID: yes" in capsys.readouterr().out
    assert main(["mrz", "--image", str(files[0]), "P<UTO"]) == 2


@pytest.fixture(scope="module")
def camera_shots(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Hand-held photos from the generator (not committed: made on demand, ~1 s each)."""
    from dataclasses import replace as with_capture

    from fixtures.generator.capture import Capture
    from fixtures.generator.samples import samples, seed_of, write_sample

    out = tmp_path_factory.mktemp("camera")
    chosen = {"uto-id-2021-genuine", "uto-v-2022-genuine", "forged-office-paper"}
    shots = {}
    for sample in samples(full=False):
        if sample.id in chosen:
            shot = with_capture(
                sample, id=f"{sample.id}-camera", capture=Capture("camera", seed=seed_of(sample.id))
            )
            shots[sample.id] = write_sample(shot, out)
    return shots


@pytest.mark.parametrize(
    "sample", ["uto-id-2021-genuine", "uto-v-2022-genuine", "forged-office-paper"]
)
def test_camera_photos_are_read_exactly(
    reader: MrzReader, camera_shots: dict[str, Path], sample: str
) -> None:
    """A small card at an angle, a visa with glare over its fillers: the document is warped
    upright and, if needed, its local contrast equalised before reading."""
    read = reader.read_file(camera_shots[sample] / "visible.png")
    assert read is not None and read.result.valid
    assert list(read.result.lines) == truth(SAMPLES / sample)["mrz"]
    x, y, w, h = read.bbox
    assert 0 <= x < 1600 and 0 <= y < 1200 and w > 200 and 20 < h < 300


def test_documents_are_found_and_warped_upright(camera_shots: dict[str, Path]) -> None:
    from verifier.imaging.document import find_documents

    card = find_documents(load_gray(camera_shots["uto-id-2021-genuine"] / "visible.png"))
    assert card and card[0].image.shape[1] > 2.5 * card[0].image.shape[0]  # two sides, side by side
    assert find_documents(np.full((600, 800), 255, dtype=np.uint8)) == []


_VALUES = hnp.arrays(np.float64, st.integers(1, 60), elements=st.floats(0, 3000, allow_nan=False))


@settings(max_examples=200, deadline=None)
@given(_VALUES, st.floats(-0.2, 0.2), st.floats(0, 2000))
def test_the_row_statistics_are_numpys(values: np.ndarray, slope: float, offset: float) -> None:
    """The locator's own median, 90th percentile and line fit (numpy's are slow for a handful
    of values) give numpy's answers."""
    assert mrz_locate._median(values) == pytest.approx(float(np.median(values)), abs=1e-9)
    assert mrz_locate._percentile_90(values) == pytest.approx(
        float(np.percentile(values, 90)), abs=1e-9
    )
    xs = np.sort(values)
    if np.ptp(xs) > 1.0:
        ys = slope * xs + offset + np.sin(xs)  # a row's axis, glyphs a little off it
        fitted = mrz_locate._line(xs, ys)
        assert fitted == pytest.approx(tuple(np.polyfit(xs, ys, 1)), rel=1e-6, abs=1e-6)

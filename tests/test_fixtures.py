"""The sample documents: layout, ground truth that matches the data, determinism, captures."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from fixtures.generator.capture import Capture, apply, page_to_capture
from fixtures.generator.chips import COUNTERFEITS
from fixtures.generator.render import Lights
from fixtures.generator.samples import samples, write_sample
from verifier.library import load_template
from verifier.mrz import parse

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FOLDERS = sorted(p for p in SAMPLES.iterdir() if p.is_dir())
STABLE_IDS = {
    "mrz.present", "mrz.format", "mrz.check_digits", "mrz.dates", "mrz.codes", "doc.expired",
    "template.identified", "viz.mrz_consistency", "barcode.decoded", "barcode.signature",
    "barcode.mrz_consistency", "uv.dull_paper", "uv.features", "ir.mrz_b900", "ir.features",
    "visible.features", "face.portrait_found", "face.match",
}  # fmt: skip
FORGERIES = {
    "photo_substitution", "viz_altered", "mrz_check_digit", "expired", "office_paper",
    "uv_emblem_missing", "fibres_wrong", "fibres_missing", "mrz_without_b900",
    "template_mismatch", "seal_tampered", "impostor",
    "fibres_half_erased", "mrz_line_without_b900",  # part of a feature altered
}  # fmt: skip


def size(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size


def truth(folder: Path) -> dict[str, object]:
    return json.loads((folder / "truth.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_the_compact_set_covers_every_template_and_forgery() -> None:
    truths = [truth(f) for f in FOLDERS]
    genuine = {t["template"] for t in truths if t["forgery"] is None}
    assert genuine == {
        "UTO-P-2020", "UTO-P-2010", "UTO-ID-2021", "UTO-RP-2019", "UTO-V-2022",
        "UTO-P-2024", "UTO-ID-2024",  # unseen: never trained or calibrated on
    }  # fmt: skip
    unseen = {t["template"] for t in truths if t["unseen_design"]}
    assert unseen == {"UTO-P-2024", "UTO-ID-2024"}
    assert {t["forgery"] for t in truths} - {None} == FORGERIES


def test_committed_fixtures_stay_small() -> None:
    size = sum(
        p.stat().st_size
        for folder in (ROOT / "fixtures", ROOT / "samples")  # what the repository commits
        for p in folder.rglob("*")
        if p.is_file()
    )
    assert size < 30 * 1024 * 1024


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_sample_layout_and_truth(folder: Path) -> None:
    names = sorted(p.name for p in folder.iterdir())
    t = truth(folder)
    chip = "chip.json" in names  # documents of a design with a chip (visas and counterfeits: none)
    assert [n for n in names if n != "chip.json"] == [
        "bearer.jpg", "ir.png", "truth.json", "uv.png", "visible.png",
    ]  # fmt: skip
    assert chip == (not t["template"].startswith("UTO-V") and t["forgery"] not in COUNTERFEITS)  # type: ignore[union-attr]
    sizes = {size(folder / f"{light}.png") for light in ("visible", "uv", "ir")}
    assert len(sizes) == 1, "one capture geometry for all lights"
    template = load_template(ROOT / "reference_docs" / str(t["template"]))
    assert set(t["expected_failures"]) <= STABLE_IDS  # type: ignore[arg-type]
    assert bool(t["expected_failures"]) == (t["forgery"] is not None)
    today = dt.date.fromisoformat(str(t["reference_date"]))
    mrz = parse(t["mrz"], today=today, repair=False)  # type: ignore[arg-type]
    assert mrz.format is template.format
    assert mrz.valid == ("mrz.check_digits" not in t["expected_failures"])  # type: ignore[operator]
    assert bool(mrz.expired) == ("doc.expired" in t["expected_failures"])  # type: ignore[operator]
    bearer = t["bearer"]
    assert bearer["matches_document_photo"] == ("face.match" not in t["expected_failures"])  # type: ignore[index,operator]
    assert bearer["is_holder"] == (t["forgery"] not in ("impostor", "photo_substitution"))  # type: ignore[index]


def test_template_mismatch_is_a_design_not_issued_at_that_date() -> None:
    t = truth(SAMPLES / "forged-template-mismatch")
    issued = dt.date.fromisoformat(t["holder"]["issue_date"])  # type: ignore[index]
    template = load_template(ROOT / "reference_docs" / str(t["template"]))
    assert not template.issued_on(issued)
    assert not template.number_pattern.fullmatch(t["holder"]["document_number"])  # type: ignore[index]


def test_viz_altered_differs_from_the_mrz() -> None:
    t = truth(SAMPLES / "forged-viz-altered")
    mrz = parse(t["mrz"], today=dt.date(2026, 11, 28))  # type: ignore[arg-type]
    assert t["viz"]["surname"] == "VAN DER MOLEN" and mrz.surname == "VAN DER MUELLEN"  # type: ignore[index]


def test_generation_is_deterministic_and_matches_the_committed_set(tmp_path: Path) -> None:
    sample = next(s for s in samples(full=False) if s.id == "forged-office-paper")
    first, second = write_sample(sample, tmp_path / "a"), write_sample(sample, tmp_path / "b")
    for name in ("visible.png", "uv.png", "ir.png", "truth.json", "bearer.jpg"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    committed = SAMPLES / sample.id
    assert (first / "truth.json").read_bytes() == (committed / "truth.json").read_bytes()
    for light in ("visible", "uv", "ir"):
        # pixel-close rather than byte-equal: another Pillow may rasterise text differently
        with (
            Image.open(first / f"{light}.png") as new,
            Image.open(committed / f"{light}.png") as old,
        ):
            assert new.size == old.size
            diff = np.abs(np.asarray(new, dtype=np.int16) - np.asarray(old, dtype=np.int16))
            assert diff.mean() < 2.0, f"{light}: regenerate with `make fixtures`"


def test_capture_variants(tmp_path: Path) -> None:
    base = next(s for s in samples(full=False) if s.id == "uto-id-2021-genuine")
    scan = write_sample(replace(base, id="scan", capture=Capture("scanner", 150, 2.0, 1)), tmp_path)
    flat = size(SAMPLES / base.id / "visible.png")
    scanned = size(scan / "visible.png")
    assert scanned[0] < flat[0] * 0.6  # half the resolution, a little wider for the skew
    assert truth(scan)["capture"] == {"kind": "scanner", "dpi": 150, "skew_deg": 2.0, "seed": 1}
    assert Capture.described(truth(scan)["capture"]) == Capture("scanner", 150, 2.0, 1)
    camera = write_sample(replace(base, id="cam", capture=Capture("camera", seed=7)), tmp_path)
    assert size(camera / "uv.png") == (1600, 1200)
    full = samples(full=True)
    assert len(full) == 5 * len(samples(full=False))
    assert {s.capture.kind for s in full} == {"flatbed", "scanner", "camera"}


@pytest.mark.parametrize(
    "capture",
    [
        Capture("flatbed"),
        Capture("scanner", 150, 1.5, 3),
        Capture("scanner", 600, -2.5, 4),
        Capture("camera", seed=7),
        Capture("camera", seed=8),
    ],
    ids=lambda c: f"{c.kind}-{c.dpi}-{c.seed}",
)
def test_the_capture_geometry_is_where_the_page_lands(capture: Capture) -> None:
    """The ground truth that alignment is measured against (bench/bench_alignment.py): dark
    dots drawn on a page are found on its capture where ``page_to_capture`` puts them."""
    width, height = 1476, 1039
    page = np.full((height, width, 3), 255, np.uint8)
    dots = [(150, 120), (1320, 160), (740, 520), (260, 900), (1380, 950)]
    for x, y in dots:
        page[y - 6 : y + 7, x - 6 : x + 7] = 0  # centred on the pixel (x, y)
    image = Image.fromarray(page)
    captured = apply(Lights(image, image, image), capture)["visible"]
    gray = np.asarray(captured.convert("L"), dtype=np.float64)
    matrix = page_to_capture(capture, (width, height))
    for x, y in dots:
        px, py, pw = matrix @ (x, y, 1.0)
        px, py = px / pw, py / pw
        half = max(14, 14 * capture.dpi // 300)  # the dot and a little paper around it
        x0, y0 = round(px) - half, round(py) - half
        window = gray[y0 : y0 + 2 * half + 1, x0 : x0 + 2 * half + 1]
        ink = np.clip(np.median(window) - window, 0, None)  # darkness above the paper
        rows, cols = np.mgrid[0 : 2 * half + 1, 0 : 2 * half + 1]
        found = (x0 + (ink * cols).sum() / ink.sum(), y0 + (ink * rows).sum() / ink.sum())
        # measured: within 0.1 px; half-pixel slips (pixel centres vs corners) give 0.3-0.8
        assert np.hypot(found[0] - px, found[1] - py) < 0.2, (x, y, found, (px, py))

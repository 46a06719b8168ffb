"""Loading captures: upright per EXIF, any colour mode to the arrays the stages expect."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from verifier.imaging.loading import load_gray, load_rgb

ROOT = Path(__file__).resolve().parents[1]


def _page() -> Image.Image:
    """A wide image with a red block at its top-left: where it ends up shows the turn."""
    pixels = np.full((120, 200, 3), 255, np.uint8)
    pixels[:40, :60] = (220, 0, 0)
    return Image.fromarray(pixels)


@pytest.mark.parametrize(
    ("orientation", "shape", "corner"),
    [
        (1, (120, 200), (0, 0)),  # upright
        (3, (120, 200), (119, 199)),  # upside down: the block is bottom-right once turned
        (6, (200, 120), (0, 119)),  # a camera held on its side: turned 90 degrees clockwise
        (8, (200, 120), (199, 0)),
    ],
)
def test_a_photo_is_turned_upright_by_its_exif_orientation(
    tmp_path: Path, orientation: int, shape: tuple[int, int], corner: tuple[int, int]
) -> None:
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / "photo.jpg"
    _page().save(path, quality=95, exif=exif)
    rgb = load_rgb(path)
    assert rgb.shape == (*shape, 3) and rgb.dtype == np.uint8
    y, x = corner
    assert rgb[y, x, 0] > 180 and rgb[y, x, 1] < 60  # the red block, where the turn puts it
    assert load_gray(path).shape == shape


@pytest.mark.parametrize("mode", ["RGB", "L", "P", "RGBA", "CMYK", "I;16"])
def test_every_colour_mode_loads_as_rgb_and_grey(tmp_path: Path, mode: str) -> None:
    image = _page()
    if mode == "I;16":  # 16-bit grey, as some scanners write: scaled, not clipped to white
        image = Image.fromarray((np.asarray(image.convert("L"), np.uint16) * 200).astype(np.uint16))
    else:
        image = image.convert(mode)
    path = tmp_path / ("page.tif" if mode in ("CMYK", "I;16") else "page.png")
    image.save(path)
    rgb, gray = load_rgb(path), load_gray(path)
    assert rgb.shape == (120, 200, 3) and gray.shape == (120, 200)
    assert rgb.dtype == gray.dtype == np.uint8
    assert gray[100, 160] > gray[5, 5] + 60  # the white paper stays lighter than the block


def test_an_upright_capture_loads_bit_for_bit() -> None:
    """The fast path (no copy for an upright RGB image) gives Pillow's pixels unchanged."""
    path = ROOT / "samples" / "uto-p-2020-genuine" / "visible.png"
    with Image.open(path) as image:
        expected = np.asarray(image.convert("RGB"))
    assert np.array_equal(load_rgb(path), expected)

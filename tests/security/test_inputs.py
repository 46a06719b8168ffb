"""Hostile and odd inputs, each as an attacker or an unlucky officer would give them: devices
and pipes instead of photos, files too big to hold, bombs, deep YAML, a package with nothing
in it, notes that fill pages, leftovers of killed processes."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.stations import signed_in
from tests.test_reports import fill, result
from verifier.imaging.loading import ImageError, check_image, load_gray
from verifier.inspection.pipeline import Inspector
from verifier.library import TemplateError, load_template
from verifier.library import package as pkg
from verifier.library.drafting import draft_template
from verifier.reports.book import Decision
from verifier.reports.render import Printable, to_pdf
from verifier.settings import Settings
from verifier.station.backup import backup

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "uto-p-2020-genuine"
KEYS = ROOT / "fixtures" / "keys"


@pytest.fixture(scope="module")
def inspector() -> Inspector:
    return Inspector(ROOT / "reference_docs", today=dt.date(2026, 11, 28))


def _fifo(tmp_path: Path) -> Path:
    fifo = tmp_path / "bearer.jpg"
    os.mkfifo(fifo)
    return fifo


@pytest.mark.skipif(os.name != "posix", reason="devices and pipes")
def test_a_device_or_a_pipe_as_the_bearer_photo(inspector: Inspector, tmp_path: Path) -> None:
    """/dev/zero grew memory without limit; a pipe hung the inspection."""
    for bearer in (Path("/dev/zero"), _fifo(tmp_path)):
        start = time.perf_counter()
        with pytest.raises(ImageError, match="not a file"):
            inspector.inspect({"visible": SAMPLE / "visible.png", "bearer": bearer})
        assert time.perf_counter() - start < 2


def test_a_huge_or_fake_bearer_is_never_stored(inspector: Inspector, tmp_path: Path) -> None:
    """A 1 GiB non-image was stored whole and signed; a decompression bomb broke the PDF."""
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as f:
        f.truncate(1024**3)  # sparse: no disk used
    with pytest.raises(ImageError, match="too large"):
        check_image(huge)
    bomb = tmp_path / "bomb.png"
    Image.new("1", (20_000, 20_000)).save(bomb)
    with pytest.raises(ImageError, match="than a capture needs"):
        inspector.inspect({"visible": SAMPLE / "visible.png", "bearer": bomb})
    text = tmp_path / "notes.jpg"
    text.write_text("not an image\n" * 100)
    with pytest.raises(ImageError, match="not an image"):
        check_image(text)


def test_a_sixteen_bit_grey_scan_is_not_white(tmp_path: Path) -> None:
    ramp = (np.linspace(0, 65535, 200 * 100).reshape(100, 200)).astype(np.uint16)
    path = tmp_path / "scan16.png"
    Image.fromarray(ramp).save(path)  # Pillow writes a 16-bit grey PNG (mode I;16)
    with Image.open(path) as written:
        assert written.mode.startswith("I")
    grey = load_gray(path)
    assert grey.min() < 10 and 100 < grey.mean() < 160  # a ramp, not 255 everywhere


def test_deep_yaml_a_huge_reference_and_an_empty_package(tmp_path: Path) -> None:
    folder = tmp_path / "DEEP-1"
    shutil.copytree(ROOT / "reference_docs" / "UTO-V-2022", folder)
    (folder / "template.yaml").write_text("a: " + "[" * 20_000 + "]" * 20_000 + "\n")
    with pytest.raises(TemplateError, match=r"nested too deeply|not valid YAML"):
        load_template(folder)
    big = tmp_path / "big" / "UTO-V-2022"
    shutil.copytree(ROOT / "reference_docs" / "UTO-V-2022", big)
    Image.new("1", (13_000, 13_000)).save(big / "visible.png")  # 169 megapixels, a small file
    with pytest.raises(TemplateError, match="over 60 megapixels"):
        load_template(big)
    empty = tmp_path / "empty-lib"
    (empty / "_trust").mkdir(parents=True)
    (empty / "_trust" / "readme").write_text("x")
    package = tmp_path / "empty.zip"
    key = pkg.load_private_key(KEYS / "utopia-test-publisher.key.pem")
    with zipfile.ZipFile(package, "w") as archive:  # a signed package with no template at all
        readme = {"sha256": pkg.hashlib.sha256(b"x").hexdigest(), "size": 1}
        manifest = {
            "format": pkg.FORMAT,
            "id": "e",
            "version": "1",
            "created": "x",
            "publisher": pkg.fingerprint(key.public_key()),
            "templates": [],
            "files": {"_trust/readme": readme},
        }
        data = pkg.json.dumps(manifest, indent=1, sort_keys=True).encode()
        archive.writestr("manifest.json", data)
        archive.writestr("manifest.sig", key.sign(data))
        archive.writestr("library/_trust/readme", b"x")
    trusted = {pkg.fingerprint(key.public_key()): key.public_key()}
    with pytest.raises(pkg.PackageError, match="holds no template"):
        pkg.install_package(package, tmp_path / "library", trusted)
    assert not (tmp_path / "library" / "CURRENT").exists()


@pytest.mark.skipif(os.name != "posix", reason="pipes")
def test_drafting_from_a_bomb_a_truncated_file_or_a_pipe(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    Image.new("1", (20_000, 20_000)).save(bomb)
    cut = tmp_path / "cut.png"
    cut.write_bytes((SAMPLE / "visible.png").read_bytes()[:5000])
    for path, reason in ((bomb, "over 60 megapixels|readable"), (cut, "not a readable image"),
                         (_fifo(tmp_path), "not a file")):  # fmt: skip
        start = time.perf_counter()
        with pytest.raises(TemplateError, match=reason):
            draft_template(tmp_path / "drafts", "X-1", {"visible": path})
        assert time.perf_counter() - start < 5


def test_long_notes_print_on_as_many_pages_as_they_need(tmp_path: Path) -> None:
    station = signed_in(Settings(tmp_path / "home", ROOT / "reference_docs", tmp_path / "e.json"))
    try:
        for notes in ("x" * 3900, "\n".join(f"line {i}" for i in range(200))):
            seq = station.book.save(
                result(), station.context(), decision=Decision.REFERRED, notes=notes
            ).seq
            pdf = to_pdf(Printable(station.book.get(str(seq)), {}))
            assert (
                pdf.startswith(b"%PDF")
                and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page\r") >= 0
            )
        with pytest.raises(ValueError, match="limited to"):
            station.book.save(result(), station.context(), notes="y" * 5000)
    finally:
        station.close()


def test_leftovers_of_killed_processes_are_tidied(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "home", ROOT / "reference_docs", tmp_path / "e.json")
    station = signed_in(settings)
    try:
        fill(station, 1)
        stale = settings.images_dir / "ab" / ".tmp-123"
        stale.parent.mkdir(parents=True, exist_ok=True)
        stale.write_bytes(b"half")
        orphan = settings.images_dir / "cd" / ("cd" + "0" * 62)
        orphan.parent.mkdir(parents=True, exist_ok=True)
        orphan.write_bytes(b"never committed")
        fresh = settings.images_dir / "ef" / ".tmp-456"  # a write in progress right now
        fresh.parent.mkdir(parents=True, exist_ok=True)
        fresh.write_bytes(b"writing")
        old = time.time() - 7200
        os.utime(stale, (old, old))
        os.utime(orphan, (old, old))
        assert station.tidy() == 2
        assert not stale.exists() and not orphan.exists() and fresh.exists()
    finally:
        station.close()


@pytest.mark.skipif(os.name != "posix", reason="permissions")
def test_a_backup_over_a_readable_file_is_owner_only(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "home", ROOT / "reference_docs", tmp_path / "e.json")
    station = signed_in(settings)
    try:
        out = tmp_path / "backup.zip"
        out.write_bytes(b"old")
        out.chmod(0o644)
        backup(settings.data_dir, out, station.book.signer)
        assert out.stat().st_mode & 0o077 == 0
    finally:
        station.close()

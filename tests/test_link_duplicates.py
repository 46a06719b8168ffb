"""The Linux bundle's identical sample images linked to one copy (packaging/link_duplicates.py).

`make dist-test` runs the demo from the bundle so linked; here the rules on a small tree, and the
bundled samples read through their links as the files they replaced.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from verifier.imaging.loading import load_gray

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def module() -> ModuleType:
    path = ROOT / "packaging" / "link_duplicates.py"
    spec = importlib.util.spec_from_file_location("link_duplicates", path)
    assert spec is not None and spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


def test_identical_files_become_relative_links_to_the_first(
    module: ModuleType, tmp_path: Path
) -> None:
    for name, data in (("a/x.png", b"same"), ("b/x.png", b"same"), ("b/y.png", b"other"),
                       ("c/z.png", b"samf")):  # fmt: skip
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(data)
    assert module.link_duplicates(tmp_path) == 4
    linked = tmp_path / "b" / "x.png"
    assert linked.is_symlink() and str(linked.readlink()) == "../a/x.png"
    assert linked.read_bytes() == b"same"
    assert not any(p.is_symlink() for p in (tmp_path / "a/x.png", tmp_path / "b/y.png",
                                            tmp_path / "c/z.png"))  # fmt: skip
    assert module.link_duplicates(tmp_path) == 0  # links are not counted again


def test_linked_samples_read_as_the_files_they_replace(module: ModuleType, tmp_path: Path) -> None:
    samples = tmp_path / "samples"
    shutil.copytree(ROOT / "samples", samples)
    saved = module.link_duplicates(samples)
    links = [p for p in samples.rglob("*") if p.is_symlink()]
    assert saved > 5_000_000 and len(links) >= 10
    for link in links:
        assert link.resolve().is_relative_to(samples.resolve())
        original = ROOT / "samples" / link.relative_to(samples)
        assert np.array_equal(load_gray(link), load_gray(original))


def test_a_missing_folder_is_an_error(module: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        module.link_duplicates(tmp_path / "samples")

"""The reference library attacked after it was installed: a threshold lowered in an installed
template, a file added, the version in use deleted mid-switch, the shipped library edited."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from verifier.cli import main
from verifier.library import package as pkg
from verifier.library.integrity import LibraryIntegrityError
from verifier.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
KEYS = ROOT / "fixtures" / "keys"
PUBLISHER = pkg.load_private_key(KEYS / "utopia-test-publisher.key.pem")
SAMPLE = ROOT / "samples" / "forged-fibres-missing"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    settings = Settings(tmp_path / "home", ROOT / "reference_docs", tmp_path / "enrol.json")
    trusted = settings.trusted_publishers_dir
    trusted.mkdir(parents=True)
    shutil.copy(KEYS / "utopia-test-publisher.pub.pem", trusted / "utopia.pem")
    package = tmp_path / "utopia.zip"
    pkg.export_package(ROOT / "reference_docs", package, PUBLISHER, package_id="u", version="1")
    pkg.install_package(package, settings.library_dir, pkg.trusted_publishers(trusted))
    return settings


def _installed_template(settings: Settings) -> Path:
    library = pkg.active_library(settings.library_dir, settings.bundled_library)
    return library / "UTO-V-2022" / "template.yaml"


def test_an_installed_library_is_checked_on_every_load(settings: Settings) -> None:
    assert pkg.checked_library(settings).parent.name == "versions"


def test_a_threshold_lowered_after_import_stops_inspection(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`min_count` of the fibres lowered to 0: a forgery without fibres used to pass."""
    template = _installed_template(settings)
    text = template.read_text(encoding="utf-8")
    assert "min_count:" in text
    template.write_text(
        "\n".join(
            "    min_count: 0" if "min_count:" in line else line for line in text.splitlines()
        )
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(LibraryIntegrityError, match="changed after it was signed"):
        pkg.checked_library(settings)
    monkeypatch.setenv("VERIFIER_HOME", str(settings.data_dir))
    argv = ["inspect", "--no-store", "--uv", str(SAMPLE / "uv.png"), str(SAMPLE / "visible.png")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "UTO-V-2022/template.yaml" in err and "imported again" in err


def test_a_file_added_or_a_manifest_altered_is_refused(settings: Settings) -> None:
    library = pkg.active_library(settings.library_dir, settings.bundled_library)
    (library / "UTO-V-2022" / "extra.png").write_bytes(b"x")
    with pytest.raises(LibraryIntegrityError, match="was added"):
        pkg.checked_library(settings)
    (library / "UTO-V-2022" / "extra.png").unlink()
    manifest = library / "_manifest.json"
    manifest.write_text(manifest.read_text().replace('"version": "1"', '"version": "2"'))
    with pytest.raises(LibraryIntegrityError, match="signature does not hold"):
        pkg.checked_library(settings)
    manifest.unlink()
    with pytest.raises(LibraryIntegrityError, match="no signed manifest"):
        pkg.checked_library(settings)


def test_a_missing_version_is_announced_not_replaced(settings: Settings) -> None:
    """A kill after the old version was removed left CURRENT naming a deleted folder, and the
    shipped library was used silently in its place."""
    library = pkg.active_library(settings.library_dir, settings.bundled_library)
    shutil.rmtree(library)
    with pytest.raises(LibraryIntegrityError, match="is missing"):
        pkg.checked_library(settings)


def test_installing_the_same_version_again_never_removes_the_one_in_use(
    settings: Settings, tmp_path: Path
) -> None:
    before = pkg.active_library(settings.library_dir, settings.bundled_library)
    package = tmp_path / "again.zip"
    created = pkg.dt.datetime(2026, 11, 28, tzinfo=pkg.dt.UTC)
    for _ in range(2):
        pkg.export_package(
            ROOT / "reference_docs",
            package,
            PUBLISHER,
            package_id="u",
            version="1",
            created=created,
        )
        pkg.install_package(
            package, settings.library_dir, pkg.trusted_publishers(settings.trusted_publishers_dir)
        )
    assert before.is_dir()  # the earlier version stays until nothing names it
    assert pkg.checked_library(settings).is_dir()
    installed = pkg.active_library(settings.library_dir, settings.bundled_library)
    (installed / "UTO-P-2020" / "notes.md").write_text("tampered\n")
    pkg.install_package(  # the same package again: the damaged copy is left, a new one used
        package, settings.library_dir, pkg.trusted_publishers(settings.trusted_publishers_dir)
    )
    assert pkg.checked_library(settings) != installed


def test_the_shipped_library_is_checked_against_its_hashes(tmp_path: Path) -> None:
    shipped = tmp_path / "reference_docs"
    shutil.copytree(ROOT / "reference_docs", shipped)
    settings = Settings(tmp_path / "home", shipped)
    assert pkg.checked_library(settings) == shipped
    notes = shipped / "UTO-P-2020" / "notes.md"
    notes.write_text(notes.read_text() + "edited\n")
    with pytest.raises(LibraryIntegrityError, match=r"UTO-P-2020/notes\.md"):
        pkg.checked_library(settings)

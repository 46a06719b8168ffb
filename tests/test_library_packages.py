"""Signed library packages: round trip, hostile archives, atomic install, the CLI."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.stations import as_admin, credentials, signed_in
from verifier.cli import main
from verifier.library import load_template
from verifier.library import package as pkg
from verifier.library.drafting import draft_template
from verifier.library.template import TemplateError
from verifier.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "reference_docs"
KEYS = ROOT / "fixtures" / "keys"
PUBLISHER = pkg.load_private_key(KEYS / "utopia-test-publisher.key.pem")
TRUSTED = {pkg.fingerprint(PUBLISHER.public_key()): PUBLISHER.public_key()}
WHEN = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pkg") / "utopia.zip"
    pkg.export_package(BUNDLED, out, PUBLISHER, package_id="utopia", version="1", created=WHEN)
    return out


def rewrite(
    source: Path,
    target: Path,
    *,
    drop: set[str] = frozenset(),  # type: ignore[assignment]
    replace: dict[str, bytes] | None = None,
    add: dict[str, bytes] | None = None,
    resign: Ed25519PrivateKey | None = None,
) -> Path:
    """Copy a package with changes; optionally recompute the manifest and sign it."""
    replace, add = dict(replace or {}), dict(add or {})
    with zipfile.ZipFile(source) as zin:
        members = {n: zin.read(n) for n in zin.namelist() if n not in drop}
    members.update(replace)
    members.update(add)
    if resign is not None:
        manifest = json.loads(members["manifest.json"])
        manifest["files"] = {
            n.removeprefix("library/"): {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
            for n, d in members.items()
            if n.startswith("library/")
        }
        members["manifest.json"] = json.dumps(manifest).encode()
        members["manifest.sig"] = resign.sign(members["manifest.json"])
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members.items():
            zout.writestr(name, data)
    return target


def test_round_trip_installs_atomically(package: Path, tmp_path: Path) -> None:
    info = pkg.verify_package(package, TRUSTED)
    assert info.templates == (
        "UTO-ID-2021",
        "UTO-ID-2024",
        "UTO-P-2010",
        "UTO-P-2020",
        "UTO-P-2024",
        "UTO-RP-2019",
        "UTO-V-2022",
    )
    assert info.created == "2026-11-28T12:00:00+00:00" and info.files == 36
    library = tmp_path / "library"
    assert pkg.active_library(library, BUNDLED) == BUNDLED
    pkg.install_package(package, library, TRUSTED)
    active = pkg.active_library(library, BUNDLED)
    assert active.parent == library / "versions"
    assert load_template(active / "UTO-P-2020").features == load_template(
        BUNDLED / "UTO-P-2020"
    ).features.__class__(load_template(active / "UTO-P-2020").features)
    assert (active / "_trust" / "seal-signers" / "UTTS5B.pem").is_file()
    assert [p.name for p in (library / "versions").iterdir()] == [active.name]  # no staging left
    pkg.install_package(package, library, TRUSTED)  # re-import of the same package is fine
    assert pkg.active_library(library, BUNDLED) == active


def test_untrusted_publisher(package: Path) -> None:
    with pytest.raises(pkg.PackageError, match="does not trust") as exc:
        pkg.verify_package(package, {})
    assert not exc.value.bad_input


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"drop": {"manifest.sig"}}, "not signed"),
        ({"replace": {"manifest.sig": b"\x00" * 64}}, "signature does not match"),
        (
            {"replace": {"library/UTO-P-2020/template.yaml": b"schema: x\n"}},
            "changed after signing",
        ),
        ({"drop": {"library/UTO-P-2020/notes.md"}}, "listed in the manifest but missing"),
        ({"add": {"library/UTO-P-2020/extra.txt": b"x"}}, "not listed in the signed manifest"),
        ({"add": {"README": b"x"}}, "not listed in the signed manifest"),
        ({"replace": {"manifest.json": b"{not json"}}, "not valid JSON"),
        ({"replace": {"manifest.json": b'{"format": "other"}'}}, "format"),
    ],
)
def test_tampered_packages_are_refused(
    package: Path, tmp_path: Path, change: dict, reason: str
) -> None:  # type: ignore[type-arg]
    bad = rewrite(package, tmp_path / "bad.zip", **change)
    with pytest.raises(pkg.PackageError, match=reason):
        pkg.verify_package(bad, TRUSTED)


@pytest.mark.parametrize(
    "name", ["library/../../evil.txt", "/etc/evil", "library\\\\evil", "C:/evil", "library//x"]
)
def test_paths_that_leave_the_package_are_refused(package: Path, tmp_path: Path, name: str) -> None:
    bad = rewrite(package, tmp_path / "bad.zip", add={name: b"x"})
    library = tmp_path / "library"
    with pytest.raises(pkg.PackageError, match="leaves the package"):
        pkg.install_package(bad, library, TRUSTED)
    assert not (tmp_path / "evil.txt").exists()
    assert not (library / "CURRENT").exists()


def test_symbolic_links_are_refused(package: Path, tmp_path: Path) -> None:
    bad = tmp_path / "link.zip"
    shutil.copy(package, bad)
    with zipfile.ZipFile(bad, "a") as z:
        info = zipfile.ZipInfo("library/UTO-P-2020/link")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(info, "/etc/passwd")
    with pytest.raises(pkg.PackageError, match="symbolic link"):
        pkg.verify_package(bad, TRUSTED)


def test_zip_bombs_and_oversized_packages(
    package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = rewrite(package, tmp_path / "bomb.zip", add={"library/zeros": bytes(5_000_000)})
    with pytest.raises(pkg.PackageError, match="zip bomb"):
        pkg.verify_package(bomb, TRUSTED)
    monkeypatch.setattr(pkg, "MAX_FILE_BYTES", 1000)
    with pytest.raises(pkg.PackageError, match="too large"):
        pkg.verify_package(package, TRUSTED)
    monkeypatch.setattr(pkg, "MAX_FILE_BYTES", 256 * 1024**2)
    monkeypatch.setattr(pkg, "MAX_FILES", 3)
    with pytest.raises(pkg.PackageError, match="more than a package may hold"):
        pkg.verify_package(package, TRUSTED)
    monkeypatch.setattr(pkg, "MAX_FILES", 50_000)
    monkeypatch.setattr(pkg, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(pkg.PackageError, match="would unpack to"):
        pkg.verify_package(package, TRUSTED)
    monkeypatch.setattr(pkg, "MAX_PACKAGE_BYTES", 10)
    with pytest.raises(pkg.PackageError, match="larger than a library package"):
        pkg.verify_package(package, TRUSTED)


def test_files_that_are_not_packages(tmp_path: Path, package: Path) -> None:
    cases = {
        "missing.zip": None,
        "text.zip": b"hello",
        "truncated.zip": package.read_bytes()[:5000],
    }
    for name, content in cases.items():
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        with pytest.raises(pkg.PackageError) as exc:
            pkg.verify_package(path, TRUSTED)
        assert exc.value.bad_input, name
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("other.txt", "x")
    with pytest.raises(pkg.PackageError, match=r"manifest\.json is missing"):
        pkg.verify_package(empty, TRUSTED)


def test_a_signed_but_invalid_template_leaves_the_previous_library(
    package: Path, tmp_path: Path
) -> None:
    library = tmp_path / "library"
    pkg.install_package(package, library, TRUSTED)
    before = (library / "CURRENT").read_text()
    evil = rewrite(
        package,
        tmp_path / "evil.zip",
        replace={"library/UTO-P-2020/template.yaml": b"!!python/object/apply:os.system ['id']\n"},
        resign=PUBLISHER,
    )
    with pytest.raises(pkg.PackageError, match="invalid template"):
        pkg.install_package(evil, library, TRUSTED)
    assert (library / "CURRENT").read_text() == before
    assert len(list((library / "versions").iterdir())) == 1


def test_a_full_disk_during_import_leaves_the_previous_library(
    package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "library"
    pkg.install_package(package, library, TRUSTED)
    before = (library / "CURRENT").read_text()
    calls = {"n": 0}
    real = Path.write_bytes

    def disk_full(self: Path, data: bytes) -> int:  # type: ignore[override]
        calls["n"] += 1
        if calls["n"] > 5:
            raise OSError(28, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    other = tmp_path / "v2.zip"
    pkg.export_package(BUNDLED, other, PUBLISHER, package_id="utopia", version="2", created=WHEN)
    with pytest.raises(OSError, match="No space left"):
        pkg.install_package(other, library, TRUSTED)
    assert (library / "CURRENT").read_text() == before
    assert len(list((library / "versions").iterdir())) == 1


def test_export_refuses_invalid_templates_links_and_empty_sources(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(BUNDLED / "UTO-P-2020", source / "UTO-P-2020")
    (source / "UTO-P-2020" / "template.yaml").write_text("schema: nope\n")
    with pytest.raises(pkg.PackageError, match="invalid template"):
        pkg.export_package(source, tmp_path / "x.zip", PUBLISHER, package_id="x", version="1")
    shutil.rmtree(source / "UTO-P-2020")
    shutil.copytree(BUNDLED / "UTO-V-2022", source / "UTO-V-2022")
    (source / "UTO-V-2022" / "link").symlink_to("/etc/passwd")
    with pytest.raises(pkg.PackageError, match="symbolic links"):
        pkg.export_package(source, tmp_path / "x.zip", PUBLISHER, package_id="x", version="1")
    with pytest.raises(pkg.PackageError, match="no template"):
        pkg.export_package(
            tmp_path / "src" / "UTO-V-2022",
            tmp_path / "y.zip",
            PUBLISHER,
            package_id="x",
            version="1",
        )


def test_keys_must_be_ed25519_pem(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pem"
    junk.write_text("not a key")
    with pytest.raises(pkg.PackageError, match="not a PEM public key"):
        pkg.load_public_key(junk)
    with pytest.raises(pkg.PackageError, match="not an unencrypted PEM private key"):
        pkg.load_private_key(junk)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    ec_key = ec.generate_private_key(ec.SECP256R1())
    pub = tmp_path / "ec.pem"
    pub.write_bytes(
        ec_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    priv = tmp_path / "ec.key"
    priv.write_bytes(
        ec_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(pkg.PackageError, match="Ed25519"):
        pkg.load_public_key(pub)
    with pytest.raises(pkg.PackageError, match="Ed25519"):
        pkg.load_private_key(priv)
    assert pkg.trusted_publishers(tmp_path / "none") == {}


# --- drafting and the command line ------------------------------------------------------------

SAMPLE = ROOT / "samples" / "uto-p-2020-genuine"


def test_draft_template_from_an_exemplar(tmp_path: Path) -> None:
    folder = draft_template(
        tmp_path, "SRB-P-2008", {"visible": SAMPLE / "visible.png", "uv": SAMPLE / "uv.png"},
        issuing_state="SRB", today=dt.date(2026, 11, 28),
    )  # fmt: skip
    t = load_template(folder)
    assert t.draft and t.issuing_state == "SRB" and round(t.width_mm) == 133
    assert [f.routine for f in t.features] == ["(UV,BR,FU)"]
    with pytest.raises(TemplateError, match="exists already"):
        draft_template(tmp_path, "SRB-P-2008", {"visible": SAMPLE / "visible.png"})


@pytest.mark.parametrize(
    ("images", "reason"),
    [
        ({"uv": SAMPLE / "uv.png"}, "visible light is required"),
        ({"visible": SAMPLE / "truth.json"}, "not a readable image"),
        (
            {
                "visible": SAMPLE / "visible.png",
                "ir": ROOT / "fixtures/portraits/person_a_bearer.jpg",
            },
            "differ in size",
        ),
    ],
)
def test_draft_template_refuses_bad_images(
    tmp_path: Path, images: dict[str, Path], reason: str
) -> None:
    with pytest.raises(TemplateError, match=reason):
        draft_template(tmp_path, "SRB-P-2008", images)


def test_draft_refuses_a_bad_id_and_huge_images(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(TemplateError, match="upper-case"):
        draft_template(tmp_path, "srb", {"visible": SAMPLE / "visible.png"})
    from verifier.library import drafting

    monkeypatch.setattr(drafting, "MAX_PIXELS", 1000)
    with pytest.raises(TemplateError, match="too large"):
        draft_template(tmp_path, "SRB-P-2008", {"visible": SAMPLE / "visible.png"})


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_library_flow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VERIFIER_HOME", str(tmp_path / "home"))
    signed_in(Settings.from_env()).close()  # the workstation's administrator

    def admin(argv: list[str]) -> list[str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(credentials()))
        return as_admin(argv)

    out_pkg = tmp_path / "lib.zip"
    key = str(KEYS / "utopia-test-publisher.key.pem")
    export = ["library", "export", "--out", str(out_pkg), "--key", key, "--version", "7"]
    assert run_cli(export, capsys)[0] == 2  # changes what the workstation trusts: an admin
    assert run_cli(admin(export), capsys)[0] == 0
    code, out, err = run_cli(["library", "verify", str(out_pkg), "--json"], capsys)
    assert code == 1 and json.loads(out) == {"valid": False, "error": err.split(": ", 1)[1].strip()}
    assert "verifier library trust" in err
    trust = ["library", "trust", str(KEYS / "utopia-test-publisher.pub.pem")]
    assert run_cli(admin(trust), capsys)[0] == 0
    code, out, _ = run_cli(["library", "verify", str(out_pkg), "--json"], capsys)
    assert code == 0 and json.loads(out)["version"] == "7"
    code, out, _ = run_cli(["library", "verify", str(out_pkg)], capsys)
    assert code == 0 and out.startswith("valid: library 7")
    code, out, _ = run_cli(admin(["library", "import", str(out_pkg)]), capsys)
    assert code == 0 and "installed" in out
    code, out, _ = run_cli(["library", "list", "--json"], capsys)
    listing = json.loads(out)
    assert code == 0 and "versions" in listing["library"] and len(listing["templates"]) == 7
    code, out, err = run_cli(["library", "verify", str(SAMPLE / "truth.json")], capsys)
    assert code == 2 and "not a library package" in err
    code, out, _ = run_cli(
        ["library", "new-template", "--id", "XYZ-P-1", "--visible", str(SAMPLE / "visible.png")],
        capsys,
    )
    assert code == 0 and "draft written" in out
    code, _, err = run_cli(
        ["library", "new-template", "--id", "bad id", "--visible", str(SAMPLE / "visible.png")],
        capsys,
    )
    assert code == 2 and "upper-case" in err
    code, _, err = run_cli(admin(["library", "trust", str(SAMPLE / "truth.json")]), capsys)
    assert code == 2 and "not a PEM public key" in err


def test_cli_library_list_reports_invalid_templates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "home" / "library"
    version = library / "versions" / "v1"
    shutil.copytree(BUNDLED / "UTO-V-2022", version / "UTO-V-2022")
    (version / "BROKEN").mkdir()
    (library / "CURRENT").write_text("v1\n")
    monkeypatch.setenv("VERIFIER_HOME", str(tmp_path / "home"))
    code, out, _ = run_cli(["library", "list"], capsys)
    assert code == 1 and "UTO-V-2022" in out and "BROKEN         INVALID" in out

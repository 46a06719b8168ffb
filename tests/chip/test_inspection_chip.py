"""The chip in a whole inspection: its checks join the verdict; its portrait catches a photo
substitution the printed portrait alone does not; a sample without a chip says so."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.test_cli import run
from verifier.inspection.pipeline import Inspector
from verifier.inspection.result import CheckStatus, Verdict
from verifier.settings import Settings
from verifier.station.chip import chip_request

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
DAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def inspector() -> Inspector:
    return Inspector(ROOT / "reference_docs", today=DAY)


def inspect(inspector: Inspector, name: str):  # type: ignore[no-untyped-def]
    folder = SAMPLES / name
    captures = {light: folder / f"{light}.png" for light in ("visible", "uv", "ir")}
    captures["bearer"] = folder / "bearer.jpg"
    request = chip_request(Settings.from_env(), captures["visible"], today=lambda: DAY)
    result = inspector.inspect(captures, request)
    return result, {c.id: c.status for c in result.checks}


def test_genuine_with_chip(inspector: Inspector) -> None:
    result, status = inspect(inspector, "uto-p-2020-genuine")
    for check in ("chip.read", "chip.passive_auth", "chip.clone_detection", "chip.mrz_match"):
        assert status[check] is CheckStatus.PASS, check
    assert status["face.chip_match"] is CheckStatus.PASS
    assert result.verdict is Verdict.NO_ANOMALIES
    assert "chip" in result.timing_ms


def test_photo_substitution_is_caught_by_the_chip_portrait(inspector: Inspector) -> None:
    result, status = inspect(inspector, "forged-photo-substitution")
    assert status["face.match"] is CheckStatus.PASS  # the bearer is the person on the new photo
    assert status["face.chip_match"] is CheckStatus.FAIL  # but the issuer stored another face
    assert status["chip.passive_auth"] is CheckStatus.PASS
    chip_match = next(c for c in result.checks if c.id == "face.chip_match")
    assert set(chip_match.evidence) == {"bearer", "printed"}


def test_a_visa_has_no_chip_and_is_not_failed_for_it(inspector: Inspector) -> None:
    result, status = inspect(inspector, "uto-v-2022-genuine")
    assert status["chip.read"] is CheckStatus.SKIPPED
    assert "face.chip_match" not in status
    assert result.verdict is Verdict.NO_ANOMALIES


def test_inspect_command_with_chip(capsys: pytest.CaptureFixture[str]) -> None:
    folder = SAMPLES / "uto-id-2021-genuine"
    argv = ["inspect", str(folder / "visible.png"), "--chip", "--json", "--no-store"]
    code, out, _ = run([*argv, "--today", "2026-11-28"], capsys)
    result = json.loads(out)
    statuses = {c["id"]: c["status"] for c in result["checks"]}
    assert statuses["chip.read"] == "pass" and statuses["chip.passive_auth"] == "pass"
    assert code in (0, 1)  # one light only: the verdict may say what was not examined


def test_a_chip_file_planted_beside_a_capture_is_not_read(tmp_path: Path) -> None:
    """Outside the bundled samples a chip.json is ignored: the chip is the reader's, and a
    file (even a copy of a genuine chip) never passes for it."""
    import shutil

    folder = tmp_path / "hot-folder"
    shutil.copytree(SAMPLES / "uto-p-2020-genuine", folder)
    request = chip_request(Settings.from_env(), folder / "visible.png", today=lambda: DAY)
    assert request.source.image is None
    outcome = request.checks(request.source, json.loads((folder / "truth.json").read_text())["mrz"])
    assert outcome.reading is None
    assert {c.status for c in outcome.checks} == {CheckStatus.SKIPPED}  # no reader here


def test_the_chip_in_the_report_portrait_details_and_chain(
    inspector: Inspector, tmp_path: Path
) -> None:
    """The signed report keeps the chip's portrait, its DG11/DG12 details and the certificate
    chain; the printed report (HTML and PDF) shows them."""
    from tests.stations import signed_in
    from verifier.reports.render import Printable, to_html, to_pdf
    from verifier.station.workstation import report_images

    folder = SAMPLES / "uto-id-2021-genuine"
    captures = {light: folder / f"{light}.png" for light in ("visible", "uv", "ir")}
    captures["bearer"] = folder / "bearer.jpg"
    progress: list[tuple[str, int, int]] = []
    request = chip_request(Settings.from_env(), captures["visible"], today=lambda: DAY)
    request = replace(request, progress=lambda *heard: progress.append(heard))
    result = inspector.inspect(captures, request)
    dg2 = [(done, total) for what, done, total in progress if what == "DG2"]
    assert len(dg2) > 5 and dg2[-1][0] == dg2[-1][1] > 5_000  # the portrait, in steps, to the end
    assert all(a[0] < b[0] for a, b in itertools.pairwise(dg2))
    read = next(c for c in result.checks if c.id == "chip.read")
    assert read.evidence["dg11"]["birth_place"] == "Zenith"
    images = report_images(captures, result)
    assert images["chip_portrait"][:3] == b"\xff\xd8\xff"
    station = signed_in(Settings(tmp_path / "home", ROOT / "reference_docs"))
    try:
        station.book.save(result, station.context(), images=images)
        report = station.book.get("1")
        images_of = report["body"]["images"].items()
        stored = {role: station.book.images.get(digest) for role, digest in images_of}
    finally:
        station.close()
    evidence = {c["id"]: c["evidence"] for c in report["body"]["inspection"]["checks"]}
    assert [c["sha256"] for c in evidence["chip.passive_auth"]["chain"]] == [
        c["sha256"] for c in next(
            ch for ch in result.checks if ch.id == "chip.passive_auth"
        ).evidence["chain"]
    ]  # fmt: skip
    page = to_html(Printable(report, stored))
    assert "<figcaption>Portrait in the chip</figcaption>" in page
    assert "<th>Place of birth</th><td>Zenith</td>" in page
    assert "<th>Date of issue</th><td>2023-02-09</td>" in page
    assert "<th>Document Signer</th><td>Common Name: DS Utopia 01" in page
    assert "<th>Country Signing CA (CSCA)</th>" in page
    assert to_pdf(Printable(report, stored)).startswith(b"%PDF")

"""The inspection pipeline on the sample documents: every implemented check does its job."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter

from verifier.cli import main
from verifier.imaging.loading import ImageError
from verifier.inspection import pipeline
from verifier.inspection.checks import printed
from verifier.inspection.checks.barcodes import BarcodeChecks
from verifier.inspection.checks.face import FaceChecks
from verifier.inspection.checks.features import FeatureChecks
from verifier.inspection.pipeline import Inspector
from verifier.inspection.result import CheckResult, CheckStatus, Verdict, verdict_of

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FOLDERS = sorted(p for p in SAMPLES.iterdir() if p.is_dir())
LIGHTS = ("visible", "uv", "ir")


@pytest.fixture(scope="module")
def inspector() -> Inspector:
    return Inspector(ROOT / "reference_docs", today=dt.date(2026, 11, 28))


def captures(folder: Path, lights: tuple[str, ...] = LIGHTS) -> dict[str, Path]:
    return {light: folder / f"{light}.png" for light in lights} | {"bearer": folder / "bearer.jpg"}


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_each_sample_fails_exactly_its_expected_checks(inspector: Inspector, folder: Path) -> None:
    truth = json.loads((folder / "truth.json").read_text())
    result = inspector.inspect(captures(folder))
    expected = set(truth["expected_failures"])
    assert set(result.failed()) == expected, [
        c.as_dict() for c in result.checks if c.status is CheckStatus.FAIL
    ]
    assert result.template == truth["template"]
    assert result.verdict is (Verdict.ANOMALIES if expected else Verdict.NO_ANOMALIES)
    assert all(c.status is not CheckStatus.ERROR for c in result.checks)


def test_result_json(inspector: Inspector) -> None:
    result = inspector.inspect(captures(SAMPLES / "forged-seal-tampered")).as_dict()
    assert set(result) == {
        "template",
        "template_confidence",
        "mrz",
        "checks",
        "face",
        "verdict",
        "not_examined",
        "timing_ms",
        "frame_dpi",
        "failed_stages",
        "seen_before",
        "alerts",
    }
    assert result["not_examined"] == []
    assert result["verdict"] == "anomalies" and result["mrz"]["format"] == "MRVA"
    assert result["frame_dpi"] == 300
    signature = next(c for c in result["checks"] if c["id"] == "barcode.signature")
    assert signature["status"] == "fail" and "altered" in signature["message"]
    uv = [c for c in result["checks"] if c["id"] == "uv.features"]
    assert uv and all({"feature", "routine", "region_mm"} <= set(c["evidence"]) for c in uv)
    assert {"mrz", "identify", "refine", "align", "forensics", "barcodes"} <= set(
        result["timing_ms"]
    )


def test_missing_lights_skip_their_checks(inspector: Inspector) -> None:
    result = inspector.inspect(captures(SAMPLES / "uto-p-2020-genuine", ("visible",)))
    skipped = {c.id for c in result.checks if c.status is CheckStatus.SKIPPED}
    assert {"uv.dull_paper", "uv.features", "ir.mrz_b900", "ir.features"} <= skipped
    assert result.verdict is Verdict.NO_ANOMALIES
    assert result.not_examined == ("uv", "ir")  # and every screen says so
    alone = inspector.inspect({"visible": SAMPLES / "uto-p-2020-genuine" / "visible.png"})
    assert alone.not_examined == ("uv", "ir", "face")


def test_checks_are_named_for_the_officer(inspector: Inspector) -> None:
    result = inspector.inspect(captures(SAMPLES / "uto-p-2020-genuine"))
    uv = [c.name for c in result.checks if c.id == "uv.features"]
    assert uv == ["Emblem in UV", "Fibres in UV", "Number ink in UV"]
    assert {c.id: c.name for c in result.checks}["mrz.check_digits"] == "MRZ check digits"


def test_a_broken_check_digit_names_the_field_and_the_digit_it_should_be(
    inspector: Inspector,
) -> None:
    result = inspector.inspect(captures(SAMPLES / "forged-mrz-check-digit"))
    check = next(c for c in result.checks if c.id == "mrz.check_digits")
    (fault,) = [f for f in check.evidence["faults"] if f["field"] == "document_number"]
    lines = result.mrz.lines if result.mrz else ()
    assert lines[fault["line"]][fault["position"]] == fault["printed"] != fault["computed"]
    assert (
        f"document number: check digit {fault['printed']}, computed {fault['computed']}"
        in check.message
    )


def test_a_blank_capture_and_a_photo_of_a_person(inspector: Inspector, tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    Image.new("RGB", (1400, 1000), (250, 250, 250)).save(blank)
    result = inspector.inspect({"visible": blank})
    assert result.template is None and result.verdict is Verdict.ANOMALIES
    assert {c.id: c.status for c in result.checks}["mrz.present"] is CheckStatus.FAIL
    person = inspector.inspect({"visible": SAMPLES / "impostor-bearer" / "bearer.jpg"})
    assert person.verdict is not Verdict.NO_ANOMALIES
    with pytest.raises(ImageError):
        inspector.inspect({"visible": tmp_path / "missing.png"})


def test_lights_and_the_bearer_read_on_the_helper_thread_fail_as_before(
    inspector: Inspector, tmp_path: Path
) -> None:
    """The UV and IR captures and the bearer photo are decoded beside the visible one: an
    unreadable light or bearer photo still raises ImageError from inspect, and the next
    inspection is whole."""
    sample = captures(SAMPLES / "uto-p-2020-genuine")
    broken = tmp_path / "uv.png"
    broken.write_bytes(b"not an image")
    with pytest.raises(ImageError):
        inspector.inspect({**sample, "uv": broken})
    cut = tmp_path / "bearer.jpg"
    cut.write_bytes(sample["bearer"].read_bytes()[:2000])  # a header, then nothing
    with pytest.raises(ImageError):
        inspector.inspect({**sample, "bearer": cut})
    result = inspector.inspect(sample)
    assert not result.failed_stages and result.verdict is Verdict.NO_ANOMALIES
    assert {c.id: c.status for c in result.checks}["face.match"] is CheckStatus.PASS


def test_a_failing_stage_becomes_an_error_and_the_rest_still_runs(
    inspector: Inspector, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> list[CheckResult]:
        raise RuntimeError("simulated")

    monkeypatch.setattr(FeatureChecks, "__call__", broken)
    result = inspector.inspect(captures(SAMPLES / "uto-p-2020-genuine"))
    assert [f.stage for f in result.failed_stages] == ["forensics"]
    assert result.failed_stages[0].error == "RuntimeError"
    assert result.as_dict()["failed_stages"] == [{"stage": "forensics", "error": "RuntimeError"}]
    assert {"mrz.check_digits", "template.identified", "face.match"} <= {
        c.id for c in result.checks
    }
    errors = {c.id for c in result.checks if c.status is CheckStatus.ERROR}
    assert errors == {
        "uv.dull_paper",
        "uv.features",
        "ir.mrz_b900",
        "ir.features",
        "visible.features",
    }
    assert result.verdict is Verdict.INCONCLUSIVE  # never "no anomalies" after a failed stage


@pytest.mark.parametrize(
    ("target", "stage", "ids"),
    [
        ("MrzReader.read", "mrz", {"mrz.present"}),
        ("Identifier.rank", "identify", {"template.identified"}),
        (
            "pipeline.align",
            "align",
            {"uv.features", "ir.features", "visible.features", "uv.dull_paper", "ir.mrz_b900"},
        ),
        ("printed.viz_check", "viz", {"viz.mrz_consistency"}),
        ("BarcodeChecks.read", "barcodes", {"barcode.decoded"}),
        ("BarcodeChecks.judge", "barcodes", {"barcode.decoded"}),
        ("FaceChecks.__call__", "face", {"face.match"}),
    ],
)
def test_every_stage_failure_is_reported_as_errors(
    inspector: Inspector, monkeypatch: pytest.MonkeyPatch, target: str, stage: str, ids: set[str]
) -> None:
    owner, name = target.split(".")
    where = {
        "MrzReader": pipeline.MrzReader,
        "Identifier": pipeline.Identifier,
        "pipeline": pipeline,
        "printed": printed,
        "BarcodeChecks": BarcodeChecks,
        "FaceChecks": FaceChecks,
    }

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("simulated")

    monkeypatch.setattr(where[owner], name, broken)
    result = inspector.inspect(captures(SAMPLES / "uto-p-2020-genuine"))
    assert stage in {f.stage for f in result.failed_stages}
    assert stage in result.timing_ms
    assert ids <= {c.id for c in result.checks if c.status is CheckStatus.ERROR}
    assert result.verdict is not Verdict.NO_ANOMALIES


def test_face_bands_and_quality_gates(inspector: Inspector, tmp_path: Path) -> None:
    from verifier.face.matcher import Band, FaceMatcher

    matcher = FaceMatcher()

    def rgb(path: Path) -> np.ndarray:
        with Image.open(path) as image:
            return np.asarray(image.convert("RGB"))

    portraits = ROOT / "fixtures" / "portraits"
    same = matcher.compare(
        rgb(portraits / "person_b_document.jpg"), rgb(portraits / "person_b_bearer.jpg")
    )
    other = matcher.compare(
        rgb(portraits / "person_b_document.jpg"), rgb(portraits / "person_e_desk.jpg")
    )
    assert same.band is Band.MATCH and other.band is Band.NO_MATCH
    blank = np.full((400, 300, 3), 200, dtype=np.uint8)
    assert matcher.compare(blank, rgb(portraits / "person_b_bearer.jpg")).band is Band.INCONCLUSIVE
    face = rgb(portraits / "person_b_bearer.jpg")
    tiny = np.asarray(Image.fromarray(face).resize((90, 90)))
    small = matcher.compare(rgb(portraits / "person_b_document.jpg"), tiny)
    assert small.band is Band.INCONCLUSIVE and small.similarity is None
    two = np.concatenate([face, face], axis=1)
    assert "several faces" in matcher.compare(rgb(portraits / "person_b_document.jpg"), two).reason
    blurred = np.asarray(Image.fromarray(face).filter(ImageFilter.GaussianBlur(12)))
    assert matcher.compare(rgb(portraits / "person_b_document.jpg"), blurred).band is not Band.MATCH


def test_viz_names_dates_and_numbers() -> None:
    from verifier.inspection.viz import dates_in, name_matches, number_matches

    assert name_matches("VAN DER MULLEN", "VAN DER MUELLEN", False)  # OCR dropped the umlaut
    assert name_matches("VAN DER MÜLLEN Le", "VAN DER MUELLEN", False)  # noise after the name
    assert not name_matches("VAN DER MOLEN", "VAN DER MUELLEN", False)
    assert name_matches("ERIKSON", "ERIKSSON", False)  # one OCR slip in a long name
    assert not name_matches("", "ERIKSSON", False)
    assert dates_in("21 DEC 1977 M UTO") == {dt.date(1977, 12, 21)}
    assert dates_in("31 FEB 1977") == set() and dates_in("no date") == set()
    assert dt.date(1985, 12, 1) in dates_in("Rochefort 01.DEZ.1985")  # German
    assert dates_in("25.12.1982.") == {dt.date(1982, 12, 25)}
    assert dates_in("12 JUIL/JUL 74") == {dt.date(1974, 7, 12), dt.date(2074, 7, 12)}
    assert dates_in("1974-08-12") == {dt.date(1974, 8, 12)}
    assert number_matches("000-5903358-01", "590335801")
    assert not number_matches("000-5903358-02", "590335801")


def test_verdict_policy() -> None:
    def check(status: CheckStatus) -> CheckResult:
        return CheckResult("x", status, "")

    assert verdict_of(()) is Verdict.NO_ANOMALIES
    assert verdict_of((check(CheckStatus.PASS), check(CheckStatus.SKIPPED))) is Verdict.NO_ANOMALIES
    assert verdict_of((check(CheckStatus.PASS), check(CheckStatus.WARN))) is Verdict.INCONCLUSIVE
    assert verdict_of((check(CheckStatus.ERROR),)) is Verdict.INCONCLUSIVE
    assert verdict_of((check(CheckStatus.WARN), check(CheckStatus.FAIL))) is Verdict.ANOMALIES


def test_cli_inspect(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = SAMPLES / "forged-office-paper"
    code = main(
        [
            "inspect",
            "--json",
            "--no-store",
            "--today",
            "2026-11-28",
            "--uv",
            str(folder / "uv.png"),
            str(folder / "visible.png"),
        ]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 1 and result["verdict"] == "anomalies"
    assert {c["id"] for c in result["checks"] if c["status"] == "fail"} == {
        "uv.dull_paper",
        "uv.features",
    }
    genuine = SAMPLES / "uto-v-2022-genuine"
    code = main(
        [
            "inspect",
            "--no-store",
            "--today",
            "2026-11-28",
            "--ir",
            str(genuine / "ir.png"),
            str(genuine / "visible.png"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0 and "ir.mrz_b900" in out and "MRZ ink in IR:" in out
    assert out.startswith(  # no bearer photo, no UV: the verdict says so
        "Verdict: NO ANOMALIES IN WHAT WAS EXAMINED — UV and the face were not examined"
    )
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert main(["inspect", str(empty)]) == 2
    assert "empty" in capsys.readouterr().err


def test_demo_inspects_the_samples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert out.count("no_anomalies") >= 5 and "forged-template-mismatch" in out
    rows = {
        line.split()[0]: line
        for line in out.splitlines()[2:]
        if line.startswith(("forged", "uto", "impostor", "unseen"))
    }
    assert len(rows) == 28
    assert "template.identified" in rows["forged-template-mismatch"].split("anomalies", 1)[1]


def test_face_thresholds_are_checked() -> None:
    from verifier.face.matcher import FaceMatcher

    with pytest.raises(ValueError, match="thresholds"):
        FaceMatcher(match=0.2, no_match=0.5)

"""Inspecting a document the reference library has no template for.

The verdict is ``inconclusive`` and says so; everything that needs no reference is still
checked (the MRZ, expiry, the printed data where they can be found, the MRZ's lines in IR, the
portrait found by face detection against the bearer); nothing passes silently and nothing can
make it ``no_anomalies``.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from fixtures import realdocs
from verifier.inspection.pipeline import Inspector
from verifier.inspection.result import CheckStatus, Verdict

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="module")
def visa_unknown(tmp_path_factory: pytest.TempPathFactory) -> Inspector:
    """The shipped library without the Utopian visa's template."""
    library = tmp_path_factory.mktemp("library")
    for folder in (ROOT / "reference_docs").iterdir():
        if folder.is_dir() and folder.name != "UTO-V-2022":
            shutil.copytree(folder, library / folder.name)
    return Inspector(library, today=dt.date(2026, 11, 28))


def _by_id(result: object) -> dict[str, list[object]]:
    out: dict[str, list[object]] = {}
    for check in result.checks:  # type: ignore[attr-defined]
        out.setdefault(check.id, []).append(check)
    return out


def test_a_genuine_document_without_template_is_inconclusive(visa_unknown: Inspector) -> None:
    folder = SAMPLES / "uto-v-2022-genuine"
    result = visa_unknown.inspect(
        {
            "visible": folder / "visible.png",
            "uv": folder / "uv.png",
            "ir": folder / "ir.png",
            "bearer": folder / "bearer.jpg",
        }
    )
    checks = {c.id: c for c in result.checks}
    assert result.template is None
    assert result.verdict is Verdict.INCONCLUSIVE
    identified = checks["template.identified"]
    assert identified.status is CheckStatus.WARN
    assert "No reference exists for this document" in identified.message
    assert "MRVA of UTO" in identified.message or "MRVB of UTO" in identified.message
    for mrz_check in ("mrz.present", "mrz.format", "mrz.check_digits", "mrz.dates", "mrz.codes"):
        assert checks[mrz_check].status is CheckStatus.PASS, mrz_check
    assert checks["doc.expired"].status is CheckStatus.PASS
    assert checks["ir.mrz_b900"].status is CheckStatus.PASS
    assert checks["uv.features"].status is CheckStatus.SKIPPED
    assert "were not compared" in checks["uv.features"].message
    assert checks["face.portrait_found"].status is CheckStatus.PASS
    assert checks["face.match"].status is CheckStatus.PASS  # the holder's own photo
    assert result.face is not None and "portrait_px" in result.face
    viz = checks["viz.mrz_consistency"]
    assert viz.status in (CheckStatus.PASS, CheckStatus.WARN)
    assert "surname" in viz.evidence["found"]


def test_an_mrz_that_vanishes_in_ir_is_caught_without_a_template(visa_unknown: Inspector) -> None:
    folder = SAMPLES / "forged-mrz-no-b900"
    result = visa_unknown.inspect({"visible": folder / "visible.png", "ir": folder / "ir.png"})
    checks = {c.id: c for c in result.checks}
    assert result.verdict is Verdict.ANOMALIES
    assert checks["ir.mrz_b900"].status is CheckStatus.FAIL
    assert "fade in IR" in checks["ir.mrz_b900"].message


def test_an_impostor_is_caught_without_a_template(visa_unknown: Inspector) -> None:
    visa = SAMPLES / "uto-v-2022-genuine"
    other = SAMPLES / "uto-p-2020-genuine" / "bearer.jpg"
    result = visa_unknown.inspect({"visible": visa / "visible.png", "bearer": other})
    checks = {c.id: c for c in result.checks}
    assert checks["face.match"].status in (CheckStatus.FAIL, CheckStatus.WARN)
    assert result.verdict is not Verdict.NO_ANOMALIES


@pytest.mark.skipif(not realdocs.available(), reason=realdocs.ABSENT)
@pytest.mark.parametrize(
    ("doc_id", "today"),
    [("td3-est-01", dt.date(2010, 1, 4)), ("td1-bel-01", dt.date(2006, 6, 1))],
)
def test_a_real_specimen_without_template(doc_id: str, today: dt.date) -> None:
    doc = {d.id: d for d in realdocs.documents()}[doc_id]
    inspector = Inspector(ROOT / "reference_docs", today=today)
    result = inspector.inspect({"visible": doc.path})
    checks = _by_id(result)
    assert result.template is None
    assert result.mrz is not None and result.mrz.lines == doc.lines
    assert result.verdict is Verdict.INCONCLUSIVE, [
        (c.id, c.status) for c in result.checks if c.status is not CheckStatus.PASS
    ]
    assert "No reference exists" in checks["template.identified"][0].message  # type: ignore[attr-defined]
    assert checks["face.portrait_found"][0].status is CheckStatus.PASS  # type: ignore[attr-defined]
    assert checks["face.match"][0].status is CheckStatus.SKIPPED  # type: ignore[attr-defined]
    found = checks["viz.mrz_consistency"][0].evidence["found"]  # type: ignore[attr-defined]
    # the page search finds printed data (which fields depends on the engine's page layout:
    # over the 27 real documents Tesseract 5.5 in-process finds 43 fields, 5.3's command line
    # found 45, docs/benchmarks.md; the Belgian card's surname is one it no longer finds)
    assert found and set(found) <= {"surname", "given names", "date of birth", "document number"}
    statuses = {c.status for c in result.checks}
    assert CheckStatus.ERROR not in statuses

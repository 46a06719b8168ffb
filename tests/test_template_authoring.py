"""Authoring a template from a real exemplar, and publishing it into the library.

The draft's format, issuing state, document code, resolution, MRZ and portrait zones come
from the document itself; an incomplete draft says what it lacks and cannot be published; the
finished template, published as a new signed library version, inspects its exemplar with no
anomalies on the features authored, and catches a portrait pasted over from another image.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import yaml
from PIL import Image

from fixtures import realdocs
from tests.stations import as_admin, credentials, signed_in
from verifier.face.matcher import FaceMatcher
from verifier.imaging.mrz_reader import MrzReader
from verifier.inspection.exemplar import draft_from_exemplar
from verifier.inspection.pipeline import Inspector
from verifier.inspection.result import CheckStatus, Verdict
from verifier.library import TemplateError, load_template
from verifier.library.drafting import missing_for_publication
from verifier.library.package import active_library, local_publisher_key, publish_template
from verifier.mrz import DocumentFormat
from verifier.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

# What an examiner marks on each exemplar (millimetres in the exemplar's frame, read off the
# image at the resolution measured on its MRZ): the printed fields and the portrait.
MARKS = {
    "td3-hrv-01": {
        "id": "HRV-P-2009",
        "today": dt.date(2010, 1, 4),
        "zones": {
            "viz_surname": (36.5, 105.8, 30.0, 5.0),
            "viz_given_names": (36.5, 112.8, 30.0, 5.0),
            "viz_birth_date": (36.5, 125.8, 30.0, 5.0),
            "viz_document_number": (80.0, 99.6, 25.0, 5.0),
        },
        "portrait": (6.5, 112.0, 24.0, 38.0),
    },
    "td1-bel-01": {
        "id": "BEL-ID-2004",
        "today": dt.date(2006, 6, 1),
        "zones": {
            "viz_surname": (24.5, 10.2, 20.0, 3.8),
            "viz_given_names": (24.5, 13.0, 27.0, 3.5),
            "viz_birth_date": (24.5, 19.0, 32.0, 3.5),
            "viz_document_number": (24.5, 30.5, 21.0, 3.5),
        },
        "portrait": (63.5, 29.0, 17.0, 23.5),
    },
}


@pytest.fixture(scope="module")
def tools() -> tuple[MrzReader, FaceMatcher]:
    return MrzReader(), FaceMatcher()


def _box(values: tuple[float, float, float, float]) -> dict[str, float]:
    x, y, w, h = values
    return {"x": x, "y": y, "w": w, "h": h}


def _finish(folder: Path, marks: dict[str, object]) -> None:
    """What the examiner does in the editor: name, series, validity, fields and a feature."""
    path = folder / "template.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["name"] = f"{data['issuing_state']} specimen"
    data["series"] = "specimen"
    data["valid_from"] = "2000-01-01"
    data["zones"].update({k: _box(v) for k, v in marks["zones"].items()})  # type: ignore[attr-defined]
    data["features"] = [
        {
            "id": "portrait-print",
            "light": "visible",
            "routine": "(VI,FR,PH)",
            "check": "visible.features",
            "method": "patch_similarity",
            "region": _box(marks["portrait"]),  # type: ignore[arg-type]
            "params": {},
            "description": "The portrait as printed on the reference.",
        }
    ]
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


@pytest.mark.skipif(not realdocs.available(), reason=realdocs.ABSENT)
@pytest.mark.parametrize("doc_id", sorted(MARKS))
def test_a_template_authored_from_a_real_exemplar(
    doc_id: str, tools: tuple[MrzReader, FaceMatcher], tmp_path: Path
) -> None:
    doc = {d.id: d for d in realdocs.documents()}[doc_id]
    marks = MARKS[doc_id]
    folder, facts = draft_from_exemplar(
        tmp_path / "drafts", str(marks["id"]), {"visible": doc.path}, *tools
    )
    draft = load_template(folder)
    assert draft.format is DocumentFormat(doc.format)
    assert draft.issuing_state == doc.lines[0][2:5]
    assert draft.document_code == doc.lines[0][:2].rstrip("<")
    assert {"mrz", "portrait"} <= set(draft.zones) and facts.missing == ()
    assert 100 <= draft.dpi <= 600
    missing = missing_for_publication(draft)
    assert any("series" in m for m in missing) and any("feature" in m for m in missing)

    library_dir = tmp_path / "library"
    key = local_publisher_key(tmp_path / "keys", tmp_path / "trusted")
    with pytest.raises(TemplateError, match="missing"):
        publish_template(folder, library_dir, ROOT / "reference_docs", key)
    assert not (library_dir / "CURRENT").exists()  # nothing half-published

    _finish(folder, marks)
    assert missing_for_publication(load_template(folder)) == []
    info = publish_template(folder, library_dir, ROOT / "reference_docs", key)
    library = active_library(library_dir, ROOT / "reference_docs")
    published = load_template(library / str(marks["id"]))
    assert not published.draft and info.templates.count(published.id) == 1
    assert (library / "UTO-P-2020").is_dir()  # the rest of the library stays

    inspector = Inspector(library, today=marks["today"])  # type: ignore[arg-type]
    result = inspector.inspect({"visible": doc.path})
    checks = {c.id: c for c in result.checks}
    assert result.template == marks["id"]
    assert result.verdict is Verdict.NO_ANOMALIES, [
        (c.id, c.status.value, c.message) for c in result.checks if c.status is not CheckStatus.PASS
    ]
    assert checks["visible.features"].status is CheckStatus.PASS
    assert checks["viz.mrz_consistency"].status is CheckStatus.PASS

    # the same document with another face pasted over its portrait
    other = Image.open(SAMPLES / "uto-p-2020-genuine" / "bearer.jpg").convert("RGB")
    forged = Image.open(doc.path).convert("RGB")
    k = published.dpi / 25.4
    x, y, w, h = (round(v * k) for v in marks["portrait"])  # type: ignore[attr-defined]
    forged.paste(other.resize((int(w * 0.8), int(h * 0.8))), (x + int(w * 0.1), y + int(h * 0.1)))
    pasted = tmp_path / "pasted.png"
    forged.save(pasted)
    result = inspector.inspect({"visible": pasted})
    checks = {c.id: c for c in result.checks}
    assert result.verdict is Verdict.ANOMALIES
    assert checks["visible.features"].status is CheckStatus.FAIL


def test_a_draft_from_a_sample_through_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {"VERIFIER_HOME": str(home), "PATH": "/usr/bin:/bin"}
    visible = SAMPLES / "uto-v-2022-genuine" / "visible.png"
    done = subprocess.run(
        [sys.executable, "-m", "verifier.cli", "library", "new-template", "--id", "UTO-V-X",
         "--visible", str(visible)],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "of UTO" in done.stdout and "300 dpi" in done.stdout
    assert "still to do:" in done.stdout and "the series" in done.stdout
    draft = home / "drafts" / "UTO-V-X"
    signed_in(Settings(home, ROOT / "reference_docs")).close()  # an administrator to publish
    done = subprocess.run(
        [sys.executable, "-m", "verifier.cli", *as_admin(["library", "publish", str(draft)])],
        input=credentials(), capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and "missing" in done.stderr
    assert np.isclose(load_template(draft).dpi, 300)

"""Reference-library templates: the shipped ones load; broken ones say file, field and why."""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from verifier.library import CHECK_IDS, TemplateError, load_template

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "reference_docs"
SHIPPED = sorted(p for p in LIBRARY.iterdir() if p.is_dir() and not p.name.startswith("_"))


def test_the_shipped_library_has_the_seven_utopia_designs() -> None:
    assert [p.name for p in SHIPPED] == [
        "UTO-ID-2021",
        "UTO-ID-2024",
        "UTO-P-2010",
        "UTO-P-2020",
        "UTO-P-2024",
        "UTO-RP-2019",
        "UTO-V-2022",
    ]


@pytest.mark.parametrize("folder", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_templates_load_with_every_light_and_check(folder: Path) -> None:
    t = load_template(folder)
    assert set(t.images) == {"visible", "uv", "ir"} and not t.draft
    assert {f.check for f in t.features} == CHECK_IDS
    routines = {f.routine for f in t.features}
    assert {"(UV,BR,FU)", "(UV,LU,FI)", "(IR,AB,MR)"} <= routines
    assert "mrz" in t.zones and any(z.endswith("portrait") for z in t.zones)
    assert t.notes and (folder / "notes.md").is_file()


def test_issue_periods_tell_the_two_passport_series_apart() -> None:
    import datetime as dt

    old, new = load_template(LIBRARY / "UTO-P-2010"), load_template(LIBRARY / "UTO-P-2020")
    assert old.issued_on(dt.date(2015, 1, 1)) and not old.issued_on(dt.date(2024, 4, 16))
    assert new.issued_on(dt.date(2024, 4, 16)) and not new.issued_on(dt.date(2015, 1, 1))
    assert old.number_pattern.fullmatch("L712045C4") and not new.number_pattern.fullmatch(
        "L712045C4"
    )


@pytest.fixture
def template_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "UTO-P-2020"
    shutil.copytree(LIBRARY / "UTO-P-2020", folder)
    return folder


def write(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = yaml.safe_load((folder / "template.yaml").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    change(data)
    (folder / "template.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        keys = path.split(".")
        node: Any = data
        for key in keys[:-1]:
            node = node[int(key)] if isinstance(node, list) else node[key]
        last = keys[-1]
        if value is _DELETE:
            del node[last]
        elif isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return change


_DELETE = object()

BROKEN = [
    ("schema", "verifier-template/9", "schema", "must be 'verifier-template/1'"),
    ("id", _DELETE, "id", "is required"),
    ("id", "uto p", "id", "upper-case letters"),
    ("id", "UTO-P-2021", "id", "folder name"),
    ("dpi", 50, "dpi", "between 100 and 1200"),
    ("dpi", True, "dpi", "not a boolean"),
    ("size_mm.width", -3, "size_mm.width", "must be positive"),
    ("size_mm.height", "tall", "size_mm.height", "must be a number"),
    ("document_type", "boarding_pass", "document_type", "must be one of"),
    ("format", "TD4", "format", "must be one of"),
    ("valid_from", "2020-13-01", "valid_from", "YYYY-MM-DD"),
    ("valid_to", "2019-01-01", "valid_to", "before valid_from"),
    ("number_pattern", "([A-Z", "number_pattern", "not a regular expression"),
    ("model", ["UTO", "P"], "model", "BSI TR-03135"),
    ("model", ["UTO", "P", "two", 2020], "model", "whole numbers"),
    ("images.visible", "../../etc/passwd", "images.visible", "not a file in the template folder"),
    ("images.visible", "missing.png", "images.visible", "not a file"),
    ("images", {"uv": "uv.png"}, "images.visible", "visible light is required"),
    ("zones.mrz.x", 120, "zones.mrz", "outside the document"),
    ("features", "all of them", "features", "must be a list"),
    ("features.0", "x", "features[0]", "must be a mapping"),
    ("features.0.routine", "(UV,XX,FU)", "features[0].routine", "Appendix C"),
    ("features.0.routine", "(IR,BR,FU)", "features[0].routine", "for ir light, not uv"),
    ("features.0.check", "uv.glow", "features[0].check", "must be one of"),
    ("features.0.check", "ir.mrz_b900", "features[0].check", "cannot feed"),
    ("features.0.method", "magic", "features[0].method", "must be one of"),
    ("features.0.region.w", 0, "features[0].region.w", "must be positive"),
    ("features.1.id", "uv-dull-paper", "features[1].id", "used twice"),
    ("features.0.params", {"max_maen": 70}, "features[0].params.max_maen", "not a parameter"),
    (
        "features.0.params",
        {"max_mean": "dark"},
        "features[0].params.max_mean",
        "a number, not text",
    ),
    ("features.0.params", {"max_mean": 300}, "features[0].params.max_mean", "<= 255"),
    ("features.0.params", [70], "features[0].params", "must be a mapping"),
    ("notes", [1, 2], "notes", "list of text"),
]


@pytest.mark.parametrize(
    ("path", "value", "field", "reason"), BROKEN, ids=[f"{b[0]}={b[1]!r}"[:40] for b in BROKEN]
)
def test_broken_templates_name_the_field_and_the_reason(
    template_dir: Path, path: str, value: Any, field: str, reason: str
) -> None:
    write(template_dir, _set(path, value))
    with pytest.raises(TemplateError) as exc:
        load_template(template_dir)
    assert exc.value.field == field
    assert reason in exc.value.reason
    assert exc.value.file.endswith("UTO-P-2020/template.yaml")


def test_a_feature_needs_the_reference_image_of_its_light(template_dir: Path) -> None:
    write(template_dir, _set("images", {"visible": "visible.png", "ir": "ir.png"}))
    with pytest.raises(TemplateError, match="no uv reference image"):
        load_template(template_dir)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("schema: [unclosed", "not valid YAML"),
        ("- a list\n- not a mapping\n", "must be a mapping"),
        (b"\xff\xfe not utf-8", "not valid YAML"),
        ("x: " + "a" * 300_000, "larger than"),
    ],
)
def test_unreadable_template_files(template_dir: Path, content: str | bytes, reason: str) -> None:
    target = template_dir / "template.yaml"
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
    with pytest.raises(TemplateError, match=reason):
        load_template(template_dir)


def test_yaml_cannot_run_code(template_dir: Path) -> None:
    (template_dir / "template.yaml").write_text(
        "!!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8"
    )
    with pytest.raises(TemplateError, match="not valid YAML"):
        load_template(template_dir)


def test_missing_template_file(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"template\.yaml is missing"):
        load_template(tmp_path)


def test_a_draft_may_lack_format_and_features(template_dir: Path) -> None:
    def draft(data: dict[str, Any]) -> None:
        data["draft"] = True
        del data["features"]
        del data["format"]

    write(template_dir, draft)
    t = load_template(template_dir)
    assert t.draft and t.features == () and t.format is None

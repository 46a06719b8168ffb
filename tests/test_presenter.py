"""The layout of a result for an officer, without Qt: groups in reading order, their states,
what opens, and the first failure."""

from __future__ import annotations

import sys

from verifier.inspection.presenter import first_failure, groups, worst
from verifier.inspection.result import CheckResult, CheckStatus

PASS, FAIL, SKIP, WARN = (CheckStatus.PASS, CheckStatus.FAIL, CheckStatus.SKIPPED,
                          CheckStatus.WARN)  # fmt: skip


def check(check_id: str, status: CheckStatus) -> CheckResult:
    return CheckResult(check_id, status, f"{check_id} {status.value}")


def test_groups_follow_the_reading_order_and_skip_empty_ones() -> None:
    checks = (check("face.match", PASS), check("uv.features", PASS), check("mrz.format", PASS),
              check("viz.mrz_consistency", WARN))  # fmt: skip
    laid_out = groups(checks)
    assert [g.key for g in laid_out] == ["document", "uv", "face"]
    assert [c.id for c in laid_out[0].checks] == ["mrz.format", "viz.mrz_consistency"]
    assert [g.state for g in laid_out] == ["warn", "pass", "pass"]
    assert [g.expanded for g in laid_out] == [True, False, False]  # only what needs a look


def test_the_chip_has_its_group_before_the_face() -> None:
    checks = (check("face.chip_match", FAIL), check("chip.read", PASS),
              check("chip.passive_auth", PASS), check("barcode.decoded", PASS))  # fmt: skip
    laid_out = groups(checks)
    assert [g.key for g in laid_out] == ["barcodes", "chip", "face"]
    assert [c.id for c in laid_out[1].checks] == ["chip.read", "chip.passive_auth"]
    assert laid_out[2].state == "fail"


def test_what_was_not_examined_is_never_a_green_pass() -> None:
    checks = (check("face.portrait", PASS), check("face.match", SKIP), check("ir.features", SKIP))
    laid_out = groups(checks, not_examined=("ir", "face"))
    assert [(g.key, g.state, g.expanded) for g in laid_out] == [
        ("ir", "not_examined", True), ("face", "not_examined", True),
    ]  # fmt: skip
    failed = groups((check("uv.features", FAIL),), not_examined=("uv",))
    assert failed[0].state == "fail"  # a failure found is never softened


def test_the_first_failure_in_reading_order_and_the_worst_status() -> None:
    checks = (
        check("ir.features", FAIL),
        check("mrz.check_digits", FAIL),
        check("uv.features", PASS),
    )
    first = first_failure(groups(checks))
    assert first is not None and first.id == "mrz.check_digits"  # the document group comes first
    assert first_failure(groups((check("uv.features", PASS),))) is None
    assert worst([check("a", SKIP), check("b", WARN), check("c", PASS)]) == "warn"


def test_the_presenter_needs_no_qt() -> None:  # a fresh process: this one may have Qt loaded
    import subprocess

    code = ("import sys; import verifier.inspection.presenter; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

"""``verifier chip``: the read contract to the letter on the bundled samples' chips, and the
CSCA trust store commands (imports by administrators only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.stations import as_admin, credentials, signed_in
from tests.test_cli import run
from verifier.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
ML = ROOT / "samples" / "chip-test-masterlist.ml"
KEYS = {"checks", "dg1", "data_groups", "access", "signer", "csca"}
IDS = ["chip.read", "chip.passive_auth", "chip.clone_detection", "chip.mrz_match"]


def test_read_a_genuine_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["chip", "read", "--json", "--sample", "uto-p-2020-genuine"], capsys)
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert set(result) == KEYS | {"chain", "dg11", "dg12"}  # the contract's keys, and details
    assert [c["id"] for c in result["checks"]] == IDS
    assert {c["status"] for c in result["checks"]} == {"pass"}
    assert all(set(c) == {"id", "status", "message"} for c in result["checks"])
    truth = json.loads((ROOT / "samples" / "uto-p-2020-genuine" / "truth.json").read_text())
    assert result["dg1"] == truth["mrz"]
    assert result["data_groups"] == [1, 2, 11, 12, 14, 15]
    assert result["access"] == "PACE"
    assert "DS Utopia" in result["signer"] and "CSCA Utopia" in result["csca"]
    assert result["dg11"]["full_name"] == "ERIKSSON<<ANNA<MARIA"
    assert result["dg12"] == {
        "issuing_authority": "MINISTRY OF THE INTERIOR OF UTOPIA",
        "issue_date": truth_issue_date("uto-p-2020-genuine"),
    }
    signer, csca = result["chain"]
    assert signer["subject"] == result["signer"] and csca["subject"] == result["csca"]
    assert signer["issuer"] == csca["subject"] and len(csca["sha256"]) == 64


def truth_issue_date(sample: str) -> str:
    """The issue date the generator gave the document (and wrote into its DG12)."""
    from fixtures.generator.samples import GENUINE

    return GENUINE[sample.removesuffix("-genuine")].issue_date.strftime("%Y%m%d")


def test_read_with_the_mrz_given_and_bac(capsys: pytest.CaptureFixture[str]) -> None:
    truth = json.loads((ROOT / "samples" / "uto-p-2010-genuine" / "truth.json").read_text())
    code, out, _ = run(
        ["chip", "read", "--json", "--sample", "uto-p-2010-genuine", "--mrz", *truth["mrz"]], capsys
    )
    assert code == 0
    assert json.loads(out)["access"] == "BAC"


def test_read_an_id_card_with_its_can(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["chip", "read", "--json", "--sample", "uto-id-2021-genuine", "--can", "418305"]
    code, out, _ = run(argv, capsys)
    result = json.loads(out)
    assert (code, result["access"]) == (0, "PACE")
    assert result["checks"][3]["status"] == "pass"  # DG1 still compared with the printed MRZ
    code, out, _ = run([*argv[:-1], "418306"], capsys)
    result = json.loads(out)
    assert code == 1
    assert result["checks"][0]["status"] == "fail" and result["access"] is None


def test_a_document_without_chip_is_skipped_not_failed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["chip", "read", "--json", "--sample", "uto-v-2022-genuine"], capsys)
    result = json.loads(out)
    assert code == 0
    assert {c["status"] for c in result["checks"]} == {"skipped"}
    assert (result["access"], result["dg1"], result["csca"]) == (None, None, None)


def test_bad_input_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["chip", "read", "--json", "--sample", "no-such-sample"], capsys)
    assert code == 2 and "no bundled sample" in err
    code, _, err = run(["chip", "read", "--json"], capsys)
    assert code == 2 and "--mrz" in err


def test_no_reader_here_is_skipped(capsys: pytest.CaptureFixture[str]) -> None:
    truth = json.loads((ROOT / "samples" / "uto-p-2020-genuine" / "truth.json").read_text())
    code, out, _ = run(["chip", "read", "--json", "--mrz", *truth["mrz"]], capsys)
    result = json.loads(out)
    assert code == 0 and result["checks"][0]["status"] == "skipped"


def test_csca_import_is_for_administrators_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    station = signed_in(Settings.from_env())
    from verifier.store.officers import create_officer

    with station.db.session() as s:
        create_officer(s, "olga", "officer password 1", "officer", "Olga")
    station.close()
    code, _, err = run(
        ["chip", "csca", "import", str(ML), "--user", "olga", "--password-stdin"],
        capsys,
        "officer password 1\n",
    )
    assert code == 2 and "needs: admin" in err
    code, out, err = run(
        as_admin(["chip", "csca", "import", str(ML), "--json"]), capsys, credentials()
    )
    assert (code, err) == (0, "")
    summary = json.loads(out)
    assert (summary["kind"], summary["added"], summary["signer_csca_trusted_before"]) == (
        "master_list",
        1,
        False,
    )
    code, out, _ = run(["chip", "csca", "list", "--json", "--today", "2026-12-01"], capsys)
    listed = json.loads(out)
    assert code == 0 and len(listed) == 1
    assert set(listed[0]) >= {"country", "subject", "not_after", "status"}
    assert (listed[0]["country"], listed[0]["status"]) == ("UT", "valid")
    code, _, err = run(
        as_admin(["chip", "csca", "import", str(ROOT / "README.md")]), capsys, credentials()
    )
    assert code == 2 and "not a CSCA master list" in err

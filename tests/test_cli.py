"""The `verifier` command: the `mrz` contract to the letter, and the demo."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from verifier.cli import main

TD3 = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
]
TD1 = [
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
]
BROKEN = [TD3[0], TD3[1][:9] + "5" + TD3[1][10:]]
CONTRACT_KEYS = {
    "format",
    "lines",
    "document_code",
    "issuing_state",
    "surname",
    "given_names",
    "document_number",
    "nationality",
    "birth_date",
    "expiry_date",
    "sex",
    "optional_data",
    "optional_data_2",
    "checks",
    "valid",
    "expired",
    "warnings",
    "repairs",
    "raw",
}


def run(
    argv: list[str], capsys: pytest.CaptureFixture[str], stdin: str = ""
) -> tuple[int, str, str]:
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(argv)
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


def test_json_for_lines_given_as_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["mrz", "--json", "--today", "2026-11-28", *TD3], capsys)
    assert code == 0 and err == ""
    obj = json.loads(out)
    assert set(obj) == CONTRACT_KEYS
    assert obj["format"] == "TD3"
    assert obj["lines"] == TD3
    assert obj["document_code"] == "P"
    assert obj["issuing_state"] == "UTO" and obj["nationality"] == "UTO"
    assert obj["surname"] == "ERIKSSON" and obj["given_names"] == "ANNA MARIA"
    assert obj["document_number"] == "L898902C3"
    assert obj["birth_date"] == "1974-08-12" and obj["expiry_date"] == "2012-04-15"
    assert obj["sex"] == "F"
    assert obj["optional_data"] == "ZE184226B" and obj["optional_data_2"] == ""
    assert obj["checks"] == {
        "document_number": True,
        "birth_date": True,
        "expiry_date": True,
        "optional_data": True,
        "composite": True,
    }
    assert obj["valid"] is True and obj["expired"] is True
    assert [w["code"] for w in obj["warnings"]] == ["expired"]
    assert obj["repairs"] == []
    assert obj["raw"] == {"birth_date": "740812", "expiry_date": "120415"}


def test_codes_come_without_fillers(capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
        "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4",
    ]
    code, out, _ = run(["mrz", "--json", *lines], capsys)
    obj = json.loads(out)
    assert code == 0 and obj["issuing_state"] == "D" and obj["nationality"] == "D"


def test_invalid_mrz_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["mrz", "--json", *BROKEN], capsys)
    assert code == 1 and err == ""
    obj = json.loads(out)
    assert obj["valid"] is False and obj["checks"]["document_number"] is False


def test_unparseable_single_mrz_exits_2_with_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["mrz", "--json", "HELLO", "WORLD"], capsys)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("verifier mrz: not an MRZ")
    assert json.loads(out) == {
        "error": err.removeprefix("verifier mrz: ").strip(),
        "lines": ["HELLO", "WORLD"],
    }


def test_stdin_blocks_one_object_per_line_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    stdin = "\n".join(TD3) + "\n\n\n" + "\n".join(TD1) + "\n\nNOT AN MRZ\n\n" + "\n".join(BROKEN)
    code, out, _ = run(["mrz", "--json", "--today", "2026-11-28"], capsys, stdin)
    objs = [json.loads(line) for line in out.splitlines()]
    assert [o.get("format", "error") for o in objs] == ["TD3", "TD1", "error", "TD3"]
    assert objs[2]["lines"] == ["NOT AN MRZ"] and objs[2]["error"].startswith("not an MRZ")
    assert objs[3]["valid"] is False
    assert code == 2  # bad input outranks an invalid MRZ


def test_stdin_all_valid_exits_0_and_any_invalid_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["mrz", "--json"], capsys, "\n".join(TD3) + "\n\n" + "\n".join(TD1))[0] == 0
    assert run(["mrz", "--json"], capsys, "\n".join(TD3) + "\n\n" + "\n".join(BROKEN))[0] == 1


def test_empty_stdin_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["mrz", "--json"], capsys, "\n\n")
    assert code == 2 and out == "" and "no MRZ" in err


def test_no_repair_takes_the_lines_as_given(capsys: pytest.CaptureFixture[str]) -> None:
    ocr = [TD3[0], TD3[1].replace("0", "O", 1)]
    code, out, _ = run(["mrz", "--json", *ocr], capsys)
    assert code == 0 and json.loads(out)["repairs"]
    code, out, _ = run(["mrz", "--json", "--no-repair", *ocr], capsys)
    assert code == 1 and json.loads(out)["repairs"] == []


def test_readable_table(capsys: pytest.CaptureFixture[str]) -> None:
    ocr = [TD3[0], TD3[1].replace("0", "O", 1)]
    code, out, _ = run(["mrz", "--today", "2026-11-28", *ocr], capsys)
    assert code == 0
    assert "Document number  L898902C3" in out
    assert "[ok  ] composite" in out
    assert "repaired line 2 pos 6: O -> 0" in out
    assert "VALID: yes" in out
    code, out, _ = run(["mrz", *BROKEN], capsys)
    assert code == 1 and "[FAIL] document_number" in out and "VALID: NO" in out


def test_readable_table_for_formats_without_expiry_and_with_bad_fields(
    capsys: pytest.CaptureFixture[str],
) -> None:
    french = ["IDFRADOUEL<<<<<<<<<<<<<<<<<<<<932013", "0506932020438CHRISTIANE<<NI2906209F3"]
    _, out, _ = run(["mrz", *french], capsys)
    assert "Date of expiry   not in MRZ" in out
    bad = [TD3[0], TD3[1][:13] + "741341" + TD3[1][19:20] + "Q" + TD3[1][21:]]
    _, out, _ = run(["mrz", "--no-repair", *bad], capsys)
    assert "Date of birth    invalid" in out and "Sex              invalid" in out
    td1 = ["I<UTOD231458907ABC<<<<<<<<<<<<", "7408122F1204159UTOXYZ<<<<<<<<2", TD1[2]]
    _, out, _ = run(["mrz", "--no-repair", *td1], capsys)
    assert "Optional data 2  XYZ" in out
    expiry = [TD3[0], TD3[1][:21] + "121315" + TD3[1][27:]]
    _, out, _ = run(["mrz", "--no-repair", *expiry], capsys)
    assert "Date of expiry   invalid" in out


def test_stdin_errors_in_the_readable_view(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["mrz"], capsys, "JUNK\n")
    assert code == 2 and out.startswith("error: not an MRZ") and err == ""


def test_bad_today_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["mrz", "--today", "yesterday", *TD3])
    assert exc.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_demo_falls_back_to_the_specimens_without_samples(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from verifier.settings import Settings

    monkeypatch.setattr(Settings, "bundled_samples", property(lambda self: tmp_path / "none"))
    code, out, _ = run(["demo"], capsys)
    assert code == 0
    rows = out.splitlines()[2:]
    assert len(rows) == 7 and all(row.rstrip().endswith("yes") for row in rows)
    assert "FRENCH_ID" in out and "MRVB" in out


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([], capsys)
    assert code == 0 and "mrz" in out and "demo" in out


def test_console_script_reads_stdin() -> None:
    """The installed `verifier` entry point, as another tool would call it."""
    exe = Path(sys.executable).with_name("verifier")
    proc = subprocess.run(
        [str(exe), "mrz", "--json"],
        input="\n".join(TD1) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONWARNINGS": "error"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["document_number"] == "D23145890"


def test_every_command_sets_what_runs_it() -> None:
    """Dispatch is by ``set_defaults(run=...)``: a command without it would print the help and
    exit 0, doing nothing — silently."""
    import argparse

    from verifier.cli import build_parser

    def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> list[tuple[str, ...]]:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            return [path]
        return [
            leaf for name, child in subs[0].choices.items() for leaf in leaves(child, (*path, name))
        ]

    parser = build_parser()
    commands = leaves(parser, ())
    assert len(commands) >= 30
    for command in commands:
        sub = parser
        for name in command:
            action = next(a for a in sub._actions if isinstance(a, argparse._SubParsersAction))
            sub = action.choices[name]
        assert callable(sub.get_default("run")), command


@pytest.mark.skipif(
    importlib.util.find_spec("PySide6") is not None, reason="the core's run (.venv-core) only"
)
def test_without_the_desktop_application_gui_says_how_to_install_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(["gui"], capsys)
    assert code == 2
    assert "PySide6 is missing" in err and "verifier[gui]" in err

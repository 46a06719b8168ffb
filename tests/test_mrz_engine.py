"""Behaviour of the MRZ engine case by case: formats, checks, findings and repairs."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures.generator import mrz_factory as mf
from verifier.mrz import DocumentFormat, DocumentNumberRule, MrzError, Severity, parse
from verifier.mrz.check_digit import values_of
from verifier.mrz.checks import faults, long_number
from verifier.mrz.formats import SPECS, TD1, TD3, select_format
from verifier.mrz.repair import repair_lines

TODAY = dt.date(2026, 11, 28)
SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)


def codes(result: object) -> list[str]:
    return [w.code for w in result.warnings]  # type: ignore[attr-defined]


# --- the format tables ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(DocumentFormat))
def test_every_position_belongs_to_exactly_one_field(fmt: DocumentFormat) -> None:
    spec = SPECS[fmt]
    for line in range(spec.line_count):
        owners = [
            [f.name for f in spec.fields if f.line == line and pos in f.positions()]
            for pos in range(spec.line_length)
        ]
        assert all(len(o) == 1 for o in owners), (fmt, line, owners)


@pytest.mark.parametrize("fmt", list(DocumentFormat))
def test_every_check_names_existing_fields(fmt: DocumentFormat) -> None:
    spec = SPECS[fmt]
    for check in spec.checks:
        assert spec.field(check.digit).length == 1
        assert all(spec.has_field(name) for name in check.covers)


def test_field_at_outside_the_table_is_an_error() -> None:
    with pytest.raises(KeyError):
        TD3.field_at(0, 99)


def test_a_shape_no_format_has_is_not_selected() -> None:
    assert select_format(("A" * 30, "B" * 30)) is None


def test_values_of_rejects_a_non_mrz_character() -> None:
    with pytest.raises(ValueError, match="'b'"):
        values_of("Ab")


# --- check digits and their variants --------------------------------------------------------


def test_long_number_needs_a_character_and_its_check_digit() -> None:
    lines = ("I<UTOD23145890<<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "A" * 30)
    assert long_number(TD1, lines) is None
    full = ("I<UTOD23145890<" + "1" * 15, lines[1], lines[2])
    assert long_number(TD1, full) is not None  # no filler after it: the whole field


def test_long_number_whose_check_digit_fails_is_invalid_and_not_announced() -> None:
    line1, line2, line3 = mf.td1(mf.Holder(document_code="ID", document_number="D23145890734"))
    broken = line1[:18] + str((int(line1[18]) + 1) % 10) + line1[19:]
    r = parse([broken, line2, line3], today=TODAY, repair=False)
    assert r.checks["document_number"] is False
    assert r.document_number_rule is None
    assert "long_document_number" not in codes(r)


def test_a_broken_long_number_names_its_digit_and_what_it_should_be() -> None:
    line1, line2, line3 = mf.td1(mf.Holder(document_code="ID", document_number="D23145890734"))
    printed = line1[18]
    broken = line1[:18] + str((int(printed) + 1) % 10) + line1[19:]
    (fault,) = [f for f in faults(TD1, (broken, line2, line3)) if f.name == "document_number"]
    assert (fault.line, fault.position, fault.computed) == (0, 18, printed)
    assert fault.covers[-1] == (0, 15, 18)  # the overflow is marked with the principal part
    assert fault.as_dict()["covers"] == [[0, 5, 14], [0, 15, 18]]


def test_intact_digits_have_no_faults() -> None:
    assert faults(TD1, tuple(mf.td1(mf.Holder(document_code="ID")))) == []


def test_filler_counted_rule_is_recorded() -> None:
    h = mf.Holder(document_code="ID", issuing_state="BEL", document_number="592112233445")
    r = parse(mf.td1(h, count_filler=True), today=TODAY)
    assert r.valid and r.document_number == "592112233445"
    assert r.document_number_rule is DocumentNumberRule.FILLER_COUNTED
    assert "counted" in next(w.message for w in r.warnings if w.code == "long_document_number")


# --- findings -------------------------------------------------------------------------------


def test_strict_mode_rejects_a_foreign_character() -> None:
    with pytest.raises(MrzError, match="position 3"):
        parse(["P<é" + "<" * 41, "<" * 44], repair=False)


def test_strict_mode_rejects_a_wrong_shape() -> None:
    with pytest.raises(MrzError, match="2 lines of 44 \\+ 43"):
        parse([SPECIMEN[0], SPECIMEN[1][:-1]], repair=False)


@pytest.mark.parametrize("lines", [[], ["   "], ["ABC"], ["A" * 30] * 4, ["A" * 44, "B" * 20]])
def test_not_an_mrz(lines: list[str]) -> None:
    with pytest.raises(MrzError, match="not an MRZ"):
        parse(lines)


def test_idfra_that_validates_only_as_td2_is_a_td2() -> None:
    lines = mf.td2(mf.Holder(document_code="ID", issuing_state="FRA", nationality="FRA"))
    r = parse(lines, today=TODAY)
    assert r.format is DocumentFormat.TD2 and r.valid


def test_missing_surname_and_document_number_are_errors() -> None:
    line1 = "P<UTO<<ANNA" + "<" * 33
    line2 = mf.td3(mf.Holder(document_number=""))[1]
    r = parse([line1, line2], today=TODAY)
    assert {"name_missing", "document_number_missing"} <= set(codes(r))
    assert not r.valid
    assert {e.code for e in r.errors} == {"name_missing", "document_number_missing"}


def test_sex_other_than_m_f_or_filler() -> None:
    line2 = SPECIMEN[1][:20] + "Q" + SPECIMEN[1][21:]
    r = parse([SPECIMEN[0], line2], today=TODAY)
    assert r.sex is None and "invalid_sex" in codes(r) and not r.valid


def test_sex_x_is_accepted_with_a_warning() -> None:
    r = parse(mf.td3(mf.Holder(sex="X")), today=TODAY)
    assert r.sex == "X" and r.valid and "sex_x_in_mrz" in codes(r)


@pytest.mark.parametrize(
    ("fmt", "code", "warned"),
    [
        ("td1", "AI", True),
        ("td1", "AC", True),
        ("td1", "IV", True),
        ("td1", "ID", False),
        ("td1", "P", True),
        ("td3", "PD", False),
        ("td3", "V", False),  # a 'V' on 2 x 44 is read as a visa, not a passport
        ("td2", "CR", False),
    ],
)
def test_document_codes(fmt: str, code: str, warned: bool) -> None:
    h = mf.Holder(document_code=code)
    lines = {"td1": mf.td1, "td2": mf.td2, "td3": mf.td3}[fmt](h)
    r = parse(lines, today=TODAY)
    assert ("unusual_document_code" in codes(r)) is warned
    assert r.valid


def test_a_passport_code_on_a_td3_line_that_is_not_p() -> None:
    r = parse(mf.td3(mf.Holder(document_code="AC")), today=TODAY)
    assert "unusual_document_code" in codes(r) and r.valid


def test_invalid_expiry_date_and_birth_after_expiry() -> None:
    r = parse(mf.td3(mf.Holder(expiry="321315")), today=TODAY)
    assert r.expiry_date is None and r.expired is None and not r.valid
    assert any(w.code == "invalid_date" and w.field == "expiry_date" for w in r.warnings)
    later = parse(mf.td3(mf.Holder(birth="200101", expiry="100101")), today=TODAY)
    assert "birth_after_expiry" in codes(later)


def test_invalid_code_characters() -> None:
    r = parse(mf.td3(mf.Holder(nationality="U<O")), today=TODAY, repair=False)
    assert "invalid_code" in codes(r) and not r.valid


def test_invalid_characters_in_a_name_are_an_error_without_repair() -> None:
    line1 = SPECIMEN[0][:8] + "7" + SPECIMEN[0][9:]
    r = parse([line1, SPECIMEN[1]], today=TODAY, repair=False)
    assert any(w.code == "invalid_characters" and w.field == "name" for w in r.warnings)
    assert any(w.severity is Severity.ERROR for w in r.warnings)


def test_expiry_is_judged_against_the_injected_today() -> None:
    h = mf.Holder(expiry="261128")
    assert parse(mf.td3(h), today=dt.date(2026, 11, 28)).expired is False
    assert parse(mf.td3(h), today=dt.date(2026, 11, 29)).expired is True


def test_today_defaults_to_the_real_date() -> None:
    r = parse(SPECIMEN)
    assert r.expired is True  # 2012: expired whatever the clock says after 2012


# --- repair ---------------------------------------------------------------------------------


def test_blank_and_space_only_lines_are_ignored() -> None:
    r = parse(["", "   ", SPECIMEN[0], SPECIMEN[1]], today=TODAY)
    assert r.valid and r.repairs == () and r.lines == SPECIMEN


def test_a_block_with_embedded_newlines_is_split() -> None:
    r = parse(["\n".join(SPECIMEN)], today=TODAY)
    assert r.valid


def test_a_foreign_character_is_refused_even_with_repair() -> None:
    with pytest.raises(MrzError, match="'#'"):
        parse([SPECIMEN[0][:-1] + "#", SPECIMEN[1]])


def test_two_fillers_too_many_in_one_short_run() -> None:
    # The extra characters must come out of runs that are long enough.
    line2 = SPECIMEN[1][:28] + "<" + SPECIMEN[1][28:37] + "<" + SPECIMEN[1][37:]
    r = parse([SPECIMEN[0], line2], today=TODAY)
    assert r.lines == SPECIMEN and r.valid


def test_only_the_line_with_the_wrong_length_is_edited() -> None:
    r = parse([SPECIMEN[0], SPECIMEN[1][:37] + SPECIMEN[1][38:]], today=TODAY)
    assert r.lines == SPECIMEN
    assert {rep.line for rep in r.repairs} == {2}


def test_k_read_for_a_filler_in_a_check_digit_position() -> None:
    line1, line2 = mf.td3(mf.Holder(surname="HENG", given_names="DEBORAH"), optional_check="<")
    ocr = [line1.replace("<", "K"), line2.replace("<", "K")]
    r = parse(ocr, today=TODAY)
    assert r.valid and r.checks["optional_data"]
    assert (r.surname, r.given_names) == ("HENG", "DEBORAH")
    assert any(rep.pos == 43 and rep.from_ == "K" and rep.to == "<" for rep in r.repairs)
    assert [(w.code, w.severity) for w in r.warnings if w.field == "name"] == [
        ("name_repaired", Severity.WARNING)
    ]
    assert any(w.code == "filler_uncertain" and w.field == "optional_data" for w in r.warnings)


def test_k_that_may_be_a_filler_in_a_name_or_number_is_an_error() -> None:
    line1, line2 = mf.td3(mf.Holder(document_number="AB12345"))  # ends with fillers
    r = parse([line1.replace("<", "K"), line2.replace("<", "K")], today=TODAY)
    assert not r.valid
    errors = {(e.code, e.field) for e in r.errors}
    assert errors == {("name_uncertain", "name"), ("filler_uncertain", "document_number")}


def test_a_name_or_number_with_kkk_inside_is_not_taken_for_fillers() -> None:
    lines = mf.td3(mf.Holder(surname="SAKKKD", document_number="LUKKK7R0Q"))
    r = parse(lines, today=TODAY)
    assert r.valid and r.repairs == () and r.surname == "SAKKKD"


def test_a_lost_separator_filler_in_a_name_is_uncertain() -> None:
    line1 = "P<UTOSMITH<JOHN" + "<" * 28  # "SMITH<<JOHN" with one filler lost: 43 long
    r = parse([line1, SPECIMEN[1]], today=TODAY)
    assert ("length_uncertain", Severity.ERROR) in {(w.code, w.severity) for w in r.warnings}
    assert not r.valid


def test_k_mode_without_a_name_change() -> None:
    # Fillers read as K only on line 2; the name line is clean.
    line1, line2 = mf.td3(mf.Holder(), optional_check="<")
    r = parse([line1, line2.replace("<", "K")], today=TODAY)
    assert r.valid and "name_repaired" not in codes(r)


def test_ocr_alternatives_drive_the_search() -> None:
    # An OCR engine passes its own per-position alternatives (0-based line, pos).
    broken = SPECIMEN[1][:3] + "3" + SPECIMEN[1][4:]  # '8' read as '3': no look-alike rule
    outcome = repair_lines([SPECIMEN[0], broken], alternatives={(1, 3): "83", (1, 4): "9"})
    assert outcome.lines == SPECIMEN
    assert [(r.line, r.pos, r.from_, r.to) for r in outcome.repairs] == [(2, 4, "3", "8")]
    assert outcome.checks.all_valid


def test_two_ocr_alternatives_for_one_position_are_never_combined() -> None:
    broken = SPECIMEN[1][:3] + "36" + SPECIMEN[1][5:]  # '89' read as '36'
    outcome = repair_lines([SPECIMEN[0], broken], alternatives={(1, 3): "80", (1, 4): "9"})
    assert outcome.lines == SPECIMEN
    assert len(outcome.repairs) == 2


def test_a_broken_french_card_stays_a_french_card() -> None:
    line2 = "0506932020438CHRISTIANE<<NI2906209F4"  # final check digit broken
    r = parse(["IDFRADOUEL<<<<<<<<<<<<<<<<<<<<932013", line2], today=TODAY)
    assert r.format is DocumentFormat.FRENCH_ID
    assert r.checks == {"document_number": True, "birth_date": True, "composite": False}
    assert not r.valid


def test_result_is_json_ready() -> None:
    r = parse(SPECIMEN, today=TODAY)
    d = r.as_dict()
    assert d["birth_date"] == "1974-08-12" and d["raw"] == {
        "birth_date": "740812",
        "expiry_date": "120415",
    }
    assert d["warnings"][0] == {
        "code": "expired",
        "message": "The document expired on 2012-04-15.",
        "severity": "warning",
        "field": "expiry_date",
    }

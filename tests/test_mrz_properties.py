"""Property tests: round trips for every format, and what check digits must always catch."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from fixtures.generator import mrz_factory as mf
from verifier.mrz import DocumentFormat, MrzError, parse
from verifier.mrz.formats import SPECS, Charset
from verifier.mrz.repair import ALNUM_ALTERNATIVES

TODAY = dt.date(2026, 11, 28)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
CODES = ["UTO", "FRA", "DEU", "GBR", "XXA", "EUE", "UNO", "SRB", "MKD", "ALB"]

words = st.text(LETTERS, min_size=1, max_size=8)
names = st.lists(words, min_size=1, max_size=3).map(" ".join)


@st.composite
def calendar_dates(draw: st.DrawFn, lo: dt.date, hi: dt.date) -> str:
    day = draw(st.dates(min_value=lo, max_value=hi))
    return day.strftime("%y%m%d")


@st.composite
def holders(draw: st.DrawFn, *, number_length: int = 9) -> mf.Holder:
    return mf.Holder(
        surname=draw(names),
        given_names=draw(st.one_of(st.just(""), names)),
        issuing_state=draw(st.sampled_from(CODES)),
        nationality=draw(st.sampled_from(CODES)),
        document_number=draw(st.text(LETTERS + DIGITS, min_size=1, max_size=number_length)),
        birth=draw(calendar_dates(dt.date(1927, 1, 1), dt.date(2026, 11, 28))),
        sex=draw(st.sampled_from("MF<")),
        expiry=draw(calendar_dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))),
        optional=draw(st.text(LETTERS + DIGITS, max_size=5)),
    )


def build(fmt: DocumentFormat, h: mf.Holder) -> tuple[str, ...]:
    if fmt is DocumentFormat.TD3:
        return mf.td3(h)
    if fmt is DocumentFormat.TD2:
        return mf.td2(h)
    if fmt is DocumentFormat.TD1:
        return mf.td1(h)
    return mf.mrv(h, length=44 if fmt is DocumentFormat.MRVA else 36)


CODE_LETTER = {
    DocumentFormat.TD3: "P",
    DocumentFormat.TD2: "I",
    DocumentFormat.TD1: "I",
    DocumentFormat.MRVA: "V",
    DocumentFormat.MRVB: "V",
}
STANDARD_FORMATS = list(CODE_LETTER)


def name_length(fmt: DocumentFormat) -> int:
    return 30 if fmt is DocumentFormat.TD1 else SPECS[fmt].line_length - 5


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(fmt=st.sampled_from(STANDARD_FORMATS), h=holders())
def test_round_trip(fmt: DocumentFormat, h: mf.Holder) -> None:
    h = mf.Holder(**{**h.__dict__, "document_code": CODE_LETTER[fmt]})
    name = f"{h.surname}<<{h.given_names}" if h.given_names else h.surname
    assume(len(name) < name_length(fmt))  # untruncated, so the names come back whole
    lines = build(fmt, h)
    for repair in (True, False):
        r = parse(lines, today=TODAY, repair=repair)
        assert r.format is fmt
        assert r.valid, r.as_dict()
        assert r.repairs == ()
        assert r.surname == h.surname
        assert r.given_names == h.given_names
        assert r.document_number == h.document_number
        assert r.issuing_state == h.issuing_state
        assert r.nationality == h.nationality
        assert r.raw_birth_date == h.birth
        assert r.raw_expiry_date == h.expiry
        assert r.sex == {"<": "X"}.get(h.sex, h.sex)
        assert r.birth_date is not None and r.birth_date <= TODAY
        if fmt is not DocumentFormat.MRVA:  # MRV-A keeps all 16 optional characters
            assert r.optional_data == h.optional.rstrip("<")


@settings(max_examples=200)
@given(
    fmt=st.sampled_from([DocumentFormat.TD1, DocumentFormat.TD2]),
    h=holders(),
    principal=st.text(LETTERS + DIGITS, min_size=9, max_size=9),
    extra=st.text(LETTERS + DIGITS, min_size=1, max_size=3),
    count_filler=st.booleans(),
)
def test_long_document_numbers_round_trip(
    fmt: DocumentFormat, h: mf.Holder, principal: str, extra: str, count_filler: bool
) -> None:
    number = principal + extra
    h = mf.Holder(**{**h.__dict__, "document_code": "I", "document_number": number, "optional": ""})
    lines = mf.td1(h, count_filler=count_filler) if fmt is DocumentFormat.TD1 else mf.td2(h)
    r = parse(lines, today=TODAY, repair=False)
    assert r.valid
    assert r.document_number == number
    assert r.document_number_rule is not None


def _numeric_positions(fmt: DocumentFormat) -> list[tuple[int, int]]:
    spec = SPECS[fmt]
    protected = {name for c in spec.checks for name in (*c.covers, c.digit)}
    return [
        (f.line, pos)
        for f in spec.fields
        if f.charset is Charset.NUMERIC and f.name in protected
        for pos in f.positions()
    ]


@settings(max_examples=400)
@given(fmt=st.sampled_from(STANDARD_FORMATS), h=holders(), data=st.data())
def test_any_single_digit_change_in_a_numeric_protected_field_is_detected(
    fmt: DocumentFormat, h: mf.Holder, data: st.DataObject
) -> None:
    h = mf.Holder(**{**h.__dict__, "document_code": CODE_LETTER[fmt]})
    lines = list(build(fmt, h))
    line, pos = data.draw(st.sampled_from(_numeric_positions(fmt)))
    old = lines[line][pos]
    assume(old.isdigit())  # an empty personal number's '<' check digit is not a digit
    new = data.draw(st.sampled_from([d for d in DIGITS if d != old]))
    lines[line] = lines[line][:pos] + new + lines[line][pos + 1 :]
    strict = parse(lines, today=TODAY, repair=False)
    assert not strict.valid, "a changed digit must fail a check digit"
    repaired = parse(lines, today=TODAY)
    # Repair may only make it valid by changing something, and then it says so.
    assert not repaired.valid or (
        repaired.repairs and "check_digit_repair" in {w.code for w in repaired.warnings}
    )


@settings(max_examples=400)
@given(fmt=st.sampled_from(STANDARD_FORMATS), h=holders(), data=st.data())
def test_repair_never_changes_a_line_silently(
    fmt: DocumentFormat, h: mf.Holder, data: st.DataObject
) -> None:
    """Whatever the OCR did, the output differs from the input only where a repair says so."""
    h = mf.Holder(**{**h.__dict__, "document_code": CODE_LETTER[fmt]})
    lines = list(build(fmt, h))
    for _ in range(data.draw(st.integers(1, 3))):
        line = data.draw(st.integers(0, len(lines) - 1))
        pos = data.draw(st.integers(0, len(lines[line]) - 1))
        ch = data.draw(st.sampled_from(LETTERS + DIGITS + "<"))
        lines[line] = lines[line][:pos] + ch + lines[line][pos + 1 :]
    try:
        r = parse(lines, today=TODAY)
    except MrzError:
        return
    changed = {
        (i + 1, j + 1)
        for i, (a, b) in enumerate(zip(lines, r.lines, strict=True))
        for j in range(len(a))
        if a[j] != b[j]
    }
    assert changed <= {(rep.line, rep.pos) for rep in r.repairs}


@settings(max_examples=300)
@given(fmt=st.sampled_from(STANDARD_FORMATS), h=holders(), data=st.data())
def test_one_ocr_confusion_is_restored_or_refused_never_misread_as_valid(
    fmt: DocumentFormat, h: mf.Holder, data: st.DataObject
) -> None:
    """One O/0-style confusion: repair gives back the original MRZ, or no valid MRZ at all.

    Excluded: pairs the 7-3-1 check digit cannot see (values 10 apart, G/6), which no reader
    can resolve from the MRZ alone.
    """
    h = mf.Holder(**{**h.__dict__, "document_code": CODE_LETTER[fmt]})
    original = build(fmt, h)
    lines = list(original)
    spec = SPECS[fmt]
    candidates = [
        (f.line, pos)
        for f in spec.fields
        if f.charset is not Charset.ALPHA or f.name == "name"
        for pos in f.positions()
        if original[f.line][pos] in ALNUM_ALTERNATIVES
        and {original[f.line][pos], ALNUM_ALTERNATIVES[original[f.line][pos]]} != {"G", "6"}
    ]
    assume(candidates)
    line, pos = data.draw(st.sampled_from(candidates))
    field = spec.field_at(line, pos)
    wrong = ALNUM_ALTERNATIVES[original[line][pos]]
    assume(not (field.charset is Charset.ALNUM and field.name not in _protected(fmt)))
    lines[line] = lines[line][:pos] + wrong + lines[line][pos + 1 :]
    r = parse(lines, today=TODAY)
    assert r.lines == original or not r.valid


def _protected(fmt: DocumentFormat) -> set[str]:
    spec = SPECS[fmt]
    return {name for c in spec.checks for name in (*c.covers, c.digit)}


@settings(max_examples=300)
@given(fmt=st.sampled_from(STANDARD_FORMATS), h=holders(), data=st.data())
def test_recogniser_alternatives_never_change_a_line_silently(
    fmt: DocumentFormat, h: mf.Holder, data: st.DataObject
) -> None:
    """Whatever alternatives an OCR engine offers, every change is a reported repair, and a
    valid result satisfies every check digit."""
    h = mf.Holder(**{**h.__dict__, "document_code": CODE_LETTER[fmt]})
    lines = list(build(fmt, h))
    alphabet = LETTERS + DIGITS + "<"
    alternatives: dict[tuple[int, int], str] = {}
    for _ in range(data.draw(st.integers(0, 6))):
        line = data.draw(st.integers(0, len(lines) - 1))
        pos = data.draw(st.integers(0, len(lines[line]) - 1))
        alternatives[(line, pos)] = data.draw(st.text(alphabet, min_size=1, max_size=3))
        if data.draw(st.booleans()):  # the recogniser misread this position
            lines[line] = lines[line][:pos] + alternatives[(line, pos)][-1] + lines[line][pos + 1 :]
    try:
        r = parse(lines, today=TODAY, alternatives=alternatives)
    except MrzError:
        return
    changed = {
        (i + 1, j + 1)
        for i, (a, b) in enumerate(zip(lines, r.lines, strict=True))
        for j in range(min(len(a), len(b)))
        if a[j] != b[j]
    }
    assert changed <= {(rep.line, rep.pos) for rep in r.repairs}
    if r.valid:
        assert all(r.checks.values())

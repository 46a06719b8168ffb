"""Decode MRZ lines into an :class:`MrzResult` using the format tables.

:func:`parse` is the entry point: it normalises and (by default) repairs OCR lines, then
:func:`decode` reads every field strictly and reports each problem as a finding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from verifier.codes import CodeKind, lookup
from verifier.mrz import dates
from verifier.mrz.check_digit import ALPHABET
from verifier.mrz.checks import CheckOutcome, settle_format
from verifier.mrz.formats import (
    Charset,
    DocumentFormat,
    FieldSpec,
    FormatSpec,
    select_format,
)
from verifier.mrz.names import join_words, split_name
from verifier.mrz.repair import SHAPES, Alternatives, repair_lines, shape_of
from verifier.mrz.result import Finding, MrzError, MrzResult, Repair, Severity
from verifier.text import Text, joined, say

_CHARSETS = {
    Charset.ALPHA: frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ<"),
    Charset.NUMERIC: frozenset("0123456789<"),
    Charset.ALNUM: frozenset(ALPHABET),
}

# First letter of the document code per format: Doc 9303-4 (P), 9303-5/6 note k (A, C, I),
# 9303-7 (V); the French card is "ID".
_DOCUMENT_CODE_FIRST = {
    DocumentFormat.TD3: "P",
    DocumentFormat.TD1: "ACI",
    DocumentFormat.TD2: "ACI",
    DocumentFormat.MRVA: "V",
    DocumentFormat.MRVB: "V",
    DocumentFormat.FRENCH_ID: "I",
}

_SEX = {"M": "M", "F": "F", "<": "X", "X": "X"}


def parse(
    lines: Sequence[str],
    *,
    today: dt.date | None = None,
    repair: bool = True,
    alternatives: Alternatives | None = None,
) -> MrzResult:
    """Parse one MRZ (two or three lines).

    With ``repair`` (the default) OCR confusions are corrected where the field types and check
    digits decide, and every change is listed in ``repairs``. An OCR engine passes its own
    per-character ``alternatives`` ({(line, pos): "chars"}, 0-based, best first), which replace
    the look-alike table. Raises :class:`MrzError` when the lines are not an MRZ of any format.

    >>> r = parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    ...            "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], today=dt.date(2026, 11, 28))
    >>> r.format.value, r.surname, r.given_names, r.document_number, r.valid, r.expired
    ('TD3', 'ERIKSSON', 'ANNA MARIA', 'L898902C3', True, True)
    """
    today = today or dt.date.today()
    if repair:
        fixed = repair_lines(lines, alternatives)
        return decode(
            fixed.spec,
            fixed.lines,
            today,
            repairs=fixed.repairs,
            findings=fixed.findings,
            outcome=fixed.checks,
            well_typed=fixed.well_typed,
        )
    clean = tuple(line.strip() for line in lines if line.strip())
    for i, line in enumerate(clean):
        for j, ch in enumerate(line):
            if ch not in ALPHABET:
                raise MrzError(f"line {i + 1}, position {j + 1}: {ch!r} is not an MRZ character")
    spec = select_format(clean)
    if spec is None:
        raise MrzError(f"not an MRZ: {shape_of(clean)}; {SHAPES}")
    return decode(spec, clean, today)


def decode(
    spec: FormatSpec,
    lines: tuple[str, ...],
    today: dt.date,
    *,
    repairs: Sequence[Repair] = (),
    findings: Sequence[Finding] = (),
    outcome: CheckOutcome | None = None,
    well_typed: bool | None = None,
) -> MrzResult:
    """Read every field of well-shaped lines; problems become findings, never exceptions.

    ``outcome`` (the check digits of exactly these lines) and ``well_typed`` (whether every
    character fits its field) may be passed when the caller already knows them.
    """
    if outcome is None:
        spec, outcome = settle_format(spec, lines)

    fields = spec.by_name

    def text(name: str) -> str:
        return fields[name].text(lines) if name in fields else ""

    found: list[Finding] = list(findings)
    if not (well_typed if well_typed is not None else spec.well_typed(lines)):
        found.extend(_character_findings(spec, lines))
    found.extend(_document_code_findings(spec, text("document_code")))
    issuing_state = _code(text("issuing_state"), "issuing_state", found)
    nationality = (
        _code(text("nationality"), "nationality", found) if "nationality" in fields else ""
    )
    surname, given_names, truncated = _names(spec, text, found)
    document_number, optional_data = _document_number(text, outcome, found)
    birth, expiry, expired = _dates(text("birth_date"), text("expiry_date"), today, found)
    sex = _sex(text("sex"), found)

    return MrzResult(
        format=spec.format,
        lines=lines,
        document_code=text("document_code").rstrip("<"),
        issuing_state=issuing_state,
        surname=surname,
        given_names=given_names,
        document_number=document_number,
        nationality=nationality,
        birth_date=birth,
        expiry_date=expiry,
        sex=sex,
        optional_data=optional_data,
        optional_data_2=text("optional_data_2").rstrip("<"),
        checks=outcome.checks,
        valid=outcome.all_valid and not any(f.severity is Severity.ERROR for f in found),
        expired=expired,
        warnings=tuple(found),
        repairs=tuple(repairs),
        raw_birth_date=text("birth_date"),
        raw_expiry_date=text("expiry_date"),
        document_number_rule=outcome.rule,
        name_truncated=truncated,
    )


def _names(
    spec: FormatSpec, text: Callable[[str], str], found: list[Finding]
) -> tuple[str, str, bool]:
    if spec.has_field("name"):
        name = split_name(text("name"))
        surname, given_names, truncated = name.surname, name.given_names, name.truncated
    else:  # the French card: surname and given names in two fields
        surname, given_names = join_words(text("surname")), join_words(text("given_names"))
        truncated = not text("surname").endswith("<")
    if not surname:
        found.append(
            Finding("name_missing", say("The MRZ has no surname."), Severity.ERROR, "name")
        )
    if truncated:
        found.append(
            Finding(
                "name_truncated",
                say(
                    "The name fills the whole MRZ field and may have been truncated; "
                    "compare it with the name printed on the document."
                ),
                Severity.WARNING,
                "name",
            )
        )
    return surname, given_names, truncated


def _document_number(
    text: Callable[[str], str], outcome: CheckOutcome, found: list[Finding]
) -> tuple[str, str]:
    """The full document number and what remains of the optional data."""
    number = text("document_number").rstrip("<")
    optional = text("optional_data").rstrip("<")
    if outcome.long_number is not None:
        number = text("document_number") + outcome.long_number.overflow
        optional = outcome.long_number.remainder.rstrip("<")
        if outcome.rule is not None:
            found.append(_long_number_finding(outcome.rule.value))
    if not number:
        found.append(
            Finding(
                "document_number_missing",
                say("The MRZ has no document number."),
                Severity.ERROR,
                "document_number",
            )
        )
    return number, optional


def _dates(
    raw_birth: str, raw_expiry: str, today: dt.date, found: list[Finding]
) -> tuple[dt.date | None, dt.date | None, bool | None]:
    birth = dates.birth_date(raw_birth, today)
    if birth is None:
        found.append(_bad_date("birth_date", raw_birth))
    if not raw_expiry:  # a format without the date of expiry
        found.append(
            Finding(
                "expiry_not_in_mrz",
                say("This format does not carry the date of expiry; read it on the document."),
                Severity.INFO,
                "expiry_date",
            )
        )
        return birth, None, None
    expiry = dates.expiry_date(raw_expiry)
    if expiry is None:
        found.append(_bad_date("expiry_date", raw_expiry))
        return birth, None, None
    expired = expiry < today
    if expired:
        found.append(
            Finding(
                "expired",
                say("The document expired on {date}.", date=expiry.isoformat()),
                Severity.WARNING,
                "expiry_date",
            )
        )
    if birth is not None and birth >= expiry:
        found.append(
            Finding(
                "birth_after_expiry",
                say("The date of birth is not before the date of expiry."),
                Severity.WARNING,
                "birth_date",
            )
        )
    return birth, expiry, expired


def _sex(raw: str, found: list[Finding]) -> str | None:
    sex = _SEX.get(raw)
    if sex is None:
        found.append(
            Finding(
                "invalid_sex",
                say("Sex must be M, F or <, not {raw!r}.", raw=raw),
                Severity.ERROR,
                "sex",
            )
        )
    elif raw == "X":
        found.append(
            Finding(
                "sex_x_in_mrz",
                say("Sex is printed as X; Doc 9303 writes an unspecified sex as < in the MRZ."),
                Severity.WARNING,
                "sex",
            )
        )
    return sex


_LABELS = {
    "document_code": say("The document code"),
    "issuing_state": say("The issuing state"),
    "nationality": say("The nationality"),
    "name": say("The name"),
    "surname": say("The surname"),
    "given_names": say("The given names"),
    "document_number": say("The document number"),
    "optional_data": say("The optional data"),
    "optional_data_2": say("The second optional data field"),
    "birth_date": say("The date of birth"),
    "expiry_date": say("The date of expiry"),
    "sex": say("The sex field"),
}


_WHAT = {
    "issuing_state": say("issuing state"),
    "nationality": say("nationality"),
}  # "The {what} code"


def _label(field: FieldSpec) -> str:
    return _LABELS.get(field.name, field.name)


# Fields whose own validation reports a bad character more precisely.
_VALIDATED_ELSEWHERE = frozenset(
    {"issuing_state", "nationality", "sex", "birth_date", "expiry_date"}
)


def _character_findings(spec: FormatSpec, lines: tuple[str, ...]) -> list[Finding]:
    skip = _VALIDATED_ELSEWHERE | {check.digit for check in spec.checks}
    found = []
    for field in spec.fields:
        if field.name in skip:
            continue  # a check digit fails its check; the others have their own finding
        bad = sorted({c for c in field.text(lines) if c not in _CHARSETS[field.charset]})
        if bad:
            found.append(
                Finding(
                    "invalid_characters",
                    say(
                        "{field} holds characters not allowed there: {bad}",
                        field=_label(field),
                        bad="".join(bad),
                    ),
                    Severity.ERROR,
                    field.name,
                )
            )
    return found


def _code(raw: str, field: str, found: list[Finding]) -> str:
    bare = raw.rstrip("<")
    what = _WHAT[field]
    if not bare or "<" in bare or not bare.isalpha():
        found.append(
            Finding(
                "invalid_code",
                say("The {what} code {raw!r} is not a three-letter code.", what=what, raw=raw),
                Severity.ERROR,
                field,
            )
        )
        return bare
    kind = lookup(bare).kind
    if kind is CodeKind.UNKNOWN:
        found.append(
            Finding(
                "unknown_code",
                say(
                    "The {what} code {code} is not in Doc 9303-3 or ISO 3166-1.",
                    what=what,
                    code=bare,
                ),
                Severity.WARNING,
                field,
            )
        )
    elif kind is CodeKind.DEPRECATED:
        found.append(
            Finding(
                "deprecated_code",
                say(
                    "The {what} code {code} has been withdrawn from ISO 3166-1.",
                    what=what,
                    code=bare,
                ),
                Severity.WARNING,
                field,
            )
        )
    return bare


def _document_code_findings(spec: FormatSpec, raw: str) -> list[Finding]:
    first, second = raw[0], raw[1]
    problems: list[Text] = []
    if first not in _DOCUMENT_CODE_FIRST[spec.format]:
        allowed = " or ".join(_DOCUMENT_CODE_FIRST[spec.format])
        problems.append(
            say(
                "a {format} document code starts with {allowed}",
                format=spec.format.value,
                allowed=allowed,
            )
        )
    if spec.format in (DocumentFormat.TD1, DocumentFormat.TD2) and (
        second == "V" or (first == "A" and second in "IC")
    ):
        problems.append(say("V, AI and AC are not used as TD1/TD2 document codes"))
    if not problems:
        return []
    return [
        Finding(
            "unusual_document_code",
            say(
                "Document code {code!r}: {problems} (Doc 9303).",
                code=raw.rstrip("<"),
                problems=joined("; ", problems),
            ),
            Severity.WARNING,
            "document_code",
        )
    ]


def _long_number_finding(rule: str) -> Finding:
    how = (
        say("the filler in position 15 excluded, as Doc 9303-5 specifies")
        if rule == "standard"
        else say("the filler in position 15 counted, as some issuers do")
    )
    return Finding(
        "long_document_number",
        say(
            "The document number continues in the optional data; its check digit holds with {how}.",
            how=how,
        ),
        Severity.INFO,
        "document_number",
    )


def _bad_date(field: str, raw: str) -> Finding:
    return Finding(
        "invalid_date",
        say("{field} {raw!r} is not a calendar date (YYMMDD).", field=_LABELS[field], raw=raw),
        Severity.ERROR,
        field,
    )

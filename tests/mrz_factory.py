"""Build valid MRZ lines from field values (tests only): the inverse of the parser.

Written from the Doc 9303 field tables independently of verifier.mrz.formats, so that a
mistake in a table is not mirrored here.
"""

from __future__ import annotations

from dataclasses import dataclass

from verifier.mrz.check_digit import check_digit


@dataclass(frozen=True)
class Holder:
    surname: str = "ERIKSSON"
    given_names: str = "ANNA MARIA"
    document_code: str = "P"
    issuing_state: str = "UTO"
    nationality: str = "UTO"
    document_number: str = "L898902C3"
    birth: str = "740812"
    sex: str = "F"
    expiry: str = "320415"
    optional: str = ""
    optional_2: str = ""


def pad(value: str, length: int) -> str:
    assert len(value) <= length, (value, length)
    return value.ljust(length, "<")


def name_field(holder: Holder, length: int) -> str:
    primary = holder.surname.replace(" ", "<")
    secondary = holder.given_names.replace(" ", "<")
    text = f"{primary}<<{secondary}" if secondary else primary
    return pad(text[:length], length)


def td3(h: Holder, *, optional_check: str | None = None) -> tuple[str, str]:
    line1 = pad(h.document_code, 2) + pad(h.issuing_state, 3) + name_field(h, 39)
    number = pad(h.document_number, 9)
    optional = pad(h.optional, 14)
    opt_cd = optional_check if optional_check is not None else check_digit(optional)
    body = (
        number
        + check_digit(number)
        + pad(h.nationality, 3)
        + h.birth
        + check_digit(h.birth)
        + h.sex
        + h.expiry
        + check_digit(h.expiry)
        + optional
        + opt_cd
    )
    composite = check_digit(body[0:10] + body[13:20] + body[21:43])
    return line1, body + composite


def td2(h: Holder) -> tuple[str, str]:
    line1 = pad(h.document_code, 2) + pad(h.issuing_state, 3) + name_field(h, 31)
    if len(h.document_number) > 9:
        number = h.document_number[:9]
        overflow = h.document_number[9:]
        optional = pad(overflow + check_digit(h.document_number) + "<" + h.optional, 7)
        number_cd = "<"
    else:
        number = pad(h.document_number, 9)
        number_cd = check_digit(number)
        optional = pad(h.optional, 7)
    body = (
        number
        + number_cd
        + pad(h.nationality, 3)
        + h.birth
        + check_digit(h.birth)
        + h.sex
        + h.expiry
        + check_digit(h.expiry)
        + optional
    )
    return line1, body + check_digit(body[0:10] + body[13:20] + body[21:35])


def td1(h: Holder, *, count_filler: bool = False) -> tuple[str, str, str]:
    if len(h.document_number) > 9:
        principal, overflow = h.document_number[:9], h.document_number[9:]
        data = principal + ("<" if count_filler else "") + overflow
        optional = pad(overflow + check_digit(data) + "<" + h.optional, 15)
        number_part = principal + "<"
    else:
        number = pad(h.document_number, 9)
        number_part = number + check_digit(number)
        optional = pad(h.optional, 15)
    line1 = pad(h.document_code, 2) + pad(h.issuing_state, 3) + number_part + optional
    line2 = (
        h.birth
        + check_digit(h.birth)
        + h.sex
        + h.expiry
        + check_digit(h.expiry)
        + pad(h.nationality, 3)
        + pad(h.optional_2, 11)
    )
    composite = check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    return line1, line2 + composite, name_field(h, 30)


def mrv(h: Holder, *, length: int) -> tuple[str, str]:
    line1 = pad(h.document_code, 2) + pad(h.issuing_state, 3) + name_field(h, length - 5)
    number = pad(h.document_number[:9], 9)
    body = (
        number
        + check_digit(number)
        + pad(h.nationality, 3)
        + h.birth
        + check_digit(h.birth)
        + h.sex
        + h.expiry
        + check_digit(h.expiry)
        + pad(h.optional, length - 28)
    )
    return line1, body

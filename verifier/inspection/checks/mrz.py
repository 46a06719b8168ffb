"""The MRZ's checks (Doc 9303-3 and -4/-5/-6/-7): found, well formed, check digits, dates,
codes, validity. A read the reader is not sure of is an ``error`` (to be read by eye), not an
anomaly of the document."""

from __future__ import annotations

from verifier.imaging.mrz_reader import ImageRead
from verifier.inspection.result import CheckResult, CheckStatus
from verifier.mrz.checks import faults
from verifier.mrz.formats import SPECS
from verifier.text import joined, say

# Findings that say the MRZ could not be read with certainty: not evidence against the document.
_UNCERTAIN = {"low_confidence", "name_uncertain", "filler_uncertain", "length_uncertain"}
_FORMAT = {"invalid_characters", "name_missing", "document_number_missing", "invalid_sex"}

_DIGIT_FIELDS = {
    "document_number": say("document number"),
    "birth_date": say("date of birth"),
    "expiry_date": say("date of expiry"),
    "optional_data": say("optional data"),
    "optional_data_2": say("optional data"),
    "composite": say("the composite check digit"),
}


def mrz_checks(read: ImageRead | None) -> list[CheckResult]:
    """The MRZ as read on the visible image, against Doc 9303: layout, check digits, dates,
    codes, and the document's validity."""
    if read is None:
        return [
            CheckResult(
                "mrz.present",
                CheckStatus.FAIL,
                say("No machine readable zone was found on the visible image."),
            )
        ]
    r = read.result
    codes = {w.code: w for w in r.warnings}
    out = [
        CheckResult(
            "mrz.present",
            CheckStatus.PASS,
            say("MRZ read ({engine}).", engine=read.engine),
            read.confidence,
            {"bbox": list(read.bbox)},
        )
    ]
    uncertain = [w.message for w in r.warnings if w.code in _UNCERTAIN]
    if uncertain:
        out.append(
            CheckResult(
                "mrz.format",
                CheckStatus.ERROR,
                say("The MRZ could not be read with certainty: {why}", why=joined(" ", uncertain)),
            )
        )
    elif any(c in codes for c in _FORMAT):
        out.append(
            CheckResult(
                "mrz.format",
                CheckStatus.FAIL,
                joined(" ", [w.message for w in r.warnings if w.code in _FORMAT]),
            )
        )
    else:
        out.append(
            CheckResult(
                "mrz.format",
                CheckStatus.PASS,
                say("A well-formed {format} MRZ.", format=r.format.value),
            )
        )
    broken = faults(SPECS[r.format], r.lines) if not all(r.checks.values()) else []
    out.append(
        CheckResult(
            "mrz.check_digits",
            CheckStatus.FAIL if broken else CheckStatus.PASS,
            say(
                "Check digits do not hold: {faults}.",
                faults=joined(
                    "; ",
                    [
                        say(
                            "{field}: check digit {printed}, computed {computed}",
                            field=_DIGIT_FIELDS.get(f.name, f.name),
                            printed=f.printed,
                            computed=f.computed,
                        )
                        for f in broken
                    ],
                ),
            )
            if broken
            else say("Every check digit holds."),
            evidence={"checks": dict(r.checks), "faults": [f.as_dict() for f in broken]},
        )
    )
    bad_dates = [w.message for w in r.warnings if w.code == "invalid_date"]
    out.append(
        CheckResult(
            "mrz.dates",
            CheckStatus.FAIL if bad_dates else CheckStatus.PASS,
            joined(" ", bad_dates) if bad_dates else say("The dates are calendar dates."),
        )
    )
    if "invalid_code" in codes:
        out.append(CheckResult("mrz.codes", CheckStatus.FAIL, codes["invalid_code"].message))
    elif "unknown_code" in codes or "deprecated_code" in codes:
        w = codes.get("unknown_code") or codes["deprecated_code"]
        out.append(CheckResult("mrz.codes", CheckStatus.WARN, w.message))
    else:
        out.append(
            CheckResult(
                "mrz.codes",
                CheckStatus.PASS,
                say(
                    "Known codes: {state}, {nationality}.",
                    state=r.issuing_state,
                    nationality=r.nationality,
                ),
            )
        )
    if r.expired is None:
        out.append(
            CheckResult(
                "doc.expired",
                CheckStatus.SKIPPED,
                say("The expiry date is not in the MRZ; read it on the document."),
            )
        )
    else:
        out.append(
            CheckResult(
                "doc.expired",
                CheckStatus.FAIL if r.expired else CheckStatus.PASS,
                say("Expired on {date}.", date=str(r.expiry_date))
                if r.expired
                else say("Valid until {date}.", date=str(r.expiry_date)),
            )
        )
    return out

"""Three-letter codes for issuing states, organisations and nationalities (Doc 9303-3 §5).

An MRZ code is valid when it is an ISO 3166-1 alpha-3 code or one of the ICAO extensions of
Doc 9303-3 §5 Parts A-G. Germany is ``D`` (written ``D<<`` in the MRZ). Codes deprecated in
ISO 3166 are still recognised, with a status that lets callers warn instead of fail.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cache
from typing import Final

from verifier.codes._iso3166 import ISO3166_ALPHA3


class CodeKind(enum.Enum):
    """Where a code comes from; decides whether it is reported as a warning."""

    ISO3166 = "iso3166"
    ICAO = "icao"  # Doc 9303-3 §5 extensions (Parts A-E, G)
    DEPRECATED = "deprecated"  # withdrawn from ISO 3166-1; kept for old documents
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class CountryCode:
    code: str  # without fillers: "D", "UTO", "GBD"
    name: str
    kind: CodeKind


# Doc 9303-3 §5, Parts A to E and G. (Part H is a code ICAO uses only to sign master lists.)
_ICAO_EXTENSIONS: Final[dict[str, str]] = {
    # Part A — codes not in ISO 3166-1
    "D": "Germany",
    "GBD": "British Overseas Territories Citizen",
    "GBN": "British National (Overseas)",
    "GBO": "British Overseas Citizen",
    "GBP": "British Protected Person",
    "GBS": "British Subject",
    "RKS": "Republic of Kosovo",
    # Part B — other codes reserved by ISO 3166/MA
    "EUE": "European Union",
    # Part C — United Nations travel documents
    "UNO": "United Nations Organization or one of its officials",
    "UNA": "United Nations specialized agency or one of its officials",
    "UNK": "Resident of Kosovo (travel document issued by UNMIK)",
    # Part D — other issuing authorities
    "XBA": "African Development Bank",
    "XIM": "African Export-Import Bank",
    "XCC": "Caribbean Community (CARICOM)",
    "XCE": "Council of Europe",
    "XCO": "Common Market for Eastern and Southern Africa (COMESA)",
    "XEC": "Economic Community of West African States (ECOWAS)",
    "XPO": "International Criminal Police Organization (INTERPOL)",
    "XES": "Organization of Eastern Caribbean States (OECS)",
    "XMP": "Parliamentary Assembly of the Mediterranean",
    "XOM": "Sovereign Military Order of Malta",
    "XDC": "Southern African Development Community",
    # Part E — persons without a defined nationality
    "XXA": "Stateless person (1954 Convention)",
    "XXB": "Refugee (1951 Convention, 1967 Protocol)",
    "XXC": "Refugee (other)",
    "XXX": "Unspecified nationality",
    # Part G — specimen documents
    "UTO": "Utopia (specimen)",
}

# Part F of Doc 9303-3 §5 plus codes withdrawn from ISO 3166-1 (ISO 3166-3) that still appear
# on documents in circulation or in archives.
_DEPRECATED: Final[dict[str, str]] = {
    "ANT": "Netherlands Antilles",
    "NTZ": "Neutral Zone",
    "BUR": "Burma",
    "CSK": "Czechoslovakia",
    "DDR": "German Democratic Republic",
    "ROM": "Romania (former code)",
    "SCG": "Serbia and Montenegro",
    "SUN": "USSR",
    "TMP": "East Timor",
    "YUG": "Yugoslavia",
    "ZAR": "Zaire",
}


@cache
def lookup(code: str) -> CountryCode:
    """Classify a three-letter code as printed in an MRZ (fillers allowed: ``D<<``).

    >>> lookup("D<<")
    CountryCode(code='D', name='Germany', kind=<CodeKind.ICAO: 'icao'>)
    >>> lookup("UTO").kind, lookup("FRA").kind, lookup("ANT").kind, lookup("QQQ").kind
    (<CodeKind.ICAO: 'icao'>, <CodeKind.ISO3166: 'iso3166'>, <CodeKind.DEPRECATED: 'deprecated'>, \
<CodeKind.UNKNOWN: 'unknown'>)
    """
    bare = code.rstrip("<")
    if bare in _ICAO_EXTENSIONS:
        return CountryCode(bare, _ICAO_EXTENSIONS[bare], CodeKind.ICAO)
    if bare in ISO3166_ALPHA3:
        return CountryCode(bare, ISO3166_ALPHA3[bare], CodeKind.ISO3166)
    if bare in _DEPRECATED:
        return CountryCode(bare, _DEPRECATED[bare], CodeKind.DEPRECATED)
    return CountryCode(bare, "", CodeKind.UNKNOWN)


def is_known(code: str) -> bool:
    """Whether the code is current (ISO 3166-1 or an ICAO extension)."""
    return lookup(code).kind in (CodeKind.ISO3166, CodeKind.ICAO)

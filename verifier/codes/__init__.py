"""ICAO/ISO 3166 codes (Doc 9303-3 §5) and transliteration (Doc 9303-3 §6).

Pure data and lookups.
"""

from verifier.codes.countries import CodeKind, CountryCode, is_known, lookup
from verifier.codes.transliteration import spellings_of, transliterate, viz_matches_mrz

__all__ = [
    "CodeKind",
    "CountryCode",
    "is_known",
    "lookup",
    "spellings_of",
    "transliterate",
    "viz_matches_mrz",
]

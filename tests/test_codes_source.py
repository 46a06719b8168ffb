"""The ISO 3166-1 table states its source: it is compared with Debian's iso-codes, where that
package is installed (the comparison says which version it checked)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier.codes._iso3166 import ISO3166_ALPHA3

DEBIAN = Path("/usr/share/iso-codes/json/iso_3166-1.json")


@pytest.mark.skipif(not DEBIAN.is_file(), reason="Debian's iso-codes is not installed here")
def test_the_country_codes_equal_debians_iso_codes() -> None:
    published = {entry["alpha_3"] for entry in json.loads(DEBIAN.read_text())["3166-1"]}
    assert set(ISO3166_ALPHA3) == published

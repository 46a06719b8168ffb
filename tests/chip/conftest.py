"""What the chip tests share: one holder's MRZ and portrait, Utopia's test PKI, and a trust
store holding its CSCA (imported from its master list, as an administrator would)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures.generator.chips import master_list, utopia_pki
from verifier.chip.trust import TrustStore

ROOT = Path(__file__).resolve().parents[2]
PORTRAIT = ROOT / "fixtures" / "portraits" / "person_b_document.jpg"
MRZ = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "U274369814UTO8208123F3404159<<<<<<<<<<<<<<02",
]
PKI = utopia_pki()


@pytest.fixture(scope="module")
def trust(tmp_path_factory: pytest.TempPathFactory) -> TrustStore:
    store = TrustStore(tmp_path_factory.mktemp("trust") / "csca")
    path = tmp_path_factory.mktemp("ml") / "utopia.ml"
    path.write_bytes(master_list(PKI))
    outcome = store.import_file(path)
    assert (outcome.added, outcome.signer_csca_trusted_before) == (1, False)
    return store

"""What the installers' ICU data keeps (packaging/trim_icu.py): the rules, item by item.

`make dist-test` runs the application from the bundle built with the trimmed data; this keeps the
rules from drifting: a language the application speaks, ICU's core and the small converters stay.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def trim_icu() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "packaging" / "trim_icu.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "item",
    [
        "root.res", "en.res", "en_GB.res", "sr.res", "sr_Latn_RS.res", "sh.res", "sq_MK.res",
        "mk.res", "bs_Cyrl.res", "coll/root.res", "coll/sr.res", "coll/ucadata.icu",
        "zone/sq.res", "res_index.res", "coll/res_index.res", "pool.res", "curr/pool.res",
        "uprops.icu", "ucase.icu", "nfc.nrm", "cnvalias.icu", "zoneinfo64.res",
        "supplementalData.res", "likelySubtags.res", "brkitr/thaidict.dict", "brkitr/line.brk",
    ],
)  # fmt: skip
def test_what_the_application_can_use_stays(trim_icu: ModuleType, item: str) -> None:
    assert not trim_icu.left_out(item, 10_000)


@pytest.mark.parametrize(
    "item",
    ["de.res", "de_.res", "zh_Hant_TW.res", "coll/de.res", "zone/ja.res", "lang/fr.res",
     "unit/tr.res", "rbnf/ru.res", "translit/root.res", "unames.icu"],
)  # fmt: skip
def test_other_languages_and_unused_tables_go(trim_icu: ModuleType, item: str) -> None:
    assert trim_icu.left_out(item, 10_000)


def test_only_the_multi_byte_converters_go(trim_icu: ModuleType) -> None:
    assert not trim_icu.left_out("ibm-5346_P100-1998.cnv", 3_200)  # windows-1250
    assert trim_icu.left_out("ibm-1390_P110-2003.cnv", 300_000)  # a Japanese EBCDIC table

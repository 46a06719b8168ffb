"""The chip: how long reading and proving a chip takes, and importing a real master list.

    make bench-chip

Reads every bundled sample's simulated chip (in process: the time is our protocol and
cryptography, not a reader's radio, which adds 1-3 s for DG2 at 424 kbit/s), split into access
control (BAC or PACE), the whole read (Chip and Active Authentication included) and Passive
Authentication; then imports the BSI master list of ``../shared/chipdata`` (skipped when
absent) and runs Passive Authentication against that trust store of 526 CSCAs. No peer is
measured in the same run: the Python chip libraries are GPL/LGPL or do not install here
(``../shared/ENVIRONMENT.md``), and JMRTD is Java.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from verifier.chip import bac, pace  # noqa: E402
from verifier.chip.channel import Channel  # noqa: E402
from verifier.chip.passive import passive_authentication  # noqa: E402
from verifier.chip.reader import _card_access, _select_application, read_chip  # noqa: E402
from verifier.chip.simulated import ChipImage, SimulatedChip  # noqa: E402
from verifier.chip.trust import TrustStore, master_list_certificates  # noqa: E402

BSI = ROOT.parent / "shared" / "chipdata" / "DE_ML_2024-04-10-10-54-13.ml"
TODAY = dt.date(2026, 12, 1)
ROUNDS = 5


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> None:
    chips = sorted((ROOT / "samples").glob("*/chip.json"))
    sample_csca = master_list_certificates(
        (ROOT / "samples" / "chip-test-masterlist.ml").read_bytes()
    )
    with tempfile.TemporaryDirectory() as tmp:
        store = TrustStore(Path(tmp) / "csca", sample_csca)
        if BSI.is_file():
            start = time.perf_counter()
            outcome = store.import_file(BSI)
            took = time.perf_counter() - start
            print(f"BSI master list import: {outcome.added} CSCAs in {ms(took)}")
            store = TrustStore(Path(tmp) / "csca", sample_csca)
            start = time.perf_counter()
            count = len(store.certificates())
            print(f"trust store load ({count} certificates): {ms(time.perf_counter() - start)}")
        else:
            print(f"(no {BSI}: the BSI master list figures are skipped)")
        rows: dict[str, list[tuple[float, float, float]]] = {}
        for path in chips:
            image = ChipImage.load(path)
            key = image.mrz_key()
            for _ in range(ROUNDS):
                channel = Channel(SimulatedChip(image))
                start = time.perf_counter()
                infos = _card_access(channel)
                if infos is not None and infos.pace:
                    pace.authenticate(channel, key, infos.pace[0])
                    kind = "PACE"
                else:
                    _select_application(channel)
                    bac.authenticate(channel, key)
                    kind = "BAC"
                access = time.perf_counter() - start
                start = time.perf_counter()
                reading = read_chip(SimulatedChip(image), key)
                read = time.perf_counter() - start
                start = time.perf_counter()
                result = passive_authentication(reading.sod, reading.groups, store, TODAY)
                proved = time.perf_counter() - start
                assert result.passed, (path.parent.name, result.failures)
                profile = f"{kind}, CA {reading.chip_auth.value}, AA {reading.active_auth.value}"
                rows.setdefault(profile, []).append((access, read, proved))
        print(f"\n{len(chips)} sample chips x {ROUNDS} rounds (medians)")
        print(f"{'profile':<44} {'access':>10} {'whole read':>10} {'passive auth':>12}")
        for profile, values in sorted(rows.items()):
            a, r, p = (statistics.median(v[i] for v in values) for i in range(3))
            print(f"{profile:<44} {ms(a):>10} {ms(r):>10} {ms(p):>12}")


if __name__ == "__main__":
    main()

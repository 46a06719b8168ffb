"""PC/SC end to end without hardware: a simulated chip, served through vpcd (the virtual reader
driver of Debian's ``vsmartcard-vpcd``, test-only) by a private pcscd, read by ``read_chip``
through :class:`PcscTransport` and pyscard.

Isolation from the workstation's own PC/SC service:

* pcscd 1.9.9 has its socket directory built in (``ipcdir=/run/pcscd``; it ignores
  ``PCSCLITE_CSOCK_NAME``), so it runs in a private mount namespace (``unshare``: as root
  ``--mount``, else ``--user --map-root-user --mount``) where a folder of ``tmp_path`` is
  bind-mounted over ``/run`` and an empty folder over its USB driver folder (so it never claims
  a real reader); its reader.conf folder is ours (``-c``).
* The client side (libpcsclite) does honour ``PCSCLITE_CSOCK_NAME``, but reads it once per
  process: the reading runs in a child process, so a PC/SC call made earlier in this pytest
  process (``PcscTransport`` with no pcscd) cannot have pinned the system's socket.
* vpcd connects to our bridge on 127.0.0.1 (``DEVICENAME 127.0.0.1:PORT``): nothing listens
  on any interface, not even loopback once vpcd is connected.

Skipped, with the reason, where pcscd, vpcd, unshare (or user namespaces) or pyscard are missing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from fixtures.generator.chips import Profile, chip_image
from tests.chip.conftest import MRZ, PKI, PORTRAIT
from tests.chip.vpcd_bridge import VpcdBridge
from verifier.chip.keys import MrzKey
from verifier.chip.lds import Ef, parse_dg2
from verifier.chip.passive import passive_authentication
from verifier.chip.reader import ChipReading, Outcome, read_chip
from verifier.chip.simulated import SimulatedChip
from verifier.chip.trust import TrustStore

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 1)
READER = "Verifier test PCD"  # pcscd names the slots "Verifier test PCD 00 00", "... 00 01"
SBIN = os.pathsep.join((os.environ.get("PATH", ""), "/usr/sbin", "/sbin"))  # pcscd is in sbin
START_TIMEOUT = 10.0


def _vpcd_driver() -> Path | None:
    """libifdvpcd.so: the one ``scripts/test-pcsc.sh`` unpacked into build/ (never installed:
    an installed vpcd would open ports on the machine's own pcscd), else an installed one."""
    unpacked = sorted((ROOT / "build" / "vpcd").glob("usr/lib/**/libifdvpcd.so*"))
    if unpacked:
        return unpacked[0]
    conf = Path("/etc/reader.conf.d/vpcd")
    if conf.is_file():
        found = re.search(r"^\s*LIBPATH\s+(\S+)", conf.read_text(), re.MULTILINE)
        if found and Path(found.group(1)).is_file():
            return Path(found.group(1))
    found_here = sorted(Path("/usr").glob("lib*/pcsc/drivers/serial/libifdvpcd.so*"))
    found_here += sorted(Path("/usr/lib").glob("*/pcsc/drivers/serial/libifdvpcd.so*"))
    return found_here[0] if found_here else None


def _prerequisites() -> tuple[str, str, Path, list[str]]:
    """pcscd, unshare, the vpcd driver and the unshare options; skips with the reason."""
    pcscd = shutil.which("pcscd", path=SBIN)
    unshare = shutil.which("unshare", path=SBIN)
    driver = _vpcd_driver()
    missing = [
        what
        for what, ok in (
            ("pcscd (apt install pcscd)", pcscd),
            ("vpcd (scripts/test-pcsc.sh unpacks it into build/vpcd)", driver),
            ("unshare (util-linux)", unshare),
            ("pyscard (pip install pyscard)", importlib.util.find_spec("smartcard")),
        )
        if not ok
    ]
    if missing:
        reason = "PC/SC end to end needs " + ", ".join(missing)
        if (ROOT / "build" / "vpcd").is_dir():  # `make test` prepared this machine for it
            pytest.fail(reason + ": the set-up (make setup, scripts/test-pcsc.sh) did not finish")
        pytest.skip(reason)
    assert pcscd and unshare and driver
    options = ["--mount"] if os.geteuid() == 0 else ["--user", "--map-root-user", "--mount"]
    probe = subprocess.run([unshare, *options, "true"], check=False, capture_output=True, text=True)
    if probe.returncode:
        pytest.skip(f"no private mount namespace for pcscd ({probe.stderr.strip()})")
    return pcscd, unshare, driver, options


def _pcscd_dirs(pcscd: str) -> tuple[Path, Path]:
    """pcscd's built-in socket folder and USB driver folder (``pcscd -v`` names both)."""
    features = subprocess.run([pcscd, "-v"], check=False, capture_output=True, text=True).stdout
    ipc = re.search(r"ipcdir=(\S+)", features)
    usb = re.search(r"usbdropdir=(\S+)", features)
    return Path(ipc.group(1) if ipc else "/run/pcscd"), Path(
        usb.group(1) if usb else "/usr/lib/pcsc/drivers"
    )


@dataclass
class PrivatePcsc:
    socket: Path
    bridge: VpcdBridge
    log: Path
    reader: str = f"{READER} 00 00"


@contextlib.contextmanager
def private_pcsc(tmp_path: Path, chip: object) -> Iterator[PrivatePcsc]:
    """A pcscd of our own whose one reader holds ``chip``; stopped (pcscd first, then the
    bridge, as vpcd needs) whatever the test does."""
    pcscd, unshare, driver, options = _prerequisites()
    ipcdir, usbdropdir = _pcscd_dirs(pcscd)
    base = tmp_path / "pcsc"
    run, conf, empty = base / "run", base / "reader.conf.d", base / "empty"
    for folder in (run / ipcdir.name, conf, empty):
        folder.mkdir(parents=True)
    shutil.copy(driver, base / "libifdvpcd.so")  # its own folder is hidden by the empty one
    bridge = VpcdBridge.listen([chip])  # type: ignore[list-item]
    process: subprocess.Popen[bytes] | None = None
    log = base / "pcscd.log"
    try:
        (conf / "vpcd").write_text(
            f'FRIENDLYNAME "{READER}"\n'
            f"DEVICENAME 127.0.0.1:{bridge.port}\n"
            f"LIBPATH {base / 'libifdvpcd.so'}\n"
        )
        # ulimit -c 0: pcscd aborts when its bridge goes first; no core file for that
        script = (
            'ulimit -c 0; mount --bind "$1" "$2" && mount --bind "$3" "$4" && exec "$5" -f -c "$6"'
        )
        mounts = [run, ipcdir.parent, empty, usbdropdir]
        command: list[str | Path] = [unshare, *options, "sh", "-c", script, "sh", *mounts, pcscd]
        env = {k: v for k, v in os.environ.items() if not k.startswith("LISTEN_")}  # no systemd
        socket = run / ipcdir.name / "pcscd.comm"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [*command, conf], stdin=subprocess.DEVNULL, stdout=out, stderr=out, env=env
            )
        deadline = time.monotonic() + START_TIMEOUT
        while not (socket.exists() and bridge.connected and bridge.slots[0].atr_requests):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"pcscd did not start (exit {process.poll()}):\n{log.read_text()}")
            time.sleep(0.005)
        yield PrivatePcsc(socket, bridge, log)
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        bridge.close()  # after pcscd: vpcd aborts pcscd when its connection closes
    # On SIGTERM pcscd cleans up and exits 0 (an abort, -6, means vpcd lost its bridge)
    assert process is not None and process.returncode == 0, log.read_text()
    assert not bridge.errors(), bridge.errors()


CLIENT = r"""
import json, pickle, sys, time
from verifier.chip.errors import NoCardError, NoReaderError
from verifier.chip.keys import MrzKey
from verifier.chip.reader import read_chip
from verifier.chip.transport import PcscTransport, reader_names

reader, extended, mrz = sys.argv[1], sys.argv[2] == "1", json.loads(sys.argv[3])
deadline = time.monotonic() + 10
while True:  # pcscd may not have published the card yet
    try:
        transport = PcscTransport(reader, extended_length=extended)
        break
    except (NoReaderError, NoCardError):
        if time.monotonic() > deadline:
            raise
        time.sleep(0.02)
try:
    reading = read_chip(transport, MrzKey.from_lines(mrz))
finally:
    transport.close()
sys.stdout.buffer.write(pickle.dumps((reader_names(), transport.name, reading)))
"""


def read_over_pcsc(pcsc: PrivatePcsc, extended: bool) -> tuple[list[str], str, ChipReading]:
    env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(pcsc.socket))
    done = subprocess.run(
        [sys.executable, "-c", CLIENT, pcsc.reader, "1" if extended else "0", json.dumps(MRZ)],
        check=False,
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr.decode() + pcsc.log.read_text()
    return pickle.loads(done.stdout)  # type: ignore[no-any-return]


class Recording:
    """The chip, noting the longest response that went through pcscd."""

    def __init__(self, chip: SimulatedChip) -> None:
        self.chip = chip
        self.longest = 0

    def transmit(self, apdu: bytes) -> bytes:
        response = self.chip.transmit(apdu)
        self.longest = max(self.longest, len(response))
        return response

    def close(self) -> None:  # power off or reset: the chip forgets its session
        self.chip.close()


@pytest.mark.parametrize("extended", [False, True], ids=["short", "extended"])
@pytest.mark.parametrize(
    ("profile", "access"),
    [
        (Profile(pace=False, chip_auth=False, active_auth=True), "BAC"),
        (Profile(pace=True, chip_auth=True, active_auth=True), "PACE"),
    ],
    ids=["BAC", "PACE"],
)
def test_a_chip_reads_end_to_end_through_pcsc(
    profile: Profile, access: str, extended: bool, trust: TrustStore, tmp_path: Path
) -> None:
    image = replace(chip_image("test", MRZ, PORTRAIT, profile, PKI), extended_length=extended)
    chip = Recording(SimulatedChip(image))
    with private_pcsc(tmp_path, chip) as pcsc:
        names, name, reading = read_over_pcsc(pcsc, extended)
    assert names == [f"{READER} 00 00", f"{READER} 00 01"] and name == pcsc.reader
    assert reading.access == access and reading.complete
    assert reading.groups[2] == image.files[Ef.DG2]
    assert parse_dg2(reading.groups[2])[0].image[:3] == b"\xff\xd8\xff"  # the JPEG portrait
    passive = passive_authentication(reading.sod, reading.groups, trust, TODAY)
    assert passive.passed, passive.failures
    assert reading.active_auth is Outcome.PASSED
    assert reading.chip_auth is (Outcome.PASSED if profile.chip_auth else Outcome.NOT_SUPPORTED)
    # The same commands as reading the chip in process: PC/SC changed nothing on the way
    direct = SimulatedChip(image)
    read_chip(direct, MrzKey.from_lines(MRZ))
    assert chip.chip.commands == direct.commands
    # Extended length really went through pcscd and vpcd (READ BINARY of 4 KB)
    assert (chip.longest > 258) is extended, chip.longest

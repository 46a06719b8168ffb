"""Reading a chip, start to end: access control (PACE when EF.CardAccess offers it, else BAC),
Chip Authentication when DG14 offers it, the data groups under Secure Messaging, then Active
Authentication when DG15 is there. Checks come later (:mod:`verifier.chip.verify`); this module
only reads, and says what it could and could not do."""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from verifier.chip import active, bac, chipauth, pace, tlv
from verifier.chip.apdu import Command
from verifier.chip.channel import Channel
from verifier.chip.crypto import Random
from verifier.chip.curves import CurveError
from verifier.chip.errors import (
    END_OF_FILE,
    FILE_NOT_FOUND,
    AccessDeniedError,
    CardStatusError,
    ChipError,
    SecureMessagingError,
)
from verifier.chip.keys import AccessKey, Can, MrzKey
from verifier.chip.lds import (
    LDS1_AID,
    Ef,
    LdsError,
    SecurityInfoSet,
    parse_com,
    parse_dg14,
    parse_dg15,
    parse_security_infos,
)
from verifier.chip.passive import read_sod
from verifier.chip.pki import PkiError
from verifier.chip.transport import Transport

Progress = Callable[[str, int, int], None]  # (what, bytes done, bytes in all)

WANTED = (1, 2, 11, 12, 14, 15)  # the data groups the inspection uses (9303-10 §4.7)
MAX_FILE = 512 * 1024  # beyond any EF.SOD or portrait: a chip declaring more is refused


class Outcome(enum.Enum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_SUPPORTED = "not_supported"  # the chip does not offer it (older documents)
    NOT_RUN = "not_run"  # the chip offers a variant this workstation does not run (DH)


@dataclass(slots=True)
class ChipReading:
    access: str  # "BAC" or "PACE"
    com_groups: list[int] = field(default_factory=list)
    sod_groups: list[int] = field(default_factory=list)  # what the SOD's hashes list (unverified)
    groups: dict[int, bytes] = field(default_factory=dict)
    sod: bytes = b""
    chip_auth: Outcome = Outcome.NOT_SUPPORTED
    chip_auth_problem: str | None = None
    active_auth: Outcome = Outcome.NOT_SUPPORTED
    missing: list[str] = field(default_factory=list)  # files the chip lists but did not give
    complete: bool = False  # read to the end (not stopped by a failed Chip Authentication)

    @property
    def hidden(self) -> list[int]:
        """Data groups the SOD lists and the inspection wants, which the chip did not give."""
        if not self.complete:
            return []
        return [n for n in self.sod_groups if n in WANTED and n not in self.groups]


def _select(channel: Channel, ef: Ef) -> bool:
    response = channel.send(Command(0x00, 0xA4, 0x02, 0x0C, ef.to_bytes(2, "big")))
    if response.sw == FILE_NOT_FOUND:
        return False
    response.check(f"SELECT {ef.name}")
    return True


def _read_binary(channel: Channel, offset: int, length: int) -> bytes:
    if offset <= 0x7FFF:
        command = Command(0x00, 0xB0, offset >> 8, offset & 0xFF, le=length)
        return channel.send(command).check("READ BINARY")
    # Offsets beyond 32767 need the odd instruction with an offset data object (ISO 7816-4)
    offset_object = tlv.tlv(0x54, offset.to_bytes(3, "big"))
    data = channel.send(Command(0x00, 0xB1, 0x00, 0x00, offset_object, le=length + 4))
    try:
        return tlv.unwrap(data.check("READ BINARY"), 0x53)
    except tlv.TlvError:
        raise LdsError("the chip's answer to READ BINARY beyond 32 KB is not well formed") from None


def read_file(channel: Channel, ef: Ef, progress: Progress | None = None) -> bytes | None:
    """The whole of ``ef`` (None when the chip has no such file)."""
    if not _select(channel, ef):
        return None
    head = _read_binary(channel, 0, 8)
    try:
        total = tlv.total_length(head)
    except tlv.TlvError:
        raise LdsError(f"{ef.name} does not start with a data object") from None
    if total > MAX_FILE:
        raise LdsError(f"{ef.name} declares {total} bytes, more than any eMRTD file holds")
    data = bytearray(head[:total])
    while len(data) < total:
        chunk = _read_binary(channel, len(data), min(channel.max_read, total - len(data)))
        if not chunk:
            raise CardStatusError(f"READ BINARY of {ef.name} returned nothing", END_OF_FILE)
        data += chunk
        if progress is not None:
            progress(ef.name, len(data), total)
    return bytes(data)


def _card_access(channel: Channel) -> SecurityInfoSet | None:
    """EF.CardAccess, read in the master file before any application is selected (None when
    the chip has none: it speaks BAC only)."""
    response = channel.send(Command(0x00, 0xB0, 0x80 | Ef.CARD_ACCESS.short_id, 0x00, le=256))
    if not response.ok:
        return None
    try:
        return parse_security_infos(response.data)
    except LdsError:
        return None


def _select_application(channel: Channel) -> None:
    channel.send(Command(0x00, 0xA4, 0x04, 0x0C, LDS1_AID)).check(
        "SELECT of the eMRTD application (is it a travel document's chip?)"
    )


def read_chip(
    transport: Transport,
    key: AccessKey,
    *,
    random: Random = os.urandom,
    progress: Progress | None = None,
) -> ChipReading:
    """Read what the inspection needs; raises :class:`ChipError` (with words for the officer)
    when access control or the reading fails."""
    channel = Channel(transport)
    access = _access(channel, key, random)
    reading = ChipReading(access)
    com = read_file(channel, Ef.COM)
    if com is None:
        raise LdsError("The chip has no EF.COM: it is not an eMRTD (Doc 9303-10).")
    reading.com_groups = parse_com(com)[1]
    sod = read_file(channel, Ef.SOD)
    if sod is None:
        raise LdsError("The chip has no EF.SOD: its data cannot be proved genuine.")
    reading.sod = sod
    # EF.COM is not signed: a copied chip could hide DG14/DG15 from it to dodge Chip and Active
    # Authentication. The SOD lists what the issuer signed; what it lists is read (and what it
    # lists but the chip does not give is a failure of the checks).
    reading.sod_groups = _sod_groups(sod)
    wanted = [n for n in WANTED if n in reading.com_groups or n in reading.sod_groups]
    if 14 in wanted:
        dg14 = read_file(channel, Ef.DG14)
        if dg14 is None:
            reading.missing.append("DG14")
        else:
            reading.groups[14] = dg14
            _chip_authentication(channel, dg14, reading, random)
    for number in wanted:
        if number == 14:
            continue
        content = read_file(channel, Ef.data_group(number), progress)
        if content is None:
            reading.missing.append(f"DG{number}")
        else:
            reading.groups[number] = content
    if 15 in reading.groups:
        reading.active_auth = _active_authentication(channel, reading, random)
    reading.complete = True
    return reading


def _sod_groups(sod: bytes) -> list[int]:
    """The data group numbers EF.SOD lists (read without checking it: Passive Authentication
    checks it later)."""
    try:
        return sorted(read_sod(sod).hashes)
    except PkiError:
        return []


def _active_authentication(channel: Channel, reading: ChipReading, random: Random) -> Outcome:
    try:
        algorithm = (
            parse_dg14(reading.groups[14]).active_auth_algorithm if 14 in reading.groups else None
        )
        key = parse_dg15(reading.groups[15])
        return (
            Outcome.PASSED
            if active.authenticate(channel, key, algorithm, random)
            else Outcome.FAILED
        )
    except (CurveError, LdsError, ValueError, KeyError, TypeError):
        return Outcome.FAILED  # a DG15 key that cannot be used proves nothing


def _access(channel: Channel, key: AccessKey, random: Random) -> str:
    infos = _card_access(channel)
    offered = infos.pace if infos is not None else []
    if offered:
        try:
            protocol = next(
                (p for p in offered if p.protocol.startswith(pace.GM_ECDH + ".")), offered[0]
            )
            pace.authenticate(channel, key, protocol, random)
            _select_application(channel)
            return "PACE"
        except AccessDeniedError:
            if isinstance(key, Can):
                raise
            channel.sm = None  # BAC is still required of every chip that offers PACE (§4.2)
    if not isinstance(key, MrzKey):
        raise AccessDeniedError("This chip offers no PACE: it needs the MRZ, not the CAN.")
    _select_application(channel)
    bac.authenticate(channel, key, random)
    return "BAC"


def _chip_authentication(
    channel: Channel, dg14: bytes, reading: ChipReading, random: Random
) -> None:
    try:
        infos = parse_dg14(dg14)
    except LdsError as exc:
        reading.chip_auth, reading.chip_auth_problem = Outcome.FAILED, str(exc)
        return
    if not chipauth.supported(infos):
        if infos.chip_auth_keys:  # Diffie-Hellman keys only: offered, not run here
            reading.chip_auth = Outcome.NOT_RUN
        return
    try:
        chipauth.authenticate(channel, infos, random)
        _select(channel, Ef.COM)  # the first command under the new keys proves them
    except (SecureMessagingError, ChipError, CurveError, ValueError, KeyError, TypeError) as exc:
        reading.chip_auth = Outcome.FAILED
        reading.chip_auth_problem = (
            "The chip could not continue with the keys of Chip Authentication: it does not hold "
            f"the private key of its DG14 — a sign of a copied chip ({type(exc).__name__})."
        )
        raise ChipAuthFailedError(reading) from None
    reading.chip_auth = Outcome.PASSED


class ChipAuthFailedError(ChipError):
    """Chip Authentication failed: the session cannot go on, and what was read so far is kept."""

    def __init__(self, reading: ChipReading) -> None:
        super().__init__(reading.chip_auth_problem or "Chip Authentication failed.")
        self.reading = reading

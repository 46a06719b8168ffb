"""The chip (ICAO Doc 9303-10, -11, -12): read, its data proved signed by the issuing State
(Passive Authentication), proved not copied (Chip or Active Authentication), its MRZ against
the printed one, its portrait against the bearer and the printed portrait.

A chip that could not be read (no reader, no chip, an old document) makes every chip check
``skipped`` with the reason: "not read" must never look like "read and failed".
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, UnidentifiedImageError

from verifier.chip.errors import AccessDeniedError, ChipError, NoCardError, NoReaderError
from verifier.chip.keys import AccessKey, AccessKeyError, Can, MrzKey
from verifier.chip.lds import LdsError, parse_dg1, parse_dg2, parse_extra
from verifier.chip.passive import PassiveResult, passive_authentication
from verifier.chip.pki import PkiError, describe
from verifier.chip.reader import ChipAuthFailedError, ChipReading, Outcome, Progress, read_chip
from verifier.chip.simulated import ChipImage, ChipImageError, SimulatedChip
from verifier.chip.transport import PcscTransport, Transport
from verifier.chip.trust import TrustStore
from verifier.inspection.result import CheckResult, CheckStatus
from verifier.text import Text, joined, say

CHIP_CHECKS = ("chip.read", "chip.passive_auth", "chip.clone_detection", "chip.mrz_match")
RGB = np.ndarray


@dataclass(frozen=True, slots=True)
class ChipSource:
    """Where the chip is: a PC/SC reader (``reader``: its name, None: the first one) or a
    simulated chip file (``image``: a sample's chip.json)."""

    reader: str | None = None
    image: Path | None = None

    def open(self) -> Transport:
        if self.image is not None:
            if not self.image.is_file():
                raise NoCardError(say("This document has no chip (no simulated chip with it)."))
            return SimulatedChip(ChipImage.load(self.image), name=self.image.parent.name)
        return PcscTransport(self.reader)


@dataclass(frozen=True, slots=True)
class ChipRequest:
    """Read the chip during an inspection: with which checks (trust store), from where, and
    the CAN when the officer typed one (else the MRZ read from the capture is the key);
    ``progress`` hears how far each file is read (the portrait takes seconds on a reader)."""

    checks: ChipChecks
    source: ChipSource
    can: str | None = None
    progress: Progress | None = None


@dataclass(slots=True)
class ChipOutcome:
    checks: list[CheckResult] = field(default_factory=list)
    reading: ChipReading | None = None
    passive: PassiveResult | None = None
    dg1: list[str] | None = None
    portrait: RGB | None = None


def _skipped_all(
    reason: str,
    status: CheckStatus = CheckStatus.SKIPPED,
    evidence: dict[str, str] | None = None,
) -> list[CheckResult]:
    first = CheckResult("chip.read", status, reason, evidence=evidence or {})
    rest = say("The chip was not read.")
    return [first] + [CheckResult(i, CheckStatus.SKIPPED, rest) for i in CHIP_CHECKS[1:]]


def access_key(mrz: Sequence[str] | None, can: str | None) -> AccessKey:
    if can is not None:
        return Can(can)
    if not mrz:
        raise AccessKeyError(say("Reading a chip needs the MRZ (or the CAN of an ID card)."))
    return MrzKey.from_lines(mrz)


class ChipChecks:
    """``trust``: the CSCA trust store; ``today``: the day certificates are judged on."""

    def __init__(self, trust: TrustStore, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.trust = trust
        self.today = today

    def __call__(
        self,
        source: ChipSource,
        printed_mrz: Sequence[str] | None,
        *,
        can: str | None = None,
        progress: Progress | None = None,
    ) -> ChipOutcome:
        out = ChipOutcome()
        try:
            key = access_key(printed_mrz, can)
        except AccessKeyError as exc:
            out.checks = _skipped_all(_text(exc))
            return out
        try:
            transport = source.open()
        except (NoReaderError, NoCardError, ChipImageError) as exc:
            out.checks = _skipped_all(_text(exc))
            return out
        try:
            reading = read_chip(transport, key, progress=progress)
        except ChipAuthFailedError as exc:
            reading = exc.reading
        except AccessDeniedError as exc:
            out.checks = _skipped_all(
                say(
                    "The chip refused the key from the printed MRZ: the MRZ was misread, or "
                    "altered, or the chip is not this document's."
                )
                if isinstance(key, MrzKey)
                else say("The chip refused the CAN: check the number printed on the card."),
                CheckStatus.FAIL,
                {"detail": str(exc)},
            )
            return out
        except (ChipError, LdsError, ValueError) as exc:  # TLV, ASN.1 and curve errors included
            out.checks = _skipped_all(
                say("The chip could not be read to the end: {why}", why=_text(exc)),
                CheckStatus.ERROR,
            )
            return out
        finally:
            transport.close()
        out.reading = reading
        out.checks = self._judge(reading, printed_mrz, out)
        return out

    def _judge(
        self, reading: ChipReading, printed: Sequence[str] | None, out: ChipOutcome
    ) -> list[CheckResult]:
        groups = ", ".join(f"DG{n}" for n in sorted(reading.groups))
        read: dict[str, Any] = {"access": reading.access, "data_groups": sorted(reading.groups)}
        for number in (11, 12):  # the holder's and the further details, when given
            if number in reading.groups:
                try:
                    read[f"dg{number}"] = parse_extra(number, reading.groups[number])
                except LdsError:
                    read[f"dg{number}"] = {}
        checks = [
            CheckResult(
                "chip.read",
                CheckStatus.PASS,
                say("Read with {access}: {groups}.", access=reading.access, groups=groups),
                evidence=read,
            )
        ]
        # Passive Authentication
        if not reading.sod:
            checks.append(
                CheckResult(
                    "chip.passive_auth",
                    CheckStatus.FAIL,
                    say("The chip stopped before its security object (EF.SOD) was read."),
                )
            )
        else:
            try:
                passive = passive_authentication(
                    reading.sod, reading.groups, self.trust, self.today()
                )
            except PkiError as exc:
                passive = PassiveResult(failures=[str(exc)])
            for number in reading.hidden:
                passive.failures.append(
                    say(
                        "DG{number} is listed in the SOD but the chip did not give it.",
                        number=number,
                    )
                )
            out.passive = passive
            evidence = {
                "signer": passive.signer,
                "csca": passive.csca,
                "chain": [describe(c) for c in passive.chain],  # shown on demand
            }
            checks.append(
                CheckResult(
                    "chip.passive_auth",
                    CheckStatus.PASS,
                    say(
                        "The chip's data is signed by the issuing State: its Document Signer is "
                        "certified by a trusted CSCA, and every data group read matches its "
                        "signed hash."
                    ),
                    evidence=evidence,
                )
                if passive.passed
                else CheckResult(
                    "chip.passive_auth",
                    CheckStatus.FAIL,
                    say(
                        "The chip's data could not be proved genuine: {why}",
                        why=joined(" ", passive.failures),
                    ),
                    evidence=evidence,
                )
            )
        checks.append(_clone_check(reading, out.passive))
        # DG1 against the printed MRZ
        try:
            out.dg1 = parse_dg1(reading.groups[1]) if 1 in reading.groups else None
        except LdsError:
            out.dg1 = None
        checks.append(_mrz_check(out.dg1, printed))
        if 2 in reading.groups:
            out.portrait = _portrait(reading.groups[2])
        return checks


CHIP_AUTHENTICATION = say("Chip Authentication")
ACTIVE_AUTHENTICATION = say("Active Authentication")


def _clone_check(reading: ChipReading, passive: PassiveResult | None) -> CheckResult:
    covered = passive is not None and all(
        passive.hashes.get(n, False) for n in (14, 15) if n in reading.groups
    )
    hidden = [n for n in reading.hidden if n in (14, 15)]
    if hidden:
        return CheckResult(
            "chip.clone_detection",
            CheckStatus.FAIL,
            say(
                "The chip does not give {groups}, which its signed data lists: a copied chip "
                "hides the keys it cannot prove it holds.",
                groups=", ".join(f"DG{n}" for n in hidden),
            ),
        )
    if reading.chip_auth is Outcome.FAILED or reading.active_auth is Outcome.FAILED:
        which = (
            CHIP_AUTHENTICATION if reading.chip_auth is Outcome.FAILED else ACTIVE_AUTHENTICATION
        )
        return CheckResult(
            "chip.clone_detection",
            CheckStatus.FAIL,
            say(
                "{which} failed: the chip does not hold the private key its signed data names — "
                "a sign of a copied (cloned) chip.",
                which=which,
            ),
        )
    done = [
        name
        for name, outcome in (
            (CHIP_AUTHENTICATION, reading.chip_auth),
            (ACTIVE_AUTHENTICATION, reading.active_auth),
        )
        if outcome is Outcome.PASSED
    ]
    if not done and reading.chip_auth is Outcome.NOT_RUN:
        return CheckResult(
            "chip.clone_detection",
            CheckStatus.SKIPPED,
            say(
                "This chip offers Chip Authentication with Diffie-Hellman keys, which this "
                "workstation does not run yet: whether the chip is a copy was not checked."
            ),
        )
    if not done:
        return CheckResult(
            "chip.clone_detection",
            CheckStatus.SKIPPED,
            say(
                "This chip offers neither Chip nor Active Authentication (older documents): a "
                "copy of it cannot be told from the original."
            ),
        )
    if not covered:
        return CheckResult(
            "chip.clone_detection",
            CheckStatus.FAIL,
            say(
                "{which} passed, but with a key the issuer's signature does not cover "
                "(DG14/DG15 do not match the SOD).",
                which=joined(" + ", done),
            ),
        )
    return CheckResult(
        "chip.clone_detection",
        CheckStatus.PASS,
        say(
            "{which} passed: the chip holds the private key of its signed data, so it is not a "
            "copy.",
            which=joined(" + ", done),
        ),
    )


def _mrz_check(dg1: list[str] | None, printed: Sequence[str] | None) -> CheckResult:
    if dg1 is None:
        return CheckResult(
            "chip.mrz_match", CheckStatus.FAIL, say("The chip's DG1 (its MRZ) could not be read.")
        )
    if not printed:
        return CheckResult(
            "chip.mrz_match",
            CheckStatus.SKIPPED,
            say("No printed MRZ was read to compare with the chip's."),
        )
    if [line.strip().upper() for line in printed] == dg1:
        return CheckResult(
            "chip.mrz_match",
            CheckStatus.PASS,
            say("The chip's MRZ is the printed MRZ, character for character."),
        )
    differing = sum(
        a != b
        for line_a, line_b in zip(printed, dg1, strict=False)
        for a, b in zip(line_a, line_b, strict=False)
    )
    return CheckResult(
        "chip.mrz_match",
        CheckStatus.FAIL,
        say(
            "The chip's MRZ differs from the printed MRZ ({count} characters): the data page "
            "was altered, or it belongs to another chip.",
            count=differing + abs(sum(map(len, printed)) - sum(map(len, dg1))),
        ),
    )


def _portrait(dg2: bytes) -> RGB | None:
    try:
        image = parse_dg2(dg2)[0].image
        with Image.open(io.BytesIO(image)) as decoded:
            return np.asarray(decoded.convert("RGB"))
    except (LdsError, UnidentifiedImageError, OSError, ValueError):
        return None


def _text(exc: Exception) -> str:
    """An exception's message, keeping a Text (for translation) when it was raised with one."""
    first = exc.args[0] if exc.args else ""
    return first if isinstance(first, Text) else str(exc)

"""What goes wrong reading a chip, in words an officer can act on. The messages never quote the
document's data (access keys, data groups): they may be logged."""

from __future__ import annotations


class ChipError(Exception):
    """A chip could not be read; the message says why and what to do."""


class NoReaderError(ChipError):
    """No reader is connected, or the named one is not there."""


class NoCardError(ChipError):
    """The reader sees no chip: the document is not on it, or it has no (working) chip."""


class AccessDeniedError(ChipError):
    """BAC or PACE failed: the chip refused the key (a misread MRZ, a wrong CAN) or its answer
    did not authenticate."""


class SecureMessagingError(ChipError):
    """A protected response did not verify: the session is no longer trustworthy."""


class CardStatusError(ChipError):
    """The chip answered a command with an error status word."""

    def __init__(self, what: str, sw: int) -> None:
        super().__init__(f"{what}: the chip answered {sw:04X} ({describe(sw)})")
        self.sw = sw


FILE_NOT_FOUND = 0x6A82
SECURITY_NOT_SATISFIED = 0x6982
WRONG_LENGTH = 0x6700
OK = 0x9000

_WORDS = {
    0x6282: "end of file reached",
    0x6700: "wrong length",
    0x6882: "secure messaging not supported",
    0x6982: "security status not satisfied",
    0x6983: "authentication blocked",
    0x6985: "conditions of use not satisfied",
    0x6986: "command not allowed",
    0x6987: "secure messaging data objects missing",
    0x6988: "secure messaging data objects incorrect",
    0x6A80: "incorrect data",
    0x6A82: "file not found",
    0x6A86: "incorrect parameters",
    0x6A88: "referenced data not found",
    0x6B00: "wrong parameters (offset outside the file)",
    0x6D00: "instruction not supported",
    0x6E00: "class not supported",
    0x9000: "ok",
}


def describe(sw: int) -> str:
    if sw >> 8 == 0x63 and sw & 0xF0 == 0xC0:
        return f"wrong key, {sw & 0x0F} tries left"
    return _WORDS.get(sw, "unexpected status")

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


# Status words (ISO/IEC 7816-4 §5.6), named once for the reader and the simulated chip
OK = 0x9000
END_OF_FILE = 0x6282
WRONG_KEY = 0x6300  # 63Cx: x tries left
WRONG_LENGTH = 0x6700
SM_NOT_SUPPORTED = 0x6882
DENIED = 0x6982  # security status not satisfied
BLOCKED = 0x6983
CONDITIONS = 0x6985  # conditions of use not satisfied
NOT_ALLOWED = 0x6986
SM_MISSING = 0x6987
SM_INCORRECT = 0x6988
WRONG_DATA = 0x6A80
FILE_NOT_FOUND = 0x6A82
WRONG_PARAMETERS = 0x6A86
DATA_NOT_FOUND = 0x6A88
WRONG_P1P2 = 0x6B00
NOT_SUPPORTED = 0x6D00
CLASS_NOT_SUPPORTED = 0x6E00

_WORDS = {
    END_OF_FILE: "end of file reached",
    WRONG_LENGTH: "wrong length",
    SM_NOT_SUPPORTED: "secure messaging not supported",
    DENIED: "security status not satisfied",
    BLOCKED: "authentication blocked",
    CONDITIONS: "conditions of use not satisfied",
    NOT_ALLOWED: "command not allowed",
    SM_MISSING: "secure messaging data objects missing",
    SM_INCORRECT: "secure messaging data objects incorrect",
    WRONG_DATA: "incorrect data",
    FILE_NOT_FOUND: "file not found",
    WRONG_PARAMETERS: "incorrect parameters",
    DATA_NOT_FOUND: "referenced data not found",
    WRONG_P1P2: "wrong parameters (offset outside the file)",
    NOT_SUPPORTED: "instruction not supported",
    CLASS_NOT_SUPPORTED: "class not supported",
    OK: "ok",
}


def describe(sw: int) -> str:
    if sw >> 8 == 0x63 and sw & 0xF0 == 0xC0:
        return f"wrong key, {sw & 0x0F} tries left"
    return _WORDS.get(sw, "unexpected status")

"""Command and response APDUs (ISO/IEC 7816-3, -4): short and extended length."""

from __future__ import annotations

from dataclasses import dataclass

from verifier.chip.errors import OK, CardStatusError

SHORT_LE_MAX = 256  # Le = 00 asks for up to 256 bytes
EXTENDED_LE_MAX = 65536


@dataclass(frozen=True, slots=True)
class Command:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None  # expected response length; 256 (short) or 65536 (extended) = any

    @property
    def extended(self) -> bool:
        return len(self.data) > 255 or (self.le is not None and self.le > SHORT_LE_MAX)

    def encode(self, *, extended: bool | None = None) -> bytes:
        """The bytes sent; ``extended`` forces extended length fields (a protected command whose
        plain form is extended stays extended)."""
        ext = self.extended if extended is None else extended
        out = bytes([self.cla, self.ins, self.p1, self.p2])
        if self.data:
            out += b"\x00" + len(self.data).to_bytes(2, "big") if ext else bytes([len(self.data)])
            out += self.data
        if self.le is not None:
            if ext:
                le = self.le % EXTENDED_LE_MAX
                out += (b"" if self.data else b"\x00") + le.to_bytes(2, "big")
            else:
                out += bytes([self.le % SHORT_LE_MAX])
        return out


@dataclass(frozen=True, slots=True)
class Response:
    data: bytes
    sw: int

    @classmethod
    def decode(cls, raw: bytes) -> Response:
        if len(raw) < 2:
            raise CardStatusError("the chip's answer is shorter than a status word", 0)
        return cls(raw[:-2], int.from_bytes(raw[-2:], "big"))

    def encode(self) -> bytes:
        return self.data + self.sw.to_bytes(2, "big")

    @property
    def ok(self) -> bool:
        return self.sw == OK

    def check(self, what: str) -> bytes:
        """The data, or :class:`CardStatusError` naming what failed."""
        if not self.ok:
            raise CardStatusError(what, self.sw)
        return self.data


def decode_command(raw: bytes) -> Command:
    """Parse a command APDU (cases 1-4, short and extended): the simulated chip's side."""
    if len(raw) < 4:
        raise ValueError("a command APDU has at least four bytes")
    cla, ins, p1, p2 = raw[:4]
    body = raw[4:]
    if not body:
        return Command(cla, ins, p1, p2)
    if len(body) == 1:
        return Command(cla, ins, p1, p2, le=body[0] or SHORT_LE_MAX)
    if body[0] == 0 and len(body) == 3:  # extended, Le only
        return Command(cla, ins, p1, p2, le=int.from_bytes(body[1:], "big") or EXTENDED_LE_MAX)
    if body[0] == 0 and len(body) > 3:  # extended, with data
        lc = int.from_bytes(body[1:3], "big")
        data = body[3 : 3 + lc]
        rest = body[3 + lc :]
        if len(data) != lc or len(rest) not in (0, 2):
            raise ValueError("an extended command APDU whose lengths do not add up")
        le = (int.from_bytes(rest, "big") or EXTENDED_LE_MAX) if rest else None
        return Command(cla, ins, p1, p2, data, le)
    lc = body[0]
    data = body[1 : 1 + lc]
    rest = body[1 + lc :]
    if len(data) != lc or len(rest) > 1:
        raise ValueError("a command APDU whose lengths do not add up")
    return Command(cla, ins, p1, p2, data, (rest[0] or SHORT_LE_MAX) if rest else None)

"""Secure Messaging, ICAO Doc 9303-11 §9.8: every command and response after BAC, PACE or Chip
Authentication is encrypted and MACed with the session keys and a send sequence counter.

One class serves both ends: the terminal protects commands and unprotects responses, the
simulated chip the reverse. Each of the four steps first increments the counter.
"""

from __future__ import annotations

from verifier.chip import tlv
from verifier.chip.apdu import SHORT_LE_MAX, Command, Response
from verifier.chip.crypto import Cipher, pad, unpad
from verifier.chip.errors import SecureMessagingError

PROTECTED = 0x0C  # CLA bits: secure messaging with the header authenticated


class SecureMessaging:
    def __init__(self, cipher: Cipher, ssc: int = 0) -> None:
        self.cipher = cipher
        self.ssc = ssc

    @property
    def block(self) -> int:
        return self.cipher.suite.block

    def _next(self) -> bytes:
        self.ssc = (self.ssc + 1) % (1 << (8 * self.block))
        return self.ssc.to_bytes(self.block, "big")

    def _encrypt(self, ssc: bytes, data: bytes) -> bytes:
        return self.cipher.encrypt(pad(data, self.block), self.cipher.sm_iv(ssc))

    def _decrypt(self, ssc: bytes, data: bytes) -> bytes:
        if not data or len(data) % self.block:
            raise SecureMessagingError("A protected response holds a cut encrypted block.")
        return unpad(self.cipher.decrypt(data, self.cipher.sm_iv(ssc)))

    def _mac(self, ssc: bytes, data: bytes) -> bytes:
        return self.cipher.mac(pad(ssc + data, self.block))

    # -- the terminal's side -------------------------------------------------------------------

    def protect(self, command: Command, *, extended: bool = False) -> bytes:
        """The protected APDU of ``command``; ``extended`` when the reader takes extended
        length and the command asks for more than 256 bytes."""
        ssc = self._next()
        cla = command.cla | PROTECTED
        header = pad(bytes([cla, command.ins, command.p1, command.p2]), self.block)
        body = b""
        if command.data:
            encrypted = self._encrypt(ssc, command.data)
            odd = command.ins & 1
            body += tlv.tlv(0x85, encrypted) if odd else tlv.tlv(0x87, b"\x01" + encrypted)
        if command.le is not None:
            le = command.le.to_bytes(2, "big")[-2:] if extended else bytes([command.le % 256])
            body += tlv.tlv(0x97, le)
        body += tlv.tlv(0x8E, self._mac(ssc, header + body))
        return Command(
            cla, command.ins, command.p1, command.p2, body, 65536 if extended else SHORT_LE_MAX
        ).encode(extended=extended or len(body) > 255)

    def unprotect(self, raw: bytes) -> Response:
        """The plain response of a protected one; :class:`SecureMessagingError` if its MAC or
        structure does not verify (the session must then end)."""
        ssc = self._next()
        response = Response.decode(raw)
        if not response.data:
            # An error the chip could not protect (it has ended the session, 9303-11 §9.8.5).
            if response.ok:
                raise SecureMessagingError("The chip answered a protected command unprotected.")
            return response
        try:
            objects = list(tlv.items(response.data))
        except tlv.TlvError:
            raise SecureMessagingError("A protected response is not well formed.") from None
        found = dict(objects)
        if 0x99 not in found or 0x8E not in found:
            raise SecureMessagingError("A protected response lacks its status or its MAC.")
        covered = b"".join(tlv.tlv(tag, value) for tag, value in objects if tag != 0x8E)
        if self._mac(ssc, covered) != found[0x8E]:
            raise SecureMessagingError(
                "A response from the chip failed its MAC: the session is broken or someone is "
                "interfering with it. Read the chip again."
            )
        data = b""
        if 0x87 in found:
            if found[0x87][:1] != b"\x01":
                raise SecureMessagingError("A protected response has an unknown padding byte.")
            data = self._decrypt(ssc, found[0x87][1:])
        elif 0x85 in found:
            data = self._decrypt(ssc, found[0x85])
        return Response(data, int.from_bytes(found[0x99], "big"))

    # -- the chip's side (the simulated chip) --------------------------------------------------

    def open_command(self, command: Command) -> Command:
        """The plain command of a protected one (:class:`SecureMessagingError` if it fails)."""
        ssc = self._next()
        if command.cla & PROTECTED != PROTECTED:
            raise SecureMessagingError("an unprotected command inside a secure session")
        try:
            objects = list(tlv.items(command.data))
        except tlv.TlvError:
            raise SecureMessagingError("a protected command that is not well formed") from None
        found = dict(objects)
        if 0x8E not in found:
            raise SecureMessagingError("a protected command without a MAC")
        header = pad(bytes([command.cla, command.ins, command.p1, command.p2]), self.block)
        covered = b"".join(tlv.tlv(tag, value) for tag, value in objects if tag != 0x8E)
        if self._mac(ssc, header + covered) != found[0x8E]:
            raise SecureMessagingError("a protected command failed its MAC")
        data = b""
        if 0x87 in found:
            data = self._decrypt(ssc, found[0x87][1:])
        elif 0x85 in found:
            data = self._decrypt(ssc, found[0x85])
        le = None
        if 0x97 in found:
            le = int.from_bytes(found[0x97], "big") or (256 if len(found[0x97]) == 1 else 65536)
        return Command(
            command.cla & ~PROTECTED & 0xFF, command.ins, command.p1, command.p2, data, le
        )

    def seal(self, response: Response) -> bytes:
        """The protected form of a response (the chip's side)."""
        ssc = self._next()
        body = b""
        if response.data:
            body += tlv.tlv(0x87, b"\x01" + self._encrypt(ssc, response.data))
        body += tlv.tlv(0x99, response.sw.to_bytes(2, "big"))
        body += tlv.tlv(0x8E, self._mac(ssc, body))
        return Response(body, response.sw).encode()

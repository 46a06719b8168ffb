"""A channel to one chip: plain until an access protocol agrees session keys, then every command
goes through Secure Messaging."""

from __future__ import annotations

from verifier.chip.apdu import SHORT_LE_MAX, Command, Response
from verifier.chip.sm import SecureMessaging
from verifier.chip.transport import Transport


class Channel:
    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        self.sm: SecureMessaging | None = None

    @property
    def max_read(self) -> int:
        """The most bytes one READ BINARY asks for: 4 KB with extended length when the reader
        takes it; otherwise 223 (0xDF), so that the protected response (the data padded to a
        whole block, its DO87 header, DO99, DO8E and the status word) stays within 256 bytes."""
        return 0x1000 if self.transport.extended_length else 0xDF

    def send(self, command: Command) -> Response:
        extended = self.transport.extended_length and (
            (command.le is not None and command.le > SHORT_LE_MAX) or len(command.data) > 255
        )
        if self.sm is None:
            return Response.decode(self.transport.transmit(command.encode(extended=extended)))
        protected = self.sm.protect(command, extended=extended)
        return self.sm.unprotect(self.transport.transmit(protected))

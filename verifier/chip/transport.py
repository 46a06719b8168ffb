"""How APDUs reach a chip: a small interface, PC/SC through pyscard (the optional ``chip``
extra), and the in-process simulated chip of :mod:`verifier.chip.simulated` for tests and the
bundled samples."""

from __future__ import annotations

from typing import Any, Protocol

from verifier.chip.errors import NoCardError, NoReaderError


class Transport(Protocol):
    """One connected chip. ``extended_length``: the reader and chip take extended APDUs."""

    name: str
    extended_length: bool

    def transmit(self, apdu: bytes) -> bytes:
        """Send one command APDU, return the response with its status word."""
        ...

    def close(self) -> None: ...


def _pyscard() -> Any:
    try:
        from smartcard.System import readers  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        raise NoReaderError(
            "Chip reading needs PC/SC support, which is not installed: install the 'chip' extra "
            "(pip install 'verifier[chip]', with Debian's pcscd running)."
        ) from None
    return readers


def reader_names() -> list[str]:
    """The PC/SC readers connected now (empty when PC/SC is there but no reader is)."""
    readers = _pyscard()
    try:
        return [str(r) for r in readers()]
    except Exception as exc:  # pyscard raises its own types when pcscd is not running
        raise NoReaderError(
            f"The PC/SC service does not answer ({type(exc).__name__}): start pcscd "
            "(systemctl start pcscd) and connect the reader."
        ) from None


class PcscTransport:
    """A chip on a PC/SC reader. Extended length is tried only when ``extended_length``."""

    def __init__(self, reader: str | None = None, *, extended_length: bool = False) -> None:
        readers = _pyscard()
        available = readers()
        if not available:
            raise NoReaderError("No chip reader is connected: connect one and try again.")
        chosen = (
            available[0]
            if reader is None
            else next((r for r in available if str(r) == reader or reader in str(r)), None)
        )
        if chosen is None:
            names = ", ".join(str(r) for r in available)
            raise NoReaderError(f"No reader is called {reader!r}; connected: {names}.")
        self.name = str(chosen)
        self.extended_length = extended_length
        try:
            self._connection = chosen.createConnection()
            self._connection.connect()
        except Exception as exc:  # pyscard's NoCardException, CardConnectionException
            raise NoCardError(
                f"The reader {self.name} sees no chip ({type(exc).__name__}): put the "
                "document's data page (or cover) flat on the reader."
            ) from None

    def transmit(self, apdu: bytes) -> bytes:
        try:
            data, sw1, sw2 = self._connection.transmit(list(apdu))
        except Exception as exc:
            raise NoCardError(
                f"The chip stopped answering ({type(exc).__name__}): keep the document still "
                "on the reader and read it again."
            ) from None
        return bytes(data) + bytes([sw1, sw2])

    def close(self) -> None:
        try:
            self._connection.disconnect()
        except Exception:  # already gone: nothing to release
            return

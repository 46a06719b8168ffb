"""How APDUs reach a chip: a small interface, PC/SC through pyscard (the optional ``chip``
extra), and the in-process simulated chip of :mod:`verifier.chip.simulated` for tests and the
bundled samples."""

from __future__ import annotations

from typing import Any, Protocol

from verifier.chip.errors import NoCardError, NoReaderError
from verifier.text import say


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
        from smartcard.System import (  # type: ignore[import-not-found, import-untyped, unused-ignore]
            readers,
        )
    except ImportError:
        raise NoReaderError(
            say(
                "Chip reading needs PC/SC support, which is not installed here: install the "
                "'chip' extra (pip install 'verifier[chip]') with Debian's pcscd running."
            )
        ) from None
    return readers


def reader_names() -> list[str]:
    """The PC/SC readers connected now (empty when PC/SC is there but no reader is)."""
    return [str(r) for r in _readers()]


def _readers() -> list[Any]:
    """pyscard's reader objects; NoReaderError when PC/SC is missing or pcscd does not answer."""
    readers = _pyscard()
    try:
        return list(readers())
    except Exception as exc:  # pyscard raises its own types when pcscd is not running
        raise NoReaderError(
            say(
                "The PC/SC service does not answer ({error}): start pcscd (systemctl start "
                "pcscd) and connect the reader.",
                error=type(exc).__name__,
            )
        ) from None


class PcscTransport:
    """A chip on a PC/SC reader. Extended length is tried only when ``extended_length``."""

    def __init__(self, reader: str | None = None, *, extended_length: bool = False) -> None:
        available = _readers()
        if not available:
            raise NoReaderError(say("No chip reader is connected: connect one and try again."))
        chosen = (
            available[0]
            if reader is None
            else next((r for r in available if str(r) == reader or reader in str(r)), None)
        )
        if chosen is None:
            names = ", ".join(str(r) for r in available)
            raise NoReaderError(
                say("No reader is called {name}; connected: {names}.", name=reader, names=names)
            )
        self.name = str(chosen)
        self.extended_length = extended_length
        try:
            self._connection = chosen.createConnection()
            self._connection.connect()
        except Exception as exc:  # pyscard's NoCardException, CardConnectionException
            raise NoCardError(
                say(
                    "The reader {name} sees no chip ({error}): put the document's data page (or "
                    "cover) flat on the reader.",
                    name=self.name,
                    error=type(exc).__name__,
                )
            ) from None

    def transmit(self, apdu: bytes) -> bytes:
        try:
            data, sw1, sw2 = self._connection.transmit(list(apdu))
        except Exception as exc:
            raise NoCardError(
                say(
                    "The chip stopped answering ({error}): keep the document still on the "
                    "reader and read it again.",
                    error=type(exc).__name__,
                )
            ) from None
        return bytes(data) + bytes([sw1, sw2])

    def close(self) -> None:
        try:
            self._connection.disconnect()
        except Exception:  # already gone: nothing to release
            return

"""Serve in-process chips (anything with ``transmit(apdu: bytes) -> bytes``, such as
:class:`verifier.chip.simulated.SimulatedChip`) to pcscd through the vpcd virtual reader
driver (Debian ``vsmartcard-vpcd``; GPL, test-only: this module only speaks its socket
protocol and contains none of its code).

vpcd's protocol, one TCP connection per reader slot: every message is prefixed by its length
(2 bytes, big-endian). From vpcd, a 1-byte message is a control message (0 power off, 1 power
on, 2 reset: no answer; 4 get ATR: answer the ATR); anything longer is a command APDU, answered
with the response APDU (data and status word).

Two ways to meet vpcd:

* ``VpcdBridge.listen()`` (recommended for tests): we listen on 127.0.0.1 and vpcd connects to
  us. Needs ``DEVICENAME 127.0.0.1:PORT`` in vpcd's reader.conf: then vpcd listens on nothing.
  Debian's vpcd has two slots per reader line and connects slot *n* to PORT+*n* when pcscd
  starts, so *every* slot's port must be listening before pcscd starts, and must stay
  connected until pcscd has stopped: a refused or closed connection makes pcscd 1.9.9 abort
  ("bit out of range 0 - FD_SETSIZE on fd_set"). Stop pcscd first, then the bridge.
* ``VpcdBridge.connect(port)``: vpcd's default ``DEVICENAME /dev/null:PORT``, where vpcd
  listens on PORT on all interfaces and we connect to it on 127.0.0.1. Closing the connection
  is a card removal there.
"""

from __future__ import annotations

import contextlib
import errno
import socket
import struct
import threading
from collections.abc import Sequence
from typing import Protocol

POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4
# ISO 14443-4 card as PC/SC part 3 presents it: T=1, no historical bytes (TCK 0x01)
DEFAULT_ATR = bytes.fromhex("3B80800101")
SLOTS = 2  # Debian's libifdvpcd: slots per reader.conf line (ports PORT, PORT+1)
_QUICKACK = getattr(socket, "TCP_QUICKACK", None)  # Linux only


class Card(Protocol):
    def transmit(self, apdu: bytes) -> bytes: ...


class Blank:
    """A card that knows no command (fills the slots no test uses)."""

    def transmit(self, apdu: bytes) -> bytes:
        return b"\x6d\x00"


def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
    data = bytearray()
    while len(data) < n:
        # vpcd writes the length and the message separately, with Nagle on: acknowledge at
        # once, or each message waits for Linux's delayed ACK (40 ms)
        if _QUICKACK is not None:
            sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
        chunk = sock.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return bytes(data)


class _Slot:
    def __init__(self, card: Card, atr: bytes) -> None:
        self.card = card
        self.atr = atr
        self.lock = threading.Lock()  # the card may be swapped between commands
        self.sock: socket.socket | None = None
        self.thread: threading.Thread | None = None
        self.error: BaseException | None = None
        self.atr_requests = 0

    def insert(self, card: Card, atr: bytes | None = None) -> None:
        with self.lock:
            self.card = card
            if atr is not None:
                self.atr = atr

    def _power_cycle(self) -> None:
        close = getattr(self.card, "close", None)  # SimulatedChip: forget the session
        if close is not None:
            close()

    def serve(self, sock: socket.socket) -> None:
        self.sock = sock
        try:
            while True:
                header = _recv_exact(sock, 2)
                if header is None:
                    return  # vpcd went away (pcscd stopped)
                (length,) = struct.unpack(">H", header)
                message = _recv_exact(sock, length)
                if message is None:
                    return
                with self.lock:
                    if len(message) == 1:
                        if message[0] == GET_ATR:
                            self.atr_requests += 1
                            answer = self.atr
                        else:  # POWER_OFF, POWER_ON, RESET: the chip loses its session
                            self._power_cycle()
                            continue
                    else:
                        try:
                            answer = self.card.transmit(message)
                        except Exception as exc:  # kept for the test; pcscd must get an answer
                            self.error = self.error or exc
                            answer = b"\x6f\x00"  # "no precise diagnosis"
                sock.sendall(struct.pack(">H", len(answer)) + answer)
        except OSError as exc:
            if exc.errno not in (errno.EBADF, errno.ECONNRESET, errno.EPIPE):
                self.error = self.error or exc


class VpcdBridge:
    """``cards``: one per slot (slots without one get a :class:`Blank`)."""

    def __init__(self, cards: Sequence[Card], atr: bytes = DEFAULT_ATR, slots: int = SLOTS):
        self.slots = [_Slot(cards[i] if i < len(cards) else Blank(), atr) for i in range(slots)]
        self.port = 0
        self._listeners: list[socket.socket] = []
        self._closed = threading.Event()

    # -- vpcd connects to us (DEVICENAME 127.0.0.1:PORT) ---------------------------------------

    @classmethod
    def listen(cls, cards: Sequence[Card], *, port: int = 0, **kwargs: object) -> VpcdBridge:
        """Listen on 127.0.0.1 on consecutive ports, one per slot (``port`` 0: free ones).
        Write ``DEVICENAME 127.0.0.1:{bridge.port}`` for vpcd, then start pcscd."""
        bridge = cls(cards, **kwargs)  # type: ignore[arg-type]
        for _attempt in range(50):
            bridge._listeners = []
            try:
                first = port
                for i in range(len(bridge.slots)):
                    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                    bridge._listeners.append(s)
                    s.bind(("127.0.0.1", first + i if i else first))
                    if i == 0:
                        first = s.getsockname()[1]
                    s.listen(1)
                bridge.port = first
                break
            except OSError:
                for s in bridge._listeners:
                    s.close()
                if port:
                    raise
        else:
            raise OSError("no free consecutive ports on 127.0.0.1")
        for slot, listener in zip(bridge.slots, bridge._listeners, strict=True):
            slot.thread = threading.Thread(
                target=bridge._accept_once, args=(slot, listener), daemon=True
            )
            slot.thread.start()
        return bridge

    def _accept_once(self, slot: _Slot, listener: socket.socket) -> None:
        try:
            conn, _ = listener.accept()
        except OSError:
            return  # closed before vpcd came
        finally:
            listener.close()  # one connection per slot: nothing listens once vpcd is in
        if self._closed.is_set():
            conn.close()
            return
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        slot.serve(conn)

    # -- we connect to vpcd (its default: DEVICENAME /dev/null:PORT) ---------------------------

    @classmethod
    def connect(cls, cards: Sequence[Card], port: int = 0x8C7B, **kwargs: object) -> VpcdBridge:
        """Connect each card to vpcd's listening slot ports (PORT, PORT+1, ...)."""
        bridge = cls(cards, **kwargs)  # type: ignore[arg-type]
        bridge.port = port
        for i, slot in enumerate(bridge.slots[: len(cards)]):
            sock = socket.create_connection(("127.0.0.1", port + i), timeout=5)
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            slot.thread = threading.Thread(target=slot.serve, args=(sock,), daemon=True)
            slot.thread.start()
        return bridge

    # -- both ----------------------------------------------------------------------------------

    def insert(self, card: Card, slot: int = 0) -> None:
        """Put another card in ``slot`` (vpcd is not told: use between connections)."""
        self.slots[slot].insert(card)

    @property
    def connected(self) -> bool:
        return all(s.sock is not None for s in self.slots if s.thread is not None)

    def errors(self) -> list[BaseException]:
        return [s.error for s in self.slots if s.error is not None]

    def close(self, timeout: float = 5.0) -> None:
        """Close every connection and listener and join the threads."""
        self._closed.set()
        for listener in self._listeners:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)  # wakes a pending accept() (Linux)
            listener.close()
        for slot in self.slots:
            if slot.sock is not None:
                with contextlib.suppress(OSError):
                    slot.sock.shutdown(socket.SHUT_RDWR)  # wakes a pending recv()
                slot.sock.close()
        for slot in self.slots:
            if slot.thread is not None:
                slot.thread.join(timeout)
                if slot.thread.is_alive():
                    raise RuntimeError("a vpcd bridge thread did not stop")

    def __enter__(self) -> VpcdBridge:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

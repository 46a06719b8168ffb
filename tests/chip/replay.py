"""A transport that plays a recorded exchange: each command must be the one expected."""

from __future__ import annotations


class Replay:
    name = "replay"
    extended_length = False

    def __init__(self, exchange: list[tuple[bytes, bytes]]) -> None:
        self.exchange = list(exchange)

    def transmit(self, apdu: bytes) -> bytes:
        assert self.exchange, f"an unexpected command {apdu.hex()}"
        expected, response = self.exchange.pop(0)
        assert apdu.hex().upper() == expected.hex().upper()
        return response

    def close(self) -> None:
        assert not self.exchange, "the exchange was not played to its end"


def randoms(*values: bytes):  # type: ignore[no-untyped-def]
    """An injectable random source giving ``values`` in turn (their lengths must match)."""
    queue = list(values)

    def random(size: int) -> bytes:
        value = queue.pop(0)
        assert len(value) == size
        return value

    return random

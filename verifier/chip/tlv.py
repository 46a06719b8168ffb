"""BER-TLV as ISO/IEC 7816-4 and the LDS use it: tags of one to three bytes, definite lengths."""

from __future__ import annotations

from collections.abc import Iterator


class TlvError(ValueError):
    """The bytes are not the TLV structure the standard says."""


def encode_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    body = length.to_bytes((length.bit_length() + 7) // 8, "big")
    if len(body) > 4:
        raise TlvError("a TLV length over 4 bytes")
    return bytes([0x80 | len(body)]) + body


def tlv(tag: int, value: bytes) -> bytes:
    """One data object: ``tag`` as its bytes (0x7F49 is two), its length, its value."""
    tag_bytes = tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")
    return tag_bytes + encode_length(len(value)) + value


def read_header(data: bytes, pos: int = 0) -> tuple[int, int, int]:
    """(tag, length, offset of the value) of the data object at ``pos``."""
    try:
        tag = data[pos]
        pos += 1
        if tag & 0x1F == 0x1F:  # more tag bytes follow
            while True:
                tag = (tag << 8) | data[pos]
                pos += 1
                if not data[pos - 1] & 0x80:
                    break
        first = data[pos]
        pos += 1
        if first < 0x80:
            length = first
        elif first == 0x80 or first > 0x84:
            raise TlvError("an indefinite or over-long TLV length")
        else:
            count = first & 0x7F
            length = int.from_bytes(data[pos : pos + count], "big")
            if pos + count > len(data):
                raise TlvError("a TLV length runs past the data")
            pos += count
    except IndexError:
        raise TlvError("the data ends inside a TLV header") from None
    return tag, length, pos


def items(data: bytes) -> Iterator[tuple[int, bytes]]:
    """The (tag, value) pairs of a run of data objects."""
    pos = 0
    while pos < len(data):
        if data[pos] in (0x00, 0xFF):  # padding between objects (ISO/IEC 7816-4 §5.2.2.1)
            pos += 1
            continue
        tag, length, start = read_header(data, pos)
        end = start + length
        if end > len(data):
            raise TlvError(f"the data object {tag:X} runs past the data")
        yield tag, data[start:end]
        pos = end


def find(data: bytes, tag: int) -> bytes | None:
    """The value of the first object with ``tag`` in a run, or None."""
    for found, value in items(data):
        if found == tag:
            return value
    return None


def unwrap(data: bytes, tag: int) -> bytes:
    """The value of ``data``, which must be exactly one object with ``tag``."""
    got, length, start = read_header(data)
    if got != tag:
        raise TlvError(f"expected the data object {tag:X}, found {got:X}")
    if start + length > len(data):
        raise TlvError(f"the data object {tag:X} is cut short")
    return data[start : start + length]


def total_length(header: bytes) -> int:
    """The length of a whole object from its first bytes (for reading a file by its header)."""
    _, length, start = read_header(header)
    return start + length

"""The symmetric cryptography of ICAO Doc 9303-11: key derivation, padding, encryption and
message authentication for Basic Access Control, PACE and Secure Messaging.

Two cipher suites exist (9303-11 §9.8): two-key 3DES with the ISO/IEC 9797-1 MAC algorithm 3
("retail MAC", BAC and PACE with 3DES) and AES with CMAC truncated to 8 bytes (PACE and Chip
Authentication with AES). :class:`Cipher` holds one suite and its two session keys.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import cmac
from cryptography.hazmat.primitives.ciphers import Cipher as _Cipher
from cryptography.hazmat.primitives.ciphers import algorithms, modes

Random = Callable[[int], bytes]  # an injectable random source (os.urandom; fixed in tests)
ENC, MAC, PACE_PASSWORD = 1, 2, 3  # the counters of the key derivation function (§9.7.1)


class Suite(enum.Enum):
    """A cipher suite and its key length in bytes."""

    DES3 = "3DES"
    AES128 = "AES-128"
    AES192 = "AES-192"
    AES256 = "AES-256"

    @property
    def key_length(self) -> int:
        return {"3DES": 16, "AES-128": 16, "AES-192": 24, "AES-256": 32}[self.value]

    @property
    def block(self) -> int:
        return 8 if self is Suite.DES3 else 16


def kdf(seed: bytes, counter: int, suite: Suite) -> bytes:
    """K = H(seed || c), 9303-11 §9.7.1: SHA-1 for 3DES and AES-128, SHA-256 otherwise; 3DES
    keys get their parity bits set (§9.7.1.1)."""
    data = seed + counter.to_bytes(4, "big")
    if suite in (Suite.DES3, Suite.AES128):
        key = hashlib.sha1(data, usedforsecurity=True).digest()[:16]
    else:
        key = hashlib.sha256(data).digest()[: suite.key_length]
    return set_parity(key) if suite is Suite.DES3 else key


def set_parity(key: bytes) -> bytes:
    """DES keys have odd parity in the low bit of every byte."""
    out = bytearray()
    for byte in key:
        high = byte & 0xFE
        out.append(high | ((bin(high).count("1") + 1) % 2))
    return bytes(out)


def pad(data: bytes, block: int) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 0x80, then zeros to a whole block."""
    padded = data + b"\x80"
    return padded + b"\x00" * (-len(padded) % block)


def unpad(data: bytes) -> bytes:
    """Remove padding method 2; a value without it is refused."""
    stripped = data.rstrip(b"\x00")
    if not stripped.endswith(b"\x80"):
        raise ValueError("the decrypted data is not padded as ISO/IEC 9797-1 method 2 says")
    return stripped[:-1]


def _des3(key: bytes) -> TripleDES:
    return TripleDES(key + key[:8] if len(key) == 16 else key)


def des3_encrypt(key: bytes, data: bytes, iv: bytes = bytes(8)) -> bytes:
    encryptor = _Cipher(_des3(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def des3_decrypt(key: bytes, data: bytes, iv: bytes = bytes(8)) -> bytes:
    decryptor = _Cipher(_des3(key), modes.CBC(iv)).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 with DES (single DES CBC with Ka, then Kb decryption and
    Ka encryption of the last block) over ``data``, which the caller has padded (Doc 9303
    always pads with method 2 before it MACs)."""
    if len(data) % 8:
        raise ValueError("retail MAC input must be whole 8-byte blocks (pad it first)")
    ka, kb = key[:8], key[8:16]
    chained = _Cipher(TripleDES(ka * 3), modes.CBC(bytes(8))).encryptor()
    last = (chained.update(data) + chained.finalize())[-8:]
    final = _Cipher(TripleDES(kb * 3), modes.ECB()).decryptor()
    step = final.update(last) + final.finalize()
    again = _Cipher(TripleDES(ka * 3), modes.ECB()).encryptor()
    return again.update(step) + again.finalize()


def aes_encrypt(key: bytes, data: bytes, iv: bytes = bytes(16)) -> bytes:
    encryptor = _Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def aes_decrypt(key: bytes, data: bytes, iv: bytes = bytes(16)) -> bytes:
    decryptor = _Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def aes_cmac(key: bytes, data: bytes) -> bytes:
    """AES-CMAC truncated to 8 bytes (9303-11 §9.8.6.2)."""
    mac = cmac.CMAC(algorithms.AES(key))
    mac.update(data)
    return mac.finalize()[:8]


@dataclass(frozen=True, slots=True)
class Cipher:
    """A suite with its encryption and MAC keys: what BAC, PACE and Chip Authentication agree."""

    suite: Suite
    k_enc: bytes
    k_mac: bytes

    @classmethod
    def derive(cls, secret: bytes, suite: Suite) -> Cipher:
        return cls(suite, kdf(secret, ENC, suite), kdf(secret, MAC, suite))

    def encrypt(self, data: bytes, iv: bytes | None = None) -> bytes:
        if self.suite is Suite.DES3:
            return des3_encrypt(self.k_enc, data, iv or bytes(8))
        return aes_encrypt(self.k_enc, data, iv or bytes(16))

    def decrypt(self, data: bytes, iv: bytes | None = None) -> bytes:
        if self.suite is Suite.DES3:
            return des3_decrypt(self.k_enc, data, iv or bytes(8))
        return aes_decrypt(self.k_enc, data, iv or bytes(16))

    def mac(self, data: bytes) -> bytes:
        """The 8-byte MAC of ``data`` exactly as given (Secure Messaging pads first, for both
        suites)."""
        if self.suite is Suite.DES3:
            return retail_mac(self.k_mac, data)
        return aes_cmac(self.k_mac, data)

    def token(self, data: bytes) -> bytes:
        """A PACE authentication token (9303-11 §4.4.3.4): 3DES pads, CMAC does not."""
        return self.mac(pad(data, 8) if self.suite is Suite.DES3 else data)

    def sm_iv(self, ssc: bytes) -> bytes:
        """The IV of a Secure Messaging encryption: zero for 3DES, E(KSenc, SSC) for AES
        (9303-11 §9.8.6.1)."""
        if self.suite is Suite.DES3:
            return bytes(8)
        encryptor = _Cipher(algorithms.AES(self.k_enc), modes.ECB()).encryptor()
        return encryptor.update(ssc) + encryptor.finalize()

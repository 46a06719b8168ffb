"""scrypt (RFC 7914): the officers' password hashes and the keys that seal their key pairs.

From cryptography's OpenSSL, not the standard library's ``hashlib.scrypt``: that one lives in
Python's own OpenSSL module (``_hashlib``), which the installers leave out together with its TLS
module (``_ssl``): Verifier never opens a connection, and the two bring 5.7 MB of OpenSSL
libraries into the bundle (docs/install.md). The bytes are the same (an RFC 7914 test vector and
``hashlib.scrypt`` in tests/test_kdf.py). As with ``hashlib.scrypt``, parameters that need
more than 32 MiB of memory are refused: a stored hash is read from the database, and its
parameters must not make sign-in exhaust the workstation's memory.
"""

from __future__ import annotations

from typing import Final

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAX_MEMORY: Final = 32 * 1024 * 1024  # OpenSSL's and hashlib's default ceiling


def scrypt(password: bytes, *, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    """The scrypt key of ``password``; ValueError for parameters RFC 7914 does not allow or
    that need more than ``MAX_MEMORY``."""
    if min(n, r, p, dklen) < 1 or 128 * r * (n + 2 + p) > MAX_MEMORY:
        raise ValueError(f"scrypt parameters n={n}, r={r}, p={p} need more than 32 MiB")
    return Scrypt(salt=salt, length=dklen, n=n, r=r, p=p).derive(password)

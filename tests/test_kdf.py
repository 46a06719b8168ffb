"""scrypt from cryptography (verifier.store.kdf): RFC 7914's vectors, the standard library's
bytes for the parameters Verifier stores, and parameters that would exhaust memory refused."""

from __future__ import annotations

import hashlib

import pytest

from verifier.store.kdf import scrypt
from verifier.store.officers import hash_password, password_matches


def test_rfc_7914_vector() -> None:  # RFC 7914 section 12, the second vector
    key = scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64)
    assert key.hex() == (
        "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
        "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"
    )


def test_the_same_bytes_as_the_standard_library_for_stored_hashes() -> None:
    salt = bytes(range(16))
    ours = scrypt("pässwörd".encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    assert ours == hashlib.scrypt("pässwörd".encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)


def test_a_hash_made_by_the_standard_library_still_signs_in() -> None:
    """Accounts made before the change keep their passwords."""
    import base64

    salt = b"0123456789abcdef"
    key = hashlib.scrypt(b"correct horse 1", salt=salt, n=2**14, r=8, p=1, dklen=32)
    stored = f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"
    assert password_matches("correct horse 1", stored)
    assert not password_matches("correct horse 2", stored)
    assert password_matches("new one here", hash_password("new one here"))


@pytest.mark.parametrize(("n", "r", "p"), [(2**20, 8, 1), (2**14, 64, 1), (0, 8, 1), (16, 8, 0)])
def test_parameters_beyond_32_mib_or_invalid_are_refused(n: int, r: int, p: int) -> None:
    with pytest.raises(ValueError):
        scrypt(b"x", salt=b"salt", n=n, r=r, p=p, dklen=32)


def test_a_stored_hash_with_hostile_parameters_does_not_sign_in() -> None:
    assert not password_matches("x", "scrypt$1073741824$8$1$c2FsdA==$a2V5")

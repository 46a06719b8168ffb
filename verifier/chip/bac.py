"""Basic Access Control, ICAO Doc 9303-11 §4.3: mutual authentication with keys from the MRZ,
then Secure Messaging with 3DES session keys."""

from __future__ import annotations

import os

from verifier.chip.apdu import Command
from verifier.chip.channel import Channel
from verifier.chip.crypto import (
    ENC,
    MAC,
    Cipher,
    Random,
    Suite,
    des3_decrypt,
    des3_encrypt,
    kdf,
    pad,
    retail_mac,
)
from verifier.chip.errors import AccessDeniedError
from verifier.chip.keys import MrzKey
from verifier.chip.sm import SecureMessaging

GET_CHALLENGE = Command(0x00, 0x84, 0x00, 0x00, le=8)


def basic_keys(key: MrzKey) -> tuple[bytes, bytes]:
    """K_enc and K_mac of the MRZ (§9.7.2), parity adjusted."""
    seed = key.seed()
    return kdf(seed, ENC, Suite.DES3), kdf(seed, MAC, Suite.DES3)


def authenticate(channel: Channel, key: MrzKey, random: Random = os.urandom) -> None:
    """Run BAC; on success ``channel`` speaks Secure Messaging. :class:`AccessDeniedError` when the
    chip refuses the key or its answer does not authenticate."""
    k_enc, k_mac = basic_keys(key)
    rnd_ic = channel.send(GET_CHALLENGE).check("GET CHALLENGE")
    if len(rnd_ic) != 8:
        raise AccessDeniedError("The chip's challenge is not 8 bytes: it does not speak BAC.")
    rnd_ifd, k_ifd = random(8), random(16)
    e_ifd = des3_encrypt(k_enc, rnd_ifd + rnd_ic + k_ifd)
    m_ifd = retail_mac(k_mac, pad(e_ifd, 8))
    response = channel.send(Command(0x00, 0x82, 0x00, 0x00, e_ifd + m_ifd, le=40))
    if not response.ok:
        raise AccessDeniedError(
            "The chip refused the access key from the MRZ: check the MRZ (document number, "
            "birth and expiry dates) and read again."
        )
    answer = response.data
    if len(answer) != 40 or retail_mac(k_mac, pad(answer[:32], 8)) != answer[32:]:
        raise AccessDeniedError("The chip's authentication answer does not verify.")
    plain = des3_decrypt(k_enc, answer[:32])
    if plain[:8] != rnd_ic or plain[8:16] != rnd_ifd:
        raise AccessDeniedError("The chip's authentication answer does not match the challenge.")
    k_ic = plain[16:32]
    seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
    ssc = int.from_bytes(rnd_ic[4:] + rnd_ifd[4:], "big")
    channel.sm = SecureMessaging(Cipher.derive(seed, Suite.DES3), ssc)

"""BAC and Secure Messaging against the worked example of Doc 9303-11 Appendix D."""

from __future__ import annotations

import pytest

from tests.chip.kat import BAC, BAC_SM
from tests.chip.replay import Replay, randoms
from verifier.chip import bac
from verifier.chip.apdu import Command, Response, decode_command
from verifier.chip.channel import Channel
from verifier.chip.crypto import ENC, MAC, Cipher, Suite, kdf, set_parity
from verifier.chip.errors import AccessDeniedError, SecureMessagingError
from verifier.chip.keys import AccessKeyError, Can, MrzKey
from verifier.chip.sm import SecureMessaging


def test_mrz_information_seed_and_keys() -> None:
    key = MrzKey("L898902C", "690806", "940623")
    assert key.information().decode() == BAC.MRZ_INFORMATION
    assert key.seed() == BAC.KSEED
    assert bac.basic_keys(key) == (BAC.K_ENC, BAC.K_MAC)
    assert set_parity(BAC.K_ENC_NOPARITY) == BAC.K_ENC


def test_key_from_printed_mrz_lines_and_refusals() -> None:
    td3 = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]
    key = MrzKey.from_lines(td3)
    assert (key.document_number, key.birth, key.expiry) == ("L898902C3", "740812", "120415")
    assert key.information().decode() == "L898902C3674081221204159"
    broken = [td3[0], td3[1].replace("7408122", "7408123")]
    with pytest.raises(AccessKeyError, match="check digits"):
        MrzKey.from_lines(broken)
    with pytest.raises(AccessKeyError, match="not two or three"):
        MrzKey.from_lines(["nonsense"])


def test_long_document_number_uses_the_whole_number() -> None:
    td1 = [
        "I<UTOD23145890<7349<<<<<<<<<<<",
        "3407127M9507122UTO<<<<<<<<<<<2",
        "STEVENSON<<PETER<<<<<<<<<<<<<<",
    ]
    key = MrzKey.from_lines(td1)
    assert key.information().decode() == BAC.MRZ_INFORMATION_LONG_DOCNO


def test_can_is_digits() -> None:
    assert Can("123456").pace_password() == b"123456"
    with pytest.raises(AccessKeyError):
        Can("12a456")


def test_basic_access_control_worked_example() -> None:
    transport = Replay(
        [
            (BAC.GET_CHALLENGE_APDU, BAC.RND_IC + b"\x90\x00"),
            (BAC.EXT_AUTH_APDU, BAC.EXT_AUTH_RESP_DATA + b"\x90\x00"),
        ]
    )
    channel = Channel(transport)
    bac.authenticate(
        channel, MrzKey("L898902C", "690806", "940623"), randoms(BAC.RND_IFD, BAC.K_IFD)
    )
    transport.close()
    assert channel.sm is not None
    assert channel.sm.cipher.k_enc == BAC.KS_ENC
    assert channel.sm.cipher.k_mac == BAC.KS_MAC
    assert channel.sm.ssc.to_bytes(8, "big") == BAC.SSC


def test_bac_refused_key_is_access_denied() -> None:
    transport = Replay(
        [
            (BAC.GET_CHALLENGE_APDU, BAC.RND_IC + b"\x90\x00"),
            (BAC.EXT_AUTH_APDU, b"\x63\x00"),
        ]
    )
    with pytest.raises(AccessDeniedError, match="refused the access key"):
        bac.authenticate(
            Channel(transport),
            MrzKey("L898902C", "690806", "940623"),
            randoms(BAC.RND_IFD, BAC.K_IFD),
        )


def test_secure_messaging_worked_example() -> None:
    session = SecureMessaging(Cipher(Suite.DES3, BAC.KS_ENC, BAC.KS_MAC), int.from_bytes(BAC.SSC))
    transport = Replay(
        [
            (BAC_SM.SELECT_PROTECTED, BAC_SM.SELECT_RAPDU),
            (BAC_SM.RB1_PROTECTED, BAC_SM.RB1_RAPDU),
            (BAC_SM.RB2_PROTECTED, BAC_SM.RB2_RAPDU),
        ]
    )
    channel = Channel(transport)
    channel.sm = session
    assert channel.send(Command(0x00, 0xA4, 0x02, 0x0C, bytes.fromhex("011E"))).ok
    assert channel.send(Command(0x00, 0xB0, 0x00, 0x00, le=4)).data == BAC_SM.RB1_DECRYPTED
    assert channel.send(Command(0x00, 0xB0, 0x00, 0x04, le=0x12)).data == BAC_SM.RB2_DECRYPTED
    transport.close()
    assert BAC_SM.RB1_DECRYPTED + BAC_SM.RB2_DECRYPTED == BAC_SM.EF_COM


def test_chip_side_opens_what_the_terminal_protects_and_back() -> None:
    """The simulated chip's half of Secure Messaging is the inverse of the terminal's."""
    for suite, key_length in ((Suite.DES3, 16), (Suite.AES128, 16), (Suite.AES256, 32)):
        cipher = Cipher(suite, bytes(range(key_length)), bytes(range(1, key_length + 1)))
        terminal, chip = SecureMessaging(cipher, 5), SecureMessaging(cipher, 5)
        command = Command(0x00, 0xB0, 0x01, 0x02, le=0xDF)
        opened = chip.open_command(decode_command(terminal.protect(command)))
        assert opened == command
        update = Command(0x00, 0xD6, 0x00, 0x00, b"payload" * 5)
        assert chip.open_command(decode_command(terminal.protect(update))) == update
        answer = Response(b"x" * 100, 0x9000)
        assert terminal.unprotect(chip.seal(answer)) == answer


def test_a_tampered_response_breaks_the_session() -> None:
    cipher = Cipher(Suite.AES128, bytes(16), bytes(range(16)))
    terminal, chip = SecureMessaging(cipher), SecureMessaging(cipher)
    chip.open_command(decode_command(terminal.protect(Command(0, 0xB0, 0, 0, le=8))))
    sealed = bytearray(chip.seal(Response(b"12345678", 0x9000)))
    sealed[3] ^= 1
    with pytest.raises(SecureMessagingError, match="failed its MAC"):
        terminal.unprotect(bytes(sealed))


def test_unprotected_success_inside_a_session_is_refused() -> None:
    session = SecureMessaging(Cipher(Suite.DES3, BAC.KS_ENC, BAC.KS_MAC))
    with pytest.raises(SecureMessagingError, match="unprotected"):
        session.unprotect(b"\x90\x00")
    assert session.unprotect(b"\x6a\x82").sw == 0x6A82  # an error it could not protect


def test_key_derivation_suites() -> None:
    seed = bytes(range(32))
    assert len(kdf(seed, ENC, Suite.AES256)) == 32
    assert len(kdf(seed, MAC, Suite.AES192)) == 24
    assert kdf(seed, ENC, Suite.AES128) != kdf(seed, MAC, Suite.AES128)

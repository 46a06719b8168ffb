"""PACE Generic Mapping (ECDH, brainpoolP256r1, AES-128) against Doc 9303-11 Appendix G.1."""

from __future__ import annotations

import pytest

from tests.chip.kat import PACE_GM_ECDH as G1
from tests.chip.kat import PACE_MRZ
from tests.chip.replay import Replay, randoms
from verifier.chip import pace
from verifier.chip.channel import Channel
from verifier.chip.errors import AccessDeniedError
from verifier.chip.keys import MrzKey
from verifier.chip.lds import PaceInfo, parse_security_infos

OK = b"\x90\x00"
KEY = MrzKey("T22000129", "640812", "101031")


def test_password_key() -> None:
    assert KEY.information().decode() == PACE_MRZ.MRZ_INFORMATION
    assert KEY.pace_password() == PACE_MRZ.K
    protocol = pace.Protocol.of(PaceInfo(G1.OID, 2, 13))
    assert protocol.password_key(KEY) == PACE_MRZ.K_PI


def test_card_access_names_the_protocol() -> None:
    infos = parse_security_infos(bytes([0x31, len(G1.PACE_INFO)]) + G1.PACE_INFO)
    assert infos.pace == [PaceInfo(G1.OID, 2, 13)]


def test_generic_mapping_worked_example() -> None:
    transport = Replay(
        [
            (G1.MSE_SET_AT, OK),
            (G1.GA1_CMD, G1.GA1_RSP),
            (G1.GA2_CMD, G1.GA2_RSP),
            (G1.GA3_CMD, G1.GA3_RSP),
            (G1.GA4_CMD, G1.GA4_RSP),
        ]
    )
    channel = Channel(transport)
    pace.authenticate(channel, KEY, PaceInfo(G1.OID, 2, 13), randoms(G1.SK_MAP_IFD, G1.SK_IFD))
    transport.close()
    assert channel.sm is not None
    assert (channel.sm.cipher.k_enc, channel.sm.cipher.k_mac) == (G1.KS_ENC, G1.KS_MAC)
    assert channel.sm.ssc == 0


def test_a_wrong_token_is_refused() -> None:
    bad = bytearray(G1.GA4_RSP)
    bad[5] ^= 0xFF
    transport = Replay(
        [
            (G1.MSE_SET_AT, OK),
            (G1.GA1_CMD, G1.GA1_RSP),
            (G1.GA2_CMD, G1.GA2_RSP),
            (G1.GA3_CMD, G1.GA3_RSP),
            (G1.GA4_CMD, bytes(bad)),
        ]
    )
    with pytest.raises(AccessDeniedError, match="token does not verify"):
        pace.authenticate(
            Channel(transport), KEY, PaceInfo(G1.OID, 2, 13), randoms(G1.SK_MAP_IFD, G1.SK_IFD)
        )


def test_a_point_off_the_curve_is_refused() -> None:
    off = bytearray(G1.GA2_RSP)
    off[10] ^= 1
    transport = Replay([(G1.MSE_SET_AT, OK), (G1.GA1_CMD, G1.GA1_RSP), (G1.GA2_CMD, bytes(off))])
    with pytest.raises(AccessDeniedError, match="not on its curve"):
        pace.authenticate(
            Channel(transport), KEY, PaceInfo(G1.OID, 2, 13), randoms(G1.SK_MAP_IFD, G1.SK_IFD)
        )


def test_unsupported_mappings_say_so() -> None:
    with pytest.raises(AccessDeniedError, match="does not support"):
        pace.Protocol.of(PaceInfo("0.4.0.127.0.7.2.2.4.4.2", 2, 13))  # Integrated Mapping
    with pytest.raises(AccessDeniedError, match="not ones Doc 9303 defines"):
        pace.Protocol.of(PaceInfo(G1.OID, 2, 99))

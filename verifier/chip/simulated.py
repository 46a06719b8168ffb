"""A simulated eMRTD chip, in process: the bundled samples' chips (``verifier chip read
--sample``) and the tests' chips. It speaks the chip's side of what the reader speaks — BAC,
PACE Generic Mapping, Secure Messaging, Chip and Active Authentication, file selection and
reading — from a :class:`ChipImage`: the files and the chip's private keys.

A chip image is a JSON file (``chip.json`` in a sample's folder). Its private keys are test
keys of a fictional State's chips, as public as the samples themselves.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa, utils

from verifier.chip import tlv
from verifier.chip.apdu import Command, Response, decode_command
from verifier.chip.asn1 import CA_ECDH
from verifier.chip.bac import basic_keys
from verifier.chip.crypto import Cipher, Random, Suite, des3_decrypt, des3_encrypt, pad, retail_mac
from verifier.chip.curves import PACE_CURVES, agree, decode_point, encode_point
from verifier.chip.errors import (
    CONDITIONS,
    DATA_NOT_FOUND,
    DENIED,
    FILE_NOT_FOUND,
    NOT_SUPPORTED,
    OK,
    SM_INCORRECT,
    SM_MISSING,
    WRONG_DATA,
    WRONG_KEY,
    WRONG_P1P2,
    SecureMessagingError,
)
from verifier.chip.keys import Can, MrzKey
from verifier.chip.lds import LDS1_AID, Ef, PaceInfo, parse_dg1
from verifier.chip.pace import CAN_PASSWORD, Protocol, map_generator, secret
from verifier.chip.sm import PROTECTED, SecureMessaging

FORMAT = "verifier-simulated-chip/1"


class ChipImageError(ValueError):
    """A chip image file that cannot be used."""


@dataclass(slots=True)
class ChipImage:
    files: dict[Ef, bytes]
    can: str | None = None
    pace: PaceInfo | None = None  # None: BAC only
    active_key: bytes | None = None  # PKCS#8 DER of the DG15 key's private half
    chip_key: bytes | None = None  # PKCS#8 DER of the DG14 key's private half
    chip_protocol: str = CA_ECDH + ".2"
    extended_length: bool = False
    notes: dict[str, str] = field(default_factory=dict)

    def mrz_key(self) -> MrzKey:
        return MrzKey.from_lines(parse_dg1(self.files[Ef.DG1]))

    def dump(self) -> str:
        def b64(data: bytes | None) -> str | None:
            return None if data is None else base64.b64encode(data).decode("ascii")

        return json.dumps(
            {
                "format": FORMAT,
                "files": {f"{ef.value:04X}": b64(data) for ef, data in sorted(self.files.items())},
                "can": self.can,
                "pace": None
                if self.pace is None
                else {"protocol": self.pace.protocol, "parameter_id": self.pace.parameter_id},
                "active_key": b64(self.active_key),
                "chip_key": b64(self.chip_key),
                "chip_protocol": self.chip_protocol,
                "extended_length": self.extended_length,
                "notes": self.notes,
            },
            indent=1,
            sort_keys=True,
        )

    @classmethod
    def load(cls, path: Path) -> ChipImage:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT:
                raise ChipImageError(f"{path.name} is not a simulated chip ({FORMAT})")
            files = {Ef(int(k, 16)): base64.b64decode(v) for k, v in raw["files"].items()}
            if Ef.DG1 not in files:
                raise ChipImageError(f"{path.name} has no DG1: no chip is made without one")
            pace_raw = raw.get("pace")
            return cls(
                files,
                raw.get("can"),
                None
                if pace_raw is None
                else PaceInfo(pace_raw["protocol"], 2, pace_raw["parameter_id"]),
                None if raw.get("active_key") is None else base64.b64decode(raw["active_key"]),
                None if raw.get("chip_key") is None else base64.b64decode(raw["chip_key"]),
                raw.get("chip_protocol", CA_ECDH + ".2"),
                bool(raw.get("extended_length", False)),
                dict(raw.get("notes", {})),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            if isinstance(exc, ChipImageError):
                raise
            raise ChipImageError(
                f"{path} is not a usable simulated chip ({type(exc).__name__})"
            ) from None


@dataclass(slots=True)
class _Pace:
    protocol: Protocol
    password: bytes
    nonce: bytes = b""
    map_key: int = 0
    generator: Any = None
    own_key: int = 0
    own_public: bytes = b""
    cipher: Cipher | None = None
    terminal_public: bytes = b""


class SimulatedChip:
    """The chip of ``image`` on a simulated reader (a :class:`Transport`)."""

    def __init__(self, image: ChipImage, *, random: Random = os.urandom, name: str = "") -> None:
        self.image = image
        self.name = name or "simulated chip"
        self.extended_length = image.extended_length
        self.random = random
        self.commands = 0
        self._reset()

    def _reset(self) -> None:
        self.sm: SecureMessaging | None = None
        self.authenticated = False
        self.application = False
        self.selected: Ef | None = None
        self.challenge = b""
        self.pace: _Pace | None = None
        self.ca_protocol: str | None = None

    def close(self) -> None:
        self._reset()

    # -- the transport interface ---------------------------------------------------------------

    def transmit(self, apdu: bytes) -> bytes:
        self.commands += 1
        command = decode_command(apdu)
        session = self.sm
        if session is not None:
            if command.cla & PROTECTED != PROTECTED:
                self._reset()  # ISO 7816-4: a plain command ends the secure session
                return Response(b"", SM_MISSING).encode()
            try:
                command = session.open_command(command)
            except SecureMessagingError:
                self._reset()
                return Response(b"", SM_INCORRECT).encode()
        response, after = self._handle(command)
        raw = session.seal(response) if session is not None else response.encode()
        if after is not None:
            after()  # new keys take effect after the answer that agreed them
        return raw

    # -- commands ------------------------------------------------------------------------------

    def _handle(self, c: Command) -> tuple[Response, Callable[[], None] | None]:
        handlers = {
            0xA4: self._select,
            0xB0: self._read,
            0xB1: self._read_odd,
            0x84: self._get_challenge,
            0x82: self._external_authenticate,
            0x22: self._manage_security_environment,
            0x86: self._general_authenticate,
            0x88: self._internal_authenticate,
        }
        handler = handlers.get(c.ins)
        if handler is None:
            return Response(b"", NOT_SUPPORTED), None
        return handler(c)

    def _select(self, c: Command) -> tuple[Response, None]:
        if c.p1 == 0x04:
            self.application = c.data == LDS1_AID
            return Response(b"", OK if self.application else FILE_NOT_FOUND), None
        if c.p1 == 0x00 and c.data in (b"", b"\x3f\x00"):
            self.application = False
            return Response(b"", OK), None
        if c.p1 == 0x02 and len(c.data) == 2:
            if not (self.application and self.authenticated):
                return Response(b"", DENIED), None
            fid = int.from_bytes(c.data, "big")
            try:
                ef = Ef(fid)
            except ValueError:
                return Response(b"", FILE_NOT_FOUND), None
            if ef not in self.image.files or ef is Ef.CARD_ACCESS:
                return Response(b"", FILE_NOT_FOUND), None
            self.selected = ef
            return Response(b"", OK), None
        return Response(b"", WRONG_P1P2), None

    def _file_for(self, c: Command) -> tuple[Ef | None, int]:
        if c.p1 & 0x80:  # short EF identifier in P1, offset in P2
            short = c.p1 & 0x1F
            found = next((ef for ef in self.image.files if ef.short_id == short), None)
            if short == Ef.CARD_ACCESS.short_id:
                found = Ef.CARD_ACCESS if Ef.CARD_ACCESS in self.image.files else None
            elif found is not None and not (self.application and self.authenticated):
                found = None
            return found, c.p2
        return self.selected, (c.p1 << 8) | c.p2

    def _read(self, c: Command) -> tuple[Response, None]:
        ef, offset = self._file_for(c)
        if ef is None:
            return Response(b"", FILE_NOT_FOUND if self.authenticated else DENIED), None
        data = self.image.files[ef]
        if offset > len(data):
            return Response(b"", WRONG_P1P2), None
        return Response(data[offset : offset + (c.le or 256)], OK), None

    def _read_odd(self, c: Command) -> tuple[Response, None]:
        if self.selected is None:
            return Response(b"", DENIED), None
        offset_bytes = tlv.find(c.data, 0x54)
        if offset_bytes is None:
            return Response(b"", WRONG_DATA), None
        offset = int.from_bytes(offset_bytes, "big")
        data = self.image.files[self.selected]
        length = max(0, (c.le or 256) - 4)
        return Response(tlv.tlv(0x53, data[offset : offset + length]), OK), None

    def _get_challenge(self, c: Command) -> tuple[Response, None]:
        self.challenge = self.random(8)
        return Response(self.challenge, OK), None

    def _external_authenticate(self, c: Command) -> tuple[Response, Callable[[], None] | None]:
        if not self.challenge or len(c.data) != 40 or not self.application:
            return Response(b"", CONDITIONS), None
        k_enc, k_mac = basic_keys(self.image.mrz_key())
        if retail_mac(k_mac, pad(c.data[:32], 8)) != c.data[32:]:
            return Response(b"", WRONG_KEY), None
        plain = des3_decrypt(k_enc, c.data[:32])
        rnd_ifd, rnd_ic, k_ifd = plain[:8], plain[8:16], plain[16:32]
        if rnd_ic != self.challenge:
            return Response(b"", WRONG_KEY), None
        k_ic = self.random(16)
        answer = des3_encrypt(k_enc, rnd_ic + rnd_ifd + k_ic)
        answer += retail_mac(k_mac, pad(answer, 8))
        seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
        ssc = int.from_bytes(rnd_ic[4:] + rnd_ifd[4:], "big")

        def start() -> None:
            self.sm = SecureMessaging(Cipher.derive(seed, Suite.DES3), ssc)
            self.authenticated = True

        return Response(answer, OK), start

    def _manage_security_environment(
        self, c: Command
    ) -> tuple[Response, Callable[[], None] | None]:
        if (c.p1, c.p2) == (0xC1, 0xA4):  # PACE
            info = self.image.pace
            oid = tlv.find(c.data, 0x80)
            reference = tlv.find(c.data, 0x83)
            if info is None or oid is None or reference is None:
                return Response(b"", DATA_NOT_FOUND), None
            protocol = Protocol.of(info)
            if oid != protocol.oid_bytes:
                return Response(b"", WRONG_DATA), None
            if reference[0] == CAN_PASSWORD:
                if self.image.can is None:
                    return Response(b"", DATA_NOT_FOUND), None
                password = protocol.password_key(Can(self.image.can))
            else:
                password = protocol.password_key(self.image.mrz_key())
            self.pace = _Pace(protocol, password)
            return Response(b"", OK), None
        if (c.p1, c.p2) == (0x41, 0xA4) and self.authenticated:  # Chip Authentication, AES
            self.ca_protocol = self.image.chip_protocol
            return Response(b"", OK), None
        if (c.p1, c.p2) == (0x41, 0xA6) and self.authenticated:  # Chip Authentication, 3DES
            point = tlv.find(c.data, 0x91)
            if point is None:
                return Response(b"", WRONG_DATA), None
            return Response(b"", OK), self._chip_keys(point, Suite.DES3)
        return Response(b"", WRONG_P1P2), None

    def _chip_keys(self, terminal_point: bytes, suite: Suite) -> Callable[[], None] | None:
        if self.image.chip_key is None:
            return None
        private = serialization.load_der_private_key(self.image.chip_key, None)
        assert isinstance(private, ec.EllipticCurvePrivateKey)
        curve = _curve_named(private.curve.name)
        seed = agree(curve, terminal_point, private.private_numbers().private_value)

        def switch() -> None:
            self.sm = SecureMessaging(Cipher.derive(seed, suite), 0)

        return switch

    def _general_authenticate(self, c: Command) -> tuple[Response, Callable[[], None] | None]:
        try:
            inner = tlv.unwrap(c.data, 0x7C)
        except tlv.TlvError:
            return Response(b"", WRONG_DATA), None
        if self.ca_protocol is not None and self.sm is not None:
            point = tlv.find(inner, 0x80)
            if point is None:
                return Response(b"", WRONG_DATA), None
            suite = {"2": Suite.AES128, "3": Suite.AES192, "4": Suite.AES256}.get(
                self.ca_protocol.rsplit(".", 1)[1], Suite.DES3
            )
            self.ca_protocol = None
            return Response(tlv.tlv(0x7C, b""), OK), self._chip_keys(point, suite)
        state = self.pace
        if state is None:
            return Response(b"", CONDITIONS), None
        return self._pace_step(state, inner)

    def _pace_step(self, state: _Pace, inner: bytes) -> tuple[Response, Callable[[], None] | None]:
        curve = state.protocol.curve

        def answer(tag: int, value: bytes) -> Response:
            return Response(tlv.tlv(0x7C, tlv.tlv(tag, value)), OK)

        if not inner:  # step 1: the encrypted nonce
            state.nonce = self.random(state.protocol.suite.block)
            encrypted = Cipher(state.protocol.suite, state.password, b"").encrypt(state.nonce)
            return answer(0x80, encrypted), None
        terminal_map = tlv.find(inner, 0x81)
        if terminal_map is not None:  # step 2: mapping
            state.map_key = secret(curve, self.random)
            shared = decode_point(curve, terminal_map) * state.map_key
            state.generator = map_generator(curve, state.nonce, shared)
            return answer(0x82, encode_point(curve, curve.generator * state.map_key)), None
        terminal_public = tlv.find(inner, 0x83)
        if terminal_public is not None:  # step 3: key agreement on the mapped generator
            state.own_key = secret(curve, self.random)
            state.own_public = encode_point(curve, state.generator * state.own_key)
            state.terminal_public = terminal_public
            state.cipher = Cipher.derive(
                agree(curve, terminal_public, state.own_key), state.protocol.suite
            )
            return answer(0x84, state.own_public), None
        token = tlv.find(inner, 0x85)
        if token is not None and state.cipher is not None:  # step 4: tokens
            cipher = state.cipher
            expected = cipher.token(state.protocol.public_key_object(state.own_public))
            if token != expected:
                self.pace = None
                return Response(b"", WRONG_KEY), None
            mine = cipher.token(state.protocol.public_key_object(state.terminal_public))

            def start() -> None:
                self.sm = SecureMessaging(cipher, 0)
                self.authenticated = True
                self.pace = None

            return answer(0x86, mine), start
        return Response(b"", WRONG_DATA), None

    def _internal_authenticate(self, c: Command) -> tuple[Response, None]:
        if not self.authenticated or self.image.active_key is None or len(c.data) != 8:
            return Response(b"", CONDITIONS), None
        private = serialization.load_der_private_key(self.image.active_key, None)
        if isinstance(private, rsa.RSAPrivateKey):
            return Response(_iso9796_sign(private, c.data, self.random), OK), None
        assert isinstance(private, ec.EllipticCurvePrivateKey)
        der = private.sign(c.data, ec.ECDSA(hashes.SHA256()))
        r, s = utils.decode_dss_signature(der)
        size = (private.curve.key_size + 7) // 8
        return Response(r.to_bytes(size, "big") + s.to_bytes(size, "big"), OK), None


def _iso9796_sign(key: rsa.RSAPrivateKey, challenge: bytes, random: Random) -> bytes:
    """ISO/IEC 9796-2 scheme 1, partial recovery, SHA-1, trailer BC (9303-11 §6.1.2)."""
    numbers = key.private_numbers()
    n = numbers.public_numbers.n
    size = (n.bit_length() + 7) // 8
    m1 = random(size - 20 - 2)
    representative = b"\x6a" + m1 + hashlib.sha1(m1 + challenge, usedforsecurity=True).digest()
    representative += b"\xbc"
    signed = pow(int.from_bytes(representative, "big"), numbers.d, n)
    return signed.to_bytes(size, "big")


def _curve_named(name: str) -> Any:
    names = {
        "secp256r1": 12,
        "secp384r1": 15,
        "secp521r1": 18,
        "brainpoolP256r1": 13,
        "brainpoolP384r1": 16,
        "brainpoolP512r1": 17,
    }
    return PACE_CURVES[names[name]]

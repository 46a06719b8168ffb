"""Bar codes and visible digital seals (Doc 9303-13): read, signature against the library's
trusted seal signers, and the seal's MRZ against the printed one."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from verifier.barcodes.reader import (
    Barcode,
    SealStatus,
    check_seal,
    decode_barcodes,
    seal_matches_mrz,
)
from verifier.inspection.identify import Match
from verifier.inspection.result import CheckResult, CheckStatus
from verifier.mrz import MrzResult
from verifier.text import say


class BarcodeChecks:
    """``signers``: the folder of trusted seal signer certificates."""

    def __init__(self, signers: Path) -> None:
        self.signers = signers

    @staticmethod
    def read(gray: np.ndarray) -> list[Barcode]:
        """The symbols on the capture: the costly part, which needs neither the design nor the
        MRZ (so the pipeline runs it while those are being found)."""
        return decode_barcodes(gray)

    def judge(
        self, codes: list[Barcode], match: Match | None, mrz: MrzResult | None
    ) -> list[CheckResult]:
        """The checks of what was read: a seal the design should carry, each seal's signature
        and its MRZ against the printed one."""
        expects_seal = match is not None and "seal" in match.template.zones
        if not codes:
            if expects_seal:
                return [
                    CheckResult(
                        "barcode.decoded",
                        CheckStatus.FAIL,
                        say("The document should carry a digital seal, but none could be read."),
                    )
                ]
            return []
        out = [
            CheckResult(
                "barcode.decoded",
                CheckStatus.PASS,
                say(
                    "Read {count} bar code(s): {formats}.",
                    count=len(codes),
                    formats=", ".join(c.format for c in codes),
                ),
            )
        ]
        for code in codes:
            if code.data.startswith(b"\xdc"):  # the magic byte of a visible digital seal
                out += self._seal(code.data, mrz)
        return out

    def _seal(self, data: bytes, mrz: MrzResult | None) -> list[CheckResult]:
        seal = check_seal(data, self.signers)
        status = {
            SealStatus.VALID: CheckStatus.PASS,
            SealStatus.UNKNOWN_SIGNER: CheckStatus.WARN,
        }.get(seal.status, CheckStatus.FAIL)
        out = [
            CheckResult(
                "barcode.signature", status, seal.message, evidence={"seal": seal.status.value}
            )
        ]
        if seal.mrz is not None and mrz is not None:
            same = seal_matches_mrz(seal.mrz, mrz.lines)
            out.append(
                CheckResult(
                    "barcode.mrz_consistency",
                    CheckStatus.PASS if same else CheckStatus.FAIL,
                    say("The seal carries the printed MRZ.")
                    if same
                    else say("The MRZ in the seal differs from the printed MRZ."),
                )
            )
        return out

"""The workstation's enrolled key: fixed where the data folder cannot change it.

Trust in the report chain must not come from the folder it protects. At enrolment the
workstation's public key is written to a file outside the data folder, in a place only the
computer's administrator can change (``/etc/verifier/enrolment.json``; on Windows
``%ProgramData%\\Verifier\\enrolment.json``; ``VERIFIER_ENROLMENT`` names another place, for
portable installations and tests). Verification starts from that key; any later key must be
introduced by a rotation entry in the chain, signed by the key before it. The same fingerprint
goes to the regional hub with each contribution bundle, and on paper to the authority.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from verifier.files import write_atomic
from verifier.reports.signing import fingerprint, public_from_raw, raw_public
from verifier.serial import Serial, as_data
from verifier.serial import key as serial_key

ENV: Final = "VERIFIER_ENROLMENT"
SCHEMA: Final = "verifier-enrolment/1"


class EnrolmentError(RuntimeError):
    """The enrolment cannot be read or written: what to do, in plain words."""


@dataclass(frozen=True, slots=True)
class Enrolment(Serial):
    key: Ed25519PublicKey = field(metadata=serial_key(skip=True))  # written raw, first
    fingerprint: str
    workstation: str
    enrolled_at: str

    def as_dict(self) -> dict[str, Any]:
        return {"schema": SCHEMA, "key": raw_public(self.key)} | as_data(self)


def read_enrolment(path: Path) -> Enrolment | None:
    """The enrolment at ``path``; None when there is none; EnrolmentError when it is damaged."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise EnrolmentError(f"The enrolment {path} cannot be read ({exc}).") from exc
    try:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not {SCHEMA}")
        key = public_from_raw(str(data["key"]))
        if fingerprint(key) != data["fingerprint"]:
            raise ValueError("its fingerprint does not match its key")
        return Enrolment(key, fingerprint(key), str(data["workstation"]), str(data["enrolled_at"]))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise EnrolmentError(
            f"The enrolment {path} is damaged ({exc}); the computer's administrator restores it "
            "from the authority's record of this workstation's key."
        ) from exc


def enrol(path: Path, key: Ed25519PublicKey, workstation: str) -> Enrolment:
    """Write the enrolment; an existing enrolment of another key is never replaced."""
    existing = read_enrolment(path)
    if existing is not None:
        if existing.fingerprint == fingerprint(key):
            return existing
        raise EnrolmentError(
            f"{path} enrols another key ({existing.fingerprint[:16]}...): a workstation is "
            "enrolled once; its key changes only by a rotation recorded in the chain."
        )
    record = Enrolment(
        key,
        fingerprint(key),
        workstation,
        dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    )
    try:
        text = json.dumps(record.as_dict(), indent=1) + "\n"
        # readable by the application, writable by the administrator only
        write_atomic(path, text.encode("utf-8"), mode=0o644)
    except OSError as exc:
        raise EnrolmentError(
            f"The enrolment cannot be written to {path} ({exc.strerror}): run "
            "`verifier enrol` as the computer's administrator (sudo), or set "
            f"{ENV} for a portable installation."
        ) from exc
    return record

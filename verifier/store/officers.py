"""Local officer accounts: scrypt password hashes, lockout after repeated failures.

scrypt (RFC 7914, ``verifier.store.kdf``) is memory-hard: n=2**14, r=8 costs 16 MiB and
about 50 ms per attempt here, which makes guessing slow without making sign-in slow. After
``MAX_FAILURES`` wrong passwords in a row an account is locked for ``LOCKOUT``; every attempt
is in the audit log.
"""

from __future__ import annotations

import base64
import datetime as dt
import hmac
import secrets
from dataclasses import dataclass
from functools import cache
from typing import Final, NoReturn

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from verifier.store.audit import record
from verifier.store.boxes import new_box
from verifier.store.kdf import scrypt
from verifier.store.tables import ROLES, Officer

MAX_FAILURES: Final = 5
LOCKOUT: Final = dt.timedelta(minutes=15)
MIN_PASSWORD: Final = 10
_N, _R, _P = 2**14, 8, 1


class AccountError(ValueError):
    """Sign-in refused or an account cannot be made: the reason in plain words."""


@dataclass(frozen=True, slots=True)
class SignedIn:
    id: int
    username: str
    display_name: str
    role: str
    must_change_password: bool = False  # after an administrator's reset


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    key = scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(key).decode()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        got = scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def first_run(session: Session) -> bool:
    """True while the workstation has no administrator (the first start creates one)."""
    count = session.scalar(select(func.count()).select_from(Officer).where(Officer.role == "admin"))
    return not count


def create_officer(
    session: Session,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    *,
    by: int | None = None,
    now: dt.datetime | None = None,
) -> Officer:
    username = username.strip()
    if not username or len(username) > 64 or not username.isprintable():
        raise AccountError("A user name is 1 to 64 printable characters.")
    if role not in ROLES:
        raise AccountError(f"The role must be one of {', '.join(ROLES)}.")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"A password has at least {MIN_PASSWORD} characters.")
    if role != "admin" and first_run(session):
        raise AccountError("The first account of a workstation is its administrator (role admin).")
    if session.scalar(select(Officer).where(Officer.username == username)) is not None:
        raise AccountError(f"There is already an account named {username!r}.")
    box_public, box_private = new_box(password)
    officer = Officer(
        username=username,
        display_name=display_name or username,
        role=role,
        password_hash=hash_password(password),
        failed_attempts=0,
        active=True,
        created_at=now or _utcnow(),
        box_public=box_public,
        box_private=box_private,
    )
    session.add(officer)
    session.flush()
    record(session, "officer_created", by, {"officer": officer.id, "role": role}, now=now)
    return officer


def sign_in(
    session: Session, username: str, password: str, *, now: dt.datetime | None = None
) -> SignedIn:
    """The account if the password is right; AccountError (and an audit entry) otherwise."""
    now = now or _utcnow()
    officer = session.scalar(select(Officer).where(Officer.username == username.strip()))
    if officer is None or not officer.active:
        password_matches(password, _dummy_hash())  # the same time as a real account's check
        record(session, "sign_in_failed", None, {"reason": "unknown account"}, now=now)
        _refuse(session, "The user name or the password is wrong.")
    assert officer is not None
    if officer.locked_until is not None and officer.locked_until > now:
        minutes = max(1, round((officer.locked_until - now).total_seconds() / 60))
        record(session, "sign_in_refused", officer.id, {"reason": "locked"}, now=now)
        _refuse(
            session,
            f"This account is locked after {MAX_FAILURES} wrong passwords; try again in "
            f"{minutes} minute(s) or ask an administrator.",
        )
    if not password_matches(password, officer.password_hash):
        officer.failed_attempts += 1
        detail: dict[str, object] = {"attempt": officer.failed_attempts}
        if officer.failed_attempts >= MAX_FAILURES:
            officer.locked_until = now + LOCKOUT
            officer.failed_attempts = 0
            detail["locked_until"] = officer.locked_until.isoformat()
        record(session, "sign_in_failed", officer.id, detail, now=now)
        _refuse(session, "The user name or the password is wrong.")
    officer.failed_attempts = 0
    officer.locked_until = None
    record(session, "sign_in", officer.id, {}, now=now)
    return SignedIn(officer.id, officer.username, officer.display_name, officer.role,
                    officer.must_change_password)  # fmt: skip


# -- administration of accounts (an administrator; every change audited) ----------------------
def administered(session: Session, officer_id: int, by: SignedIn | None) -> Officer:
    """The account an administrator acts on; AccountError for anyone else or no such account."""
    if by is None or by.role != "admin":
        raise AccountError("Only an administrator manages accounts.")
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise AccountError(f"There is no account {officer_id}.")
    return officer


def _other_admins(session: Session, officer: Officer) -> int:
    query = select(func.count()).select_from(Officer).where(
        Officer.role == "admin", Officer.active.is_(True), Officer.id != officer.id
    )  # fmt: skip
    return int(session.scalar(query) or 0)


def set_active(session: Session, officer_id: int, active: bool, *, by: SignedIn | None) -> Officer:
    """Disable an account (it can no longer sign in; its reports stay) or enable it again."""
    officer = administered(session, officer_id, by)
    assert by is not None
    if not active and officer.id == by.id:
        raise AccountError("You cannot disable your own account.")
    if not active and officer.role == "admin" and not _other_admins(session, officer):
        raise AccountError("The last administrator's account cannot be disabled.")
    officer.active = active
    record(session, "officer_enabled" if active else "officer_disabled", by.id,
           {"officer": officer.id})  # fmt: skip
    return officer


def set_role(session: Session, officer_id: int, role: str, *, by: SignedIn | None) -> Officer:
    officer = administered(session, officer_id, by)
    assert by is not None
    if role not in ROLES:
        raise AccountError(f"The role must be one of {', '.join(ROLES)}.")
    if officer.role == "admin" and role != "admin" and not _other_admins(session, officer):
        raise AccountError("The workstation keeps at least one administrator.")
    before, officer.role = officer.role, role
    record(session, "officer_role_changed", by.id,
           {"officer": officer.id, "from": before, "to": role})  # fmt: skip
    return officer


def unlock(session: Session, officer_id: int, *, by: SignedIn | None) -> Officer:
    """End a lockout after too many wrong passwords."""
    officer = administered(session, officer_id, by)
    assert by is not None
    officer.locked_until, officer.failed_attempts = None, 0
    record(session, "officer_unlocked", by.id, {"officer": officer.id})
    return officer


def status(officer: Officer, now: dt.datetime | None = None) -> str:
    """``active``, ``disabled``, ``locked`` or ``must_change_password``."""
    if not officer.active:
        return "disabled"
    if officer.locked_until is not None and officer.locked_until > (now or _utcnow()):
        return "locked"
    if officer.must_change_password:
        return "must_change_password"
    return "active"


def _refuse(session: Session, message: str) -> NoReturn:
    """Refuse a sign-in, keeping what was recorded: the failed attempt, the lockout and their
    audit entries are committed before the refusal unwinds the caller's unit of work."""
    session.commit()
    raise AccountError(message)


@cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_hex(16))


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)

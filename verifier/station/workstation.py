"""One object that opens this workstation's store, signing key, image files and report book."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import platform
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from verifier.inspection.result import InspectionResult
from verifier.library.package import library_fingerprint
from verifier.model_files import MODELS
from verifier.reports.book import Context, ReportBook
from verifier.reports.custody import record_content, unwrap, wrap
from verifier.reports.enrolment import EnrolmentError, enrol
from verifier.reports.signing import (
    SigningKeyError,
    WorkstationKey,
    canonical,
    key_state,
    new_secret,
    record_holds,
)
from verifier.reports.verify import checkpoint_document
from verifier.settings import Settings, make_private
from verifier.store import officers
from verifier.store.audit import record
from verifier.store.boxes import CustodyError, new_box, open_box, seal_box
from verifier.store.db import Database
from verifier.store.images import ImageStore
from verifier.store.officers import AccountError, SignedIn
from verifier.store.settings import get_setting
from verifier.store.tables import Officer, ReportImage


@dataclass
class Workstation:
    settings: Settings
    db: Database
    key: WorkstationKey | None  # unlocked while an officer is signed in
    book: ReportBook
    _secret: bytes | None = field(default=None, repr=False)

    @classmethod
    def open(cls, settings: Settings) -> Workstation:
        """Opens (and on first run creates) the database and the image folder; the signing
        key stays locked until an officer signs in. Raises StoreError with what to do."""
        with contextlib.suppress(OSError):  # read-only: the store says what that means
            make_private(settings.data_dir)  # 0700, and anything an older version left open
        db = Database(settings.database_path)
        images = ImageStore(settings.images_dir)
        book = ReportBook(db, None, images, settings.keys_dir, settings.enrolment_path)
        station = cls(settings, db, None, book)
        station.tidy()
        return station

    def tidy(self, *, older_than: dt.timedelta = dt.timedelta(hours=1)) -> int:
        """Remove what killed processes left behind: half-written files (``.tmp-*``,
        ``.head-*``, ``.incoming-*``) and image files no report names, once they are older than
        any write in progress could be. Returns how many were removed."""
        cutoff = dt.datetime.now().timestamp() - older_than.total_seconds()
        removed = 0
        data = self.settings.data_dir
        try:
            for path in data.rglob(".*"):
                stale = path.name.startswith((".tmp-", ".head-", ".incoming-"))
                if stale and path.is_file() and path.stat().st_mtime < cutoff:
                    path.unlink(missing_ok=True)
                    removed += 1
            with self.db.session() as s:
                named = set(s.scalars(select(ReportImage.sha256)))
            for path in self.settings.images_dir.glob("*/*"):
                if path.is_file() and path.name not in named and path.stat().st_mtime < cutoff:
                    path.unlink(missing_ok=True)
                    removed += 1
        except OSError:
            return removed  # read-only or vanishing files: nothing to tidy now
        return removed

    # -- custody of the signing key -----------------------------------------------------------
    def sign_in(self, username: str, password: str, *, now: dt.datetime | None = None) -> SignedIn:
        """Sign an officer in and unlock the signing key with the password. AccountError when
        refused (every attempt audited); SigningKeyError when the key cannot be unlocked."""
        with self.db.session() as s:
            signed = officers.sign_in(s, username, password, now=now)
            row = s.get(Officer, signed.id)
            assert row is not None
            self._unlock(s, row, password)
        if self.key is not None:
            self.book.write_head()  # the head now covers the sign-in's audit entry
        return signed

    def _unlock(self, s: Session, row: Officer, password: str) -> None:
        folder = self.settings.keys_dir
        state = key_state(folder)
        if row.box_public is None:  # an account of an earlier version: give it a box now
            row.box_public, row.box_private = new_box(password)
        if state == "missing":  # the first sign-in of this workstation makes its key
            secret = new_secret()
            key = WorkstationKey.create(folder, secret)
            record(s, "signing_key_created", row.id, {"key": key.fingerprint})
            self._enrol(s, key, row.id)
            self._grant(s, key, secret, everyone=True)
        elif state == "plain":  # a key of an earlier version: encrypt it now
            key = WorkstationKey.unlock(folder, None)
            secret = new_secret()
            key.save(secret, replace=True)
            record(s, "signing_key_protected", row.id, {"key": key.fingerprint})
            self._enrol(s, key, row.id)
            self._grant(s, key, secret, everyone=True)
        elif row.wrapped_secret is None or row.box_private is None:
            self.key = None  # signed in, but this account was never given the key
            return
        else:
            try:
                secret = unwrap(row.wrapped_secret, open_box(row.box_private, password))
            except CustodyError as exc:
                raise SigningKeyError(
                    "Your account's copy of the signing key cannot be opened: ask an "
                    "administrator to reset your password."
                ) from exc
            key = WorkstationKey.unlock(folder, secret)
            self._grant(s, key, secret, everyone=False)
        self.key = key
        self.book.key = key
        self._secret = secret

    def _grant(self, s: Session, key: WorkstationKey, secret: bytes, *, everyone: bool) -> None:
        """Wrap the secret to officers who lack it. ``everyone``: when the key is new, every
        existing account is signed first (they were made before the key existed); otherwise
        only accounts whose signed record holds (made by a signed-in administrator)."""
        for officer in s.scalars(select(Officer).where(Officer.box_public.is_not(None))):
            content = record_content(officer)
            if everyone:
                officer.record_signature = key.sign(canonical(content))
            elif officer.record_signature is None or not record_holds(
                key.public, officer.record_signature, content
            ):
                continue  # written into the database by hand, or changed since: no key for it
            if officer.wrapped_secret is None and officer.box_public is not None:
                officer.wrapped_secret = wrap(secret, officer.box_public)

    def _enrol(self, s: Session, key: WorkstationKey, officer_id: int) -> None:
        """Enrol the new key where the data dir cannot change it, when this process may write
        there (a portable installation); otherwise `verifier enrol` does it, run as the
        computer's administrator, and `verifier doctor` reminds."""
        name = get_setting(s, "workstation_name") or platform.node()
        try:
            enrolment = enrol(self.settings.enrolment_path, key.public, name)
        except EnrolmentError as exc:
            record(s, "enrolment_pending", officer_id, {"reason": str(exc)[:200]})
            return
        record(s, "enrolled", officer_id, {"key": enrolment.fingerprint})

    def add_officer(
        self,
        username: str,
        password: str,
        role: str,
        display_name: str = "",
        *,
        by: SignedIn | None,
    ) -> int:
        """Create an account and give it the signing key (the administrator's session holds
        it). AccountError when refused."""
        if by is None or by.role != "admin":
            raise AccountError("Only an administrator creates accounts.")
        with self.db.session() as s:
            officer = officers.create_officer(s, username, password, role, display_name, by=by.id)
            if self.key is not None and self._secret is not None:
                officer.record_signature = self.key.sign(canonical(record_content(officer)))
                assert officer.box_public is not None
                officer.wrapped_secret = wrap(self._secret, officer.box_public)
            return officer.id

    # -- what screens and commands need of the store (no SQL in the views) --------------------
    def audit(self, action: str, officer_id: int | None, detail: Mapping[str, Any]) -> None:
        """One entry in the audit log (hash-chained), in its own unit of work."""
        with self.db.session() as s:
            record(s, action, officer_id, dict(detail))

    def accounts(self) -> list[Account]:
        """Every account, by user name, with its state (active, disabled, locked, ...)."""
        with self.db.session() as s:
            return [
                Account(o.id, o.username, o.display_name or o.username, o.role, officers.status(o))
                for o in s.scalars(select(Officer).order_by(Officer.username))
            ]

    def first_run(self) -> bool:
        """No administrator yet: the application's first start creates one."""
        with self.db.session() as s:
            return officers.first_run(s)

    def create_administrator(self, username: str, password: str, display_name: str) -> None:
        """The first account, on the first start (refused once an administrator exists)."""
        with self.db.session() as s:
            if not officers.first_run(s):
                raise AccountError("This workstation already has an administrator.")
            officers.create_officer(s, username, password, "admin", display_name)

    # -- administration of accounts --------------------------------------------------------
    def _resign(self, officer: Officer) -> None:
        """The workstation vouches again for an account it changed (role, activity, box)."""
        if self.key is None:
            raise SigningKeyError(
                "The signing key is locked: sign in again as an administrator to manage accounts."
            )
        officer.record_signature = self.key.sign(canonical(record_content(officer)))

    def set_active(self, officer_id: int, active: bool, *, by: SignedIn | None) -> None:
        with self.db.session() as s:
            self._resign(officers.set_active(s, officer_id, active, by=by))

    def set_role(self, officer_id: int, role: str, *, by: SignedIn | None) -> None:
        with self.db.session() as s:
            self._resign(officers.set_role(s, officer_id, role, by=by))

    def unlock_account(self, officer_id: int, *, by: SignedIn | None) -> None:
        with self.db.session() as s:
            officers.unlock(s, officer_id, by=by)

    def reset_password(self, officer_id: int, temporary: str, *, by: SignedIn | None) -> None:
        """A temporary password set by an administrator (a forgotten password): the account
        gets a new key box holding the signing key, is unlocked, and its owner chooses a new
        password at the next sign-in."""
        if len(temporary) < officers.MIN_PASSWORD:
            raise AccountError(f"A password has at least {officers.MIN_PASSWORD} characters.")
        with self.db.session() as s:
            officer = officers.administered(s, officer_id, by)
            assert by is not None
            if self._secret is None:
                raise SigningKeyError(
                    "The signing key is locked: sign in again as an administrator."
                )
            officer.password_hash = officers.hash_password(temporary)
            officer.box_public, officer.box_private = new_box(temporary)
            officer.wrapped_secret = wrap(self._secret, officer.box_public)
            officer.must_change_password = True
            officer.locked_until, officer.failed_attempts = None, 0
            self._resign(officer)
            record(s, "officer_password_reset", by.id, {"officer": officer.id})

    def change_password(self, signed: SignedIn, current: str, new: str) -> SignedIn:
        """The officer's own new password (required after a reset). The key box keeps its key,
        sealed with the new password, so the signing key opens as before."""
        if len(new) < officers.MIN_PASSWORD:
            raise AccountError(f"A password has at least {officers.MIN_PASSWORD} characters.")
        if new == current:
            raise AccountError("Choose a password other than the current one.")
        with self.db.session() as s:
            officer = s.get(Officer, signed.id)
            if officer is None or not officers.password_matches(current, officer.password_hash):
                raise AccountError("The current password is wrong.")
            if officer.box_private is not None:
                private = open_box(officer.box_private, current)
                public, officer.box_private = seal_box(private, new)
                assert public == officer.box_public
            officer.password_hash = officers.hash_password(new)
            officer.must_change_password = False
            record(s, "password_changed", officer.id, {})
            return SignedIn(officer.id, officer.username, officer.display_name, officer.role)

    def rotate_key(self, by: SignedIn) -> str:
        """Replace the signing key (an administrator; e.g. a suspected copy of the old one).
        The change is a chain entry signed by the old key; the new key is stored under the same
        unlock secret, so every account keeps opening it. Returns the new fingerprint."""
        if by.role != "admin":
            raise AccountError("Only an administrator changes the signing key.")
        old, secret = self.book.signer, self._secret
        assert secret is not None
        new = WorkstationKey(Ed25519PrivateKey.generate(), old.folder)
        self.book.add_rotation(new, by.id)
        new.save(secret, replace=True)
        self.key = new
        with self.db.session() as s:  # the accounts the old key vouched for, now by the new
            for officer in s.scalars(select(Officer).where(Officer.record_signature.is_not(None))):
                content = record_content(officer)
                if record_holds(old.public, officer.record_signature or "", content):
                    officer.record_signature = new.sign(canonical(content))
        return new.fingerprint

    def checkpoint(self, out: Path | None = None) -> Path:
        """Write a signed checkpoint of where the chain and the audit log stand into the data
        dir's checkpoints/ (and ``out``): kept elsewhere, it shows later whether history was
        rewritten or cut, even by someone holding the key."""
        at = dt.datetime.now(dt.UTC).replace(microsecond=0)
        document = checkpoint_document(self.book, at.isoformat())
        data = json.dumps(document, indent=1) + "\n"
        folder = self.settings.checkpoints_dir
        folder.mkdir(parents=True, exist_ok=True)
        seq = document["checkpoint"]["seq"]
        path = folder / f"checkpoint-{seq:08d}-{at:%Y%m%dT%H%M%SZ}.json"
        path.write_text(data, encoding="utf-8")
        if out is not None:
            out.write_text(data, encoding="utf-8")
        with self.db.session() as s:
            record(s, "checkpoint", None, {"seq": seq, "file": path.name})
        return out or path

    def lock(self) -> None:
        """Forget the unlocked key (sign-out, application end)."""
        if self.key is not None:
            self.book.write_head()
        self.key = None
        self.book.key = None
        self._secret = None

    def context(
        self,
        officer_id: int | None = None,
        officer_username: str | None = None,
        *,
        library: dict[str, str] | None = None,
        models: dict[str, str] | None = None,
    ) -> Context:
        with self.db.session() as s:
            name = get_setting(s, "workstation_name") or platform.node()
            poe = get_setting(s, "point_of_entry")
            officer = s.get(Officer, officer_id) if officer_id is not None else None
        return Context(
            officer_id=officer_id,
            officer_username=officer_username,
            officer_name=officer.display_name if officer is not None else None,
            workstation=name,
            point_of_entry=poe,
            library=library or {},
            models=models or {},
        )

    def inspection_context(
        self,
        library: Path,
        officer_id: int | None = None,
        officer_username: str | None = None,
    ) -> Context:
        """Who and where, plus what the inspection ran with: the library and every model."""
        return self.context(
            officer_id,
            officer_username,
            library={"fingerprint": library_fingerprint(library), "label": library.name},
            models={m.name: m.sha256 for m in MODELS.values()},
        )

    def close(self) -> None:
        self.lock()
        self.db.close()


@dataclass(frozen=True, slots=True)
class Account:
    id: int
    username: str
    name: str  # the full name (the user name when none was given)
    role: str
    state: str  # active | disabled | locked | must_change_password


def report_images(captures: Mapping[str, Path], result: InspectionResult) -> dict[str, bytes]:
    """The files a report keeps: each capture as taken, each light aligned to the template
    (JPEG), on which the printed report outlines the failed features, and the chip's portrait."""
    import cv2

    from verifier.imaging.loading import check_image

    images = {role: check_image(path) for role, path in captures.items()}
    for light, array in result.aligned.items():
        ok, jpeg = cv2.imencode(
            ".jpg", cv2.cvtColor(array, cv2.COLOR_RGB2BGR), (cv2.IMWRITE_JPEG_QUALITY, 88)
        )
        if ok:
            images[f"{light}_aligned"] = jpeg.tobytes()
    if result.chip_portrait is not None:  # DG2, as the chip gave it: decoded, kept as JPEG
        ok, jpeg = cv2.imencode(
            ".jpg",
            cv2.cvtColor(result.chip_portrait, cv2.COLOR_RGB2BGR),
            (cv2.IMWRITE_JPEG_QUALITY, 92),
        )
        if ok:
            images["chip_portrait"] = jpeg.tobytes()
    return images

"""The tables of the inspection store (SQLAlchemy 2 typed models).

Portable by design: generic types only (``JSON``, ``DateTime``, ``String``), no SQLite
pragmas or functions here, so the same models run on PostgreSQL. Times are UTC, stored naive.
The schema is created and changed only by the Alembic migrations in ``migrations/``; a test
proves that the migrations and these models describe the same schema.

Personal data lives in ``reports.body`` (the signed JSON), ``reports.document_number`` and
``reports.holder_name`` (search columns) and the image files; retention purges exactly those.
The other report columns are the non-personal statistics that stay.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ROLES = ("officer", "trainer", "admin")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        list[str]: JSON,
        dt.datetime: DateTime(),
    }


class Officer(Base):
    """A local account. Passwords are scrypt hashes (``verifier.store.officers``)."""

    __tablename__ = "officers"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime]
    # set by an administrator's password reset: the officer chooses a new one at sign-in
    must_change_password: Mapped[bool] = mapped_column(default=False)
    # key custody (verifier.reports.custody): the officer's X25519 key, its private half
    # encrypted with the password; the workstation's unlock secret wrapped to that key; and
    # the workstation's signature over the record, without which no secret is wrapped to it
    box_public: Mapped[str | None] = mapped_column(String(64))
    box_private: Mapped[str | None] = mapped_column(Text)
    wrapped_secret: Mapped[str | None] = mapped_column(Text)
    record_signature: Mapped[str | None] = mapped_column(String(128))


class Report(Base):
    """One signed inspection report, at position ``seq`` of the workstation's chain."""

    __tablename__ = "reports"
    __table_args__ = (
        Index("ix_reports_created_at", "created_at"),
        Index("ix_reports_verdict_created_at", "verdict", "created_at"),
        Index("ix_reports_document_number", "document_number"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    # "report"; "key_rotation": a new signing key, signed by the key before it; "addendum": a
    # signed correction of the report at position ``amends``
    kind: Mapped[str] = mapped_column(String(16), default="report", server_default="report")
    amends: Mapped[int | None] = mapped_column(index=True)
    report_id: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[dt.datetime]
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    # non-personal statistics: kept when the report is purged
    point_of_entry: Mapped[str] = mapped_column(String(64), default="")
    issuing_state: Mapped[str | None] = mapped_column(String(3))
    document_code: Mapped[str | None] = mapped_column(String(2))
    template_id: Mapped[str | None] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(16))
    decision: Mapped[str | None] = mapped_column(String(32))
    failed_checks: Mapped[list[str]] = mapped_column(default=list)
    # personal data: emptied by the retention purge
    document_number: Mapped[str | None] = mapped_column(String(32))
    holder_name: Mapped[str | None] = mapped_column(String(128))
    # the signed record: canonical JSON, its hash, the previous report's hash, the signature
    body: Mapped[str] = mapped_column(Text)
    report_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))
    key_fingerprint: Mapped[str] = mapped_column(String(64))
    purged_at: Mapped[dt.datetime | None]

    images: Mapped[list[ReportImage]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="ReportImage.role"
    )


class ReportImage(Base):
    """An image of a report: a file named by its sha256 under the data dir (never a blob)."""

    __tablename__ = "report_images"

    report_seq: Mapped[int] = mapped_column(ForeignKey("reports.seq"), primary_key=True)
    role: Mapped[str] = mapped_column(String(32), primary_key=True)  # visible, uv, ir, bearer...
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    media_type: Mapped[str] = mapped_column(String(32))

    report: Mapped[Report] = relationship(back_populates="images")


class AuditEvent(Base):
    """Who did what and when: sign-ins, reports, exports, purges, setting changes.
    ``detail`` never holds personal data of travellers."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    action: Mapped[str] = mapped_column(String(32), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # a hash chain: each entry's hash covers its content and the entry before it; the signed
    # chain head names the newest, so editing or deleting an entry is detected
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))


class LibraryVersion(Base):
    """A reference library this workstation inspected with (reports name it by fingerprint)."""

    __tablename__ = "library_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(128))
    first_used_at: Mapped[dt.datetime]


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column()
    updated_at: Mapped[dt.datetime]
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))


class TrainingSample(Base):
    """A sample document for training, with its answer key. Kept apart from reports."""

    __tablename__ = "training_samples"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    folder: Mapped[str] = mapped_column(String(512))  # visible/uv/ir/bearer images
    source: Mapped[str] = mapped_column(String(16))  # bundled | trainer
    verdict: Mapped[str] = mapped_column(String(16))  # the answer: anomalies | no_anomalies
    anomalies: Mapped[list[str]] = mapped_column(default=list)  # check ids a forgery fails
    description: Mapped[str] = mapped_column(Text, default="")


class TrainingSession(Base):
    """A test or practice built by a trainer: samples in order, time limit, verdict hidden."""

    __tablename__ = "training_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    course: Mapped[str] = mapped_column(String(128), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # pre | post | practice
    sample_ids: Mapped[list[str]] = mapped_column(default=list)  # as strings, in order
    time_limit_s: Mapped[int | None]
    hide_verdict: Mapped[bool] = mapped_column(default=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    created_at: Mapped[dt.datetime]


class TrainingAttempt(Base):
    __tablename__ = "training_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id"), index=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    started_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime | None]
    # finished | timed_out (both scored) | abandoned (left mid-test: recorded, not scored);
    # None while it runs
    outcome: Mapped[str | None] = mapped_column(String(16))


class TrainingGrant(Base):
    """Another attempt at a test, granted by a trainer (one attempt per test otherwise)."""

    __tablename__ = "training_grants"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id"), index=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    granted_by: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    granted_at: Mapped[dt.datetime]
    reason: Mapped[str] = mapped_column(Text)


class TrainingAnswer(Base):
    __tablename__ = "training_answers"

    attempt_id: Mapped[int] = mapped_column(ForeignKey("training_attempts.id"), primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("training_samples.id"), primary_key=True)
    verdict: Mapped[str] = mapped_column(String(16))
    anomalies: Mapped[list[str]] = mapped_column(default=list)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)

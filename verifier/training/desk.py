"""What the training screens ask of the store, in one place: each call is its own unit of work
and returns plain rows or results, so the views hold no SQL (docs/architecture.md)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from verifier.store.db import Database
from verifier.store.tables import TrainingAnswer, TrainingSample, TrainingSession
from verifier.training import course


class TrainingDesk:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add_bundled_samples(self, folder: Path) -> None:
        with self.db.session() as s:
            course.add_bundled_samples(s, folder)

    def sessions(self) -> list[TrainingSession]:
        with self.db.session() as s:
            return list(s.scalars(select(TrainingSession).order_by(TrainingSession.id)))

    def samples(self) -> list[TrainingSample]:
        with self.db.session() as s:
            return list(s.scalars(select(TrainingSample).order_by(TrainingSample.name)))

    def create_session(self, **fields: Any) -> None:
        with self.db.session() as s:
            course.create_session(s, **fields)

    def grant(self, session_id: int, trainee_id: int, *, by: int | None, reason: str) -> None:
        with self.db.session() as s:
            course.grant_attempt(s, session_id, trainee_id, by=by, reason=reason)

    def add_trainer_sample(self, folder: Path, store: Path, trainer_id: int | None) -> str:
        with self.db.session() as s:
            return course.add_trainer_sample(s, folder, store, trainer_id).name

    def start(
        self, session_id: int, trainee_id: int
    ) -> tuple[TrainingSession, list[TrainingSample], int]:
        """The session, its samples in order, and the new attempt (TrainingError if refused)."""
        with self.db.session() as s:
            session = s.get(TrainingSession, session_id)
            if session is None:
                raise course.TrainingError(f"there is no session {session_id}")
            samples = course.samples_of(s, session)
            return session, samples, course.start_attempt(s, session_id, trainee_id).id

    def answer(
        self, attempt_id: int, sample_id: int, *, verdict: str, anomalies: Sequence[str],
        seconds: float,
    ) -> None:  # fmt: skip
        with self.db.session() as s:
            course.answer(s, attempt_id, sample_id, verdict=verdict, anomalies=anomalies,
                          seconds=seconds)  # fmt: skip

    def finish(
        self, attempt_id: int, outcome: str
    ) -> tuple[course.Score, dict[int, TrainingAnswer]]:
        """End the attempt; its score and the answers given, by sample."""
        with self.db.session() as s:
            course.finish(s, attempt_id, outcome)
            score = course.score(s, attempt_id)
            given = {
                a.sample_id: a
                for a in s.scalars(
                    select(TrainingAnswer).where(TrainingAnswer.attempt_id == attempt_id)
                )
            }
            return score, given

    def courses(self) -> list[str]:
        with self.db.session() as s:
            return [entry["course"] for entry in course.courses(s)]

    def results(
        self, name: str
    ) -> tuple[course.CourseReport, tuple[list[course.Rate], list[course.Rate]]]:
        with self.db.session() as s:
            return course.course_report(s, name), course.course_breakdown(s, name)

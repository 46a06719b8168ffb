"""Running the inspection's stages: each timed, and one that raises becomes a typed failure.

A stage that raises must not lose the inspection: its checks become ``error`` (so the verdict
is never "no anomalies" after a failed stage) and the other stages still run. The failure keeps
the exception's type only — an exception's message may quote what was read from the document.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import TypeVar

from verifier.inspection.result import StageFailure

T = TypeVar("T")


@dataclass(slots=True)
class Stages:
    """One inspection's stage runs: their times in milliseconds and their failures."""

    timings: dict[str, float] = field(default_factory=dict)
    failures: list[StageFailure] = field(default_factory=list)

    def run(self, stage: str, work: Callable[[], T]) -> T | StageFailure:
        start = time.perf_counter()
        try:
            return work()
        except Exception as error:  # any bug or bad input in a stage; KeyboardInterrupt passes
            failure = StageFailure(stage, type(error).__name__)
            self.failures.append(failure)
            return failure
        finally:
            # a stage run in parts (decoded early, judged late) counts all of them
            elapsed = (time.perf_counter() - start) * 1000
            self.timings[stage] = self.timings.get(stage, 0.0) + elapsed

    def later(self, pool: Executor, stage: str, work: Callable[[], T]) -> Future[T | StageFailure]:
        """The stage run on ``pool`` beside the caller (for work that nothing after it needs
        and that mostly waits on a process or C code: OCR, bar codes)."""
        return pool.submit(self.run, stage, work)

    def failed(self, stage: str) -> bool:
        return any(f.stage == stage for f in self.failures)

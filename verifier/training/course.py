"""Training and mentoring: sample sets with answer keys, sessions, attempts, scores, and the
course report with the programme's indicator.

Scoring (docs/training.md): for each sample a trainee earns 1 point for the right verdict
(``anomalies`` or ``no_anomalies``) and 1 point for each anomaly of the answer key they marked,
and loses 1 point for each check they marked that the key does not list (a false alarm), never
below 0 for a sample. The test score is points / (samples + anomalies in the key), in %. A
trainee *improved* when the post-test score is above the pre-test score; the course indicator
is the share of trainees with both tests who improved (target of the programme: 75 %).

Training data lives in its own tables: it never enters reports, fraud statistics or exports.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from verifier.serial import Serial, as_data, key
from verifier.store.audit import record
from verifier.store.tables import (
    Officer,
    TrainingAnswer,
    TrainingAttempt,
    TrainingGrant,
    TrainingSample,
    TrainingSession,
)

KINDS: Final = ("pre", "post", "practice")
TESTS: Final = ("pre", "post")  # what the programme's indicator is measured on: exam rules
VERDICTS: Final = ("anomalies", "no_anomalies")
LIGHTS: Final = ("visible", "uv", "ir", "bearer")
CHECKS: Final = (  # what a trainee may mark as anomalous: the stable check ids
    "template.identified", "mrz.check_digits", "mrz.format", "mrz.dates", "doc.expired",
    "viz.mrz_consistency", "barcode.signature", "visible.features", "uv.dull_paper",
    "uv.features", "ir.mrz_b900", "ir.features", "face.match",
)  # fmt: skip
# what the eye cannot judge: a seal's signature is a computation. In tests it is neither marked
# nor scored; practice sessions show the machine's reading of it instead.
MACHINE_ONLY: Final = frozenset({"barcode.signature"})
ENDINGS: Final = ("finished", "timed_out", "abandoned")


class TrainingError(ValueError):
    """A sample, session or answer is refused: the reason in plain words."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


# -- samples ----------------------------------------------------------------------------------
def add_bundled_samples(s: Session, folder: Path) -> list[TrainingSample]:
    """The bundled sample documents, each with its ground truth (truth.json) as answer key."""
    added = []
    for sample in sorted(p for p in folder.iterdir() if (p / "truth.json").is_file()):
        truth = json.loads((sample / "truth.json").read_text(encoding="utf-8"))
        known = s.scalars(select(TrainingSample).where(TrainingSample.name == sample.name)).first()
        if known is not None:
            if known.source == "bundled" and known.folder != str(sample):
                known.folder = str(sample)  # the installation moved (an update, a new path)
            continue
        failures = list(truth.get("expected_failures") or [])
        row = TrainingSample(
            name=sample.name,
            folder=str(sample),
            source="bundled",
            verdict="anomalies" if failures else "no_anomalies",
            anomalies=failures,
            description=str(truth.get("description", "")),
        )
        s.add(row)
        added.append(row)
    s.flush()
    return added


def add_trainer_sample(
    s: Session, source: Path, store: Path, trainer_id: int | None
) -> TrainingSample:
    """A trainer's own sample: a folder with visible.png (uv, ir, bearer optional) and
    ``answer.json`` {"verdict": "anomalies" | "no_anomalies", "anomalies": [check ids],
    "description": "..."}; copied into the data dir so the training does not depend on it."""
    key_file = source / "answer.json"
    if not (source / "visible.png").is_file() and not (source / "visible.jpg").is_file():
        raise TrainingError(f"{source.name}: a sample needs a visible.png or visible.jpg")
    try:
        key = json.loads(key_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TrainingError(f"{source.name}: answer.json is missing or not JSON ({exc})") from exc
    verdict, anomalies = key.get("verdict"), key.get("anomalies", [])
    if verdict not in VERDICTS:
        raise TrainingError(f"{source.name}: answer.json verdict must be one of {VERDICTS}")
    if not isinstance(anomalies, list) or not all(isinstance(a, str) for a in anomalies):
        raise TrainingError(f"{source.name}: answer.json anomalies must be a list of check ids")
    if (verdict == "no_anomalies") == bool(anomalies):
        raise TrainingError(f"{source.name}: a sample with anomalies lists them, and only then")
    name = f"trainer-{source.name}"
    if s.scalars(select(TrainingSample).where(TrainingSample.name == name)).first():
        raise TrainingError(f"there is already a sample named {name!r}")
    target = store / name
    shutil.copytree(source, target, dirs_exist_ok=False)
    row = TrainingSample(
        name=name,
        folder=str(target),
        source="trainer",
        verdict=verdict,
        anomalies=sorted(anomalies),
        description=str(key.get("description", "")),
    )
    s.add(row)
    s.flush()
    record(s, "training_sample_added", trainer_id, {"sample": row.id})
    return row


def template_of(sample: TrainingSample) -> str | None:
    """The library template of the sample's design, from its truth.json or answer.json (None
    when it does not say): what the trainee's reference images show."""
    for name in ("truth.json", "answer.json"):
        path = Path(sample.folder) / name
        try:
            value = json.loads(path.read_text(encoding="utf-8")).get("template")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(value, str) and value.replace("-", "").isalnum():
            return value
    return None


def captures(sample: TrainingSample) -> dict[str, Path]:
    folder = Path(sample.folder)
    out = {}
    for light in LIGHTS:
        for suffix in (".png", ".jpg"):
            if (folder / f"{light}{suffix}").is_file():
                out[light] = folder / f"{light}{suffix}"
                break
    return out


# -- sessions and attempts --------------------------------------------------------------------
def create_session(
    s: Session,
    *,
    name: str,
    course: str,
    kind: str,
    sample_ids: Sequence[int],
    trainer_id: int | None,
    time_limit_s: int | None = None,
    hide_verdict: bool = True,
) -> TrainingSession:
    if kind not in KINDS:
        raise TrainingError(f"the kind of a session is one of {', '.join(KINDS)}")
    if not sample_ids:
        raise TrainingError("a session needs at least one sample")
    known = {
        r.id: r for r in s.scalars(select(TrainingSample).where(TrainingSample.id.in_(sample_ids)))
    }
    if missing := [i for i in sample_ids if i not in known]:
        raise TrainingError(f"unknown samples: {missing}")
    if kind in TESTS:
        unfair = [
            known[i].name
            for i in sample_ids
            if known[i].anomalies and set(known[i].anomalies) <= MACHINE_ONLY
        ]
        if unfair:
            raise TrainingError(
                f"{', '.join(unfair)}: only the machine can see what is wrong (a seal's "
                "signature); use it in a practice session, not in a test"
            )
    row = TrainingSession(
        name=name.strip() or f"{course} {kind}",
        course=course.strip(),
        kind=kind,
        sample_ids=[str(i) for i in sample_ids],
        time_limit_s=time_limit_s,
        hide_verdict=hide_verdict,
        created_by=trainer_id,
        created_at=_now(),
    )
    s.add(row)
    s.flush()
    record(s, "training_session_created", trainer_id, {"session": row.id, "kind": kind})
    return row


def samples_of(s: Session, session: TrainingSession) -> list[TrainingSample]:
    rows = {r.id: r for r in s.scalars(select(TrainingSample))}
    return [rows[int(i)] for i in session.sample_ids]


def markable(kind: str) -> tuple[str, ...]:
    """The checks a trainee may mark in a session of this kind."""
    return tuple(c for c in CHECKS if kind not in TESTS or c not in MACHINE_ONLY)


def attempts_left(s: Session, session_id: int, trainee_id: int) -> int | None:
    """How many more times a trainee may take this test (None: a practice session, any)."""
    session = s.get(TrainingSession, session_id)
    if session is None:
        raise TrainingError(f"there is no session {session_id}")
    if session.kind not in TESTS:
        return None
    taken = s.scalar(
        select(func.count()).select_from(TrainingAttempt).where(
            TrainingAttempt.session_id == session_id, TrainingAttempt.trainee_id == trainee_id
        )
    )  # fmt: skip
    granted = s.scalar(
        select(func.count()).select_from(TrainingGrant).where(
            TrainingGrant.session_id == session_id, TrainingGrant.trainee_id == trainee_id
        )
    )  # fmt: skip
    return max(0, 1 + int(granted or 0) - int(taken or 0))


def start_attempt(s: Session, session_id: int, trainee_id: int) -> TrainingAttempt:
    """A new attempt; a test is taken once (every attempt counts, an abandoned one too) unless
    a trainer granted another."""
    if attempts_left(s, session_id, trainee_id) == 0:
        raise TrainingError(
            "You have already taken this test. A trainer can grant another attempt."
        )
    attempt = TrainingAttempt(
        session_id=session_id, trainee_id=trainee_id, started_at=_now(), finished_at=None
    )
    s.add(attempt)
    s.flush()
    record(s, "training_attempt_started", trainee_id, {"attempt": attempt.id,
                                                      "session": session_id})  # fmt: skip
    return attempt


def grant_attempt(
    s: Session, session_id: int, trainee_id: int, *, by: int | None, reason: str
) -> TrainingGrant:
    """Another attempt at a test for one trainee, with the trainer's reason (recorded)."""
    if not reason.strip():
        raise TrainingError("say why another attempt is granted (it is recorded)")
    session = s.get(TrainingSession, session_id)
    if session is None or session.kind not in TESTS:
        raise TrainingError("further attempts are granted for tests only; practice is open")
    if s.get(Officer, trainee_id) is None:
        raise TrainingError(f"there is no account {trainee_id}")
    grant = TrainingGrant(session_id=session_id, trainee_id=trainee_id, granted_by=by,
                          granted_at=_now(), reason=reason.strip()[:1000])  # fmt: skip
    s.add(grant)
    s.flush()
    record(s, "training_attempt_granted", by, {"session": session_id, "trainee": trainee_id})
    return grant


def answer(
    s: Session,
    attempt_id: int,
    sample_id: int,
    *,
    verdict: str,
    anomalies: Sequence[str],
    seconds: float,
) -> None:
    if verdict not in VERDICTS:
        raise TrainingError(f"a verdict is one of {', '.join(VERDICTS)}")
    existing = s.get(TrainingAnswer, (attempt_id, sample_id))
    if existing is not None:
        raise TrainingError("this sample was already answered in this attempt")
    s.add(
        TrainingAnswer(
            attempt_id=attempt_id,
            sample_id=sample_id,
            verdict=verdict,
            anomalies=sorted(set(anomalies)),
            seconds=round(float(seconds), 1),
        )
    )


def finish(s: Session, attempt_id: int, outcome: str = "finished") -> None:
    """End an attempt: ``finished`` (every sample answered or the trainee ended it),
    ``timed_out`` (the time limit ran out: unanswered samples earn nothing), or ``abandoned``
    (left mid-test: recorded, never scored, and it used the attempt)."""
    if outcome not in ENDINGS:
        raise TrainingError(f"an attempt ends as one of {', '.join(ENDINGS)}")
    attempt = s.get(TrainingAttempt, attempt_id)
    if attempt is None:
        raise TrainingError(f"there is no attempt {attempt_id}")
    if attempt.outcome is not None:
        raise TrainingError("this attempt has already ended")
    attempt.finished_at = _now()
    attempt.outcome = outcome
    record(s, f"training_attempt_{outcome}", attempt.trainee_id, {"attempt": attempt_id})


# -- scores ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Score(Serial):
    data_properties = (("score_percent", "percent"),)
    samples: int
    right_verdicts: int
    anomalies_expected: int
    anomalies_found: int
    false_alarms: int
    seconds: float
    points: int = field(metadata=key(skip=True))
    maximum: int = field(metadata=key(skip=True))

    @property
    def percent(self) -> float:
        return round(100 * self.points / self.maximum, 1) if self.maximum else 0.0


def score(s: Session, attempt_id: int) -> Score:
    attempt = s.get(TrainingAttempt, attempt_id)
    if attempt is None:
        raise TrainingError(f"there is no attempt {attempt_id}")
    session = s.get(TrainingSession, attempt.session_id)
    assert session is not None
    answers = {
        a.sample_id: a
        for a in s.scalars(select(TrainingAnswer).where(TrainingAnswer.attempt_id == attempt_id))
    }
    right = found = alarms = expected = points = 0
    seconds = 0.0
    samples = samples_of(s, session)
    judged = set(markable(session.kind))  # a seal's signature is not the trainee's to judge
    for sample in samples:
        key = set(sample.anomalies) & judged
        expected += len(key)
        given = answers.get(sample.id)
        if given is None:
            continue  # unanswered (time ran out): no points
        seconds += given.seconds
        marked = set(given.anomalies) & judged
        verdict_right = given.verdict == sample.verdict
        hits, misses = len(marked & key), len(marked - key)
        right += verdict_right
        found += hits
        alarms += misses
        points += max(0, int(verdict_right) + hits - misses)
    return Score(len(samples), right, expected, found, alarms, round(seconds, 1), points,
                 len(samples) + expected)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TraineeResult(Serial):
    data_properties = ("improved",)
    trainee: str  # the user name
    pre: Score | None
    post: Score | None
    name: str = ""  # the full name, as trainers read results

    @property
    def improved(self) -> bool | None:
        if self.pre is None or self.post is None:
            return None
        return self.post.percent > self.pre.percent

    def as_dict(self) -> dict[str, Any]:
        return as_data(self) | {"name": self.name or self.trainee}


@dataclass(frozen=True, slots=True)
class CourseReport(Serial):
    data_properties = (("improved_percent", "indicator"),)
    course: str
    trainees: tuple[TraineeResult, ...]

    @property
    def indicator(self) -> float | None:
        """Share of trainees (with both tests) whose score increased, in %."""
        both = [t for t in self.trainees if t.improved is not None]
        if not both:
            return None
        return round(100 * sum(bool(t.improved) for t in both) / len(both), 1)


def _latest(
    s: Session, course: str
) -> tuple[dict[int, TrainingSession], dict[tuple[int, str], TrainingAttempt]]:
    """The course's sessions, and each trainee's last scored pre-test and post-test attempt."""
    sessions = {
        x.id: x for x in s.scalars(select(TrainingSession).where(TrainingSession.course == course))
    }
    if not sessions:
        raise TrainingError(f"there is no course {course!r}")
    latest: dict[tuple[int, str], TrainingAttempt] = {}
    for attempt in s.scalars(
        select(TrainingAttempt)
        .where(
            TrainingAttempt.session_id.in_(sessions),
            TrainingAttempt.finished_at.is_not(None),
            or_(TrainingAttempt.outcome.is_(None), TrainingAttempt.outcome != "abandoned"),
        )
        .order_by(TrainingAttempt.finished_at, TrainingAttempt.id)
    ):
        kind = sessions[attempt.session_id].kind
        if kind in ("pre", "post"):
            latest[(attempt.trainee_id, kind)] = attempt
    return sessions, latest


def course_report(s: Session, course: str) -> CourseReport:
    """Per trainee: the last finished pre-test and post-test of the course."""
    _sessions, latest = _latest(s, course)
    names = {o.id: o.username for o in s.scalars(select(Officer))}
    full = {o.id: o.display_name or o.username for o in s.scalars(select(Officer))}
    trainees = sorted({t for t, _ in latest}, key=lambda t: names.get(t, str(t)))
    results = []
    for trainee in trainees:
        pre, post = latest.get((trainee, "pre")), latest.get((trainee, "post"))
        results.append(
            TraineeResult(
                names.get(trainee, str(trainee)),
                score(s, pre.id) if pre else None,
                score(s, post.id) if post else None,
                full.get(trainee, str(trainee)),
            )
        )
    return CourseReport(course, tuple(results))


@dataclass(frozen=True, slots=True)
class Rate:
    """How often something was got right: in the pre-tests and in the post-tests (in %, None
    when nobody was asked), over how many answers."""

    what: str  # a sample's name or a check id
    pre: float | None
    post: float | None
    pre_count: int
    post_count: int


def course_breakdown(s: Session, course: str) -> tuple[list[Rate], list[Rate]]:
    """Where the course made a difference: per sample, the share of right verdicts; per check,
    the share of its anomalies found — pre-tests against post-tests (the same attempts as the
    course report)."""
    sessions, latest = _latest(s, course)
    samples = {r.id: r for r in s.scalars(select(TrainingSample))}
    verdicts: dict[tuple[str, str], list[bool]] = {}
    found: dict[tuple[str, str], list[bool]] = {}
    for (_trainee, kind), attempt in latest.items():
        judged = set(markable(kind))
        answers = {
            a.sample_id: a
            for a in s.scalars(
                select(TrainingAnswer).where(TrainingAnswer.attempt_id == attempt.id)
            )
        }
        for sample_id in map(int, sessions[attempt.session_id].sample_ids):
            sample, given = samples[sample_id], answers.get(sample_id)
            right = given is not None and given.verdict == sample.verdict
            verdicts.setdefault((sample.name, kind), []).append(right)
            for check in set(sample.anomalies) & judged:
                hit = given is not None and check in given.anomalies
                found.setdefault((check, kind), []).append(hit)

    def rates(table: dict[tuple[str, str], list[bool]]) -> list[Rate]:
        out = []
        for what in sorted({w for w, _ in table}):
            pre, post = table.get((what, "pre"), []), table.get((what, "post"), [])
            out.append(Rate(what, _percent(pre), _percent(post), len(pre), len(post)))
        return out

    return rates(verdicts), rates(found)


def _percent(values: list[bool]) -> float | None:
    return round(100 * sum(values) / len(values), 1) if values else None


def purge(s: Session, older_than_days: int, *, now: dt.datetime | None = None) -> int:
    """Training has its own retention (setting ``training_retention_days``): attempts and
    answers older than it are deleted; samples and sessions stay. Returns attempts removed."""
    cutoff = (now or _now()) - dt.timedelta(days=older_than_days)
    old = list(s.scalars(select(TrainingAttempt).where(TrainingAttempt.started_at < cutoff)))
    for attempt in old:
        for given in s.scalars(
            select(TrainingAnswer).where(TrainingAnswer.attempt_id == attempt.id)
        ):
            s.delete(given)
        s.delete(attempt)
    record(s, "training_purge", None, {"attempts": len(old), "older_than_days": older_than_days})
    return len(old)


def session_sheet(s: Session, session_id: int) -> dict[str, Any]:
    """A session as a trainer prints or shares it: settings, samples in order, answer key."""
    session = s.get(TrainingSession, session_id)
    if session is None:
        raise TrainingError(f"there is no session {session_id}")
    return {
        "id": session.id, "name": session.name, "course": session.course, "kind": session.kind,
        "time_limit_s": session.time_limit_s, "hide_verdict": session.hide_verdict,
        "samples": [
            {"position": n, "name": x.name, "description": x.description,
             "answer": {"verdict": x.verdict, "anomalies": list(x.anomalies)}}
            for n, x in enumerate(samples_of(s, session), 1)
        ],
    }  # fmt: skip


def courses(s: Session) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for x in s.scalars(select(TrainingSession).order_by(TrainingSession.id)):
        entry = out.setdefault(x.course, {"course": x.course, "sessions": []})
        entry["sessions"].append(
            {"id": x.id, "name": x.name, "kind": x.kind, "samples": len(x.sample_ids),
             "hide_verdict": x.hide_verdict, "time_limit_s": x.time_limit_s}
        )  # fmt: skip
    return list(out.values())


def _csv_cell(text: str) -> str:
    """A cell that stays one cell and is never read as a formula by a spreadsheet."""
    if text[:1] in ("=", "+", "-", "@"):
        text = "'" + text
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text


def report_csv(report: CourseReport) -> str:
    header = (
        "trainee,name,pre_percent,post_percent,improved,pre_right_verdicts,post_right_verdicts,"
        "pre_anomalies_found,post_anomalies_found,pre_false_alarms,post_false_alarms"
    )
    lines = [header]
    for t in report.trainees:

        def v(x: Score | None, field: str) -> str:
            return "" if x is None else str(getattr(x, field))

        improved = "" if t.improved is None else ("yes" if t.improved else "no")
        lines.append(",".join([
            t.trainee, _csv_cell(t.name or t.trainee),
            v(t.pre, "percent"), v(t.post, "percent"), improved,
            v(t.pre, "right_verdicts"), v(t.post, "right_verdicts"),
            v(t.pre, "anomalies_found"), v(t.post, "anomalies_found"),
            v(t.pre, "false_alarms"), v(t.post, "false_alarms"),
        ]))  # fmt: skip
    lines.append(f"# trainees who improved: {report.indicator} %")
    return "\n".join(lines) + "\n"

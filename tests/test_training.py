"""Training: answer keys, sessions, two trainees' pre- and post-tests scored exactly, the course
indicator, exports, separation from operational data, and its own retention."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from verifier.cli import main as cli
from verifier.reports.stats import export
from verifier.settings import Settings
from verifier.station.workstation import Workstation
from verifier.store.officers import create_officer
from verifier.store.tables import TrainingAttempt, TrainingSample
from verifier.training.course import (
    TrainingError,
    add_bundled_samples,
    add_trainer_sample,
    answer,
    captures,
    course_report,
    create_session,
    finish,
    purge,
    report_csv,
    score,
    start_attempt,
)
from verifier.training.report import course_pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
TEST = ("uto-p-2020-genuine", "forged-office-paper", "forged-mrz-check-digit", "impostor-bearer")
RIGHT = {  # (verdict, anomalies) that earn every point
    "uto-p-2020-genuine": ("no_anomalies", []),
    "forged-office-paper": ("anomalies", ["uv.dull_paper", "uv.features"]),
    "forged-mrz-check-digit": ("anomalies", ["mrz.check_digits"]),
    "impostor-bearer": ("anomalies", ["face.match"]),
}


@pytest.fixture
def station() -> Iterator[Workstation]:
    ws = Workstation.open(Settings.from_env())
    with ws.db.session() as s:
        create_officer(s, "trainer", "correct horse battery", "admin")
        create_officer(s, "ana", "correct horse battery", "officer")
        create_officer(s, "ben", "correct horse battery", "officer")
        add_bundled_samples(s, SAMPLES)
    yield ws
    ws.close()


def ids(ws: Workstation) -> dict[str, int]:
    with ws.db.session() as s:
        return {r.name: r.id for r in s.scalars(select(TrainingSample))}


def take(
    ws: Workstation, session_id: int, trainee: int, given: dict[str, tuple[str, list[str]]]
) -> int:
    sample_ids = ids(ws)
    with ws.db.session() as s:
        attempt = start_attempt(s, session_id, trainee)
        for name, (verdict, marked) in given.items():
            answer(s, attempt.id, sample_ids[name], verdict=verdict, anomalies=marked, seconds=30)
        finish(s, attempt.id)
        return attempt.id


def test_answer_keys_come_from_the_samples_ground_truth(station: Workstation) -> None:
    with station.db.session() as s:
        rows = {r.name: r for r in s.scalars(select(TrainingSample))}
        assert len(rows) == 28 and add_bundled_samples(s, SAMPLES) == []  # not twice
        office = rows["forged-office-paper"]
        assert office.verdict == "anomalies"
        assert office.anomalies == ["uv.dull_paper", "uv.features"]
        assert rows["uto-id-2021-genuine"].verdict == "no_anomalies"
        assert set(captures(office)) == {"visible", "uv", "ir", "bearer"}


def test_two_trainees_pre_and_post_tests_scored_exactly(station: Workstation) -> None:
    sample_ids = ids(station)
    with station.db.session() as s:
        pre = create_session(
            s,
            name="Pre-test",
            course="Border 2026-11",
            kind="pre",
            sample_ids=[sample_ids[n] for n in TEST],
            trainer_id=1,
            time_limit_s=600,
        )
        post = create_session(
            s,
            name="Post-test",
            course="Border 2026-11",
            kind="post",
            sample_ids=[sample_ids[n] for n in reversed(TEST)],
            trainer_id=1,
        )
        pre_id, post_id = pre.id, post.id
    # Ana before: wrong on the genuine passport and the check digits, a false alarm on the impostor
    ana_pre = take(
        station,
        pre_id,
        2,
        {
            "uto-p-2020-genuine": ("anomalies", []),
            "forged-office-paper": ("anomalies", ["uv.dull_paper"]),
            "forged-mrz-check-digit": ("no_anomalies", []),
            "impostor-bearer": ("anomalies", ["face.match", "visible.features"]),
        },
    )
    ana_post = take(station, post_id, 2, RIGHT)
    ben_pre = take(station, pre_id, 3, RIGHT)
    ben_post = take(
        station,
        post_id,
        3,
        {
            **RIGHT,
            "uto-p-2020-genuine": ("anomalies", ["uv.features"]),
        },
    )
    with station.db.session() as s:
        first = score(s, ana_pre)
        assert (first.right_verdicts, first.anomalies_found, first.false_alarms) == (2, 2, 1)
        assert (first.points, first.maximum, first.percent) == (3, 8, 37.5)
        assert score(s, ana_post).percent == 100.0 and score(s, ben_pre).percent == 100.0
        last = score(s, ben_post)
        assert (last.points, last.percent, last.false_alarms) == (7, 87.5, 1)
        assert last.seconds == 120.0
        report = course_report(s, "Border 2026-11")
    assert [(t.trainee, t.improved) for t in report.trainees] == [("ana", True), ("ben", False)]
    assert report.indicator == 50.0
    rows = list(csv.reader(io.StringIO(report_csv(report))))
    assert rows[0][:2] == ["trainee", "name"]  # the user name, and the full name trainers read
    assert rows[1][:5] == ["ana", "ana", "37.5", "100.0", "yes"]
    assert rows[2][:5] == ["ben", "ben", "100.0", "87.5", "no"]
    pdf = course_pdf(report)
    assert pdf.startswith(b"%PDF") and b"DejaVuSans" in pdf  # names with č, đ, ž print


def as_trainer(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    return cli([*argv, "--user", "trainer", "--password-stdin"])


def test_cli_lists_reports_and_exports_a_course(
    station: Workstation,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sample_ids = ids(station)
    with station.db.session() as s:
        pre = create_session(
            s,
            name="Pre",
            course="C1",
            kind="pre",
            sample_ids=[sample_ids["forged-expired"]],
            trainer_id=1,
        )
        post = create_session(
            s,
            name="Post",
            course="C1",
            kind="post",
            sample_ids=[sample_ids["forged-expired"]],
            trainer_id=1,
        )
        pre_id, post_id = pre.id, post.id
    take(station, pre_id, 2, {"forged-expired": ("no_anomalies", [])})
    take(station, post_id, 2, {"forged-expired": ("anomalies", ["doc.expired"])})
    assert as_trainer(monkeypatch, ["training", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["course"] == "C1"
    assert as_trainer(monkeypatch, ["training", "report", "C1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["improved_percent"] == 100.0
    assert as_trainer(monkeypatch, ["training", "report", "C1"]) == 0
    assert "100.0 % (target 75 %)" in capsys.readouterr().out
    for fmt in ("csv", "pdf"):
        assert (
            as_trainer(
                monkeypatch,
                ["training", "export", "C1", "--format", fmt, "--out", str(tmp_path / f"c.{fmt}")],
            )
            == 0
        )
    assert (tmp_path / "c.csv").read_text().startswith("trainee,name,pre_percent")
    for fmt in ("json", "pdf"):
        sheet = tmp_path / f"s.{fmt}"
        assert (
            as_trainer(
                monkeypatch,
                ["training", "session", str(pre_id), "--format", fmt, "--out", str(sheet)],
            )
            == 0
        )
    key = json.loads((tmp_path / "s.json").read_text())["samples"][0]["answer"]
    assert key == {"verdict": "anomalies", "anomalies": ["doc.expired"]}
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert as_trainer(monkeypatch, ["training", "purge"]) == 0
    assert "0 training attempt(s) older than 365 days" in capsys.readouterr().out
    assert as_trainer(monkeypatch, ["training", "report", "nope"]) == 2
    assert "no course" in capsys.readouterr().err


def test_training_stays_out_of_operational_statistics(station: Workstation) -> None:
    sample_ids = ids(station)
    with station.db.session() as s:
        session = create_session(
            s,
            name="P",
            course="C",
            kind="practice",
            sample_ids=[sample_ids["forged-office-paper"]],
            trainer_id=1,
        )
        session_id = session.id
    take(station, session_id, 2, {"forged-office-paper": ("anomalies", ["uv.features"])})
    for kind in ("trends", "usage"):
        assert json.loads(export(station.book, kind, "json"))["rows"] == []
    assert station.book.count() == 0


def test_training_has_its_own_retention(station: Workstation) -> None:
    sample_ids = ids(station)
    with station.db.session() as s:
        session = create_session(
            s,
            name="P",
            course="C",
            kind="practice",
            sample_ids=[sample_ids["forged-expired"]],
            trainer_id=1,
        )
        session_id = session.id
    take(station, session_id, 2, {"forged-expired": ("anomalies", ["doc.expired"])})
    with station.db.session() as s:
        assert purge(s, 365) == 0
        assert purge(s, 1, now=dt.datetime.now() + dt.timedelta(days=2)) == 1
        assert list(s.scalars(select(TrainingAttempt))) == []


def test_trainer_samples_need_a_valid_answer_key(station: Workstation, tmp_path: Path) -> None:
    source = tmp_path / "fake-visa"
    source.mkdir()
    store = tmp_path / "store"
    with station.db.session() as s:
        with pytest.raises(TrainingError, match="visible"):
            add_trainer_sample(s, source, store, 1)
        (source / "visible.png").write_bytes(
            (SAMPLES / "uto-v-2022-genuine" / "visible.png").read_bytes()
        )
        with pytest.raises(TrainingError, match=r"answer\.json"):
            add_trainer_sample(s, source, store, 1)
        (source / "answer.json").write_text('{"verdict": "anomalies", "anomalies": []}')
        with pytest.raises(TrainingError, match="lists them"):
            add_trainer_sample(s, source, store, 1)
        (source / "answer.json").write_text(
            '{"verdict": "anomalies", "anomalies": ["uv.features"], "description": "no emblem"}'
        )
        row = add_trainer_sample(s, source, store, 1)
        assert row.name == "trainer-fake-visa" and Path(row.folder).parent == store
        with pytest.raises(TrainingError, match="already"):
            add_trainer_sample(s, source, store, 1)
        with pytest.raises(TrainingError, match="kind"):
            create_session(s, name="x", course="c", kind="exam", sample_ids=[row.id], trainer_id=1)
        with pytest.raises(TrainingError, match="unknown"):
            create_session(s, name="x", course="c", kind="pre", sample_ids=[9999], trainer_id=1)


def test_a_test_is_taken_once_unless_a_trainer_grants_another(station: Workstation) -> None:
    from verifier.store.audit import events
    from verifier.training.course import attempts_left, grant_attempt

    sample_ids = ids(station)
    with station.db.session() as s:
        pre = create_session(
            s,
            name="Pre",
            course="C",
            kind="pre",
            sample_ids=[sample_ids["forged-office-paper"]],
            trainer_id=1,
        ).id
        practice = create_session(s, name="P", course="C", kind="practice",
                                  sample_ids=[sample_ids["forged-office-paper"]],
                                  trainer_id=1).id  # fmt: skip
    with station.db.session() as s:
        first = start_attempt(s, pre, 2)
        finish(s, first.id, "abandoned")  # left mid-test: it used the attempt
        assert attempts_left(s, pre, 2) == 0 and attempts_left(s, practice, 2) is None
        with pytest.raises(TrainingError, match="already taken this test"):
            start_attempt(s, pre, 2)
        with pytest.raises(TrainingError, match="say why"):
            grant_attempt(s, pre, 2, by=1, reason=" ")
        grant_attempt(s, pre, 2, by=1, reason="power cut during the test")
        second = start_attempt(s, pre, 2)
        answer(s, second.id, sample_ids["forged-office-paper"], verdict="anomalies",
               anomalies=["uv.features"], seconds=20)  # fmt: skip
        finish(s, second.id, "timed_out")
        with pytest.raises(TrainingError, match="already ended"):
            finish(s, second.id)
        for _ in range(3):  # practice is open
            finish(s, start_attempt(s, practice, 2).id)
        report = course_report(s, "C")
        actions = [e.action for e in events(s)]
    ana = report.trainees[0]
    assert ana.pre is not None and ana.pre.percent == round(100 * 2 / 3, 1)  # the timed-out one
    assert "training_attempt_granted" in actions and "training_attempt_abandoned" in actions


def test_what_only_the_machine_can_see_is_not_asked_in_a_test(station: Workstation) -> None:
    from verifier.training.course import MACHINE_ONLY, markable

    sample_ids = ids(station)
    assert "barcode.signature" in MACHINE_ONLY
    assert "barcode.signature" not in markable("pre") and "barcode.signature" in markable(
        "practice"
    )
    with station.db.session() as s:
        seal = [sample_ids["forged-seal-tampered"]]
        with pytest.raises(TrainingError, match="only the machine can see"):
            create_session(s, name="Pre", course="C", kind="pre", sample_ids=seal, trainer_id=1)
        create_session(s, name="P", course="C", kind="practice", sample_ids=seal, trainer_id=1)

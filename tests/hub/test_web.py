"""The analysts' web interface (issue 19 §2), on SQLite and PostgreSQL: sign-in, roles, CSRF,
small cells hidden in every view and export, drill-down, operational workstations, uploads
by administrators, bounded requests, nothing loaded from outside the hub."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from hub.db import HubDatabase
from hub.ingest import ingest, register_workstation
from hub.web import add_user, create_app
from tests.stations import signed_in
from tests.test_share import NOW, save
from verifier.settings import Settings
from verifier.station.share import export_next

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"


@pytest.fixture
def hub(db_url: str, tmp_path: Path) -> Iterator[tuple[HubDatabase, TestClient, Path]]:
    """A hub holding two weekly bundles of one workstation (15 UTO inspections each: 10
    released, 5 referred), an analyst and an administrator; and a third bundle (3
    inspections of a rare state, generalised) to upload."""
    enrolment = tmp_path / "enrolment.json"
    ws = signed_in(Settings(tmp_path / "ws", ROOT / "reference_docs", enrolment))
    usb, later = tmp_path / "usb", tmp_path / "later"
    usb.mkdir()
    later.mkdir()
    try:
        made = []
        for week in range(2):
            save(ws, 15, start=NOW + dt.timedelta(days=7 * week))
            made.append(export_next(ws, usb, None))
        save(ws, 3, state="ZZZ", start=NOW + dt.timedelta(days=20))
        third = export_next(ws, later, None)
    finally:
        ws.close()
    db = HubDatabase(db_url)
    register_workstation(db, enrolment)
    list(ingest(db, [p for p in made if p is not None], tmp_path / "q"))
    add_user(db, "ana", PASSWORD, "analyst")
    add_user(db, "chief", PASSWORD, "admin")
    client = TestClient(create_app(db, quarantine=tmp_path / "q"))
    assert third is not None
    try:
        yield db, client, third
    finally:
        client.close()
        db.close()


def pdf_text(data: bytes) -> str:
    """The text of a PDF, by Poppler's pdftotext (Debian's poppler-utils)."""
    import subprocess

    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                          check=True, timeout=60)  # fmt: skip
    return done.stdout.decode("utf-8")


def login(client: TestClient, user: str, password: str = PASSWORD) -> str:
    page = client.get("/login").text
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert token
    form = {"username": user, "password": password, "csrf": token.group(1)}
    response = client.post("/login", data=form, follow_redirects=False)
    assert response.status_code in (200, 303)
    home = client.get("/").text
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', home)
    return found.group(1) if found else ""


def test_sign_in_is_needed_and_wrong_passwords_refused(
    hub: tuple[HubDatabase, TestClient, Path],
) -> None:
    _, client, _ = hub
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"
    assert client.get("/export.csv?by=state", follow_redirects=False).status_code == 303
    page = client.get("/login").text
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)  # type: ignore[union-attr]
    wrong = client.post("/login", data={"username": "ana", "password": "nope", "csrf": token})
    assert "Wrong user name or password" in wrong.text
    stale = client.post("/login", data={"username": "ana", "password": PASSWORD, "csrf": "x"})
    assert stale.status_code == 403
    cookie = client.cookies.get("hub_session")
    assert cookie is not None
    assert login(client, "ana")
    response = client.get("/login")
    assert (
        "set-cookie" not in response.headers
        or "samesite=strict" in response.headers["set-cookie"].lower()
    )


def test_trends_hide_small_cells_and_drill_down(hub: tuple[HubDatabase, TestClient, Path]) -> None:
    _, client, _ = hub
    login(client, "ana")
    page = client.get("/?by=state").text
    assert ">UTO</a>" in page and '<td class="n">30</td>' in page
    assert "ZZZ" not in page
    assert '<script src="/static/plotly.min.js">' in page and "plotly-graph-div" in page
    assert not re.search(r'src="https?://', page)  # nothing from outside the hub
    assert (
        client.get("/static/plotly.min.js")
        .headers["content-type"]
        .startswith("application/javascript")
    )
    drill = client.get("/?state=UTO&by=place").text
    assert "Issuing state: UTO" in drill and "All of the region" in drill
    checks = client.get("/?by=check").text
    assert "uv.features" in checks
    exported = client.get("/export.csv?by=state")
    assert exported.headers["content-type"].startswith("text/csv")
    lines = exported.text.splitlines()
    assert lines[0] == "value,inspections,anomalies,rate,referred,suspected"
    assert all(int(line.split(",")[1]) >= 5 for line in lines[1:])
    weeks = client.get("/export.csv?by=week").text.splitlines()
    assert weeks[0] == "week,inspections,anomalies,referred,suspected" and len(weeks) == 3
    # the PDF for the regional network: the same figures, small cells hidden, with a chart
    pdf = client.get("/export.pdf?state=UTO&by=place")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    text = pdf_text(pdf.content)
    assert "Regional trends in document and identity fraud" in text
    assert "Scope: Issuing state: UTO" in text and "By point of entry" in text
    assert "ZZZ" not in text and "fewer than 5 inspections are hidden" in text
    assert client.get("/export.pdf?by=nonsense").status_code == 400


def test_roles_csrf_upload_and_workstations(hub: tuple[HubDatabase, TestClient, Path]) -> None:
    _, client, third = hub
    token = login(client, "ana")
    assert client.get("/users").status_code == 403
    assert client.get("/upload").status_code == 403
    systems = client.get("/systems").text
    assert "1 of 1 operational" in systems or "0 of 1 operational" in systems
    assert client.post("/logout", data={"csrf": "forged"}).status_code == 403
    assert client.post("/logout", data={"csrf": token}, follow_redirects=False).status_code == 303
    token = login(client, "chief")
    with third.open("rb") as handle:
        sent = client.post("/upload", data={"csrf": token},
                           files={"bundle": (third.name, handle.read())})  # fmt: skip
    assert "ingested" in sent.text
    with third.open("rb") as handle:
        again = client.post("/upload", data={"csrf": token},
                            files={"bundle": (third.name, handle.read())})  # fmt: skip
    assert "duplicate" in again.text
    added = client.post("/users", data={"csrf": token, "username": "bo", "password": "short",
                                        "role": "analyst"})  # fmt: skip
    assert "at least 12 characters" in added.text
    added = client.post("/users", data={"csrf": token, "username": "bo", "password": PASSWORD,
                                        "role": "analyst"})  # fmt: skip
    assert "Account added." in added.text and "<td>bo</td>" in added.text
    huge = client.post("/upload", content=b"x" * (9 * 1024**2),
                       headers={"content-type": "application/octet-stream"})  # fmt: skip
    assert huge.status_code == 413

"""Fraud alerts published by the hub (issue 20 §2), on SQLite and PostgreSQL: from the command
and from the web form, every personal zone masked on the example, signed with the hub's key;
a workstation that trusts the hub imports the package and shows the alert for the design and
numbers it names; a withdrawal or an extension is a newer version; without its key the hub
lists alerts but cannot sign one; forms need the CSRF token."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import numpy as np
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from starlette.testclient import TestClient

from hub.cli import main
from hub.db import HubDatabase
from hub.web import add_user, create_app
from tests.hub.test_web import PASSWORD, login
from verifier.alerts import MASK_GREY, Alerts, decode_example, personal_zones
from verifier.library.package import fingerprint
from verifier.library.template import load_template

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "reference_docs" / "UTO-P-2020"
TODAY = dt.date.today()


def hub_key(tmp_path: Path) -> tuple[Ed25519PrivateKey, Path]:
    key = Ed25519PrivateKey.generate()
    path = tmp_path / "hub.pem"
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))  # fmt: skip
    return key, path


def masked_everywhere(jpeg: bytes) -> bool:
    template = load_template(TEMPLATE)
    example = decode_example(jpeg)
    k = example.shape[1] / template.width_mm
    for zone in personal_zones(template):
        inside = example[int(zone.y * k) + 3 : int((zone.y + zone.h) * k) - 3,
                         int(zone.x * k) + 3 : int((zone.x + zone.w) * k) - 3]  # fmt: skip
        if np.mean(np.abs(inside.astype(int) - MASK_GREY) < 12) < 0.75:
            return False
    return True


def test_publish_withdraw_and_extend_from_the_command(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key, pem = hub_key(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    expires = (TODAY + dt.timedelta(days=90)).isoformat()
    common = ["--db", db_url, "--key", str(pem), "--out", str(out)]
    code = main(["alert", "publish", *common, "--template", "UTO-P-2020",
                 "--title", "Counterfeit data pages", "--look-for", "The emblem is printed, "
                 "not fluorescent: it stays dark under UV.", "--expires", expires,
                 "--example", f"uv={TEMPLATE / 'uv.png'}", "--caption", "UV, forged",
                 "--visible", str(TEMPLATE / "visible.png"),
                 "--feature", "uv-emblem", "--range", "U27000000-U27999999"])  # fmt: skip
    printed = capsys.readouterr()
    assert code == 0, printed.err
    package = Path(printed.out.strip())
    assert package.parent == out and package.name.startswith("UTO-P-2020-")
    # a workstation that trusts the hub's key imports it and shows it for those numbers
    alerts = Alerts(tmp_path / "ws-alerts")
    trusted = {fingerprint(key.public_key()): key.public_key()}
    alert, _ = alerts.import_package(package, trusted)  # type: ignore[arg-type]
    assert alert.region == load_template(TEMPLATE).features[
        [f.id for f in load_template(TEMPLATE).features].index("uv-emblem")].region  # fmt: skip
    assert masked_everywhere(alerts.images(alert, trusted)[0])  # type: ignore[arg-type]

    def find(number: str) -> list:  # type: ignore[type-arg]
        return alerts.matching(trusted, TODAY, template="UTO-P-2020", state="UTO",  # type: ignore[arg-type]
                               document_code="P", number=number)  # fmt: skip

    assert find("U27436981")
    assert not find("U11111111")
    # extended, then withdrawn: newer versions; the withdrawal stops it at the workstation
    later = (TODAY + dt.timedelta(days=200)).isoformat()
    assert main(["alert", "extend", alert.id, "--expires", later, *common]) == 0
    assert main(["alert", "withdraw", alert.id, *common]) == 0
    newest = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert newest.name.endswith("-v3.alert")
    alerts.import_package(newest, trusted)  # type: ignore[arg-type]
    assert not find("U27436981")
    assert main(["alert", "withdraw", alert.id, *common]) == 2  # already withdrawn
    assert "was withdrawn" in capsys.readouterr().err
    assert main(["alert", "list", "--json", "--db", db_url]) == 0
    listed = capsys.readouterr().out
    assert '"withdrawn": true' in listed and '"version": 3' in listed
    # the public half for the workstations, and the fingerprint they check
    assert main(["public-key", "--key", str(pem), "--out", str(tmp_path / "hub.pub.pem")]) == 0
    assert f"fingerprint {fingerprint(key.public_key())}" in capsys.readouterr().out
    # bad input: a page that is not the whole document, an unknown design, no example
    bad = tmp_path / "noise.png"
    Image.fromarray(np.random.default_rng(1).integers(0, 255, (700, 1000, 3), np.uint8)).save(bad)
    for extra, reason in (
        (["--template", "UTO-P-2020", "--example", f"visible={bad}"], "could not be identified"),
        (
            ["--template", "UTO-P-2020", "--example", f"uv={TEMPLATE / 'uv.png'}"],
            "give the visible capture",
        ),
        (
            [
                "--template",
                "UTO-P-2020",
                "--example",
                f"visible={ROOT / 'samples' / 'uto-p-2024-genuine' / 'visible.png'}",
            ],
            "is of the design UTO-P-2024, not UTO-P-2020",
        ),
        (
            [
                "--template",
                "UTO-P-2020",
                "--example",
                f"visible={ROOT / 'samples' / 'uto-p-2020-genuine' / 'uv.png'}",
            ],
            "could not be identified",
        ),  # a UV page given as visible
        (
            [
                "--template",
                "UTO-P-2020",
                "--example",
                f"visible={TEMPLATE / 'visible.png'}",
                "--range",
                "U27-U28",
            ],
            "the range would never match",
        ),
        (
            [
                "--template",
                "UTO-P-2020",
                "--example",
                f"visible={TEMPLATE / 'visible.png'}",
                "--feature",
                "vis-photo-overprint",
            ],
            "lies in the design's personal zones",
        ),
        (["--template", "NOPE", "--example", f"uv={bad}"], "no template 'NOPE'"),
        (["--template", "UTO-P-2020"], "at least one example"),
        (["--template", "UTO-P-2020", "--example", f"uv={tmp_path / 'none.png'}"], "cannot read"),
    ):
        code = main(["alert", "publish", *common, "--title", "t", "--look-for", "l",
                     "--expires", expires, *extra])  # fmt: skip
        assert code == 2 and reason in capsys.readouterr().err, reason


def _png(path: Path) -> bytes:
    buffer = io.BytesIO()
    Image.open(path).save(buffer, format="PNG")
    return buffer.getvalue()


def test_publish_from_the_web_form(db_url: str, tmp_path: Path) -> None:
    key, _ = hub_key(tmp_path)
    db = HubDatabase(db_url)
    add_user(db, "ana", PASSWORD, "analyst")
    try:
        keyless = TestClient(create_app(db))
        login(keyless, "ana")
        page = keyless.get("/alerts").text
        assert "started without its signing key" in page and "No alert was published" in page
        keyless.close()
        client = TestClient(create_app(db, key=key, hub_name="Balkan regional hub"))
        token = login(client, "ana")
        form = client.get("/alerts").text
        assert "UTO-P-2020 — Utopia passport, 2020 series" in form
        fields = {"template": "UTO-P-2020", "title": "Stolen blanks, series U99",
                  "look_for": "The laminate's kinegram shows no colour shift.",
                  "expires": (TODAY + dt.timedelta(days=30)).isoformat(),
                  "numbers": "U99*, U27000000-U27999999", "feature": "uv-emblem",
                  "light0": "visible", "caption0": "the forged page"}  # fmt: skip
        files = {"example0": ("page.png", _png(TEMPLATE / "visible.png"), "image/png")}
        stale = client.post("/alerts", data=fields, files=files)
        assert stale.status_code == 403  # no CSRF token
        done = client.post("/alerts", data=fields | {"csrf": token}, files=files)
        assert "published (version 1)" in done.text, done.text[-2000:]
        alert_id = re.search(r"/alerts/([0-9a-f]{32})\.alert", done.text).group(1)  # type: ignore[union-attr]
        assert "U99*, U27000000-U27999999" in done.text
        example = client.get(f"/alerts/{alert_id}/example/0.jpg")
        assert example.headers["content-type"] == "image/jpeg"
        assert masked_everywhere(example.content)
        package = client.get(f"/alerts/{alert_id}.alert")
        path = tmp_path / "web.alert"
        path.write_bytes(package.content)
        alerts = Alerts(tmp_path / "ws")
        alert, _ = alerts.import_package(path, {fingerprint(key.public_key()): key.public_key()})  # type: ignore[arg-type]
        assert alert.hub == "Balkan regional hub" and alert.prefixes == ("U99",)
        # a form without a design or an example says what is missing
        missing = client.post("/alerts", data=fields | {"csrf": token, "template": ""},
                              files=files)  # fmt: skip
        assert "choose the document design" in missing.text
        none = client.post("/alerts", data=fields | {"csrf": token})
        assert "at least one example page" in none.text
        # withdrawn from the list
        gone = client.post(f"/alerts/{alert_id}/revise",
                           data={"csrf": token, "action": "withdraw"})  # fmt: skip
        assert "withdrawn (version 2)" in gone.text
        client.close()
    finally:
        db.close()


def test_pages_upside_down_or_with_a_border_are_masked_where_the_data_is(
    tmp_path: Path,
) -> None:
    """An analyst's scan is rarely the rectified capture: turned over, with a border, a little
    askew. The hub places it on the design's frame before it masks."""
    import cv2

    from hub.alerts import ExamplePage, publish
    from verifier.alerts import OUTSIDE_GREY, alert_from_bytes
    from verifier.imaging.loading import load_rgb

    template = load_template(TEMPLATE)
    page = load_rgb(template.images["visible"])
    upside_down = np.ascontiguousarray(page[::-1, ::-1])
    border = cv2.copyMakeBorder(page, 60, 0, 0, 0, cv2.BORDER_CONSTANT, value=(255, 255, 255))
    rotation = cv2.getRotationMatrix2D((700, 500), 4, 1.0)
    size = (page.shape[1], page.shape[0])
    turned = cv2.warpAffine(page, rotation, size, borderValue=(255, 255, 255))
    key, _ = hub_key(tmp_path)
    db = HubDatabase(f"sqlite:///{tmp_path / 'hub.sqlite'}")
    trusted = {fingerprint(key.public_key()): key.public_key()}
    try:
        for name, scan in (("upside down", upside_down), ("a 5 mm border", border),
                           ("turned 4 degrees", turned)):  # fmt: skip
            alert = publish(db, key, template, title=name, look_for="x",
                            expires=TODAY + dt.timedelta(days=10),
                            examples=[ExamplePage("visible", name, scan)], by="test")  # fmt: skip
            package = alerts_package(db, alert.id)
            assert masked_everywhere(alert_from_bytes(package, trusted)[1][0]), name  # type: ignore[arg-type]
        # with a feature to look at, the page away from it is painted over as well
        emblem = template.zones["uv_emblem"]
        alert = publish(db, key, template, title="region", look_for="x",
                        expires=TODAY + dt.timedelta(days=10), region=emblem,
                        examples=[ExamplePage("visible", "", page)], by="test")  # fmt: skip
        example = decode_example(alert_from_bytes(alerts_package(db, alert.id), trusted)[1][0])  # type: ignore[arg-type]
        k = example.shape[1] / template.width_mm
        header = example[int(2 * k) : int(8 * k), int(5 * k) : int(40 * k)].astype(int)
        assert np.mean(np.abs(header - OUTSIDE_GREY) < 10) > 0.9
    finally:
        db.close()


def alerts_package(db: HubDatabase, alert_id: str) -> bytes:
    from hub.alerts import package_of

    found = package_of(db, alert_id)
    assert found is not None
    return found[1]

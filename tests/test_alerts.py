"""Fraud alerts from the hub (issue 20 §2): an example page with every personal zone masked,
signed by the hub; imported by an administrator only from a trusted hub (tampered, untrusted,
older and oversized packages refused, the installed alert kept); shown at inspection when the
identified design (or, unidentified, the MRZ's state and type) and the number range match;
expired and withdrawn ones stop showing but stay listed; the report records what was shown."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.stations import as_admin, credentials, signed_in
from tests.test_cli import run
from tests.test_reports import NOW, ROOT, result
from verifier.alerts import (
    MARGIN_MM,
    MASK_GREY,
    Alert,
    AlertError,
    Alerts,
    Example,
    NumberRange,
    decode_example,
    masked_example,
    new_id,
    personal_zones,
    prepare_example,
    write_alert,
)
from verifier.imaging.loading import load_rgb
from verifier.inspection.result import InspectionResult
from verifier.library.package import fingerprint
from verifier.library.template import Region, Template, load_template
from verifier.library.units import px_per_mm
from verifier.reports.book import Decision
from verifier.reports.render import Printable, to_html, to_pdf
from verifier.settings import Settings
from verifier.station.alerts import screen
from verifier.station.workstation import Workstation

TODAY = dt.date(2026, 12, 1)
TEMPLATE = ROOT / "reference_docs" / "UTO-P-2020"


@pytest.fixture(scope="module")
def template() -> Template:
    return load_template(TEMPLATE)


@pytest.fixture(scope="module")
def page(template: Template) -> np.ndarray:
    return load_rgb(template.images["visible"])


def alert_of(design: Template, **changes: object) -> Alert:
    template = design
    alert = Alert(
        id=new_id(),
        version=1,
        publisher="",
        hub="Regional hub",
        issued=dt.datetime(2026, 11, 30, 8, 0),
        expires=dt.date(2027, 3, 1),
        withdrawn=False,
        template=template.id,
        template_name=template.name,
        issuing_state=template.issuing_state,
        document_code=template.document_code,
        title="Forged laminate, 2020 series",
        look_for="The UV emblem glows evenly blue; on the forgeries it is patchy.",
        region=template.zones["uv_emblem"],
        examples=(Example("visible", "The forged page", 0, ""),),
    )
    return dataclasses.replace(alert, **changes)  # type: ignore[arg-type]


@pytest.fixture
def hub(tmp_path: Path) -> tuple[Ed25519PrivateKey, dict[str, object]]:
    key = Ed25519PrivateKey.generate()
    return key, {fingerprint(key.public_key()): key.public_key()}


def zone_pixels(image: np.ndarray, template: Template, zone: Region) -> np.ndarray:
    k = image.shape[1] / template.width_mm
    return image[int(zone.y * k) + 3 : int((zone.y + zone.h) * k) - 3,
                 int(zone.x * k) + 3 : int((zone.x + zone.w) * k) - 3]  # fmt: skip


def test_every_personal_zone_is_masked_and_the_design_is_not(
    template: Template, page: np.ndarray
) -> None:
    example = decode_example(prepare_example(page, template))
    assert example.shape[1] == round(template.width_mm * px_per_mm(150))
    names = {n for n, r in template.zones.items() if r in personal_zones(template)}
    assert {"portrait", "mrz", "viz_surname", "viz_birth_date"} <= names
    assert "uv_emblem" not in names and "header" not in names
    # nothing of what a personal zone held survives: other contents, the same example
    noisy = page.copy()
    rng = np.random.default_rng(7)
    k = page.shape[1] / template.width_mm
    for zone in personal_zones(template):
        y, x = int(zone.y * k), int(zone.x * k)
        box = noisy[y : int((zone.y + zone.h) * k), x : int((zone.x + zone.w) * k)]
        box[:] = rng.integers(0, 256, box.shape, dtype=np.uint8)
    other = decode_example(prepare_example(noisy, template))
    for zone in personal_zones(template):
        inside = zone_pixels(example, template, zone).astype(int)
        assert np.abs(inside - zone_pixels(other, template, zone).astype(int)).mean() < 2, zone
        # grey, crossed by two thin lines (JPEG blurs them a little)
        assert np.mean(np.abs(inside - MASK_GREY) < 12) > 0.75, zone
    # the rest of the page is the design as it was
    import cv2

    scaled = cv2.resize(page, example.shape[1::-1], interpolation=cv2.INTER_AREA)
    kept = np.ones(example.shape[:2], bool)
    k = example.shape[1] / template.width_mm
    m = int(MARGIN_MM * k) + 3  # masks reach a millimetre beyond their zone
    for zone in personal_zones(template):
        kept[int(zone.y * k) - m : int((zone.y + zone.h) * k) + m,
             int(zone.x * k) - m : int((zone.x + zone.w) * k) + m] = False  # fmt: skip
    assert kept.mean() > 0.4
    assert np.abs(example[kept].astype(int) - scaled[kept]).mean() < 6  # JPEG: about 3.5
    # an extra rectangle the analyst adds (a signature, a stamp) is masked too
    extra = Region(90, 60, 30, 8)
    masked = decode_example(prepare_example(page, template, [extra]))
    assert np.mean(np.abs(zone_pixels(masked, template, extra).astype(int) - MASK_GREY) < 12) > 0.9


def test_an_example_that_is_not_the_whole_page_is_refused(
    template: Template, page: np.ndarray
) -> None:
    with pytest.raises(AlertError, match="whole page as the template frames it"):
        prepare_example(page[:, : page.shape[1] // 2], template)


def test_the_workstation_masks_again_what_it_shows(template: Template, page: np.ndarray) -> None:
    """An example signed without masking (a hub with another template version) is still shown
    with this workstation's personal zones masked."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(page).save(buffer, format="JPEG")
    shown = masked_example(buffer.getvalue(), template)
    portrait = zone_pixels(shown, template, template.zones["portrait"]).astype(int)
    assert np.mean(np.abs(portrait - MASK_GREY) < 12) > 0.9


def write(
    path: Path, key: Ed25519PrivateKey, design: Template, page: np.ndarray, **changes: object
) -> Alert:
    return write_alert(path, key, alert_of(design, **changes), [prepare_example(page, design)])


def test_import_refuses_what_it_cannot_trust_and_keeps_the_installed_alert(
    tmp_path: Path, template: Template, page: np.ndarray, hub: tuple[Ed25519PrivateKey, dict]
) -> None:
    key, trusted = hub
    alerts = Alerts(tmp_path / "alerts")
    package = tmp_path / "a.alert"
    alert = write(package, key, template, page)
    installed, replaced = alerts.import_package(package, trusted)  # type: ignore[arg-type]
    assert installed.id == alert.id and replaced is None
    assert len(alerts.installed(trusted)) == 1  # type: ignore[arg-type]
    data = package.read_bytes()
    cases = {
        "hub is not trusted": ({}, data),
        "signature does not verify": (trusted, data.replace(b"patchy", b"pstchy")),
        "images do not match": (trusted, data[:-10] + bytes(10)),
        "more than its manifest signs": (trusted, data + b"x"),
        "cut short": (trusted, data[:-100]),
        "not a fraud alert": (trusted, b"PK\x03\x04" + data),
        "manifest is too large": (trusted, data[:17] + (10**9).to_bytes(4, "big") + data[21:]),
    }
    for reason, (keys, bad) in cases.items():
        path = tmp_path / "bad.alert"
        path.write_bytes(bad)
        with pytest.raises(AlertError, match=reason):
            alerts.import_package(path, keys)  # type: ignore[arg-type]
    assert [a.version for a in alerts.installed(trusted)] == [1]
    with pytest.raises(AlertError, match="not newer"):
        alerts.import_package(package, trusted)  # type: ignore[arg-type]
    # an oversized example is refused by the hub before anything is signed
    with pytest.raises(AlertError, match="larger than a page"):
        write_alert(tmp_path / "big.alert", key, alert_of(template),
                    [_jpeg(np.zeros((100, 4100, 3), np.uint8))])  # fmt: skip
    # the examples come back verified from the installed file
    assert len(alerts.images(alerts.installed(trusted)[0], trusted)) == 1  # type: ignore[arg-type]


def _jpeg(image: np.ndarray) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, format="JPEG")
    return buffer.getvalue()


def test_matching_by_design_number_range_expiry_and_withdrawal(
    tmp_path: Path, template: Template, page: np.ndarray, hub: tuple[Ed25519PrivateKey, dict]
) -> None:
    key, trusted = hub
    alerts = Alerts(tmp_path / "alerts")

    def install(name: str, **changes: object) -> Alert:
        write(tmp_path / name, key, template, page, **changes)
        return alerts.import_package(tmp_path / name, trusted)[0]  # type: ignore[arg-type]

    every = install("every.alert")
    ranged = install("ranged.alert", ranges=(NumberRange("U27000000", "U27999999"),),
                     title="Stolen blanks")  # fmt: skip
    prefixed = install("prefix.alert", prefixes=("U99",), title="Series U99")
    install("other.alert", template="UTO-ID-2021", document_code="I", title="Another design")
    install("old.alert", expires=dt.date(2026, 11, 30), title="Expired")

    def find(
        day: dt.date, template_id: str | None, state: str, code: str, number: str | None
    ) -> list:  # type: ignore[type-arg]
        return alerts.matching(trusted, day, template=template_id, state=state,  # type: ignore[arg-type]
                               document_code=code, number=number)  # fmt: skip

    def shown(template_id: str | None, number: str | None, state: str = "UTO") -> set[str]:
        return {m.alert.title for m in find(TODAY, template_id, state, "P", number)}

    assert shown("UTO-P-2020", "U27436981") == {every.title, ranged.title}
    assert shown("UTO-P-2020", "U99000001") == {every.title, prefixed.title}
    assert shown("UTO-P-2020", "U2743698") == {every.title}  # another length: not in the range
    # the number not read: the limited alerts show too (they cannot be ruled out)
    matches = find(TODAY, "UTO-P-2020", "UTO", "P", None)
    assert {m.alert.title for m in matches} == {every.title, ranged.title, prefixed.title}
    assert not any(m.number_checked for m in matches)
    # not identified: by the MRZ's issuing state and document type, said so in the record
    unidentified = find(TODAY, None, "UTO", "PP", "U27436981")
    assert {m.alert.title for m in unidentified} == {every.title, ranged.title}
    assert unidentified[0].record()["matched"] == "state_and_type"
    assert shown(None, "U27436981", state="D<<") == set()
    # expired: not shown, still listed; the day it expires it still shows
    assert len(alerts.installed(trusted)) == 5
    assert "Expired" in {m.alert.title for m in find(
        dt.date(2026, 11, 30), "UTO-P-2020", "UTO", "P", "X1")}  # fmt: skip
    # withdrawn by a newer version: stops showing at once
    withdrawn = dataclasses.replace(alert_of(template), id=every.id, version=2, withdrawn=True)
    write_alert(tmp_path / "w.alert", key, withdrawn, [prepare_example(page, template)])
    alerts.import_package(tmp_path / "w.alert", trusted)  # type: ignore[arg-type]
    assert every.title not in shown("UTO-P-2020", "U27436981")
    assert next(a for a in alerts.installed(trusted) if a.id == every.id).withdrawn


def test_number_ranges_refuse_nonsense() -> None:
    for first, last in (("U2", "U1"), ("U1", "U100"), ("U-1", "U-2")):
        with pytest.raises(AlertError):
            NumberRange(first, last)
    assert "U27436981" in NumberRange.parse("u27000000-U27999999")


@pytest.fixture
def station() -> Iterator[Workstation]:
    ws = signed_in(Settings.from_env())  # the data dir the command uses
    yield ws
    ws.close()


def test_the_report_records_the_alerts_shown(
    station: Workstation, template: Template, page: np.ndarray, capsys: pytest.CaptureFixture[str]
) -> None:
    key = Ed25519PrivateKey.generate()
    folder = station.settings.data_dir
    public = folder / "hub.pem"
    public.write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))  # fmt: skip
    package = folder / "laminate.alert"
    alert = write(package, key, template, page)
    # an untrusted hub's alert is refused by the command, and audited
    code, _, err = run(as_admin(["alert", "import", str(package)]), capsys, credentials())
    assert code == 2 and "not trusted" in err
    code, _, err = run(as_admin(["library", "trust", str(public)]), capsys, credentials())
    assert code == 0, err
    code, out, err = run(as_admin(["alert", "import", "--json", str(package)]), capsys,
                         credentials())  # fmt: skip
    assert code == 0, err
    assert json.loads(out)[0]["status"] == "installed"
    code, out, _ = run(["alert", "list", "--json", "--today", "2026-12-01"], capsys)
    assert [r["title"] for r in json.loads(out)] == [alert.title]
    code, out, _ = run(["alert", "list", "--today", "2027-03-02"], capsys)
    assert out == "no fraud alert in force\n"
    code, out, _ = run(["alert", "list", "--all", "--today", "2027-03-02"], capsys)
    assert "[expired, until 2027-03-01]" in out
    with station.db.session() as s:
        from sqlalchemy import select

        from verifier.store.tables import AuditEvent

        actions = list(s.scalars(select(AuditEvent.action)))
    assert "alert_import_refused" in actions and "alert_import" in actions
    # at inspection: shown with the identified design; the verdict is the pipeline's own
    inspected: InspectionResult = result()
    screened = screen(station.settings, inspected, TODAY, station)
    assert [a["title"] for a in screened.alerts] == [alert.title]
    assert screened.verdict == inspected.verdict
    assert screened.alerts[0]["matched"] == "template"
    station.book.save(screened, station.context(), decision=Decision.REFERRED, notes="x", now=NOW)
    report = station.book.get("1")
    kept = report["body"]["inspection"]["alerts"][0]
    assert kept["id"] == alert.id and kept["version"] == 1 and kept["look_for"] == alert.look_for
    page_html = to_html(Printable(report, {}))
    assert "Fraud alerts shown" in page_html and alert.title in page_html
    code, out, _ = run(as_admin(["reports", "show", "1"]), capsys, credentials())
    assert code == 0 and f"Fraud alert shown: {alert.title}: from Regional hub" in out
    assert to_pdf(Printable(report, {})).startswith(b"%PDF")
    # `verifier inspect` says it too (the sample passport is of this design)
    sample = ROOT / "samples" / "uto-p-2020-genuine"
    code, out, _ = run(["inspect", str(sample / "visible.png"), "--uv", str(sample / "uv.png"),
                        "--no-store", "--today", "2026-12-01"], capsys)  # fmt: skip
    assert f"FRAUD ALERT: {alert.title}: from Regional hub" in out, out
    # another design: nothing shown
    other = dataclasses.replace(inspected, template="UTO-ID-2021")
    assert screen(station.settings, other, TODAY, station).alerts == ()


def forged(key: Ed25519PrivateKey, manifest: bytes, images: bytes = b"") -> bytes:
    """A package of any manifest bytes, signed with ``key`` (what an attacker holding a
    trusted key, or none, can make)."""
    from verifier.alerts import MAGIC

    signature = key.sign(manifest)
    return (MAGIC + len(manifest).to_bytes(4, "big") + manifest
            + len(signature).to_bytes(2, "big") + signature + images)  # fmt: skip


def test_hostile_manifests_are_refused_with_a_reason_never_a_crash(
    tmp_path: Path, template: Template, page: np.ndarray, hub: tuple[Ed25519PrivateKey, dict]
) -> None:
    key, trusted = hub
    alerts = Alerts(tmp_path / "alerts")
    good = write(tmp_path / "good.alert", key, template, page)
    manifest = json.loads(json.dumps(good.manifest()))
    image = prepare_example(page, template)
    cases: dict[str, bytes] = {
        "deep nesting": b"[" * 100_000,
        "a huge number": b'{"version": ' + b"9" * 5000 + b"}",
        "not UTF-8": b"\xff\xfe{}",
    }
    for field, value in (("version", float("inf")), ("version", 2**53 + 1), ("version", True),
                         ("region", {"x": float("nan"), "y": 0, "w": 1, "h": 1}),
                         ("region", {"x": -1e308, "y": 0, "w": 1, "h": 1}),
                         ("withdrawn", "false"), ("prefixes", "ABC"), ("prefixes", [None]),
                         ("issuing_state", "UTOPIA"), ("expires", "9999-12-31")):  # fmt: skip
        changed = dict(manifest, **{field: value})
        cases[f"{field}={value!r}"] = json.dumps(changed).encode()
    for what, body in cases.items():
        path = tmp_path / "hostile.alert"
        path.write_bytes(forged(key, body, image))
        with pytest.raises(AlertError):
            alerts.import_package(path, trusted)  # type: ignore[arg-type]
        assert alerts.installed(trusted) == [], what  # type: ignore[arg-type]
    # control characters (a terminal's escapes, false lines) become spaces
    noisy = dict(manifest, title="Stolen\nno fraud alert in force\x1b[2J", version=1)
    path = tmp_path / "noisy.alert"
    path.write_bytes(forged(key, json.dumps(noisy, sort_keys=True).encode(), image))
    installed, _ = alerts.import_package(path, trusted)  # type: ignore[arg-type]
    assert installed.title == "Stolen no fraud alert in force [2J"


def test_installed_alerts_stay_safe(
    tmp_path: Path, template: Template, page: np.ndarray, hub: tuple[Ed25519PrivateKey, dict]
) -> None:
    key, trusted = hub
    alerts = Alerts(tmp_path / "alerts")
    write(tmp_path / "a.alert", key, template, page)
    alert, _ = alerts.import_package(tmp_path / "a.alert", trusted)  # type: ignore[arg-type]
    # another trusted key cannot replace or withdraw this hub's alert
    other = Ed25519PrivateKey.generate()
    both = {**trusted, fingerprint(other.public_key()): other.public_key()}
    takeover = dataclasses.replace(alert_of(template), id=alert.id, version=9, withdrawn=True)
    write_alert(tmp_path / "b.alert", other, takeover, [prepare_example(page, template)])
    with pytest.raises(AlertError, match="another hub"):
        alerts.import_package(tmp_path / "b.alert", both)  # type: ignore[arg-type]
    # the hub's key removed by the administrator: its alerts are no longer believed
    assert alerts.installed({}) == []
    assert len(alerts.installed(trusted)) == 1  # type: ignore[arg-type]
    # a damaged installed file is left out; inspections go on
    assert alert.path is not None
    alert.path.write_bytes(alert.path.read_bytes()[:25] + b"{not json" + b"\x00" * 50)
    assert alerts.installed(trusted) == []  # type: ignore[arg-type]
    assert alerts.matching(trusted, TODAY, template="UTO-P-2020", state="UTO",  # type: ignore[arg-type]
                           document_code="P", number="U1") == []  # fmt: skip
    # an example without the design's shape is not shown (its zones could not be found)
    with pytest.raises(AlertError, match="shape"):
        masked_example(_jpeg(np.zeros((1040, 738, 3), np.uint8)), template)


def test_a_file_swapped_during_the_import_installs_only_what_was_verified(
    tmp_path: Path,
    template: Template,
    page: np.ndarray,
    hub: tuple[Ed25519PrivateKey, dict],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file that changes between two reads (a share, a USB stick, a pipe): the signed
    package to the first reader, a forgery to the next. The import reads once and installs
    the bytes it verified."""
    import io

    key, trusted = hub
    signed = tmp_path / "signed.alert"
    write(signed, key, template, page)
    data = signed.read_bytes()
    swapped = data.replace(b"patchy", b"PATCHY")  # no longer what the hub signed
    served: list[bytes] = []
    opened = Path.open

    def changing(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if self == signed and "r" in mode:
            served.append(data if not served else swapped)
            return io.BytesIO(served[-1])
        return opened(self, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", changing)
    monkeypatch.setattr(Path, "read_bytes", lambda self: changing(self, "rb").read())  # type: ignore[attr-defined]
    alerts = Alerts(tmp_path / "alerts")
    installed, _ = alerts.import_package(signed, trusted)  # type: ignore[arg-type]
    monkeypatch.undo()
    assert len(served) == 1
    assert installed.path is not None and installed.path.read_bytes() == data

"""Fraud alerts published by the hub (issue 20, §2): an analyst names the document design
(a template of the reference library the hub is given), the numbers concerned, what to look
for, and the example pages of the forged feature; the hub masks every personal zone of the
template on each example (``verifier.alerts.prepare_example``), signs the alert with its
Ed25519 key and keeps the package for the workstations to import. Withdrawing or extending an
alert publishes a newer version of it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

import cv2
import numpy as np
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from numpy.typing import NDArray
from sqlalchemy import select

from hub.db import AuditEntry, HubDatabase, PublishedAlert
from verifier.alerts import (
    Alert,
    AlertError,
    Example,
    NumberRange,
    alert_from_bytes,
    own_package,
    prepare_example,
    signed_alert,
)
from verifier.alerts import new_id as new_alert_id
from verifier.imaging.loading import load_gray
from verifier.library.package import fingerprint
from verifier.library.template import Region, Template, TemplateError, load_template
from verifier.library.units import LIGHTS

MAX_DAYS: Final = 366  # an alert runs a year at most: the hub extends it with a new version
MAX_NUMBERS: Final = 200  # prefixes and ranges of one alert
ALIGN_SIDE: Final = 1200  # pixels: the long side features are found at
MIN_MATCHES: Final = 40  # feature matches that agree on the page's place, or it is refused


def aligned_page(page: NDArray[np.uint8], template: Template, light: str) -> NDArray[np.uint8]:
    """The example page warped onto the template's frame, found by matching its features with
    the template's reference image in the same light: a page scanned upside down, with a
    border or slightly askew lands where the template's zones are, so that every personal
    zone is masked where it really is. AlertError when it cannot be placed with confidence."""
    reference_path = template.images.get(light) or template.images.get("visible")
    if reference_path is None:
        raise AlertError(f"{template.id} has no reference image to place the example on")
    reference = load_gray(Path(reference_path))
    gray = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    orb = cv2.ORB.create(nfeatures=5000)
    found = []
    scales = []
    for image in (gray, reference):
        scale = ALIGN_SIDE / max(image.shape)
        small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        found.append(orb.detectAndCompute(small, None))
        scales.append(scale)
    (points, descriptors), (ref_points, ref_descriptors) = found
    failed = AlertError(
        f"the example could not be placed on the design {template.id} ({light} light): it is "
        "not a page of this design, or too small or blurred. Use the workstation's capture of "
        "the whole page"
    )
    if descriptors is None or ref_descriptors is None:
        raise failed
    pairs = cv2.BFMatcher(cv2.NORM_HAMMING).knnMatch(descriptors, ref_descriptors, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < 0.75 * p[1].distance]
    if len(good) < MIN_MATCHES:
        raise failed
    source = np.array([points[m.queryIdx].pt for m in good], dtype=np.float32) / scales[0]
    target = np.array([ref_points[m.trainIdx].pt for m in good], dtype=np.float32) / scales[1]
    homography, inliers = cv2.findHomography(source, target, cv2.RANSAC, 5.0)
    if homography is None or int(inliers.sum()) < MIN_MATCHES:
        raise failed
    size = (reference.shape[1], reference.shape[0])
    return np.asarray(cv2.warpPerspective(page, homography, size, flags=cv2.INTER_LINEAR),
                      dtype=np.uint8)  # fmt: skip


def _on_page(box: Region, template: Template) -> bool:
    values = (box.x, box.y, box.w, box.h)
    return (
        all(math.isfinite(v) for v in values)
        and box.w > 0
        and box.h > 0
        and box.x >= 0
        and box.y >= 0
        and box.x + box.w <= template.width_mm
        and box.y + box.h <= template.height_mm
    )


def _numbers(prefixes: Sequence[str], ranges: Sequence[NumberRange]) -> tuple[str, ...]:
    if len(prefixes) + len(ranges) > MAX_NUMBERS:
        raise AlertError(f"an alert names at most {MAX_NUMBERS} series and ranges")
    out = []
    for prefix in prefixes:
        cleaned = prefix.strip().upper().rstrip("*")
        if not re.fullmatch(r"[A-Z0-9]{1,20}", cleaned):
            raise AlertError(f"{prefix!r} is not the start of a document number (letters, digits)")
        out.append(cleaned)
    return tuple(out)


def library_templates(library: Path) -> dict[str, Template]:
    """The published templates of a reference library folder, by id (drafts left out)."""
    out = {}
    for folder in sorted(library.iterdir()) if library.is_dir() else []:
        if not (folder / "template.yaml").is_file():
            continue
        try:
            template = load_template(folder)
        except TemplateError:
            continue
        if not template.draft:
            out[template.id] = template
    return out


@dataclass(frozen=True, slots=True)
class ExamplePage:
    """An example as the analyst gives it: the whole page in one light (RGB)."""

    light: str
    caption: str
    page: NDArray[np.uint8]


def publish(
    db: HubDatabase,
    key: Ed25519PrivateKey,
    template: Template,
    *,
    title: str,
    look_for: str,
    expires: dt.date,
    examples: Sequence[ExamplePage],
    by: str,
    hub_name: str = "Regional hub",
    region: Region | None = None,
    prefixes: Sequence[str] = (),
    ranges: Sequence[NumberRange] = (),
    masks: Sequence[Region] = (),
    today: dt.date | None = None,
) -> Alert:
    """Publish a new alert (AlertError with the reason when it cannot be one)."""
    today = today or dt.date.today()
    title, look_for = title.strip(), look_for.strip()
    if not title or not look_for:
        raise AlertError("an alert needs a title and what to look for")
    if not today <= expires <= today + dt.timedelta(days=MAX_DAYS):
        raise AlertError(
            f"an alert expires between today and {MAX_DAYS} days from now (extend it later)"
        )
    if any(e.light not in LIGHTS for e in examples):
        raise AlertError("an example is in visible, UV or IR light")
    for box in [*([region] if region else []), *masks]:
        if not _on_page(box, template):
            raise AlertError(
                f"a region must lie on the page ({template.width_mm:g} x {template.height_mm:g} mm)"
            )
    numbers = _numbers(prefixes, ranges)
    # placed on the design's frame first, then masked: every personal zone where it really is;
    # with a region, the page away from it is painted over too
    images = [
        prepare_example(aligned_page(e.page, template, e.light), template, masks, region)
        for e in examples
    ]
    alert = Alert(
        id=new_alert_id(),
        version=1,
        publisher=fingerprint(key.public_key()),
        hub=hub_name.strip()[:200] or "Regional hub",
        issued=dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
        expires=expires,
        withdrawn=False,
        template=template.id,
        template_name=template.name,
        issuing_state=template.issuing_state,
        document_code=template.document_code,
        title=title[:200],
        look_for=look_for,
        region=region,
        prefixes=numbers,
        ranges=tuple(ranges),
        examples=tuple(Example(e.light, e.caption.strip()[:200], 0, "") for e in examples),
    )
    signed, package = signed_alert(key, alert, images)
    _store(db, signed, package, by, "alert_published")
    return signed


def revise(
    db: HubDatabase,
    key: Ed25519PrivateKey,
    alert_id: str,
    *,
    by: str,
    withdraw: bool = False,
    expires: dt.date | None = None,
) -> Alert:
    """A newer version of a published alert: withdrawn, or running to a new date."""
    with db.session() as s:
        row = s.get(PublishedAlert, alert_id)
        if row is None:
            raise AlertError(f"no alert {alert_id} was published here")
        package = row.package
    current, images = alert_from_bytes(package, {fingerprint(key.public_key()): key.public_key()})
    if current.withdrawn:
        raise AlertError("this alert was withdrawn: publish a new one")
    today = dt.date.today()
    if expires is not None and not today <= expires <= today + dt.timedelta(days=MAX_DAYS):
        raise AlertError(
            f"an alert runs to a date between today and {MAX_DAYS} days from now; to stop it, "
            "withdraw it"
        )
    changed = replace(
        current,
        version=current.version + 1,
        issued=dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
        withdrawn=withdraw,
        expires=expires or current.expires,
    )
    signed, data = signed_alert(key, changed, images)
    _store(db, signed, data, by, "alert_withdrawn" if withdraw else "alert_extended")
    return signed


def _store(db: HubDatabase, alert: Alert, package: bytes, by: str, action: str) -> None:
    with db.session() as s:
        row = s.get(PublishedAlert, alert.id)
        if row is None:
            row = PublishedAlert(id=alert.id, published_by=by[:64])
            s.add(row)
        row.version = alert.version
        row.template = alert.template
        row.title = alert.title
        row.issued = alert.issued
        row.expires = alert.expires
        row.withdrawn = alert.withdrawn
        row.package = package
        s.add(
            AuditEntry(
                at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                action=action,
                detail={
                    "user": by,
                    "alert": alert.id,
                    "version": alert.version,
                    "template": alert.template,
                },
            )
        )


def parse_box(text: str) -> Region:
    """``x,y,w,h`` in millimetres (a region to look at, or a rectangle to mask)."""
    try:
        x, y, w, h = (float(part) for part in text.split(","))
    except ValueError:
        raise AlertError(f"{text!r} is not x,y,w,h in millimetres") from None
    return Region(x, y, w, h)


def feature_region(template: Template, feature: str) -> Region:
    """The region of one of the template's features (its id), or of one of its zones."""
    for candidate in template.features:
        if candidate.id == feature:
            return candidate.region
    if feature in template.zones:
        return template.zones[feature]
    raise AlertError(f"{template.id} has no feature or zone {feature!r}")


@dataclass(frozen=True, slots=True)
class Listed:
    """An alert published here, as the list shows it."""

    id: str
    version: int
    template: str
    title: str
    issued: dt.datetime
    expires: dt.date
    withdrawn: bool
    published_by: str
    numbers: str
    examples: int


def published(db: HubDatabase) -> list[Listed]:
    """Every alert published here, newest first."""
    with db.session() as s:
        rows = list(s.scalars(select(PublishedAlert).order_by(PublishedAlert.issued.desc())))
    out = []
    for row in rows:
        alert, _ = own_package(row.package)
        out.append(
            Listed(row.id, row.version, row.template, row.title, row.issued, row.expires,
                   row.withdrawn, row.published_by, alert.numbers(), len(alert.examples))
        )  # fmt: skip
    return out


def package_of(db: HubDatabase, alert_id: str) -> tuple[PublishedAlert, bytes] | None:
    with db.session() as s:
        row = s.get(PublishedAlert, alert_id)
        return None if row is None else (row, row.package)

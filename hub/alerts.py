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
    MARGIN_MM,
    Alert,
    AlertError,
    Example,
    NumberRange,
    alert_from_bytes,
    own_package,
    personal_zones,
    prepare_example,
    signed_alert,
)
from verifier.alerts import new_id as new_alert_id
from verifier.inspection.identify import Identifier, align
from verifier.library.package import fingerprint
from verifier.library.template import Region, Template, TemplateError, load_template
from verifier.library.units import LIGHTS

MAX_DAYS: Final = 366  # an alert runs a year at most: the hub extends it with a new version
MAX_NUMBERS: Final = 200  # prefixes and ranges of one alert
SAME_SIZE_PX: Final = 4  # the pages of one capture have one size (give or take rounding)


class Placer:
    """Places an alert's example pages on their design's frame the way a workstation places
    its captures: the **visible** page is identified among the library's designs
    (``verifier.inspection.identify``: the same features, homography and colour shortlist)
    and must be the design the alert names; the UV and IR pages, taken with the same geometry,
    follow its homography. A page of another design, a UV page given as visible, or pages that
    are not of one capture are refused: their personal zones would not be where the design's
    are, and would not be masked."""

    def __init__(self, designs: Sequence[Template]) -> None:
        self.identifier = Identifier(list(designs))

    def place(
        self, template: Template, pages: Sequence[ExamplePage], visible: NDArray[np.uint8] | None
    ) -> list[NDArray[np.uint8]]:
        given = visible
        if given is None:
            given = next((e.page for e in pages if e.light == "visible"), None)
        if given is None:
            raise AlertError(
                "give the visible capture of the page too (as an example, or only to place the "
                "others): it is what tells where the design's personal zones are"
            )
        gray = np.asarray(cv2.cvtColor(given, cv2.COLOR_RGB2GRAY), dtype=np.uint8)
        ranked = self.identifier.rank(gray, rgb=given)
        if not ranked:
            raise AlertError(
                f"the visible page could not be identified as {template.id}: it is not a page "
                "of a known design in visible light, or it is too small or blurred. Use the "
                "workstation's capture of the whole page"
            )
        if ranked[0].template.id != template.id:
            raise AlertError(
                f"the visible page is of the design {ranked[0].template.id}, not {template.id}: "
                "choose that design, or the page of this one"
            )
        height, width = given.shape[:2]
        for page in pages:
            if (
                max(abs(page.page.shape[0] - height), abs(page.page.shape[1] - width))
                > SAME_SIZE_PX
            ):
                raise AlertError(
                    "the pages are not of one capture (they differ in size): give the visible, "
                    "UV and IR captures the workstation or scanner took together"
                )
        match = ranked[0]
        return [align(e.page, match) for e in pages]


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


MOSTLY_MASKED: Final = 0.6


def _masked_share(region: Region, template: Template, masks: Sequence[Region]) -> float:
    """How much of ``region`` the masks would cover (on a 0.5 mm grid)."""
    step = 0.5
    columns, rows = max(1, int(region.w / step)), max(1, int(region.h / step))
    xs = region.x + (np.arange(columns) + 0.5) * region.w / columns
    ys = region.y + (np.arange(rows) + 0.5) * region.h / rows
    grid_x, grid_y = np.meshgrid(xs, ys)
    covered = np.zeros(grid_x.shape, dtype=bool)
    for zone in [*personal_zones(template), *masks]:
        covered |= (
            (grid_x >= zone.x - MARGIN_MM)
            & (grid_x <= zone.x + zone.w + MARGIN_MM)
            & (grid_y >= zone.y - MARGIN_MM)
            & (grid_y <= zone.y + zone.h + MARGIN_MM)
        )
    return float(covered.mean())


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
    placer: Placer | None = None,
    visible: NDArray[np.uint8] | None = None,
) -> Alert:
    """Publish a new alert (AlertError with the reason when it cannot be one). ``placer``: the
    library's designs to identify the visible page among (default: this design alone);
    ``visible``: the visible capture that places the examples when none of them is visible."""
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
    for span in ranges:
        for end in (span.first, span.last):
            if not template.number_pattern.fullmatch(end):
                raise AlertError(
                    f"{end} is not a document number of {template.id} (its numbers match "
                    f"{template.number_pattern.pattern}): the range would never match"
                )
    if region is not None and _masked_share(region, template, masks) > MOSTLY_MASKED:
        raise AlertError(
            "the feature or region lies in the design's personal zones: its examples would be "
            "masked almost entirely. Choose a feature of the design itself (the emblem, the "
            "background, the header), or the whole page"
        )
    # placed on the design's frame first, then masked: every personal zone where it really is;
    # with a region, the page away from it is painted over too
    if not examples:
        raise AlertError("an alert needs at least one example page")
    placed = (placer or Placer([template])).place(template, examples, visible)
    images = [prepare_example(page, template, masks, region) for page in placed]
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

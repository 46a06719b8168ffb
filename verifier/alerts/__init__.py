"""Fraud alerts from the regional hub (issue 20, §2).

An analyst at the hub publishes an **alert**: the document design (template) it concerns, and
where known the series or number range of the forgeries; what to look for; the region of the
page to look at; and example images of the forged feature. The hub signs it with its Ed25519
key and it travels to the workstations as one file, like a watch list. A workstation whose
administrator trusts the hub's key (``verifier library trust``) imports it; at inspection the
alerts that concern the document are shown beside the verdict, the examples next to the same
region of the capture, and the report records which alerts were shown.

An alert never carries a traveller's data. An example is the **whole page** as the template
frames it, and every zone of the template that holds personal data — every zone but those
named in :data:`DESIGN_ZONES` (a zone the library adds later is masked too), plus any rectangle
the analyst adds — is painted over by the hub before it signs (:func:`prepare_example`). The
workstation paints the same zones over again before it shows an example
(:func:`masked_example`): an alert made against another version of the template still shows
nothing personal.

A package is one file::

    VERIFIER-ALERT/1\\n
    4 bytes   manifest length (big-endian), then the manifest (UTF-8 JSON)
    2 bytes   signature length, then the hub's Ed25519 signature of the manifest
    images    the examples' JPEG files, one after another (sizes and SHA-256 in the manifest)

An alert is identified by its ``id``; a later ``version`` replaces an earlier one (to extend,
correct or withdraw it); an older version is never put back. An alert stops showing after its
``expires`` date or once withdrawn; the Library still lists it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import io
import json
import math
import re
import secrets
import threading
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO, Final

import cv2
import numpy as np
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from numpy.typing import NDArray
from PIL import Image, UnidentifiedImageError

from verifier.files import read_signed_head, write_atomic
from verifier.library.package import fingerprint
from verifier.library.template import Region, Template
from verifier.library.units import LIGHTS, px_per_mm

FORMAT: Final = "verifier-alert/1"
MAGIC: Final = b"VERIFIER-ALERT/1\n"
SUFFIX: Final = ".alert"
MAX_MANIFEST: Final = 256 * 1024
MAX_IMAGES: Final = 8
MAX_IMAGE_BYTES: Final = 4 * 1024**2
MAX_SIDE: Final = 4000  # pixels: an example is a page at EXAMPLE_DPI (a TD3 page: 738 x 520)
MAX_TEXT: Final = 2000
MAX_NUMBERS: Final = 200  # prefixes and ranges together
EXAMPLE_DPI: Final = 150
# zones that show the design, not the person (header, emblem): everything else is masked
DESIGN_ZONES: Final = frozenset(
    {"header", "front_header", "back_header", "uv_emblem", "front_uv_emblem"}
)
MASK_GREY: Final = 128
OUTSIDE_GREY: Final = 215  # the page outside the region an alert is about
MARGIN_MM: Final = 1.0  # masks reach this far beyond a zone (a scan is never exact)
KEEP_MM: Final = 5.0  # how much of the page around the alert's region stays visible
ASPECT_TOLERANCE: Final = 0.02  # an example's width/height against the template's

Image_ = NDArray[np.uint8]


class AlertError(ValueError):
    """An alert or a package refused; the message says why and what to do."""


def _number(text: str) -> str:
    """A document number as compared: upper case, no fillers or spaces."""
    return re.sub(r"[\s<]", "", text.upper())


_CONTROL: Final = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
MAX_VERSION: Final = 2**31 - 1
MAX_MM: Final = 1000.0  # no document page is a metre wide
MAX_RUN: Final = dt.timedelta(days=400)  # issue to expiry (the hub allows 366 days)


def _clean(value: Any, limit: int) -> str:
    """A text of the manifest as shown to officers: a string, control characters (line
    breaks, terminal escapes) made spaces, at most ``limit`` characters."""
    if not isinstance(value, str):
        raise TypeError("a text field is not a string")
    return _CONTROL.sub(" ", value).strip()[:limit]


def _field(value: Any, limit: int) -> str:
    """A structured field (an id, a code, a date): a string of at most ``limit`` characters,
    taken as it is or refused (never cut to fit)."""
    if not isinstance(value, str) or len(value) > limit or _CONTROL.search(value):
        raise ValueError("a field is not what it must be")
    return value


def _whole(value: Any, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError("a number out of range")
    return value


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("a list of texts expected")
    return value


def _region(value: Any) -> Region | None:
    """A region on the page in millimetres: finite, on the page's side of zero, not absurd."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise TypeError("a region is an object")
    x, y, w, h = (value[k] for k in ("x", "y", "w", "h"))
    numbers = (x, y, w, h)
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
        raise TypeError("a region's values are numbers")
    if not all(math.isfinite(n) for n in numbers) or min(x, y) < 0 or min(w, h) <= 0:
        raise ValueError("a region must lie on the page")
    if max(x + w, y + h) > MAX_MM:
        raise ValueError("a region must lie on the page")
    return Region(float(x), float(y), float(w), float(h))


_NUMBER: Final = re.compile(r"[A-Z0-9]{1,20}")


@dataclass(frozen=True, slots=True)
class NumberRange:
    """Document numbers from ``first`` to ``last`` inclusive, both of the same length: numbers
    of that length compare letter by letter (digits before letters, as ASCII has them)."""

    first: str
    last: str

    def __post_init__(self) -> None:
        if not (_NUMBER.fullmatch(self.first) and _NUMBER.fullmatch(self.last)):
            raise AlertError("a number range is two document numbers (letters and digits)")
        if len(self.first) != len(self.last) or self.first > self.last:
            raise AlertError(
                f"the range {self.first}-{self.last} is not a range: both ends have the same "
                "length and the first comes first"
            )

    def __contains__(self, number: object) -> bool:
        return (
            isinstance(number, str)
            and len(number) == len(self.first)
            and self.first <= number <= self.last
        )

    def __str__(self) -> str:
        return f"{self.first}-{self.last}"

    @classmethod
    def parse(cls, text: str) -> NumberRange:
        """``FIRST-LAST`` (as the hub's form and command take it)."""
        first, dash, last = text.strip().partition("-")
        if not dash:
            raise AlertError(f"{text!r} is not a range: write FIRST-LAST")
        return cls(_number(first), _number(last))


@dataclass(frozen=True, slots=True)
class Example:
    """One example image in a package: which light, its caption, and where its bytes are."""

    light: str
    caption: str
    size: int
    sha256: str

    def manifest(self) -> dict[str, Any]:
        return {"light": self.light, "caption": self.caption, "size": self.size,
                "sha256": self.sha256}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Alert:
    id: str  # 32 hex digits
    version: int
    publisher: str  # the fingerprint of the hub's key
    hub: str  # the hub's name, as the officer reads it
    issued: dt.datetime
    expires: dt.date
    withdrawn: bool
    template: str
    template_name: str
    issuing_state: str
    document_code: str
    title: str
    look_for: str
    region: Region | None  # in millimetres on the template's frame
    prefixes: tuple[str, ...] = ()
    ranges: tuple[NumberRange, ...] = ()
    examples: tuple[Example, ...] = ()
    path: Path | None = field(default=None, compare=False)  # the installed file

    def manifest(self) -> dict[str, Any]:
        region = self.region
        return {
            "format": FORMAT,
            "id": self.id,
            "version": self.version,
            "publisher": self.publisher,
            "hub": self.hub,
            "issued": self.issued.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "expires": self.expires.isoformat(),
            "withdrawn": self.withdrawn,
            "template": self.template,
            "template_name": self.template_name,
            "issuing_state": self.issuing_state,
            "document_code": self.document_code,
            "title": self.title,
            "look_for": self.look_for,
            "region": None
            if region is None
            else {"x": region.x, "y": region.y, "w": region.w, "h": region.h},
            "prefixes": list(self.prefixes),
            "ranges": [[r.first, r.last] for r in self.ranges],
            "examples": [e.manifest() for e in self.examples],
        }

    def active(self, today: dt.date) -> bool:
        """Whether it is shown at inspection: not withdrawn, not past its date."""
        return not self.withdrawn and today <= self.expires

    def numbers(self) -> str:
        """The numbers it concerns, in words for a list ("" when every number)."""
        return ", ".join([f"{p}*" for p in self.prefixes] + [str(r) for r in self.ranges])

    def concerns_number(self, number: str) -> bool:
        """Whether a (read) document number is among those the alert concerns."""
        if not (self.prefixes or self.ranges):
            return True
        number = _number(number)
        return any(number.startswith(p) for p in self.prefixes) or any(
            number in r for r in self.ranges
        )

    @classmethod
    def from_manifest(cls, data: Mapping[str, Any]) -> Alert:
        if data.get("format") != FORMAT:
            raise AlertError(
                f"this is not a {FORMAT} package (format {data.get('format')!r}): ask the hub "
                "for one this version of Verifier reads"
            )
        try:
            examples = tuple(
                Example(_field(e["light"], 16), _clean(e["caption"], 200),
                        _whole(e["size"], 1, MAX_IMAGE_BYTES), _field(e["sha256"], 64))
                for e in data["examples"]
            )  # fmt: skip
            withdrawn = data["withdrawn"]
            if not isinstance(withdrawn, bool):
                raise TypeError("withdrawn is true or false")
            ranges = data["ranges"]
            if not isinstance(ranges, list):
                raise TypeError("ranges is a list")
            alert = cls(
                id=_field(data["id"], 32),
                version=_whole(data["version"], 1, MAX_VERSION),
                publisher=_field(data["publisher"], 64),
                hub=_clean(data["hub"], 200),
                issued=dt.datetime.strptime(_field(data["issued"], 20), "%Y-%m-%dT%H:%M:%SZ"),
                expires=dt.date.fromisoformat(_field(data["expires"], 10)),
                withdrawn=withdrawn,
                template=_field(data["template"], 64),
                template_name=_clean(data["template_name"], 200),
                issuing_state=_field(data["issuing_state"], 3),
                document_code=_field(data["document_code"], 2),
                title=_clean(data["title"], 200),
                look_for=_clean(data["look_for"], MAX_TEXT),
                region=_region(data["region"]),
                prefixes=tuple(_number(p) for p in _strings(data["prefixes"])),
                ranges=tuple(NumberRange(*_strings(pair)) for pair in ranges),
                examples=examples,
            )
        except AlertError:
            raise
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise AlertError(f"the alert's manifest is damaged ({type(exc).__name__})") from None
        if not re.fullmatch(r"[0-9a-f]{32}", alert.id):
            raise AlertError("the alert's manifest is damaged (id)")
        if not (re.fullmatch(r"[A-Z]{1,3}", alert.issuing_state)
                and re.fullmatch(r"[A-Z][A-Z<]?", alert.document_code)):  # fmt: skip
            raise AlertError("the alert's manifest is damaged (issuing state or document code)")
        if not alert.issued.date() <= alert.expires <= (alert.issued + MAX_RUN).date():
            raise AlertError(
                "the alert runs for more than 400 days or expires before it was issued: refused"
            )
        if len(examples) > MAX_IMAGES or any(
            e.light not in LIGHTS or not 0 < e.size <= MAX_IMAGE_BYTES for e in examples
        ):
            raise AlertError(
                f"an alert carries at most {MAX_IMAGES} example images of "
                f"{MAX_IMAGE_BYTES // 1024**2} MB, each in visible, UV or IR light"
            )
        if len(alert.prefixes) + len(alert.ranges) > MAX_NUMBERS or not all(
            _NUMBER.fullmatch(p) for p in alert.prefixes
        ):
            raise AlertError("the alert's manifest is damaged (document numbers)")
        return alert


# -- masking -----------------------------------------------------------------------------------


def personal_zones(template: Template) -> list[Region]:
    """The template's zones that hold personal data: every zone but the design's own."""
    return [region for name, region in template.zones.items() if name not in DESIGN_ZONES]


def _fits(page: Image_, template: Template) -> bool:
    height, width = page.shape[:2]
    expected = template.width_mm / template.height_mm
    return bool(height) and abs(width / height - expected) / expected <= ASPECT_TOLERANCE


def mask(
    page: Image_, template: Template, extra: Iterable[Region] = (), keep: Region | None = None
) -> Image_:
    """``page`` (the whole page as the template frames it, any resolution) with every personal
    zone and every ``extra`` rectangle painted grey and crossed (a reader sees that something
    was masked, not a blank document), each with a margin of ``MARGIN_MM``; with ``keep``,
    everything farther than ``KEEP_MM`` from that region is painted light grey as well."""
    out = page.copy()
    k = out.shape[1] / template.width_mm
    colour = (MASK_GREY,) * (1 if out.ndim == 2 else out.shape[2])
    if keep is not None:
        light = (OUTSIDE_GREY,) * len(colour)
        kept = out[
            max(0, int((keep.y - KEEP_MM) * k)) : max(0, int((keep.y + keep.h + KEEP_MM) * k)),
            max(0, int((keep.x - KEEP_MM) * k)) : max(0, int((keep.x + keep.w + KEEP_MM) * k)),
        ].copy()
        top, left = max(0, int((keep.y - KEEP_MM) * k)), max(0, int((keep.x - KEEP_MM) * k))
        out[:] = light
        out[top : top + kept.shape[0], left : left + kept.shape[1]] = kept
    margin = MARGIN_MM * k
    for region in [*personal_zones(template), *extra]:
        x0, y0 = int(region.x * k - margin), int(region.y * k - margin)
        x1 = int((region.x + region.w) * k + margin)
        y1 = int((region.y + region.h) * k + margin)
        cv2.rectangle(out, (x0, y0), (x1, y1), colour, thickness=-1)
        dark = tuple(c // 2 for c in colour)
        cv2.line(out, (x0, y0), (x1, y1), dark, 1)
        cv2.line(out, (x0, y1), (x1, y0), dark, 1)
    return out


def prepare_example(
    page: Image_, template: Template, extra: Iterable[Region] = (), keep: Region | None = None
) -> bytes:
    """An example for an alert: the whole page (RGB, already aligned on the template's frame:
    ``hub.alerts`` does it) scaled to :data:`EXAMPLE_DPI`, every personal zone masked (and,
    with ``keep``, the page away from that region), as JPEG. Refuses (AlertError) an image
    that is not the page as the template frames it: its zones would be in the wrong place."""
    height, width = page.shape[:2]
    expected = template.width_mm / template.height_mm
    if not _fits(page, template):
        raise AlertError(
            f"an example must be the whole page as the template frames it "
            f"({template.width_mm:g} x {template.height_mm:g} mm, width/height {expected:.2f}); "
            f"this image is {width} x {height} pixels ({width / height:.2f}). Crop it to the "
            "document's edges (the workstation's capture, rectified, is)"
        )
    k = px_per_mm(EXAMPLE_DPI)
    size = (round(template.width_mm * k), round(template.height_mm * k))
    scaled = np.asarray(cv2.resize(page, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    masked = mask(scaled, template, extra, keep)
    buffer = io.BytesIO()
    Image.fromarray(masked).convert("RGB").save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()


def decode_example(data: bytes) -> Image_:
    """An example's JPEG as RGB (AlertError for anything else, or too large)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format != "JPEG":
                raise AlertError("an alert's example is not a JPEG image: refused")
            if max(image.size) > MAX_SIDE:
                raise AlertError("an alert's example is larger than a page needs: refused")
            return np.asarray(image.convert("RGB"))
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError,
            Image.DecompressionBombWarning):  # fmt: skip
        raise AlertError("an alert's example image is damaged: ask the hub again") from None


def masked_example(data: bytes, template: Template, keep: Region | None = None) -> Image_:
    """An example as the workstation shows it: decoded and masked again with this
    workstation's template, whatever the hub did (AlertError for one that does not have the
    template's shape: its zones could not be found, so it is not shown)."""
    page = decode_example(data)
    if not _fits(page, template):
        raise AlertError("the example does not have the shape of its design: not shown")
    return mask(page, template, (), keep)


def crop_mm(page: Image_, width_mm: float, region: Region | None, margin_mm: float = 3.0) -> Image_:
    """The part of ``page`` (the whole page, ``width_mm`` wide, any resolution) around
    ``region`` with a margin: how an example and the capture are put side by side. The whole
    page when there is no region (or one that is not on the page)."""
    if region is None or not all(
        math.isfinite(v) for v in (region.x, region.y, region.w, region.h, width_mm)
    ):
        return page
    k = page.shape[1] / width_mm
    height, width = page.shape[:2]
    x0 = max(0, int((region.x - margin_mm) * k))
    y0 = max(0, int((region.y - margin_mm) * k))
    x1 = min(width, int((region.x + region.w + margin_mm) * k) + 1)
    y1 = min(height, int((region.y + region.h + margin_mm) * k) + 1)
    return page if x1 <= x0 or y1 <= y0 else np.ascontiguousarray(page[y0:y1, x0:x1])


# -- packages ----------------------------------------------------------------------------------


def new_id() -> str:
    return secrets.token_hex(16)


def signed_alert(
    key: Ed25519PrivateKey, alert: Alert, images: Sequence[bytes]
) -> tuple[Alert, bytes]:
    """The package of ``alert`` signed with ``key``, with its examples' JPEG ``images`` (in the
    order of ``alert.examples``, whose size and hash are filled in here), and the alert as
    signed. Everything a workstation checks is checked here first."""
    if len(images) != len(alert.examples):
        raise AlertError("every example needs its image")
    examples = tuple(
        Example(e.light, e.caption, len(data), hashlib.sha256(data).hexdigest())
        for e, data in zip(alert.examples, images, strict=True)
    )
    for data in images:
        decode_example(data)  # a JPEG within the limits, or nothing is signed
    signed = replace(alert, examples=examples, publisher=fingerprint(key.public_key()), path=None)
    Alert.from_manifest(signed.manifest())
    manifest = json.dumps(signed.manifest(), sort_keys=True, ensure_ascii=False).encode("utf-8")
    if len(manifest) > MAX_MANIFEST:
        raise AlertError("the alert's text is too long")
    signature = key.sign(manifest)
    head = (
        MAGIC
        + len(manifest).to_bytes(4, "big")
        + manifest
        + len(signature).to_bytes(2, "big")
        + signature
    )
    return signed, head + b"".join(images)


def write_alert(out: Path, key: Ed25519PrivateKey, alert: Alert, images: Sequence[bytes]) -> Alert:
    """Sign ``alert`` (:func:`signed_alert`) and write its package to ``out``."""
    signed, data = signed_alert(key, alert, images)
    write_atomic(out, data, mode=0o644)
    return signed


def _read_exact(handle: BinaryIO, size: int, what: str) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise AlertError(f"the alert is cut short ({what}): copy it again")
    return data


def read_alert(path: Path, trusted: Mapping[str, Ed25519PublicKey]) -> tuple[Alert, list[bytes]]:
    """The verified alert and its example images. Refuses (AlertError) a file that is not an
    alert, one not signed by a trusted hub, one whose images do not match what was signed."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise AlertError(f"{path.name} cannot be read ({exc.strerror})") from None
    with handle:
        return _parse(handle, path.name, trusted)


def alert_from_bytes(
    data: bytes, trusted: Mapping[str, Ed25519PublicKey]
) -> tuple[Alert, list[bytes]]:
    """:func:`read_alert` of a package held in memory (an upload, a database row)."""
    return _parse(io.BytesIO(data), "the package", trusted)


def own_package(data: bytes) -> tuple[Alert, list[bytes]]:
    """The alert and images of a package its publisher keeps (the hub's own copy, read back to
    show it): the hashes are checked, the signature is not — never for a received package."""
    return _parse(io.BytesIO(data), "the package", None)


def _head(handle: BinaryIO, name: str) -> tuple[bytes, bytes, dict[str, Any]]:
    """A package's manifest, signature and manifest object, read from its start."""
    return read_signed_head(
        handle, magic=MAGIC, max_manifest=MAX_MANIFEST, name=name, kind="fraud alert",
        noun="alert", error=AlertError,
    )  # fmt: skip


def _parse(
    handle: BinaryIO, name: str, trusted: Mapping[str, Ed25519PublicKey] | None
) -> tuple[Alert, list[bytes]]:
    manifest, signature, data = _head(handle, name)
    if trusted is not None:
        key = trusted.get(str(data.get("publisher")))
        if key is None:
            raise AlertError(
                "the alert's hub is not trusted on this workstation: an administrator adds "
                "the hub's public key (verifier library trust) after checking its fingerprint "
                "with the hub's administrator"
            )
        try:
            key.verify(signature, manifest)
        except InvalidSignature:
            raise AlertError(
                "the alert's signature does not verify: it was altered after the hub signed "
                "it; ask the hub for a fresh copy"
            ) from None
    alert = Alert.from_manifest(data)
    images = []
    for example in alert.examples:
        image = _read_exact(handle, example.size, "example image")
        if not hmac.compare_digest(hashlib.sha256(image).hexdigest(), example.sha256):
            raise AlertError("the alert's images do not match its signature: refused")
        decode_example(image)
        images.append(image)
    if handle.read(1):
        raise AlertError("the alert holds more than its manifest signs: refused")
    return alert, images


# -- installed alerts --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    """An alert shown at an inspection, and how it matched: by the identified template, or
    (the document not identified) by the MRZ's issuing state and document type; whether the
    document number was compared with the alert's numbers."""

    alert: Alert
    by_template: bool
    number_checked: bool

    def record(self) -> dict[str, Any]:
        """What the report keeps of it."""
        a = self.alert
        return {
            "id": a.id,
            "version": a.version,
            "hub": a.hub,
            "title": a.title,
            "template": a.template,
            "issued": a.issued.date().isoformat(),
            "expires": a.expires.isoformat(),
            "look_for": a.look_for,
            "numbers": a.numbers(),
            "matched": "template" if self.by_template else "state_and_type",
            "number_checked": self.number_checked,
        }


MAX_PACKAGE: Final = len(MAGIC) + 6 + MAX_MANIFEST + 64 * 1024 + MAX_IMAGES * MAX_IMAGE_BYTES


class Alerts:
    """The alerts installed in ``root`` (``<data>/alerts``): one verified package file each,
    named by the alert's id; a newer version replaces it atomically. Every call names the
    hubs trusted now (``trusted``: fingerprint -> key)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._known: dict[Path, tuple[float, int, frozenset[str], Alert | None]] = {}
        self._lock = threading.Lock()

    def installed(self, trusted: Mapping[str, Ed25519PublicKey]) -> list[Alert]:
        """Every installed alert of a trusted hub, newest first (expired and withdrawn ones
        too). A file damaged by hand, or of a hub no longer trusted, is left out."""
        out = []
        keys = frozenset(trusted)
        for path in sorted(self.root.glob("*" + SUFFIX)) if self.root.is_dir() else []:
            try:
                info = path.stat()
            except OSError:
                continue
            with self._lock:
                known = self._known.get(path)
            if known is None or known[:3] != (info.st_mtime, info.st_size, keys):
                try:
                    alert: Alert | None = _installed_manifest(path, trusted)
                except (AlertError, OSError):
                    alert = None  # not shown; an import replaces it
                known = (info.st_mtime, info.st_size, keys, alert)
                with self._lock:
                    self._known[path] = known
            if known[3] is not None:
                out.append(known[3])
        return sorted(out, key=lambda a: (a.issued, a.id), reverse=True)

    def import_package(
        self, path: Path, trusted: Mapping[str, Ed25519PublicKey]
    ) -> tuple[Alert, int | None]:
        """Install an alert (AlertError with the reason when refused; the installed one stays).
        Returns it and the version it replaced (None: a new alert). The file is read once:
        the bytes installed are the bytes verified."""
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_PACKAGE + 1)
        except OSError as exc:
            raise AlertError(f"{path.name} cannot be read ({exc.strerror})") from None
        if len(data) > MAX_PACKAGE:
            raise AlertError(f"{path.name} is larger than any fraud alert: refused")
        alert, _images = alert_from_bytes(data, trusted)
        target = self.root / f"{alert.id}{SUFFIX}"
        current = next((a for a in self.installed(trusted) if a.id == alert.id), None)
        if current is None and target.exists():
            current = _unverified(target)  # of a hub no longer trusted: never replaced
        if current is not None and current.publisher != alert.publisher:
            raise AlertError("an alert of this id was published by another hub: refused")
        if current is not None and alert.version <= current.version:
            raise AlertError(
                f"this alert's version {alert.version} is not newer than the installed version "
                f"{current.version}: nothing changed"
            )
        write_atomic(target, data, mode=0o644)
        return _placed(alert, target), None if current is None else current.version

    def images(self, alert: Alert, trusted: Mapping[str, Ed25519PublicKey]) -> list[bytes]:
        """The alert's example images, verified again from the installed file."""
        if alert.path is None:
            return []
        return read_alert(alert.path, trusted)[1]

    def matching(
        self,
        trusted: Mapping[str, Ed25519PublicKey],
        today: dt.date,
        *,
        template: str | None,
        state: str | None,
        document_code: str | None,
        number: str | None,
    ) -> list[Match]:
        """The active alerts that concern the document: those of its identified ``template``;
        when it was not identified, those of its MRZ's issuing state and document type. When
        its number was read, an alert limited to some numbers shows only for those."""
        out = []
        for alert in self.installed(trusted):
            if not alert.active(today):
                continue
            if template is not None:
                if alert.template != template:
                    continue
            elif not (
                state
                and document_code
                and alert.issuing_state == state.replace("<", "")
                and alert.document_code[:1] == document_code[:1]
            ):
                continue
            limited = bool(alert.prefixes or alert.ranges)
            if limited and number and not alert.concerns_number(number):
                continue
            out.append(Match(alert, template is not None, limited and bool(number)))
        return out


def _installed_manifest(path: Path, trusted: Mapping[str, Ed25519PublicKey]) -> Alert:
    """The manifest of an installed file, its signature checked again against the hubs
    trusted now (a hub whose key the administrator removed is no longer believed); the images
    are checked when they are shown."""
    with path.open("rb") as handle:
        manifest, signature, data = _head(handle, path.name)
    key = trusted.get(str(data.get("publisher")))
    if key is None:
        raise AlertError("its hub is no longer trusted")
    try:
        key.verify(signature, manifest)
    except InvalidSignature:
        raise AlertError("its signature does not verify") from None
    return _placed(Alert.from_manifest(data), path)


def _unverified(path: Path) -> Alert | None:
    """An installed file's manifest without its signature checked: only to refuse replacing
    it by another hub's alert of the same id."""
    try:
        with path.open("rb") as handle:
            return Alert.from_manifest(_head(handle, path.name)[2])
    except (AlertError, OSError):
        return None


def _placed(alert: Alert, path: Path) -> Alert:
    return replace(alert, path=path)

"""One object that opens this workstation's store, signing key, image files and report book."""

from __future__ import annotations

import platform
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from verifier.inspection.result import InspectionResult
from verifier.library.package import library_fingerprint
from verifier.models import MODELS
from verifier.reports.book import Context, ReportBook
from verifier.reports.signing import WorkstationKey
from verifier.settings import Settings, make_private
from verifier.store.db import Database
from verifier.store.images import ImageStore
from verifier.store.settings import get_setting


@dataclass
class Workstation:
    settings: Settings
    db: Database
    key: WorkstationKey
    book: ReportBook

    @classmethod
    def open(cls, settings: Settings) -> Workstation:
        """Opens (and on first run creates) the database, the key and the image folder.
        Raises StoreError or SigningKeyError with what to do."""
        make_private(settings.data_dir)  # 0700, and anything an older version left open
        db = Database(settings.database_path)
        key = WorkstationKey.load_or_create(settings.keys_dir)
        return cls(settings, db, key, ReportBook(db, key, ImageStore(settings.images_dir)))

    def context(
        self,
        officer_id: int | None = None,
        officer_username: str | None = None,
        *,
        library: dict[str, str] | None = None,
        models: dict[str, str] | None = None,
    ) -> Context:
        with self.db.session() as s:
            name = str(get_setting(s, "workstation_name")) or platform.node()
            poe = str(get_setting(s, "point_of_entry"))
        return Context(officer_id, officer_username, name, poe, library or {}, models or {})

    def inspection_context(
        self,
        library: Path,
        officer_id: int | None = None,
        officer_username: str | None = None,
    ) -> Context:
        """Who and where, plus what the inspection ran with: the library and every model."""
        return self.context(
            officer_id,
            officer_username,
            library={"fingerprint": library_fingerprint(library), "label": library.name},
            models={m.name: m.sha256 for m in MODELS.values()},
        )

    def close(self) -> None:
        self.db.close()


def report_images(captures: Mapping[str, Path], result: InspectionResult) -> dict[str, bytes]:
    """The files a report keeps: each capture as taken, and each light aligned to the template
    (JPEG), on which the printed report outlines the failed features."""
    import cv2

    images = {role: path.read_bytes() for role, path in captures.items()}
    for light, array in result.aligned.items():
        ok, jpeg = cv2.imencode(
            ".jpg", cv2.cvtColor(array, cv2.COLOR_RGB2BGR), (cv2.IMWRITE_JPEG_QUALITY, 88)
        )
        if ok:
            images[f"{light}_aligned"] = jpeg.tobytes()
    return images

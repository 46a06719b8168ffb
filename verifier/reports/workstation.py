"""One object that opens this workstation's store, signing key, image files and report book."""

from __future__ import annotations

import platform
from dataclasses import dataclass

from verifier.reports.book import Context, ReportBook
from verifier.reports.signing import WorkstationKey
from verifier.settings import Settings
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

    def close(self) -> None:
        self.db.close()

"""Where Verifier keeps its data: one Settings object, built once and passed around.

``VERIFIER_HOME`` overrides the data directory (tests, portable installs); otherwise the
platform's user data directory is used.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

PACKAGE_ROOT = Path(__file__).resolve().parent


def _default_data_dir(env: Mapping[str, str]) -> Path:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
        return Path(env.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "Verifier"
    if sys.platform == "darwin":  # pragma: no cover
        return Path.home() / "Library" / "Application Support" / "Verifier"
    return Path(env.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "verifier"


def _bundled_library() -> Path:
    """The reference library shipped with Verifier: reference_docs/ beside the package."""
    for candidate in (PACKAGE_ROOT.parent / "reference_docs", PACKAGE_ROOT / "reference_docs"):
        if candidate.is_dir():
            return candidate
    return PACKAGE_ROOT.parent / "reference_docs"


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path
    bundled_library: Path
    enrolment: Path | None = None  # None: VERIFIER_ENROLMENT, else the system's place

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        home = env.get("VERIFIER_HOME")
        return cls(Path(home) if home else _default_data_dir(env), _bundled_library())

    @property
    def enrolment_path(self) -> Path:
        """Where this workstation's key is enrolled: outside the data dir, administrator-only
        (``verifier.reports.enrolment``)."""
        if self.enrolment is not None:
            return self.enrolment
        if os.environ.get("VERIFIER_ENROLMENT"):
            return Path(os.environ["VERIFIER_ENROLMENT"])
        if sys.platform == "win32":  # pragma: no cover - Windows builds
            program_data = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
            return Path(program_data) / "Verifier" / "enrolment.json"
        return Path("/etc/verifier/enrolment.json")

    @property
    def checkpoints_dir(self) -> Path:
        """Signed chain checkpoints written by this workstation (export them elsewhere)."""
        return self.data_dir / "checkpoints"

    @property
    def bundled_samples(self) -> Path:
        """The sample documents shipped for demonstrations and training."""
        return self.bundled_library.parent / "samples"

    @property
    def library_dir(self) -> Path:
        """Installed library packages (versions/ and the CURRENT pointer)."""
        return self.data_dir / "library"

    @property
    def trusted_publishers_dir(self) -> Path:
        return self.data_dir / "trust" / "publishers"

    @property
    def csca_dir(self) -> Path:
        """The chip's trust store: CSCA certificates (and their CRLs in ``crl/``), imported by an
        administrator from master lists and single files."""
        return self.data_dir / "trust" / "csca"

    @property
    def watchlists_dir(self) -> Path:
        """The imported watch lists of lost, stolen and revoked documents (verifier.watchlist)."""
        return self.data_dir / "watchlists"

    @property
    def alerts_dir(self) -> Path:
        """The imported fraud alerts from the regional hub (verifier.alerts)."""
        return self.data_dir / "alerts"

    @property
    def database_path(self) -> Path:
        """The inspection store (SQLite)."""
        return self.data_dir / "verifier.sqlite"

    @property
    def keys_dir(self) -> Path:
        """The workstation's signing key and the chain head."""
        return self.data_dir / "keys"

    @property
    def cache_dir(self) -> Path:
        """What is computed from the library and kept to start faster (reference features);
        safe to delete, never backed up."""
        return self.data_dir / "cache"

    @property
    def images_dir(self) -> Path:
        """Report images, named by sha256."""
        return self.data_dir / "images"


PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def restrict_new_files() -> None:
    """Files and folders this process creates are its user's alone (the data holds personal
    data), whatever umask the user or the desktop session set. Called first by every entry
    point; on Windows the user profile's ACL does this."""
    if os.name == "posix":
        os.umask(0o077)


def make_private(data_dir: Path) -> list[Path]:
    """Create the data dir 0700 and take group and other access away from anything in it that
    an older version or another tool left open; the paths that were changed."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if os.name != "posix":
        return []
    changed = []
    for path in [data_dir, *data_dir.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            path.chmod(mode & 0o700)
            changed.append(path)
    return changed


def writable(folder: Path) -> bool:
    """Whether this process may create files in ``folder`` (false on a read-only mount, even
    for root)."""
    return os.access(folder, os.W_OK | os.X_OK)


def not_private(data_dir: Path) -> list[Path]:
    """Entries of the data dir that other local users could read or change."""
    if os.name != "posix" or not data_dir.exists():
        return []
    return [
        p
        for p in [data_dir, *data_dir.rglob("*")]
        if not p.is_symlink() and p.stat().st_mode & 0o077
    ]


# Where Debian, Ubuntu, Fedora and the UB Mannheim Windows installer put Tesseract's data
_SYSTEM_TESSDATA: Final = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    r"C:\Program Files\Tesseract-OCR\tessdata",
)


def tessdata() -> Path | None:
    """The folder of Tesseract's English data: the copy inside an installed Verifier, else
    ``TESSDATA_PREFIX``, else the system's; None when there is none (the engine itself is the
    tesserocr library, ``verifier.imaging.tesseract``)."""
    bundled = PACKAGE_ROOT.parent / "tesseract" / "tessdata"
    prefix = os.environ.get("TESSDATA_PREFIX")
    for folder in (bundled, *([Path(prefix)] if prefix else []), *map(Path, _SYSTEM_TESSDATA)):
        if (folder / "eng.traineddata").is_file():
            return folder
    return None

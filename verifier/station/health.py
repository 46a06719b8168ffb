"""Is this installation ready to work? Models (sha256), reference library, OCR engine.

Run at start by the desktop application (a clear message instead of a failure on the first
inspection) and by ``verifier doctor``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from verifier.imaging.tesseract import version as tesseract_version
from verifier.imaging.tesseract import warm as tesseract_warm
from verifier.library import TemplateError, load_template
from verifier.library.integrity import LibraryIntegrityError
from verifier.library.package import active_library, checked_library
from verifier.model_files import MODELS, ModelError, model_path, models_dir
from verifier.serial import Serial
from verifier.settings import Settings, not_private, tessdata, writable


@dataclass(frozen=True, slots=True)
class Finding(Serial):
    part: str
    ok: bool
    detail: str


def check_installation(settings: Settings, models: Path | None = None) -> list[Finding]:
    found = []
    folder = models or models_dir()
    for name, model in MODELS.items():
        try:
            model_path.__wrapped__(name, folder)  # uncached: check the file as it is now
            found.append(Finding(f"model {name}", True, model.path))
        except ModelError as exc:
            found.append(Finding(f"model {name}", False, str(exc)))
    library = active_library(settings.library_dir, settings.bundled_library)
    try:
        checked_library(settings)
    except LibraryIntegrityError as exc:
        found.append(Finding("library integrity", False, str(exc)))
    else:
        found.append(Finding("library integrity", True, f"{library.name}: as signed"))
    templates, broken = 0, []
    for template in sorted(p for p in library.glob("*") if p.is_dir() and p.name[0] != "_"):
        try:
            load_template(template)
            templates += 1
        except TemplateError as exc:
            broken.append(str(exc))
    if templates:
        detail = f"{library} ({templates} templates)"
        if broken:
            detail += f"; invalid: {'; '.join(broken)}"
        found.append(Finding("reference library", True, detail))
    else:
        found.append(
            Finding(
                "reference library",
                False,
                f"no valid template in {library}: import a signed library package "
                "(verifier library import) or reinstall Verifier",
            )
        )
    exposed = not_private(settings.data_dir)
    found.append(
        Finding(
            "data folder",
            False,
            f"{settings.data_dir} is read-only for Verifier: nothing can be inspected, saved "
            "or even read (the audit log records every reading); make it writable",
        )
        if settings.data_dir.is_dir() and not writable(settings.data_dir)
        else Finding("data folder", True, f"{settings.data_dir} (owner only)")
        if not exposed
        else Finding(
            "data folder",
            False,
            f"{len(exposed)} entries of {settings.data_dir} can be read by other users "
            f"(e.g. {exposed[0]}); start Verifier once to make them private, or run "
            f"chmod -R go-rwx {settings.data_dir}",
        )
    )
    found.append(_enrolment(settings))
    engine, data = tesseract_version(), tessdata()
    found.append(
        Finding("tesseract", True, f"Tesseract {engine}, English data in {data}")
        if engine and data and tesseract_warm(tessdata=data)
        else Finding(
            "tesseract",
            False,
            "Tesseract is missing (its library or its English data): printed data (VIZ) "
            "cannot be read; reinstall Verifier",
        )
    )
    return found


def _enrolment(settings: Settings) -> Finding:
    from verifier.reports.enrolment import EnrolmentError, read_enrolment
    from verifier.reports.signing import fingerprint, public_key

    current = public_key(settings.keys_dir)
    if current is None:
        return Finding("enrolment", True, "no signing key yet (made at the first sign-in)")
    try:
        enrolled = read_enrolment(settings.enrolment_path)
    except EnrolmentError as exc:
        return Finding("enrolment", False, str(exc))
    if enrolled is None:
        return Finding(
            "enrolment",
            False,
            f"the signing key is not enrolled in {settings.enrolment_path}: reports can be "
            "verified only against the data folder itself; the computer's administrator runs "
            "`sudo verifier enrol` (docs/security.md)",
        )
    if enrolled.fingerprint != fingerprint(current):
        return Finding(
            "enrolment",
            True,
            f"enrolled {enrolled.fingerprint[:16]}...; the key in use came later by a rotation "
            "signed into the chain (verifier reports verify checks it)",
        )
    return Finding("enrolment", True, f"key {enrolled.fingerprint[:16]}... enrolled")

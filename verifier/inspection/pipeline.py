"""Inspect a capture set: read, identify, align, check every feature, decide a verdict.

The checks live in ``verifier.inspection.checks``, one module per family; this module runs
them as stages (``checks.stages``). Each stage is timed and isolated: a stage that raises
becomes ``status=error`` checks for what it would have checked, and the remaining stages still
run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path

from verifier.forensics.measures import RGB
from verifier.imaging import tesseract
from verifier.imaging.loading import Gray, channel_mean, load_rgb, probe_image
from verifier.imaging.mrz_reader import ImageRead, MrzReader
from verifier.inspection.checks import printed
from verifier.inspection.checks.barcodes import BarcodeChecks
from verifier.inspection.checks.chip import CHIP_CHECKS, ChipOutcome, ChipRequest
from verifier.inspection.checks.design import confidence, template_check
from verifier.inspection.checks.face import Bearer, Face, FaceChecks
from verifier.inspection.checks.features import FeatureChecks, reference_gray, unreferenced_lights
from verifier.inspection.checks.mrz import mrz_checks
from verifier.inspection.checks.stages import Stages
from verifier.inspection.identify import Identifier, Match, align, refine
from verifier.inspection.result import CheckResult, InspectionResult, StageFailure, verdict_of
from verifier.library import Template, TemplateError, load_template
from verifier.library.units import LIGHTS
from verifier.mrz import MrzResult


class Inspector:
    """Built once (models, templates, reference features); inspects many capture sets."""

    def __init__(
        self,
        library: Path,
        *,
        today: dt.date | None = None,
        face_thresholds: tuple[float, float] | None = None,
        cache: Path | None = None,
    ) -> None:
        """``face_thresholds``: (match, no match) cosine limits; SFace's defaults otherwise.
        ``cache``: a folder for what is computed from the library (the data dir's cache)."""
        self.library = library
        self.templates: list[Template] = []
        for folder in sorted(
            p for p in library.iterdir() if p.is_dir() and not p.name.startswith("_")
        ):
            try:
                self.templates.append(load_template(folder))
            except TemplateError:
                continue  # `verifier library list` reports it; inspection uses the valid ones
        self.identifier = Identifier(self.templates, cache=cache / "identify" if cache else None)
        self.reader = MrzReader(today=today)
        self.features = FeatureChecks()
        self.barcodes = BarcodeChecks(library / "_trust" / "seal-signers")
        self.face = FaceChecks(face_thresholds)
        tesseract.warm()  # the printed data's engine, loaded before the first inspection

    def inspect(
        self, captures: Mapping[str, Path], chip: ChipRequest | None = None
    ) -> InspectionResult:
        """``captures``: light (and ``bearer``) -> image file; ``visible`` is required.
        ``chip``: read the document's chip too (its checks join the others).

        Raises ImageError for a capture that cannot be read."""
        for key, path in captures.items():  # the bearer photo too, before any work
            if key not in LIGHTS:
                probe_image(path)
        # one helper thread beside the main line of stages (on 2 cores): while the visible
        # capture is read and identified, it decodes the other lights, works out the bearer
        # photo's face and decodes the bar codes (none depends on the document's design); then
        # the OCR. The chip, which mostly waits on its reader, has a thread of its own.
        with (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="inspection") as pool,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="chip") as reader,
        ):
            others: dict[str, Future[RGB]] = {
                light: pool.submit(load_rgb, path)
                for light, path in captures.items()
                if light in LIGHTS and light != "visible"
            }
            photo = captures.get("bearer")
            bearer = pool.submit(self.face.bearer, photo) if photo is not None else None
            visible = load_rgb(captures["visible"])
            return self._inspect(visible, others, bearer, pool, chip=chip, reader=reader)

    def _inspect(
        self,
        visible: RGB,
        others: Mapping[str, Future[RGB]],
        bearer: Bearer | None,
        pool: Executor,
        *,
        chip: ChipRequest | None,
        reader: Executor,
    ) -> InspectionResult:
        """``others``: the other lights, decoding (a capture that cannot be read raises its
        ImageError here, as ``inspect`` promises); ``reader``: where the chip is read."""
        images = {"visible": visible}
        gray: Gray = channel_mean(visible)
        stages = Stages()

        # the bar codes need only the grey image: decoded on the helper thread while the MRZ
        # and the design are found (it is idle then), judged once those are known
        codes = stages.later(pool, "barcodes", lambda: self.barcodes.read(gray))
        read, checks = self._mrz(stages, gray)
        mrz = read.result if read is not None else None
        chip_read = self._read_chip(stages, reader, chip, mrz) if chip is not None else None

        ranked = stages.run("identify", lambda: self._rank(gray, mrz, images["visible"]))
        if isinstance(ranked, StageFailure):
            checks += ranked.checks(("template.identified",))
            ranked = []
        else:
            checks.append(template_check(ranked[0] if ranked else None, confidence(ranked), mrz))
        match = ranked[0] if ranked else None
        images |= {light: image.result() for light, image in others.items()}

        aligned: dict[str, RGB] = {}
        fine: Match | None = match
        if match is not None:
            fine, warped = self._align(stages, match, gray, images)
            if isinstance(warped, StageFailure):
                checks += warped.checks(feature_ids(match.template))
            else:
                aligned = warped
                features, reading = self._referenced(stages, pool, fine, aligned, mrz)
                # the OCR, beside the features; not beside the face stage as well: four
                # Tesseract processes and the face models on two cores slow each other
                checks += features
                if reading is not None:
                    checks += _or_errors(reading.result(), ("viz.mrz_consistency",))
        barcodes_at = len(checks)  # their place in the list, filled in when they are done
        face: Face | None = None
        if match is None and not stages.failed("identify"):
            found = stages.run("unreferenced", lambda: self._unreferenced(images, bearer, read))
            if isinstance(found, StageFailure):
                checks += found.checks(("viz.mrz_consistency", "face.match"))
            else:
                checks += found[0]
                face = found[1]
        if fine is not None and "visible" in aligned:
            face_checks, face = self._face(stages, fine, aligned["visible"], bearer)
            checks += face_checks
        decoded = codes.result()
        judged = (
            decoded
            if isinstance(decoded, StageFailure)
            else stages.run("barcodes", lambda: self.barcodes.judge(decoded, match, mrz))
        )
        checks[barcodes_at:barcodes_at] = _or_errors(judged, ("barcode.decoded",))
        chip_portrait = None
        if chip_read is not None:
            chip_outcome = chip_read.result()
            checks += self._chip(stages, chip_outcome, fine, aligned, bearer)
            if not isinstance(chip_outcome, StageFailure):
                chip_portrait = chip_outcome.portrait
        return InspectionResult(
            template=match.template.id if match else None,
            template_confidence=confidence(ranked),
            mrz=mrz,
            checks=tuple(checks),
            verdict=verdict_of(tuple(checks)),
            timing_ms=stages.timings,
            face=face,
            frame_dpi=fine.template.dpi if fine is not None and aligned else None,
            aligned=aligned,
            failed_stages=tuple(stages.failures),
            chip_portrait=chip_portrait,
        )

    def _mrz(self, stages: Stages, gray: Gray) -> tuple[ImageRead | None, list[CheckResult]]:
        read = stages.run("mrz", lambda: self.reader.read(gray))
        if isinstance(read, StageFailure):
            return None, read.checks(("mrz.present",))
        return read, mrz_checks(read)

    def _face(
        self, stages: Stages, match: Match, visible: RGB, bearer: Bearer | None
    ) -> tuple[list[CheckResult], Face | None]:
        portrait = stages.run("face", lambda: self.face(match, visible, bearer))
        if isinstance(portrait, StageFailure):
            return portrait.checks(("face.match",)), None
        return portrait

    def _chip(
        self,
        stages: Stages,
        outcome: ChipOutcome | StageFailure,
        match: Match | None,
        aligned: Mapping[str, RGB],
        bearer: Bearer | None,
    ) -> list[CheckResult]:
        """The chip's checks, and its portrait against the bearer and the printed portrait."""
        if isinstance(outcome, StageFailure):
            return outcome.checks((*CHIP_CHECKS, "face.chip_match"))
        if outcome.portrait is None:
            return outcome.checks
        printed = (
            self.face.portrait(match, aligned["visible"])
            if match is not None and "visible" in aligned
            else None
        )
        chip_portrait = outcome.portrait
        faces = stages.run(
            "chip_face", lambda: self.face.chip_match(chip_portrait, bearer, printed)
        )
        if isinstance(faces, StageFailure):
            return [*outcome.checks, *faces.checks(("face.chip_match",))]
        return [*outcome.checks, faces]

    @staticmethod
    def _read_chip(
        stages: Stages, pool: Executor, chip: ChipRequest, mrz: MrzResult | None
    ) -> Future[ChipOutcome | StageFailure]:
        """The chip, read beside the other stages (a reader takes seconds for DG2): the MRZ read
        from the capture is its key unless the officer typed the CAN."""
        lines = mrz.lines if mrz is not None else None
        return stages.later(
            pool,
            "chip",
            lambda: chip.checks(chip.source, lines, can=chip.can, progress=chip.progress),
        )

    def _rank(self, gray: Gray, mrz: MrzResult | None, rgb: RGB | None = None) -> list[Match]:
        """Designs of the MRZ's state and format first (look-alike series stay together, so a
        right MRZ on the wrong design is still caught); every design when none of them matches
        (shortlisted by colour in a large library: ``Identifier.rank``)."""
        if mrz is not None:
            same = {
                t.id
                for t in self.templates
                if t.issuing_state == mrz.issuing_state and t.format is mrz.format
            }
            if same:
                ranked = self.identifier.rank(gray, only=same)
                if ranked:
                    return ranked
        return self.identifier.rank(gray, rgb=rgb)

    def _align(
        self, stages: Stages, match: Match, gray: Gray, images: Mapping[str, RGB]
    ) -> tuple[Match, dict[str, RGB] | StageFailure]:
        """The match sharpened (the coarse one if refining fails) and every light warped onto
        the template's frame."""
        reference = reference_gray(match.template.images["visible"])
        refined = stages.run("refine", lambda: refine(match, gray, reference))
        fine = match if isinstance(refined, StageFailure) else refined
        warped = stages.run("align", lambda: {k: align(v, fine) for k, v in images.items()})
        return fine, warped

    def _referenced(
        self,
        stages: Stages,
        pool: Executor,
        match: Match,
        aligned: dict[str, RGB],
        mrz: MrzResult | None,
    ) -> tuple[list[CheckResult], Future[list[CheckResult] | StageFailure] | None]:
        """What the template's reference lets us check: its features, and the printed data
        (read by OCR on the helper thread meanwhile: its checks when they are done)."""
        visible = aligned.get("visible")
        reading = (
            stages.later(pool, "viz", lambda: printed.viz_check(match, visible, mrz))
            if mrz is not None and visible is not None
            else None
        )
        features = _or_errors(
            stages.run("forensics", lambda: self.features(match, aligned)),
            feature_ids(match.template),
        )
        return features, reading

    def _unreferenced(
        self, images: Mapping[str, RGB], bearer: Bearer | None, read: ImageRead | None
    ) -> tuple[list[CheckResult], Face | None]:
        """What can be checked on a document the library has no reference for: the printed
        data against the MRZ wherever they can be found, the MRZ's lines in IR, the portrait
        (found by face detection) against the bearer. Lights with features of their own are
        listed as not compared."""
        out: list[CheckResult] = []
        visible = images["visible"]
        if read is not None:
            out.append(printed.viz_search(visible, read))
            if "ir" in images:
                out.append(printed.mrz_in_ir(images["ir"], visible, read))
        out += unreferenced_lights(images)
        face_checks, face = self.face.unreferenced(visible, bearer)
        return out + face_checks, face


def feature_ids(template: Template) -> tuple[str, ...]:
    """The check ids a template's features feed, each once."""
    return tuple(dict.fromkeys(f.check for f in template.features))


def _or_errors(
    outcome: list[CheckResult] | StageFailure, ids: tuple[str, ...]
) -> list[CheckResult]:
    """A stage's checks, or, when it failed, errors for the checks it would have made."""
    return outcome.checks(ids) if isinstance(outcome, StageFailure) else outcome

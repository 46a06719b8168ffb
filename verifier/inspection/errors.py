"""What an inspection raises by design, as opposed to a fault in Verifier.

A capture that cannot be read, a model file or a shipped library that is damaged: the officer
is told what happened and what to do (capture again, run ``verifier doctor``). Anything else an
inspection raises is a fault, reported as one (``verifier.gui.runner``)."""

from __future__ import annotations

from typing import Final

from verifier.imaging.loading import ImageError
from verifier.library.integrity import LibraryIntegrityError
from verifier.model_files import ModelError

INSPECTION_ERRORS: Final = (ImageError, ModelError, LibraryIntegrityError)

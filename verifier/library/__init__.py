"""The reference library: document templates, their validation, and signed packages."""

from verifier.library.template import (
    CHECK_IDS,
    Feature,
    Region,
    Template,
    TemplateError,
    load_template,
)

__all__ = ["CHECK_IDS", "Feature", "Region", "Template", "TemplateError", "load_template"]

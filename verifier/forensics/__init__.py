"""Per-light checks of an aligned capture against its template's features."""

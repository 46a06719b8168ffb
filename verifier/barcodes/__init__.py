"""Bar codes on travel documents and ICAO Doc 9303-13 visible digital seals."""

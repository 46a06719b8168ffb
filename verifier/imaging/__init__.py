"""Image input and the MRZ reader: loading, localisation, recognition."""

"""The inspection pipeline: captures in, feature-by-feature checks and a verdict out."""

"""Face detection, alignment, embedding and comparison of portrait and bearer."""

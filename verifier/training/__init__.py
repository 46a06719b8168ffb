"""Training and mentoring sessions (kept apart from operational reports)."""

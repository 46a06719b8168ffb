"""The regional hub (issue 19): it gathers the non-personal contribution bundles of many
workstations (``verifier.share``) into one database, PostgreSQL in production and SQLite for a
demonstration, for trend analysis by the region's analysts.

Its own package and command (``verifier-hub``), sharing only the bundle format with the
workstation; it needs neither Qt nor the workstation's store.
"""

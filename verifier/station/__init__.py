"""The workstation as a whole: its data dir opened (store, signing key, report book, accounts),
backed up and restored, and checked (``verifier doctor``)."""

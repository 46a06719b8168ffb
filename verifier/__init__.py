"""Verifier: offline secondary-line inspection of travel documents and their bearers."""

__version__ = "0.1.0"

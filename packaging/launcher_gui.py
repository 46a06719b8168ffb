"""Entry point of the installed desktop application (no console window on Windows)."""

import sys

from verifier.cli import main

if __name__ == "__main__":
    sys.exit(main(["gui", *sys.argv[1:]]))

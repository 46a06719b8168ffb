"""Entry point of the installed Verifier (PyInstaller bundle): the `verifier` command."""

import sys

from verifier.cli import main

if __name__ == "__main__":
    sys.exit(main())

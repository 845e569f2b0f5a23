"""The standalone build's entry point: the same `main` as the `holdfast` command."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""Holdfast: a calm tracker for a period of no contact after a breakup."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("holdfast")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

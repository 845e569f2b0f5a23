"""Helpers for the packaging tests: the checkout's files, the validators, and the project."""

from __future__ import annotations

import configparser
import os
import shutil
import tomllib
from pathlib import Path

import pytest

import app

ROOT = Path(app.__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
# The Debian package that brings each validator.
VALIDATORS = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def validator(name: str) -> str:
    """The path of a validator; a test without it skips, except in CI, where .ci/run installs it."""
    found = shutil.which(name)
    if found:
        return found
    package = VALIDATORS[name]
    if os.environ.get("CI"):
        pytest.fail(f"{name} is missing in CI: .ci/run installs the Debian package {package}")
    pytest.skip(f"{name} is not installed (on Debian or Ubuntu: sudo apt install {package})")


def project() -> dict[str, object]:
    """pyproject.toml's [project] table."""
    table = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert isinstance(table, dict)
    return table


def read_entry(path: Path) -> configparser.ConfigParser:
    """A desktop entry's groups and keys, as written (no escapes undone, keys keep their case)."""
    entry = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    entry.optionxform = str  # type: ignore[assignment, method-assign]
    entry.read_string(path.read_text(encoding="utf-8"))
    return entry


def unescaped(value: str) -> str:
    """A desktop entry string value with its escapes undone (only \\\\ can occur here)."""
    return value.replace("\\\\", "\\")


def exec_arguments(value: str) -> list[str]:
    """The arguments an Exec value runs, unquoted as the desktop entry spec describes."""
    text = unescaped(value).replace("%%", "%")
    arguments: list[str] = []
    current: list[str] | None = None
    quoted = escaped = False
    for char in text:
        if escaped:
            current = (current or []) + [char]
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
            current = current or []
        elif char == " " and not quoted:
            if current is not None:
                arguments.append("".join(current))
            current = None
        else:
            current = (current or []) + [char]
    if current is not None:
        arguments.append("".join(current))
    return arguments

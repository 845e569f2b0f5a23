"""Compiling a translation catalogue (.ts) into what Qt reads (.qm) with the PySide6 wheel's own
pyside6-lrelease, so that tests need no `make` before them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def qt_tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease, beside the Python running the tests."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} was not found beside the Python running the tests: it comes with the "
            "PySide6 wheel, so reinstall PySide6-Essentials into this environment"
        )
    return found


def run_tool(*command: str | Path) -> None:
    ran = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert ran.returncode == 0, ran.stdout + ran.stderr


def compiled(ts: Path, folder: Path) -> Path:
    """`ts` compiled into `folder`, as `make` compiles it beside its source."""
    qm = folder / ts.with_suffix(".qm").name
    run_tool(qt_tool("pyside6-lrelease"), "-silent", ts, "-qm", qm)
    return qm

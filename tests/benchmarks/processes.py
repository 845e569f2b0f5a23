"""How the benchmarks start Holdfast as a process of its own, as a launcher or a shortcut does."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.ui.app import QUIT_AFTER_PAINT


def holdfast_command() -> list[str]:
    """The installed `holdfast` command, as a launcher runs it; `python -m app` without one."""
    scripts = Path(sys.executable).parent
    if (scripts / "holdfast").exists():
        return [str(scripts / "holdfast")]
    return [sys.executable, "-m", "app"]


def reporting_its_paint(folder: Path) -> dict[str, str]:
    """The environment of a window on `folder` that reports its first paint and then quits."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOLDFAST_DATA_DIR": str(folder),
        QUIT_AFTER_PAINT: "1",
    }

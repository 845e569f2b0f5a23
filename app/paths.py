"""The one place that decides where the user's data folder is."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

APP_NAME = "holdfast"
DATA_DIR_VARIABLE = "HOLDFAST_DATA_DIR"


def data_folder(flag: str | None, environ: Mapping[str, str]) -> Path:
    """The `--data-dir` flag, else HOLDFAST_DATA_DIR, else the platform's user data folder."""
    chosen = flag or environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser().absolute()
    from platformdirs import user_data_path  # only needed when nothing was chosen

    return user_data_path(APP_NAME, appauthor=False)

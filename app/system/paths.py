"""The one place that decides where the user's data folder is."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

APP_NAME = "holdfast"
DATA_DIR_VARIABLE = "HOLDFAST_DATA_DIR"


def data_folder(
    flag: str | None, environ: Mapping[str, str], tell: Callable[[str], None] = lambda _: None
) -> Path:
    """The `--data-dir` flag, else HOLDFAST_DATA_DIR, else the platform's user data folder.

    A relative choice is made absolute here, once, against the current folder, and `tell` hears
    which folder that is. It is used rather than refused: refusing would turn away someone who
    came to log an urge over how a path was spelled, while the line still shows a launcher or
    script started elsewhere where its entries went.
    """
    chosen = flag or environ.get(DATA_DIR_VARIABLE)
    if chosen:
        folder = Path(chosen).expanduser()
        if not folder.is_absolute():
            folder = folder.absolute()
            source = "--data-dir" if flag else DATA_DIR_VARIABLE
            tell(f"{source} {chosen!r} is a relative path; using the data folder {folder}.")
        return folder
    from platformdirs import user_data_path  # only needed when nothing was chosen

    return user_data_path(APP_NAME, appauthor=False)

"""What the window says when its data file went back in time or went missing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.ui.translation import TranslationContext
from app.ui.wording import moment_text


class DataFile(TranslationContext):
    """What the window says about its data file."""


def went_back_text(missing: int, undone: int) -> str:
    """After an older copy of the data file took the newer one's place and was mended: `missing`
    entries the copy lacked and `undone` changes it took back were put back."""
    put_back = []
    if missing:
        put_back.append(DataFile.tr("the %n entries it was missing", "", missing))
    if undone:
        put_back.append(DataFile.tr("%n changes you had made", "", undone))
    return DataFile.tr(
        "An older copy of your data file took the place of the newer one (a sync tool can do "
        "this). Holdfast put back %s, so nothing is lost; the older copy is kept in the backups.",
    ) % DataFile.tr(" and ").join(put_back)


def newest_backup_text(taken_at: datetime) -> str:
    """Which backup puts the missing file back: the one taken at `taken_at`, local time."""
    return DataFile.tr("The newest backup, from %s, puts it back.") % moment_text(taken_at)


def vanished_text(data_file: Path, newest_backup_at: datetime | None) -> str:
    """While the window is open and its data file is gone; the backup's time is local time."""
    return " ".join(
        (
            DataFile.tr(
                "Your data file, %s, is gone from its folder (a sync tool or a mistake may have "
                "moved it). Holdfast saves nothing new until it is back, as a new file would "
                "hide the loss.",
            )
            % data_file.name,
            newest_backup_text(newest_backup_at)
            if newest_backup_at is not None
            else DataFile.tr(
                "There is no good backup of it: put the file back in %s (a sync tool may keep a "
                "copy) and Holdfast picks it up.",
            )
            % str(data_file.parent),
            DataFile.tr(
                "Urges and contacts you log meanwhile are kept, even if Holdfast is closed, and "
                "saved once the file is back.",
            ),
        )
    )

"""What the window says when its data file went back in time or went missing."""

from __future__ import annotations

from datetime import tzinfo

from app.storage.errors import MissingDataFile
from app.storage.rewind import Mend
from app.ui.translation import TranslationContext
from app.ui.widgets.history_text import moment_text


class DataFile(TranslationContext):
    """What the window says about its data file."""


def went_back_text(mend: Mend) -> str:
    """After an older copy of the data file took the newer one's place and was mended."""
    put_back = []
    # One and many said apart: with no English translation file, Qt would show "1 changes".
    if mend.missing == 1:
        put_back.append(DataFile.tr("the 1 entry it was missing"))
    elif mend.missing:
        put_back.append(DataFile.tr("the %n entries it was missing", "", mend.missing))
    if mend.undone == 1:
        put_back.append(DataFile.tr("1 change you had made"))
    elif mend.undone:
        put_back.append(DataFile.tr("%n changes you had made", "", mend.undone))
    return DataFile.tr(
        "An older copy of your data file took the place of the newer one (a sync tool can do "
        "this). Holdfast put back %s, so nothing is lost; the older copy is kept in the backups.",
    ) % DataFile.tr(" and ").join(put_back)


def newest_backup_text(missing: MissingDataFile, zone: tzinfo | None) -> str:
    """Which backup puts the missing file back; call only when there is one."""
    assert missing.newest_backup is not None
    return DataFile.tr("The newest backup, from %s, puts it back.") % moment_text(
        missing.newest_backup.taken_at.astimezone(zone)
    )


def vanished_text(missing: MissingDataFile, zone: tzinfo | None) -> str:
    """While the window is open and its data file is gone."""
    return " ".join(
        (
            DataFile.tr(
                "Your data file, %s, is gone from its folder (a sync tool or a mistake may have "
                "moved it). Holdfast saves nothing new until it is back, as a new file would "
                "hide the loss.",
            )
            % missing.path.name,
            newest_backup_text(missing, zone)
            if missing.newest_backup is not None
            else DataFile.tr(
                "There is no good backup of it: put the file back in %s (a sync tool may keep a "
                "copy) and Holdfast picks it up.",
            )
            % str(missing.path.parent),
            DataFile.tr(
                "Urges and contacts you log meanwhile are kept while Holdfast stays open, and "
                "saved once the file is back.",
            ),
        )
    )

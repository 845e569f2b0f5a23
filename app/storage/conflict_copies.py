"""Sync tools' conflicting copies of the data file: finding them beside it, merging them in, and
keeping each merged copy in a folder of its own (never deleting one)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain.errors import InvalidEntry
from app.storage.errors import NotAnExport
from app.storage.files import files_named, make_private_folder
from app.storage.store import Store

MERGED_FOLDER = "merged"
# When two computers changed holdfast.json before syncing, the tool keeps the other version as
# a copy beside it, named for instance
#   holdfast.sync-conflict-20260301-120000-ABCDEFG.json      (Syncthing)
#   holdfast (Sam's conflicted copy 2026-03-01).json         (Dropbox)
#   holdfast (conflicted copy 2026-03-01 120000).json        (Nextcloud)
#   holdfast_conflict-20260301-120000.json                   (ownCloud)
# None of Holdfast's own files has "conflict" in its name.
_CONFLICT_COPY = re.compile(r"^holdfast[ ._(-].*(conflict|konflikt).*\.json$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MergedCopies:
    kept: tuple[Path, ...]  # each merged copy, where it is kept now
    entries_added: int  # urges, contacts, plans and journal entries that were missing here
    refused: tuple[tuple[Path, str], ...]  # copies left in place, with what is wrong with each


def conflict_copies(folder: Path) -> list[Path]:
    """The conflict copies lying beside the data file in `folder`, by name."""
    return files_named(folder, _CONFLICT_COPY)


def merge_conflict_copies(store: Store, now: datetime) -> MergedCopies:
    """Imports each conflict copy in the store's folder, then moves it into merged/.

    A copy that cannot be imported is left where it is and named in `refused`; any other failure
    (a full disk, a damaged data file) stops here, the copies not yet merged left in place.
    """
    kept: list[Path] = []
    refused: list[tuple[Path, str]] = []
    added = 0
    for copy in conflict_copies(store.folder):
        try:
            new, _ = store.import_from(copy, now)
        except (NotAnExport, InvalidEntry) as error:
            refused.append((copy, str(error)))
            continue
        added += len(new.events) + len(new.journal)
        kept.append(_move_aside(copy, store.folder / MERGED_FOLDER))
    if kept:
        from app.storage.protecting import finish_sealing

        finish_sealing(store)  # with protection on, a copy kept must not stay readable
    return MergedCopies(tuple(kept), added, tuple(refused))


def _move_aside(copy: Path, into: Path) -> Path:
    make_private_folder(into)
    kept = into / copy.name
    number = 1
    while kept.exists() or kept.is_symlink():  # an earlier copy of the same name stays too
        number += 1
        kept = into / f"{copy.stem}-{number}{copy.suffix}"
    copy.rename(kept)  # within one folder tree: one step, the copy is never in neither place
    return kept

"""Rolling copies of the data file in a private backups/ folder: taking, listing, pruning, and
removing a deleted journal entry from them."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from app.storage.errors import DataFileError
from app.storage.files import (
    make_private_folder,
    read_ordinary_file,
    refuse_link,
    remove_private_file,
    write_file,
)
from app.storage.layout import JOURNAL
from app.storage.safe_storage import parse_tables

if TYPE_CHECKING:
    from app.storage.protection import Sealing

# A copy at most an hour old before any save, so a damaged file costs at most an hour of entries;
# all copies of the last day are kept, and before that the last copy of each of 30 days. None is
# kept longer than that, even when the app was not used every day: the window tells the user
# that a deleted journal entry stays in the backups for up to a month.
EVERY = timedelta(hours=1)
RECENT = timedelta(days=1)
DAYS_KEPT = 30
OLDEST = RECENT + timedelta(days=DAYS_KEPT)
_NAME = re.compile(
    r"^holdfast-(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(\d{6})Z(?:-(?P<reason>[a-z-]+))?\.json$"
)
_STAMP = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    reason: str  # "regular", or why a copy was taken out of turn ("before-upgrade", ...)

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What removing a journal entry from the backups did."""

    cleaned: int  # backups that held the entry and no longer do
    unreadable: int  # damaged or unreadable backups, left as they were: they may still hold it


def _taken_at(name: re.Match[str]) -> datetime | None:
    """When the backup was taken, from its name; None for a name that is no real time.

    Read without strptime, whose first call costs every command that lists the backups (each
    save does) several milliseconds of set-up.
    """
    try:
        year, month, day, hour, minute, second, micro = (int(part) for part in name.groups()[:7])
        return datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)
    except ValueError:
        return None


class Backups:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def list(self) -> list[Backup]:
        """Every backup, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for entry in os.scandir(self.folder):
            match = _NAME.match(entry.name)
            # A link named like a backup is not one Holdfast took: never read, rewritten or pruned.
            if match and entry.is_file(follow_symlinks=False):
                taken_at = _taken_at(match)
                if taken_at is not None:
                    found.append(Backup(Path(entry.path), taken_at, match["reason"] or "regular"))
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def find(self, name: str) -> Backup | None:
        return next((b for b in self.list() if b.name == name), None)

    def is_due(self, now: datetime) -> bool:
        """True when no backup was taken in the last hour.

        Copies dated after `now` (the clock was set back) do not count, or none would be taken
        until the clock caught up with them.
        """
        return not any(timedelta(0) <= now - b.taken_at < EVERY for b in self.list())

    def take(self, payload: bytes, now: datetime, reason: str = "regular") -> Backup:
        refuse_link(self.folder)
        make_private_folder(self.folder)
        stamp = now.astimezone(UTC).strftime(_STAMP)
        suffix = "" if reason == "regular" else f"-{reason}"
        path = self.folder / f"holdfast-{stamp}Z{suffix}.json"
        write_file(path, payload)
        self._prune(now)
        return Backup(path, now.astimezone(UTC).replace(tzinfo=UTC), reason)

    def forget_journal_entry(self, entry_id: str, sealing: Sealing) -> Forgotten:
        """Rewrites every backup that holds the journal entry `entry_id` without it.

        Each copy keeps its name, so its date, and everything else it holds. A backup that cannot
        be read is left byte for byte as it is and counted, as it may still hold the entry. Call
        holding the store's lock, so no save takes or prunes a copy meanwhile. Raises WriteFailed
        when a copy cannot be rewritten; the ones rewritten before stay clean. A protected copy
        is opened and sealed again by `sealing`.
        """
        refuse_link(self.folder)
        cleaned = unreadable = 0
        for backup in self.list():
            try:
                stored = read_ordinary_file(backup.path)
                tables = parse_tables(backup.path, sealing.opened(backup.path, stored))
            except (DataFileError, OSError):
                unreadable += 1
                continue
            journal = tables.get(JOURNAL, {})
            holding = [key for key, doc in journal.items() if doc.get("id") == entry_id]
            if not holding:
                continue
            for key in holding:
                del journal[key]
            write_file(backup.path, sealing.seal(orjson.dumps(tables)))
            cleaned += 1
        return Forgotten(cleaned, unreadable)

    def _prune(self, now: datetime) -> None:
        days_kept: set[date] = set()
        for backup in self.list():  # newest first, so each day keeps its last copy
            if now - backup.taken_at < RECENT:
                continue
            day = backup.taken_at.astimezone(now.tzinfo).date()
            too_old = now - backup.taken_at > OLDEST
            if not too_old and day not in days_kept and len(days_kept) < DAYS_KEPT:
                days_kept.add(day)
                continue
            remove_private_file(backup.path)

"""Rolling copies of the data file in a private backups/ folder: taking, listing, pruning."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.storage.files import make_private_folder, write_file

# A copy at most an hour old before any save, so a damaged file costs at most an hour of entries;
# all copies of the last day are kept, and before that the last copy of each of 30 days.
EVERY = timedelta(hours=1)
RECENT = timedelta(days=1)
DAYS_KEPT = 30
_NAME = re.compile(r"^holdfast-(\d{8}T\d{6}\d{6})Z(?:-([a-z-]+))?\.json$")
_STAMP = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    reason: str  # "regular", or why a copy was taken out of turn ("before-upgrade", ...)

    @property
    def name(self) -> str:
        return self.path.name


class Backups:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def list(self) -> list[Backup]:
        """Every backup, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                taken_at = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
                found.append(Backup(path, taken_at, match[2] or "regular"))
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
        make_private_folder(self.folder)
        stamp = now.astimezone(UTC).strftime(_STAMP)
        suffix = "" if reason == "regular" else f"-{reason}"
        path = self.folder / f"holdfast-{stamp}Z{suffix}.json"
        write_file(path, payload)
        self._prune(now)
        return Backup(path, now.astimezone(UTC).replace(tzinfo=UTC), reason)

    def _prune(self, now: datetime) -> None:
        days_kept: set[date] = set()
        for backup in self.list():  # newest first, so each day keeps its last copy
            if now - backup.taken_at < RECENT:
                continue
            day = backup.taken_at.astimezone(now.tzinfo).date()
            if day not in days_kept and len(days_kept) < DAYS_KEPT:
                days_kept.add(day)
                continue
            backup.path.unlink(missing_ok=True)

"""Rolling copies of the data file in a private backups/ folder: taking, listing, pruning."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.storage.files import make_private_folder, write_file

KEEP = 30  # about a month of daily copies; the oldest go first
_NAME = re.compile(r"^holdfast-(\d{8}T\d{6}\d{6})Z(?:-([a-z-]+))?\.json$")
_STAMP = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    reason: str  # "daily", or why a copy was taken out of turn ("before-upgrade", ...)

    @property
    def name(self) -> str:
        return self.path.name


class Backups:
    def __init__(self, folder: Path, keep: int = KEEP) -> None:
        self.folder = folder
        self.keep = keep

    def list(self) -> list[Backup]:
        """Every backup, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                taken_at = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
                found.append(Backup(path, taken_at, match[2] or "daily"))
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def find(self, name: str) -> Backup | None:
        return next((b for b in self.list() if b.name == name), None)

    def is_due(self, now: datetime) -> bool:
        """True when no backup was taken yet on today's local date."""
        newest = next(iter(self.list()), None)
        return newest is None or newest.taken_at.astimezone(now.tzinfo).date() < now.date()

    def take(self, payload: bytes, now: datetime, reason: str = "daily") -> Backup:
        make_private_folder(self.folder)
        stamp = now.astimezone(UTC).strftime(_STAMP)
        suffix = "" if reason == "daily" else f"-{reason}"
        path = self.folder / f"holdfast-{stamp}Z{suffix}.json"
        write_file(path, payload)
        self._prune()
        return Backup(path, now.astimezone(UTC).replace(tzinfo=UTC), reason)

    def _prune(self) -> None:
        for old in self.list()[self.keep :]:
            old.path.unlink(missing_ok=True)

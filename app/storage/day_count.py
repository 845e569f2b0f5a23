"""The day count a panel may show while Holdfast is locked, when the user allowed it.

With protection on, nothing in the folder says when anything happened, except this one small
plain file, written only while "show the day count while locked" is chosen: when the current
run began and the target in days. It holds no note, no kind, nothing else; turning the choice
off removes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.storage.errors import StorageError
from app.storage.files import read_ordinary_file, remove_private_file, write_file

if TYPE_CHECKING:
    from app.storage.store import Store

DAY_COUNT_FILE_NAME = "day-count.json"


@dataclass(frozen=True, slots=True)
class DayCount:
    run_started_at: datetime
    target_days: int


def keep_day_count(folder: Path, count: DayCount | None) -> None:
    """Writes the day count, unless it already says the same; None removes it. Never raises:
    without it a locked panel shows less, and nothing is lost."""
    path = folder / DAY_COUNT_FILE_NAME
    if count is None:
        remove_private_file(path)
        return
    if read_day_count(folder) == count:
        return
    payload = {"run_started_at": count.run_started_at.isoformat(), "target_days": count.target_days}
    try:
        write_file(path, json.dumps(payload).encode("utf-8"))
    except (StorageError, OSError):  # a read-only folder, a full disk: the count is only shown
        return


def read_day_count(folder: Path) -> DayCount | None:
    """The day count kept, or None when there is none or it cannot be read."""
    try:
        raw = json.loads(read_ordinary_file(folder / DAY_COUNT_FILE_NAME))
        started = datetime.fromisoformat(raw["run_started_at"])
        target = raw["target_days"]
        if started.tzinfo is None or type(target) is not int:
            return None
        return DayCount(started, target)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def follow_day_count(store: Store, now: datetime) -> None:
    """Brings the day count up to date with the data, or removes it when the user has not
    allowed it (or protection is off); call after a change, unlocked. Never raises."""
    from app.storage.errors import StorageError
    from app.storage.protection import read_protection

    if store.locked:
        return
    try:
        protection = read_protection(store.folder)
        allowed = protection is not None and protection.options.day_count_while_locked
        keep_day_count(store.folder, _day_count(store, now) if allowed else None)
    except (StorageError, OSError):
        return  # said where the data is used; the count only shows less


def _day_count(store: Store, now: datetime) -> DayCount | None:
    from app.domain.status import status

    current = status(store.overview().timeline, now)
    if current.countdown is None:
        return None
    return DayCount(current.countdown.started_at, current.countdown.target_days)


def counted_after_contact(folder: Path, at: datetime) -> None:
    """A contact logged while locked starts the run again from `at` in the day count, as the
    data will say once it is unlocked; an earlier contact changes nothing here."""
    kept = read_day_count(folder)
    if kept is not None and at > kept.run_started_at:
        keep_day_count(folder, DayCount(at, kept.target_days))

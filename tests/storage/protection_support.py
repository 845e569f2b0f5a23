"""What the protection tests share: a data folder holding every kind of thing a person writes, in
every file Holdfast keeps it in; the search for those words in every byte of the folder; what
each file holds, opened; and system calls that fail at a chosen step."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from app.domain import intents
from app.domain.check_ins import Mood, Pull
from app.domain.clock import FixedClock
from app.domain.events import ContactKind, StartedBy, UrgeKind
from app.domain.goals import Area, Goal, Recurrence
from app.domain.hard_dates import HardDate
from app.domain.journal import JournalDraft, Prompt, write_entry
from app.domain.logbook import Logbook, log_urge, plan, record_contact
from app.storage.conflict_copies import conflict_copies, merge_conflict_copies
from app.storage.day_count import DAY_COUNT_FILE_NAME
from app.storage.journal_draft import save_draft
from app.storage.lock import LOCK_FILE_NAME
from app.storage.protection import PROTECTION_FILE_NAME, Keys, read_protection
from app.storage.store import Store
from app.storage.waiting_entries import keep_for_later, keep_waiting, set_aside_waiting

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a heron stands in the cold river"
WRONG_PASSPHRASE = "correct horse battery stable"

# What the person wrote, each in ASCII so that any JSON escaping leaves it findable as it is.
URGE_NOTE = "saw the blue bicycle outside the bakery"
CONTACT_NOTE = "they rang about the keys to the flat"
JOURNAL_TEXT = "Sunday mornings at the market were ours"
GOAL_TITLE = "Walk the long way round the harbour"
CHECK_IN_NOTE = "a quiet evening with my sister"
HARD_DATE_LABEL = "the day we met at the ferry"
HARD_DATE_PLAN = "Swim at the lido with Ana first thing"
DRAFT_TEXT = "I keep rereading the last message they sent"
WAITING_NOTE = "almost called from the train platform"
OPEN_LIST_NOTE = "deleted the draft text to them instead"
LATER_NOTE = "logged on the bus while it was locked"
CONFLICT_NOTE = "written on the laptop during the storm"
AFTER_BACKUP_NOTE = "the song from the wedding came on the radio"
WORDS = (
    URGE_NOTE,
    CONTACT_NOTE,
    JOURNAL_TEXT,
    GOAL_TITLE,
    CHECK_IN_NOTE,
    HARD_DATE_LABEL,
    HARD_DATE_PLAN,
    DRAFT_TEXT,
    WAITING_NOTE,
    OPEN_LIST_NOTE,
    AFTER_BACKUP_NOTE,
)
# Holdfast's own files, which hold no words: the keys (wrapped), the lock, the day count.
_WITHOUT_WORDS = frozenset({PROTECTION_FILE_NAME, LOCK_FILE_NAME, DAY_COUNT_FILE_NAME})


@dataclass(frozen=True)
class Written:
    words: tuple[str, ...]  # every text the person wrote, each in some file of the folder
    dates: frozenset[str]  # the days of their entries, as ISO dates ("2026-03-01")


def fill(store: Store, clock: FixedClock) -> Written:
    """Writes every kind of thing a person writes into `store`'s folder, unlocked or plain, so
    that every file Holdfast keeps words in holds some: the data file; backups taken over hours
    and days; the copy a restore sets aside; the status cache; the journal draft; a list of what
    waits, set aside, and the open one. Returns the words and the days of the entries."""
    folder = store.folder
    now = clock.now()
    with store.transaction(now) as changes:
        changes.add(plan(changes.logbook, now - timedelta(days=3), target_days=30))
        changes.add(log_urge(now, UrgeKind.TEXT, intensity=7, note=URGE_NOTE))
        changes.add(record_contact(now, ContactKind.CALL, StartedBy.THEM, note=CONTACT_NOTE))
        changes.add_journal_entry(write_entry(now, now.date(), JOURNAL_TEXT, Prompt.WHY_BACK))
        goal = Goal(id="harbour", area=Area.BODY, title=GOAL_TITLE, recurrence=Recurrence.DAILY)
        changes.set_goals((*changes.logbook.goals, goal))
        changes.apply(
            *intents.check_in(changes.logbook, now, Mood.HARD, Pull.STRONG, CHECK_IN_NOTE).edits
        )
        changes.add_hard_dates(
            HardDate(
                id="met", month=6, day=21, year=None, label=HARD_DATE_LABEL, plan=HARD_DATE_PLAN
            )
        )
    for hours in (2, 3, 20):  # backups over hours and days, each holding all of the above
        clock.advance(timedelta(hours=hours))
        with store.transaction(clock.now()) as changes:
            changes.add(log_urge(clock.now(), UrgeKind.SOCIAL, note=AFTER_BACKUP_NOTE))
    store.restore(clock.now())  # sets the file aside, holding the newest urge alone
    store.overview()  # the status cache
    draft = JournalDraft(entry_id=None, day=clock.now().date(), prompt=None, text=DRAFT_TEXT)
    save_draft(folder, draft, store.sealing)
    keep_waiting(folder, [log_urge(clock.now(), UrgeKind.VISIT, note=WAITING_NOTE)], store.sealing)
    set_aside_waiting(folder)  # as the next window does with what an earlier one left
    keep_waiting(folder, [log_urge(clock.now(), UrgeKind.TEXT, note=OPEN_LIST_NOTE)], store.sealing)
    logbook = store.load()
    return Written(WORDS, _days(logbook) | {clock.now().date().isoformat()})


def merge_a_conflict_copy(store: Store, clock: FixedClock, laptop: Path) -> Path:
    """A sync tool's conflict copy of the data file from the same person's other computer
    (written there by a Holdfast without protection), merged in and kept in merged/."""
    other = Store(laptop)
    with other.transaction(clock.now()) as changes:
        changes.add(log_urge(clock.now(), UrgeKind.CALL, note=CONFLICT_NOTE))
    copy = store.folder / "holdfast (conflicted copy 2026-03-01).json"
    copy.write_bytes((laptop / "holdfast.json").read_bytes())
    assert conflict_copies(store.folder) == [copy]
    merged = merge_conflict_copies(store, clock.now())
    assert merged.refused == ()
    (kept,) = merged.kept
    return kept


def keep_one_for_later(folder: Path, clock: FixedClock) -> str:
    """An urge logged while locked, by a store of its own that holds no key: its id."""
    urge = log_urge(clock.now(), UrgeKind.TEXT, note=LATER_NOTE)
    locked = Store(folder)
    assert locked.locked
    assert keep_for_later(locked, [urge])
    return urge.id


def _days(logbook: Logbook) -> frozenset[str]:
    days = {event.at.date().isoformat() for event in logbook.events}
    days |= {entry.day.isoformat() for entry in logbook.journal}
    days |= {check_in.day.isoformat() for check_in in logbook.check_ins}
    return frozenset(days)


def files_under(folder: Path) -> list[Path]:
    """Every file under `folder`, in its subfolders too."""
    return sorted(path for path in folder.rglob("*") if path.is_file())


def found(folder: Path, texts: Any) -> list[tuple[str, str]]:
    """Each (file, text) where one of `texts` is in the bytes of a file under `folder`."""
    return [
        (str(path.relative_to(folder)), text)
        for path in files_under(folder)
        for text in texts
        if text.encode("utf-8") in path.read_bytes()
    ]


def snapshot(folder: Path) -> dict[str, bytes]:
    """The bytes of every file under `folder`, by where it is."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in files_under(folder)}


def plain_files(folder: Path) -> list[str]:
    """The files under `folder` that hold words and are plain, not sealed by protection."""
    return [
        name
        for name, stored in snapshot(folder).items()
        if Path(name).name not in _WITHOUT_WORDS
        and not name.endswith(".tmp")
        and not stored.startswith(b"HOLDFAST-")
    ]


def contents(store: Store) -> dict[str, Any]:
    """What every file under the store's folder that holds words holds, opened with the
    store's keys: the same whether the files are plain or sealed. (Temp files a killed write
    left are not among them: nothing reads them.)"""
    held: dict[str, Any] = {}
    for path in files_under(store.folder):
        if path.name in _WITHOUT_WORDS or path.name.endswith(".tmp"):
            continue
        held[str(path.relative_to(store.folder))] = orjson.loads(
            store.sealing.opened(path, path.read_bytes())
        )
    return held


def unlocked(folder: Path, passphrase: str = PASSPHRASE) -> Store:
    """A store of `folder` unlocked with `passphrase`, as after the user typed it."""
    store = Store(folder)
    protection = read_protection(folder)
    assert protection is not None
    store.unlock(protection.unlock(passphrase))
    return store


def keys_for(folder: Path, passphrase: str = PASSPHRASE) -> Keys:
    protection = read_protection(folder)
    assert protection is not None
    return protection.unlock(passphrase)


# System calls that fail at a chosen step

# The calls through which Holdfast reads, writes, renames and removes files and folders.
_SYSTEM_CALLS = ("open", "read", "write", "fsync", "fchmod", "replace", "rename", "unlink", "mkdir")


class Stopped(BaseException):
    """The process stopped here, as at a kill or a power cut: nothing after it runs."""


@contextmanager
def interrupted_at(step: int, stops: bool) -> Iterator[list[str]]:
    """Counts every system call that touches the disk; the one numbered `step` (from 0) fails
    with an I/O error. With `stops`, it and every call after it raise Stopped instead, so that
    nothing more reaches the disk, not even the clean-up of a failed write. Yields the names of
    the calls made, which tell whether the interruption was reached."""
    made: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        for name in _SYSTEM_CALLS:
            patch.setattr(os, name, _counted(getattr(os, name), name, made, step, stops))
        yield made


def _counted(real: Any, name: str, made: list[str], step: int, stops: bool) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        made.append(name)
        if len(made) > step and stops:
            raise Stopped(f"stopped at {name}, step {step}")
        if len(made) == step + 1:
            raise OSError(errno.EIO, f"{os.strerror(errno.EIO)} ({name}, step {step})")
        return real(*args, **kwargs)

    return call

"""The logbook on disk: one TinyDB file, locked for every change, versioned, backed up."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from app.domain.errors import InvalidEntry
from app.domain.logbook import Logbook, NewEntries, new_entries
from app.domain.words import QT_TRANSLATE_NOOP, Said, message_of
from app.storage.backups import Backup, Backups, Forgotten
from app.storage.codec import (
    BadDocument,
    decode_check_in,
    decode_completion,
    decode_event,
    decode_goal,
    decode_hard_date,
    decode_journal_entry,
    decode_preferences,
    decode_reasons,
)
from app.storage.errors import (
    DamagedDataFile,
    DataFileError,
    MissingDataFile,
    NewerDataFile,
    NoSuchBackup,
    NotAnExport,
    quoted,
)
from app.storage.files import (
    make_private_folder,
    read_ordinary_file,
    remove_leftover_temp_files,
    write_file,
)
from app.storage.layout import (
    CHECK_INS,
    COMPLETIONS,
    EVENTS,
    GOALS,
    HARD_DATES,
    JOURNAL,
    META,
    REFLECTION,
    REFLECTION_DOC_ID,
    SETTINGS,
    SETTINGS_DOC_ID,
    fresh_tables,
)
from app.storage.lock import WAIT_SECONDS, store_lock
from app.storage.migrations import MIGRATIONS, Migration, Tables, migrate, schema_version
from app.storage.protection import Keys, Locked, Sealing, sealing_of
from app.storage.rewind import (
    FileHistory,
    Mend,
    restore_generation,
    with_restore_generation,
    write_back,
)
from app.storage.safe_storage import SafeStorage, parse_tables
from app.storage.status_cache import CACHE_FILE_NAME, Overview, StatusCache, cache_key

if TYPE_CHECKING:
    from app.storage.changes import Changes
    from app.storage.sealed_export import AskPassphrase

DATA_FILE_NAME = "holdfast.json"


@dataclass(frozen=True, slots=True)
class Restored:
    backup: Backup
    set_aside: Path | None  # where the replaced data file was kept, if there was one


class Store:
    """The user's data folder: its one data file, read and changed under a lock, and its backups."""

    def __init__(
        self,
        folder: Path,
        migrations: Sequence[Migration] = MIGRATIONS,
        lock_wait: float = WAIT_SECONDS,
        sealing: Sealing | None = None,
    ) -> None:
        """`sealing` defaults to the folder's own: plain, or locked when protection is on (which
        raises DamagedProtectionFile when protection.json cannot be read)."""
        self.folder = folder
        # How long a change waits for another process to let go of the lock: a command can wait,
        # the window must not freeze (see the controller).
        self.lock_wait = lock_wait
        self.path = folder / DATA_FILE_NAME
        self.backups = Backups(folder / "backups")
        self._migrations = migrations
        self._version = schema_version(migrations)
        # Every file holding the user's words is written and read through it.
        self.sealing = sealing_of(folder) if sealing is None else sealing
        self._storage = SafeStorage(self.path, self.sealing)
        # The storage's generation it was decoded at, the logbook, and its restore generation.
        self._decoded: tuple[int, Logbook, int] | None = None
        self._status_cache = StatusCache(folder / CACHE_FILE_NAME, self.sealing)
        self._history = FileHistory()
        self._mended: list[Mend] = []
        self._afresh = False

    @property
    def locked(self) -> bool:
        """Protection is on and this process holds no key: nothing can be read or saved but an
        urge or contact sealed for later (waiting_entries.keep_for_later)."""
        return self.sealing.locked

    def unlock(self, keys: Keys) -> None:
        """Opens the protected files with `keys` from now on (see protection.py)."""
        self.sealing.public_key, self.sealing.keys = keys.public_key, keys

    def follow_protection(self) -> None:
        """Follows a change of protection another process made (`holdfast protect` while a
        window is open): call holding the lock, before reading. Turned off, the folder is plain
        from now on; turned on, or on afresh with new keys, this store is locked until unlocked
        again, and writes nothing with keys no longer in force."""
        from app.storage.protection import read_protection

        protection = read_protection(self.folder)
        public_key = None if protection is None else protection.public_key
        if public_key != self.sealing.public_key:
            self.lock()
            self.sealing.public_key = public_key

    def lock(self) -> None:
        """Forgets the keys and every table held in memory: nothing is read or saved until the
        next unlock."""
        self.sealing.keys = None
        self._storage.close()
        self._decoded = None

    @property
    def format_version(self) -> int:
        """The format of the data files this Holdfast writes (older ones are upgraded first)."""
        return self._version

    def load(self) -> Logbook:
        """Everything recorded, from memory unless the file changed on disk since the last read.

        A missing file is a fresh start on a first run only (see `missing_file`); a damaged one
        raises and is left exactly as it is.
        """
        with self._naming_the_newest_backup():
            read = self._read()
            if read is None:
                return Logbook()
            self._history.first_sight(*read)
            return read[0]

    def follow(self, now: datetime) -> Logbook:
        """`load` for a process that keeps the file open, such as the window.

        A file that went back in time (an older copy put in its place) is mended first, in one
        save after a backup of the older copy (see app/storage/rewind.py); `take_mended` then
        says what was put back. Every transaction follows the file so too.
        """
        with self._naming_the_newest_backup():
            read = self._read()
            if read is None:
                return Logbook()
            if self._history.compare(*read) is None:
                self._history.accept(*read)
                return read[0]
            with store_lock(self.folder, self.lock_wait):
                return self._follow_locked(now)

    def take_mended(self) -> list[Mend]:
        """What following the file put back since the last call, for the user to hear about."""
        mended, self._mended = self._mended, []
        return mended

    def missing_file(self) -> MissingDataFile | None:
        """Why the data file is missing where it should be, or None when it is there, or when
        its absence is a first run: no backups and no file read before, or `start_afresh`.

        A file gone from beside its backups, or gone after this process read it, was lost (a
        sync tool, a mistake): starting a new one would hide the loss, so nothing is written.
        """
        if os.path.lexists(self.path):  # a link to nothing is there: reading it says so
            return None
        if self._history.held is None and (self._afresh or not self.backups.list()):
            return None
        newest = self.newest_good_backup()
        return MissingDataFile(self.path, newest.taken_at if newest else None)

    def start_afresh(self) -> None:
        """The user chose a new logbook although backups are there, which stay as they are.
        Nothing is written here: the first entry creates the file."""
        self._afresh = True

    def _read(self) -> tuple[Logbook, int] | None:
        """The logbook the file holds and its restore generation; None on a first run, with no
        file yet. Raises MissingDataFile for a file missing where it should be."""
        tables = self._storage.read()
        if tables is None:
            missing = self.missing_file()
            if missing is not None:
                raise missing
            return None
        generation = self._storage.generation
        if self._decoded is None or self._decoded[0] != generation:
            logbook = self._decode(self.path, tables)
            self._decoded = (generation, logbook, restore_generation(tables))
        return self._decoded[1], self._decoded[2]

    def _follow_locked(self, now: datetime) -> Logbook:
        """`follow`, holding the lock, so the mend cannot overwrite another process's save."""
        read = self._read()
        if read is None:
            return Logbook()
        logbook, generation = read
        mend = self._history.compare(logbook, generation)
        if mend is None:
            self._history.accept(logbook, generation)
            return logbook
        from app.storage.changes import Changes

        tables = self._storage.read()
        assert tables is not None  # just read
        # The older copy is kept, whatever the hour: the mend is judged from what this process
        # held, and the copy may hold what a user wants back from elsewhere.
        older = self._storage.held_bytes() or self._file_bytes()
        self.backups.take(older, now, "before-rewind-merge")
        # All the edits gather in a copy of the tables, saved once.
        edited = orjson.loads(orjson.dumps(self._upgraded(self.path, tables)))
        edits = Changes(logbook, lambda: edited, lambda _tables, _logbook: None)
        write_back(mend, edits)
        self._storage.write(with_restore_generation(edited, mend.restore_generation))
        self._decoded = (self._storage.generation, edits.logbook, mend.restore_generation)
        self._history.accept(edits.logbook, mend.restore_generation)
        if mend.missing or mend.undone:
            self._mended.append(mend)
        return edits.logbook

    def overview(self) -> Overview:
        """What the figures are computed from, for a process that needs nothing else.

        A process that starts only to show the status reads it from the status cache when the
        data file is byte for byte the one the cache was made from, and skips decoding every entry.
        """
        with self._naming_the_newest_backup():
            try:
                payload = self._file_bytes()
            except FileNotFoundError:
                missing = self.missing_file()
                if missing is not None:
                    raise missing from None
                return Overview.of(Logbook())
            key = cache_key(payload)
            cached = self._status_cache.get(key)
            if cached is not None:
                return cached
            # Decoded from the very bytes the key names, not from a fresh read of the file.
            overview = Overview.of(self._read_data_file(self.path, payload))
            self._status_cache.put(key, overview)
            return overview

    def cached_overview(self) -> Overview | None:
        """The overview from the status cache if it matches the data file, else None.

        A match means the file was read and decoded whole before, so it is not damaged.
        """
        try:
            payload = self._file_bytes()
        except OSError:
            return None
        return self._status_cache.get(cache_key(payload))

    def remember_overview(self) -> None:
        """Refreshes the status cache from the logbook in memory, so the next start is quick.

        The key is computed from the very bytes the logbook in memory was decoded from (or
        written as), never from a fresh read that another process may have changed.
        """
        try:
            payload = self._storage.held_bytes()
        except OSError:
            return  # the cache only saves time; nothing is lost without it
        if payload is None or self._decoded is None:
            return
        generation, logbook, _ = self._decoded
        key = cache_key(payload)
        if generation == self._storage.generation and not self._status_cache.holds(key):
            self._status_cache.put(key, Overview.of(logbook))

    @contextmanager
    def _naming_the_newest_backup(self) -> Iterator[None]:
        try:
            yield
        except DataFileError as error:
            good = self.newest_good_backup()
            error.newest_backup = good.path if good else None
            raise

    @contextmanager
    def transaction(self, now: datetime) -> Iterator[Changes]:
        """Holds the lock across a read-modify-write, so no other process's entry is lost."""
        from app.storage.changes import Changes  # not needed by a start that only shows figures

        make_private_folder(self.folder)
        with store_lock(self.folder, self.lock_wait):
            self.follow_protection()
            remove_leftover_temp_files(self.folder)
            remove_leftover_temp_files(self.backups.folder)
            with self._naming_the_newest_backup():
                logbook = self._follow_locked(now)
            yield Changes(logbook, lambda: self._tables_to_edit(now), self._save)

    def _tables_to_edit(self, now: datetime) -> Tables:
        """The file's tables, ready for a change: a new file's, or upgraded, backed up if due.

        Called only when a change is about to be written, so a transaction that changes nothing
        creates and copies nothing.
        """
        tables = self._storage.read()
        if tables is None:
            return fresh_tables(self._version, Logbook().goals)
        if self._version_of(self.path, tables) < self._version:
            self.backups.take(self._file_bytes(), now, "before-upgrade")
            return self._upgraded(self.path, tables)
        if self.backups.is_due(now):
            self.backups.take(self._file_bytes(), now)
        return tables

    def _save(self, tables: Tables, logbook: Logbook) -> None:
        self._storage.write(tables)
        # What a change wrote is known without decoding the file again.
        self._decoded = (self._storage.generation, logbook, restore_generation(tables))
        self._history.wrote(logbook)

    def import_from(
        self, source: Path, now: datetime, ask_passphrase: AskPassphrase | None = None
    ) -> tuple[NewEntries, int]:
        """Adds what a JSON export or a Holdfast data file (a backup, a sync tool's conflict copy)
        holds that is not here yet, merged by id; returns it and how many entries were here.

        All of it is saved in one write, after a backup taken whatever the hour, or none of it;
        a refusal says that nothing was imported. An encrypted export opens with this folder's
        keys when it was written under them, else with what `ask_passphrase` gives.
        """
        try:
            return self._import(source, now, ask_passphrase)
        except (NotAnExport, InvalidEntry) as refused:
            raise type(refused)(
                Said(
                    QT_TRANSLATE_NOOP("StorageError", "{refusal}. Nothing was imported."),
                    refusal=message_of(refused),
                )
            ) from None

    def _import(
        self, source: Path, now: datetime, ask_passphrase: AskPassphrase | None
    ) -> tuple[NewEntries, int]:
        from app.storage.transfer import read_import

        incoming = read_import(source, self._read_data_file, self.sealing.keys, ask_passphrase)
        # Checked before the transaction, which creates the folder: a file with entries that
        # cannot be added must leave nothing behind.
        new_entries(self.load(), incoming, now)
        with self.transaction(now) as changes:
            new = new_entries(changes.logbook, incoming, now)
            if not new.is_empty:
                self._add_in_one_write(new, changes.logbook, now)
        return new, len(incoming.events) - len(new.events)

    def _add_in_one_write(self, new: NewEntries, logbook: Logbook, now: datetime) -> None:
        """Saves `new` with one write; call holding the lock."""
        from app.storage.changes import Changes

        if self.path.exists():
            # An import adds much at once, so the file as it was is kept, whatever the hour.
            self.backups.take(self._file_bytes(), now, "before-import")
        # The edits gather in a copy of the tables that nothing saves until the last one is
        # made: if one fails, neither the file nor the tables held in memory have changed.
        tables = orjson.loads(orjson.dumps(self._tables_to_edit(now)))
        edits = Changes(logbook, lambda: tables, lambda _tables, _logbook: None)
        if new.events:
            edits.add(*new.events)
        if new.goals:
            edits.set_goals((*edits.logbook.goals, *new.goals))
        if new.completions:
            edits.add_completions(*new.completions)
        if new.journal:
            edits.add_journal_entry(*new.journal)
        if new.hard_dates:
            edits.add_hard_dates(*new.hard_dates)
        if new.check_ins:
            edits.add_check_ins(*new.check_ins)
        if new.breakup_reasons:
            edits.set_breakup_reasons(edits.logbook.breakup_reasons | new.breakup_reasons)
        if new.marks_unsafe or new.marks_betrayal:
            said = edits.logbook.preferences
            edits.set_preferences(
                replace(
                    said,
                    relationship_unsafe=said.relationship_unsafe or new.marks_unsafe,
                    relationship_betrayal=said.relationship_betrayal or new.marks_betrayal,
                )
            )
        self._save(tables, edits.logbook)

    def _read_data_file(self, path: Path, payload: bytes) -> Logbook:
        return self._decode(path, self.tables_in(path, payload))

    def tables_in(self, path: Path, payload: bytes) -> Tables:
        """The tables in the bytes of a data file or a copy of one, opened if sealed."""
        return parse_tables(path, self.sealing.opened(path, payload))

    def newest_good_backup(self) -> Backup | None:
        """The newest backup that reads; while locked, the newest one, which cannot be read
        until the next unlock (restoring it reads it then)."""
        for backup in self.backups.list():
            try:
                self.read_backup(backup)
            except Locked:
                return backup
            except (DataFileError, OSError):
                continue
            return backup
        return None

    def read_backup(self, backup: Backup) -> Logbook:
        """The logbook a backup holds; raises DataFileError if it is not usable."""
        return self._read_data_file(backup.path, read_ordinary_file(backup.path))

    def restore(self, now: datetime, name: str | None = None) -> Restored:
        """Puts a backup in place of the data file, keeping the file it replaces aside."""
        make_private_folder(self.folder)
        with store_lock(self.folder, self.lock_wait):
            backup = self._choose_backup(name)
            tables = self.tables_in(backup.path, read_ordinary_file(backup.path))
            generation = max(restore_generation(tables), self._history.restore_generation)
            set_aside = None
            if os.path.lexists(self.path):
                # A named pipe, a device or a link to nothing cannot be kept aside: NotAFile.
                replaced = self._file_bytes()
                set_aside = self._set_aside_path(now)
                # Copy, not move: at no moment is there no data file at all.
                write_file(set_aside, replaced)
                with suppress(DataFileError):  # a damaged file has no generation to go past
                    replaced_tables = self.tables_in(self.path, replaced)
                    generation = max(generation, restore_generation(replaced_tables))
            # A newer restore generation tells an open window that this content is wanted, so it
            # takes the file as it is instead of mending it: see app/storage/rewind.py.
            restored = with_restore_generation(tables, generation + 1)
            write_file(self.path, self.sealing.seal(orjson.dumps(restored)))
        return Restored(backup, set_aside)

    def forget_journal_entry_in_backups(self, entry_id: str) -> Forgotten:
        """Removes a journal entry from every backup that holds it, the copy a save took just
        before deleting it included; see Backups.forget_journal_entry."""
        if not self.backups.folder.is_dir():
            return Forgotten(cleaned=0, unreadable=0)
        with store_lock(self.folder, self.lock_wait):
            # A copy cut short by a killed writer may hold the entry too.
            remove_leftover_temp_files(self.backups.folder)
            return self.backups.forget_journal_entry(entry_id, self.sealing)

    def _set_aside_path(self, now: datetime) -> Path:
        # A second restore within the same second must not overwrite the first one's file.
        stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = self.folder / f"holdfast-set-aside-{stamp}.json"
        number = 1
        while path.exists():
            number += 1
            path = self.folder / f"holdfast-set-aside-{stamp}-{number}.json"
        return path

    def _choose_backup(self, name: str | None) -> Backup:
        if name is None:
            newest = self.newest_good_backup()
            if newest is None:
                raise NoSuchBackup(
                    Said(
                        QT_TRANSLATE_NOOP("StorageError", "there is no good backup in {folder}"),
                        folder=str(self.backups.folder),
                    )
                )
            return newest
        backup = self.backups.find(Path(name).name)
        if backup is None:
            raise NoSuchBackup(
                Said(
                    QT_TRANSLATE_NOOP(
                        "StorageError",
                        "there is no backup named {name}; `holdfast backups` lists the ones there "
                        "are",
                    ),
                    name=quoted(name),
                )
            )
        try:
            self.read_backup(backup)
        except DataFileError as error:
            raise NoSuchBackup(
                Said(
                    QT_TRANSLATE_NOOP(
                        "StorageError", "the backup {name} cannot be used: {problem}"
                    ),
                    name=backup.name,
                    problem=error.problem,
                )
            ) from None
        return backup

    def _file_bytes(self) -> bytes:
        """The data file's bytes, read through a link the user made, as SafeStorage reads it."""
        return read_ordinary_file(self.path, follow_link=True)

    def _decode(self, path: Path, tables: Tables) -> Logbook:
        tables = self._upgraded(path, tables)
        try:
            goals_table = tables.get(GOALS, {})
            return Logbook(
                events=tuple(decode_event(doc) for doc in tables.get(EVENTS, {}).values()),
                goals=tuple(decode_goal(doc) for doc in _goal_docs(goals_table)),
                completions=tuple(
                    decode_completion(doc) for doc in tables.get(COMPLETIONS, {}).values()
                ),
                preferences=decode_preferences(
                    tables.get(SETTINGS, {}).get(str(SETTINGS_DOC_ID), {})
                ),
                # The journal and reflection tables came without a new format version: a file
                # from before them just lacks them, which reads as an empty journal and no
                # reasons, and an older Holdfast leaves tables it does not know as they are.
                journal=tuple(
                    decode_journal_entry(doc) for doc in tables.get(JOURNAL, {}).values()
                ),
                breakup_reasons=decode_reasons(
                    tables.get(REFLECTION, {})
                    .get(str(REFLECTION_DOC_ID), {})
                    .get("breakup_reasons", [])
                ),
                # Added as the journal was: a file from before holds no hard dates.
                hard_dates=tuple(
                    decode_hard_date(doc) for doc in tables.get(HARD_DATES, {}).values()
                ),
                # Added as the journal was: a file from before holds no check-ins.
                check_ins=tuple(decode_check_in(doc) for doc in tables.get(CHECK_INS, {}).values()),
            )
        except BadDocument as error:
            raise DamagedDataFile(path, message_of(error)) from None

    def _upgraded(self, path: Path, tables: Tables) -> Tables:
        version = self._version_of(path, tables)
        if version == self._version:
            return tables
        try:
            upgraded = migrate(tables, version, self._migrations)
        except Exception as error:  # a bug in an upgrade must not look like a crash
            raise DamagedDataFile(
                path,
                Said(
                    QT_TRANSLATE_NOOP(
                        "StorageError", "it could not be upgraded from format {version} ({error})"
                    ),
                    version=str(version),
                    error=repr(error),
                ),
            ) from error
        # The format version changes; what else the meta document records stays.
        upgraded[META] = {"1": {**tables[META]["1"], "schema_version": self._version}}
        return upgraded

    def _version_of(self, path: Path, tables: Tables) -> int:
        meta = tables.get(META, {}).get("1", {})
        version = meta.get("schema_version")
        if type(version) is not int or version < 1:
            raise DamagedDataFile(
                path, QT_TRANSLATE_NOOP("StorageError", "it has no Holdfast format version")
            )
        if version > self._version:
            raise NewerDataFile(
                path,
                Said(
                    QT_TRANSLATE_NOOP(
                        "StorageError",
                        "it was written by a newer Holdfast (format {version}; this version reads "
                        "up to {known}), so update Holdfast to open it",
                    ),
                    version=str(version),
                    known=str(self._version),
                ),
            )
        return version


def _goal_docs(goals_table: dict[str, Any]) -> list[dict[str, Any]]:
    document = goals_table.get("1")
    if document is None:
        return []
    goals = document.get("goals")
    if not isinstance(goals, list) or not all(isinstance(g, dict) for g in goals):
        raise BadDocument(QT_TRANSLATE_NOOP("StorageError", "the goal list is not valid"))
    return goals

"""Protection at rest, as a person would notice it: with it on, no word they wrote and no date of
an entry is readable anywhere in the data folder; a wrong passphrase, a damaged data file and a
damaged protection file each say what they are and change nothing; the recovery key opens it
however it is typed; a locked Holdfast reads and writes nothing; TinyDB still reads the file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import orjson
import pytest
from tinydb import TinyDB

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.domain.intents.edits import AddEvents
from app.domain.logbook import log_urge
from app.storage.conflict_copies import merge_conflict_copies
from app.storage.errors import DamagedDataFile
from app.storage.layout import EVENTS
from app.storage.protecting import finish_sealing, turn_off, turn_on
from app.storage.protection import (
    PROTECTION_FILE_NAME,
    DamagedProtectionFile,
    Locked,
    Sealing,
    WrongPassphrase,
    read_protection,
    recovery_key_text,
)
from app.storage.quick_append import append_to_proven_file
from app.storage.safe_storage import SafeStorage
from app.storage.sealing import MAGIC_SEALED
from app.storage.store import Store
from app.storage.waiting_entries import keep_for_later, save_set_aside
from tests.storage.protection_support import (
    CONFLICT_NOTE,
    PASSPHRASE,
    WRONG_PASSPHRASE,
    contents,
    fill,
    found,
    keep_one_for_later,
    keys_for,
    merge_a_conflict_copy,
    plain_files,
    snapshot,
    unlocked,
)
from tests.storage.support import data_file, event_ids, leftover_temp_files, save_urges

pytestmark = pytest.mark.plain_only("turns protection on and off itself, as the user would")


def _protected(folder: Path, clock: FixedClock, urges: int = 2) -> tuple[Store, str, list[str]]:
    """A folder protected with PASSPHRASE holding `urges` urges: its store, unlocked, the
    recovery key shown at setup, and the urges' ids."""
    store = Store(folder)
    recovery_key = turn_on(store, PASSPHRASE)
    ids = save_urges(store, clock.now(), urges, note="held on")
    return store, recovery_key, ids


# No word and no date left readable


def test_no_word_or_date_a_person_wrote_is_readable_anywhere_in_the_folder(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    turn_on(store, PASSPHRASE)
    written = fill(store, clock)
    keep_one_for_later(data_dir, clock)  # an urge logged while locked, on the bus
    folder = snapshot(data_dir)
    assert {"holdfast.json", "status-cache.json", "journal-draft.json", "waiting.json"} <= set(
        folder
    )
    assert sum(name.startswith("backups/") for name in folder) >= 3  # over hours and a day
    assert sum(name.startswith("holdfast-set-aside-") for name in folder) == 1
    assert sum(name.startswith("waiting-") for name in folder) == 2

    assert found(data_dir, written.words) == []
    assert found(data_dir, written.dates) == []
    assert plain_files(data_dir) == []
    # All of it is there, and opens with the passphrase.
    opened = unlocked(data_dir)
    everything = orjson.dumps(contents(opened)).decode("utf-8")
    assert all(word in everything for word in written.words)
    assert all(day in everything for day in written.dates)


def test_turning_protection_on_seals_what_was_written_before_it_backups_too(
    data_dir: Path, clock: FixedClock
) -> None:
    plain = Store(data_dir)
    written = fill(plain, clock)
    assert set(written.words) <= {word for _, word in found(data_dir, written.words)}
    before = contents(plain)
    logbook = plain.load()
    backups = [plain.read_backup(b) for b in plain.backups.list()]

    turn_on(Store(data_dir), PASSPHRASE)

    assert found(data_dir, written.words) == []
    assert found(data_dir, written.dates) == []
    assert plain_files(data_dir) == []
    opened = unlocked(data_dir)
    assert contents(opened) == before  # nothing lost, nothing changed
    assert opened.load() == logbook
    assert [opened.read_backup(b) for b in opened.backups.list()] == backups


def test_a_conflict_copy_merged_while_protected_is_not_kept_readable(
    data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    store = Store(data_dir)
    turn_on(store, PASSPHRASE)
    save_urges(store, clock.now(), 1)

    kept = merge_a_conflict_copy(store, clock, tmp_path / "laptop")

    assert CONFLICT_NOTE in [note.note for note in store.load().events if isinstance(note, Urge)]
    finish_sealing(unlocked(data_dir))  # what every unlock does
    assert found(data_dir, [CONFLICT_NOTE]) == []
    assert kept.exists()  # kept, never deleted: sealed


def test_turning_protection_on_seals_the_conflict_copies_merged_before_it(
    data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    plain = Store(data_dir)
    save_urges(plain, clock.now(), 1)
    kept = merge_a_conflict_copy(plain, clock, tmp_path / "laptop")
    copy = orjson.loads(kept.read_bytes())

    turn_on(Store(data_dir), PASSPHRASE)

    assert found(data_dir, [CONFLICT_NOTE]) == []
    assert plain_files(data_dir) == []
    assert contents(unlocked(data_dir))[str(kept.relative_to(data_dir))] == copy


# Turning protection off


def test_turning_protection_off_leaves_the_conflict_copies_kept_in_merged_readable(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    turn_on(store, PASSPHRASE)
    save_urges(store, clock.now(), 1, note="on this computer")
    # The other computer syncs the same folder, protection.json too: its copy is sealed.
    copy = data_dir / "holdfast.sync-conflict-20260301-120000-ABCDEFG.json"
    copy.write_bytes(data_file(data_dir).read_bytes())
    (kept,) = merge_conflict_copies(store, clock.now()).kept
    held = unlocked(data_dir).tables_in(kept, kept.read_bytes())

    turn_off(unlocked(data_dir))

    assert read_protection(data_dir) is None
    assert Store(data_dir).tables_in(kept, kept.read_bytes()) == held  # not sealed for ever
    assert [name for name, stored in snapshot(data_dir).items() if stored.startswith(b"HOLD")] == []


def _cache_cut_short(folder: Path, clock: FixedClock) -> Path:
    unlocked(folder).overview()
    path = folder / "status-cache.json"
    path.write_bytes(path.read_bytes()[:-5])  # a bad disk: it only ever saved time
    return path


def _list_kept_as_damaged(folder: Path, clock: FixedClock) -> Path:
    assert keep_for_later(Store(folder), [log_urge(clock.now(), UrgeKind.TEXT, note="on a bus")])
    (path,) = folder.glob("waiting-*.json")
    path.write_bytes(path.read_bytes()[:-5])  # a bad disk
    (kept,) = save_set_aside(unlocked(folder), clock.now()).damaged  # said once, kept aside
    return kept


def _backup_cut_short(folder: Path, clock: FixedClock) -> Path:
    clock.advance(timedelta(days=1))
    store = unlocked(folder)
    save_urges(store, clock.now(), 1)
    (backup,) = store.backups.list()
    backup.path.write_bytes(backup.path.read_bytes()[:-5])  # a bad disk
    return backup.path


@pytest.mark.parametrize(
    "damage",
    [_cache_cut_short, _list_kept_as_damaged, _backup_cut_short],
    ids=["status cache", "list kept as damaged", "backup"],
)
def test_turning_protection_off_is_not_stopped_by_a_file_already_damaged(
    data_dir: Path, clock: FixedClock, damage: Callable[[Path, FixedClock], Path]
) -> None:
    _, _, ids = _protected(data_dir, clock)
    path = damage(data_dir, clock)
    stored = path.read_bytes()

    turn_off(unlocked(data_dir))

    assert read_protection(data_dir) is None
    assert set(ids) <= event_ids(Store(data_dir).load())
    assert path.read_bytes() == stored  # left exactly as it is, as damaged files always are


# A wrong passphrase, a damaged data file, a damaged protection file


def test_a_wrong_passphrase_opens_nothing_and_changes_no_byte(
    data_dir: Path, clock: FixedClock
) -> None:
    _, recovery_key, ids = _protected(data_dir, clock)
    before = snapshot(data_dir)
    protection = read_protection(data_dir)
    assert protection is not None
    other_key = recovery_key_text(bytes(20))  # a recovery key, but not this folder's

    for unlock, typed in [
        (protection.unlock, WRONG_PASSPHRASE),
        (protection.unlock, ""),
        (protection.unlock, recovery_key),  # the recovery key is not the passphrase
        (protection.unlock_with_either, WRONG_PASSPHRASE),
        (protection.unlock_with_either, other_key),
        (protection.unlock_with_recovery_key, other_key),
        (protection.unlock_with_recovery_key, PASSPHRASE),
    ]:
        with pytest.raises(WrongPassphrase):
            unlock(typed)
    store = Store(data_dir)
    with pytest.raises(Locked):
        store.load()

    assert snapshot(data_dir) == before
    assert event_ids(unlocked(data_dir).load()) == set(ids)  # the right one still opens it


def test_the_message_for_a_wrong_recovery_key_names_the_recovery_key(
    data_dir: Path, clock: FixedClock
) -> None:
    _protected(data_dir, clock)
    protection = read_protection(data_dir)
    assert protection is not None

    with pytest.raises(WrongPassphrase) as passphrase:
        protection.unlock(WRONG_PASSPHRASE)
    with pytest.raises(WrongPassphrase) as recovery:
        protection.unlock_with_recovery_key(recovery_key_text(bytes(20)))

    assert "That passphrase does not unlock Holdfast" in str(passphrase.value)
    assert "That recovery key does not unlock Holdfast" in str(recovery.value)
    assert "Nothing was changed" in str(passphrase.value)


def _flip(at: int) -> Callable[[bytes], bytes]:
    return lambda stored: stored[:at] + bytes([stored[at] ^ 0x01]) + stored[at + 1 :]


HEADER = len(MAGIC_SEALED)


@pytest.mark.parametrize(
    "damage",
    [
        _flip(HEADER + 7),  # the write counter, which is authenticated with the rest
        _flip(HEADER + 8),  # the nonce
        _flip(HEADER + 40),  # the ciphertext
        _flip(-1),  # the tag
        lambda stored: stored[:-1],
        lambda stored: stored[: len(stored) // 2],
        lambda stored: stored[: HEADER + 10],  # the header alone, cut short
        lambda stored: stored + b"\n",  # an editor's final newline
    ],
    ids=["counter", "nonce", "ciphertext", "tag", "last byte cut", "half", "header", "newline"],
)
def test_a_damaged_data_file_with_the_right_passphrase_is_damaged_not_a_wrong_passphrase(
    data_dir: Path, clock: FixedClock, damage: Callable[[bytes], bytes]
) -> None:
    _protected(data_dir, clock)
    clock.advance(timedelta(days=1))
    good = save_urges(unlocked(data_dir), clock.now(), 1)  # backs up the file before it
    path = data_file(data_dir)
    path.write_bytes(damage(path.read_bytes()))
    before = snapshot(data_dir)

    store = unlocked(data_dir)  # the passphrase is right: protection.json is whole
    with pytest.raises(DamagedDataFile) as refused:
        store.load()
    entered = False
    with pytest.raises(DamagedDataFile), store.transaction(clock.now()) as changes:
        entered = True
        changes.add(log_urge(clock.now(), UrgeKind.CALL))

    assert not entered
    message = str(refused.value)
    assert "does not open with the key that opens the others: it is damaged" in message
    assert "passphrase" not in message
    assert "Nothing has been written to it" in message
    assert refused.value.newest_backup is not None  # the backup opens: it is named
    assert snapshot(data_dir) == before
    assert leftover_temp_files(data_dir) == []
    restored = store.restore(clock.now())
    assert set(good).isdisjoint(event_ids(store.load()))  # the backup is from before it
    assert restored.set_aside is not None
    assert restored.set_aside.read_bytes() == before["holdfast.json"]


def _with_checksum(raw: dict[str, object]) -> bytes:
    """protection.json's body with a checksum that matches it, as a newer Holdfast writes it."""
    import json

    from app.storage.sealing import fingerprint

    body = {key: value for key, value in raw.items() if key != "checksum"}
    canonical = json.dumps(body, sort_keys=True).encode("utf-8")
    return json.dumps({**body, "checksum": fingerprint(canonical)}).encode("utf-8")


def _newer(payload: bytes) -> bytes:
    return _with_checksum({**orjson.loads(payload), "format": 2})


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda payload: payload[: len(payload) // 2], "damaged"),
        (lambda payload: b"", "damaged"),
        (lambda payload: payload.replace(b'"public_key": "', b'"public_key": "A', 1), "damaged"),
        (lambda payload: payload.replace(b'"lock_after_minutes": 5', b'"lock_after_minutes": 6'),
         "damaged"),
        (lambda payload: b"\x00" * len(payload), "damaged"),
        (_newer, "written by a newer Holdfast"),
    ],
    ids=["cut short", "empty", "a key changed", "an option changed", "zeroed", "newer"],
)  # fmt: skip
def test_a_damaged_protection_file_is_said_and_nothing_is_read_or_written(
    data_dir: Path,
    clock: FixedClock,
    damage: Callable[[bytes], bytes],
    problem: str,
) -> None:
    _protected(data_dir, clock)
    path = data_dir / PROTECTION_FILE_NAME
    path.write_bytes(damage(path.read_bytes()))
    before = snapshot(data_dir)

    with pytest.raises(DamagedProtectionFile) as refused:
        read_protection(data_dir)
    with pytest.raises(DamagedProtectionFile):
        Store(data_dir)

    message = str(refused.value)
    assert str(path) in message and problem in message
    assert "Nothing was written" in message
    assert snapshot(data_dir) == before


def test_the_recovery_key_unlocks_however_it_is_typed(data_dir: Path, clock: FixedClock) -> None:
    _, recovery_key, ids = _protected(data_dir, clock)
    protection = read_protection(data_dir)
    assert protection is not None
    groups = recovery_key.split("-")
    assert len(groups) == 8 and all(len(group) == 4 for group in groups)

    for typed in [
        recovery_key,
        recovery_key.lower(),
        " ".join(groups).lower(),  # lowercase, with spaces for the dashes
        "  " + "  ".join(groups) + "\n",
        "".join(groups),
    ]:
        for unlock in (protection.unlock_with_recovery_key, protection.unlock_with_either):
            store = Store(data_dir)
            store.unlock(unlock(typed))
            assert event_ids(store.load()) == set(ids), typed


def test_the_passphrase_is_taken_as_typed_whatever_the_unicode_form(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    turn_on(store, "Zoë's café, 1992")  # typed with ë and é as one character each
    ids = save_urges(store, clock.now(), 1)
    decomposed = "Zoe\u0308's cafe\u0301, 1992"  # the same, as another keyboard sends it

    assert event_ids(unlocked(data_dir, decomposed).load()) == set(ids)


# Locked: nothing read, nothing written


def test_a_locked_store_reads_nothing_and_writes_nothing(data_dir: Path, clock: FixedClock) -> None:
    _protected(data_dir, clock)
    clock.advance(timedelta(days=1))
    save_urges(unlocked(data_dir), clock.now(), 1)  # a backup to restore from
    unlocked(data_dir).overview()  # and a status cache
    before = snapshot(data_dir)
    clock.advance(timedelta(days=1))  # a save now would take a backup
    store = Store(data_dir)
    assert store.locked

    entered = False
    with pytest.raises(Locked), store.transaction(clock.now()) as changes:
        entered = True
        changes.add(log_urge(clock.now(), UrgeKind.TEXT))
    for read in (store.load, lambda: store.follow(clock.now()), store.overview):
        with pytest.raises(Locked):
            read()
    with pytest.raises(Locked):
        store.restore(clock.now(), store.backups.list()[0].name)
    assert store.cached_overview() is None

    assert not entered
    assert snapshot(data_dir) == before


def test_a_store_locked_again_forgets_what_it_read(data_dir: Path, clock: FixedClock) -> None:
    store, _, ids = _protected(data_dir, clock)
    assert event_ids(store.load()) == set(ids)

    store.lock()

    with pytest.raises(Locked):
        store.load()
    store.unlock(keys_for(data_dir))
    assert event_ids(store.load()) == set(ids)


# Quick append


def _proven(folder: Path, clock: FixedClock) -> list[str]:
    """A protected folder whose data file the status cache has proven sound."""
    _, _, ids = _protected(folder, clock, urges=3)
    unlocked(folder).overview()
    return ids


def _append(store: Store, clock: FixedClock, urge_note: str) -> tuple[object, str]:
    urge = log_urge(clock.now(), UrgeKind.TEXT, note=urge_note)
    return append_to_proven_file(store, clock.now(), [AddEvents((urge,))]), urge.id


def test_a_quick_append_while_locked_writes_nothing(data_dir: Path, clock: FixedClock) -> None:
    _proven(data_dir, clock)
    before = snapshot(data_dir)

    saved, _ = _append(Store(data_dir), clock, "logged while locked")

    assert saved is None  # the caller seals it for later instead
    assert snapshot(data_dir) == before


def test_a_quick_append_unlocked_seals_the_spliced_file_which_holds_each_entry_once(
    data_dir: Path, clock: FixedClock
) -> None:
    earlier = _proven(data_dir, clock)
    added = []
    for note in ("first, into the parsed file", "second, spliced", "third, spliced"):
        saved, urge_id = _append(unlocked(data_dir), clock, note)
        assert saved is not None
        added.append(urge_id)

    stored = data_file(data_dir).read_bytes()
    assert stored.startswith(MAGIC_SEALED)
    assert found(data_dir, ["spliced", "parsed file"]) == []
    ids = [event.id for event in unlocked(data_dir).load().events]
    assert sorted(ids) == sorted([*earlier, *added])  # each once
    assert unlocked(data_dir).cached_overview() is not None  # the next append is quick too
    with pytest.raises(Locked):
        Store(data_dir).load()


# TinyDB


def test_tinydb_reads_a_protected_file_through_safe_storage(
    data_dir: Path, clock: FixedClock
) -> None:
    _, _, ids = _protected(data_dir, clock, urges=3)
    keys = keys_for(data_dir)
    before = snapshot(data_dir)

    with TinyDB(
        data_file(data_dir), storage=SafeStorage, sealing=Sealing(keys.public_key, keys)
    ) as db:
        assert sorted(doc["id"] for doc in db.table(EVENTS).all()) == sorted(ids)
    with (
        pytest.raises(Locked),
        TinyDB(data_file(data_dir), storage=SafeStorage, sealing=Sealing(keys.public_key)) as db,
    ):
        db.table(EVENTS).all()

    assert snapshot(data_dir) == before


# Finishing what an interrupted turn-on left


def test_finish_sealing_seals_what_was_left_plain_and_nothing_else(
    data_dir: Path, clock: FixedClock
) -> None:
    plain = Store(data_dir)
    written = fill(plain, clock)
    before = contents(plain)
    logbook = plain.load()
    store = Store(data_dir)
    turn_on(store, PASSPHRASE)
    sealed = snapshot(data_dir)
    # As a turn-on interrupted after the protection file would leave them: some files plain.
    for name in ("holdfast.json", "status-cache.json", "journal-draft.json"):
        (data_dir / name).write_bytes(orjson.dumps(before[name]))
    assert len(plain_files(data_dir)) == 3

    store = unlocked(data_dir)
    assert contents(store) == before  # readable as they are, plain or sealed
    finish_sealing(store)

    # The store it was given stays unlocked: the command the user typed the passphrase for
    # goes on (the next unlock of the CLI and the window call it first).
    assert not store.locked
    assert store.load() == logbook
    assert plain_files(data_dir) == []
    assert found(data_dir, written.words) == []
    after = snapshot(data_dir)
    assert {name for name in after if after[name] != sealed[name]} == {
        "holdfast.json",
        "status-cache.json",
        "journal-draft.json",
    }
    assert contents(unlocked(data_dir)) == before

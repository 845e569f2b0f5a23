"""Reads come from memory until the file changes on disk, and then never from a stale copy."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.domain.logbook import log_urge
from app.storage import safe_storage
from app.storage.errors import MissingDataFile
from app.storage.safe_storage import SafeStorage, Tables
from app.storage.store import Store
from tests.storage.support import (
    as_stored,
    data_file,
    event_ids,
    folder_sealing,
    read_tables,
    run_holdfast,
    save_urges,
)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every time a data file's bytes are parsed, in this process."""
    seen: list[Path] = []
    real = safe_storage.parse_tables

    def counting(path: Path, payload: bytes) -> Tables:
        seen.append(path)
        return real(path, payload)

    monkeypatch.setattr(safe_storage, "parse_tables", counting)
    return seen


def _replace_keeping_size_and_time(path: Path, edit: Callable[[bytes], bytes]) -> None:
    """Another program replaces the file with one of the same size and modification time, its
    content edited (sealed again in protected mode, which keeps the size too)."""
    before = path.stat()
    payload = as_stored(edit(folder_sealing().opened(path, path.read_bytes())))
    assert len(payload) == before.st_size
    replacement = path.with_name("replacement.json")
    replacement.write_bytes(payload)
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    replacement.replace(path)


def test_loading_again_without_a_change_reads_nothing(
    parses: list[Path], data_dir: Path, clock: FixedClock
) -> None:
    save_urges(Store(data_dir), clock.now(), 3)
    store = Store(data_dir)

    first = store.load()
    assert len(parses) == 1
    for _ in range(5):
        assert store.load() is first
    assert len(parses) == 1


def test_a_store_reads_nothing_back_after_its_own_save(
    parses: list[Path], data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    ids = save_urges(store, clock.now(), 2)
    ids += save_urges(store, clock.now(), 1)
    parsed = len(parses)

    assert event_ids(store.load()) == set(ids)
    assert len(parses) == parsed


def test_a_file_another_process_replaced_is_read_again(
    parses: list[Path], data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    mine = save_urges(store, clock.now(), 1)
    store.load()
    parsed = len(parses)

    result = run_holdfast(data_dir, "urge", "friends")
    assert result.returncode == 0, result.stderr

    logbook = store.load()
    assert len(parses) == parsed + 1
    assert len(logbook.events) == 2
    assert set(mine) < event_ids(logbook)
    assert store.load() is logbook  # and from memory again after that


def test_a_replacement_with_the_same_size_and_time_is_still_seen(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1, note="before")
    store.load()

    _replace_keeping_size_and_time(data_file(data_dir), lambda b: b.replace(b"before", b"after!"))

    (urge,) = store.load().events
    assert isinstance(urge, Urge)
    assert urge.note == "after!"


def test_a_file_rewritten_in_place_is_seen(data_dir: Path, clock: FixedClock) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1, note="first")
    store.load()
    inode = data_file(data_dir).stat().st_ino

    # An editor that writes over the same file instead of replacing it.
    tables = read_tables(data_dir)
    (document,) = tables["events"].values()
    document["note"] = "edited by hand"
    with data_file(data_dir).open("r+b") as file:
        file.write(as_stored(orjson.dumps(tables)))
        file.truncate()
    assert data_file(data_dir).stat().st_ino == inode

    (urge,) = store.load().events
    assert isinstance(urge, Urge)
    assert urge.note == "edited by hand"


def test_a_deleted_file_is_neither_the_copy_in_memory_nor_a_fresh_start(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 2)
    store.load()
    data_file(data_dir).unlink()

    # This store read the file: its loss is told, and no new file hides it.
    with pytest.raises(MissingDataFile):
        store.load()
    with pytest.raises(MissingDataFile):
        save_urges(store, clock.now(), 1)
    assert not data_file(data_dir).exists()
    # A process that never saw it, without backups, starts afresh as on a first run.
    later = save_urges(Store(data_dir), clock.now(), 1)
    assert event_ids(Store(data_dir).load()) == set(later)


def test_edits_show_at_once_in_the_store_that_made_them(data_dir: Path, clock: FixedClock) -> None:
    store = Store(data_dir)
    urge = log_urge(clock.now(), UrgeKind.TEXT, intensity=3, note="first")
    other = log_urge(clock.now(), UrgeKind.CALL)
    with store.transaction(clock.now()) as changes:
        changes.add(urge, other)
    store.load()

    edited = dataclasses.replace(urge, intensity=9, note="worse than I said")
    with store.transaction(clock.now()) as changes:
        changes.replace(edited)
    assert store.load().events == (edited, other)

    with store.transaction(clock.now()) as changes:
        changes.delete(other.id)
    assert store.load().events == (edited,)
    assert Store(data_dir).load().events == store.load().events


def test_what_a_store_remembers_after_saving_matches_the_file(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    urge = log_urge(clock.now(), UrgeKind.SOCIAL, intensity=2, note="scrolled past")
    with store.transaction(clock.now()) as changes:
        changes.add(urge)
        changes.replace(dataclasses.replace(urge, note="closed the app"))
        changes.add(log_urge(clock.now(), UrgeKind.OTHER))

    assert store.load() == Store(data_dir).load()


def test_an_unsaveable_change_is_not_kept_in_memory(data_dir: Path, clock: FixedClock) -> None:
    save_urges(Store(data_dir), clock.now(), 1)
    storage = SafeStorage(data_file(data_dir), folder_sealing())
    tables = storage.read()
    assert tables is not None
    before = data_file(data_dir).read_bytes()

    tables["events"]["2"] = {"type": "urge", "note": object()}  # edited in place, as Changes does
    with pytest.raises(ValueError, match="cannot save"):
        storage.write(tables)

    assert data_file(data_dir).read_bytes() == before
    again = storage.read()
    assert again is not None
    assert list(again["events"]) == ["1"]

"""Adding entries to a file the status cache has proven sound: saved like any other change,
without decoding the entries already there, and never into a file the cache has not proven."""

from __future__ import annotations

import stat
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import orjson
import pytest
from tinydb import TinyDB

from app.domain.clock import FixedClock
from app.domain.errors import InvalidEntry
from app.domain.events import ContactKind, Event, UrgeKind
from app.domain.intents.edits import AddEvents, SetBreakupReasons
from app.domain.journal import BreakupReason
from app.domain.logbook import Logbook, log_urge, record_contact
from app.domain.timeline import Timeline
from app.storage.errors import StoreBusy
from app.storage.layout import EVENTS
from app.storage.migrations import Tables
from app.storage.quick_append import append_to_proven_file
from app.storage.safe_storage import SafeStorage
from app.storage.status_cache import CACHE_FILE_NAME, Overview
from app.storage.store import Store
from tests.storage.lock_holder import lock_held_elsewhere
from tests.storage.support import (
    data_file,
    event_ids,
    folder_sealing,
    protected,
    read_plain,
    save_urges,
    to_bytes,
    urge_document,
    version_1_tables,
    write_plain,
    write_raw,
)


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every time a store decoded a whole file into entries, in this process."""
    seen: list[Path] = []
    real = Store._decode

    def counting(store: Store, path: Path, tables: Tables) -> Logbook:
        seen.append(path)
        return real(store, path, tables)

    monkeypatch.setattr(Store, "_decode", counting)
    return seen


def _proven(folder: Path, clock: FixedClock, urges: int = 3) -> list[str]:
    """A data file with `urges` urges, and the status cache a `holdfast status` leaves."""
    ids = save_urges(Store(folder), clock.now(), urges)
    Store(folder).overview()
    return ids


def _append(folder: Path, clock: FixedClock, *events: Event) -> Overview | None:
    return append_to_proven_file(Store(folder), clock.now(), [AddEvents(events)])


def _urge(clock: FixedClock) -> Event:
    return log_urge(clock.now(), UrgeKind.TEXT, intensity=5, note='the "usual" song')


def _full(folder: Path) -> Overview:
    return Overview.of(Store(folder).load())


def _tinydb_ids(folder: Path) -> list[str]:
    """The ids TinyDB reads: with its own JSONStorage, or SafeStorage for a protected file."""
    if protected():
        db = TinyDB(data_file(folder), storage=SafeStorage, sealing=folder_sealing())
    else:
        db = TinyDB(data_file(folder))
    with db:
        return [document["id"] for document in db.table(EVENTS).all()]


def test_an_urge_goes_into_a_proven_file_without_decoding_the_entries_there(
    data_dir: Path, clock: FixedClock, decodes: list[Path]
) -> None:
    earlier = _proven(data_dir, clock)
    decodes.clear()
    urge = _urge(clock)

    saved = _append(data_dir, clock, urge)

    assert decodes == []
    assert saved == _full(data_dir)
    assert saved is not None and len(saved.timeline.urge_times) == 4
    assert event_ids(Store(data_dir).load()) == {*earlier, urge.id}
    assert Store(data_dir).cached_overview() == saved  # the next status is quick too


def test_a_file_an_append_wrote_takes_the_next_ones_without_being_parsed(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = _proven(data_dir, clock)
    first = _urge(clock)
    _append(data_dir, clock, first)
    monkeypatch.setattr("app.storage.quick_append.parse_tables", _never)
    contact = record_contact(clock.now(), ContactKind.CALL)
    later = [_urge(clock), contact, _urge(clock)]

    for event in later:
        assert _append(data_dir, clock, event) is not None

    written = read_plain(data_file(data_dir))
    assert written == orjson.dumps(orjson.loads(written))  # byte for byte what a save writes
    assert _tinydb_ids(data_dir) == [*earlier, first.id, *(event.id for event in later)]
    assert list(orjson.loads(written)[EVENTS]) == [str(key) for key in range(1, 8)]
    assert Store(data_dir).cached_overview() == _full(data_dir)
    assert _full(data_dir).timeline.contacts == (contact,)


def test_appends_to_a_file_without_entries_are_read_by_tinydb(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    with store.transaction(clock.now()) as changes:
        changes.set_breakup_reasons({BreakupReason.DISTANCE})
    Store(data_dir).overview()
    urges = [_urge(clock) for _ in range(3)]

    for urge in urges:  # one into the file as parsed, then spliced into it: empty, then not
        assert _append(data_dir, clock, urge) is not None

    assert _tinydb_ids(data_dir) == [urge.id for urge in urges]
    assert Store(data_dir).load().breakup_reasons == {BreakupReason.DISTANCE}
    assert Store(data_dir).cached_overview() == _full(data_dir)


@pytest.mark.parametrize("appended_before", [0, 1], ids=["cache of a status", "of an append"])
def test_a_file_changed_since_the_cache_was_made_is_left_to_the_full_path(
    data_dir: Path, clock: FixedClock, appended_before: int
) -> None:
    _proven(data_dir, clock)
    for _ in range(appended_before):
        _append(data_dir, clock, _urge(clock))
    path = data_file(data_dir)
    recorded = clock.now().isoformat().encode()
    an_hour_earlier = (clock.now() - timedelta(hours=1)).isoformat().encode()
    # The same length, another checksum: as a sync tool's copy of an edit made elsewhere.
    edited = read_plain(path).replace(recorded, an_hour_earlier, 1)
    assert len(edited) == len(read_plain(path))
    write_plain(path, edited)
    stored = path.read_bytes()

    assert _append(data_dir, clock, _urge(clock)) is None
    assert path.read_bytes() == stored

    save_urges(Store(data_dir), clock.now(), 1)  # the full way
    overview = _full(data_dir)
    assert overview.timeline.urge_times[0] == clock.now().timestamp() - 3600
    assert Store(data_dir).overview() == overview


@pytest.mark.parametrize("shift", [-1, 1, 10**9], ids=["before", "after", "past the end"])
def test_a_cache_that_misplaces_the_append_point_is_not_followed(
    data_dir: Path, clock: FixedClock, shift: int
) -> None:
    earlier = _proven(data_dir, clock)
    first = _urge(clock)
    _append(data_dir, clock, first)
    cache_path = data_dir / CACHE_FILE_NAME
    cache = orjson.loads(read_plain(cache_path))
    cache["append_point"]["offset"] += shift  # still naming the data file as it is
    write_plain(cache_path, orjson.dumps(cache))
    later = _urge(clock)

    assert _append(data_dir, clock, later) is not None

    assert _tinydb_ids(data_dir) == [*earlier, first.id, later.id]
    assert Store(data_dir).cached_overview() == _full(data_dir)


def _cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-10])


def _not_the_layout(path: Path) -> None:
    write_plain(path, read_plain(path).replace(b'"events":{', b'"events":[', 1))


def _zeroed(path: Path) -> None:
    path.write_bytes(b"\0" * path.stat().st_size)


@pytest.mark.parametrize(
    "damage", [_cut_short, _not_the_layout, _zeroed], ids=["cut short", "not the layout", "zeroed"]
)
def test_a_damaged_file_is_never_written_by_an_append(
    data_dir: Path, clock: FixedClock, damage: Callable[[Path], None]
) -> None:
    _proven(data_dir, clock)
    _append(data_dir, clock, _urge(clock))  # the cache knows where the next one would go
    path = data_file(data_dir)
    damage(path)
    damaged = path.read_bytes()

    assert _append(data_dir, clock, _urge(clock)) is None
    assert path.read_bytes() == damaged


def test_a_file_in_an_older_format_is_left_to_the_full_path(
    data_dir: Path, clock: FixedClock
) -> None:
    original = write_raw(data_dir, to_bytes(version_1_tables(urge_document(clock.now()))))
    old = original.read_bytes()
    Store(data_dir).overview()  # decoded after an upgrade made in memory only

    assert _append(data_dir, clock, _urge(clock)) is None
    assert data_file(data_dir).read_bytes() == old


@pytest.mark.parametrize("appended_before", [0, 1], ids=["cache of a status", "of an append"])
def test_an_entry_the_file_holds_already_is_refused_in_the_domains_words(
    data_dir: Path, clock: FixedClock, appended_before: int
) -> None:
    _proven(data_dir, clock)
    for _ in range(appended_before):
        _append(data_dir, clock, _urge(clock))
    held = Store(data_dir).load().events[0]
    before = data_file(data_dir).read_bytes()

    assert _append(data_dir, clock, held) is None
    assert data_file(data_dir).read_bytes() == before
    with (
        pytest.raises(InvalidEntry, match="already holds"),
        Store(data_dir).transaction(clock.now()) as changes,
    ):
        changes.add(held)


def test_only_edits_that_add_entries_are_made_here(data_dir: Path, clock: FixedClock) -> None:
    _proven(data_dir, clock)
    edit = SetBreakupReasons(frozenset({BreakupReason.DISTANCE}))

    assert append_to_proven_file(Store(data_dir), clock.now(), [edit]) is None
    assert Store(data_dir).load().breakup_reasons == frozenset()


def test_the_hourly_backup_is_taken_before_an_append(data_dir: Path, clock: FixedClock) -> None:
    _proven(data_dir, clock)
    store = Store(data_dir)
    unbacked = data_file(data_dir).read_bytes()
    _append(data_dir, clock, _urge(clock))
    (first,) = store.backups.list()
    _append(data_dir, clock, _urge(clock))
    assert store.backups.list() == [first]  # not an hour old yet
    clock.advance(timedelta(hours=2))
    before = data_file(data_dir).read_bytes()

    _append(data_dir, clock, _urge(clock))

    newest, older = store.backups.list()
    assert older == first and first.path.read_bytes() == unbacked
    assert newest.taken_at == clock.now()
    assert newest.path.read_bytes() == before


def test_the_file_and_the_cache_stay_private(data_dir: Path, clock: FixedClock) -> None:
    _proven(data_dir, clock)
    for _ in range(2):
        _append(data_dir, clock, _urge(clock))

    for path in (data_file(data_dir), data_dir / CACHE_FILE_NAME):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_append_waits_for_the_lock_and_then_says_why_it_gave_up(
    data_dir: Path, clock: FixedClock
) -> None:
    _proven(data_dir, clock)
    before = data_file(data_dir).read_bytes()

    with lock_held_elsewhere(data_dir), pytest.raises(StoreBusy):
        append_to_proven_file(
            Store(data_dir, lock_wait=0.2), clock.now(), [AddEvents((_urge(clock),))]
        )

    assert data_file(data_dir).read_bytes() == before


def test_the_figures_an_append_returns_count_every_urge_in_order(
    data_dir: Path, clock: FixedClock
) -> None:
    _proven(data_dir, clock)
    clock.advance(timedelta(hours=-5))  # an urge logged with the clock set back
    earlier = _urge(clock)

    saved = _append(data_dir, clock, earlier)

    assert saved is not None
    assert saved.timeline == Timeline.of(Store(data_dir).load().events)


def _never(*args: object) -> None:
    raise AssertionError("the file was parsed")

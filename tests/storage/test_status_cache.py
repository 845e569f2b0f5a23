"""The status cache: a shortcut for `holdfast status` that is never stale and never needed."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import orjson
import pytest

from app.domain.clock import FixedClock
from app.domain.goals import Completion
from app.domain.journal import BreakupReason
from app.domain.preferences import Theme
from app.domain.safety import healing_first
from app.domain.timeline import Timeline
from app.storage.errors import DamagedDataFile
from app.storage.safe_storage import Tables, parse_tables
from app.storage.sealing import MAGIC_SEALED
from app.storage.status_cache import CACHE_FILE_NAME, Overview
from app.storage.store import Store
from tests.storage.support import (
    as_stored,
    data_file,
    not_opening,
    read_plain,
    save_urges,
    untouched,
    write_plain,
)


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every time `Store.overview` had to parse the data file, in this process."""
    seen: list[Path] = []
    real = parse_tables

    def counting(path: Path, payload: bytes) -> Tables:
        seen.append(path)
        return real(path, payload)

    monkeypatch.setattr("app.storage.store.parse_tables", counting)
    return seen


def _full(folder: Path) -> Overview:
    return Overview.of(Store(folder).load())


def test_a_second_status_reads_the_cache_and_agrees(
    data_dir: Path, clock: FixedClock, decodes: list[Path]
) -> None:
    save_urges(Store(data_dir), clock.now(), 3)

    first = Store(data_dir).overview()
    second = Store(data_dir).overview()

    assert first == second == _full(data_dir)
    assert len(first.timeline.urge_times) == 3
    assert decodes == [data_file(data_dir)]  # only the first one decoded the file
    assert stat.S_IMODE((data_dir / CACHE_FILE_NAME).stat().st_mode) == 0o600


def test_any_change_to_the_file_misses_the_cache(
    data_dir: Path, clock: FixedClock, decodes: list[Path]
) -> None:
    save_urges(Store(data_dir), clock.now(), 2)
    Store(data_dir).overview()
    clock.advance(timedelta(minutes=5))
    save_urges(Store(data_dir), clock.now(), 1)

    assert len(Store(data_dir).overview().timeline.urge_times) == 3
    assert len(decodes) == 2


def test_an_edit_of_the_same_length_misses_the_cache(data_dir: Path, clock: FixedClock) -> None:
    save_urges(Store(data_dir), clock.now(), 1)
    before = Store(data_dir).overview()
    path = data_file(data_dir)
    recorded = clock.now().isoformat()
    an_hour_earlier = (clock.now() - timedelta(hours=1)).isoformat()
    assert len(recorded) == len(an_hour_earlier)
    write_plain(path, read_plain(path).replace(recorded.encode(), an_hour_earlier.encode()))

    after = Store(data_dir).overview()

    assert after.timeline.urge_times == (before.timeline.urge_times[0] - 3600,)
    assert after == _full(data_dir)


@pytest.mark.parametrize(
    "garbage",
    [b"", b"{", b"[]", b'{"format": 1}', b"\xff\xfe", MAGIC_SEALED + bytes(40)],
    ids=["empty", "cut", "a list", "no key", "not UTF-8", "sealed, and does not open"],
)
def test_a_damaged_cache_is_ignored_and_rewritten(
    data_dir: Path, clock: FixedClock, garbage: bytes
) -> None:
    save_urges(Store(data_dir), clock.now(), 2)
    Store(data_dir).overview()
    (data_dir / CACHE_FILE_NAME).write_bytes(garbage)

    assert Store(data_dir).overview() == _full(data_dir)
    assert (data_dir / CACHE_FILE_NAME).read_bytes() != garbage


def test_a_damaged_data_file_is_reported_even_with_a_cache(
    data_dir: Path, clock: FixedClock
) -> None:
    save_urges(Store(data_dir), clock.now(), 2)
    Store(data_dir).overview()
    path = data_file(data_dir)
    damaged = path.read_bytes()[:-10]
    path.write_bytes(damaged)

    with pytest.raises(DamagedDataFile, match=not_opening(damaged)):
        Store(data_dir).overview()
    assert path.read_bytes() == damaged


def test_no_data_file_is_an_empty_timeline_and_writes_nothing(data_dir: Path) -> None:
    assert Store(data_dir).overview().timeline == Timeline.of(())
    assert untouched(data_dir)


def test_the_overview_holds_goals_ticks_settings_and_reasons_but_no_urges(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 2)
    goal = store.load().goals[0]
    with store.transaction(clock.now()) as changes:
        changes.set_preferences(replace(changes.logbook.preferences, theme=Theme.DARK))
        changes.add_completions(Completion(goal.id, clock.now().date(), clock.now()))
        changes.set_breakup_reasons(frozenset({BreakupReason.ABUSE}))
    Store(data_dir).overview()  # writes the cache

    cached = Store(data_dir).cached_overview()

    assert cached == _full(data_dir)
    assert cached is not None
    assert cached.logbook.preferences.theme is Theme.DARK
    assert healing_first(cached.logbook)  # from the very first paint
    assert [done.goal_id for done in cached.logbook.completions] == [goal.id]
    assert cached.logbook.goals == store.load().goals
    assert cached.logbook.events == ()  # the urges count by their instants only
    assert len(cached.timeline.urge_times) == 2


def test_no_cached_overview_without_a_matching_cache(data_dir: Path, clock: FixedClock) -> None:
    assert Store(data_dir).cached_overview() is None  # no data file
    save_urges(Store(data_dir), clock.now(), 1)
    assert Store(data_dir).cached_overview() is None  # no cache yet
    Store(data_dir).overview()
    save_urges(Store(data_dir), clock.now(), 1)
    assert Store(data_dir).cached_overview() is None  # made for the file before the save


def test_remembering_the_overview_makes_the_next_start_quick(
    data_dir: Path, clock: FixedClock, decodes: list[Path]
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 3)  # the window's own save

    store.remember_overview()

    assert Store(data_dir).cached_overview() == _full(data_dir)
    assert decodes == []  # made from the logbook in memory, not by decoding the file again


def test_a_remembered_overview_never_describes_another_process_s_save(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    save_urges(window, clock.now(), 1)
    save_urges(Store(data_dir), clock.now(), 2)  # another process, unseen by `window`

    window.remember_overview()

    # Keyed by the bytes `window` holds, the cache cannot pass for the newer file.
    assert Store(data_dir).cached_overview() is None
    assert len(Store(data_dir).overview().timeline.urge_times) == 3


@pytest.mark.parametrize("damage", [False, True])
def test_a_remembered_overview_never_describes_a_file_edited_in_place(
    data_dir: Path, clock: FixedClock, damage: bool
) -> None:
    window = Store(data_dir)
    save_urges(window, clock.now(), 1)
    path = data_file(data_dir)
    # An editor that saves over the same file, so the window's pinned descriptor sees the edit.
    edited = (
        path.read_bytes()[:-10] if damage else as_stored(read_plain(path).replace(b"text", b"call"))
    )
    with path.open("r+b") as file:
        file.write(edited)
        file.truncate()

    window.remember_overview()

    # The window's logbook was decoded from the bytes before the edit: the cache must not pass
    # for the edited file, nor vouch for a damaged one.
    assert Store(data_dir).cached_overview() is None


def test_a_cache_in_an_older_format_is_replaced_by_the_remembered_overview(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    save_urges(window, clock.now(), 2)
    window.remember_overview()
    cache = data_dir / CACHE_FILE_NAME
    older = orjson.loads(read_plain(cache))
    older["format"] -= 1  # what the Holdfast before an update left for this very file
    write_plain(cache, orjson.dumps(older))
    assert Store(data_dir).cached_overview() is None

    window.remember_overview()

    assert Store(data_dir).cached_overview() == _full(data_dir)


def test_a_data_file_damaged_after_the_cache_was_made_gets_no_quick_start(
    data_dir: Path, clock: FixedClock
) -> None:
    save_urges(Store(data_dir), clock.now(), 2)
    Store(data_dir).overview()
    path = data_file(data_dir)
    path.write_bytes(path.read_bytes()[:-10])  # cut short by a crash of some other program

    # No figures from the cache: the window reads the file and asks what to do about it.
    assert Store(data_dir).cached_overview() is None
    with pytest.raises(DamagedDataFile):
        Store(data_dir).load()

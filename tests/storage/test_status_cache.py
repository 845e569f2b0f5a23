"""The status cache: a shortcut for `holdfast status` that is never stale and never needed."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.timeline import Timeline
from app.storage.errors import DamagedDataFile
from app.storage.safe_storage import Tables, parse_tables
from app.storage.status_cache import CACHE_FILE_NAME
from app.storage.store import Store
from tests.storage.support import data_file, save_urges


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every time `Store.timeline` had to parse the data file, in this process."""
    seen: list[Path] = []
    real = parse_tables

    def counting(path: Path, payload: bytes) -> Tables:
        seen.append(path)
        return real(path, payload)

    monkeypatch.setattr("app.storage.store.parse_tables", counting)
    return seen


def _full(folder: Path) -> Timeline:
    return Timeline.of(Store(folder).load().events)


def test_a_second_status_reads_the_cache_and_agrees(
    data_dir: Path, clock: FixedClock, decodes: list[Path]
) -> None:
    save_urges(Store(data_dir), clock.now(), 3)

    first = Store(data_dir).timeline()
    second = Store(data_dir).timeline()

    assert first == second == _full(data_dir)
    assert len(first.urge_times) == 3
    assert decodes == [data_file(data_dir)]  # only the first one decoded the file
    assert stat.S_IMODE((data_dir / CACHE_FILE_NAME).stat().st_mode) == 0o600


def test_any_change_to_the_file_misses_the_cache(
    data_dir: Path, clock: FixedClock, decodes: list[Path]
) -> None:
    save_urges(Store(data_dir), clock.now(), 2)
    Store(data_dir).timeline()
    clock.advance(timedelta(minutes=5))
    save_urges(Store(data_dir), clock.now(), 1)

    assert len(Store(data_dir).timeline().urge_times) == 3
    assert len(decodes) == 2


def test_an_edit_of_the_same_length_misses_the_cache(data_dir: Path, clock: FixedClock) -> None:
    save_urges(Store(data_dir), clock.now(), 1)
    before = Store(data_dir).timeline()
    path = data_file(data_dir)
    recorded = clock.now().isoformat()
    an_hour_earlier = (clock.now() - timedelta(hours=1)).isoformat()
    assert len(recorded) == len(an_hour_earlier)
    path.write_bytes(path.read_bytes().replace(recorded.encode(), an_hour_earlier.encode()))

    after = Store(data_dir).timeline()

    assert after.urge_times == (before.urge_times[0] - 3600,)
    assert after == _full(data_dir)


@pytest.mark.parametrize("garbage", [b"", b"{", b"[]", b'{"format": 1}', b"\xff\xfe"])
def test_a_damaged_cache_is_ignored_and_rewritten(
    data_dir: Path, clock: FixedClock, garbage: bytes
) -> None:
    save_urges(Store(data_dir), clock.now(), 2)
    Store(data_dir).timeline()
    (data_dir / CACHE_FILE_NAME).write_bytes(garbage)

    assert Store(data_dir).timeline() == _full(data_dir)
    assert (data_dir / CACHE_FILE_NAME).read_bytes() != garbage


def test_a_damaged_data_file_is_reported_even_with_a_cache(
    data_dir: Path, clock: FixedClock
) -> None:
    save_urges(Store(data_dir), clock.now(), 2)
    Store(data_dir).timeline()
    path = data_file(data_dir)
    damaged = path.read_bytes()[:-10]
    path.write_bytes(damaged)

    with pytest.raises(DamagedDataFile, match="not valid JSON"):
        Store(data_dir).timeline()
    assert path.read_bytes() == damaged


def test_no_data_file_is_an_empty_timeline_and_writes_nothing(data_dir: Path) -> None:
    assert Store(data_dir).timeline() == Timeline.of(())
    assert not data_dir.exists()

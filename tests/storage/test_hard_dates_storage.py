"""Hard dates on disk: kept across restarts with their changes, refused when damaged, carried by
exports and imports (older exports and data files still import), and written back when an older
copy of the file is put in place."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import orjson
import pytest

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.hard_dates import HardDate
from app.domain.intents.edits import AddEvents
from app.domain.logbook import log_urge
from app.storage.codec import encode_hard_date
from app.storage.errors import DamagedDataFile
from app.storage.quick_append import append_to_proven_file
from app.storage.store import Store
from app.storage.transfer import export_json, read_export
from tests.storage.support import (
    data_file,
    read_tables,
    save_urges,
    to_bytes,
    version_1_tables,
    write_raw,
)

BIRTHDAY = HardDate(
    id="b1", month=5, day=14, year=None, label="Zoë's birthday", plan="Walk with Ana.\nCall Mum."
)
COURT = HardDate(id="c1", month=4, day=2, year=2026, label="the court date")
LEAP = HardDate(id="l1", month=2, day=29, year=None, label="our anniversary")


def _saved(store: Store, clock: FixedClock, *hard_dates: HardDate) -> None:
    with store.transaction(clock.now()) as changes:
        changes.add_hard_dates(*hard_dates)


def test_hard_dates_survive_a_restart_as_they_were_added(data_dir: Path, clock: FixedClock) -> None:
    _saved(Store(data_dir), clock, BIRTHDAY, COURT)
    _saved(Store(data_dir), clock, LEAP)

    assert Store(data_dir).load().hard_dates == (BIRTHDAY, COURT, LEAP)
    table = read_tables(data_dir)["hard_dates"]
    assert sorted(table.values(), key=lambda d: d["id"]) == [
        {"id": "b1", "month": 5, "day": 14, "year": None, "label": "Zoë's birthday",
         "plan": "Walk with Ana.\nCall Mum."},
        {"id": "c1", "month": 4, "day": 2, "year": 2026, "label": "the court date", "plan": ""},
        {"id": "l1", "month": 2, "day": 29, "year": None, "label": "our anniversary", "plan": ""},
    ]  # fmt: skip


def test_a_change_and_a_removal_are_kept(data_dir: Path, clock: FixedClock) -> None:
    _saved(Store(data_dir), clock, BIRTHDAY, COURT)
    moved = replace(BIRTHDAY, day=15, plan="Cinema with Sam")

    with Store(data_dir).transaction(clock.now()) as changes:
        changes.replace_hard_date(moved)
        changes.delete_hard_date(COURT.id)

    assert Store(data_dir).load().hard_dates == (moved,)


def test_a_data_file_from_before_hard_dates_reads_as_none(data_dir: Path) -> None:
    write_raw(data_dir, to_bytes(version_1_tables()))

    assert Store(data_dir).load().hard_dates == ()


@pytest.mark.parametrize(
    "document",
    [
        {**encode_hard_date(BIRTHDAY), "day": 30, "month": 2},
        {**encode_hard_date(BIRTHDAY), "label": ""},
        {key: value for key, value in encode_hard_date(BIRTHDAY).items() if key != "month"},
    ],
)
def test_a_damaged_hard_date_is_reported_and_nothing_is_guessed(
    data_dir: Path, document: dict[str, object]
) -> None:
    write_raw(data_dir, to_bytes({**version_1_tables(), "hard_dates": {"1": document}}))

    with pytest.raises(DamagedDataFile, match="a hard date is not valid"):
        Store(data_dir).load()


def test_an_export_carries_the_hard_dates_and_an_import_adds_the_missing_ones(
    tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    source = Store(tmp_path / "source")
    _saved(source, clock, BIRTHDAY, COURT)
    export = tmp_path / "export.json"
    export.write_bytes(export_json(source.load(), clock.now()))
    assert read_export(export).hard_dates == (BIRTHDAY, COURT)

    here = Store(data_dir)
    changed_here = replace(BIRTHDAY, plan="Dinner at my sister's")
    _saved(here, clock, changed_here, LEAP)
    new, _ = here.import_from(export, clock.now())

    assert new.hard_dates == (COURT,)
    # The one already here keeps its plan: an import never rewrites what is here.
    assert Store(data_dir).load().hard_dates == (changed_here, LEAP, COURT)
    again, _ = here.import_from(export, clock.now())
    assert again.is_empty


def test_an_older_export_without_hard_dates_still_imports(
    tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    source = Store(tmp_path / "source")
    save_urges(source, clock.now(), 2)
    data = orjson.loads(export_json(source.load(), clock.now()))
    del data["hard_dates"]
    old_export = tmp_path / "old.json"
    old_export.write_bytes(orjson.dumps({**data, "version": 2}))

    here = Store(data_dir)
    _saved(here, clock, BIRTHDAY)
    new, _ = here.import_from(old_export, clock.now())

    assert len(new.events) == 2
    assert Store(data_dir).load().hard_dates == (BIRTHDAY,)


def test_a_data_file_copy_with_hard_dates_imports_them(
    tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    source = Store(tmp_path / "source")
    _saved(source, clock, LEAP)

    here = Store(data_dir)
    save_urges(here, clock.now(), 1)
    new, _ = here.import_from(data_file(tmp_path / "source"), clock.now())

    assert new.hard_dates == (LEAP,)
    assert Store(data_dir).load().hard_dates == (LEAP,)


def test_an_older_copy_put_in_place_gets_the_hard_dates_held_here_back(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    _saved(window, clock, BIRTHDAY)
    older = data_file(data_dir).read_bytes()
    clock.advance(timedelta(minutes=10))
    _saved(window, clock, COURT)
    with window.transaction(clock.now()) as changes:
        changes.delete_hard_date(BIRTHDAY.id)
    window.load()

    incoming = data_dir / "incoming.part"  # as a sync tool puts a file in place
    incoming.write_bytes(older)
    incoming.replace(data_file(data_dir))
    followed = window.follow(clock.now())

    # The date added here is written back; the one removed here stays removed.
    assert followed.hard_dates == (COURT,)
    assert Store(data_dir).load().hard_dates == (COURT,)


def test_the_status_cache_holds_the_hard_dates_for_the_first_paint(
    data_dir: Path, clock: FixedClock
) -> None:
    _saved(Store(data_dir), clock, BIRTHDAY, COURT)
    Store(data_dir).overview()  # writes the cache

    cached = Store(data_dir).cached_overview()
    assert cached is not None and cached.logbook.hard_dates == (BIRTHDAY, COURT)

    # An urge a launcher logs is appended without decoding the file: the dates stay.
    added = append_to_proven_file(
        Store(data_dir), clock.now(), [AddEvents((log_urge(clock.now(), UrgeKind.TEXT),))]
    )
    assert added is not None and added.logbook.hard_dates == (BIRTHDAY, COURT)
    assert Store(data_dir).overview().logbook.hard_dates == (BIRTHDAY, COURT)

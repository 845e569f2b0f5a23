"""Check-ins on disk: kept across restarts, one a day, carried by exports (an older export still
imports), in the status cache, read from a file written before them, and put back by a rewind."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from pathlib import Path

import orjson
import pytest

from app.domain import intents
from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.clock import FixedClock
from app.domain.errors import InvalidEntry
from app.domain.events import UrgeKind
from app.domain.logbook import Logbook, log_urge
from app.storage.codec import encode_check_in
from app.storage.errors import DamagedDataFile
from app.storage.layout import CHECK_INS
from app.storage.migrations import MIGRATIONS, schema_version
from app.storage.store import Store
from app.storage.transfer import export_csv, export_json, read_export
from tests.storage.support import (
    content,
    data_file,
    like_the_data_folder,
    to_bytes,
    urge_document,
    write_raw,
)


def _check_in(
    store: Store, now: datetime, mood: Mood, pull: Pull, note: str | None = None
) -> CheckIn:
    with store.transaction(now) as changes:
        change = intents.check_in(changes.logbook, now, mood, pull, note)
        changes.apply(*change.edits)
    assert change.subject_id is not None
    return changes.logbook.find_check_in(change.subject_id)


def test_a_check_in_survives_a_restart_and_checking_in_again_changes_it(
    data_dir: Path, clock: FixedClock
) -> None:
    first = _check_in(Store(data_dir), clock.now(), Mood.HARD, Pull.STRONG, "Füll of it")
    clock.advance(timedelta(hours=3))
    again = _check_in(Store(data_dir), clock.now(), Mood.OKAY, Pull.LIGHT)

    (kept,) = Store(data_dir).load().check_ins
    assert kept == again
    assert (kept.id, kept.mood, kept.pull, kept.note) == (
        first.id,
        Mood.OKAY,
        Pull.LIGHT,
        "Füll of it",
    )
    (document,) = content(data_file(data_dir).read_bytes())[CHECK_INS].values()
    assert document == {
        "id": first.id,
        "day": "2026-03-01",
        "at": "2026-03-01T12:00:00+01:00",
        "mood": 4,
        "pull": 1,
        "note": "Füll of it",
    }


def test_a_deleted_check_in_is_gone_from_the_file_and_undo_puts_it_back(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    made = _check_in(store, clock.now(), Mood.MIXED, Pull.MODERATE)
    with store.transaction(clock.now()) as changes:
        change = intents.delete_check_in(changes.logbook, clock.now(), made.id)
        changes.apply(*change.edits)
    assert Store(data_dir).load().check_ins == ()

    assert change.undo is not None
    with store.transaction(clock.now()) as changes:
        changes.apply(*change.undo(changes.logbook, clock.now()).edits)

    assert Store(data_dir).load().check_ins == (made,)


def test_a_second_check_in_for_a_day_from_another_process_is_refused_and_nothing_is_written(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    _check_in(store, clock.now(), Mood.MIXED, Pull.MODERATE)
    before = data_file(data_dir).read_bytes()
    other = CheckIn(id="elsewhere", day=clock.now().date(), at=clock.now(), mood=5, pull=0)  # type: ignore[arg-type]

    with (
        pytest.raises(InvalidEntry, match="has a check-in already"),
        store.transaction(clock.now()) as changes,
    ):
        changes.add_check_ins(other)

    assert data_file(data_dir).read_bytes() == before


def test_a_file_written_before_check_ins_opens_without_them_and_takes_one(
    data_dir: Path, clock: FixedClock
) -> None:
    # The check-ins came without a new format version, as the journal did: a table a file
    # lacks reads as empty, and a Holdfast from before keeps a table it does not know.
    assert schema_version(MIGRATIONS) == 2
    urge = urge_document(clock.now())
    write_raw(
        data_dir,
        to_bytes({"_default": {}, "meta": {"1": {"schema_version": 2}}, "events": {"1": urge}}),
    )

    assert Store(data_dir).load().check_ins == ()
    made = _check_in(Store(data_dir), clock.now(), Mood.GOOD, Pull.NONE)

    logbook = Store(data_dir).load()
    assert logbook.check_ins == (made,) and len(logbook.events) == 1


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"mood": 9}, "the mood must be a whole number from 1 to 5"),
        ({"pull": None}, "the pull must be a whole number from 0 to 4"),
        ({"day": "yesterday"}, "a check-in is not valid"),
    ],
)
def test_a_damaged_check_in_names_what_is_wrong(
    data_dir: Path, clock: FixedClock, change: dict[str, object], problem: str
) -> None:
    made = CheckIn(id="c", day=clock.now().date(), at=clock.now(), mood=Mood.OKAY, pull=Pull.NONE)
    document = {**encode_check_in(made), **change}
    write_raw(
        data_dir,
        to_bytes({"meta": {"1": {"schema_version": 2}}, "check_ins": {"1": document}}),
    )

    with pytest.raises(DamagedDataFile, match=problem):
        Store(data_dir).load()


def test_check_ins_travel_in_an_export_and_import_once(
    tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    source = Store(tmp_path / "source")
    first = _check_in(source, clock.now() - timedelta(days=1), Mood.VERY_HARD, Pull.OVERWHELMING)
    second = _check_in(source, clock.now(), Mood.OKAY, Pull.LIGHT, "tea with Sam")
    export = tmp_path / "export.json"
    export.write_bytes(export_json(source.load(), clock.now()))

    assert read_export(export).check_ins == (first, second)
    target = Store(data_dir)
    new, _ = target.import_from(export, clock.now())
    again, _ = target.import_from(export, clock.now())

    assert new.check_ins == (first, second) and again.check_ins == ()
    assert set(Store(data_dir).load().check_ins) == {first, second}


def test_an_imported_check_in_for_a_day_already_checked_in_here_leaves_this_one(
    tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    source = Store(tmp_path / "source")
    _check_in(source, clock.now(), Mood.GOOD, Pull.NONE, "from the laptop")
    export = tmp_path / "export.json"
    export.write_bytes(export_json(source.load(), clock.now()))
    here = _check_in(Store(data_dir), clock.now(), Mood.HARD, Pull.STRONG, "from here")

    new, _ = Store(data_dir).import_from(export, clock.now())

    assert new.check_ins == ()
    assert Store(data_dir).load().check_ins == (here,)


def test_an_export_from_before_check_ins_still_imports(
    tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    older = {
        "format": "holdfast-export",
        "version": 2,
        "exported_at": clock.now().isoformat(),
        "events": [urge_document(clock.now())],
        "goals": [],
        "completions": [],
        "journal": [],
        "breakup_reasons": [],
        "relationship_unsafe": False,
        "relationship_betrayal": False,
    }
    export = tmp_path / "older.json"
    export.write_bytes(orjson.dumps(older))

    new, _ = Store(data_dir).import_from(export, clock.now())

    assert len(new.events) == 1 and new.check_ins == ()


def test_a_csv_export_lists_check_ins_among_the_entries_by_time(clock: FixedClock) -> None:
    now = clock.now()
    urge = log_urge(now - timedelta(hours=1), UrgeKind.TEXT)
    check_in = CheckIn(
        id="c", day=now.date(), at=now, mood=Mood.HARD, pull=Pull.STRONG, note="=1+1"
    )
    later = log_urge(now + timedelta(minutes=1), UrgeKind.CALL)

    rows = list(
        csv.DictReader(
            io.StringIO(export_csv(Logbook(events=(later, urge), check_ins=(check_in,))).decode())
        )
    )

    assert [row["type"] for row in rows] == ["urge", "check_in", "urge"]
    assert {
        key: rows[1][key] for key in ("day", "mood", "mood_word", "pull", "pull_word", "note")
    } == {
        "day": "2026-03-01",
        "mood": "2",
        "mood_word": "hard",
        "pull": "3",
        "pull_word": "strong",
        "note": "'=1+1",  # never run as a formula
    }


def test_the_status_cache_holds_the_newest_week_of_check_ins(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    made = []
    for _ in range(10):
        made.append(_check_in(store, clock.now(), Mood.MIXED, Pull.LIGHT))
        clock.advance(timedelta(days=1))
    Store(data_dir).overview()  # decodes the file and fills the cache

    cached = Store(data_dir).cached_overview()

    assert cached is not None
    assert cached.logbook.check_ins == tuple(reversed(made[3:]))


def test_an_older_copy_put_in_place_gets_this_window_s_check_in_back(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    with window.transaction(clock.now()) as changes:
        changes.add(log_urge(clock.now(), UrgeKind.TEXT))
    older = data_file(data_dir).read_bytes()
    made = _check_in(window, clock.now(), Mood.OKAY, Pull.NONE)
    window.load()

    data_file(data_dir).write_bytes(older)
    clock.advance(timedelta(minutes=10))

    assert window.follow(clock.now()).check_ins == (made,)
    assert Store(data_dir).load().check_ins == (made,)


def test_a_rewind_meeting_another_check_in_for_the_same_day_keeps_the_later_one(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    with window.transaction(clock.now()) as changes:
        changes.add(log_urge(clock.now(), UrgeKind.TEXT))
    base = data_file(data_dir).read_bytes()
    mine = _check_in(window, clock.now() + timedelta(minutes=5), Mood.OKAY, Pull.NONE)
    window.load()
    # Another machine checked in earlier that day on the older copy, which a sync tool puts back.
    elsewhere = Store(like_the_data_folder(data_dir / "elsewhere"))
    data_file(elsewhere.folder).parent.mkdir(parents=True, exist_ok=True)
    data_file(elsewhere.folder).write_bytes(base)
    theirs = _check_in(elsewhere, clock.now(), Mood.HARD, Pull.STRONG)
    data_file(data_dir).write_bytes(data_file(elsewhere.folder).read_bytes())
    clock.advance(timedelta(minutes=10))

    assert window.follow(clock.now()).check_ins == (mine,)
    assert theirs.day == mine.day


def test_a_rewind_keeps_this_window_s_change_and_delete_of_check_ins(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    changed = _check_in(window, clock.now() - timedelta(days=1), Mood.HARD, Pull.STRONG)
    deleted = _check_in(window, clock.now(), Mood.OKAY, Pull.NONE)
    older = data_file(data_dir).read_bytes()
    with window.transaction(clock.now()) as changes:
        edit = intents.edit_check_in(changes.logbook, clock.now(), changed.id, Mood.GOOD, Pull.NONE)
        changes.apply(
            *edit.edits, *intents.delete_check_in(changes.logbook, clock.now(), deleted.id).edits
        )
    window.load()

    data_file(data_dir).write_bytes(older)
    clock.advance(timedelta(minutes=10))

    (kept,) = window.follow(clock.now()).check_ins
    assert (kept.id, kept.mood) == (changed.id, Mood.GOOD)
    assert Store(data_dir).load().check_ins == (kept,)

"""The journal and the breakup reasons on disk: kept, refused when damaged, carried by exports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import orjson
import pytest
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from app.domain.clock import FixedClock
from app.domain.errors import InvalidEntry
from app.domain.journal import BreakupReason, JournalEntry, Prompt, edit_entry, write_entry
from app.domain.preferences import Preferences
from app.domain.safety import healing_first
from app.storage.codec import encode_journal_entry
from app.storage.errors import DamagedDataFile, NotAnExport
from app.storage.migrations import MIGRATIONS, schema_version
from app.storage.safe_storage import SafeStorage
from app.storage.store import Store
from app.storage.transfer import export_json, read_export
from tests.storage.support import (
    data_file,
    folder_sealing,
    read_tables,
    save_urges,
    to_bytes,
    urge_document,
    version_1_tables,
    write_raw,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def _entries(now: datetime) -> tuple[JournalEntry, ...]:
    today = now.date()
    return (
        write_entry(now, today, "I miss the Sunday mornings more than them.", Prompt.WHY_BACK),
        write_entry(now, today - timedelta(days=2), "Cooked for friends. Füll house."),
    )


def _save(store: Store, now: datetime, *entries: JournalEntry) -> None:
    with store.transaction(now) as changes:
        changes.add_journal_entry(*entries)


def test_journal_entries_survive_a_restart(data_dir: Path, clock: FixedClock) -> None:
    first, second = _entries(clock.now())
    _save(Store(data_dir), clock.now(), first)
    _save(Store(data_dir), clock.now(), second)

    assert Store(data_dir).load().journal == (first, second)


def test_an_edit_and_a_delete_are_kept(data_dir: Path, clock: FixedClock) -> None:
    first, second = _entries(clock.now())
    _save(Store(data_dir), clock.now(), first, second)
    clock.advance(timedelta(hours=1))
    edited = edit_entry(first, clock.now(), first.day, "Not them. The mornings.", None)

    with Store(data_dir).transaction(clock.now()) as changes:
        changes.replace_journal_entry(edited)
    assert Store(data_dir).load().journal == (edited, second)

    with Store(data_dir).transaction(clock.now()) as changes:
        assert changes.delete_journal_entry(second.id) == second
    assert Store(data_dir).load().journal == (edited,)


def test_an_entry_already_there_is_not_added_twice(data_dir: Path, clock: FixedClock) -> None:
    first, _ = _entries(clock.now())
    _save(Store(data_dir), clock.now(), first)
    before = data_file(data_dir).read_bytes()

    with (
        pytest.raises(InvalidEntry, match="already holds"),
        Store(data_dir).transaction(clock.now()) as changes,
    ):
        changes.add_journal_entry(first)

    assert data_file(data_dir).read_bytes() == before


def test_editing_or_deleting_a_missing_entry_is_reported(data_dir: Path, clock: FixedClock) -> None:
    first, second = _entries(clock.now())
    _save(Store(data_dir), clock.now(), first)
    with (
        pytest.raises(InvalidEntry, match="no journal entry"),
        Store(data_dir).transaction(clock.now()) as changes,
    ):
        changes.replace_journal_entry(second)
    with (
        pytest.raises(InvalidEntry, match="no journal entry"),
        Store(data_dir).transaction(clock.now()) as changes,
    ):
        changes.delete_journal_entry(second.id)


def test_the_reasons_and_the_unsafe_flag_survive_a_restart(
    data_dir: Path, clock: FixedClock
) -> None:
    reasons = frozenset({BreakupReason.CONFLICT, BreakupReason.ABUSE})
    with Store(data_dir).transaction(clock.now()) as changes:
        changes.set_breakup_reasons(reasons)
        changes.set_preferences(Preferences(relationship_unsafe=True))

    loaded = Store(data_dir).load()
    assert loaded.breakup_reasons == reasons
    assert loaded.preferences.relationship_unsafe

    with Store(data_dir).transaction(clock.now()) as changes:
        changes.set_breakup_reasons(())
    assert Store(data_dir).load().breakup_reasons == frozenset()


def test_tinydb_reads_the_journal(data_dir: Path, clock: FixedClock) -> None:
    entries = _entries(clock.now())
    _save(Store(data_dir), clock.now(), *entries)

    with TinyDB(data_file(data_dir), storage=SafeStorage, sealing=folder_sealing()) as db:
        stored = db.table("journal").all()
        assert sorted(doc["id"] for doc in stored) == sorted(e.id for e in entries)


@pytest.mark.plain_only("TinyDB's own JSONStorage reads plain JSON; a protected file opens sealed")
def test_tinydb_s_own_storage_reads_the_journal(data_dir: Path, clock: FixedClock) -> None:
    entries = _entries(clock.now())
    _save(Store(data_dir), clock.now(), *entries)

    with TinyDB(data_file(data_dir), storage=JSONStorage) as db:
        stored = db.table("journal").all()
        assert sorted(doc["id"] for doc in stored) == sorted(e.id for e in entries)


def test_a_file_from_before_the_journal_loads_with_an_empty_one(
    data_dir: Path, clock: FixedClock
) -> None:
    now = clock.now()
    tables = version_1_tables(urge_document(now))
    tables["settings"] = {"1": {"theme": "dark"}}  # saved before the unsafe flag existed
    stored = write_raw(data_dir, to_bytes(tables)).read_bytes()

    loaded = Store(data_dir).load()

    assert loaded.journal == ()
    assert loaded.breakup_reasons == frozenset()
    assert not loaded.preferences.relationship_unsafe
    assert len(loaded.events) == 1
    assert data_file(data_dir).read_bytes() == stored  # reading changed nothing

    entry, _ = _entries(now)
    _save(Store(data_dir), now, entry)
    reloaded = Store(data_dir).load()
    assert reloaded.journal == (entry,)
    assert reloaded.events == loaded.events
    written = read_tables(data_dir)
    assert written["meta"] == {"1": {"schema_version": schema_version(MIGRATIONS)}}


GOOD_ENTRY = encode_journal_entry(write_entry(NOW, NOW.date(), "a good entry"))


def _bad_entries() -> dict[str, dict[str, Any]]:
    good = GOOD_ENTRY
    tomorrow = (NOW.date() + timedelta(days=1)).isoformat()
    return {
        "no text": {k: v for k, v in good.items() if k != "text"},
        "empty text": {**good, "text": "  "},
        "text that is a number": {**good, "text": 42},
        "no id": {k: v for k, v in good.items() if k != "id"},
        "no day": {k: v for k, v in good.items() if k != "day"},
        "a day that is not a date": {**good, "day": "Sunday"},
        "a day after it was written": {**good, "day": tomorrow},
        "a time without a zone": {**good, "written_at": "2026-03-01T12:00:00"},
        "an edit time that is not a time": {**good, "edited_at": "later"},
        "an unknown prompt": {**good, "prompt": "regrets"},
        "text far too long": {**good, "text": "x" * 20_001},
    }


@pytest.mark.parametrize("bad", list(_bad_entries().values()), ids=list(_bad_entries()))
def test_a_damaged_journal_entry_is_refused_and_the_file_left_alone(
    data_dir: Path, clock: FixedClock, bad: dict[str, Any]
) -> None:
    now = clock.now()
    tables = version_1_tables(urge_document(now))
    tables["journal"] = {"1": GOOD_ENTRY, "2": bad}
    stored = write_raw(data_dir, to_bytes(tables)).read_bytes()

    with pytest.raises(DamagedDataFile, match="a journal entry is not valid"):
        Store(data_dir).load()
    with pytest.raises(DamagedDataFile), Store(data_dir).transaction(now) as changes:
        changes.add_journal_entry(write_entry(now, now.date(), "never written"))

    assert data_file(data_dir).read_bytes() == stored


@pytest.mark.parametrize("reasons", ["abuse", ["boredom"], [3], {"abuse": True}])
def test_damaged_reasons_are_refused_and_the_file_left_alone(
    data_dir: Path, clock: FixedClock, reasons: object
) -> None:
    tables = version_1_tables(urge_document(clock.now()))
    tables["reflection"] = {"1": {"breakup_reasons": reasons}}
    stored = write_raw(data_dir, to_bytes(tables)).read_bytes()

    with pytest.raises(DamagedDataFile, match="reasons it ended are not valid"):
        Store(data_dir).load()
    assert data_file(data_dir).read_bytes() == stored


def test_an_unsafe_flag_that_is_not_true_or_false_is_a_damaged_file(
    data_dir: Path, clock: FixedClock
) -> None:
    tables = version_1_tables(urge_document(clock.now()))
    tables["settings"] = {"1": {"relationship_unsafe": "yes"}}
    stored = write_raw(data_dir, to_bytes(tables)).read_bytes()

    with pytest.raises(DamagedDataFile, match="settings are not valid"):
        Store(data_dir).load()
    assert data_file(data_dir).read_bytes() == stored


def test_an_export_imports_the_journal_and_reasons_unchanged(
    tmp_path: Path, clock: FixedClock
) -> None:
    now = clock.now()
    source = Store(tmp_path / "source")
    first, second = _entries(now)
    edited = replace(first, text="Edited once.", edited_at=now)
    save_urges(source, now, 1)
    _save(source, now, edited, second)
    with source.transaction(now) as changes:
        changes.set_breakup_reasons({BreakupReason.DISTANCE, BreakupReason.ABUSE})
    export = tmp_path / "export.json"
    export.write_bytes(export_json(source.load(), now))

    assert set(read_export(export).journal) == {edited, second}

    target = Store(tmp_path / "target")
    new, _ = target.import_from(export, now)
    imported = target.load()
    assert set(new.journal) == {edited, second}
    assert set(imported.journal) == {edited, second}
    assert imported.breakup_reasons == {BreakupReason.DISTANCE, BreakupReason.ABUSE}

    again, _ = target.import_from(export, now)
    assert again.is_empty
    assert len(target.load().journal) == 2


def test_an_import_adds_reasons_and_never_removes_them(tmp_path: Path, clock: FixedClock) -> None:
    now = clock.now()
    target = Store(tmp_path / "target")
    with target.transaction(now) as changes:
        changes.set_breakup_reasons({BreakupReason.ABUSE})
    source = Store(tmp_path / "source")
    with source.transaction(now) as changes:
        changes.set_breakup_reasons({BreakupReason.DISTANCE})
    export = tmp_path / "export.json"
    export.write_bytes(export_json(source.load(), now))

    target.import_from(export, now)

    assert target.load().breakup_reasons == {BreakupReason.ABUSE, BreakupReason.DISTANCE}


def _set_unsafe(store: Store, now: datetime, unsafe: bool) -> None:
    with store.transaction(now) as changes:
        changes.set_preferences(replace(changes.logbook.preferences, relationship_unsafe=unsafe))


def test_saying_the_relationship_was_unsafe_travels_with_an_export(
    tmp_path: Path, clock: FixedClock
) -> None:
    now = clock.now()
    source = Store(tmp_path / "source")
    _set_unsafe(source, now, True)
    export = tmp_path / "export.json"
    export.write_bytes(export_json(source.load(), now))
    target = Store(tmp_path / "target")

    new, _ = target.import_from(export, now)

    assert new.marks_unsafe
    assert healing_first(target.load())  # on the new computer too, healing comes first


def test_an_import_never_switches_healing_first_off(tmp_path: Path, clock: FixedClock) -> None:
    now = clock.now()
    target = Store(tmp_path / "target")
    _set_unsafe(target, now, True)
    source = Store(tmp_path / "source")
    save_urges(source, now, 1)  # an export from where it was never said
    export = tmp_path / "export.json"
    export.write_bytes(export_json(source.load(), now))

    new, _ = target.import_from(export, now)

    assert not new.marks_unsafe
    assert target.load().preferences.relationship_unsafe


def test_an_export_with_a_damaged_unsafe_setting_is_refused_and_nothing_imported(
    tmp_path: Path, clock: FixedClock
) -> None:
    now = clock.now()
    source = Store(tmp_path / "source")
    save_urges(source, now, 1)
    exported = orjson.loads(export_json(source.load(), now))
    exported["relationship_unsafe"] = "yes"
    export = tmp_path / "export.json"
    export.write_bytes(orjson.dumps(exported))
    target = Store(tmp_path / "target")

    with pytest.raises(NotAnExport, match="relationship_unsafe must be true or false"):
        target.import_from(export, now)
    assert not target.folder.exists()


def test_an_export_from_before_the_journal_still_imports(tmp_path: Path, clock: FixedClock) -> None:
    now = clock.now()
    source = Store(tmp_path / "source")
    save_urges(source, now, 2)
    exported = orjson.loads(export_json(source.load(), now))
    del exported["journal"], exported["breakup_reasons"], exported["relationship_unsafe"]
    export = tmp_path / "old-export.json"
    export.write_bytes(orjson.dumps(exported))

    target = Store(tmp_path / "target")
    new, _ = target.import_from(export, now)

    assert len(new.events) == 2
    assert target.load().journal == ()


def test_an_entry_about_an_earlier_day_keeps_its_day(data_dir: Path, clock: FixedClock) -> None:
    entry = write_entry(clock.now(), date(2025, 12, 24), "The first holiday apart.")
    _save(Store(data_dir), clock.now(), entry)
    assert Store(data_dir).load().journal[0].day == date(2025, 12, 24)


@pytest.mark.parametrize("table", ["journal", "events"])
def test_an_export_holding_an_id_twice_is_refused_and_nothing_imported(
    tmp_path: Path, clock: FixedClock, table: str
) -> None:
    now = clock.now()
    source = Store(tmp_path / "source")
    save_urges(source, now, 2)
    _save(source, now, *_entries(now))
    exported = orjson.loads(export_json(source.load(), now))
    exported[table][1]["id"] = exported[table][0]["id"]  # a hand-merged export
    export = tmp_path / "export.json"
    export.write_bytes(orjson.dumps(exported))
    target = Store(tmp_path / "target")
    save_urges(target, now, 1)
    before = data_file(target.folder).read_bytes()

    with pytest.raises(InvalidEntry, match=r"more than one .* with the id"):
        target.import_from(export, now)

    assert data_file(target.folder).read_bytes() == before  # not half an import

"""A damaged or foreign data file is refused with a message naming it, and never written to.

In protected mode the damaged content is sealed as Holdfast would seal it, and a file cut short
is the sealed file cut short: refused all the same, as damaged, and never written to."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.domain.clock import FixedClock
from app.domain.events import ContactKind, UrgeKind
from app.domain.logbook import Logbook, log_urge, plan, record_contact
from app.storage.errors import DamagedDataFile, DataFileError, NewerDataFile
from app.storage.migrations import MIGRATIONS, schema_version
from app.storage.store import Store
from tests.storage.support import (
    as_stored,
    data_file,
    leftover_temp_files,
    like_the_data_folder,
    not_opening,
    save_urges,
    to_bytes,
    urge_document,
    version_1_tables,
    write_raw,
    write_stored,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))
GOOD_URGE = urge_document(NOW)


EMPTY = "it is empty"
NOT_JSON = "it is not valid JSON"
LAYOUT = "it does not have the layout of a Holdfast file"
NO_VERSION = "it has no Holdfast format version"
BAD_ENTRY = "an entry is not valid"
UNKNOWN_TYPE = "an entry has an unknown type 'dream'"
BAD_GOALS = "the goal list is not valid"
BAD_GOAL = "a goal is not valid"
BAD_COMPLETION = "a goal completion is not valid"


def _with_meta(meta: Any) -> bytes:
    return to_bytes({**version_1_tables(GOOD_URGE), "meta": meta})


def _with_event(**fields: Any) -> bytes:
    return to_bytes(version_1_tables({**GOOD_URGE, **fields}))


def _without(document: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != key}


DAMAGED: dict[str, tuple[bytes, str]] = {
    "empty": (b"", EMPTY),
    "whitespace": (b" \n\t\r\n  ", EMPTY),
    "not JSON": (b"I miss them. I am not going to text.", NOT_JSON),
    "binary": (bytes(range(256)), NOT_JSON),
    "not UTF-8": (
        b'{"meta": {"1": {"schema_version": 1}}, "events": {"1": {"note": "\xff"}}}',
        NOT_JSON,
    ),
    "JSON null": (b"null", LAYOUT),
    "a JSON list": (b"[]", LAYOUT),
    "a list of tables": (to_bytes([version_1_tables(GOOD_URGE)]), LAYOUT),
    "a number": (b"42", LAYOUT),
    "a string": (b'"holdfast"', LAYOUT),
    "an empty object": (b"{}", NO_VERSION),
    "a table that is a list": (
        to_bytes({**version_1_tables(GOOD_URGE), "events": [GOOD_URGE]}),
        LAYOUT,
    ),
    "a table that is text": (to_bytes({**version_1_tables(), "events": "none"}), LAYOUT),
    "a document that is a number": (to_bytes({**version_1_tables(), "events": {"1": 7}}), LAYOUT),
    "meta missing": (to_bytes(_without(version_1_tables(GOOD_URGE), "meta")), NO_VERSION),
    "meta empty": (_with_meta({}), NO_VERSION),
    "schema_version missing": (_with_meta({"1": {}}), NO_VERSION),
    "schema_version 0": (_with_meta({"1": {"schema_version": 0}}), NO_VERSION),
    "schema_version -1": (_with_meta({"1": {"schema_version": -1}}), NO_VERSION),
    "schema_version as text": (_with_meta({"1": {"schema_version": "1"}}), NO_VERSION),
    "schema_version as float": (_with_meta({"1": {"schema_version": 1.0}}), NO_VERSION),
    "schema_version true": (_with_meta({"1": {"schema_version": True}}), NO_VERSION),
    "schema_version null": (_with_meta({"1": {"schema_version": None}}), NO_VERSION),
    "intensity 99": (_with_event(intensity=99), BAD_ENTRY),
    "intensity as text": (_with_event(intensity="7"), BAD_ENTRY),
    "unknown entry type": (_with_event(type="dream"), UNKNOWN_TYPE),
    "entry type missing": (to_bytes(version_1_tables(_without(GOOD_URGE, "type"))), BAD_ENTRY),
    "unknown urge kind": (_with_event(kind="carrier pigeon"), BAD_ENTRY),
    "time that is not a time": (_with_event(at="last tuesday"), BAD_ENTRY),
    "time without a zone": (_with_event(at="2026-03-01T12:00:00"), BAD_ENTRY),
    "empty id": (_with_event(id=""), BAD_ENTRY),
    "id missing": (to_bytes(version_1_tables(_without(GOOD_URGE, "id"))), BAD_ENTRY),
    "resisted as text": (_with_event(resisted="yes"), BAD_ENTRY),
    "note that is a number": (_with_event(note=5), BAD_ENTRY),
    "goal list that is text": (
        to_bytes({**version_1_tables(), "goals": {"1": {"goals": "x"}}}),
        BAD_GOALS,
    ),
    "goal with unknown area": (
        to_bytes(
            {
                **version_1_tables(),
                "goals": {
                    "1": {"goals": [{"id": "g", "area": "?", "title": "t", "recurrence": "?"}]}
                },
            }
        ),
        BAD_GOAL,
    ),
    "completion with a bad day": (
        to_bytes(
            {
                **version_1_tables(),
                "completions": {"1": {"goal_id": "g", "day": "someday", "at": NOW.isoformat()}},
            }
        ),
        BAD_COMPLETION,
    ),
    "contact with a bad started_by": (
        to_bytes(
            version_1_tables(
                {
                    "type": "contact",
                    "id": "c1",
                    "at": NOW.isoformat(),
                    "kind": "text",
                    "started_by": "the cat",
                    "necessary": False,
                    "note": "",
                }
            )
        ),
        BAD_ENTRY,
    ),
    "plan with a target of 400 days": (
        to_bytes(
            version_1_tables(
                {
                    "type": "plan",
                    "id": "p1",
                    "at": NOW.isoformat(),
                    "last_contact": NOW.isoformat(),
                    "target_days": 400,
                }
            )
        ),
        BAD_ENTRY,
    ),
}


def _real_file(folder: Path, clock: FixedClock) -> bytes:
    """A file Holdfast wrote itself, with every kind of entry and non-ASCII notes: its bytes on
    disk, sealed in protected mode."""
    store = Store(like_the_data_folder(folder))
    now = clock.now()
    with store.transaction(now) as changes:
        changes.add(plan(Logbook(), now - timedelta(days=3)))
    with store.transaction(now) as changes:
        changes.add(
            log_urge(now, UrgeKind.TEXT, intensity=8, note="wollte schreiben, hab's gelassen"),
            log_urge(now, UrgeKind.SOCIAL, note="их фото 📷"),
            record_contact(now, ContactKind.TEXT, necessary=True, note="Schlüssel zurück"),
        )
    return data_file(folder).read_bytes()


def _assert_refused_and_untouched(
    folder: Path, now: datetime, error_type: type[DataFileError] = DamagedDataFile
) -> DataFileError:
    path = data_file(folder)
    before = path.read_bytes()
    backups_before = sorted((folder / "backups").glob("*")) if (folder / "backups").exists() else []
    store = Store(folder)

    with pytest.raises(error_type) as loaded:
        store.load()
    entered = False
    with pytest.raises(error_type), store.transaction(now) as changes:
        entered = True
        changes.add(log_urge(now, UrgeKind.CALL))
    with pytest.raises(error_type):
        store.load()  # still refused: nothing was cached or repaired on the way

    assert not entered, "the transaction let a change be made to a damaged file"
    assert path.read_bytes() == before
    assert leftover_temp_files(folder) == []
    after = sorted((folder / "backups").glob("*")) if (folder / "backups").exists() else []
    assert after == backups_before, "a backup was taken of a file that cannot be used"

    error = loaded.value
    assert error.path == path
    assert str(path) in str(error)
    assert "Nothing has been written to it" in str(error)
    return error


@pytest.mark.parametrize(("payload", "reason"), DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_file_is_refused_and_left_exactly_as_it_is(
    payload: bytes, reason: str, data_dir: Path, clock: FixedClock
) -> None:
    write_raw(data_dir, payload)
    error = _assert_refused_and_untouched(data_dir, clock.now())
    assert reason in error.problem
    assert reason in str(error)
    assert error.newest_backup is None
    assert "There is no good backup" in str(error)


@pytest.mark.parametrize("fraction", [0.0, 0.01, 0.25, 0.5, 0.61, 0.9, 0.999])
def test_a_file_cut_short_is_refused_and_left_exactly_as_it_is(
    fraction: float, data_dir: Path, clock: FixedClock
) -> None:
    whole = _real_file(data_dir, clock)
    cut = whole[: int(len(whole) * fraction)] if fraction < 0.999 else whole[:-1]
    data_file(data_dir).write_bytes(cut)
    error = _assert_refused_and_untouched(data_dir, clock.now())
    assert error.problem.startswith(EMPTY if fraction == 0 else not_opening(cut))


def test_every_cut_of_a_real_file_is_refused(
    tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    whole = _real_file(tmp_path / "source", clock)
    for end in range(len(whole)):
        write_stored(data_dir, whole[:end])
        with pytest.raises(DamagedDataFile):
            Store(data_dir).load()


def test_every_byte_of_a_real_file_changed_is_refused(
    tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    # Plain, a byte turned into its opposite is never valid UTF-8; sealed, it fails to open,
    # whether it is in the header (the write counter too), the ciphertext or the tag.
    whole = _real_file(tmp_path / "source", clock)
    for at in range(len(whole)):
        changed = whole[:at] + bytes([whole[at] ^ 0xFF]) + whole[at + 1 :]
        write_stored(data_dir, changed)
        with pytest.raises(DamagedDataFile) as refused:
            Store(data_dir).load()
        assert refused.value.problem.startswith(not_opening(changed)), at


def test_the_error_names_the_newest_good_backup(data_dir: Path, clock: FixedClock) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 2)
    clock.advance(timedelta(days=1))
    save_urges(store, clock.now(), 1)  # takes the day's backup of the file before this save
    (good,) = store.backups.list()
    clock.advance(timedelta(days=1))
    newer_damaged = store.backups.take(as_stored(b'{"meta": '), clock.now())

    write_raw(data_dir, b'{"meta": {"1": {"schema_version": 1}}, "events": {"1": {')
    error = _assert_refused_and_untouched(data_dir, clock.now())

    assert error.newest_backup == good.path != newer_damaged.path
    assert str(good.path) in str(error)
    assert "holdfast restore" in str(error)


def test_a_newer_file_is_refused_and_left_exactly_as_it_is(
    data_dir: Path, clock: FixedClock
) -> None:
    newer = version_1_tables(GOOD_URGE)
    newer["meta"] = {"1": {"schema_version": schema_version(MIGRATIONS) + 1}}
    newer["events"]["1"]["mood"] = "hopeful"  # a field only the newer version knows
    write_raw(data_dir, to_bytes(newer))

    error = _assert_refused_and_untouched(data_dir, clock.now(), NewerDataFile)
    assert "written by a newer Holdfast" in str(error)
    assert "update Holdfast" in str(error)


def test_a_good_backup_is_named_when_the_file_is_newer(data_dir: Path, clock: FixedClock) -> None:
    store = Store(data_dir)
    backup = store.backups.take(as_stored(to_bytes(version_1_tables(GOOD_URGE))), clock.now())
    write_raw(data_dir, to_bytes({**version_1_tables(), "meta": {"1": {"schema_version": 9}}}))

    error = _assert_refused_and_untouched(data_dir, clock.now(), NewerDataFile)
    assert error.newest_backup == backup.path


def test_a_store_that_read_a_good_file_refuses_it_once_it_is_damaged(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    save_urges(window, clock.now(), 2)
    window.load()
    write_raw(data_dir, b'{"meta": {"1": {"schema_version": 1}}, "events": {"1": {"ty')

    with pytest.raises(DamagedDataFile):
        window.load()  # not the good copy it still holds in memory


def test_a_minimal_file_is_not_damaged(data_dir: Path) -> None:
    write_raw(data_dir, b'{"meta": {"1": {"schema_version": 1}}}')
    logbook = Store(data_dir).load()
    assert logbook.events == ()

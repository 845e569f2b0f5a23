"""Old files are upgraded only after a backup of them; newer files are refused untouched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from app.domain.clock import FixedClock
from app.domain.events import Urge
from app.storage.errors import DamagedDataFile, NewerDataFile
from app.storage.migrations import Tables
from app.storage.store import Store
from tests.storage.support import (
    data_file,
    event_ids,
    leftover_temp_files,
    save_urges,
    to_bytes,
    urge_document,
    version_1_tables,
    write_raw,
)


def rename_strength_to_intensity(tables: Tables) -> Tables:
    """Version 1 → 2 of a made-up history: urges once stored their intensity as "strength"."""
    for document in tables.get("events", {}).values():
        if "strength" in document:
            document["intensity"] = document.pop("strength")  # mutates: migrate must copy first
    return tables


def add_a_marker(mark: str) -> Any:
    def step(tables: Tables) -> Tables:
        for document in tables.get("events", {}).values():
            document["note"] += mark
        return tables

    return step


class MigrationBroke(Exception):
    pass


def broken_migration(tables: Tables) -> Tables:
    raise MigrationBroke("this upgrade does not understand the file")


def _old_file(folder: Path, clock: FixedClock) -> tuple[bytes, str]:
    old = urge_document(clock.now(), note="old")
    del old["intensity"]
    old["strength"] = 7
    return write_raw(folder, to_bytes(version_1_tables(old))).read_bytes(), old["id"]


def test_an_old_file_is_backed_up_then_upgraded_on_the_first_save(
    data_dir: Path, clock: FixedClock
) -> None:
    original, old_id = _old_file(data_dir, clock)
    store = Store(data_dir, migrations=[rename_strength_to_intensity])

    (urge,) = store.load().events  # reading alone upgrades in memory only
    assert isinstance(urge, Urge)
    assert urge.intensity == 7
    assert store.load().events == (urge,)  # the cached tables were not changed by the upgrade
    assert data_file(data_dir).read_bytes() == original
    assert store.backups.list() == []

    new = save_urges(store, clock.now(), 1)

    (backup,) = store.backups.list()
    assert backup.reason == "before-upgrade"
    assert backup.path.read_bytes() == original
    written = orjson.loads(data_file(data_dir).read_bytes())
    assert written["meta"] == {"1": {"schema_version": 2}}
    upgraded = next(d for d in written["events"].values() if d["id"] == old_id)
    assert upgraded["intensity"] == 7
    assert "strength" not in upgraded
    assert event_ids(Store(data_dir, [rename_strength_to_intensity]).load()) == {old_id, *new}


def test_the_file_once_upgraded_is_refused_by_the_older_version(
    data_dir: Path, clock: FixedClock
) -> None:
    _old_file(data_dir, clock)
    save_urges(Store(data_dir, migrations=[rename_strength_to_intensity]), clock.now(), 1)
    upgraded = data_file(data_dir).read_bytes()

    with pytest.raises(NewerDataFile) as refused:
        Store(data_dir).load()
    assert "newer Holdfast" in str(refused.value)
    assert data_file(data_dir).read_bytes() == upgraded
    # The old version can still use the copy taken before the upgrade.
    assert refused.value.newest_backup is not None
    assert "before-upgrade" in refused.value.newest_backup.name


def test_only_the_upgrades_after_the_file_version_run(data_dir: Path, clock: FixedClock) -> None:
    steps = [add_a_marker("+2"), add_a_marker("+3")]
    tables = version_1_tables(urge_document(clock.now(), note="v2 file"))
    tables["meta"] = {"1": {"schema_version": 2}}
    write_raw(data_dir, to_bytes(tables))
    (urge,) = Store(data_dir, migrations=steps).load().events
    assert isinstance(urge, Urge)
    assert urge.note == "v2 file+3"

    tables["meta"] = {"1": {"schema_version": 1}}
    write_raw(data_dir, to_bytes(tables))
    (urge,) = Store(data_dir, migrations=steps).load().events
    assert isinstance(urge, Urge)
    assert urge.note == "v2 file+2+3"


def test_an_upgrade_that_fails_is_reported_and_leaves_the_file_untouched(
    data_dir: Path, clock: FixedClock
) -> None:
    original, _ = _old_file(data_dir, clock)
    store = Store(data_dir, migrations=[broken_migration])

    with pytest.raises(DamagedDataFile, match="could not be upgraded from format 1") as raised:
        store.load()
    assert isinstance(raised.value.__cause__, MigrationBroke)
    entered = False
    with pytest.raises(DamagedDataFile), store.transaction(clock.now()):
        entered = True

    assert not entered
    assert data_file(data_dir).read_bytes() == original
    assert leftover_temp_files(data_dir) == []
    # The version that wrote the file still reads it as it was.
    (urge,) = Store(data_dir).load().events
    assert isinstance(urge, Urge)
    assert urge.note == "old"


def test_a_file_written_by_this_version_is_not_upgraded_or_backed_up_again(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir, migrations=[rename_strength_to_intensity])
    save_urges(store, clock.now(), 1)  # a brand-new file is written at the current version
    save_urges(store, clock.now(), 1)

    assert orjson.loads(data_file(data_dir).read_bytes())["meta"]["1"]["schema_version"] == 2
    assert [b.reason for b in store.backups.list()] == ["regular"]

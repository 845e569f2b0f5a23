"""The data file stays a TinyDB file: TinyDB itself reads what Holdfast writes, a protected file
through SafeStorage given the folder's sealing."""

from __future__ import annotations

from pathlib import Path

import pytest
from tinydb import TinyDB, where
from tinydb.storages import JSONStorage

from app.domain.clock import FixedClock
from app.storage.migrations import MIGRATIONS, schema_version
from app.storage.safe_storage import SafeStorage
from app.storage.store import Store
from tests.storage.support import data_file, folder_sealing, save_urges


def _reads_every_entry(db: TinyDB, ids: list[str]) -> None:
    events = db.table("events")
    assert sorted(doc["id"] for doc in events.all()) == sorted(ids)
    assert events.count(where("note") == "after the song") == 3
    assert db.table("meta").get(doc_id=1) == {"schema_version": schema_version(MIGRATIONS)}


def test_tinydb_reads_every_entry_holdfast_wrote(data_dir: Path, clock: FixedClock) -> None:
    ids = save_urges(Store(data_dir), clock.now(), 3, note="after the song")
    before = data_file(data_dir).read_bytes()

    with TinyDB(data_file(data_dir), storage=SafeStorage, sealing=folder_sealing()) as db:
        _reads_every_entry(db, ids)

    assert data_file(data_dir).read_bytes() == before  # reading wrote nothing


@pytest.mark.plain_only("TinyDB's own JSONStorage reads plain JSON; a protected file opens sealed")
def test_tinydb_s_own_storage_reads_every_entry_holdfast_wrote(
    data_dir: Path, clock: FixedClock
) -> None:
    ids = save_urges(Store(data_dir), clock.now(), 3, note="after the song")
    before = data_file(data_dir).read_bytes()

    with TinyDB(data_file(data_dir), storage=JSONStorage) as db:
        _reads_every_entry(db, ids)

    assert data_file(data_dir).read_bytes() == before  # reading wrote nothing

"""The data file stays a TinyDB file: TinyDB itself reads what Holdfast writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from tinydb import TinyDB, where
from tinydb.storages import JSONStorage, Storage

from app.domain.clock import FixedClock
from app.storage.migrations import MIGRATIONS, schema_version
from app.storage.safe_storage import SafeStorage
from app.storage.store import Store
from tests.storage.support import data_file, save_urges


@pytest.mark.parametrize("storage", [JSONStorage, SafeStorage])
def test_tinydb_reads_every_entry_holdfast_wrote(
    data_dir: Path, clock: FixedClock, storage: type[Storage]
) -> None:
    ids = save_urges(Store(data_dir), clock.now(), 3, note="after the song")
    before = data_file(data_dir).read_bytes()

    with TinyDB(data_file(data_dir), storage=storage) as db:
        events = db.table("events")
        assert sorted(doc["id"] for doc in events.all()) == sorted(ids)
        assert events.count(where("note") == "after the song") == 3
        assert db.table("meta").get(doc_id=1) == {"schema_version": schema_version(MIGRATIONS)}

    assert data_file(data_dir).read_bytes() == before  # reading wrote nothing

"""Import as one save, the export format's version and sections, and exports that never replace
a file unasked."""

from __future__ import annotations

import errno
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.goals import Area, Goal, Recurrence, complete
from app.domain.journal import BreakupReason, write_entry
from app.domain.logbook import log_urge
from app.storage import files, safe_storage
from app.storage.errors import NotAnExport, WriteFailed
from app.storage.files import write_file
from app.storage.store import Store
from app.storage.transfer import EXPORT_VERSION, export_json, read_export
from tests.storage.support import data_file, save_urges, to_bytes, untouched, version_1_tables


def _everything(tmp_path: Path, clock: FixedClock) -> Path:
    """An export holding some of every kind of thing an import adds."""
    now = clock.now()
    source = Store(tmp_path / "source")
    goal = Goal(id="run-5k", area=Area.BODY, title="Run 5 km", recurrence=Recurrence.WEEKLY)
    with source.transaction(now) as changes:
        changes.add(log_urge(now, UrgeKind.TEXT, note="from the source"))
        changes.set_goals((*changes.logbook.goals, goal))
        completion = complete(goal, changes.logbook.completions, now)
        assert completion is not None
        changes.add_completions(completion)
        changes.add_journal_entry(write_entry(now, now.date(), "Written there."))
        changes.set_breakup_reasons({BreakupReason.TRUST})
        changes.set_preferences(replace(changes.logbook.preferences, relationship_unsafe=True))
    export = tmp_path / "everything.json"
    export.write_bytes(export_json(source.load(), now))
    return export


def test_an_import_is_saved_in_one_write(
    tmp_path: Path, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = _everything(tmp_path, clock)
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    writes: list[bytes] = []

    def counted(path: Path, payload: bytes) -> int:
        writes.append(payload)
        return files.write_atomically(path, payload)

    monkeypatch.setattr(safe_storage, "write_atomically", counted)

    new, _ = store.import_from(export, clock.now())

    assert len(writes) == 1
    assert writes[0] == data_file(data_dir).read_bytes()
    assert (len(new.events), len(new.goals), len(new.completions), len(new.journal)) == (1, 1, 1, 1)
    assert new.breakup_reasons == {BreakupReason.TRUST} and new.marks_unsafe
    saved = Store(data_dir).load()
    assert saved == store.load()
    assert saved.preferences.relationship_unsafe


def test_an_import_that_fails_to_save_changes_nothing_on_disk_or_in_memory(
    tmp_path: Path, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = _everything(tmp_path, clock)
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    before_file, before_logbook = data_file(data_dir).read_bytes(), store.load()

    def disk_full(path: Path, payload: bytes) -> int:
        raise WriteFailed(path, OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(safe_storage, "write_atomically", disk_full)

    with pytest.raises(WriteFailed, match="Nothing was changed"):
        store.import_from(export, clock.now())

    assert data_file(data_dir).read_bytes() == before_file
    assert store.load() == before_logbook


def test_exports_carry_the_format_version_that_names_their_sections(
    tmp_path: Path, clock: FixedClock
) -> None:
    export = _everything(tmp_path, clock)

    data = orjson.loads(export.read_bytes())

    assert data["version"] == EXPORT_VERSION == 3
    assert set(data) == {
        "format",
        "version",
        "exported_at",
        "events",
        "goals",
        "completions",
        "journal",
        "hard_dates",
        "check_ins",
        "breakup_reasons",
        "relationship_unsafe",
        "relationship_betrayal",
    }


def test_a_version_1_export_with_every_section_still_imports_whole(
    tmp_path: Path, clock: FixedClock
) -> None:
    export = _everything(tmp_path, clock)
    data = orjson.loads(export.read_bytes())
    export.write_bytes(orjson.dumps({**data, "version": 1}))

    imported = read_export(export)

    assert len(imported.journal) == 1 and imported.breakup_reasons == {BreakupReason.TRUST}
    assert imported.preferences.relationship_unsafe


def test_an_empty_table_a_data_file_does_not_use_is_no_reason_to_refuse_it(
    tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    copy = tmp_path / "copy.json"
    copy.write_bytes(to_bytes({**version_1_tables(), "_default": {}}))

    new, _ = Store(data_dir).import_from(copy, clock.now())

    assert new.events == ()


def test_an_import_of_a_file_growing_past_the_limit_is_refused(
    tmp_path: Path, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.storage import transfer

    monkeypatch.setattr(transfer, "MAX_IMPORT_BYTES", 1000)
    export = tmp_path / "big.json"
    export.write_bytes(b" " * 1001)

    with pytest.raises(NotAnExport, match="larger than"):
        Store(data_dir).import_from(export, clock.now())
    assert untouched(data_dir)


def test_an_exclusive_write_that_fails_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "export.json"

    def disk_full(path: Path, payload: bytes) -> int:
        raise WriteFailed(path, OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(files, "write_atomically", disk_full)

    with pytest.raises(WriteFailed):
        write_file(target, b"{}", exclusive=True)
    assert list(folder.iterdir()) == []


def test_an_exclusive_write_never_replaces_what_is_there(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "export.json"
    target.write_bytes(b"someone else's")

    with pytest.raises(WriteFailed) as failed:
        write_file(target, b"{}", exclusive=True)

    assert isinstance(failed.value.error, FileExistsError)
    assert target.read_bytes() == b"someone else's"
    assert sorted(p.name for p in folder.iterdir()) == ["export.json"]

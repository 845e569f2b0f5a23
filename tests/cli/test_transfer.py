"""`holdfast export` and `holdfast import`: a JSON export carries everything to a new folder,
a CSV export reads back in a spreadsheet, and importing the same file twice adds nothing."""

from __future__ import annotations

import csv
import errno
import json
import os
import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.domain.journal import BreakupReason, write_entry
from app.domain.logbook import log_urge
from app.storage import safe_storage
from app.storage.errors import WriteFailed
from app.storage.files import write_atomically
from app.storage.store import Store
from tests.cli.support import (
    Holdfast,
    history_json,
    ok,
    one_error_line,
    snapshot,
    status_json,
)
from tests.conftest import run_holdfast_process
from tests.storage.support import to_bytes, urge_document, version_1_tables

TRICKY_NOTE = 'one, two; "three"\nsecond line\r\nthird line, with ü and 💌'


@pytest.fixture
def recorded(holdfast: Holdfast, clock: FixedClock) -> None:
    """Two runs, urges with and without notes, contacts of every sort and a goal ticked off."""
    ok(holdfast("start", "--since", "2026-02-22T12:00", "--target", "35"))
    ok(holdfast("urge", "text", "--intensity", "8", "--note", TRICKY_NOTE))
    ok(holdfast("goals", "done", "body-move"))
    clock.advance(timedelta(hours=3))
    ok(holdfast("contact", "text", "--by", "them", "--note", "about the keys, again"))
    clock.advance(timedelta(hours=3))
    ok(holdfast("contact", "in_person", "--necessary"))
    clock.advance(timedelta(days=1))
    ok(holdfast("contact", "call", "--note", "I called"))
    clock.advance(timedelta(days=2))
    ok(holdfast("urge", "social"))
    ok(holdfast("goals", "done", "reflection-ended"))


@pytest.mark.usefixtures("recorded")
def test_json_export_imported_into_a_new_folder_gives_the_same_status_and_history(
    holdfast: Holdfast, tmp_path: Path
) -> None:
    export = tmp_path / "everything.json"
    assert ok(holdfast("export", str(export))).out == (
        f"Exported 6 entries, 15 goals and 2 goal completions to {export}.\n"
    )
    elsewhere = ("--data-dir", str(tmp_path / "elsewhere"))

    result = ok(holdfast(*elsewhere, "import", str(export)))

    assert result.out == "Imported 6 entries, 0 goals and 2 goal completions.\n"
    assert status_json(holdfast, *elsewhere) == status_json(holdfast)
    assert history_json(holdfast, *elsewhere) == history_json(holdfast)
    goals = ok(holdfast(*elsewhere, "goals", "--json")).out
    assert goals == ok(holdfast("goals", "--json")).out


@pytest.mark.usefixtures("recorded")
def test_json_export_is_marked_as_a_holdfast_export(holdfast: Holdfast, tmp_path: Path) -> None:
    export = tmp_path / "everything.JSON"  # the suffix is matched whatever its case

    ok(holdfast("export", str(export)))

    data = json.loads(export.read_text(encoding="utf-8"))
    assert data["format"] == "holdfast-export"
    assert data["version"] == 3
    assert data["exported_at"] == "2026-03-04T18:00:00+01:00"
    assert [e["type"] for e in data["events"]] == ["plan", "urge"] + ["contact"] * 3 + ["urge"]
    assert data["events"][1]["note"] == TRICKY_NOTE
    assert [c["goal_id"] for c in data["completions"]] == ["body-move", "reflection-ended"]


@pytest.mark.usefixtures("recorded")
def test_csv_export_has_a_header_and_one_row_per_entry(
    holdfast: Holdfast, tmp_path: Path, store: Store
) -> None:
    export = tmp_path / "entries.csv"

    assert ok(holdfast("export", str(export))).out == f"Exported 6 entries to {export}.\n"

    with export.open(newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        header = next(reader)
        rows = [dict(zip(header, row, strict=True)) for row in reader]
    assert header == [
        "type",
        "id",
        "at",
        "kind",
        "intensity",
        "resisted",
        "started_by",
        "necessary",
        "ends_run",
        "last_contact",
        "target_days",
        "note",
        "unsent_message",
        "day",
        "mood",
        "mood_word",
        "pull",
        "pull_word",
    ]
    assert len(rows) == len(store.load().events) == 6
    assert [(r["type"], r["kind"]) for r in rows] == [
        ("plan", ""),
        ("urge", "text"),
        ("contact", "text"),
        ("contact", "in_person"),
        ("contact", "call"),
        ("urge", "social"),
    ]
    plan, urge, by_them, necessary, mine, _ = rows
    assert (plan["last_contact"], plan["target_days"]) == ("2026-02-22T12:00:00+01:00", "35")
    assert urge["note"] == TRICKY_NOTE
    assert urge["intensity"] == "8"
    assert urge["at"] == "2026-03-01T12:00:00+01:00"
    assert (by_them["started_by"], by_them["note"]) == ("them", "about the keys, again")
    assert [r["ends_run"] for r in (by_them, necessary, mine)] == ["False", "False", "True"]
    assert {r["id"] for r in rows} == {e.id for e in store.load().events}


@pytest.mark.usefixtures("recorded")
def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    holdfast: Holdfast, tmp_path: Path
) -> None:
    export = tmp_path / "everything.json"
    ok(holdfast("export", str(export)))
    elsewhere = ("--data-dir", str(tmp_path / "elsewhere"))
    ok(holdfast(*elsewhere, "import", str(export)))
    data_file = tmp_path / "elsewhere" / "holdfast.json"
    after_first = data_file.read_bytes()

    result = ok(holdfast(*elsewhere, "import", str(export)))

    assert result.out == (
        "Imported 0 entries, 0 goals and 0 goal completions; 6 entries were already here.\n"
    )
    assert data_file.read_bytes() == after_first
    assert history_json(holdfast, *elsewhere) == history_json(holdfast)


@pytest.mark.usefixtures("recorded")
def test_importing_into_the_folder_it_came_from_adds_nothing(
    holdfast: Holdfast, tmp_path: Path, store: Store
) -> None:
    export = tmp_path / "everything.json"
    ok(holdfast("export", str(export)))
    before = store.path.read_bytes()

    assert ok(holdfast("import", str(export))).out.startswith("Imported 0 entries, ")
    assert store.path.read_bytes() == before


def test_import_adds_to_what_is_already_there(
    holdfast: Holdfast, clock: FixedClock, tmp_path: Path, store: Store
) -> None:
    other = ("--data-dir", str(tmp_path / "laptop"))
    ok(holdfast(*other, "urge", "visit", "--note", "from the laptop"))
    ok(holdfast(*other, "export", str(tmp_path / "laptop.json")))
    clock.advance(timedelta(minutes=5))
    ok(holdfast("start", "--since", "2026-02-22T12:00"))

    assert ok(holdfast("import", str(tmp_path / "laptop.json"))).out == (
        "Imported 1 entry, 0 goals and 0 goal completions.\n"
    )

    notes = sorted(e.note for e in store.load().events if isinstance(e, Urge))
    assert notes == ["from the laptop"]
    assert status_json(holdfast)["urges_total"] == 1
    assert status_json(holdfast)["streak_days"] == 7


def test_an_import_of_the_journal_says_it_imported_it(
    holdfast: Holdfast, clock: FixedClock, tmp_path: Path, store: Store
) -> None:
    now = clock.now()
    written = [write_entry(now, now.date(), "Slept well."), write_entry(now, now.date(), "Ran.")]
    with store.transaction(now) as changes:
        changes.add_journal_entry(*written)
        changes.set_breakup_reasons({BreakupReason.TRUST})
    export = tmp_path / "journal.json"
    ok(holdfast("export", str(export)))
    elsewhere = tmp_path / "elsewhere"

    result = ok(holdfast("--data-dir", str(elsewhere), "import", str(export)))

    assert result.out == (
        "Imported 0 entries, 0 goals, 0 goal completions, 2 journal entries and 1 reason it "
        "ended.\n"
    )
    imported = Store(elsewhere).load()
    assert sorted(e.text for e in imported.journal) == ["Ran.", "Slept well."]
    assert imported.breakup_reasons == {BreakupReason.TRUST}


def test_an_import_says_when_it_puts_healing_first(
    holdfast: Holdfast, clock: FixedClock, tmp_path: Path, store: Store
) -> None:
    with store.transaction(clock.now()) as changes:
        changes.set_preferences(replace(changes.logbook.preferences, relationship_unsafe=True))
    export = tmp_path / "unsafe.json"
    ok(holdfast("export", str(export)))
    elsewhere = tmp_path / "elsewhere"

    result = ok(holdfast("--data-dir", str(elsewhere), "import", str(export)))

    assert result.out.splitlines()[-1] == (
        "The file puts healing first, so it comes first here too."
    )
    assert Store(elsewhere).load().preferences.relationship_unsafe


def test_export_before_anything_was_recorded(holdfast: Holdfast, tmp_path: Path) -> None:
    export = tmp_path / "empty.csv"

    assert ok(holdfast("export", str(export))).out == f"Exported 0 entries to {export}.\n"
    assert export.read_text(encoding="utf-8").splitlines() == [
        "type,id,at,kind,intensity,resisted,started_by,necessary,ends_run,last_contact,"
        "target_days,note,unsent_message,day,mood,mood_word,pull,pull_word"
    ]


def test_export_into_a_missing_folder_fails_in_one_line(holdfast: Holdfast, tmp_path: Path) -> None:
    ok(holdfast("start"))
    target = tmp_path / "no-such-folder" / "out.json"

    result = holdfast("export", str(target))

    assert result.code == 1
    assert str(target) in one_error_line(result)
    assert not target.parent.exists()


# What an export reports, and where it may write


def test_a_json_export_reports_everything_it_wrote(
    holdfast: Holdfast, clock: FixedClock, tmp_path: Path, store: Store
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    ok(holdfast("goals", "done", "body-move"))
    now = clock.now()
    with store.transaction(now) as changes:
        changes.add_journal_entry(write_entry(now, now.date(), "Slept well."))
        changes.set_breakup_reasons({BreakupReason.TRUST, BreakupReason.DISTANCE})
        changes.set_preferences(replace(changes.logbook.preferences, relationship_unsafe=True))
    export = tmp_path / "all.json"

    assert ok(holdfast("export", str(export))).out == (
        "Exported 1 entry, 15 goals, 1 goal completion, 1 journal entry and 2 reasons it ended "
        f"to {export}.\nIt also carries your choice that healing comes first.\n"
    )


def test_export_never_replaces_a_file_unless_asked(holdfast: Holdfast, tmp_path: Path) -> None:
    ok(holdfast("start"))
    target = tmp_path / "sums.csv"
    target.write_text("someone else's sums\n")

    refused = holdfast("export", str(target))

    assert refused.code == 2
    line = one_error_line(refused)
    assert str(target) in line and "exists already" in line and "--overwrite" in line
    assert target.read_text() == "someone else's sums\n"

    ok(holdfast("export", "--overwrite", str(target)))
    assert target.read_text(encoding="utf-8").startswith("type,id,at,")


def test_export_never_writes_through_a_link_in_its_place(
    holdfast: Holdfast, tmp_path: Path
) -> None:
    ok(holdfast("start"))
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    link = tmp_path / "out.json"
    link.symlink_to(precious)

    result = holdfast("export", str(link))

    assert result.code == 2
    assert "exists already" in one_error_line(result)
    assert link.is_symlink() and precious.read_text() == "keep me"


@pytest.mark.parametrize(
    "where", ["holdfast.json", "export.json", "backups/export.csv", "{link}/export.json"]
)
def test_export_never_writes_into_the_data_folder_or_its_backups(
    holdfast: Holdfast, clock: FixedClock, data_dir: Path, tmp_path: Path, where: str
) -> None:
    ok(holdfast("start"))
    clock.advance(timedelta(hours=2))
    ok(holdfast("urge", "text"))  # takes a backup, so backups/ is there
    link = tmp_path / "link-to-data"
    link.symlink_to(data_dir)
    before = snapshot(data_dir)
    target = Path(where.replace("{link}", str(link))) if "{link}" in where else data_dir / where

    result = holdfast("export", "--overwrite", str(target))

    assert result.code == 2
    line = one_error_line(result)
    assert "data folder" in line and "export to a folder of your own" in line
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("name", ["all.json", "entries.csv"])
def test_an_export_is_readable_by_its_owner_only(
    holdfast: Holdfast, tmp_path: Path, name: str
) -> None:
    ok(holdfast("start"))
    target = tmp_path / name

    ok(holdfast("export", str(target)))

    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_csv_cells_a_spreadsheet_would_run_as_formulas_stay_text(
    holdfast: Holdfast, clock: FixedClock, tmp_path: Path, store: Store
) -> None:
    notes = ['=HYPERLINK("http://x.example","hi")', "+1", "-x", "@SUM(A1)", "\tin", "\rback"]
    with store.transaction(clock.now()) as changes:
        changes.add(*(log_urge(clock.now(), UrgeKind.TEXT, note=note) for note in notes))
        changes.add(log_urge(clock.now(), UrgeKind.CALL, note="a = b, as before"))
    export = tmp_path / "entries.csv"

    ok(holdfast("export", str(export)))

    with export.open(newline="", encoding="utf-8") as file:
        cells = {row["note"] for row in csv.DictReader(file)}
    assert cells == {"'" + note for note in notes} | {"a = b, as before"}


# Importing a Holdfast data file: a copy from another computer, a backup, a conflict copy


def test_import_merges_a_data_file_from_another_folder(
    holdfast: Holdfast, tmp_path: Path, store: Store
) -> None:
    laptop = tmp_path / "laptop"
    ok(holdfast("--data-dir", str(laptop), "urge", "visit", "--note", "from the laptop"))
    ok(holdfast("start", "--since", "2026-02-22T12:00"))

    result = ok(holdfast("import", str(laptop / "holdfast.json")))

    assert result.out == "Imported 1 entry, 0 goals and 0 goal completions.\n"
    notes = [e.note for e in store.load().events if isinstance(e, Urge)]
    assert notes == ["from the laptop"]
    again = ok(holdfast("import", str(laptop / "holdfast.json")))
    assert again.out.startswith("Imported 0 entries, 0 goals and 0 goal completions; 1 entry")


def test_import_puts_back_what_the_file_a_restore_set_aside_held(
    holdfast: Holdfast, clock: FixedClock, store: Store
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(hours=2))
    ok(holdfast("urge", "text", "--note", "after the backup"))  # backs up the plan alone
    ok(holdfast("restore"))
    (set_aside,) = store.folder.glob("holdfast-set-aside-*.json")
    assert status_json(holdfast)["urges_total"] == 0

    assert ok(holdfast("import", str(set_aside))).out.startswith("Imported 1 entry, ")
    assert status_json(holdfast)["urges_total"] == 1


def test_import_upgrades_a_data_file_of_an_older_format(
    holdfast: Holdfast, clock: FixedClock, tmp_path: Path, store: Store
) -> None:
    old = tmp_path / "holdfast-2025.json"
    old.write_bytes(to_bytes(version_1_tables(urge_document(clock.now(), note="old format"))))

    assert ok(holdfast("import", str(old))).out.startswith("Imported 1 entry, ")
    assert [e.note for e in store.load().events if isinstance(e, Urge)] == ["old format"]


def test_imported_urges_keep_resisted_false_as_given(
    holdfast: Holdfast, clock: FixedClock, tmp_path: Path, store: Store
) -> None:
    urge = urge_document(clock.now() - timedelta(hours=1), resisted=False)
    export = tmp_path / "given-in.json"
    export.write_bytes(to_bytes(_export_of(urge)))

    ok(holdfast("import", str(export)))

    (imported,) = store.load().events
    assert isinstance(imported, Urge) and imported.resisted is False
    ok(holdfast("export", str(tmp_path / "again.json")))
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert again["events"][0]["resisted"] is False


# An import is all of it or nothing, after a backup, and says which


def test_an_import_backs_up_the_file_first_whatever_the_hour(
    holdfast: Holdfast, clock: FixedClock, tmp_path: Path, store: Store
) -> None:
    laptop = ("--data-dir", str(tmp_path / "laptop"))
    ok(holdfast(*laptop, "urge", "visit"))
    ok(holdfast(*laptop, "export", str(tmp_path / "laptop.json")))
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    ok(holdfast("urge", "text"))  # the hour's backup is taken here
    assert [b.reason for b in store.backups.list()] == ["regular"]
    before = store.path.read_bytes()
    clock.advance(timedelta(minutes=5))

    ok(holdfast("import", str(tmp_path / "laptop.json")))

    newest = store.backups.list()[0]
    assert newest.reason == "before-import"
    assert newest.path.read_bytes() == before


def test_an_import_that_cannot_be_saved_saves_none_of_it_and_says_so(
    holdfast: Holdfast, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = Store(tmp_path / "source")
    now = clock.now()
    with source.transaction(now) as changes:
        changes.add(log_urge(now, UrgeKind.TEXT, note="an urge"))
        changes.add_journal_entry(write_entry(now, now.date(), "The last part to be saved."))
    export = tmp_path / "both.json"
    ok(holdfast("--data-dir", str(source.folder), "export", str(export)))
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    data_file = Store(tmp_path / "data").path
    before = data_file.read_bytes()

    def disk_full_for_the_journal(path: Path, payload: bytes) -> int:
        if b"The last part" in payload:
            raise WriteFailed(path, OSError(errno.ENOSPC, "No space left on device"))
        return write_atomically(path, payload)

    monkeypatch.setattr(safe_storage, "write_atomically", disk_full_for_the_journal)

    result = holdfast("import", str(export))

    assert result.code == 1
    line = one_error_line(result)
    assert "the disk is full" in line and "Nothing was changed" in line
    assert data_file.read_bytes() == before


def _export_of(*events: dict[str, Any], **sections: Any) -> dict[str, Any]:
    return {
        "format": "holdfast-export",
        "version": 2,
        "exported_at": "2026-03-01T12:00:00+01:00",
        "events": list(events),
        "goals": [],
        "completions": [],
        **sections,
    }


def _data_file_with(**tables: Any) -> dict[str, Any]:
    return {**version_1_tables(), **tables}


REFUSED_FILES: dict[str, tuple[Callable[[Path], object], list[str]]] = {
    "an export from a newer Holdfast": (
        lambda path: path.write_bytes(to_bytes({**_export_of(), "version": 4})),
        ["newer Holdfast", "export format 4", "update Holdfast"],
    ),
    "an export with an unknown section": (
        lambda path: path.write_bytes(to_bytes(_export_of(moods=[{"id": "m1"}]))),
        ["'moods'", "does not know", "update Holdfast"],
    ),
    "a data file from a newer Holdfast": (
        lambda path: path.write_bytes(
            to_bytes(_data_file_with(meta={"1": {"schema_version": 99}}))
        ),
        ["newer Holdfast", "update Holdfast"],
    ),
    "a data file with an unknown kind of entry": (
        lambda path: path.write_bytes(to_bytes(_data_file_with(moods={"1": {"id": "m1"}}))),
        ["'moods'", "update Holdfast"],
    ),
    "a file larger than 64 MiB": (
        lambda path: os.truncate(_touched(path), 64 * 1024 * 1024 + 1),
        ["larger than 64 MiB", "right file"],
    ),
    "a folder": (lambda path: path.mkdir(), ["is a folder"]),
    "a file in an unknown format": (
        lambda path: path.write_text('{"events": []}'),
        ["not a Holdfast export or data file"],
    ),
}


def _touched(path: Path) -> Path:
    path.touch()
    return path


@pytest.mark.parametrize("case", REFUSED_FILES)
def test_a_file_that_cannot_be_imported_is_refused_in_one_line_saying_nothing_was_imported(
    holdfast: Holdfast, data_dir: Path, tmp_path: Path, case: str
) -> None:
    make, words = REFUSED_FILES[case]
    source = tmp_path / "source.json"
    make(source)
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    before = snapshot(data_dir)

    result = holdfast("import", str(source))

    assert result.code == 2
    line = one_error_line(result)
    for word in words:
        assert word in line, (word, line)
    assert line.endswith("Nothing was imported.")
    assert snapshot(data_dir) == before


def test_a_file_it_may_not_read_is_refused_in_one_line(
    holdfast: Holdfast, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "roots.json"
    source.write_bytes(to_bytes(_export_of()))
    real_open = os.open

    def open_as_someone_else(path: Any, *args: Any, **kwargs: Any) -> int:
        if Path(path) == source:  # the tests may run as root, whom no permission stops
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_as_someone_else)

    result = holdfast("import", str(source))

    assert result.code == 2
    line = one_error_line(result)
    assert str(source) in line and "permissions do not let you read it" in line
    assert "Permission denied" not in line


@pytest.mark.parametrize("kind", ["a named pipe", "/dev/zero"])
def test_a_pipe_or_a_device_is_refused_at_once_never_read(tmp_path: Path, kind: str) -> None:
    if kind == "a named pipe":
        source = tmp_path / "pipe.json"
        os.mkfifo(source)  # nobody writes to it: reading it would wait forever
    else:
        source = Path("/dev/zero")  # endless: reading it would fill the memory

    result = run_holdfast_process(tmp_path / "data", "import", str(source))

    assert result.returncode == 2
    assert result.stderr == (
        f"holdfast: cannot read {source}: it is not a file but a pipe or a device; give a file "
        "made by `holdfast export`, a backup or a copy of holdfast.json. Nothing was imported.\n"
    )
    assert not (tmp_path / "data").exists()

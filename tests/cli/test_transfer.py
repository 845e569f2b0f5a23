"""`holdfast export` and `holdfast import`: a JSON export carries everything to a new folder,
a CSV export reads back in a spreadsheet, and importing the same file twice adds nothing."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.events import Urge
from app.domain.journal import BreakupReason, write_entry
from app.storage.store import Store
from tests.cli.support import Holdfast, history_json, ok, one_error_line, status_json

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
    assert ok(holdfast("export", str(export))).out == f"Exported 6 entries to {export}.\n"
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
    assert data["version"] == 1
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
        "The export puts healing first, so it comes first here too."
    )
    assert Store(elsewhere).load().preferences.relationship_unsafe


def test_export_before_anything_was_recorded(holdfast: Holdfast, tmp_path: Path) -> None:
    export = tmp_path / "empty.csv"

    assert ok(holdfast("export", str(export))).out == f"Exported 0 entries to {export}.\n"
    assert export.read_text(encoding="utf-8").splitlines() == [
        "type,id,at,kind,intensity,resisted,started_by,necessary,ends_run,last_contact,"
        "target_days,note,unsent_message"
    ]


def test_export_into_a_missing_folder_fails_in_one_line(holdfast: Holdfast, tmp_path: Path) -> None:
    ok(holdfast("start"))
    target = tmp_path / "no-such-folder" / "out.json"

    result = holdfast("export", str(target))

    assert result.code == 1
    assert str(target) in one_error_line(result)
    assert not target.parent.exists()

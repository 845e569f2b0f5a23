"""A date at the very edge of the calendar in any dated field of the file (a hand edit, a bad
disk, another program): every command says the file cannot be used, in one line, exit 1, and
leaves it as it is. None of them may crash on the arithmetic such a date breaks."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.journal import edit_entry, write_entry
from app.storage.store import Store
from tests.cli.support import Holdfast, ok, one_error_line

# The first and last instants a computer's dates hold, with the widest time zones.
EDGES = ["0001-01-01T00:00+14:00", "9999-12-31T23:59:59-14:00"]
# Each dated field of the file: its table, the kind of document (events only), and the field.
FIELDS = [
    ("events", "plan", "at"),
    ("events", "plan", "last_contact"),
    ("events", "urge", "at"),
    ("events", "contact", "at"),
    ("completions", None, "at"),
    ("journal", None, "written_at"),
    ("journal", None, "edited_at"),
]
COMMANDS = [
    ["status"],
    ["status", "--json"],
    ["history"],
    ["history", "--json"],
    ["goals"],
    ["urge", "text"],
    ["export", "{out}/all.json"],
    ["export", "{out}/entries.csv"],
]


@pytest.fixture
def everything_dated(holdfast: Holdfast, clock: FixedClock, store: Store) -> Path:
    """A file with a plan, an urge, a contact, a goal ticked and an edited journal entry."""
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    ok(holdfast("urge", "text"))
    ok(holdfast("contact", "text", "--by", "them"))
    ok(holdfast("goals", "done", "body-move"))
    entry = write_entry(clock.now(), clock.now().date(), "A long day.")
    with store.transaction(clock.now()) as changes:
        changes.add_journal_entry(entry)
    clock.advance(timedelta(minutes=5))
    with store.transaction(clock.now()) as changes:
        changes.replace_journal_entry(
            edit_entry(entry, clock.now(), entry.day, "A long day. Done.", None)
        )
    return store.path


def _dated(path: Path, table: str, kind: str | None, field: str, written: str) -> bytes:
    tables = json.loads(path.read_text(encoding="utf-8"))
    (document,) = (d for d in tables[table].values() if kind is None or d.get("type") == kind)
    assert field in document
    document[field] = written
    path.write_text(json.dumps(tables), encoding="utf-8")
    return path.read_bytes()


@pytest.mark.parametrize("written", EDGES, ids=["year 1", "year 9999"])
@pytest.mark.parametrize("where", FIELDS, ids=lambda f: ".".join(p for p in f if p))
def test_a_date_at_the_edge_of_the_calendar_anywhere_stops_every_command_in_one_line(
    holdfast: Holdfast,
    everything_dated: Path,
    tmp_path: Path,
    where: tuple[str, str | None, str],
    written: str,
) -> None:
    before = _dated(everything_dated, *where, written)

    for command in COMMANDS:
        result = holdfast(*(part.format(out=tmp_path) for part in command))

        assert result.code == 1, (command, result)
        line = one_error_line(result)
        assert f"Holdfast cannot use its data file {everything_dated}" in line, command
        assert "is not one Holdfast can count with" in line, command
        assert everything_dated.read_bytes() == before
    assert not list(tmp_path.glob("all.json")) and not list(tmp_path.glob("entries.csv"))

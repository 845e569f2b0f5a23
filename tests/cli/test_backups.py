"""`holdfast backups` and `holdfast restore` on a healthy data file."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from app.domain.clock import FixedClock
from app.storage.store import Store
from tests.cli.support import Holdfast, ok, one_error_line, snapshot, status_json
from tests.storage.support import content

BACKUP_LINE = re.compile(r"^  (holdfast-\d{8}T\d{12}Z\.json)  (\d{4}-\d\d-\d\d \d\d:\d\d)  (.+)$")


def _listed(holdfast: Holdfast) -> list[tuple[str, str, str]]:
    lines = ok(holdfast("backups")).out.splitlines()
    rows = []
    for line in lines[1:]:
        match = BACKUP_LINE.match(line)
        assert match, line
        rows.append((match[1], match[2], match[3]))
    return rows


def _set_aside(output: str) -> Path:
    (line,) = (x for x in output.splitlines() if x.startswith("The file it replaced is kept as "))
    return Path(line.removeprefix("The file it replaced is kept as ").removesuffix("."))


def test_no_backups_yet(holdfast: Holdfast) -> None:
    assert ok(holdfast("backups")).out == (
        "No backups yet. Holdfast copies the file before it saves, at most once an hour.\n"
    )
    ok(holdfast("start"))
    assert ok(holdfast("backups")).out.startswith("No backups yet.")


def test_backups_are_listed_newest_first(
    holdfast: Holdfast, clock: FixedClock, store: Store
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "text"))
    ok(holdfast("urge", "call"))  # within the hour: no second backup
    assert _listed(holdfast) == [
        (store.backups.list()[0].name, "2026-03-02 12:00", "1 entry"),
    ]

    clock.advance(timedelta(days=1, hours=3))
    ok(holdfast("urge", "social"))

    listed = _listed(holdfast)
    assert [(when, contents) for _, when, contents in listed] == [
        ("2026-03-03 15:00", "3 entries"),
        ("2026-03-02 12:00", "1 entry"),
    ]
    assert ok(holdfast("backups")).out.splitlines()[0] == (
        f"Backups in {store.backups.folder}, newest first:"
    )


def test_restore_puts_back_the_newest_backup_and_keeps_the_current_file(
    holdfast: Holdfast, clock: FixedClock, store: Store, data_dir: Path
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "text", "--note", "this one goes"))
    current = store.path.read_bytes()
    (backup,) = store.backups.list()

    result = ok(holdfast("restore"))

    assert result.out.splitlines()[0] == f"Restored the backup {backup.name}."
    set_aside = _set_aside(result.out)
    assert set_aside.parent == data_dir
    assert set_aside.read_bytes() == current
    assert content(store.path.read_bytes()) == content(backup.path.read_bytes())
    assert status_json(holdfast)["urges_total"] == 0


def test_restore_by_name_picks_that_backup(
    holdfast: Holdfast, clock: FixedClock, store: Store
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "text"))
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "call"))
    newest, oldest = store.backups.list()

    result = ok(holdfast("restore", oldest.name))

    assert result.out.splitlines()[0] == f"Restored the backup {oldest.name}."
    assert content(store.path.read_bytes()) == content(oldest.path.read_bytes())
    assert newest.path.exists()


def test_restore_of_an_unknown_name_changes_nothing(
    holdfast: Holdfast, clock: FixedClock, data_dir: Path
) -> None:
    ok(holdfast("start"))
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "text"))
    before = snapshot(data_dir)

    result = holdfast("restore", "yesterday")

    assert result.code == 2
    line = one_error_line(result)
    assert "'yesterday'" in line
    assert "holdfast backups" in line
    assert snapshot(data_dir) == before


def test_a_second_restore_in_the_same_second_keeps_the_first_set_aside_file(
    holdfast: Holdfast, clock: FixedClock, store: Store
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "text"))
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "call", "--note", "the only copy of this note"))
    original = store.path.read_bytes()
    newest, oldest = store.backups.list()

    first = _set_aside(ok(holdfast("restore")).out)
    second = _set_aside(ok(holdfast("restore", oldest.name)).out)  # changed my mind at once

    assert first != second
    assert first.read_bytes() == original
    assert content(second.read_bytes()) == content(newest.path.read_bytes())

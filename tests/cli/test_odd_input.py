"""Odd things typed or imported get a line that says what is allowed: a journal entry written
before 1970 is a typo in the year, and a backup name thousands of characters long is quoted
shortly, not in full."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from tests.cli.support import Holdfast, ok, one_error_line, snapshot

BEFORE_1970 = (
    "the journal entry written 1969-12-31 20:00 cannot be before 1970 (it reads 1969-12-31); "
    "check the year"
)


def _export_with_journal_entry(path: Path, day: str, written_at: str) -> Path:
    """An export holding one journal entry about `day`, written at `written_at`."""
    export = json.loads(path.read_text(encoding="utf-8"))
    entry = {"id": "j-1", "day": day, "written_at": written_at, "text": "Long night."}
    export["journal"] = [{**entry, "prompt": None, "edited_at": None}]
    path.write_text(json.dumps(export), encoding="utf-8")
    return path


@pytest.mark.parametrize("day", ["1969-12-31", "1970-01-01"], ids=["that day", "a day later"])
def test_a_journal_entry_written_before_1970_is_refused_as_a_typo_in_the_year(
    holdfast: Holdfast, tmp_path: Path, data_dir: Path, day: str
) -> None:
    ok(holdfast("start"))
    export = tmp_path / "export.json"
    ok(holdfast("export", str(export)))
    _export_with_journal_entry(export, day, "1969-12-31T20:00:00+00:00")
    before = snapshot(data_dir)

    result = holdfast("import", str(export))

    assert result.code == 2
    line = one_error_line(result)
    assert BEFORE_1970 in line, line
    assert "in the future" not in line
    assert snapshot(data_dir) == before


def test_a_journal_entry_about_a_day_after_it_was_written_is_still_the_future(
    holdfast: Holdfast, tmp_path: Path
) -> None:
    ok(holdfast("start"))
    export = tmp_path / "export.json"
    ok(holdfast("export", str(export)))
    _export_with_journal_entry(export, "2026-02-02", "2026-02-01T20:00:00+00:00")

    line = one_error_line(holdfast("import", str(export)))

    assert "cannot be dated in the future (it was written on 2026-02-01)" in line


LONG_NAME = "holdfast-" + "7" * 5000 + ".json"
SHORTENED = "'" + LONG_NAME[:60] + "…'"


def test_a_very_long_backup_name_is_shortened_in_the_line_that_refuses_it(
    holdfast: Holdfast, clock: FixedClock, data_dir: Path
) -> None:
    ok(holdfast("start"))
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "text"))  # keeps a backup, so the name is looked for among them
    before = snapshot(data_dir)

    result = holdfast("restore", LONG_NAME)

    assert result.code == 2
    assert one_error_line(result) == (
        f"holdfast: there is no backup named {SHORTENED}; `holdfast backups` lists the ones "
        "there are"
    )
    assert snapshot(data_dir) == before


def test_a_very_long_backup_name_is_shortened_when_there_are_no_backups(
    holdfast: Holdfast, data_dir: Path
) -> None:
    result = holdfast("restore", LONG_NAME)

    assert result.code == 2
    assert one_error_line(result) == (
        f"holdfast: there is no backup named {SHORTENED}: {data_dir / 'backups'} holds no backups"
    )

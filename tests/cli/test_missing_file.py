"""A data file missing beside its backups is not a first run: every command but `backups` and
`restore` says so in one line, exits 1 and writes nothing; `restore` puts the file back."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.storage.store import Store
from tests.cli.support import Holdfast, ok, one_error_line, snapshot, status_json

COMMANDS: dict[str, list[str]] = {
    "status": ["status"],
    "status --json": ["status", "--json"],
    "start": ["start"],
    "start --target": ["start", "--target", "30"],
    "urge": ["urge", "text", "--intensity", "4"],
    "contact": ["contact", "call"],
    "history": ["history"],
    "history --json": ["history", "--json"],
    "goals": ["goals"],
    "goals done": ["goals", "done", "body-move"],
    "export": ["export", "{out}/out.json"],
    "import": ["import", "{out}/export.json"],
}
MISSING = "holdfast: holdfast.json is missing; `holdfast restore` puts back the backup from "


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def lost(holdfast: Holdfast, clock: FixedClock, store: Store, out: Path) -> Store:
    """Saved on 1 and 2 March, which keeps a backup at noon in Berlin (11:00 UTC), then the data
    file is gone."""
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "call"))
    ok(holdfast("export", str(out / "export.json")))
    assert len(store.backups.list()) == 1
    store.path.unlink()
    return store


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_says_the_file_is_missing_and_writes_nothing(
    command: str, holdfast: Holdfast, lost: Store, data_dir: Path, out: Path
) -> None:
    (data_dir / "status-cache.json").unlink(missing_ok=True)
    folder_before, out_before = snapshot(data_dir), snapshot(out)

    result = holdfast(*(arg.replace("{out}", str(out)) for arg in COMMANDS[command]))

    assert result.code == 1
    assert result.out == ""
    assert one_error_line(result) == f"{MISSING}2026-03-02 12:00."
    assert not lost.path.exists()
    assert snapshot(data_dir) == folder_before  # no new file, no status cache
    assert snapshot(out) == out_before


def test_backups_lists_them_and_restore_puts_the_file_back(
    holdfast: Holdfast, lost: Store, data_dir: Path
) -> None:
    (backup,) = lost.backups.list()
    assert backup.name in ok(holdfast("backups")).out

    result = ok(holdfast("restore"))

    assert result.out == f"Restored the backup {backup.name}.\n"  # nothing to set aside
    assert status_json(holdfast)["streak_days"] == 8
    ok(holdfast("urge", "text"))
    assert status_json(holdfast)["urges_total"] == 1


def test_the_time_is_the_local_time_of_the_clock(
    holdfast: Holdfast, lost: Store, clock: FixedClock
) -> None:
    clock.advance(timedelta(days=60))  # summer time in Berlin now; the backup was in winter

    line = one_error_line(holdfast("status"))

    assert line == f"{MISSING}2026-03-02 12:00."


def test_without_backups_a_missing_file_is_a_first_run(holdfast: Holdfast, store: Store) -> None:
    ok(holdfast("status"))
    ok(holdfast("start"))
    assert store.path.exists()

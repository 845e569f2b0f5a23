"""A damaged data file: every command but `backups` and `restore` stops with exit code 1 and
a message naming the file and the newest good backup, and leaves the file exactly as it is."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.storage.store import Store
from tests.cli.support import Holdfast, ok, one_error_line, snapshot, status_json
from tests.storage.support import content

DAMAGE: dict[str, object] = {
    "empty": b"",
    "blank": b"  \n",
    "truncated": lambda good: good[: len(good) // 2],
    "not JSON": b"\x00\x01 this is not JSON",
    "JSON of another shape": b"[1, 2, 3]",
    "JSON without a format version": b'{"events": {}}',
}

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
    "goals --json": ["goals", "--json"],
    "goals done": ["goals", "done", "body-move"],
    "export json": ["export", "{out}/out.json"],
    "export csv": ["export", "{out}/out.csv"],
    "import": ["import", "{out}/good-export.json"],
}


def _damage(path: Path, how: str) -> bytes:
    damage = DAMAGE[how]
    payload = damage(path.read_bytes()) if callable(damage) else damage
    assert isinstance(payload, bytes)
    path.write_bytes(payload)
    return payload


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def backed_up(holdfast: Holdfast, clock: FixedClock, store: Store, out: Path) -> Path:
    """Saved on 1 March and again on 2 March, which keeps a backup; returns the backup."""
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "call"))
    ok(holdfast("export", str(out / "good-export.json")))
    (backup,) = store.backups.list()
    return backup.path


@pytest.mark.parametrize("how", DAMAGE)
@pytest.mark.parametrize("command", COMMANDS)
def test_commands_refuse_a_damaged_file_and_name_the_backup(
    command: str,
    how: str,
    holdfast: Holdfast,
    store: Store,
    data_dir: Path,
    backed_up: Path,
    out: Path,
) -> None:
    damaged = _damage(store.path, how)
    folder_before, out_before = snapshot(data_dir), snapshot(out)

    result = holdfast(*(arg.replace("{out}", str(out)) for arg in COMMANDS[command]))

    assert result.code == 1
    assert result.out == ""
    line = one_error_line(result)
    assert str(store.path) in line
    assert str(backed_up) in line
    assert "holdfast restore" in line
    assert store.path.read_bytes() == damaged
    assert snapshot(data_dir) == folder_before
    assert snapshot(out) == out_before


def test_without_a_backup_the_message_says_there_is_none(
    holdfast: Holdfast, store: Store, data_dir: Path
) -> None:
    ok(holdfast("start"))  # the first save of a new file keeps no backup
    assert store.backups.list() == []
    store.path.write_bytes(b'{"meta": {"1": {"schema_')

    result = holdfast("status", "--json")

    assert result.code == 1
    line = one_error_line(result)
    assert str(store.path) in line
    assert "no good backup" in line
    assert store.path.read_bytes() == b'{"meta": {"1": {"schema_'


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(
    holdfast: Holdfast, clock: FixedClock, store: Store, backed_up: Path
) -> None:
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "social"))  # a second backup, of 2 March
    newest, older = store.backups.list()
    assert older.path == backed_up
    newest.path.write_bytes(b"")
    store.path.write_bytes(b"")

    line = one_error_line(holdfast("status"))

    assert str(older.path) in line
    assert newest.name not in line

    result = ok(holdfast("restore"))
    assert f"Restored the backup {older.name}." in result.out.splitlines()


def test_backups_still_lists_the_backups(holdfast: Holdfast, store: Store, backed_up: Path) -> None:
    store.path.write_bytes(b"")

    result = ok(holdfast("backups"))

    lines = result.out.splitlines()
    assert lines[0] == f"Backups in {store.backups.folder}, newest first:"
    assert lines[1].split() == [backed_up.name, "2026-03-02", "12:00", "1", "entry"]
    assert store.path.read_bytes() == b""


@pytest.mark.parametrize("how", DAMAGE)
def test_restore_puts_the_newest_good_backup_back_and_keeps_the_damaged_file(
    how: str, holdfast: Holdfast, store: Store, data_dir: Path, backed_up: Path
) -> None:
    backup_bytes = backed_up.read_bytes()
    damaged = _damage(store.path, how)

    result = ok(holdfast("restore"))

    lines = result.out.splitlines()
    assert lines[0] == f"Restored the backup {backed_up.name}."
    assert lines[1].startswith("The file it replaced is kept as ")
    set_aside = Path(lines[1].removeprefix("The file it replaced is kept as ").rstrip("."))
    assert set_aside.parent == data_dir
    assert set_aside != store.path
    assert set_aside.read_bytes() == damaged
    assert content(store.path.read_bytes()) == content(backup_bytes)
    assert backed_up.read_bytes() == backup_bytes  # the backup itself stays

    figures = status_json(holdfast)  # the file works again, as it was before the urge
    assert (figures["streak_days"], figures["urges_total"]) == (8, 0)
    ok(holdfast("urge", "friends"))
    assert status_json(holdfast)["urges_total"] == 1


def test_restore_by_name_works_on_a_damaged_file(
    holdfast: Holdfast, store: Store, backed_up: Path
) -> None:
    store.path.write_bytes(b"{")

    result = ok(holdfast("restore", backed_up.name))

    assert result.out.splitlines()[0] == f"Restored the backup {backed_up.name}."
    assert content(store.path.read_bytes()) == content(backed_up.read_bytes())


def test_restore_of_an_unknown_backup_leaves_the_damaged_file(
    holdfast: Holdfast, store: Store, data_dir: Path, backed_up: Path
) -> None:
    store.path.write_bytes(b"{")
    before = snapshot(data_dir)

    result = holdfast("restore", "holdfast-20260101T000000000000Z.json")

    assert result.code == 2
    line = one_error_line(result)
    assert "holdfast-20260101T000000000000Z.json" in line
    assert "holdfast backups" in line
    assert snapshot(data_dir) == before


def test_restore_without_any_backup_fails_and_leaves_the_file(
    holdfast: Holdfast, store: Store, data_dir: Path
) -> None:
    ok(holdfast("start"))
    store.path.write_bytes(b"")
    before = snapshot(data_dir)

    result = holdfast("restore")

    assert result.code == 2
    assert "no backup" in one_error_line(result)
    assert snapshot(data_dir) == before


def test_a_folder_in_place_of_the_data_file_is_reported_in_one_line(
    holdfast: Holdfast, store: Store
) -> None:
    store.path.mkdir(parents=True)

    result = holdfast("status", "--json")

    assert result.code == 1
    assert str(store.path) in one_error_line(result)

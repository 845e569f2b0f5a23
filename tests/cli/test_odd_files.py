"""Something other than a file in holdfast.json's place: a named pipe or a device is never read
(reading would wait forever, or never end), and a link to a file that is not there is not a
first run. Every command answers at once in one line, exits 1 and writes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.storage.store import Store
from tests.cli.support import Holdfast, ok, one_error_line, snapshot

# A command that has not answered by then is taken to hang.
ANSWERS_WITHIN = 20
MOVE_IT_AWAY = (
    "not an ordinary file; move it away, and `holdfast restore` puts back the newest backup, "
    "if there is one."
)


def _named_pipe(path: Path) -> str:
    os.mkfifo(path)  # nobody writes to it: reading it would wait forever
    return "a named pipe"


def _link_to_dev_zero(path: Path) -> str:
    path.symlink_to("/dev/zero")  # endless: reading it would fill the memory
    return "a device"


ODD_THINGS: dict[str, Callable[[Path], str]] = {
    "a named pipe": _named_pipe,
    "a link to /dev/zero": _link_to_dev_zero,
}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def kept(holdfast: Holdfast, clock: FixedClock, store: Store) -> Store:
    """Saved on 1 and 2 March, which keeps a backup of the first day."""
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(days=1))
    ok(holdfast("urge", "call"))
    assert len(store.backups.list()) == 1
    return store


@pytest.fixture(params=ODD_THINGS)
def odd(request: pytest.FixtureRequest, kept: Store) -> str:
    """What the data file became, as `it is …` names it."""
    kept.path.unlink()
    return ODD_THINGS[request.param](kept.path)


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`holdfast` as a separate process: a command that hangs is killed, and the test fails."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        env={**os.environ, "HOLDFAST_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        check=False,
        timeout=ANSWERS_WITHIN,
    )


@pytest.mark.parametrize(
    "command",
    [["status"], ["urge", "text"], ["export", "{out}/x.json"], ["history"], ["restore"]],
    ids=" ".join,
)
def test_a_pipe_or_a_device_as_the_data_file_is_one_line_at_once(
    command: list[str], odd: str, store: Store, data_dir: Path, out: Path
) -> None:
    before = snapshot(data_dir)

    done = _run(data_dir, *(arg.replace("{out}", str(out)) for arg in command))

    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert done.stderr == (
        f"holdfast: Holdfast cannot use {store.path}: it is {odd}, {MOVE_IT_AWAY}\n"
    )
    assert snapshot(data_dir) == before
    assert snapshot(out) == {}
    assert not store.path.is_file()  # still the pipe, or the link: left as it was


def test_backups_still_lists_them_beside_a_pipe_or_a_device(
    odd: str, store: Store, data_dir: Path
) -> None:
    # It reads the backups, not the data file: what to put back once the thing is moved away.
    done = _run(data_dir, "backups")

    assert done.returncode == 0, done.stderr
    (backup,) = store.backups.list()
    (listed,) = (line for line in done.stdout.splitlines() if backup.name in line)
    assert listed.endswith("  1 entry")  # the start; its time is in the machine's own zone


# A link to a file that is not there


TARGET = "/media/usb-stick/holdfast.json"  # as a link into a drive that is not plugged in
COMMANDS: dict[str, list[str]] = {
    "status": ["status"],
    "status --json": ["status", "--json"],
    "start": ["start"],
    "urge": ["urge", "text"],
    "history": ["history"],
    "goals": ["goals"],
    "export": ["export", "{out}/x.json"],
}


@pytest.fixture(params=["alone", "beside backups"])
def dangling(request: pytest.FixtureRequest, holdfast: Holdfast, store: Store) -> Store:
    """holdfast.json is a link to TARGET, with no backups (which read as a first run), or beside
    them (which read as a missing file)."""
    if request.param == "beside backups":
        ok(holdfast("start"))
        ok(holdfast("urge", "text"))  # the first save after the start is backed up
        assert store.backups.list()
        store.path.unlink()
    else:
        store.folder.mkdir(mode=0o700)
    store.path.symlink_to(TARGET)
    return store


@pytest.mark.parametrize("command", COMMANDS)
def test_a_link_to_nothing_as_the_data_file_is_one_line_naming_where_it_leads(
    command: str, holdfast: Holdfast, dangling: Store, data_dir: Path, out: Path
) -> None:
    before = snapshot(data_dir)

    result = holdfast(*(arg.replace("{out}", str(out)) for arg in COMMANDS[command]))

    assert result.code == 1
    assert result.out == ""
    assert one_error_line(result) == (
        f"holdfast: Holdfast cannot use {dangling.path}: it is a link to {TARGET}, which is "
        "not there; put that file back (a sync tool may keep a copy), or remove the link and "
        "`holdfast restore` puts back the newest backup, if there is one."
    )
    # Only the lock a save takes before it reads the file may be new: it holds nothing.
    assert _without_the_lock(snapshot(data_dir)) == _without_the_lock(before)
    assert snapshot(out) == {}
    assert str(dangling.path.readlink()) == TARGET


def _without_the_lock(files: dict[str, bytes] | None) -> dict[str, bytes]:
    return {name: data for name, data in (files or {}).items() if name != "holdfast.lock"}


def test_restore_leaves_a_link_to_nothing_in_place_and_says_so(
    holdfast: Holdfast, store: Store, data_dir: Path
) -> None:
    ok(holdfast("start"))
    ok(holdfast("urge", "text"))
    store.path.unlink()
    store.path.symlink_to(TARGET)  # the user's own link: never replaced by a file
    before = snapshot(data_dir)

    line = one_error_line(holdfast("restore"))

    assert f"it is a link to {TARGET}, which is not there; put that file back" in line
    assert snapshot(data_dir) == before
    assert str(store.path.readlink()) == TARGET

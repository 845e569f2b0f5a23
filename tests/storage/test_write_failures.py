"""A save that cannot be written says why in the user's words and leaves the file as it was."""

from __future__ import annotations

import errno
import resource
import signal
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import NoReturn
from zoneinfo import ZoneInfo

import pytest

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.logbook import log_urge
from app.storage.errors import WriteFailed
from app.storage.store import Store
from app.system.system_clock import SystemClock
from tests.conftest import Result
from tests.storage.support import (
    data_file,
    event_ids,
    leftover_temp_files,
    run_holdfast,
    save_urges,
)

LONG_AGO = datetime(2001, 9, 1, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def _file_size_limit(limit: int) -> Callable[[], None]:
    """Makes the child process unable to write any file larger than `limit` bytes (EFBIG)."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write instead of killing us
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def _assert_disk_full_reported(code: int, err: str) -> None:
    assert code == 1, err
    assert "Traceback" not in err
    assert "the disk is full" in err
    assert "Nothing was changed" in err


def test_a_full_disk_fails_the_save_cleanly_and_keeps_the_file(data_dir: Path) -> None:
    # Saved on today's real date, so the command's own save has no daily backup to take.
    store = Store(data_dir)
    now = SystemClock().now()
    ids = save_urges(store, now, 150, note="one more day")
    save_urges(store, now, 1)
    before = data_file(data_dir).read_bytes()
    backups_before = [b.path for b in store.backups.list()]

    # Room for a copy of the file as it is (should midnight pass), not for one more urge.
    limit = len(before) + 40
    result = run_holdfast(
        data_dir, "urge", "text", "--note", "x" * 200, preexec_fn=_file_size_limit(limit)
    )

    _assert_disk_full_reported(result.returncode, result.stderr)
    assert data_file(data_dir).read_bytes() == before
    assert len(Store(data_dir).load().events) == len(ids) + 1
    assert leftover_temp_files(data_dir) == []
    assert set(backups_before) <= {b.path for b in store.backups.list()}


def test_a_full_disk_while_taking_the_daily_backup_fails_cleanly(data_dir: Path) -> None:
    store = Store(data_dir)
    ids = save_urges(store, LONG_AGO, 150, note="one more day")
    before = data_file(data_dir).read_bytes()

    # The backup due today is a copy of the whole file, and even that does not fit.
    result = run_holdfast(data_dir, "urge", "text", preexec_fn=_file_size_limit(len(before) - 100))

    _assert_disk_full_reported(result.returncode, result.stderr)
    assert data_file(data_dir).read_bytes() == before
    assert event_ids(Store(data_dir).load()) == set(ids)
    assert leftover_temp_files(data_dir) == []
    assert store.backups.list() == []


def test_a_full_disk_on_the_very_first_save_leaves_no_file(data_dir: Path) -> None:
    result = run_holdfast(data_dir, "urge", "text", preexec_fn=_file_size_limit(10))

    _assert_disk_full_reported(result.returncode, result.stderr)
    assert not data_file(data_dir).exists()
    assert leftover_temp_files(data_dir) == []
    assert Store(data_dir).load().events == ()


def _refuse(code: int) -> Callable[..., NoReturn]:
    def new_temp_file(*args: object, **kwargs: object) -> NoReturn:
        raise OSError(code, "refused by the test")

    return new_temp_file


def _make_writes_fail(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    # Every atomic write starts with a temp file next to its target; refuse to make one.
    monkeypatch.setattr("app.storage.files.new_temp_file", _refuse(code))


def test_a_read_only_folder_fails_the_save_and_keeps_what_the_window_shows(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    ids = save_urges(window, clock.now(), 2)
    save_urges(window, clock.now(), 0)  # the day's backup is already taken
    before = data_file(data_dir).read_bytes()
    window.load()

    _make_writes_fail(monkeypatch, errno.EROFS)
    with pytest.raises(WriteFailed) as failed, window.transaction(clock.now()) as changes:
        changes.add(log_urge(clock.now(), UrgeKind.VISIT))

    message = str(failed.value)
    assert "read-only" in message
    assert "Nothing was changed" in message
    assert str(data_file(data_dir)) in message
    assert data_file(data_dir).read_bytes() == before
    # The open store must not show the urge that was never saved, nor save it later.
    assert event_ids(window.load()) == set(ids)
    monkeypatch.undo()
    later = save_urges(window, clock.now(), 1)
    assert event_ids(Store(data_dir).load()) == {*ids, *later}


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "read-only"), (errno.EACCES, "permission")],
)
def test_the_command_line_says_why_a_save_failed(
    code: int,
    words: str,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    holdfast: Callable[..., Result],
) -> None:
    assert holdfast("urge", "text").code == 0
    assert holdfast("urge", "call").code == 0  # the day's backup is taken by now
    before = data_file(data_dir).read_bytes()

    _make_writes_fail(monkeypatch, code)
    result = holdfast("urge", "social")

    assert result.code == 1
    assert words in result.err
    assert "Nothing was changed" in result.err
    assert data_file(data_dir).read_bytes() == before


def test_a_backup_that_cannot_be_written_fails_the_save_with_a_message(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    ids = save_urges(store, clock.now(), 1)
    before = data_file(data_dir).read_bytes()
    clock.advance(timedelta(days=1))

    _make_writes_fail(monkeypatch, errno.EROFS)
    with pytest.raises(WriteFailed) as failed:
        save_urges(store, clock.now(), 1)

    assert "read-only" in str(failed.value)
    assert data_file(data_dir).read_bytes() == before
    assert event_ids(store.load()) == set(ids)


def test_a_restore_that_cannot_be_written_fails_with_a_message(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    clock.advance(timedelta(days=1))
    save_urges(store, clock.now(), 1)
    before = data_file(data_dir).read_bytes()

    _make_writes_fail(monkeypatch, errno.ENOSPC)
    with pytest.raises(WriteFailed) as failed:
        store.restore(clock.now())

    assert "the disk is full" in str(failed.value)
    assert data_file(data_dir).read_bytes() == before
    assert list(data_dir.glob("holdfast-set-aside-*")) == []

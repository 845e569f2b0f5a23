"""A lock file Holdfast did not make (another account's, or a named pipe) is used as it is:
never chmodded, and saving still works."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.storage.lock import LOCK_FILE_NAME
from app.storage.store import Store
from tests.storage.support import event_ids, save_urges

SOMEONE_ELSE = 65534  # "nobody"


def _another_accounts(path: Path) -> None:
    path.touch()
    os.chown(path, SOMEONE_ELSE, SOMEONE_ELSE)  # as a run with sudo might leave it


def _a_named_pipe(path: Path) -> None:
    os.mkfifo(path)


@pytest.mark.parametrize("make", [_another_accounts, _a_named_pipe], ids=["another's", "a pipe"])
def test_a_lock_file_holdfast_did_not_make_is_never_chmodded(
    data_dir: Path, clock: FixedClock, make: Callable[[Path], None]
) -> None:
    data_dir.mkdir(mode=0o700, exist_ok=True)  # protected mode made it already
    lock = data_dir / LOCK_FILE_NAME
    make(lock)
    lock.chmod(0o644)
    before = lock.stat()

    (saved,) = save_urges(Store(data_dir), clock.now(), 1)

    after = lock.stat()
    assert (after.st_mode, after.st_uid) == (before.st_mode, before.st_uid)
    assert stat.S_IMODE(after.st_mode) == 0o644
    assert saved in event_ids(Store(data_dir).load())

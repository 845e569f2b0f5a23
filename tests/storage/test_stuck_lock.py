"""A lock held by another process: a change fails fast when asked to, saying why, and nothing is
half-written; once the lock is let go, the same change goes through."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.logbook import log_urge
from app.storage.errors import StoreBusy
from app.storage.lock import WAIT_SECONDS, lock_is_free
from app.storage.store import Store
from tests.storage.lock_holder import lock_held_elsewhere
from tests.storage.support import data_file, event_ids, save_urges


def test_a_change_meeting_a_held_lock_gives_up_after_its_wait_and_changes_nothing(
    data_dir: Path, clock: FixedClock
) -> None:
    save_urges(Store(data_dir), clock.now(), 1)
    before = data_file(data_dir).read_bytes()
    store = Store(data_dir, lock_wait=0.2)
    urge = log_urge(clock.now(), UrgeKind.CALL)

    with lock_held_elsewhere(data_dir) as held:
        with pytest.raises(StoreBusy) as busy, store.transaction(clock.now()) as changes:
            changes.add(urge)
        assert data_file(data_dir).read_bytes() == before
        held.let_go()
        with store.transaction(clock.now()) as changes:
            changes.add(urge)

    assert str(busy.value) == (
        "another Holdfast process (a window, or a command still running) is busy with your data "
        "and has not let go of it; nothing was changed; try again in a moment"
    )
    assert urge.id in event_ids(Store(data_dir).load())


def test_whether_the_lock_is_free_is_seen_without_waiting(data_dir: Path) -> None:
    with lock_held_elsewhere(data_dir) as held:
        assert not lock_is_free(data_dir)
        held.let_go()
        assert lock_is_free(data_dir)


def test_a_lock_whose_holder_was_killed_is_free_at_once(data_dir: Path, clock: FixedClock) -> None:
    with lock_held_elsewhere(data_dir) as held:
        held.die()  # kill -9: no chance to let go, or to remove anything

        assert lock_is_free(data_dir)
        save_urges(Store(data_dir, lock_wait=0), clock.now(), 1)


def test_a_change_waits_for_a_lock_let_go_within_its_wait(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir, lock_wait=WAIT_SECONDS)
    with lock_held_elsewhere(data_dir) as held:
        letting_go = threading.Timer(0.3, held.let_go)
        letting_go.start()
        started = time.monotonic()
        (saved,) = save_urges(store, clock.now(), 1)
        waited = time.monotonic() - started
        letting_go.join()

    assert 0.3 <= waited < WAIT_SECONDS
    assert saved in event_ids(Store(data_dir).load())

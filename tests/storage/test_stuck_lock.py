"""A lock held by another process: a change fails fast when asked to, saying why, and nothing is
half-written; once the lock is let go, the same change goes through."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.logbook import log_urge
from app.storage.errors import StoreBusy
from app.storage.lock import lock_is_free
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

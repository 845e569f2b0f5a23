"""What is logged while it cannot be saved waits, in order, and is saved once it can be."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain import intents
from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.intents import Change
from app.domain.logbook import Logbook
from app.storage.errors import MissingDataFile
from app.storage.store import Store
from app.ui.saving_queue import SavingQueue

pytestmark = pytest.mark.gui


class _File:
    """A data file that refuses saves while another process holds it, or while it is gone."""

    def __init__(self) -> None:
        self.busy = False
        self.saved: list[Change] = []
        self.queue: SavingQueue | None = None

    def save(self, change: Change) -> None:
        assert self.queue is not None
        if self.busy:
            self.queue.keep_while_busy(change)
        else:
            self.saved.append(change)


@pytest.fixture
def file(qapp: object, store: Store, clock: FixedClock) -> _File:
    made = _File()
    made.queue = SavingQueue(store, clock.now, made.save, lambda: not made.busy)
    return made


def _urges(clock: FixedClock, count: int) -> list[Change]:
    return [intents.log_urge(Logbook(), clock.now(), UrgeKind.TEXT) for _ in range(count)]


def test_urges_kept_while_another_process_is_busy_are_saved_in_order_once_it_lets_go(
    file: _File, clock: FixedClock, qtbot: QtBot
) -> None:
    queue = file.queue
    assert queue is not None
    file.busy = True
    first, second = _urges(clock, 2)
    with qtbot.waitSignal(queue.kept) as kept:
        queue.keep_while_busy(first)
    assert "It is kept, and saved as soon as the other process lets go." in str(kept.args[0])
    queue.keep_while_busy(second)
    queue.save_after_busy()  # still busy: nothing is tried
    assert file.saved == []

    file.busy = False
    with qtbot.waitSignal(queue.saved, timeout=3000) as saved:
        pass  # the retry, a second later, finds the lock free

    assert file.saved == [first, second]
    assert saved.args == ["Saved now: what you logged while another Holdfast process was busy."]


def test_what_waited_for_a_missing_file_is_saved_when_it_is_back(
    file: _File, clock: FixedClock, qtbot: QtBot, tmp_path: Path
) -> None:
    queue = file.queue
    assert queue is not None
    missing = MissingDataFile(tmp_path / "holdfast.json", None)
    (urge,) = _urges(clock, 1)
    told: list[object] = []
    queue.file_missing.connect(told.append)

    queue.file_gone(missing)  # the watch sees it gone
    queue.file_gone(missing, again=False)  # and again a second later: said once
    queue.file_gone(missing, keep=urge)  # a refused save says it again
    assert told == [missing, missing]
    assert file.saved == []

    with qtbot.waitSignal(queue.saved) as saved:
        queue.file_found()

    assert file.saved == [urge]
    assert saved.args == ["Saved now: what you logged while your data file was missing."]
    with qtbot.assertNotEmitted(queue.saved):
        queue.file_found()  # it was there already: nothing more to say

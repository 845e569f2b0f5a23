"""The sealed outbox: an urge logged while Holdfast is locked is kept sealed as a list of its own,
whole or not there at all, and added to the data file exactly once at the next unlock, however
the process keeping it or the one adding it is interrupted."""

from __future__ import annotations

import itertools
import json
import random
import shutil
from contextlib import suppress
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.events import Urge, UrgeKind
from app.domain.logbook import log_urge
from app.storage.protecting import turn_on
from app.storage.store import Store
from app.storage.waiting_entries import SavedNow, keep_for_later, save_set_aside
from app.system.system_clock import SystemClock
from tests.storage.outbox_writer import NOTE
from tests.storage.protection_support import (
    PASSPHRASE,
    Stopped,
    found,
    interrupted_at,
    unlocked,
)
from tests.storage.support import data_file, killed_at_random, save_urges, start_module

pytestmark = pytest.mark.plain_only("turns protection on itself, as the user would")

ROUNDS = 12


def _now() -> datetime:
    # The writer process logs on the real clock; the fold is dated after it.
    return SystemClock().now()


def _protected_with_a_file(folder: Path) -> list[str]:
    """A protected folder whose data file holds one urge: its id."""
    store = Store(folder)
    turn_on(store, PASSPHRASE)
    return save_urges(store, _now(), 1)


def _lists(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.glob("waiting-*.json"))


def _keep_for_later(folder: Path, *notes: str) -> list[str]:
    """Urges logged while locked, in one list, by a store holding no key: their ids."""
    urges = [log_urge(_now(), UrgeKind.CALL, note=note) for note in notes]
    locked = Store(folder)
    assert locked.locked
    assert keep_for_later(locked, urges)
    return [urge.id for urge in urges]


def _ids(folder: Path) -> list[str]:
    return [event.id for event in unlocked(folder).load().events]


def _run_and_kill(folder: Path, rng: random.Random) -> set[str]:
    """Starts a locked writer, kills it at a random moment, returns the ids it acknowledged."""
    return killed_at_random(start_module("outbox_writer", str(folder)), rng)[0]


@pytest.mark.slow
def test_every_urge_kept_while_locked_is_added_once_whatever_moment_its_writer_is_killed(
    data_dir: Path,
) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    first = _protected_with_a_file(data_dir)
    acknowledged: set[str] = set()
    for round_ in range(ROUNDS):
        new = _run_and_kill(data_dir, rng)
        assert new, f"round {round_} (seed {seed}): the writer acknowledged nothing"
        acknowledged |= new
    assert len(_lists(data_dir)) >= len(acknowledged)  # each one a list of its own
    assert found(data_dir, [NOTE]) == []

    saved = save_set_aside(unlocked(data_dir), _now())

    assert saved.damaged == (), f"seed {seed}: a list cut short was left under a list's name"
    assert saved.while_locked
    events = unlocked(data_dir).load().events
    ids = [event.id for event in events]
    assert len(ids) == len(set(ids)), f"seed {seed}: an urge was added twice"
    assert acknowledged <= set(ids), f"seed {seed}: {len(acknowledged - set(ids))} urges lost"
    # Besides them, at most the one each kill cut off after its list was whole.
    unacknowledged = set(ids) - acknowledged - set(first)
    assert len(unacknowledged) <= ROUNDS, f"seed {seed}"
    assert all(isinstance(e, Urge) and e.note == NOTE for e in events if e.id in unacknowledged)
    assert saved.urges == len(ids) - 1
    assert _lists(data_dir) == []
    # Folding again adds nothing.
    before = data_file(data_dir).read_bytes()
    assert save_set_aside(unlocked(data_dir), _now()) == SavedNow()
    assert data_file(data_dir).read_bytes() == before


def test_folding_twice_adds_nothing_twice(data_dir: Path) -> None:
    first = _protected_with_a_file(data_dir)
    kept = _keep_for_later(data_dir, "on the bus", "at the station")
    kept += _keep_for_later(data_dir, "in the queue")

    saved = save_set_aside(unlocked(data_dir), _now())
    again = save_set_aside(unlocked(data_dir), _now())

    assert saved == SavedNow(urges=3, while_locked=True)
    assert again == SavedNow()
    assert sorted(_ids(data_dir)) == sorted([*first, *kept])
    assert _lists(data_dir) == []


def test_a_fold_killed_after_saving_and_before_removing_the_lists_adds_nothing_twice(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _protected_with_a_file(data_dir)
    kept = _keep_for_later(data_dir, "on the bus") + _keep_for_later(data_dir, "at the station")

    def killed(path: Path) -> None:
        raise Stopped(f"killed before removing {path.name}")

    monkeypatch.setattr("app.storage.waiting_entries.remove_private_file", killed)
    with pytest.raises(Stopped):
        save_set_aside(unlocked(data_dir), _now())
    monkeypatch.undo()
    assert sorted(_ids(data_dir)) == sorted([*first, *kept])  # saved...
    assert len(_lists(data_dir)) == 2  # ...and the lists still there

    assert save_set_aside(unlocked(data_dir), _now()) == SavedNow()

    assert sorted(_ids(data_dir)) == sorted([*first, *kept])
    assert _lists(data_dir) == []


@pytest.mark.parametrize("stops", [False, True], ids=["a call fails", "stops there"])
def test_a_fold_interrupted_at_any_step_adds_each_urge_once_when_done_again(
    tmp_path: Path, data_dir: Path, stops: bool
) -> None:
    first = _protected_with_a_file(data_dir)
    held = unlocked(data_dir).load().events[0]
    assert isinstance(held, Urge)
    kept = _keep_for_later(data_dir, "on the bus", "at the station")
    kept += _keep_for_later(data_dir, "in the queue")
    locked = Store(data_dir)
    assert keep_for_later(locked, [held])  # logged twice: a list holding what is saved already
    expected = sorted([*first, *kept])

    for step in itertools.count():
        work = tmp_path / f"step-{step}"
        shutil.copytree(data_dir, work)
        with interrupted_at(step, stops) as made, suppress(Exception, Stopped):
            save_set_aside(unlocked(work), _now())
        save_set_aside(unlocked(work), _now())  # the next unlock

        # A list that could not be read is kept aside, named, whole: its urges are not lost.
        aside = sorted(work.glob("waiting-*-damaged.json"))
        opened = unlocked(work)
        in_aside = [
            entry["id"]
            for path in aside
            for entry in json.loads(opened.sealing.opened(path, path.read_bytes()))["entries"]
        ]
        ids = _ids(work)
        assert len(ids) == len(set(ids)), f"step {step}: an urge was added twice"
        assert sorted(set(ids) | set(in_aside)) == expected, f"step {step}: an urge was lost"
        assert _lists(work) == [path.name for path in aside], f"step {step}"
        if len(made) <= step:
            break  # the fold was not interrupted: every step has been tried
    assert step > 20


def test_a_list_cut_short_is_never_read_as_an_entry(tmp_path: Path, data_dir: Path) -> None:
    first = _protected_with_a_file(data_dir)
    _keep_for_later(data_dir, "on the bus")
    (path,) = data_dir.glob("waiting-*.json")
    whole = path.read_bytes()
    path.unlink()
    before = data_file(data_dir).read_bytes()

    for end in range(len(whole)):
        path.write_bytes(whole[:end])
        saved = save_set_aside(unlocked(data_dir), _now())
        assert (saved.urges, saved.contacts, len(saved.damaged)) == (0, 0, 1), end
        saved.damaged[0].unlink()

    assert _ids(data_dir) == first
    assert data_file(data_dir).read_bytes() == before


def test_what_a_killed_writer_of_a_list_left_is_removed_by_the_next_fold(data_dir: Path) -> None:
    _protected_with_a_file(data_dir)
    _keep_for_later(data_dir, "on the bus")
    (path,) = data_dir.glob("waiting-*.json")
    # What keep_for_later killed halfway through writing its list leaves beside it: a temp
    # file, written under the store's lock, as the data file's are.
    leftover = data_dir / ".waiting-0badf00d.json.k1ll3d__.tmp"
    leftover.write_bytes(path.read_bytes()[:40])

    save_set_aside(unlocked(data_dir), _now())

    assert not leftover.exists()

"""Turning protection on or off, or changing the passphrase, interrupted anywhere: at each system
call in turn (one that fails, or the process stopping there), or by kill -9 at a random moment.
Afterwards the data always opens, with the passphrase in force or without one, nothing is lost,
and doing it again (or the next unlock) finishes it. Exactly the old or the new passphrase works,
never neither."""

from __future__ import annotations

import itertools
import random
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest

from app.domain.clock import FixedClock
from app.storage.protecting import change_passphrase, finish_sealing, turn_off, turn_on
from app.storage.protection import PROTECTION_FILE_NAME, WrongPassphrase, read_protection
from app.storage.store import Store
from tests.storage.protection_support import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    WORDS,
    Stopped,
    contents,
    fill,
    found,
    interrupted_at,
    keep_one_for_later,
    keys_for,
    plain_files,
    snapshot,
    unlocked,
)
from tests.storage.support import save_urges, start_module

pytestmark = pytest.mark.plain_only("turns protection on and off itself, as the user would")

STEP_KINDS = pytest.mark.parametrize("stops", [False, True], ids=["a call fails", "stops there"])
ROUNDS = 12
MOST_ACKS_BEFORE_KILL = 4
LONGEST_EXTRA_DELAY = 0.03  # seconds


def _steps(template: Path, tmp_path: Path, stops: bool, act: Callable[[Path], Any]) -> list[Path]:
    """Copies of `template`, each after `act` was interrupted at the next system call, until one
    where it was not interrupted: it ran to the end."""
    done = []
    for step in itertools.count():
        work = tmp_path / f"step-{step}"
        shutil.copytree(template, work)
        with interrupted_at(step, stops) as made, suppress(Exception, Stopped):
            act(work)
        done.append(work)
        if len(made) <= step:
            return done
    raise AssertionError("not reached")


def _works(folder: Path, passphrase: str) -> bool:
    protection = read_protection(folder)  # never damaged: it is replaced whole
    assert protection is not None
    try:
        protection.unlock(passphrase)
    except WrongPassphrase:
        return False
    return True


def _without(snapshot_: dict[str, bytes], *names: str) -> dict[str, bytes]:
    return {
        name: stored
        for name, stored in snapshot_.items()
        if name not in names and not name.endswith(".tmp")
    }


# Changing the passphrase


@STEP_KINDS
def test_a_passphrase_change_interrupted_at_any_step_leaves_the_old_or_the_new_one(
    tmp_path: Path, clock: FixedClock, stops: bool
) -> None:
    template = tmp_path / "template"
    store = Store(template)
    turn_on(store, PASSPHRASE)
    save_urges(store, clock.now(), 3, note="held on")
    logbook = store.load()
    before = snapshot(template)
    keys = keys_for(template)

    steps = _steps(
        template,
        tmp_path / "steps",
        stops,
        lambda work: change_passphrase(Store(work), keys, NEW_PASSPHRASE),
    )

    assert len(steps) > 8
    for number, work in enumerate(steps):
        old, new = _works(work, PASSPHRASE), _works(work, NEW_PASSPHRASE)
        assert old != new, f"step {number}: {'both' if old else 'neither'} work"
        assert unlocked(work, PASSPHRASE if old else NEW_PASSPHRASE).load() == logbook
        # Nothing but the protection file was written.
        assert _without(snapshot(work), PROTECTION_FILE_NAME) == _without(
            before, PROTECTION_FILE_NAME
        )
    assert _works(steps[-1], NEW_PASSPHRASE)  # done once it ran to the end
    assert _works(steps[0], PASSPHRASE)


@pytest.mark.slow
def test_a_passphrase_change_killed_at_any_moment_leaves_the_old_or_the_new_one(
    data_dir: Path, clock: FixedClock
) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    passphrases = [PASSPHRASE, NEW_PASSPHRASE, "third time round the lake"]
    store = Store(data_dir)
    turn_on(store, PASSPHRASE)
    save_urges(store, clock.now(), 2)
    logbook = store.load()
    current = 0
    changes = 0
    for round_ in range(ROUNDS):
        order = passphrases[current:] + passphrases[:current]
        said = _run_and_kill(start_module("protector", str(data_dir), "change", *order), rng)
        changes += len(said)
        # What was said to be in force, or the change in flight when the kill came.
        last = order[len(said) % 3]
        in_flight = order[(len(said) + 1) % 3]
        works = [p for p in passphrases if _works(data_dir, p)]
        assert works in ([last], [in_flight]), f"round {round_} (seed {seed}): {works}"
        current = passphrases.index(works[0])
        assert unlocked(data_dir, works[0]).load() == logbook, f"seed {seed}"
    assert changes > ROUNDS


# Turning protection on


@pytest.fixture
def plain_folder(tmp_path: Path, clock: FixedClock) -> tuple[Path, dict[str, Any]]:
    """A plain folder holding words in every file Holdfast keeps them in, and what they hold."""
    folder = tmp_path / "plain"
    store = Store(folder)
    fill(store, clock)
    return folder, contents(store)


def _after_turning_on(folder: Path, before: dict[str, Any], words: tuple[str, ...]) -> None:
    """Whatever a turn-on left: it opens (without a passphrase if protection.json is not there,
    with it if it is) holding all it held; once unlocked, finish_sealing leaves nothing plain."""
    if read_protection(folder) is None:
        store = Store(folder)
        assert not store.locked
        assert contents(store) == before
        turn_on(store, PASSPHRASE)  # done again, it completes
    else:
        assert Store(folder).locked
        store = unlocked(folder)
        assert contents(store) == before
        finish_sealing(store)  # what the next unlock does
    assert plain_files(folder) == []
    assert found(folder, words) == []
    assert contents(unlocked(folder)) == before


@STEP_KINDS
def test_turning_protection_on_interrupted_at_any_step_loses_nothing_and_is_finished(
    plain_folder: tuple[Path, dict[str, Any]], tmp_path: Path, stops: bool
) -> None:
    template, before = plain_folder
    steps = _steps(
        template, tmp_path / "steps", stops, lambda work: turn_on(Store(work), PASSPHRASE)
    )

    assert len(steps) > 40
    for number, work in enumerate(steps):
        try:
            _after_turning_on(work, before, WORDS)
        except AssertionError as failed:
            raise AssertionError(f"step {number}: {failed}") from failed


@pytest.mark.slow
def test_turning_protection_on_and_off_killed_at_any_moment_loses_nothing(
    plain_folder: tuple[Path, dict[str, Any]],
) -> None:
    folder, before = plain_folder
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    said = []
    for round_ in range(ROUNDS):
        said += _run_and_kill(start_module("protector", str(folder), "on-off", PASSPHRASE), rng)
        protection = read_protection(folder)  # never damaged
        store = Store(folder) if protection is None else unlocked(folder)
        assert contents(store) == before, f"round {round_} (seed {seed})"
    assert {"on", "off"} <= set(said)
    _after_turning_on(folder, before, WORDS)


# Turning protection off


@pytest.fixture
def protected_folder(tmp_path: Path, clock: FixedClock) -> tuple[Path, dict[str, Any]]:
    """A protected folder holding words in every file Holdfast keeps them in (an urge logged
    while locked too), and what they hold."""
    folder = tmp_path / "protected"
    store = Store(folder)
    turn_on(store, PASSPHRASE)
    fill(store, clock)
    keep_one_for_later(folder, clock)
    assert plain_files(folder) == []
    return folder, contents(unlocked(folder))


@STEP_KINDS
def test_turning_protection_off_interrupted_at_any_step_loses_nothing_and_is_finished(
    protected_folder: tuple[Path, dict[str, Any]], tmp_path: Path, stops: bool
) -> None:
    template, before = protected_folder

    steps = _steps(template, tmp_path / "steps", stops, lambda work: turn_off(unlocked(work)))

    assert len(steps) > 40
    for number, work in enumerate(steps):
        if read_protection(work) is not None:
            store = unlocked(work)  # the passphrase still opens it
            assert contents(store) == before, f"step {number}"
            turn_off(store)  # done again, it completes
        assert read_protection(work) is None, f"step {number}"
        plain = Store(work)
        assert not plain.locked
        assert contents(plain) == before, f"step {number}"
        sealed = [name for name, stored in snapshot(work).items() if stored.startswith(b"HOLD")]
        assert [name for name in sealed if not name.endswith(".tmp")] == [], f"step {number}"


def _run_and_kill(process: subprocess.Popen[str], rng: random.Random) -> list[str]:
    """Reads what `process` says for a while, kills it at a random moment; returns what it said
    in whole lines."""
    assert process.stdout is not None
    said: list[str] = []
    try:
        for _ in range(rng.randint(0, MOST_ACKS_BEFORE_KILL)):
            line = process.stdout.readline()
            if not line.endswith("\n"):
                break  # it died by itself; its stderr says why
            said.append(line.strip())
        time.sleep(rng.uniform(0, LONGEST_EXTRA_DELAY))  # the random moment of the kill
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        rest, errors = process.communicate(timeout=30)
    said += [line.strip() for line in rest.splitlines(keepends=True) if line.endswith("\n")]
    assert process.returncode == -signal.SIGKILL, f"it failed on its own:\n{errors}"
    return said

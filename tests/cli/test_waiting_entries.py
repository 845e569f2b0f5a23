"""Urges and contacts a window could not save (another process was stuck, the file was missing)
and left on disk when it ended: the next command saves them, once, and says so in one line."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.events import ContactKind, StartedBy, Urge, UrgeKind
from app.domain.logbook import log_urge, record_contact
from app.storage.protection import Sealing
from app.storage.store import Store
from app.storage.waiting_entries import keep_waiting
from tests.cli.support import Holdfast, ok, status_json

SAVED_NOW = "holdfast: Saved now: {} you logged earlier, while {} could not be saved.\n"


@pytest.fixture
def started(holdfast: Holdfast, clock: FixedClock) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(hours=1))


def _waiting(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob("waiting*.json"))


def test_the_next_command_saves_what_a_window_left_waiting_and_says_so_once(
    started: None, holdfast: Holdfast, data_dir: Path, clock: FixedClock
) -> None:
    urges = [log_urge(clock.now(), UrgeKind.TEXT), log_urge(clock.now(), UrgeKind.SOCIAL)]
    keep_waiting(data_dir, urges, Sealing())

    looked = holdfast("status")

    assert looked.code == 0
    assert looked.err == SAVED_NOW.format("2 urges", "they")
    assert _waiting(data_dir) == []
    saved = [event.id for event in Store(data_dir).load().events if isinstance(event, Urge)]
    assert saved == [urge.id for urge in urges]
    assert status_json(holdfast)["urges_total"] == 2  # and nothing more to say


def test_a_command_that_records_saves_what_waited_first(
    started: None, holdfast: Holdfast, data_dir: Path, clock: FixedClock
) -> None:
    contact = record_contact(clock.now(), ContactKind.CALL, StartedBy.THEM, False, "")
    keep_waiting(data_dir, [contact], Sealing())

    logged = holdfast("urge", "call")

    assert logged.code == 0
    assert logged.err == SAVED_NOW.format("1 contact", "it")
    kinds = [type(event).__name__ for event in Store(data_dir).load().events]
    assert kinds == ["Plan", "Contact", "Urge"]


def test_while_the_data_file_is_missing_what_waits_keeps_waiting(
    started: None, holdfast: Holdfast, data_dir: Path, clock: FixedClock
) -> None:
    ok(holdfast("urge", "text"))  # a second save: the first is kept in the backups
    keep_waiting(data_dir, [log_urge(clock.now(), UrgeKind.VISIT)], Sealing())
    data_file = data_dir / "holdfast.json"
    kept = data_file.read_bytes()
    data_file.unlink()

    refused = holdfast("status")

    assert refused.code == 1
    assert "holdfast.json is missing" in refused.err
    assert "Saved now" not in refused.err
    assert len(_waiting(data_dir)) == 1

    data_file.write_bytes(kept)  # put back, as a sync tool would
    assert holdfast("status").err == SAVED_NOW.format("1 urge", "it")
    assert status_json(holdfast)["urges_total"] == 2

"""Urges and contacts the window could not save yet are kept on disk, privately and whole, and
saved once, merged by id, by the next window or command; a damaged list is said once and kept."""

from __future__ import annotations

import json
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from app.cli.render import saved_now_lines
from app.domain.clock import FixedClock
from app.domain.events import ContactKind, StartedBy, Urge, UrgeKind
from app.domain.logbook import Logbook, log_urge, plan, record_contact
from app.storage.codec import encode_event
from app.storage.errors import WriteFailed
from app.storage.privacy import keep_private
from app.storage.protection import Sealing
from app.storage.store import Store
from app.storage.waiting_entries import (
    SavedNow,
    keep_waiting,
    save_if_free,
    save_set_aside,
    set_aside_waiting,
    waiting_path,
)
from tests.storage.lock_holder import lock_held_elsewhere
from tests.storage.support import (
    as_stored,
    data_file,
    folder_sealing,
    leftover_temp_files,
    read_plain,
    save_urges,
    set_up_files,
    write_plain,
)


@pytest.fixture
def saved(store: Store, clock: FixedClock) -> Store:
    """A data file holding one urge."""
    save_urges(store, clock.now(), 1)
    return store


def _lists(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.glob("waiting*.json"))


def _urges(folder: Path) -> list[Urge]:
    return [event for event in Store(folder).load().events if isinstance(event, Urge)]


def test_the_list_is_readable_by_the_user_alone_and_replaced_whole_each_time(
    data_dir: Path, clock: FixedClock
) -> None:
    first = log_urge(clock.now(), UrgeKind.TEXT)
    second = log_urge(clock.now(), UrgeKind.CALL, note="the old song came on")

    keep_waiting(data_dir, [first], folder_sealing())
    keep_waiting(data_dir, [first, second], folder_sealing())

    path = waiting_path(data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    written = json.loads(read_plain(path).decode("utf-8"))
    assert [entry["id"] for entry in written["entries"]] == [first.id, second.id]
    assert leftover_temp_files(data_dir) == []


def test_a_write_cut_short_leaves_the_list_as_it_was(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep_waiting(data_dir, [log_urge(clock.now(), UrgeKind.TEXT)], folder_sealing())
    before = waiting_path(data_dir).read_bytes()

    def power_cut(_fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", power_cut)
    with pytest.raises(WriteFailed):
        keep_waiting(data_dir, [log_urge(clock.now(), UrgeKind.CALL)], folder_sealing())
    monkeypatch.undo()

    assert waiting_path(data_dir).read_bytes() == before
    assert leftover_temp_files(data_dir) == []


def test_the_list_goes_once_nothing_waits_with_what_a_killed_write_left(
    data_dir: Path, clock: FixedClock
) -> None:
    keep_waiting(data_dir, [log_urge(clock.now(), UrgeKind.TEXT)], folder_sealing())
    leftover = data_dir / ".waiting.json.k3j4h5g6.tmp"
    leftover.write_bytes(b'{"version": 1, "entr')

    keep_waiting(data_dir, [], folder_sealing())

    assert [path.name for path in data_dir.iterdir()] == set_up_files()


def test_what_waited_is_saved_once_merged_by_id_and_the_lists_go(
    saved: Store, data_dir: Path, clock: FixedClock
) -> None:
    now = clock.now()
    (already,) = _urges(data_dir)
    urge = log_urge(now, UrgeKind.SOCIAL)
    contact = record_contact(now, ContactKind.TEXT, StartedBy.THEM, necessary=False, note="")
    # Left by a window that was killed, then the same entries again by the next one: a list
    # set aside, and the open one a command cannot tell from a list left behind.
    keep_waiting(data_dir, [already, urge], folder_sealing())
    set_aside_waiting(data_dir)
    keep_waiting(data_dir, [urge, contact], folder_sealing())

    result = save_set_aside(Store(data_dir), now + timedelta(minutes=1), open_list_too=True)

    assert result == SavedNow(urges=1, contacts=1)
    assert saved_now_lines(result) == [
        "Saved now: 1 urge and 1 contact you logged earlier, while they could not be saved."
    ]
    ids = [event.id for event in Store(data_dir).load().events]
    assert sorted(ids) == sorted([already.id, urge.id, contact.id])  # each once
    assert _lists(data_dir) == []
    assert save_set_aside(Store(data_dir), now, open_list_too=True) == SavedNow()


def test_a_window_saves_only_lists_set_aside_never_its_own_open_list(
    saved: Store, data_dir: Path, clock: FixedClock
) -> None:
    earlier = log_urge(clock.now(), UrgeKind.TEXT)
    keep_waiting(data_dir, [earlier], folder_sealing())
    set_aside_waiting(data_dir)  # as a window does when it opens
    mine = log_urge(clock.now(), UrgeKind.CALL)
    keep_waiting(data_dir, [mine], folder_sealing())  # the open window's own list, written since

    assert save_set_aside(Store(data_dir), clock.now()) == SavedNow(urges=1)

    assert [urge.id for urge in _urges(data_dir)][1:] == [earlier.id]
    assert _lists(data_dir) == ["waiting.json"]
    assert json.loads(read_plain(waiting_path(data_dir)))["entries"][0]["id"] == mine.id


def test_a_damaged_list_is_kept_aside_and_said_once(
    saved: Store, data_dir: Path, clock: FixedClock
) -> None:
    cut_short = as_stored(b'{"version": 1, "entries": [{"type": "urge", "id": "u1"}]}')[:-20]
    (data_dir / "waiting-0badf00d.json").write_bytes(cut_short)
    keep_waiting(data_dir, [log_urge(clock.now(), UrgeKind.TEXT)], folder_sealing())

    result = save_set_aside(Store(data_dir), clock.now(), open_list_too=True)

    assert result.urges == 1
    (kept,) = result.damaged
    assert kept.name.startswith("waiting-") and kept.name.endswith("-damaged.json")
    assert kept.read_bytes() == cut_short
    assert saved_now_lines(result)[1] == (
        "Some urges or contacts that were waiting to be saved could not be read (the file "
        f"holding them is damaged), so they are not saved; the file is kept as {kept}."
    )
    assert _lists(data_dir) == [kept.name]
    assert save_set_aside(Store(data_dir), clock.now(), open_list_too=True) == SavedNow()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b'{"version": 2, "entries": []}',
        b'{"version": 1, "entries": [{"type": "urge", "id": "x", "at": "yesterday"}]}',
        b'{"version": 1}',
    ],
)
def test_whatever_is_wrong_with_a_list_it_is_a_damaged_one(
    saved: Store, data_dir: Path, clock: FixedClock, content: bytes
) -> None:
    write_plain(waiting_path(data_dir), content)

    result = save_set_aside(Store(data_dir), clock.now(), open_list_too=True)

    assert (result.urges, len(result.damaged)) == (0, 1)
    assert len(_urges(data_dir)) == 1


def test_a_plan_in_a_list_makes_it_a_damaged_one(
    saved: Store, data_dir: Path, clock: FixedClock
) -> None:
    keep_waiting(data_dir, [log_urge(clock.now(), UrgeKind.TEXT)], folder_sealing())
    written = json.loads(read_plain(waiting_path(data_dir)))
    written["entries"].append(encode_event(plan(Logbook(), clock.now(), target_days=30)))
    write_plain(waiting_path(data_dir), json.dumps(written).encode("utf-8"))

    result = save_set_aside(Store(data_dir), clock.now(), open_list_too=True)

    assert (result.urges, len(result.damaged)) == (0, 1)


@pytest.mark.parametrize("read_before", [True, False])
def test_while_the_data_file_is_missing_what_waits_keeps_waiting_and_no_file_is_started(
    saved: Store, data_dir: Path, clock: FixedClock, read_before: bool
) -> None:
    store = Store(data_dir)
    if read_before:
        store.load()  # gone after this process read it: it is missing, not a first run
    data_file(data_dir).unlink()
    keep_waiting(data_dir, [log_urge(clock.now(), UrgeKind.TEXT)], folder_sealing())

    assert save_set_aside(store, clock.now(), open_list_too=True) == SavedNow()

    assert not data_file(data_dir).exists()
    assert len(_lists(data_dir)) == 1


def test_a_command_does_not_wait_for_a_stuck_process_and_saves_once_it_lets_go(
    saved: Store, data_dir: Path, clock: FixedClock
) -> None:
    urge = log_urge(clock.now(), UrgeKind.TEXT)
    keep_waiting(data_dir, [urge], folder_sealing())

    with lock_held_elsewhere(data_dir):
        assert save_if_free(Store(data_dir), clock.now()) == SavedNow()  # at once, no wait
        assert _lists(data_dir) == ["waiting.json"]

    assert save_if_free(Store(data_dir), clock.now()) == SavedNow(urges=1)
    assert urge.id in [u.id for u in _urges(data_dir)]


def test_a_list_that_is_a_link_is_not_written_through_renamed_read_or_removed(
    saved: Store, data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.json"
    keep_waiting(tmp_path / "other", [log_urge(clock.now(), UrgeKind.TEXT)], Sealing())
    waiting_path(tmp_path / "other").rename(elsewhere)
    before = elsewhere.read_bytes()
    waiting_path(data_dir).symlink_to(elsewhere)
    (data_dir / "waiting-1234abcd.json").symlink_to(elsewhere)

    with pytest.raises(WriteFailed, match="is a link to another file"):
        keep_waiting(data_dir, [log_urge(clock.now(), UrgeKind.CALL)], folder_sealing())
    keep_waiting(data_dir, [], folder_sealing())
    set_aside_waiting(data_dir)
    assert save_set_aside(Store(data_dir), clock.now(), open_list_too=True) == SavedNow()

    assert waiting_path(data_dir).is_symlink()
    assert (data_dir / "waiting-1234abcd.json").is_symlink()
    assert elsewhere.read_bytes() == before
    assert len(_urges(data_dir)) == 1


def test_a_list_left_readable_by_others_is_made_private_on_start(
    saved: Store, data_dir: Path, clock: FixedClock
) -> None:
    keep_waiting(data_dir, [log_urge(clock.now(), UrgeKind.TEXT)], folder_sealing())
    waiting_path(data_dir).chmod(0o644)
    data_dir.chmod(0o755)

    assert keep_private(data_dir) == []

    assert stat.S_IMODE(waiting_path(data_dir).stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700  # it holds Holdfast's files alone

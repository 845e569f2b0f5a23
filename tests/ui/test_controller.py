"""The controller: every intent is saved before it shows, undo, and other processes' changes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import ContactKind, StartedBy, Urge, UrgeKind
from app.domain.preferences import Preferences, Theme
from app.storage.store import Store
from app.ui.controller import Controller
from tests.conftest import run_holdfast_process

pytestmark = pytest.mark.gui


def _on_disk(controller: Controller) -> Store:
    return Store(controller.store.folder)


def test_an_urge_is_saved_and_counted(controller: Controller, qtbot: QtBot) -> None:
    with qtbot.waitSignal(controller.changed):
        urge = controller.log_urge(UrgeKind.TEXT)

    assert urge is not None
    assert urge in _on_disk(controller).load().events
    assert controller.status().urges_today == 1


def test_details_are_added_to_the_same_urge(controller: Controller) -> None:
    urge = controller.log_urge(UrgeKind.TEXT)
    assert urge is not None

    assert controller.add_urge_details(urge.id, 7, "after the song", "I miss you")

    (saved,) = [e for e in _on_disk(controller).load().events if isinstance(e, Urge)]
    assert (saved.id, saved.intensity, saved.note, saved.unsent_message) == (
        urge.id,
        7,
        "after the song",
        "I miss you",
    )


def test_undo_takes_back_the_last_entry_only(controller: Controller) -> None:
    first = controller.log_urge(UrgeKind.CALL)
    second = controller.log_urge(UrgeKind.TEXT)

    assert controller.undo()

    events = _on_disk(controller).load().events
    assert first in events
    assert second not in events
    assert controller.status().urges_today == 1


def test_undo_of_an_entry_deleted_elsewhere_changes_nothing(controller: Controller) -> None:
    urge = controller.log_urge(UrgeKind.CALL)
    assert urge is not None
    with Store(controller.store.folder).transaction(controller.now()) as changes:
        changes.delete(urge.id)

    assert not controller.undo()
    assert not controller.can_undo()


def test_contact_i_started_ends_the_run_and_can_be_undone(
    controller: Controller, clock: FixedClock
) -> None:
    assert controller.status().streak_days == 12

    contact = controller.record_contact(ContactKind.TEXT, StartedBy.ME, False, "I gave in")

    assert contact is not None
    assert controller.status().streak_days == 0
    assert controller.status().attempts == 2
    assert controller.undo()
    assert controller.status().streak_days == 12
    assert controller.status().attempts == 1


def test_contact_they_started_resets_nothing(controller: Controller) -> None:
    controller.record_contact(ContactKind.CALL, StartedBy.THEM, False, "")
    controller.record_contact(ContactKind.IN_PERSON, StartedBy.ME, True, "school pick-up")

    assert controller.status().streak_days == 12
    assert controller.status().attempts == 1


def test_a_goal_ticked_today_is_open_again_tomorrow(
    controller: Controller, clock: FixedClock
) -> None:
    goal = controller.logbook.goals[0]
    assert controller.set_goal_done(goal.id, True)
    assert any(c.goal_id == goal.id for c in _on_disk(controller).load().completions)

    assert controller.set_goal_done(goal.id, False)
    assert not _on_disk(controller).load().completions


def test_preferences_are_saved(controller: Controller) -> None:
    chosen = Preferences(theme=Theme.DARK, start_minimised=True)
    assert controller.set_preferences(chosen)
    assert _on_disk(controller).load().preferences == chosen


def test_an_urge_logged_from_the_command_line_shows_within_two_seconds(
    controller: Controller, qtbot: QtBot
) -> None:
    controller.start_watching()
    done = run_holdfast_process(controller.store.folder, "urge", "social")
    assert done.returncode == 0

    qtbot.waitUntil(lambda: controller.status().urges_total == 1, timeout=2000)


def test_a_file_damaged_while_open_is_reported_and_never_written(
    controller: Controller, qtbot: QtBot
) -> None:
    controller.start_watching()
    controller.store.path.write_bytes(b"{ not json")

    with qtbot.waitSignal(controller.problem, timeout=3000) as problem:
        pass
    assert "cannot use its data file" in str(problem.args[0])
    assert controller.log_urge(UrgeKind.TEXT) is None
    assert controller.store.path.read_bytes() == b"{ not json"


def test_a_bad_plan_is_reported_and_nothing_is_saved(
    controller: Controller, qtbot: QtBot, clock: FixedClock
) -> None:
    before = controller.store.path.read_bytes()
    with qtbot.waitSignal(controller.problem) as problem:
        assert not controller.replan(clock.now() + timedelta(days=1), 30)
    assert "future" in str(problem.args[0])
    assert controller.store.path.read_bytes() == before


def test_export_and_import_go_through_the_controller(
    controller: Controller, tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    controller.log_urge(UrgeKind.VISIT)
    export = tmp_path / "all.json"
    assert controller.export(export)

    other = Controller(Store(tmp_path / "other"), clock)
    assert other.import_export(export) == 2  # the plan and the urge
    assert other.status().urges_total == 1

"""The controller: every intent is saved before it shows, undo, and other processes' changes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import Contact, ContactKind, Plan, StartedBy, Urge, UrgeKind
from app.domain.instants import CLOCK_SKEW
from app.domain.intents import Touched
from app.domain.journal import BreakupReason
from app.domain.logbook import log_urge
from app.domain.preferences import Preferences, Theme
from app.storage.status_cache import CACHE_FILE_NAME
from app.storage.store import Store
from app.ui.app import QUIT_AFTER_PAINT
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
    urge = controller.log_urge(UrgeKind.CALL)  # backs up the file as it was, without it
    assert urge is not None
    # `holdfast restore` in another process: followed, where an older copy would be mended.
    Store(controller.store.folder).restore(controller.now())

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


def test_export_and_import_go_through_the_controller_s_keeping(
    controller: Controller, tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:
    controller.log_urge(UrgeKind.VISIT)
    export = tmp_path / "all.json"
    assert controller.keeping.export(export)

    other = Controller(Store(tmp_path / "other"), clock)
    imported = other.keeping.import_file(export)
    assert imported is not None and len(imported.events) == 2  # the plan and the urge
    assert other.status().urges_total == 1


# A quick start from the status cache


def _quick_start(folder: Path, clock: FixedClock) -> Controller:
    Store(folder).overview()  # as `holdfast status` or a previous window leaves it
    overview = Store(folder).cached_overview()
    assert overview is not None
    return Controller(Store(folder), clock, overview=overview)


def test_a_quick_start_shows_the_same_figures_then_loads_every_entry(
    started_store: Store, clock: FixedClock
) -> None:
    for kind in (UrgeKind.TEXT, UrgeKind.CALL):
        with started_store.transaction(clock.now()) as changes:
            changes.add(log_urge(clock.now(), kind))
    full = Controller(Store(started_store.folder), clock)

    quick = _quick_start(started_store.folder, clock)

    assert quick.status() == full.status()
    assert quick.logbook.goals == full.logbook.goals
    assert not quick.everything_loaded
    quick.load_everything()
    assert quick.everything_loaded
    assert quick.logbook == full.logbook
    assert quick.status() == full.status()


def test_an_urge_logged_before_everything_loaded_keeps_every_entry(
    started_store: Store, clock: FixedClock
) -> None:
    with started_store.transaction(clock.now()) as changes:
        changes.add(log_urge(clock.now() - timedelta(hours=1), UrgeKind.TEXT))
    quick = _quick_start(started_store.folder, clock)

    assert quick.log_urge(UrgeKind.CALL) is not None

    urges = [e for e in Store(started_store.folder).load().events if isinstance(e, Urge)]
    assert sorted(urge.kind for urge in urges) == sorted([UrgeKind.TEXT, UrgeKind.CALL])
    assert quick.status().urges_today == 2


def test_a_window_leaves_a_cache_that_lets_the_next_start_skip_decoding(
    data_dir: Path,
) -> None:
    assert run_holdfast_process(data_dir, "start").returncode == 0
    assert run_holdfast_process(data_dir, "urge", "text").returncode == 0
    (data_dir / CACHE_FILE_NAME).unlink()
    env = {**os.environ, "HOLDFAST_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}

    window = subprocess.run(
        [sys.executable, "-m", "app"],
        env={**env, QUIT_AFTER_PAINT: "1"},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )

    assert window.returncode == 0, window.stderr
    assert window.stdout.startswith("first-paint ")
    overview = Store(data_dir).cached_overview()
    assert overview is not None
    assert len(overview.timeline.urge_times) == 1
    assert stat.S_IMODE((data_dir / CACHE_FILE_NAME).stat().st_mode) == 0o600


# Past entries


def test_an_edited_urge_is_saved_and_undo_puts_back_the_one_before(
    controller: Controller, clock: FixedClock
) -> None:
    urge = controller.log_urge(UrgeKind.TEXT)
    assert urge is not None
    earlier = replace(urge, at=clock.now() - timedelta(hours=2), intensity=8, note="late")

    assert controller.edit_entry(earlier) == earlier

    assert _on_disk(controller).load().find_event(urge.id) == earlier
    assert controller.undo()
    assert _on_disk(controller).load().find_event(urge.id) == urge


@pytest.mark.parametrize("breach", ["future", "plan", "kind"])
def test_an_edit_that_breaks_the_rules_is_reported_not_saved(
    controller: Controller, clock: FixedClock, qtbot: QtBot, breach: str
) -> None:
    contact = controller.record_contact(ContactKind.CALL, StartedBy.THEM, False, "")
    assert contact is not None
    plan_id = next(e.id for e in controller.logbook.events if isinstance(e, Plan))
    breaches: dict[str, Urge | Contact] = {
        # Beyond the few minutes two clocks may disagree by.
        "future": replace(contact, at=clock.now() + CLOCK_SKEW + timedelta(minutes=1)),
        "plan": replace(contact, id=plan_id),
        "kind": Urge(id=contact.id, at=contact.at, kind=UrgeKind.CALL),
    }
    edited = breaches[breach]
    before = _on_disk(controller).load()

    with qtbot.waitSignal(controller.problem):
        assert controller.edit_entry(edited) is None

    assert _on_disk(controller).load().events == before.events


def test_a_deleted_entry_comes_back_whole_even_after_other_entries(
    controller: Controller,
) -> None:
    contact = controller.record_contact(ContactKind.TEXT, StartedBy.ME, False, "I wrote")
    assert contact is not None
    assert controller.status().attempts == 2

    assert controller.delete_entry(contact.id) == contact
    assert controller.status().attempts == 1
    controller.log_urge(UrgeKind.CALL)

    assert controller.undo_entry_change(contact.id)
    assert contact in _on_disk(controller).load().events
    assert controller.status().attempts == 2
    assert not controller.undo_entry_change(contact.id)  # taken back once only


def test_undoing_a_delete_never_adds_an_entry_twice(controller: Controller) -> None:
    urge = controller.log_urge(UrgeKind.SOCIAL)
    assert urge is not None
    assert controller.delete_entry(urge.id) == urge
    with controller.store.transaction(controller.now()) as changes:
        changes.add(urge)  # put back another way, by an import say

    assert not controller.undo()

    assert [e.id for e in _on_disk(controller).load().events].count(urge.id) == 1


def test_a_plan_cannot_be_deleted_as_an_entry(controller: Controller, qtbot: QtBot) -> None:
    plan_id = next(e.id for e in controller.logbook.events if isinstance(e, Plan))

    with qtbot.waitSignal(controller.problem):
        assert controller.delete_entry(plan_id) is None

    assert plan_id in [e.id for e in _on_disk(controller).load().events]


# What a change touched


def test_changed_says_what_each_change_touched(controller: Controller) -> None:
    touched: list[Touched] = []
    controller.changed.connect(touched.append)
    goal = controller.logbook.goals[0]

    assert controller.log_urge(UrgeKind.TEXT) is not None
    assert controller.set_goal_done(goal.id, True)
    assert controller.add_journal_entry(controller.now().date(), "A calm morning.") is not None
    assert controller.set_preferences(replace(controller.logbook.preferences, discreet=True))
    assert controller.choose_breakup_reason(BreakupReason.LIFE_GOALS, True)
    assert controller.answer_healing_swap(False)
    assert controller.undo()  # the journal entry written

    assert touched == [
        Touched.EVENTS,
        Touched.GOALS,
        Touched.JOURNAL,
        Touched.PREFERENCES,
        Touched.REASONS,
        Touched.PREFERENCES,  # asked once, the goals kept as they are
        Touched.JOURNAL,
    ]


def test_a_change_that_changes_nothing_says_nothing(controller: Controller, qtbot: QtBot) -> None:
    goal = controller.logbook.goals[0]
    assert controller.set_goal_done(goal.id, True)

    with qtbot.assertNotEmitted(controller.changed):
        assert controller.set_goal_done(goal.id, True)  # done already


def test_another_process_s_change_touches_everything(
    controller: Controller, qtbot: QtBot, clock: FixedClock
) -> None:
    with Store(controller.store.folder).transaction(clock.now()) as changes:
        changes.add(log_urge(clock.now(), UrgeKind.CALL))

    with qtbot.waitSignal(controller.changed) as changed:
        assert controller.refresh()

    assert changed.args == [Touched.EVERYTHING]
    assert controller.status().urges_total == 1


def test_a_change_that_picks_up_another_process_s_touches_everything(
    controller: Controller, qtbot: QtBot, clock: FixedClock
) -> None:
    with Store(controller.store.folder).transaction(clock.now()) as changes:
        changes.add(log_urge(clock.now(), UrgeKind.CALL))  # not seen here yet

    with qtbot.waitSignal(controller.changed) as changed:
        assert controller.add_journal_entry(clock.now().date(), "A calm morning.") is not None

    assert changed.args == [Touched.EVERYTHING]  # the urge came with it: every page looks
    assert controller.status().urges_total == 1

"""What the user wrote is shown on one line of the terminal: a note cannot forge lines of the
output or send the terminal escape codes. JSON keeps it exactly as written."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.domain.clock import FixedClock
from app.domain.goals import Area, Goal, Recurrence
from app.domain.logbook import plan
from app.storage.store import Store
from tests.cli.support import Holdfast, history_json, ok

# A note that pretends a run of its own, turns the terminal red and reverses what follows.
FORGED = "late night\n2026-01-01 00:00   2026-02-01 00:00    999      0  \x1b[31mred\u202eesrever"


def _planned(data_dir: Path, clock: FixedClock) -> None:
    store = Store(data_dir)
    with store.transaction(clock.now()) as changes:
        changes.add(plan(changes.logbook, clock.now(), clock.now() - timedelta(days=7)))


def test_history_text_shows_a_note_on_one_line_with_its_control_characters_visible(
    holdfast: Holdfast, data_dir: Path, clock: FixedClock
) -> None:
    _planned(data_dir, clock)
    ok(holdfast("contact", "call", "--note", FORGED))

    out = ok(holdfast("history")).out

    assert "\x1b" not in out and "\u202e" not in out
    (ended,) = [line for line in out.splitlines() if "call: " in line]
    assert ended.endswith(
        "call: late night⏎2026-01-01 00:00   2026-02-01 00:00    999      0  "
        "\\x1b[31mred\\u202eesrever"
    )
    assert len(out.splitlines()) == 5  # the header, two runs, a blank line, the totals


def test_history_json_keeps_the_note_as_written(
    holdfast: Holdfast, data_dir: Path, clock: FixedClock
) -> None:
    _planned(data_dir, clock)
    ok(holdfast("contact", "call", "--note", FORGED))

    assert history_json(holdfast)["contacts"][0]["note"] == FORGED


def test_goal_titles_are_shown_on_one_line(
    holdfast: Holdfast, data_dir: Path, clock: FixedClock
) -> None:
    title = "Call my sister\n  [x] Block their number (once)  id: forged\x07"
    store = Store(data_dir)
    with store.transaction(clock.now()) as changes:
        changes.set_goals((Goal("mine", Area.CONNECTION, title, Recurrence.ONCE),))

    listed = ok(holdfast("goals")).out
    done = ok(holdfast("goals", "done", "mine")).out

    assert listed.splitlines()[1] == (
        "  [ ] Call my sister⏎  [x] Block their number (once)  id: forged\\x07 (once)  id: mine"
    )
    assert "\x07" not in listed + done
    assert done == "Done: Call my sister⏎  [x] Block their number (once)  id: forged\\x07.\n"

"""What the command line does while Holdfast is locked (protection on, no passphrase given): an
urge or a contact is still logged at once, sealed where nothing can read it, and added at the next
unlock, once; `status --json` says it is locked, with the day figures alone when the person
allowed them."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.storage.day_count import DAY_COUNT_FILE_NAME
from app.storage.protecting import set_options
from app.storage.protection import LockOptions
from app.storage.store import Store
from tests.cli.support import Holdfast, ok, one_json_line, snapshot
from tests.cli.test_protect import (
    PASSPHRASE,
    Typed,
    found_in_folder,
    protected_fixture,  # noqa: F401  (fixtures: recovery_key, written, typed, ...)
    quick_key_derivation_fixture,  # noqa: F401
    typed_fixture,  # noqa: F401
    unlocked_history,
    urges_in,
    written_fixture,  # noqa: F401
)

LOCKED_NOTE = "the photo of the lake came up again"
WAITING = re.compile(r"^waiting-[0-9a-f]{8}\.json$")
DAY_FIGURES = {"locked", "tracking", "streak_days", "target_days", "target_reached"}


def _new_files(before: dict[str, bytes] | None, after: dict[str, bytes] | None) -> list[str]:
    assert before is not None and after is not None
    assert {name: after[name] for name in before} == before  # nothing else changed
    return sorted(set(after) - set(before))


@pytest.fixture
def day_count_allowed(recovery_key: str, typed: Typed, data_dir: Path) -> None:
    """ "Show the day count while locked" chosen, and an unlocked command run since."""
    set_options(Store(data_dir), LockOptions(day_count_while_locked=True))
    unlocked_history(typed)
    assert (data_dir / DAY_COUNT_FILE_NAME).is_file()


def test_an_urge_while_locked_is_logged_and_kept_sealed(
    recovery_key: str, holdfast: Holdfast, data_dir: Path
) -> None:
    before = snapshot(data_dir)

    logged = holdfast("urge", "text", "--note", LOCKED_NOTE)

    assert logged.code == 0, logged
    assert logged.err == ""
    assert "kept sealed" in logged.out
    (waiting,) = _new_files(before, snapshot(data_dir))
    assert WAITING.match(waiting), waiting
    assert found_in_folder(data_dir, [LOCKED_NOTE]) == []


def test_a_contact_while_locked_is_recorded_and_kept_sealed(
    recovery_key: str, holdfast: Holdfast, data_dir: Path
) -> None:
    before = snapshot(data_dir)

    recorded = holdfast("contact", "in_person", "--by", "them", "--note", LOCKED_NOTE)

    assert recorded.code == 0, recorded
    assert recorded.err == ""
    assert "kept sealed" in recorded.out
    (waiting,) = _new_files(before, snapshot(data_dir))
    assert WAITING.match(waiting), waiting
    assert found_in_folder(data_dir, [LOCKED_NOTE]) == []


def test_status_json_while_locked_says_only_that_it_is_locked(
    recovery_key: str, holdfast: Holdfast, data_dir: Path
) -> None:
    ok(holdfast("urge", "text", "--note", LOCKED_NOTE))
    before = snapshot(data_dir)

    assert one_json_line(holdfast("status", "--json")) == {"locked": True}
    looked = ok(holdfast("status"))
    assert "Holdfast is locked" in looked.out
    assert "Day " not in looked.out
    assert snapshot(data_dir) == before


def test_the_day_count_while_locked_gives_the_day_figures_alone(
    day_count_allowed: None, holdfast: Holdfast, typed: Typed, data_dir: Path
) -> None:
    ok(holdfast("urge", "text", "--note", LOCKED_NOTE))

    figures = one_json_line(holdfast("status", "--json"))

    assert set(figures) == DAY_FIGURES
    assert figures == {
        "locked": True,
        "tracking": True,
        "streak_days": 7,  # since noon on 22 February; it is 2 pm on 1 March
        "target_days": 30,
        "target_reached": False,
    }
    assert unlocked_history(typed)["runs"][-1]["days"] == 7  # as the data says, unlocked
    kept = json.loads((data_dir / DAY_COUNT_FILE_NAME).read_bytes())
    assert set(kept) == {"run_started_at", "target_days"}
    assert found_in_folder(data_dir, [LOCKED_NOTE]) == []
    assert "Day 7 without contact." in ok(holdfast("status")).out


def test_a_contact_while_locked_starts_the_day_count_again(
    day_count_allowed: None, holdfast: Holdfast, typed: Typed, clock: FixedClock
) -> None:
    ok(holdfast("contact", "call", "--by", "them"))  # not a break: they called
    assert one_json_line(holdfast("status", "--json"))["streak_days"] == 7

    ok(holdfast("contact", "text", "--by", "me", "--note", LOCKED_NOTE))

    assert one_json_line(holdfast("status", "--json"))["streak_days"] == 0
    clock.advance(timedelta(days=2))
    assert one_json_line(holdfast("status", "--json"))["streak_days"] == 2
    assert unlocked_history(typed)["runs"][-1]["days"] == 2  # the data agrees, once unlocked
    assert one_json_line(holdfast("status", "--json"))["streak_days"] == 2


def test_the_next_unlock_adds_what_was_logged_while_locked_once(
    recovery_key: str, holdfast: Holdfast, typed: Typed, data_dir: Path
) -> None:
    ok(holdfast("urge", "text", "--note", LOCKED_NOTE))
    ok(holdfast("urge", "social"))
    ok(holdfast("contact", "call", "--by", "them"))

    first = typed("history", "--json", stdin=f"{PASSPHRASE}\n")

    assert first.code == 0, first
    assert first.err == (
        "holdfast: Added now: 2 urges and 1 contact you logged while Holdfast was locked.\n"
    )
    history = json.loads(first.out)
    assert urges_in(history) == 3  # one from before protection, two while locked
    assert len(history["contacts"]) == 2
    assert list(data_dir.glob("waiting*.json")) == []
    again = typed("history", "--json", stdin=f"{PASSPHRASE}\n")
    assert again.code == 0 and again.err == "", again
    assert json.loads(again.out) == history
    assert found_in_folder(data_dir, [LOCKED_NOTE]) == []


def test_a_command_that_reads_asks_for_the_passphrase_and_adds_nothing_without_it(
    recovery_key: str, holdfast: Holdfast, typed: Typed, data_dir: Path
) -> None:
    ok(holdfast("urge", "text"))
    before = snapshot(data_dir)

    refused = typed("history", stdin="")

    assert refused.code == 2
    assert refused.err == "holdfast: no passphrase was given; nothing was changed\n"
    assert snapshot(data_dir) == before
    assert urges_in(unlocked_history(typed)) == 2

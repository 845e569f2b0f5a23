"""`holdfast protect on|off|change`: what a person notices of the passphrase that encrypts their
entries at rest. Once it is on, no word, title or date they wrote is left readable in the data
folder; a wrong passphrase, a damaged file or a damaged protection file each says what it is, in
one line, and changes nothing; the recovery key opens it however it is typed.

The shared pieces (a quick key derivation, a command line given standard input, a folder full of
words, the search for those words) live here; test_protect_*.py import them.
"""

from __future__ import annotations

import io
import json
import re
import stat
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain.clock import FixedClock
from app.domain.goals import Area, Goal, Recurrence
from app.domain.journal import write_entry
from app.storage import sealing
from app.storage.store import Store
from tests.cli.support import Holdfast, history_json, ok, one_error_line, snapshot
from tests.conftest import Result

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "seven tired owls at the harbour"
# What the person wrote, each in ASCII so that any JSON escaping leaves it findable as it is.
URGE_NOTE = "saw the blue bicycle outside the bakery"
CONTACT_NOTE = "they rang about the keys to the flat"
JOURNAL_TEXT = "Sunday mornings at the market were ours"
GOAL_TITLE = "Walk the long way round the harbour"
CHECK_IN_NOTE = "a quiet evening with my sister"
WORDS = (URGE_NOTE, CONTACT_NOTE, JOURNAL_TEXT, GOAL_TITLE, CHECK_IN_NOTE)
# The recovery key as `protect on` prints it: 8 groups of 4 base32 letters, on a line of its own.
RECOVERY_LINE = re.compile(r"^ +([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})$", re.MULTILINE)
WRONG_PASSPHRASE = "That passphrase does not unlock Holdfast"
NO_PASSPHRASE = "holdfast: no passphrase was given; nothing was changed\n"
# Argon2id as cheap as it goes: the real parameters cost about 0.3 s a derivation. They are
# written into protection.json, so a `holdfast` process run by a test derives as cheaply.
QUICK_ARGON2ID = {"name": "argon2id", "memory_kib": 8, "iterations": 1, "lanes": 1}

Typed = Callable[..., Result]


@pytest.fixture(autouse=True, name="quick_key_derivation")
def quick_key_derivation_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sealing, "ARGON2ID", QUICK_ARGON2ID)
    monkeypatch.setattr(sealing, "SCRYPT", {"name": "scrypt", "n": 2**4, "r": 8, "p": 1})


@pytest.fixture(name="typed")
def typed_fixture(holdfast: Holdfast, monkeypatch: pytest.MonkeyPatch) -> Typed:
    """Runs `holdfast` in this process with `stdin` as its standard input (not a terminal: the
    passphrase is read as one line of it, as from a script or a password manager)."""

    def run(*args: str, stdin: str = "") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return holdfast(*args)

    return run


@pytest.fixture(name="written")
def written_fixture(holdfast: Holdfast, data_dir: Path, clock: FixedClock) -> list[str]:
    """A folder holding every kind of thing a person writes; returns the dates its entries were
    saved with, as the plain data file spells them."""
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(hours=1))
    ok(holdfast("urge", "text", "--intensity", "7", "--note", URGE_NOTE))
    ok(holdfast("contact", "call", "--by", "them", "--necessary", "--note", CONTACT_NOTE))
    ok(holdfast("checkin", "--mood", "3", "--pull", "2", "--note", CHECK_IN_NOTE))
    now = clock.now()
    store = Store(data_dir)
    with store.transaction(now) as changes:
        changes.add_journal_entry(write_entry(now, now.date() - timedelta(days=1), JOURNAL_TEXT))
        changes.set_goals(
            [*changes.logbook.goals, Goal("own-walk", Area.BODY, GOAL_TITLE, Recurrence.DAILY)]
        )
    plain = json.loads((data_dir / "holdfast.json").read_bytes())
    for word in WORDS:
        assert word in json.dumps(plain), word
    clock.advance(timedelta(hours=1))
    return sorted(dates_in(plain))


@pytest.fixture(name="recovery_key")
def protected_fixture(written: list[str], typed: Typed) -> str:
    """The folder of `written`, protected with PASSPHRASE; returns the recovery key shown."""
    turned_on = ok(typed("protect", "on", stdin=f"{PASSPHRASE}\n"))
    (recovery_key,) = RECOVERY_LINE.findall(turned_on.out)
    return str(recovery_key)


def dates_in(value: Any) -> set[str]:
    """Every date and time a decoded JSON value holds, as written ("2026-02-22T12:00:00+01:00",
    "2026-02-28")."""
    if isinstance(value, dict):
        return set().union(*(dates_in(item) for item in value.values()))
    if isinstance(value, list):
        return set().union(*(dates_in(item) for item in value))
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return {value}
    return set()


def found_in_folder(folder: Path, words: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    """(file, word) for each of `words` whose bytes are in a file anywhere under `folder`."""
    return [
        (str(path.relative_to(folder)), word)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        for word in words
        if word.encode("utf-8") in path.read_bytes()
    ]


def unlocked_history(typed: Typed, passphrase: str = PASSPHRASE) -> dict[str, Any]:
    """`holdfast history --json`, the passphrase given on standard input."""
    result = typed("history", "--json", stdin=f"{passphrase}\n")
    assert result.code == 0, result
    value = json.loads(result.out)
    assert isinstance(value, dict)
    return value


def urges_in(history: dict[str, Any]) -> int:
    return sum(history["urges_by_kind"].values())


# Turning it on ------------------------------------------------------------------------------


def test_protect_on_shows_the_recovery_key_once_and_leaves_no_words_or_dates_readable(
    written: list[str], typed: Typed, data_dir: Path
) -> None:
    days = {moment[:10] for moment in written}
    wrote = [*WORDS, *written, *days]
    assert len(written) >= 4 and all(moment.startswith("2026-0") for moment in written)
    assert {word for _, word in found_in_folder(data_dir, wrote)} == set(wrote)  # findable now

    turned_on = typed("protect", "on", stdin=f"{PASSPHRASE}\n")

    assert turned_on.code == 0, turned_on
    assert turned_on.err == ""
    assert "Protection is on" in turned_on.out
    (recovery_key,) = RECOVERY_LINE.findall(turned_on.out)
    assert turned_on.out.count(recovery_key) == 1
    secrets = [*wrote, PASSPHRASE, recovery_key, recovery_key.replace("-", "")]
    assert found_in_folder(data_dir, secrets) == []
    # The search went through the backups too, not only the data file.
    assert (data_dir / "backups").is_dir() and list((data_dir / "backups").iterdir())


def test_the_protection_file_is_readable_by_its_owner_only(
    recovery_key: str, data_dir: Path
) -> None:
    mode = stat.S_IMODE((data_dir / "protection.json").stat().st_mode)

    assert mode == 0o600


def test_what_was_written_is_all_there_once_unlocked(recovery_key: str, typed: Typed) -> None:
    history = unlocked_history(typed)

    assert urges_in(history) == 1
    assert [contact["kind"] for contact in history["contacts"]] == ["call"]
    goals = typed("goals", "--json", stdin=f"{PASSPHRASE}\n")
    assert goals.code == 0, goals
    assert GOAL_TITLE in goals.out


def test_a_passphrase_too_short_is_refused_in_one_line_and_nothing_is_written(
    written: list[str], typed: Typed, data_dir: Path
) -> None:
    before = snapshot(data_dir)

    refused = typed("protect", "on", stdin="short\n")

    assert refused.code == 2
    assert refused.out == ""
    assert "at least 8 characters" in one_error_line(refused)
    assert snapshot(data_dir) == before


def test_protect_on_twice_says_it_is_already_on_without_asking_for_a_passphrase(
    recovery_key: str, holdfast: Holdfast, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(data_dir)
    stdin = io.StringIO(f"{NEW_PASSPHRASE}\n")
    monkeypatch.setattr(sys, "stdin", stdin)

    again = holdfast("protect", "on")

    assert again.code != 0
    assert again.out == ""
    assert "already on" in one_error_line(again)
    assert stdin.tell() == 0  # not a line of it read
    assert snapshot(data_dir) == before


def test_protect_on_in_a_new_folder_protects_what_comes_after(typed: Typed, data_dir: Path) -> None:
    ok(typed("protect", "on", stdin=f"{PASSPHRASE}\n"))

    started = typed("start", "--since", "2026-02-22T12:00", stdin=f"{PASSPHRASE}\n")
    logged = typed("urge", "text", "--note", URGE_NOTE, stdin=f"{PASSPHRASE}\n")

    assert started.code == 0 and logged.code == 0, (started, logged)
    assert (data_dir / "holdfast.json").read_bytes().startswith(b"HOLDFAST-SEALED-1\n")
    assert found_in_folder(data_dir, [URGE_NOTE, "2026-02-22"]) == []
    assert urges_in(unlocked_history(typed)) == 1


@pytest.mark.parametrize(
    "leftover",
    [
        ".holdfast.json.9f3c2a17.tmp",
        ".status-cache.json.9f3c2a17.tmp",
        "backups/.holdfast-20260301T110000000000Z.json.9f3c2a17.tmp",
    ],
)
def test_a_save_killed_before_protection_leaves_no_readable_copy_once_it_is_on(
    written: list[str], typed: Typed, data_dir: Path, leftover: str
) -> None:
    # A write killed between its temp file and the rename leaves the temp file behind (named as
    # files.new_temp_file names it), holding all the file held; only the next save tidies the
    # data file's away, and nothing tidies the status cache's.
    (data_dir / leftover).write_bytes((data_dir / "holdfast.json").read_bytes())

    ok(typed("protect", "on", stdin=f"{PASSPHRASE}\n"))

    assert found_in_folder(data_dir, WORDS) == []


# Unlocking ------------------------------------------------------------------------------------


def test_a_wrong_passphrase_says_so_in_one_line_and_changes_nothing(
    recovery_key: str, typed: Typed, data_dir: Path
) -> None:
    ok(typed("urge", "social", "--note", "while locked"))  # waiting to be added at the unlock
    before = snapshot(data_dir)

    refused = typed("history", stdin="not the passphrase at all\n")

    assert refused.code == 1
    assert refused.out == ""
    assert WRONG_PASSPHRASE in one_error_line(refused)
    assert snapshot(data_dir) == before


def test_no_passphrase_given_says_so_and_changes_nothing(
    recovery_key: str, typed: Typed, data_dir: Path
) -> None:
    before = snapshot(data_dir)

    refused = typed("history", stdin="")

    assert refused.code == 2
    assert refused.out == ""
    assert refused.err == NO_PASSPHRASE
    assert snapshot(data_dir) == before


def test_a_missing_data_file_is_said_to_be_missing_and_restore_puts_it_back(
    recovery_key: str, typed: Typed, data_dir: Path
) -> None:
    (data_dir / "holdfast.json").unlink()  # a sync tool, a mistake: the backups are there

    refused = typed("history", stdin=f"{PASSPHRASE}\n")

    assert refused.code == 1
    assert refused.out == ""
    line = one_error_line(refused)
    assert "holdfast.json is missing" in line and "holdfast restore" in line, line
    looked = typed("status", "--json")
    assert looked.code == 1
    assert "holdfast.json is missing" in one_error_line(looked)
    ok(typed("restore", stdin=f"{PASSPHRASE}\n"))
    # The newest backup was taken before the urge was saved: the plan is back, and tracking.
    assert unlocked_history(typed)["attempts"] == 1


def test_the_recovery_key_unlocks_typed_in_lowercase_with_spaces(
    recovery_key: str, typed: Typed
) -> None:
    typed_by_hand = recovery_key.lower().replace("-", " ")
    # Written down by hand and read back: O as 0, I as 1, B as 8 (none of which it uses).
    misread = recovery_key.replace("O", "0").replace("I", "1").replace("B", "8")

    assert urges_in(unlocked_history(typed, typed_by_hand)) == 1
    assert urges_in(unlocked_history(typed, misread)) == 1


def test_a_mistyped_recovery_key_is_said_to_be_the_recovery_key(
    recovery_key: str, typed: Typed, data_dir: Path
) -> None:
    last = recovery_key[-1]
    mistyped = recovery_key[:-1] + ("A" if last != "A" else "B")
    before = snapshot(data_dir)

    refused = typed("history", stdin=f"{mistyped}\n")

    assert refused.code == 1
    assert refused.out == ""
    line = one_error_line(refused)
    # Not "check it (and Caps Lock)": the person typed the key they wrote down, not a passphrase.
    assert "That recovery key does not unlock Holdfast" in line, line
    assert snapshot(data_dir) == before


def test_the_passphrase_unlocks_however_its_letters_are_composed_and_lines_end(
    written: list[str], typed: Typed
) -> None:
    composed = "caf\u00e9 au lait, s'il vous pla\u00eet"  # as one keyboard types it
    decomposed = "cafe\u0301 au lait, s'il vous plai\u0302t"  # as another does
    ok(typed("protect", "on", stdin=f"{composed}\r\n"))

    assert urges_in(unlocked_history(typed, decomposed)) == 1
    assert urges_in(unlocked_history(typed, composed)) == 1


def test_a_damaged_data_file_is_said_to_be_damaged_not_a_wrong_passphrase(
    recovery_key: str, typed: Typed, data_dir: Path
) -> None:
    data_file = data_dir / "holdfast.json"
    sealed = bytearray(data_file.read_bytes())
    middle = len(sealed) // 2
    sealed[middle : middle + 4] = bytes(byte ^ 0xFF for byte in sealed[middle : middle + 4])
    data_file.write_bytes(bytes(sealed))
    before = snapshot(data_dir)

    refused = typed("history", stdin=f"{PASSPHRASE}\n")

    assert refused.code == 1
    assert refused.out == ""
    line = one_error_line(refused)
    assert "holdfast.json" in line and "damaged" in line
    assert WRONG_PASSPHRASE not in line
    assert snapshot(data_dir) == before


def test_a_damaged_protection_file_has_its_own_message_and_nothing_is_written(
    recovery_key: str, typed: Typed, data_dir: Path
) -> None:
    # One letter of the wrapped key changed: without the checksum this would read as a wrong
    # passphrase, and send the person guessing at what they typed.
    protection_file = data_dir / "protection.json"
    raw = json.loads(protection_file.read_bytes())
    wrap = raw["passphrase_wrap"]
    raw["passphrase_wrap"] = ("B" if wrap[0] == "A" else "A") + wrap[1:]
    protection_file.write_text(json.dumps(raw, indent=1), encoding="utf-8")
    before = snapshot(data_dir)

    refused = typed("history", stdin=f"{PASSPHRASE}\n")
    logged = typed("urge", "text", "--note", "while it is damaged")

    for result in (refused, logged):
        assert result.code == 1
        assert result.out == ""
        line = one_error_line(result)
        assert "protection.json" in line and "damaged" in line
        assert WRONG_PASSPHRASE not in line
    assert snapshot(data_dir) == before


# Changing the passphrase --------------------------------------------------------------------


def test_protect_change_takes_the_current_then_the_new_passphrase(
    recovery_key: str, typed: Typed, data_dir: Path
) -> None:
    changed = typed("protect", "change", stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n")

    assert changed.code == 0, changed
    assert "passphrase is changed" in changed.out
    old = typed("history", stdin=f"{PASSPHRASE}\n")
    assert old.code == 1 and WRONG_PASSPHRASE in one_error_line(old)
    assert urges_in(unlocked_history(typed, NEW_PASSPHRASE)) == 1
    assert urges_in(unlocked_history(typed, recovery_key)) == 1
    assert found_in_folder(data_dir, [NEW_PASSPHRASE, PASSPHRASE]) == []


def test_protect_change_with_a_wrong_current_passphrase_changes_nothing(
    recovery_key: str, typed: Typed, data_dir: Path
) -> None:
    before = snapshot(data_dir)

    refused = typed("protect", "change", stdin=f"not the passphrase at all\n{NEW_PASSPHRASE}\n")

    assert refused.code == 1
    assert WRONG_PASSPHRASE in one_error_line(refused)
    assert snapshot(data_dir) == before
    assert urges_in(unlocked_history(typed)) == 1


def test_protect_change_to_a_passphrase_too_short_changes_nothing(
    recovery_key: str, typed: Typed, data_dir: Path
) -> None:
    before = snapshot(data_dir)

    refused = typed("protect", "change", stdin=f"{PASSPHRASE}\nshort\n")

    assert refused.code == 2
    assert "at least 8 characters" in one_error_line(refused)
    assert snapshot(data_dir) == before


# Turning it off -------------------------------------------------------------------------------


def test_protect_off_writes_everything_plain_again(
    recovery_key: str, typed: Typed, holdfast: Holdfast, data_dir: Path
) -> None:
    turned_off = typed("protect", "off", stdin=f"{PASSPHRASE}\n")

    assert turned_off.code == 0, turned_off
    assert "Protection is off" in turned_off.out
    assert not (data_dir / "protection.json").exists()
    plain = json.loads((data_dir / "holdfast.json").read_bytes())
    for word in (URGE_NOTE, CONTACT_NOTE, JOURNAL_TEXT, GOAL_TITLE, CHECK_IN_NOTE):
        assert word in json.dumps(plain), word
    sealed = [
        str(path.relative_to(data_dir))
        for path in data_dir.rglob("*")
        if path.is_file() and path.read_bytes().startswith(b"HOLDFAST-")
    ]
    assert sealed == []
    # No passphrase asked any more: standard input is the test's, which reads as nothing.
    history = history_json(holdfast)
    assert urges_in(history) == 1 and len(history["contacts"]) == 1


def test_protect_off_with_a_wrong_passphrase_changes_nothing(
    recovery_key: str, typed: Typed, data_dir: Path
) -> None:
    before = snapshot(data_dir)

    refused = typed("protect", "off", stdin="not the passphrase at all\n")

    assert refused.code == 1
    assert refused.out == ""
    assert WRONG_PASSPHRASE in one_error_line(refused)
    assert snapshot(data_dir) == before


def test_protect_off_keeps_what_was_logged_while_locked(
    recovery_key: str, typed: Typed, holdfast: Holdfast, data_dir: Path
) -> None:
    ok(typed("urge", "social", "--note", "logged while locked"))

    ok(typed("protect", "off", stdin=f"{PASSPHRASE}\n"))

    assert urges_in(history_json_after_saving(holdfast)) == 2
    assert list(data_dir.glob("waiting*.json")) == []


def test_protect_off_when_it_is_off_says_so(written: list[str], typed: Typed) -> None:
    refused = typed("protect", "off", stdin=f"{PASSPHRASE}\n")

    assert refused.code == 1
    assert "protection is off" in one_error_line(refused)


def history_json_after_saving(holdfast: Holdfast) -> dict[str, Any]:
    """`history --json` once what waited is saved (the first command after says so on stderr)."""
    first = holdfast("history", "--json")
    assert first.code == 0, first
    return history_json(holdfast)

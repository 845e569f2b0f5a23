"""The messages of refused entries and failed files, said in English as always, and in another
language through a speaker: every part of a sentence translated, every date and number shown the
reader's way."""

from __future__ import annotations

import copy
import errno
import re
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.errors import InvalidEntry
from app.domain.instants import check_instant
from app.domain.journal import MAX_TEXT_LENGTH, check_text, write_entry
from app.domain.logbook import Logbook, new_entries
from app.domain.words import QT_TRANSLATE_NOOP, Said, Shown, in_words
from app.storage.errors import DamagedDataFile, WriteFailed, cannot_use
from app.storage.safe_storage import parse_tables

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))
FIELD = re.compile(r"(\{[^{}]*\})")


class Shouting:
    """A language of its own: every word upper case (the {fields} left for the values), every
    value shown as ISO 8601 or in brackets, so each can be told apart from English."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def translate(self, context: str, text: str) -> str:
        self.asked.append((context, text))
        return "".join(
            part if FIELD.fullmatch(part) else part.upper() for part in FIELD.split(text)
        )

    def show(self, value: Shown) -> str:
        if isinstance(value, date | time):
            return value.isoformat()
        return f"[{value}]"


def test_a_sentence_reads_in_english_as_it_always_did() -> None:
    with pytest.raises(InvalidEntry) as refused:
        check_instant(NOW + timedelta(hours=2), NOW, "the urge")

    assert str(refused.value) == "the urge cannot be in the future (it is now 2026-03-01 12:00)"
    assert in_words(refused.value, Shouting()) == (
        "the urge CANNOT BE IN THE FUTURE (IT IS NOW 2026-03-01T12:00:00+01:00)"
    )


def test_every_part_of_a_nested_sentence_is_translated_and_its_dates_shown_the_readers_way() -> (
    None
):
    written = NOW + timedelta(days=2)
    entry = write_entry(written, written.date(), "A day from the future")

    with pytest.raises(InvalidEntry) as refused:
        new_entries(Logbook(), Logbook(journal=(entry,)), NOW)

    assert str(refused.value) == (
        "the journal entry written 2026-03-03 12:00 cannot be in the future "
        "(it is now 2026-03-01 12:00)"
    )
    assert in_words(refused.value, Shouting()) == (
        "THE JOURNAL ENTRY WRITTEN 2026-03-03T12:00:00+01:00 CANNOT BE IN THE FUTURE "
        "(IT IS NOW 2026-03-01T12:00:00+01:00)"
    )


def test_a_count_is_shown_the_readers_way_and_with_commas_in_english() -> None:
    with pytest.raises(InvalidEntry) as refused:
        check_text("x" * (MAX_TEXT_LENGTH + 1))

    assert str(refused.value) == (
        "a journal entry can be at most 20,000 characters; this one has 20,001"
    )
    assert in_words(refused.value, Shouting()) == (
        "A JOURNAL ENTRY CAN BE AT MOST [20000] CHARACTERS; THIS ONE HAS [20001]"
    )


def test_a_failed_save_is_said_whole_with_the_systems_refusal_inside_it(tmp_path: Path) -> None:
    failed = WriteFailed(tmp_path / "holdfast.json", OSError(errno.ENOSPC, "No space left"))
    speaker = Shouting()

    said = in_words(failed, speaker)

    assert str(failed) == (
        f"Could not save to {tmp_path / 'holdfast.json'}: the disk is full; free some space and "
        "try again. Nothing was changed; the previous data is intact."
    )
    assert said == (
        f"COULD NOT SAVE TO {tmp_path / 'holdfast.json'}: THE DISK IS FULL; FREE SOME SPACE AND "
        "TRY AGAIN. NOTHING WAS CHANGED; THE PREVIOUS DATA IS INTACT."
    )
    assert {context for context, _ in speaker.asked} == {"StorageError"}


def test_a_damaged_file_names_its_problem_in_the_readers_language(tmp_path: Path) -> None:
    with pytest.raises(DamagedDataFile) as refused:
        parse_tables(tmp_path / "holdfast.json", b"{")

    assert in_words(refused.value, Shouting()).startswith(
        f"HOLDFAST CANNOT USE ITS DATA FILE {tmp_path / 'holdfast.json'}: IT IS NOT VALID JSON "
        "(IT MAY HAVE BEEN CUT SHORT). NOTHING HAS BEEN WRITTEN TO IT."
    )


def test_a_file_the_system_refused_is_named_in_one_translated_line(tmp_path: Path) -> None:
    error = PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "backups"))

    line = cannot_use(error, tmp_path)

    assert line == (
        f"Holdfast cannot use {tmp_path / 'backups'}: you do not have permission to use it; "
        "check who owns it, or choose a folder of your own."
    )
    assert isinstance(line, Said)
    assert line.spoken_by(Shouting()).startswith(f"HOLDFAST CANNOT USE {tmp_path / 'backups'}: YOU")


def test_a_translation_that_names_other_fields_gives_way_to_the_english_sentence() -> None:
    class Mistaken(Shouting):
        def translate(self, context: str, text: str) -> str:
            return "{when} kommt {wer}"  # fields the English does not have

    said = Said(QT_TRANSLATE_NOOP("Test", "it is now {now}"), now=date(2026, 3, 1))

    assert said.spoken_by(Mistaken()) == "it is now 2026-03-01"


def test_an_error_without_a_sentence_of_holdfasts_says_its_own_message() -> None:
    assert in_words(ValueError("plain words"), Shouting()) == "plain words"
    assert in_words(InvalidEntry("typed on the command line"), Shouting()) == (
        "typed on the command line"
    )


def test_a_sentence_copied_still_says_itself_in_another_language() -> None:
    said = Said(QT_TRANSLATE_NOOP("Test", "since {day}"), day=date(2026, 3, 1))

    copied = copy.deepcopy(said)

    assert copied == "since 2026-03-01"
    assert copied.spoken_by(Shouting()) == "SINCE 2026-03-01"

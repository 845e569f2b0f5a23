"""The check-in card: a face and a word for each mood, the pull, a line, one click each, and a
reply that answers what was chosen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.check_ins import CheckIn, Mood, Pull
from app.ui.widgets.check_in_card import CheckInCard
from tests.conftest import BERLIN

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 1)
# Cheer is not what a hard day needs: none of these in the reply to one.
CHEER = ("good to hear", "great", "well done", "!", "glad")


@pytest.fixture
def card(qtbot: QtBot) -> Iterator[CheckInCard]:
    made = CheckInCard()
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made


def _saved(mood: Mood, pull: Pull, note: str = "") -> CheckIn:
    at = datetime(2026, 3, 1, 20, 0, tzinfo=BERLIN)
    return CheckIn(id="c1", day=TODAY, at=at, mood=mood, pull=pull, note=note)


def _requests(card: CheckInCard) -> list[tuple[Mood, Pull, str]]:
    asked: list[tuple[Mood, Pull, str]] = []
    card.check_in_requested.connect(lambda mood, pull, note: asked.append((mood, pull, note)))
    return asked


def _click(button: object) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def test_each_mood_is_a_face_with_its_word_and_each_pull_a_word(card: CheckInCard) -> None:
    assert [b.text() for b in card.mood_buttons.values()] == [
        "very hard",
        "hard",
        "up and down",
        "okay",
        "good",
    ]
    assert all(not b.icon().isNull() for b in card.mood_buttons.values())
    assert [b.text() for b in card.pull_buttons.values()] == [
        "none",
        "light",
        "moderate",
        "strong",
        "overwhelming",
    ]
    assert card.mood_buttons[Mood.HARD].accessibleName() == "Today is hard"
    assert card.pull_buttons[Pull.STRONG].accessibleName() == "The pull toward them: strong"
    assert card.note.accessibleName() == "A line about today"


def test_a_mood_then_a_pull_one_click_each_asks_to_save_them(card: CheckInCard) -> None:
    asked = _requests(card)
    assert not card.pull_buttons[Pull.NONE].isVisible()  # one row until the mood is chosen

    _click(card.mood_buttons[Mood.OKAY])

    assert card.pull_buttons[Pull.NONE].isVisible()
    assert card.pull_buttons[Pull.NONE].hasFocus()  # the keyboard goes on to the next answer
    assert asked == []
    _click(card.pull_buttons[Pull.LIGHT])
    assert asked == [(Mood.OKAY, Pull.LIGHT, "")]


def test_enter_in_the_note_saves_it_with_the_answers(card: CheckInCard, qtbot: QtBot) -> None:
    asked = _requests(card)
    _click(card.mood_buttons[Mood.MIXED])
    _click(card.pull_buttons[Pull.MODERATE])
    card.show_saved(_saved(Mood.MIXED, Pull.MODERATE))

    card.note.setFocus()
    QTest.keyClicks(card.note, "Slept badly, then a good walk.")
    QTest.keyClick(card.note, Qt.Key.Key_Return)

    assert asked[-1] == (Mood.MIXED, Pull.MODERATE, "Slept badly, then a good walk.")


def test_the_keyboard_reaches_and_chooses_each_answer(card: CheckInCard) -> None:
    asked = _requests(card)
    card.mood_buttons[Mood.VERY_HARD].setFocus()
    _press(Qt.Key.Key_Tab)
    _press(Qt.Key.Key_Space)

    assert card.mood_buttons[Mood.HARD].isChecked()
    _press(Qt.Key.Key_Space)  # the focus went on to the pull's first answer, "none"
    assert asked == [(Mood.HARD, Pull.NONE, "")]


def _press(key: Qt.Key) -> None:
    """A key pressed where the focus is, as the keyboard does."""
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key)


def test_a_day_checked_in_shows_its_answers_and_one_click_changes_them(
    card: CheckInCard,
) -> None:
    asked = _requests(card)

    card.show_check_in(_saved(Mood.HARD, Pull.STRONG, "Their birthday."))

    assert card.mood_buttons[Mood.HARD].isChecked()
    assert card.pull_buttons[Pull.STRONG].isChecked()
    assert card.note.text() == "Their birthday."
    assert card.said.text() == "Saved for today; a click changes it."
    _click(card.mood_buttons[Mood.MIXED])
    assert asked == [(Mood.MIXED, Pull.STRONG, "Their birthday.")]


@pytest.mark.parametrize(
    ("mood", "pull"),
    [(Mood.VERY_HARD, Pull.NONE), (Mood.HARD, Pull.OVERWHELMING), (Mood.GOOD, Pull.STRONG)],
    ids=["very hard day", "hard day, overwhelming pull", "good day, strong pull"],
)
def test_a_hard_day_or_a_strong_pull_gets_care_and_the_help_link_not_cheer(
    card: CheckInCard, qtbot: QtBot, mood: Mood, pull: Pull
) -> None:
    card.show_saved(_saved(mood, pull))

    reply = card.said.text()
    assert card.said.isVisible()
    assert "help" in reply.lower()
    assert not any(word in reply.lower() for word in CHEER)
    assert card.help.isVisible()
    with qtbot.waitSignal(card.help_requested, timeout=1000):
        _click(card.help)


def test_a_good_day_gets_a_plain_warm_line_and_no_help_link(card: CheckInCard) -> None:
    card.show_saved(_saved(Mood.GOOD, Pull.LIGHT))

    assert card.said.text() == "Good to hear. Noted for today."
    assert not card.help.isVisible()


def test_the_reply_takes_the_focus_from_the_note(card: CheckInCard) -> None:
    card.show_check_in(_saved(Mood.OKAY, Pull.NONE))
    card.note.setFocus()

    card.show_saved(_saved(Mood.OKAY, Pull.NONE, "A quiet day."))

    # Ctrl+Z there is the window's undo, not the note's own.
    assert card.said.hasFocus()


def test_a_check_in_taken_back_clears_the_answers_and_the_reply(card: CheckInCard) -> None:
    card.show_saved(_saved(Mood.HARD, Pull.STRONG, "Rough."))

    card.show_check_in(None)

    assert not any(b.isChecked() for b in card.mood_buttons.values())
    assert not any(b.isChecked() for b in card.pull_buttons.values())
    assert card.note.text() == ""
    assert not card.said.isVisible()
    assert not card.help.isVisible()
    assert not card.pull_buttons[Pull.NONE].isVisible()


def test_a_line_being_written_is_kept_when_the_check_in_changes_elsewhere(
    card: CheckInCard, qtbot: QtBot
) -> None:
    card.show_check_in(_saved(Mood.OKAY, Pull.NONE))
    card.note.setFocus()
    QTest.keyClicks(card.note, "Half a thought")

    card.show_check_in(_saved(Mood.MIXED, Pull.LIGHT, "From the command line."))

    assert card.mood_buttons[Mood.MIXED].isChecked()
    assert card.note.text() == "Half a thought"

"""The list of check-ins: newest first in words, the selection kept when the list changes, and
Enter and Delete asking to edit and delete."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.events import new_id
from app.ui.widgets.check_in_list import CheckInList

pytestmark = pytest.mark.gui


def made(day: date, mood: Mood, pull: Pull, note: str = "") -> CheckIn:
    at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
    return CheckIn(id=new_id(), day=day, at=at, mood=mood, pull=pull, note=note)


OLDER = made(date(2026, 2, 27), Mood.HARD, Pull.STRONG, "a long day\nand a longer night")
NEWER = made(date(2026, 3, 1), Mood.OKAY, Pull.NONE)


@pytest.fixture
def shown(qtbot: QtBot) -> CheckInList:
    made_list = CheckInList()
    qtbot.addWidget(made_list)
    made_list.set_check_ins((OLDER, NEWER))
    made_list.show()
    qtbot.waitExposed(made_list)
    return made_list


def test_the_newest_comes_first_with_its_words_and_the_note_s_first_line(
    shown: CheckInList,
) -> None:
    assert shown.rows() == [
        ["Sun 1 Mar 2026", "okay", "none", ""],
        ["Fri 27 Feb 2026", "hard", "strong", "a long day"],
    ]
    assert shown.shown.text() == "2 check-ins"
    assert not shown.edit_button.isEnabled()


def test_the_selection_stays_on_its_check_in_when_a_new_day_comes(shown: CheckInList) -> None:
    shown.select(OLDER.id)

    shown.set_check_ins((OLDER, NEWER, made(date(2026, 2, 26), Mood.GOOD, Pull.NONE)))

    assert shown.selected_id() == OLDER.id
    assert shown.edit_button.isEnabled()


def test_enter_asks_to_edit_and_delete_asks_to_delete(shown: CheckInList, qtbot: QtBot) -> None:
    shown.select(NEWER.id)
    shown.table.setFocus()

    with qtbot.waitSignal(shown.edit_requested) as edit:
        QTest.keyClick(shown.table, Qt.Key.Key_Return)
    with qtbot.waitSignal(shown.delete_requested) as delete:
        QTest.keyClick(shown.table, Qt.Key.Key_Delete)

    assert edit.args == [NEWER.id]
    assert delete.args == [NEWER.id]

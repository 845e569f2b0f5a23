"""The check-in editor: it opens on the day's answers in words and hands back the new ones."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pytestqt.qtbot import QtBot

from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.events import new_id
from app.ui.dialogs.check_in import CheckInEditor

pytestmark = pytest.mark.gui

HARD_DAY = CheckIn(
    id=new_id(),
    day=date(2026, 2, 22),
    at=datetime(2026, 2, 22, 20, tzinfo=UTC),
    mood=Mood.VERY_HARD,
    pull=Pull.OVERWHELMING,
    note="I wrote to them",
)


def test_the_editor_opens_on_the_day_s_answers_and_returns_the_new_ones(qtbot: QtBot) -> None:
    editor = CheckInEditor(HARD_DAY)
    qtbot.addWidget(editor)

    assert editor.windowTitle() == "Holdfast: edit check-in"
    assert (editor.mood.currentText(), editor.pull.currentText()) == ("very hard", "overwhelming")
    assert editor.note.text() == "I wrote to them"

    editor.mood.setCurrentIndex(editor.mood.findData(Mood.MIXED))
    editor.pull.setCurrentIndex(editor.pull.findData(Pull.LIGHT))
    editor.note.setText("it passed")

    assert editor.answers() == (Mood.MIXED, Pull.LIGHT, "it passed")

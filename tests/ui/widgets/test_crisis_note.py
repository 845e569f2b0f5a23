"""Words about self-harm, threats or watching, written anywhere, are met with the crisis advice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.domain.events import UrgeKind
from app.ui.controller import Controller
from app.ui.help import crisis_advice
from app.ui.pages.journal import JournalPage
from app.ui.pages.today import TodayPage

pytestmark = pytest.mark.gui


@pytest.fixture
def today(controller: Controller, qtbot: QtBot) -> Iterator[TodayPage]:
    made = TodayPage(controller)
    qtbot.addWidget(made)
    made.resize(1100, 900)
    made.show()
    qtbot.waitExposed(made)
    yield made


def test_an_unsent_message_about_ending_it_brings_the_crisis_advice(
    today: TodayPage, qtbot: QtBot
) -> None:
    panel = today.urges
    QTest.mouseClick(panel.buttons[UrgeKind.TEXT], Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.details_button, Qt.MouseButton.LeftButton)
    note = panel.crisis_note
    assert not note.isVisible()

    panel.unsent.setPlainText("If you dont come back i dont want to be here anymore")

    qtbot.waitUntil(note.isVisible)
    assert note.text.text() == crisis_advice()
    with qtbot.waitSignal(today.help_requested):  # the help is one click away, from here too
        QTest.mouseClick(note.help, Qt.MouseButton.LeftButton)

    panel.unsent.setPlainText("I miss our walks by the river")
    qtbot.waitUntil(lambda: not note.isVisible())


def test_the_journal_keeps_what_was_written_and_answers_it_calmly(
    controller: Controller, qtbot: QtBot
) -> None:
    page = JournalPage(controller)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    page.text.setPlainText("Some days I think everyone would be better off without me.")

    qtbot.waitUntil(page.crisis_note.isVisible)
    assert "emergency number or a crisis line" in page.crisis_note.text.text()
    page.save()
    assert "better off without me" in controller.logbook.journal[0].text  # nothing refused

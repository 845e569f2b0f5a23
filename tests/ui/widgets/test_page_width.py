"""On a large window every page keeps its content at a readable width, in the middle."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui.controller import Controller
from app.ui.pages.goals import GoalsPage
from app.ui.pages.history import HistoryPage
from app.ui.pages.journal import JournalPage
from app.ui.pages.next_steps import MAX_WIDTH as NEXT_STEPS_WIDTH
from app.ui.pages.today import TodayPage

pytestmark = pytest.mark.gui

PAGES: list[Callable[[Controller], QWidget]] = [TodayPage, GoalsPage, JournalPage, HistoryPage]


@pytest.mark.parametrize("make", PAGES, ids=["today", "goals", "journal", "history"])
def test_a_wide_page_keeps_its_content_centred_and_narrow_enough(
    make: Callable[[Controller], QWidget], controller: Controller, qtbot: QtBot
) -> None:
    page = make(controller)
    qtbot.addWidget(page)
    page.resize(1500, 900)
    page.show()
    qtbot.waitExposed(page)

    layout = page.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    content = page.width() - margins.left() - margins.right()
    assert content <= max(1200, NEXT_STEPS_WIDTH)
    assert margins.left() > 100  # the room to spare is shared out on both sides

    page.resize(820, 600)
    qtbot.waitUntil(lambda: layout.contentsMargins().left() < 40)  # narrow: the usual margin

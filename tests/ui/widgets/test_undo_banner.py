"""The one undo banner the pages share: what was done, Undo while it can be, and the page's say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.ui.widgets.undo_banner import UndoBanner

pytestmark = pytest.mark.gui


@pytest.fixture
def banner(qtbot: QtBot) -> UndoBanner:
    made = UndoBanner("Undo the delete")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_it_says_nothing_until_something_was_done(qtbot: QtBot) -> None:
    banner = UndoBanner("Undo the delete")
    qtbot.addWidget(banner)

    assert banner.isHidden()


def test_undo_asks_the_page_to_take_it_back(banner: UndoBanner, qtbot: QtBot) -> None:
    banner.say("Deleted “Walk”.", undo=True)

    assert banner.text.text() == "Deleted “Walk”."
    assert banner.undo_button.isVisible()
    assert banner.undo_button.text() == "Undo"
    assert banner.undo_button.accessibleName() == "Undo the delete"
    assert banner.offers_undo
    with qtbot.waitSignal(banner.undo_requested, timeout=1000):
        QTest.mouseClick(banner.undo_button, Qt.MouseButton.LeftButton)


def test_a_line_without_undo_has_no_button(banner: UndoBanner, qtbot: QtBot) -> None:
    banner.say("Deleted “Walk”.", undo=True)

    banner.say("Saved.")

    assert banner.isVisible()
    assert banner.text.text() == "Saved."
    assert not banner.undo_button.isVisible()
    assert not banner.offers_undo


def test_the_user_s_words_are_shown_as_written(banner: UndoBanner) -> None:
    banner.say("Deleted “<b>Call Sam</b>”.")

    assert banner.text.textFormat() is Qt.TextFormat.PlainText


def test_the_line_can_hold_focus_once_the_button_pressed_is_gone(banner: UndoBanner) -> None:
    assert banner.text.focusPolicy() is Qt.FocusPolicy.ClickFocus


def test_a_page_s_own_buttons_sit_where_it_puts_them(banner: UndoBanner) -> None:
    details = QPushButton("Add details")
    forget = QPushButton("Remove from backups too")

    banner.add_button(details, before_undo=True)
    banner.add_button(forget)

    row = banner.layout()
    assert row is not None
    items = [row.itemAt(i) for i in range(row.count())]
    order = [item.widget() if item is not None else None for item in items]
    assert order == [banner.text, details, banner.undo_button, forget]

"""Healing first holds everywhere: a walk through every page of the real window reads each visible
text and finds no coaching on getting back together; the same walk without healing does find it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.intents import Touched
from app.domain.journal import BreakupReason
from app.domain.preferences import Theme
from app.ui.controller import Controller
from app.ui.main_window import MainWindow, Page

pytestmark = pytest.mark.gui

# What coaching a reconnection sounds like, on any page, in any widget. Lower case: the walk
# reads everything folded to lower case.
COACHING = (
    "reach out",
    "reaching out",
    "first message",
    "want them back",
    "answer warmly",
    "what comes next",
    "undo progress",
    "mute or unfollow",
    "what you miss",
    "patterns that were yours",
    "what did i bring",
    "ways forward",
)

TARGET_DAY = timedelta(days=18)  # the period began 12 days ago, aiming for 30
AFTER_TARGET = timedelta(days=21, hours=5)


@pytest.fixture
def window(controller: Controller, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    themes: list[Theme] = []
    made = MainWindow(controller, settings, themes.append, lambda: False)
    qtbot.addWidget(made)
    made.resize(1100, 800)
    made.show()
    qtbot.waitExposed(made)
    yield made


def _plain(text: str) -> str:
    if "<" not in text:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _visible_texts(window: MainWindow) -> str:
    """Every text the current page and the window around it show: labels, buttons, drop-down
    items, list items, tabs, placeholders, tooltips and what a screen reader says."""
    said: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        said += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            said.append(_plain(widget.text()))
        if isinstance(widget, QComboBox):
            said += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            said += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QPlainTextEdit):
            said += [widget.toPlainText(), widget.placeholderText()]
        if isinstance(widget, QLineEdit):
            said += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                said += [widget.tabText(index), widget.tabToolTip(index)]
    return "\n".join(said).casefold()


def _walk(window: MainWindow, qtbot: QtBot) -> dict[Page, list[str]]:
    """The coaching phrases found on each page, opened from its tab as a user would."""
    found: dict[Page, list[str]] = {}
    for index, page in enumerate(Page):
        window.navigation.setCurrentIndex(index)
        shown = window.page(page)
        qtbot.waitUntil(shown.isVisible)
        texts = _visible_texts(window)
        found[page] = [phrase for phrase in COACHING if phrase in texts]
    return found


def _put_healing_first(controller: Controller, how: str) -> None:
    said = controller.logbook.preferences
    if how == "unsafe":
        assert controller.set_preferences(replace(said, relationship_unsafe=True))
    elif how == "betrayal":
        assert controller.set_preferences(replace(said, relationship_betrayal=True))
    else:
        assert controller.choose_breakup_reason(BreakupReason.ABUSE, True)
    # The user takes up the Goals page's offer to swap the goals that invite self-blame.
    assert controller.answer_healing_swap(True)


@pytest.mark.parametrize("when", [TARGET_DAY, AFTER_TARGET], ids=["on the target", "after it"])
@pytest.mark.parametrize("how", ["unsafe", "betrayal", "abuse reason"])
def test_with_healing_first_no_page_coaches_reconnection(
    window: MainWindow,
    controller: Controller,
    clock: FixedClock,
    qtbot: QtBot,
    when: timedelta,
    how: str,
) -> None:
    clock.advance(when)
    _put_healing_first(controller, how)

    found = _walk(window, qtbot)

    assert found == {page: [] for page in Page}


@pytest.mark.parametrize("when", [TARGET_DAY, AFTER_TARGET], ids=["on the target", "after it"])
def test_without_healing_the_same_walk_finds_the_reconnection_path(
    window: MainWindow, controller: Controller, clock: FixedClock, qtbot: QtBot, when: timedelta
) -> None:
    clock.advance(when)
    controller.changed.emit(Touched.EVERYTHING)

    found = _walk(window, qtbot)

    assert "what comes next" in found[Page.TODAY]  # "reaching out, or moving on"
    assert "what you miss" in found[Page.GOALS]
    assert "want them back" in found[Page.JOURNAL]
    assert {"first message", "answer warmly", "undo progress"} <= set(found[Page.NEXT_STEPS])


def test_healing_first_offers_to_swap_the_goals_once(
    window: MainWindow, controller: Controller, qtbot: QtBot
) -> None:
    said = controller.logbook.preferences
    assert controller.set_preferences(replace(said, relationship_unsafe=True))
    window.show_page(Page.GOALS)
    goals = window.page(Page.GOALS)
    offer = goals.swap_offer  # type: ignore[attr-defined]
    qtbot.waitUntil(offer.isVisible)
    assert "Name the patterns that were yours" in goals.swap_text.text()  # type: ignore[attr-defined]

    goals.keep_button.click()  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: not offer.isVisible())
    titles = [goal.title for goal in controller.logbook.goals]
    assert "Name the patterns that were yours" in titles  # the user's goals, kept as asked
    controller.changed.emit(Touched.EVERYTHING)
    assert not offer.isVisible()  # asked once


def test_swapping_puts_the_healing_goals_in_the_places_of_the_old_ones(
    window: MainWindow, controller: Controller, qtbot: QtBot
) -> None:
    before = [goal.title for goal in controller.logbook.goals]
    said = controller.logbook.preferences
    assert controller.set_preferences(replace(said, relationship_unsafe=True))
    window.show_page(Page.GOALS)
    goals = window.page(Page.GOALS)
    offer = goals.swap_offer  # type: ignore[attr-defined]
    qtbot.waitUntil(offer.isVisible)

    goals.swap_button.click()  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: not offer.isVisible())
    after = [goal.title for goal in controller.logbook.goals]
    place = before.index("Name the patterns that were yours")
    assert after[place] == "Write what a kind, respectful relationship looks like to you"
    assert not {
        "Name the patterns that were yours",
        "Write what you miss: them, or being with someone",
    } & set(after)
    assert len(after) == len(before)
    controller.changed.emit(Touched.EVERYTHING)
    assert not offer.isVisible()  # asked once

"""The card on Today on a hard day: the user's label and plan in their own words, or a calm line
and a way to make a plan; the help one click away."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.domain.hard_dates import HardDate
from app.ui.widgets.hard_day_card import HardDayCard

pytestmark = pytest.mark.gui

BIRTHDAY = HardDate(
    id="b1",
    month=3,
    day=1,
    year=None,
    label="Sam's birthday",
    plan="Lunch with Ana.\nA long walk, phone at home.",
)
ANNIVERSARY = HardDate(id="a1", month=3, day=1, year=2026, label="<b>Our</b> anniversary")


@pytest.fixture
def card(qtbot: QtBot) -> Iterator[HardDayCard]:
    """The card in a shown page, as on Today."""
    page = QWidget()
    made = HardDayCard()
    QVBoxLayout(page).addWidget(made)
    qtbot.addWidget(page)
    page.resize(700, 300)
    page.show()
    qtbot.waitExposed(page)
    yield made


def _make_plan_button(card: HardDayCard) -> QPushButton:
    (button,) = [
        b
        for b in card.findChildren(QPushButton)
        if b.text() == "Make a plan for today…" and b.isVisibleTo(card)
    ]
    return button


def test_on_other_days_there_is_no_card(card: HardDayCard) -> None:
    card.show_days(())

    assert not card.isVisible()


def test_a_plan_is_shown_in_the_user_s_own_words_under_the_day_s_label(
    card: HardDayCard,
) -> None:
    card.show_days((BIRTHDAY,))

    assert card.isVisible()
    assert card.texts() == [
        "Sam's birthday",
        "Today may be hard. Your plan: Lunch with Ana.\nA long walk, phone at home.",
    ]
    assert not [b for b in card.findChildren(QPushButton) if b.text().startswith("Make a plan")]


def test_without_a_plan_a_calm_line_and_a_button_to_make_one(
    card: HardDayCard, qtbot: QtBot
) -> None:
    card.show_days((ANNIVERSARY,))

    assert card.texts() == [
        "<b>Our</b> anniversary",
        "Today may be hard, and that is all right. Go gently: do something kind for yourself, "
        "and stay near someone you trust.",
    ]
    with qtbot.waitSignal(card.plan_requested) as asked:
        QTest.mouseClick(_make_plan_button(card), Qt.MouseButton.LeftButton)
    assert asked.args == ["a1"]


def test_the_user_s_words_are_never_read_as_markup(card: HardDayCard) -> None:
    card.show_days((ANNIVERSARY,))

    (name,) = [lb for lb in card.findChildren(QLabel) if lb.text() == "<b>Our</b> anniversary"]
    assert name.textFormat() == Qt.TextFormat.PlainText  # shown as typed, brackets and all


def test_each_hard_date_of_the_day_is_shown(card: HardDayCard) -> None:
    card.show_days((BIRTHDAY, ANNIVERSARY))

    texts = card.texts()
    assert "Sam's birthday" in texts
    assert "<b>Our</b> anniversary" in texts


def test_the_help_is_one_click_away(card: HardDayCard, qtbot: QtBot) -> None:
    card.show_days((BIRTHDAY,))

    assert card.help.text() == "If it is hard right now"
    with qtbot.waitSignal(card.help_requested):
        QTest.mouseClick(card.help, Qt.MouseButton.LeftButton)


def test_the_page_s_tick_every_second_leaves_the_focus_where_the_user_put_it(
    card: HardDayCard, qtbot: QtBot
) -> None:
    card.show_days((ANNIVERSARY,))
    button = _make_plan_button(card)
    card.window().activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)

    card.show_days((ANNIVERSARY,))  # the same day shown again, as every tick does

    assert _make_plan_button(card) is button
    assert button.hasFocus()


def test_when_the_day_passes_the_card_goes(card: HardDayCard) -> None:
    card.show_days((BIRTHDAY,))
    card.show_days(())

    assert not card.isVisible()
    assert card.texts() == []

"""Then and now: the user's first words beside the latest under their dates, the weeks, the goals
ticked off and the days without contact; parts with nothing in them left out, nothing judged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.domain.check_ins import Mood, Pull
from app.domain.review import (
    CheckInLine,
    GoalKept,
    JournalLine,
    Review,
    ThenAndNow,
    UrgeWeek,
)
from app.ui.widgets.review_section import ThenAndNowSection

pytestmark = pytest.mark.gui

# Words that would grade the user rather than show what they wrote and did.
JUDGING = (
    "great",
    "well done",
    "proud",
    "fail",
    "better",
    "worse",
    "job",
    "only",
    "should",
    "amazing",
    "congrat",
    "keep it up",
    "success",
    "progress",
    "improve",
)

FULL = Review(
    began=date(2026, 3, 1),
    days_without_contact=31,
    check_ins=ThenAndNow(
        first=(CheckInLine(date(2026, 3, 2), Mood.VERY_HARD, Pull.OVERWHELMING, "Cried at work."),),
        latest=(CheckInLine(date(2026, 3, 31), Mood.OKAY, Pull.LIGHT, ""),),
    ),
    journal=ThenAndNow(
        first=(
            JournalLine(date(2026, 3, 2), "Everything reminds me of it."),
            JournalLine(date(2026, 3, 3), "Walked to the lake."),
        ),
        latest=(JournalLine(date(2026, 3, 30), "Cooked for my sister."),),
    ),
    urge_weeks=(
        UrgeWeek(1, date(2026, 3, 1), 9, whole=True),
        UrgeWeek(2, date(2026, 3, 8), 4, whole=False),
    ),
    goals_kept=(GoalKept("Walk by the river", 5), GoalKept("Call Mum", 1)),
)

NOTHING_YET = Review(
    began=date(2026, 3, 1),
    days_without_contact=1,
    check_ins=None,
    journal=None,
    urge_weeks=(),
    goals_kept=(),
)


@pytest.fixture
def section(qtbot: QtBot) -> ThenAndNowSection:
    made = ThenAndNowSection()
    qtbot.addWidget(made)
    made.resize(760, 600)
    made.set_review(FULL)
    made.show()
    qtbot.waitExposed(made)
    return made


def _label(section: QWidget, text: str) -> QLabel:
    found = [w for w in section.findChildren(QLabel) if w.isVisible() and w.text() == text]
    assert len(found) == 1, f"{text!r} is shown {len(found)} times"
    return found[0]


def _shown(section: QWidget) -> str:
    return "\n".join(w.text() for w in section.findChildren(QLabel) if w.isVisible())


def _left(section: QWidget, label: QLabel) -> int:
    return label.mapTo(section, label.rect().topLeft()).x()


def test_the_first_words_stand_left_of_the_latest_under_their_dates(
    section: ThenAndNowSection,
) -> None:
    assert _label(section, "Then and now").property("role") == "heading"
    then_first = _label(section, "Everything reminds me of it.")
    now_latest = _label(section, "Cooked for my sister.")
    assert _left(section, then_first) < _left(section, now_latest)
    assert _left(section, _label(section, "Walked to the lake.")) == _left(section, then_first)
    first_dates = [w for w in section.findChildren(QLabel) if w.text() == "Mon 2 Mar 2026"]
    assert len(first_dates) == 2  # the first check-in and the first journal line
    assert _left(section, _label(section, "Tue 31 Mar 2026")) == _left(section, now_latest)


def test_a_check_in_shows_its_answers_in_words_and_the_note_as_written(
    section: ThenAndNowSection,
) -> None:
    _label(section, "Mood: very hard. Pull: overwhelming.\nCried at work.")
    _label(section, "Mood: okay. Pull: light.")  # no note: no empty line for it


def test_the_weeks_goals_and_days_are_said_in_plain_figures(section: ThenAndNowSection) -> None:
    assert _label(section, "31 days without contact, counted from Sun 1 Mar 2026.")
    assert section.urge_weeks is not None and section.urge_weeks.isVisible()
    assert section.urge_weeks.accessibleDescription() == "Week 1: 9 urges; Week 2, so far: 4 urges"
    _label(section, "Walk by the river: 5 times")
    _label(section, "Call Mum: once")


def test_parts_with_nothing_in_them_are_left_out(section: ThenAndNowSection) -> None:
    section.set_review(NOTHING_YET)

    shown = _shown(section)
    assert shown == "Then and now\n1 day without contact, counted from Sun 1 Mar 2026."
    assert section.urge_weeks is None


def test_without_later_words_there_is_no_empty_now_column(section: ThenAndNowSection) -> None:
    only_then = ThenAndNow(first=(JournalLine(date(2026, 3, 2), "The first page."),), latest=())
    section.set_review(replace(NOTHING_YET, journal=only_then))

    shown = _shown(section).split("\n")
    assert "Then" in shown and "The first page." in shown
    assert "Now" not in shown


def test_nothing_on_it_judges(section: ThenAndNowSection) -> None:
    everything = " ".join(
        [_shown(section).lower()]
        + [
            f"{w.accessibleName()} {w.accessibleDescription()} {w.toolTip()}".lower()
            for w in section.findChildren(QWidget)
        ]
    )
    for word in JUDGING:
        assert word not in everything

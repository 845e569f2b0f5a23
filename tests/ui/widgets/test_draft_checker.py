"""The draft checker widget: notices as the user types, the crisis banner, the all-clear line."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFrame, QPushButton
from pytestqt.qtbot import QtBot

from app.domain.message_check import NoticeKind
from app.ui.widgets.draft_checker import DraftChecker

pytestmark = pytest.mark.gui

LIGHT = "Hey, saw this and thought of you. Hope you're doing well."
CRISIS_DRAFT = "Hi.\nIf you don't come back I'll kill myself.\nPlease reply, why won't you answer?"
WATCHING = "I know where you live now.\nI'm so sorry for everything."


@pytest.fixture
def checker(qtbot: QtBot) -> DraftChecker:
    made = DraftChecker()
    qtbot.addWidget(made)
    made.resize(600, 600)
    made.show()
    qtbot.waitExposed(made)
    return made


def _write(qtbot: QtBot, checker: DraftChecker, text: str) -> None:
    """Writes the draft and waits for the checker to read it once typing pauses."""
    checker.draft.setPlainText(text)
    qtbot.waitUntil(lambda: checker.checked_text == text)


def _said(checker: DraftChecker) -> str:
    """What the summary and the notices say, on screen and to a screen reader."""
    said = [checker.summary.text()]
    for label in checker.notice_labels:
        said += [label.text(), label.accessibleName()]
    if checker.crisis_banner is not None:
        said += [
            checker.crisis_banner.accessibleName(),
            checker.crisis_banner.accessibleDescription(),
        ]
    return "\n".join(said)


@pytest.mark.parametrize("draft", [CRISIS_DRAFT, WATCHING])
def test_crisis_words_show_only_the_crisis_notice_and_mark_nothing(
    checker: DraftChecker, qtbot: QtBot, draft: str
) -> None:
    _write(qtbot, checker, draft)

    assert [notice.kind for notice in checker.notices] == [NoticeKind.CRISIS]
    assert checker.in_crisis
    (label,) = checker.notice_labels
    banner = checker.crisis_banner
    assert banner is not None and banner.property("role") == "banner"
    qtbot.waitUntil(banner.isVisible)
    assert label.text().startswith("<b>Please don't send this</b>")
    assert "call your local emergency number or a crisis line now" in label.text()
    assert "talk to someone you trust" in label.text()
    assert banner.accessibleName() == "Please don't send this"
    assert "emergency number" in banner.accessibleDescription()
    assert "emergency number" in label.accessibleName()
    assert checker.draft.extraSelections() == []

    summary = checker.summary.text()
    assert summary.startswith("Holdfast won't give advice on this one.")
    assert "look at again" not in summary
    assert "still yours" not in summary
    said = _said(checker)
    for advice in ("Pressure to answer", "apology", "Line 3", "Whole message"):
        assert advice not in said
    assert not any(digit in said for digit in "0123456789")  # never a phone number
    (help_button,) = banner.findChildren(QPushButton)
    with qtbot.waitSignal(checker.help_requested):  # the help, one click away
        help_button.click()


def test_taking_the_crisis_words_out_brings_the_ordinary_notes_back(
    checker: DraftChecker, qtbot: QtBot
) -> None:
    _write(qtbot, checker, CRISIS_DRAFT)
    assert checker.crisis_banner is not None

    _write(qtbot, checker, "Hi.\nPlease reply, why won't you answer?")

    assert not checker.in_crisis
    assert checker.crisis_banner is None
    assert not [f for f in checker.findChildren(QFrame) if f.property("role") == "banner"]
    assert [notice.kind for notice in checker.notices] == [NoticeKind.PRESSURE]
    assert checker.summary.text().startswith("A few things you might look at again.")
    assert [s.cursor.selectedText() for s in checker.draft.extraSelections()] == [
        "Please reply",
        "why won't you answer?",
    ]


def test_the_all_clear_claims_no_more_than_a_rule_list_can_know(
    checker: DraftChecker, qtbot: QtBot
) -> None:
    _write(qtbot, checker, LIGHT)

    summary = checker.summary.text()
    assert summary.startswith("None of the things this checker looks for are here.")
    assert "can't read tone" in summary
    assert "read it again tomorrow" in summary
    for praise in ("good first message", "Short, light", "good", "great", "perfect", "ready"):
        assert praise not in summary
    assert checker.notice_labels == []
    assert checker.draft.extraSelections() == []


def test_before_the_target_the_all_clear_says_it_is_for_after_the_target_day(
    qtbot: QtBot,
) -> None:
    checker = DraftChecker(LIGHT, target_reached=False)
    qtbot.addWidget(checker)

    summary = checker.summary.text()
    assert summary.startswith("None of the things this checker looks for are here.")
    assert "after your target day" in summary
    assert "Unsent message box on Today" in summary
    assert "tomorrow" not in summary and "good" not in summary

    checker.set_target_reached(True)
    qtbot.waitUntil(lambda: "read it again tomorrow" in checker.summary.text())
    assert checker.target_reached

    checker.set_target_reached(False)
    qtbot.waitUntil(lambda: "after your target day" in checker.summary.text())


def test_before_the_target_a_crisis_is_still_the_crisis_notice(qtbot: QtBot) -> None:
    checker = DraftChecker("I want to die", target_reached=False)
    qtbot.addWidget(checker)

    assert checker.in_crisis
    assert checker.summary.text().startswith("Holdfast won't give advice on this one.")
    assert checker.draft.extraSelections() == []


def test_typing_a_crisis_after_ordinary_notes_takes_the_marks_away(
    checker: DraftChecker, qtbot: QtBot
) -> None:
    _write(qtbot, checker, "I'm so sorry.\nWhy did you leave?")
    assert checker.draft.extraSelections() != []
    assert len(checker.notice_labels) == 3  # the apology, the breakup and a demanding question

    checker.draft.appendPlainText("I'm outside your house.")
    qtbot.waitUntil(lambda: checker.in_crisis)

    assert checker.draft.extraSelections() == []
    assert len(checker.notice_labels) == 1
    qtbot.waitUntil(lambda: checker.crisis_banner is not None and checker.crisis_banner.isVisible())

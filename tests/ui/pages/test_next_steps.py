"""The Next steps page: two equal paths, the draft checker, healing first, and the target line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app.domain.check_ins import Mood, Pull
from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.journal import BreakupReason
from app.domain.logbook import log_urge
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.help import counsellor_advice, crisis_advice, help_text
from app.ui.pages import next_steps
from app.ui.pages.next_steps import NextStepsPage

pytestmark = pytest.mark.gui

# Words that belong to the reach-out path only: none may be on the page when healing comes first.
RECONNECTION = (
    "Reach out",
    "first message",
    "draft",
    "answer warmly",
    "casual",
    "undo progress",
    "come back",
    "Mute or unfollow",
)

PRESSURE_AND_BREAKUP = (
    "Hi, I hope you're well.\nCan we meet this week?\n🙂 I keep thinking about when we broke up."
)


@pytest.fixture
def page(controller: Controller, qtbot: QtBot) -> Iterator[NextStepsPage]:
    made = NextStepsPage(controller)
    qtbot.addWidget(made)
    made.resize(900, 900)
    made.show()
    qtbot.waitExposed(made)
    yield made


def _draft(page: NextStepsPage) -> QPlainTextEdit:
    assert page.draft is not None
    return page.draft


def _type(page: NextStepsPage, text: str) -> None:
    """Types the text into the draft key by key, Return between lines, as a user would."""
    draft = _draft(page)
    draft.setFocus()
    for number, line in enumerate(text.split("\n")):
        if number:
            QTest.keyClick(draft, Qt.Key.Key_Return)
        for character in line:
            if ord(character) > 0xFFFF:
                draft.insertPlainText(character)  # an emoji comes from the input method
            else:
                QTest.keyClicks(draft, character)


def _checked(qtbot: QtBot, page: NextStepsPage, text: str) -> None:
    """Waits for the checker to catch up with the draft after typing pauses."""
    assert page.checker is not None
    checker = page.checker
    assert _draft(page).toPlainText() == text
    qtbot.waitUntil(lambda: checker.checked_text == text)


def _everything_said(page: QWidget) -> str:
    """Every text on the page, shown or not, as screen readers and eyes could meet it."""
    said = []
    for widget in page.findChildren(QWidget):
        said += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            said.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            said += [widget.toPlainText(), widget.placeholderText()]
    return "\n".join(said)


def _tab_chain(start: QWidget) -> list[QWidget]:
    """The widgets Tab reaches from `start`, in order, until it comes round again."""
    chain = [start]
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start and len(chain) < 50:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _on_disk_files(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in folder.rglob("*") if path.is_file())


def _set_unsafe(controller: Controller, unsafe: bool) -> None:
    assert controller.set_preferences(
        replace(controller.logbook.preferences, relationship_unsafe=unsafe)
    )


def _assert_healing_first(page: NextStepsPage) -> None:
    assert page.healing
    assert page.draft is None and page.checker is None and page.reach_out is None
    assert not page.findChildren(QPlainTextEdit)
    said = _everything_said(page)
    for words in RECONNECTION:
        assert words not in said
    assert page.support is not None and page.support.isVisible()
    assert "Healing comes first" in said
    assert "counsellor or therapist" in said
    assert "support service or helpline for abuse" in said
    assert "emergency number" in said
    assert page.move_on.isVisible()


# Two equal paths


def test_both_paths_stand_side_by_side_with_equal_weight(page: NextStepsPage) -> None:
    assert not page.healing
    assert page.reach_out is not None and page.reach_out.isVisible()
    assert page.move_on.isVisible()
    assert page.support is None
    assert page.reach_out.y() == page.move_on.y()
    assert abs(page.reach_out.width() - page.move_on.width()) <= 1
    assert page.reach_out.height() == page.move_on.height()
    headings = {
        label.text(): label.property("role")
        for card in (page.reach_out, page.move_on)
        for label in card.findChildren(QLabel)
    }
    assert headings["Reach out"] == headings["Move on"] == "heading"


def test_a_narrow_page_puts_one_path_above_the_other_at_the_same_width(
    page: NextStepsPage, qtbot: QtBot
) -> None:
    assert page.reach_out is not None
    reach_out = page.reach_out
    page.resize(560, 900)

    qtbot.waitUntil(lambda: page.move_on.y() > reach_out.y())
    assert reach_out.width() == page.move_on.width()


def test_the_reach_out_path_has_the_slow_steps_and_what_undoes_progress(
    page: NextStepsPage,
) -> None:
    said = _everything_said(page)
    assert "If they answer warmly, go slowly" in said
    assert "meet somewhere casual" in said
    assert "a calm talk about what went wrong" in said
    assert "Ask about their life now, and let their answers lead." in said
    assert "What tends to undo progress" in said
    for undoing in ("over and over", "Guilt-tripping", "jealous", "commitment", "never happened"):
        assert undoing in said
    assert "Nobody can be made to come back" in said
    assert "never sends it and never saves it" in said
    assert not [b for b in page.findChildren(QAbstractButton) if "Send" in b.text()]


def test_the_counsellor_advice_is_on_the_page_and_in_the_help_menu(page: NextStepsPage) -> None:
    said = _everything_said(page)
    for paragraph in (*counsellor_advice(), crisis_advice()):
        assert paragraph in said
        assert paragraph in help_text()
    assert "not a therapist" in help_text()
    assert help_text().startswith(crisis_advice())  # the one line that cannot wait comes first
    assert "emergency number" in help_text()
    assert not any(digit in help_text() for digit in "0123456789")  # never a made-up number


# The draft and its checker


def test_a_pressure_question_and_the_breakup_are_listed_by_line_and_highlighted(
    page: NextStepsPage, qtbot: QtBot
) -> None:
    _type(page, PRESSURE_AND_BREAKUP)
    _checked(qtbot, page, PRESSURE_AND_BREAKUP)

    assert page.checker is not None
    listed = [label.accessibleName() for label in page.checker.notice_labels]
    assert len(listed) == 2
    assert listed[0].startswith("Line 2 · Pressure to answer: This part may feel to them")
    assert "“Can we meet this week?”" in listed[0]
    assert listed[1].startswith("Line 3 · The breakup or getting back together: ")
    assert "“we broke up”" in listed[1]
    labels = page.checker.notice_labels
    # A label added to a page on screen is shown once the event loop next runs.
    qtbot.waitUntil(lambda: all(label.isVisible() for label in labels))
    assert "look at again" in page.checker.summary.text()
    assert page.checker.word_count.text() == "18 words"

    # The emoji on line 3 counts as two units in Qt's document: the marks still fit the words.
    selections = _draft(page).extraSelections()
    assert [s.cursor.selectedText() for s in selections] == [
        "Can we meet this week?",
        "we broke up",
    ]
    accent = page.palette().color(QPalette.ColorRole.Highlight)
    for selection in selections:
        assert selection.format.background().color().rgb() == accent.rgb()  # calm, not red


def test_a_light_draft_gets_the_calm_line_and_no_marks(page: NextStepsPage, qtbot: QtBot) -> None:
    light = "Hey, saw this and thought of you. Hope you're doing well."
    _type(page, light)
    _checked(qtbot, page, light)

    assert page.checker is not None
    assert page.checker.summary.text().startswith("None of the things this checker looks for")
    assert page.checker.notice_labels == []
    assert _draft(page).extraSelections() == []
    assert page.checker.word_count.text() == "11 words"


def test_the_checker_waits_for_a_pause_in_typing(page: NextStepsPage, qtbot: QtBot) -> None:
    assert page.checker is not None
    _type(page, "Why did you leave?")

    assert page.checker.notice_labels == []  # not yet: typing has only just stopped
    qtbot.waitUntil(lambda: page.checker is not None and len(page.checker.notice_labels) == 2)


def test_editing_the_draft_takes_back_notices_that_no_longer_apply(
    page: NextStepsPage, qtbot: QtBot
) -> None:
    _type(page, PRESSURE_AND_BREAKUP)
    _checked(qtbot, page, PRESSURE_AND_BREAKUP)

    _draft(page).selectAll()
    _type(page, "Hope the new job is going well!")

    qtbot.waitUntil(lambda: page.checker is not None and not page.checker.notice_labels)
    assert page.checker is not None
    assert page.checker.summary.text().startswith("None of the things")
    assert _draft(page).extraSelections() == []


def test_the_draft_survives_a_change_elsewhere_and_a_render(
    page: NextStepsPage, controller: Controller, clock: FixedClock, qtbot: QtBot
) -> None:
    _type(page, PRESSURE_AND_BREAKUP)
    _checked(qtbot, page, PRESSURE_AND_BREAKUP)
    draft = _draft(page)
    draft.moveCursor(draft.textCursor().MoveOperation.Start)
    draft.moveCursor(draft.textCursor().MoveOperation.Down)
    where = draft.textCursor().position()

    other = Store(controller.store.folder)  # another process, say the command line
    with other.transaction(clock.now()) as changes:
        changes.add(log_urge(clock.now(), UrgeKind.TEXT))
    with qtbot.waitSignal(controller.changed):
        assert controller.refresh()
    page.show_entries()

    assert page.draft is draft
    assert draft.toPlainText() == PRESSURE_AND_BREAKUP
    assert draft.textCursor().position() == where
    assert page.checker is not None and len(page.checker.notice_labels) == 2


def test_the_draft_is_never_saved(
    page: NextStepsPage, controller: Controller, qtbot: QtBot
) -> None:
    marker = "Thinking of you at the lighthouse"
    _type(page, marker)
    _checked(qtbot, page, marker)
    _set_unsafe(controller, True)  # a change that saves, with the draft kept in the window
    _set_unsafe(controller, False)

    assert marker.encode() not in _on_disk_files(controller.store.folder)
    assert _draft(page).toPlainText() == marker


# Healing first


def test_saying_in_settings_it_was_unsafe_puts_healing_first(
    page: NextStepsPage, controller: Controller, qtbot: QtBot
) -> None:
    _type(page, PRESSURE_AND_BREAKUP)

    _set_unsafe(controller, True)

    _assert_healing_first(page)
    assert page.healing_note is not None
    assert "You said so in Settings" in page.healing_note.text()
    assert page.settings_button is not None and page.settings_button.isVisible()
    assert page.reasons_button is not None and not page.reasons_button.isVisible()


def test_choosing_abuse_among_the_reasons_puts_healing_first(
    page: NextStepsPage, controller: Controller
) -> None:
    assert controller.set_breakup_reasons({BreakupReason.ABUSE, BreakupReason.TRUST})

    _assert_healing_first(page)
    assert page.healing_note is not None
    assert "among the reasons it ended, in the Journal" in page.healing_note.text()
    assert page.reasons_button is not None and page.reasons_button.isVisible()
    assert page.settings_button is not None and not page.settings_button.isVisible()


def test_when_both_say_so_the_note_names_both_places(
    page: NextStepsPage, controller: Controller
) -> None:
    _set_unsafe(controller, True)
    assert controller.set_breakup_reasons({BreakupReason.ABUSE})

    assert page.healing_note is not None
    assert "untick it in both places" in page.healing_note.text()
    assert page.settings_button is not None and page.settings_button.isVisible()
    assert page.reasons_button is not None and page.reasons_button.isVisible()

    _set_unsafe(controller, False)  # still healing first: the reason is still chosen

    _assert_healing_first(page)
    assert "in the Journal" in page.healing_note.text()
    assert not page.settings_button.isVisible()


def test_turning_it_off_brings_the_reach_out_path_back_with_the_draft(
    page: NextStepsPage, controller: Controller, qtbot: QtBot
) -> None:
    _type(page, PRESSURE_AND_BREAKUP)
    _set_unsafe(controller, True)
    _assert_healing_first(page)

    _set_unsafe(controller, False)

    assert not page.healing
    assert page.reach_out is not None and page.reach_out.isVisible()
    assert page.support is None
    assert _draft(page).toPlainText() == PRESSURE_AND_BREAKUP
    assert page.checker is not None and len(page.checker.notice_labels) == 2
    assert "Healing comes first" not in _everything_said(page)


def test_untaking_abuse_from_the_reasons_brings_the_reach_out_path_back(
    page: NextStepsPage, controller: Controller
) -> None:
    assert controller.set_breakup_reasons({BreakupReason.ABUSE})
    _assert_healing_first(page)

    assert controller.set_breakup_reasons({BreakupReason.TRUST})

    assert page.reach_out is not None and page.draft is not None


def test_a_page_built_while_healing_comes_first_never_shows_the_reach_out_path(
    controller: Controller, qtbot: QtBot
) -> None:
    _set_unsafe(controller, True)
    made = NextStepsPage(controller)
    qtbot.addWidget(made)
    made.show()

    _assert_healing_first(made)


# Where the buttons lead


def test_the_move_on_buttons_open_goals_and_the_journal(page: NextStepsPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.open_page) as goals:
        QTest.mouseClick(page.goals_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.open_page) as journal:
        QTest.mouseClick(page.journal_button, Qt.MouseButton.LeftButton)

    assert goals.args == ["goals"]
    assert journal.args == ["journal"]


def test_healing_first_is_offered_above_the_two_paths_in_the_words_of_what_happened(
    page: NextStepsPage, controller: Controller, qtbot: QtBot
) -> None:
    assert page.healing_switch is not None and page.reach_out is not None
    assert page.healing_switch.y() < page.reach_out.mapTo(page, page.reach_out.rect().topLeft()).y()
    assert page.unsafe_button is not None and page.betrayal_button is not None
    said = _everything_said(page.healing_switch)
    assert "abusive or controlling" in said and "betrayal" in said

    QTest.mouseClick(page.betrayal_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.healing)
    assert controller.logbook.preferences.relationship_betrayal
    said = _everything_said(page)
    assert "betrayal or constant disrespect" in said
    # Betrayal is not called unsafe, and help meant for abuse is not offered for it.
    assert "unsafe" not in said
    assert "helpline for abuse" not in said
    assert "controlling relationships" not in said


def test_abuse_brings_abuse_specific_support(
    page: NextStepsPage, controller: Controller, qtbot: QtBot
) -> None:
    assert page.unsafe_button is not None
    QTest.mouseClick(page.unsafe_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.healing)
    assert controller.logbook.preferences.relationship_unsafe
    _assert_healing_first(page)


def test_before_the_target_the_reach_out_path_says_first_that_it_is_for_later(
    page: NextStepsPage, clock: FixedClock
) -> None:
    assert page.after_target_note is not None and page.reach_out is not None
    assert page.after_target_note.isVisible()
    assert "after your target day" in page.after_target_note.text()
    assert "on Today" in page.after_target_note.text()
    card = page.reach_out
    below_heading = sorted(
        (label for label in card.findChildren(QLabel) if label.isVisible() and label.text()),
        key=lambda label: label.mapTo(card, QPoint(0, 0)).y(),
    )[1:]
    assert below_heading[0] is page.after_target_note  # said before any advice on writing
    assert page.checker is not None
    assert (
        page.after_target_note.mapTo(card, QPoint(0, 0)).y()
        < page.checker.mapTo(card, QPoint(0, 0)).y()
    )

    clock.advance(timedelta(days=19))
    page.tick()

    assert not page.after_target_note.isVisible()


def test_settings_is_one_click_away_when_healing_comes_first(
    page: NextStepsPage, controller: Controller, qtbot: QtBot
) -> None:
    _set_unsafe(controller, True)
    assert controller.set_breakup_reasons({BreakupReason.ABUSE})

    assert page.settings_button is not None and page.reasons_button is not None
    with qtbot.waitSignal(page.open_settings):
        QTest.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.open_page) as journal:
        QTest.mouseClick(page.reasons_button, Qt.MouseButton.LeftButton)
    assert journal.args == ["journal"]


def test_a_change_made_through_a_button_may_take_that_button_away(
    page: NextStepsPage, controller: Controller, qtbot: QtBot
) -> None:
    # The switch above the paths takes away the very button that was clicked.
    assert page.unsafe_button is not None
    QTest.mouseClick(page.unsafe_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.healing)
    _assert_healing_first(page)


def test_tab_goes_down_the_page_in_reading_order(page: NextStepsPage) -> None:
    draft = _draft(page)

    assert _tab_chain(draft) == [
        draft,
        page.goals_button,
        page.journal_button,
        page.unsafe_button,  # round again to the top: healing first, above the two paths
        page.betrayal_button,
    ]


# Where you are


def test_the_line_at_the_top_says_how_far_away_the_target_is(
    page: NextStepsPage, clock: FixedClock
) -> None:
    assert page.where_you_are.text() == (
        "Your target is 18 days away. You can read this now; there is no rush."
    )
    clock.advance(timedelta(days=17))
    page.tick()
    assert page.where_you_are.text().startswith("Your target is one day away.")

    clock.advance(timedelta(hours=12))  # midnight: the target is at noon
    page.tick()
    assert page.where_you_are.text().startswith("Your target is later today.")


@pytest.mark.parametrize(
    ("later", "today_says", "next_steps_says"),
    [
        (timedelta(hours=10, minutes=30), "17 days 13:30:00 to go", "17 days away"),
        (timedelta(days=16, hours=23), "1 day 01:00:00 to go", "one day away"),
        (timedelta(days=17, hours=1), "0 days 23:00:00 to go", "less than a day away"),
        (timedelta(days=17, hours=13), "0 days 11:00:00 to go", "later today"),
    ],
)
def test_the_line_at_the_top_agrees_with_today_on_the_days_to_go(
    page: NextStepsPage,
    controller: Controller,
    clock: FixedClock,
    qtbot: QtBot,
    later: timedelta,
    today_says: str,
    next_steps_says: str,
) -> None:
    from app.ui.pages.today import TodayPage

    today = TodayPage(controller)
    qtbot.addWidget(today)
    clock.advance(later)
    today.tick()
    page.tick()

    assert today.time_left.text() == today_says
    assert page.where_you_are.text().startswith(f"Your target is {next_steps_says}.")


def test_the_line_at_the_top_celebrates_once_the_target_is_passed(
    page: NextStepsPage, clock: FixedClock
) -> None:
    clock.advance(timedelta(days=18, seconds=1))
    page.tick()

    assert page.where_you_are.text() == (
        "You reached day 30. Whatever you choose next, this growth is yours."
    )
    assert page.reach_out is not None  # reaching the target changes nothing else: both paths


def test_when_healing_comes_first_the_reached_target_offers_no_choice_about_them(
    page: NextStepsPage, controller: Controller, clock: FixedClock
) -> None:
    _set_unsafe(controller, True)
    clock.advance(timedelta(days=18, seconds=1))
    page.tick()

    assert page.where_you_are.text() == "You reached day 30. The strength it took is yours to keep."


def test_the_line_follows_the_clock_by_itself(
    controller: Controller, clock: FixedClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(next_steps, "TICK_MS", 20)
    made = NextStepsPage(controller)
    qtbot.addWidget(made)

    clock.advance(timedelta(days=19))

    qtbot.waitUntil(lambda: made.where_you_are.text().startswith("You reached day 30."))


def test_before_the_period_starts_the_page_says_where_to_set_it(
    qapp: object, clock: FixedClock, tmp_path: Path, qtbot: QtBot
) -> None:
    controller = Controller(Store(tmp_path / "fresh"), clock)
    made = NextStepsPage(controller)
    qtbot.addWidget(made)

    assert made.where_you_are.text().startswith("Once you set when your last contact was")
    assert made.reach_out is not None
    controller.deleteLater()


# Then and now, once the target is reached


def _write_the_weeks(controller: Controller, clock: FixedClock) -> None:
    """A check-in and a journal line on day 12 of the run, and again on day 20."""
    for mood, pull, note, text in (
        (Mood.VERY_HARD, Pull.STRONG, "Kept picking up the phone.", "The flat is so quiet."),
        (Mood.OKAY, Pull.LIGHT, "Went climbing with Sam.", "Slept through the night."),
    ):
        assert controller.check_in(mood, pull, note) is not None
        assert controller.add_journal_entry(clock.now().date(), text) is not None
        assert controller.log_urge(UrgeKind.TEXT) is not None
        clock.advance(timedelta(days=8))


def _shown_text(page: QWidget) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]


def test_before_the_target_there_is_no_review(
    page: NextStepsPage, controller: Controller, clock: FixedClock
) -> None:
    _write_the_weeks(controller, clock)  # day 28 of 30 now
    page.tick()

    assert not page.review.isVisible()
    assert "Then and now" not in _shown_text(page)
    assert "The flat is so quiet." not in _shown_text(page)


def test_from_the_target_day_the_review_comes_before_the_two_paths(
    page: NextStepsPage, controller: Controller, clock: FixedClock
) -> None:
    _write_the_weeks(controller, clock)
    clock.advance(timedelta(days=2, seconds=1))  # past the target, at day 30
    page.tick()

    assert page.review.isVisible()
    shown = _shown_text(page)
    for words in ("The flat is so quiet.", "Slept through the night."):
        assert words in shown
    assert "Mood: very hard. Pull: strong.\nKept picking up the phone." in shown
    assert "30 days without contact, counted from Tue 17 Feb 2026." in shown
    assert page.review.urge_weeks is not None
    assert page.reach_out is not None
    top_of = page.review.mapTo(page, QPoint(0, 0)).y()
    assert top_of < page.reach_out.mapTo(page, QPoint(0, 0)).y()
    assert top_of > page.where_you_are.mapTo(page, QPoint(0, 0)).y()


def test_the_review_takes_in_what_is_written_after_the_target(
    page: NextStepsPage, controller: Controller, clock: FixedClock, qtbot: QtBot
) -> None:
    _write_the_weeks(controller, clock)
    clock.advance(timedelta(days=5))
    page.tick()
    assert "Back at the lake today." not in _shown_text(page)

    controller.add_journal_entry(clock.now().date(), "Back at the lake today.")

    qtbot.waitUntil(lambda: "Back at the lake today." in _shown_text(page))


def test_when_healing_comes_first_the_review_is_there_and_names_no_reconnection(
    page: NextStepsPage, controller: Controller, clock: FixedClock
) -> None:
    _write_the_weeks(controller, clock)
    _set_unsafe(controller, True)
    clock.advance(timedelta(days=3))
    page.tick()

    assert page.review.isVisible()
    assert "Mood: okay. Pull: light.\nWent climbing with Sam." in _shown_text(page)
    _assert_healing_first(page)

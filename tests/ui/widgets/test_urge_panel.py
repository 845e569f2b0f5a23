"""One click logs an urge: saved, confirmed, counted, timed, undoable, and details added."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.domain.journal import BreakupReason, Prompt
from app.domain.preferences import Theme
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.pages.today import TodayPage
from app.ui.theme import apply_theme
from app.ui.widgets.urge_panel import UrgePanel
from app.ui.wording import urge_labels

pytestmark = pytest.mark.gui

ALL_KINDS = list(UrgeKind)
WILL_PASS = "It\u00a0will\u00a0pass."  # a wrap never leaves "It" alone at a line's end


@pytest.fixture
def page(controller: Controller, qtbot: QtBot) -> Iterator[TodayPage]:
    made = TodayPage(controller)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made


@pytest.fixture
def panel(page: TodayPage) -> UrgePanel:
    return page.urges


def _saved_urges(controller: Controller) -> list[Urge]:
    return [e for e in Store(controller.store.folder).load().events if isinstance(e, Urge)]


def _click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _button(parent: QWidget, text: str) -> QPushButton:
    (found,) = [b for b in parent.findChildren(QPushButton) if b.text() == text]
    return found


def test_there_are_six_buttons_one_per_kind(panel: UrgePanel) -> None:
    assert list(panel.buttons) == ALL_KINDS
    assert [b.text() for b in panel.buttons.values()] == list(urge_labels().values())
    assert len(ALL_KINDS) == 6


@pytest.mark.parametrize("kind", ALL_KINDS, ids=[k.value for k in ALL_KINDS])
def test_a_click_saves_the_urge_confirms_counts_and_starts_the_timer(
    page: TodayPage, panel: UrgePanel, controller: Controller, clock: FixedClock, kind: UrgeKind
) -> None:
    assert panel.urges_today.text() == "Urges resisted today: 0"
    assert not panel.confirmation.isVisible()
    assert not panel.ride.isVisible()

    _click(panel.buttons[kind])

    (saved,) = _saved_urges(controller)
    assert saved.kind is kind
    assert saved.at == clock.now()
    label = urge_labels()[kind].lower()
    assert panel.confirmation.isVisible()
    assert panel.confirmation_text.text() == (
        f"Logged: an urge you didn't act on. {WILL_PASS}"
        if kind is UrgeKind.OTHER
        else f"Logged: you wanted to {label}, and you didn't. {WILL_PASS}"
    )
    assert panel.undo_button.text() == "Undo"
    assert panel.urges_today.text() == "Urges resisted today: 1"
    assert panel.ride.isVisible()
    assert panel.ride_time.text() == "Ride it out: 10:00"

    clock.advance(timedelta(seconds=90))
    page.tick()
    assert panel.ride_time.text() == "Ride it out: 8:30"


@pytest.mark.parametrize("kind", ALL_KINDS, ids=[k.value for k in ALL_KINDS])
def test_undo_removes_the_urge_from_disk_and_the_line_says_so(
    panel: UrgePanel, controller: Controller, kind: UrgeKind
) -> None:
    _click(panel.buttons[kind])
    assert len(_saved_urges(controller)) == 1

    _click(panel.undo_button)

    assert _saved_urges(controller) == []
    assert panel.confirmation_text.text() == "Removed: that urge is no longer logged."
    assert not panel.undo_button.isVisible()
    assert not panel.details_button.isVisible()
    assert not panel.ride.isVisible()
    assert panel.urges_today.text() == "Urges resisted today: 0"


def test_a_second_urge_counts_two_and_undo_takes_back_only_the_second(
    panel: UrgePanel, controller: Controller
) -> None:
    _click(panel.buttons[UrgeKind.CALL])
    _click(panel.buttons[UrgeKind.SOCIAL])
    assert panel.urges_today.text() == "Urges resisted today: 2"

    _click(panel.undo_button)

    assert [u.kind for u in _saved_urges(controller)] == [UrgeKind.CALL]
    assert panel.urges_today.text() == "Urges resisted today: 1"


def test_the_confirmation_s_undo_takes_back_its_urge_even_after_a_goal_was_deleted(
    panel: UrgePanel, controller: Controller
) -> None:
    _click(panel.buttons[UrgeKind.TEXT])
    goal = controller.logbook.goals[0]
    assert controller.delete_goal(goal.id) is not None  # on the Goals page, after the urge

    _click(panel.undo_button)

    assert _saved_urges(controller) == []
    assert panel.confirmation_text.text() == "Removed: that urge is no longer logged."
    assert goal not in Store(controller.store.folder).load().goals  # still deleted


def test_ctrl_z_for_something_else_leaves_the_urge_confirmed(
    panel: UrgePanel, controller: Controller
) -> None:
    _click(panel.buttons[UrgeKind.TEXT])
    goal = controller.logbook.goals[0]
    controller.delete_goal(goal.id)

    assert controller.undo()  # the window's Edit > Undo: the goal comes back

    assert goal in controller.logbook.goals
    assert len(_saved_urges(controller)) == 1
    assert panel.confirmation.isVisible()


def test_an_urge_deleted_elsewhere_takes_its_undo_and_timer_with_it(
    panel: UrgePanel, controller: Controller
) -> None:
    _click(panel.buttons[UrgeKind.CALL])
    (urge,) = _saved_urges(controller)

    assert controller.delete_entry(urge.id) is not None  # on the History page

    assert panel.confirmation_text.text() == "Removed: that urge is no longer logged."
    assert not panel.undo_button.isVisible()
    assert not panel.ride.isVisible()


def test_after_details_are_saved_the_button_says_it_removes_the_whole_urge(
    panel: UrgePanel, controller: Controller
) -> None:
    _log_with_unsent_message(panel, "I miss you")
    assert panel.confirmation_text.text() == "Details saved."
    # Not "Undo" beside "Details saved.": it takes back the urge, its message with it.
    assert panel.undo_button.text() == "Remove this urge"
    assert "with its details" in panel.undo_button.accessibleName()

    _click(panel.undo_button)

    assert _saved_urges(controller) == []
    assert panel.confirmation_text.text() == "Removed: that urge is no longer logged."


def test_undoing_a_contact_says_it_is_no_longer_recorded(
    page: TodayPage, panel: UrgePanel, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain.events import ContactKind, StartedBy
    from app.ui.dialogs.contact import ContactDetails, ContactDialog

    details = ContactDetails(ContactKind.TEXT, StartedBy.THEM, False, "")
    monkeypatch.setattr(ContactDialog, "ask", classmethod(lambda cls, *a, **k: details))
    page.record_contact()
    assert panel.confirmation_text.text() == "Recorded. Your run goes on."

    _click(panel.undo_button)

    assert panel.confirmation_text.text() == "Removed: that contact is no longer recorded."


@pytest.mark.parametrize("how", ["save details", "it has passed"])
def test_focus_rests_on_the_line_that_says_what_happened_not_on_a_goal(
    page: TodayPage, panel: UrgePanel, controller: Controller, qtbot: QtBot, how: str
) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    _click(panel.buttons[UrgeKind.TEXT])
    if how == "save details":
        _click(panel.details_button)
        save = _button(panel.details, "Save details")
        save.setFocus()
        QTest.keyClick(save, Qt.Key.Key_Space)
        said = panel.confirmation_text
    else:
        panel.passed_button.setFocus()
        QTest.keyClick(panel.passed_button, Qt.Key.Key_Space)
        said = panel.ridden_out

    qtbot.waitUntil(lambda: QApplication.focusWidget() is said)
    # Space where focus went does nothing: no goal is ticked that nobody chose.
    QTest.keyClick(said, Qt.Key.Key_Space)
    assert Store(controller.store.folder).load().completions == ()
    assert not page.goals.hasFocus()


def test_it_has_passed_is_acknowledged_quietly(panel: UrgePanel) -> None:
    _click(panel.buttons[UrgeKind.CALL])

    _click(panel.passed_button)

    assert not panel.ride.isVisible()
    assert panel.ridden_out.isVisible()
    assert panel.ridden_out.text() == "It passed. You rode it out."
    assert panel.ridden_out.property("role") == "muted"


def test_the_ride_it_out_timer_ends_after_ten_minutes(
    page: TodayPage, panel: UrgePanel, clock: FixedClock
) -> None:
    _click(panel.buttons[UrgeKind.TEXT])

    assert panel.passed_button.text() == "It has passed"
    clock.advance(timedelta(minutes=10))
    page.tick()

    assert panel.ride_time.text() == "Ten minutes ridden out. Well done."
    # The timer's end and its button agree: nothing left to claim, it closes.
    assert panel.passed_button.text() == "Done"
    _click(panel.passed_button)
    assert not panel.ride.isVisible()
    assert panel.ridden_out.text() == "Ten minutes ridden out."


def test_the_timer_counts_down_on_the_page_s_own_tick(
    panel: UrgePanel, clock: FixedClock, qtbot: QtBot
) -> None:
    _click(panel.buttons[UrgeKind.TEXT])
    clock.advance(timedelta(seconds=90))

    qtbot.waitUntil(lambda: panel.ride_time.text() == "Ride it out: 8:30", timeout=2500)


def test_ctrl_1_to_ctrl_6_are_the_buttons_shortcuts(panel: UrgePanel) -> None:
    shortcuts = [b.shortcut() for b in panel.buttons.values()]

    assert shortcuts == [QKeySequence(f"Ctrl+{n}") for n in range(1, 7)]
    for number, button in enumerate(panel.buttons.values(), start=1):
        assert f"(Ctrl+{number})" in button.toolTip()


def test_a_shortcut_logs_its_urge(
    page: TodayPage, panel: UrgePanel, controller: Controller, qtbot: QtBot
) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)

    QTest.keyClick(page.windowHandle(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)

    # A shortcut animates the button's click, which lands a moment later.
    qtbot.waitUntil(lambda: bool(_saved_urges(controller)), timeout=2000)
    assert [u.kind for u in _saved_urges(controller)] == [UrgeKind.FRIENDS]
    assert panel.urges_today.text() == "Urges resisted today: 1"


def test_details_of_a_text_urge_keep_the_strength_the_note_and_the_unsent_message(
    panel: UrgePanel, controller: Controller
) -> None:
    _click(panel.buttons[UrgeKind.TEXT])
    assert not panel.details.isVisible()

    _click(panel.details_button)
    assert panel.details.isVisible()
    assert panel.unsent.isVisible()
    assert panel.intensity_value.text() == "not rated"
    panel.intensity.setValue(7)
    assert panel.intensity_value.text() == "7"
    QTest.keyClicks(panel.note, "after the song")
    QTest.keyClicks(panel.unsent, "I miss you")
    _click(_button(panel.details, "Save details"))

    (saved,) = _saved_urges(controller)
    assert (saved.kind, saved.intensity, saved.note, saved.unsent_message) == (
        UrgeKind.TEXT,
        7,
        "after the song",
        "I miss you",
    )
    assert not panel.details.isVisible()
    assert panel.confirmation_text.text() == "Details saved."


@pytest.mark.parametrize(
    "kind", [k for k in ALL_KINDS if k is not UrgeKind.TEXT], ids=lambda k: k.value
)
def test_only_a_text_urge_offers_an_unsent_message(
    panel: UrgePanel, controller: Controller, kind: UrgeKind
) -> None:
    _click(panel.buttons[kind])
    _click(panel.details_button)

    assert panel.details.isVisible()
    assert not panel.unsent.isVisible()
    assert not panel.unsent_label.isVisible()

    panel.intensity.setValue(3)
    QTest.keyClicks(panel.note, "a quiet evening")
    _click(_button(panel.details, "Save details"))

    (saved,) = _saved_urges(controller)
    assert (saved.kind, saved.intensity, saved.note, saved.unsent_message) == (
        kind,
        3,
        "a quiet evening",
        "",
    )


def test_the_ride_it_out_suggestion_names_one_of_the_user_s_goals(
    panel: UrgePanel, controller: Controller
) -> None:
    _click(panel.buttons[UrgeKind.CALL])

    prefix = "Meanwhile, from your goals: "
    text = panel.ride_suggestion.text()
    assert text.startswith(prefix)
    assert text.removeprefix(prefix) in {g.title for g in controller.logbook.goals}


def _log_with_unsent_message(panel: UrgePanel, message: str) -> None:
    _click(panel.buttons[UrgeKind.TEXT])
    _click(panel.details_button)
    QTest.keyClicks(panel.unsent, message)
    _click(_button(panel.details, "Save details"))


def _ride_texts(panel: UrgePanel, qtbot: QtBot, urges: int) -> list[str]:
    """What the ride-it-out panel offers at each of the next `urges` urges."""
    shown = []
    for _ in range(urges):
        _click(panel.buttons[UrgeKind.CALL])
        qtbot.waitUntil(panel.ride.isVisible)
        shown.append(panel.ride_suggestion.text())
    return shown


def test_a_later_urge_can_hold_up_an_earlier_unsent_message(panel: UrgePanel, qtbot: QtBot) -> None:
    _log_with_unsent_message(panel, "I miss you <3")

    shown = _ride_texts(panel, qtbot, 6)

    expected = "Earlier you wanted to send “I miss you <3”. That urge passed too."
    assert expected in shown
    assert panel.ride_suggestion.textFormat() is Qt.TextFormat.PlainText  # their words, as written


def test_when_healing_comes_first_no_unsent_message_is_held_up(
    panel: UrgePanel, controller: Controller, qtbot: QtBot
) -> None:
    _log_with_unsent_message(panel, "I miss you")
    assert controller.set_preferences(
        replace(controller.logbook.preferences, relationship_unsafe=True)
    )

    shown = _ride_texts(panel, qtbot, 12)

    assert not any("I miss you" in text for text in shown)
    assert any(text.startswith("Meanwhile, from your goals: ") for text in shown)


def test_an_unsent_message_about_harm_is_never_held_up(panel: UrgePanel, qtbot: QtBot) -> None:
    _log_with_unsent_message(panel, "If you don't answer I'll kill myself")

    shown = _ride_texts(panel, qtbot, 12)

    assert not any("kill myself" in text for text in shown)


def test_the_ride_it_out_panel_holds_up_the_user_s_own_reasons_and_a_friend(
    panel: UrgePanel, controller: Controller, qtbot: QtBot
) -> None:
    assert controller.set_breakup_reasons({BreakupReason.LIFE_GOALS})
    entry = controller.add_journal_entry(
        controller.now().date(), "We never agreed on where to live.", Prompt.WHY_ENDED
    )
    assert entry is not None

    shown = _ride_texts(panel, qtbot, 12)

    assert "You wrote why it ended: “We never agreed on where to live.”" in shown
    assert "One reason it ended, as you named it: We wanted different things from life" in shown
    assert "Text a friend instead: tell them you're having a hard moment." in shown


def _ink_lightness(button: QPushButton) -> float:
    """How light the drawn strokes of the button's icon are, 0 (black) to 1 (white)."""
    image = button.icon().pixmap(48, 48).toImage()
    inked = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert inked, "the icon draws nothing"
    return sum(color.lightnessF() for color in inked) / len(inked)


def test_urge_icons_follow_the_theme_s_text_colour(panel: UrgePanel, app: QApplication) -> None:
    apply_theme(app, Theme.DARK)
    on_dark = _ink_lightness(panel.buttons[UrgeKind.TEXT])
    apply_theme(app, Theme.LIGHT)
    on_light = _ink_lightness(panel.buttons[UrgeKind.TEXT])

    assert on_dark > 0.7  # light strokes on a dark button
    assert on_light < 0.3  # dark strokes on a light button

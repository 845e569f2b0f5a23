"""The Journal page: writing, editing, searching and deleting entries, and why it ended."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.journal import (
    PROMPT_QUESTIONS,
    PROMPT_TITLES,
    BreakupReason,
    JournalEntry,
    Prompt,
)
from app.domain.logbook import Logbook, log_urge
from app.domain.preferences import Preferences
from app.domain.safety import healing_first
from app.storage.errors import StoreBusy
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.pages.journal import JournalPage, discard_question

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 1)  # the fixed clock's day in Berlin


@pytest.fixture
def page(controller: Controller, qtbot: QtBot) -> Iterator[JournalPage]:
    made = JournalPage(controller)
    qtbot.addWidget(made)
    made.resize(1000, 900)
    made.show()
    qtbot.waitExposed(made)
    yield made


def _on_disk(controller: Controller) -> Logbook:
    return Store(controller.store.folder).load()


def _click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _listed(page: JournalPage) -> list[str]:
    return [page.entries.item(row).text() for row in range(page.entries.count())]


def _choose_prompt(page: JournalPage, prompt: Prompt | None) -> None:
    page.prompt.setCurrentIndex(page.prompt.findData(prompt.value if prompt else ""))


def _write(page: JournalPage, text: str) -> None:
    page.text.setFocus()
    QTest.keyClicks(page.text, text)


def _saved_entry(controller: Controller, day: date, text: str) -> JournalEntry:
    entry = controller.add_journal_entry(day, text)
    assert entry is not None
    return entry


def _edit_elsewhere(
    controller: Controller, clock: FixedClock, entry: JournalEntry, text: str
) -> None:
    """Another Holdfast process saves `text` as the entry's new words."""
    with Store(controller.store.folder).transaction(clock.now()) as changes:
        changes.replace_journal_entry(replace(entry, text=text, edited_at=clock.now()))


def _open(page: JournalPage, entry: JournalEntry) -> None:
    (row,) = [
        r
        for r in range(page.entries.count())
        if page.entries.item(r).data(Qt.ItemDataRole.UserRole) == entry.id
    ]
    page.entries.setCurrentRow(row)


def test_a_new_entry_is_saved_and_listed(page: JournalPage, controller: Controller) -> None:
    assert page.entries.count() == 0
    assert page.empty_note.isVisible()
    assert not page.save_button.isEnabled()
    assert page.day.date() == QDate(2026, 3, 1)

    _choose_prompt(page, Prompt.WHY_BACK)
    _write(page, "The Sunday mornings, mostly.")
    assert page.save_button.isEnabled()
    _click(page.save_button)

    (entry,) = _on_disk(controller).journal
    assert (entry.day, entry.prompt, entry.text) == (
        TODAY,
        Prompt.WHY_BACK,
        "The Sunday mornings, mostly.",
    )
    assert _listed(page) == [
        "Sun 1 Mar 2026  ·  Why do I want them back?\nThe Sunday mornings, mostly."
    ]
    assert page.editing_id == entry.id
    assert not page.has_unsaved_changes
    assert not page.save_button.isEnabled()
    assert page.delete_button.isEnabled()
    assert page.notice_text.text() == "Saved."
    assert not page.empty_note.isVisible()


def test_the_prompt_shows_its_question_above_the_text(page: JournalPage) -> None:
    assert not page.question.isVisible()

    _choose_prompt(page, Prompt.WHY_ENDED)

    assert page.question.isVisible()
    assert page.question.text() == PROMPT_QUESTIONS[Prompt.WHY_ENDED]
    layout_order = [page.question.y(), page.text.y()]
    assert layout_order == sorted(layout_order)

    _choose_prompt(page, None)
    assert not page.question.isVisible()


def test_the_day_can_be_earlier_but_never_in_the_future(
    page: JournalPage, controller: Controller
) -> None:
    assert page.day.maximumDate() == QDate(2026, 3, 1)
    page.day.setDate(QDate(2026, 3, 5))
    assert page.day.date() == QDate(2026, 3, 1)

    page.day.setDate(QDate(2026, 2, 14))
    _write(page, "A hard day to be apart.")
    _click(page.save_button)

    (entry,) = _on_disk(controller).journal
    assert entry.day == date(2026, 2, 14)


def test_editing_an_entry_saves_it_and_updates_the_list(
    page: JournalPage, controller: Controller, clock: FixedClock
) -> None:
    entry = _saved_entry(controller, TODAY, "First thoughts.")
    assert _listed(page) == ["Sun 1 Mar 2026\nFirst thoughts."]
    clock.advance(timedelta(hours=1))

    _open(page, entry)
    assert page.text.toPlainText() == "First thoughts."
    assert page.editor_heading.text() == "Entry about Sun 1 Mar 2026"
    page.text.selectAll()
    _write(page, "Second thoughts.")
    _choose_prompt(page, Prompt.FOR_MYSELF)
    _click(page.save_button)

    (saved,) = _on_disk(controller).journal
    assert saved.id == entry.id
    assert saved.text == "Second thoughts."
    assert saved.prompt is Prompt.FOR_MYSELF
    assert saved.edited_at == clock.now()
    assert _listed(page) == ["Sun 1 Mar 2026  ·  What am I doing for myself?\nSecond thoughts."]
    assert page.entries.currentRow() == 0


def test_the_search_filters_as_you_type(page: JournalPage, controller: Controller) -> None:
    _saved_entry(controller, TODAY - timedelta(days=3), "Coffee at the Café, alone.")
    _saved_entry(controller, TODAY - timedelta(days=1), "Ran five kilometres.")
    prompted = controller.add_journal_entry(TODAY, "Called my sister.", Prompt.FOR_MYSELF)
    assert prompted is not None
    assert len(_listed(page)) == 3

    QTest.keyClicks(page.search, "cafe")
    assert _listed(page) == ["Thu 26 Feb 2026\nCoffee at the Café, alone."]

    page.search.clear()
    QTest.keyClicks(page.search, "MYSELF")  # a word of the prompt
    assert _listed(page) == ["Sun 1 Mar 2026  ·  What am I doing for myself?\nCalled my sister."]

    page.search.clear()
    QTest.keyClicks(page.search, "swimming")
    assert _listed(page) == []
    assert page.empty_note.isVisible()
    assert page.empty_note.text() == "No entry holds “swimming”."

    page.search.clear()
    assert len(_listed(page)) == 3
    assert _listed(page)[0].startswith("Sun 1 Mar 2026")  # newest first


def test_a_deleted_entry_comes_back_with_undo(
    page: JournalPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = _saved_entry(controller, TODAY, "Something I may regret writing.")
    asked: list[str] = []

    def confirm(day: str, parent: QWidget) -> bool:
        asked.append(day)
        return True

    monkeypatch.setattr(JournalPage, "confirm_delete", staticmethod(confirm))
    _open(page, entry)

    _click(page.delete_button)

    assert asked == ["Sun 1 Mar 2026"]
    assert _on_disk(controller).journal == ()
    assert _listed(page) == []
    assert page.editing_id is None
    assert page.text.toPlainText() == ""
    assert page.notice.isVisible()
    assert page.undo_button.isVisible()
    assert page.undo_button.accessibleName() == "Undo the delete"

    _click(page.undo_button)

    assert _on_disk(controller).journal == (entry,)
    assert _listed(page) == ["Sun 1 Mar 2026\nSomething I may regret writing."]
    assert page.editing_id == entry.id
    assert page.text.toPlainText() == entry.text
    assert not page.notice.isVisible()


def test_a_delete_not_confirmed_changes_nothing(
    page: JournalPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = _saved_entry(controller, TODAY, "Keep me.")
    monkeypatch.setattr(JournalPage, "confirm_delete", staticmethod(lambda day, parent: False))
    _open(page, entry)
    before = controller.store.path.read_bytes()

    _click(page.delete_button)

    assert controller.store.path.read_bytes() == before
    assert page.editing_id == entry.id


def test_undo_brings_back_the_deleted_entry_even_after_other_entries(
    page: JournalPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = _saved_entry(controller, TODAY, "Deleted, then missed.")
    monkeypatch.setattr(JournalPage, "confirm_delete", staticmethod(lambda day, parent: True))
    _open(page, entry)
    _click(page.delete_button)
    urge = controller.log_urge(UrgeKind.TEXT)  # logged from the tray meanwhile

    _click(page.undo_button)

    logbook = _on_disk(controller)
    assert logbook.journal == (entry,)
    assert urge in logbook.events


def test_a_half_written_entry_survives_a_change_from_another_process(
    page: JournalPage, controller: Controller, clock: FixedClock
) -> None:
    _choose_prompt(page, Prompt.WHY_ENDED)
    _write(page, "It ended because")
    other = Store(controller.store.folder)
    with other.transaction(clock.now()) as changes:
        changes.add(log_urge(clock.now(), UrgeKind.CALL))
    elsewhere = _saved_in_another_process(other, clock, "Written in the other window.")

    controller.refresh()

    assert _listed(page) == ["Sun 1 Mar 2026\nWritten in the other window."]
    assert page.text.toPlainText() == "It ended because"
    assert page.prompt.currentData() == Prompt.WHY_ENDED.value
    assert page.has_unsaved_changes
    assert page.save_button.isEnabled()
    assert page.entries.currentRow() == -1  # still a new entry, not the one that arrived

    _write(page, " we stopped talking.")
    _click(page.save_button)

    journal = _on_disk(controller).journal
    assert {e.text for e in journal} == {elsewhere.text, "It ended because we stopped talking."}


def test_unsaved_edits_of_an_entry_survive_its_change_elsewhere(
    page: JournalPage, controller: Controller, clock: FixedClock
) -> None:
    entry = _saved_entry(controller, TODAY, "Draft.")
    _open(page, entry)
    _write(page, " More, not saved yet.")
    clock.advance(timedelta(minutes=5))
    _edit_elsewhere(controller, clock, entry, "Changed elsewhere.")

    controller.refresh()

    assert page.text.toPlainText() == "Draft. More, not saved yet."
    assert page.has_unsaved_changes
    assert page.editing_id == entry.id
    assert page.entries.currentRow() == 0


def test_an_entry_deleted_elsewhere_keeps_its_text_in_the_editor(
    page: JournalPage, controller: Controller, clock: FixedClock
) -> None:
    entry = _saved_entry(controller, TODAY, "Draft.")  # backs up the file as it was, without it
    _open(page, entry)
    # `holdfast restore` in another process: followed, where an older copy would be mended.
    Store(controller.store.folder).restore(clock.now())

    controller.refresh()

    # Deleted elsewhere: the text stays, and saving keeps it as a new entry.
    assert page.text.toPlainText() == "Draft."
    assert page.editing_id is None
    assert page.save_button.isEnabled()
    _click(page.save_button)
    (kept,) = _on_disk(controller).journal
    assert kept.text == "Draft."
    assert kept.id != entry.id


def test_opening_another_entry_asks_before_dropping_unsaved_text(
    page: JournalPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = _saved_entry(controller, TODAY - timedelta(days=1), "Yesterday.")
    page.start_new()
    _write(page, "Not saved")
    monkeypatch.setattr(JournalPage, "confirm_discard", staticmethod(lambda parent: False))

    _open(page, older)

    assert page.text.toPlainText() == "Not saved"
    assert page.editing_id is None
    assert page.entries.currentRow() == -1

    monkeypatch.setattr(JournalPage, "confirm_discard", staticmethod(lambda parent: True))
    _open(page, older)
    assert page.text.toPlainText() == "Yesterday."


def _saved_in_another_process(store: Store, clock: FixedClock, text: str) -> JournalEntry:
    from app.domain.journal import write_entry

    entry = write_entry(clock.now(), TODAY, text)
    with store.transaction(clock.now()) as changes:
        changes.add_journal_entry(entry)
    return entry


def test_choosing_abuse_puts_healing_first_and_unchoosing_it_takes_that_back(
    page: JournalPage, controller: Controller
) -> None:
    picker = page.reasons_picker
    assert set(page.reasons) == set(BreakupReason)
    assert page.reasons[BreakupReason.ABUSE].text() == (
        "It was abusive or controlling, or I felt unsafe"
    )
    assert "puts healing first" in picker.abuse_note.text()
    assert "Settings" in picker.abuse_note.text()
    assert not picker.healing_note.isVisible()

    page.reasons[BreakupReason.CONFLICT].click()
    page.reasons[BreakupReason.ABUSE].click()

    assert _on_disk(controller).breakup_reasons == {BreakupReason.CONFLICT, BreakupReason.ABUSE}
    assert healing_first(controller.logbook)
    assert picker.healing_note.isVisible()
    assert "Healing comes first" in picker.healing_note.text()
    offered = [page.prompt.itemData(i) for i in range(page.prompt.count())]
    assert Prompt.MY_PART.value not in offered

    page.reasons[BreakupReason.ABUSE].click()

    assert _on_disk(controller).breakup_reasons == {BreakupReason.CONFLICT}
    assert not healing_first(controller.logbook)
    assert not picker.healing_note.isVisible()
    offered = [page.prompt.itemData(i) for i in range(page.prompt.count())]
    assert Prompt.MY_PART.value in offered


def test_the_reasons_follow_the_settings_flag_and_other_processes(
    page: JournalPage, controller: Controller, clock: FixedClock
) -> None:
    controller.set_preferences(Preferences(relationship_unsafe=True))
    assert page.reasons_picker.healing_note.isVisible()
    assert "in Settings" in page.reasons_picker.healing_note.text()

    with Store(controller.store.folder).transaction(clock.now()) as changes:
        changes.set_breakup_reasons({BreakupReason.DISTANCE})
    controller.refresh()

    assert page.reasons[BreakupReason.DISTANCE].isChecked()
    assert not page.reasons[BreakupReason.ABUSE].isChecked()


def test_an_entry_open_without_edits_follows_its_change_elsewhere(
    page: JournalPage, controller: Controller, clock: FixedClock
) -> None:
    entry = _saved_entry(controller, TODAY, "Draft.")
    _open(page, entry)
    clock.advance(timedelta(minutes=5))
    _edit_elsewhere(controller, clock, entry, "Finished in the other window.")

    controller.refresh()

    assert page.text.toPlainText() == "Finished in the other window."
    assert not page.has_unsaved_changes
    assert _listed(page) == ["Sun 1 Mar 2026\nFinished in the other window."]


def test_the_controls_have_accessible_names_and_a_tab_order(
    page: JournalPage, qtbot: QtBot
) -> None:
    for widget in (page.search, page.entries, page.day, page.prompt, page.text):
        assert widget.accessibleName()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    _write(page, "Enough to save.")

    def tab_from(widget: QWidget) -> QWidget:
        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        return page.focusWidget()

    assert tab_from(page.search) is page.entries
    assert tab_from(page.entries) is page.new_button
    assert tab_from(page.new_button) is page.day
    assert tab_from(page.prompt) is page.text
    assert tab_from(page.text) is page.save_button
    first_reason = next(iter(page.reasons.values()))
    assert tab_from(page.save_button) is first_reason  # Delete and Undo are not on offer


def test_ticking_a_reason_keeps_the_reasons_saved_elsewhere(
    page: JournalPage, controller: Controller, clock: FixedClock
) -> None:
    # Another process names abuse, and this window has not looked at the file since.
    with Store(controller.store.folder).transaction(clock.now()) as changes:
        changes.set_breakup_reasons({BreakupReason.ABUSE})

    page.reasons[BreakupReason.DISTANCE].click()

    assert _on_disk(controller).breakup_reasons == {BreakupReason.ABUSE, BreakupReason.DISTANCE}
    assert healing_first(controller.logbook)
    assert page.reasons[BreakupReason.ABUSE].isChecked()


def test_undo_takes_back_a_new_entry_and_an_edit(controller: Controller, clock: FixedClock) -> None:
    entry = _saved_entry(controller, TODAY, "First.")
    clock.advance(timedelta(minutes=1))
    edited = controller.edit_journal_entry(entry.id, TODAY, "Second.", Prompt.WHY_ENDED)
    assert edited is not None
    assert _on_disk(controller).journal == (edited,)

    assert controller.undo()
    assert _on_disk(controller).journal == (entry,)

    assert controller.undo()
    assert _on_disk(controller).journal == ()


def test_an_entry_that_breaks_the_rules_is_reported_not_saved(
    controller: Controller, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(controller.problem) as reported:
        assert controller.add_journal_entry(TODAY + timedelta(days=1), "Tomorrow.") is None
    assert "future" in reported.args[0]
    with qtbot.waitSignal(controller.problem):
        assert controller.add_journal_entry(TODAY, "   ") is None
    assert _on_disk(controller).journal == ()


def test_naming_abuse_takes_the_my_part_prompt_off_a_new_entry_but_keeps_the_text(
    page: JournalPage,
) -> None:
    _choose_prompt(page, Prompt.MY_PART)
    _write(page, "Started before I ticked it")
    assert page.question.isVisible()

    page.reasons[BreakupReason.ABUSE].click()

    assert page.prompt.currentData() == ""
    assert not page.question.isVisible()
    assert page.text.toPlainText() == "Started before I ticked it"
    assert page.has_unsaved_changes


def test_an_old_my_part_entry_keeps_its_label_but_is_not_asked_again_when_healing(
    page: JournalPage, controller: Controller
) -> None:
    entry = controller.add_journal_entry(TODAY, "Written weeks ago.", Prompt.MY_PART)
    assert entry is not None
    assert controller.set_preferences(Preferences(relationship_unsafe=True))

    _open(page, entry)

    assert page.prompt.currentData() == Prompt.MY_PART.value
    assert not page.question.isVisible()
    assert not page.has_unsaved_changes


def test_after_midnight_a_new_entry_is_about_the_new_day(
    page: JournalPage, controller: Controller, clock: FixedClock
) -> None:
    entry = _saved_entry(controller, TODAY, "Sunday.")
    clock.advance(timedelta(hours=12, minutes=5))  # 00:05 on Monday, the page open all along
    page.hide()

    page.show()  # back to the Journal tab, nothing saved since
    assert page.day.date() == QDate(2026, 3, 2)

    _open(page, entry)
    page.start_new()

    assert page.day.date() == QDate(2026, 3, 2)
    assert page.day.maximumDate() == QDate(2026, 3, 2)


def _prompt_titles(page: JournalPage) -> list[str]:
    return [page.prompt.itemText(i) for i in range(page.prompt.count())]


RECONNECTING = ("want them back", "my part", "did i bring", "why did it end")


@pytest.mark.parametrize(
    "said",
    [Preferences(relationship_unsafe=True), Preferences(relationship_betrayal=True)],
    ids=["unsafe", "betrayal"],
)
def test_healing_first_offers_healing_prompts_and_no_reconnection_ones(
    page: JournalPage, controller: Controller, said: Preferences
) -> None:
    assert "Why do I want them back?" in _prompt_titles(page)
    assert "what you miss" in page.intro.text()

    assert controller.set_preferences(said)

    titles = _prompt_titles(page)
    assert titles == [
        "No prompt, just write",
        "What do I deserve?",
        "What helps me feel safe and steady?",
        "Who is on my side?",
        "What am I doing for myself?",
    ]
    for title in titles:
        for words in RECONNECTING:
            assert words not in title.lower()
    assert "what you miss" not in page.intro.text()
    assert "who is on your side" in page.intro.text()
    _choose_prompt(page, Prompt.FEELING_STEADY)
    assert page.question.isVisible()
    assert page.question.text() == PROMPT_QUESTIONS[Prompt.FEELING_STEADY]


def test_an_old_why_back_entry_keeps_its_label_when_healing_comes_first(
    page: JournalPage, controller: Controller
) -> None:
    entry = controller.add_journal_entry(TODAY, "Written before.", Prompt.WHY_BACK)
    assert entry is not None
    assert controller.set_preferences(Preferences(relationship_unsafe=True))

    assert _listed(page) == ["Sun 1 Mar 2026  ·  Why do I want them back?\nWritten before."]
    _open(page, entry)

    assert page.prompt.currentData() == Prompt.WHY_BACK.value
    assert page.prompt.currentText() == PROMPT_TITLES[Prompt.WHY_BACK]
    assert not page.question.isVisible()  # kept as its label, not asked again
    assert not page.has_unsaved_changes

    page.start_new()
    assert "Why do I want them back?" not in _prompt_titles(page)


def test_the_placeholder_says_what_is_true_about_privacy(page: JournalPage) -> None:
    assert page.text.placeholderText() == (
        "Write whatever comes. It stays on this computer; Holdfast never sends it anywhere."
    )


def _entry_in_two_backups(controller: Controller, clock: FixedClock) -> JournalEntry:
    entry = controller.add_journal_entry(TODAY, "What they said that night.", Prompt.ON_MY_SIDE)
    assert entry is not None
    clock.advance(timedelta(hours=2))
    assert controller.log_urge(UrgeKind.TEXT) is not None  # a copy with the entry in it
    clock.advance(timedelta(hours=2))  # the delete takes one more
    return entry


def _backups_holding(controller: Controller, entry: JournalEntry) -> int:
    payloads = [b.path.read_bytes() for b in controller.store.backups.list()]
    return sum(entry.id.encode() in p or entry.text.encode() in p for p in payloads)


def test_a_deleted_entry_can_be_removed_from_the_backups_too(
    page: JournalPage,
    controller: Controller,
    clock: FixedClock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = _entry_in_two_backups(controller, clock)
    monkeypatch.setattr(JournalPage, "confirm_delete", staticmethod(lambda day, parent: True))
    _open(page, entry)

    _click(page.delete_button)

    assert page.notice_text.text() == (
        "Entry deleted. Any older copies in the backups stay for up to a month."
    )
    assert page.undo_button.isVisible()
    assert page.forget_button.isVisible()
    assert page.forget_button.text() == "Remove from backups too"
    assert _backups_holding(controller, entry) == 2  # the copy taken before the delete as well

    _click(page.forget_button)

    qtbot.waitUntil(lambda: page.notice_text.text() == "Removed from 2 backups.")
    assert _backups_holding(controller, entry) == 0
    assert not page.forget_button.isVisible()
    assert page.undo_button.isVisible()  # Undo still puts it back in the journal
    assert _on_disk(controller).journal == ()

    _click(page.undo_button)

    assert _on_disk(controller).journal == (entry,)
    assert page.editing_id == entry.id
    assert _backups_holding(controller, entry) == 0


def test_a_damaged_backup_is_left_alone_and_the_notice_says_so(
    page: JournalPage,
    controller: Controller,
    clock: FixedClock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = _entry_in_two_backups(controller, clock)
    damaged = next(
        b.path for b in controller.store.backups.list() if entry.id.encode() in b.path.read_bytes()
    )
    damaged.write_bytes(damaged.read_bytes()[:-20])
    monkeypatch.setattr(JournalPage, "confirm_delete", staticmethod(lambda day, parent: True))
    _open(page, entry)
    _click(page.delete_button)

    _click(page.forget_button)

    qtbot.waitUntil(lambda: page.notice_text.text().startswith("Removed from 1 backup."))
    assert page.notice_text.text() == (
        "Removed from 1 backup. 1 backup could not be read and was left as it is; it may still "
        "hold the entry."
    )


def test_a_failed_removal_is_reported_and_can_be_tried_again(
    page: JournalPage,
    controller: Controller,
    clock: FixedClock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = _entry_in_two_backups(controller, clock)
    monkeypatch.setattr(JournalPage, "confirm_delete", staticmethod(lambda day, parent: True))
    _open(page, entry)
    _click(page.delete_button)

    def busy(entry_id: str) -> None:
        raise StoreBusy("another Holdfast process has been saving")

    with monkeypatch.context() as patched:
        patched.setattr(controller.store, "forget_journal_entry_in_backups", busy)
        with qtbot.waitSignal(controller.problem) as reported:
            _click(page.forget_button)
    assert "saving" in reported.args[0]
    assert page.forget_button.isVisible()
    assert _backups_holding(controller, entry) == 2

    _click(page.forget_button)
    qtbot.waitUntil(lambda: page.notice_text.text() == "Removed from 2 backups.")


def test_the_delete_question_mentions_the_backups(
    page: JournalPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    assert not JournalPage.confirm_delete("Sun 1 Mar 2026", page)
    (text,) = asked
    assert "Delete the entry about Sun 1 Mar 2026?" in text
    assert "backups stay for up to a month" in text


# Ctrl+S, and the question before anything written is lost


def test_ctrl_s_saves_the_entry(page: JournalPage, controller: Controller, qtbot: QtBot) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    _write(page, "Slept through the night.")

    QTest.keyClick(page.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    (saved,) = _on_disk(controller).journal
    assert saved.text == "Slept through the night."
    assert page.notice_text.text() == "Saved."
    assert "Ctrl+S" in page.save_button.toolTip()


def test_leaving_unsaved_offers_discard_or_keep_writing_and_keeping_is_the_default(
    page: JournalPage,
) -> None:
    box, discard = discard_question(page)
    try:
        texts = sorted(button.text() for button in box.buttons())
        assert texts == ["Discard", "Keep writing"]
        assert discard.text() == "Discard"
        keep = box.defaultButton()
        assert keep is not None and keep.text() == "Keep writing"
        assert box.escapeButton() is keep
        assert box.text() == "Leave this entry unsaved?"
    finally:
        box.deleteLater()


# The draft: what is being written survives a logout, a kill or a crash


def _draft_file(controller: Controller) -> Path:
    return controller.store.folder / "journal-draft.json"


def test_a_draft_is_kept_privately_once_typing_pauses_and_restored_on_the_next_open(
    page: JournalPage, controller: Controller, qtbot: QtBot
) -> None:
    _choose_prompt(page, Prompt.WHY_ENDED)
    _write(page, "We stopped listening to each other")
    draft = _draft_file(controller)

    qtbot.waitUntil(draft.exists, timeout=3000)
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    assert _on_disk(controller).journal == ()  # a draft, not an entry

    # The window is gone without a word (the session ended): the next open brings it back.
    again = JournalPage(controller)
    qtbot.addWidget(again)
    assert again.text.toPlainText() == "We stopped listening to each other"
    assert again.prompt.currentData() == Prompt.WHY_ENDED.value
    assert again.has_unsaved_changes
    assert again.editing_id is None
    assert again.notice_text.text().startswith("Restored what you were writing")
    assert again.save_button.isEnabled()

    _click(again.save_button)

    assert not draft.exists()  # saved: the draft has done its job
    (saved,) = _on_disk(controller).journal
    assert (saved.text, saved.prompt) == ("We stopped listening to each other", Prompt.WHY_ENDED)


def test_a_draft_of_an_edit_reopens_that_entry_with_the_changes(
    page: JournalPage, controller: Controller, qtbot: QtBot
) -> None:
    entry = _saved_entry(controller, TODAY - timedelta(days=2), "First thoughts.")
    page.show_entries()
    page.entries.setCurrentRow(0)
    assert page.editing_id == entry.id
    _write(page, " And second ones.")
    qtbot.waitUntil(_draft_file(controller).exists, timeout=3000)

    again = JournalPage(controller)
    qtbot.addWidget(again)

    assert again.editing_id == entry.id
    assert again.text.toPlainText() == "First thoughts. And second ones."
    assert again.day.date() == QDate(2026, 2, 27)
    assert again.has_unsaved_changes


def test_a_discarded_draft_is_removed(
    page: JournalPage, controller: Controller, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(page, "Not this one.")
    qtbot.waitUntil(_draft_file(controller).exists, timeout=3000)
    monkeypatch.setattr(JournalPage, "confirm_discard", classmethod(lambda cls, parent: True))

    page.start_new()

    assert not _draft_file(controller).exists()
    again = JournalPage(controller)
    qtbot.addWidget(again)
    assert again.text.toPlainText() == ""
    assert not again.notice.isVisible()


def test_clearing_the_text_removes_the_draft(
    page: JournalPage, controller: Controller, qtbot: QtBot
) -> None:
    _write(page, "Maybe")
    qtbot.waitUntil(_draft_file(controller).exists, timeout=3000)

    page.text.clear()

    qtbot.waitUntil(lambda: not _draft_file(controller).exists(), timeout=3000)


DRAFT_WRITER = """
import sys, time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from app.domain.clock import FixedClock
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.pages.journal import JournalPage

app = QApplication([])
clock = FixedClock(datetime(2026, 3, 1, 12, 0, tzinfo=ZoneInfo("Europe/Berlin")))
page = JournalPage(Controller(Store(Path(sys.argv[1])), clock))
page.show()
page.text.setFocus()
QTest.keyClicks(page.text, "Everything I could not say out loud")
print("typed", flush=True)
while True:  # as someone still writing: the process is killed, not closed
    app.processEvents()
    time.sleep(0.02)
"""


def test_a_draft_survives_the_process_being_killed(
    page: JournalPage, controller: Controller, qtbot: QtBot
) -> None:
    folder = controller.store.folder
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    writer = subprocess.Popen(
        [sys.executable, "-c", DRAFT_WRITER, str(folder)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "typed"
        qtbot.waitUntil(_draft_file(controller).exists, timeout=20_000)
    finally:
        writer.kill()  # SIGKILL: no handler, no clean-up, as in a crash
        writer.wait(timeout=20)

    again = JournalPage(controller)
    qtbot.addWidget(again)
    assert again.text.toPlainText() == "Everything I could not say out loud"
    assert again.has_unsaved_changes


# The list


def test_the_entry_list_never_scrolls_sideways(
    themed: None, page: JournalPage, controller: Controller, qtbot: QtBot
) -> None:
    entry = controller.add_journal_entry(
        TODAY, "On and on about the evening. " * 4, Prompt.WHY_BACK
    )
    assert entry is not None
    page.resize(816, 600)  # as in the smallest window
    page.show_entries()
    qtbot.wait(20)

    bar = page.entries.horizontalScrollBar()
    assert not bar.isVisible()
    rect = page.entries.visualItemRect(page.entries.item(0))
    assert rect.right() <= page.entries.viewport().width()

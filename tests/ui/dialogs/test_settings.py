"""Settings: preferences saved as they change, the plan, backups restored, and export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import ContactKind, Plan, StartedBy, Urge, UrgeKind
from app.domain.preferences import Preferences, Theme
from app.domain.safety import healing_first, was_unsafe
from app.domain.status import Status
from app.storage.store import Store
from app.storage.transfer import read_export
from app.system.autostart import LoginStart, turn_on
from app.system.language import saved_language
from app.ui.controller import Controller
from app.ui.dialogs.settings import SettingsDialog
from app.ui.main_window import MainWindow
from tests.packaging.support import read_entry

pytestmark = pytest.mark.gui


@pytest.fixture
def themes() -> list[Theme]:
    """The themes the window applied, in order."""
    return []


@pytest.fixture
def window(
    controller: Controller, qtbot: QtBot, tmp_path: Path, themes: list[Theme]
) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    made = MainWindow(controller, settings, themes.append, lambda: False)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made


@pytest.fixture
def login_start(tmp_path: Path) -> LoginStart:
    """Where the login-start entry goes: a test folder, never the user's own."""
    return LoginStart.of("linux", {"XDG_CONFIG_HOME": str(tmp_path / "config")})


@pytest.fixture
def dialog(
    controller: Controller, window: MainWindow, qtbot: QtBot, login_start: LoginStart
) -> SettingsDialog:
    made = SettingsDialog(controller, window, login_start=login_start, tray_available=lambda: True)
    qtbot.addWidget(made)
    made.show()
    made.activateWindow()  # its fields take focus, and give it up, as a user moves through them
    qtbot.waitActive(made)
    return made


def _saved(controller: Controller) -> Preferences:
    return Store(controller.store.folder).load().preferences


def _button(parent: QWidget, text: str) -> QPushButton:
    (found,) = [b for b in parent.findChildren(QPushButton) if b.text() == text]
    return found


def _click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _tick(box: QAbstractButton) -> None:
    # On the box itself: a check box answers clicks on its box and label only.
    QTest.mouseClick(
        box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(6, box.height() // 2)
    )


def test_the_fields_show_the_saved_preferences(dialog: SettingsDialog) -> None:
    assert dialog.check_in.isChecked()
    assert dialog.check_in_at.time() == QTime(20, 0)
    assert dialog.milestones.isChecked()
    assert dialog.theme.currentText() == "Follow the system"
    assert not dialog.start_minimised.isChecked()
    assert not dialog.relationship_unsafe.isChecked()
    assert dialog.target.value() == 30


def test_choosing_a_theme_saves_it_and_the_window_applies_it(
    dialog: SettingsDialog, controller: Controller, themes: list[Theme]
) -> None:
    dialog.theme.setCurrentIndex(dialog.theme.findText("Dark"))

    assert _saved(controller).theme is Theme.DARK
    assert themes == [Theme.DARK]

    dialog.theme.setCurrentIndex(dialog.theme.findText("Light"))

    assert _saved(controller).theme is Theme.LIGHT
    assert themes == [Theme.DARK, Theme.LIGHT]


def test_the_check_in_reminder_and_its_time_are_saved(
    dialog: SettingsDialog, controller: Controller
) -> None:
    _tick(dialog.check_in)
    assert not _saved(controller).check_in_reminder

    _tick(dialog.check_in)
    dialog.check_in_at.setTime(QTime(21, 30))

    saved = _saved(controller)
    assert saved.check_in_reminder
    assert saved.check_in_at == time(21, 30)


def test_milestone_notifications_and_starting_minimised_are_saved(
    dialog: SettingsDialog, controller: Controller
) -> None:
    _tick(dialog.milestones)
    _tick(dialog.start_minimised)

    saved = _saved(controller)
    assert not saved.milestone_notifications
    assert saved.start_minimised
    assert saved.theme is Theme.SYSTEM  # the other preferences are left as they were


def test_saying_the_relationship_was_unsafe_puts_healing_first_and_can_be_undone(
    dialog: SettingsDialog, controller: Controller
) -> None:
    assert "abusive or controlling" in dialog.relationship_unsafe.text()

    _tick(dialog.relationship_unsafe)

    assert _saved(controller).relationship_unsafe
    assert healing_first(controller.logbook) and was_unsafe(controller.logbook)
    assert _saved(controller).theme is Theme.SYSTEM  # the other preferences are left as they were

    _tick(dialog.relationship_unsafe)

    assert not _saved(controller).relationship_unsafe
    assert not healing_first(controller.logbook)


def test_betrayal_puts_healing_first_without_calling_it_unsafe(
    dialog: SettingsDialog, controller: Controller
) -> None:
    assert "betrayal" in dialog.relationship_betrayal.text()
    assert "unsafe" not in dialog.relationship_betrayal.text()

    _tick(dialog.relationship_betrayal)

    assert _saved(controller).relationship_betrayal
    assert healing_first(controller.logbook)
    assert not was_unsafe(controller.logbook)  # no abuse-specific support for betrayal alone


def test_the_unsafe_box_shows_what_was_saved(
    controller: Controller, window: MainWindow, qtbot: QtBot
) -> None:
    controller.set_preferences(Preferences(relationship_unsafe=True))

    reopened = SettingsDialog(controller, window)
    qtbot.addWidget(reopened)

    assert reopened.relationship_unsafe.isChecked()


def _status_on_disk(controller: Controller) -> Status:
    return Controller(Store(controller.store.folder), controller.clock).status()


def _plans(controller: Controller) -> list[Plan]:
    """The plans on disk, oldest first."""
    events = Store(controller.store.folder).load().events
    return sorted((e for e in events if isinstance(e, Plan)), key=lambda plan: plan.at)


def _leave(field: QAbstractSpinBox, for_: QWidget) -> None:
    """Moves on from the field by clicking another one, as someone done with it would (Tab steps
    through a date's parts before it leaves)."""
    field.setFocus()
    QTest.mouseClick(for_, Qt.MouseButton.LeftButton)
    assert not field.hasFocus()


def _type(field: QAbstractSpinBox, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)


def test_a_new_target_is_saved_on_leaving_the_field_and_records_no_last_contact(
    dialog: SettingsDialog, window: MainWindow, controller: Controller, clock: FixedClock
) -> None:
    clock.advance(timedelta(minutes=5))  # a moment after the plan was first made
    assert not [b for b in dialog.findChildren(QPushButton) if "Save" in b.text()]
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Changes are saved as you make them" in said
    assert dialog.plan_saved.isHidden()

    _type(dialog.target, "40")
    QTest.keyClick(dialog.target, Qt.Key.Key_Tab)
    assert not dialog.target.hasFocus()

    assert dialog.plan_saved.isVisible()
    assert dialog.plan_saved.text() == "Saved: aiming for 40 days."
    latest = _plans(controller)[-1]
    assert latest.target_days == 40
    assert latest.last_contact is None  # a later slip deleted would give its run back
    saved = _status_on_disk(controller)
    assert saved.streak_days == 12
    assert window.today.ring.day_text() == "Day 12"
    assert window.today.ring.caption() == "of 40"
    # Forty days from 17 February at noon is noon on 29 March, the day the clocks go forward.
    assert window.today.target.text() == "Day 40 arrives on Sun 29 Mar, 12:00"
    assert window.today.time_left.text() == "27 days 22:55:00 to go"


def test_an_earlier_last_contact_lengthens_the_streak(
    dialog: SettingsDialog,
    window: MainWindow,
    controller: Controller,
    clock: FixedClock,
) -> None:
    clock.advance(timedelta(minutes=5))  # a moment after the first plan was made
    dialog.last_contact.setDateTime(dialog.last_contact.dateTime().addDays(-3))
    _leave(dialog.last_contact, dialog.target)

    assert dialog.plan_saved.text() == (
        "Saved: last contact on Sat 14 Feb 2026, 12:00; aiming for 30 days."
    )
    assert _plans(controller)[-1].last_contact == clock.now() - timedelta(days=15, minutes=5)
    assert _status_on_disk(controller).streak_days == 15
    assert window.today.ring.day_text() == "Day 15"
    assert window.today.ring.caption() == "of 30"


def test_enter_in_the_target_saves_it_and_opens_nothing(
    dialog: SettingsDialog, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    _type(dialog.target, "40")

    QTest.keyClick(dialog.target, Qt.Key.Key_Return)

    assert dialog.plan_saved.text() == "Saved: aiming for 40 days."
    assert dialog.isVisible()  # the confirmation stays in view
    assert opened == []  # no button of the dialog took the Enter for itself
    assert _plans(controller)[-1].target_days == 40


def test_a_plan_edit_still_in_its_field_is_saved_when_the_dialog_closes(
    dialog: SettingsDialog, controller: Controller, clock: FixedClock
) -> None:
    clock.advance(timedelta(minutes=5))
    _type(dialog.target, "35")

    QTest.keyClick(dialog.target, Qt.Key.Key_Escape)  # closes, as everything else is saved

    assert not dialog.isVisible()
    assert _plans(controller)[-1].target_days == 35
    assert _status_on_disk(controller).countdown.target_days == 35  # type: ignore[union-attr]


def test_a_plan_left_as_it_was_records_nothing(
    dialog: SettingsDialog, controller: Controller, clock: FixedClock
) -> None:
    clock.advance(timedelta(minutes=5))
    before = _plans(controller)

    _leave(dialog.target, dialog.last_contact)
    _leave(dialog.last_contact, dialog.target)
    dialog.reject()

    assert _plans(controller) == before
    assert dialog.plan_saved.isHidden()


def test_a_last_contact_before_a_recorded_slip_is_refused_and_says_why(
    dialog: SettingsDialog, controller: Controller, clock: FixedClock
) -> None:
    clock.advance(timedelta(hours=1))
    assert controller.record_contact(ContactKind.TEXT, StartedBy.ME, False, "") is not None
    before = _plans(controller)

    dialog.last_contact.setDateTime(dialog.last_contact.dateTime().addDays(-1))
    _leave(dialog.last_contact, dialog.target)

    assert _plans(controller) == before
    assert dialog.plan_saved.text() == (
        "Not saved: the last contact cannot be before the contact you recorded on "
        "2026-03-01 13:00; give a time after it."
    )


@pytest.fixture
def two_saves(controller: Controller, clock: FixedClock) -> tuple[Urge, Urge]:
    """An urge saved now and another two hours later, so a backup holds only the first."""
    first = controller.log_urge(UrgeKind.CALL)
    clock.advance(timedelta(hours=2))
    second = controller.log_urge(UrgeKind.TEXT)
    assert first is not None
    assert second is not None
    return first, second


def test_restoring_a_backup_puts_it_back_and_keeps_the_current_file_aside(
    two_saves: tuple[Urge, Urge],
    dialog: SettingsDialog,
    window: MainWindow,
    controller: Controller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = two_saves
    asked: list[str] = []

    def confirm(when: str, parent: QWidget) -> bool:
        asked.append(when)
        return True

    monkeypatch.setattr(SettingsDialog, "confirm_restore", staticmethod(confirm))
    before = controller.store.path.read_bytes()
    assert dialog.backups.count() >= 1
    assert dialog.restore_button.isEnabled()
    assert window.today.urges.urges_today.text() == "Urges resisted today: 2"

    _click(dialog.restore_button)

    # The newest backup was taken just before the second urge was saved, at 14:00 in Berlin.
    assert asked == ["Sun 1 Mar 2026, 14:00"]
    events = Store(controller.store.folder).load().events
    assert first in events
    assert second not in events
    (set_aside,) = controller.store.folder.glob("holdfast-set-aside-*.json")
    assert set_aside.read_bytes() == before
    assert window.today.urges.urges_today.text() == "Urges resisted today: 1"


def test_a_restore_not_confirmed_changes_nothing(
    two_saves: tuple[Urge, Urge],
    dialog: SettingsDialog,
    controller: Controller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(SettingsDialog, "confirm_restore", staticmethod(lambda when, p: False))
    before = controller.store.path.read_bytes()

    _click(dialog.restore_button)

    assert controller.store.path.read_bytes() == before
    assert not list(controller.store.folder.glob("holdfast-set-aside-*.json"))


def test_without_backups_there_is_nothing_to_restore(dialog: SettingsDialog) -> None:
    assert dialog.backups.count() == 0
    assert not dialog.restore_button.isEnabled()


def test_export_writes_a_file_import_accepts(
    dialog: SettingsDialog,
    controller: Controller,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    urge = controller.log_urge(UrgeKind.VISIT)
    target = tmp_path / "exports" / "holdfast-export.json"
    target.parent.mkdir()
    monkeypatch.setattr(SettingsDialog, "choose_export_file", staticmethod(lambda parent: target))

    _click(_button(dialog, "Export…"))

    exported = read_export(target)
    assert urge in exported.events
    assert set(exported.events) == set(Store(controller.store.folder).load().events)
    assert [g.id for g in exported.goals] == [g.id for g in controller.logbook.goals]


def test_a_cancelled_export_writes_nothing(
    dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(SettingsDialog, "choose_export_file", staticmethod(lambda parent: None))
    before = sorted(tmp_path.rglob("*"))

    _click(_button(dialog, "Export…"))

    assert sorted(tmp_path.rglob("*")) == before


def test_import_adds_the_entries_of_an_export(
    dialog: SettingsDialog,
    window: MainWindow,
    controller: Controller,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    other = Controller(Store(tmp_path / "other"), clock)
    other.log_urge(UrgeKind.SOCIAL)
    export = tmp_path / "other.json"
    assert other.keeping.export(export)
    other.deleteLater()
    monkeypatch.setattr(SettingsDialog, "choose_import_file", staticmethod(lambda parent: export))

    _click(_button(dialog, "Import…"))

    urges = [e for e in Store(controller.store.folder).load().events if isinstance(e, Urge)]
    assert [u.kind for u in urges] == [UrgeKind.SOCIAL]
    assert window.today.urges.urges_today.text() == "Urges resisted today: 1"


# Privacy: discreet mode ---------------------------------------------------------------------


def _say(
    controller: Controller,
    *,
    discreet: bool | None = None,
    relationship_unsafe: bool | None = None,
    relationship_betrayal: bool | None = None,
) -> None:
    """Saves preferences as another part of the app would, behind the dialog's back."""
    from dataclasses import replace

    said = controller.logbook.preferences
    chosen = replace(
        said,
        discreet=said.discreet if discreet is None else discreet,
        relationship_unsafe=(
            said.relationship_unsafe if relationship_unsafe is None else relationship_unsafe
        ),
        relationship_betrayal=(
            said.relationship_betrayal if relationship_betrayal is None else relationship_betrayal
        ),
    )
    assert controller.set_preferences(chosen)


def test_discreet_mode_is_off_at_first_and_saved_when_ticked(
    dialog: SettingsDialog, controller: Controller
) -> None:
    assert not dialog.discreet.isChecked()
    assert dialog.discreet.text().startswith("Discreet mode")

    _tick(dialog.discreet)
    assert _saved(controller).discreet

    _tick(dialog.discreet)
    assert not _saved(controller).discreet


def test_discreet_mode_changes_nothing_else(dialog: SettingsDialog, controller: Controller) -> None:
    from dataclasses import replace

    before = _saved(controller)

    _tick(dialog.discreet)

    assert _saved(controller) == replace(before, discreet=True)


def test_the_discreet_box_shows_what_was_saved(
    controller: Controller, window: MainWindow, qtbot: QtBot
) -> None:
    _say(controller, discreet=True)

    reopened = SettingsDialog(controller, window)
    qtbot.addWidget(reopened)

    assert reopened.discreet.isChecked()
    _say(controller, discreet=False)  # changed elsewhere, as by a restored backup
    assert not reopened.discreet.isChecked()
    assert not _saved(controller).discreet


def test_healing_first_suggests_discreet_mode_until_it_is_on(
    dialog: SettingsDialog, controller: Controller
) -> None:
    assert dialog.discreet_suggestion.isHidden()

    _say(controller, relationship_unsafe=True)
    assert not dialog.discreet_suggestion.isHidden()
    assert "discreet mode" in dialog.discreet_suggestion.text()

    _tick(dialog.discreet)
    assert dialog.discreet_suggestion.isHidden()

    _tick(dialog.discreet)
    assert not dialog.discreet_suggestion.isHidden()

    _say(controller, relationship_unsafe=False)
    assert dialog.discreet_suggestion.isHidden()


def test_betrayal_suggests_discreet_mode_too(
    controller: Controller, window: MainWindow, qtbot: QtBot
) -> None:
    _say(controller, relationship_betrayal=True)

    opened = SettingsDialog(controller, window)
    qtbot.addWidget(opened)

    assert healing_first(controller.logbook)
    assert not opened.discreet_suggestion.isHidden()


# Starting at login, and the note where there is no tray ------------------------------------


def _opened(
    controller: Controller, window: MainWindow, qtbot: QtBot, login_start: LoginStart, tray: bool
) -> SettingsDialog:
    made = SettingsDialog(controller, window, login_start=login_start, tray_available=lambda: tray)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_starting_at_login_is_off_at_first_and_the_box_writes_and_removes_the_entry_at_once(
    dialog: SettingsDialog, login_start: LoginStart, controller: Controller
) -> None:
    box = dialog.login_start.box
    assert box.text() == "Start Holdfast when I log in"
    assert not box.isChecked()
    preferences = _saved(controller)

    _tick(box)

    main = read_entry(login_start.path)["Desktop Entry"]
    assert main["Exec"].endswith(" --background")
    assert dialog.login_start.said.isHidden()

    _tick(box)

    assert not login_start.path.exists()
    assert not box.isChecked()
    assert _saved(controller) == preferences  # the file is the setting, not a preference


def test_the_box_shows_what_the_file_says(
    controller: Controller, window: MainWindow, qtbot: QtBot, login_start: LoginStart
) -> None:
    turn_on(login_start, Path("/usr/bin/holdfast"))  # as `holdfast autostart on` did

    reopened = _opened(controller, window, qtbot, login_start, tray=True)

    assert reopened.login_start.box.isChecked()
    _tick(reopened.login_start.box)
    assert not login_start.path.exists()


def test_an_entry_that_cannot_be_written_is_said_in_one_line_and_the_box_goes_back(
    dialog: SettingsDialog, login_start: LoginStart
) -> None:
    folder = login_start.path.parent
    folder.parent.mkdir(parents=True)
    folder.write_text("a file where the folder should be", encoding="utf-8")

    _tick(dialog.login_start.box)

    assert not dialog.login_start.box.isChecked()
    said = dialog.login_start.said
    assert said.isVisible()
    assert said.text().startswith(f"Not changed: {folder}: ")
    assert "\n" not in said.text()
    assert folder.read_text(encoding="utf-8") == "a file where the folder should be"


def test_something_else_in_the_entry_s_place_is_named_and_left_alone(
    controller: Controller, window: MainWindow, qtbot: QtBot, login_start: LoginStart
) -> None:
    login_start.path.mkdir(parents=True)  # a folder by the entry's name

    opened = _opened(controller, window, qtbot, login_start, tray=True)

    box, said = opened.login_start.box, opened.login_start.said
    assert not box.isChecked()
    assert said.isVisible()
    assert said.text().startswith(f"{login_start.path} is not a file Holdfast wrote")
    _tick(box)
    assert not box.isChecked()
    assert login_start.path.is_dir()


def test_without_a_tray_settings_says_what_closing_the_window_does_and_how_to_quit(
    controller: Controller, window: MainWindow, qtbot: QtBot, login_start: LoginStart
) -> None:
    opened = _opened(controller, window, qtbot, login_start, tray=False)

    note = opened.no_tray
    assert note.isVisible()
    assert "no tray" in note.text()
    assert "reminders still arrive" in note.text()
    assert "Holdfast > Quit" in note.text() and "Ctrl+Q" in note.text()
    assert not opened.start_minimised.isVisible()  # there is no tray to start in


def test_with_a_tray_there_is_no_note_about_it(dialog: SettingsDialog) -> None:
    assert dialog.no_tray.isHidden()
    assert not dialog.start_minimised.isHidden()


def test_on_a_small_screen_the_settings_scroll_rather_than_squeeze_into_each_other(
    controller: Controller, window: MainWindow, qtbot: QtBot, login_start: LoginStart
) -> None:
    opened = _opened(controller, window, qtbot, login_start, tray=False)
    screen = opened.screen().availableGeometry()
    assert opened.height() <= screen.height()
    login_start.path.parent.parent.mkdir(parents=True)
    login_start.path.parent.write_text("a file where the folder should be", encoding="utf-8")
    _tick(opened.login_start.box)  # a line more, as a failure says why

    def every_row_has_its_height() -> None:
        for field in (opened.theme, opened.login_start.box, opened.target):
            assert field.height() >= field.minimumSizeHint().height(), field
        for line in (opened.login_start.said, opened.no_tray):
            assert line.isVisible()
            assert line.height() >= line.heightForWidth(line.width()), line.text()

    qtbot.waitUntil(every_row_has_its_height)  # the layout follows a new line at its next turn


# The language, kept for the next start ------------------------------------------------------


def _languages(
    controller: Controller, window: MainWindow, qtbot: QtBot, environ: dict[str, str]
) -> SettingsDialog:
    made = SettingsDialog(controller, window, tray_available=lambda: True, environ=environ)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_the_language_choice_names_the_system_s_language_and_each_language_in_itself(
    controller: Controller, window: MainWindow, qtbot: QtBot
) -> None:
    opened = _languages(controller, window, qtbot, {"LANG": "de_AT.UTF-8"})
    choice = opened.language

    shown = [choice.itemText(index) for index in range(choice.count())]
    assert shown == ["System default (Deutsch)", "English", "Deutsch", "Español"]
    assert choice.currentText() == "System default (Deutsch)"
    assert opened.language_said.text() == "A new language shows the next time Holdfast starts."


def test_a_chosen_language_is_kept_for_the_next_start_and_the_system_default_forgets_it(
    controller: Controller, window: MainWindow, qtbot: QtBot
) -> None:
    opened = _languages(controller, window, qtbot, {"LANG": "C"})
    assert opened.language.currentText() == "System default (English)"

    opened.language.setCurrentText("Español")

    assert saved_language(controller.store.folder) == "es"
    reopened = _languages(controller, window, qtbot, {"LANG": "C"})
    assert reopened.language.currentText() == "Español"

    reopened.language.setCurrentText("System default (English)")

    assert saved_language(controller.store.folder) is None

"""The editors of a past urge and a past contact: filled in from the entry, edited, refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.domain.events import Contact, ContactKind, StartedBy, Urge, UrgeKind, new_id
from app.ui.dialogs.entry import ContactEditor, UrgeEditor
from app.ui.qt_time import to_qt
from tests.conftest import BERLIN

pytestmark = pytest.mark.gui

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=BERLIN)
URGE = Urge(
    id=new_id(),
    at=datetime(2026, 2, 27, 8, 15, 42, tzinfo=BERLIN),
    kind=UrgeKind.TEXT,
    intensity=6,
    note="morning",
    unsent_message="hi",
)
CONTACT = Contact(
    id=new_id(),
    at=datetime(2026, 2, 22, 15, 0, 7, tzinfo=BERLIN),
    kind=ContactKind.TEXT,
    note="I wrote first",
)


def test_the_urge_editor_opens_with_the_urge_and_an_untouched_one_is_unchanged(
    qtbot: QtBot,
) -> None:
    editor = UrgeEditor(URGE, NOW)
    qtbot.addWidget(editor)

    assert editor.kind.currentData() == UrgeKind.TEXT
    assert editor.intensity.value() == 6
    assert editor.note.toPlainText() == "morning"
    assert editor.unsent.toPlainText() == "hi"
    assert editor.edited() == URGE  # the seconds the editor does not show are kept


def test_the_urge_editor_saves_what_was_changed(qtbot: QtBot) -> None:
    editor = UrgeEditor(URGE, NOW)
    qtbot.addWidget(editor)
    editor.when.setDateTime(to_qt(datetime(2026, 2, 26, 23, 30, tzinfo=BERLIN)))
    editor.kind.setCurrentIndex(editor.kind.findData(UrgeKind.CALL))
    editor.intensity.setValue(0)
    editor.note.setPlainText("late")

    edited = editor.edited()

    assert edited.id == URGE.id
    assert edited.at == datetime(2026, 2, 26, 23, 30, tzinfo=BERLIN)
    assert (edited.kind, edited.intensity, edited.note) == (UrgeKind.CALL, None, "late")
    assert editor.intensity.text() == "not rated"


def test_the_unsent_message_shows_for_a_message_or_one_already_written(qtbot: QtBot) -> None:
    editor = UrgeEditor(Urge(id=new_id(), at=URGE.at, kind=UrgeKind.CALL), NOW)
    qtbot.addWidget(editor)
    assert editor.unsent.isHidden()

    editor.kind.setCurrentIndex(editor.kind.findData(UrgeKind.TEXT))

    assert not editor.unsent.isHidden()


def test_the_time_cannot_be_set_in_the_future(qtbot: QtBot) -> None:
    editor = UrgeEditor(URGE, NOW)
    qtbot.addWidget(editor)

    editor.when.setDateTime(to_qt(NOW + timedelta(days=2)))

    assert editor.edited().at <= NOW


def test_the_contact_editor_opens_with_the_contact_and_its_time_first(qtbot: QtBot) -> None:
    editor = ContactEditor(CONTACT, NOW)
    qtbot.addWidget(editor)

    assert editor.kind.currentData() == ContactKind.TEXT
    assert editor.by_me.isChecked()
    assert not editor.necessary.isChecked()
    assert editor.note.toPlainText() == "I wrote first"
    assert editor.edited() == CONTACT
    assert editor.nextInFocusChain() is not None
    assert editor.when.accessibleName()
    assert "ends the run it falls in" in editor.consequence.text()


def test_the_contact_editor_saves_who_started_it(qtbot: QtBot) -> None:
    editor = ContactEditor(replace(CONTACT, kind=ContactKind.IN_PERSON), NOW)
    qtbot.addWidget(editor)
    assert editor.kind.currentData() == ContactKind.IN_PERSON

    editor.by_them.setChecked(True)

    edited = editor.edited()
    assert edited.kind is ContactKind.IN_PERSON
    assert edited.started_by is StartedBy.THEM
    assert not edited.breaks_no_contact
    assert editor.consequence.text() == "Saved like this, it does not end a run."


def test_the_editor_rates_strength_with_the_same_control_as_today(qtbot: QtBot) -> None:
    from app.ui.widgets.strength import StrengthSlider
    from app.ui.widgets.urge_panel import UrgePanel

    editor = UrgeEditor(URGE, NOW)
    panel = UrgePanel()
    qtbot.addWidget(editor)
    qtbot.addWidget(panel)

    assert type(editor.intensity) is type(panel.intensity) is StrengthSlider
    assert editor.intensity.text() == "6"
    editor.intensity.setValue(0)
    assert editor.intensity.text() == panel.intensity.text() == "not rated"

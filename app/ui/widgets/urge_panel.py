"""One click to log an urge: the buttons, the confirmation with undo, details, and a timer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.events import Event, Urge, UrgeKind
from app.domain.ride_it_out import Kind, Suggestion
from app.domain.wallclock import seconds_between
from app.domain.words import URGE_LOGGED, URGE_PASSES
from app.ui.resources import icon
from app.ui.speech import in_window_words
from app.ui.widgets.crisis_note import CrisisNote
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.strength import StrengthSlider
from app.ui.widgets.undo_banner import UndoBanner
from app.ui.wording import unbroken, urge_actions, urge_labels, urge_phrase

RIDE_IT_OUT = timedelta(minutes=10)  # most urges fade within minutes when not acted on


class UrgePanel(QWidget):
    """The urge buttons, and what follows a click: the confirmation, the details, the timer.

    The page saves what the panel asks for and tells it what was saved (`show_logged`,
    `show_details_saved`, `follow_entries`); the panel itself saves nothing.
    """

    log_requested = Signal(object)  # an UrgeKind: a button, or its shortcut, was pressed
    undo_requested = Signal(str)  # the id of the urge or contact the confirmation is about
    # The urge's id, its strength (an int, or None when not rated), the note, the unsent message.
    details_saved = Signal(str, object, str, str)
    help_requested = Signal()  # from the crisis note beside the note and unsent message
    details_opened = Signal()  # the page brings the details into view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._urge: Urge | None = None
        self._confirmed_id: str | None = None  # the urge or contact the confirmation is about
        self._confirmed_urge = False  # whether that is an urge
        self._ride_until: datetime | None = None
        self._time_up = False  # the timer has counted down to the end

        heading = QLabel(self.tr("When the urge comes, log it instead"))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.buttons: dict[UrgeKind, QPushButton] = {}
        # Two to a row; one, when a language's words make two too wide for the column.
        grid = FlowLayout(columns=2)
        for index, (kind, label) in enumerate(urge_labels().items()):
            button = QPushButton(label)
            button.setProperty("role", "urge")
            button.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            urge = urge_phrase(kind)
            button.setToolTip(self.tr("Log %s (Ctrl+%d)") % (urge, index + 1))
            button.setAccessibleName(self.tr("I had %s") % urge)
            button.clicked.connect(lambda _=False, kind=kind: self.log_requested.emit(kind))
            grid.addWidget(button)
            self.buttons[kind] = button

        self.confirmation = UndoBanner(self.tr("Undo: remove the urge just logged"))
        self.confirmation_text = self.confirmation.text
        self.details_button = QPushButton(self.tr("Add details"))
        self.details_button.clicked.connect(self._open_details)
        self.confirmation.add_button(self.details_button, before_undo=True)
        self.undo_button = self.confirmation.undo_button
        self.confirmation.undo_requested.connect(self._undo)

        self.details = self._build_details()
        self.details.hide()

        self.ride = QFrame()
        self.ride.setProperty("role", "banner")
        self.ride_time = QLabel()
        self.ride_time.setProperty("role", "heading")
        self.ride_suggestion = QLabel()
        self.ride_suggestion.setWordWrap(True)
        self.ride_suggestion.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the user's words
        self.passed_button = QPushButton(self.tr("It has passed"))
        self.passed_button.clicked.connect(self._rode_it_out)
        # The time and its button share a line: logging an urge should move the page little.
        time_row = QHBoxLayout()
        time_row.addWidget(self.ride_time, 1)
        time_row.addWidget(self.passed_button)
        ride_layout = QVBoxLayout(self.ride)
        ride_layout.addLayout(time_row)
        ride_layout.addWidget(self.ride_suggestion)
        self.ride.hide()
        # A quiet line once it has passed, where the timer was.
        self.ridden_out = _said_label()
        self.ridden_out.setProperty("role", "muted")
        self.ridden_out.hide()

        self.urges_today = QLabel()
        self.urges_today.setProperty("role", "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.urges_today)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.ride)
        layout.addWidget(self.ridden_out)
        layout.addWidget(self.details)
        # Kept at the top by a stretch, not by aligning the layout: an aligned layout is given
        # its height for its usual width, and the buttons, in one column when narrow, need more.
        layout.addStretch(1)
        self._color_icons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._color_icons()  # a theme switch: the icons follow the text colour
        super().changeEvent(event)

    def _color_icons(self) -> None:
        color = self.palette().color(QPalette.ColorRole.ButtonText)
        for kind, button in self.buttons.items():
            button.setIcon(icon(f"urge-{kind.value}", color))

    def _build_details(self) -> QFrame:
        frame = QFrame()
        frame.setProperty("role", "banner")
        self.intensity = StrengthSlider()  # the same control as in the History's editor
        self.intensity_value = self.intensity.value_label
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What set it off? How do you feel? (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(72)
        self.unsent = QPlainTextEdit()
        self.unsent.setPlaceholderText(
            self.tr("Write what you wanted to send. It stays here and is never sent.")
        )
        self.unsent.setAccessibleName(self.tr("The message you wanted to send, kept here"))
        self.unsent.setTabChangesFocus(True)
        self.unsent.setMaximumHeight(96)
        self.unsent_label = QLabel(self.tr("Unsent message"))
        save = QPushButton(self.tr("Save details"))
        save.clicked.connect(self._save_details)
        form = QFormLayout(frame)
        form.addRow(self.tr("Strength"), self.intensity)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.unsent_label, self.unsent)
        self.crisis_note = CrisisNote(self.note, self.unsent)
        self.crisis_note.help_requested.connect(self.help_requested)
        form.addRow(self.crisis_note)
        form.addRow("", save)
        return frame

    # What the page tells it

    def show_logged(self, urge: Urge, hold: Suggestion) -> None:
        """The urge is saved: the confirmation with its Undo, and the timer with `hold`, the
        thing to hold on to meanwhile."""
        self._urge = urge
        self._confirmed_id = urge.id
        self._confirmed_urge = True
        # The first and last words are a notification's too (app/domain/words.py); only the
        # window names the urge, between them.
        logged = QCoreApplication.translate("UrgeFeedback", URGE_LOGGED)
        passes = QCoreApplication.translate("UrgeFeedback", URGE_PASSES)
        what = (
            self.tr("an urge you didn't act on.")
            if urge.kind is UrgeKind.OTHER  # "you wanted to something else" reads as no sentence
            else self.tr("you wanted to %s, and you didn't.") % urge_actions()[urge.kind]
        )
        said = f"{logged}: {what} {passes}"
        self._confirm(unbroken(said, passes), self.tr("Undo"), details=True)
        self.undo_button.setAccessibleName(self.tr("Undo: remove the urge just logged"))
        self.details.hide()
        self._start_ride(urge.at, hold)

    def show_details_saved(self) -> None:
        # Undo would take the whole urge back, message and all: the button says so.
        self._confirm(self.tr("Details saved."), self.tr("Remove this urge"), details=True)
        self.undo_button.setAccessibleName(
            self.tr("Remove this urge, with its details, from your log")
        )
        # Focus on the line that says it was saved: Space there ticks no goal by chance.
        self.details.hide()
        self.confirmation_text.setFocus()

    def confirm_other_entry(self, text: str, entry_id: str) -> None:
        """Another entry came after the urge: the confirmation and its Undo are now for that one."""
        self._urge = None
        self._confirmed_id = entry_id
        self._confirmed_urge = False
        self._confirm(text, self.tr("Undo"), details=False)
        self.undo_button.setAccessibleName(self.tr("Undo: remove the contact just recorded"))
        self.details.hide()

    def follow_entries(self, events: Sequence[Event]) -> None:
        """The entries as saved now: an entry confirmed that is gone (undone by Ctrl+Z, deleted
        on the History page or by another process) takes its confirmation with it."""
        confirmed = self._confirmed_id
        if confirmed is None:
            return
        # Newest last: the entry just confirmed is found at once among years of entries.
        found = next((event for event in reversed(events) if event.id == confirmed), None)
        if found is None:
            self._forget_confirmed()
        elif isinstance(found, Urge):
            self._urge = found  # with the details saved since

    def _undo(self) -> None:
        """The confirmation's Undo: asks to take back the entry it confirms, whatever came since;
        the entries that follow say when it is gone."""
        if self._confirmed_id is not None:
            self.undo_requested.emit(self._confirmed_id)

    def _forget_confirmed(self) -> None:
        """The entry confirmed is gone (Undo, Ctrl+Z, or deleted elsewhere): the line says so."""
        self._urge = self._confirmed_id = None
        moved_focus = self._focus_within(self.confirmation, self.details, self.ride)
        self.details.hide()
        self.ride.hide()
        self.ridden_out.hide()
        self._ride_until = None
        self.confirmation_text.setText(
            self.tr("Removed: that urge is no longer logged.")
            if self._confirmed_urge
            else self.tr("Removed: that contact is no longer recorded.")
        )
        self.details_button.hide()
        self.undo_button.hide()
        self.confirmation.show()
        if moved_focus:
            self.confirmation_text.setFocus()  # the button pressed is gone; the line says why

    def _confirm(self, text: str, undo_text: str, details: bool) -> None:
        self.undo_button.setText(undo_text)
        self.details_button.setVisible(details)
        self.confirmation.say(text, undo=True)

    def tick(self, now: datetime, urges_today: int) -> None:
        """Called every second by the page: the count, and the ride-it-out timer on the clock."""
        self.urges_today.setText(self.tr("Urges resisted today: %d") % urges_today)
        if self._ride_until is not None:
            self._show_time_left(now, self._ride_until)

    def _show_time_left(self, now: datetime, until: datetime) -> None:
        left = seconds_between(now, until)
        self._time_up = left <= 0
        if self._time_up:
            # The time is up, so the button no longer claims anything: it closes the timer.
            self.ride_time.setText(self.tr("Ten minutes ridden out. Well done."))
            self.passed_button.setText(self.tr("Done"))
            self.passed_button.setAccessibleName(self.tr("Done: close the timer"))
            return
        minutes, seconds = divmod(int(left + 0.999), 60)
        self.ride_time.setText(self.tr("Ride it out: %d:%02d") % (minutes, seconds))

    # Inner workings

    def _open_details(self) -> None:
        if self._urge is None:
            return
        self.intensity.setValue(self._urge.intensity or 0)
        self.note.setPlainText(self._urge.note)
        self.unsent.setPlainText(self._urge.unsent_message)
        is_text = self._urge.kind is UrgeKind.TEXT
        self.unsent.setVisible(is_text)
        self.unsent_label.setVisible(is_text)
        self.details.show()
        self.intensity.setFocus()
        self.details_opened.emit()

    def _save_details(self) -> None:
        if self._urge is None:
            return
        intensity = self.intensity.value() or None
        note, unsent = self.note.toPlainText(), self.unsent.toPlainText()
        self.details_saved.emit(self._urge.id, intensity, note, unsent)

    def _start_ride(self, logged_at: datetime, hold: Suggestion) -> None:
        until = self._ride_until = logged_at + RIDE_IT_OUT
        self.passed_button.setText(self.tr("It has passed"))
        self.passed_button.setAccessibleName("")
        self.ridden_out.hide()
        self.ride_suggestion.setText(self._words_to_hold(hold))
        self.ride.show()
        self._show_time_left(logged_at, until)

    def _words_to_hold(self, hold: Suggestion) -> str:
        if hold.kind is Kind.GOAL:
            return self.tr("Meanwhile, from your goals: %s") % in_window_words(hold.text)
        if hold.kind is Kind.REASON:
            reason = QCoreApplication.translate("BreakupReason", hold.text)
            return self.tr("One reason it ended, as you named it: %s") % reason
        if hold.kind is Kind.WHY_IT_ENDED:
            return self.tr("You wrote why it ended: “%s”") % hold.text
        if hold.kind is Kind.UNSENT_MESSAGE:
            return self.tr("Earlier you wanted to send “%s”. That urge passed too.") % hold.text
        return self.tr("Text a friend instead: tell them you're having a hard moment.")

    def _rode_it_out(self) -> None:
        """It has passed (or the time is up and Done closes it): a quiet line takes its place."""
        finished = self._time_up
        self._ride_until = None
        self.ridden_out.setText(
            self.tr("Ten minutes ridden out.")
            if finished
            else self.tr("It passed. You rode it out.")
        )
        self.ridden_out.show()
        self.ride.hide()
        self.ridden_out.setFocus()  # not on to the goals, where Space would tick one

    def _focus_within(self, *frames: QWidget) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and any(f.isAncestorOf(focused) for f in frames)


def _said_label() -> QLabel:
    """A line saying what just happened. Focus can rest on it (a screen reader reads it out,
    and keys there do nothing) after the control that had focus goes away."""
    label = QLabel()
    label.setWordWrap(True)
    label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return label

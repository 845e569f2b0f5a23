"""One click to log an urge: the buttons, the confirmation with undo, details, and a timer."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.domain.events import Urge, UrgeKind
from app.domain.ride_it_out import Kind, Suggestion, what_to_hold_onto
from app.domain.wallclock import local_date, seconds_between, zone_of
from app.ui.controller import Controller
from app.ui.resources import icon
from app.ui.widgets.crisis_note import CrisisNote

RIDE_IT_OUT = timedelta(minutes=10)  # most urges fade within minutes when not acted on


def _tr(text: str) -> str:
    return QCoreApplication.translate("UrgePanel", text)


def urge_labels() -> dict[UrgeKind, str]:
    """What each button says; also used by the tray menu and the history."""
    return {
        UrgeKind.TEXT: _tr("Text them"),
        UrgeKind.CALL: _tr("Call them"),
        UrgeKind.SOCIAL: _tr("Check their profile"),
        UrgeKind.FRIENDS: _tr("Ask friends about them"),
        UrgeKind.VISIT: _tr("Go where they might be"),
        UrgeKind.OTHER: _tr("Something else"),
    }


def urge_phrase(kind: UrgeKind) -> str:
    """How a sentence names an urge: "the urge to text them", or "another urge"."""
    if kind is UrgeKind.OTHER:
        return _tr("another urge")  # "the urge to something else" reads as no sentence
    return _tr("the urge to %s") % urge_labels()[kind].lower()


class UrgePanel(QWidget):
    help_requested = Signal()  # from the crisis note beside the note and unsent message

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._urge: Urge | None = None
        self._confirmed_id: str | None = None  # the urge or contact the confirmation is about
        self._ride_until: datetime | None = None

        heading = QLabel(self.tr("When the urge comes, log it instead"))
        heading.setProperty("role", "heading")
        self.buttons: dict[UrgeKind, QPushButton] = {}
        grid = QGridLayout()
        for index, (kind, label) in enumerate(urge_labels().items()):
            button = QPushButton(label)
            button.setProperty("role", "urge")
            button.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            urge = urge_phrase(kind)
            button.setToolTip(self.tr("Log %s (Ctrl+%d)") % (urge, index + 1))
            button.setAccessibleName(self.tr("I had %s") % urge)
            button.clicked.connect(lambda _=False, kind=kind: self.log(kind))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[kind] = button

        self.confirmation = QFrame()
        self.confirmation.setProperty("role", "banner")
        self.confirmation_text = QLabel()
        self.confirmation_text.setWordWrap(True)
        self.details_button = QPushButton(self.tr("Add details"))
        self.details_button.clicked.connect(self._open_details)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        row = QHBoxLayout(self.confirmation)
        row.addWidget(self.confirmation_text, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.undo_button)
        self.confirmation.hide()

        self.details = self._build_details()
        self.details.hide()

        self.ride = QFrame()
        self.ride.setProperty("role", "banner")
        self.ride_time = QLabel()
        self.ride_time.setProperty("role", "heading")
        self.ride_suggestion = QLabel()
        self.ride_suggestion.setWordWrap(True)
        self.ride_suggestion.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the user's words
        through = QPushButton(self.tr("It has passed"))
        through.clicked.connect(self._end_ride)
        ride_layout = QVBoxLayout(self.ride)
        ride_layout.addWidget(self.ride_time)
        ride_layout.addWidget(self.ride_suggestion)
        ride_layout.addWidget(through, 0, Qt.AlignmentFlag.AlignRight)
        self.ride.hide()

        self.urges_today = QLabel()
        self.urges_today.setProperty("role", "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.urges_today)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.ride)
        layout.addWidget(self.details)
        self._color_icons()
        controller.changed.connect(self._follow_entries)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
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
        self.intensity = QSlider(Qt.Orientation.Horizontal)
        self.intensity.setRange(0, 10)  # 0: not rated, which is the default
        self.intensity.setAccessibleName(self.tr("How strong the urge was, 1 to 10"))
        self.intensity_value = QLabel()
        self.intensity.valueChanged.connect(self._show_intensity)
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
        strength = QHBoxLayout()
        strength.addWidget(self.intensity, 1)
        strength.addWidget(self.intensity_value)
        form = QFormLayout(frame)
        form.addRow(self.tr("Strength"), strength)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.unsent_label, self.unsent)
        self.crisis_note = CrisisNote(self.note, self.unsent)
        self.crisis_note.help_requested.connect(self.help_requested)
        form.addRow(self.crisis_note)
        form.addRow("", save)
        self._show_intensity(0)
        return frame

    # Intents

    def log(self, kind: UrgeKind) -> None:
        urge = self._controller.log_urge(kind)
        if urge is None:
            return  # the controller reported why
        self._urge = urge
        self._confirmed_id = urge.id
        self.confirmation_text.setText(
            self.tr("Logged: an urge you didn't act on. It will pass.")
            if kind is UrgeKind.OTHER  # "you wanted to something else" reads as no sentence
            else self.tr("Logged: you wanted to %s, and you didn't. It will pass.")
            % urge_labels()[kind].lower()
        )
        self.details_button.show()
        self.confirmation.show()
        self.details.hide()
        self._start_ride()

    def undo(self) -> None:
        """The confirmation's Undo: takes back the entry it confirms, whatever came since."""
        if self._confirmed_id is not None and self._controller.undo_logging(self._confirmed_id):
            self._forget_confirmed()

    def confirm_other_entry(self, text: str, entry_id: str) -> None:
        """Another entry came after the urge: the confirmation and its Undo are now for that one."""
        self._urge = None
        self._confirmed_id = entry_id
        self.confirmation_text.setText(text)
        self.details_button.hide()
        self.confirmation.show()
        self.details.hide()

    def _follow_entries(self) -> None:
        # Undone by Ctrl+Z, or deleted on the History page or by another process.
        confirmed = self._confirmed_id
        if confirmed is None:
            return
        # Newest last: the entry just confirmed is found at once among years of entries.
        events = reversed(self._controller.logbook.events)
        if all(event.id != confirmed for event in events):
            self._forget_confirmed()

    def _forget_confirmed(self) -> None:
        self._urge = self._confirmed_id = None
        self.confirmation.hide()
        self.details.hide()
        self._end_ride()

    def tick(self) -> None:
        """Called every second by the page: counts the ride-it-out timer down on the clock."""
        count = self._controller.status().urges_today
        self.urges_today.setText(self.tr("Urges resisted today: %d") % count)
        if self._ride_until is None:
            return
        left = seconds_between(self._controller.now(), self._ride_until)
        if left <= 0:
            self.ride_time.setText(self.tr("Ten minutes ridden out. Well done."))
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

    def _save_details(self) -> None:
        if self._urge is None:
            return
        intensity = self.intensity.value() or None
        note, unsent = self.note.toPlainText(), self.unsent.toPlainText()
        if self._controller.add_urge_details(self._urge.id, intensity, note, unsent):
            self.details.hide()
            self.confirmation_text.setText(self.tr("Details saved."))

    def _show_intensity(self, value: int) -> None:
        self.intensity_value.setText(str(value) if value else self.tr("not rated"))

    def _start_ride(self) -> None:
        now = self._controller.now()
        self._ride_until = now + RIDE_IT_OUT
        # Counting every urge ever logged, not today's, each urge offers the next thing in turn.
        turn = max(self._controller.status().urges_total - 1, 0)
        hold = what_to_hold_onto(self._controller.logbook, local_date(now, zone_of(now)), turn)
        self.ride_suggestion.setText(self._words_to_hold(hold))
        self.ride.show()
        self.tick()

    def _words_to_hold(self, hold: Suggestion) -> str:
        if hold.kind is Kind.GOAL:
            return self.tr("Meanwhile, from your goals: %s") % hold.text
        if hold.kind is Kind.REASON:
            return self.tr("One reason it ended, as you named it: %s") % hold.text
        if hold.kind is Kind.WHY_IT_ENDED:
            return self.tr("You wrote why it ended: “%s”") % hold.text
        if hold.kind is Kind.UNSENT_MESSAGE:
            return self.tr("Earlier you wanted to send: “%s” That urge passed too.") % hold.text
        return self.tr("Text a friend instead: tell them you're having a hard moment.")

    def _end_ride(self) -> None:
        self._ride_until = None
        self.ride.hide()

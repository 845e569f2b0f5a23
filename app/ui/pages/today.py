"""The Today page: the countdown, the streak, one-click urges, and today's goals."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.goals import Recurrence, is_done
from app.domain.safety import healing_first
from app.domain.status import Status
from app.domain.wallclock import local_date, zone_of
from app.ui.controller import Controller
from app.ui.widgets.progress_ring import ProgressRing
from app.ui.widgets.urge_panel import UrgePanel

TICK_MS = 1000


class TodayPage(QWidget):
    help_requested = Signal()  # "If it is hard right now": the window shows the one help text

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._goals_day: date | None = None  # the local day the goals list was filled for

        self.ring = ProgressRing()
        self.time_left = QLabel()
        self.time_left.setProperty("role", "heading")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.target = QLabel()
        self.target.setProperty("role", "muted")
        self.target.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.target.setWordWrap(True)
        self.ring.setFixedSize(260, 260)
        self.figures = _Figures()
        countdown = QVBoxLayout()
        countdown.setSpacing(6)
        countdown.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        countdown.addWidget(self.time_left)
        countdown.addWidget(self.target)
        countdown.addSpacing(12)
        countdown.addWidget(self.figures)
        countdown.addStretch(1)

        self.urges = UrgePanel(controller)
        self.urges.help_requested.connect(self.help_requested)
        # Labels and the urge panel keep their natural height; the goals list takes the rest.
        for widget in (self.time_left, self.target, self.urges):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        goals_heading = QLabel(self.tr("Today's goals"))
        goals_heading.setProperty("role", "heading")
        self.goals = QListWidget()
        self.goals.setAccessibleName(self.tr("Today's goals"))
        self.goals.setSpacing(3)
        self.goals.setMinimumHeight(180)
        self.goals.itemChanged.connect(self._tick_goal)
        actions = QVBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.urges)
        actions.addSpacing(12)
        actions.addWidget(goals_heading)
        actions.addWidget(self.goals, 1)

        top = QHBoxLayout()
        top.setSpacing(32)
        top.addLayout(countdown, 2)
        top.addLayout(actions, 3)

        self.contact = QPushButton(self.tr("I had contact with them…"))
        self.contact.setFlat(True)
        self.contact.setProperty("role", "quiet")
        self.contact.clicked.connect(self.record_contact)
        # Quiet but always there: the page people open at their hardest moment.
        self.help = QPushButton(self.tr("If it is hard right now"))
        self.help.setFlat(True)
        self.help.setProperty("role", "quiet")
        self.help.clicked.connect(self.help_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.help)
        bottom.addStretch(1)
        bottom.addWidget(self.contact)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)

        controller.changed.connect(self.show_entries)
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        self.show_entries()

    def show_entries(self) -> None:
        """Everything from the controller's entries; the countdown part again on every tick."""
        self._render_goals()
        self.tick()

    def tick(self) -> None:
        # Recomputed from the clock every time, so the figures are right after a sleep.
        status = self._controller.status()
        if local_date(status.now, zone_of(status.now)) != self._goals_day:
            self._render_goals()  # a new day: daily goals are open again, with nothing saved
        self._render_countdown(status)
        self.figures.show_status(status)
        self.urges.tick()

    def record_contact(self) -> None:
        from app.ui.dialogs.contact import ContactDialog  # loaded when first opened

        healing = healing_first(self._controller.logbook)
        details = ContactDialog.ask(self._controller.status().streak_days, self, healing=healing)
        if details is None:
            return
        contact = self._controller.record_contact(
            details.kind, details.started_by, details.necessary, details.note
        )
        if contact is None:
            return
        self.urges.confirm_other_entry(
            self.tr("Recorded. A new run starts now; the days before it stay counted.")
            if contact.breaks_no_contact
            else self.tr("Recorded. Your run goes on."),
            contact.id,
        )

    def _render_countdown(self, status: Status) -> None:
        countdown = status.countdown
        if countdown is None:
            self.ring.set_progress(0)
            self.ring.set_day_text(self.tr("Not started"))
            self.ring.set_caption("")
            self.time_left.setText("")
            self.target.setText(self.tr("Open Settings to set when your last contact was."))
            return
        self.ring.set_progress(countdown.progress)
        self.ring.set_day_text(self.tr("Day %d") % status.streak_days)
        self.ring.set_reached(countdown.target_reached)
        target_at = countdown.target_at.astimezone(zone_of(status.now))
        if countdown.target_reached:
            # Past the target "Day 33 of 30" would read as overdue: the day, and when it was won.
            self.ring.set_caption(self.tr("target reached on %s") % f"{target_at:%a %d %b}")
            self.time_left.setText(self.tr("You reached day %d.") % countdown.target_days)
            self.target.setText(
                self.tr(
                    "However today feels, these days were yours to keep. Healing goes on at "
                    "your own pace; Next steps has support and what helps, whenever you want it."
                )
                if healing_first(self._controller.logbook)
                else self.tr(
                    "However today feels, these days were yours to keep. When you are ready, "
                    "think about what comes next: reaching out, or moving on. Both are fine."
                )
            )
            return
        self.ring.set_caption(self.tr("of %d") % countdown.target_days)
        days, hours, minutes, seconds = _split(countdown.remaining)
        self.time_left.setText(
            self.tr("%d days %02d:%02d:%02d to go") % (days, hours, minutes, seconds)
        )
        self.target.setText(
            self.tr("Day %d arrives on %s")
            % (countdown.target_days, f"{target_at:%a %d %b, %H:%M}")
        )

    def _render_goals(self) -> None:
        logbook = self._controller.logbook
        now = self._controller.now()
        today = local_date(now, zone_of(now))
        self._goals_day = today
        self.goals.blockSignals(True)  # filling the list is not the user ticking
        self.goals.clear()
        for goal in logbook.goals:
            done = is_done(goal, logbook.completions, today)
            if goal.recurrence is Recurrence.ONCE and done:
                continue  # a one-off goal, once done, no longer belongs to a day
            when = {Recurrence.DAILY: self.tr("today"), Recurrence.WEEKLY: self.tr("this week")}
            item = QListWidgetItem(f"{goal.title}  ·  {when.get(goal.recurrence, self.tr('once'))}")
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        self.goals.blockSignals(False)

    def _tick_goal(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        if not self._controller.set_goal_done(item.data(Qt.ItemDataRole.UserRole), done):
            self._render_goals()  # not saved: show what is on disk


class _Figures(QFrame):
    """The streak figures, two by two: current, longest, days without contact, and which run."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        self._captions = captions = {
            "current": self.tr("Current streak"),
            "longest": self.tr("Longest streak"),
            "total": self.tr("Days without contact"),
            "run": self.tr("Run"),
        }
        for column, (key, caption) in enumerate(captions.items()):
            value = QLabel()
            value.setProperty("role", "figure")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(caption)
            label.setProperty("role", "muted")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # Two by two: the figures sit under the ring.
            grid.addWidget(value, 2 * (column // 2), column % 2)
            grid.addWidget(label, 2 * (column // 2) + 1, column % 2)
            self.values[key] = value

    def show_status(self, status: Status) -> None:
        days = self.tr("%d days")
        self.values["current"].setText(days % status.streak_days)
        self.values["longest"].setText(days % status.longest_streak_days)
        self.values["total"].setText(
            self.tr("%d of %d") % (status.total_no_contact_days, status.tracked_days)
        )
        self.values["run"].setText(str(status.attempts))
        for key, value in self.values.items():
            # A name set on a label replaces its text for a screen reader: the figure goes in it.
            # Set only when it changes: this runs every second, and each change is announced.
            name = self.tr("%s: %s") % (self._captions[key], value.text())
            if value.accessibleName() != name:
                value.setAccessibleName(name)


def _split(left: timedelta) -> tuple[int, int, int, int]:
    """Days, hours, minutes and seconds, rounded up so the last second shows 00:00:01."""
    seconds = int(-(-left.total_seconds() // 1))
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    return days, hours, minutes, seconds

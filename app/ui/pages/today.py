"""The Today page: the countdown, the streak, one-click urges, and today's goals."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from app.domain.check_ins import Mood, Pull, check_in_on
from app.domain.check_ins import today as check_in_day
from app.domain.events import UrgeKind
from app.domain.goals import Recurrence, is_done, today_progress
from app.domain.hard_dates import falling_on
from app.domain.intents import Touched
from app.domain.ride_it_out import what_to_hold_onto
from app.domain.safety import healing_first
from app.domain.status import Status
from app.domain.wallclock import local_date, zone_of
from app.ui.controller import Controller
from app.ui.speech import goal_title
from app.ui.widgets.check_in_card import CheckInCard
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.hard_day_card import HardDayCard
from app.ui.widgets.page_width import KeepCentred
from app.ui.widgets.progress_ring import ProgressRing
from app.ui.widgets.urge_panel import UrgePanel
from app.ui.wording import days_text, short_day_text

if TYPE_CHECKING:
    # Named in the goal delegate's signature only: importing them builds their Qt enums, which
    # the start does not need before its first paint.
    from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
    from PySide6.QtWidgets import QStyleOptionViewItem

TICK_MS = 1000
MAX_WIDTH = 1200  # wider than this the urge buttons stretch into bars: the page stays centred
# The ring takes the height the lines under it leave, within these bounds: it grows with the
# window, and shrinks before the page would need a scroll bar.
SMALLEST_RING, LARGEST_RING = 170, 400
COLUMN_GAP = 32
GOALS_LEAST_HEIGHT = 96  # a few goals; the rest of the height goes to the urge panel first


class TodayPage(QWidget):
    """Today: the countdown ring, the streak figures, one-click urge logging and today's goals."""

    help_requested = Signal()  # "If it is hard right now": the window shows the one help text
    next_steps_requested = Signal()  # past the target: the window opens Next steps

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._goals_day: date | None = None  # the local day the goals list was filled for

        self.ring = ProgressRing(preferred_height=SMALLEST_RING)
        self.time_left = QLabel()
        self.time_left.setProperty("role", "heading")
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_left.setWordWrap(True)  # a longer language's words may take two lines
        self.target = QLabel()
        self.target.setProperty("role", "muted")
        self.target.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.target.setWordWrap(True)
        # It asks for its least size (a page asking for more than the window has would get a
        # scroll bar); the column gives it what is left, and it draws the circle to fit. Asking
        # for no height at all would be worse: the page's height for its width would leave the
        # ring out, and a check-in wrapped onto more rows would be squeezed under it.
        self.ring.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.ring.setMinimumSize(SMALLEST_RING, SMALLEST_RING)
        self.ring.setMaximumHeight(LARGEST_RING)
        # Past the target, Next steps is one click away: support first when healing comes first.
        self.next_steps = QPushButton()
        self.next_steps.clicked.connect(self.next_steps_requested)
        self.next_steps.hide()
        self.figures = _Figures()
        countdown = QVBoxLayout()
        countdown.setSpacing(6)
        countdown.addWidget(self.ring, 10)
        countdown.addWidget(self.time_left)
        countdown.addWidget(self.target)
        countdown.addWidget(self.next_steps, 0, Qt.AlignmentFlag.AlignHCenter)
        countdown.addSpacing(12)
        countdown.addWidget(self.figures)
        # The day's check-in, under the figures: the ring gives up height for it.
        self.check_in = CheckInCard()
        self.check_in.check_in_requested.connect(self._check_in)
        self.check_in.help_requested.connect(self.help_requested)
        # Its height for its width, never less (its answers wrap in a longer language); the ring
        # and the stretch below take any height to spare.
        self.check_in.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        countdown.addWidget(self.check_in)
        countdown.addStretch(1)  # past the ring's largest size, the rest is space below

        self.urges = UrgePanel()
        self.urges.log_requested.connect(self.log_urge)
        self.urges.undo_requested.connect(controller.undo_logging)
        self.urges.details_saved.connect(self._save_urge_details)
        self.urges.help_requested.connect(self.help_requested)
        self.urges.details_opened.connect(self._bring_details_into_view)
        # Labels and the urge panel keep their natural height; the goals list takes the rest
        # (it alone stretches). The panel is not capped at its usual height: in a longer
        # language its buttons may need a column, and the height for it.
        for widget in (self.time_left, self.target):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        goals_heading = QLabel(self.tr("Today's goals"))
        goals_heading.setProperty("role", "heading")
        # The same count as the Goals page's "Today: 3 of 14 done".
        self.goals_done = QLabel()
        self.goals_done.setProperty("role", "muted")
        # The count at the row's end, or under the heading when a longer language needs both.
        self.goals_done.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.goals_done.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        goals_top = FlowLayout()
        goals_top.addWidget(goals_heading)
        goals_top.addWidget(self.goals_done)
        self.goals = _GoalsList()
        self.goals.setAccessibleName(self.tr("Today's goals"))
        self.goals.setSpacing(3)
        self.goals.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.goals.setItemDelegate(_TickAnywhere(self.goals))  # the title ticks, as on Goals
        self.goals.itemChanged.connect(self._tick_goal)
        actions = QVBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.urges)
        actions.addSpacing(12)
        actions.addLayout(goals_top)
        actions.addWidget(self.goals, 1)

        top = QHBoxLayout()
        top.setSpacing(COLUMN_GAP)
        # At the smallest size the urge buttons keep two to a row (in English): 3 to 5.
        top.addLayout(countdown, 3)
        top.addLayout(actions, 5)

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

        # On a day the user said would be hard: their plan, above everything else.
        self.hard_day = HardDayCard()
        self.hard_day.plan_requested.connect(self.make_hard_day_plan)
        self.hard_day.help_requested.connect(self.help_requested)

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(self.hard_day)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)
        # Tab reaches the urge buttons first, as at the hardest moment; the check-in after goals.
        before: QWidget = self.goals
        for stop in self.check_in.tab_stops():
            QWidget.setTabOrder(before, stop)
            before = stop
        self.centred = KeepCentred(self, MAX_WIDTH)

        controller.changed.connect(self._follow)
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        self.show_entries()

    def show_entries(self) -> None:
        """Everything from the controller's entries; the countdown part again on every tick."""
        self._render_goals()
        self.urges.follow_entries(self._controller.logbook.events)
        self._show_check_in()
        self._show_hard_day()
        self.tick()

    def _follow(self, touched: Touched) -> None:
        """What a change touched, and only that: the goals list is filled again for the goals
        alone, so a journal entry or a setting saved leaves the user's place in it as it was."""
        if Touched.GOALS in touched:
            self._render_goals()
        if Touched.EVENTS in touched:
            self.urges.follow_entries(self._controller.logbook.events)
        if Touched.HARD_DATES in touched:
            self._show_hard_day()
        if Touched.CHECK_INS in touched:
            self._show_check_in()
        # The countdown and the figures; past the target, words that follow healing first.
        if touched & (Touched.EVENTS | Touched.PREFERENCES | Touched.REASONS):
            self.tick()

    def tick(self) -> None:
        # Recomputed from the clock every time, so the figures are right after a sleep.
        status = self._controller.status()
        if local_date(status.now, zone_of(status.now)) != self._goals_day:
            self._render_goals()  # a new day: daily goals are open again, with nothing saved
            self._show_hard_day()  # and a hard date comes, or goes, with the day
            self._show_check_in()  # and the check-in waits for the new day's answers
        self._render_countdown(status)
        self.figures.show_status(status)
        self.urges.tick(status.now, status.urges_today)

    def log_urge(self, kind: UrgeKind) -> bool:
        """Saves an urge resisted now, from a button, its shortcut, or the tray; False when it
        could not be (the controller said why)."""
        urge = self._controller.log_urge(kind)
        if urge is None:
            return False
        # Counting every urge ever logged, not today's, each urge offers the next thing in turn.
        turn = max(self._controller.status().urges_total - 1, 0)
        today = local_date(urge.at, zone_of(urge.at))
        self.urges.show_logged(urge, what_to_hold_onto(self._controller.logbook, today, turn))
        return True

    def focus_check_in(self) -> None:
        """The check-in reminder was clicked: the card comes into view with the focus."""
        self.check_in.take_focus()
        self._bring_into_view(self.check_in)

    def _check_in(self, mood: Mood, pull: Pull, note: str) -> None:
        saved = self._controller.check_in(mood, pull, note)
        if saved is None:
            self._show_check_in()  # not saved: the card shows what is on disk
        else:
            self.check_in.show_saved(saved)

    def _show_check_in(self) -> None:
        day = check_in_day(self._controller.now())
        self.check_in.show_check_in(check_in_on(self._controller.logbook.check_ins, day))

    def make_hard_day_plan(self, hard_date_id: str) -> None:
        """The hard dates, open at today's one without a plan, to make one."""
        from app.ui.dialogs.hard_dates import HardDatesDialog  # loaded when first opened

        HardDatesDialog(self._controller, self, editing=hard_date_id).exec()

    def _show_hard_day(self) -> None:
        now = self._controller.now()
        today = local_date(now, zone_of(now))
        self.hard_day.show_days(falling_on(self._controller.logbook.hard_dates, today))

    def _save_urge_details(
        self, urge_id: str, intensity: int | None, note: str, unsent_message: str
    ) -> None:
        if self._controller.add_urge_details(urge_id, intensity, note, unsent_message):
            self.urges.show_details_saved()

    def record_contact(self) -> None:
        from app.ui.dialogs.contact import ContactDialog  # loaded when first opened

        healing = healing_first(self._controller.logbook)
        streak_days = self._controller.status().streak_days
        clock = self._controller.now
        details = ContactDialog.ask(streak_days, self, healing=healing, clock=clock)
        if details is None:
            return
        contact = self._controller.record_contact(
            details.kind, details.started_by, details.necessary, details.note, at=details.at
        )
        if contact is None:
            return
        if not contact.breaks_no_contact:
            said = self.tr("Recorded. Your run goes on.")
        elif details.at is None:
            said = self.tr("Recorded. A new run starts now; the days before it stay counted.")
        else:
            when = contact.at.astimezone(zone_of(clock()))
            said = self.tr(
                "Recorded for %s. The run it fell in ended then; the days before it stay counted."
            )
            said %= f"{short_day_text(when.date())}, {when:%H:%M}"
        self.urges.confirm_other_entry(said, contact.id)

    def _render_countdown(self, status: Status) -> None:
        countdown = status.countdown
        reached = countdown is not None and countdown.target_reached
        if self.next_steps.isHidden() == reached:
            self.next_steps.setVisible(reached)
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
            healing = healing_first(self._controller.logbook)
            # Past the target "Day 33 of 30" would read as overdue: the day, and when it was won.
            reached_on = short_day_text(target_at.date())
            self.ring.set_caption(self.tr("target reached on %s") % reached_on)
            self.time_left.setText(self.tr("You reached day %d.") % countdown.target_days)
            self.target.setText(
                self.tr(
                    "However today feels, these days were yours to keep. Healing goes on at "
                    "your own pace; Next steps has support and what helps, whenever you want it."
                )
                if healing
                else self.tr(
                    "However today feels, these days were yours to keep. When you are ready, "
                    "think about what comes next: reaching out, or moving on. Both are fine."
                )
            )
            self.next_steps.setText(
                # Next steps opens with a look back at these weeks; the button says so first.
                self.tr("Look back, then support and moving on")
                if healing
                else self.tr("Look back, then what comes next")
            )
            return
        self.ring.set_caption(self.tr("of %d") % countdown.target_days)
        days, hours, minutes, seconds = _split(countdown.remaining)
        self.time_left.setText(
            self.tr("%n days %02d:%02d:%02d to go", "", days) % (hours, minutes, seconds)
        )
        self.target.setText(
            self.tr("Day %d arrives on %s")
            % (countdown.target_days, f"{short_day_text(target_at.date())}, {target_at:%H:%M}")
        )

    def _render_goals(self) -> None:
        logbook = self._controller.logbook
        now = self._controller.now()
        today = local_date(now, zone_of(now))
        self._goals_day = today
        progress = today_progress(logbook.goals, logbook.completions, today)
        self.goals_done.setText(
            self.tr("%d of %d done") % (progress.done, progress.total) if progress.total else ""
        )
        self.goals.blockSignals(True)  # filling the list is not the user ticking
        self.goals.clear()
        for goal in logbook.goals:
            done = is_done(goal, logbook.completions, today)
            if goal.recurrence is Recurrence.ONCE and any(
                c.goal_id == goal.id and c.day < today for c in logbook.completions
            ):
                continue  # a one-off goal done on an earlier day no longer belongs to a day
            # Outside the f-string, where lupdate reads it.
            when = {
                Recurrence.DAILY: self.tr("today"),
                Recurrence.WEEKLY: self.tr("this week"),
                Recurrence.ONCE: self.tr("once"),
            }[goal.recurrence]
            item = QListWidgetItem(f"{goal_title(goal)}  ·  {when}")
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        self.goals.blockSignals(False)

    def _tick_goal(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        if not self._controller.set_goal_done(item.data(Qt.ItemDataRole.UserRole), done):
            self._render_goals()  # not saved: show what is on disk

    def _bring_details_into_view(self) -> None:
        """Where the page scrolls (a small window), the urge's details scroll into view."""
        self._bring_into_view(self.urges.details)

    def _bring_into_view(self, widget: QWidget) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            return
        scroller = parent

        def show() -> None:
            scroller.ensureWidgetVisible(widget, 0, 0)

        QTimer.singleShot(0, show)  # once the layout has made room for them


class _Figures(QFrame):
    """The streak figures, two by two: current, longest, days without contact, and which run."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        grid.setRowMinimumHeight(2, 10)  # a little air between the two rows of figures
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
            label.setWordWrap(True)  # two side by side in a narrow column: a caption may wrap
            # Two by two under the ring; row 2 is the gap between the pairs.
            grid.addWidget(value, 3 * (column // 2), column % 2)
            grid.addWidget(label, 3 * (column // 2) + 1, column % 2)
            self.values[key] = value

    def show_status(self, status: Status) -> None:
        self.values["current"].setText(days_text(status.streak_days))
        self.values["longest"].setText(days_text(status.longest_streak_days))
        self.values["total"].setText(
            self.tr("%d of %d") % (status.total_no_contact_days, status.tracked_days)
            if status.tracked_days
            else days_text(0)  # on the first day "0 of 0" says nothing
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


class _GoalsList(QListWidget):
    """Today's goals, asking for a few goals' height and taking whatever the page has left.

    Small enough that a logged urge's confirmation and timer fit at the default size without a
    scroll bar around the page: the list scrolls its own goals instead. It asks for that least
    height rather than none: the page asks the window for a height for its width, and a list
    counted as nothing there would be squeezed under an urge panel a longer language wraps.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(GOALS_LEAST_HEIGHT)
        # A long title (a longer language's, or the user's own) wraps onto a second line
        # rather than hiding its end past a sideways scroll bar.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), GOALS_LEAST_HEIGHT)


class _TickAnywhere(QStyledItemDelegate):
    """A click anywhere on a goal ticks or unticks it, as on the Goals page, not only its box."""

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        checkable = bool(index.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        if checkable and isinstance(event, QMouseEvent):
            inside = option.rect.contains(event.position().toPoint())
            left = event.button() == Qt.MouseButton.LeftButton
            if inside and left and event.type() == QEvent.Type.MouseButtonRelease:
                checked = Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole))
                ticked = checked != Qt.CheckState.Checked
                state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                return model.setData(index, state, Qt.ItemDataRole.CheckStateRole)
            if inside and left and event.type() == QEvent.Type.MouseButtonDblClick:
                return True  # the release after it ticks again, as a second click would
        return super().editorEvent(event, model, option, index)

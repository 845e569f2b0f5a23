"""Desktop notifications: where they are shown, the daily check-in reminder, milestones, and the
evening before a hard date.

Wording stays neutral (no name, nothing about the ex): notifications can appear on a lock screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.domain.clock import Clock
from app.domain.countdown import Milestone
from app.domain.hard_dates import HardDate, falling_the_day_after
from app.domain.status import Status
from app.domain.wallclock import when_wall_clock_shows
from app.domain.words import URGE_LOGGED, URGE_PASSES
from app.system.desktop_notify import DEFAULT_ACTION, Action
from app.ui.desktop_notifications import DesktopNotifications
from app.ui.main_window import Page
from app.ui.translation import TranslationContext
from app.ui.tray import Tray

CHECK_INTERVAL_MS = 30_000
# The evening before a hard date, at a fixed early-evening hour rather than the check-in time:
# that may be set for the morning, and the note belongs to the evening before, early enough to
# call a friend or settle a plan.
EVENING_BEFORE = time(19, 0)
SNOOZE_FOR = timedelta(hours=1)
SNOOZE = "snooze"  # the action key of the check-in's "Snooze for an hour"


# What the notifications say. One wording serves every mode: it names only Holdfast, days and
# the user's own target, so it suits discreet mode and a lock screen as it is, and it never
# speaks of reaching out or of what comes next with them, so healing first needs no other.


class Notifications(TranslationContext):
    """What notifications say; a context of its own, as lupdate reads no count in translate()."""


def notification_title() -> str:
    return QCoreApplication.translate("Notifications", "Holdfast")


def check_in_text() -> str:
    return QCoreApplication.translate("Notifications", "Time for your daily check-in.")


def hard_day_text(planned: bool) -> str:
    """The evening before a hard date. Never its label: it may name someone, and a lock screen
    may show this. Nothing in it speaks of reaching out, so healing first needs no other."""
    if planned:
        return QCoreApplication.translate(
            "Notifications", "Tomorrow may be a hard day. You have a plan."
        )
    return QCoreApplication.translate(
        "Notifications",
        "Tomorrow may be a hard day. A small plan can help: something kind for yourself, and "
        "someone you trust to be with.",
    )


def milestone_text(milestone: Milestone) -> str:
    if milestone.is_target:
        return Notifications.tr("You reached your target: day %n.", "", milestone.days)
    return Notifications.tr("Day %n reached.", "", milestone.days)


def still_running_text(in_tray: bool) -> str:
    """Said once, when closing the window first leaves Holdfast running: how to quit it."""
    if in_tray:
        return QCoreApplication.translate(
            "Notifications", "Holdfast keeps running in the tray; quit it from the tray menu."
        )
    return QCoreApplication.translate(
        "Notifications",
        "Holdfast keeps running for your reminders; to quit it, open it and choose "
        "Holdfast > Quit, or press Ctrl+Q.",
    )


def open_label() -> str:
    """A click on the notification itself; some desktops show it as a button."""
    return QCoreApplication.translate("Notifications", "Open Holdfast")


def snooze_label() -> str:
    return QCoreApplication.translate("Notifications", "Snooze for an hour")


@dataclass(frozen=True)
class Note:
    """One notification: what it says, the page a click on it opens (None: a click does
    nothing), and whether it offers to come back in an hour."""

    title: str
    body: str
    page: Page | None = None
    snoozes: bool = False

    def actions(self) -> list[Action]:
        offered = [(DEFAULT_ACTION, open_label())] if self.page is not None else []
        if self.snoozes:
            offered.append((SNOOZE, snooze_label()))
        return offered


def check_in_note() -> Note:
    return Note(notification_title(), check_in_text(), Page.TODAY, snoozes=True)


def hard_day_note(planned: bool) -> Note:
    # Today is where the day's plan is shown.
    return Note(notification_title(), hard_day_text(planned), Page.TODAY)


def milestone_note(milestone: Milestone) -> Note:
    # At the target, what comes next is on Next steps; before it, the days are on Today.
    page = Page.NEXT_STEPS if milestone.is_target else Page.TODAY
    return Note(notification_title(), milestone_text(milestone), page)


def urge_logged_note() -> Note:
    """An urge logged from the tray while the window is hidden: the window's own first and last
    words, naming no urge (a lock screen may show it)."""
    return Note(
        QCoreApplication.translate("UrgeFeedback", URGE_LOGGED),
        QCoreApplication.translate("UrgeFeedback", URGE_PASSES),
        Page.TODAY,
    )


def kept_while_locked_note() -> Note:
    """An urge logged from the tray while Holdfast is locked: kept, and counted at the unlock."""
    return Note(
        QCoreApplication.translate("UrgeFeedback", URGE_LOGGED),
        QCoreApplication.translate(
            "UrgeFeedback", "It is kept safe and counted when you next unlock Holdfast."
        ),
        Page.TODAY,
    )


def still_running_note(in_tray: bool) -> Note:
    return Note(notification_title(), still_running_text(in_tray))


class Notifier(QObject):
    """Shows a notification through the desktop's notification service; where there is none
    (or it says no), through the tray; where that cannot either, it asks for a banner."""

    banner_requested = Signal(str, str)  # title, body: nothing else can show this one
    # The Note clicked (its page is where the window opens), and an activation token.
    open_requested = Signal(object, str)
    snooze_requested = Signal()

    def __init__(
        self,
        tray: Tray | None,
        desktop: DesktopNotifications | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._desktop = desktop
        self._in_balloon: Note | None = None  # the tray shows one message at a time
        if desktop is not None:
            desktop.clicked.connect(self._clicked)
            desktop.failed.connect(self._without_desktop)
        if tray is not None:
            tray.system_icon().messageClicked.connect(self._balloon_clicked)

    def notify(self, note: Note) -> None:
        if self._desktop is not None and self._desktop.show(
            note, note.title, note.body, note.actions()
        ):
            return
        self._without_desktop(note)

    def _without_desktop(self, note: Note) -> None:
        if self._tray is not None and self._tray.show_message(note.title, note.body):
            self._in_balloon = note
            return
        self.banner_requested.emit(note.title, note.body)

    def _clicked(self, note: Note, action: str, activation_token: str) -> None:
        if action == DEFAULT_ACTION and note.page is not None:
            self.open_requested.emit(note, activation_token)
        elif action == SNOOZE and note.snoozes:
            self.snooze_requested.emit()

    def _balloon_clicked(self) -> None:
        if self._in_balloon is not None and self._in_balloon.page is not None:
            self.open_requested.emit(self._in_balloon, "")


class CheckInReminder(QObject):
    """Says when the daily check-in is due: once a day, at or after a local time of day.

    A single long timer would drift through sleep and miss clock changes, so a short timer
    compares the clock with the next due instant each time. Instants are compared in UTC:
    Python compares two datetimes sharing one zone by their wall times, which is wrong in the
    hour repeated when clocks go back.

    After a sleep it fires once for all the days missed. Each firing stands for one local day's
    check-in, so a catch-up on waking before today's time leaves today's own reminder in place.

    A day whose check-in has begun needs no reminder: it stays quiet on a day the window was
    opened (`opened`) or something was logged (`logged_on`, given the day and the zone).
    """

    due = Signal()

    def __init__(
        self,
        clock: Clock,
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_INTERVAL_MS,
        logged_on: Callable[[date, tzinfo], bool] = lambda _day, _zone: False,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._logged_on = logged_on
        self._opened_on: date | None = None  # the local day the window was last opened
        self._snoozed_until: datetime | None = None  # in UTC
        self._enabled = False
        self._at = time(20, 0)
        self._next_due: datetime | None = None  # in UTC
        self._zone: tzinfo | None = None  # the zone _next_due was worked out in
        self._last_seen: datetime | None = None  # in UTC: the clock at the previous look
        self._covered: date | None = None  # the local day whose check-in was announced last
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def set_schedule(self, enabled: bool, at: time) -> None:
        """Turns the reminder on at local time `at`, or off. Setting the same schedule again
        changes nothing, so re-applied preferences never push back a reminder about to fire."""
        if at.tzinfo is not None:
            raise ValueError("the check-in time is a local time of day")
        at = at.replace(fold=0)
        if enabled == self._enabled and at == self._at:
            return
        self._enabled = enabled
        self._at = at
        if not enabled:
            self._timer.stop()
            self._next_due = None
            self._snoozed_until = None
            return
        now = self._clock.now()
        self._last_seen = now.astimezone(UTC)
        # A time already past today waits for tomorrow: turning it on late does not fire at once.
        self._reschedule(now, after=now)
        self._timer.start()

    def next_due(self) -> datetime | None:
        """The next instant the reminder fires, on the local clock; None when it is off."""
        if self._next_due is None or self._zone is None:
            return None
        return self._next_due.astimezone(self._zone)

    def opened(self) -> None:
        """The window was shown or activated: today's check-in has begun."""
        self._opened_on = self._clock.now().date()

    def snooze(self) -> None:
        """Reminds once more an hour from now, even when that is past the day's time."""
        self._snoozed_until = self._clock.now().astimezone(UTC) + SNOOZE_FOR

    def check(self) -> None:
        """Fires `due` when the clock has reached the due instant or the end of a snooze, unless
        the check-in has begun; the timer calls this."""
        now = self._clock.now()
        now_utc = now.astimezone(UTC)
        last_seen, self._last_seen = self._last_seen, now_utc
        if not self._enabled or self._next_due is None:
            return
        if last_seen is not None and now_utc < last_seen:
            # The clock was set back: the old due instant may now lie days ahead.
            self._reschedule(now, after=now)
        elif now.tzinfo != self._zone:
            # The user travelled: the time of day now means the new zone's wall clock. A due
            # time that passed in the new zone since the last look still fires.
            self._reschedule(now, after=last_seen.astimezone(now.tzinfo) if last_seen else now)
        remind = self._snooze_ended(now_utc)
        if now_utc >= self._next_due:
            # However many days were slept through, one reminder covers them: the latest.
            today = now.date()
            if _occurrence(today, self._at, _zone(now)) > now_utc:
                today -= timedelta(days=1)  # woken before today's time: yesterday's was missed
            self._covered = today
            self._reschedule(now, after=now)
            remind = True
        if remind and not self._checked_in(now):
            self.due.emit()

    def _snooze_ended(self, now_utc: datetime) -> bool:
        if self._snoozed_until is None or now_utc < self._snoozed_until:
            return False
        self._snoozed_until = None  # once: a snooze is not a second daily reminder
        return True

    def _checked_in(self, now: datetime) -> bool:
        """Whether the check-in has begun today, or on the day the reminder is for."""
        days = {now.date()} if self._covered is None else {now.date(), self._covered}
        return any(day == self._opened_on or self._logged_on(day, _zone(now)) for day in days)

    def _reschedule(self, now: datetime, after: datetime) -> None:
        """The first due instant later than `after`, on a day not announced already."""
        zone = _zone(now)
        after_utc = after.astimezone(UTC)
        day = after.astimezone(zone).date()
        while True:
            instant = _occurrence(day, self._at, zone)
            if instant > after_utc and day != self._covered:
                break
            day += timedelta(days=1)
        self._next_due = instant
        self._zone = zone


def _zone(now: datetime) -> tzinfo:
    assert now.tzinfo is not None  # a Clock always tells aware time
    return now.tzinfo


def _occurrence(day: date, at: time, zone: tzinfo) -> datetime:
    """The UTC instant `day`'s wall clock in `zone` first shows `at`.

    When the clocks go back and `at` happens twice, it is the first time; when they jump over
    `at`, it is the moment of the jump, when the wall clock passes it.
    """
    return when_wall_clock_shows(datetime.combine(day, at), zone).astimezone(UTC)


class HardDayEve(QObject):
    """Says, the evening before a hard date, that tomorrow may be hard: once per date, from
    EVENING_BEFORE on, local time.

    Like the check-in reminder, a short timer compares the clock each time, so sleep, a clock
    change or travel cannot make it drift. Woken later that evening, it still says it; woken on
    the hard day itself, it says nothing ("tomorrow" would be wrong then: that day has Today's
    card). Each date is announced once while Holdfast runs; a date added that evening, after
    EVENING_BEFORE, is announced at the next look.
    """

    due = Signal(bool)  # whether a plan was made for tomorrow's hard date (any, if several)

    def __init__(
        self,
        clock: Clock,
        hard_dates: Callable[[], Iterable[HardDate]],
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._hard_dates = hard_dates
        self._announced: set[date] = set()  # the hard days said already
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()
        self.check()

    def check(self) -> None:
        """Fires `due` when it is the evening before a hard date not announced yet; the timer
        calls this."""
        now = self._clock.now()
        today = now.date()  # the clock tells local time
        if now.astimezone(UTC) < _occurrence(today, EVENING_BEFORE, _zone(now)):
            return
        coming = falling_the_day_after(self._hard_dates(), today)
        tomorrow = today + timedelta(days=1) if coming else None
        if tomorrow is None or tomorrow in self._announced:
            return
        self._announced.add(tomorrow)
        self.due.emit(any(hard_date.plan for hard_date in coming))


class MilestoneAnnouncer(QObject):
    """Announces each milestone the moment it is reached while the app watches.

    A milestone is announced only when an earlier update saw it not yet reached: opening the app
    on day 10 announces nothing, and a target moved to a day already behind announces nothing.
    """

    reached = Signal(object)  # the Milestone just reached

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run_started: datetime | None = None
        self._seen_unreached: set[int] = set()  # milestone days seen not yet reached in this run
        self._known_reached: set[int] = set()  # ...and seen reached, never announced twice

    def update(self, status: Status, enabled: bool) -> None:
        """Takes the latest status; with `enabled` false it keeps count but announces nothing,
        so turning announcements back on does not replay what was reached meanwhile."""
        run = status.current_run
        countdown = status.countdown
        if run is None or countdown is None:
            self._run_started = None
            self._seen_unreached.clear()
            self._known_reached.clear()
            return
        if self._run_started is None or run.started_at != self._run_started:
            self._run_started = run.started_at
            self._seen_unreached.clear()
            self._known_reached.clear()
        fresh = [
            milestone
            for milestone in countdown.milestones
            if milestone.reached
            and milestone.days in self._seen_unreached
            and milestone.days not in self._known_reached
        ]
        for milestone in countdown.milestones:
            if milestone.reached:
                self._known_reached.add(milestone.days)
            else:
                self._seen_unreached.add(milestone.days)
        if enabled:
            for milestone in fresh:
                self.reached.emit(milestone)

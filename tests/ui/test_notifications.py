"""Where notifications go, when the check-in reminder fires, and which milestones are announced."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.countdown import Milestone
from app.domain.events import Contact, ContactKind, Event, Plan
from app.domain.logbook import Logbook
from app.domain.status import Status, status
from app.ui.notifications import CheckInReminder, MilestoneAnnouncer, Note, Notifier
from app.ui.tray import Tray

BERLIN = ZoneInfo("Europe/Berlin")  # 2026: clocks jump 02:00 -> 03:00 on 29 March, back 25 Oct
NEW_YORK = ZoneInfo("America/New_York")
EIGHT_PM = time(20, 0)
SECOND = timedelta(seconds=1)


def berlin(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, sec: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, sec, tzinfo=BERLIN)


def at_utc(year: int, month: int, day: int, hour: int, minute: int = 0, sec: int = 0) -> datetime:
    """A UTC instant shown on Berlin's clock, as the real clock would report it."""
    return datetime(year, month, day, hour, minute, sec, tzinfo=UTC).astimezone(BERLIN)


# Notifier ------------------------------------------------------------------------------------


@pytest.fixture
def tray(qapp: object) -> Iterator[Tray]:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor("teal"))
    made = Tray(QIcon(pixmap))
    yield made
    made.hide()
    made.deleteLater()


@pytest.mark.gui
def test_without_a_notification_service_or_a_tray_a_notification_becomes_a_banner(
    qtbot: QtBot,
) -> None:
    notifier = Notifier(None, None)
    with qtbot.waitSignal(notifier.banner_requested, timeout=1000) as blocker:
        notifier.notify(Note("Holdfast", "Day 7 reached."))
    assert blocker.args == ["Holdfast", "Day 7 reached."]


@pytest.mark.gui
def test_a_tray_that_cannot_show_messages_falls_back_to_a_banner(
    qtbot: QtBot, tray: Tray, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: False))
    tray.show()
    notifier = Notifier(tray, None)
    with qtbot.waitSignal(notifier.banner_requested, timeout=1000) as blocker:
        notifier.notify(Note("Holdfast", "Time for your daily check-in."))
    assert blocker.args == ["Holdfast", "Time for your daily check-in."]


@pytest.mark.gui
def test_a_tray_that_can_show_messages_shows_it_and_no_banner(
    qtbot: QtBot, tray: Tray, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(
        QSystemTrayIcon,
        "showMessage",
        lambda _icon, title, body, *rest: shown.append((title, body)),
    )
    tray.show()
    notifier = Notifier(tray, None)
    with qtbot.assertNotEmitted(notifier.banner_requested):
        notifier.notify(Note("Holdfast", "Day 14 reached."))
    assert shown == [("Holdfast", "Day 14 reached.")]


# CheckInReminder -----------------------------------------------------------------------------


class Reminder:
    """A reminder on a fixed clock, counting how often it said the check-in is due; `logged`
    holds the local days something was logged on."""

    def __init__(self, clock: FixedClock, interval_ms: int = 30_000) -> None:
        self.clock = clock
        self.logged: set[date] = set()
        self.asked: list[tuple[date, tzinfo]] = []
        self.reminder = CheckInReminder(clock, interval_ms=interval_ms, logged_on=self._logged_on)
        self.fired: list[datetime] = []
        self.reminder.due.connect(lambda: self.fired.append(clock.now()))

    def _logged_on(self, day: date, zone: tzinfo) -> bool:
        self.asked.append((day, zone))
        return day in self.logged

    def at(self, moment: datetime) -> int:
        """Moves the clock to `moment`, lets the reminder look, and says how often it fired."""
        before = len(self.fired)
        self.clock.set(moment)
        self.reminder.check()
        return len(self.fired) - before


@pytest.fixture
def reminders(qapp: object) -> Iterator[list[Reminder]]:
    made: list[Reminder] = []
    yield made
    for each in made:
        each.reminder.set_schedule(False, EIGHT_PM)
        each.reminder.deleteLater()


def _reminder(made: list[Reminder], now: datetime, interval_ms: int = 30_000) -> Reminder:
    reminder = Reminder(FixedClock(now), interval_ms)
    made.append(reminder)
    return reminder


@pytest.mark.gui
def test_fires_at_the_chosen_time_not_a_second_before(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 12))
    r.reminder.set_schedule(True, EIGHT_PM)
    assert r.reminder.next_due() == berlin(2026, 3, 2, 20)
    assert r.at(berlin(2026, 3, 2, 19, 59, 59)) == 0
    assert r.at(berlin(2026, 3, 2, 20)) == 1


@pytest.mark.gui
def test_fires_once_a_day(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 12))
    r.reminder.set_schedule(True, EIGHT_PM)
    assert r.at(berlin(2026, 3, 2, 20, 0, 10)) == 1
    assert r.at(berlin(2026, 3, 2, 20, 0, 40)) == 0
    assert r.at(berlin(2026, 3, 2, 23, 59, 59)) == 0
    assert r.at(berlin(2026, 3, 3, 19, 59, 59)) == 0
    assert r.reminder.next_due() == berlin(2026, 3, 3, 20)
    assert r.at(berlin(2026, 3, 3, 20, 0, 20)) == 1
    assert r.at(berlin(2026, 3, 3, 21)) == 0


@pytest.mark.gui
def test_turned_on_after_the_time_it_waits_for_tomorrow(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 21))
    r.reminder.set_schedule(True, EIGHT_PM)
    assert r.at(berlin(2026, 3, 2, 21)) == 0
    assert r.reminder.next_due() == berlin(2026, 3, 3, 20)
    assert r.at(berlin(2026, 3, 3, 19, 59, 59)) == 0
    assert r.at(berlin(2026, 3, 3, 20)) == 1


@pytest.mark.gui
def test_after_sleeping_through_several_days_it_fires_once(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 19))
    r.reminder.set_schedule(True, EIGHT_PM)
    assert r.at(berlin(2026, 3, 2, 19, 30)) == 0
    # The lid closes at 19:30 and opens four days later at 21:00.
    assert r.at(berlin(2026, 3, 6, 21)) == 1
    assert r.at(berlin(2026, 3, 6, 21, 0, 30)) == 0
    assert r.reminder.next_due() == berlin(2026, 3, 7, 20)
    assert r.at(berlin(2026, 3, 7, 20)) == 1


@pytest.mark.gui
def test_waking_before_the_time_still_gets_that_evenings_reminder(
    reminders: list[Reminder],
) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 19))
    r.reminder.set_schedule(True, EIGHT_PM)
    assert r.at(berlin(2026, 3, 5, 1)) == 1  # the missed evenings, once
    assert r.reminder.next_due() == berlin(2026, 3, 5, 20)
    assert r.at(berlin(2026, 3, 5, 20)) == 1


@pytest.mark.gui
def test_a_time_the_clocks_jump_over_fires_when_they_jump(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 28, 12))
    r.reminder.set_schedule(True, time(2, 30))
    assert r.reminder.next_due() == berlin(2026, 3, 29, 3)  # 02:00 CET is followed by 03:00 CEST
    assert r.at(at_utc(2026, 3, 29, 0, 59, 59)) == 0  # 01:59:59 CET
    assert r.at(at_utc(2026, 3, 29, 1)) == 1  # 03:00 CEST, the instant of the jump
    assert r.fired[-1].utcoffset() == timedelta(hours=2)
    assert r.at(at_utc(2026, 3, 29, 1, 30)) == 0  # 03:30, past the "02:30" the jump swallowed
    assert r.reminder.next_due() == berlin(2026, 3, 30, 2, 30)
    assert r.at(at_utc(2026, 3, 30, 0, 29, 59)) == 0
    assert r.at(at_utc(2026, 3, 30, 0, 30)) == 1


@pytest.mark.gui
def test_a_time_the_clocks_repeat_fires_the_first_time_only(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 10, 24, 12))
    r.reminder.set_schedule(True, time(2, 30))
    assert r.at(at_utc(2026, 10, 25, 0, 29, 59)) == 0  # 02:29:59 CEST
    assert r.at(at_utc(2026, 10, 25, 0, 30)) == 1  # 02:30 CEST, the first 02:30
    assert r.at(at_utc(2026, 10, 25, 0, 59, 59)) == 0
    assert r.at(at_utc(2026, 10, 25, 1, 10)) == 0  # 02:10 CET: the wall clock reads earlier
    assert r.at(at_utc(2026, 10, 25, 1, 30)) == 0  # 02:30 CET, the second 02:30
    assert r.at(at_utc(2026, 10, 25, 23)) == 0
    assert r.at(at_utc(2026, 10, 26, 1, 30)) == 1  # 02:30 CET the next night


@pytest.mark.gui
def test_waking_in_the_repeated_hour_after_the_first_pass_fires_at_once(
    reminders: list[Reminder],
) -> None:
    r = _reminder(reminders, berlin(2026, 10, 24, 12))
    r.reminder.set_schedule(True, time(2, 30))
    assert r.at(at_utc(2026, 10, 25, 0)) == 0  # 02:00 CEST, then asleep past the first 02:30
    assert r.at(at_utc(2026, 10, 25, 1, 10)) == 1  # 02:10 CET: the wall clock reads earlier


@pytest.mark.gui
def test_turned_off_it_fires_nothing(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 12))
    r.reminder.set_schedule(True, EIGHT_PM)
    r.reminder.set_schedule(False, EIGHT_PM)
    assert r.reminder.next_due() is None
    assert r.at(berlin(2026, 3, 2, 20)) == 0
    assert r.at(berlin(2026, 3, 5, 21)) == 0
    never_on = _reminder(reminders, berlin(2026, 3, 2, 12))
    assert never_on.at(berlin(2026, 3, 2, 20)) == 0


@pytest.mark.gui
def test_turned_back_on_late_it_waits_for_tomorrow(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 12))
    r.reminder.set_schedule(True, EIGHT_PM)
    r.reminder.set_schedule(False, EIGHT_PM)
    r.clock.set(berlin(2026, 3, 2, 21))
    r.reminder.set_schedule(True, EIGHT_PM)
    assert r.at(berlin(2026, 3, 2, 21, 0, 30)) == 0
    assert r.at(berlin(2026, 3, 3, 20)) == 1


@pytest.mark.gui
def test_applying_the_same_schedule_again_does_not_push_a_due_reminder_back(
    reminders: list[Reminder],
) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 12))
    r.reminder.set_schedule(True, EIGHT_PM)
    r.clock.set(berlin(2026, 3, 2, 20, 0, 10))  # due, and the timer has not looked yet
    r.reminder.set_schedule(True, EIGHT_PM)
    assert r.at(berlin(2026, 3, 2, 20, 0, 20)) == 1


@pytest.mark.gui
def test_moving_the_time_later_the_same_evening_does_not_remind_twice(
    reminders: list[Reminder],
) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 12))
    r.reminder.set_schedule(True, EIGHT_PM)
    assert r.at(berlin(2026, 3, 2, 20)) == 1
    r.reminder.set_schedule(True, time(21, 0))
    assert r.reminder.next_due() == berlin(2026, 3, 3, 21)
    assert r.at(berlin(2026, 3, 2, 21)) == 0
    assert r.at(berlin(2026, 3, 3, 21)) == 1


@pytest.mark.gui
def test_a_clock_set_back_days_reminds_on_the_days_it_now_shows(
    reminders: list[Reminder],
) -> None:
    r = _reminder(reminders, berlin(2026, 3, 10, 12))
    r.reminder.set_schedule(True, EIGHT_PM)
    assert r.at(berlin(2026, 3, 6, 12)) == 0  # someone corrected a clock that ran days ahead
    assert r.reminder.next_due() == berlin(2026, 3, 6, 20)
    assert r.at(berlin(2026, 3, 6, 20)) == 1


@pytest.mark.gui
def test_after_travelling_the_time_of_day_follows_the_new_zone(
    reminders: list[Reminder],
) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 8))
    r.reminder.set_schedule(True, EIGHT_PM)
    in_new_york = datetime(2026, 3, 2, 14, 0, tzinfo=NEW_YORK)  # 20:00 in Berlin
    assert r.at(in_new_york) == 0
    assert r.reminder.next_due() == datetime(2026, 3, 2, 20, 0, tzinfo=NEW_YORK)
    assert r.at(datetime(2026, 3, 2, 20, 0, tzinfo=NEW_YORK)) == 1


@pytest.mark.gui
def test_the_timer_looks_at_the_clock_by_itself(qtbot: QtBot, reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 19, 59, 59), interval_ms=10)
    r.reminder.set_schedule(True, EIGHT_PM)
    r.clock.set(berlin(2026, 3, 2, 20))  # nothing but the timer calls check() in this test
    with qtbot.waitSignal(r.reminder.due, timeout=2000):
        pass
    assert r.fired == [berlin(2026, 3, 2, 20)]


@pytest.mark.gui
def test_a_time_with_a_zone_is_refused(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 12))
    with pytest.raises(ValueError, match="local time of day"):
        r.reminder.set_schedule(True, time(20, 0, tzinfo=UTC))


@pytest.mark.gui
def test_a_day_holdfast_was_opened_on_gets_no_reminder(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 9))
    r.reminder.set_schedule(True, EIGHT_PM)
    r.reminder.opened()

    assert r.at(berlin(2026, 3, 2, 20)) == 0
    assert r.at(berlin(2026, 3, 2, 23)) == 0  # and not later that evening either
    assert r.at(berlin(2026, 3, 3, 20)) == 1  # the next day is a day of its own


@pytest.mark.gui
def test_opened_the_evening_before_does_not_count_for_today(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 23, 59))
    r.reminder.set_schedule(True, EIGHT_PM)
    r.reminder.opened()

    assert r.at(berlin(2026, 3, 3, 20)) == 1


@pytest.mark.gui
def test_a_day_something_was_logged_on_gets_no_reminder(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 12))
    r.reminder.set_schedule(True, EIGHT_PM)
    r.logged.add(date(2026, 3, 3))

    assert r.at(berlin(2026, 3, 2, 20)) == 1
    assert r.at(berlin(2026, 3, 3, 20)) == 0
    assert r.at(berlin(2026, 3, 4, 20)) == 1
    assert (date(2026, 3, 3), BERLIN) in r.asked  # the local day, on the clock's own zone


@pytest.mark.gui
def test_snoozed_it_fires_once_more_an_hour_later(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 12))
    r.reminder.set_schedule(True, EIGHT_PM)
    assert r.at(berlin(2026, 3, 2, 20, 0, 10)) == 1
    r.reminder.snooze()

    assert r.at(berlin(2026, 3, 2, 21, 0, 9)) == 0
    assert r.at(berlin(2026, 3, 2, 21, 0, 10)) == 1
    assert r.at(berlin(2026, 3, 2, 22, 0, 10)) == 0  # once
    assert r.at(berlin(2026, 3, 3, 20)) == 1  # the next day's own reminder is still there


@pytest.mark.gui
def test_snoozed_late_it_fires_past_midnight_and_keeps_that_days_reminder(
    reminders: list[Reminder],
) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 12))
    r.reminder.set_schedule(True, time(23, 30))
    assert r.at(berlin(2026, 3, 2, 23, 30)) == 1
    r.reminder.snooze()

    assert r.at(berlin(2026, 3, 3, 0, 30)) == 1
    assert r.at(berlin(2026, 3, 3, 23, 30)) == 1


@pytest.mark.gui
def test_a_snoozed_reminder_stays_quiet_once_holdfast_is_opened(
    reminders: list[Reminder],
) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 12))
    r.reminder.set_schedule(True, EIGHT_PM)
    assert r.at(berlin(2026, 3, 2, 20)) == 1
    r.reminder.snooze()
    r.clock.set(berlin(2026, 3, 2, 20, 40))
    r.reminder.opened()

    assert r.at(berlin(2026, 3, 2, 21, 5)) == 0


@pytest.mark.gui
def test_turned_off_a_snooze_is_forgotten(reminders: list[Reminder]) -> None:
    r = _reminder(reminders, berlin(2026, 3, 2, 12))
    r.reminder.set_schedule(True, EIGHT_PM)
    assert r.at(berlin(2026, 3, 2, 20)) == 1
    r.reminder.snooze()
    r.reminder.set_schedule(False, EIGHT_PM)
    r.reminder.set_schedule(True, EIGHT_PM)

    assert r.at(berlin(2026, 3, 2, 21, 1)) == 0


# MilestoneAnnouncer --------------------------------------------------------------------------

LAST_CONTACT = berlin(2026, 3, 1, 9)


def _plan(
    last_contact: datetime = LAST_CONTACT, target_days: int = 30, at: datetime | None = None
) -> Plan:
    return Plan(
        id=f"plan-{last_contact:%Y%m%d%H%M}-{target_days}",
        at=last_contact if at is None else at,
        last_contact=last_contact,
        target_days=target_days,
    )


def _status(day: float, *events: Event) -> Status:
    """The status `day` days (fractions allowed) after the last contact."""
    now = LAST_CONTACT + timedelta(days=day)
    return status(Logbook(events=events or (_plan(),)), now)


class Announcements:
    def __init__(self) -> None:
        self.announcer = MilestoneAnnouncer()
        self.heard: list[Milestone] = []
        self.announcer.reached.connect(self.heard.append)

    def update(self, summary: Status, enabled: bool = True) -> list[int]:
        """Hands over a status; says which milestone days were announced for it."""
        before = len(self.heard)
        self.announcer.update(summary, enabled)
        return [milestone.days for milestone in self.heard[before:]]


@pytest.fixture
def announcements(qapp: object) -> Iterator[Announcements]:
    made = Announcements()
    yield made
    made.announcer.deleteLater()


@pytest.mark.gui
def test_opening_the_app_on_day_10_announces_nothing(announcements: Announcements) -> None:
    assert announcements.update(_status(10.5)) == []
    assert announcements.update(_status(13.9)) == []


@pytest.mark.gui
def test_crossing_into_day_14_while_open_announces_14(announcements: Announcements) -> None:
    announcements.update(_status(13.9))
    assert announcements.update(_status(14)) == [14]
    (milestone,) = announcements.heard
    assert milestone.reached
    assert milestone.at == LAST_CONTACT + timedelta(days=14)
    assert announcements.update(_status(14.2)) == []


@pytest.mark.gui
def test_several_milestones_crossed_at_once_are_each_announced_in_order(
    announcements: Announcements,
) -> None:
    announcements.update(_status(0.5))
    assert announcements.update(_status(8)) == [1, 3, 7]


@pytest.mark.gui
def test_the_target_is_announced_as_the_target(announcements: Announcements) -> None:
    announcements.update(_status(29.5))
    assert announcements.update(_status(30.1)) == [30]
    assert announcements.heard[-1].is_target


@pytest.mark.gui
def test_a_new_run_starts_afresh(announcements: Announcements) -> None:
    slip_at = LAST_CONTACT + timedelta(days=15)
    slip = Contact(id="slip", at=slip_at, kind=ContactKind.TEXT)
    announcements.update(_status(14.5, _plan()))
    assert announcements.update(_status(15.2, _plan(), slip)) == []
    assert announcements.update(_status(15.9, _plan(), slip)) == []
    assert announcements.update(_status(16.1, _plan(), slip)) == [1]  # day 1 of the new run


@pytest.mark.gui
def test_a_new_run_first_seen_past_its_milestones_announces_nothing(
    announcements: Announcements,
) -> None:
    announcements.update(_status(20))
    restart = _plan(LAST_CONTACT + timedelta(days=12), at=LAST_CONTACT + timedelta(days=20))
    assert announcements.update(_status(20.1, _plan(), restart)) == []
    assert announcements.update(_status(22.5, _plan(), restart)) == []
    assert announcements.update(_status(26.1, _plan(), restart)) == [14]


@pytest.mark.gui
def test_turned_off_nothing_is_announced_and_nothing_replays_when_back_on(
    announcements: Announcements,
) -> None:
    announcements.update(_status(10))
    assert announcements.update(_status(14.1), enabled=False) == []
    assert announcements.update(_status(15), enabled=True) == []
    assert announcements.update(_status(21), enabled=True) == [21]


@pytest.mark.gui
def test_a_target_moved_to_a_day_already_behind_announces_nothing(
    announcements: Announcements,
) -> None:
    moved = _plan(target_days=25, at=LAST_CONTACT + timedelta(days=26))
    announcements.update(_status(25.9))
    assert announcements.update(_status(26.1, _plan(), moved)) == []
    assert announcements.update(_status(30.1, _plan(), moved)) == [30]


@pytest.mark.gui
def test_a_clock_set_back_and_forward_does_not_announce_twice(
    announcements: Announcements,
) -> None:
    announcements.update(_status(13.9))
    assert announcements.update(_status(14)) == [14]
    assert announcements.update(_status(13.5)) == []
    assert announcements.update(_status(14.1)) == []


@pytest.mark.gui
def test_before_tracking_nothing_is_announced(announcements: Announcements) -> None:
    empty = status(Logbook(), LAST_CONTACT)
    assert announcements.update(empty) == []
    assert announcements.update(_status(0.5)) == []
    assert announcements.update(_status(1)) == [1]


def test_the_dates_used_are_the_ones_described() -> None:
    # The reminder tests rely on these facts about Berlin's clock in 2026.
    assert berlin(2026, 3, 29, 1).utcoffset() == timedelta(hours=1)
    assert at_utc(2026, 3, 29, 1).timetuple()[:5] == (2026, 3, 29, 3, 0)
    assert at_utc(2026, 10, 25, 1, 30).timetuple()[:5] == (2026, 10, 25, 2, 30)
    assert at_utc(2026, 10, 25, 1, 30).fold == 1


# What the notifications say --------------------------------------------------------------------

# Words that would tell a lock screen, or someone beside it, what Holdfast is about, and words of
# reconnecting that healing first leaves out everywhere.
REVEALING = (
    "ex",
    "them",
    "their",
    "breakup",
    "contact",
    "urge",
    "text",
    "texting",
    "call",
    "calling",
)
RECONNECTING = ("reach out", "reconnect", "next step", "message", "get back")


def assert_fit_for_a_lock_screen(text: str) -> None:
    """No name, nothing about an ex, texting, calling or contact, nothing of reconnecting."""
    words = {word.strip(".,:;>").lower() for word in text.split()}
    assert not words & set(REVEALING), text
    assert not any(phrase in text.lower() for phrase in RECONNECTING), text


def _every_notification_text() -> list[str]:
    """Every text a notification from Holdfast can show: the window's, with their buttons, and
    the one `holdfast urge` sends (the window's urge feedback, lock-screen words only)."""
    from app.domain.words import URGE_LOGGED, URGE_PASSES
    from app.ui import notifications

    reached = datetime(2026, 3, 1, tzinfo=UTC)
    notes = [
        notifications.check_in_note(),
        notifications.milestone_note(Milestone(7, reached, reached=True, is_target=False)),
        notifications.milestone_note(Milestone(30, reached, reached=True, is_target=True)),
        notifications.still_running_note(in_tray=True),
        notifications.still_running_note(in_tray=False),
        notifications.hard_day_note(planned=True),
        notifications.hard_day_note(planned=False),
    ]
    texts = [text for note in notes for text in (note.title, note.body)]
    labels = [label for note in notes for _key, label in note.actions()]
    return [*dict.fromkeys(texts + labels), URGE_LOGGED, URGE_PASSES]


@pytest.mark.gui
def test_the_notification_texts(qapp: object) -> None:
    assert _every_notification_text() == [
        "Holdfast",
        "Time for your daily check-in.",
        "Day 7 reached.",
        "You reached your target: day 30.",
        "Holdfast keeps running in the tray; quit it from the tray menu.",
        "Holdfast keeps running for your reminders; to quit it, open it and choose "
        "Holdfast > Quit, or press Ctrl+Q.",
        "Tomorrow may be a hard day. You have a plan.",
        "Tomorrow may be a hard day. A small plan can help: something kind for yourself, and "
        "someone you trust to be with.",
        "Open Holdfast",
        "Snooze for an hour",
        "Logged",
        "It will pass.",
    ]


@pytest.mark.gui
def test_no_notification_names_an_ex_or_speaks_of_reaching_out(qapp: object) -> None:
    # One wording serves every mode: fit for discreet mode, a lock screen and healing first.
    for text in _every_notification_text():
        assert_fit_for_a_lock_screen(text)


@pytest.mark.parametrize(
    "text", ["Time to text them.", "Your ex called.", "No contact: day 7.", "Calling is an urge."]
)
def test_the_lock_screen_check_catches_what_it_is_for(text: str) -> None:
    with pytest.raises(AssertionError):
        assert_fit_for_a_lock_screen(text)

"""The days the user knows will be hard (a birthday, an anniversary, a holiday), each with a plan.

A hard date is a month and day that comes back every year, or one date that comes once. Its
label is in the user's own words and may name someone, so nothing shown on a lock screen uses
it (see app/ui/notifications.py).

A yearly 29 February falls on 28 February in the years without one: a date that meant something
on the 29th is felt at the end of February, and the day before the month turns is the closest
day that is still February. It is never skipped, so a plan made for it is always seen.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.errors import InvalidEntry
from app.domain.events import new_id
from app.domain.words import QT_TRANSLATE_NOOP, Said

# A label names the day at a glance ("Sam's birthday", "our anniversary"); the plan is what the
# user will do and who they will be with, a few lines at most.
MAX_LABEL_LENGTH = 80
MAX_PLAN_LENGTH = 1_000
# A short list of the days that matter; more than this is not a list one can keep in mind.
MAX_HARD_DATES = 100
# An id given in part: enough of it to tell one date from another in a short list.
MIN_ID_PREFIX = 4

_LEAP_YEAR = 2000  # any leap year: a yearly date is checked against one, so 29 February is valid
# Marked for translators, and said in the reader's language with the message that names one
# (calendar.month_name would follow the process's locale instead).
_MONTHS = (
    QT_TRANSLATE_NOOP("Month", "January"),
    QT_TRANSLATE_NOOP("Month", "February"),
    QT_TRANSLATE_NOOP("Month", "March"),
    QT_TRANSLATE_NOOP("Month", "April"),
    QT_TRANSLATE_NOOP("Month", "May"),
    QT_TRANSLATE_NOOP("Month", "June"),
    QT_TRANSLATE_NOOP("Month", "July"),
    QT_TRANSLATE_NOOP("Month", "August"),
    QT_TRANSLATE_NOOP("Month", "September"),
    QT_TRANSLATE_NOOP("Month", "October"),
    QT_TRANSLATE_NOOP("Month", "November"),
    QT_TRANSLATE_NOOP("Month", "December"),
)


@dataclass(frozen=True, slots=True)
class HardDate:
    """A day the user expects to be hard: every year on `month`-`day` when `year` is None, else
    once on that date. `plan` is empty when the user has not made one (yet)."""

    id: str
    month: int
    day: int
    year: int | None
    label: str
    plan: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id:
            raise InvalidEntry(QT_TRANSLATE_NOOP("InvalidEntry", "a hard date needs an id"))
        check_month_day(self.month, self.day, self.year)
        object.__setattr__(self, "label", check_label(self.label))
        object.__setattr__(self, "plan", check_plan(self.plan))

    @property
    def yearly(self) -> bool:
        return self.year is None

    @property
    def once_on(self) -> date | None:
        """The day a one-off date falls on; None for a yearly one."""
        return None if self.year is None else date(self.year, self.month, self.day)


def new_hard_date(
    today: date, month: int, day: int, year: int | None, label: str, plan: str = ""
) -> HardDate:
    """A hard date the user adds today; a one-off date must not have passed."""
    added = HardDate(id=new_id(), month=month, day=day, year=year, label=label, plan=plan)
    check_not_passed(added, today)
    return added


def check_not_passed(hard_date: HardDate, today: date) -> None:
    if next_occurrence(hard_date, today) is None:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry",
                    "{day} has already passed (today is {today}); give a date from today on, or "
                    "make it yearly",
                ),
                day=hard_date.once_on or _iso(hard_date),
                today=today,
            )
        )


def occurrence_in(hard_date: HardDate, year: int) -> date | None:
    """The day `hard_date` falls on in `year`; None when it does not fall in that year."""
    if (once := hard_date.once_on) is not None:
        return once if year == once.year else None
    if (hard_date.month, hard_date.day) == (2, 29) and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, hard_date.month, hard_date.day)


def next_occurrence(hard_date: HardDate, on_or_after: date) -> date | None:
    """The first day on or after `on_or_after` that `hard_date` falls on; None for a one-off
    date that has passed (or a yearly one past the calendar's last year)."""
    if (once := hard_date.once_on) is not None:
        return once if once >= on_or_after else None
    for year in (on_or_after.year, on_or_after.year + 1):
        if year > date.max.year:
            return None
        day = occurrence_in(hard_date, year)
        if day is not None and day >= on_or_after:
            return day
    return None


def falls_on(hard_date: HardDate, day: date) -> bool:
    return occurrence_in(hard_date, day.year) == day


def falling_on(hard_dates: Iterable[HardDate], day: date) -> tuple[HardDate, ...]:
    """The hard dates that fall on `day`, in the order they are kept."""
    return tuple(hard_date for hard_date in hard_dates if falls_on(hard_date, day))


def falling_the_day_after(hard_dates: Iterable[HardDate], day: date) -> tuple[HardDate, ...]:
    """The hard dates that fall on the day after `day`: what the evening's note looks ahead to."""
    if day == date.max:
        return ()
    return falling_on(hard_dates, day + timedelta(days=1))


def soonest_first(
    hard_dates: Iterable[HardDate], today: date
) -> tuple[tuple[HardDate, date | None], ...]:
    """Each hard date with its next occurrence from `today` on, soonest first; one-off dates that
    have passed come last (with None), latest first, then by label."""
    dated = [(hard_date, next_occurrence(hard_date, today)) for hard_date in hard_dates]
    coming = sorted(
        ((h, d) for h, d in dated if d is not None), key=lambda pair: (pair[1], pair[0].label)
    )
    passed = sorted(
        (pair for pair in dated if pair[1] is None),
        key=lambda pair: (-(pair[0].year or 0), -pair[0].month, -pair[0].day, pair[0].label),
    )
    return (*coming, *passed)


def find_hard_date(hard_dates: Iterable[HardDate], wanted: str) -> HardDate:
    """The hard date with the id `wanted`, or the one whose id starts with it (at least
    MIN_ID_PREFIX characters, as the command line shows them)."""
    held = tuple(hard_dates)
    for hard_date in held:
        if hard_date.id == wanted:
            return hard_date
    starting = [h for h in held if len(wanted) >= MIN_ID_PREFIX and h.id.startswith(wanted)]
    if len(starting) == 1:
        return starting[0]
    if len(starting) > 1:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry",
                    "more than one hard date has an id starting {id}; give more of it",
                ),
                id=repr(wanted),
            )
        )
    raise InvalidEntry(
        Said(
            QT_TRANSLATE_NOOP("InvalidEntry", "there is no hard date with the id {id}"),
            id=repr(wanted),
        )
    )


def check_month_day(month: object, day: object, year: object) -> None:
    if type(month) is not int or type(day) is not int:
        raise InvalidEntry(
            QT_TRANSLATE_NOOP(
                "InvalidEntry", "a hard date needs a month and a day as whole numbers"
            )
        )
    if year is not None and (type(year) is not int or not 1 <= year <= date.max.year):
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry", "a hard date's year must be from 1 to {last}, not {year}"
                ),
                last=str(date.max.year),
                year=repr(year),
            )
        )
    if not 1 <= month <= 12:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP("InvalidEntry", "a month is from 1 to 12, not {month}"),
                month=month,
            )
        )
    in_year = _LEAP_YEAR if year is None else year
    last = calendar.monthrange(in_year, month)[1]
    if not 1 <= day <= last:
        if year is None:
            raise InvalidEntry(
                Said(
                    QT_TRANSLATE_NOOP(
                        "InvalidEntry", "{month} has no day {day}; its days are 1 to {last}"
                    ),
                    month=_MONTHS[month - 1],
                    day=day,
                    last=last,
                )
            )
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry", "{month} {year} has no day {day}; its days are 1 to {last}"
                ),
                month=_MONTHS[month - 1],
                year=str(year),
                day=day,
                last=last,
            )
        )


def check_label(label: object) -> str:
    if not isinstance(label, str) or not label.strip():
        raise InvalidEntry(
            QT_TRANSLATE_NOOP(
                "InvalidEntry", "a hard date needs a short label, such as “their birthday”"
            )
        )
    label = label.strip()
    if any(char in label for char in "\n\r\v\f\u2028\u2029"):
        raise InvalidEntry(
            QT_TRANSLATE_NOOP(
                "InvalidEntry", "a hard date's label is one line; the plan can hold more"
            )
        )
    if len(label) > MAX_LABEL_LENGTH:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry",
                    "a hard date's label can be at most {longest} characters; this one has "
                    "{length}; the plan can hold more",
                ),
                longest=MAX_LABEL_LENGTH,
                length=len(label),
            )
        )
    return _saveable(
        label, QT_TRANSLATE_NOOP("InvalidEntry", "a hard date's label must be valid UTF-8 text")
    )


def check_plan(plan: object) -> str:
    if not isinstance(plan, str):
        raise InvalidEntry(QT_TRANSLATE_NOOP("InvalidEntry", "a hard date's plan must be text"))
    plan = plan.strip()
    if len(plan) > MAX_PLAN_LENGTH:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry",
                    "a hard date's plan can be at most {longest} characters; this one has {length}",
                ),
                longest=MAX_PLAN_LENGTH,
                length=len(plan),
            )
        )
    return _saveable(
        plan, QT_TRANSLATE_NOOP("InvalidEntry", "a hard date's plan must be valid UTF-8 text")
    )


def check_room(hard_dates: Iterable[HardDate]) -> None:
    """Refuses one more hard date when the list is full."""
    if sum(1 for _ in hard_dates) >= MAX_HARD_DATES:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry",
                    "the list holds {most} hard dates, as many as it keeps; remove one that no "
                    "longer matters first",
                ),
                most=MAX_HARD_DATES,
            )
        )


def _saveable(text: str, refusal: Said) -> str:
    # A lone surrogate (from a broken paste or a file name) cannot be written to the file.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidEntry(refusal) from None
    return text


def _iso(hard_date: HardDate) -> str:
    month_day = f"{hard_date.month:02d}-{hard_date.day:02d}"
    return month_day if hard_date.year is None else f"{hard_date.year:04d}-{month_day}"

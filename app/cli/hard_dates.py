"""`holdfast dates`: the days the user expects to be hard, listed, added and removed."""

from __future__ import annotations

import argparse
import re
from datetime import date
from functools import partial
from typing import Any

from app.cli.commands import Context, _save, say_json
from app.cli.output import say, visible
from app.cli.render import counted
from app.domain import intents
from app.domain.errors import InvalidEntry
from app.domain.hard_dates import HardDate, check_month_day, next_occurrence, soonest_first
from app.domain.wallclock import local_date, zone_of

# The start of an id, as the list shows it: enough to tell the dates of a short list apart.
SHOWN_ID_LENGTH = 8

_FULL_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY = re.compile(r"(\d{2})-(\d{2})")
_ALLOWED = "give YYYY-MM-DD (such as 2026-05-14), or MM-DD with --yearly (such as 05-14)"


def dates(args: argparse.Namespace, ctx: Context) -> int:
    if args.dates_command == "add":
        return _add(args, ctx)
    if args.dates_command == "remove":
        return _remove(args, ctx)
    return _list(getattr(args, "json", False), ctx)


def month_day_year(text: str, yearly: bool) -> tuple[int, int, int | None]:
    """The month, day and year (None with `yearly`) that DATE gives; InvalidEntry saying what
    is allowed for anything else, an impossible date included."""
    if full := _FULL_DATE.fullmatch(text):
        year, month, day = (int(part) for part in full.groups())
        check_month_day(month, day, None if yearly else year)
        return month, day, None if yearly else year
    if month_day := _MONTH_DAY.fullmatch(text):
        if not yearly:
            raise InvalidEntry(
                f"{text!r} has no year; add --yearly for a date that comes every year, or give "
                "the year as YYYY-MM-DD"
            )
        month, day = (int(part) for part in month_day.groups())
        check_month_day(month, day, None)
        return month, day, None
    raise InvalidEntry(f"{text!r} is not a date; {_ALLOWED}")


def _add(args: argparse.Namespace, ctx: Context) -> int:
    month, day, year = month_day_year(args.date, args.yearly)
    now = ctx.clock.now()
    add = partial(
        intents.add_hard_date, month=month, day=day, year=year, label=args.label, plan=args.plan
    )
    change, logbook = _save(ctx, now, add)
    added = next(h for h in logbook.hard_dates if h.id == change.subject_id)
    today = local_date(now, zone_of(now))
    next_day = next_occurrence(added, today)
    assert next_day is not None  # an intent never adds a date that has passed
    when = "every year" if added.yearly else "once"
    plan = " Your plan is kept with it." if added.plan else ""
    say(
        f"Added {visible(added.label)} ({when}), next on {_day(next_day)}, "
        f"{_until(next_day, today)}.{plan}"
    )
    return 0


def _remove(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock.now()
    try:
        removed = ctx.store.load().find_hard_date(args.hard_date_id)
    except InvalidEntry as error:
        raise InvalidEntry(f"{error}; `holdfast dates` lists the ids there are") from None
    _save(ctx, now, partial(intents.remove_hard_date, hard_date_id=removed.id))
    say(f"Removed {visible(removed.label)}.")
    return 0


def _list(as_json: bool, ctx: Context) -> int:
    now = ctx.clock.now()
    today = local_date(now, zone_of(now))
    listed = soonest_first(ctx.store.load().hard_dates, today)
    if as_json:
        say_json({"hard_dates": [_json(h, next_day, today) for h, next_day in listed]})
    elif not listed:
        say(
            "No hard dates yet. `holdfast dates add DATE LABEL --plan TEXT` adds one, "
            "with what you will do that day."
        )
    else:
        say("\n".join(_lines(listed, today)))
    return 0


def _lines(listed: tuple[tuple[HardDate, date | None], ...], today: date) -> list[str]:
    lines: list[str] = []
    for hard_date, next_day in listed:
        when = "every year" if hard_date.yearly else "once"
        if next_day is None:
            assert hard_date.once_on is not None  # only a one-off date passes
            day, until = _day(hard_date.once_on), "passed"
        else:
            day, until = _day(next_day), _until(next_day, today)
        short_id = hard_date.id[:SHOWN_ID_LENGTH]
        lines.append(f"{day}  {until}: {visible(hard_date.label)} ({when})  id: {short_id}")
        if hard_date.plan:
            lines.append(f"    Plan: {visible(hard_date.plan)}")
    return lines


def _json(hard_date: HardDate, next_day: date | None, today: date) -> dict[str, Any]:
    return {
        "id": hard_date.id,
        "label": hard_date.label,
        "plan": hard_date.plan,
        "yearly": hard_date.yearly,
        "month": hard_date.month,
        "day": hard_date.day,
        "year": hard_date.year,
        "next": next_day.isoformat() if next_day else None,
        "days_until": (next_day - today).days if next_day else None,
    }


def _day(day: date) -> str:
    return f"{day:%a %d %b %Y}"


def _until(day: date, today: date) -> str:
    days = (day - today).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    return f"in {counted(days, 'day')}"

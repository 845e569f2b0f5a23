"""`holdfast dates`: the days the user expects to be hard, listed, added and removed."""

from __future__ import annotations

import argparse
import re
from datetime import date
from functools import partial
from typing import Any

from app.cli.commands import Context, _save, say_json
from app.cli.output import say, visible
from app.cli.render import days
from app.cli.speech import TranslationContext, speaker
from app.domain import intents
from app.domain.errors import InvalidEntry
from app.domain.hard_dates import HardDate, check_month_day, next_occurrence, soonest_first
from app.domain.wallclock import local_date, zone_of
from app.domain.words import in_words


class CliDates(TranslationContext):
    """What `holdfast dates` says."""


# The start of an id, as the list shows it: enough to tell the dates of a short list apart.
SHOWN_ID_LENGTH = 8

_FULL_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY = re.compile(r"(\d{2})-(\d{2})")


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
                CliDates.tr(
                    "{text} has no year; add --yearly for a date that comes every year, or give "
                    "the year as YYYY-MM-DD"
                ).format(text=repr(text))
            )
        month, day = (int(part) for part in month_day.groups())
        check_month_day(month, day, None)
        return month, day, None
    raise InvalidEntry(
        CliDates.tr(
            "{text} is not a date; give YYYY-MM-DD (such as 2026-05-14), or MM-DD with --yearly "
            "(such as 05-14)"
        ).format(text=repr(text))
    )


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
    line = CliDates.tr("Added {label} ({when}), next on {day}, {until}.").format(
        label=visible(added.label),
        when=_how_often(added),
        day=speaker().day(next_day),
        until=_until(next_day, today),
    )
    kept = CliDates.tr("Your plan is kept with it.")
    say(f"{line} {kept}" if added.plan else line)
    return 0


def _remove(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock.now()
    try:
        removed = ctx.store.load().find_hard_date(args.hard_date_id)
    except InvalidEntry as error:
        raise InvalidEntry(
            CliDates.tr("{problem}; `holdfast dates` lists the ids there are").format(
                problem=in_words(error, speaker())
            )
        ) from None
    _save(ctx, now, partial(intents.remove_hard_date, hard_date_id=removed.id))
    say(CliDates.tr("Removed {label}.").format(label=visible(removed.label)))
    return 0


def _list(as_json: bool, ctx: Context) -> int:
    now = ctx.clock.now()
    today = local_date(now, zone_of(now))
    listed = soonest_first(ctx.store.load().hard_dates, today)
    if as_json:
        say_json({"hard_dates": [_json(h, next_day, today) for h, next_day in listed]})
    elif not listed:
        say(
            CliDates.tr(
                "No hard dates yet. `holdfast dates add DATE LABEL --plan TEXT` adds one, "
                "with what you will do that day."
            )
        )
    else:
        say("\n".join(_lines(listed, today)))
    return 0


def _lines(listed: tuple[tuple[HardDate, date | None], ...], today: date) -> list[str]:
    lines: list[str] = []
    shown_id = CliDates.tr("id:")
    for hard_date, next_day in listed:
        if next_day is None:
            assert hard_date.once_on is not None  # only a one-off date passes
            day, until = speaker().day(hard_date.once_on), CliDates.tr("passed")
        else:
            day, until = speaker().day(next_day), _until(next_day, today)
        short_id = hard_date.id[:SHOWN_ID_LENGTH]
        label, when = visible(hard_date.label), _how_often(hard_date)
        lines.append(f"{day}  {until}: {label} ({when})  {shown_id} {short_id}")
        if hard_date.plan:
            lines.append("    " + CliDates.tr("Plan: {plan}").format(plan=visible(hard_date.plan)))
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


def _how_often(hard_date: HardDate) -> str:
    return CliDates.tr("every year") if hard_date.yearly else CliDates.tr("once")


def _until(day: date, today: date) -> str:
    left = (day - today).days
    if left == 0:
        return CliDates.tr("today")
    if left == 1:
        return CliDates.tr("tomorrow")
    return CliDates.tr("in {days}").format(days=days(left))

"""The subcommands that read and record: start, status, urge, contact, history, goals."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import partial

import orjson

from app.cli import render
from app.cli.feedback import confirm_urge_logged
from app.cli.output import note, say, visible
from app.cli.speech import TranslationContext, speaker
from app.domain import intents
from app.domain.check_ins import check_in_on
from app.domain.clock import Clock
from app.domain.clock_doubt import clock_doubt
from app.domain.errors import InvalidEntry
from app.domain.events import Contact, ContactKind, Plan, StartedBy, Urge, UrgeKind
from app.domain.goals import Goal, find_goal, is_done, shown_title
from app.domain.intents import Change, Intent
from app.domain.logbook import Logbook
from app.domain.safety import healing_first
from app.domain.status import status
from app.domain.timeline import Timeline
from app.domain.wallclock import local_date, zone_of
from app.domain.words import in_words, spoken
from app.storage.quick_append import append_to_proven_file
from app.storage.store import Store


class CliCommands(TranslationContext):
    """What `holdfast start` and `holdfast goals` say, and a time given that has not come yet."""


@dataclass(frozen=True, slots=True)
class Context:
    store: Store
    clock: Clock


def say_json(value: object) -> None:
    say(orjson.dumps(value).decode())


def start(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock.now()
    since = _given_time(args.since, now)
    change, logbook = _save(ctx, now, partial(intents.replan, since=since, target_days=args.target))
    new_plan = intents.added(change, Plan)
    current = status(_checked_clock(logbook, now), now)
    # Without --since the plan records no last contact: the run goes on from where it began.
    started = current.current_run.started_at if current.current_run else now
    tracking = CliCommands.tr("Tracking from {when} toward %n days.", "", new_plan.target_days)
    say(
        tracking.format(when=render.local_time(started, current))
        + " "
        + render.status_text(current, healing=healing_first(logbook)).split("\n", 1)[0]
    )
    return 0


def show_status(args: argparse.Namespace, ctx: Context) -> int:
    if ctx.store.locked:
        return _show_locked_status(args, ctx)
    overview, now = ctx.store.overview(), ctx.clock.now()
    _warn_if_the_clock_is_wrong(overview.timeline, now)
    current = status(overview.timeline, now)
    if args.json:
        today = local_date(now, zone_of(now))
        checked_in = check_in_on(overview.logbook.check_ins, today) is not None
        say_json(render.status_json(current, checked_in_today=checked_in))
    else:
        say(render.status_text(current, healing=healing_first(overview.logbook)))
    return 0


def urge(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock.now()
    kind = UrgeKind(args.kind)
    at = _given_time(args.at, now)
    # What the file holds changes nothing in an urge: made first, so bad input writes nothing.
    change = intents.log_urge(Logbook(), now, kind, intensity=args.intensity, note=args.note, at=at)
    logged = intents.added(change, Urge)
    if _kept_sealed(ctx, logged):
        say(render.urge_kept_sealed(logged))
    else:
        timeline = _saved(ctx, now, change)
        say(render.urge_logged(logged, status(timeline, now), told_late=at is not None))
    confirm_urge_logged(ctx.store.folder, asked=args.notify)
    return 0


def contact(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock.now()
    at = _given_time(args.at, now)
    # As an urge is, made before the file is opened.
    change = intents.record_contact(
        Logbook(),
        now,
        ContactKind(args.kind),
        started_by=StartedBy(args.by),
        necessary=args.necessary,
        note=args.note,
        at=at,
    )
    recorded = intents.added(change, Contact)
    if _kept_sealed(ctx, recorded):
        if recorded.breaks_no_contact:
            from app.storage.day_count import counted_after_contact

            counted_after_contact(ctx.store.folder, recorded.at)
        say(render.contact_kept_sealed())
        return 0
    timeline = _saved(ctx, now, change)
    say(render.contact_recorded(recorded, status(timeline, now), told_late=at is not None))
    return 0


def history(args: argparse.Namespace, ctx: Context) -> int:
    logbook, now = ctx.store.load(), ctx.clock.now()
    timeline = Timeline.of(logbook.events)
    _warn_if_the_clock_is_wrong(timeline, now)
    current = status(timeline, now)
    if args.json:
        say_json(render.history_json(current, logbook))
    else:
        say(render.history_text(current, logbook))
    return 0


def goals(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock.now()
    if args.goal_command == "done":
        _known_goal(ctx.store.load().goals, args.goal_id)  # named with the way to find the ids
        tick = partial(intents.set_goal_done, goal_id=args.goal_id, done=True)
        change, logbook = _save(ctx, now, tick)
        title = visible(spoken(shown_title(find_goal(logbook.goals, args.goal_id)), speaker()))
        done = (
            CliCommands.tr("Done: {title}.")
            if change.edits
            else CliCommands.tr("Already done: {title}.")
        )
        say(done.format(title=title))
        return 0
    logbook = ctx.store.load()
    today = local_date(now, zone_of(now))
    checklist = [(goal, is_done(goal, logbook.completions, today)) for goal in logbook.goals]
    if args.json:
        say_json(render.goals_json(checklist))
    else:
        say(render.goals_text(checklist))
    return 0


def _given_time(given: datetime | time | None, now: datetime) -> datetime | None:
    """A time typed on the command line as an instant: one without an offset is local time, and
    a time of day alone is one earlier today."""
    if given is None:
        return None
    zone = zone_of(now)
    if isinstance(given, time):
        moment = datetime.combine(local_date(now, zone), given, tzinfo=zone)
        if moment > now:
            raise InvalidEntry(
                CliCommands.tr(
                    "{given} today has not come yet (it is now {now}); for an earlier day give "
                    "the date too, such as {example}"
                ).format(
                    given=f"{given:%H:%M}",
                    now=f"{now:%H:%M}",
                    example=f"{local_date(now, zone) - timedelta(days=1)}T{given:%H:%M}",
                )
            )
        return moment
    return given if given.tzinfo is not None else given.replace(tzinfo=zone)


def _save(ctx: Context, now: datetime, intent: Intent) -> tuple[Change, Logbook]:
    """Saves what `intent` changes, run under the lock on the file as it is then; returns the
    change and the logbook saved.

    The intent runs once before, on the file as read: the transaction creates the file and may
    take a backup, and input the domain refuses must leave nothing behind.
    """
    intent(ctx.store.load(), now)
    with ctx.store.transaction(now) as changes:
        change = intent(changes.logbook, now)
        changes.apply(*change.edits)
    return change, changes.logbook


def _saved(ctx: Context, now: datetime, change: Change) -> Timeline:
    """Saves a change already made that adds entries; returns what the figures are counted
    from, once a line has said if the clock looks wrong.

    A launcher runs this as a whole process at a hard moment: a data file the status cache has
    proven sound takes the entries without every other entry being decoded first.
    """
    overview = append_to_proven_file(ctx.store, now, change.edits)
    if overview is not None:
        timeline = overview.timeline
    else:
        with ctx.store.transaction(now) as changes:
            changes.apply(*change.edits)
        timeline = Timeline.of(changes.logbook.events)
    _warn_if_the_clock_is_wrong(timeline, now)
    return timeline


def _kept_sealed(ctx: Context, entry: Urge | Contact) -> bool:
    """While locked, keeps `entry` sealed for the next unlock to add; False when not locked (or
    protection was turned off meanwhile), and nothing was written: the caller saves it."""
    if not ctx.store.locked:
        return False
    from app.storage.waiting_entries import keep_for_later

    return keep_for_later(ctx.store, [entry])


def _show_locked_status(args: argparse.Namespace, ctx: Context) -> int:
    """Locked: says so, with the day figures alone when the user allowed them."""
    from app.storage.day_count import read_day_count
    from app.storage.protection import read_protection

    protection = read_protection(ctx.store.folder)
    allowed = protection is not None and protection.options.day_count_while_locked
    count = read_day_count(ctx.store.folder) if allowed else None
    now = ctx.clock.now()
    if args.json:
        say_json(render.locked_status_json(count, now))
    else:
        say(render.locked_status_text(count, now))
    return 0


def _checked_clock(logbook: Logbook, now: datetime) -> Timeline:
    """What the figures are counted from, once a line has said if the clock looks wrong."""
    timeline = Timeline.of(logbook.events)
    _warn_if_the_clock_is_wrong(timeline, now)
    return timeline


def _warn_if_the_clock_is_wrong(timeline: Timeline, now: datetime) -> None:
    """One line on stderr when the entries suggest the computer's clock is wrong."""
    doubt = clock_doubt(timeline, now)
    if doubt is not None:
        note(spoken(doubt, speaker()))


def _known_goal(goals: tuple[Goal, ...], goal_id: str) -> Goal:
    try:
        return find_goal(goals, goal_id)
    except InvalidEntry as error:
        raise InvalidEntry(
            CliCommands.tr("{problem}; `holdfast goals` lists the ids there are").format(
                problem=in_words(error, speaker())
            )
        ) from None

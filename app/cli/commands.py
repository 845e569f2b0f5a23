"""The subcommands that read and record: start, status, urge, contact, history, goals."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import datetime

import orjson

from app.cli import render, say, warn_if_the_clock_is_wrong
from app.domain.clock import Clock
from app.domain.errors import InvalidEntry
from app.domain.events import ContactKind, StartedBy, UrgeKind
from app.domain.goals import Goal, complete, find_goal, is_done
from app.domain.logbook import log_urge, plan, record_contact
from app.domain.status import status
from app.domain.timeline import Timeline
from app.domain.wallclock import local_date, zone_of
from app.storage.store import Store


@dataclass(frozen=True, slots=True)
class Context:
    store: Store
    clock: Clock


def say_json(value: object) -> None:
    say(orjson.dumps(value).decode())


def start(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock.now()
    since: datetime | None = args.since
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=zone_of(now))  # a time without an offset is local time
    # Checked before the transaction, which creates the file and may take a backup: bad input
    # must leave nothing behind. The transaction checks again against what is there by then.
    plan(ctx.store.load(), now, since=since, target_days=args.target)
    with ctx.store.transaction(now) as changes:
        new_plan = plan(changes.logbook, now, since=since, target_days=args.target)
        changes.add(new_plan)
    current = status(_checked_clock(ctx, now), now)
    # Without --since the plan records no last contact: the run goes on from where it began.
    started = current.current_run.started_at if current.current_run else now
    say(
        f"Tracking from {render.local_time(started, current)} toward "
        f"{new_plan.target_days} days. " + render.status_text(current).split("\n", 1)[0]
    )
    return 0


def show_status(args: argparse.Namespace, ctx: Context) -> int:
    timeline, now = ctx.store.overview().timeline, ctx.clock.now()
    warn_if_the_clock_is_wrong(timeline, now)
    current = status(timeline, now)
    if args.json:
        say_json(render.status_json(current))
    else:
        say(render.status_text(current))
    return 0


def urge(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock.now()
    logged = log_urge(now, UrgeKind(args.kind), intensity=args.intensity, note=args.note)
    with ctx.store.transaction(now) as changes:
        changes.add(logged)
    say(render.urge_logged(logged, status(_checked_clock(ctx, now), now)))
    if args.notify:
        # The launcher's actions run this without a window or a terminal: the notification is
        # the only sign the urge was logged. Neutral words, as a lock screen may show them.
        from app.desktop_notify import send_notification

        send_notification("Logged", "It will pass.")
    return 0


def contact(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock.now()
    recorded = record_contact(
        now,
        ContactKind(args.kind),
        started_by=StartedBy(args.by),
        necessary=args.necessary,
        note=args.note,
    )
    with ctx.store.transaction(now) as changes:
        changes.add(recorded)
    say(render.contact_recorded(recorded, status(_checked_clock(ctx, now), now)))
    return 0


def history(args: argparse.Namespace, ctx: Context) -> int:
    logbook, now = ctx.store.load(), ctx.clock.now()
    timeline = Timeline.of(logbook.events)
    warn_if_the_clock_is_wrong(timeline, now)
    current = status(timeline, now)
    if args.json:
        say_json(render.history_json(current, logbook))
    else:
        say(render.history_text(current, logbook))
    return 0


def goals(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock.now()
    if args.goal_command == "done":
        _known_goal(ctx.store.load().goals, args.goal_id)  # before anything is written
        with ctx.store.transaction(now) as changes:
            goal = _known_goal(changes.logbook.goals, args.goal_id)
            completion = complete(goal, changes.logbook.completions, now)
            if completion is not None:
                changes.add_completions(completion)
        title = render.visible(goal.title)
        say(f"Done: {title}." if completion else f"Already done: {title}.")
        return 0
    logbook = ctx.store.load()
    today = local_date(now, zone_of(now))
    checklist = [(goal, is_done(goal, logbook.completions, today)) for goal in logbook.goals]
    if args.json:
        say_json(render.goals_json(checklist))
    else:
        say(render.goals_text(checklist))
    return 0


def _checked_clock(ctx: Context, now: datetime) -> Timeline:
    """What the figures are counted from, once a line has said if the clock looks wrong."""
    timeline = Timeline.of(ctx.store.load().events)
    warn_if_the_clock_is_wrong(timeline, now)
    return timeline


def _known_goal(goals: tuple[Goal, ...], goal_id: str) -> Goal:
    try:
        return find_goal(goals, goal_id)
    except InvalidEntry as error:
        raise InvalidEntry(f"{error}; `holdfast goals` lists the ids there are") from None

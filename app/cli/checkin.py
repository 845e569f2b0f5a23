"""`holdfast checkin`: how today feels and how strong the pull was, or today's check-in."""

from __future__ import annotations

import argparse
from functools import partial
from typing import Any

from app.cli.commands import Context, say_json
from app.cli.output import say, visible
from app.cli.speech import TranslationContext, speaker
from app.domain import intents
from app.domain.check_ins import (
    HARD_MOODS,
    MOOD_WORDS,
    PULL_WORDS,
    CheckIn,
    check_in_on,
    steps_in_words,
    today,
)
from app.domain.errors import InvalidEntry
from app.domain.intents import Action
from app.domain.words import spoken


class CliCheckIn(TranslationContext):
    """What `holdfast checkin` says."""


def care() -> str:
    """The help's words (the window's Help shows the same): never a number, which differs by
    country."""
    return CliCheckIn.tr(
        "A hard day is allowed to be hard; be gentle with yourself tonight. If you might hurt "
        "yourself, or you are in danger, call your local emergency number or a crisis line where "
        "you live now."
    )


def checkin(args: argparse.Namespace, ctx: Context) -> int:
    if records(args):
        return _check_in(args, ctx)
    now = ctx.clock.now()
    held = check_in_on(ctx.store.overview().logbook.check_ins, today(now))
    if args.json:
        say_json(None if held is None else check_in_json(held))
    elif held is None:
        say(
            CliCheckIn.tr(
                "No check-in today yet; `holdfast checkin --mood 1..5 --pull 0..4` adds one "
                "(mood: {moods}; pull: {pulls})."
            ).format(
                moods=spoken(steps_in_words(MOOD_WORDS), speaker()),
                pulls=spoken(steps_in_words(PULL_WORDS), speaker()),
            )
        )
    else:
        say(_described(CliCheckIn.tr("Today's check-in"), held))
    return 0


def records(args: argparse.Namespace) -> bool:
    """Whether the command checks in (or changes today's check-in), rather than shows it."""
    return (args.mood, args.pull, args.note) != (None, None, None)


def _check_in(args: argparse.Namespace, ctx: Context) -> int:
    now, logbook = ctx.clock.now(), ctx.store.load()
    held = check_in_on(logbook.check_ins, today(now))
    mood = args.mood if args.mood is not None else held.mood if held else None
    pull = args.pull if args.pull is not None else held.pull if held else None
    if mood is None or pull is None:
        raise InvalidEntry(
            CliCheckIn.tr(
                "a check-in needs both --mood 1..5 ({moods}) and --pull 0..4 ({pulls})"
            ).format(
                moods=spoken(steps_in_words(MOOD_WORDS), speaker()),
                pulls=spoken(steps_in_words(PULL_WORDS), speaker()),
            )
        )
    intent = partial(intents.check_in, mood=mood, pull=pull, note=args.note)
    intent(logbook, now)  # refused input leaves nothing behind, not even a new file
    with ctx.store.transaction(now) as changes:
        change = intent(changes.logbook, now)
        changes.apply(*change.edits)
    saved = changes.logbook.find_check_in(change.subject_id or "")
    if args.json:
        say_json(check_in_json(saved))
        return 0
    if change.action is Action.CHECK_IN:
        lines = [_described(CliCheckIn.tr("Checked in for today"), saved)]
    elif change.edits:
        lines = [_described(CliCheckIn.tr("Today's check-in is changed"), saved)]
    else:
        lines = [_described(CliCheckIn.tr("Today's check-in already says this"), saved)]
    if saved.mood in HARD_MOODS:
        lines.append(care())
    say("\n".join(lines))
    return 0


def check_in_json(check_in: CheckIn) -> dict[str, Any]:
    return {
        "id": check_in.id,
        "day": check_in.day.isoformat(),
        "at": check_in.at.isoformat(),
        "mood": check_in.mood.value,
        "mood_word": check_in.mood_word,
        "pull": check_in.pull.value,
        "pull_word": check_in.pull_word,
        "note": check_in.note,
    }


def _described(what: str, check_in: CheckIn) -> str:
    line = CliCheckIn.tr("{what}: mood {mood}, pull {pull}.").format(
        what=what,
        mood=spoken(check_in.mood_word, speaker()),
        pull=spoken(check_in.pull_word, speaker()),
    )
    if not check_in.note:
        return line
    note = CliCheckIn.tr("Note: {note}").format(note=visible(check_in.note))
    return f"{line} {note}"

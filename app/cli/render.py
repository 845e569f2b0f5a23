"""What the command line prints: plain sentences for people, JSON for scripts and panels."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from app.cli.output import visible
from app.domain.events import Contact, Urge
from app.domain.goals import Goal, Recurrence
from app.domain.logbook import Logbook
from app.domain.status import Status
from app.domain.streaks import Run


def status_json(status: Status, *, checked_in_today: bool) -> dict[str, Any]:
    countdown, run = status.countdown, status.current_run
    next_milestone = countdown.next_milestone if countdown else None
    return {
        "tracking": status.tracking,
        "streak_started_at": _iso(run.started_at, status) if run else None,
        "streak_days": status.streak_days,
        "target_days": countdown.target_days if countdown else None,
        "target_at": _iso(countdown.target_at, status) if countdown else None,
        "remaining_seconds": int(countdown.remaining.total_seconds()) if countdown else None,
        "progress": round(countdown.progress, 6) if countdown else 0.0,
        "target_reached": countdown.target_reached if countdown else False,
        "next_milestone_days": next_milestone.days if next_milestone else None,
        "next_milestone_at": _iso(next_milestone.at, status) if next_milestone else None,
        "longest_streak_days": status.longest_streak_days,
        "total_no_contact_days": status.total_no_contact_days,
        "tracked_days": status.tracked_days,
        "attempts": status.attempts,
        "urges_today": status.urges_today,
        "urges_total": status.urges_total,
        "checked_in_today": checked_in_today,
    }


def status_text(status: Status, *, healing: bool) -> str:
    """The status in sentences; `healing` when healing comes first, so that nothing past the
    target hints at a choice about reaching out."""
    countdown = status.countdown
    if countdown is None:
        return (
            "Not tracking yet. Begin with `holdfast start` "
            "(add --since to give the time of your last contact)."
        )
    lines = [f"Day {status.streak_days} without contact."]
    if countdown.target_reached:
        lines.append(
            f"You reached your {countdown.target_days}-day target on "
            f"{_day(countdown.target_at)}. "
            + (
                "These days were yours to keep; healing goes on at your own pace."
                if healing
                else "Whatever comes next, this time was yours."
            )
        )
    else:
        lines.append(
            f"{_duration(countdown.remaining)} to go until day {countdown.target_days}, "
            f"{_day(countdown.target_at)} at {countdown.target_at:%H:%M}."
        )
    lines.append(
        f"Longest run {counted(status.longest_streak_days, 'day')}; "
        f"{status.total_no_contact_days} of {counted(status.tracked_days, 'day')} without contact; "
        f"this is run {status.attempts}."
    )
    lines.append(f"Urges resisted today: {status.urges_today}; in all: {status.urges_total}.")
    return "\n".join(lines)


def history_json(status: Status, logbook: Logbook) -> dict[str, Any]:
    return {
        "runs": [_run_json(run, status) for run in status.runs],
        "longest_streak_days": status.longest_streak_days,
        "total_no_contact_days": status.total_no_contact_days,
        "tracked_days": status.tracked_days,
        "attempts": status.attempts,
        "urges_by_kind": dict(_urges_by_kind(logbook)),
        "contacts": [
            _contact_json(e, status)
            for e in sorted(logbook.events, key=lambda e: e.at)
            if isinstance(e, Contact)
        ],
    }


def history_text(status: Status, logbook: Logbook) -> str:
    if not status.runs:
        return "No runs yet. Begin with `holdfast start`."
    lines = [f"{'Started':<17}  {'Ended':<17}  {'Days':>4}  {'Urges':>5}  Ended by"]
    for run in reversed(status.runs):
        started = local_time(run.started_at, status)
        ended = local_time(run.ended_at, status) if run.ended_at else "still going"
        row = f"{started:<17}  {ended:<17}  {run.days:>4}  {run.urges:>5}  {_ended_by(run)}"
        lines.append(row.rstrip())  # the current run has no "ended by": no trailing spaces
    lines.append("")
    lines.append(
        f"{status.total_no_contact_days} of {counted(status.tracked_days, 'day')} without contact "
        f"over {counted(status.attempts, 'run')}; "
        f"longest {counted(status.longest_streak_days, 'day')}."
    )
    urges = _urges_by_kind(logbook)
    if urges:
        lines.append("Urges resisted: " + ", ".join(f"{k} {n}" for k, n in urges.most_common()))
    return "\n".join(lines)


def goals_json(checklist: list[tuple[Goal, bool]]) -> dict[str, Any]:
    return {
        "goals": [
            {
                "id": goal.id,
                "area": goal.area.value,
                "area_label": goal.area.label,
                "title": goal.title,
                "recurrence": goal.recurrence.value,
                "done": done,
            }
            for goal, done in checklist
        ]
    }


def goals_text(checklist: list[tuple[Goal, bool]]) -> str:
    if not checklist:
        return "No goals. The window lets you add some."
    lines: list[str] = []
    area = None
    for goal, done in checklist:
        if goal.area is not area:
            area = goal.area
            lines.append(("\n" if lines else "") + area.label)
        mark = "x" if done else " "
        title = visible(goal.title)
        lines.append(f"  [{mark}] {title} ({_RECURRENCE[goal.recurrence]})  id: {goal.id}")
    return "\n".join(lines)


def urge_logged(urge: Urge, status: Status, *, told_late: bool = False) -> str:
    """What `holdfast urge` says; an urge told of late (`--at`) says when it was counted."""
    logged = f"Logged for {local_time(urge.at, status)}" if told_late else "Logged"
    return (
        f"{logged}: the urge to {_URGE_WORDS[urge.kind.value]}, resisted. "
        f"Urges resisted today: {status.urges_today}. It will pass; you are on day "
        f"{status.streak_days}."
    )


def contact_recorded(contact: Contact, status: Status, *, told_late: bool = False) -> str:
    """What `holdfast contact` says; a contact told of late (`--at`) says when it was counted,
    and whether the current run began with it or goes on from later."""
    if not told_late:
        recorded = "Recorded."
        began = "A new run starts now"
    else:
        recorded = f"Recorded for {local_time(contact.at, status)}."
        current = status.current_run
        if contact.breaks_no_contact and not (current and current.started_at == contact.at):
            # Before the current run began: it ended an earlier stretch, and today's run goes on.
            return (
                f"{recorded} It ended the run it fell in; your current run goes on: "
                f"you are on day {status.streak_days}."
            )
        began = f"A new run began then: you are on day {status.streak_days}"
    if contact.breaks_no_contact:
        return (
            f"{recorded} {began}; the days before it stay in your history "
            f"({status.total_no_contact_days} days without contact so far)."
        )
    reason = "it was necessary" if contact.necessary else "they started it"
    return (
        f"{recorded} It does not end your run, because {reason}: "
        f"you are on day {status.streak_days}."
    )


_URGE_WORDS = {
    "text": "text them",
    "call": "call them",
    "social": "check their profile",
    "friends": "ask friends about them",
    "visit": "go where they might be",
    "other": "reach out",
}
_RECURRENCE = {Recurrence.ONCE: "once", Recurrence.DAILY: "daily", Recurrence.WEEKLY: "weekly"}


def _run_json(run: Run, status: Status) -> dict[str, Any]:
    return {
        "started_at": _iso(run.started_at, status),
        "ended_at": _iso(run.ended_at, status) if run.ended_at else None,
        "days": run.days,
        "urges": run.urges,
        "current": run.is_current,
        "ended_by": _contact_json(run.ended_by, status) if run.ended_by else None,
    }


def _contact_json(contact: Contact, status: Status) -> dict[str, Any]:
    return {
        "id": contact.id,
        "at": _iso(contact.at, status),
        "kind": contact.kind.value,
        "by": contact.started_by.value,
        "necessary": contact.necessary,
        "ends_run": contact.breaks_no_contact,
        "note": contact.note,
    }


def _ended_by(run: Run) -> str:
    if run.is_current:
        return ""
    if run.ended_by is None:
        return "began again"
    note = f": {visible(run.ended_by.note)}" if run.ended_by.note else ""
    return f"{run.ended_by.kind.value.replace('_', ' ')}{note}"


def _urges_by_kind(logbook: Logbook) -> Counter[str]:
    return Counter(e.kind.value for e in logbook.events if isinstance(e, Urge))


def _iso(moment: datetime, status: Status) -> str:
    """An instant in the zone the figures were counted in, with its offset."""
    return _local(moment, status).isoformat(timespec="seconds")


def local_time(moment: datetime, status: Status) -> str:
    return f"{_local(moment, status):%Y-%m-%d %H:%M}"


def _local(moment: datetime, status: Status) -> datetime:
    return moment.astimezone(status.now.tzinfo)


def _day(moment: datetime) -> str:
    return f"{moment:%a %d %b %Y}"


def counted(count: int, thing: str, things: str | None = None) -> str:
    """ "1 day", "3 days": a count with the word that fits it."""
    return f"{count} {thing}" if count == 1 else f"{count} {things or thing + 's'}"


def _duration(left: timedelta) -> str:
    minutes = int(left.total_seconds()) // 60
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    return f"{counted(days, 'day')}, {hours} h {minutes} min"

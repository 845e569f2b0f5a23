"""What the command line prints: plain sentences for people, in their language, and JSON for
scripts and panels, never translated (its keys and values are what programs read)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.cli.output import visible
from app.cli.speech import TranslationContext, speaker
from app.domain.events import Contact, Urge
from app.domain.goals import Goal, Recurrence, shown_title
from app.domain.logbook import Logbook
from app.domain.status import Status
from app.domain.streaks import Run
from app.domain.words import spoken

if TYPE_CHECKING:
    from app.domain.countdown import Countdown
    from app.storage.day_count import DayCount
    from app.storage.waiting_entries import SavedNow


class CliStatus(TranslationContext):
    """`holdfast status`, and the status line `holdfast start` ends with."""


class CliHistory(TranslationContext):
    """`holdfast history`: the table of runs and what they add up to."""


class CliGoals(TranslationContext):
    """`holdfast goals`: the checklist."""


class CliEntries(TranslationContext):
    """What `holdfast urge` and `holdfast contact` say once the entry is saved."""


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
        return CliStatus.tr(
            "Not tracking yet. Begin with `holdfast start` "
            "(add --since to give the time of your last contact)."
        )
    lines = [CliStatus.tr("Day {day} without contact.").format(day=status.streak_days)]
    if countdown.target_reached:
        reached = CliStatus.tr(
            "You reached your %n-day target on {day}.", "", countdown.target_days
        )
        lines.append(
            reached.format(day=speaker().day(countdown.target_at))
            + " "
            + (
                CliStatus.tr("These days were yours to keep; healing goes on at your own pace.")
                if healing
                else CliStatus.tr("Whatever comes next, this time was yours.")
            )
        )
    else:
        lines.append(
            CliStatus.tr("{left} to go until day {target}, {day} at {time}.").format(
                left=_duration(countdown.remaining),
                target=countdown.target_days,
                day=speaker().day(countdown.target_at),
                time=speaker().show(countdown.target_at.time()),
            )
        )
    lines.append(
        CliStatus.tr(
            "Longest run {longest}; {no_contact} of {tracked} without contact; this is run {run}."
        ).format(
            longest=days(status.longest_streak_days),
            no_contact=status.total_no_contact_days,
            tracked=days(status.tracked_days),
            run=status.attempts,
        )
    )
    lines.append(
        CliStatus.tr("Urges resisted today: {today}; in all: {total}.").format(
            today=status.urges_today, total=status.urges_total
        )
    )
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
        return CliHistory.tr("No runs yet. Begin with `holdfast start`.")
    started_, ended_ = CliHistory.tr("Started"), CliHistory.tr("Ended")
    days_, urges_ = CliHistory.tr("Days"), CliHistory.tr("Urges")
    ended_by = CliHistory.tr("Ended by")
    lines = [f"{started_:<17}  {ended_:<17}  {days_:>4}  {urges_:>5}  {ended_by}"]
    for run in reversed(status.runs):
        started = local_time(run.started_at, status)
        ended = local_time(run.ended_at, status) if run.ended_at else CliHistory.tr("still going")
        row = f"{started:<17}  {ended:<17}  {run.days:>4}  {run.urges:>5}  {_ended_by(run)}"
        lines.append(row.rstrip())  # the current run has no "ended by": no trailing spaces
    lines.append("")
    lines.append(
        CliHistory.tr(
            "{no_contact} of {tracked} without contact over {runs}; longest {longest}."
        ).format(
            no_contact=status.total_no_contact_days,
            tracked=days(status.tracked_days),
            runs=CliHistory.tr("%n runs", "", status.attempts),
            longest=days(status.longest_streak_days),
        )
    )
    urges = _urges_by_kind(logbook)
    if urges:
        lines.append(
            CliHistory.tr("Urges resisted: {counts}").format(
                counts=", ".join(f"{k} {n}" for k, n in urges.most_common())
            )
        )
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
        return CliGoals.tr("No goals. The window lets you add some.")
    lines: list[str] = []
    shown_id = CliGoals.tr("id:")
    area = None
    for goal, done in checklist:
        if goal.area is not area:
            area = goal.area
            lines.append(("\n" if lines else "") + spoken(area.label, speaker()))
        mark = "x" if done else " "
        title = visible(spoken(shown_title(goal), speaker()))
        every = _recurrence()[goal.recurrence]
        lines.append(f"  [{mark}] {title} ({every})  {shown_id} {goal.id}")
    return "\n".join(lines)


def urge_logged(urge: Urge, status: Status, *, told_late: bool = False) -> str:
    """What `holdfast urge` says; an urge told of late (`--at`) says when it was counted."""
    fields = {
        "what": _urge_words()[urge.kind.value],
        "today": status.urges_today,
        "day": status.streak_days,
    }
    if told_late:
        return CliEntries.tr(
            "Logged for {when}: the urge to {what}, resisted. Urges resisted today: {today}. "
            "It will pass; you are on day {day}."
        ).format(when=local_time(urge.at, status), **fields)
    # No time is written: in another language that would load Babel, at a hard moment.
    return CliEntries.tr(
        "Logged: the urge to {what}, resisted. Urges resisted today: {today}. "
        "It will pass; you are on day {day}."
    ).format(**fields)


def contact_recorded(contact: Contact, status: Status, *, told_late: bool = False) -> str:
    """What `holdfast contact` says; a contact told of late (`--at`) says when it was counted,
    and whether the current run began with it or goes on from later."""
    day = status.streak_days
    if not told_late:
        recorded = CliEntries.tr("Recorded.")
        began = CliEntries.tr("A new run starts now")
    else:
        recorded = CliEntries.tr("Recorded for {when}.").format(when=local_time(contact.at, status))
        current = status.current_run
        if contact.breaks_no_contact and not (current and current.started_at == contact.at):
            # Before the current run began: it ended an earlier stretch, and today's run goes on.
            goes_on = CliEntries.tr(
                "It ended the run it fell in; your current run goes on: you are on day {day}."
            )
            return f"{recorded} {goes_on.format(day=day)}"
        began = CliEntries.tr("A new run began then: you are on day {day}").format(day=day)
    if contact.breaks_no_contact:
        kept = CliEntries.tr(
            "{began}; the days before it stay in your history (%n days without contact so far).",
            "",
            status.total_no_contact_days,
        )
        return f"{recorded} {kept.format(began=began)}"
    if contact.necessary:
        kept = CliEntries.tr(
            "It does not end your run, because it was necessary: you are on day {day}."
        )
    else:
        kept = CliEntries.tr(
            "It does not end your run, because they started it: you are on day {day}."
        )
    return f"{recorded} {kept.format(day=day)}"


def _urge_words() -> dict[str, str]:
    """How "the urge to ..." ends for each kind of urge."""
    return {
        "text": CliEntries.tr("text them"),
        "call": CliEntries.tr("call them"),
        "social": CliEntries.tr("check their profile"),
        "friends": CliEntries.tr("ask friends about them"),
        "visit": CliEntries.tr("go where they might be"),
        "other": CliEntries.tr("reach out"),
    }


def _recurrence() -> dict[Recurrence, str]:
    return {
        Recurrence.ONCE: CliGoals.tr("once"),
        Recurrence.DAILY: CliGoals.tr("daily"),
        Recurrence.WEEKLY: CliGoals.tr("weekly"),
    }


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
        return CliHistory.tr("began again")
    note = f": {visible(run.ended_by.note)}" if run.ended_by.note else ""
    return f"{run.ended_by.kind.value.replace('_', ' ')}{note}"


def _urges_by_kind(logbook: Logbook) -> Counter[str]:
    return Counter(e.kind.value for e in logbook.events if isinstance(e, Urge))


def _iso(moment: datetime, status: Status) -> str:
    """An instant in the zone the figures were counted in, with its offset."""
    return _local(moment, status).isoformat(timespec="seconds")


def local_time(moment: datetime, status: Status) -> str:
    """An instant as a date and time where the figures were counted: 2026-03-01 14:05."""
    return speaker().show(_local(moment, status))


def _local(moment: datetime, status: Status) -> datetime:
    return moment.astimezone(status.now.tzinfo)


def days(count: int) -> str:
    """ "1 day", "3 days": as the status, the history and the hard dates count days."""
    return CliStatus.tr("%n days", "", count)


def _duration(left: timedelta) -> str:
    minutes = int(left.total_seconds()) // 60
    whole_days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    return CliStatus.tr("{days}, {hours} h {minutes} min").format(
        days=days(whole_days), hours=hours, minutes=minutes
    )


def saved_now_lines(saved: SavedNow) -> list[str]:
    """What a command says of the entries a window could not save and it saved now: a line for
    them, and one for each list of them that could not be read."""
    from app.storage.waiting_entries import damaged_list_kept  # loaded by then, for the saving

    lines = []
    if saved.urges or saved.contacts:
        counts = [
            said
            for count, said in (
                (saved.urges, CliEntries.tr("%n urges", "", saved.urges)),
                (saved.contacts, CliEntries.tr("%n contacts", "", saved.contacts)),
            )
            if count
        ]
        sentence = (
            CliEntries.tr("Added now: {what} you logged while Holdfast was locked.")
            if saved.while_locked
            else CliEntries.tr(
                "Saved now: {what} you logged earlier, while they could not be saved.",
                "",
                saved.urges + saved.contacts,
            )
        )
        lines.append(sentence.format(what=CliEntries.tr(" and ").join(counts)))
    lines.extend(spoken(damaged_list_kept(path), speaker()) for path in saved.damaged)
    return lines


def locked_status_json(count: DayCount | None, now: datetime) -> dict[str, Any]:
    """`status --json` while locked: that it is locked, and the day figures alone when the user
    allowed them (never a note, a kind or a time)."""
    if count is None:
        return {"locked": True}
    days, countdown = _days_counted(count, now)
    return {
        "locked": True,
        "tracking": True,
        "streak_days": days,
        "target_days": count.target_days,
        "target_reached": countdown.target_reached,
    }


def locked_status_text(count: DayCount | None, now: datetime) -> str:
    locked = CliStatus.tr(
        "Holdfast is locked. Your entries are protected; unlock the window to see them."
    )
    if count is None:
        return locked
    days, _ = _days_counted(count, now)
    return "\n".join((CliStatus.tr("Day {day} without contact.").format(day=days), locked))


def _days_counted(count: DayCount, now: datetime) -> tuple[int, Countdown]:
    from app.domain.countdown import countdown
    from app.domain.wallclock import whole_days_between, zone_of

    days = whole_days_between(count.run_started_at, now, zone_of(now))
    return days, countdown(count.run_started_at, count.target_days, now)


def urge_kept_sealed(urge: Urge) -> str:
    """What `holdfast urge` says while locked: logged, and counted once Holdfast is unlocked."""
    return CliEntries.tr(
        "Logged: the urge to {what}, resisted. It is kept sealed and counted when you next "
        "unlock Holdfast. It will pass."
    ).format(what=_urge_words()[urge.kind.value])


def contact_kept_sealed() -> str:
    return CliEntries.tr("Recorded. It is kept sealed and counted when you next unlock Holdfast.")

"""Then and now: the first words beside the latest, urges per week, goals kept, days without
contact; counted from the run that reached the target, with nothing added that judges."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.goals import Area, Completion, Goal, Recurrence
from app.domain.journal import JournalEntry
from app.domain.logbook import Logbook
from app.domain.review import (
    FEW,
    WORDS_LENGTH,
    CheckInLine,
    GoalKept,
    JournalLine,
    UrgeWeek,
    review,
    shortened,
)
from tests.domain.support import BERLIN, a_contact, a_plan, an_urge, local

BEGAN = local(BERLIN, 2026, 3, 1, 20, 0)  # a Sunday evening; the clocks go forward on 29 March
NOW = local(BERLIN, 2026, 4, 2, 12, 0)  # day 31 of a 30-day target


def _check_in(
    day: date, mood: Mood = Mood.MIXED, pull: Pull = Pull.MODERATE, note: str = ""
) -> CheckIn:
    at = datetime(day.year, day.month, day.day, 21, 0, tzinfo=BERLIN)
    return CheckIn(id=f"check-in-{day}", day=day, at=at, mood=mood, pull=pull, note=note)


def _entry(day: date, text: str) -> JournalEntry:
    at = datetime(day.year, day.month, day.day, 22, 0, tzinfo=BERLIN)
    return JournalEntry(id=f"journal-{day}", day=day, written_at=at, text=text)


def _days(first: date, count: int) -> list[date]:
    return [first + timedelta(days=n) for n in range(count)]


def _logbook(**parts: object) -> Logbook:
    return dataclasses.replace(Logbook(events=(a_plan(BEGAN),)), **parts)  # type: ignore[arg-type]


def test_there_is_nothing_to_review_before_a_run_began() -> None:
    assert review(Logbook(), NOW) is None


def test_the_first_check_ins_stand_beside_the_latest_oldest_first_in_each() -> None:
    days = _days(date(2026, 3, 2), 10)
    check_ins = tuple(_check_in(day, note=f"note {day.day}") for day in reversed(days))
    shown = review(_logbook(check_ins=check_ins), NOW)
    assert shown is not None and shown.check_ins is not None
    assert [line.day for line in shown.check_ins.first] == days[:FEW]
    assert [line.day for line in shown.check_ins.latest] == days[-FEW:]
    assert shown.check_ins.first[0] == CheckInLine(days[0], Mood.MIXED, Pull.MODERATE, "note 2")


def test_with_few_words_none_is_shown_twice_and_then_takes_the_larger_half() -> None:
    two = review(
        _logbook(journal=(_entry(date(2026, 3, 3), "Later."), _entry(date(2026, 3, 2), "First."))),
        NOW,
    )
    assert two is not None and two.journal is not None
    assert two.journal.first == (JournalLine(date(2026, 3, 2), "First."),)
    assert two.journal.latest == (JournalLine(date(2026, 3, 3), "Later."),)
    three = review(
        _logbook(journal=tuple(_entry(d, "Words.") for d in _days(date(2026, 3, 2), 3))), NOW
    )
    assert three is not None and three.journal is not None
    assert (len(three.journal.first), len(three.journal.latest)) == (2, 1)
    one = review(_logbook(journal=(_entry(date(2026, 3, 2), "Only this."),)), NOW)
    assert one is not None and one.journal is not None
    assert one.journal.first == (JournalLine(date(2026, 3, 2), "Only this."),)
    assert one.journal.latest == ()


def test_words_from_before_the_run_began_belong_to_another_stretch() -> None:
    slip = local(BERLIN, 2026, 3, 10, 18, 0)
    logbook = Logbook(
        events=(a_plan(BEGAN), a_contact(slip)),
        check_ins=(
            _check_in(date(2026, 3, 5), note="before the slip"),
            _check_in(date(2026, 3, 11)),
        ),
        journal=(_entry(date(2026, 3, 9), "Before."), _entry(date(2026, 3, 12), "After.")),
    )
    shown = review(logbook, NOW)
    assert shown is not None and shown.check_ins is not None and shown.journal is not None
    assert shown.began == date(2026, 3, 10)
    assert [line.day for line in shown.check_ins.first + shown.check_ins.latest] == [
        date(2026, 3, 11)
    ]
    assert [line.text for line in shown.journal.first + shown.journal.latest] == ["After."]
    assert shown.days_without_contact == 22  # 10 March 18:00 to 2 April 12:00


def test_empty_parts_are_left_out() -> None:
    shown = review(_logbook(), NOW)
    assert shown is not None
    assert shown.check_ins is None and shown.journal is None
    assert shown.urge_weeks == () and shown.goals_kept == ()
    assert shown.days_without_contact == 31


def test_urges_are_counted_per_week_of_the_run_the_last_week_up_to_now() -> None:
    urges = (
        an_urge(local(BERLIN, 2026, 3, 1, 21, 0)),  # week 1
        an_urge(local(BERLIN, 2026, 3, 2, 9, 0)),
        an_urge(local(BERLIN, 2026, 3, 8, 19, 59)),  # still week 1: week 2 begins at 20:00
        an_urge(local(BERLIN, 2026, 3, 8, 20, 0)),  # week 2
        an_urge(local(BERLIN, 2026, 2, 20, 9, 0)),  # before the run: not counted
    )
    shown = review(_logbook(events=(a_plan(BEGAN), *urges)), NOW)
    assert shown is not None
    assert [(w.number, w.urges) for w in shown.urge_weeks] == [
        (1, 3),
        (2, 1),
        (3, 0),
        (4, 0),
        (5, 0),
    ]
    assert shown.urge_weeks[0] == UrgeWeek(1, date(2026, 3, 1), 3, whole=True)
    assert shown.urge_weeks[-1] == UrgeWeek(5, date(2026, 3, 29), 0, whole=False)


def test_a_week_across_the_clock_change_is_seven_days_on_the_wall_clock() -> None:
    # Week 5 begins on Sunday 29 March at 20:00, the day the clocks go forward; week 6 on
    # Sunday 5 April at 20:00 local time, 167 real hours later, not 168.
    urge = an_urge(local(BERLIN, 2026, 4, 5, 20, 30))
    later_now = local(BERLIN, 2026, 4, 6, 12, 0)
    shown = review(_logbook(events=(a_plan(BEGAN), urge)), later_now)
    assert shown is not None
    assert [(w.number, w.starts, w.urges) for w in shown.urge_weeks[-2:]] == [
        (5, date(2026, 3, 29), 0),
        (6, date(2026, 4, 5), 1),
    ]


def test_no_urge_logged_in_the_run_leaves_the_weeks_out() -> None:
    before = an_urge(local(BERLIN, 2026, 2, 20, 9, 0))
    shown = review(_logbook(events=(a_plan(BEGAN), before)), NOW)
    assert shown is not None and shown.urge_weeks == ()


def test_goals_kept_are_counted_in_their_own_titles_most_first() -> None:
    walk = Goal("walk", Area.BODY, "Walk by the river", Recurrence.DAILY)
    call = Goal("call", Area.CONNECTION, "Call Mum", Recurrence.WEEKLY)
    idle = Goal("idle", Area.CONFIDENCE, "Never ticked", Recurrence.DAILY)

    def tick(goal_id: str, day: date) -> Completion:
        return Completion(goal_id, day, datetime(day.year, day.month, day.day, 9, tzinfo=BERLIN))

    completions = (
        *(tick("walk", day) for day in _days(date(2026, 3, 2), 5)),
        tick("call", date(2026, 3, 4)),
        tick("call", date(2026, 2, 20)),  # before the run
        tick("gone", date(2026, 3, 5)),  # a goal deleted since
    )
    shown = review(_logbook(goals=(walk, call, idle), completions=completions), NOW)
    assert shown is not None
    assert shown.goals_kept == (GoalKept("Walk by the river", 5), GoalKept("Call Mum", 1))


def test_a_long_line_is_cut_after_a_whole_word() -> None:
    words = "I walked to the bakery this morning and the smell of bread made me think " * 4
    cut = shortened(words)
    assert len(cut) <= WORDS_LENGTH
    assert cut.endswith("…")
    kept = cut.removesuffix("…")
    assert words.startswith(kept)
    assert words[len(kept)] == " "  # the cut falls between two words, never inside one


def test_only_the_first_line_is_shown_and_more_is_marked() -> None:
    assert shortened("A calm morning.\nThen a hard afternoon.") == "A calm morning. …"
    assert shortened("  Just this.  ") == "Just this."
    assert shortened("") == ""


def test_a_single_word_longer_than_the_line_is_the_only_thing_cut_inside() -> None:
    link = "https://example.org/" + "a" * 300
    assert shortened(link) == link[: WORDS_LENGTH - 1] + "…"


def test_the_review_adds_no_words_of_its_own() -> None:
    """Nothing judges: every text in the review is the user's own, as they wrote it."""
    notes = ("Felt like writing to them.", "Slept well.")
    texts = ("Everything hurts today.", "I went swimming.", "Cooked for friends.")
    goal = Goal("g", Area.BODY, "Swim twice a week", Recurrence.WEEKLY)
    logbook = _logbook(
        events=(a_plan(BEGAN), an_urge(local(BERLIN, 2026, 3, 3, 9, 0))),
        check_ins=tuple(_check_in(date(2026, 3, 2 + n), note=note) for n, note in enumerate(notes)),
        journal=tuple(_entry(date(2026, 3, 2 + n), text) for n, text in enumerate(texts)),
        goals=(goal,),
        completions=(Completion("g", date(2026, 3, 3), local(BERLIN, 2026, 3, 3, 9)),),
    )
    shown = review(logbook, NOW)
    assert shown is not None
    said = [value for value in _values(shown) if isinstance(value, str)]
    assert sorted(said) == sorted((*notes, *texts, goal.title))


def _values(value: object) -> list[object]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [v for f in dataclasses.fields(value) for v in _values(getattr(value, f.name))]
    if isinstance(value, tuple):
        return [v for item in value for v in _values(item)]
    return [value]

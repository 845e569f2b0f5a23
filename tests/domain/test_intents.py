"""Every user action as a Change, and its undo: what the user would see after each, the refusals'
messages, and, for any logbook and any action, that undoing a change gives the logbook back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import partial

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.domain import intents
from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.errors import InvalidEntry
from app.domain.events import (
    Contact,
    ContactKind,
    Event,
    Plan,
    StartedBy,
    Urge,
    UrgeKind,
    recorded_order,
)
from app.domain.goals import (
    HEALING_SWAPS,
    STARTER_GOALS,
    Area,
    Completion,
    Goal,
    Recurrence,
    find_goal,
)
from app.domain.intents import (
    Action,
    AddCompletions,
    AddEvents,
    AddJournalEntry,
    Change,
    DeleteEvent,
    DeleteJournalEntry,
    Edit,
    Intent,
    RemoveCompletion,
    ReplaceEvent,
    ReplaceJournalEntry,
    SetBreakupReasons,
    SetGoals,
    SetPreferences,
    Touched,
    apply,
)
from app.domain.journal import BreakupReason, JournalEntry, Prompt, newest_first
from app.domain.logbook import Logbook
from app.domain.preferences import Preferences
from app.domain.status import status
from tests.domain.support import BERLIN, a_contact, a_plan, an_urge, later, local

NOW = local(BERLIN, 2026, 3, 1, 12)  # a Sunday
TODAY = date(2026, 3, 1)
SOON = later(NOW, minutes=5)  # when the user undoes


def _run(logbook: Logbook, change: Change) -> Logbook:
    return apply(logbook, *change.edits)


def _undo(logbook: Logbook, change: Change, now: datetime = SOON) -> Logbook:
    assert change.undo is not None
    return apply(logbook, *change.undo(logbook, now).edits)


def _ten_days_clean(*more: Event) -> Logbook:
    return Logbook(events=(a_plan(later(NOW, days=-10)), *more))


def _ids(goals: tuple[Goal, ...]) -> list[str]:
    return [goal.id for goal in goals]


def _starter(goal_id: str) -> Goal:
    return find_goal(STARTER_GOALS, goal_id)


# The rules every edit obeys


def test_an_entry_is_never_added_twice() -> None:
    urge = an_urge(later(NOW, hours=-1))
    entry = JournalEntry(id="j1", day=TODAY, written_at=NOW, text="A calm morning.")
    logbook = Logbook(events=(urge,), journal=(entry,))

    with pytest.raises(
        InvalidEntry, match=f"the logbook already holds an entry with the id {urge.id!r}"
    ):
        apply(logbook, AddEvents((urge,)))
    with pytest.raises(InvalidEntry, match="the journal already holds an entry with the id 'j1'"):
        apply(logbook, AddJournalEntry(entry))
    other = an_urge(NOW)
    with pytest.raises(InvalidEntry, match="already holds"):
        apply(Logbook(), AddEvents((other, other)))  # twice in one go is no better


def test_only_an_entry_that_is_there_can_be_replaced_or_deleted() -> None:
    urge = an_urge(NOW)
    entry = JournalEntry(id="j1", day=TODAY, written_at=NOW, text="A calm morning.")

    for edit in (ReplaceEvent(urge), DeleteEvent(urge.id)):
        with pytest.raises(InvalidEntry, match=f"there is no entry with the id {urge.id!r}"):
            apply(Logbook(), edit)
    for journal_edit in (ReplaceJournalEntry(entry), DeleteJournalEntry("j1")):
        with pytest.raises(InvalidEntry, match="there is no journal entry with the id 'j1'"):
            apply(Logbook(), journal_edit)


def test_edits_are_made_in_turn() -> None:
    urge = an_urge(NOW)
    noted = replace(urge, note="walked it off")

    after = apply(Logbook(), AddEvents((urge,)), ReplaceEvent(noted))

    assert after.events == (noted,)
    assert apply(after, DeleteEvent(urge.id)).events == ()


@pytest.mark.parametrize(
    ("edits", "touched"),
    [
        ((), Touched(0)),
        ((DeleteEvent("x"),), Touched.EVENTS),
        ((SetGoals(()), RemoveCompletion("g", TODAY)), Touched.GOALS),
        ((AddCompletions(()),), Touched.GOALS),
        ((DeleteJournalEntry("x"),), Touched.JOURNAL),
        ((SetPreferences(Preferences()),), Touched.PREFERENCES),
        ((SetBreakupReasons(frozenset()),), Touched.REASONS),
        ((DeleteEvent("x"), SetPreferences(Preferences())), Touched.EVENTS | Touched.PREFERENCES),
    ],
)
def test_a_change_names_what_it_touched(edits: tuple[Edit, ...], touched: Touched) -> None:
    assert Change(action=Action.UNDO, edits=edits).touched == touched


# Beginning and re-planning


def test_beginning_starts_the_run_with_the_goals_kept_and_healing_first() -> None:
    kept = STARTER_GOALS[:4]

    change = intents.begin(
        Logbook(), NOW, since=later(NOW, days=-3), target_days=30, goals=kept, unsafe=True
    )
    after = _run(Logbook(), change)

    assert status(after, NOW).streak_days == 3
    assert after.goals == kept
    assert after.preferences.relationship_unsafe
    assert not after.preferences.relationship_betrayal
    assert change.touched == Touched.EVENTS | Touched.GOALS | Touched.PREFERENCES
    assert change.subject_id == after.events[0].id
    assert change.undo is None


def test_beginning_with_the_goals_as_they_are_writes_the_plan_alone() -> None:
    change = intents.begin(Logbook(), NOW, since=None, target_days=30, goals=STARTER_GOALS)

    assert [type(edit) for edit in change.edits] == [AddEvents]
    assert status(_run(Logbook(), change), NOW).tracking


def test_beginning_never_switches_healing_first_off() -> None:
    said = Logbook(preferences=Preferences(relationship_betrayal=True))

    change = intents.begin(said, NOW, None, 30, STARTER_GOALS, unsafe=True, betrayal=False)

    preferences = _run(said, change).preferences
    assert preferences.relationship_unsafe
    assert preferences.relationship_betrayal


def test_a_re_plan_changes_the_target_and_keeps_the_run() -> None:
    logbook = _ten_days_clean()

    after = _run(logbook, intents.replan(logbook, NOW, since=None, target_days=40))

    summary = status(after, NOW)
    assert summary.streak_days == 10
    assert summary.countdown is not None
    assert summary.countdown.target_days == 40


@pytest.mark.parametrize(
    ("intent", "message"),
    [
        (
            partial(intents.begin, since=None, target_days=50, goals=STARTER_GOALS),
            "the target must be a whole number of days from 21 to 45, not 50",
        ),
        (
            partial(intents.replan, since=later(NOW, days=1), target_days=30),
            "the last contact cannot be in the future",
        ),
    ],
)
def test_a_plan_that_breaks_a_rule_is_refused_with_the_reason(intent: Intent, message: str) -> None:
    with pytest.raises(InvalidEntry, match=message):
        intent(Logbook(), NOW)


def test_preferences_are_saved_as_chosen() -> None:
    chosen = Preferences(discreet=True, check_in_reminder=False)

    change = intents.set_preferences(Logbook(), NOW, chosen)

    assert _run(Logbook(), change).preferences == chosen
    assert change.touched == Touched.PREFERENCES


# Urges and contacts


def test_an_urge_logged_keeps_the_run_and_undo_takes_it_back() -> None:
    logbook = _ten_days_clean()

    change = intents.log_urge(logbook, NOW, UrgeKind.CALL)
    after = _run(logbook, change)

    summary = status(after, NOW)
    assert (summary.streak_days, summary.urges_today) == (10, 1)
    urge = after.find_event(change.subject_id or "")
    assert isinstance(urge, Urge)
    assert urge.kind is UrgeKind.CALL
    assert change.action is Action.LOG_URGE
    assert status(_undo(after, change), NOW).urges_total == 0


def test_an_urge_from_the_command_line_carries_its_strength_and_note() -> None:
    change = intents.log_urge(Logbook(), NOW, UrgeKind.TEXT, intensity=7, note="walked")

    (urge,) = _run(Logbook(), change).events
    assert isinstance(urge, Urge)
    assert (urge.intensity, urge.note) == (7, "walked")


def test_undoing_an_urge_deleted_elsewhere_is_refused() -> None:
    logbook = _ten_days_clean()
    change = intents.log_urge(logbook, NOW, UrgeKind.TEXT)
    after = apply(_run(logbook, change), DeleteEvent(change.subject_id or ""))

    with pytest.raises(InvalidEntry, match="there is no entry with the id"):
        _undo(after, change)


def test_a_contact_i_started_ends_the_run_and_undo_gives_it_back() -> None:
    logbook = _ten_days_clean()

    change = intents.record_contact(logbook, NOW, ContactKind.TEXT, StartedBy.ME, False, "")
    after = _run(logbook, change)

    assert status(after, NOW).streak_days == 0
    assert change.action is Action.RECORD_CONTACT
    assert status(_undo(after, change), NOW).streak_days == 10


def test_details_are_added_to_the_urge_just_logged() -> None:
    urge = an_urge(later(NOW, minutes=-2))
    logbook = _ten_days_clean(urge)

    change = intents.add_urge_details(logbook, NOW, urge.id, 6, "made tea", "I miss you")

    detailed = _run(logbook, change).find_event(urge.id)
    assert detailed == replace(urge, intensity=6, note="made tea", unsent_message="I miss you")
    assert change.undo is None


def test_details_go_on_an_urge_only_and_within_the_rules() -> None:
    urge, contact = an_urge(NOW), a_contact(NOW)
    logbook = _ten_days_clean(urge, contact)

    with pytest.raises(InvalidEntry, match="only an urge has these details"):
        intents.add_urge_details(logbook, NOW, contact.id, None, "", "")
    with pytest.raises(InvalidEntry, match="the intensity must be a whole number from 1 to 10"):
        intents.add_urge_details(logbook, NOW, urge.id, 11, "", "")


def test_an_edited_entry_is_saved_and_undo_puts_back_the_one_before() -> None:
    urge = an_urge(later(NOW, hours=-1), intensity=3, note="ok")
    logbook = _ten_days_clean(urge)
    earlier = replace(urge, at=later(NOW, hours=-3), intensity=8, note="late")

    change = intents.edit_entry(logbook, NOW, earlier)
    after = _run(logbook, change)

    assert after.find_event(urge.id) == earlier
    assert _undo(after, change).find_event(urge.id) == urge


def test_an_entry_saved_unchanged_changes_nothing_and_leaves_nothing_to_undo() -> None:
    contact = a_contact(later(NOW, hours=-1))
    logbook = _ten_days_clean(contact)

    change = intents.edit_entry(logbook, NOW, contact)

    assert (change.edits, change.undo, change.subject_id) == ((), None, contact.id)


def _edits_refused() -> dict[str, tuple[Callable[[Urge, Plan], Urge | Contact], str]]:
    return {
        "a plan": (lambda urge, plan: replace(urge, id=plan.id), "a plan is changed in Settings"),
        "a kind switch": (
            lambda urge, _: Contact(id=urge.id, at=urge.at, kind=ContactKind.TEXT),
            "an urge stays an urge, and a contact a contact",
        ),
        "the future": (
            lambda urge, _: replace(urge, at=later(NOW, days=1)),
            "the time of an entry cannot be in the future",
        ),
        "a missing entry": (
            lambda urge, _: replace(urge, id="gone"),
            "there is no entry with the id 'gone'",
        ),
    }


@pytest.mark.parametrize("case", list(_edits_refused()))
def test_an_edit_that_breaks_a_rule_is_refused_with_the_reason(case: str) -> None:
    make, message = _edits_refused()[case]
    plan = a_plan(later(NOW, days=-10))
    urge = an_urge(later(NOW, hours=-1))
    logbook = Logbook(events=(plan, urge))

    with pytest.raises(InvalidEntry, match=message):
        intents.edit_entry(logbook, NOW, make(urge, plan))


def test_a_deleted_entry_comes_back_as_it_was() -> None:
    contact = a_contact(later(NOW, days=-2))
    contact = replace(contact, note="they called first", started_by=StartedBy.THEM)
    logbook = _ten_days_clean(contact)

    change = intents.delete_entry(logbook, NOW, contact.id)
    after = _run(logbook, change)

    assert contact.id not in [event.id for event in after.events]
    back = _undo(after, change)
    assert back.find_event(contact.id) == contact
    assert status(back, NOW) == status(logbook, NOW)


def test_a_plan_is_not_deleted_among_the_entries() -> None:
    logbook = _ten_days_clean()

    with pytest.raises(InvalidEntry, match="a plan is changed in Settings, not deleted"):
        intents.delete_entry(logbook, NOW, logbook.events[0].id)


def test_undoing_a_delete_never_puts_an_entry_in_twice() -> None:
    urge = an_urge(later(NOW, hours=-1))
    logbook = _ten_days_clean(urge)
    change = intents.delete_entry(logbook, NOW, urge.id)
    put_back_elsewhere = apply(_run(logbook, change), AddEvents((urge,)))  # an import, say

    with pytest.raises(InvalidEntry, match="already holds an entry"):
        _undo(put_back_elsewhere, change)


# Goals


def test_ticking_a_goal_records_today_once() -> None:
    logbook = Logbook()

    change = intents.set_goal_done(logbook, NOW, "body-move", done=True)
    after = _run(logbook, change)

    assert [(c.goal_id, c.day) for c in after.completions] == [("body-move", TODAY)]
    assert intents.set_goal_done(after, NOW, "body-move", done=True).edits == ()
    assert change.touched == Touched.GOALS


def test_unticking_a_weekly_goal_takes_back_the_tick_from_earlier_this_week_only() -> None:
    weekly = _starter("connection-friend")
    wednesday = Completion(weekly.id, date(2026, 2, 25), local(BERLIN, 2026, 2, 25, 9))
    last_week = Completion(weekly.id, date(2026, 2, 18), local(BERLIN, 2026, 2, 18, 9))
    logbook = Logbook(completions=(last_week, wednesday))

    after = _run(logbook, intents.set_goal_done(logbook, NOW, weekly.id, done=False))

    assert after.completions == (last_week,)


def test_a_new_goal_goes_at_the_end_of_its_area() -> None:
    logbook = Logbook()

    change = intents.add_goal(logbook, NOW, Area.BODY, "  Stretch after waking ", Recurrence.DAILY)
    after = _run(logbook, change)

    body = [goal for goal in after.goals if goal.area is Area.BODY]
    assert body[-1].title == "Stretch after waking"
    assert body[-1].id == change.subject_id
    assert after.goals.index(body[-1]) == 3  # before the first connection goal


def test_a_new_goal_never_takes_the_id_of_a_goal_with_ticks() -> None:
    ticked = _starter("body-move")
    logbook = Logbook(
        goals=tuple(g for g in STARTER_GOALS if g is not ticked),
        completions=(Completion(ticked.id, TODAY, NOW),),
    )

    change = intents.add_goal(logbook, NOW, Area.BODY, "Move", Recurrence.DAILY)

    assert change.subject_id == "body-move-2"  # "body-move" would inherit the old ticks


def test_a_new_goal_never_takes_the_id_of_a_goal_deleted_in_this_window() -> None:
    logbook = Logbook()
    deleted = intents.delete_goal(logbook, NOW, "body-sleep")
    after = _run(logbook, deleted)
    undo_stack = [deleted, intents.log_urge(after, NOW, UrgeKind.TEXT)]

    reserved = intents.deleted_goal_ids(undo_stack)
    change = intents.add_goal(after, NOW, Area.BODY, "Sleep", Recurrence.DAILY, reserved)

    assert reserved == {"body-sleep"}
    assert change.subject_id == "body-sleep-2"  # undoing the delete would meet "body-sleep"


def test_a_goal_needs_a_title() -> None:
    with pytest.raises(InvalidEntry, match="a goal needs a title"):
        intents.add_goal(Logbook(), NOW, Area.BODY, "   ", Recurrence.ONCE)


def test_the_healing_swap_replaces_the_goals_that_invite_self_blame_and_asks_no_more() -> None:
    logbook = Logbook()

    after = _run(logbook, intents.answer_healing_swap(logbook, NOW, swap=True))

    ids = _ids(after.goals)
    assert "reflection-why" not in ids
    assert ids.index("reflection-glad") == _ids(STARTER_GOALS).index("reflection-why")
    assert after.preferences.healing_goals_offered


def test_keeping_the_goals_only_stops_the_question() -> None:
    logbook = Logbook()

    change = intents.answer_healing_swap(logbook, NOW, swap=False)

    after = _run(logbook, change)
    assert after.goals == STARTER_GOALS
    assert after.preferences.healing_goals_offered
    assert change.touched == Touched.PREFERENCES


def test_a_healing_goal_deleted_here_is_not_swapped_back_in() -> None:
    logbook = Logbook()

    change = intents.answer_healing_swap(logbook, NOW, swap=True, reserved={"reflection-glad"})

    ids = _ids(_run(logbook, change).goals)
    assert "reflection-why" in ids
    assert "reflection-respect" in ids


def test_a_goal_is_renamed_given_a_new_rhythm_and_moved_in_its_area() -> None:
    logbook = Logbook()

    renamed = _run(logbook, intents.rename_goal(logbook, NOW, "body-move", "Walk to work"))
    weekly = _run(
        renamed, intents.set_goal_recurrence(renamed, NOW, "body-move", Recurrence.WEEKLY)
    )
    moved = _run(weekly, intents.move_goal(weekly, NOW, "body-move", 5))

    goal = find_goal(moved.goals, "body-move")
    assert (goal.title, goal.recurrence) == ("Walk to work", Recurrence.WEEKLY)
    assert _ids(moved.goals)[:3] == ["body-sleep", "body-meal", "body-move"]  # its area's last


@pytest.mark.parametrize(
    "intent",
    [
        partial(intents.set_goal_done, goal_id="gone", done=True),
        partial(intents.rename_goal, goal_id="gone", title="Walk"),
        partial(intents.set_goal_recurrence, goal_id="gone", recurrence=Recurrence.ONCE),
        partial(intents.move_goal, goal_id="gone", steps=1),
        partial(intents.delete_goal, goal_id="gone"),
    ],
)
def test_a_goal_no_longer_there_is_named_in_the_refusal(intent: Intent) -> None:
    with pytest.raises(InvalidEntry, match="there is no goal with the id 'gone'"):
        intent(Logbook(), NOW)


def test_a_deleted_goal_comes_back_in_its_place_with_its_ticks() -> None:
    tick = Completion("body-sleep", TODAY, NOW)
    logbook = Logbook(completions=(tick,))

    change = intents.delete_goal(logbook, NOW, "body-sleep")
    after = _run(logbook, change)

    assert "body-sleep" not in _ids(after.goals)
    assert after.completions == (tick,)  # its history is kept
    assert change.action is Action.DELETE_GOAL
    back = _undo(after, change)
    assert back.goals == STARTER_GOALS
    assert back.completions == (tick,)


def test_a_goal_whose_neighbour_is_gone_too_comes_back_at_the_start_of_its_area() -> None:
    logbook = Logbook()
    sleep = intents.delete_goal(logbook, NOW, "body-sleep")
    after = _run(logbook, sleep)
    after = _run(after, intents.delete_goal(after, NOW, "body-move"))  # the one before it

    back = _undo(after, sleep)  # the window's banner takes back the older delete first

    assert _ids(back.goals)[:3] == ["body-sleep", "body-meal", "connection-tell"]


def test_the_first_goal_comes_back_first_even_when_its_area_is_empty() -> None:
    lone = _starter("body-move")
    logbook = Logbook(goals=(lone, *(g for g in STARTER_GOALS if g.area is not Area.BODY)))

    change = intents.delete_goal(logbook, NOW, lone.id)

    assert _undo(_run(logbook, change), change).goals == logbook.goals


def test_a_goal_put_back_already_is_not_put_back_twice() -> None:
    logbook = Logbook()
    change = intents.delete_goal(logbook, NOW, "body-move")

    with pytest.raises(InvalidEntry, match="the goal 'Move for twenty minutes: a walk counts'"):
        _undo(logbook, change)  # another process brought it back already


# The journal and the reasons it ended


def test_a_journal_entry_written_is_kept_and_undo_takes_it_back() -> None:
    logbook = Logbook()

    change = intents.add_journal_entry(logbook, NOW, TODAY, " Quiet day. ", Prompt.FOR_MYSELF)
    after = _run(logbook, change)

    entry = after.find_journal_entry(change.subject_id or "")
    assert (entry.day, entry.text, entry.prompt, entry.written_at) == (
        TODAY,
        "Quiet day.",
        Prompt.FOR_MYSELF,
        NOW,
    )
    assert change.touched == Touched.JOURNAL
    assert _undo(after, change).journal == ()


def test_a_journal_entry_about_tomorrow_is_refused() -> None:
    with pytest.raises(
        InvalidEntry, match=r"a journal entry cannot be dated in the future \(today is 2026-03-01\)"
    ):
        intents.add_journal_entry(Logbook(), NOW, date(2026, 3, 2), "Plans.")


def test_an_edited_journal_entry_comes_back_as_it_was_edit_time_and_all() -> None:
    entry = JournalEntry(
        id="j1",
        day=date(2026, 2, 27),
        written_at=later(NOW, days=-2),
        text="First go.",
        edited_at=later(NOW, days=-1),
    )
    logbook = Logbook(journal=(entry,))

    change = intents.edit_journal_entry(logbook, NOW, "j1", entry.day, "Second go.", None)
    after = _run(logbook, change)

    edited = after.find_journal_entry("j1")
    assert (edited.text, edited.edited_at) == ("Second go.", NOW)
    assert _undo(after, change).journal == (entry,)


def test_a_journal_entry_saved_unchanged_leaves_nothing_to_undo() -> None:
    entry = JournalEntry(id="j1", day=TODAY, written_at=NOW, text="Same.")
    logbook = Logbook(journal=(entry,))

    change = intents.edit_journal_entry(logbook, SOON, "j1", TODAY, "Same.", None)

    assert (change.edits, change.undo, change.subject_id) == ((), None, "j1")


def test_a_deleted_journal_entry_comes_back_once() -> None:
    entry = JournalEntry(id="j1", day=TODAY, written_at=NOW, text="Kept.", prompt=Prompt.WHY_BACK)
    logbook = Logbook(journal=(entry,))

    change = intents.delete_journal_entry(logbook, NOW, "j1")
    after = _run(logbook, change)

    assert after.journal == ()
    back = _undo(after, change)
    assert back.journal == (entry,)
    with pytest.raises(InvalidEntry, match="the journal already holds an entry with the id 'j1'"):
        _undo(back, change)
    with pytest.raises(InvalidEntry, match="there is no journal entry with the id 'j1'"):
        intents.delete_journal_entry(after, NOW, "j1")


def test_the_reasons_it_ended_are_saved_as_chosen() -> None:
    chosen = [BreakupReason.CONFLICT, BreakupReason.TRUST]

    change = intents.set_breakup_reasons(Logbook(), NOW, chosen)

    assert _run(Logbook(), change).breakup_reasons == frozenset(chosen)
    assert change.touched == Touched.REASONS


def test_ticking_one_reason_keeps_the_ones_the_logbook_holds() -> None:
    logbook = Logbook(breakup_reasons=frozenset({BreakupReason.ABUSE, BreakupReason.DISTANCE}))

    ticked = _run(logbook, intents.choose_breakup_reason(logbook, NOW, BreakupReason.TRUST, True))
    unticked = _run(
        ticked, intents.choose_breakup_reason(ticked, NOW, BreakupReason.DISTANCE, False)
    )

    assert unticked.breakup_reasons == {BreakupReason.ABUSE, BreakupReason.TRUST}


# For any logbook and any action: the change applies, and its undo gives the logbook back.

WORDS = st.sampled_from(("calm", "rain", "Füße", "walked", "tea", "called Sam", "😌", "late"))
TEXTS = st.lists(WORDS, min_size=1, max_size=4).map(" ".join)
AGO = st.integers(min_value=0, max_value=60 * 24 * 40)  # minutes before NOW, up to 40 days
GOALS = (*STARTER_GOALS, *HEALING_SWAPS.values())


def _ago(minutes: int) -> datetime:
    return later(NOW, minutes=-minutes)


@st.composite
def events(draw: st.DrawFn, number: int) -> Event:
    at = _ago(draw(AGO))
    entry_id = f"e{number:03d}"
    kind = draw(st.sampled_from(("plan", "urge", "contact")))
    if kind == "plan":
        last_contact = draw(st.none() | st.just(at))
        return Plan(
            id=entry_id, at=at, last_contact=last_contact, target_days=draw(st.integers(21, 45))
        )
    if kind == "urge":
        return Urge(
            id=entry_id,
            at=at,
            kind=draw(st.sampled_from(UrgeKind)),
            intensity=draw(st.none() | st.integers(1, 10)),
            note=draw(st.just("") | TEXTS),
            unsent_message=draw(st.just("") | TEXTS),
        )
    return Contact(
        id=entry_id,
        at=at,
        kind=draw(st.sampled_from(ContactKind)),
        started_by=draw(st.sampled_from(StartedBy)),
        necessary=draw(st.booleans()),
        note=draw(st.just("") | TEXTS),
    )


@st.composite
def journal_entries(draw: st.DrawFn, number: int) -> JournalEntry:
    written = _ago(draw(AGO))
    edited = draw(st.none() | st.just(later(written, hours=1)))
    back = draw(st.integers(0, 3))
    return JournalEntry(
        id=f"j{number:03d}",
        day=written.date() - timedelta(days=back),
        written_at=written,
        text=draw(TEXTS),
        prompt=draw(st.none() | st.sampled_from(Prompt)),
        edited_at=edited if edited is not None and edited <= NOW else None,
    )


@st.composite
def logbooks(draw: st.DrawFn) -> Logbook:
    # Any of the goals there are, in any order: a list from an import need not keep the areas
    # together, and a goal put back must find its place all the same.
    goals = draw(st.permutations(GOALS))[: draw(st.integers(0, len(GOALS)))]
    # Ticks of any goal, deleted ones too: their history is kept.
    ticks = st.tuples(st.sampled_from(GOALS), st.integers(0, 30))
    completions = [
        Completion(goal.id, TODAY - timedelta(days=back), _ago(60 * 24 * back))
        for goal, back in draw(st.lists(ticks, max_size=6))
    ]
    return Logbook(
        events=tuple(draw(events(n)) for n in range(draw(st.integers(0, 8)))),
        goals=tuple(goals),
        completions=tuple(completions),
        preferences=Preferences(
            relationship_unsafe=draw(st.booleans()), healing_goals_offered=draw(st.booleans())
        ),
        journal=tuple(draw(journal_entries(n)) for n in range(draw(st.integers(0, 4)))),
        breakup_reasons=frozenset(draw(st.sets(st.sampled_from(BreakupReason), max_size=3))),
        check_ins=tuple(
            CheckIn(
                id=f"k{back:03d}",
                day=TODAY - timedelta(days=back),
                at=_ago(60 * 24 * back),
                mood=draw(st.sampled_from(Mood)),
                pull=draw(st.sampled_from(Pull)),
                note=draw(st.just("") | TEXTS),
            )
            for back in draw(st.sets(st.integers(0, 10), max_size=4))
        ),
    )


def _past_entry(draw: st.DrawFn, logbook: Logbook) -> Urge | Contact:
    past = [e for e in logbook.events if isinstance(e, Urge | Contact)]
    assume(past)
    return draw(st.sampled_from(past))


def _goal(draw: st.DrawFn, logbook: Logbook) -> Goal:
    assume(logbook.goals)
    return draw(st.sampled_from(logbook.goals))


def _journal_entry(draw: st.DrawFn, logbook: Logbook) -> JournalEntry:
    assume(logbook.journal)
    return draw(st.sampled_from(logbook.journal))


def _check_in(draw: st.DrawFn, logbook: Logbook) -> CheckIn:
    assume(logbook.check_ins)
    return draw(st.sampled_from(logbook.check_ins))


def _edited_entry(draw: st.DrawFn, logbook: Logbook) -> Intent:
    entry = _past_entry(draw, logbook)
    edited = replace(entry, note=draw(TEXTS), at=_ago(draw(AGO)))
    return partial(intents.edit_entry, edited=draw(st.sampled_from((entry, edited))))


def _edited_journal_entry(draw: st.DrawFn, logbook: Logbook) -> Intent:
    entry = _journal_entry(draw, logbook)
    return partial(
        intents.edit_journal_entry,
        entry_id=entry.id,
        day=draw(st.sampled_from((entry.day, TODAY))),
        text=draw(st.sampled_from((entry.text, "Written again."))),
        prompt=entry.prompt,
    )


# Each action the window or the command line offers, with arguments fit for the logbook drawn.
ACTIONS: dict[str, Callable[[st.DrawFn, Logbook], Intent]] = {
    "log an urge": lambda draw, _: partial(
        intents.log_urge, kind=draw(st.sampled_from(UrgeKind)), note=draw(TEXTS)
    ),
    "record a contact": lambda draw, _: partial(
        intents.record_contact,
        kind=draw(st.sampled_from(ContactKind)),
        started_by=draw(st.sampled_from(StartedBy)),
        necessary=draw(st.booleans()),
        note=draw(TEXTS),
    ),
    "edit an entry": _edited_entry,
    "delete an entry": lambda draw, logbook: partial(
        intents.delete_entry, entry_id=_past_entry(draw, logbook).id
    ),
    "delete a goal": lambda draw, logbook: partial(
        intents.delete_goal, goal_id=_goal(draw, logbook).id
    ),
    "write in the journal": lambda draw, _: partial(
        intents.add_journal_entry,
        day=TODAY - timedelta(days=draw(st.integers(0, 5))),
        text=draw(TEXTS),
        prompt=draw(st.none() | st.sampled_from(Prompt)),
    ),
    "edit a journal entry": _edited_journal_entry,
    "delete a journal entry": lambda draw, logbook: partial(
        intents.delete_journal_entry, entry_id=_journal_entry(draw, logbook).id
    ),
    "check in": lambda draw, _: partial(
        intents.check_in,
        mood=draw(st.sampled_from(Mood)),
        pull=draw(st.sampled_from(Pull)),
        note=draw(st.none() | TEXTS),
    ),
    "edit a check-in": lambda draw, logbook: partial(
        intents.edit_check_in,
        check_in_id=_check_in(draw, logbook).id,
        mood=draw(st.sampled_from(Mood)),
        pull=draw(st.sampled_from(Pull)),
        note=draw(st.none() | TEXTS),
    ),
    "delete a check-in": lambda draw, logbook: partial(
        intents.delete_check_in, check_in_id=_check_in(draw, logbook).id
    ),
    # Changes the window offers no undo for: they must apply all the same.
    "re-plan": lambda draw, _: partial(
        intents.replan, since=draw(st.none() | st.just(NOW)), target_days=draw(st.integers(21, 45))
    ),
    "tick or untick a goal": lambda draw, logbook: partial(
        intents.set_goal_done, goal_id=_goal(draw, logbook).id, done=draw(st.booleans())
    ),
    "add a goal": lambda draw, _: partial(
        intents.add_goal,
        area=draw(st.sampled_from(Area)),
        title=draw(TEXTS),
        recurrence=draw(st.sampled_from(Recurrence)),
    ),
    "move a goal": lambda draw, logbook: partial(
        intents.move_goal, goal_id=_goal(draw, logbook).id, steps=draw(st.integers(-3, 3))
    ),
    "answer the healing swap": lambda draw, _: partial(
        intents.answer_healing_swap, swap=draw(st.booleans())
    ),
    "choose a reason": lambda draw, _: partial(
        intents.choose_breakup_reason,
        reason=draw(st.sampled_from(BreakupReason)),
        chosen=draw(st.booleans()),
    ),
}
UNDONE = list(ACTIONS)[:11]  # the actions the window can undo


@st.composite
def actions(draw: st.DrawFn, name: str, logbook: Logbook) -> Intent:
    return ACTIONS[name](draw, logbook)


def _what_the_user_sees(logbook: Logbook) -> tuple[object, ...]:
    """Everything recorded, in the order the app shows it: entries in the order they were
    made, goals as listed, the journal newest first."""
    return (
        sorted(logbook.events, key=recorded_order),
        logbook.goals,
        sorted(logbook.completions, key=lambda c: (c.goal_id, c.day, c.at)),
        newest_first(logbook.journal),
        logbook.preferences,
        logbook.breakup_reasons,
        sorted(logbook.check_ins, key=lambda c: c.day),
    )


@pytest.mark.parametrize("action", list(ACTIONS))
@settings(max_examples=120, deadline=None)
@given(data=st.data())
def test_any_change_applies_and_its_undo_gives_the_logbook_back(
    action: str, data: st.DataObject
) -> None:
    logbook = data.draw(logbooks(), label="logbook")
    intent = data.draw(actions(action, logbook), label="action")

    change = intent(logbook, NOW)
    after = apply(logbook, *change.edits)  # an intent never makes an edit the rules refuse

    if action not in UNDONE:
        assert change.undo is None  # the window's Undo skips what it never offered to undo
        return
    if change.undo is None:  # saved unchanged
        assert after == logbook
        return
    assert _what_the_user_sees(after) != _what_the_user_sees(logbook)
    assert _what_the_user_sees(_undo(after, change)) == _what_the_user_sees(logbook)

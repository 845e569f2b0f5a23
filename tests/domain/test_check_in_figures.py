"""What History says about the check-ins: the moods of a range of days, and the urges logged on
days of a strong pull beside lighter days, only once there are enough days to say it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.check_in_figures import MIN_DAYS_EACH, mood_days, pull_and_urges
from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.events import new_id

TODAY = date(2026, 3, 1)


def made(day: date, mood: int = 3, pull: int = 0) -> CheckIn:
    at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
    return CheckIn(id=new_id(), day=day, at=at, mood=Mood(mood), pull=Pull(pull))


def days_before(n: int) -> date:
    return TODAY - timedelta(days=n)


# The moods of a range of days


def test_the_range_ends_today_and_leaves_a_gap_for_each_day_without_a_check_in() -> None:
    good, hard = made(TODAY, mood=5), made(days_before(2), mood=2)
    older = made(days_before(30), mood=1)  # before the range

    days = mood_days([older, hard, good], TODAY, 30)

    assert (days.first, days.last) == (date(2026, 1, 31), TODAY)
    assert days.check_ins[-1] == good
    assert days.check_ins[-3] == hard
    assert days.check_ins.count(None) == 28
    assert days.day_of(27) == hard.day


def test_the_moods_are_counted_in_three_groups() -> None:
    moods = [5, 4, 4, 3, 2, 1, 1]
    check_ins = [made(days_before(n), mood=mood) for n, mood in enumerate(moods)]

    days = mood_days(check_ins, TODAY, 30)

    assert (days.okay_or_good, days.up_and_down, days.hard) == (3, 1, 3)
    assert days.checked_in == 7


def test_a_range_has_at_least_one_day() -> None:
    with pytest.raises(ValueError, match="at least one day"):
        mood_days([], TODAY, 0)


@given(
    st.sets(st.integers(min_value=0, max_value=400), max_size=60),
    st.integers(min_value=1, max_value=365),
)
def test_every_check_in_of_the_range_is_counted_once(offsets: set[int], span: int) -> None:
    check_ins = [made(days_before(n), mood=1 + n % 5) for n in offsets]

    days = mood_days(check_ins, TODAY, span)

    inside = [n for n in offsets if n < span]
    assert len(days.check_ins) == span
    assert days.checked_in == len(inside)
    assert days.okay_or_good + days.up_and_down + days.hard == len(inside)
    for n in inside:
        assert days.check_ins[span - 1 - n] is not None


# The pull and the urges


def test_urges_on_days_of_a_strong_pull_and_on_lighter_days_are_averaged_apart() -> None:
    strong = [made(days_before(n), pull=3 + n % 2) for n in range(5)]  # strong or overwhelming
    lighter = [made(days_before(n), pull=n % 3) for n in range(10, 20)]
    urges = {days_before(n): 3 for n in range(5)} | {days_before(10): 4, days_before(11): 4}
    urges_on = {days_before(n): urges.get(days_before(n), 0) for n in range(365)}

    figures = pull_and_urges(strong + lighter, urges_on)

    assert figures is not None
    assert (figures.strong_days, figures.lighter_days) == (5, 10)
    assert figures.strong_average == pytest.approx(3.0)
    assert figures.lighter_average == pytest.approx(0.8)


def test_nothing_is_said_until_each_side_has_enough_days() -> None:
    urges_on = {days_before(n): 1 for n in range(365)}
    strong = [made(days_before(n), pull=4) for n in range(MIN_DAYS_EACH - 1)]
    lighter = [made(days_before(n), pull=1) for n in range(100, 100 + 20)]

    assert pull_and_urges(strong + lighter, urges_on) is None

    one_more = made(days_before(50), pull=3)
    assert pull_and_urges([*strong, one_more, *lighter], urges_on) is not None


def test_days_the_record_of_urges_does_not_reach_are_left_out() -> None:
    urges_on = {days_before(n): 2 for n in range(10)}  # a record of the last ten days
    check_ins = [made(days_before(n), pull=4 if n % 2 else 0) for n in range(40)]

    figures = pull_and_urges(check_ins, urges_on)

    assert figures is not None
    assert (figures.strong_days, figures.lighter_days) == (5, 5)


@given(
    st.dictionaries(
        st.integers(min_value=0, max_value=200),
        st.tuples(st.sampled_from(list(Pull)), st.integers(min_value=0, max_value=20)),
        max_size=80,
    )
)
def test_the_averages_are_the_urges_of_the_days_with_a_check_in(
    days: dict[int, tuple[Pull, int]],
) -> None:
    check_ins = [made(days_before(n), pull=pull) for n, (pull, _) in days.items()]
    urges_on = {days_before(n): urges for n, (_, urges) in days.items()}
    strong = [urges for pull, urges in days.values() if pull >= Pull.STRONG]
    lighter = [urges for pull, urges in days.values() if pull < Pull.STRONG]

    figures = pull_and_urges(check_ins, urges_on)

    if min(len(strong), len(lighter)) < MIN_DAYS_EACH:
        assert figures is None
    else:
        assert figures is not None
        assert figures.strong_average == pytest.approx(sum(strong) / len(strong))
        assert figures.lighter_average == pytest.approx(sum(lighter) / len(lighter))

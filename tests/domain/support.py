"""Zones, instants and entries the domain tests share."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from app.domain.events import Contact, ContactKind, Event, Plan, StartedBy, Urge, UrgeKind
from app.domain.logbook import Logbook
from app.domain.status import Status

BERLIN = ZoneInfo("Europe/Berlin")  # +1/+2; 2026: forward 29 March 02:00, back 25 October 03:00
NEW_YORK = ZoneInfo("America/New_York")  # -5/-4; 2026: forward 8 March 02:00, back 1 November 02:00
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # +10:30/+11; 2026: back 5 April 02:00, fwd 4 October
KOLKATA = ZoneInfo("Asia/Kolkata")  # +5:30 all year
UTC_ZONE = ZoneInfo("UTC")

ZONES = (BERLIN, NEW_YORK, LORD_HOWE, KOLKATA, UTC_ZONE)

SECOND = timedelta(seconds=1)
DAY_SECONDS = 86_400


def local(
    zone: ZoneInfo,
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    *,
    fold: int = 0,
) -> datetime:
    """A wall-clock time in `zone`; `fold=1` picks the second of a repeated hour."""
    return datetime(year, month, day, hour, minute, second, tzinfo=zone, fold=fold)


def wall(moment: datetime, zone: ZoneInfo) -> tuple[int, ...]:
    """What the wall clock of `zone` shows at `moment`: (year, month, day, hour, minute, second)."""
    return tuple(moment.astimezone(zone).timetuple())[:6]


def utc(moment: datetime) -> datetime:
    """The same instant in UTC, where adding seconds adds real seconds."""
    return moment.astimezone(UTC)


def later(moment: datetime, **delta: float) -> datetime:
    """The instant `delta` of real time after `moment`, shown in `moment`'s zone."""
    zone = moment.tzinfo
    assert zone is not None
    return (utc(moment) + timedelta(**delta)).astimezone(zone)


_counter = iter(range(1, 10**9))


def _next_id(prefix: str) -> str:
    return f"{prefix}-{next(_counter):06d}"


def a_plan(last_contact: datetime, at: datetime | None = None, target_days: int = 30) -> Plan:
    return Plan(
        id=_next_id("plan"),
        at=last_contact if at is None else at,
        last_contact=last_contact,
        target_days=target_days,
    )


def an_urge(at: datetime, intensity: int | None = None, note: str = "") -> Urge:
    return Urge(id=_next_id("urge"), at=at, kind=UrgeKind.TEXT, intensity=intensity, note=note)


def a_contact(
    at: datetime, started_by: StartedBy = StartedBy.ME, necessary: bool = False
) -> Contact:
    return Contact(
        id=_next_id("contact"),
        at=at,
        kind=ContactKind.TEXT,
        started_by=started_by,
        necessary=necessary,
    )


def logbook_of(*events: Event) -> Logbook:
    return Logbook(events=tuple(events))


def just_before(moment: datetime) -> datetime:
    """One real second before `moment`, on the same zone's clock."""
    return later(moment, seconds=-1)


def figures(summary: Status) -> tuple[int, ...]:
    """Every count a status shows: streak, longest, total, tracked, attempts, urges."""
    return (
        summary.streak_days,
        summary.longest_streak_days,
        summary.total_no_contact_days,
        summary.tracked_days,
        summary.attempts,
        summary.urges_today,
        summary.urges_total,
    )

"""Upgrades of the file layout, in order; each takes the tables of one version to the next."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import orjson

Tables = dict[str, dict[str, Any]]
Migration = Callable[[Tables], Tables]


def unpin_target_only_plans(tables: Tables) -> Tables:
    """Version 1 -> 2: a plan that only changed the target stops pinning the run's start.

    Version 1 had no way to record "the target only": Save plan in Settings and `holdfast start
    --target N` copied the start of the current run into the plan as its last contact. When that
    start was a contact's instant, the plan pinned it: deleting the contact later (one logged by
    mistake) no longer gave the run back, and History said the run was ended by "a new plan".
    From version 2 such a plan stores `"last_contact": null`.

    The rule: a plan's last contact becomes null when it equals, to the microsecond, the start
    of the run that was current when the plan was recorded (at its `at`), that is
    - the instant of a contact that ends a run (started by the user, not necessary) dated at or
      before the plan, or
    - the last contact of an earlier plan (recorded order: by `at`, then id) still standing then,
      a plan's last contact withdrawing the earlier plans' starts after it, as the runs do.
    A copied start carries the exact instant it copied, seconds and microseconds included; a time
    the user chose matches one only if it is that very start, and then both readings count the
    same. So the upgrade changes no figure the user sees today: it changes only what deleting a
    contact does afterwards. A plan whose contact was already deleted no longer matches anything
    and keeps its last contact: nothing in the file tells it apart from a time the user gave.
    """
    events = tables.get("events")
    if not isinstance(events, dict):
        return tables
    plans: list[tuple[datetime, str, datetime, dict[str, Any]]] = []
    slips: list[datetime] = []
    for document in events.values():
        if not isinstance(document, dict):
            continue  # left for the decoder to report
        at = _instant(document.get("at"))
        if at is None:
            continue
        if document.get("type") == "plan":
            since = _instant(document.get("last_contact"))
            plan_id = document.get("id")
            if since is not None and isinstance(plan_id, str):
                plans.append((at, plan_id, since, document))
        elif (
            document.get("type") == "contact"
            and document.get("started_by") == "me"
            and document.get("necessary") is False
        ):
            slips.append(at)
    slips.sort()
    plan_starts: list[datetime] = []
    for at, _, since, document in sorted(plans, key=lambda plan: (plan[0], plan[1])):
        slips_then = slips[: bisect_right(slips, at)]
        current = max(
            (*(start for start in plan_starts if start <= at), *slips_then[-1:]), default=None
        )
        if since == current:
            document["last_contact"] = None
            continue
        plan_starts = [start for start in plan_starts if start <= since]
        plan_starts.append(since)
    return tables


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


# MIGRATIONS[n] upgrades a file of schema version n + 1 to version n + 2. Append only.
MIGRATIONS: tuple[Migration, ...] = (unpin_target_only_plans,)


def schema_version(migrations: Sequence[Migration]) -> int:
    """The version this code writes: one more than the number of upgrades it knows."""
    return len(migrations) + 1


def migrate(tables: Tables, from_version: int, migrations: Sequence[Migration]) -> Tables:
    """The tables upgraded to the current version; the tables given are left untouched."""
    upgraded: Tables = orjson.loads(orjson.dumps(tables))  # a deep copy: migrations may mutate
    for step in migrations[from_version - 1 :]:
        upgraded = step(upgraded)
    return upgraded

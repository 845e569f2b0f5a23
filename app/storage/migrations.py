"""Upgrades of the file layout, in order; each takes the tables of one version to the next."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import orjson

Tables = dict[str, dict[str, Any]]
Migration = Callable[[Tables], Tables]

# MIGRATIONS[n] upgrades a file of schema version n + 1 to version n + 2. Append only.
MIGRATIONS: tuple[Migration, ...] = ()


def schema_version(migrations: Sequence[Migration]) -> int:
    """The version this code writes: one more than the number of upgrades it knows."""
    return len(migrations) + 1


def migrate(tables: Tables, from_version: int, migrations: Sequence[Migration]) -> Tables:
    """The tables upgraded to the current version; the tables given are left untouched."""
    upgraded: Tables = orjson.loads(orjson.dumps(tables))  # a deep copy: migrations may mutate
    for step in migrations[from_version - 1 :]:
        upgraded = step(upgraded)
    return upgraded

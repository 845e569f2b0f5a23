"""The subcommands that move data: export, import, backups and restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.commands import Context, say
from app.domain.errors import InvalidEntry
from app.domain.logbook import new_entries
from app.storage.errors import DataFileError
from app.storage.files import write_file
from app.storage.transfer import export_csv, export_json, read_export


def export(args: argparse.Namespace, ctx: Context) -> int:
    target = Path(args.file)
    suffix = target.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise InvalidEntry(f"the export file must end in .json or .csv, not {target.name!r}")
    logbook = ctx.store.load()
    payload = export_json(logbook, ctx.clock.now()) if suffix == ".json" else export_csv(logbook)
    write_file(target, payload)
    say(f"Exported {len(logbook.events)} entries to {target}.")
    return 0


def import_(args: argparse.Namespace, ctx: Context) -> int:
    incoming = read_export(Path(args.file))
    now = ctx.clock.now()
    with ctx.store.transaction(now) as changes:
        new = new_entries(changes.logbook, incoming, now)
        if new.events:
            changes.add(*new.events)
        if new.goals:
            changes.set_goals((*changes.logbook.goals, *new.goals))
        if new.completions:
            changes.add_completions(*new.completions)
    skipped = len(incoming.events) - len(new.events)
    say(
        f"Imported {len(new.events)} entries, {len(new.goals)} goals and "
        f"{len(new.completions)} goal completions"
        + (f"; {skipped} entries were already here." if skipped else ".")
    )
    return 0


def backups(args: argparse.Namespace, ctx: Context) -> int:
    found = ctx.store.backups.list()
    if not found:
        say("No backups yet. Holdfast keeps one for each day it saves something.")
        return 0
    say(f"Backups in {ctx.store.backups.folder}, newest first:")
    zone = ctx.clock.now().tzinfo
    for backup in found:
        try:
            contents = f"{len(ctx.store.read_backup(backup).events)} entries"
        except (DataFileError, OSError):
            contents = "cannot be used"
        taken = backup.taken_at.astimezone(zone)
        say(f"  {backup.name}  {taken:%Y-%m-%d %H:%M}  {contents}")
    return 0


def restore(args: argparse.Namespace, ctx: Context) -> int:
    restored = ctx.store.restore(ctx.clock.now(), args.backup)
    say(f"Restored the backup {restored.backup.name}.")
    if restored.set_aside:
        say(f"The file it replaced is kept as {restored.set_aside}.")
    return 0

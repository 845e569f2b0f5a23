"""The subcommands that move data: export, import, backups and restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.commands import Context, say
from app.cli.render import counted
from app.domain.errors import InvalidEntry
from app.domain.logbook import new_entries
from app.storage.errors import DataFileError, NoSuchBackup
from app.storage.files import write_file
from app.storage.transfer import export_csv, export_json, read_export


def export(args: argparse.Namespace, ctx: Context) -> int:
    target = Path(args.file)
    suffix = target.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise InvalidEntry(f"the export file must end in .json or .csv, not {target.name!r}")
    if target.resolve() == ctx.store.path.resolve():
        raise InvalidEntry(
            f"{target} is Holdfast's own data file; export to a file of another name"
        )
    logbook = ctx.store.load()
    payload = export_json(logbook, ctx.clock.now()) if suffix == ".json" else export_csv(logbook)
    write_file(target, payload)
    say(f"Exported {counted(len(logbook.events), 'entry', 'entries')} to {target}.")
    return 0


def import_(args: argparse.Namespace, ctx: Context) -> int:
    incoming = read_export(Path(args.file))
    now = ctx.clock.now()
    # Checked before the transaction, which creates the file and may take a backup: an export
    # with entries that cannot be added must leave nothing behind.
    new_entries(ctx.store.load(), incoming, now)
    with ctx.store.transaction(now) as changes:
        new = new_entries(changes.logbook, incoming, now)
        if new.events:
            changes.add(*new.events)
        if new.goals:
            changes.set_goals((*changes.logbook.goals, *new.goals))
        if new.completions:
            changes.add_completions(*new.completions)
    skipped = len(incoming.events) - len(new.events)
    already = ""
    if skipped:
        were = "was" if skipped == 1 else "were"
        already = f"; {counted(skipped, 'entry', 'entries')} {were} already here"
    say(
        f"Imported {counted(len(new.events), 'entry', 'entries')}, "
        f"{counted(len(new.goals), 'goal')} and "
        f"{counted(len(new.completions), 'goal completion')}{already}."
    )
    return 0


def backups(args: argparse.Namespace, ctx: Context) -> int:
    found = ctx.store.backups.list()
    if not found:
        say("No backups yet. Holdfast copies the file before it saves, at most once an hour.")
        return 0
    say(f"Backups in {ctx.store.backups.folder}, newest first:")
    zone = ctx.clock.now().tzinfo
    for backup in found:
        try:
            contents = counted(len(ctx.store.read_backup(backup).events), "entry", "entries")
        except (DataFileError, OSError):
            contents = "cannot be used"
        taken = backup.taken_at.astimezone(zone)
        say(f"  {backup.name}  {taken:%Y-%m-%d %H:%M}  {contents}")
    return 0


def restore(args: argparse.Namespace, ctx: Context) -> int:
    if not ctx.store.backups.list():  # checked first: the store would create the folder
        wanted = f"no backup named {args.backup!r}" if args.backup else "no backup to restore"
        raise NoSuchBackup(f"there is {wanted}: {ctx.store.backups.folder} holds no backups")
    restored = ctx.store.restore(ctx.clock.now(), args.backup)
    say(f"Restored the backup {restored.backup.name}.")
    if restored.set_aside:
        say(f"The file it replaced is kept as {restored.set_aside}.")
    return 0

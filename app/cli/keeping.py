"""The subcommands that move data: export, import, backups and restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.commands import Context
from app.cli.output import say
from app.cli.render import counted
from app.storage.errors import DataFileError, NoSuchBackup, quoted
from app.storage.transfer import export_to


def export(args: argparse.Namespace, ctx: Context) -> int:
    target = Path(args.file)
    logbook = ctx.store.load()
    export_to(target, logbook, ctx.clock.now(), ctx.store.folder, overwrite=args.overwrite)
    if target.suffix.lower() == ".csv":  # a spreadsheet of the entries, and nothing else
        rows = counted(len(logbook.events), "entry", "entries")
        if logbook.check_ins:
            rows += f" and {counted(len(logbook.check_ins), 'check-in')}"
        say(f"Exported {rows} to {target}.")
        return 0
    written = _listed(
        entries=len(logbook.events),
        goals=len(logbook.goals),
        completions=len(logbook.completions),
        journal=len(logbook.journal),
        reasons=len(logbook.breakup_reasons),
        check_ins=len(logbook.check_ins),
    )
    say(f"Exported {written} to {target}.")
    said = logbook.preferences
    if said.relationship_unsafe or said.relationship_betrayal:
        say("It also carries your choice that healing comes first.")
    return 0


def import_(args: argparse.Namespace, ctx: Context) -> int:
    new, skipped = ctx.store.import_from(Path(args.file), ctx.clock.now())
    already = ""
    if skipped:
        were = "was" if skipped == 1 else "were"
        already = f"; {counted(skipped, 'entry', 'entries')} {were} already here"
    added = _listed(
        entries=len(new.events),
        goals=len(new.goals),
        completions=len(new.completions),
        journal=len(new.journal),
        reasons=len(new.breakup_reasons),
        check_ins=len(new.check_ins),
    )
    say(f"Imported {added}{already}.")
    if new.marks_unsafe or new.marks_betrayal:
        say("The file puts healing first, so it comes first here too.")
    return 0


def _listed(
    entries: int, goals: int, completions: int, journal: int, reasons: int, check_ins: int
) -> str:
    """ "6 entries, 2 goals and 3 goal completions", as export and import report what they moved."""
    parts = [
        counted(entries, "entry", "entries"),
        counted(goals, "goal"),
        counted(completions, "goal completion"),
    ]
    # Named only when there are some, so a file of the journal alone does not read as nothing.
    if journal:
        parts.append(counted(journal, "journal entry", "journal entries"))
    if reasons:
        parts.append(counted(reasons, "reason it ended", "reasons it ended"))
    if check_ins:
        parts.append(counted(check_ins, "check-in"))
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


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
        wanted = f"no backup named {quoted(args.backup)}" if args.backup else "no backup to restore"
        raise NoSuchBackup(f"there is {wanted}: {ctx.store.backups.folder} holds no backups")
    restored = ctx.store.restore(ctx.clock.now(), args.backup)
    say(f"Restored the backup {restored.backup.name}.")
    if restored.set_aside:
        say(f"The file it replaced is kept as {restored.set_aside}.")
    return 0

"""The subcommands that move data: export, import, backups and restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.commands import Context
from app.cli.output import note, say
from app.cli.speech import TranslationContext, speaker
from app.domain.errors import InvalidEntry
from app.storage.errors import DataFileError, NoSuchBackup, quoted
from app.storage.transfer import export_to

if TYPE_CHECKING:
    from app.storage.sealed_export import SealedWith


class CliKeeping(TranslationContext):
    """What `holdfast export`, `import`, `backups` and `restore` say."""


def export(args: argparse.Namespace, ctx: Context) -> int:
    target = Path(args.file)
    logbook = ctx.store.load()
    sealed = _sealed_with(args, ctx)
    export_to(
        target, logbook, ctx.clock.now(), ctx.store.folder, overwrite=args.overwrite, sealed=sealed
    )
    if sealed is not None:
        say(
            CliKeeping.tr(
                "Exported everything, encrypted, to {file}. It opens with your passphrase or "
                "your recovery key."
            ).format(file=target)
        )
        return 0
    if ctx.store.sealing.protected:
        note(
            CliKeeping.tr(
                "{file} is not encrypted: anyone who opens it can read every entry and note."
            ).format(file=target)
        )
    if target.suffix.lower() == ".csv":  # a spreadsheet of the entries, and nothing else
        rows = _entries(len(logbook.events))
        if logbook.check_ins:
            rows = CliKeeping.tr("{these} and {those}").format(
                these=rows, those=CliKeeping.tr("%n check-ins", "", len(logbook.check_ins))
            )
        say(CliKeeping.tr("Exported {what} to {file}.").format(what=rows, file=target))
        return 0
    written = _listed(
        entries=len(logbook.events),
        goals=len(logbook.goals),
        completions=len(logbook.completions),
        journal=len(logbook.journal),
        reasons=len(logbook.breakup_reasons),
        check_ins=len(logbook.check_ins),
    )
    say(CliKeeping.tr("Exported {what} to {file}.").format(what=written, file=target))
    said = logbook.preferences
    if said.relationship_unsafe or said.relationship_betrayal:
        say(CliKeeping.tr("It also carries your choice that healing comes first."))
    return 0


def import_(args: argparse.Namespace, ctx: Context) -> int:
    from app.cli.passphrase import CliPassphrase, typed_passphrase

    def ask() -> str | None:  # asked once: a wrong one ends the import with its reason
        if asked:
            return None
        asked.append(True)
        return typed_passphrase(CliPassphrase.tr("Passphrase of the export (or its recovery key):"))

    asked: list[bool] = []
    new, skipped = ctx.store.import_from(Path(args.file), ctx.clock.now(), ask)
    already = ""
    if skipped:
        already = CliKeeping.tr("; %n entries were already here", "", skipped)
    added = _listed(
        entries=len(new.events),
        goals=len(new.goals),
        completions=len(new.completions),
        journal=len(new.journal),
        reasons=len(new.breakup_reasons),
        check_ins=len(new.check_ins),
    )
    say(CliKeeping.tr("Imported {what}{already}.").format(what=added, already=already))
    if new.marks_unsafe or new.marks_betrayal:
        say(CliKeeping.tr("The file puts healing first, so it comes first here too."))
    return 0


def _sealed_with(args: argparse.Namespace, ctx: Context) -> SealedWith | None:
    """The protection an export is encrypted under: with protection on, the user says which
    (--encrypted or --plain); without it, an export is plain, and --encrypted is refused."""
    if not ctx.store.sealing.protected:
        if args.encrypted:
            raise InvalidEntry(
                CliKeeping.tr(
                    "an encrypted export opens with your passphrase, and there is none yet: "
                    "`holdfast protect on` sets one"
                )
            )
        return None
    if args.plain:
        return None
    if not args.encrypted:
        raise InvalidEntry(
            CliKeeping.tr(
                "your entries are protected: add --encrypted for an export that opens with your "
                "passphrase, or --plain for one anyone who has the file can read"
            )
        )
    from app.storage.protection import read_protection
    from app.storage.sealed_export import SealedWith

    protection, keys = read_protection(ctx.store.folder), ctx.store.sealing.keys
    assert protection is not None and keys is not None  # protected, and unlocked to export
    return SealedWith(protection, keys)


def _listed(
    entries: int, goals: int, completions: int, journal: int, reasons: int, check_ins: int
) -> str:
    """ "6 entries, 2 goals and 3 goal completions", as export and import report what they moved."""
    parts = [
        _entries(entries),
        CliKeeping.tr("%n goals", "", goals),
        CliKeeping.tr("%n goal completions", "", completions),
    ]
    # Named only when there are some, so a file of the journal alone does not read as nothing.
    if journal:
        parts.append(CliKeeping.tr("%n journal entries", "", journal))
    if reasons:
        parts.append(CliKeeping.tr("%n reasons it ended", "", reasons))
    if check_ins:
        parts.append(CliKeeping.tr("%n check-ins", "", check_ins))
    return CliKeeping.tr("{these} and {those}").format(these=", ".join(parts[:-1]), those=parts[-1])


def _entries(count: int) -> str:
    return CliKeeping.tr("%n entries", "", count)


def backups(args: argparse.Namespace, ctx: Context) -> int:
    found = ctx.store.backups.list()
    if not found:
        say(
            CliKeeping.tr(
                "No backups yet. Holdfast copies the file before it saves, at most once an hour."
            )
        )
        return 0
    say(CliKeeping.tr("Backups in {folder}, newest first:").format(folder=ctx.store.backups.folder))
    zone = ctx.clock.now().tzinfo
    for backup in found:
        try:
            contents = _entries(len(ctx.store.read_backup(backup).events))
        except (DataFileError, OSError):
            contents = CliKeeping.tr("cannot be used")
        taken = speaker().show(backup.taken_at.astimezone(zone))
        say(f"  {backup.name}  {taken}  {contents}")
    return 0


def restore(args: argparse.Namespace, ctx: Context) -> int:
    if not ctx.store.backups.list():  # checked first: the store would create the folder
        if args.backup:
            none = CliKeeping.tr("there is no backup named {name}: {folder} holds no backups")
        else:
            none = CliKeeping.tr("there is no backup to restore: {folder} holds no backups")
        raise NoSuchBackup(
            none.format(name=quoted(args.backup or ""), folder=ctx.store.backups.folder)
        )
    restored = ctx.store.restore(ctx.clock.now(), args.backup)
    say(CliKeeping.tr("Restored the backup {name}.").format(name=restored.backup.name))
    if restored.set_aside:
        say(
            CliKeeping.tr("The file it replaced is kept as {file}.").format(file=restored.set_aside)
        )
    return 0

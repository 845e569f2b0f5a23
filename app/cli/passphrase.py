"""Reading a passphrase: from the terminal without echo, or as one line of standard input when
it is not a terminal (a script, a test, a password manager piping it in)."""

from __future__ import annotations

import sys

from app.cli.speech import TranslationContext
from app.domain.errors import InvalidEntry

SHORTEST = 8


class CliPassphrase(TranslationContext):
    """What the command line asks and says about passphrases."""


def typed_passphrase(prompt: str) -> str:
    """One passphrase; InvalidEntry when none was given (the input ended, or was empty)."""
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        import getpass

        try:
            typed = getpass.getpass(f"{prompt} ")
        except EOFError:
            typed = ""
    else:
        typed = stdin.readline().rstrip("\r\n") if stdin is not None else ""
    if not typed:
        raise InvalidEntry(CliPassphrase.tr("no passphrase was given; nothing was changed"))
    return typed


def new_passphrase() -> str:
    """A new passphrase, asked twice at a terminal so a typing slip cannot lock the user out."""
    first = typed_passphrase(CliPassphrase.tr("New passphrase:"))
    if len(first) < SHORTEST:
        raise InvalidEntry(
            CliPassphrase.tr(
                "a passphrase needs at least %n characters (a few words together work well); "
                "nothing was changed",
                "",
                SHORTEST,
            )
        )
    if sys.stdin is not None and sys.stdin.isatty():
        again = typed_passphrase(CliPassphrase.tr("The same passphrase again:"))
        if again != first:
            raise InvalidEntry(
                CliPassphrase.tr("the two passphrases were not the same; nothing was changed")
            )
    return first

"""What a command prints: its answer on stdout, one line on stderr for anything else, and user
text made safe for a terminal line. Every command module prints through here."""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from contextlib import suppress

FAILURE = 1

_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
# They reorder what follows on screen: text could hide behind them what it says.
_BIDI_CONTROLS = frozenset(
    chr(code) for code in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
)


class OutputClosed(Exception):
    """The answer could not be printed: the output was closed, a pipe's reader left, or full."""


def say(text: str) -> None:
    """A command's answer, on stdout, flushed at once for a panel reading it line by line."""
    try:
        print(text, flush=True)
    except OSError as error:
        _print_nothing_more()
        raise OutputClosed from error


def _print_nothing_more() -> None:
    # Python flushes the output once more on exit, which would fail again with a traceback:
    # from now on the output goes nowhere.
    with suppress(OSError, ValueError, AttributeError):
        nowhere = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nowhere, sys.stdout.fileno())


def fail(code: int, message: str) -> int:
    """One line on stderr, as every command reports what went wrong; returns the exit code."""
    note(message)
    return code


def note(message: str) -> None:
    """One line on stderr, for what the user should know even when the command succeeds."""
    if sys.stderr is None:  # started without an error output: print would use the answer's
        return
    # A path or a name the user gave may hold a line break.
    with suppress(OSError, ValueError):  # the error output is closed too: nothing more to do
        print(f"holdfast: {visible(message)}", file=sys.stderr, flush=True)


def visible(text: str) -> str:
    """Something the user wrote, safe on one line of a terminal: a line break shows as ⏎, a tab
    as a space, and any other control character as its code (\x1b...), so a note can neither
    forge a line of the output nor send the terminal an escape sequence."""
    text = _LINE_BREAK.sub("⏎", text).replace("\t", " ")
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) == "Cc" or char in _BIDI_CONTROLS
        else char
        for char in text
    )

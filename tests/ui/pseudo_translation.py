"""A pseudo-translation: every word the window asks Qt to translate comes back longer and accented,
so a test can see that each page holds a longer language and that no word escapes translation.

"Log an urge" comes back as "[Ĺöĝ åñ ûŕĝé ~~~~]": each letter a look-alike, 40% longer (as German
runs), in brackets so that a cut-off end shows. What Qt or Python fills in later is kept as it is:
%s, %n, %1, {name}, HTML tags and entities, the "&" before a shortcut letter, the spaces around,
and a date format's codes.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

OPEN, CLOSE = "[", "]"
STRETCH = 0.4  # German runs 30-40% longer than English
PAD, PAD_WORD = "~", 6  # padding comes as short words, so that a wrapping label can still wrap

LOOK_ALIKES = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþʠŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)

# "ddd d MMM yyyy": the codes QLocale writes a date or a time by.
DATE_FORMAT = re.compile(r"[dMyhHmsapAPtz]+(?:[ ,.:/'-]+[dMyhHmsapAPtz]+)*")

# What must reach the screen unchanged, because Qt or Python replaces or reads it afterwards.
KEPT = re.compile(
    r"""
      %%                              # a literal percent sign
    | %\([a-z_]+\)[-+ 0#]*\d*(?:\.\d+)?[sdifr]  # %(name)s
    | %[-+ 0#]*\d*(?:\.\d+)?[sdifrx]  # Python's %s, %02d, %.1f (before Qt's: "%0" is not one)
    | %L?\d+                          # Qt's %1, %L1
    | %L?n                            # Qt's count
    | \{[a-z_0-9]*(?::[^{}]*)?\}      # str.format's {name}
    | <[^<>]+>                        # an HTML tag
    | &(?:[a-z]+|\#\d+);              # an HTML entity
    | &&                              # a literal ampersand in a button's text
    | &[A-Za-z]                       # a shortcut letter: kept, so Alt and it still work
    """,
    re.VERBOSE,
)


def pseudo(text: str) -> str:
    """`text` stretched and accented, with what Qt or Python fills in kept intact."""
    stripped = text.strip()
    if not stripped:
        return text
    leading = text[: len(text) - len(text.lstrip())]
    trailing = text[len(text.rstrip()) :]
    pieces: list[str] = []
    shown = 0  # the characters a reader sees, without the tags
    position = 0
    for kept in KEPT.finditer(stripped):
        words = stripped[position : kept.start()]
        pieces += [words.translate(LOOK_ALIKES), kept.group()]
        shown += len(words) + (0 if kept.group().startswith(("<", "&")) else len(kept.group()))
        position = kept.end()
    words = stripped[position:]
    pieces.append(words.translate(LOOK_ALIKES))
    shown += len(words)
    return f"{leading}{OPEN}{''.join(pieces)}{_padding(shown)}{CLOSE}{trailing}"


def _padding(shown: int) -> str:
    extra = math.ceil(shown * STRETCH)
    if extra < 2:
        return PAD * extra
    # " ~~~~~~ ~~~~": a space, then words of PAD_WORD at most, `extra` characters in all.
    padding = ""
    while len(padding) < extra:
        padding += " " + PAD * min(PAD_WORD, extra - len(padding) - 1)
    return padding


class PseudoTranslator(QTranslator):
    """Translates every text into its pseudo form, whatever its context.

    QCoreApplication.translate puts the count in at %n after the translator answers (when it is
    given one), so a counted text keeps its %n here as any other placeholder.
    """

    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803 (Qt's name for it)
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if DATE_FORMAT.fullmatch(sourceText) and "format" in (disambiguation or ""):
            return sourceText  # Qt's date codes: a translator reorders them, never spells them
        return pseudo(sourceText)

    def isEmpty(self) -> bool:
        return False


def is_pseudo(text: str) -> bool:
    """Whether `text` holds a pseudo-translated part."""
    return OPEN in text and any(letter in text for letter in _ACCENTED)


_ACCENTED = frozenset("åƀçðéƒĝĥîĵķļɱñöþʠŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")

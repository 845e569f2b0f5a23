"""Qt's compiled translations (.qm files) read without Qt, for the command line.

The window translates with QTranslator; the command line must not load Qt (a launcher runs
`holdfast urge` at a hard moment, and Qt takes longer to load than the whole command). So it reads
the same holdfast_<language>.qm files with this reader: one catalogue per language for the window
and the command line, written once by translators in the .ts files and compiled by lrelease.

The format is Qt's own (qtranslator.cpp): a magic number, then sections of a tag byte and a
big-endian length. Hashes holds (hash, offset) pairs sorted by the ELF hash of the source text and
disambiguation; Messages holds, at each offset, tagged fields ending with End; Contexts, when
lrelease wrote it, is a hash table of the contexts present (a message whose neighbours differ in
source text may leave its own context out); NumerusRules is the bytecode that picks a plural form.
A lookup here follows QTranslator's step by step, so the answer is the window's answer.
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from pathlib import Path
from typing import NamedTuple

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Section tags.
_CONTEXTS = 0x2F
_HASHES = 0x42
_MESSAGES = 0x69
_NUMERUS_RULES = 0x88
_DEPENDENCIES = 0x96

# Message field tags.
_END = 1
_TRANSLATION = 3
_OBSOLETE1 = 5
_SOURCE_TEXT = 6
_CONTEXT = 7
_COMMENT = 8

# Plural rule bytecode (qtranslator_p.h).
_EQ, _LT, _LEQ, _BETWEEN = 0x01, 0x02, 0x03, 0x04
_OP_MASK = 0x07
_NOT = 0x08
_MOD_10 = 0x10
_MOD_100 = 0x20
_LEAD_1000 = 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF

# Larger than any catalogue Holdfast ships by far; a bigger file is not one of ours.
_MOST_BYTES = 16 * 1024 * 1024


class DamagedCatalogue(ValueError):
    """The bytes are not a .qm file Qt would load: cut short, or not one at all."""


class Catalogue(NamedTuple):
    """One language's translations, as lrelease compiled them. (A named tuple: a dataclass
    would load more at the start of every command than the reading takes.)"""

    hashes: tuple[int, ...]  # sorted, as the file keeps them
    offsets: tuple[int, ...]  # into `messages`, one for each hash
    messages: bytes
    contexts: bytes  # empty when the file has no context table
    numerus_rules: bytes

    @classmethod
    def read(cls, path: Path) -> Catalogue | None:
        """The catalogue in `path`; None when it is missing, unreadable or damaged, so the
        caller says things in English rather than failing."""
        try:
            with path.open("rb") as file:
                data = file.read(_MOST_BYTES + 1)
            return cls.parse(data)
        except (OSError, DamagedCatalogue):
            return None

    @classmethod
    def parse(cls, data: bytes) -> Catalogue:
        """The catalogue in `data`, checked as QTranslator checks it on loading; raises
        DamagedCatalogue where Qt would refuse the file."""
        if len(data) > _MOST_BYTES or not data.startswith(MAGIC):
            raise DamagedCatalogue("not a compiled Qt translation")
        sections: dict[int, bytes] = {}
        at = len(MAGIC)
        while at < len(data) - 4:
            tag, length = data[at], _read32(data, at + 1)
            at += 5
            if not tag or not length:
                break
            if len(data) - at < length:
                raise DamagedCatalogue("a section runs past the end of the file")
            sections[tag] = data[at : at + length]
            at += length
        if _DEPENDENCIES in sections:
            # Qt would load further files named inside; lrelease writes none for Holdfast.
            raise DamagedCatalogue("a catalogue that depends on others")
        if _HASHES not in sections or _MESSAGES not in sections:
            raise DamagedCatalogue("no messages")
        rules = sections.get(_NUMERUS_RULES, b"")
        if not _valid_rules(rules):
            raise DamagedCatalogue("plural rules Qt would refuse")
        table = sections[_HASHES]
        pairs = struct.unpack_from(f">{len(table) // 8 * 2}I", table)
        return cls(
            hashes=pairs[0::2],
            offsets=pairs[1::2],
            messages=sections[_MESSAGES],
            contexts=sections.get(_CONTEXTS, b""),
            numerus_rules=rules,
        )

    def translate(
        self, context: str, source: str, disambiguation: str = "", n: int = -1
    ) -> str | None:
        """The translation of `source` in `context`, the plural form that fits `n` when it is 0
        or more, with "%n" as the count; None when the catalogue has none."""
        try:
            found = self._find(context.encode(), source.encode(), disambiguation.encode(), n)
        except (IndexError, struct.error, UnicodeDecodeError):  # damage inside a message
            return None
        return None if found is None else with_count(found, n)

    def _find(self, context: bytes, source: bytes, comment: bytes, n: int) -> str | None:
        if self.contexts and not self._has_context(context):
            return None
        if not self.hashes:
            return None
        form = plural_form(n, self.numerus_rules) if n >= 0 else 0
        for tried in (comment, b"") if comment else (comment,):
            key = _elf_hash(source + tried)
            index = bisect_left(self.hashes, key)
            while index < len(self.hashes) and self.hashes[index] == key:
                found = self._message(self.offsets[index], context, source, tried, form)
                if found is not None:
                    return found
                index += 1
        return None

    def _has_context(self, context: bytes) -> bool:
        table = self.contexts
        size = _read16(table, 0)
        if not size:
            return False
        slot = _read16(table, 2 + 2 * (_elf_hash(context) % size))
        if slot == 0:
            return False
        at = 2 + 2 * size + 2 * slot
        while True:
            length = table[at]
            if length == 0:
                return False
            if _same(table[at + 1 : at + 1 + length], context):
                return True
            at += 1 + length

    def _message(
        self, at: int, context: bytes, source: bytes, comment: bytes, form: int
    ) -> str | None:
        data, chosen = self.messages, None
        while True:
            tag = data[at] if at < len(data) else 0
            at += 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                at += 4
                continue
            if tag not in (_TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT):
                return None
            length = _read32(data, at)
            field = data[at + 4 : at + 4 + length]
            at += 4 + length
            if tag == _TRANSLATION:
                if length & 1:
                    return None
                if form == 0:
                    chosen = field
                form -= 1
            elif not _fits(
                tag, field, {_SOURCE_TEXT: source, _CONTEXT: context, _COMMENT: comment}
            ):
                return None
        return None if chosen is None else chosen.decode("utf-16-be")


def with_count(text: str, n: int) -> str:
    """`text` with "%n" (and "%Ln") as the count, as QCoreApplication.translate writes it; left
    as it is without a count."""
    if n < 0:
        return text
    return text.replace("%Ln", str(n)).replace("%n", str(n))


def plural_form(n: int, rules: bytes) -> int:
    """Which of a message's forms counts `n`: the first rule that holds, or the one after the
    last. Qt's numerusHelper; `rules` are checked on loading."""
    if not rules:
        return 0
    form, i = 0, 0
    while True:
        any_holds = False
        while True:
            all_hold = True
            while True:
                opcode, right = rules[i], rules[i + 1]
                i += 2
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                operator = opcode & _OP_MASK
                if operator == _EQ:
                    holds = left == right
                elif operator == _LT:
                    holds = left < right
                elif operator == _LEQ:
                    holds = left <= right
                else:  # _BETWEEN, with a third byte
                    holds = right <= left <= rules[i]
                    i += 1
                if opcode & _NOT:
                    holds = not holds
                all_hold = all_hold and holds
                if i == len(rules) or rules[i] != _AND:
                    break
                i += 1
            any_holds = any_holds or all_hold
            if i == len(rules) or rules[i] != _OR:
                break
            i += 1
        if any_holds:
            return form
        form += 1
        if i == len(rules):
            return form
        i += 1  # past _NEWRULE


def _valid_rules(rules: bytes) -> bool:
    """Whether plural_form can run `rules` to the end (Qt's isValidNumerusRules)."""
    if not rules:
        return True
    at = 0
    while True:
        opcode = rules[at]
        if opcode & 0x80:
            return False
        at += 1
        if at == len(rules):
            return False
        at += 1  # the right operand
        operator = opcode & _OP_MASK
        if operator == _BETWEEN:
            if at == len(rules):
                return False
            at += 1
        elif operator not in (_EQ, _LT, _LEQ):
            return False
        if at == len(rules):
            return True
        if rules[at] not in (_AND, _OR, _NEWRULE):
            return False
        at += 1
        if at == len(rules):
            return False


def _elf_hash(text: bytes) -> int:
    """Qt's hash of a message's key; never 0."""
    h = 0
    for byte in text:
        if not byte:  # Qt reads C strings: the key ends at a NUL
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        high = h & 0xF0000000
        if high:
            h ^= high >> 24
        h &= ~high & 0xFFFFFFFF
    return h or 1


def _fits(tag: int, field: bytes, wanted: dict[int, bytes]) -> bool:
    """Whether a message's source text, context or disambiguation is the one looked up; an
    empty disambiguation in the file fits any."""
    if tag == _COMMENT and field[:1] in (b"", b"\0"):
        return True
    return _same(field, wanted[tag])


def _same(found: bytes, wanted: bytes) -> bool:
    # lrelease may have stored the C string's closing NUL.
    return (found[:-1] if found.endswith(b"\0") else found) == wanted


def _read16(data: bytes, at: int) -> int:
    value: int = struct.unpack_from(">H", data, at)[0]
    return value


def _read32(data: bytes, at: int) -> int:
    value: int = struct.unpack_from(">I", data, at)[0]
    return value

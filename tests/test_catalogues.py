"""The translation catalogues in resources/translations: each holds exactly the words app/ says
today, every one translated, with the placeholders its source has.

English holds only the plural forms ("1 urge" beside "%n urges"): its other words are the sources.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from tests.catalogues import TRANSLATIONS, qt_tool, run_tool

APP = TRANSLATIONS.parents[1] / "app"
CATALOGUES = sorted(TRANSLATIONS.glob("holdfast_*.ts"))
# What the program fills in: %s, %d and %02d, Qt's %n and %1, and str.format's {name}.
PLACEHOLDER = re.compile(r"%(?:0?\d*[sd]|n|\d+)|\{\w*\}")

Message = tuple[str, str, str, bool]  # context, source, comment, whether it has plural forms


def _language(ts: Path) -> str:
    return ts.stem.removeprefix("holdfast_")


def _messages(ts: Path) -> set[Message]:
    return {
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment") or "",
            message.get("numerus") == "yes",
        )
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def _translations(ts: Path) -> list[tuple[str, ET.Element]]:
    return [
        (message.findtext("source") or "", translation)
        for message in ET.parse(ts).getroot().iter("message")
        if (translation := message.find("translation")) is not None
    ]


def test_there_is_a_catalogue_for_english_german_and_spanish() -> None:
    assert [_language(ts) for ts in CATALOGUES] == ["de", "en", "es"]


@pytest.mark.parametrize("ts", CATALOGUES, ids=_language)
def test_the_catalogue_holds_the_words_the_sources_say_today(ts: Path, tmp_path: Path) -> None:
    """As `make translations` would leave it: run it again and nothing comes or goes."""
    fresh = tmp_path / ts.name
    shutil.copy2(ts, fresh)
    plural_only = ["-pluralonly"] if _language(ts) == "en" else []
    run_tool(
        qt_tool("pyside6-lupdate"),
        "-extensions",
        "py",
        "-no-obsolete",
        "-locations",
        "none",
        *plural_only,
        APP,
        "-ts",
        fresh,
    )

    assert _messages(ts) == _messages(fresh), "run `make translations`"


@pytest.mark.parametrize("ts", CATALOGUES, ids=_language)
def test_nothing_in_the_catalogue_is_left_over_from_words_no_longer_said(ts: Path) -> None:
    kinds = Counter(translation.get("type") for _, translation in _translations(ts))

    assert kinds["obsolete"] == kinds["vanished"] == 0


@pytest.mark.parametrize("ts", CATALOGUES, ids=_language)
def test_every_word_is_translated(ts: Path) -> None:
    """German and Spanish are filled by their translators: until then this names what is left."""
    unfinished = [
        source
        for source, translation in _translations(ts)
        if translation.get("type") == "unfinished"
    ]

    assert unfinished == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=_language)
def test_every_translation_keeps_the_placeholders_of_its_source(ts: Path) -> None:
    """A form for one may say its number in words ("once"), so %n is needed in one form only."""
    lost = []
    for source, translation in _translations(ts):
        wanted = Counter(PLACEHOLDER.findall(source))
        forms = [form.text or "" for form in translation.iter("numerusform")]
        for said in forms or [translation.text or ""]:
            if not said:
                continue  # not translated yet: the check above names it
            found = Counter(PLACEHOLDER.findall(said))
            if forms:
                found["%n"] = wanted["%n"]
            if found != wanted:
                lost.append(f"{source!r} -> {said!r}")
        if forms and wanted["%n"] and all(form and "%n" not in form for form in forms):
            lost.append(f"{source!r}: no form says %n")

    assert lost == []

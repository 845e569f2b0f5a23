"""The words a person reads before they open the window (the README, the software centre's
description) say what the window says at the hard moments: what ends a run, and where help is."""

from __future__ import annotations

import re
from pathlib import Path

from app.system.identity import APP_ID
from app.ui.help import help_text

ROOT = Path(__file__).resolve().parents[1]
# What the contact dialog says, so nobody fears that a message they ignored took their days away.
CONTACT_RULE = (
    "contact they started that you didn't take part in, or contact that could not be avoided, "
    "does not end your run"
)


def _plain(text: str) -> str:
    """Text as read: markup and line breaks gone, spaces single, first letters small."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", text)).lower()


def test_the_readme_and_the_metainfo_say_which_contact_ends_a_run() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    metainfo = (ROOT / "packaging" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")

    assert CONTACT_RULE in _plain(readme)
    assert CONTACT_RULE in _plain(metainfo)


def test_the_readmes_help_section_gives_the_crisis_sentence_and_no_number() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## If it is hard right now", 1)[1].split("\n## ", 1)[0]

    assert (
        "if you might hurt yourself, or you are in danger, call your local emergency number or a "
        "crisis line" in _plain(section)
    )
    assert not re.search(r"\d{3}", section)  # never a number that is right in one country only
    # The same advice as the window's help, not a second wording that could drift from it.
    assert "local emergency number" in help_text(False)

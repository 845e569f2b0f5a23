"""What may be recorded: notes in any language, intensities 1 to 10, instants with their zone."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.domain.errors import InvalidEntry
from app.domain.events import (
    Contact,
    ContactKind,
    Plan,
    StartedBy,
    Urge,
    UrgeKind,
    new_id,
)
from app.domain.logbook import log_urge, record_contact
from tests.domain.support import BERLIN, LORD_HOWE, NEW_YORK, later, local, utc

NOW = local(BERLIN, 2026, 6, 1, 12, 0)

NOTES = [
    "",
    "plain words",
    "wanted to text 😢💔 but went for a run 🏃‍♀️👍🏽",
    "اشتقت إليه لكنني لم أكتب",  # right-to-left
    "שלום \u200f mixed עברית and English",
    "日本語のメモ、韓国語 메모",
    "line one\nline two\ttabbed\r\n",
    "é and e\u0301, ß, ﬁ",
    "x" * 100_000,
    "🙂" * 30_000,
]


@pytest.mark.parametrize("note", NOTES, ids=range(len(NOTES)))
def test_any_unicode_note_is_kept_exactly(note: str) -> None:
    assert log_urge(NOW, UrgeKind.TEXT, 5, note).note == note
    assert record_contact(NOW, ContactKind.TEXT, note=note).note == note


@pytest.mark.parametrize("note", ["\ud800", "before \udc00 after", "😢\udfff"])
def test_a_lone_surrogate_is_refused(note: str) -> None:
    with pytest.raises(InvalidEntry, match="UTF-8"):
        log_urge(NOW, UrgeKind.TEXT, note=note)
    with pytest.raises(InvalidEntry, match="UTF-8"):
        record_contact(NOW, ContactKind.TEXT, note=note)


@pytest.mark.parametrize("intensity", [0, 11, -1, 5.5, True, False, "5", 10**6])
def test_an_intensity_outside_1_to_10_is_refused(intensity: object) -> None:
    with pytest.raises(InvalidEntry) as refused:
        log_urge(NOW, UrgeKind.CALL, intensity)  # type: ignore[arg-type]
    assert "1" in str(refused.value)
    assert "10" in str(refused.value)


@pytest.mark.parametrize("intensity", [None, 1, 5, 10])
def test_an_intensity_from_1_to_10_or_none_is_kept(intensity: int | None) -> None:
    assert log_urge(NOW, UrgeKind.VISIT, intensity).intensity == intensity


def test_only_a_contact_i_started_without_need_breaks_no_contact() -> None:
    assert record_contact(NOW, ContactKind.TEXT).breaks_no_contact
    assert not record_contact(NOW, ContactKind.TEXT, StartedBy.THEM).breaks_no_contact
    assert not record_contact(NOW, ContactKind.TEXT, necessary=True).breaks_no_contact
    assert not record_contact(NOW, ContactKind.TEXT, StartedBy.THEM, True).breaks_no_contact


def test_kinds_read_as_plain_text_become_members_and_unknown_kinds_are_refused() -> None:
    contact = Contact(id="c", at=NOW, kind="in_person", started_by="them")  # type: ignore[arg-type]
    assert contact.kind is ContactKind.IN_PERSON
    assert contact.started_by is StartedBy.THEM
    assert Urge(id="u", at=NOW, kind="social").kind is UrgeKind.SOCIAL  # type: ignore[arg-type]
    with pytest.raises(InvalidEntry, match="allowed"):
        Urge(id="u", at=NOW, kind="telepathy")  # type: ignore[arg-type]
    with pytest.raises(InvalidEntry, match="allowed"):
        Contact(id="c", at=NOW, kind=ContactKind.TEXT, started_by="nobody")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "moment",
    [
        local(BERLIN, 2026, 7, 1, 12, 0),
        local(BERLIN, 2026, 10, 25, 2, 30, fold=1),
        local(NEW_YORK, 2026, 11, 1, 1, 30, fold=0),
        local(LORD_HOWE, 2026, 4, 5, 1, 45, fold=1),
    ],
)
def test_instants_keep_the_fixed_offset_they_were_recorded_with(moment: datetime) -> None:
    offset = moment.utcoffset()
    assert offset is not None
    for entry in (
        log_urge(moment, UrgeKind.TEXT),
        record_contact(moment, ContactKind.TEXT),
        Plan(id="p", at=moment, last_contact=moment, target_days=30),
    ):
        assert utc(entry.at) == utc(moment)  # the same instant
        assert entry.at.tzinfo == timezone(offset)  # with the offset of that moment
        assert entry.at.hour == moment.hour


def test_a_moment_without_a_zone_is_refused() -> None:
    naive = NOW.replace(tzinfo=None)
    with pytest.raises(InvalidEntry, match="time zone"):
        log_urge(naive, UrgeKind.TEXT)
    with pytest.raises(InvalidEntry, match="time zone"):
        record_contact(naive, ContactKind.TEXT)
    with pytest.raises(InvalidEntry, match="time zone"):
        Plan(id="p", at=NOW, last_contact=naive, target_days=30)


def test_new_ids_are_fresh() -> None:
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) == 32 for i in ids)


def test_an_entry_cannot_be_changed_after_it_is_made() -> None:
    urge = log_urge(NOW, UrgeKind.TEXT)
    with pytest.raises(AttributeError):
        urge.note = "changed"  # type: ignore[misc]
    assert urge.at - later(NOW, hours=-1) == timedelta(hours=1)

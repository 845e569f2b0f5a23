"""The words pages, dialogs and widgets share: what urges, contacts and growth areas are called,
days and moments, and what a day of the history held.

Each group is translated in a context of its own (History, UrgeWords, GrowthAreas), as
pyside6-lupdate files `Name.tr(...)` under "Name".
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.events import Contact, ContactKind, StartedBy, Urge, UrgeKind
from app.domain.goals import Area
from app.ui.qt_time import to_qdate
from app.ui.translation import TranslationContext

if TYPE_CHECKING:
    from app.domain.history import DaySummary  # only the History page has days to describe

NO_BREAK = "\u00a0"  # between words a wrap must not split, as in "It will pass"


def unbroken(text: str, phrase: str) -> str:
    """`text` with the spaces in `phrase` made non-breaking, so a wrap keeps the phrase whole."""
    return text.replace(phrase, phrase.replace(" ", NO_BREAK))


class UrgeWords(TranslationContext):
    """What each kind of urge is called: on Today's buttons, in the entry dialog, in the history."""


def urge_labels() -> dict[UrgeKind, str]:
    """What each urge button on Today says; the other places name urges by the same words."""
    return {
        UrgeKind.TEXT: UrgeWords.tr("Text them"),
        UrgeKind.CALL: UrgeWords.tr("Call them"),
        UrgeKind.SOCIAL: UrgeWords.tr("Check their profile"),
        UrgeKind.FRIENDS: UrgeWords.tr("Ask friends about them"),
        UrgeKind.VISIT: UrgeWords.tr("Go where they might be"),
        UrgeKind.OTHER: UrgeWords.tr("Something else"),
    }


def urge_actions() -> dict[UrgeKind, str]:
    """What each urge wanted, as a sentence says it after "to": "text them". Words of their own,
    not the buttons' lowered: in German a noun keeps its capital, and a language may need
    another form inside a sentence than on a button. "Something else" has none: a sentence
    names it another way."""
    return {
        UrgeKind.TEXT: UrgeWords.tr("text them"),
        UrgeKind.CALL: UrgeWords.tr("call them"),
        UrgeKind.SOCIAL: UrgeWords.tr("check their profile"),
        UrgeKind.FRIENDS: UrgeWords.tr("ask friends about them"),
        UrgeKind.VISIT: UrgeWords.tr("go where they might be"),
    }


def urge_phrase(kind: UrgeKind) -> str:
    """How a sentence names an urge: "the urge to text them", or "another urge"."""
    if kind is UrgeKind.OTHER:
        return UrgeWords.tr("another urge")  # "the urge to something else" reads as no sentence
    return UrgeWords.tr("the urge to %s") % urge_actions()[kind]


class History(TranslationContext):
    """Days, moments, contacts and what a day held: the History page's words, said elsewhere too."""


def contact_labels() -> dict[ContactKind, str]:
    """What each kind of contact is called: the contact dialog's choices, and the History page."""
    return {
        ContactKind.TEXT: History.tr("A message"),
        ContactKind.CALL: History.tr("A call"),
        ContactKind.SOCIAL: History.tr("Looking at their social media"),
        ContactKind.FRIENDS: History.tr("Asking friends about them"),
        ContactKind.IN_PERSON: History.tr("Meeting in person"),
        ContactKind.OTHER: History.tr("Something else"),
    }


def contact_phrases() -> dict[ContactKind, str]:
    """What each kind of contact is called inside a sentence: "the contact on 3 March (a
    call)". Words of their own, as urge_actions are."""
    return {
        ContactKind.TEXT: History.tr("a message"),
        ContactKind.CALL: History.tr("a call"),
        ContactKind.SOCIAL: History.tr("looking at their social media"),
        ContactKind.FRIENDS: History.tr("asking friends about them"),
        ContactKind.IN_PERSON: History.tr("meeting in person"),
        ContactKind.OTHER: History.tr("something else"),
    }


def decimal_text(value: float) -> str:
    """A figure with one decimal, as the window's language writes it: 3.1, or 3,1 in German."""
    return QLocale().toString(value, "f", 1)


def weekday_names() -> tuple[str, ...]:
    """Monday first, short, in the window's language (QLocale counts Monday as 1)."""
    locale = QLocale()
    return tuple(locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8))


def month_name(day: date) -> str:
    """The short name of `day`'s month, in the window's language: "Mar"."""
    return QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)


def day_format() -> str:
    """How a day is written, in Qt's date codes a translator may put in the language's own
    order: "Sun 1 Mar 2026"."""
    return History.tr("ddd d MMM yyyy", "date format: ddd weekday, d day, MMM month, yyyy year")


def moment_format() -> str:
    """How a day and a time of day are written: "Sun 1 Mar 2026, 12:00"."""
    return f"{day_format()}, HH:mm"  # a 24-hour clock reads alike in each language


def calendar_day_format(with_year: bool) -> str:
    """A day of the calendar, named in full and without its weekday: "14 February 2026", or
    "14 February" for a day that comes back every year."""
    if with_year:
        return History.tr("d MMMM yyyy", "date format: d day, MMMM month, yyyy year")
    return History.tr("d MMMM", "date format: d day, MMMM month")


def day_text(day: date) -> str:
    """ "Sun 1 Mar 2026", the names in the window's language."""
    return QLocale().toString(to_qdate(day), day_format())


def short_day_text(day: date) -> str:
    """ "Sun 1 Mar", for a day near enough that its year goes without saying."""
    shown = History.tr("ddd d MMM", "date format: ddd weekday, d day, MMM month")
    return QLocale().toString(to_qdate(day), shown)


def moment_text(moment: datetime) -> str:
    """ "Sun 1 Mar 2026, 12:00", on the wall clock the entry was recorded with."""
    return f"{day_text(moment.date())}, {moment:%H:%M}"  # as moment_format writes it


# One text for every count: each language's catalogue (English's too) has its plural forms.
def urges_text(count: int) -> str:
    return History.tr("%n urges", "", count)


def days_text(count: int) -> str:
    return History.tr("%n days", "", count)


def who_text(contact: Contact) -> str:
    """Who started a contact and whether it ended a run, in a few words."""
    if contact.breaks_no_contact:
        return History.tr("you started it")
    if contact.started_by is StartedBy.THEM:
        return History.tr("they started it; it did not end your run")
    return History.tr("it was necessary; it did not end your run")


def contact_text(contact: Contact) -> str:
    """ "A message, you started it: “the note”"."""
    text = f"{contact_labels()[contact.kind]}, {who_text(contact)}"
    return f"{text}: “{first_line(contact.note)}”" if contact.note.strip() else text


def urge_details(urge: Urge) -> str:
    """Its strength and whether a message was kept instead of sent."""
    return _urge_details(urge.intensity, bool(urge.unsent_message.strip()))


def _urge_details(intensity: int | None, unsent: bool) -> str:
    parts = [
        History.tr("strength %d of 10") % intensity
        if intensity is not None
        else History.tr("not rated")
    ]
    if unsent:
        parts.append(History.tr("unsent message kept"))
    return ", ".join(parts)


def contact_details(contact: Contact) -> str:
    """Who started a contact and what it did to the run, briefly: a column of a table."""
    return _contact_details(contact.breaks_no_contact, contact.started_by)


def _contact_details(ends_run: bool, started_by: StartedBy) -> str:
    if ends_run:
        return History.tr("you started it; it ended a run")
    if started_by is StartedBy.THEM:
        return History.tr("they started it; your run went on")
    return History.tr("necessary; your run went on")


def longest_details() -> list[str]:
    """Every details text that can be longest, to size a column by the words, not the rows."""
    return [
        _urge_details(10, True),
        *(_contact_details(ends, by) for ends in (True, False) for by in StartedBy),
    ]


def urge_count_text(kind: UrgeKind, count: int) -> str:
    """How many urges of one kind: "2 to text them", "1 of another kind"."""
    if kind is UrgeKind.OTHER:
        return History.tr("%d of another kind") % count
    return History.tr("%d to %s") % (count, urge_actions()[kind])


def first_line(text: str, limit: int = 80) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def describe_day(summary: DaySummary, today: date, run_began: bool = False) -> str:
    """What a day of the calendar held, one fact a line: the tooltip and the spoken text.
    `run_began`: the current run began that day, so it is never counted."""
    lines = [day_text(summary.day) + (History.tr(" (today)") if summary.day == today else "")]
    if not summary.tracked:
        lines.append(History.tr("Before your tracking began"))
    for slip in summary.slips:
        lines.append(History.tr("A run ended at %s: %s") % (f"{slip.at:%H:%M}", contact_text(slip)))
    if summary.slips and summary.no_contact:
        lines.append(History.tr("The day still counts: your run had reached it before then"))
    elif summary.no_contact:
        lines.append(History.tr("A day without contact"))
    elif summary.tracked and summary.day == today and not summary.slips and not run_began:
        lines.append(History.tr("It counts once this day of your run is complete"))
    elif summary.tracked and not summary.slips:
        lines.append(History.tr("Your last contact was this day"))
    for contact in summary.contacts:
        if contact not in summary.slips:
            lines.append(
                History.tr("Contact at %s: %s") % (f"{contact.at:%H:%M}", contact_text(contact))
            )
    if summary.urges:
        by_kind = ", ".join(urge_count_text(kind, count) for kind, count in summary.urges_by_kind)
        lines.append(History.tr("%s resisted: %s") % (urges_text(summary.urges), by_kind))
        lines.append(
            History.tr("Strongest: %d of 10") % summary.max_intensity
            if summary.max_intensity is not None
            else History.tr("Strength not rated")
        )
    elif summary.tracked:
        lines.append(History.tr("No urges logged"))
    return "\n".join(lines)


class GrowthAreas(TranslationContext):
    """The growth areas' names and what belongs in each."""


def _area_name(area: Area) -> str:
    return QCoreApplication.translate("GrowthAreas", area.label)  # marked in app/domain/goals.py


def area_texts() -> dict[Area, tuple[str, str]]:
    """Each area's name and what belongs there, in the window's words."""
    return {
        Area.BODY: (
            _area_name(Area.BODY),
            GrowthAreas.tr("Moving, sleeping, eating well: how your body is doing."),
        ),
        Area.CONNECTION: (
            _area_name(Area.CONNECTION),
            GrowthAreas.tr("Friends, family, the people who support you, and hobbies old and new."),
        ),
        Area.STEADINESS: (
            _area_name(Area.STEADINESS),
            GrowthAreas.tr("Noticing urges and riding them out; routines that calm you."),
        ),
        Area.REFLECTION: (
            _area_name(Area.REFLECTION),
            GrowthAreas.tr("The honest questions about the relationship, written down."),
        ),
        Area.CONFIDENCE: (
            _area_name(Area.CONFIDENCE),
            GrowthAreas.tr("Things that make you feel capable and good about yourself."),
        ),
        Area.COMMUNICATION: (
            _area_name(Area.COMMUNICATION),
            GrowthAreas.tr("Listening, and saying what you feel without blame."),
        ),
    }

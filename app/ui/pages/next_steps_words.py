"""What the Next steps page says: the line at the top, each path's advice, and the words for
someone healing first. Kept beside the page, so the page itself shows how it is put together."""

from __future__ import annotations

from app.domain.status import Status
from app.domain.wallclock import local_date, zone_of
from app.ui.translation import TranslationContext


class NextSteps(TranslationContext):
    """The words of the Next steps page."""


def where_you_are(status: Status, healing: bool) -> str:
    """The line at the top, from the clock: how far away the target is, or that it came."""
    countdown = status.countdown
    if countdown is None:
        return NextSteps.tr(
            "Once you set when your last contact was, in Settings, this page will mark the "
            "day you reach your target. You can read it now; there is no rush."
        )
    if countdown.target_reached:
        return (
            NextSteps.tr("You reached day %d. The strength it took is yours to keep.")
            if healing
            else NextSteps.tr("You reached day %d. Whatever you choose next, this growth is yours.")
        ) % countdown.target_days
    zone = zone_of(status.now)
    # Whole days left, as Today's "17 days 13:30:00 to go" counts them.
    days = int(countdown.remaining.total_seconds() // 86_400)
    if days >= 1:
        away = NextSteps.tr("Your target is %n days away.", "", days)
    elif local_date(countdown.target_at, zone) == local_date(status.now, zone):
        away = NextSteps.tr("Your target is later today.")
    else:
        away = NextSteps.tr("Your target is less than a day away.")
    return away + " " + NextSteps.tr("You can read this now; there is no rush.")


def two_ways() -> str:
    return NextSteps.tr(
        "Two good ways forward: reaching out, or moving on. Neither is the better one. You can "
        "read both, decide later, or change your mind."
    )


# Reaching out


def not_yet() -> str:
    """Said first on the reach-out path, before any advice on writing: the period is not over."""
    return NextSteps.tr(
        "This is for after your target day. Until then, if there is something you want to say "
        "to them, log the urge to text them on Today and write it there, as the message you "
        "didn't send: it stays in Holdfast."
    )


def a_first_message() -> str:
    return NextSteps.tr(
        "If you choose to write to them, keep the first message short and light, and ask for "
        "nothing: a friendly hello, or a small shared memory. Whether and how they answer is "
        "theirs to choose."
    )


def going_slowly() -> tuple[str, ...]:
    """The steps, in order, if they answer warmly."""
    return (
        NextSteps.tr("Keep things light and friendly for a while."),
        NextSteps.tr("Ask about their life now, and let their answers lead."),
        NextSteps.tr("Later, if you both want to, meet somewhere casual: a coffee or a walk."),
        NextSteps.tr(
            "Only after that, a calm talk about what went wrong, where you speak for your own "
            "part and leave blame out."
        ),
    )


def slow_is_the_point() -> str:
    return NextSteps.tr("Slow is the point: it gives you both room to see whether this fits.")


def what_undoes_progress() -> tuple[str, ...]:
    return (
        NextSteps.tr("Asking them over and over to come back"),
        NextSteps.tr("Messaging again and again, above all when they haven't answered"),
        NextSteps.tr("Guilt-tripping them"),
        NextSteps.tr("Trying to make them jealous"),
        NextSteps.tr("Pushing to talk about commitment too soon"),
        NextSteps.tr("Talking as though the breakup never happened"),
    )


def nobody_can_be_made() -> str:
    return NextSteps.tr(
        "Nobody can be made to come back. Whatever they decide, what you have grown into these "
        "weeks stays yours."
    )


# Moving on


def moving_on(healing: bool) -> str:
    if healing:
        return NextSteps.tr(
            "Moving on is the road forward now, and you don't have to walk it alone. Everything "
            "you built in these weeks comes with you."
        )
    return NextSteps.tr(
        "Moving on is a whole ending in its own right, not the fallback. Everything you built "
        "in these weeks comes with you."
    )


def keep_your_goals() -> str:
    return NextSteps.tr("Keep your goals going. The small daily steps are what carried you here.")


def keep_writing() -> str:
    return NextSteps.tr("Keep writing in the journal. Reading back shows how far you have come.")


def more_that_helps(healing: bool) -> tuple[str, ...]:
    return (
        NextSteps.tr("Mark the day in a small way: a walk, a good meal, an evening with a friend."),
        NextSteps.tr("Make plans with friends and family, and say yes when they ask."),
        NextSteps.tr("Start something new, or go back to something you used to love."),
        NextSteps.tr("Block or mute them wherever that helps you feel safer.")
        if healing
        else NextSteps.tr(
            "Mute or unfollow them online if seeing their posts pulls you back. It is care for "
            "yourself, not a message to them."
        ),
        NextSteps.tr(
            "When memory starts keeping only the good parts, read back why it ended, in the "
            "Journal."
        ),
        NextSteps.tr("Expect some harder days. An urge passes; you can log it on Today."),
        NextSteps.tr("Keep Holdfast counting for as long as it helps. There is no day to stop by."),
    )


# Healing first


def healing_first_question() -> str:
    """Asked before the two paths, where someone leaving an abusive relationship meets it."""
    return NextSteps.tr(
        "Was this relationship abusive or controlling, or did you feel unsafe? Was there "
        "betrayal, or constant disrespect? Then the path that looks after you is healing, not "
        "getting back together. Holdfast can leave out everything about reconnecting and put "
        "support first."
    )


def healing_first(unsafe: bool) -> str:
    """What the page says once healing comes first, for what the user said happened."""
    said = (
        NextSteps.tr(
            "You told Holdfast this relationship was abusive, controlling or unsafe. What "
            "happened was not okay, and you did not deserve it."
        )
        if unsafe
        else NextSteps.tr(
            "You told Holdfast there was betrayal or constant disrespect. That hurts, and you "
            "deserved better."
        )
    )
    return (
        said
        + " "
        + NextSteps.tr(
            "The path that looks after you now is healing and moving on, so this page is about "
            "support, and about you."
        )
    )


def where_healing_was_chosen(in_settings: bool, in_journal: bool) -> str:
    if in_settings and in_journal:
        return NextSteps.tr(
            "You said so in Settings and among the reasons it ended, in the Journal. To change "
            "it, untick it in both places."
        )
    if in_settings:
        return NextSteps.tr(
            "You said so in Settings, under Healing first. You can change it there whenever you "
            "like."
        )
    return NextSteps.tr(
        "You chose it among the reasons it ended, in the Journal. You can untick it there "
        "whenever you like."
    )


def not_alone() -> str:
    return NextSteps.tr(
        "You don't have to carry this alone. Any of these is a good place to start."
    )


def where_to_find_support(unsafe: bool) -> tuple[str, ...]:
    professional: tuple[str, ...]
    if unsafe:
        professional = (
            NextSteps.tr(
                "A counsellor or therapist, ideally one who knows about abusive or controlling "
                "relationships. They can help you make sense of what happened, at your pace."
            ),
            NextSteps.tr(
                "A support service or helpline for abuse where you live. Many are free and "
                "confidential, and you can call just to talk."
            ),
        )
    else:
        professional = (
            NextSteps.tr(
                "A counsellor or therapist. They can help you make sense of what happened and "
                "rebuild trust in your own judgement, at your pace."
            ),
        )
    return (
        *professional,
        NextSteps.tr(
            "People you trust: a friend or someone in your family who is on your side. Telling "
            "one person can make it lighter."
        ),
        NextSteps.tr(
            "If they get in touch, you don't have to answer. You can note it on Today; a "
            "message from them is not you breaking anything."
        ),
    )


def in_danger() -> str:
    """The one line of the support for abuse that must not be missed, said calmly."""
    return NextSteps.tr(
        "If you are afraid for your safety, or in danger now, call your local emergency number."
    )

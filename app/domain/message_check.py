"""The draft checker on the Next steps page: what a first message says that the guidance advises
against, line by line. It only advises; nothing here stops a message being written or sent.

Words about self-harm or suicide, threats, or watching and turning up where they are
(`app.domain.crisis`) come first and stand alone: the draft gets the one crisis notice, about the
whole message, and nothing else, because such words are never material for advice on wording.

Otherwise matching ignores case, reads curly apostrophes as straight ones (and a missing
apostrophe as present: "dont" is "don't"), and takes whole words only, so "us again" is not found
in "focus again" and "sorry" is not found in "sorryish". What each kind notices:

- Too long: more than MAX_WORDS words in the whole draft. Words rather than sentences, because
  messages are written in fragments ("Hey. Saw this. Thought of you.") that make many sentences
  yet read in a moment.
- Breakup talk: the breakup itself, what went wrong, the relationship, or getting back together.
  Phrases are tied to "we", "us", "you" or "me" where a bare word would catch ordinary news: "the
  band broke up" is fine, "since we broke up" is noticed.
- Feelings: love, missing them or the relationship, thinking of them all the time, what they mean
  to you ("I still love you", "I miss us", "I can't stop thinking about you"). A kind of its own
  rather than breakup talk: it asks them to answer a feeling, not to decide about the
  relationship, and the page can say so. "Saw this and thought of you" is a light memory, not a
  feeling to answer, and "I'd love you to see it" is not love.
- Apology: heavy phrasing ("I'm so sorry", "sorry for everything", "please forgive me", "all my
  fault") wherever it is, and every apology once the draft holds more than MAX_LIGHT_APOLOGIES of
  them. One light "sorry it's been a while" is ordinary politeness. Sorry as sympathy ("I'm so
  sorry to hear about your dog") is not an apology and is never counted.
- Old arguments: blame and old hurts ("your fault", "you hurt me", "that fight", "remember when
  you said..."). "You always" and "you never" are noticed even when meant fondly: they are how old
  arguments usually begin, and a fond memory reads as well without them. A shared memory
  ("remember when you got us lost in Lisbon?") is not an argument, and "it wasn't your fault" is
  kindness, not blame.
- Guilt: tallying what was given or suffered so that they owe something ("after all I've done for
  you", "you can't even reply", "thanks to you", "you don't care"), and "I hope you're happy" said
  flatly at the end of a sentence or "...with him". "I hope you're happy in the new flat" is a
  wish, and "you can't even tell it was repainted" is news.
- Jealousy: a new partner or a date ("I've been seeing someone new", "I went on a date", "my new
  girlfriend") and how much better life is without them ("life is great without you", "I'm so
  much happier now"). "I'm seeing a film tonight", "my new job" and "I met someone who knows you"
  are not noticed.
- Pressure: asking for a reply or a talk ("please reply", "we need to talk", "call me"), a
  deadline ("by tonight", "before Friday"), debts ("you owe me"), begging, piled-up question marks
  ("??"), and questions that demand an answer. A question demands one when it asks them to explain
  themselves ("why...?", "how come...?"), to account for their feelings or private life ("do you
  still love me?", "are you seeing someone?"), or to agree to something ("can we meet?", "would
  you give us another chance?"). An open, easy question such as "how have you been?" is fine, but
  more than MAX_QUESTIONS questions of any kind are noticed: a row of them reads like a list to
  get through. Saying there is no need to reply is never pressure.
- Invitation: asking to meet, however lightly ("I'll be at the pub on Friday if you want to
  come", "want to grab a coffee?", "come over sometime", "we should catch up"). An invitation that
  is already a demanding question ("can we meet?") is left to pressure, so no words are marked
  twice. "I went for a coffee with my sister" and "my mum is coming over" are news.

Each notice names one line (counted from 1) and quotes the words that caught the checker, so the
page can highlight them; a line is reported at most once per kind. Lines end at line breaks (LF,
CRLF, CR and Unicode's line and paragraph separators). The whole-message notice comes first, then
the others by line, and within a line in the order of NoticeKind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.crisis import crisis_in
from app.domain.words import QT_TRANSLATE_NOOP


class NoticeKind(StrEnum):
    CRISIS = "crisis"  # self-harm, threats or watching them: not advice material, and alone
    TOO_LONG = "too_long"
    BREAKUP_TALK = "breakup_talk"  # the breakup itself, or getting back together
    FEELINGS = "feelings"  # love, missing them, thinking of them all the time
    APOLOGY = "apology"  # heavy or repeated
    OLD_ARGUMENTS = "old_arguments"
    GUILT = "guilt"
    JEALOUSY = "jealousy"  # someone new, or how much better life is now
    PRESSURE = "pressure"  # asking for a reply, or questions that demand one
    INVITATION = "invitation"  # asking to meet, however lightly

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def explanation(self) -> str:
        return _EXPLANATIONS[self]


# Everything the user reads, kept together as plain sentences marked for Qt's translators; the
# page translates each one where it shows it. They advise; the user decides what to send.
_LABELS = {
    NoticeKind.CRISIS: QT_TRANSLATE_NOOP("DraftNotice", "Please don't send this"),
    NoticeKind.TOO_LONG: QT_TRANSLATE_NOOP("DraftNotice", "Long for a first message"),
    NoticeKind.BREAKUP_TALK: QT_TRANSLATE_NOOP(
        "DraftNotice", "The breakup or getting back together"
    ),
    NoticeKind.FEELINGS: QT_TRANSLATE_NOOP("DraftNotice", "Your feelings for them"),
    NoticeKind.APOLOGY: QT_TRANSLATE_NOOP("DraftNotice", "A heavy or repeated apology"),
    NoticeKind.OLD_ARGUMENTS: QT_TRANSLATE_NOOP("DraftNotice", "An old argument"),
    NoticeKind.GUILT: QT_TRANSLATE_NOOP("DraftNotice", "Words that could make them feel guilty"),
    NoticeKind.JEALOUSY: QT_TRANSLATE_NOOP(
        "DraftNotice", "Someone new, or a better life without them"
    ),
    NoticeKind.PRESSURE: QT_TRANSLATE_NOOP("DraftNotice", "Pressure to answer"),
    NoticeKind.INVITATION: QT_TRANSLATE_NOOP("DraftNotice", "An invitation to meet"),
}

_EXPLANATIONS = {
    # Two paragraphs, one line each: the first for someone who might hurt themselves, the second
    # for words about hurting, frightening or watching the other person. No phone number: they
    # differ by country, and a wrong one at the worst moment is worse than none.
    NoticeKind.CRISIS: QT_TRANSLATE_NOOP(
        "DraftNotice",
        "This is not a message to send. If you might hurt yourself, call your local emergency "
        "number or a crisis line now; you don't have to carry this on your own.\n"
        "If these words are about hurting, frightening or watching them, step away from the "
        "message for now and talk to someone you trust.",
    ),
    NoticeKind.TOO_LONG: QT_TRANSLATE_NOOP(
        "DraftNotice",
        "A first message tends to land best when it is short: a line or two they can read in a "
        "moment and answer easily, or not at all. Anything longer can wait until you are talking "
        "again, if that happens.",
    ),
    NoticeKind.BREAKUP_TALK: QT_TRANSLATE_NOOP(
        "DraftNotice",
        "Bringing up the breakup, or the idea of getting back together, asks them to decide "
        "something big before you have even said hello. A light, friendly message leaves room for "
        "things to grow slowly, if they are going to.",
    ),
    NoticeKind.FEELINGS: QT_TRANSLATE_NOOP(
        "DraftNotice",
        "Saying you love them, miss them or think of them all the time asks them to answer your "
        "feelings straight away. Those words may be true and matter a great deal; they tend to "
        "sit better later, if you are talking again and both want that talk.",
    ),
    NoticeKind.APOLOGY: QT_TRANSLATE_NOOP(
        "DraftNotice",
        "One light sorry is fine, but a strong or repeated apology can leave them feeling they "
        "have to comfort or forgive you before they can simply reply. If there is something to "
        "own, it may sit better in a calm talk later on.",
    ),
    NoticeKind.OLD_ARGUMENTS: QT_TRANSLATE_NOOP(
        "DraftNotice",
        "Old hurts and who did what may be worth talking through one day, but in a first message "
        "they tend to restart the argument instead of starting a conversation. That talk usually "
        "goes better later, calmly, each of you speaking for your own part without blame.",
    ),
    NoticeKind.GUILT: QT_TRANSLATE_NOOP(
        "DraftNotice",
        "Counting what you gave, or how much you have hurt since, can leave them feeling guilty "
        "before they have read to the end. Guilt rarely brings anyone closer; a message that "
        "leaves them free to answer, or not, does.",
    ),
    NoticeKind.JEALOUSY: QT_TRANSLATE_NOOP(
        "DraftNotice",
        "News of someone new, a date, or how much better life is now can read as a wish to make "
        "them jealous, even when it is simply true. It tends to end a conversation rather than "
        "start one, and it can wait.",
    ),
    NoticeKind.PRESSURE: QT_TRANSLATE_NOOP(
        "DraftNotice",
        "This part may feel to them like something they have to answer. A message that asks for "
        "nothing, or only something easy like how they have been, lets them reply in their own "
        "time, or not at all.",
    ),
    NoticeKind.INVITATION: QT_TRANSLATE_NOOP(
        "DraftNotice",
        "An invitation, however light, asks them to decide something in the very first message. "
        "If they answer warmly, meeting can come later, once talking feels easy for both of you.",
    ),
}

# A friendly check-in with a light shared memory fits in two or three short sentences, some 15 to
# 30 words ("Hey, I walked past the bakery we liked and it made me smile. Hope you're well." is
# 17). Past 40 a first message is carrying explanations and feelings that belong to later talks,
# and it asks for a long reply in return.
MAX_WORDS = 40
# One light sorry is everyday politeness; a second turns the message towards the past.
MAX_LIGHT_APOLOGIES = 1
# One or two easy questions give them something to answer if they want to; a third starts to read
# like a list they have to get through.
MAX_QUESTIONS = 2


@dataclass(frozen=True, slots=True)
class Excerpt:
    """Words in one line of the draft that caught the checker, exactly as the user wrote them."""

    text: str
    start: int  # where it starts in its line, in characters (Qt counts an emoji as two)
    end: int


@dataclass(frozen=True, slots=True)
class Notice:
    """One thing the checker noticed, with the words that caught it so the page can mark them."""

    kind: NoticeKind
    line: int | None  # counted from 1; None when it is about the whole message
    excerpts: tuple[Excerpt, ...] = ()  # in the order they appear; none for the whole message

    @property
    def label(self) -> str:
        return self.kind.label

    @property
    def explanation(self) -> str:
        return self.kind.explanation


# The tables below are written as readable phrases: a space stands for any run of spaces and an
# apostrophe may be left out. Anything else is a regular expression, for alternatives. Each phrase
# matches whole words only.


def _phrase(text: str) -> str:
    return text.replace("'", "'?").replace(" ", r"\s+")


def _asking(start: str) -> str:
    """A question that begins with the phrase `start`, up to its question mark."""
    return _phrase(start) + r"(?!\w)[^.!?]*+\?"


def _either(*expressions: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(expressions) + r")(?!\w)", re.IGNORECASE)


def _phrases(*phrases: str) -> re.Pattern[str]:
    return _either(*map(_phrase, phrases))


_BREAKUP_TALK = _phrases(
    # getting back together
    "(get|getting|got|be|being|come|coming|go|going) back together",
    "(us|you and me|you and i) back together",
    "us again",
    "(give|giving|gave) (us|me|this|things|our relationship|what we had) "
    "(another|a second|one more|a last|a real|a fair) (chance|try|go|shot)",
    "(another|a second|one more|a last) chance (for us|with you|together)",
    "(start|starting|begin) (over|again|fresh) (with you|together)",
    "(take|took) me back",
    "(want|need) (you|us) back",
    "come back to me",
    "be with you again",
    "be together( again)?",
    "being together",
    "be mine again",
    "be (my|your) (girlfriend|boyfriend|partner|wife|husband) again",
    "work (things|this|us|it all) out",
    # the breakup itself
    "(we|you) (broke|break|breaking) up",
    "(broke|break|breaking) up with (me|you)",
    "(the|our|your|my) (breakup|break-up|split)",
    "(we|you) split up",
    "split up with (me|you)",
    "(since|when|after|before) (we|you) split",
    "(it|things|we|us|what we had) ended",
    "ended (things|it|us)",
    "the end of us",
    "why did (you|we|it|things) (leave|end|break up|fall apart|go wrong|split)",
    "what went wrong",
    "what happened (to|between|with) us",
    "where (we|it|things) went wrong",
    # the relationship (love and missing each other are FEELINGS)
    "our relationship",
    "our love",
    "about us",
    "(we were|we're|we are|we) meant to be",
    "meant (to be together|for each other)",
    "made for each other",
    "soulmates?",
    "soul mates?",
)

_OFTEN = (
    "(every day|all the time|constantly|every night|every minute|every second|nonstop|non-stop"
    "|so much|always|a lot|day and night|every single day|24/7)"
)
_FEELINGS_PHRASES = (
    # love and missing them or the relationship; "I'd love you to see it" is not love
    r"i( (still|really|so|truly|just|do|honestly|always|kind of|kinda|miss and|love and))"
    r"{0,3} (love|adore|miss|need) you(?! (to|guys|all)\b)",
    "i('ll| will) (still |always |really )?(love|miss) you",
    "(love|miss|missing) you (so much|so so much|loads|lots|like crazy|terribly|every day"
    "|more than|too much|a lot|all the time|forever|always|to bits|to the moon|still|x+)",
    "(i've|i have) (really |so |truly |honestly )?missed you",
    "missed you (so much|loads|like crazy|terribly|a lot|every day)",
    "(still |so )?in love with you",
    "(the )?love of my life",
    "miss us",
    "miss what we (had|were)",
    "miss being (with you|together|us|yours|your)",
    "miss (our|the way we|how we|the way you|your (smile|laugh|voice|touch|kisses|hugs|arms|face"
    "|body|cuddles))",
    "you (still )?(love|miss|want) (me|us)",
    # thinking of them all the time
    "(i )?(think|thinking|thought) (about|of) you " + _OFTEN,
    r"i (still |often |always |keep )?think (about|of) you(?! as\b)",
    "(can't|cannot|can not|couldn't) stop thinking (about|of) you",
    "(keep|still) thinking (about|of) you",
    "(you're|you are) (always |still |constantly )?on my mind",
    "(you're|you are) all i (think|dream) about",
    "i (dream|dreamt|dreamed|keep dreaming) (about|of) you",
    # what they mean to you
    "(i )?(still )?have feelings for you",
    "my feelings for you",
    "(still|deeply) care (about|for) you",
    "you mean (everything|the world|so much|a lot) to me",
    "(i'm|i am) nothing without you",
    "(can't|cannot|can not) (be|live|sleep|eat|function|breathe|cope|go on) without you",
    "(i'm|i am) (so )?lonely without you",
    "heartbroken",
    "my heart (is broken|is still yours|is yours|aches|hurts|still)",
)

# Any apology at all; counted, and noticed only past MAX_LIGHT_APOLOGIES.
_APOLOGY_ANY = _phrases(
    "sorry",
    "sry",
    "soz",
    "apologi[sz](e|es|ed|ing)",
    "apolog(y|ies)",
    "forgive",
    "forgiveness",
    "my fault",
    "my bad",
    "i was wrong",
    "i (messed|screwed) (up|it up|things up|everything up)",
    "i regret",
    "i blame myself",
)

_INTENSIFIED = (
    "((so+|really|truly|deeply|terribly|very|incredibly|extremely|genuinely|sincerely|awfully"
    "|super) )"
)

# Apologies heavy enough to be noticed on their own; the longest phrasing first, so the whole of
# "so sorry for everything" is quoted.
_APOLOGY_HEAVY = _phrases(
    _INTENSIFIED + "*sorry (for|about) (everything|it all|all of it|all that|all the|what i"
    "|the way i|how i|hurting you|ever hurting you|the pain|the hurt)",
    _INTENSIFIED + "+sorry",
    "(please|i hope you can|can you ever|can you|will you ever|will you) forgive me",
    "forgiveness",
    "(all|entirely|completely|totally) my fault",
    "i was (so|so very|completely|totally) wrong",
    "i was wrong about (everything|us|so much|it all)",
    "i (really |truly |deeply )?regret (everything|it all|so much|what i|how i|the way i|hurting"
    "|losing|letting)",
    "i (really|truly|deeply) regret",
    "(a thousand|my (deepest|sincerest|sincere)) apolog(y|ies)",
    "i (truly|deeply|sincerely|humbly) apologi[sz]e",
    "i don't deserve you",
    "i('ll| will) never forgive myself",
    "i can't forgive myself",
)

# Sorry as sympathy for something that happened to them: not an apology at all.
_SYMPATHY = _phrases(
    _INTENSIFIED + "*sorry (to hear|to see|to read"
    "|for your loss|about your|that happened|you're going through|you went through"
    "|for what you're going through)",
)

_OLD_ARGUMENTS = _phrases(
    "you always",
    "you never",
    "remember (when|how|that) you (said|told me|promised|left|lied|yelled|shouted|screamed"
    "|walked out|walked away|chose|forgot|ignored|didn't|did not|never|wouldn't|couldn't"
    "|refused|blamed|accused|cheated|hurt)",
    "remember what you (said|did)",
    "(that|our|those|all those|all the|all our) (fight|fights|fighting|argument|arguments"
    "|arguing|rows)",
    "we (argued|fought|kept fighting|kept arguing|always fought|always argued)",
    "you said that",
    "you promised",
    "your fault",
    "whose fault",
    "i blame you",
    "you blamed me",
    "you're to blame",
    "you (hurt|used|betrayed|abandoned|ignored|humiliated) me",
    # "you left me a voicemail" is news, not a grievance
    r"you left me(?! (a|an|some|the|your|my|that|this)\b)",
    "you cheated",
    "you lied",
    "you made me (feel|cry|do|think)",
    "you ruined",
    "you broke my heart",
    "you broke (your|a|every) promise",
    "you walked (out|away)",
    "you gave up on",
    "you chose (him|her|them|your|work)",
    "you didn't even",
    "you never even",
    "(the way|how) you treated",
    "after (what|all) you did",
    "you shouldn't have",
    "you were (wrong|selfish|cruel|unfair|never there)",
)

# Telling them something was not their fault is kindness, not blame.
_REASSURANCE = _phrases(
    "(not|wasn't|isn't|was not|is not|never) (all )?your fault",
    "none of (it|this|that) was your fault",
)

# Tallying what was given or suffered, so that they feel they owe something.
_GUILT = _either(
    *map(
        _phrase,
        (
            "after (all|everything) (i've|i have|i) (done|did|gave|given|sacrificed|been through)",
            "i did everything for you",
            "i gave (you|up) (everything|my all|so much|my best years|the best years of my life)",
            "i gave up (everything|so much) for you",
            "you (can't|cannot|couldn't|could not|won't|wouldn't) even (be bothered|bother|reply"
            "|answer|respond|text|call|message|say|send|remember|wish|look at me|spare|give"
            "|acknowledge|check|ask|care)",
            "(i )?hope you're (happy|satisfied|proud) (now|of yourself|with yourself|with (him|her"
            "|them|what you|your (decision|choice)))",
            "thanks to you",
            "you (don't|do not|never|didn't|did not|obviously don't|clearly don't|obviously never"
            r"|clearly never|just don't|really don't) (even )?care(d)?(?! (for|to)\b)",
            "look (at )?what you('ve| have)? (did|done|made me)",
            "you did this to me",
            "this is (all )?(on you|because of you)",
            "(it's|it is|it was|all|only) because of you",
            "because of you,? i (can't|cannot|haven't|have not|lost|cry|feel|am|'m|couldn't"
            "|don't|do not|never)",
            "do you (even )?(know|have any idea|realise|realize) how (much|hard|many|bad|awful"
            "|lonely|miserable)",
            "(i've|i have) been (crying|miserable|a mess|in pieces|so sad|so low|devastated"
            "|wrecked|falling apart|a wreck)",
            "(cried|crying|can't sleep|cannot sleep|haven't slept|can't eat|haven't eaten) (every"
            " night|for days|for weeks|since you|because of you|ever since)",
            "while you('re| are) (out )?(having fun|enjoying yourself|off with)",
            "(i )?hope you (feel|are) (guilty|bad|sorry|ashamed)",
            "you should (feel|be) (guilty|ashamed|bad)",
            "shame on you",
            "how (can|could|do) you (live with yourself|sleep at night|look at yourself)",
            "i (guess i |obviously |clearly )?(meant|mean) nothing to you",
            "i (guess i )?(never|didn't|don't) matter(ed)? to you",
            "i was never (enough|good enough) for you",
            "(i )?hope (he's|she's|they're|he is|she is|they are) worth it",
        ),
    ),
    # said flatly at the end of a sentence, "I hope you're happy" is a reproach, not a wish
    _phrase("(i )?hope you're (happy|satisfied|proud)") + r"(?=\s*+(?:[.!]|$))",
)

# Someone new, a date, or how much better life is now.
_JEALOUSY = _either(
    *map(
        _phrase,
        (
            "(i've|i have|i'm|i am|i|been) (been )?(seeing|dating|sleeping with|hooking up with"
            "|going out with|talking to|with) (someone|somebody) (new|else)",
            "(i've|i have|i'm|i am|i|been) (been )?(seeing|dating|sleeping with|hooking up with"
            "|going out with) (someone|somebody|other people|new people)",
            "(i've|i have|i'm|i am|i|been) (been )?(seeing|dating|sleeping with|hooking up with"
            "|going out with|talking to) (a (new )?|this )(guy|girl|man|woman|boy|lady|bloke|lad"
            "|partner|boyfriend|girlfriend)",
            "(i|we) (met|have met|'ve met|found) (someone|somebody) (new|else|special|amazing"
            "|wonderful)",
            "(went|going|go|been|was|am|i'm|i've been) on (a|another|my first|a few|some|lots of"
            "|loads of|a couple of|a second|a third) dates?",
            "(had|have|got) (a|another|my first|a second|a hot|a hinge|a tinder|a great) date",
            "my (new )?(girlfriend|boyfriend|gf|bf|fiancé|fiancée|fiance|fiancee|lover|crush)",
            "my new (partner|man|woman|girl|guy|wife|husband|fella|bloke|lady|flame"
            "|relationship|person|someone)",
            "(on|using|joined|downloaded|back on) (tinder|hinge|bumble|the apps|dating apps"
            "|a dating app)",
            "(great|better|good|happier|fine|amazing|free|freer|easier|wonderful|brilliant"
            "|calmer|better off) without you",
            "(happier|freer|better off) (now|than ever|these days|since|than i('ve| have)? (been"
            "|was|ever))",
            "(never|haven't|have not|hasn't|has not) been (happier|better)",
            "(i've|i have) moved on",
            "(i'm|i am) (so |completely |totally |well and truly )?over you",
            "everyone (says|tells me) i look (so )?(great|amazing|good|better|hot|happier|younger)",
            "(i've|i have) never (looked|felt) better",
        ),
    ),
    # "I met someone." on its own is news of a new partner; "I met someone who knows you" is not
    _phrase("(i|we) (met|have met|'ve met) (someone|somebody)") + r"(?=\s*+(?:[.!]|$))",
)

# Questions that ask them to explain themselves, account for their feelings or private life, or
# agree to something. Listed before the other pressure phrases so a question is quoted whole.
_DEMANDING_QUESTIONS = (
    r"why(?!\s*,)",  # but not the old-fashioned "Why, hello"
    "how come",
    "how could you",
    "what (did i do|went wrong|are we|is this|was i to you|do you want from me)",
    "what happened (to|between|with) us",
    "(do|did) you (still |ever |even )?(love|miss|want|hate|blame) (me|us)",
    "(do|did) you (still |ever |even )?(think about|care about|regret) (me|us|it|what|leaving)",
    "(do|did) you (still |ever |even )?(care|have feelings)",
    "do you ever (think|wonder|regret)",
    "did you ever (love|care|mean)",
    "don't you (miss|love|want) (me|us)",
    "don't you (care|regret)",
    "have you (ever )?(thought about|missed|moved on|forgiven|regretted|met someone|found someone)",
    "are you (still )?(seeing|dating|sleeping with|in love|over (me|us|it)|mad|angry|upset"
    "|with (him|her|them|someone|anyone|somebody)|happy with (him|her|them))",
    "is there (someone|anyone|somebody)",
    "who('s| is| was) (he|she|that guy|that girl|the guy|the girl)",
    "who were you with",
    "(can|could|shall|should) we",
    "can i (see|call|meet) you",
    "(will|would|won't|wouldn't) you (ever )?(consider|think about|give|take|come back|meet"
    "|see me|talk|call|answer|reply|tell me|forgive|be my|want to|like to)",
    "(do|would) you want to (meet|get|grab|see|talk|try|have|come)",
    "when (can|could|will) we",
    "when will you",
    "when can i see you",
)

# A sentence is where a question can begin: the start of the line or just after . ! or ?
# Starting only there keeps the search linear on a long pasted paragraph.
_SENTENCE_START = r"(?<![^.!?])\s*+"
_ANY_QUESTION = _either(_SENTENCE_START + r"[^.!?\s][^.!?]*+\?")
_PILED_QUESTION_MARKS = _SENTENCE_START + r"(?:[^.!?\s][^.!?]*+)?\?[!?]*\?"

_PRESSURE_PHRASES = (
    "please (just )?(reply|respond|answer|write back|text|call|talk to me|tell me|get back to me"
    "|don't ignore)",
    "answer (me|my (texts|messages|calls|question|questions))",
    "reply (to me|to this|soon|asap|quickly)",
    "respond (to me|to this|soon)",
    "(text|message|write) (me )?back",
    "get back to me",
    "call me",
    "text me",
    "i need (to know|an answer|answers|closure"
    "|you to (answer|reply|respond|tell|call|talk|explain|listen))",
    "i deserve (an answer|answers|an explanation|to know|closure|better)",
    "we( really)? (need|have|have got|got) to talk",
    "we've got to talk",
    "we (really )?should talk",
    "why (won't|don't|aren't|can't|didn't) you",
    "ignoring me",
    "don't ignore (me|this)",
    "you owe me",
    "the least you (can|could) do",
    "if you (don't|do not|won't|will not) (reply|answer|respond|call|text|write)",
    "you (have|need) to (answer|reply|respond|talk to me|tell me|explain|call|listen)",
    "waiting (for|on) (you|your (reply|answer|response|call|text))",
    "i('ll| will) (always )?(be waiting|wait) for you",
    "(i'm|i am) begging",
    "begging you",
    "i beg (you|of you)",
    "asap",
    "as soon as (possible|you can|you see this|you get this|you read this)",
    "urgent(ly)?",
    r"(by|before) (tonight|tomorrow|today|this (morning|afternoon|evening|week|weekend)"
    r"|the weekend|(the )?end of (the )?(day|week)|(mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|noon|midnight|\d{1,2}(:\d\d)?\s*(am|pm)|\d{1,2}:\d\d)",
)

_PRESSURE_EXPRESSIONS = (
    *map(_asking, _DEMANDING_QUESTIONS),
    _PILED_QUESTION_MARKS,
    *map(_phrase, _PRESSURE_PHRASES),
)
_PRESSURE = _either(*_PRESSURE_EXPRESSIONS)

# Where a clause can begin: the start of the line, or after . ! ? , ; or :
_CLAUSE_START = r"(?<![^.!?,;:])\s*+"

_FEELINGS = _either(
    *map(_phrase, _FEELINGS_PHRASES),
    _CLAUSE_START + _phrase("(still |really |so )?miss(ing)? you"),
)

_DRINKS = (
    "(a |some |an )?(coffee|drink|drinks|beer|pint|bite|bite to eat|lunch|dinner|breakfast"
    "|brunch|walk|catch-up|catch up|tea|cuppa|wine|meal|dessert|ice cream)"
)
_SOMETIME = (
    "(sometime|some time|soon|one day|this week|next week|this weekend|tonight|tomorrow"
    "|on (mon|tues|wednes|thurs|fri|satur|sun)day)"
)

# Asking to meet, however lightly: "if you want to come", "coffee sometime?", "come over".
_INVITATION = _either(
    *map(
        _phrase,
        (
            "if you (ever )?(want|wanna|fancy|feel like|'d like|would like|'re up for|are up for"
            "|are free|'re free|have time|get a chance|get the chance)( to)? (come|coming|join"
            "|joining|meet|meeting|meet up|stop by|stopping by|pop|popping|drop|dropping|swing"
            "|swinging|say hi|catch up|catching up|see me|grab|get a|go for|hang out|a coffee"
            "|a drink|a pint)",
            "if you're (ever )?(free|around|about|in town|in the area|nearby|passing|up for it)",
            "(you should|you could|why don't you|why not|you can|you're welcome to|feel free to"
            "|you're always welcome to|wanna|want to|fancy|like to|you must|you have to|you gotta"
            "|would you like to) (come|pop|drop|swing|stop) (over|round|around|by|in|along)",
            "(come|pop|drop|swing) (over|round|by|along) (sometime|some time|anytime|any time"
            "|whenever)",
            "(let's|lets|we should|we could|maybe we could|perhaps we could|we can|we must"
            "|we ought to) (grab|get|go for|have|meet|meet up|catch up|hang out|get together"
            "|go out|see each other|do lunch|do dinner|do coffee)",
            "(grab|get|have|go for|do) " + _DRINKS + " (with you|together|with me)",
            "(meet|meet up|catch up|hang out|get together) (sometime|some time|one day|this week"
            "|next week|this weekend)",
            "(you're|you are) (always |more than )?welcome to (come|join|visit|stop|pop|drop|stay)",
            "my door is (always )?open",
            "(i'd|i would) (really |so )?love to (see you|meet|meet up|catch up|grab|get (a|some"
            "|together)|have (a|some) (coffee|drink|chat|catch up)|hang out|hear your voice)",
            "(would|'d) (love|like) (it )?if you (came|come|could come|joined|could join|came"
            " over|came round|visited|stopped by)",
            "(hope|hoping) to see you (there|at)",
            "(come|join) (me|us) (at|for|on)",
        ),
    ),
    # at the start of a clause: "Come over sometime", "Want to grab a coffee?", "Fancy a drink?"
    _CLAUSE_START + _phrase("(come|pop|swing) (over|round|by|along|and see me)"),
    _CLAUSE_START
    + _phrase("(want|wanna|fancy|keen|up for|free for)( to)?( (grab|get|go for|have|meet for))? ")
    + _phrase(_DRINKS),
    _CLAUSE_START
    + _phrase("(want|wanna|fancy|keen) (to )?(meet|meet up|hang out|catch up|get together|go out)"),
    _phrase(_DRINKS + " " + _SOMETIME) + r"\s*+\?",
)

# Low-pressure words that share a phrase with pressure ("call me", "reply to this").
_NO_PRESSURE = _phrases(
    "call me (crazy|old-fashioned|old fashioned|sentimental|silly|nostalgic)",
    "(there's )?no (need|pressure|rush) to (reply|answer|respond|write back)( to (me|this))?",
    "(you )?(don't|do not) (have|need) to (reply|answer|respond|write back)( to (me|this))?",
    "(don't|do not) feel (like )?(you have|you need|obliged|obligated) to "
    "(reply|answer|respond|write back)( to (me|this))?",
    "(only )?(reply|answer|respond|write back) (only )?if you (want|like|feel like it)",
)


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: NoticeKind
    always: re.Pattern[str]  # noticed wherever it is found
    counted: re.Pattern[str] | None = None  # noticed only when the draft holds more than `allowed`
    allowed: int = 0
    excused: re.Pattern[str] | None = None  # look-alikes that mean something else; never noticed


_RULES = (
    _Rule(NoticeKind.BREAKUP_TALK, _BREAKUP_TALK),
    _Rule(NoticeKind.FEELINGS, _FEELINGS),
    _Rule(
        NoticeKind.APOLOGY,
        _APOLOGY_HEAVY,
        counted=_APOLOGY_ANY,
        allowed=MAX_LIGHT_APOLOGIES,
        excused=_SYMPATHY,
    ),
    _Rule(NoticeKind.OLD_ARGUMENTS, _OLD_ARGUMENTS, excused=_REASSURANCE),
    _Rule(NoticeKind.GUILT, _GUILT),
    _Rule(NoticeKind.JEALOUSY, _JEALOUSY),
    _Rule(
        NoticeKind.PRESSURE,
        _PRESSURE,
        counted=_ANY_QUESTION,
        allowed=MAX_QUESTIONS,
        excused=_NO_PRESSURE,
    ),
    # An invitation that is also a question demanding an answer ("can we meet?") is noticed as
    # pressure only, so the same words are not marked twice.
    _Rule(NoticeKind.INVITATION, _INVITATION, excused=_PRESSURE),
)

_KIND_ORDER = {kind: index for index, kind in enumerate(NoticeKind)}
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")
# One character for one, so every offset in the read text is an offset in the draft.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'"})
_WORD = re.compile(r"\w+(?:'\w+)*")

_Span = tuple[int, int]


def check_message(draft: str) -> tuple[Notice, ...]:
    """What the checker notices in a draft first message; nothing for an empty draft.

    Words about self-harm, threats or watching them come before everything else, and alone: the
    one crisis notice, with nothing quoted, so no advice sits beside them."""
    if crisis_in(draft):
        return (Notice(NoticeKind.CRISIS, None),)
    lines = _LINE_BREAK.split(draft)
    read = [line.translate(_APOSTROPHES) for line in lines]
    notices = [Notice(NoticeKind.TOO_LONG, None)] if word_count(draft) > MAX_WORDS else []
    for rule in _RULES:
        notices.extend(_notices(rule, lines, read))
    return tuple(sorted(notices, key=_order))


def word_count(draft: str) -> int:
    """Words as a reader counts them: "don't" is one word, with a curly apostrophe or without."""
    return sum(1 for _ in _WORD.finditer(draft.translate(_APOSTROPHES)))


def _notices(rule: _Rule, lines: Sequence[str], read: Sequence[str]) -> Iterator[Notice]:
    found = []
    for text in read:
        excused = _spans(rule.excused, text, ())
        found.append((_spans(rule.always, text, excused), _spans(rule.counted, text, excused)))
    over_allowance = sum(len(counted) for _, counted in found) > rule.allowed
    for number, (line, (always, counted)) in enumerate(zip(lines, found, strict=True), start=1):
        spans = always + counted if over_allowance else always
        if spans:
            yield Notice(rule.kind, number, _excerpts(line, spans))


def _spans(pattern: re.Pattern[str] | None, text: str, excused: Sequence[_Span]) -> list[_Span]:
    if pattern is None:
        return []
    return [
        match.span()
        for match in pattern.finditer(text)
        if not any(match.start() < end and start < match.end() for start, end in excused)
    ]


def _excerpts(line: str, spans: Iterable[_Span]) -> tuple[Excerpt, ...]:
    """Overlapping matches become one excerpt, trimmed of the spaces around it."""
    merged: list[_Span] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    excerpts = []
    for start, end in merged:
        text = line[start:end]
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        excerpts.append(Excerpt(line[start:end], start, end))
    return tuple(excerpts)


def _order(notice: Notice) -> tuple[int, int]:
    return (notice.line or 0, _KIND_ORDER[notice.kind])

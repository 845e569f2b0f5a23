"""Words about self-harm or suicide, threats, or watching and turning up where someone is.

`crisis_in(text)` says whether any line of a text holds such words. The app asks it wherever it
reads what the user wrote, and then steps out of coaching: these words are never advice material.

How matching works, and why:

- The text is first read into plain words. Letters are made lower case and apostrophes
  (straight or curly) are dropped, so "I'm", "I\u2019m" and "Im" are all "im" and "won't" is
  "wont". Every run of spaces, hyphens, quotes or symbols becomes one space ("self-harm" is "self
  harm"). Line breaks and the marks that end a clause (. ! ? , ; : dashes, brackets) become a "."
  word of their own, so no phrase is read across two lines or two clauses.
- Then one regular expression of phrases is searched in those words, each phrase matching whole
  words only. Phrases are written over the plain words ("ill" is "I'll", "im" is "I'm"), so a
  missing apostrophe, capitals and a curly apostrophe all read alike. Common typos and text-speak
  are spelled out where they are made ("kil", "sucide", "suicde", "myslef", "ur", "w him", "rn").
- A bare word would tell someone with a friendly message that they are in crisis: "this heat is
  killing me", "dying to hear", "I nearly died laughing", "I'd kill for a coffee". So a phrase is
  tied to the person it is about ("kill myself", "I'll hurt you", "I know where you live") or to
  how it ends: "I can't go on" is noticed at the end of a sentence or before "anymore" or "like
  this", never in "I can't go on Friday". Where a phrase also lives in a harmless idiom, the idiom
  is left out by what follows it ("killed myself laughing", "cut myself shaving", "you'll regret
  not trying the cake", "I followed you on Instagram", "I saw you with her mum"), and resolve by
  the "not" before it ("I'm not going to give up", "don't lose hope").
- Past that, safety wins over precision: words that could be meant lightly but are often meant
  for real ("I hate myself", "I'll kill you", "you'll regret this") are noticed. A false alarm
  costs a calm note; a missed one lets a threat or a goodbye through.

The search stays linear: phrases are alternatives of words tried only where a word begins, and
any gap between words is a bounded count of whole words ({0,6}), each ending at a space, so no
words can be matched two ways and nothing backtracks far. A 20,000-character paste is read in
well under a tenth of a second.
"""

from __future__ import annotations

import re
from functools import cache


def crisis_in(text: str) -> bool:
    """Whether any line of `text` holds words about self-harm or suicide, threats, or watching or
    turning up where the other person is."""
    return _phrases().search(plain_words(text)) is not None


def compile_phrases() -> None:
    """Compiles the phrases now, so that the first text read later does not wait for it: the
    window calls it once it has painted, as compiling them takes a sixth of a second."""
    _phrases()


def plain_words(text: str) -> str:
    """The text as the phrases read it: lower-case words without apostrophes, one space apart,
    with "." where a line or a clause ends."""
    words = []
    for match in _TOKEN.finditer(_APOSTROPHE.sub("", text.lower())):
        word = match.group()
        if word.isalnum():
            words.append(word)
        elif words and words[-1] != ".":
            words.append(".")  # a clause ends here; one mark is enough
    return " ".join(words)


_APOSTROPHE = re.compile(r"['\u2019\u2018\u02bc\u00b4`\u2032]")
# A word, or a mark that ends a clause; everything else between words is a space.
_TOKEN = re.compile(
    r"[^\W_]+|[.!?,;:()\[\]{}\u2026\u2013\u2014\u00a1\u00bf\n\r\v\f\x1c-\x1e\x85\u2028\u2029]"
)


def _any(words: str) -> str:
    """One of the words or phrases in `words`, written "a|b|c"."""
    return "(?:" + words + ")"


# Where a phrase must end: at the end of a clause.
_END = r"(?= \.|$)"

# The people and the self the phrases are about, as people write them.
_MYSELF = r"(?:my ?s[ae]?l[fv]e?|myslef|mysefl|mysef|myslf|meself|mysel)"
_YOU = r"(?:you|u|ya|yu)"
_YOUR = r"(?:your|ur|yor|youre)"
_KILL = r"kil+(?:s|ed|ing|in)?"
_PEOPLE = (
    r"(?:new )?(?:boyfriend|girlfriend|partner|bf|gf|man|woman|husband|wife|family|mum|mom|mother"
    r"|dad|father|parents|sister|brother|kids|children|friends?|boss|fiance|fiancee|lover|date)"
)
_SOMEONE = _any(
    f"{_YOU}|yourself|him|her|them|both of you|you both|you two|{_YOUR} {_PEOPLE}"
    f"|(?:his|her) {_PEOPLE}|that (?:guy|girl|man|woman|bloke|bitch|bastard|prick|slut|whore)"
)
# Someone they are seen with, as a jealous ex writes it ("with her", "w ur new gf").
_WITH_SOMEONE = (
    r"(?:with|w|wiv) (?:him|her|them|someone|somebody|some (?:guy|girl|man|woman|bloke|lad|lass)"
    r"|that (?:guy|girl|man|woman|bloke)|(?:a|the|another) (?:new )?(?:guy|girl|man|woman|bloke"
    r"|lad|fella|boyfriend|girlfriend|bf|gf|partner|date)|(?:your|ur) (?:new )?(?:boyfriend"
    r"|girlfriend|bf|gf|date|partner|fella|man|woman|bloke|lad|lover|guy|girl))"
    # "with her mum" is family
    r"(?! (?:mum|mom|dad|sister|brother|kids|dog|family|friends?|parents|baby|son|daughter|nan"
    r"|gran|grandma|grandad|aunt|uncle|cousin|colleagues?|boss)(?![^ ]))"
)
# Pictures or messages meant for one person only.
_PRIVATE_PICTURES = (
    r"(?:nudes|(?:nude|naked|sexy|intimate|explicit|dirty|private) (?:photos?|pics?|pictures?"
    r"|videos?|vids?|images?|selfies?|snaps?|messages?|texts?)|sex (?:tapes?|videos?|photos?"
    r"|pics?)|(?:photos?|pics?|pictures?|videos?) of you naked)"
)
_PLACE = (
    r"(?:new )?(?:house|place|flat|apartment|home|front door|door|doorstep|bedroom window|window"
    r"|work|office|workplace|building|gym|school|uni|college|parents(?: house| place)?|mums|moms"
    r"|dads|street|road|car|job|block|gate|drive|driveway)"
)
# Someone saying what they will do, or want to.
_I_WILL = (
    _any(
        "ill|i will|i shall|im going to|i am going to|im gonna|i am gonna|imma|ima|im about to"
        "|i am about to|i want to|i wanna|i might|i may|i swear ill|i swear i will|i promise ill"
        "|i promise i will|ill make sure i"
    )
    + r"(?: (?:really|fucking|actually|seriously|definitely|just|totally|fuckin))?"
)

_SELF_HARM = (
    # killing oneself, by name and by slang; a strain at the gym or a laugh is not meant
    _KILL + " " + _MYSELF + r"(?! laughing| with laughter| at (?:work|the gym|the office|training)"
    r"| with (?:work|training|revision|studying|overtime)| trying| working"
    r"| to (?:get|finish|make|meet|pass|keep))",
    r"(?:to|gonna|wanna|will|ll|should|might|could|just|literally|about to|i|im|going to) kms"
    r"(?! (?:away|per|an|a day|of|on|from|in|today|to|run|walk|ride|each|left))",
    r"(?:^|\. )kms" + _END,
    r"su[ia1l]?[cs]+[i1l]?d\w*(?! squad)",
    r"sucid\w*|suisid\w*|suiced\w*",
    r"un ?aliv\w*",
    r"self ?(?:harm|harming|harmed|injur\w*|destruct\w*)",
    r"(?:end|ending|ended|to end|take|taking|to take|took) my (?:own )?(?:life|lfe)"
    r"(?! back| into| in (?:my|hand)| seriously| story)",
    r"end(?:ing)? (?:it all|my existence)(?! with| between| here| there)",
    r"end(?:ing)? (?:everything|all of it)(?= \.|$| now| tonight| today| for good| forever| soon)",
    r"(?:i|ill|i will|im going to|im gonna|im about to|i want to|i wanna|i need to|im ready to"
    r"|im thinking (?:about|of)|im going to just|ill just|i should|i should just|i could just"
    r"|i might just|maybe i should|maybe i should just|maybe ill just) end it"
    r"(?= \.|$| now| tonight| today| all| for good| forever| soon)",
    # "thinking about ending it", said of a life; "ending it with Tom" is a relationship
    r"(?:thinking|thinkin|thought|think|considering|consider|planning|planning on|close to"
    r"|im|i am) (?:about |of |bout |abt )?ending it(?= \.|$| all| now| tonight| today| soon"
    r"| for good| forever| tbh| honestly| lately| again| a lot| more and more| every day)",
    r"(?:thinking (?:about|of)|going to|gonna|want to|ready to) end(?:ing)? things"
    r"(?= \.|$| now| tonight| today| for good| forever| soon)",
    r"(?:cut|cutting|cuts|slit|slitting|slash|slashing|open|opening) (?:my|both my|open my)"
    r" wrists?",
    _any(
        "hang|hanging|hung|shoot|shooting|stab|stabbing|stabbed|drown|drowning|drowned|starve"
        "|starving|starved|gas|gassing|suffocate|suffocating|off|offing|top|topping|end|ending"
        "|harm|harming|harmed"
    )
    + " "
    + _MYSELF
    + r"(?! in (?:the foot|work|coffee|tea|books)| up)",
    _any("cut|cutting|cuts|burn|burning|burnt|burned|hurt|hurting|hurts")
    + " "
    + _MYSELF
    + r"(?! (?:shaving|chopping|slicing|cooking|on (?:a|an|the|some|my|paper|broken)|while"
    r"|by accident|accidentally|in the"
    r"|at the|at work|at football|playing|running|lifting|skiing|falling|tripping|doing"
    r"|training|cycling|climbing|opening|a bit|a little|slightly|with (?:the|a) (?:knife|kettle"
    r"|iron|pan|oven))(?![^ ]))",
    # cutting or burning again, the urge to; "cutting back", "the urge to cut the grass" are not
    r"(?:started|start|starting|been|keep|kept|back to|went back to|gone back to|go back to|want to"
    r"|wanna|thinking about|thought about|need to|needed to) (?:self )?(?:cutting|cut|burning"
    r"|burn)(?= \.|$| again| tonight| myself| my (?:arms?|legs?|wrists?|thighs?|skin|stomach"
    r"|hips?)(?![^ ]))",
    r"urges? to (?:cut|burn|self harm|sh|hurt myself|harm myself)(?! (?:the|a|an|it|them|back"
    r"|down|out|up|off|some|his|her|your|their|through|in|into|costs|ties|corners|loose"
    r"|my(?! (?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?)(?![^ ])))(?![^ ]))",
    r"(?:did|do|doing|done|relapsed on|relapse on|urges? to|urges? for|thinking about|want to"
    r"|wanna|started|back to|went back to) sh(?= \.|$| again| tonight| last night| today)",
    # "I relapsed", on its own or told when; "I relapsed and texted him" says what it was
    r"i (?:just |finally |have |ve |had )?relapsed(?= \.|$| again| last night| tonight| today"
    r"| this (?:morning|week|weekend|evening)| after| with (?:self harm|cutting|sh)"
    r"| into self harm| on (?:self harm|sh|cutting))",
    r"(?:scratch|scratched|scratching) my (?:arms|wrists|thighs|skin) (?:until|till|til|so)"
    r" (?:it|they|i) (?:bled|bleed|bleeds|was bleeding|were bleeding|was raw|were raw)",
    r"(?:carve|carved|carving|etch|etched|etching)(?: [^ .]+){0,4} (?:into|in|on) my (?:arms?"
    r"|skin|legs?|wrists?|thighs?|stomach|hands?)",
    r"(?:cut|cutting)(?: [^ .]+){1,4} into my (?:arms?|skin|legs?|wrists?|thighs?|stomach)",
    # hitting oneself; "beat myself up about it" is guilt, a door or a ball an accident
    _any("hit|hitting|hits|punch|punched|punching|slap|slapped|slapping|beat|beating|beats")
    + " "
    + _MYSELF
    + r"(?! (?:up|over|about|with (?:a|the|my) (?:door|ball|racket|bat|cupboard)|on (?:the|a)"
    r"|by accident|accidentally|in the \w+ with)(?![^ ]))",
    r"noose\w*",
    r"(?:gun|blade|knife|razor) to my (?:head|wrists?|throat|skin|arms?)",
    r"blow my (?:brains|head) out",
    # wanting to die, or to be dead
    r"(?:want|wanna|wanted|wish i could|ready|deserve|deserved|need|going|gonna|hope i)"
    r"(?: to)? (?:just )?die(?! (?:of|from|laughing|happy|old|in|on|at|with|doing|having|when"
    r"|before|without|a little|inside|trying|for|my|your|her|his|the|it|them)(?![^ ]))",
    r"(?:should|could) (?:just )?die" + _END,
    r"(?:rather|sooner) (?:be )?(?:die|dead)(?! than)",
    r"(?:wish|wished) i (?:was|were|had|d)? ?(?:dead|died|never born|never been born"
    r"|not born|not alive|wasnt alive|werent alive|could die|didnt exist|did not exist"
    r"|wasnt born|werent born|hadnt been born)",
    r"i (?:shouldnt|should not|should never|never should) (?:have been|have|ve been|be) (?:born"
    r"|alive)",
    r"i (?:shouldnt|should not|dont even|do not even) (?:exist|be alive)(?![^ ])",
    r"wish i (?:was|were|had been|d been) never born",
    r"wish (?:id|i had|ive|i d) never been born",
    r"(?:happier|better|better off|easier|free|fine) (?:if|when|once) (?:i was|i were|im|i am)"
    r" (?:gone|dead|not around|not here|no longer here)",
    r"(?:if|when|once) (?:i was|i were|im|i am) dead",
    r"(?:ill|i will|i might|i may|im going to|im gonna) be dead (?:soon|tomorrow|tonight|before"
    r" (?:long|morning|you)|by (?:the )?(?:morning|tonight|tomorrow|weekend))" + _END,
    # "I wish I could disappear to a beach for a month" is a holiday
    r"wish i (?:could )?(?:just )?(?:disappear|vanish)(?! (?:to|into|for (?:a|the|an)|off|on"
    r"|under|in|from|with|until|till|after|before|somewhere|abroad)(?![^ ]))",
    r"wish i (?:could )?(?:just )?(?:stop existing|not exist|sleep forever|not wake up|end it)",
    # thinking about dying; "dying my hair" is a colour
    r"(?:think|thinking|thinkin|thought) (?:about|of|bout|abt) (?:dying(?! (?:my|your|her|his"
    r"|it|the|their|our|of|from|laughing|to)(?![^ ]))|death(?= \.|$| a lot| all the time"
    r"| constantly| every day| lately| again| so much| more)|being dead"
    r"|(?:not existing|not being here)(?= \.|$| anymore| any more| a lot| lately)|not waking up"
    r"|my (?:own )?funeral(?! (?:plan|plans|insurance|costs|songs|music|playlist)(?![^ ])))",
    r"(?:hope|wish|pray|want to|wanna) (?:that )?i (?:just )?die in my sleep(?= \.|$| tonight"
    r"| soon)",
    r"(?:just )?let me (?:just )?die(?= \.|$| please| already| now)",
    r"(?:what if|if) i (?:just )?(?:wasnt|werent|was not|were not) (?:here|around|alive)"
    r"(?= \.|$| anymore| any more| tomorrow| one day)",
    r"what if i (?:just )?(?:died|disappeared|never woke up|ended it)(?! (?:my|your|her|his|it"
    r"|the|for|to|on|in)(?![^ ]))",
    # would anyone care, or notice
    r"(?:care|notice|miss me|cry|come to my funeral)(?: \.)? if i (?:just )?(?:disappeared"
    r"|died|was gone|were gone|wasnt here|werent here|wasnt around|was dead|were dead"
    r"|killed myself|ended it|ended my life|left for good)(?![^ ])",
    r"if i (?:just )?(?:disappeared|died|was gone|were gone|wasnt here|werent here|wasnt around"
    r"|was dead|killed myself)(?: tomorrow| today| tonight| now)?(?: \.)? (?:would|will|does"
    r"|do) (?:anyone|anybody|you|u|people|they|my family|no one|nobody)(?![^ ])",
    r"(?:dont think|not sure|dont know if|doubt|not going to|not gonna|wont|cant|might not)"
    r" (?:ill |i will |i can |i |im going to )?(?:make it|survive|get) through (?:the night"
    r"|tonight|another (?:night|day))(?= \.|$| alone| without| like this| again)",
    r"better off dead",
    r"(?:want to|wanna) be dead",
    r"feel like dying(?! (?:my|your|her|his|it|the|of|laughing)(?![^ ]))",
    r"(?:when|once|after) im dead",
    r"(?:hope|wish|pray|want)(?: that)? i (?:never|dont|wont|wouldnt|do not|will not|would not"
    r"|didnt) wake up",
    r"(?:go to sleep|fall asleep|sleep|close my eyes) and (?:never|not|dont|wont) (?:wake up"
    r"|open them)",
    r"never wake up again",
    r"(?:never|dont|do not) (?:want to|wanna) wake up(?! (?:early|at|before|in time|so early|till"
    r"|until)(?![^ ]))",
    r"(?:want to|wanna) (?:just )?(?:go to )?sleep forever",
    # saying goodbye, or not being here
    r"(?:wont|will not|not going to|wouldnt|might not|may not|im not going to|i wont|not gonna)"
    r" be (?:around|here|alive) (?:much longer|for much longer|any longer|anymore|any more"
    r"|to (?:bother|annoy|hurt|upset|bug|trouble|worry|message|text|call|ruin) (?:you|u|anyone"
    r"|anybody|everyone|you all)|to see (?:it|that|this|you again|you (?:happy|married|grow)"
    r"|the (?:new year|morning|summer|spring|end|day)|tomorrow|another|next (?:year|week"
    r"|christmas|summer)|my (?:\w+ )?birthday|christmas))",
    # "I won't be here tomorrow." said and left there; "...so leave the parcel next door" is news
    r"(?:wont|will not|might not|may not|not going to|not gonna|probably wont) be (?:here"
    r"|around|alive) (?:tomorrow|tonight|by (?:the )?morning|in the morning|next week"
    r"|by tomorrow|by tonight|for christmas|for your birthday)" + _END,
    # "I don't want to live without you": life, not a flat; "without a garden" is a flat
    r"(?:(?:dont|do not|no longer|never) (?:want to|wanna|wish to)|cant|cannot|can not|couldnt)"
    r" (?:live|go on|carry on|keep going|survive) without (?:you|u|ya|him|her|them|us)"
    r"(?! guys| lot| all)(?![^ ])",
    r"(?:cant|cannot|can not|couldnt|dont want to|do not want to|dont wanna|cant keep|cannot keep)"
    r" (?:keep )?(?:living|live|go on|going on|carry on|carrying on) like this",
    r"(?:cant|cannot|can not) keep (?:doing this|going like this|feeling like this)(?= \.|$"
    r"| anymore| any more| any longer)",
    r"(?:youll|you will|u will|ull|you|no one will|nobody will|no one|nobody) (?:ever )?never"
    r" (?:hear from|see|hear) me again(?= \.|$| after| once| ever| i promise)",
    r"(?:you wont|you will not|u wont|no one will|nobody will) (?:ever )?(?:hear from|see) me"
    r" (?:ever )?again(?= \.|$| after| once| ever| i promise)",
    r"(?:when|once|if|after) you (?:read|see|find|get|open) this(?: message| note| letter"
    r"| text)?(?: \.)? (?:(?:ill|i will|i) (?:already )?(?:be|have) (?:already )?(?:gone|dead"
    r"|done it)|(?:itll|it will|it) (?:already )?(?:be|is) (?:already )?(?:over|done|too late))",
    r"better off (?:without me|if i (?:was|were|wasnt|werent|died|disappeared|left|didnt"
    r"|never|weren)|with me (?:gone|dead)|when im gone)",
    r"(?:everyone|everybody|the world|you all|my family|people)(?: (?:would|will|d|is|are|ll))?"
    r"(?: all)?(?: be)? better off" + _END,
    r"(?:dont|do not|no longer|never) (?:want to|wanna|wish to) (?:be )?(?:here|around)(?= \.|$"
    r"| anymore| any more| any longer| no more| on this earth| in this world)",
    r"(?:dont|do not|no longer|never) (?:want to|wanna|wish to) (?:be alive|exist|live)"
    r"(?! (?:in|with|near|there|at|like|on|by|so|somewhere|anywhere|abroad|here|alone|together"
    r"|far|close|out|off|a|the|my|through|without|next)(?![^ ]))",
    r"(?:want|wanna|wish i could|need) to (?:just )?(?:stop existing|cease to exist|not exist)",
    r"(?:i|i just|i really|i kinda|i sometimes|i|im|i am) (?:want to|wanna|need to|going to"
    r"|gonna) (?:just )?disappear(?! (?:to|into|for (?:a|the|an)|off|on|under|in|from|with"
    r"|until|till|after|before)(?![^ ]))",
    r"(?:disappear|vanish) (?:forever|for good|for ever|and never come back|off the face)",
    r"this is (?:my )?(?:final |last )?goodbye(?= \.|$| forever| for good| for ever| to (?:you"
    r"|everyone|everybody|all|the world))",
    r"goodbye (?:forever|for ever|for good|cruel world|world)",
    r"(?:this is|these are|here are|this will be|thisll be|this is going to be) my (?:last|final)"
    r" (?:message|words|text|letter|note)",
    # saying goodbye to everyone; "saying goodbye to the old flat" is a move
    r"(?:im|i am|im just|i am just) saying goodbye(?= \.|$| to (?:everyone|everybody|the world"
    r"|this world|you all|all of you|life|it all)| forever| for good)",
    r"(?:said|saying|say) my (?:last |final )?goodbyes(?= \.|$| to (?:everyone|everybody"
    r"|the world|you all|all of you|my family|life))",
    r"tell (?:my (?:mum|mom|mam|dad|parents|kids|children|family|sister|brother|son|daughter|nan"
    r"|gran|friends)|everyone|everybody) (?:that )?(?:i (?:love|loved) (?:her|him|them|you all"
    r"|them all)|im sorry|i am sorry|i was sorry)(?= \.|$| and| so much| always| more than"
    r"| no matter| for everything)",
    r"(?:itll|it will|it ll|this will|thisll|its all going to|it is all going to|its going to"
    r"|it is going to|its gonna|everything will|itll all|it will all) (?:all )?be over (?:soon"
    r"|tonight|tomorrow|by morning)" + _END,
    # letters to everyone, a goodbye note; "a letter to the council" is not
    r"(?:written|wrote|writing) (?:my |the |some )?letters(?: (?:to|for) (?:everyone|everybody"
    r"|you all|all of you|each of you|my family|the family))?" + _END,
    r"goodbye (?:note|letter)",
    r"by the time you (?:read|see|get) this",
    r"(?:ill|i will) be gone (?:forever|for good|for ever)",
    r"(?:wont|will not|never) have to (?:deal with|worry about|hear from|see|put up with) me"
    r" (?:ever )?(?:again|anymore|any more|any longer)",
    r"(?:blood|death) (?:is |will be |would be )?on your hands",
    r"if (?:anything|something) happens to me(?! (?:at|on|while|in|during)(?![^ ]))",
    r"(?:give|giving|gave|given) away (?:all )?my (?:things|stuff|belongings|possessions)",
    r"(?:give|giving|gave|given) (?:all )?(?:of )?my (?:things|stuff|belongings|possessions)"
    r" away",
    # no reason to go on
    r"(?:no|not one|not a single|not any) reasons? (?:left )?to (?:live|go on|keep going|be here"
    r"|stay alive|carry on|exist|keep living)",
    r"nothing (?:left )?to live for",
    r"(?:no|lost (?:the|my|all)|lost all my) will to live",
    r"no point (?:in )?(?:living|life|anything|going on|carrying on|being alive|being here"
    r"|existing|it all|any of it|me being here|trying anymore|trying any more|trying at all"
    r"|waking up)",
    r"(?:whats|what is|wats)(?: even)? the point (?:of |in )?(?:living|life|anything|it all"
    r"|going on|being alive|being here"
    r"|existing|me|waking up)" + _END,
    r"(?:whats|what is|wats)(?: even)? the point (?:of (?:anything |it all |trying )"
    r"|in (?:anything |trying ))?"
    r"(?:anymore|any more)",
    r"(?:life|living|my life) (?:isnt|is not|aint|s not|is no longer|isnt even) worth"
    r" (?:it|living)",
    r"not worth living",
    r"nothing matters (?:anymore|any more)",
    r"(?:dont|do not|cant|cannot) see (?:the|any) point (?:in|of) (?:living|life|going on|anything"
    r"|being alive|being here|existing|carrying on)",
    r"(?:just )?want (?:the|this|all this|all the) pain to (?:stop|end|go away)"
    r"(?= \.|$| forever| for good| now)",
    r"(?:im|i am|im now|im back) (?:up )?on (?:the|a|this|top of the) (?:bridge|ledge|edge|roof"
    r"|rooftop|cliff|cliff edge)(?= \.|$| right now| now| again| tonight)",
    r"(?:im|i am) (?:standing|sitting|stood|sat) (?:on|at) (?:the|a|this) (?:bridge|ledge|edge|roof"
    r"|rooftop|cliff edge|cliff|platform edge)(?= \.|$| right now| now)",
    r"(?:everything|it all|life|my life) (?:is |s |feels |seems )?(?:so |completely |totally"
    r" |just )?(?:pointless|hopeless|meaningless)",
    r"(?:i feel|im|i am|feeling|i feel so) (?:so |completely |totally |utterly |really )?hopeless"
    r"(?! (?:at|with|when it comes|about (?:the|my) (?:garden|cooking))(?![^ ]))",
    # hopelessness
    r"nothing(?: (?:will|is going to|s going to|is gonna|s gonna|ll|is ever going to))?"
    r"(?: ever)? (?:get|gets|getting) better",
    r"(?:it|things|life|this|my life|it all) (?:will never|wont ever|wont|will not"
    r"|is never going to|s never going to|isnt going to|isnt ever going to|is not going to|never"
    r"|is never gonna"
    r"|s never gonna|ll never) (?:ever )?(?:get|gets) better",
    r"never (?:going to|gonna) get better",
    r"(?:cant|cannot|can not|couldnt) (?:go on|carry on|keep going|keep living)(?= \.|$| anymore"
    r"| any more| any longer| like this| living| without| no more| with (?:this|life|my life))",
    r"(?:dont|do not|no longer) (?:want to|wanna) (?:go on|carry on|keep going|keep living)"
    r"(?= \.|$| anymore| any more| any longer| like this)",
    r"(?:cant|cannot|can not) (?:do|take|handle|bear|stand) (?:this|it|life|any of this|this life"
    r"|living|the pain) (?:anymore|any more|any longer|no more)",
    r"(?:cant|cannot|can not) cope(?: with (?:this|it|life|anything|everything))?(?= \.|$"
    r"| anymore| any more| any longer)",
    # "I'm not going to give up" is resolve
    r"(?<!not )(?<!never )(?<!dont )(?<!wont )(?:give|gave|given|giving) up on (?:life|everything"
    r"|living|myself|it all)",
    r"(?<!not )(?<!never )(?<!dont )(?:want to|wanna|ready to|going to|gonna|about to|need to)"
    r" (?:just )?give up" + _END,
    r"(?:im|i am|i feel) (?:so |just )?(?:done|finished) with (?:life|living|this world|this life"
    r"|existing|it all)",
    r"(?:tired|sick|exhausted) of (?:living|being alive|existing|being here|being me|being myself"
    r"|(?:life|everything|it all|waking up)(?= \.|$| anymore| any more))",
    r"(?:want|need|wish|wanted) (?:everything|it all|all of this|life|my life) (?:all )?to"
    r" (?:end|be over|stop)(?= \.|$| now| forever| for good| already)",
    r"(?:want|need|wish|wanted) it (?:all )?to end(?= \.|$| now| forever| for good| already)",
    # "I just want it all to stop"; "I want it to stop raining" is the weather
    r"(?:want|need|wish|wanted) (?:it|it all|everything|this|all this|all of this|the thoughts"
    r"|my thoughts|the voices|the pain|the hurt|this feeling|the feeling) (?:all )?to (?:end|stop"
    r"|be over)(?= \.|$| now| forever| for good| already| so bad| please)",
    r"(?:theres|there is|i have|ive got|i got|i see|i feel|with) no (?:hope|future)(?= \.|$"
    r"| anymore| any more| left| at all| for me(?= \.|$))",
    # "don't lose hope" is encouragement
    r"(?<!not )(?<!never )(?<!dont )(?:lost|losing|lose) (?:all )?hope(?= \.|$| now| anymore"
    r"| any more| in (?:everything|life|myself))",
    r"(?:im|i am|i feel) (?:so |just |completely )?beyond (?:help|saving|repair)" + _END,
    r"(?:im|i am|i feel) (?:so |just |completely )?too (?:broken|far gone|damaged) to (?:fix"
    r"|be fixed|save|be saved|help|be helped|love|be loved)",
    # not safe with oneself
    r"(?:(?:im|i am|i feel|feeling) (?:not safe|unsafe)|(?:i dont|i do not|i no longer) feel safe)"
    r" (?:with|around|from|near) " + _MYSELF,
    r"(?:im|i am) not safe(?= \.|$| right now| tonight| alone| on my own)",
    r"(?:dont|do not|cant|cannot|no longer) trust " + _MYSELF + r"(?= \.|$| tonight| right now"
    r"| anymore| any more| alone| on my own| to be alone| not to| around (?:pills|knives|the pills"
    r"|the knives|medication|blades|razors))",
    r"(?:scared|afraid|frightened|terrified|worried) (?:of )?what i (?:might|may|could|will|would"
    r"|am going to|m going to|im going to) do(?= \.|$| to myself| tonight| if (?:i see (?:you|him"
    r"|her)|you|he|she))",
    r"(?:i (?:can|cant|cannot|dont|do not) see|i see|theres|there is) no (?:way out|light at the"
    r" end|future for me)",
    r"(?:cant|cannot|dont|do not) see (?:a|any) (?:way out|light at the end)",
    r"no way out" + _END,
    # turning on oneself
    _any(
        "hate|hating|hated|hates|h8|hte|loathe|loathing|despise|despising|detest|cant stand|disgust"
    )
    + " "
    + _MYSELF,
    r"i (?:hate|loathe|despise) (?:who i am|what i am|who ive become|what ive become|everything"
    r" about me|me)" + _END,
    r"i (?:just |really |fucking )?(?:hate|h8|hte|loathe|despise|detest) (?:my (?:life|existence)"
    r"|being alive|existing|living|waking up)(?= \.|$| without| so much| anymore| any more"
    r"| every day| now)",
    r"(?:everyone|everybody|the whole world|they all|you all|all of you|people|my family"
    r"|my friends) (?:just |all |actually |literally |secretly )?(?:hates|hate|h8s|h8|despises"
    r"|despise) me(?![^ ])",
    # "I'm nothing without you"; "I'm nothing like my dad" is a likeness
    r"(?:im|i am|ill be|i will be|i feel like|i feel) (?:just |literally )?nothing without (?:you"
    r"|u|ya)(?![^ ])",
    r"(?:im|i am|i feel like im|i feel like i am) (?:just |literally |absolutely )?nothing"
    r"(?= \.|$| to (?:anyone|anybody|nobody|no one))",
    r"(?:im|i am|i feel|feel|feeling|i know im|i feel like|i feel so|i am just|im just)"
    r"(?: (?:so|completely|totally|utterly|just|such|really|a|only)){0,3} (?:worthless|a waste of"
    r" (?:space|oxygen|air|skin|life)|burden|unlovable|unloveable|failure(?! at| as a)|disgrace"
    r"|(?:mistake|disappointment)(?= \.|$))",
    r"worthless (?:piece of|waste|excuse for a)",
    r"(?:a )?burden (?:to|on|for) (?:everyone|everybody|you all|my family|all of you|the people)",
    r"(?:no one|nobody|noone|no body) (?:would|will|is going to|even) (?:miss|notice|care|even"
    r" notice|even care)(?= \.|$| me| if i| when i| about me)",
    r"(?:no one|nobody|noone) (?:loves|cares about|wants|would want) me(?= \.|$| anymore)",
    r"i (?:dont|do not) deserve to (?:live|be alive|exist|be happy|be loved|be here|breathe)",
    r"i deserve to (?:die|suffer|be hurt|be punished|feel this pain|rot|be alone)",
    r"i (?:ruin|destroy|wreck) everything" + r"(?= \.|$| i touch)",
    # "I might do something stupid"
    _any(
        "i might|i may|i could|i will|ill|i would|id|i wanna|i want to|i feel like|im going to"
        "|im gonna|im about to|i am going to|i am about to|im scared ill|im afraid ill"
        "|im scared i will|im afraid i will|before i|or i|or ill|or i will|im close to"
        "|im this close to"
    )
    + r" (?:just |really |actually )?(?:do|doing) something (?:stupid|drastic|desperate|crazy"
    r"|dangerous|bad|ill regret|i will regret|i cant take back|i cannot take back|final)",
    r"(?:take|took|taking|taken|swallow|swallowed|swallowing|down|downed|downing|neck|necked|od on"
    r"|overdose on) (?:all|every one|a handful|a bottle|a bunch|a load|a pack|a box|the whole"
    r"|loads|too many|enough|a lot|handfuls|a months worth|a whole (?:bottle|pack|packet|box|strip"
    r"|tub|load)|the whole (?:bottle|pack|packet|box|strip|tub|lot)|a packet|a strip|a tub"
    r"|packets|boxes|two packs|two boxes)(?: of)?(?: (?:my|the|these|those|them"
    r"|his|her|mums|moms|dads))?(?: \w+)? (?:pills|tablets|meds|medication|painkillers"
    r"|paracetamol|antidepressants|aspirin|ibuprofen|tylenol|xanax|valium|sleeping pills)",
    r"enough (?:pills|tablets|meds|painkillers|sleeping pills|paracetamol) to",
    # the means laid ready; "my pills ready for the week" is an organiser
    r"(?:have|got|get|getting|put|laid|lined|set|counted|ive got|i have) (?:out |up )?(?:the|my"
    r"|all the|all my|all of my|enough|some|these|those) (?:pills|tablets|meds|medication"
    r"|painkillers|paracetamol|sleeping pills|rope|razors?|blades?) (?:(?:ready|out)(?= \.|$"
    r"| now| tonight| to go| in front| next to| by)|lined up|laid out|counted out"
    r"|in front of me|next to me|by the bed|by my bed|in my hand)",
    r"(?:saving|saved|save|hoarding|hoarded|hoard) (?:up )?(?:all )?(?:my|the|some|these|those)"
    r" (?:pills|tablets|meds|medication|painkillers|sleeping pills|paracetamol)(?= \.|$| up"
    r"| for (?:weeks|months|ages|a while|when|later|the right)| in (?:a|my) (?:drawer|box|jar))",
    r"(?:bought|buy|buying|got|get|getting|have|found|tied|tying|tie|ordered)"
    r" (?:a |some |the |my )?rope(?= \.|$| today| tonight| yesterday| ready| for myself)",
    # looking up how; "ways to cook tofu" is dinner
    r"(?:ways?|how|methods?) (?:to|of) (?:die|dying|end my life|end it all|overdose|od)(?! (?:my"
    r"|your|her|his|the|a|hair|laughing|of|from|inside|in)(?![^ ]))",
    r"how (?:many|much) (?:\w+ )?(?:pills|tablets|paracetamol|painkillers|sleeping pills"
    r"|ibuprofen|aspirin|co codamol|insulin|meds|xanax|tylenol)(?: \w+)? (?:(?:would it take"
    r"|does it take|will it take)(?= \.|$| to (?:die|kill|end|overdose|od|not wake))"
    r"|would kill|will kill|to (?:die|kill|overdose|od)|is (?:a )?lethal)",
    r"(?:lethal|fatal|deadly|overdose) (?:dose|amount|quantity)",
    r"stockpil\w* (?:my |the |all my )?(?:pills|meds|tablets|medication|painkillers)",
    r"overdos\w*(?! on (?:coffee|caffeine|sugar|chocolate|cake|tv|netflix|sweets|candy|carbs"
    r"|cheese|pizza|sun|sunshine|love|work|cuteness|nostalgia)(?![^ ]))",
    r"(?:want to|wanna|going to|gonna|will|ill|should|might|could|feel like|thinking (?:about|of)"
    r"|think (?:about|of)|thought (?:about|of)|about to|i) (?:just )?(?:jump|jumping|throw myself"
    r"|throwing myself) (?:off|from) (?:a |the |that |this |some )?(?:bridge|building|roof"
    r"|rooftop|cliff|balcony|tower|ledge|car park|multi storey|window)",
    r"(?:jump|jumping|jumped|step|stepping|stepped|throw myself|throwing myself|walk|walking"
    r"|lie down|lying down) (?:in front of|under) (?:a|the) (?:train|bus|lorry|truck|car|tube"
    r"|tram|traffic)(?! (?:stop|station|shelter|lane|driver|depot|timetable|park|door|window)"
    r"(?![^ ]))",
    r"(?:drive|driving|drove) (?:my car )?(?:off|into) (?:a|the) (?:cliff|bridge|wall|tree|river"
    r"|lake|sea)",
    r"crash my car (?:on purpose|deliberately)",
    r"(?:crash|crashing|drive|driving|swerve|swerving) (?:my car |the car |my bike )?(?:into|off)"
    r" (?:a|the|an|some) (?:wall|tree|lorry|truck|bridge|river|lake|sea|cliff|barrier|quarry"
    r"|canal)",
    r"(?:drive|driving|step|stepping|walk|walking|run|running|jump|jumping|swerve|swerving"
    r"|throw myself|throwing myself) (?:my car )?(?:into|in front of|under) (?:the |a |an |some )?"
    r"(?:oncoming traffic|traffic|oncoming (?:cars?|lorry|truck)|(?:lorry|truck)(?![^ ]))",
    r"(?<!not )(?<!never )(?<!dont )(?:want to|wanna|going to|gonna|about to|ready to|thinking of"
    r"|thinking about|should|could) (?:just )?jump(?:ing)?(?= \.|$| tonight| now)",
    r"(?:pills|tablets|meds|painkillers|paracetamol)(?: [^ .]+){0,6} (?:take|swallow|down|neck)"
    r" (?:them all|all of them|the lot|the whole lot|every one|every last one)",
)

_THREATS = (
    _I_WILL
    + " "
    + _any(
        f"{_KILL}|murder|hurt|harm|stab|shoot|strangle|choke|punch|hit|slap|batter|beat|attack"
        "|end|destroy|smack|kick|run over|run down|ruin|break"
    )
    + " "
    + _SOMEONE
    + r"(?! (?:at|in|to|this time|up|with (?:the|some|a)|a|an|the|some|my|over"
    r"|through|feelings|down|one|something|back)(?![^ ]))",
    _I_WILL + r" get (?:you|u|him|her)(?: back)?(?= \.|$| for (?:this|that|what|it))",
    r"(?:kill|kil) (?:yourself|urself|ur self|your self)|kys|go (?:and )?die",
    r"(?:i )?(?:hope|pray) (?:you|u|he|she|they) (?:die|dies|rot|rots|suffer|suffers|burn|burns"
    r"|get hit by|gets hit by|choke|chokes|drop dead|drops dead)",
    r"(?:i )?wish (?:you|u|he|she|they) (?:were|was|would) (?:dead|die)",
    r"drop dead(?! gorgeous)",
    r"(?:youre|you are|youll be|you will be|hes|he is|shes|she is) (?:so |fucking |a )?dead"
    r"(?: meat| man| woman)?(?= \.|$| meat| when| if i| the moment| next time)",
    r"(?:youre|you are) a dead (?:man|woman)",
    r"what(?:s| is)? coming to (?:you|him|her|them)(?= \.|$| soon| one day| i promise)",
    # regret, paying, being sorry
    r"(?:youll|you will|youre going to|you are going to|youre gonna|you are gonna|you gonna|u will"
    r"|ull|youd|you would|ur gonna|u gonna) (?:really |so |seriously |definitely |both )?regret"
    r" (?:(?:this|that|it)(?= \.|$| one day| forever| for the rest| i swear| i promise| mark my"
    r"| when| soon| trust me| believe me)|what you (?:did|have done|ve done|said)|leaving|hurting"
    r"|the day|ever|everything|doing this|crossing|messing|treating|dumping|breaking|cheating"
    r"|ignoring|blocking|not (?:answering|replying|responding|calling|talking|coming back))",
    r"(?:youll|you will|youre going to|you are going to|youre gonna|you gonna|ull|u will)"
    r" (?:be sorry|pay)(?= \.|$| for (?:this|that|what|everything|leaving|hurting|cheating"
    r"|ignoring|doing|it(?= \.|$))| i (?:swear|promise)| mark my words| when| trust me)",
    r"make (?:you|u|him|her|them|your life|ur life|his life|her life) (?:pay|suffer|sorry|regret"
    r"|hell"
    r"|a living hell|miserable|a misery)",
    _I_WILL + r" (?:ruin|destroy|wreck) (?:your|his|her|ur) (?:new )?(?:life|lives|reputation"
    r"|career|relationship|marriage|name|job|world|family)",
    r"watch (?:your|ur) back",
    r"(?:better|best) watch (?:out|your back|yourself|your step)",
    r"sleep with one eye open",
    r"(?:you|u|youd|you had|ud) better (?:not |fucking )?(?:answer|reply|respond"
    r"|call me|text me|message me|pick up|watch|be careful|pray|hope|listen|stop ignoring"
    r"|leave (?:him|her|them)|tell me|come back|get back to me|stay away|run|hide"
    r"|open the door|let me in|not)(?![^ ])",
    r"or else" + _END,
    r"(?:or|else) (?:youll|you will) see" + r"(?= \.|$| what happens)",
    r"what (?:im|i am) capable of" + _END,
    r"dont make me (?:hurt|come|do something|show|tell (?:everyone|your))",
    r"if i (?:cant|cannot|can not) have you(?: then)? (?:no one|nobody|noone|no body|no one else)",
    r"no one else (?:can|will|gets to) have (?:you|u)",
    r"(?:get|take|have|getting|taking|seek|want|get my|have my|take my) revenge",
    r"get (?:back at|even with) (?:you|u|him|her|them)",
    r"(?:hunt|hunting) (?:you|u|him|her|them) down",
    _I_WILL + r" (?:track|hunt) (?:you|u|him|her|them) down",
    _any("ill|i will|im going to|im gonna|imma|i can|i will always|ill always|i always")
    + r" (?:find|get to) (?:you|u|him|her)(?= \.|$| wherever| anywhere| no matter| and)",
    r"(?:ill|i will|im going to|i) find out where (?:you|u|he|she|they) (?:live|lives|work|works)",
    r"whether you like it or not",
    r"(?:im|i am) coming for (?:you|u|him|her|them)(?= \.|$| next| and)",
    # private photos
    _any(
        "post|posting|share|sharing|send|sending|show|showing|leak|leaking|upload|uploading|spread"
        "|spreading|release|releasing|publish|publishing|put|putting|forward|forwarding|sell"
        "|selling|circulate|circulating|expose|exposing"
    )
    + r"(?: [^ .]+){0,5} "
    + _PRIVATE_PICTURES,
    r"(?:i still have|i have|ive got|ive still got|i kept|i saved|i still got) (?:all )?(?:your"
    r"|those|the|our|these) " + _PRIVATE_PICTURES,
    r"(?:everyone|the whole world|the whole internet|your (?:boss|family|mum|mom|parents|dad"
    r"|friends|new \w+)) (?:will|is going to|gonna|is gonna) see (?:your|those|the|our|these) "
    + _PRIVATE_PICTURES,
    _I_WILL + r" (?:tell|show|send|text|message|call|email) (?:everyone|your (?:boss|family|mum"
    r"|mom|parents|dad|new \w+|wife|husband|kids|friends|work|colleagues|manager))(?: \w+)?"
    r" (?:about (?:us|you|what you|everything|your)|what you (?:did|have done|ve done|really"
    r" are|are)|the truth|everything|your secrets?|who you really are)",
    _I_WILL + r" (?:burn|set fire to|torch|smash up|trash|smash) (?:all )?(?:your|his|her|ur)"
    r" (?:house|place|flat|car|stuff|things|home|windows?)",
    r"(?:slash|slashed|slashing) (?:your|his|her|ur) (?:tyres|tires)",
    r"(?:key|keyed|keying) (?:your|his|her|ur) car",
    r"(?:smash|break) (?:your|his|her|ur) (?:face|head|legs|neck|nose|jaw|arms|bones|teeth)",
    r"kick (?:your|his|her|ur) (?:ass|arse|head in|teeth in|face in)",
    r"(?:beat|beating|kick|kicking) (?:the shit|the crap|the hell|the life) out of",
    r"(?:beat|batter) (?:you|u|him|her|them) up",
    r"knock (?:your|his|her|ur|their) (?:teeth|head|lights|block|brains) (?:out|in|off)",
    _any(_I_WILL + "|i could|id|i would")
    + r" put "
    + _SOMEONE
    + r" in (?:hospital|the hospital|a wheelchair|the ground|a box|an early grave|a coffin"
    r"|the morgue|intensive care)",
    # "I'll come round and sort him out"; "I'll sort you out with a ticket" is a favour
    r"(?:sort|sorting) (?:him|her|them|that (?:guy|girl|man|woman|bloke|prick|bastard|bitch|lad)"
    r"|(?:your|ur|his|her) (?:new )?(?:man|boyfriend|bf|fella|girlfriend|gf|woman|bloke|guy|lad"
    r"|partner)) out(?= \.|$| properly| for good| once and for all| myself| good and proper)",
    r"teach (?:you|u|him|her|them|that \w+|(?:your|ur) new \w+) a lesson(?! (?:in|on|about|at)"
    r"(?![^ ]))",
    r"make (?:you|u|him|her|them) (?:disappear|vanish)(?![^ ])",
    r"(?:be|become|am|im) (?:your|ur|his|her|their) worst nightmare",
    # others sent to do it; "people who can fix your car" are a recommendation
    r"(?:someone|somebody|people|some people|a guy|some guys|my mates|my boys|the lads"
    r"|my brothers?|my cousins?|friends) (?:to|who (?:can|could|will|would|ll|d)) (?:deal with"
    r"|hurt|beat|batter|beat up|take out|break|sort out|do over|rough up|smash) "
    + _SOMEONE
    + r"(?! (?:at|in|with (?:the|some|a)|a|an|the|some|through)(?![^ ]))",
    r"(?:get|send|sending|getting) (?:my|some|the) (?:brothers?|mates|boys|lads|cousins|friends"
    r"|people|uncles?|dad|family|crew|gang) (?:onto|on to|after) (?:you|u|him|her|them)(?![^ ])",
    r"i know (?:some )?people(?= \.|$)",
    r"watch what happens(?= \.|$| if (?:you|u|he|she)| next time)",
    r"this (?:isnt|is not|aint|is far from|is nowhere near|s not) over(?= \.|$| by a long shot"
    r"| not by a long| i promise| i swear| trust me| believe me| mark my)",
    # what they will get, or wish
    r"(?:youll|you will|u will|ull|youre going to|you are going to|youre gonna|hell|he will|shell"
    r"|she will|theyll|they will|hes going to|shes going to) get (?:what (?:you|he|she|they|u)"
    r" (?:deserve|deserves|have coming|has coming|had coming)|what(?:s| is) coming(?: to (?:you"
    r"|him|her|them|u))?|yours)(?= \.|$| one day| soon| i promise| i swear| trust me"
    r"| believe me| mark my)",
    r"(?:youll|you will|u will|ull|youre going to|you are going to|youre gonna|hell|he will|shell"
    r"|she will|theyll|they will) (?:really )?wish (?:you|u|he|she|they)(?:d| had| would)? never"
    r" (?:met|been born|left|crossed|messed|dumped|cheated|ignored|blocked|touched|laid eyes)",
    # a job, a name, the police
    r"make sure (?:you|u|he|she|they|him|her) (?:(?:lose|loses) (?:everything|(?:your|his|her"
    r"|the) (?:job|kids|children|house|flat|career|licence|everything))|never (?:work|works|walk"
    r"|walks) again|never (?:see|sees) (?:the|your|his|her) (?:kids|children))",
    _I_WILL + r" get (?:you|u|him|her|them) (?:sacked|fired|arrested|deported|kicked out|evicted"
    r"|struck off)(?! up)",
    _I_WILL + r" (?:spread|tell everyone) (?:rumours|rumors|lies|stories|shit) about (?:you|u|him"
    r"|her|them)",
    r"(?:your|ur) fault (?:when|if|once|after) (?:im|i am|i) (?:gone|dead|die|do it|end it"
    r"|do something|kill myself|hurt myself|not here|no longer here)",
    # a weapon
    r"(?:not afraid|not scared|wont hesitate|will not hesitate) to use (?:it|them|a knife|a gun"
    r"|my knife|my gun)(?= \.|$| on)",
    r"(?:i have|ive got|i got|i bought|i carry|i keep|i own|ive bought|i brought) (?:a|my|the)"
    r" (?:gun|knife|blade|weapon|shotgun|pistol|machete)(?= \.|$| with me| in my (?:car|pocket"
    r"|bag)| on me| now| and (?:im|i|ill|i will|i know))",
    # a conditional visit: "answer me or I'll come round"
    r"(?:or|otherwise|else|or else|if not) (?:ill|i will|im going to|im gonna|i swear ill"
    r"|i swear i will|i will just|ill just) (?:come|turn up|show up|be|drive|head|go) (?:round"
    r"|over|there|up|outside|to yours|at yours|to your|at your)(?= \.|$| now| tonight"
    r"| right now| myself| i swear| whether| to (?:your|ur|yours)| (?:your|ur|yours)"
    r"| house| place| flat| work| door)",
    # the kids; "I'll take the kids to the park" is a weekend
    r"take (?:the|our|your|my) (?:kids|children|son|daughter|baby) away from (?:you|u)",
    r"take (?:the|my|our|your) (?:kids|children|son|daughter|baby)(?: away)?(?: from (?:you|u))?"
    r"(?: \.)? and (?:youll|you will|u will|ull|you) never see (?:them|him|her)",
    r"(?:(?:youll|you will|u will|ull|youre going to|you are going to|youre gonna) (?:ever )?never"
    r"|you wont|you will not|u wont) (?:ever )?(?:get to )?see (?:the|your|our|my) (?:kids"
    r"|children|son|daughter|baby)(?= \.|$| again| ever| anymore| any more)",
    # the messages and pictures; "I'll post the photos from the wedding" is a party
    r"(?:post|upload|leak|publish|release|put up) (?:all )?(?:those|our) (?:photos"
    r"|pics|pictures|videos|vids|messages|texts|screenshots|chats)(?= \.|$| online| everywhere"
    r"| of (?:you|us) (?:naked|in bed|drunk))",
    _I_WILL + r" (?:send|show|forward|give) (?:everyone|everybody|(?:your|ur|his|her) (?:mum|mom"
    r"|dad|parents|family|boss|wife|husband|new \w+|friends|kids|sister|brother|manager|work))"
    r" (?:the|those|all the|all those|our|your|my|these) (?:screenshots|messages|texts|chats"
    r"|emails|voice notes|receipts|evidence)",
)

_WATCHING = (
    # knowing where they are
    r"(?:i|we|i still|i already|i now|and i) (?:know|found out|found|know exactly|have found)"
    r" (?:where|exactly where) (?:you|u|he|she|they|your (?:new )?(?:boyfriend|girlfriend|partner"
    r"|mum|mom|parents|family|kids|sister|brother|man|woman|date)) (?:live|lives|living|work|works"
    r"|working|sleep|sleeps|sleeping|stay|stays|staying|park|parks|hang out|drink|train|moved to"
    r"|are (?:staying|living|sleeping|working)|(?:are|is|were|was)(?= \.|$| right now| now"
    r"| tonight| today| at night| every| last night| on)|go (?:every|at|after|on|to (?:school"
    r"|work|the gym|nursery|uni|college|church|training|football)))",
    r"i know (?:what time|when|which days|what days|what route|which way|the route|the way)"
    r" (?:you|u|he|she|they) (?:finish|finishes|leave|leaves|get home|gets home|get off"
    r"|gets off|go home|goes home|walk home|walks home|drive home|drives home|are alone"
    r"|is alone|are home|is home|go to (?:the )?gym|goes to (?:the )?gym)(?= \.|$| work| school"
    r"| at| every| on| your| ur| the| and| so| tonight| today)",
    r"i know (?:what|which) (?:car|van|bike|motorbike) (?:you|u|he|she|they|your (?:new )?\w+)"
    r" (?:drive|drives|driving|ride|rides)",
    r"i know (?:he|she|they|(?:your|ur) (?:new )?(?:boyfriend|girlfriend|partner|man|woman|bf"
    r"|gf)) (?:stays?|sleeps?|stayed|slept) over(?= \.|$| on| every| most| some| last"
    r"| at yours| with you| in your)",
    # "I know you were at Sam's party"; "...at the hospital with your dad" is care
    r"i know (?:that )?(?:you|u) (?:were|was|went|have been|ve been|been|went out"
    r"|were out) (?:at|to|in|round|out at|out to|out with|with)(?: [^ .]+){0,3} (?:party|house"
    r"|place|flat|birthday|wedding|bbq|barbecue|drinks|bar|pub|club|gym|date|gig|his|her|him"
    r"|last night)(?![^ ])",
    r"i know (?:youre|you are|ur|u r|u are) (?:home|in|there|inside|in there|awake|up|alone"
    r"|at home|in bed|on your own|by yourself)(?= \.|$| now| right now| i can| because| cos)",
    r"(?:i|we) (?:know|found|found out|know exactly) (?:your|ur) (?:new )?(?:address"
    r"|schedule|routine|movements|location|work address|home address|new place)",
    r"(?:i|we) know where (?:you|u) live",
    # watching, following, seeing them
    r"(?:i|ive|i have|i was|i am|im|i keep|i still|i been|ive been|i have been|been|i m)"
    r" (?:been )?(?:watching|following|stalking|tracking|filming|photographing|observing)"
    r" (?:you|u|him|her|your (?:house|place|flat|home|window|car|every move|movements|location"
    r"|phone|new place))(?! (?:on|play|perform|online|at the (?:game|match|show|gig)|grow|sing"
    r"|speak|dance|win)(?![^ ]))",
    r"(?:i|ill|i will) (?:be|am|m) watching (?:you|u|your every move)(?= \.|$| always| all| every"
    r"| closely| from)",
    r"i (?:followed|follow|have followed|ve followed|was following|keep following|kept following)"
    r" (?:you|u|him|her|them|your car)(?! (?:on|back|online|around on|in|into that|to the (?:new"
    r"|best))(?![^ ]))",
    # seen with someone, or going in; "saw u w him" drops the I at the start of a clause
    r"(?:i |^|(?<=\. ))(?:saw|seen|spotted|noticed|watched|caught) (?:you|u|ya) (?:(?:at|in"
    r"|outside|on|by|near|down|leaving|going into)(?: [^ .]+){1,4} )?(?:"
    + _WITH_SOMEONE
    + r"|kissing|leaving (?:his|her|their|work|your|the)|(?:going|go|went|walk|walking|sneak"
    r"|sneaking) (?:into|in to|inside|home with|back to) (?:his|her|their|a|someones)|coming out"
    r" of (?:his|her|their|a|someones)|getting into (?:his|her|a|their)|holding hands"
    r"|walking with|outside (?:your|his|her|the)|at (?:his|her|their) (?:place|house|flat)"
    r"|in (?:his|her) car|through (?:your|the) window)",
    r"(?:i |^|(?<=\. ))(?:saw|seen|spotted|watched|caught) (?:you two|you both|the two of you"
    r"|you and (?:him|her))(?! (?:in|on) (?:the |your |those |that )?(?:photos?|pics?|pictures?"
    r"|wedding|video|film|paper|news|telly|tv)(?![^ ]))",
    r"(?:watching|watched|watch) (?:you two|you both|the two of you|you and (?:him|her))(?! (?:on"
    r"|in|dance|play|sing|perform|get married|grow|at (?:the )?(?:wedding|match|game|show))"
    r"(?![^ ]))",
    # "I see you're with him"; "I can see you with someone kind one day" is a wish
    r"(?:i|i can) see (?:youre|you are|ur|u r|u are|youve been|you have been) (?:out )?"
    + _WITH_SOMEONE,
    r"(?:i|i can) see (?:youre|you are|ur|u r|u are) (?:at|in|out|still at|still out|back at"
    r"|home)(?: [^ .]+){0,4} (?:right now|rn)" + _END,
    r"(?:your|ur) (?:bedroom |kitchen |living room |front room |bathroom |upstairs |hall |porch )?"
    r"lights? (?:was|were|went|came|been|stayed|had been) (?:still |already )?(?:on|off|out)",
    r"(?:his|her|their|that|some|a strange|another) (?:\w+ )?(?:car|van|bike|truck"
    r"|motorbike) (?:was |is |s |been |has been |sat |parked |was parked |is parked |always )?"
    r"(?:outside|at|on|in|in front of|parked outside) (?:your|ur) " + _PLACE,
    r"i (?:saw|seen|spotted|noticed) (?:his|her|their|a) car (?:outside|at|parked (?:at|outside)"
    r"|in front of|on) (?:your|ur)",
    r"i know (?:who|where) (?:you|youre|you are|youve|you have|u) (?:been |were |was )?(?:with"
    r"|seeing|sleeping with|dating|talking to|been)(?= \.|$| last| yesterday| on| every| now)",
    r"i know (?:who youre|who you are) (?:with|seeing|dating|sleeping with)",
    r"i know where (?:you|u) (?:were|went|have been|ve been) (?:last night|yesterday|today|on"
    r"|at|this)",
    r"i know what you (?:did|were doing) (?:last night|yesterday|with|at)",
    r"(?:i can|i could) see (?:you|u)(?= \.|$| right now| from (?:my|here|across|outside)"
    r"| through| in your)",
    r"(?:i can|i could) see (?:your|ur) (?:house|window|car|light|lights|door)(?= \.|$| from"
    r"| right now| now| on)",
    r"(?:track|tracked|tracking|tracker on|gps on|airtag on) (?:your|ur) (?:phone|location|car"
    r"|movements|bag|keys)",
    r"(?:i can see|i saw|i checked|ive been checking|i check|i keep checking|i looked at|i see)"
    r" (?:your|ur) (?:live )?location",
    r"(?:check|checking|checked|watch|watching|watched|look at|looking at|looked at|saw you on"
    r"|saw on) (?:your |ur |his |her |the )?(?:snap ?map|snapmap|find my friends|life ?360)",
    r"(?:airtag|air tag|tracker|gps tracker|tracking device|tracking app|spy app|spyware)"
    r" (?:in|on|under|inside|into) (?:your|ur|his|her) (?:car|bag|handbag|coat|jacket|keys|phone"
    r"|bike|purse|wallet|case|suitcase|backpack|stuff)",
    # seeing past a block; "a new account for the recipe site" is a website
    r"(?:new|fake|second|secret|burner|spare|private|anonymous|anon|finsta|other|different|spam)"
    r" (?:account|profile|insta|instagram|page|number|phone|email|accounts|profiles|numbers)"
    r"(?: [^ .]+){0,3} (?:to|so i can|so i could|just to|and) (?:see|watch|check|look at|view"
    r"|follow|keep an eye on|stalk) (?:you|u|your|ur|him|her|his|what you|what ur|everything)"
    r"(?![^ ])",
    r"(?:from|on|with|using) (?:a|my|another|an) (?:fake|secret|burner|anonymous|anon"
    r"|spam|finsta) (?:account|profile|number|insta|page)",
    r"(?:i can|i could) (?:still )?see (?:everything|what|all|whatever|every \w+) (?:you|u)"
    r" (?:post|share|upload|put up)",
    # into their phone; "I read your message" is a reply, and going through old messages is
    # missing them, not watching them
    r"(?:logged into|logged in to|log into|logging into|hacked|hacked into|hack|hacking|broke into"
    r"|got into|accessed) (?:your|ur|his|her) (?:phone|emails?|messages|texts|accounts?|instagram"
    r"|insta|facebook|icloud|whatsapp|snapchat|dms|laptop|computer|gmail|messenger|inbox)",
    r"(?:went through|been through|looked through) (?:your|ur|his|her) (?:phone|laptop|computer"
    r"|emails?|icloud|accounts?)",
    r"i (?:still )?(?:know|have|got|guessed|worked out|figured out|cracked|ve got) (?:your|ur|his"
    r"|her) (?:password|passcode|pin|login|passwords|pin code)",
    r"(?:got|have|paid|asked|hired|sent|ive got|i have) (?:someone|somebody|a friend|people"
    r"|my mates?|a mate|a private investigator|a pi|a private detective|my friends?"
    r"|my brothers?) (?:watching|following|tracking|to watch|to follow|to track|keeping an eye on"
    r"|to keep an eye on|keep an eye on) (?:you|u|him|her|your|ur|them)(?! (?:on|online)(?![^ ]))",
    r"(?:hired|hire|hiring|paid|pay|paying|got) (?:a |an )?(?:private investigator"
    r"|private detective|investigator|pi to)(?![^ ])",
    r"(?:im|i am|ill|i will|ill be|i will be) always (?:be )?watching(?= \.|$| you| always"
    r"| every)",
    # being outside, waiting, turning up
    _any(
        "im|i am|ill be|i will be|im just|im still|im sitting|im standing|im parked|im waiting"
        "|ill wait|i will wait|ill be waiting|i will be waiting|im right|i am right|im here"
        "|im going to wait|im gonna wait|im going to be|im gonna be|ill be sitting|ill be parked"
        "|ill sleep|im sleeping|ill be sleeping|ill stay|im staying|ill camp|im camping"
    )
    + r"(?: in (?:my|the) (?:car|van|truck))?"
    + r" (?:right |just |still |all night |again |here )?(?:outside|in front of|opposite"
    r"|across from|across the (?:road|street) from|down the (?:road|street) from|round the corner"
    r" from|around the corner from|at|by|near|on) (?:your|ur|youre) " + _PLACE,
    _any(
        "i was|ive been|i have been|i sat|i stood|i waited|i parked|i was sitting|i was standing"
        "|i was parked|i was waiting|ive been sitting|ive been waiting|ive been parked"
        "|i spent the night|i spent all night|i slept"
    )
    + r"(?: in (?:my|the) (?:car|van|truck))?"
    + r" (?:right |just |again |all night |every night |for hours )?(?:outside|in front of"
    r"|opposite|across from|across the (?:road|street) from|down the (?:road|street) from|round the"
    r" corner from|around the corner from|on) (?:your|ur|youre) " + _PLACE,
    r"(?:waiting|wait) (?:for (?:you|u) )?(?:outside|at|by|in front of|near) (?:your|ur|youre) "
    + _PLACE,
    r"(?:ill|i will|im|i am|ill just|ill be|i will be) (?:be )?waiting (?:for (?:you|u) )?outside"
    r"(?= \.|$| your| until| till| all| tonight| when| for (?:you|u)| every)",
    r"wait (?:for (?:you|u) )?after (?:your )?(?:work|class|shift|school|gym)",
    r"(?:show|turn|rock|pop|showing|turning) up (?:at|to|outside|on|in) (?:your|ur|youre) "
    r"(?:\w+ )?" + _PLACE,
    r"(?:show|turn) up (?:at|to) (?:your|ur) (?:door|doorstep|work|house|place)",
    _I_WILL + r" (?:come|pop|swing|drop|go|head) (?:round|over|by|to|up to|down to)(?: to)?"
    r" (?:your|ur|youre) " + _PLACE,
    r"(?:im|i am) (?:coming|heading|on my way) (?:over|round|around|to (?:yours|your|ur))(?= \.|$"
    r"| now| right now| tonight| anyway| whether| later| to (?:yours|your| ur)| whatever| house"
    r"| place| flat)",
    r"(?:im|i am) (?:right |just )?outside(?= \.|$| now| right now)",
    r"(?:im|i am) (?:right )?(?:at your door|at your window|behind you)" + _END,
    # parked up; "I'm parked outside the station" is a lift
    r"(?:im|i am|i was|ive been|ill be|i will be|im just|im still|im sat|im sitting|i sat)"
    r" (?:sat |sitting )?parked (?:up )?(?:right )?(?:outside|across the (?:street|road)|opposite"
    r"|down the (?:street|road)|round the corner|around the corner|at the end of the (?:street"
    r"|road)|over the road)(?= \.|$| from| your| ur| again| now| right now| waiting| watching"
    r"| all| tonight)",
    r"(?:im|i am) parked up(?= \.|$| now)",
    r"(?:im|i am) (?:right |just )?downstairs(?= \.|$| now| right now)",
    r"(?:im|i am|ill be|i will be|i was|ive been|im just|im sitting|im standing|im waiting"
    r"|im parked) (?:right )?(?:at|on) the (?:end|top|bottom|corner) of (?:your|ur) (?:road|street"
    r"|drive|driveway|block|close|lane|avenue|estate|garden|stairs)",
    r"(?:im|i am|ill be|i will be|i was|ive been|im just|im sitting|im standing|im waiting"
    r"|im hiding|i was hiding|im still|im right) (?:right )?in (?:your|ur) (?:garden|front garden"
    r"|back garden|street|road|building|block|stairwell|hallway|lobby|car park|estate|close"
    r"|driveway|bushes|hedge|porch|shed|garage)",
    r"(?:wait|waiting|stay|staying|sit|sitting|stand|standing) (?:right )?(?:here|outside"
    r"|out here|out there|there) (?:until|till|til|untill) (?:you|u) (?:come out|come down|open"
    r"|answer|let me in|talk to me|speak to me)",
    r"(?:i |^|(?<=\. ))(?:drove|driven|walked|went|cycled|ran|passed|sat|parked|jogged|stood)"
    r" (?:past|by"
    r"|round to|round|around|over to|outside|up to|down to) yours(?![^ ])",
    r"(?:drive|driving|drove|driven|walk|walking|walked|go|going|went|gone|cycle|cycled|cycling"
    r"|run|ran|running|jog|jogged|jogging|been|pass|passed|passing|sat|sit|sitting|parked)"
    r" (?:past|by|round|around|round to|over to|outside|near) (?:your|ur|youre) " + _PLACE,
)


@cache
def _phrases() -> re.Pattern[str]:
    """All the phrases in one expression, compiled at the first use (see `compile_phrases`)."""
    return re.compile(
        r"(?<![^ ])(?:" + "|".join((*_SELF_HARM, *_THREATS, *_WATCHING)) + r")(?![^ ])"
    )

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
  missing apostrophe, capitals and a curly apostrophe all read alike. Common typos are spelled
  out where they are made ("kil", "sucide", "suicde", "myslef").
- A bare word would tell someone with a friendly message that they are in crisis: "this heat is
  killing me", "dying to hear", "I nearly died laughing", "I'd kill for a coffee". So a phrase is
  tied to the person it is about ("kill myself", "I'll hurt you", "I know where you live") or to
  how it ends: "I can't go on" is noticed at the end of a sentence or before "anymore" or "like
  this", never in "I can't go on Friday". Where a phrase also lives in a harmless idiom, the idiom
  is left out by what follows it ("killed myself laughing", "cut myself shaving", "you'll regret
  not trying the cake", "I followed you on Instagram").
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


def crisis_in(text: str) -> bool:
    """Whether any line of `text` holds words about self-harm or suicide, threats, or watching or
    turning up where the other person is."""
    return _CRISIS.search(plain_words(text)) is not None


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
    r"|im thinking (?:about|of)|im going to just|ill just) end it"
    r"(?= \.|$| now| tonight| today| all| for good| forever| soon)",
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
    r"|not born|not alive|wasnt alive|werent alive|could die|didnt exist|did not exist)",
    r"wish i (?:was|were|had been|d been) never born",
    r"wish (?:id|i had|ive|i d) never been born",
    r"(?:happier|better|better off|easier|free|fine) (?:if|when|once) (?:i was|i were|im|i am)"
    r" (?:gone|dead|not around|not here|no longer here)",
    r"(?:if|when|once) (?:i was|i were|im|i am) dead",
    r"(?:ill|i will|i might|i may|im going to|im gonna) be dead (?:soon|tomorrow|tonight|before"
    r" (?:long|morning|you))" + _END,
    r"wish i (?:could )?(?:just )?(?:disappear|vanish|stop existing|not exist|sleep forever"
    r"|not wake up|end it)",
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
    r"|to see)",
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
    r"(?:this is|these are|here are) my (?:last|final) (?:message|words|text|letter|note)",
    r"goodbye (?:note|letter)",
    r"by the time you (?:read|see|get) this",
    r"(?:ill|i will) be gone (?:forever|for good|for ever)",
    r"(?:wont|will not|never) have to (?:deal with|worry about|hear from|see|put up with) me"
    r" (?:ever )?(?:again|anymore|any more|any longer)",
    r"(?:blood|death) (?:is |will be |would be )?on your hands",
    r"if (?:anything|something) happens to me(?! (?:at|on|while|in|during)(?![^ ]))",
    r"(?:give|giving|gave|given) away (?:all )?my (?:things|stuff|belongings|possessions)",
    # no reason to go on
    r"(?:no|not one|not a single|not any) reasons? (?:left )?to (?:live|go on|keep going|be here"
    r"|stay alive|carry on|exist|keep living)",
    r"nothing (?:left )?to live for",
    r"(?:no|lost (?:the|my|all)|lost all my) will to live",
    r"no point (?:in )?(?:living|life|anything|going on|carrying on|being alive|being here"
    r"|existing|it all|any of it|me being here|trying anymore|trying any more|trying at all"
    r"|waking up)",
    r"whats the point (?:of |in )?(?:living|life|anything|it all|going on|being alive|being here"
    r"|existing|me|waking up)" + _END,
    r"whats the point (?:of (?:anything |it all |trying )|in (?:anything |trying ))?"
    r"(?:anymore|any more)",
    r"(?:life|living|my life) (?:isnt|is not|aint|s not|is no longer|isnt even) worth"
    r" (?:it|living)",
    r"not worth living",
    r"nothing matters (?:anymore|any more)",
    r"(?:dont|do not|cant|cannot) see (?:the|any) point (?:in|of) (?:living|life|going on|anything"
    r"|being alive|being here|existing|carrying on)",
    r"(?:just )?want (?:the|this|all this|all the) pain to (?:stop|end|go away)"
    r"(?= \.|$| forever| for good| now)",
    r"(?:im|i am) (?:standing|sitting|stood|sat) on (?:the|a|this) (?:bridge|ledge|edge|roof"
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
    r"(?:i|ive) (?:give up|gave up|given up|have given up|am giving up|m giving up) on (?:life"
    r"|everything|living|myself|it all)",
    r"(?:im|i am|i feel) (?:so |just )?(?:done|finished) with (?:life|living|this world|this life"
    r"|existing|it all)",
    r"(?:tired|sick|exhausted) of (?:living|being alive|existing|being here|life(?= \.|$"
    r"| anymore| any more))",
    r"(?:want|need|wish|wanted) (?:everything|it all|all of this|life|my life) (?:all )?to"
    r" (?:end|be over|stop)(?= \.|$| now| forever| for good| already)",
    r"(?:want|need|wish|wanted) it (?:all )?to end(?= \.|$| now| forever| for good| already)",
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
    r"(?:im|i am|i feel|feel|feeling|i know im|i feel like|i feel so|i am just|im just)"
    r"(?: (?:so|completely|totally|utterly|just|such|really|a|only)){0,3} (?:worthless|a waste of"
    r" (?:space|oxygen|air|skin|life)|burden|unlovable|unloveable|failure(?! at| as a))",
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
    r"(?:take|took|taking|swallow|swallowed|swallowing|down|downed|downing|neck|necked|od on"
    r"|overdose on) (?:all|every one|a handful|a bottle|a bunch|a load|a pack|a box|the whole"
    r"|loads|too many|enough|a lot|handfuls|a months worth)(?: of)?(?: (?:my|the|these|those|them"
    r"|his|her|mums|moms|dads))?(?: \w+)? (?:pills|tablets|meds|medication|painkillers"
    r"|paracetamol|antidepressants|aspirin|ibuprofen|tylenol|xanax|valium|sleeping pills)",
    r"enough (?:pills|tablets|meds|painkillers|sleeping pills|paracetamol) to",
    r"stockpil\w* (?:my |the |all my )?(?:pills|meds|tablets|medication|painkillers)",
    r"overdos\w*(?! on (?:coffee|caffeine|sugar|chocolate|cake|tv|netflix|sweets|candy|carbs"
    r"|cheese|pizza|sun|sunshine|love|work|cuteness|nostalgia)(?![^ ]))",
    r"(?:want to|wanna|going to|gonna|will|ill|should|might|could|feel like|thinking (?:about|of)"
    r"|think (?:about|of)|thought (?:about|of)|about to|i) (?:just )?(?:jump|jumping|throw myself"
    r"|throwing myself) (?:off|from) (?:a |the |that |this |some )?(?:bridge|building|roof"
    r"|rooftop|cliff|balcony|tower|ledge|car park|multi storey|window)",
    r"(?:jump|jumping|jumped|step|stepping|stepped|throw myself|throwing myself|walk|walking"
    r"|lie down|lying down) (?:in front of|under) (?:a|the) (?:train|bus|lorry|truck|car|tube"
    r"|tram|traffic)",
    r"(?:drive|driving|drove) (?:my car )?(?:off|into) (?:a|the) (?:cliff|bridge|wall|tree|river"
    r"|lake|sea)",
    r"crash my car (?:on purpose|deliberately)",
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
    r"make (?:you|u|him|her|them|your life|his life|her life) (?:pay|suffer|sorry|regret|hell"
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
)

_WATCHING = (
    # knowing where they are
    r"(?:i|we|i still|i already|i now|and i) (?:know|found out|found|know exactly|have found)"
    r" (?:where|exactly where) (?:you|u|he|she|they|your (?:new )?(?:boyfriend|girlfriend|partner"
    r"|mum|mom|parents|family|kids|sister|brother|man|woman|date)) (?:live|lives|living|work|works"
    r"|working|sleep|sleeps|sleeping|stay|stays|staying|park|parks|hang out|drink|train|moved to"
    r"|are (?:staying|living|sleeping|working)|(?:are|is|were|was)(?= \.|$| right now| now"
    r"| tonight| today| at night| every| last night| on)|go (?:every|at|after|on))",
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
    r"i (?:saw|seen|spotted|noticed|watched|caught) (?:you|u|ya) (?:with (?:him|her|them|someone"
    r"|somebody|some (?:guy|girl|man|woman|bloke|lad)|that (?:guy|girl|man|woman|bloke)"
    r"|a (?:guy|girl|man|woman|bloke|lad|new)|your (?:new|boyfriend|girlfriend|bf|gf|date"
    r"|partner|fella|man|woman)|another|the new)"
    r"|kissing|leaving (?:his|her|their|work|your|the)|going into|coming out of|getting into"
    r" (?:his|her|a|their)|holding hands|walking with|outside (?:your|his|her|the)|at (?:his|her"
    r"|their) (?:place|house|flat)|in (?:his|her) car|through (?:your|the) window)",
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
    # being outside, waiting, turning up
    _any(
        "im|i am|ill be|i will be|im just|im still|im sitting|im standing|im parked|im waiting"
        "|ill wait|i will wait|ill be waiting|i will be waiting|im right|i am right|im here"
        "|im going to wait|im gonna wait|im going to be|im gonna be|ill be sitting|ill be parked"
    )
    + r" (?:right |just |still |all night |again |here )?(?:outside|in front of|opposite"
    r"|across from|across the (?:road|street) from|down the (?:road|street) from|round the corner"
    r" from|around the corner from|at|by|near|on) (?:your|ur|youre) " + _PLACE,
    _any(
        "i was|ive been|i have been|i sat|i stood|i waited|i parked|i was sitting|i was standing"
        "|i was parked|i was waiting|ive been sitting|ive been waiting|ive been parked"
        "|i spent the night|i spent all night|i slept"
    )
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
    r"(?:drive|driving|drove|driven|walk|walking|walked|go|going|went|gone|cycle|cycled|cycling"
    r"|run|ran|running|jog|jogged|jogging|been|pass|passed|passing|sat|sit|sitting|parked)"
    r" (?:past|by|round|around|round to|over to|outside|near) (?:your|ur|youre) " + _PLACE,
)


_CRISIS = re.compile(
    r"(?<![^ ])(?:" + "|".join((*_SELF_HARM, *_THREATS, *_WATCHING)) + r")(?![^ ])"
)

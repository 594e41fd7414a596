"""Word lists the engine reasons with: general English and newsroom vocabulary.

Nothing here names a person, place or sentence of the sample articles; these are
the kinds of lists any English news tool carries (function words, titles, number
words, British/American spellings, synonyms for how reporting is worded).
"""

from __future__ import annotations

STOPWORDS = frozenset(
    """a about above after again against all also although am an and any are as at be because
    been before being below between both but by can could did do does doing down during each
    either else ever few for from further had has have having he her here hers herself him
    himself his how however i if in into is it its itself just least less let like may me might
    more most much must my myself neither no nor not of off on once only or other ought our ours
    ourselves out over own per same shall she should so some such than that the their theirs
    them themselves then there these they this those though through thus to too under until up
    upon us very was we were what when where whether which while who whom whose why will with
    within without would yet you your yours yourself yourselves s t said says say told according
    one also""".split()
)
"""Function words (and the reporting verb ``said``): never a reason to align two sentences."""

# "us" as a pronoun is a stopword; "U.S."/"US" as a country is recognised from its original
# spelling (capitals) before stopword filtering, in tokens.py.

NEGATIONS = frozenset("not no never nor neither nobody nothing none without n't cannot".split())

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
               "trillion": 1_000_000_000_000,
               # South Asian scales: "Rs 20 lakh" is two million rupees, "3 crore" thirty million
               "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep st jr sr inc ltd co
    corp vs etc no nos fig jan feb mar apr jun jul aug sep sept oct nov dec approx dept est
    min max mt ft rev hon pres atty supt brig cdr insp det messrs mmes vol pp""".split()
)
"""Words that end in a full stop without ending a sentence."""

SENTENCE_STARTERS = frozenset(
    """the a an he she it they we i you but and in on at this that these those there his her
    their its our after before when while however meanwhile earlier later if as for with
    according""".split()
)
"""Words that, after an ambiguous full stop (``U.S.``), show a new sentence has begun."""

# British -> American spellings that should not count as a difference. Regular
# -ise/-isation words are handled by rule in tokens.py; these are the irregular ones.
SPELLING = {
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "centre": "center", "centres": "centers", "theatre": "theater", "metre": "meter",
    "metres": "meters", "kilometre": "kilometer", "kilometres": "kilometers", "litre": "liter",
    "fibre": "fiber", "programme": "program", "programmes": "programs", "grey": "gray",
    "travelled": "traveled", "travelling": "traveling", "cancelled": "canceled",
    "cancelling": "canceling", "labelled": "labeled", "modelled": "modeled", "fuelled": "fueled",
    "counselling": "counseling", "jewellery": "jewelry", "cheque": "check", "tyre": "tire",
    "ageing": "aging", "judgement": "judgment", "enrol": "enroll", "fulfil": "fulfill",
    "cease-fire": "ceasefire", "ceasefire": "ceasefire", "advisor": "adviser",
    "advisors": "advisers", "towards": "toward", "afterwards": "afterward", "whilst": "while",
    "amongst": "among", "per cent": "percent",
}
OUR_WORDS = frozenset(
    """colour honour labour favour neighbour rumour harbour behaviour endeavour vigour valour
    armour humour odour flavour saviour parlour""".split()
)
ISE_EXCEPTIONS = frozenset(
    """advise advertise arise comprise compromise enterprise exercise expertise franchise improvise
    merchandise premise promise revise supervise surprise televise precise otherwise likewise
    concise rise wise noise cruise chase praise raise paradise despise devise disguise excise
    demise clockwise treatise reprise sunrise anise poise""".split()
)

# Words that mean the same thing in how news reports an event. Used to align sentences
# (never to decide two passages are verbatim).
SYNONYMS = {
    "headed": "lead", "heads": "lead", "head": "lead", "led": "lead", "leads": "lead",
    "leading": "lead", "chaired": "lead", "chairing": "lead", "chair": "lead",
    "negotiations": "talk", "negotiation": "talk", "talks": "talk", "discussions": "talk",
    "discussion": "talk", "meeting": "talk", "meetings": "talk", "meet": "talk", "met": "talk",
    "postponed": "delay", "delayed": "delay", "postpone": "delay", "delay": "delay",
    "originally": "initially", "initially": "initially", "stated": "say", "states": "say",
    "told": "say", "added": "say", "declared": "say", "declare": "say", "declares": "say", "remarked": "say",
    "represented": "represent", "representing": "represent",
    "aide": "adviser", "aides": "adviser", "advisers": "adviser", "advisor": "adviser",
    "began": "begin", "begun": "begin", "started": "begin", "start": "begin", "opened": "begin",
    "convened": "talk", "resume": "begin", "resumed": "begin",
    "personally": "person", "in-person": "person", "must": "need", "needs": "need",
    "cease-fire": "ceasefire", "truce": "ceasefire",
    "killed": "death", "kill": "death", "kills": "death", "killing": "death",  # "two were killed" / "two died"
    "deaths": "death", "fatalities": "death", "fatality": "death",
    "dead": "death", "died": "death", "wounded": "injure", "injured": "injure", "hurt": "injure",
    "injuries": "injure", "injury": "injure", "injuring": "injure",
    "detained": "arrest", "arrested": "arrest", "arrests": "arrest", "detain": "arrest",
    "detention": "arrest", "detentions": "arrest",
    "soldiers": "troop", "troops": "troop", "prisoners": "prisoner", "pows": "prisoner",
    "pow": "prisoner", "swap": "exchange", "exchanged": "exchange",
    "eliminate": "cut", "eliminated": "cut", "eliminating": "cut", "slash": "cut", "slashed": "cut",
    "axe": "cut", "axed": "cut", "shed": "cut", "shedding": "cut", "cuts": "cut", "cutting": "cut",
    "reduce": "cut", "reduced": "cut", "reduces": "cut", "reducing": "cut",
    "hit": "strike", "struck": "strike", "strikes": "strike", "jumped": "rise", "rose": "rise",
    "climbed": "rise", "gained": "rise", "fell": "fall", "dropped": "fall", "slid": "fall",
    "declined": "fall", "sank": "fall",
}

TITLE_WORDS = frozenset(
    """president minister secretary director chief head deputy ambassador envoy aide adviser advisor
    spokesperson spokesman spokeswoman chairman chairwoman chair governor mayor senator
    representative general commander prime chancellor king queen prince princess emperor pope
    premier leader foreign defense defence interior justice finance state special presidential
    first vice acting senior assistant principal executive officer coordinator commissioner
    attorney judge justice speaker lieutenant colonel major captain admiral marshal sergeant
    lt gen col maj capt adm sgt dr mr mrs ms prof cardinal bishop archbishop rabbi imam sheikh
    emir sultan crown national security intelligence military press permanent ombudsman
    counsellor counselor negotiator mediator prosecutor inspector detective superintendent
    constable sheriff warden dean rector provost professor chairperson ceo cfo coo cto founder
    co-founder undersecretary councillor councilor alderman consul nuncio patriarch ayatollah
    reverend magistrate solicitor economy energy health education trade agriculture transport
    culture labour labor environment housing tourism youth sports digital science industry
    infrastructure communications development economic affairs curator collector sen gov rep brig supt insp det cmdr
    hon rev atty pres sir dame baroness baron""".split()
)
"""Words that make up a person's title ("Deputy Foreign Minister"; "Sen.", "Gov.", "Sir", "Dame")."""

TITLE_HEADS = frozenset(
    """president minister secretary director chief head ambassador envoy aide adviser advisor
    spokesperson spokesman spokeswoman chairman chairwoman chair governor mayor senator
    representative general commander chancellor premier king queen prince princess pope
    officer coordinator commissioner attorney judge speaker lieutenant colonel major captain
    admiral marshal sergeant cardinal bishop archbishop emir sultan ombudsman counsellor
    counselor prosecutor inspector detective superintendent constable sheriff warden dean rector
    provost professor chairperson ceo cfo coo cto founder undersecretary councillor councilor
    consul magistrate curator collector""".split()
)
"""The office itself: two titles are compared when they name the same office."""

POST_NOUNS = frozenset("economist analyst strategist treasurer coach".split())
"""Offices beyond TITLE_HEADS that a person's title is read for (people.py): a treasurer, and
professions that are posts with a grade ("chief economist", "senior analyst")."""

PROFESSIONS = frozenset("economist analyst strategist coach".split())
"""Of POST_NOUNS, those that without a grade describe the person, not a post ("an analyst at X")."""

RANK_WORDS = frozenset("first deputy vice acting senior assistant principal chief under former".split())
"""Modifiers that change an office's rank: "Deputy" and "First Deputy" are different offices."""

GENERIC_DESCRIPTORS = frozenset(
    "leader official officials negotiator politician diplomat figure member lawmaker".split()
)
"""Descriptions rather than titles: never compared as roles."""

HEAD_SYNONYMS = {"advisor": "adviser", "aide": "adviser", "spokesman": "spokesperson",
                 "spokeswoman": "spokesperson", "chairwoman": "chairman", "chair": "chairman",
                 "counsellor": "counselor", "head": "chief"}

SPEECH_VERBS = frozenset(
    """said says told stated added declared announced wrote tweeted posted stressed insisted
    noted warned urged argued explained claimed asserted remarked replied responded
    emphasized emphasised""".split()
)

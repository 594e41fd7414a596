"""The built-in entity extractor, and linking entities across the two articles.

Extraction works on runs of capitalised words inside each segment. A run is split
into titles, known names (the gazetteer), organisations (a run ending in a head word
such as "Ministry", "Agency" or "Pharmaceuticals", with an "of/for ..." complement), places
with a head word ("Palace") or a lower-case kind ("Zagros mountains", "Lorestan province"),
and people (a run after a title, a known given name, a name followed or preceded by a speech
verb, or a name in apposition: "Reza Amini, a 52-year-old farmer"). Names the gazetteer does
not know are also placed by their context: "in X", "the town of X", "X-based", "X, Ireland".
A name learnt in an article (a place, a company's short name: "Carrow" for "Carrow
Pharmaceuticals") is that entity wherever else the article writes it. Sentence-initial common
words and headings are not mistaken for names. Within an article, a surname alone joins the
full name it belongs to; across the two articles, spellings are linked by the gazetteer's
aliases and by fuzzy matching of names.

Context also types names written without a head word: the office after a name ("Varnis
Governor" a place, "Quorlex chief executive" a company), a country's possessive or "shares of"
before a company, a description after it ("X, the German carmaker,", "X, a subsidiary of Y"),
a lower-case kind after it ("the X hospital", "the X party", "the X power stations"), a
capitalised trade opening a sentence ("Analyst Mei Lin"), what only a person has ("X's lawyer"),
a name listed with people's (also by their works: "A's Title (1634), Frans Hals's ..."), an
unknown name listed with organisations ("together with Kestrel and Finland's Transport Safety
Bureau"), an acronym with a name after it ("CERT Tarvania"); organisations named head first in other
languages ("Banco X", "Universidad de X"), sites named after known places ("X Airport"), "Port/Gulf of X".
Also: names whose words are particles elsewhere ("Le Van Hoanh"), people listed with ages ("Ivo Sand
(28), Dara Pell (31)"), a post "at X" ("head of marketing at X"), a name spelled out by the acronym in
brackets after it ("the Syndicat des enseignants varnais (SEV)"), unknown names listed before a known
city ("from Tarvo, Velmo and Surat").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from tui.engine import gazetteer, lexicon
from tui.engine.model import Article, Entity, Segment, Span, Token
from tui.engine.names import GIVEN_NAMES
from tui.engine.patterns import literal_alternation
from tui.engine.temporal import times_in
from tui.engine.tokens import between_controls, fold, normalise_word

_fold = lru_cache(maxsize=65536)(fold)
"""``fold`` for the words of names, which recur across an article and across articles."""

_COMMON_WORD_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[a-z][a-z'’-]+\b")
"""A lower-case word not at the start of a sentence: the article's common words."""
_WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[A-Z]{1,2}&[A-Z]{1,2}\b|[^\W_](?:[\w'’\-]*[^\W_])?")
_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "al", "el", "bin", "ibn", "von", "van", "nad", "pod", "sur",
                         "der", "la", "du", "da", "di", "le", "am", "upon", "del", "della", "dei", "degli", "dos",
                         "das", "do", "des"})
_NOT_ORGS = frozenset("""POW POWS TV PM AM CEO GDP ID OK UTC GMT COVID AI HIV AIDS DNA USD EUR CET
EST PDF URL FAQ MP MPS MEP MEPS KC QC SC MBE OBE CBE VIP I II III IV PR HQ GW MW KW TW GWH MWH KWH TWH
KM KG MPH KPH IT HR ICU CCTV GPS LNG LPG SMS VAT CPI PMI IPO ETF ESG EV EVS PC PCS IP OTP ATM ATMS ER
CFO COO CTO CT MRI RNA LGBT LGBTQ M&A Q&A R&D B&B""".split())
_REPORT_VERBS = frozenset("reported reports said says told cited quoted wrote".split())
_MEDIA_HEADS = frozenset("channel agency newspaper broadcaster television network outlet daily "
                         "magazine radio station".split())
_TITLE_OF = frozenset({"staff", "state", "defense", "defence", "justice", "finance", "the interior",
                       "foreign affairs", "state for foreign affairs"})
_MAX_PERSON_TOKENS = 4
_PARTICLES = frozenset("von van der den de da di du la le bin ibn al el dos das del ter zu".split())
"""Lower-case words inside a person's name: "Ursula von der Leyen", "Mohammed bin Salman"."""
_SURNAME_PARTICLES = _PARTICLES | frozenset("ben abu bou ould".split())
"""Words that begin a surname of two words ("Ben Salah", "van Dijk")."""
_ARABIC_PARTICLES = frozenset("al el bin ibn bint".split())
_PLACE_KINDS = frozenset("province region district county oblast prefecture governorate city town "
                         "village municipality state".split())
_LOC_KINDS = frozenset("""mountains mountain river rivers dam reservoir lake lakes sea valley desert canal
    glacier glaciers plateau basin gorge strait bay gulf island islands peninsula hills volcano steppe
    massif neighborhood neighbourhood quarter suburb wetlands wetland rainforest rainforests forest savanna
    savannah marshes marshland swamp swamps lagoon lagoons reef archipelago delta peak peaks ridge
    crater cliffs waterfall""".split())
"""Lower-case words after a name that make it a natural place or a work: "Rogun dam"."""
_POSSESSIVE_IN_NAMES = frozenset("""prosecutor prosecutors people women children workers veterans farmers citizens
    journalists teachers doctors nurses students mothers ombudsman president presidents governor""".split())
"""Possessives inside an organisation's name, before its head word: "the European Public Prosecutor's
Office", "the People's Party"."""
_ORG_NOUNS = frozenset("""firm company group agency startup start-up carrier airline bank lender insurer
    broadcaster newspaper outlet publisher manufacturer maker producer retailer operator regulator watchdog
    consultancy charity conglomerate miner brewer supermarket chain giant shareholder investor utility
    exchange distributor supplier wholesaler franchise subsidiary unit rival broker brokerage underwriter
    reinsurer mutual daily weekly tabloid magazine portal""".split())
"""Lower-case words for a kind of organisation, written right before its name: "the data firm X"
(and any "...maker" or "...builder": "the chipmaker X")."""
_ORG_PLURALS = frozenset({w + "s" for w in _ORG_NOUNS} | {"companies", "banks", "groups", "agencies", "charities",
                                                       "utilities", "consultancies", "subsidiaries"})
_OWNED = frozenset("""owned operated run managed controlled chartered acquired bought built made manufactured
    developed produced sponsored funded backed published issued commissioned polled surveyed poll polls
    survey surveys compiled conducted""".split())
"""Participles before "by X" that make X a company rather than a person: "a plant owned by X"."""
_ORG_KINDS_AFTER = frozenset("party movement coalition alliance bloc faction group".split())
"""Lower-case kinds of body after a name: "the Georgian Dream party", "the Helvion group"."""
_INSTITUTIONS = frozenset("hospital clinic university college school academy".split())
"""Lower-case kinds of institution after a name: "the Velmar hospital" is an organisation."""
_AFTER_ORG_NOUN = frozenset("that which based headquartered founded owned run led backed of".split())
_WORK_AFTER_RE = re.compile(r"['’]s\s+(?:\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”|[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|with|"
                            r"a|an|the|in|on|at|to|for|from)){0,7}(?=\s*\((?:c\.\s*)?\d{4}\)))"
                            r"(?:\s*\((?:c\.\s*)?\d{4}\))?")
"""A work after its author's name: 'X's "Title"', "X's Title Words (1634)"."""
_DIGIT = re.compile(r"\d").search
_LIST_AFTER_RE = re.compile(r"(?:, and |, | and )")
_LIST_BEFORE_RE = re.compile(r"(?:, and |, | and )$")
_OPENING_ADVERBS = frozenset("""yesterday today tomorrow tonight separately elsewhere instead overall
    nevertheless nonetheless still now then afterwards later earlier meanwhile""".split())
"""Words that open a sentence before a name: "Yesterday Ahmed Osman spoke"."""
_PERSONAL_AFTER = frozenset("""death funeral wife husband widow son sons daughter daughters father mother
    brother sister family parents children lawyer lawyers attorney attorneys bodyguard bodyguards killing
    assassination arrest detention trial conviction sentencing resignation birthday memoir biography
    grave body remarks comments speech administration presidency premiership tenure predecessor successor
    spokesman spokeswoman spokesperson aides aide""".split())
"""What a possessive name has that only a person has: "X's death", "X's lawyer", "X's successor"."""
_BEFORE_COMPANY = frozenset("of in by at for".split())
_STAFF = frozenset("""analyst analysts economist economists strategist strategists researchers executives
    executive employees""".split())
"""Who works "at X" when X is a company: "analysts at Jeffron"."""
_POSTS_AT = frozenset("""director directors manager managers head chairman chairwoman founder co-founder ceo cfo
    coo cto engineer engineers employee spokesman spokeswoman spokesperson partner shareholder shareholders""".split())
"""Posts held "at X" when X is a company: "a director at Kestrel", "head of marketing at Kestrel"."""
_SPOKES = frozenset("spokesman spokeswoman spokesperson spokespeople".split())
_STAKE_WORDS = frozenset("shares stake stakes stock holding".split())
"""Words before "of X" / "in X" that make X a company: "shares of X", "a stake in X"."""
_SQUARES = frozenset("plaza piazza praça".split())
"""Squares named in Spanish, Italian or Portuguese: the whole name follows ("Plaza de la Libertad")."""
_LOC_OF = frozenset("port gulf bay strait straits sea isle cape lake loch mount".split())
"""Head words of places named "X of Y": "Port of Tarvik", "Bay of Sarn"."""
_LOC_FIRST = frozenset("mount mt lake loch cape isle port".split()) | _SQUARES
"""Head words written before the name: "Mount Elbrus", "Lake Sevan", "Plaza de España"."""
_FACILITIES = frozenset("""prison jail station stadium square bridge airport airfield airbase port harbour harbor
    refinery smelter shipyard depot mine
    cathedral mosque church synagogue temple monastery cemetery palace tower castle terminal crossing
    checkpoint""".split())
"""Lower-case words after a name that make it a building or a site: "Velmora prison"."""
_MODIFIED_FACILITIES = _FACILITIES | frozenset("complex camp base plant field".split())
"""Kinds of site named only after a modifier ("court complex", "refugee camp", "power plant": a
company's "plant" is its own)."""
_FACILITY_MODIFIERS = frozenset("""train bus railway rail metro subway underground court police fire power nuclear
    international deep-water deepwater cargo fishing
    air naval military army refugee border oil gas ferry container copper gold coal iron lithium uranium nickel
    zinc silver diamond""".split())
"""Words between a name and its kind of site: "Atocha train station", "Evelpidon court complex"."""
_SITE_HEADS = frozenset("""airport airfield airbase station bridge palace square stadium arena port harbour harbor
    cathedral mosque castle tower towers prison jail dam canal terminal park range valley river lake desert basin
    pass peninsula glacier delta plateau mountains hills gorge canyon coast""".split())
"""Head words that make a known place's name the name of a site in it: "Vardel Airport"."""
_SAINTS_SITES = frozenset("""hospital cathedral church basilica abbey chapel college school university
    priory""".split())
"""What a saint's possessive names: "St Mary's Hospital", "St. Luke's Church"."""
_SITE_MODIFIERS = frozenset("international central main grand national city".split())
_SITE_WORDS = _SITE_HEADS | _SITE_MODIFIERS
_FACILITY_WORDS = _FACILITIES | _FACILITY_MODIFIERS | _MODIFIED_FACILITIES | {w + "s" for w in _MODIFIED_FACILITIES}
"""Every word that may follow a site's name: its kind, a plural kind, or a modifier of its kind."""
_LOCATIVES = frozenset("in near outside throughout between nearby above below beyond across off".split())
"""Words after which a capitalised name is a place."""
_MOTION = frozenset("""flew fly flies flying travelled traveled travel travels travelling traveling trip trips
    visit visits visited visiting moved move returned return returning fled flee fleeing flight flights
    road route way journey went go goes going came come coming headed heading deported evacuated
    relocated drove driven sailed shipped exported imported spread spreads spreading stretches stretching
    runs extends extending sail sails sailing arrived arrive arrives arriving departed departs departing""".split())
"""Verbs and nouns of movement that make "to X" / "from X" a place."""
_PLACE_VERBS = frozenset("""entered retook recaptured shelled bombed liberated encircled besieged occupied
    annexed evacuated""".split())
"""Verbs whose object is a place: "troops entered X", "the army retook X"."""
_DISTANCES = frozenset("km kilometres kilometers miles mi metres meters".split())
_PLACE_NOUNS_OF = frozenset("""town city village capital province region district county hamlet suburb
    suburbs port municipality island oblast governorate prefecture outskirts north south east west
    north-east north-west south-east south-west northeast northwest southeast southwest mayor residents
    centre center heart streets towns cities villages regions provinces districts counties municipalities
    islands island resort resorts settlement settlements hamlets communities coast coasts shores waters
    township townships area""".split())
"""Nouns before "of X" that make X a place: "the town of Dorud", "north of Kyiv"."""
_ISLAND_NOUNS = frozenset("island islands area coast coasts shores waters".split())
"""Nouns before "of X" that make X a natural place or a locality rather than a town ("the resort
area of X", "the coast of X")."""
_PLACE_NOUNS_DIRECT = frozenset("capital city town village port hometown".split())
"""Nouns right before a place's name: "the provincial capital Khorramabad"."""
_PLACE_ADJ = frozenset("""northern southern eastern western north-eastern north-western south-eastern
    south-western northeastern northwestern southeastern southwestern neighbouring neighboring""".split())
_BEFORE_IN_NOT_PLACE = frozenset("""invest invested investing investment investments investor investors
    stake stakes shares share holding holdings interest interests involved participate participated
    participation believe believed believes faith confidence trust interested""".split())
"""Words before "in X" that make X an organisation or a belief rather than a place."""
_NOT_PLACES = frozenset("""english arabic latin hebrew persian farsi urdu hindi mandarin cantonese
    swahili esperanto pashto dari kurdish turkic russian ukrainian god allah christ jesus islam
    christianity judaism buddhism hinduism catholicism orthodoxy christmas easter ramadan eid hanukkah
    passover thanksgiving diwali nowruz lent advent parliament congress court government cabinet
    spring summer autumn winter fall chapter section article part phase round stage season week
    room grade class year level brexit labour tories conservatives democrats republicans liberals greens
    socialists""".split()) | frozenset(lexicon.MONTHS) | frozenset(lexicon.WEEKDAYS)
_DETERMINERS = frozenset("the a an his her their its this that these those our my your some".split())
"""After "shares" these make it a verb: "Rezvani shares the view"."""
_COMPANY_OWN = frozenset("""board ceo headquarters employees workforce subsidiary subsidiaries revenue revenues
    profit profits sales earnings factory factories""".split())
"""What a company has, after its possessive: "Medivance's board", "Korvex's revenue"."""
_STOCK_WORDS = frozenset("shares stock stocks shareholders stockholders bondholders bonds".split())
"""Words after a name that make it a company: "Carrow shares fell"."""
_PERSON_NOUNS = frozenset("""farmer researcher analyst economist lawyer resident student teacher doctor
    physician surgeon nurse engineer scientist expert journalist reporter editor correspondent
    photographer activist campaigner administrator official spokesperson spokesman spokeswoman
    diplomat politician lawmaker legislator negotiator consultant strategist historian author writer
    novelist poet artist actor actress singer musician composer producer founder co-founder cofounder
    entrepreneur banker trader broker manager worker employee survivor witness mother father son
    daughter wife husband brother sister widow widower cousin uncle aunt grandfather grandmother
    villager shopkeeper driver pilot soldier veteran cleric priest monk pastor coach player athlete
    footballer lecturer academic scholar psychologist psychiatrist pharmacist dentist architect
    accountant auditor investigator trustee retiree pensioner teenager boy girl man woman victim
    partner-in-charge fellow incumbent challenger opponent contender nominee counterpart predecessor
    successor colleague ally nephew niece grandson granddaughter stepson stepdaughter fiancé fiancee
    fiance girlfriend boyfriend brother-in-law sister-in-law son-in-law daughter-in-law father-in-law
    mother-in-law""".split())
"""Nouns that describe a person in apposition: "Reza Amini, a 52-year-old farmer"."""
_OCCUPATIONS = frozenset("""businessman businesswoman businesspeople entrepreneur tycoon magnate mogul
    developer contractor supplier cardiologist oncologist neurologist epidemiologist virologist
    physicist chemist biologist mathematician attorney barrister solicitor paralegal notary judge
    prosecutor defendant plaintiff suspect detainee prisoner inmate curator collector dealer
    historian archivist guard officer firefighter paramedic mechanic technician captain crewman
    skipper sailor fisherman miner builder electrician plumber carpenter chef waiter owner landlord
    tenant activist organiser organizer protester demonstrator candidate councillor councilor
    mayor governor senator deputy minister advocate counsel midfielder striker defender goalkeeper winger
    batsman bowler cyclist sprinter runner swimmer skier boxer wrestler jockey golfer columnist commentator
    blogger lobbyist specialist pianist violinist guitarist dancer designer filmmaker screenwriter playwright
    sculptor painter anthropologist economist geologist climber mountaineer volunteer rescuer coroner
    midwife astronaut cosmonaut astronauts cosmonauts""".split())
"""Occupations written right before a name ("businessman Corin Mazzel")."""


def _describes_person(low: str) -> bool:
    """Whether a lower-case word describes a person written before the name: "farmer", "analyst",
    "volcanologist", "photographer"."""
    return low in _PERSON_NOUNS or low in _OCCUPATIONS or low.endswith(_PERSON_SUFFIXES) or (
        low.endswith(_PERSON_COMPOUNDS) and low not in _PERSON_COMPOUNDS)


_PERSON_SUFFIXES = ("ologist", "ographer", "ician")
_PERSON_COMPOUNDS = ("teacher", "worker", "driver", "keeper", "owner", "seller", "farmer", "woman", "man")
"""Ends of compounds for a person's trade ("schoolteacher", "shopowner", "fisherman"); alone they are
listed words."""
"""Endings of words for a person's trade ("seismologist", "photographer", "statistician")."""
_PLACE_OFFICES = frozenset("governor mayor governorship mayoralty".split())
"""Offices written after the name of the place they govern: "Kebbi Governor", "Tarvo mayor"."""
_COMPANY_OFFICES = frozenset("""ceo cfo coo cto chairman chairwoman founder co-founder cofounder analyst analysts
    economist strategist""".split())
"""Offices written after the name of a company: "Norvel CEO", "Quinta chairman"."""
_OFFICES_AFTER = _PLACE_OFFICES | _COMPANY_OFFICES | {"chief"}
_OFFICE_MODIFIERS = frozenset("""former new interim outgoing incoming then ex late current future longtime
    longstanding veteran founding sitting elected""".split())
"""Words before an office that say when or how it is held ("Former chief executive Ana Ruiz")."""
_ORG_FIRST = frozenset("""banco banca banque bank banka grupo gruppo groupe grupa compania compañia compañía
    companhia compagnie compagnia societe société societa società sociedad sociedade universidad universidade
    universita università universite université universitat universität universiteit uniwersytet instituto
    istituto institut fundacion fundación fundacao fundação fondazione fondation stiftung ministerio ministère
    ministero ministerstvo partido partito parti partia partij ospedale hôpital hopital clinica clínica
    colegio liceo museo museu musée musee teatro deutsche guardia polizia policia policía ejercito ejército
    fuerzas corte cour conseil consejo consiglio senado asamblea congreso agencia agenzia comision comisión
    commissione pt ooo pao oao zao""".split())
"""Head words written first in organisations named in other languages: "Banco Itaverde", "Grupo
Torres", "Universidad de Montelar", "Partido Liberal"; and "Bank Leumi", "Deutsche Werft"."""
_CAPS_SUFFIXES = frozenset("ag sa nv se bv ab kg lp kk asa".split())
"""Legal forms written in capitals ("Velmar SA", "Kestrel AG"): in title case they are a name's words."""
_ENGLISH_ENDINGS = ("tion", "sion", "ment", "ity", "ics", "ance", "ence", "ing", "ogy", "ure", "ness", "ship",
                    "ism", "ist", "ary", "ery", "ory", "ive", "ous", "ful", "able", "ible", "ion")
"""Endings of English nouns and adjectives ("Investigation", "Development", "Security")."""
_PORTFOLIO_OFFICES = frozenset("minister ministers ministry".split())
"""Offices named after a portfolio ("Industries Minister", "Shipping Minister")."""
_ON_HEADS = frozenset("commission committee council panel conference convention treaty forum".split())
"""Heads of names that go on with "on": "the Commission on Human Rights", "Committee on Foreign Affairs"."""
_COUNTRY_LAST = frozenset(form.split()[-1] for form in gazetteer.COUNTRY_BY_FORM)
"""The last word of every country's name and alias (folded)."""
_COUNTRY_PREFIXES = frozenset("""greater rural upper lower inner outer mainland coastal occupied free
    democratic islamic federal socialist republican imperial ancient modern medieval colonial soviet""".split())
"""Words written before a country's name that do not name a body: "Greater Norland", "Occupied X"."""
_ORG_HEADS_OF = frozenset("church churches diocese archdiocese patriarchate".split())
"""Words that make a body's name when "of" follows: "Church of Norland" (a church with a name before
its head word is a building: "St Olav's Church")."""
_WORDS_AFTER_NAMES = (_PLACE_KINDS | _LOC_KINDS | _FACILITY_WORDS | _INSTITUTIONS | _ORG_KINDS_AFTER | _MEDIA_HEADS
                      | {"news"})
"""Every lower-case word after a name that types it (one look-up decides most runs)."""
_GAZETTEER_FIRST = frozenset(
    form.split(" ")[0]
    for table in (gazetteer.COUNTRY_BY_FORM, gazetteer.CITY_BY_FORM, gazetteer.ORG_BY_FORM, gazetteer.LOC_BY_FORM)
    for form in table if " " in form)
"""The first word of every name of several words the gazetteer knows (folded)."""
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
_CAPS_RE = re.compile(r"[A-Z]{1,6}")
_YEAR_RE = re.compile(r"(1[89]|20)\d{2}")
_AGE_RE = re.compile(r"\d{1,3}-year-old")
_LISTED_AGE_RE = re.compile(r"[^\W\d_]\s*(?:,\s*\d{1,3},|\(\d{1,3}\),?)\s+(?:and\s+)?$")
"""The end of a listed person's age right before the next name ("Ivo Sand, 28, and ", "Ivo Sand (28), ")."""
_MIXED_CASE_RE = re.compile(r"[A-Z]{1,3}[a-z]+[A-Z][A-Za-z]*")
"""A name written in mixed case ("BaFin", "PayPal", "JPMorgan"): an organisation."""
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St", "Fitz", "Del", "Al")
"""Prefixes that make a mixed-case word a family name ("McDonald", "DeSantis")."""
_PERSON_CONTEXT = re.compile(
    r"(\b(?:[Mm]r|[Mm]rs|[Mm]s|[Dd]r|President|Minister|Senator|Governor|Mayor|Judge|General|Chancellor)\.?\s+\x00)"
    r"|(?:\x00,?\s+(?:" + "|".join(sorted(lexicon.SPEECH_VERBS)) + r")\b)")
"""A name in a person's context: after a title, or before a speech verb (the name is \x00)."""
_TITLE_BEFORE = re.compile(
    r"\b(?:[Mm]r|[Mm]rs|[Mm]s|[Dd]r|President|Minister|Senator|Governor|Mayor|Judge|General|Chancellor)\.?\s+$")
_SPEECH_AFTER = re.compile(r",?\s+(?:" + "|".join(sorted(lexicon.SPEECH_VERBS)) + r")\b")
_DATELINE_TAIL_RE = re.compile(r",(?:[^\S\n]+[A-Z0-9(][^\s—–]*)*[^\S\n]*[—–-]")
"""What follows a dateline's place: ", Turkey (Reuters) -", ", March 3 —" (not ", which ...")."""
_BASED_RE = re.compile(r"(.+?)-(?:based|born|headquartered|flagged|registered|listed)", re.IGNORECASE)
_GENERIC_FIRST = frozenset("""first national federal central international united global general new royal
    great world american european asian african western eastern northern southern north south east
    west state public private people's peoples union universal standard""".split())
"""First words too general to be a company's short name."""


_CREDIT_START_RE = re.compile(r"[(\-—–\s]*(?:By|BY|(?:(?:Additional|Further) )?(?:[Rr]eporting|[Ww]riting|[Ee]diting"
                              r"|[Cc]ompiled|[Tt]ranslated|[Rr]esearch) by)\s+[A-Z]")
_DATELINE_AGENCY_RE = re.compile(r"[^\n()]{2,80}?\((?P<agency>[A-Z][^()\n,;:]{1,40}?)\)\s*[-—–]")
"""A dateline's agency: "VELMARA, Nov 19 (Korvane Nieuws) -"."""
_BYLINE_RE = re.compile(r"(?P<name>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_'’-]+){1,3}),\s+(?:[A-Za-z-]+ ){0,3}"
                        r"(?:[Ww]riter|[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Cc]olumnist|[Jj]ournalist)s?\s*")
"""A byline without "By": "Ilse Varga, Staff writer", "Tomas Reed, Senior Correspondent"."""
_BRACKETED_ACRONYM_RE = re.compile(r"\(([A-Z]{2,6})\)")
_SPELLED_WORD_RE = re.compile(r"[^\W\d_][\w-]*")
_SMALL_NAME_WORDS = frozenset("""de des du la le les l d of the and for et y e del della di da do dos das
    für fur und van von der den on in à au aux""".split())
"""Small words an acronym leaves out ("Syndicat des enseignants varnais": SEV)."""


def _initial(word: str) -> str:
    """A word's letter in an acronym: "l'Orvanne" gives "o"."""
    return word.rsplit("'", 1)[-1].rsplit("’", 1)[-1][:1].lower()


_PHOTO_START = ("Photo", "PHOTO", "Picture", "Image", "Pictured", "Credit", "Caption")
_PHOTO_CREDIT_RE = re.compile(
    r"(?<![\w/])(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,3})\s*/\s*(?P<org>[A-Z][A-Z-]{1,11})\b"
    r"|\((?P<org2>[A-Z][A-Z-]{1,11})\s*/\s*(?P<name2>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){1,3})\)")


@lru_cache(maxsize=16384)
def _org_key(name: str) -> str:
    """An organisation's key: its words normalised (Centre/Center), legal-form suffixes dropped."""
    toks = [t for t in re.split(r"\s+", fold(name).strip()) if t]
    if toks and toks[0] == "the":
        toks = toks[1:]
    while len(toks) > 1 and toks[-1].replace(".", "") in gazetteer.CORPORATE_SUFFIXES:
        toks.pop()
    return "ORG:" + " ".join(normalise_word(t) for t in toks)


@lru_cache(maxsize=16384)
def _entity_key(etype: str, name: str) -> str:
    return _org_key(name) if etype == "ORG" else f"{etype}:{fold(name)}"


@dataclass(slots=True)
class Mention:
    """One occurrence of a name in one article."""

    start: int
    end: int
    text: str
    type: str
    key: str
    title: str = ""
    """The title written with this mention ("Deputy Foreign Minister"), if any."""
    title_span: tuple[int, int] | None = None


class _Word(NamedTuple):
    """A word of a segment, and its place in the segment (compared by identity: ``is``).
    (A named tuple: every word of an article becomes one.)"""

    start: int
    end: int
    text: str
    low: str
    cap: bool
    idx: int = -1


_ARABIC_ARTICLE_RE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ed|ul|bin|abu)-[A-Z]")
"""A name's word after an Arabic article written in lower case ("al-Sharaa", "el-Sheikh"): a
capitalised word of the name."""
_new_word = tuple.__new__
_WORD_FACTS: dict[str, tuple[str, str, bool]] = {}
"""word -> (word, folded, capitalised), for building _Words quickly."""


def _word_facts(text: str) -> tuple[str, str, bool]:
    if len(_WORD_FACTS) >= 1 << 18:
        _WORD_FACTS.clear()
    cap = text[:1].isupper() or (text[:1] in "abeu" and bool(_ARABIC_ARTICLE_RE.match(text)))
    facts = _WORD_FACTS[text] = (text, _fold(text), cap)
    return facts


def _word(start: int, end: int, text: str, idx: int = -1) -> _Word:
    return _new_word(_Word, (start, end) + (_WORD_FACTS.get(text) or _word_facts(text)) + (idx,))


@dataclass(slots=True)
class ArticleEntities:
    """The entities of one article: key -> mentions, and key -> display form."""

    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)

    def add(self, m: Mention, name: str) -> None:
        self.mentions.setdefault(m.key, []).append(m)
        current = self.names.get(m.key)
        if current is None or len(name) > len(current):
            self.names[m.key] = name.removeprefix("the ").removeprefix("The ")
        self.types.setdefault(m.key, m.type)


_POSSESSIVE_ENDS = ("s", "'", "’")


def _strip_possessive(word: _Word) -> _Word:
    text = word.text
    if text[-1:] not in _POSSESSIVE_ENDS:
        return word
    if text.endswith(("'s", "’s")):
        return _word(word.start, word.end - 2, text[:-2], word.idx)
    if text.endswith(("s'", "s’")):
        return _word(word.start, word.end - 1, text[:-1], word.idx)
    return word


def _possessive(word: _Word) -> bool:
    return word.text.endswith(("'s", "’s"))


def _words(text: str, seg: Segment) -> list[_Word]:
    get = _WORD_FACTS.get
    stretches = between_controls(text, seg.start, seg.end)  # (no word inside a control sequence)
    matches = _WORD_RE.finditer(text, seg.start, seg.end) if len(stretches) == 1 else \
        (m for a, b in stretches for m in _WORD_RE.finditer(text, a, b))
    out: list[_Word] = []
    append = out.append
    for k, m in enumerate(matches):
        w = m.group()
        text_, low, cap = get(w) or _word_facts(w)
        append(_new_word(_Word, (m.start(), m.end(), text_, low, cap, k)))
    return out


def _gap_ok(text: str, a: _Word, b: _Word) -> bool:
    """Whether two capitalised words belong to one name (only spaces, or an abbreviation's dot)."""
    gap = text[a.end:b.start]
    if gap == " ":  # (the usual gap, decided as below)
        return not a.text.endswith(("'s", "’s")) or b.cap and (
            b.low in gazetteer.ORG_HEADS and a.low[:-2] in _POSSESSIVE_IN_NAMES
            or (b.low in _SAINTS_SITES or b.low in _SITE_HEADS)
            and text[max(0, a.start - 6):a.start].endswith(("St ", "St. ", "Saint ")))  # "St Mary's Hospital"
    if gap in ("' ", "’ ") and a.text.endswith("s") and b.cap:
        return True  # a plural possessive inside a name: "the Lisbon Tenants' Union"
    if gap.strip() == "":
        return "\n" not in gap and not a.text.endswith(("'s", "’s"))
    if gap.strip() == "." and (a.low in lexicon.ABBREVIATIONS or len(a.text) == 1 and a.cap):
        return True  # "Gen. Ivan Orlov", an initial: "R. Venkat", "George W. Bush"
    return False


def _runs(text: str, words: list[_Word]) -> list[list[_Word]]:
    """Maximal runs of capitalised words, allowing lower-case connectors inside."""
    runs: list[list[_Word]] = []
    i = 0
    n = len(words)
    for start in [k for k, w in enumerate(words) if w.cap]:
        if start < i:
            continue  # inside the run before
        i = start
        run = [words[i]]
        j = i + 1
        while j < n:
            w = words[j]
            if not _gap_ok(text, run[-1], w):
                break
            if w.cap:
                run.append(w)
                j += 1
                continue
            if w.low in _CONNECTORS or w.low == "on" and run[-1].low in _ON_HEADS:
                k = j + 1 if w.low == "on" else j  # "the Commission on Human Rights"
                while k < n and words[k].low in _CONNECTORS and _gap_ok(text, words[k - 1], words[k]):
                    k += 1
                if k < n and words[k].cap and _gap_ok(text, words[k - 1], words[k]):
                    run.extend(words[j:k])
                    j = k
                    continue
            break
        runs.append(run)
        i = j
    return runs


def _title_case(words: list[_Word]) -> bool:
    """Whether most of a line's words are capitalised, small words included ("Court Upholds Fine")."""
    lexical = [w for w in words if w.low not in ("a", "an", "the", "of", "in", "on", "for", "to", "and", "at")
               and not w.text[:1].isdigit()]  # (a figure in a heading: "FLOOD WARNING FOR 9,000 HOMES")
    return len(lexical) >= 3 and sum(w.cap for w in lexical) >= 0.8 * len(lexical)


_VESSELS = frozenset("""ship ships vessel tanker supertanker freighter trawler yacht superyacht ferry frigate
    destroyer corvette submarine cruiser warship dredger tug tugboat barge liner bulker suezmax aframax vlcc
    icebreaker""".split())
"""Kinds of vessel written before a ship's name ("the tanker Morwen Dawn"): the name is no person."""
_SHORE_NOUNS = frozenset("beach beaches coast coastline shore shores waterfront".split())
_REGION_PREPS = frozenset("in across throughout into".split())
"""Prepositions before "the" and a one-word name that make it a region ("across the Dornal")."""
_PUBLISHED = _REPORT_VERBS | frozenset("""write writes writing interview interviews article articles column
    columns editorial op-ed published appeared printed advertised ran""".split())
"""Words before "in the X" that make X a publication ("wrote in the Clarion")."""
_BUILDINGS = frozenset("hospital hospitals infirmary".split())
"""Institutions whose name also names their building: a place where it is located or reached."""
_TAKEN_TO = frozenset("""taken airlifted evacuated rushed flown transferred transported brought admitted moved
    driven carried""".split())
_NEW_NAME_AFTER_AND = frozenset("st st. saint sainte san santa the".split())
"""Words after "and" that begin a new name rather than continue one."""
_PAPER_HEADS = frozenset("times post herald gazette gazeta tribune journal chronicle courier telegraph observer "
                         "dispatch inquirer".split())
"""Newspapers' head words ("the Tarvik Herald"), also surnames after a given name."""
_SITE_CENTRES = frozenset("center centre complex site pad base".split())
_SITE_CENTRE_KINDS = frozenset("launch space spaceflight rocket".split())


def _facility_centre(run: list[_Word], j: int) -> bool:
    """A site named "X Launch Center", "X Space Centre": a facility, not an organisation."""
    return j > 0 and run[j].low in _SITE_CENTRES and run[j - 1].low in _SITE_CENTRE_KINDS


def _caps_line(words: list[_Word], least: int = 3) -> bool:
    """Whether a line is written in capitals ("FLOOD WARNING FOR 9,000 HOMES"): its words are no names
    unless known. ``least``: lexical words it needs (a subheading the segmenter found to be made of
    the article's own lower-case words, "SHIPS DEPLOYED", needs one)."""
    lexical = [w for w in words if not w.text[:1].isdigit()]
    return len(lexical) >= least and all(w.text.isupper() for w in lexical)


def _is_title(word: _Word) -> bool:
    return _title_low(word.low)


@lru_cache(maxsize=65536)
def _title_low(low: str) -> bool:
    if low in lexicon.TITLE_WORDS:
        return True
    parts = low.split("-")
    return len(parts) > 1 and all(p in lexicon.TITLE_WORDS or p in ("in", "at", "of") for p in parts) \
        and parts[0] in lexicon.TITLE_WORDS  # "Secretary-General", "Vice-President"


def _singular(low: str) -> str:
    """A plural kind of site in the singular ("stations" -> "station"); other words as they are."""
    return low[:-1] if low.endswith("s") and low[:-1] in _MODIFIED_FACILITIES else low


def _name_particle(run: list[_Word], j: int) -> bool:
    """A capitalised particle that is a word of a name here, not a connector: "Le" and "Van" in
    "Le Van Thang", "De" in "Charles De Gaulle", "Van" in "the Van Gogh Museum" (written in capitals,
    with a capitalised name word after it)."""
    w = run[j]
    if not w.cap or w.low not in _PARTICLES or not w.text[1:].islower() or j + 1 >= len(run):
        return False
    nxt = run[j + 1]
    return nxt.cap and (nxt.low not in _CONNECTORS or nxt.low in _PARTICLES and nxt.text[1:].islower())


def _caps_only(word: _Word) -> bool:
    """A short name the gazetteer knows only in capitals, written otherwise: "Un" in "Kim Jong Un"."""
    return word.low in gazetteer.ACRONYMS and not word.text.isupper()


def _is_acronym(word: _Word) -> bool:
    return bool(_ACRONYM_RE.fullmatch(word.text)) and word.text not in _NOT_ORGS


def _is_mixed_case_org(word: _Word) -> bool:
    """"BaFin", "PayPal": a mixed-case name that is not a family name ("McDonald")."""
    return bool(_MIXED_CASE_RE.fullmatch(word.text)) and not word.text.startswith(_NAME_PREFIXES)


def _title_before(words: list[_Word], index: int, text: str) -> tuple[str, tuple[int, int]] | None:
    """Lower-case title words immediately before ``words[index]`` ("presidential aide")."""
    j = index - 1
    first = None
    while j >= 0 and (words[j].low in lexicon.TITLE_WORDS or (
            words[j].low in ("of", "the", "to", "for") and first is not None)) and \
            text[words[j].end:words[j + 1].start].strip() in ("", "."):
        if words[j].low in lexicon.TITLE_WORDS:
            first = j
        j -= 1
    if first is None:
        return None
    return " ".join(w.text for w in words[first:index]), (words[first].start, words[index - 1].end)


class _Extractor:
    def __init__(self, article: Article, segments: list[Segment]):
        self.article = article
        self.text = article.text
        self.segments = segments
        self.result = ArticleEntities()
        self.common_words = set(_COMMON_WORD_RE.findall(self.text))
        self.unsure: list[list[_Word]] = []
        self.short_names: dict[str, str] = {}
        """A short name given in brackets after an organisation's name -> that organisation's key."""
        self.lone: list[_Word] = []
        """Unknown single names with no context to type them (organisations if listed with some)."""
        self.title_case = False
        self.last_org: tuple[str, str, int] | None = None
        """The organisation named last (key, name, end): a "(ACRONYM)" right after it is its alias."""
        self.dateline_places: set[str] = set()
        self.local: dict[str, tuple[str, str]] = {}
        """Names learnt in this article: folded form -> (canonical name, type) ("carrow" -> ORG)."""
        self.local_first: set[str] = set()
        """The first word of every key of ``local`` (a quick no for most longer names)."""
        self.learnt: dict[str, tuple[str, str]] = {}
        """Surface forms whose every bare occurrence in the article is that entity: form -> (key, type)."""
        self.candidates: list[tuple[list[_Word], str]] = []
        """Names typed by their context, kept unless they turn out to be people: (words, type)."""
        self.candidate_forms: set[str] = set()
        self.place_ends: set[int] = set()
        self.vessels: set[str] = set()
        """Ships' names (folded): named after "the tanker", they are no person or place."""
        """Where a place's mention ends: a name listed right after it ("Dorud, Borujerd") is one too."""

    # -- helpers -------------------------------------------------------------
    def emit(self, words: list[_Word], etype: str, key: str | None = None, name: str | None = None,
             title: str = "", title_span: tuple[int, int] | None = None) -> None:
        if not words:
            return
        start, end = words[0].start, words[-1].end
        surface = self.text[start:end]
        name = name or surface
        if etype == "ORG" and words[-1].low in _BUILDINGS and words[-1].cap and len(words) > 1 \
                and self._located_building(words):
            etype = "LOC"  # "the Varna Hospital in Tarvik", "airlifted to Varna Hospital": the building
            if key is not None and key.startswith("ORG:"):
                key = None
        if key is None:
            key = _entity_key(etype, name)
        if etype in ("GPE", "LOC"):
            self.place_ends.add(end)
        self.result.add(Mention(start, end, surface, etype, key, title, title_span), name)

    def _acronym_tail(self, word: _Word) -> bool:
        """Whether a capitalised word after an acronym is part of its name ("CERT Velmora"): an
        unknown name, not a title, a common word, a given name, a demonym or a date word."""
        low = word.low
        return (word.cap and word.text.isalpha() and not word.text.isupper() and len(low) >= 3
                and not _is_title(word) and low not in lexicon.STOPWORDS and low not in self.common_words
                and low not in GIVEN_NAMES and low not in gazetteer.DEMONYM_TO_PLACE
                and low not in gazetteer.ORG_HEADS and low not in gazetteer.LOC_HEADS
                and low not in lexicon.WEEKDAYS and low not in lexicon.MONTHS and not self.known([word]))

    def _located_building(self, words: list[_Word]) -> bool:
        """Whether an institution's building is meant: followed by "in" and a place, or the place
        the injured are taken to."""
        text = self.text
        end = words[-1].end
        after = text[end:end + 5]
        if after.startswith(" in ") and text[end + 4:end + 5].isupper():
            return True
        before = text[max(0, words[0].start - 30):words[0].start].split()
        if before and before[-1].lower() == "the":
            before = before[:-1]
        return len(before) >= 2 and before[-1] == "to" and before[-2].lower() in _TAKEN_TO

    def known(self, words: list[_Word]) -> tuple[str, str] | None:
        if len(words) > 1 and not self.may_begin_name(words[0]):
            return None
        if len(words) == 1:  # (a word's low is its text folded)
            hit = self.local.get(words[0].low) if self.local else None
            return hit or gazetteer.lookup(words[0].text)
        form = " ".join([w.text for w in words])
        if self.local:
            hit = self.local.get(_fold(form))
            if hit:
                return hit
        return gazetteer.lookup(form)

    def may_begin_name(self, word: _Word) -> bool:
        """Whether a known name of several words can begin with ``word``: False answers
        ``known`` for every longer name starting there (the words are folded: their lows,
        joined, are the form's fold)."""
        first = word.low
        return not (first and first != "the" and first not in self.local_first and first not in _GAZETTEER_FIRST
                    and first.replace(".", "") not in _GAZETTEER_FIRST and " " not in first)

    def emit_known(self, words: list[_Word], found: tuple[str, str]) -> None:
        canon, etype = found
        surface = self.text[words[0].start:words[-1].end]
        # a dateline's capitals ("FRANKFURT") are not how the name is written
        name = canon if surface.isupper() and len(surface) > 4 and not canon.isupper() else None
        self.emit(words, etype, _entity_key(etype, canon), name)

    def next_word(self, all_words: list[_Word], word: _Word) -> _Word | None:
        """The word right after ``word`` when only spaces part them."""
        k = word.idx + 1
        if word.idx < 0 or k >= len(all_words):
            return None
        nxt = all_words[k]
        return nxt if self.text[word.end:nxt.start].strip() == "" else None

    def name_like(self, part: list[_Word], given_ok: bool = False) -> bool:
        """Whether unknown capitalised words can be a name the context types (a place, a company)."""
        if not 1 <= len(part) <= 3 and not (len(part) <= 5 and part[-1].cap
                                             and sum(w.cap for w in part) <= 3):
            return False
        last = len(part) - 1
        if part[0].low in _LOC_FIRST or part[0].low in _ORG_FIRST or part[0].low in _LOC_OF:
            return False  # "Plaza de España", "Banco Itaverde": typed by their head word
        for k, w in enumerate(part):
            low = w.low
            if not w.cap and 0 < k < last and low in _CONNECTORS and low != "and" and part[k - 1].cap:
                continue  # "Cierna nad Tisou", "San Pedro de Atacama"
            if not w.cap or len(w.text) < 2 or any(c.isdigit() for c in w.text):
                return False
            if _is_title(w) or low in lexicon.STOPWORDS or low in _NOT_PLACES or low in self.common_words:
                return False
            if low in gazetteer.DEMONYM_TO_PLACE or low in gazetteer.ORG_HEADS and low not in _CAPS_SUFFIXES \
                    or low in gazetteer.LOC_HEADS:
                return False
            if w.text.isupper() or _MIXED_CASE_RE.fullmatch(w.text) or self.known([w]):
                return False
        return (given_ok or part[0].low not in GIVEN_NAMES) and not self.known(part)

    # -- a run ---------------------------------------------------------------
    def take_run(self, run: list[_Word], all_words: list[_Word], run_index: int, seg: Segment,
                 sentence_start: bool) -> None:
        heading = seg.kind != "sentence"
        # "San Diego-based", "the Almaty-based Institute": the place before "-based" stands apart
        for k, w in enumerate(run):
            m = _BASED_RE.fullmatch(w.text) if "-" in w.text else None
            if m and m.group(1)[:1].isupper():
                stem = _word(w.start, w.start + len(m.group(1)), m.group(1), w.idx)
                self.take_based(run[:k], stem, all_words, seg, sentence_start)
                rest = run[k + 1:]
                if rest:
                    self.take_run(rest, all_words, rest[0].idx, seg, False)
                return
        # split hyphenated place compounds: "Russia-Ukraine"
        expanded: list[_Word] = []
        for w in run:
            parts = w.text.split("-") if "-" in w.text else None
            if parts and not self.known([w]) and all(
                    gazetteer.lookup(p) or fold(p) in self.local for p in parts):
                pos = w.start
                for p in parts:
                    expanded.append(_word(pos, pos + len(p), p, w.idx))
                    pos += len(p) + 1
            else:
                expanded.append(w)
        if any(w.text[-1:] in _POSSESSIVE_ENDS for w in expanded):
            run = [_strip_possessive(w) if w.text[-1:] in _POSSESSIVE_ENDS else w for w in expanded]
            any_possessive = any(a is not b for a, b in zip(run, expanded, strict=True))
            last_possessive = _possessive(expanded[-1])
        else:  # (the usual run: no word ends in "s" or an apostrophe)
            run, any_possessive, last_possessive = expanded, False, False
        if self.is_vessel(run, all_words):
            return
        if len(run) == 1 and self.text.startswith("$", run[0].end):
            return  # "US$10 million", "HK$": a currency, not a place
        first = run[0] if run else None
        if first is not None and first.idx == 0 and first.text.isupper():
            run = self._take_dateline(run)
            if not run:
                return
        if len(run) <= 2 and 0 <= run[-1].idx < len(all_words) - 1 \
                and all_words[run[-1].idx + 1].low in _OFFICES_AFTER and not (heading and self.title_case) \
                and self.take_office_holder(run, all_words):
            return
        if sentence_start and not self.known(run[:1]) and not _is_title(run[0]) \
                and not _is_mixed_case_org(run[0]):
            first_low = run[0].low
            if first_low in lexicon.STOPWORDS or first_low in _OPENING_ADVERBS \
                    or first_low in self.common_words and not _is_acronym(run[0]) \
                    or _describes_person(first_low) \
                    or first_low in _STAKE_WORDS \
                    or (first_low in _PLACE_NOUNS_OF and len(run) > 2 and run[1].low == "of") or (
                    len(run) == 1 and first_low not in GIVEN_NAMES and not self._company_possessive(run, all_words)
                    and not self._org_apposition(run, all_words) and not _is_acronym(run[0])):
                run = run[1:]
                while run and run[0].low in _CONNECTORS:
                    run = run[1:]
        if not run:
            return
        nxt = self.next_word(all_words, run[-1])
        if nxt is not None and not nxt.cap and nxt.low in _WORDS_AFTER_NAMES and self.take_kind_after(
                run, nxt, all_words, last_possessive):
            return
        if not (heading and self.title_case) and self.take_by_context(
                run, all_words, nxt, any_possessive, last_possessive):
            return
        self.split_run(run, all_words, heading)

    def is_vessel(self, run: list[_Word], all_words: list[_Word]) -> bool:
        """A ship's name: after a kind of vessel ("the container ship Marda Kelvin"), or a name
        seen so ("The Marda Kelvin was carrying")."""
        k = run[0].idx
        if 0 < k and len(run) <= 3 and all_words[k - 1].low in _VESSELS and not all_words[k - 1].cap \
                and self.text[all_words[k - 1].end:run[0].start] == " " and not self.known(run) \
                and not any(_is_title(w) for w in run):
            self.vessels.add(fold(self.text[run[0].start:run[-1].end]))
            return True
        if not self.vessels:
            return False
        start = run[1] if len(run) > 1 and run[0].low == "the" else run[0]
        return fold(self.text[start.start:run[-1].end]) in self.vessels

    def _take_dateline(self, run: list[_Word]) -> list[_Word]:
        """A dateline's place at the start of a line in capitals ("MALATYA, Turkey (Reuters) -",
        "PUERTO VELA, Norland -"): emitted; the rest of the run is returned."""
        first = run[0]
        size = 1
        while size < min(3, len(run)) and run[size].text.isupper() and len(run[size].text) >= 2 \
                and self.text[run[size - 1].end:run[size].start] == " ":
            size += 1
        last = run[size - 1]
        if len(first.text) >= 3 and size > 1 and not self.known(run[:size]) \
                and (not any(self.known([w]) for w in run[:size])
                     or any(w.low in _CONNECTORS for w in run[1:size - 1])) \
                and self.text[last.end:last.end + 3].strip().startswith((",", "—", "–", "-")) \
                and (self.text[last.end] != "," or _DATELINE_TAIL_RE.match(self.text, last.end)):
            name = self.text[first.start:last.end]
            self.emit(run[:size], "GPE", f"GPE:{fold(name)}", name.title())
            self.dateline_places.add(fold(name))
            run = run[size:]
            if not run:
                return run
            first = run[0]
        if first.idx == 0 and first.text.isupper() and len(first.text) >= 3 \
                and not self.known([first]) and self.text[first.end:first.end + 1] in (",", " ") and (
                    self.text[first.end:first.end + 3].strip().startswith((",", "—", "–", "-"))) \
                and (self.text[first.end] != "," or _DATELINE_TAIL_RE.match(self.text, first.end)):
            # a dateline: "MALATYA, Turkey (Reuters) -" names the place the story is filed from
            self.emit([first], "GPE", f"GPE:{first.low}", first.text.title())
            self.dateline_places.add(first.low)
            run = run[1:]
        return run

    def take_kind_after(self, run: list[_Word], nxt: _Word, all_words: list[_Word], last_possessive: bool) -> bool:
        """A name typed by the lower-case word after it: a kind of place ("Adiyaman province"), a
        site ("Velmora prison"), an institution ("the Velmar hospital"), a party or a group
        ("the Georgian Dream party"), an outlet ("the Mizan news agency", "the X television channel")."""
        low = nxt.low
        if not last_possessive and (self.take_kind(run, nxt) or self.take_facility(run, nxt, all_words)):
            return True
        if not last_possessive and (low in _PLACE_KINDS or low in _LOC_KINDS):
            # "Governor Lucia Varo of Atacosta province": the place is the name after "of"
            m = next((j for j in range(len(run) - 2, 0, -1) if run[j].low == "of" and not run[j].cap), 0)
            if m and any(_is_title(w) for w in run[:m]) and self.take_kind(run[m + 1:], nxt):
                self.split_run(run[:m], all_words, False)
                return True
        if low in _INSTITUTIONS and not last_possessive and len(run) <= 3 \
                and not self.known(run) and self.name_like(run, given_ok=True) \
                and fold(self.text[run[0].start:run[-1].end]) not in self.candidate_forms:
            # (not a place the article named before: "in Tarvo ... the Tarvo hospital" is Tarvo's)
            self.emit(run + [nxt], "ORG")  # "the Velmar hospital", "Risberg school": the institution
            whole = self.text[run[0].start:nxt.end]
            self.learnt.setdefault(self.text[run[0].start:run[-1].end], (_entity_key("ORG", whole), "ORG"))
            self._set_local(fold(self.text[run[0].start:run[-1].end]), (whole, "ORG"))
            return True
        if low in _ORG_KINDS_AFTER and not last_possessive and len(run) <= 3 and not self.known(run) \
                and self._org_words(run):
            self.emit(run, "ORG")  # "the ruling Georgian Dream party", "the Helvion group"
            self.learn(run, "ORG")
            return True
        if low == "news" and not self.known(run) and len(run) <= 3 \
                and (after := self.next_word(all_words, nxt)) is not None and after.low in _MEDIA_HEADS \
                and self.name_like(run):
            self.emit(run, "ORG")  # "the Mizan news agency"
            self.learn(run, "ORG")
            return True
        if low in _MEDIA_HEADS and not any(_is_title(w) for w in run) and not self.known(run):
            self.emit(run, "ORG")  # "the We Are Norland television channel"
            return True
        return False

    def parts(self, run: list[_Word]) -> list[list[_Word]]:
        """A run cut at "and"/"or": "Amu Darya and Syr Darya"."""
        out: list[list[_Word]] = [[]]
        for w in run:
            if w.low in ("and", "or") and not w.cap:
                out.append([])
            elif not (w.low == "the" and not w.cap and not out[-1] and len(out) > 1):
                out[-1].append(w)  # (not the "the" of "the Velka Darn and the Oster Darn")
        return out

    def take_parts(self, parts: list[list[_Word]], etype: str, deferred: bool,
                   given_ok: bool = False) -> bool:
        """Type each part: known ones by the gazetteer, the others as ``etype``. False when a
        part is neither known nor name-like (then nothing is taken)."""
        plan: list[tuple[list[_Word], tuple[str, str] | None]] = []
        for part in parts:
            if not part:
                return False
            found = self.known(part)
            if found and found[1] in ("GPE", "LOC"):
                plan.append((part, found))
            elif self.name_like(part, given_ok):
                plan.append((part, None))
            elif etype == "LOC" and len(part) >= 2 and part[-1].cap and part[-1].low in gazetteer.LOC_HEADS \
                    and self.name_like(part[:-1], given_ok):
                # "the Tarvik Basin and the Ossing wetlands": a part named with its own head
                plan.append((part, (self.text[part[0].start:part[-1].end], "LOC")))
            else:
                return False
        if all(found for _, found in plan):
            return False  # all known: the ordinary way takes them
        for part, found in plan:
            if found:
                self.emit_known(part, found)
            elif deferred:
                self.candidates.append((part, etype))
                self.candidate_forms.add(fold(self.text[part[0].start:part[-1].end]))
                self.place_ends.add(part[-1].end)
            else:
                self.emit(part, etype)
                self.learn(part, etype)
        return True

    def take_mixed_parts(self, parts: list[list[_Word]], etype: str, all_words: list[_Word]) -> bool:
        """A place listed after a preposition with a name of another shape: "in Tarvik and St. Ilda
        Hospital", "near Tolliver Lighthouse and Quarry Point": the bare names are places, the
        others are read the ordinary way."""
        if not all(parts):
            return False
        plain = [bool(self.name_like(p)) for p in parts]
        if not any(plain) or all(plain):
            return False
        if any(not is_plain and p[-1].low in gazetteer.LOC_HEADS for p, is_plain in zip(parts, plain, strict=True)):
            etype = "LOC"  # "near Tolliver Lighthouse and Quarry Point": landmarks listed together
        for part, is_plain in zip(parts, plain, strict=True):
            if is_plain:
                self.take_parts([part], etype, deferred=True)
            else:
                self.split_run(part, all_words, False)
        return True

    def take_kind(self, run: list[_Word], nxt: _Word) -> bool:
        """A name followed by the kind of place it is: "Adiyaman province", "Zagros mountains",
        "the Amu Darya and Syr Darya rivers"."""
        if nxt.low in _PLACE_KINDS:
            etype = "GPE"
        elif nxt.low in _LOC_KINDS:
            etype = "LOC"
        else:
            return False
        if len(run) > 7 or any(_is_title(w) for w in run):
            return False
        return self.take_parts(self.parts(run), etype, deferred=False, given_ok=True)

    def take_facility(self, run: list[_Word], nxt: _Word, all_words: list[_Word]) -> bool:
        """A name the gazetteer does not know, followed by the kind of building or site it is:
        "Velmora prison", "Atocha train station", "the Evelpidon court complex". A place (LOC)
        named with its kind, and the name alone is that place elsewhere in the article."""
        if nxt.low not in _FACILITY_WORDS:
            return False  # (the usual case, decided by one look-up)
        kind = [nxt]
        if nxt.low in _FACILITY_MODIFIERS:
            after = self.next_word(all_words, nxt)
            if after is None or after.cap or _singular(after.low) not in _MODIFIED_FACILITIES:
                return False
            kind.append(after)
        elif _singular(nxt.low) not in _FACILITIES:
            return False
        if kind[-1].low not in _MODIFIED_FACILITIES:
            # a plural: "the Kuvane and Medrosi power stations", each a place of its own
            parts = self.parts(run)
            if len(parts) < 2 or len(run) > 7 or not all(p and self.name_like(p, given_ok=True) for p in parts):
                return False
            for part in parts:
                self.emit(part, "LOC")
                self.learn(part, "LOC")
            return True
        if len(run) > 3 or not self.name_like(run, given_ok=True):
            return False
        self.emit(run + kind, "LOC")
        whole = self.text[run[0].start:kind[-1].end]
        name = self.text[run[0].start:run[-1].end]
        self.learnt.setdefault(name, (_entity_key("LOC", whole), "LOC"))
        self._set_local(fold(name), (whole, "LOC"))
        return True

    def take_based(self, before: list[_Word], stem: _Word, all_words: list[_Word], seg: Segment,
                   sentence_start: bool) -> None:
        """"Boston-based", "San Diego-based": the words before "-based" end in a place."""
        while before and before[0].low == "the":
            before = before[1:]  # "The Boston-based group"
        words = before + [stem]
        for size in range(min(3, len(words)), 0, -1):
            found = self.known(words[-size:])
            if found and found[1] in ("GPE", "LOC"):
                if len(words) > size:
                    self.take_run(words[:-size], all_words, words[0].idx, seg, sentence_start)
                self.emit_known(words[-size:], found)
                return
        if len(before) >= 2 and not before[-1].cap and before[-1].low in _CONNECTORS and before[-1].low != "and":
            # "São Tomás dos Ventos-based": the place's name runs across its particle
            j = len(before) - 1
            while j > 0 and before[j - 1].cap and len(before) - j < 3:
                j -= 1
            place = before[j:] + [stem]
            if j < len(before) - 1 and self.name_like(place, given_ok=True):
                if j:
                    self.take_run(before[:j], all_words, before[0].idx, seg, sentence_start)
                self.candidates.append((place, "GPE"))
                return
        if before:
            self.take_run(before, all_words, before[0].idx, seg, sentence_start)
        if self.name_like([stem]):
            self.candidates.append(([stem], "GPE"))

    def take_by_context(self, run: list[_Word], all_words: list[_Word], nxt: _Word | None,
                        any_possessive: bool, last_possessive: bool) -> bool:
        """Names the gazetteer does not know, typed by the words around them."""
        # a company by what follows it: "Carrow shares fell", "Medivance's shareholders"
        if last_possessive and nxt is None:
            nxt = self._word_after(run, all_words)
        if nxt is not None and not nxt.cap and len(run) <= 2 and (
                nxt.low in _STOCK_WORDS or (last_possessive and nxt.low in _COMPANY_OWN)):
            after = self.next_word(all_words, nxt)
            if not (after is not None and after.low in _DETERMINERS) \
                    and not any(_possessive(w) for w in run[:-1]) and self.name_like(run):
                self.candidates.append((run, "ORG"))
                return True
        if any_possessive:
            return False
        if self._org_noun_before(run, all_words) and len(run) <= 3 and self.name_like(run):
            self.candidates.append((run, "ORG"))  # "the data firm Multitudes", "the carrier Vela Air"
            return True
        if self._org_kinds_including(run, all_words) and len(run) <= 7 \
                and self.take_parts(self.parts(run), "ORG", deferred=True):
            return True  # "lenders including Kessel and Borvan"
        k = run[0].idx
        if len(run) <= 2 and (
                k > 0 and (all_words[k - 1].low in _BEFORE_COMPANY or all_words[k - 1].text.endswith(("'s", "’s")))
                and self._company_before(run, all_words)
                or self.text[run[-1].end:run[-1].end + 1] == "," and self._org_apposition(run, all_words)) \
                and self.name_like(run):
            self.candidates.append((run, "ORG"))  # "Spain's Talvaro", "shares of Avidra", "Korvo, the carmaker,"
            return True
        if 2 <= len(run) <= 3 and self.text.startswith(",", run[-1].end) and run[0].low not in GIVEN_NAMES \
                and self._org_apposition(run, all_words) and self._body_words(run):
            self.candidates.append((run, "ORG"))  # "Velmora Wildlife Watch, a conservation group, said"
            return True
        reason = self.place_reason(run, all_words)
        if reason == "list" and not (any(w.low in ("and", "or") for w in run)
                                     or self.text[run[-1].end:run[-1].end + 1] == ","):
            reason = None
        if reason == "between":
            # "between Dorud and Borujerd", not "between Haag and Lorenz": one of them a place
            parts = self.parts(run)
            if len(parts) < 2 or not any(
                    self.known(p) or fold(self.text[p[0].start:p[-1].end]) in self.candidate_forms
                    for p in parts if p):
                return False
        if reason and nxt is not None and nxt.text[:1].isdigit():
            reason = None  # "in Block 4"
        if reason:
            etype = "LOC" if reason in ("island", "region") else "GPE"
            parts = self.parts(run)
            if self.take_parts(parts, etype, deferred=True):
                return True
            return reason == "prep" and len(parts) > 1 and self.take_mixed_parts(parts, etype, all_words)
        # "the Oudegracht, the canal that runs past": a name followed by the kind of place it is
        kind = self._kind_in_apposition(run, all_words)
        if kind and self.name_like(run, given_ok=True):
            self.candidates.append((run, kind))
            self.place_ends.add(run[-1].end)
            return True
        # "Cork, Ireland", "Velmo, Maranhão": a name followed by its country or state
        k = run[-1].idx + 1
        if 0 < k < len(all_words) and all_words[k].cap \
                and self.text[run[-1].end:all_words[k].start].strip() == "," and self.name_like(run):
            for size in (1, 2):
                tail = all_words[k:k + size]
                if len(tail) < size or _possessive(tail[-1]) or not all(w.cap for w in tail):
                    continue
                found = self.known(tail)
                if found and found[1] == "GPE" and (fold(found[0]) in gazetteer.COUNTRY_BY_FORM
                                                    or fold(found[0]) in gazetteer.REGION_FORMS):
                    following = all_words[k + size] if k + size < len(all_words) else None
                    if following is None or not following.cap \
                            or self.text[tail[-1].end:following.start].strip():
                        self.candidates.append((run, "GPE"))
                        self.place_ends.add(run[-1].end)
                        return True
        return False

    def _kind_in_apposition(self, run: list[_Word], all_words: list[_Word]) -> str | None:
        """GPE or LOC when the name is followed by ", the/a <kind of place>" and a relative or
        a preposition: "on the Oudegracht, the canal that runs past the museum", "Dorud, a town
        in the west"."""
        k = run[-1].idx + 1
        if run[-1].idx < 0 or k + 2 >= len(all_words) or self.text[run[-1].end:all_words[k].start] != ", ":
            return None
        det, noun, after = all_words[k], all_words[k + 1], all_words[k + 2]
        if "-" in noun.low and k + 3 < len(all_words) and not after.cap and (
                after.low in _FACILITIES or after.low in _PLACE_KINDS or after.low in _LOC_KINDS):
            noun, after = after, all_words[k + 3]  # "X, the deep-water terminal of ...": one modifier first
        if det.low not in ("the", "a", "an") or noun.cap or after.low not in ("that", "which", "where", "in", "on",
                                                                                  "near", "of"):
            return None
        if noun.low in _PLACE_KINDS:
            return "GPE"
        if noun.low in _LOC_KINDS or noun.low in _FACILITIES:
            return "LOC"
        return None

    def _company_possessive(self, run: list[_Word], all_words: list[_Word]) -> bool:
        """A possessive name followed by what a company has: "Brandomar's employees walked out"
        (a sentence may open on it)."""
        if run[-1].idx < 0 or not _possessive(all_words[run[-1].idx]):
            return False
        nxt = self._word_after(run, all_words)
        return nxt is not None and not nxt.cap and (nxt.low in _COMPANY_OWN or nxt.low in _STOCK_WORDS)

    def _word_after(self, run: list[_Word], all_words: list[_Word]) -> _Word | None:
        """The word after a run as the text writes it (after the "'s" a run's words lose)."""
        return self.next_word(all_words, all_words[run[-1].idx]) if run[-1].idx >= 0 else None

    def _company_before(self, run: list[_Word], all_words: list[_Word]) -> bool:
        """A company by the words before it: a country's possessive ("Spain's Talvaro", not before a
        speech verb: "Russia's Orlov said"), or "shares of", "a stake in"."""
        k = run[0].idx
        if k < 1 or self.text[all_words[k - 1].end:run[0].start] != " ":
            return False
        p1 = all_words[k - 1]
        if p1.cap and _possessive(p1):
            if fold(p1.text[:-2]) not in gazetteer.COUNTRY_BY_FORM or self._speech_after(all_words, run[-1]):
                return False
            after = self.next_word(all_words, run[-1])
            return after is None or not after.cap
        if p1.low == "by":
            return k >= 2 and all_words[k - 2].low in _OWNED  # "a plant owned by Ege Tekstil"
        if p1.low == "at":
            # "analysts at Jeffron", "a director at Kestrel", "head of marketing at Kestrel"
            return k >= 2 and (all_words[k - 2].low in _STAFF or all_words[k - 2].low in _POSTS_AT) or (
                k >= 4 and all_words[k - 3].low == "of" and not all_words[k - 2].cap
                and all_words[k - 4].low in _POSTS_AT)
        if p1.low == "for":
            return k >= 2 and all_words[k - 2].low in _SPOKES  # "a spokeswoman for Velmora"
        return p1.low in ("of", "in") and k >= 2 and all_words[k - 2].low in _STAKE_WORDS

    def _org_apposition(self, run: list[_Word], all_words: list[_Word]) -> bool:
        """A company by a description after it: "Korvo, the German carmaker,", "Tessel, a
        Swiss bank, said", "Arvane, the biggest shareholder,"."""
        k = run[-1].idx + 1
        if run[-1].idx < 0 or k + 1 >= len(all_words) or self.text[run[-1].end:all_words[k].start] != ", " \
                or all_words[k].low not in ("the", "a", "an", "its"):
            return False
        for m in range(k + 1, min(len(all_words), k + 6)):
            w = all_words[m]
            if self.text[all_words[m - 1].end:w.start] not in (" ", "'s ", "’s "):
                return False
            if not w.cap and (w.low in _ORG_NOUNS or w.low.endswith(("maker", "builder"))):
                if self.text[w.end:w.end + 1] in (",", ".", ";"):
                    return True
                after = self.text[w.end + 1:w.end + 14].split(" ", 1)[0]
                return after in _AFTER_ORG_NOUN  # "Hengaw, a rights group based in Oslo"
        return False

    def _org_noun_before(self, run: list[_Word], all_words: list[_Word]) -> bool:
        """Whether the name comes right after a lower-case word for a kind of organisation,
        itself after an article or a modifier: "the data firm X", "a carrier X"."""
        k = run[0].idx
        if k < 2:
            return False
        p1 = all_words[k - 1]
        p2 = all_words[k - 2]
        return not p1.cap and (p1.low in _ORG_NOUNS or p1.low.endswith(("maker", "builder"))
                               or p1.low == "site" and p2.low in ("news", "web")) \
            and self.text[p1.end:run[0].start] == " " \
            and (not p2.cap or p2.idx == 0 or p2.low in gazetteer.DEMONYM_TO_PLACE
                 or p2.end in self.place_ends) \
            and not (p1.low == "rival" and p2.low in ("his", "her", "their", "my", "your"))  # "his rival X"

    def _org_kinds_including(self, run: list[_Word], all_words: list[_Word]) -> bool:
        """Whether the name follows a plural kind of organisation and "including"/"such as":
        "insurers including Aldrich", "lenders such as Kessel"."""
        k = run[0].idx
        if k < 2 or self.text[all_words[k - 1].end:run[0].start] != " ":
            return False
        p1 = all_words[k - 1].low
        if p1 == "including":
            kind = all_words[k - 2].low
        elif p1 == "as" and k >= 3 and all_words[k - 2].low == "such":
            kind = all_words[k - 3].low
        else:
            return False
        return kind in _ORG_PLURALS or kind.endswith(("makers", "builders"))

    def place_reason(self, run: list[_Word], all_words: list[_Word]) -> str | None:
        """Why the words before ``run`` make it a place: "in X", "the town of X", "provincial
        capital X", "western X"; "list" after a place and a comma."""
        k = run[0].idx
        if k <= 0:
            return None
        p1 = all_words[k - 1]
        p2 = all_words[k - 2] if k >= 2 else None
        gap = self.text[p1.end:run[0].start].strip()
        if gap == "":
            low = p1.low
            if low in _LOCATIVES:
                if low == "in" and p2 is not None and p2.low in _BEFORE_IN_NOT_PLACE:
                    return None
                return "between" if low == "between" else "island" if low == "off" else "prep"  # "off X": a coast
            if low == "at" and p2 is not None and p2.low in _SHORE_NOUNS:
                return "island"  # "beaches at Desmora", "the coast at Kelvane": a stretch of coast
            if low in ("to", "from", "into", "towards", "toward") and p2 is not None and p2.low in _MOTION:
                return "prep"
            if low in _PLACE_VERBS:
                return "prep"  # "troops entered Zavel", "shelling hit Kostiv"
            if low == "from" and p2 is not None and p2.low in _DISTANCES:
                return "prep"  # "12 km from Malvest"
            if low == "to" and p2 is not None and p2.end in self.place_ends and k >= 3 \
                    and all_words[k - 3].low == "from":
                return "prep"  # "from Kosvar to Chelm"
            if low == "from" and self._to_known_place(run, all_words):
                return "prep"  # "ferries from Holvik to Dublin"
            if low == "from" and p2 is not None and not p2.cap and (
                    _describes_person(p2.low) or p2.low.endswith(("ist", "ian"))):
                return "prep"  # "a teacher from Brasov", "a cardiologist from Heraklion": where a person is from
            if p1.cap:
                return None
            if low == "of" and p2 is not None and (not p2.cap or p2.idx == 0) and p2.low in _PLACE_NOUNS_OF:
                return "island" if p2.low in _ISLAND_NOUNS else "of"  # "the island of X": a natural place
            if low in _PLACE_NOUNS_DIRECT or low in _PLACE_ADJ:
                return "noun"
            if low == "the" and p2 is not None and p2.low in _REGION_PREPS and self.text[p2.end:p1.start] == " " \
                    and len(self.parts(run)[0]) == 1 and not (k >= 3 and all_words[k - 3].low in _PUBLISHED):
                return "region"  # "fires in the Velmaro", "across the Dornal": a region, a basin, a biome
            return None
        if gap == ",":
            if p1.low == "capital" and not p1.cap:
                return "noun"
            if p1.end in self.place_ends:
                return "list"
        return None

    def _to_known_place(self, run: list[_Word], all_words: list[_Word]) -> bool:
        """Whether "to" and a place the gazetteer knows follow the run: "from X to Dublin"."""
        k = run[-1].idx + 1
        if run[-1].idx < 0 or k + 1 >= len(all_words) or all_words[k].low != "to" \
                or self.text[run[-1].end:all_words[k].start] != " ":
            return False
        found = self.known(all_words[k + 1:k + 2])
        return found is not None and found[1] == "GPE"

    def _set_local(self, form: str, value: tuple[str, str]) -> None:
        """``local.setdefault(form, value)``, keeping ``local_first`` up to date."""
        if form not in self.local:
            self.local[form] = value
            self.local_first.add(form.split(" ")[0])

    def learn(self, words: list[_Word], etype: str, key: str | None = None) -> None:
        """Every other bare occurrence of these words in the article is this entity."""
        surface = self.text[words[0].start:words[-1].end]
        key = key or _entity_key(etype, surface)
        self.learnt.setdefault(surface, (key, etype))
        self._set_local(fold(surface), (surface, etype))

    def learn_org(self, words: list[_Word]) -> None:
        """A company's name ("Carrow Pharmaceuticals Inc."): its first word alone, later or
        earlier in the article, is the company too."""
        if len(words) < 2 or words[-1].low.replace(".", "") not in gazetteer.BUSINESS_HEADS:
            return
        name = self.text[words[0].start:words[-1].end]
        key = _org_key(name)
        self.learnt.setdefault(name, (key, "ORG"))
        # its first word, and the last before its legal form ("Frigo Sertano SA": "Sertano")
        k = len(words) - 1
        while k > 0 and words[k].low.replace(".", "") in gazetteer.CORPORATE_SUFFIXES:
            k -= 1
        for first in (words[0], words[k]) if 0 < k < len(words) - 1 else (words[0],):
            low = first.low
            if len(first.text) < 3 or low in gazetteer.BUSINESS_HEADS or low in GIVEN_NAMES or _is_title(first) \
                    or low in _GENERIC_FIRST or low in gazetteer.DEMONYM_TO_PLACE or low in lexicon.STOPWORDS \
                    or low in self.common_words or low in _CONNECTORS or gazetteer.lookup(first.text) \
                    or not first.cap:
                continue
            if low not in self.local:
                self._set_local(low, (name, "ORG"))
                self.learnt.setdefault(first.text, (key, "ORG"))

    def split_run(self, run: list[_Word], all_words: list[_Word], heading: bool) -> None:
        text = self.text
        if heading and self.title_case:
            # a title-case headline capitalises every word: only names the gazetteer knows
            i = 0
            while i < len(run):
                for size in range(min(6, len(run) - i), 0, -1):
                    found = self.known(run[i:i + size])
                    if found:
                        self.emit_known(run[i:i + size], found)
                        i += size
                        break
                else:
                    i += 1
            return
        i = 0
        n = len(run)
        title_words: list[_Word] = []
        last_org = self.last_org
        ands = [k for k, x in enumerate(run) if x.low == "and"]
        while i < n:
            w = run[i]
            given_place = False
            # parenthesised acronym after an organisation: an alias
            # 1. a known name (longest first)
            hit = None
            # names longer than one word end before this: none spans "and", and none starts
            # with a word that begins no known name of several words
            if n - i == 1:
                stop = n  # (one word: only itself)
            elif self.may_begin_name(w):
                stop = next((k for k in ands if i <= k < i + 6), n) if ands else n
            else:
                stop = i + 1
            for size in range(min(6, n - i), 0, -1):
                if size > 1 and stop < i + size:
                    continue
                found = self.known(run[i:i + size])
                if found and not (size == 1 and (w.low in gazetteer.ACRONYMS and _caps_only(w)
                                                 or w.low in _LOC_OF and self._loc_end(run, i))):
                    hit = (size, found)
                    break
            if hit:
                size, (canon, etype) = hit
                org_end = self._org_end(run, i) if etype in ("GPE", "ORG", "LOC") and i + size < n else None
                if org_end and org_end > i + size:
                    # "Turkish Foreign Ministry", "Tehran University", "UN Development Programme":
                    # the known name begins an organisation's name
                    pass
                elif size == 1 and etype in ("GPE", "LOC") and w.low in GIVEN_NAMES and i + 1 < n \
                        and run[i + 1].cap and run[i + 1].low not in _CONNECTORS \
                        and not _is_title(run[i + 1]) and not self.known(run[i + 1:i + 2]):
                    given_place = True  # "Sofia Rotaru": a given name that is also a place, before a surname
                elif etype == "GPE" and i + size < n and run[i + size].low in _SITE_WORDS \
                        and (site_end := self._site_end(run, i + size)):
                    self.emit(run[i:site_end], "LOC")  # "Vardel Airport", "Kelso International Airport"
                    title_words = []
                    i = site_end
                    continue
                else:
                    following = run[i + size:]
                    if etype in ("GPE", "ORG") and following and self._is_media_tail(run, i + size, all_words):
                        self.emit(run[i:], "ORG")
                        return
                    key = _entity_key(etype, canon)
                    self.emit_known(run[i:i + size], (canon, etype))
                    if etype == "ORG":
                        last_org = self.last_org = (key, canon, run[i + size - 1].end)
                    if title_words and i > 0 and run[i - 1].low in ("of", "for", "to", "the"):
                        title_words.extend(run[i:i + size])  # "Envoy for Ukraine"
                    else:
                        title_words = []
                    i += size
                    continue
            low = w.low
            if given_place:
                title_words = []
                j = i + 1
                while j < n and j - i < _MAX_PERSON_TOKENS and run[j].cap and not _is_title(run[j]) \
                        and not self.known(run[j:j + 1]) and run[j].low not in _CONNECTORS:
                    j += 1
                self.emit(run[i:j], "PERSON")
                i = j
                continue
            if low in gazetteer.DEMONYM_TO_PLACE and not self._org_ahead(run, i):
                i += 1  # a nationality describes, it is not a place
                continue
            if low in _CONNECTORS and not (_name_particle(run, i) and (
                    title_words or self._org_ahead(run, i)
                    or i + 2 < n and _name_particle(run, i + 1) or i + 2 < n and run[i + 2].cap
                    and run[i + 2].low not in _CONNECTORS and not _is_title(run[i + 2]))):
                # (a name opening on a particle has three words, a title or a head word: "Le Van
                # Hoanh", "Mr Van Dijk", "the Van Droste Museum"; not "La Stampa said")
                if title_words:
                    title_words.append(w)
                i += 1
                continue
            # 2. titles ("Deputy Energy Minister": every word up to the office is the title)
            if not _is_title(w) and title_words and not self._org_ahead(run, i):
                h = next((k for k in range(i, min(n, i + 3)) if run[k].low in lexicon.TITLE_HEADS), None)
                if h is not None and all(run[k].cap and not self.known(run[k:k + 1])
                                         and run[k].low not in GIVEN_NAMES for k in range(i, h)):
                    title_words.extend(run[i:h + 1])
                    i = h + 1
                    continue
                if title_words[-1].low in ("of", "for"):
                    # "Minister of Water Resources Nurlan Asanaliev": the portfolio runs up to a
                    # given name, or leaves the last two words for the person
                    k = i
                    while k < n and k - i < 4 and run[k].cap and run[k].low not in GIVEN_NAMES \
                            and not self.known(run[k:k + 1]) and run[k].low not in _CONNECTORS:
                        k += 1
                    if k == n and n - i > 2 and run[n - 1].low not in GIVEN_NAMES:
                        k = n - 2
                    if k > i:
                        title_words.extend(run[i:k])
                        i = k
                        continue
            if _is_title(w) and not self._org_ahead(run, i):
                title_words.append(w)
                i += 1
                # "Chief of Staff", "Secretary of State"
                if i + 1 < n and run[i].low == "of" and run[i + 1].low in _TITLE_OF:
                    title_words.extend(run[i:i + 2])
                    i += 2
                continue
            # 3. organisations: up to a head word, with an "of X" complement
            org_end = self._org_end(run, i)
            if org_end:
                self.emit(run[i:org_end], "ORG")
                name = self.text[run[i].start:run[org_end - 1].end]
                key = _org_key(name)
                last_org = self.last_org = (key, name, run[org_end - 1].end)
                self.learn_org(run[i:org_end])
                if title_words and i > 0 and run[i - 1].low in ("of", "for", "to", "the"):
                    title_words.extend(run[i:org_end])  # "Deputy Head of the Security Service"
                else:
                    title_words = []
                i = org_end
                continue
            loc_end = self._loc_end(run, i)
            if loc_end:
                self.emit(run[i:loc_end], "LOC")
                i = loc_end
                continue
            # 4. acronyms, and names in mixed case ("BaFin")
            if _is_acronym(w):
                before = text[max(0, w.start - 1):w.start]
                if before == "(" and last_org and 0 <= w.start - last_org[2] <= 3:
                    self.emit([w], "ORG", last_org[0], last_org[1])
                    self.short_names.setdefault(w.text, last_org[0])
                elif i + 1 < n and (i + 2 == n or not run[i + 2].cap) and self._acronym_tail(run[i + 1]) \
                        and not (0 <= run[i + 1].idx < len(all_words) - 1
                                 and all_words[run[i + 1].idx + 1].low in lexicon.TITLE_WORDS):
                    self.emit(run[i:i + 2], "ORG")  # "CERT Velmora": a body's acronym and its country's own name
                    # (not "VMA Tarvik director": the office of the body's branch in a place)
                    i += 2
                    continue
                else:
                    self.emit([w], "ORG")
                i += 1
                continue
            if _is_mixed_case_org(w) and (i + 1 >= n or not run[i + 1].cap or _is_title(run[i + 1])):
                self.emit([w], "ORG")
                i += 1
                continue
            if heading or _CAPS_RE.fullmatch(w.text):
                i += 1
                continue
            if i + 1 < n and run[-1].low in _COUNTRY_LAST and self._named_after_country(run, i):
                self.emit(run[i:], "ORG")  # "Tennis Norland", "Space Norland": a body named for its country
                return
            # 5. people ("Ursula von der Leyen": particles inside the name)
            j = i
            caps = 0
            while j < n and caps < _MAX_PERSON_TOKENS:
                x = run[j]
                if x.low in _PARTICLES and not x.cap and j > i and j + 1 < n and (
                        run[j + 1].cap or run[j + 1].low in _PARTICLES):
                    j += 1
                    continue
                if x.low in _ARABIC_PARTICLES and j > i and j + 1 < n and run[j + 1].cap \
                        and run[j + 1].low not in _CONNECTORS:
                    j += 1  # "Tamim bin Hamad Al Thani": a capitalised article inside the name
                    continue
                if not x.cap or _is_title(x) or x.low in _CONNECTORS and not _name_particle(run, j) \
                        or _ACRONYM_RE.fullmatch(x.text):
                    break
                found = self.known(run[j:j + 1]) if x.low not in gazetteer.ACRONYMS or x.text.isupper() else None
                if found:
                    if j > i and found[1] == "GPE" and (title_words or run[i].low in GIVEN_NAMES or run[i].idx > 0
                                                        and all_words[run[i].idx - 1].low in lexicon.TITLE_WORDS) \
                            and (j + 1 == n or not run[j + 1].cap) and len(x.text) > 3 and not x.text.isupper():
                        j += 1  # "Minister Fabio Valencia": a surname that is also a place's name
                    break
                caps += 1
                j += 1
            while j > i and run[j - 1].low in _PARTICLES and not run[j - 1].cap:
                j -= 1
            person = run[i:j] if j > i else [w]
            if not title_words and j - i <= 2 and 0 <= person[-1].idx < len(all_words) - 1 \
                    and all_words[person[-1].idx + 1].low in _OFFICES_AFTER \
                    and self.take_office_holder(person, all_words):
                i = j  # "Varnis Governor Ana Ruiz": the place the governor governs
                continue
            titled = bool(title_words)
            while title_words and title_words[-1].low in _CONNECTORS:
                title_words.pop()
            title_span = (title_words[0].start, title_words[-1].end) if title_words else None
            title = text[title_span[0]:title_span[1]] if title_span else ""
            if not titled:
                title_before = _title_before(all_words, run[i].idx, text) if run[i].idx >= 0 else None
                if title_before:
                    titled, (title, title_span) = True, title_before
            speech_after = self._speech_after(all_words, person[-1])
            looks_named = person[0].low in GIVEN_NAMES or len(person) >= 2 and any(
                not p.text[:1].isupper() and _ARABIC_ARTICLE_RE.match(p.text) for p in person[1:])  # "Tarek el-Masri"
            if len(person) >= 2 and (titled or looks_named or speech_after):
                self.emit(person, "PERSON", title=title, title_span=title_span)
            elif len(person) == 1 and (titled or speech_after) and len(person[0].text) > 1:
                self.emit(person, "PERSON", title=title, title_span=title_span)
            elif 2 <= len(person) <= 3 and self._name_shaped(person) and (
                    self._apposition_after(all_words, person[-1], person[0].start)
                    or self._signal_before(all_words, person) or self._personal_after(all_words, person[-1])):
                self.emit(person, "PERSON")  # "Reza Amini, a 52-year-old farmer"; "said Reza Amini"
            elif len(person) >= 2 and all(p.text[:1].isupper() and p.text[1:].islower() and not _DIGIT(p.text)
                                          for p in person) \
                    and len(person) <= 3 and not any(p.low in self.common_words for p in person):
                self.unsure.append(person)  # a person only if the surname recurs with a signal
            elif len(person) == 1 and person[0].idx > 0 and not heading:
                self.lone.append(person[0])  # an organisation if listed with organisations (below)
            i = max(j, i + 1)
            title_words = []

    def take_office_holder(self, name: list[_Word], all_words: list[_Word]) -> bool:
        """A name right before an office that only a place or only a company has: "Kebbi
        Governor", "Tarvo mayor" (a place), "Norvel chief executive", "Quinta CEO" (a company).
        Typed by the context (kept unless the words turn out to be a person's)."""
        k = name[-1].idx + 1
        if k <= 0 or k >= len(all_words) or all_words[k].low not in _OFFICES_AFTER:
            return False  # (the usual case, decided by one look-up)
        after = self.next_word(all_words, name[-1])
        if after is None or _possessive(all_words[name[-1].idx]):
            return False
        low = after.low
        if low in _PLACE_OFFICES:
            etype = "GPE"
        elif low in _COMPANY_OFFICES:
            etype = "ORG"
        elif low == "chief":
            second = self.next_word(all_words, after)
            if second is None or second.low not in ("executive", "financial", "operating", "technology"):
                return False
            etype = "ORG"
        else:
            return False
        if any(w.low in _OFFICE_MODIFIERS or w.low in lexicon.RANK_WORDS for w in name) \
                or not self.name_like(name, given_ok=etype == "ORG"):
            return False  # "Former chief executive Ana Ruiz"
        self.candidates.append((name, etype))
        self.candidate_forms.add(fold(self.text[name[0].start:name[-1].end]))
        if etype == "GPE":
            self.place_ends.add(name[-1].end)
        return True

    def _name_shaped(self, person: list[_Word]) -> bool:
        """Capitalised words a person's name could be made of (not common words, not known names;
        a lower-case particle inside is part of the name: "Anouk de Graaf")."""
        for p in person:
            if not p.cap and p.low in _PARTICLES:
                continue
            if p.low in self.common_words or p.low in lexicon.STOPWORDS or p.low in gazetteer.ORG_HEADS \
                    or p.low in gazetteer.LOC_HEADS or p.low in gazetteer.DEMONYM_TO_PLACE \
                    or p.low in _NOT_PLACES or p.text.isupper() or any(c.isdigit() for c in p.text):
                return False
        return True

    def _apposition_after(self, words: list[_Word], last: _Word, start: int = -1) -> bool:
        """A description of a person after the name: ", head of ...", ", a 52-year-old farmer",
        ", Medivance's chief operating officer", ", 58,", ", who ..."."""
        k = last.idx + 1
        if last.idx < 0 or k >= len(words):
            return False
        gap = self.text[last.end:words[k].start].strip()
        first = words[k]
        if gap == "(":
            # an age in brackets: "the victims were Ivo Sand (28), Dara Pell (31) and ..."
            return first.text.isdigit() and int(first.text) < 110 and self.text.startswith(")", first.end) and (
                self.text.startswith(("),", ");", ") and "), first.end) or self._listed_age(start))
        if gap != ",":
            return False
        if first.text.isdigit() and int(first.text) < 110 and (
                self.text[first.end:first.end + 1] in (",", ")")
                or self.text.startswith((".", ";", " and "), first.end) and self._listed_age(start)):
            return True  # an age ("Dara Pell, 31,"; last in a list of people with ages: "..., and Dara Pell, 31.")
        if first.low == "who":
            return True
        for m in range(k, min(len(words), k + 6)):
            w = words[m]
            if m > k and self.text[words[m - 1].end:w.start].strip() != "":
                return False
            low = w.low
            if _AGE_RE.fullmatch(low):
                return True
            base = low[:-2] if _possessive(w) else low
            if not _possessive(w) and (base in lexicon.TITLE_HEADS or _describes_person(base)
                                       or base in lexicon.GENERIC_DESCRIPTORS):
                return True
            if low in ("a", "an", "the", "former", "then") or _possessive(w):
                continue
            if low in lexicon.STOPWORDS or low in lexicon.SPEECH_VERBS:
                return False
        return False

    def _listed_age(self, start: int) -> bool:
        """Whether a name starting at ``start`` comes right after a listed person's age ("Ivo Sand,
        28, and ", "Ivo Sand (28), ")."""
        return start > 0 and _LISTED_AGE_RE.search(self.text, max(0, start - 60), start) is not None

    def _personal_after(self, words: list[_Word], last: _Word) -> bool:
        """A possessive name before what only a person has: "Yahto Senwar's death", "Ana Ruiz's
        lawyer", "Ivo Sand's government"."""
        if last.idx < 0 or not _possessive(words[last.idx]):
            return False
        nxt = self.next_word(words, words[last.idx])
        return nxt is not None and not nxt.cap and nxt.low in _PERSONAL_AFTER

    def _signal_before(self, words: list[_Word], person: list[_Word]) -> bool:
        """A person by the words before the name: "said X Y", "according to X Y", and
        "the rescue chief, X Y," (a description, a comma, the name)."""
        k = person[0].idx
        if k < 1:
            return False
        p1 = words[k - 1]
        gap = self.text[p1.end:person[0].start].strip()
        if gap == "":
            if p1.low == "by" and len(person) >= 2:
                # "paintings by Jan Vermolen", "led by Ivan Petrov" (not "owned by Ege Tekstil")
                return k < 2 or words[k - 2].low not in _OWNED

            if p1.low in ("said", "says", "told", "added", "asked", "quoted"):
                return True
            if (not p1.cap or p1.idx == 0) and _describes_person(p1.low):
                return True  # "accountant Rafe Tollund", "lawyer Davor Kestin"; "Analyst Mei Lin said"
            return p1.low == "to" and k >= 2 and words[k - 2].low == "according"
        if gap == "," and not p1.cap and (p1.low in lexicon.TITLE_HEADS or p1.low in _PERSON_NOUNS
                                          or p1.low in _OCCUPATIONS):
            after = self.text[person[-1].end:person[-1].end + 1]
            # (or ending the sentence: 'said the group's director, Ivo Sand.')
            return after in (",", ".") or self._speech_after(words, person[-1])
        return False

    def _org_ahead(self, run: list[_Word], i: int) -> bool:
        return self._org_end(run, i) is not None

    def _is_head(self, run: list[_Word], j: int) -> bool:
        """Whether run[j] ends an organisation's name here (not "Energy" in "Energy Minister")."""
        low = run[j].low.replace(".", "") if "." in run[j].low else run[j].low
        if low not in gazetteer.ORG_HEADS:
            return False
        if low in _CAPS_SUFFIXES and not run[j].text.isupper() and "." not in run[j].text:
            return False  # "Tien Sa", "Van Se": a name's word, not a legal form ("SA", "S.A.")
        if j > 0 and _facility_centre(run, j):
            return False  # "the Sarvo Launch Centre": a site, not a body
        if low in _PAPER_HEADS and j > 0 and run[j - 1].low in GIVEN_NAMES:
            return False  # "Ana Post": a person, not a newspaper
        if low in lexicon.TITLE_WORDS and j + 1 < len(run) and run[j + 1].low in lexicon.TITLE_WORDS:
            return False
        if j + 1 < len(run) and run[j + 1].low in _PORTFOLIO_OFFICES and low in gazetteer.BUSINESS_HEADS:
            return False  # "Velmora Industries Minister": a minister's portfolio, not a company
        return True

    def _org_end(self, run: list[_Word], i: int) -> int | None:
        """End of an organisation name starting at run[i]: the run up to an ORG head word,
        extended by an "of the X" / "for X" complement and a legal-form suffix ("Inc")."""
        n = len(run)
        if run[i].low in _ORG_FIRST and i + 1 < n:
            # "Banco Itaverde", "Universidad de Montelar", "Fondazione Carla Verdi": the head word first
            j = i + 1
            while j < n and j - i < 7 and (run[j].cap and run[j].low != "and" and not _is_title(run[j]) or (
                    run[j].low in _CONNECTORS and run[j].low != "and" and j + 1 < n and run[j + 1].cap)):
                j += 1
            if j > i + 1:
                return j
        for j in range(i, min(n, i + 8)):
            if j >= i + 5 and not any(run[k].low == "and" for k in range(i + 1, j)):
                return None  # (a head five words on: only across an "and", as below)
            if j > i + 1 and run[j - 1].low == "and" and run[j].low in _NEW_NAME_AFTER_AND:
                return None  # "Tarvik and St. Ilda Hospital": a second name begins after "and"
            if self._is_head(run, j) and j > i or ((run[j].low in gazetteer.ORG_HEADS or run[j].low in _ORG_HEADS_OF)
                                                   and j == i and j + 1 < n and run[j + 1].low in ("of", "for")):
                end = j + 1
                if end < n and run[end].low in gazetteer.LOC_HEADS and run[end].low not in gazetteer.ORG_HEADS:
                    return None  # "Henri Coandă International Airport": a place's name, not an organisation
                if j - i > 1 or end < n and run[end].cap and run[end].low not in _CONNECTORS \
                        and not _is_title(run[end]) \
                        or run[i].low in lexicon.TITLE_HEADS and run[j].low in lexicon.TITLE_WORDS:
                    plain = False
                else:
                    plain = True  # "Premier League", "Major League": one word before the head
                if not plain and any(
                        (x.low in lexicon.TITLE_HEADS or x.low in lexicon.RANK_WORDS) and x.low != "general"
                        and self.text[x.end:x.end + 2] not in ("'s", "’s") for x in run[i:j]):
                    # "Deputy Head of the Security Service": a title, then an organisation (but
                    # "the Public Prosecutor's Office" is one name)
                    return None
                while end < n and self._is_head(run, end) and run[end - 1].low not in _CONNECTORS:
                    end += 1  # "Carrow Pharmaceuticals Inc", "Sonnfeld Energie AG"
                # a later head word in the same name: "Civil Aviation Safety Investigation and
                # Analysis Center" (not "Civil Aviation", then another organisation)
                k = end
                while k < min(n, i + 9):
                    w = run[k]
                    if w.low == "and" and k + 1 < n and run[k + 1].cap and k > end:
                        k += 1
                        continue
                    if not w.cap or w.low in _CONNECTORS or w.low in GIVEN_NAMES or _is_title(w) \
                            or self.known([w]):
                        break
                    if self._is_head(run, k):
                        end = k + 1
                    k += 1
                while end + 1 < n and run[end].low in ("of", "for", "on"):
                    k = end + 1
                    if run[k].low == "the" and k + 1 < n:
                        k += 1
                    # of + known place, or of + words ending in another head
                    found = self.known(run[k:k + 1])
                    if found and found[1] == "GPE":
                        end = k + 1
                        continue
                    m = k
                    while m < n and run[m].cap and run[m].low not in gazetteer.ORG_HEADS:
                        m += 1
                    if m < n and run[m].low in gazetteer.ORG_HEADS:
                        end = m + 1
                        continue
                    # "Ministry of Foreign Affairs", "Velmar Institute for Coastal Studies", "Court
                    # of Appeal for Felonies": the words after "of" or "for", up to a name that
                    # starts a person
                    m = k
                    while m < n and m - k < 4 and (run[m].cap or run[m].low == "and" and m + 1 < n
                                                   and run[m + 1].cap and not self.text.startswith(
                                                       ("'s ", "’s "), run[m + 1].end)) \
                            and run[m].low not in GIVEN_NAMES \
                            and not (m > k and run[m].low in lexicon.TITLE_HEADS):
                        m += 1
                    while m > k and run[m - 1].low in _CONNECTORS:
                        m -= 1
                    if m > k:
                        end = m
                        if end + 1 < n and run[end].low in ("of", "for", "on"):
                            continue
                    break
                return end
            if run[j].low == "and" and i < j and j + 1 < n and run[j + 1].cap and run[j - 1].cap:
                if j - i >= 2 and self._two_companies(run, j):
                    return j  # "Tarvo Fluorochem and Velmo Polymers": two companies listed
                continue  # "Safety Investigation and Analysis Center": one name across "and"
            if not run[j].cap or run[j].low in _CONNECTORS and j == i and not _name_particle(run, j):
                return None
        return None

    def _two_companies(self, run: list[_Word], j: int) -> bool:
        """Whether the "and" at ``run[j]`` parts two companies' names: a name and a business word
        follow it ("... and Velmo Polymers"), and the words on either side of it are names rather
        than English words (not "Oil and Gas Company", "Investigation and Analysis Center")."""
        n = len(run)
        k = j + 2
        while k < n and k <= j + 3 and run[k].cap and run[k].low not in gazetteer.BUSINESS_HEADS:
            k += 1
        if k >= n or run[k].low not in gazetteer.BUSINESS_HEADS or not run[k].cap:
            return False
        return all(self._name_word(w) for w in (run[j - 1], run[j + 1]))

    def _name_word(self, w: _Word) -> bool:
        """A capitalised word that is no English word the engine knows (nor the article's own)."""
        low = w.low
        return len(low) > 3 and w.text[1:].islower() and low not in self.common_words \
            and low not in lexicon.STOPWORDS and not _title_low(low) and low not in gazetteer.ORG_HEADS \
            and low not in gazetteer.LOC_HEADS and low not in _FACILITY_WORDS and low not in _PLACE_KINDS \
            and low not in _LOC_KINDS and low not in GIVEN_NAMES and not low.endswith(_ENGLISH_ENDINGS) \
            and not self.known([w])

    def _loc_end(self, run: list[_Word], i: int) -> int | None:
        if run[i].low in _LOC_OF and i + 2 < len(run) and run[i + 1].low == "of" and run[i + 2].cap \
                and not self.known(run[i:i + 3]):
            # "Port of Tarvik", "Gulf of Sarn", "Isle of Wight": the head word, "of" and a name
            j = i + 2
            while j < len(run) and run[j].cap and run[j].low not in _CONNECTORS:
                j += 1
            return j
        if run[i].low in _LOC_FIRST and i + 1 < len(run):
            # "Mount Elbrus", "Lake Sevan", "Plaza de la Libertad", "Piazza del Duomo"
            j = i + 1
            while j < len(run) and run[j].low != "and" and (run[j].cap and run[j].low not in _CONNECTORS or (
                    run[j].low in _CONNECTORS and j + 1 < len(run))):
                j += 1
            while j > i + 1 and run[j - 1].low in _CONNECTORS:
                j -= 1
            if j > i + 1:
                return j if run[i].low in _SQUARES else i + 2
        for j in range(i + 1, min(len(run), i + 4)):
            if run[j].low in gazetteer.LOC_HEADS or _facility_centre(run, j):
                return j + 1
        return None

    def _site_end(self, run: list[_Word], k: int) -> int | None:
        """The end of a site named after a known place ("Vardel Airport", "Vardel International
        Airport", "Vardel Central Station"): its head word at ``k``, or after one modifier."""
        if k < len(run) and run[k].low not in _SITE_HEADS and run[k].low in _SITE_MODIFIERS:
            k += 1
        if k < len(run) and run[k].low in _SITE_HEADS and run[k].cap:
            return k + 1
        return None

    def _org_words(self, run: list[_Word]) -> bool:
        """Capitalised words that can name a party or a group (a nationality may begin it: "Georgian
        Dream"; not only nationalities and known names, no title, no common word)."""
        if all(w.low in gazetteer.DEMONYM_TO_PLACE or self.known([w]) for w in run):
            return False
        return all(w.cap and len(w.text) > 1 and not _is_title(w) and w.low not in lexicon.STOPWORDS
                   and w.low not in self.common_words and w.low not in _NOT_PLACES
                   and not any(c.isdigit() for c in w.text) for w in run)

    def _body_words(self, run: list[_Word]) -> bool:
        """Capitalised words that can name a body described as one ("Velmora Wildlife Watch, a
        conservation group"): common words allowed, and a known place first; not a known name,
        no title, no stopword, no figure, no acronym."""
        if self.known(run) or any(_possessive(w) for w in run):
            return False
        for k, w in enumerate(run):
            if not w.cap or len(w.text) < 2 or w.text.isupper() or _is_title(w) or w.low in lexicon.STOPWORDS \
                    or _DIGIT(w.text) or k > 0 and self.known([w]):
                return False
        return True

    def _named_after_country(self, run: list[_Word], i: int) -> bool:
        """An unknown word and a country's name ending the run: "Tennis Norland", "Space Norland"
        (not a direction, a given name, a nationality or a common word: "Western Norland")."""
        if run[-1].low not in _COUNTRY_LAST:
            return False  # (the usual case, decided by one look-up)
        w = run[i]
        low = w.low
        if not w.cap or len(w.text) < 3 or w.text.isupper() or low in GIVEN_NAMES or _is_title(w) \
                or low in _GENERIC_FIRST or low in _PLACE_ADJ or low in self.common_words or low in lexicon.STOPWORDS \
                or low in gazetteer.DEMONYM_TO_PLACE or low in _CONNECTORS or low.endswith("ern") \
                or low in _COUNTRY_PREFIXES or self.known([w]) or len(run) - i > 4:
            return False
        found = self.known(run[i + 1:])
        return found is not None and found[1] == "GPE" and fold(found[0]) in gazetteer.COUNTRY_BY_FORM

    def _is_media_tail(self, run: list[_Word], k: int, all_words: list[_Word]) -> bool:
        """A known name followed by more capitalised words and a reporting verb or media
        word: the whole run names an outlet ("Türkiye Today reported")."""
        idx = run[-1].idx
        nxt = all_words[idx + 1].low if 0 <= idx < len(all_words) - 1 else ""
        tail = run[k:]
        return bool(tail) and not any(self.known([t]) for t in tail) and not any(
            t.low in GIVEN_NAMES or _is_title(t) for t in tail) and (nxt in _REPORT_VERBS or nxt in _MEDIA_HEADS)

    def _speech_after(self, words: list[_Word], last: _Word) -> bool:
        idx = last.idx
        if idx < 0:
            return False
        for w in words[idx + 1: idx + 3]:
            if w.low in lexicon.SPEECH_VERBS:
                return True
            if w.low not in ("has", "had", "also", "later", "then", "was", "is"):
                return False
        return False

    # -- whole article -------------------------------------------------------
    def run(self) -> ArticleEntities:
        for seg in self.segments:
            self.last_org = None
            words = _words(self.text, seg)
            if seg.kind != "sentence" or self.text[seg.start] == "(":
                if self.take_credits(seg, words):
                    continue
                taken = self.take_photo_credit(seg) if self.text.startswith(_PHOTO_START, seg.start) else None
            else:
                taken = None
            self.title_case = seg.kind == "heading" and _title_case(words) or (
                seg.kind != "sentence" and _caps_line(words, 1 if seg.kind == "heading" else 3))
            agency = -1
            if words and words[0].text.isupper() and (m := _DATELINE_AGENCY_RE.match(self.text, seg.start)):
                agency = m.start("agency")
            for run in _runs(self.text, words):
                idx = run[0].idx
                if taken and any(a <= w.start < b for w in run for a, b in taken):
                    continue
                if run[0].start == agency and self.take_agency(run):
                    continue
                # the first word of a sentence, also after an opening quote or a dateline dash
                sentence_start = idx == 0 or (
                    idx > 0 and self.text[words[idx - 1].end:run[0].start].strip() in ("—", "–", "-")
                    and (words[idx - 1].text.isupper() or words[idx - 1].text.isdigit()))
                self.take_run(run, words, idx, seg, sentence_start)
        # (a surname alone is a person's when the article titles it or makes it speak: "Drelic said")
        full_surnames = {fold(self.result.names[k]).split()[-1] for k in self.result.mentions
                         if self.result.types[k] == "PERSON"}
        listed = self._listed_with_people()
        left: list[list[_Word]] = []
        found: list[list[_Word]] = []
        for person in self.unsure:
            work = _WORK_AFTER_RE.match(self.text, person[-1].end) \
                if listed and self.text.startswith(("'s ", "’s "), person[-1].end) else None
            if person[-1].low in full_surnames or person[0].start in listed or person[-1].end in listed \
                    or work and work.end() in listed:  # "A's Title (1634), Frans Hals's ...": works listed
                self.emit(person, "PERSON")  # (or listed with people: "Rui Tavo, Ioan Pask and Kemal Dur")
                found.append(person)
            else:
                left.append(person)
        while found and left:
            # (a list of people met one by one: each found is listed with the next)
            listed = self._listed_with_people([(p[0].start, p[-1].end) for p in found])
            found = [p for p in left if p[0].start in listed or p[-1].end in listed]
            for person in found:
                self.emit(person, "PERSON")
            left = [p for p in left if p not in found]
        if "(" in self.text:
            self._take_spelled_out()
        self._listed_with_places()
        self._listed_with_orgs()
        self._join_short_names()
        self._resolve_candidates()
        self._link_dateline_places()
        self._link_learnt()
        self._link_surnames()
        return self.result

    def _credit_name(self, name: list[_Word]) -> bool:
        """Whether capitalised words in a credit line can be a person's name (not a place, an
        organisation or a description: "By Ilse Varga, chief correspondent")."""
        if not 2 <= len(name) <= _MAX_PERSON_TOKENS or self.known(name):
            return False
        for w in name:
            low = w.low
            if any(c.isdigit() for c in w.text) or low in lexicon.STOPWORDS or _is_title(w) \
                    or low in gazetteer.ORG_HEADS or low in gazetteer.LOC_HEADS \
                    or low in gazetteer.DEMONYM_TO_PLACE or _describes_person(low) \
                    or low in ("correspondent", "correspondents", "editor", "editors", "reporter", "reporters",
                               "staff", "desk", "bureau", "writer", "writers"):
                return False
        return True

    def take_agency(self, run: list[_Word]) -> bool:
        """The agency in a dateline ("VELMARA, Nov 19 (Korvane Nieuws) -"): an organisation, and so
        is every other mention of it ("told Korvane Nieuws")."""
        if len(run) > 5 or self.text[run[-1].end:run[-1].end + 1] != ")":
            return False
        known = self.known(run)
        if known is not None:
            self.emit_known(run, known)
            return True
        if any(_is_title(w) or w.low in gazetteer.DEMONYM_TO_PLACE for w in run):
            return False
        self.emit(run, "ORG")
        self.learn(run, "ORG")
        return True

    def take_credits(self, seg: Segment, words: list[_Word]) -> bool:
        """A byline or a credit line: "By Ilse Varga and Tomas Reed", "By Ilse Varga in Tarvik",
        "(Reporting by Ilse Varga in Tarvik; Additional reporting by Tomas Reed; Editing by Ann
        Holt)": the names after "by" are people, the places after "in" are places. True when the
        line was read so (then nothing else is taken from it)."""
        text = self.text
        if seg.kind != "sentence" and (m := _BYLINE_RE.fullmatch(text, seg.start, seg.end)) is not None:
            name = [w for w in words if w.end <= m.end("name")]
            if self._credit_name(name):
                self.emit(name, "PERSON")  # "Ilse Varga, Staff writer": a byline without "By"
                return True
        if not _CREDIT_START_RE.match(text, seg.start) or (
                seg.kind == "sentence" and text[seg.start] != "("):
            return False
        n = len(words)
        found: list[tuple[list[_Word], str]] = []
        i = 0
        while i < n:
            if words[i].low != "by":
                i += 1
                continue
            j = i + 1
            while j < n:
                k = j
                while k < n and words[k].cap and words[k].low not in ("by", "in", "and") \
                        and (k == j or _gap_ok(text, words[k - 1], words[k])):
                    k += 1
                name = words[j:k]
                if not self._credit_name(name):
                    break
                found.append((name, "PERSON"))
                if k < n and words[k].low == "in" and not words[k].cap \
                        and text[name[-1].end:words[k].start] == " ":
                    stop = k + 1
                    while stop < n and words[stop].cap and (
                            stop == k + 1 or _gap_ok(text, words[stop - 1], words[stop])):
                        stop += 1
                    place = words[k + 1:stop]
                    if 1 <= len(place) <= 3:
                        known = self.known(place)
                        found.append((place, known[1] if known and known[1] in ("GPE", "LOC") else "GPE"))
                    k = stop
                gap = text[words[k - 1].end:words[k].start] if k < n else ""
                if k < n and words[k].low == "and" and gap.strip() in ("", ","):
                    j = k + 1
                elif k < n and gap.strip() == "," and words[k].cap:
                    j = k  # (a list of names; a description after a comma is no name)
                else:
                    if k < n and gap.strip() in ("|", "/") and words[k].cap:
                        # "By Ilse Varga | Tarvik Herald": the outlet
                        stop = k + 1
                        while stop < n and words[stop].cap and _gap_ok(text, words[stop - 1], words[stop]):
                            stop += 1
                        if stop == n and stop - k <= 4:
                            found.append((words[k:stop], "ORG"))
                            k = stop
                    break
            i = j + 1 if j > i else i + 1
        if not any(etype == "PERSON" for _, etype in found):
            return False
        for part, etype in found:
            if etype == "PERSON":
                surface = text[part[0].start:part[-1].end]
                self.emit(part, "PERSON", name=surface.title() if surface.isupper() else None)
            elif (known := self.known(part)) is not None:
                self.emit_known(part, known)
            else:
                self.emit(part, etype)
        return True

    def take_photo_credit(self, seg: Segment) -> list[tuple[int, int]]:
        """A photo credit's "Name Surname/AGENCY" or "(AGENCY/Name Surname)": a person and an
        organisation. Returns the spans taken."""
        text = self.text
        taken: list[tuple[int, int]] = []
        for m in _PHOTO_CREDIT_RE.finditer(text, seg.start, seg.end):
            key = "name" if m.group("name") else "name2"
            okey = "org" if key == "name" else "org2"
            start, end = m.span(key)
            name = [_word(a.start() + start, a.end() + start, a.group())
                    for a in _WORD_RE.finditer(m.group(key))]
            if not self._credit_name(name) or any(w.low in self.common_words for w in name):
                continue
            self.emit(name, "PERSON")
            ostart, oend = m.span(okey)
            org = [_word(ostart, oend, m.group(okey))]
            known = self.known(org)
            if known is not None:
                self.emit_known(org, known)
            elif m.group(okey) not in _NOT_ORGS:
                self.emit(org, "ORG")
            taken.append((min(start, ostart), max(end, oend)))
        return taken

    def _take_spelled_out(self) -> None:
        """An organisation's name written partly in lower case, or across small words that end a run,
        spelled out by the acronym in brackets after it: "the Syndicat des enseignants varnais (SEV)",
        "the Association des parents de l'Orvanne (APO)", "the Convention on Trade in Rare Orchids
        (CTRO)" (the initials of its words, less the small ones, are the acronym)."""
        text = self.text
        res = self.result
        starts: set[int] | None = None
        for m in _BRACKETED_ACRONYM_RE.finditer(text):
            acronym = m.group(1)
            words = [w for w in _SPELLED_WORD_RE.finditer(text, max(0, m.start() - 160), m.start())]
            content: list[re.Match[str]] = []
            for w in reversed(words):
                low = w.group().lower()
                if text[w.end():m.start()].count("\n") or len(content) == len(acronym):
                    break
                if low in _SMALL_NAME_WORDS:
                    continue
                content.append(w)
            if len(content) != len(acronym):
                continue
            content.reverse()
            first = content[0]
            initials = "".join(_initial(w.group()) for w in content)
            if initials != acronym.lower() or not first.group()[:1].isupper() or text[m.start() - 1:m.start()] != " ":
                continue
            if first.group().lower() in lexicon.STOPWORDS or _title_low(first.group().lower()):
                continue
            if starts is None:
                starts = {mm.start for ms in res.mentions.values() for mm in ms}
            start, end = first.start(), m.start() - 1
            if any(start <= s0 < end for s0 in starts):
                continue  # (a name already read there: most names in capitals are read the ordinary way)
            name = text[start:end]
            key = _org_key(name)
            res.add(Mention(start, end, name, "ORG", key), name)
            self.short_names.setdefault(acronym, key)

    def _join_short_names(self) -> None:
        """A short name given in brackets ("the Velmoran Fraud Office (VFO)") names that
        organisation wherever the article writes it alone ("a spokeswoman for the VFO")."""
        res = self.result
        for form, key in self.short_names.items():
            alone = _entity_key("ORG", form)
            if alone != key and res.types.get(alone) == "ORG" and key in res.mentions:
                for m in res.mentions.pop(alone):
                    m.key = key
                    res.mentions[key].append(m)
                res.names.pop(alone)
                res.types.pop(alone)

    def _listed_with_places(self) -> None:
        """An unknown name listed right before a known city or country, in a list of three or more,
        is a place too (the list is read from its end, where a known place often stands): "from Tarvo,
        Velmo and Surat"."""
        text = self.text
        lone = [word for word in self.lone if text.startswith((", ", " and "), word.end)]
        if not lone:
            return  # (most words: in no list)
        res = self.result
        starts = {m.start for key, ms in res.mentions.items() if res.types[key] == "GPE" for m in ms}
        taken: set[int] = set()
        changed = True
        while changed:
            changed = False
            for word in reversed(lone):
                after = _LIST_AFTER_RE.match(text, word.end)
                if word.start in taken or after is None or after.end() not in starts or not self.name_like([word]):
                    continue
                if after.group() == " and " and not text.startswith(", ", word.start - 2):
                    continue  # (a list of three or more: "Pell and Paris" may be two people)
                self.candidates.append(([word], "GPE"))
                self.candidate_forms.add(word.low)
                taken.add(word.start)
                starts.add(word.start)
                changed = True
        if taken:
            self.lone = [word for word in self.lone if word.start not in taken]

    def _listed_with_orgs(self) -> None:
        """An unknown name listed right next to an organisation is one too: "together with
        Kestrel and Velmora's Tax Office", "the Tax Office, Kestrel and the police"."""
        text = self.text
        lone = [word for word in self.lone if text.startswith((", ", " and "), word.end)
                or text.startswith(", ", word.start - 2) or text.startswith(" and ", word.start - 5)]
        if not lone:
            return  # (most words: in no list)
        res = self.result
        orgs = [ms for key, ms in res.mentions.items() if res.types[key] == "ORG"]
        starts = {m.start for ms in orgs for m in ms}
        ends = {m.end for ms in orgs for m in ms}
        owners: dict[int, int] | None = None
        for word in lone:
            after = _LIST_AFTER_RE.match(text, word.end)
            before = _LIST_BEFORE_RE.search(text, max(0, word.start - 8), word.start)
            nxt = after.end() + 4 if after and text.startswith("the ", after.end()) else after.end() if after else -1
            prev = before.start() if before else -1
            listed = nxt in starts or prev in ends
            if not listed and nxt >= 0:
                if owners is None:  # places with an organisation after their possessive: "Velmora's Tax Office"
                    owners = {m.start: m.end for key, ms in res.mentions.items() if res.types[key] == "GPE"
                              for m in ms if text.startswith(("'s ", "’s "), m.end)}
                listed = nxt in owners and owners[nxt] + 3 in starts
            if listed and self.name_like([word]):
                self.candidates.append(([word], "ORG"))

    def _listed_with_people(self, spans: list[tuple[int, int]] | None = None) -> set[int]:
        """Offsets where a name listed next to a person's would start or end: after "Rui Tavo, "
        or "Rui Tavo and ", before ", Kemal Dur" or " and Kemal Dur" (next to every person found,
        or to the ``spans`` given)."""
        if not self.unsure:
            return set()
        text = self.text
        if spans is None:
            spans = [(m.start, m.end) for key, ms in self.result.mentions.items()
                     if self.result.types[key] == "PERSON" for m in ms]
        out: set[int] = set()
        for start, end in spans:
            work = _WORK_AFTER_RE.match(text, end) if text.startswith(("'s ", "’s "), end) else None
            after = _LIST_AFTER_RE.match(text, work.end() if work else end)  # (or after "A's Title (1634), ")
            if after:
                out.add(after.end())
            before = _LIST_BEFORE_RE.search(text, max(0, start - 8), start)
            if before:
                out.add(before.start())
        return out

    def _resolve_candidates(self) -> None:
        """Names typed by their context are kept unless a word of theirs belongs to a person
        or the same words were typed otherwise."""
        if not self.candidates:
            return
        res = self.result
        person_tokens: set[str] = set()
        for key, etype in res.types.items():
            if etype == "PERSON":
                person_tokens.update(fold(res.names[key]).split())
        for person in self.unsure:
            person_tokens.update(w.low for w in person)
        typed = {fold(m.text): res.types[key] for key, ms in res.mentions.items() for m in ms}
        covered = {m.start for ms in res.mentions.values() for m in ms}
        for words, etype in self.candidates:
            surface = self.text[words[0].start:words[-1].end]
            low = fold(surface)
            if words[0].start in covered or any(t in person_tokens for t in low.split()):
                continue
            if typed.get(low, etype) != etype:
                continue
            if etype == "GPE" and self._person_context(surface):
                continue  # "Putin said", "President Putin": a person's name, not a place
            self.emit(words, etype)
            typed[low] = etype
            self.learn(words, etype)

    def _person_context(self, surface: str) -> bool:
        """Whether the article writes ``surface`` as a person's name somewhere: after a title,
        or before a speech verb (and not after a preposition: "police in Harwick said").
        Only the name's own occurrences are looked at, so this is linear in the text."""
        text = self.text
        for m in re.finditer(re.escape(surface), text):
            if _TITLE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                return True
            if _SPEECH_AFTER.match(text, m.end()):
                before = text[max(0, m.start() - 12):m.start()].split()
                if not before or fold(before[-1]) not in _LOCATIVES | {"of", "at", "from", "to"}:
                    return True
        return False

    def _link_learnt(self) -> None:
        """Bare occurrences of names learnt in this article ("Carrow", "Dorud") are mentions."""
        if not self.learnt:
            return
        res = self.result
        covered = bytearray(len(self.text) + 1)
        for ms in res.mentions.values():
            for m in ms:
                covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        pattern = re.compile(r"(?<![\w-])(?:" + literal_alternation(self.learnt) + r")(?![\w-])")
        for hit in pattern.finditer(self.text):
            if any(covered[hit.start():hit.end()]):
                continue
            key, etype = self.learnt[hit.group()]
            res.add(Mention(hit.start(), hit.end(), hit.group(), etype, key), hit.group())
            covered[hit.start():hit.end()] = b"\x01" * (hit.end() - hit.start())

    def _link_dateline_places(self) -> None:
        """Later bare mentions of the dateline's place ("in Malatya") are that place."""
        for low in self.dateline_places:
            key = f"GPE:{low}"
            form = self.result.names.get(key)
            if not form:
                continue
            taken = {m.start for m in self.result.mentions[key]}
            for m in re.finditer(rf"\b{re.escape(form)}\b", self.text):
                if m.start() not in taken:
                    self.result.add(Mention(m.start(), m.end(), m.group(), "GPE", key), form)

    def _link_surnames(self) -> None:
        """A surname (or a surname with a title) alone joins the full name it belongs to,
        and every further occurrence of a known surname is a mention."""
        res = self.result
        full: dict[str, str] = {}
        for key, _ms in res.mentions.items():
            if res.types[key] == "PERSON":
                toks = fold(res.names[key]).split()
                if len(toks) >= 2:
                    full.setdefault(toks[-1], key)
                if len(toks) >= 3 and toks[-2] in _SURNAME_PARTICLES:
                    full.setdefault(" ".join(toks[-2:]), key)  # "Karim Ben Salah": "Ben Salah"
        for key in list(res.mentions):
            if res.types.get(key) != "PERSON":
                continue
            toks = fold(res.names[key]).split()
            joined = " ".join(toks)
            if (len(toks) == 1 or len(toks) == 2 and toks[0] in _SURNAME_PARTICLES) \
                    and joined in full and full[joined] != key:
                target = full[joined]
                for m in res.mentions.pop(key):
                    m.key = target
                    res.mentions[target].append(m)
                res.names.pop(key)
                res.types.pop(key)
        # further bare occurrences of surnames ("Putin" with no title)
        forms = {res.names[key].split()[-1]: key for key in full.values()}
        if forms:
            covered = bytearray(len(self.text) + 1)  # offsets inside a mention already
            for ms in res.mentions.values():
                for m in ms:
                    covered[m.start:m.end] = b"\x01" * (m.end - m.start)
            pattern = re.compile(r"\b(?:" + literal_alternation(forms) + r")\b")
            for seg in self.segments:
                if seg.kind != "sentence":
                    continue
                for hit in pattern.finditer(self.text, seg.start, seg.end):
                    if covered[hit.start()]:
                        continue
                    key = forms[hit.group()]
                    res.mentions[key].append(Mention(hit.start(), hit.end(), hit.group(), "PERSON", key))
                    covered[hit.start():hit.end()] = b"\x01" * (hit.end() - hit.start())
        # bare gazetteer names missed inside longer runs are found by the runs themselves;
        # single capitalised words that are neither known nor titled were dropped.
        # drop single-token people that never got a full name and were never titled
        for key in list(res.mentions):
            if res.types.get(key) == "PERSON" and len(res.names[key].split()) == 1:
                if not any(m.title for m in res.mentions[key]):
                    res.mentions.pop(key)
                    res.names.pop(key)
                    res.types.pop(key)
        for ms in res.mentions.values():
            ms.sort(key=lambda m: m.start)


def extract(article: Article, segments: list[Segment]) -> ArticleEntities:
    """Names of people, organisations and places in one article, with their mentions."""
    return _Extractor(article, segments).run()


def extract_values(article: Article, segments: list[Segment]) -> ArticleEntities:
    """Dates, times and numbers (with their unit word) in one article."""
    res = ArticleEntities()
    text = article.text
    year = article.date.year if article.date else None
    for seg in segments:
        taken: list[tuple[int, int]] = []
        for t in times_in(text, seg.start, seg.end, default_year=year):
            surface = text[t.start:t.end]
            if t.kind == "time":
                etype, name = "TIME", surface
            else:
                etype = "DATE"
                name = t.date.isoformat() if t.date else surface
            res.add(Mention(t.start, t.end, surface, etype, f"{etype}:{fold(name)}"), name)
            taken.append((t.start, t.end))
        toks = seg.tokens
        for k in [k for k, t in enumerate(toks) if t.norm[:1].isdigit()]:
            tok = toks[k]
            if any(a <= tok.start < b for a, b in taken):
                continue
            if _YEAR_RE.fullmatch(tok.norm):
                continue  # a year on its own
            # the next token (tokens are in order: none before this one starts after it)
            at = next((j for j in range(k + 1, len(toks)) if toks[j].start >= tok.end), len(toks))
            nxt = toks[at] if at < len(toks) else None
            unit = ""
            if nxt and not nxt.stop and nxt.text[:1].islower() and nxt.start - tok.end <= 1 \
                    and not nxt.norm.endswith("ing"):
                unit = nxt.text
                head = toks[at + 1] if at + 1 < len(toks) else None
                if head is not None and not nxt.norm.endswith("s") and _is_plural_head(head) \
                        and text[nxt.end:head.start] == " ":
                    nxt, unit = head, text[nxt.start:head.end]  # "35 fire tenders", "four contract workers"
            end = nxt.end if unit else tok.end  # type: ignore[union-attr]
            if not unit and (pct := _PERCENT_AFTER.match(text, tok.end)):
                end, unit = pct.end(), "%"  # "16.2%", "16.2 per cent": one share however written
            surface = text[tok.start:end]
            res.add(Mention(tok.start, end, surface, "NUMBER", f"NUMBER:{tok.norm} {fold(unit)}"), surface)
    return res


_PERCENT_AFTER = re.compile(r"\s?%|\s+(?:per\s+cent|percent)\b", re.I)


def _is_plural_head(tok: Token) -> bool:
    """A lower-case plural noun, the head of a compound after a figure ("fire tenders")."""
    low = tok.norm
    return (not tok.stop and tok.text[:1].islower() and low.endswith("s") and len(low) > 3
            and not low.endswith(("ss", "us", "is")))


# -- linking the two articles ----------------------------------------------------------

def person_tokens(name: str) -> list[str]:
    return list(_person_tokens(name))


@lru_cache(maxsize=65536)
def _person_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in _NAME_SPLIT.split(fold(name)) if t)


_NAME_SPLIT = re.compile(r"[\s\-]+")


def _similar(a: str, b: str) -> float:
    return Levenshtein.normalized_similarity(a, b)


@lru_cache(maxsize=65536)
def same_person(a: str, b: str) -> str | None:
    """How two person names relate: "same", "variant" (spelled differently), or None."""
    ta, tb = _person_tokens(a), _person_tokens(b)
    if ta == tb:
        return "same"
    if not ta or not tb:
        return None
    if sorted(ta) == sorted(tb):
        return "variant"  # given names in another order
    if ta[-1] == tb[-1]:
        if len(ta) == 1 or len(tb) == 1:
            return "same"
        if ta[0] == tb[0]:
            return "same"
        if _similar(ta[0], tb[0]) >= 0.5 or (min(len(ta[0]), len(tb[0])) == 1 and ta[0][0] == tb[0][0]):
            return "variant"  # Serhiy / Sergey; an initial and its name
        return None
    if _similar(ta[-1], tb[-1]) >= 0.6 and len(ta[-1]) >= 4:
        if len(ta) >= 2 and len(tb) >= 2 and ta[0] == tb[0]:
            return "variant"
        if (len(ta) == 1 or len(tb) == 1) and _similar(ta[-1], tb[-1]) >= 0.8:
            return "variant"
    return None


@dataclass(slots=True)
class LinkedEntity:
    """An entity of the pair, with the keys it has on each side."""

    entity: Entity
    left_keys: list[str]
    right_keys: list[str]
    relation: str  # same | variant


_KIND_WORDS = frozenset("international national regional central main municipal city the of".split())
"""Words a place's or an organisation's name may carry or drop without naming another one."""


def _core_name(name: str) -> str:
    """A name without the words for its kind ("henri coanda" for "Henri Coandă International
    Airport"): empty when nothing distinctive is left."""
    every = fold(name).replace("-", " ").split()
    words = [w for w in every if w not in _KIND_WORDS and w not in _FACILITIES and w not in gazetteer.LOC_HEADS]
    core = " ".join(words)
    return core if len(core) >= 4 and len(words) < len(every) else ""


def _org_forms(ents: ArticleEntities) -> dict[str, str]:
    """Every way an article writes its organisations (folded) -> the organisation's key; a form
    written for two organisations is left out."""
    out: dict[str, str] = {}
    for key, ms in ents.mentions.items():
        if ents.types[key] == "ORG":
            for m in ms:
                form = fold(m.text)
                out[form] = key if out.get(form, key) == key else ""
    return {form: key for form, key in out.items() if key}


def link(left: ArticleEntities, right: ArticleEntities, left_text: str,
         right_text: str) -> list[LinkedEntity]:
    """One entity per real-world thing: the two articles' entities joined."""
    used_right: set[str] = set()
    linked: list[LinkedEntity] = []
    # people of the right article by each of their name's words: a left name is compared
    # only with names that share its first or last word (linear, not all against all)
    by_word: dict[str, list[str]] = {}
    for rkey in right.mentions:
        if right.types[rkey] == "PERSON":
            toks = _person_tokens(right.names[rkey])
            for t in {toks[0], toks[-1]} if toks else ():
                by_word.setdefault(t, []).append(rkey)
    # places and organisations of the right article by their core name (without the words for
    # their kind: "Henri Coandă International Airport" and "Henri Coanda airport" are one place)
    by_core: dict[tuple[str, str], list[str]] = {}
    for rkey in right.mentions:
        if right.types[rkey] in ("LOC", "ORG"):
            core = _core_name(right.names[rkey])
            if core:
                by_core.setdefault((right.types[rkey], core), []).append(rkey)
    by_form: dict[str, str] | None = None
    for lkey, lms in left.mentions.items():
        ltype, lname = left.types[lkey], left.names[lkey]
        match, relation = None, "same"
        if lkey in right.mentions:
            match = lkey
        elif ltype in ("LOC", "ORG"):
            core = _core_name(lname)
            found = by_core.get((ltype, core), []) if core else []
            if len(found) == 1 and found[0] not in left.mentions:
                match, relation = found[0], "variant"
            elif ltype == "ORG":
                # a short name one article gives with the full one ("the State Security Agency
                # (SSA)") and the other alone ("the SSA")
                if by_form is None:
                    by_form = _org_forms(right)
                keys = {by_form[f] for f in {fold(m.text) for m in lms} if f in by_form}
                if len(keys) == 1 and (rkey := keys.pop()) not in left.mentions:
                    match, relation = rkey, "variant"
        elif ltype == "PERSON":
            best = None
            ltoks = _person_tokens(lname)
            nearby = sorted({k for t in ({ltoks[0], ltoks[-1]} if ltoks else ()) for k in by_word.get(t, ())})
            for rkey in nearby:
                if rkey in used_right:
                    continue
                rel = same_person(lname, right.names[rkey])
                if rel and (best is None or rel == "same"):
                    best = (rkey, rel)
                    if rel == "same":
                        break
            if best:
                match, relation = best
        if match and match in used_right:
            match = None
        rms = right.mentions.get(match, []) if match else []
        if match:
            used_right.add(match)
            if relation == "same" and {fold(m.text) for m in lms}.isdisjoint({fold(m.text) for m in rms}) \
                    and ltype != "PERSON":
                relation = "variant"
        entity = Entity(
            name=lname,
            type=ltype,
            left=[Span(m.start, m.end) for m in lms],
            right=[Span(m.start, m.end) for m in rms],
            left_forms=sorted({m.text for m in lms}),
            right_forms=sorted({m.text for m in rms}),
        )
        if match and ltype == "PERSON" and len(right.names[match]) > len(lname) and relation == "same":
            entity.name = right.names[match]
        linked.append(LinkedEntity(entity, [lkey], [match] if match else [], relation))
    for rkey, rms in right.mentions.items():
        if rkey in used_right:
            continue
        entity = Entity(
            name=right.names[rkey], type=right.types[rkey],
            right=[Span(m.start, m.end) for m in rms], right_forms=sorted({m.text for m in rms}),
        )
        linked.append(LinkedEntity(entity, [], [rkey], "same"))
    return linked

"""Sentence text -> entity mentions: gazetteer names, titled people, ministries, governments, groups.

A blank pipeline needs no trained model: names come from the gazetteer tables,
people from title patterns ("Lithuanian President Gitanas Nausėda", "Sultan
Haitham bin Tariq of Oman", "Nausėda, Lithuania's president", "the British
ambassador"), organisations from the gazetteer and from patterns ("Lithuania's
Foreign Ministry"), governments from metonyms ("the Kremlin", "Belarusian
authorities"), and groups from counted noun phrases ("52 political prisoners",
"three Britons", "several Lithuanian citizens").

>>> finder = MentionFinder.default()
>>> state = ArticleState()
>>> [(m.text, m.code, m.key) for m in finder.find("Lithuanian President Gitanas Nausėda met three Britons.", state)]
[('Lithuanian President Gitanas Nausėda', 'P', ('entry', 'gitanas-nauseda')), ('three Britons', 'G', ('group', '3||britons'))]
>>> m = finder.find("Sultan Haitham bin Tariq of Oman spoke.", state)[0]
>>> (m.key, m.title, m.leader_of)
(('entry', 'haitham-bin-tariq'), 'Sultan', ('country', 'OM'))
"""

from __future__ import annotations

import calendar

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.cache import regex  # the big patterns' compiled programs come from kg's start-up cache
from kg.extraction.gazetteer import (NAME_TITLES, Gazetteer, NameRecord, default_gazetteer, held_then,
                                     leader_by_surname, surname_clash,
                                     leaders_by_surname, leaders_in_office, leaders_named, leaders_on, leaders_undated,
                                     lowered, titled_leader_names, tokenize)
from kg.extraction.patterns import Needs
from kg.extraction.resources import Resources, load_resources


# a government named as of the past, before its leader's name
# "the regime of X had ruled for 42 years": a rule that is over
_HAD_RULED = re.compile(r",? (?:who |which )?had (?:long |once |previously )?(?:ruled|led|governed|run|held)\b")
_THEN_GOVERNMENT = re.compile(r"(?i)\b(?:then-|former |previous |late )[\w-]*(?: [\w-]+){0,3}? (?:government|regime"
                              r"|administration|cabinet|rule|junta) of (?:the )?$")

# "the brothers Boris and Igor Rotenberg": a given name that shares the surname of the name after "and"
_SHARED_SURNAME = re.compile(r"\b(?:brothers|sisters|siblings) ([A-Z][a-z]+) and ")

# "freed Mordy and Natali Oknin": a given name alone, right after a lowercase word, before "and" and a full name
_COUPLE = re.compile(r"\b(?!(?:and|or|of) )[a-z]{2,} ([A-Z][a-z]{2,}) and $")
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})

# "Callie Strydom and his wife Monique", "Jan Holm, 45, his wife Eva,", "Lena Vos, a rights activist, and her
# husband Piet": a spouse named by a given name alone, right after a full name (and its age or a description),
# shares its surname
_SPOUSE = re.compile(r"(?:, \d{1,3})?(?:, [^,;()]{1,80}?,)?(?:,| and) (?:his wife|her husband),? ([A-Z][a-z]{2,})\b"
                     r"(?! [A-Z])")
# "Alexander's mother, Yael,": a relative named by a given name alone after the possessive shares the surname
_MEN_NEAR_KIN = frozenset({"husband", "son", "brother", "father"})
_WOMEN_NEAR_KIN = frozenset({"wife", "daughter", "sister", "mother"})
_MEN_KIN = _MEN_NEAR_KIN | {"nephew", "uncle"}
_WOMEN_KIN = _WOMEN_NEAR_KIN | {"aunt", "niece", "daughter-in-law"}
_KIN_WORDS = _MEN_KIN | _WOMEN_KIN | {"cousin", "son-in-law"}
# a country by its kind, not its name: "President of the Republic", "the country's president"
_STATE_NOUNS = frozenset({"Republic", "State", "Nation", "Country", "Kingdom", "Emirate", "Emirates", "Federation"})
_HONORIFICS = frozenset({"mr", "ms", "mrs", "miss", "madame", "mme"})
_AGE_SPLIT = re.compile(r"\b(\d{1,3}) - year-old")
_INTERIM = frozenset({"caretaker", "interim", "acting"})  # "the caretaker prime minister, X": the office all the same
_STATE_WORDS = frozenset({"country", "nation", "kingdom", "emirate", "state", "agency", "organisation", "organization",
                          "body", "bloc", "alliance", "fund", "bank"})
_CHILD_KIN = frozenset({"son", "daughter", "brother", "sister", "nephew", "niece", "cousin"})
_KIN_NAMED = re.compile(r"(?:'s|\u2019s) (?:" + "|".join(sorted(_MEN_NEAR_KIN | _WOMEN_NEAR_KIN | {"widow"}))
                        + r"),? ([A-Z][a-z]{2,})\b(?! [A-Z])")

# a sentence about a measure, and a nationality before goods or the parts of an economy ("on Australian barley")
_NATIONAL_GOODS = re.compile(r"\b((?:South |North |New )?[A-Z][a-z]+) (?:[a-z]+ )?(?:exports|imports|goods|products|oil|gas|crude"
                             r"|banks|barley|wine|coal|steel|aluminium|aluminum|beef|timber|seafood|airlines|shipping"
                             r"|diamonds|iron|gold|uranium|textiles|arms)\b")

# words after "the committee" that make it no clause's subject ("praised the committee for its work")
# (read only for a word opening with a lowercase letter: any other, "'s" among them, is refused before it)
_NOT_AFTER_COMMITTEE = frozenset({"for", "of", "on", "in", "at", "to", "with", "and", "or", "that", "which", "who",
                                  "as", "by", "from", "about"})

# "under Canadian sanctions": who holds the measure (never "subject to Russian sanctions", "in breach of Iranian
# sanctions", which more often name the country they fall on)
_NATIONAL_MEASURE = re.compile(r"\bunder (?:existing |separate |its |their )?((?:South |North |New )?"
                               r"[A-Z][a-z]+) (?:[a-z]+ )?(?:sanctions|embargo|asset freeze|travel ban)\b")

# people or firms a word of origin may describe ("sanctions against European individuals"), who hold no office
_ORIGIN_NOUNS = frozenset({"individuals", "entities", "persons", "people", "nationals", "citizens", "companies", "firms"})
# plural nouns for people that a capitalised adjective may describe ("Republican senators", "Kurdish officials")
_PEOPLE_NOUNS = frozenset({"senators", "senator", "lawmakers", "legislators", "congressmen", "congresswomen", "officials",
                           "ministers", "generals", "commanders", "officers", "judges", "prosecutors", "deputies", "mps",
                           "members", "leaders", "politicians", "activists", "journalists", "businessmen", "oligarchs"}) \
    | _ORIGIN_NOUNS

# the nouns of a government once the article has named its country: "the military government" ...
_MILITARY_RULE_NOUNS = frozenset({"government", "authorities", "regime"})
_RULE_NOUNS = _MILITARY_RULE_NOUNS | {"junta"}  # ... "the junta"
_GOVERNMENT_ANAPHORS = _RULE_NOUNS | {"administration"}  # ... and "the administration" it named

# the units of a body, whose commander does not lead the body
_SUB_UNITS = frozenset({"command", "patrol", "unit", "units", "division", "branch", "wing", "brigade", "battalion",
                        "regiment", "corps", "fleet", "squadron", "section", "directorate", "department", "bureau",
                        "office", "force", "navy", "team", "cell", "service", "mission", "missions", "delegation"})

# the particles of Arabic names, whose full forms run past five words
_NAME_PARTICLES = frozenset({"Al", "al", "bin", "bint", "ibn", "Abu", "Abd", "el", "El"})

# words after which a name opens a clause as its subject ("said Biden had approved", "when Putin met")
_CLAUSE_OPENERS = frozenset({"that", "said", "says", "when", "while", "as", "after", "before", "because", "and", "but",
                             "where", "since", "until", "though", "although"})


# the rank before "<demonym> officials" that makes them people described, not their government, as what a measure
# falls on ("sanctions against top Malian officials"), and the nouns of such people
_RANKS = frozenset({"top", "senior", "high-ranking", "high-level", "leading"})
_RANKED_PEOPLE = frozenset({"officials", "ministers", "generals", "commanders", "officers", "diplomats", "leaders",
                            "lawmakers", "judges", "prosecutors"})


@dataclass(unsafe_hash=True)
class Found:
    """A mention in a sentence: offsets are relative to the sentence text.

    ``code`` is the placeholder class: C country, K a government named by metonym, L city, P person,
    O organisation, G group of people, N an unknown proper name.

    Never changed once made (``dataclasses.replace`` makes a new one), and hashed by its fields as a frozen
    dataclass is; it is not declared frozen, for a frozen dataclass sets each of its twenty fields through
    ``object.__setattr__``, which made a mention cost four times as much to make.
    """

    text: str
    start: int
    end: int
    code: str
    key: tuple
    title: str | None = None
    nationality: str | None = None  # ISO alpha-2
    org: str | None = None  # gazetteer id of an organisation a person belongs to
    leader_of: tuple | None = None  # entity key
    leader_confidence: float = 0.0
    also_leads: tuple | None = None  # "the army, led by X, who also heads the council": a second body X heads
    former: bool = False
    count: int | None = None
    qualifier: str | None = None
    subgroup_of: tuple | None = None
    acts_for: tuple | None = None  # for cities: the government they stand for
    label: str | None = None  # for groups: the counted phrase as written ("ten Americans")
    rule: str = ""
    members: tuple = ()  # "them" for several people named before: the other people it stands for


_FUNCTION_WORDS = frozenset(
    "the a an in on at for with by from to of and but or as while when since under during before after this that "
    "these those its his her their our new former then both all if last next early late earlier later over into "
    "amid despite following meanwhile also only even some many most several".split())


# "it is unclear", "it would": an "it" before these words stands for no party
_EXPLETIVE_NEXT = frozenset({"is", "was", "would", "will", "seems", "seemed", "remains", "remained", "appears",
                             "appeared", "could", "may", "might", "should", "must", "can", "takes", "took", "means",
                             "meant", "marks", "marked", "comes", "came", "follows", "followed", "includes", "included"})
_OPENING_WORDS = re.compile(r"\w+")
# the titles of a body's head that the patterns of heads read ("the junta chief, X", "X, the head of the junta",
# "its chairman, X"), and the words that may qualify one ("its current leader")
_BODY_HEAD_TITLES = ("leader", "president", "chairman", "chairwoman", "chairperson", "chair", "speaker",
                     "director general", "director-general", "head", "chief", "chief executive", "secretary general",
                     "secretary-general", "commander")
_HEAD_QUALIFIERS = ("current", "supreme", "top", "long-serving", "new", "political", "interim", "acting", "overall",
                    "rotating")


def _head_words(*qualifiers: str) -> str:
    """A pattern of a head's title, after an optional qualifier (the usual ones and ``qualifiers``)."""
    return (r"(?:(?:" + "|".join((*qualifiers, *_HEAD_QUALIFIERS)) + r") )?(?:" + "|".join(_BODY_HEAD_TITLES) + r")")


# "still", "now": words between a head and the verb or the office that keep it in office ("who now leads")
_STILL_WORDS = ("now", "currently", "still", "also")
# the items of a party told by its own words ("armed men", "the captors", "the gang", "the hijackers"): no body named
_PARTY_ITEMS = frozenset({"armed", "captors", "band", "own", "bare"})
# the words before an airport named as a place one arrives at or leaves from
_AIRPORT_PREPS = frozenset({"at", "to", "in", "into", "from", "via", "through"})
# a word inside a name that makes it a place, not a person ("Joint Base Andrews", "Camp David Accords")
_PLACE_HEADS = frozenset({"Base", "Airport", "Airfield", "Camp", "Palace", "Square", "Station", "Hotel", "Hall",
                          "Bridge", "Island", "Islands", "Prison", "Port"})


# plural nouns for the fighters of an armed group ("the rebels freed two hostages"): the armed group named last
_ARMED_NOUNS = frozenset({"rebels", "militants", "guerrillas", "insurgents", "kidnappers", "captors", "jihadists",
                          "gunmen", "fighters", "pirates", "abductors", "separatists"})
# "freed by his captors": the people who held a hostage; "Somali pirates freed A": a nation's armed band. Either is
# the armed group named before, else a party of its own words (the acting party of a release the text names no other)
_CAPTOR_NOUNS = frozenset({"captors", "kidnappers", "abductors"})
_POSSESSIVES = frozenset({"his", "her", "their"})
# plural nouns of people that, definite and with no count, may stand for the people the sentence before named
_NAMED_PLURALS = frozenset({"men", "women", "generals", "officers", "businessmen", "oligarchs",
                            "individuals", "commanders", "ministers", "executives", "lawmakers", "judges"})
# the words before "captors" or "side(s)" that make a mention of them (a cheap gate at every token)
_DESCR_HEADS = _POSSESSIVES | frozenset({"each", "both", "either"})
# "both sides", "the two governments", "each country": the two countries a pair named ("Russia and Ukraine")
_SIDE_NOUNS = frozenset({"sides", "countries", "governments", "nations"})
_SIDE_NOUN = frozenset({"side", "country", "government", "nation"})
_POSSESSIVE_MARKS = frozenset({"'", "'s", "\u2019", "\u2019s"})  # "the two countries' leaders" are not the two countries
_BAND_NOUNS = frozenset({"pirates", "militants", "rebels", "insurgents", "kidnappers", "gunmen", "guerrillas"})
# the same nouns with no name or nationality before them ("Militants freed A", "was released by kidnappers",
# "pro-Russian separatists freed ..."): the party of its own words (read only as the one that freed someone)
_BARE_BAND_NOUNS = _BAND_NOUNS | frozenset({"separatists", "captors", "abductors", "jihadists", "hijackers"})
# words before such a noun that stay in its description ("masked gunmen", "Islamist militants")
_BAND_MODIFIERS = frozenset({"armed", "masked", "unidentified", "unknown", "suspected", "islamist", "islamic",
                             "jihadist", "maoist", "separatist", "tribal", "local", "rebel", "militant"})
# the tokens after which a capital opens the sentence (a wire dateline's dash, a quotation mark, a colon)
_OPENING_MARKS = frozenset({"-", "\u2014", "\u2013", '"', "\u201c", ":", "("})

@dataclass
class ArticleState:
    """What the mention finder remembers across the sentences of one article."""

    surnames: dict[str, tuple] = field(default_factory=dict)  # "nausėda" -> person key
    # an acronym the article gave in brackets after a body no gazetteer knows -> the body ("Rapid Action Battalion
    # (RAB)" ... "the RAB")
    acronyms: dict[str, tuple[str, tuple]] = field(default_factory=dict)  # (its code, its key)
    # a woman told as a man's relative who took his surname over -> that man ("his wife, Hillary Rodham Clinton")
    kin_of: dict[tuple, tuple] = field(default_factory=dict)
    given: dict[str, tuple | None] = field(default_factory=dict)  # "abiy" -> person key (None: two people share it)
    person_info: dict[tuple, Found] = field(default_factory=dict)
    groups: list[tuple[int, Found]] = field(default_factory=list)  # (sentence index, group)
    sentence: int = 0
    previous_people: list[Found] = field(default_factory=list)  # people of the sentence before
    previous_list: list[Found] = field(default_factory=list)  # ... when they are one list ("A, B and C"), else none
    previous_countries: list[Found] = field(default_factory=list)  # countries the sentence before named, for "each side"
    people_history: list[tuple[int, list[Found]]] = field(default_factory=list)  # (sentence, its distinct people)
    plural: tuple[int, list[Found]] | None = None  # the people of the last "the two men", "the trio"
    family_first: dict[str, tuple] = field(default_factory=dict)  # "wang" -> the key of "Wang Dan", for "Mr. Wang"
    freed_list: tuple[int, list[Found]] | None = None  # the list of people and groups a sentence freed
    freed_run: tuple[int, list[Found]] | None = None  # the last "A and B" of a sentence with a release word
    # the one person the last sentence that told a release freed, and the words that described them there
    freed_one: tuple[int, Found, frozenset[str]] | None = None
    among: tuple[int, list[Found]] | None = None  # "A and B were among 2,000 prisoners pardoned": A and B, the subject
    previous_subject: Found | None = None  # the country or body that opened the sentence before, for "it"
    previous_subject_alone: bool = False  # ... and it opened it by itself (not "Peru's embassy", "Chile and Peru")
    salient: tuple[int, Found] | None = None  # (sentence, person) "he" or "she" stands for: see _salient
    quote_open: int = 0  # sentences a quotation has run on unclosed (a quote over several sentences)
    list_open: bool = False  # the sentences are the lines of a list a colon sentence opened: capitals are names
    previous_persons: list[Found] = field(default_factory=list)  # people of the sentence before, pronouns too
    gender: dict[tuple, str] = field(default_factory=dict)  # person key -> "m" or "f" from the pronouns used of them
    orgs: dict[str, tuple] = field(default_factory=dict)  # "morality police" -> its key, for "the morality police"
    last_union: tuple | None = None  # the last international organisation named, for "the bloc"
    last_office: dict = field(default_factory=dict)  # "department"/"ministry" -> the last such body named
    last_council: tuple | None = None  # the last council named, for "the council"
    last_armed: tuple | None = None  # the last armed group named, for "the rebels", "the militants"
    country_lists: list = field(default_factory=list)  # (sentence, countries joined in a list), for "the two countries"
    group_members: dict = field(default_factory=dict)  # a counted group -> the people a list right after it named
    definite_groups: set = field(default_factory=set)  # counted groups told with "the" ("the two former governors")
    org_history: list = field(default_factory=list)  # (sentence, organisation) named, for "the association's head"
    out_of_office: set = field(default_factory=set)  # people the article told as ousted or former: no office later
    last_country: tuple | None = None  # the last country named, for "the junta"
    prev_countries: tuple = ()  # the countries the sentence before named as a target might be, for "that country"
    last_government: tuple | None = None  # the country of the last government named with it ("Myanmar's government")
    last_administration: tuple | None = None  # the country of the last "Trump administration", for "the administration"
    date: object = None  # the article's date: dated facts (who held an office then) apply only with it
    years: frozenset[int] = frozenset()  # the years an undated article mentions (its date is at or after the last)
    undated: bool = False  # no date but years in the text: dated facts apply when those years make them unambiguous
    text: str = ""  # the article's text, read for the countries it names only when two leaders share a surname
    context: frozenset[str] | None = None  # those countries (ISO codes), once read: see MentionFinder._context_countries


@dataclass(slots=True)
class _Item:
    kind: str  # name, title, ministry, group, cap, w
    i: int  # first token
    j: int  # one past the last token
    recs: list[NameRecord] | tuple = ()  # read only (one shared empty default, not a new list per word)
    value: object = None  # items are never changed once made (plain words' are shared: see _WORDS)


# A plain word's item depends on its position only, and no item is ever changed: one made for each of the first
# positions serves every sentence.
_WORDS = tuple(_Item("w", i, i + 1) for i in range(400))

# the kinds of item :meth:`MentionFinder._plain` reads (it finds nothing at any other)
_PLAIN_KINDS = frozenset({"group", "anaphor", "partitive", "name", "cap"})

# the lowercase words that open the items of :meth:`MentionFinder._pronoun_item`
_PRONOUN_HEADS = frozenset({"the", "all", "both", "it", "he", "she", "they", "him", "her", "them", "his", "their"})


# the verbs of a release before "and a Danish citizen" in its clause, and the passive after "that a Danish citizen"
_FREED_BEFORE = re.compile(r"\b(?:freed|frees|released|releases|pardoned|pardons)\s[^.;:()]{0,120}\sand\s$")
_FREED_AFTER = re.compile(r"\s+(?:had|has|have|was|were)\s+(?:also\s+|now\s+)?(?:been\s+)?(?:freed|released|pardoned)\b")


def _one_more_freed(text: str, m) -> bool:
    """Whether the one person of a nationality the group pattern read ("a Danish citizen") is freed: right after a
    release verb (the pattern's own context), after "and" in the object of one ("released two Austrians and a Danish
    citizen"), or as the subject of a passive release in a "that" clause ("confirmed that a Danish citizen had been
    freed"); nowhere else ("met A and a Danish official" tells of nobody freed)."""
    before = text[:m.start()]
    if before.endswith(" and "):
        return _FREED_BEFORE.search(before) is not None and not re.search(r"\b(?:not|never|refused|refuses)\b",
                                                                          before[-140:])
    if before.endswith("that ") and not before.endswith(" and that "):
        return _FREED_AFTER.match(text, m.end()) is not None
    return True


class MentionFinder:
    """Finds mentions with a :class:`Gazetteer` and the lexicon's word lists."""

    def __init__(self, gaz: Gazetteer, res: Resources) -> None:
        lex = res.lexicon
        self.gaz = gaz
        self._pair_country: str | None = None  # the country of the first of two coordinated ministries
        self._pair_owner = ""  # its words before the first ministry ("Turkey's")
        self.lex = lex
        self.former = {w.lower().rstrip("-") for w in lex["former_markers"]}
        self.prefix_mods = _phrases(lex["title_prefixes"])
        self.connectors = {w for w in lex["name_connectors"]}
        self.gov_nouns = {w.lower() for w in lex["government_nouns"]}
        # the words (lowercase tokens) of which every government _government finds holds one
        self.government_words = frozenset(self.gov_nouns | _GOVERNMENT_ANAPHORS | _PRAISED_DEEDS)
        self.gov_adjectives = {"transitional", "interim", "new", "military", "civilian", "provisional", "federal", "central",
                               "national", "current", "elected", "de facto", "caretaker", "coalition", "outgoing",
                               "incoming", "ruling", "visiting", "official"}
        self.loose_qualifiers = {"over", "some", "about", "around", "another"}
        self.generic_nouns = {"men", "women", "people", "persons", "prisoners", "detainees", "individuals", "captives",
                              "hostages", "servicemen", "soldiers", "citizens", "nationals"}
        self.particle_verbs = {"handed", "hand", "hands", "handing", "turned", "turn", "turns", "passed", "took", "taken",
                               "signed", "won", "flew", "brought", "carried", "looked"}
        self.descriptor_nouns = {w.lower() for w in lex["descriptor_nouns"]}
        self.org_heads = {w: t for t, words in lex["org_heads"].items() for w in words}
        # head nouns that name a body only with a complement of capital words ("House of Representatives"; never
        # "Government of Canada", the country)
        self.of_org_heads = {w: t for t, words in lex.get("of_org_heads", {}).items() for w in words}
        # a chamber's titles and the kinds of body each heads ("Parliament Speaker X", "the Senate chair X"; never
        # "Keynote speaker X", "Harvard University chair X", the UN's "speaker")
        self.chamber_titles = {t.lower(): frozenset(kinds) for t, kinds in lex.get("chamber_titles", {}).items()}
        self.chamber_title_re = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, self.chamber_titles)) + r")\b") \
            if self.chamber_titles else None
        lower_heads = {w: t for t, words in lex["lower_org_heads"].items() for w in words}
        lower_head_alt = "|".join(re.escape(w) for w in sorted(lower_heads, key=len, reverse=True))
        # (not a head before the people it qualifies: "Nigeria's military rulers", "Iran's police chiefs")
        self.lower_org_re = re.compile(r"(?P<words>(?:[a-z][\w-]*\s+){0,2}?(?P<head>" + lower_head_alt + r"))\b"
                                       r"(?!\s+(?:rulers|leaders|chiefs|commanders|officials|officers)\b)")
        # any lowercase head anywhere in a sentence (no word boundary needed): whether _org may find one there (a tree
        # of shared prefixes, read once along the sentence: most sentences hold none; its "\s+" only finds more)
        self.lower_head_anywhere_re = re.compile(_trie_alternation(lower_heads) or lower_head_alt)
        self.lower_org_type = lower_heads
        # what every organisation _org finds holds: a head noun (a token, in any case) or a lowercase head
        self.org_head_words = frozenset(w.lower() for w in (*self.org_heads, *self.of_org_heads))
        self.desc_stop = {"on", "against", "to", "of", "for", "with", "by", "from", "in", "and", "or", "the", "a", "an",
                          "sanctions", "that", "who", "which", "was", "were", "is", "are", "has", "had", "said", "says",
                          "its", "their", "his", "her", "including", "as", "at", "after", "before", "but"}
        self.not_names = set(lex["not_names"])
        # the union a body of it belongs to ("the Council of the European Union ... the bloc": the union, not its
        # council), when the gazetteer has the union
        unions: dict[str, str] = {}
        for e in gaz.entries.values():
            if e.type == "InternationalOrganization" and e.label:
                unions.setdefault(e.label, e.id)
        self.union_of = {e.id: ("entry", unions[e.label[len("Council of the "):]]) for e in gaz.entries.values()
                         if e.label and e.label.startswith("Council of the ") and e.label[len("Council of the "):] in unions}
        # a body's executive arm that the gazetteer holds as an organisation of its own: an entry one of whose names
        # is one of the body's names and an organ's word ("EU Commission", a name of the European Commission, is the
        # EU's): (the body's id, the organ's word) -> that entry's id
        names = [(e.id, name.removeprefix("the ")) for e in gaz.entries.values() if e.type not in _NOT_BODIES
                 for name in (e.label, *e.aliases) if name]
        bodies: dict[str, str] = {}
        for id_, name in names:
            bodies.setdefault(name, id_)
        self.organ_of: dict[tuple[str, str], str] = {}
        for id_, name in names:
            body, _, organ = name.rpartition(" ")
            if organ in _ORGANS and bodies.get(body, id_) != id_:
                self.organ_of.setdefault((bodies[body], organ), id_)
        # ... and "the bloc" after such an organ of a union is the union ("José Manuel Barroso, the president of the
        # European Commission ... thanked the bloc": the EU)
        for (body_id, _), organ_id in self.organ_of.items():
            if gaz.entries[body_id].type == "InternationalOrganization":
                self.union_of.setdefault(organ_id, ("entry", body_id))
        # the last words of a building's or a monument's name ("Elmina Castle"): no person's, and no name "he" or
        # "she" stands for
        building_heads = frozenset(lex.get("building_heads", ()))
        self.not_person_heads = set(lex.get("not_person_heads", ())) | building_heads
        self.thing_heads = _THING_HEADS | building_heads
        # the words of a state body's name: its head nouns and a few more (no person's name holds one)
        self.body_words = frozenset(w for t in ("GovernmentBody", "Ministry") for w in lex["org_heads"].get(t, ())) \
            | _BODY_NAME_WORDS
        # a rank below the head before a body's title ("senior Hamas leader X", "a senior X commander"): one of
        # the body's men, not the one who leads it
        self.ranks = frozenset(w.lower() for w in lex.get("rank_markers", ()))
        self.not_leader = {w.lower() for w in lex["not_leader_markers"]} | self.ranks
        cues = lex.get("out_of_office_cues", ())
        self.out_of_office = re.compile(r"(?i)\b(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
                                        + r")\b[^,;.]{0,40}$") if cues else None
        self.clause_verbs = {w.lower() for w in lex["clause_verbs"]}
        self.group_words = {w.lower() for w in lex["group_nouns"] + lex["group_adjectives"]}
        # The name of a law or treaty ("the Countering America's Adversaries Through Sanctions Act", "the Hong Kong
        # Autonomy Act"): the places and people inside it take no part in the sentence.
        self.document_re = re.compile(
            r"\b(?:[A-Z][\w.\u2019'-]*\s+(?:(?:of|and|for|on|to|the|in|against)\s+)?){1,9}(?:"
            + "|".join(re.escape(w) for w in lex["document_heads"]) + r")\b(?!\s+[A-Z][a-z])")  # not "President Bill Clinton"
        # a match of document_re holds one of its heads as written: one search for any of them rules most sentences out
        # (a tree of shared prefixes, read once along the sentence)
        self.document_heads = re.compile(_trie_alternation(lex["document_heads"])
                                         or "|".join(re.escape(w) for w in lex["document_heads"]))
        # "under the Global Magnitsky programme": a named programme, but only after "under" ("the Assad regime" acts)
        self.programme_re = re.compile(r"(?:(?<=\bunder )|(?<=\bwithin ))(?:the |its |a )?(?:[A-Z][\w.\u2019'-]*\s+){1,6}(?:"
                                       r"sanctions\s)?(?:programme|program|regime|framework|authorities|authority)\b")
        self.under_document_re = re.compile(r",?\s(?:under|within|in line with|pursuant to|as part of)\s(?:the\s|its\s)?(?:"
                                            + self.document_re.pattern + r"|(?:a\s)?(?:[A-Z][\w.\u2019'-]*\s+){1,6}(?:"
                                            r"sanctions\s)?(?:programme|program|regime|framework|authorities|authority))"
                                            r"(?:\s\d{4})?,?")

        self.number_words = {k.lower(): v for k, v in lex["number_words"].items()}
        self.counted = {w: v for w, v in self.number_words.items() if 2 <= v <= 5 and " " not in w}  # "the two men"
        self.all_counted = {w: v for w, v in self.number_words.items() if 2 <= v <= 20 and " " not in w}  # "all six"
        # the words (lowercase) after "the" with which it can open a pronoun's item (see _pronoun_item)
        self.after_the = frozenset({*_ARMED_NOUNS, *_BARE_BAND_NOUNS, "bloc", "alliance", "council", "committee", "group",
                                    "department", "ministry", *self.counted,
                                    *_SETS})
        plural_dems = sorted({" ".join(r.surface) for recs in gaz.names.values() for r in recs
                              if r.kind == "demonym_plural"}, key=len, reverse=True)
        dems = sorted({" ".join(r.surface) for recs in gaz.names.values() for r in recs
                       if r.kind in ("demonym", "country")}, key=len, reverse=True)
        # longest first, then in a fixed order, so that a pattern is the same in every process (the cache's key)
        plain_alt = lambda words: "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                           for w in sorted(set(words), key=lambda w: (-len(w), w)))
        case_alt = lambda words: _trie_alternation(words, case=True) or plain_alt(words)  # in case-sensitive ones
        alt = lambda words: _trie_alternation(words, fold=True) or plain_alt(words)  # in case-insensitive patterns
        self.gapped_count_re = re.compile(_GAPPED_COUNT.format(qualifiers=plain_alt(lex["count_qualifiers"])))
        num = r"\d{1,3}(?:,\d{3})+|\d+|" + SPELLED_COMPOUND + "|" + alt(list(self.number_words) + lex["vague_counts"])
        # "13 current and former officials", "10 Russian and Ukrainian officials": two modifiers joined
        # ("seven Venezuelan military and police officials", "senior army and intelligence officers")
        # (two kinds of office only before officials and officers: "21 military and civilian personnel" are no such set)
        pair = r"(?:(?:current|former|serving|retired|sitting|" + alt(dems) + r")\s+(?:and|or)\s+" \
            r"|(?:military|police|security|intelligence|government|army|judicial|business|party|defence|defense)" \
            r"\s+(?:and|or)\s+(?=[a-z]+\s+(?:officials|officers|commanders|leaders|figures)\b))"
        mods = (r"(?:(?:" + pair + r")?(?:" + alt(lex["group_adjectives"]) + r"|" + alt(dems)
                + r"|[A-Z][\w.'\u2019-]*-held|\d{1,3}-year-old|(?!(?:and|or|but|than|from|with|them|those|these|whom|which)\b)[a-z][a-z-]{2,})\s+){0,3}?")
        nouns = alt(lex["group_nouns"] + plural_dems)
        # Plurals no list names, by the endings of nouns for people and firms: "gang leaders", "drone makers".
        suffixed = (r"(?!(?:" + alt(lex["not_group_nouns"]) + r")\b)[a-z][a-z-]{1,}(?:"
                    + alt(lex["group_noun_suffixes"]) + ")")
        # ... or the singular of a plural one ("one Dane", "one Finn": words that are also given names elsewhere)
        one_of = [p[:-1] for p in plural_dems if p.endswith("s") and not p.endswith("ss") and " " not in p]
        # "one Filipino": a singular demonym only right after "one" and with no noun after it
        nouns = nouns + "|" + suffixed + r"|(?P<sing>(?<=\bone )(?:" + alt(dems + one_of) + r"))(?!\s+(?!(?:and|or|on|in|at|to|from|for|who|was|were|with|by|as)\b)[a-z])"
        # "351 members of Russia's state Duma", "19 members of his inner circle", "two senior commanders of the Houthi
        # movement": the body they belong to
        of_body = (r"(?:(?:(?<=members)|(?<=commanders))\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|[A-Z][\w.-]*(?:'s|\u2019s)\s+)"
                   r"(?:[\w-]+\s+){0,2}?[\w-]+(?=\s*[,.;:)]|\s+(?:who|which|that|and|in|on|for|to|from|over|with|at|as"
                   r"|were|was|are|is|had|have|has)\b|$))?")
        singulars = sorted({w[:-3] + "man" if w.endswith("men") else w[:-1] for w in lex["group_nouns"]
                            if " " not in w and (w.endswith("men") or w.endswith("s") and not w.endswith(("ss", "ies")))})
        # "freed an American citizen", "sanctioned a British national": one person of a nationality, as the object of a
        # release or a sanction (nowhere else: a group of one is no set that "they" or a list stands for)
        lower_dems = {d.lower() for d in dems}
        # (and "missionary", "secretary" of "-ies": "freed an Australian missionary")
        people_singulars = [w for w in singulars if w.lower() not in lower_dems] + sorted(
            {w[:-3] + "y" for w in lex["group_nouns"] if " " not in w and w.endswith("ies")
             and w not in ("entities", "companies", "bodies", "parties", "agencies", "authorities", "refineries",
                           "families")})
        indef = (r"(?:" + "|".join(rf"(?<=\b{v} )" for v in ("freed", "released", "pardoned", "frees", "releases",
                                                             "sanctioned", "designated", "sanctions"))
                 # "had released and deported a 75-year-old Australian missionary"
                 + "".join(rf"|(?<=\b{v} and {w} )" for v in ("freed", "released", "pardoned")
                           for w in ("deported", "expelled", "repatriated"))
                 # "released two Austrians and a Danish citizen", "confirmed that a Danish citizen had been freed"
                 # (kept only in a release: see _one_more_freed)
                 + r"|(?<= and )|(?<=\bthat )"
                 + r")(?P<indef>an?)(?=\s+(?:\d{1,3}-year-old\s+)?(?:" + alt(dems) + r")\s)|")
        self.group_re = regex(
            rf"(?:(?P<qual>{alt(lex['count_qualifiers'])})\s+)?(?P<num>{indef}{num})\s+(?P<mods>{mods})"
            rf"(?P<noun>(?(indef)(?:{alt(people_singulars)})|(?:{nouns})))\b"
            # ("an American citizen, Kyaw Htay Oo": the name that follows is the person, and no group is told)
            # (but "released a Danish citizen, Oman said": the speaker after the comma)
            + r"(?(indef)(?-i:(?!,?\s+(?>[A-Z][\w.'\u2019-]*)(?!\s+(?:said|says|told|reported|announced|confirmed)\b))))"
            # "215 soldiers and civilians": one group of two kinds of people (not after "one Swede": "one Swede and one
            # Briton" are two groups)
            + rf"(?:(?(sing)(?!))(?(indef)(?!))\s+and\s+(?!(?:{num})\s)(?:{mods})(?:{alt(lex['group_nouns'] + plural_dems)})\b"
            # "three police officers and a soldier": one more of a kind
            # (not one of another nationality: "two Austrians and a Danish citizen" are two parties)
            + rf"|(?(sing)(?!))(?(indef)(?!))\s+and\s+(?P<one>an?|one)\s+(?!(?:{alt(dems)})\s)(?:{mods})(?:{alt(singulars)})\b)?"
            + of_body, re.IGNORECASE)
        # plurals, with the irregular ones ("The men were flown to Niamey", "the fishermen", "the children")
        plural_nouns = [w for w in lex["group_nouns"] if w.endswith(("s", "people", "men", "children", "personnel"))]
        self.anaphor_re = regex(  # case-sensitive: "the National Olympic Committee" is no anaphor
            r"(?:(?:[Tt]he|[Tt]hose|[Tt]hese)\s+(?:(?:freed|released|pardoned|political|jailed|detained|remaining|other|"
            + case_alt(dems) + r")\s+){0,2}(?P<noun>" + case_alt(plural_nouns + plural_dems) + r")\b"
            r"|[Tt]hose\s+(?:freed|released|pardoned|exchanged|swapped|deported|expelled|repatriated)\b|[Tt]he\s+(?:freed|released|pardoned)\b(?!\s+\w+s\b)|them\b)")
        self.partitive_re = regex(
            rf"(?P<num>{num})\s+of\s+(?:them|those|these|the\s+(?:(?:{num})\s+)?(?:(?:freed|released|other|remaining|jailed|political|{alt(dems)})\s+){{0,2}}{mods}(?:{nouns}))\b",
            re.IGNORECASE)
        self.number_anaphor_re = re.compile(rf"(?:the|all|those)\s+(?P<num>{num})\b", re.IGNORECASE)
        self.group_start = ({w.split()[0].lower() for w in list(self.number_words) + lex["vague_counts"]
                             + lex["count_qualifiers"]} | {"the", "those", "these", "them", "all"}
                            | {f"{t}-{u}" for t in _TENS[3:-1].split("|") for u in _UNITS[3:-1].split("|")})
        self.subgroup_re = re.compile(r"(?:among\s+(?:them|those\s+\w+|the\s+\w+(?:\s+\w+)?)\s*,?\s*(?:were|was|are|is)?|including)\s*$",
                                      re.IGNORECASE)

        # "the", "those" ... open a group only before these words: saves trying the group patterns at every "the".
        self.determiners = {"the", "those", "these", "all"}
        self.anaphor_next = ({"freed", "released", "pardoned", "political", "jailed", "detained", "remaining", "other",
                              "exchanged", "swapped", "deported", "expelled", "repatriated"}
                             | {w.split()[0].lower() for w in lex["group_nouns"]}
                             | {w.split()[0].lower() for w in list(self.number_words) + lex["vague_counts"] + lex["count_qualifiers"]}
                             | {d.split()[0].lower() for d in dems + plural_dems})
        # Lowercase words that pass 1 may read as more than a plain word; any other lowercase word is one ("w").
        self.item_words = frozenset({"the", "both", "it", "he", "she", "they", "him", "her", "them", "his", "their"}
                                    | self.group_start | self.determiners | set(gaz.first) | set(gaz.ministry_first)
                                    | set(gaz.title_first))
        # The words that _items reads apart from other lowercase words: its plain words, those of its first tests.
        self.special_words = self.item_words | _DESCR_HEADS | {"council"} | _BARE_BAND_NOUNS
        # Plain words that can open a mention: determiners, "former", title prefixes ("acting"), "opposition".
        self.starters = ({"the", "a", "an"} | self.former | self.prefix_mods | self.not_leader
                         | {w.split()[0].lower() for w in lex["former_markers"]})

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> MentionFinder:
        return cls(default_gazetteer(), load_resources())

    # --- pass 1: items ------------------------------------------------------
    def _items(self, text: str, toks: list[tuple[str, int, int]], title_case: bool = False,
               it_ok: bool = False) -> tuple[list[_Item], int]:
        """The sentence's items, and the index of its last title's (-1 with none)."""
        gaz = self.gaz
        items: list[_Item] = []
        last_title = -1
        i, n = 0, len(toks)
        plain = self.item_words
        special = self.special_words
        lows = lowered(toks)  # the gazetteer's lookups below reuse it
        while i < n:
            tok = toks[i][0]
            low = lows[i]
            c = tok[0]
            if low not in special and (c.islower() and "-" not in tok or not c.isalnum() and not c.isupper()):
                # the common case, tested first: an ordinary word or a mark ("," "."), which none of the tests
                # below reads as more (each needs a word of ``special`` or a capital)
                items.append(_WORDS[i] if i < len(_WORDS) else _Item("w", i, i + 1))
                i += 1
                continue
            if low == "council" and i + 1 < n and toks[i + 1][0] == "members" \
                    and not (i > 0 and toks[i - 1][0][:1].isupper()):
                items.append(_Item("organa", i, i + 2, value="council"))  # "thanked council members": the council
                i += 2
                continue
            if low in _DESCR_HEADS and i + 1 < n:
                if low in _POSSESSIVES and toks[i + 1][0] in _CAPTOR_NOUNS:
                    items.append(_Item("organa", i, i + 2, value="captors"))  # "freed by his captors"
                    i += 2
                    continue
                if lows[i + 1] in (_SIDE_NOUNS if low == "both" else _SIDE_NOUN) and low not in _POSSESSIVES \
                        and not (i + 2 < n and lows[i + 2] in _POSSESSIVE_MARKS):
                    # "each side freed 1,000 prisoners", "praised both governments": the two countries told before
                    items.append(_Item("pron", i, i + 2, value="sides"))
                    i += 2
                    continue
            if low == "the" and i + 2 < n and lows[i + 1] == "two" and lows[i + 2] in _SIDE_NOUNS \
                    and not (i + 3 < n and lows[i + 3] in _POSSESSIVE_MARKS):  # (not "the two countries' leaders")
                items.append(_Item("pron", i, i + 3, value="sides"))  # "thanked the two governments"
                i += 3
                continue
            if c.isupper() and i + 1 < n and lows[i + 1] in _BAND_NOUNS and toks[i + 1][0].islower() \
                    and any(r.kind == "demonym" for r in gaz.names.get((low,), ())):
                items.append(_Item("organa", i, i + 2, value="band"))  # "Somali pirates freed A"
                i += 2
                continue
            if low in _BARE_BAND_NOUNS and (c.islower() or i == 0 or toks[i - 1][0] in _OPENING_MARKS) \
                    and not (i + 1 < n and (lows[i + 1] in _POSSESSIVE_MARKS or toks[i + 1][0][:1].isupper())):
                item = self._bare_band(toks, lows, i, items)
                if item is not None:
                    items.append(item)  # "Militants freed A", "freed by masked gunmen", "pro-Russian separatists"
                    i += 1
                    continue
            if low not in plain:
                if c.islower() and "-" not in tok or not c.isalnum() and not c.isupper():
                    # an ordinary word the tests above did not read ("his", "council")
                    items.append(_WORDS[i] if i < len(_WORDS) else _Item("w", i, i + 1))
                    i += 1
                    continue
                if c.isupper() and len(tok) > 1 and not (i + 3 < n and lows[i + 1] == "and"):
                    # a capitalised word that starts no name, title, ministry or group (the tests below come to this)
                    items.append(_Item("cap", i, i + 1))
                    i += 1
                    continue
            if low in _PRONOUN_HEADS:
                item = self._pronoun_item(toks, i, it_ok)
                if item is not None:
                    items.append(item)
                    i = item.j
                    continue
            # a number opens a group only when white space follows it ("52 prisoners"; not "2025," or "3.5")
            if (low in self.group_start or tok[0].isdigit() and text[toks[i][2]:toks[i][2] + 1].isspace()) and (
                    low not in self.determiners or i + 1 < n and (toks[i + 1][0].lower() in self.anaphor_next
                                                                  or toks[i + 1][0].isdigit() and len(toks[i + 1][0]) < 4)):
                m = None if low in self.determiners else self.group_re.match(text, toks[i][1])
                kind = "group"
                if m is None and low not in self.determiners:
                    m = self.partitive_re.match(text, toks[i][1])
                    kind = "partitive"
                    if m is not None and i >= 2 and toks[i - 1][0] == "," and toks[i - 2][0].islower() \
                            and toks[i - 2][0].endswith("s") and m.group(0).lower().endswith(" them") \
                            and not (items and items[-1].kind == "group" and items[-1].j == i - 1):
                        m = None  # "with the Houthi supporters, many of them wounded": a part of the noun before
                if m is None and low == "the" and i + 2 < n and lows[i + 2] == "people" and toks[i + 1][0][:1].isupper() \
                        and (i + 3 == n or lows[i + 3] in _NATION_ENDS or lows[i + 3] == "and"):
                    pass  # "thanked the Chilean people for": a nation (the demonym's item), no group told before
                elif m is None and low in ("the", "those", "these", "them", "all"):
                    nxt = i + 1 < n and (self.group_re.match(text, toks[i + 1][1])
                                         or self.partitive_re.match(text, toks[i + 1][1]))
                    if not nxt:
                        m = self.anaphor_re.match(text, toks[i][1])
                        kind = "anaphor"
                        if m is None:
                            m = self.number_anaphor_re.match(text, toks[i][1])
                if (m is not None and kind == "group" and m.group("qual")
                        and m.group("qual").lower() in self.loose_qualifiers
                        and (not m.group("num")[0].isdigit() or i > 0 and toks[i - 1][0].lower() in self.particle_verbs)):
                    m = None  # "handed over two citizens", "handed over 32 men": "over" is no qualifier here
                if m is not None:
                    j = i
                    while j < n and toks[j][2] <= m.end():
                        j += 1
                    items.append(_Item(kind, i, j, value=m))
                    i = j
                    continue
            pair = self._ministry_pair(toks, i) if i + 3 < n and lows[i + 1] == "and" else None
            if pair is not None:  # "Turkey's defense and energy ministries": two ministries of one country
                items.append(_Item("ministry", i, i + 1, value=pair[0]))
                items.append(_Item("w", i + 1, i + 2))
                items.append(_Item("ministry", i + 2, i + 4, value=pair[1]))
                i += 4
                continue
            k, recs = gaz.lookup(toks, i) if low in gaz.first else (0, [])
            km, ministry = gaz.ministry_at(toks, i) if low in gaz.ministry_first else (0, None)
            kt, title = gaz.title_at(toks, i) if low in gaz.title_first else (0, None)
            if kt == 1 and i + 1 < n and low in NAME_TITLES and f"{low} {lows[i + 1]}" in titled_leader_names() \
                    and not (i + 2 < n and toks[i + 2][0][:1].isupper()):
                kt, title = 0, None  # "Sheikh Hasina": a leader whose name holds the word
            if kt and i + kt + 2 < n and lows[i + kt] == "and" and lows[i + kt + 1] in gaz.title_first \
                    and tok[:1].isupper() and toks[i + kt + 1][0][:1].isupper():
                # "Prime Minister and Foreign Minister X": a joint title, with a head's office in it
                # (or two offices with no head's: "Deputy Prime Minister and Justice Secretary X", one person)
                kt2, title2 = gaz.title_at(toks, i + kt + 1)
                if kt2 and i + kt + 1 + kt2 < n and toks[i + kt + 1 + kt2][0][:1].isupper():
                    kt, title = kt + 1 + kt2, f"{title} and {title2}"
            if k:
                cities = all(r.kind == "city" for r in recs)
                if cities and all(gaz.cities[r.ref].minor for r in recs) and (
                        i > 0 and _is_cap_token(toks[i - 1][0]) or i + k < n and _is_cap_token(toks[i + k][0])
                        or items and items[-1].j == i and items[-1].j == items[-1].i + 2):  # "Merrick B. Garland"
                    k, recs = 0, []  # "Lloyd Austin", "Austin Tice": a smaller city's name inside a longer name
                elif (not title_case and cities and i + k + 1 < n and _is_cap_token(toks[i + k][0])
                      and _is_cap_token(toks[i + k + 1][0]) and toks[i + k][0] not in self.not_names
                      and toks[i + k][0].lower() not in gaz.title_first and toks[i + k][0].lower() not in gaz.first
                      and not (i > 0 and toks[i - 1][0].lower() in ("in", "to", "from", "at", "into", "near"))):
                    k, recs = 0, []  # "Harbin Precision Tools": a company named after its city
                elif k == 1 and not title_case and i > 0 and items and items[-1].kind == "cap" and items[-1].i == i - 1 \
                        and toks[i - 1][0].lower() not in _FUNCTION_WORDS \
                        and toks[i - 1][0].lower() not in gaz.title_first and toks[i - 1][0] not in self.not_names \
                        and all(r.kind in ("city", "country", "entry") for r in recs):
                    k, recs = 0, []  # "Bank Rossiya", "National Defense Commission", "Meng Wanzhou": part of a longer name
                elif k == 1 and recs and all(r.kind == "org" for r in recs) and i > 0 and (
                        toks[i - 1][0] == "whose" or items and items[-1].j == i and items[-1].kind == "name"
                        and any(r.kind == "org" for r in items[-1].recs)) \
                        and all(len(self.gaz.entries[r.ref].label.split()) > 1 for r in recs if r.ref in self.gaz.entries):
                    k, recs = 0, []  # "ECOWAS Commission", "the AU, whose Commission chairman": that body's, not "the Commission"
                elif k == 1 and not title_case and cities and i + 1 < n \
                        and _is_cap_token(toks[i + 1][0]) and gaz.lookup(toks, i + 1)[0] == 0 \
                        and toks[i + 1][0].lower() not in gaz.title_first and toks[i + 1][0] not in self.not_names \
                        and toks[i + 1][0].lower() not in _FUNCTION_WORDS \
                        and not (i > 0 and toks[i - 1][0].lower() in ("in", "to", "from", "at", "into", "near")):
                    k, recs = 0, []  # "Santiago Peña": a person whose first name is a city
            if k or km or kt:
                best = max(k, km, kt)
                if km == best and k < best:  # on a tie the gazetteer's entry wins: "the Foreign Office" is the FCDO
                    items.append(_Item("ministry", i, i + km, value=ministry))
                elif k == best:
                    items.append(_Item("name", i, i + k, recs=recs))
                else:
                    last_title = len(items)
                    items.append(_Item("title", i, i + kt, value=title))
                i += best
                continue
            if (len(tok) == 1 and tok.isupper() and i + 2 < n and toks[i + 1][0] == "." and toks[i + 1][1] == toks[i][2]
                    and items and items[-1].kind == "cap" and items[-1].j == i and _is_upper_word(toks[i + 2][0])
                    and toks[i + 2][0] not in self.not_names):
                items.append(_Item("cap", i, i + 2))  # "George W. Bush": a middle initial inside a name
                i += 2
                continue
            if _is_upper_word(tok):
                items.append(_Item("cap", i, i + 1))
            else:
                items.append(_WORDS[i] if i < len(_WORDS) else _Item("w", i, i + 1))
            i += 1
        return items, last_title

    @staticmethod
    def _bare_band(toks: list[tuple[str, int, int]], lows: list[str], i: int, items: list[_Item]) -> _Item | None:
        """The item of a plural armed noun at ``i`` with no name before it ("Militants freed A", "freed by masked
        gunmen", "Pro-Russian separatists freed"), its describing words with it; None after a name ("Taliban
        militants", read by the gazetteer) or a word that makes it no party ("detained militants")."""
        s = i
        while s > 0 and lows[s - 1] in _BAND_MODIFIERS:
            s -= 1
        if s > 0:
            prev = toks[s - 1][0]
            if re.match(r"(?:[Pp]ro|[Aa]nti)-[A-Za-z]", prev):
                s -= 1  # "pro-Russian separatists", "anti-government rebels" keep their description
            elif prev[:1].isupper() and not (s - 1 == 0 or toks[s - 2][0] in _OPENING_MARKS):
                return None  # "Taliban militants", "Houthi rebels": a name the gazetteer reads
            elif prev[:1].isupper() and not (s - 1 == 0 and prev.lower() in ("the", "his", "her", "their")):
                return None  # "Hamas militants freed ..." opening the sentence: the name's
            elif prev[:1].islower() and (prev.endswith("ed") and prev not in _BAND_MODIFIERS) or prev.isdigit():
                return None  # "freed detained militants", "52 rebels": the people freed, no party
        while items and items[-1].j > s:
            items.pop()  # the describing words' own items
        return _Item("organa", s, i + 1, value="bare")

    def _pronoun_item(self, toks: list[tuple[str, int, int]], i: int, it_ok: bool) -> _Item | None:
        """The item of a pronoun or of words that stand for mentions made before ("the rebels", "the two men",
        "all three", "it", "she") at token ``i``, whose lowercase form is one of :data:`_PRONOUN_HEADS`; or None."""
        n = len(toks)
        tok = toks[i][0]
        low = tok.lower()
        if tok in ("the", "The") and i + 2 < n and toks[i + 1][0] in _FREED_ADJS:
            nxt = toks[i + 2][0]
            if nxt in _SETS:
                return _Item("pron", i, i + 3, value=_SETS[nxt])  # "the freed pair": as "the pair"
            if nxt in _ONE_PERSON_NOUNS and (i + 3 == n or toks[i + 3][0][:1].islower() or toks[i + 3][0] == ","):
                return _Item("pron", i, i + 3, value=("desc", nxt))  # "the freed man landed": the one freed
        if tok in ("the", "The") and i + 3 < n and toks[i + 1][0] in self.counted and toks[i + 2][0] in _FREED_ADJS \
                and toks[i + 3][0] in _FREED_PLURAL_NOUNS:
            return _Item("pron", i, i + 4, value=self.counted[toks[i + 1][0]])  # "the two freed men"
        if low == "the" and (i + 1 == n or toks[i + 1][0].lower() not in self.after_the):
            return None  # most "the"s: the next word stands for no mention made before
        if low == "the" and i + 1 < n and toks[i + 1][0] in _ARMED_NOUNS:
            return _Item("organa", i, i + 2, value="armed")  # "the rebels": the armed group told last
        if low == "the" and i + 1 < n and toks[i + 1][0] in _BARE_BAND_NOUNS:
            return _Item("organa", i, i + 2, value="own")  # "the hijackers": a party of its own words
        if low == "the" and i + 1 < n and (toks[i + 1][0].lower() in ("bloc", "alliance")
                                           or toks[i + 1][0] == "council"
                                           # "thanked the Council.": the council named before (not "the
                                           # Council of Europe", "the Council on Foreign Relations")
                                           or toks[i + 1][0] == "Council" and (
                                               i + 2 == n or toks[i + 2][0] in (",", ".", ";", ")")
                                               or toks[i + 2][0][:1].islower()
                                               and toks[i + 2][0] not in ("of", "on", "for"))):
            return _Item("organa", i, i + 2, value=toks[i + 1][0].lower())
        if low == "the" and i + 1 < n and toks[i + 1][0] in ("department", "ministry") \
                and (i + 2 == n or toks[i + 2][0] not in ("of", "for", "'s", "\u2019s")):
            return _Item("organa", i, i + 2, value=toks[i + 1][0])  # "the department said": the one named before
        if low == "the" and i + 2 < n and toks[i + 1][0] == "committee" and (
                tok == "The" or toks[i + 2][0][:1].islower() and toks[i + 2][0] not in _NOT_AFTER_COMMITTEE):
            # "The committee added A to its list", "when the committee named targets": the committee of the council
            # named before, as a clause's subject (not "praised the committee for ...")
            return _Item("organa", i, i + 2, value="council")
        if low == "the" and i + 2 < n and toks[i + 1][0].lower() in self.counted \
                and toks[i + 2][0].lower() in _TWO_PEOPLE_NOUNS:
            # "the two men met", "the three women landed": the last two (three) people named
            return _Item("pron", i, i + 3, value=self.counted[toks[i + 1][0].lower()])
        if low == "the" and i + 3 < n and toks[i + 1][0].lower() in self.counted and toks[i + 2][0][:1].isupper() \
                and toks[i + 2][0].isalpha() and toks[i + 3][0].lower() in _TWO_PEOPLE_NOUNS \
                and (i + 4 == n or toks[i + 4][0][:1].islower() or toks[i + 4][0] in (",", ".", ";", ")")):
            # "held separate meetings with the two Gulf ministers": a word of place or origin before the noun
            return _Item("pron", i, i + 4, value=self.counted[toks[i + 1][0].lower()])
        if low == "the" and i + 2 < n and toks[i + 1][0].lower() in self.counted \
                and toks[i + 2][0] in _AFTER_COUNTED_PEOPLE:
            # "The four were flown to Bamako": the last four people named (a group of four told just before wins)
            return _Item("pron", i, i + 2, value=("bare", self.counted[toks[i + 1][0].lower()]))
        if low == "the" and 0 < i and i + 1 < n and toks[i + 1][0].lower() in self.counted \
                and toks[i - 1][0].islower() and toks[i - 1][0].isalpha() and toks[i - 1][0] not in _NOT_BEFORE_BARE \
                and (i + 2 == n or toks[i + 2][0] in _AFTER_BARE_OBJECT):
            # "imposed sanctions on the three on Friday", "measures against the five.": a bare count as an object,
            # the set of as many told before (a group of that count, else the latest list of as many people)
            return _Item("pron", i, i + 2, value=("bare", self.counted[toks[i + 1][0].lower()]))
        if low == "the" and i + 2 < n and toks[i + 1][0].lower() in self.counted \
                and toks[i + 2][0] in ("countries", "nations") and self.counted[toks[i + 1][0].lower()] >= 2 \
                and not (i + 3 < n and toks[i + 3][0].lower() in _POSSESSIVE_MARKS) \
                and not (i > 0 and toks[i - 1][0] == "of"):  # (not "the two countries' envoys", "leaders of the three nations")
            # "imposed sanctions on the two countries": the latest list of as many countries
            return _Item("pron", i, i + 3, value=("countries", self.counted[toks[i + 1][0].lower()]))
        if low == "both" and i + 1 < n and toks[i + 1][0] in _FIRM_NOUNS \
                or low == "all" and i + 2 < n and toks[i + 1][0].lower() in self.all_counted \
                and toks[i + 2][0] in _FIRM_NOUNS:
            # "lifted the sanctions on both companies", "all three firms": the latest set of as many companies
            j = i + 2 + (low == "all")
            return _Item("pron", i, j, value=("firms", 2 if low == "both" else self.all_counted[toks[i + 1][0].lower()]))
        if low in ("all", "both") and i + 1 < n and (low == "both" or toks[i + 1][0].lower() in self.all_counted) \
                and (i + 2 >= n or toks[i + 1 + (low == "all")][0] in _AFTER_ALL_COUNTED):
            # "thanked all three for their courage", "pardoning all six, and ...", "praised both for": the group of
            # as many told before, else as many people (not "all three countries", "both sides")
            j = i + 1 + (low == "all")
            return _Item("pron", i, j, value=("bare", 2 if low == "both" else self.all_counted[toks[i + 1][0].lower()]))
        if tok == "The" and i == 0 and i + 2 < n and toks[i + 1][0] == "group" and toks[i + 2][0] in (",", "flew", "landed", "arrived", "was", "were", "returned", "left"):
            # "The group, who were taken from ..., flew out of Tehran": the counted group told just before
            return _Item("pron", i, i + 2, value="group")
        if low == "the" and i + 1 < n and toks[i + 1][0].lower() in _SETS and toks[i + 1][0].islower():
            return _Item("pron", i, i + 2, value=_SETS[toks[i + 1][0].lower()])  # "the trio arrived"
        if low == "both" and i + 1 < n and toks[i + 1][0].lower() in _TWO_PEOPLE_NOUNS:
            return _Item("pron", i, i + 2, value=2)
        if low == "both" and i + 2 < n and toks[i + 1][0] == "the" and toks[i + 2][0].lower() in _TWO_PEOPLE_NOUNS:
            return _Item("pron", i, i + 3, value=2)  # "Both the leaders met": as "both leaders"
        if low == "it" and it_ok and i + 1 < n and toks[i + 1][0].islower() \
                and toks[i + 1][0] not in _EXPLETIVE_NEXT:
            return _Item("pron", i, i + 1, value="it")  # "Britain moved first. It lifted ...": Britain
        if low in ("his", "her") and i + 1 < n and toks[i + 1][0] in _VISIT_ROLES \
                and (i + 2 == n or toks[i + 2][0][:1].islower() or toks[i + 2][0] in (",", ".", ";", ")", '"')):
            # "He called his guest ...", "praised the courage of his host": the other side of the visit
            return _Item("pron", i, i + 2, value=("other", toks[i + 1][0]))
        if low in ("his", "her") and tok.islower() and i >= 1 and toks[i - 1][0].lower() in _PRAISE_WORDS \
                and i + 1 < n and toks[i + 1][0] in _PRAISED_QUALITIES:
            # "which had praised his work", "praised her courage": the one whose deed or quality is praised, as the
            # object pronoun would stand (not the clause's own subject)
            return _Item("pron", i, i + 1, value=("poss", low))
        if low in ("his", "her", "their") and tok.islower() and i + 1 < n and toks[i + 1][0] in _HELD_WEALTH \
                and i >= 1 and toks[i - 1][0].lower() in _WEALTH_VERBS:
            # "the EU froze her assets", "Britain unfroze his funds": the owner, as the object pronoun would stand
            return _Item("pron", i, i + 1, value={"his": "him", "her": "her", "their": "them"}[low])
        if low in ("he", "she", "they", "him", "her", "them") and (
                tok in ("he", "she", "they", "He", "She", "They", "him", "them")
                or tok == "her" and (i + 1 == n or toks[i + 1][0] in _AFTER_OBJECT_HER)):  # "praised her as"
            return _Item("pron", i, i + 1, value=low)
        return None

    # --- pass 2: mentions ---------------------------------------------------
    def drop_documents(self, masked: str) -> str:
        """A masked sentence without "under the ... Act" (its names are no mentions): "⟦O1⟧ imposed sanctions
        under the Global Magnitsky Act on ⟦N2⟧" reads as "⟦O1⟧ imposed sanctions on ⟦N2⟧"."""
        return self.under_document_re.sub("", masked) if "under" in masked or "pursuant" in masked \
            or "line with" in masked or "part of" in masked else masked

    def find(self, text: str, state: ArticleState) -> list[Found]:
        """Mentions in one sentence, left to right, without overlaps."""
        if '"' in text or "\u201c" in text:  # a nickname inside a name: 'Jimmy "Barbecue" Chérizier'
            text = _NICKNAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
        if "Amir" in text:  # "Kuwaiti Amir Sheikh X", "the Amir of Qatar": the Emir (not the given name "Amir Ohana")
            text = _AMIR.sub("Emir", text)
        toks = tokenize(text)
        if "-" in text:  # a token with a hyphen is in a sentence with one
            toks = _split_prefixed(toks)
        if ". " in text:
            toks = _join_initials(toks)
        # (a line of a list under a colon sentence, "Ana Costa, Minister of Defence of Chile", is no headline)
        title_case = _title_case(toks) and not state.list_open
        # a titled person ends with a title's item at or after the one it starts at: none after the last title
        items, last_title = self._items(text, toks, title_case, state.previous_subject is not None)
        out: list[Found] = []
        k = 0
        starters = self.starters
        lows = lowered(toks)
        # a government needs one of its words, an organisation its head noun: most sentences hold neither
        may_govern = not self.government_words.isdisjoint(lows) or not _RANKED_PEOPLE.isdisjoint(lows)
        may_org = not self.org_head_words.isdisjoint(lows) or self.lower_head_anywhere_re.search(text) is not None
        # a ministry's item opens with the first word of a ministry's name
        may_ministry = not self.gaz.ministry_first.keys().isdisjoint(lows)
        while k < len(items):
            it = items[k]
            if it.kind == "w" and lows[it.i] == "the" and 0 < it.i and it.i + 2 < len(toks) and lows[it.i + 1] == "country" \
                    and lows[it.i - 1] in _PRAISE_WORDS and lows[it.i + 2] in ("as", "for", ",", ".", "and"):
                country = next((f.key for f in reversed(out) if f.code in ("C", "K") and f.key[0] == "country"),
                               state.last_country)
                if country is not None:
                    # "visited Ethiopia, praising the country as a partner": the country named last
                    span_text, s, e = self._span(text, toks, it.i, it.i + 2)
                    out.append(Found(text=span_text, start=s, end=e, code="C", key=country, rule="country-anaphor"))
                    k += 2 if k + 1 < len(items) and items[k + 1].i == it.i + 1 else 1
                    continue
            if it.kind == "w" and lows[it.i] not in starters:
                if (lows[it.i] == "that" or lows[it.i] == "this") and it.i + 1 < len(toks) \
                        and lows[it.i + 1] == "country" and state.prev_countries and len(
                            told := [key for key in state.prev_countries if not any(f.key == key for f in out)]) == 1:
                    # "measures against that country": the one country the sentence before named where a target
                    # stands, and this one has not (with two, which one it means is a guess)
                    span_text, s, e = self._span(text, toks, it.i, it.i + 2)
                    out.append(Found(text=span_text, start=s, end=e, code="C", key=told[0],
                                     rule="country-anaphor"))
                    k += 2 if k + 1 < len(items) and items[k + 1].i == it.i + 1 else 1
                    continue
                k += 1  # an ordinary word starts no mention
                continue
            # (not "CCCC Dredging Group"; not "a RAB official", "RAB officers": its people, not the body)
            if state.acronyms and it.kind == "cap" and it.j == it.i + 1 and toks[it.i][0] in state.acronyms \
                    and not (k + 1 < len(items) and (toks[items[k + 1].i][0][:1].isupper()
                                                     or toks[items[k + 1].i][0].lower() in _MEMBER_NOUNS)):
                span_text, s, e = self._span(text, toks, it.i, it.j)
                code, key = state.acronyms[toks[it.i][0]]
                out.append(Found(text=span_text, start=s, end=e, code=code, key=key, rule="org-acronym"))
                k += 1
                continue
            place = it.i > 0 and lows[it.i - 1] in _PLACE_PREPS  # an airport or a town is named after one of them
            got = (place and (self._airport(text, toks, items, k) or self._town_state(text, toks, items, k))
                   or k <= last_title and self._titled_person(text, toks, items, k, state, title_case)
                   or may_govern and self._government(text, toks, items, k, state, out)
                   or (self._ministry(text, toks, items, k) if may_ministry else self._no_ministry())
                   or may_org and self._org(text, toks, items, k, out, title_case, state)
                   or it.kind in ("pron", "organa") and self._pronoun(text, toks, items, k, state, out)
                   or it.kind in _PLAIN_KINDS and self._plain(text, toks, items, k, state, title_case, out))
            if not got:
                k += 1
                continue
            found, k_next = got
            found = self._apposition(text, toks, items, k_next, found, out, state)
            found = self._heads(text, toks, items, k_next, found, out, state)
            if found.code == "P" and found.leader_of is not None and found.rule != "pronoun" \
                    and found.leader_of[0] != "country" and found.key[0] == "person":
                told = state.person_info.get(found.key)
                if told is None or told.leader_of is None:  # "X, president of the Y": the office the apposition gave
                    state.person_info[found.key] = found
            out.append(found)
            if found.code == "O" and found.rule != "pronoun" and found.text.split() \
                    and found.text.split()[-1] in ("Department", "Ministry"):
                state.last_office[found.text.split()[-1].lower()] = found  # for "the department said" later
            # "freed them", "them" being two people named before: one zero-width mention more for each other person
            out.extend(replace(m, start=found.end, end=found.end, rule="pronoun") for m in found.members)
            k = k_next
        if "Ban" in text and any(f.code == "N" and f.text.split(" ", 1)[0] in _BANK_FIRST for f in out):
            out = [_bank_named(f) for f in out]
        if "the " in text or "The " in text:
            # "sanctions on the Myanmar military officers": a country's name before the people of a noun phrase
            # only qualifies them (the target is the officers, not the country)
            out = [f for f in out if not (f.code == "C" and text.endswith(("the ", "The "), 0, f.start)
                                          and _COUNTRY_QUALIFIES.match(text, f.end))]
        if " and " in text and any(f.rule in ("proper-name", "sanctions-object") and " " not in f.text
                                   or f.code in ("P", "N") and text.endswith(" and ", 0, f.start) for f in out) \
                or "brothers " in text or "sisters " in text or "siblings " in text \
                or " his wife " in text or " her husband " in text \
                or ("'s " in text or "\u2019s " in text) and _KIN_NAMED.search(text):
            out = self._shared_surname(text, out, state.given, self.not_names)
        if " and " in text and len(out) > 1:
            out = _join_field_names(text, out)
        if ("sanction" in text or "tariff" in text or "embargo" in text or " ban" in text or "restriction" in text
                or " barred " in text or " blocked " in text or " halted " in text) and _NATIONAL_GOODS.search(text):
            out = self._national_goods(text, out)
        if "under " in text and _NATIONAL_MEASURE.search(text):
            out = self._national_goods(text, out, _NATIONAL_MEASURE)
        if not _PLURAL_TITLE_WORDS.isdisjoint(lows):
            out = self._plural_title(text, out, state)
        for n in range(1, len(out)):
            a, b = out[n - 1], out[n]
            # "Russian President Vladimir Putin, Prime Minister Mikhail Mishustin and ...": a title in a list of
            # titled people without a country of its own is of the country before it
            if (b.code == "P" and b.title and b.leader_of is None and b.nationality is None and not b.former
                    and b.rule != "plural-title" and a.code == "P" and a.title and a.nationality and not a.former
                    and text[a.end:b.start].strip() in (",", "and", ", and")):
                office, conf = self._leader(b.title, [], False, ("country", a.nationality), None, None)
                if office is not None:
                    out[n] = replace(b, nationality=a.nationality, leader_of=office, leader_confidence=conf * 0.85)
            # "Ukraine's Volodymyr Zelensky": a person the dated table says led the country named before
            elif (b.code in ("P", "N") and b.leader_of is None and not b.former and a.code in ("C", "K")
                  and a.key[0] == "country" and text[a.end:b.start].replace("\u2019", "'") == "'s "
                  and (state.date is not None or state.undated)):
                if any(a.key[1] in leaders_named(n, state.date, state.years) for n in {b.key[1], b.text}):
                    out[n] = replace(b, code="P", leader_of=a.key, leader_confidence=0.85)
            # "Bashar al-Assad of Syria": a person the dated table says led the country named after
            if (a.code in ("P", "N") and a.leader_of is None and not a.former and b.code == "C"
                    and b.key[0] == "country" and text[a.end:b.start] in (" of ", " of the ") and state.date is not None):
                if any(b.key[1] in leaders_named(x, state.date) for x in {a.key[1], a.text} if " " in x):
                    out[n - 1] = a = replace(a, code="P", leader_of=b.key, leader_confidence=0.85)
            # "North Korea, whose leader, Kim Jong-un, ...", "the SVR, whose director is X": X heads what is named before
            if (b.code in ("P", "N") and b.leader_of is None and not b.former and (a.code == "O" or a.code in ("C", "K")
                    and a.key[0] == "country") and ", whose " in text[a.end:b.start]
                    and (whose := _WHOSE_HEAD.fullmatch(text, a.end, b.start) or _whose_titled(text, a, b))):
                out[n] = b = replace(b, code="P", leader_of=self._organ(a.key, whose.group("organ")),
                                     leader_confidence=0.8)
            # "the junta chief, X," / "the PLO's leader, X,": X heads the body (or the junta's country) named before
            if (b.code in ("P", "N") and b.leader_of is None and not b.former
                    and (a.code == "O" or a.code == "K" and a.rule == "government-anaphor")
                    and _BODY_HEAD.fullmatch(text, a.end, b.start)
                    and self._may_head(text[a.end:b.start], a.key, text, a.start)
                    and not self._one_of_body(text, a.start)):
                out[n] = b = replace(b, code="P", leader_of=self._anaphor_country(a, b, state), leader_confidence=0.8)
            # "the founder and spiritual leader of the militant group Hamas, X,": X heads the body named before
            if (b.code in ("P", "N") and b.leader_of is None and not b.former and a.code == "O"
                    and a.key[0] in ("entry", "org") and text[a.end:b.start] == ", "
                    and (head := _HEAD_OF_BEFORE.search(text, max(0, a.start - 90), a.start))
                    and self._may_head(head.group(0), a.key)):
                out[n] = b = replace(b, code="P", leader_of=a.key, leader_confidence=0.8)
            # "the junta of Colonel X", "the regime of President X": X heads the country the rulers stand for
            if (b.code in ("P", "N") and b.leader_of is None and not b.former and a.code == "K"
                    and a.rule == "government-anaphor" and a.key[0] == "country" and text[a.end:b.start] == " of "
                    and a.text.lower().split()[-1] in _RULE_NOUNS
                    and not _THEN_GOVERNMENT.search(text, max(0, b.start - 90), b.start)
                    and not _HAD_RULED.match(text, b.end) and self._rules_then(b, a.key, state)):
                out[n] = b = replace(b, code="P", leader_of=a.key, leader_confidence=0.8)
            # "X, the head of the junta,": X heads the body (or the junta's country) named after
            if (a.code in ("P", "N") and a.leader_of is None and not a.former
                    and (b.code == "O" or b.code == "K" and b.rule == "government-anaphor")
                    and _HEAD_OF.fullmatch(text, a.end, b.start)
                    and self._may_head(text[a.end:b.start], b.key)
                    and (_PHRASE_END.match(text, b.end) or _TOP_ORGAN_AFTER.match(text, b.end))):
                out[n - 1] = a = replace(a, code="P", leader_of=self._anaphor_country(b, a, state), leader_confidence=0.8)
            # "The FARC, led since the 1960s by X", "ECOWAS, currently chaired by X": X heads the body before (as
            # well as what X's title gives: "Y, the ruling party now led by President X")
            if (b.code in ("P", "N") and b.leader_of is not None and not b.former and b.also_leads is None
                    and a.code == "O" and b.leader_of != a.key and _LED_BY.match(text, a.end, b.start)):
                out[n] = replace(b, also_leads=a.key)  # "the army, led by X, who also heads the council"
            elif (b.code in ("P", "N") and b.leader_of is None and not b.former and a.code == "O"
                    and _LED_BY.match(text, a.end, b.start)):
                kin = n + 1 < len(out) and out[n + 1].code in ("P", "N") and (
                    _KIN_OF.fullmatch(text, b.end, out[n + 1].start) is not None
                    or text[b.end:out[n + 1].start] in ("'s ", "\u2019s ")
                    and (out[n + 1].title or "").lower() in _KIN_WORDS)
                if kin:  # "headed by the Libyan leader's son Seif al-Islam": the son heads it
                    out[n + 1] = replace(out[n + 1], code="P", leader_of=a.key, leader_confidence=0.8)
                elif not text.startswith(("'s", "\u2019s"), b.end):
                    out[n] = replace(b, code="P", leader_of=a.key, leader_confidence=0.8)
        # "the party newspaper Nhan Dan", "the state news agency X": an unknown name after a noun of the press is
        # the paper or the outlet, no person
        for i, f in enumerate(out):
            if f.code == "N" and f.rule != "pronoun" and _PRESS_BEFORE.search(text, max(0, f.start - 20), f.start):
                out[i] = replace(f, code="O")
        # "the group's leader, X", "The head of the association, X,": the body named before, by its noun
        for i, f in enumerate(out):
            if f.code in ("P", "N") and f.leader_of is None and not f.former and f.rule != "pronoun":
                m = _NOUN_HEAD_BEFORE.search(text, max(0, f.start - 60), f.start) \
                    or _NOUN_HEAD_AFTER.match(text, f.end)
                noun = m and (m.group("noun") or m.group("noun2")).lower()
                if noun and (body := self._body_by_noun(noun, out[:i], state)) and self._may_head(m.group(0), body):
                    out[i] = replace(f, code="P", leader_of=body, leader_confidence=0.8)
                elif (its := _ITS_HEAD_MID.search(text, max(0, f.start - 60), f.start)
                      or (_ITS_BEFORE.search(text, max(0, f.start - 30), f.start)
                          if _TITLE_HEAD.match(text, f.start) else None)) is not None:
                    # (its: the match of "its", whose start the names before it end by, never the title's)
                    # "The X Authority said that its director general, Y, would attend": the body (or country) named
                    # last before "its", with no person between them (a person's office is "his" or "her")
                    # (not a possessor, "the NATO ally's", nor a name inside a phrase: "the branch of China's
                    # Central Military Commission", "the pipeline from Russia to Germany")
                    before = [g for g in out[:i] if g.end <= its.start() and g.rule != "pronoun"
                              and not _POSSESSOR_AFTER.match(text, g.end)
                              and not _INSIDE_PHRASE.search(text, max(0, g.start - 40), g.start)
                              and not _NAME_FRAGMENT.search(text, max(0, g.start - 30), g.start)]
                    if before and (before[-1].code == "O" or before[-1].code == "C" and before[-1].key[0] == "country") \
                            and self._may_head(text[its.start():f.start] + " " + (f.title or ""), before[-1].key) \
                            and not any(g.code == "P" for g in out[:i] if before[-1].end <= g.start < its.start()):
                        out[i] = replace(f, code="P", leader_of=before[-1].key, leader_confidence=0.75)
        if ", its " in text:
            out = self._its_head_after(text, out)
        if ", which " in text:
            out = _which_leads(text, out)
        # "North Korea has opposed it. Its leader, X, insisted ...": X heads the country or body that opened the
        # sentence before (as "it" stands for it)
        # (not when it only owned the opener or shared it: "Peru's embassy ... Its leader", "Chile and Peru ... Their
        # leader")
        if state.previous_subject is not None and state.previous_subject_alone and text.startswith(("Its ", "Their ")) \
                and (m := _ITS_HEAD.match(text)) and self._may_head(m.group(0), state.previous_subject.key):
            body = state.previous_subject.key
            for i, f in enumerate(out):
                if f.start <= m.end() < f.end and f.code in ("P", "N") and not f.former and f.rule != "pronoun":
                    if f.leader_of is None:
                        out[i] = replace(f, code="P", leader_of=body, leader_confidence=0.8)
                    elif f.leader_of != body and body[0] != "country" and f.also_leads is None:
                        out[i] = replace(f, also_leads=body)  # "The Taliban ... Their supreme leader, X": it too
                    break
        if ", the country" in text:  # "Kim Jong-un, the country's leader,": the country named last
            for i, f in enumerate(out):
                if f.code in ("P", "N") and f.leader_of is None and not f.former and _COUNTRYS_HEAD.match(text, f.end):
                    named = [g.key for g in out[:i] if g.code in ("C", "K") and g.key[0] == "country"]
                    country = named[-1] if named else state.last_country
                    if country is not None:
                        out[i] = replace(f, code="P", leader_of=country, leader_confidence=0.8)
        # "... or the Russian leader, Trump did not hesitate": a person the dated table has leading another country on
        # the article's date leads no country the text seems to give him
        if state.date is not None or state.undated:
            out = [self._other_country(f, state) if f.leader_of is not None else f for f in out]
        # "the then-ruling government of President X", "the former administration of X": an office held before
        if "then-" in text or "former " in text or "previous " in text or "late " in text:
            out = [replace(f, leader_of=None) if f.leader_of is not None and f.code == "P"
                   and _THEN_GOVERNMENT.search(text, max(0, f.start - 90), f.start) else f for f in out]
        if self.out_of_office is not None:  # "soldiers toppled President X", "the ousted president X": no office now
            out = [replace(f, leader_of=None) if f.leader_of is not None and f.code == "P" and f.leader_of[0] == "country"
                   and self.out_of_office.search(text, max(0, f.start - 40), f.start) else f for f in out]
            # ... nor when named again later ("the army ousted long-time ruler X. X is in prison")
            # (a former leader: "former president X"; never "former defence secretary X", who may lead later)
            state.out_of_office.update(f.key for f in out if f.code in ("P", "N") and f.rule != "pronoun" and (
                f.former and f.title and _leader_title(f.title)
                or self.out_of_office.search(text, max(0, f.start - 40), f.start)))
        if _DEATH_WORD.search(text):  # "revenge for the killing of Guard Commander X": the dead lead nothing
            out = [replace(f, leader_of=None, also_leads=None, former=True)
                   if f.code == "P" and f.leader_of is not None and f.rule != "pronoun"
                   and _DEATH_OF_BEFORE.search(text, max(0, f.start - 110), f.start) else f for f in out]
            state.out_of_office.update(f.key for f in out if f.code == "P" and f.former and f.rule != "pronoun"
                                       and _DEATH_OF_BEFORE.search(text, max(0, f.start - 110), f.start))
        if " when " in text:  # "since 1990, when President X cut off aid": the office as of that year, not now
            out = [replace(f, leader_of=None) if f.leader_of is not None and f.code == "P"
                   and _YEAR_WHEN.search(text, max(0, f.start - 30), f.start) else f for f in out]
        if ", who " in text or " was killed" in text or " died" in text or " was assassinated" in text:
            # "President X, who was ousted on March 22, resigned": an office no longer held, as the dead hold none
            # ("The founder and spiritual leader of Hamas, Sheikh X, was killed in 2004", a year before the article's;
            # "The Hezbollah commander, X, was killed" in the news: the office he held when killed)
            gone = {f.key for f in out if f.code == "P" and f.rule != "pronoun"
                    and (_GONE_AFTER.match(text, f.end - (text[f.end - 1:f.end] == ","))
                         or (dead := _DEAD_AFTER.match(text, f.end)) is not None and state.date is not None
                         and int(dead.group("year")) < state.date.year)}
            if gone:
                out = [replace(f, leader_of=None, former=True) if f.key in gone else f for f in out]
                state.out_of_office.update(gone)
        if state.date is not None or state.undated:
            out = [self._untitled_leader(text, f, state) if f.code in ("P", "N") else f for f in out]
        docs = [m.span() for rx in self._documents_in(text) for m in rx.finditer(text)] if out else ()
        if docs:
            out = [f for f in out if not any(s < f.end and f.start < e for s, e in docs)]
        if state.freed_one is not None and state.freed_one[2] and 0 < state.sentence - state.freed_one[0] <= 3:
            out = self._described_freed(text, out, state)
        if out and _FREED_WORD.search(text) and " and " in text:
            out = _gapped_counts(text, out, self.gapped_count_re)
        state.freed_list = None
        if len(out) > 1 and _FREED_WORD.search(text):
            state.freed_list = _freed_list(text, out, state.sentence)
        if _FREED_WORD.search(text):
            one = _freed_one(text, out)
            if one is not None:
                state.freed_one = (state.sentence, *one)
            elif any(f.code in ("P", "N", "G") and f.rule != "pronoun" for f in out):
                state.freed_one = None  # a later release of others ("Iran freed B and C"): "the freed man" is unsure
        # a group told again by its count ("the three men") stays the one "they" in the next sentence stands for
        state.groups.extend((state.sentence, f) for f in out if f.code == "G" and f.rule == "pronoun"
                            and f.text.lower().startswith("the ") and f.count is not None)
        # ... and "the four" alone keeps the group it stands for in view: "The men were flown to X" two sentences on
        state.groups.extend((state.sentence, f) for f in out if f.code == "G" and f.rule == "anaphor"
                            and f.count is not None and f.text and (f.text.split()[-1].lower() in self.number_words
                                                                    or f.text[0].isdigit()))
        if "counterpart" in text:
            out = self._counterparts(text, out, state)
            out = _former_counterparts(text, out)
            state.out_of_office.update(f.key for f in out if f.former and (f.title or "").lower() == "counterpart")
        if ("tenure" in text or "office" in text or "term" in text or "presidency" in text) \
                and (m := _OUTGOING.search(text)):
            # "started by President X's administration towards the end of his tenure": X held the office then
            out = [replace(f, leader_of=None, leader_confidence=0.0, former=True)
                   if f.code == "P" and f.leader_of is not None and f.end <= m.start() and f.rule != "pronoun" else f
                   for f in out]
        state.sentence += 1
        # the countries the sentence named after a preposition, where a measure's target stands ("sanctions on X",
        # "talks with X"; not "Bolivia criticised", "said Germany agreed")
        targets: dict[tuple, None] = {}
        last = None  # the last country taken, for a list after the preposition ("on Chile and Bolivia")
        for f in out:
            if f.key[0] == "country" and f.code == "C" and (
                    _TARGET_PREPOSITION.search(text, max(0, f.start - 12), f.start)
                    or last is not None and _LIST_JOIN.fullmatch(text, last.end, f.start)):
                targets[f.key] = None
                last = f
        state.prev_countries = tuple(targets)
        government = "government" in text  # (once a sentence: what _OWN_GOVERNMENT needs, and most sentences lack)
        for f in out:
            if f.key[0] == "country" and f.code in ("C", "K"):
                state.last_country = f.key
                if f.code == "K" and f.rule != "government-anaphor" and f.text.lower().endswith("government") \
                        or f.code == "C" and government and _OWN_GOVERNMENT.match(text, f.end):
                    state.last_government = f.key
        state.org_history.extend((state.sentence, f) for f in out if f.code == "O" and f.key[0] in ("entry", "org"))
        state.previous_countries = _two_sides(text, out)
        _record_country_lists(text, out, state)
        state.previous_people = [f for f in out if f.code in ("P", "N") and f.rule != "pronoun"
                                 and not _named_thing(text, f)]
        state.previous_list = _one_list(text, state.previous_people)
        if state.previous_people:
            # (the people "the two leaders" may stand for: not a name after "at" or "in", "a rally in Uhuru Park")
            state.people_history.append((state.sentence, list({f.key: f for f in state.previous_people
                                                               if self._may_be_person(text, f)}.values())))
            # and each list of people joined by "and" ("A and B landed in Calgary ... C"): "the two men" are A and B
            run: list[Found] = []
            opening = None
            for f in state.previous_people:
                if run and _AND_GLUE.fullmatch(text[run[-1].end:f.start]):
                    run.append(f)
                    continue
                if len(run) > 1:
                    state.people_history.append((state.sentence, run))
                    opening = opening or run
                run = [f]
            if len(run) > 1:
                state.people_history.append((state.sentence, run))
                opening = opening or run
            if opening and _FREED_WORD.search(text):
                # "In return, Peru pardoned A and B": "the two" in the next sentence may be A and B
                state.freed_run = (state.sentence, state.people_history[-1][1])
            _record_group_members(text, out, state)
            pair = _described_pair(text, state.previous_people)
            if pair:
                state.people_history.append((state.sentence, pair))  # the latest set: it wins over the runs
            if opening and " among " in text and _AMONG_AFTER.match(text, opening[-1].end) \
                    and "," not in text[:opening[0].start]:
                state.among = (state.sentence, opening)  # "They" in the next sentence: these people, not the group
        for f in out:  # who the article calls "he" and who "she" (a person called both is neither)
            if f.rule == "pronoun" and f.text.lower() in _GENDER_OF:
                g = _GENDER_OF[f.text.lower()]
                state.gender[f.key] = g if state.gender.get(f.key, g) == g else "?"
            elif f.code in ("P", "N") and f.rule != "pronoun" and f.key not in state.gender and _man_named(text, f):
                state.gender[f.key] = "m"  # "her husband, X", "party chairman X": a man
        if state.acronyms:  # "Benazir Ahmed, who heads the RAB": the body the acronym names, not one called "RAB"
            out = [_by_acronym(f, state.acronyms) for f in out]
        for f in out:  # "Bangladesh's Rapid Action Battalion (RAB)": the acronym names the body from here on
            if f.code in ("O", "N") and f.rule not in ("pronoun", "org-acronym") \
                    and (f.code == "O" or not self._may_be_person(text, f)) \
                    and (a := _ACRONYM_AFTER.match(text, f.end)):
                state.acronyms.setdefault(a.group(1), (f.code, f.key))  # (not a person's: "Maria Lopez (PAN)")
        quoted, state.quote_open = _quoted_spans(text, state.quote_open)
        state.previous_persons = [f for f in out if f.code in ("P", "N") and f.text and not f.members
                                  and self._may_be_person(text, f) and not any(a <= f.start < b for a, b in quoted)]
        person = _salient(text, out, quoted, self.thing_heads, self.body_words)
        if person is not None:
            state.salient = (state.sentence, person)
        # the party that opens the sentence, for "it" in the next one ("Britain has moved faster. Last month it ...")
        # (after a wire dateline: "GENEVA, Nov. 10 (Reuters) - Canada has ...": Canada)
        first = next((f for f in out if f.start >= _opening(text)), None)
        state.previous_subject = first if first is not None and first.code in ("C", "K", "O") \
            and _opens_sentence(text, first) else None
        state.previous_subject_alone = state.previous_subject is not None \
            and not _SHARED_OPENER.match(text, state.previous_subject.end)
        return out

    def _counterparts(self, text: str, out: list[Found], state: ArticleState) -> list[Found]:
        """"President A ... and his Chilean counterpart B": B heads Chile as A heads A's country (a head of state or
        government only: a minister's counterpart leads nothing)."""
        res = []
        for i, f in enumerate(out):
            if f.code == "P" and (f.title or "").lower() == "counterpart" and f.leader_of is None and not f.former \
                    and f.nationality and _HIS_COUNTERPART.search(text, max(0, f.start - 5), f.start):
                prev = next((g for g in reversed(out[:i]) if g.code == "P"), None)
                if prev is not None and prev.rule == "pronoun":
                    prev = state.person_info.get(prev.key)
                if prev is not None and prev.leader_of is not None and prev.leader_of[0] == "country" \
                        and prev.leader_of[1] != f.nationality and not prev.former \
                        and (prev.title or "").lower() in _HEAD_TITLES \
                        and not _OTHER_OFFICE.search(text, f.start, f.end) \
                        and not _OTHER_OFFICE_AFTER.match(text, f.end) \
                        and not self._led_else(f, state):
                    # (not "his French counterpart, Foreign Minister X", nor a known foreign minister)
                    f = replace(f, leader_of=("country", f.nationality), leader_confidence=0.75)
            res.append(f)
        return res

    def _led_else(self, f: Found, state: ArticleState) -> bool:
        """Whether what kg knows of a counterpart tells another office: a gazetteer entry with a minister's title
        ("Wang Yi"), or a dated table that has them lead another country then."""
        entry = self.gaz.entries.get(f.key[1]) if f.key[0] == "entry" else None
        if entry is not None and entry.title and _OTHER_OFFICE.search(entry.title):
            return True
        led = leaders_named(f.key[1] if entry is None else entry.label or "", state.date, state.years)
        return bool(led) and f.nationality not in led

    def _documents_in(self, text: str) -> tuple:
        """The patterns of named documents and programmes that may match ``text``: each needs a word (a document's
        head, "under" or "within") that a substring test rules out in most sentences."""
        return ((self.document_re,) if self.document_heads.search(text) else ()) + (
            (self.programme_re,) if "under " in text or "within " in text else ())

    def _airport(self, text, toks, items, k):
        """"landed at Cologne-Bonn airport", "flew into Minsk National Airport": a place, the city when the
        gazetteer knows it (the airport's name otherwise)."""
        it = items[k]
        if not (it.kind == "cap" or it.kind == "name" and it.recs[0].kind == "city") or it.i == 0 \
                or toks[it.i - 1][0].lower() not in _AIRPORT_PREPS:
            return None
        m = k
        while m + 1 < len(items) and m - k < 2 and items[m + 1].i == items[m].j and (
                items[m + 1].kind == "cap" and toks[items[m + 1].i][0] not in ("Airport", "Airfield")):
            m += 1
        end = items[m].j
        if end >= len(toks) or toks[end][0].lower() not in ("airport", "airfield"):
            return None
        if it.kind == "cap" and end + 1 < len(toks) and toks[end + 1][0] in ("in", "near", "outside"):
            return None  # "Vnukovo airport in Moscow": the city named next is the place
        span_text, s, e = self._span(text, toks, it.i, end + 1)
        if it.kind == "name":
            key = ("city", it.recs[0].ref)
        else:
            first = toks[it.i][0].split("-")[0]
            key = ("city", first if first in self.gaz.cities else span_text)
        return Found(text=span_text, start=s, end=e, code="L", key=key, rule="airport"), m + 2

    def _town_state(self, text, toks, items, k):
        """"landed at Burbank, California", "flown to Kelly Field in San Antonio, Texas": a town the gazetteer does
        not know, after a place preposition and before the name of a US state, is a place in the United States."""
        it = items[k]
        if it.kind != "cap" or it.i == 0 or toks[it.i - 1][0].lower() not in _TOWN_PREPS:
            return None
        m = k
        while m + 1 < len(items) and m - k < 2 and items[m + 1].kind == "cap" and items[m + 1].i == items[m].j:
            m += 1
        end = items[m].j
        if not (m + 2 < len(items) and toks[end][0] == "," and items[m + 1].i == end and items[m + 2].kind == "name"
                and " ".join(t for t, _, _ in toks[items[m + 2].i:items[m + 2].j]).lower() in self.gaz.us_states):
            return None
        town, s, _ = self._span(text, toks, it.i, end)
        _, _, e = self._span(text, toks, items[m + 2].i, items[m + 2].j)
        return Found(text=text[s:e], start=s, end=e, code="L", key=("city", town), nationality="US",
                     rule="town-state"), m + 3

    def _span(self, text, toks, i, j) -> tuple[str, int, int]:
        s, e = toks[i][1], toks[j - 1][2]
        return text[s:e], s, e

    def _pre(self, items, toks, k) -> tuple[tuple | None, str | None, int]:
        """A country, demonym or organisation before a title: (entity key, nationality, items used)."""
        it = items[k]
        if it.kind != "name":
            return None, None, 0
        rec = it.recs[0]
        used = 1
        if k + 1 < len(items) and items[k + 1].kind == "w" and toks[items[k + 1].i][0] in ("'s", "\u2019s", "'", "\u2019"):
            used = 2
        if rec.kind in ("country", "demonym"):
            return ("country", rec.ref), rec.ref, used
        if rec.kind == "metonym":
            e = self.gaz.entries[rec.ref]
            if e.refers_to and e.refers_to[0] == "country":
                return ("country", e.refers_to[1]), e.refers_to[1], used
            return None, None, 0
        if rec.kind == "org":
            e = self.gaz.entries[rec.ref]
            return ("entry", rec.ref), e.country, used
        if rec.kind == "person":  # "Maduro ally Alex Saab", "Trump's envoy": a patron, never an office
            e = self.gaz.entries[rec.ref]
            return ("patron", rec.ref), e.country, used
        if rec.kind == "city":
            info = self.gaz.cities.get(rec.ref)
            if info and info.acts_for and info.acts_for[0] == "country" and used == 2:
                return ("country", info.acts_for[1]), info.acts_for[1], used
        return None, None, 0

    def _name_at(self, toks, items, k, state) -> tuple[tuple | None, int, str | None]:
        """A person's name starting at item ``k``: (key, items used, label)."""
        if k >= len(items):
            return None, 0, None
        it = items[k]
        if it.kind == "name" and it.recs[0].kind == "person":
            skey = state.surnames.get(toks[it.i][0].lower()) if it.j - it.i == 1 else None
            if skey is not None and skey[0] == "person":  # "Cardinal Ortega" after "Cardinal Jaime Ortega"
                return skey, 1, None
            return ("entry", it.recs[0].ref), 1, None
        if it.kind != "cap":
            return None, 0, None
        m = k
        words = []
        # five words, or seven in a name of particles ("Sheikh Nawaf Al Ahmad Al Jaber Al Sabah")
        while m < len(items) and (len(words) < 5 or len(words) < 7 and not _NAME_PARTICLES.isdisjoint(words)):
            cur = items[m]
            # "George W. Bush", "R. James Woolsey": a middle initial (one letter)
            if len(toks[cur.i][0]) == 1 and _initial_at(toks, items, m, bool(words)):
                words.append(toks[cur.i][0] + ".")
                m += 2
            elif cur.kind == "cap" and (toks[cur.i][0] not in self.not_names or words and _month_surname(toks, cur.i)
                                        or words and cur.j == cur.i + 2
                                        or not words and m + 1 < len(items) and _month_given(toks, items, m)):
                words.append(toks[cur.i][0] + ("." if cur.j == cur.i + 2 else ""))
                m += 1
            elif (cur.kind == "title" and cur.j == cur.i + 1 and toks[cur.i][0] == "Sheikh" and words
                  and m + 1 < len(items) and items[m + 1].kind == "cap"):
                words.append(toks[cur.i][0])  # "Hassan Sheikh Mohamud": the honorific inside a Somali name
                m += 1
            elif (cur.kind == "title" and cur.j == cur.i + 1 and words and toks[cur.i][0][:1].isupper()
                  and toks[cur.i][0][1:].islower() and toks[cur.i][0].isalpha()
                  and not (m + 1 < len(items) and items[m + 1].kind in ("cap", "name", "title"))):
                words.append(toks[cur.i][0])  # "Prime Minister John Major said": a rank that ends a name is its surname
                m += 1
                break
            elif cur.kind == "name" and cur.recs[0].kind == "person" and words:
                entry = self.gaz.entries[cur.recs[0].ref]
                known = {w.lower() for name in (entry.label, *entry.aliases) for w in name.split()}
                if any(w.lower() in known for w in words):
                    return ("entry", cur.recs[0].ref), m - k + 1, None
                # "Luis Ortega Brito" is not the gazetteer's Daniel Ortega: a new name that contains a known surname
                words.extend(toks[t][0] for t in range(cur.i, cur.j))
                m += 1
            elif (cur.kind in ("w", "cap") and toks[cur.i][0] in self.connectors and words
                  and m + 1 < len(items) and (items[m + 1].kind == "cap" or items[m + 1].kind == "name"
                                              and items[m + 1].recs[0].kind == "city"
                                              or m + 2 < len(items) and items[m + 1].kind in ("w", "cap")
                                              and toks[items[m + 1].i][0] in self.connectors
                                              and items[m + 2].kind == "cap")):  # "Angelo de la Cruz"
                words.append(toks[cur.i][0])
                m += 1
            elif cur.kind == "name" and cur.recs[0].kind == "city" and words and words[-1] in self.connectors:
                words.extend(toks[t][0] for t in range(cur.i, cur.j))  # "José Eduardo dos Santos"
                m += 1
            else:
                break
        if not words:
            return None, 0, None
        label = " ".join(words)
        if len(words) == 1:
            key = state.surnames.get(words[0].lower())
            if key is None and not (m + 1 < len(items) and toks[items[m].i][0] in ("and", "or")
                                    and items[m + 1].kind == "cap"):  # "Boris and Igor Rotenberg": a shared surname
                key = state.given.get(words[0].lower())
            if key is not None:
                return key, 1, None
        return ("person", label), m - k, label

    def _titled_person(self, text, toks, items, k, state, title_case: bool = False):
        start = k
        former = False
        org_possessive = False
        if items[k].kind == "w" and toks[items[k].i][0].lower() in ("the", "a", "an") \
                or items[k].kind == "cap" and toks[items[k].i][0] == "The" and k + 1 < len(items):
            k += 1  # "The BBC's director general, X": a sentence's opening "The" too
            if k + 1 < len(items) and items[k].kind == "w" and toks[items[k].i][0] in _STATE_WORDS \
                    and toks[items[k + 1].i][0] in ("'s", "\u2019s"):
                k += 2  # "the country's president, X": a country the words do not name (the dated table may)
        while k < len(items) and items[k].kind in ("w", "cap") and toks[items[k].i][0].lower().rstrip("-") in self.former:
            former = True
            k += 1
        ranked = []
        while k < len(items) and items[k].kind in ("w", "cap") and toks[items[k].i][0].lower() in self.ranks:
            ranked.append(toks[items[k].i][0].lower())  # "senior Hamas leader X": a rank, read as a marker below
            k += 1
        if k >= len(items):
            return None
        pre_key, nationality, used = self._pre(items, toks, k)
        junta_head = False
        if not used and (items[k].kind == "cap" or items[k].kind == "name" and items[k].recs[0].kind in ("city", "country")):
            m = k  # "Wall Street Journal reporter Evan Gershkovich", "Washington Post correspondent Jason Rezaian"
            while m < len(items) and m - k < 4 and (items[m].kind == "cap" or m == k and items[m].kind == "name"):
                m += 1
            if (m + 1 < len(items) and m > k and toks[items[m].i][0] in ("'s", "\u2019s") and items[m + 1].kind == "title"
                    and all(it.kind == "cap" for it in items[k:m])
                    and items[m + 1].value.lower() in self.gaz.org_leader_titles
                    and items[m + 1].value.lower() not in ("president", "leader")
                    and (k == 0 or items[k - 1].kind in ("w", "cap") and toks[items[k - 1].i][0].lower() in ("the", "its"))):
                words = [toks[items[t].i][0] for t in range(k, m)]
                if not any(w in self.not_names or w.lower() in self.not_leader or w.lower() in _COMMON_CAPS
                           or w.lower() in self.former for w in words) \
                        and words[-1].lower() not in state.surnames \
                        and ("person", " ".join(words)) not in state.person_info \
                        and self._may_head(items[m + 1].value, ("org", "", self.org_heads.get(words[-1], "Organization"))):
                    # "The BBC's director general, X": the head of a body the gazetteer does not know
                    used, org_possessive = m - k + 1, True
                    pre_key = ("org", " ".join(words), self.org_heads.get(words[-1], "Organization"), None)
            elif m < len(items) and items[m].kind == "title" and m > k:
                used = m - k
                words = [toks[items[t].i][0] for t in range(k, m)]
                low_title = items[m].value.lower()
                # ("Polisario Front leader X": a name with its head noun may have a leader or president)
                # ("Parliament Speaker X", "Police chief X": a state's body named by its head noun alone)
                body_word = len(words) == 1 and self.org_heads.get(words[0]) == "GovernmentBody" \
                    and low_title not in ("president", "leader")
                if len(words) == 1 and words[0].lower() in _RULE_NOUNS and state.last_country is not None \
                        and low_title in ("chief", "head", "leader", "chairman"):
                    # "Junta chief X" after the country was named: the head of the country's rulers
                    pre_key, used, junta_head = state.last_country, m - k, True
                    words = []
                if words and (all(it.kind == "cap" for it in items[k:m]) and low_title in self.gaz.org_leader_titles
                        and (low_title not in ("president", "leader") or len(words) >= 2 and words[-1] in self.org_heads)
                        and (body_word or not any(
                            w in self.not_names or w.lower() in self.not_leader or w.lower() in _COMMON_CAPS
                            or w.lower() in self.former for w in words))
                        and (k == 0 or items[k - 1].kind == "w" and toks[items[k - 1].i][0].islower())
                        and self._may_head(low_title, ("org", "", self.org_heads.get(words[-1], "Organization")))):
                    # "Rosatom chief Alexei Likhachev": the head of a company the gazetteer does not know
                    label = " ".join(words)
                    pre_key = ("org", label, self.org_heads.get(words[-1], "Organization"), None)
        k += used
        if pre_key is not None and pre_key[0] == "entry" and k + 1 < len(items) and items[k].kind == "cap" \
                and items[k + 1].kind == "title" and toks[items[k].i][0] in _ORGANS:
            # "African Union Commission chairman X": the head of the body's commission, which the body stands for
            # unless the gazetteer holds the commission ("European Union Commission president X")
            pre_key = self._organ(pre_key, toks[items[k].i][0])
            k += 1
        mods = ranked
        while k < len(items) and (items[k].kind in ("w", "cap") or items[k].kind == "title" and items[k].j == items[k].i + 1
                                  and k + 1 < len(items) and items[k + 1].kind == "title") and (
                toks[items[k].i][0].lower().rstrip("-") in self.former
                or toks[items[k].i][0].lower() in self.prefix_mods or toks[items[k].i][0].lower() in self.not_leader):
            word = toks[items[k].i][0].lower().rstrip("-")
            if word in self.former:
                former = True
            mods.append(word)
            k += 1
        # "former Trump trade adviser Peter Navarro": a patron's or a body's man with a lowercase field before the
        # title; the field makes the title no office that leads anything
        if pre_key is not None and pre_key[0] in ("patron", "entry", "org") and k + 1 < len(items) \
                and items[k].kind == "w" and items[k + 1].kind == "title" and _FIELD.match(toks[items[k].i][0]):
            mods.append("deputy")
            k += 1
        if (lower := self._lower_body_title(text, toks, items, k, pre_key)) is not None:
            pre_key, k = lower  # "Kenya's police chief X", "parliament speaker X"
        if k >= len(items) or items[k].kind != "title":
            return None
        title = items[k].value
        k += 1
        if pre_key is None and k + 2 < len(items) and items[k].kind == "w" and toks[items[k].i][0] == "of" \
                and title.lower() in self.gaz.leader_titles:
            # "the Emir of Qatar Sheikh Tamim", "the Emir of the State of Kuwait Sheikh X": the country between the
            # title and the name (no comma) is the title's
            m = k + 1 + (items[k + 1].kind == "w" and toks[items[k + 1].i][0].lower() == "the")
            if m + 1 < len(items) and items[m].kind == "name" and items[m].recs[0].kind == "country" \
                    and items[m + 1].i == items[m].j and (items[m + 1].kind == "title" or items[m + 1].kind == "name"
                                                          and items[m + 1].recs[0].kind == "person"
                                                          or self._plain_name_run(toks, items, m + 1)):
                pre_key, k = ("country", items[m].recs[0].ref), m + 1
        possessive = any(toks[items[t].i][0].lower() in ("its", "his", "her", "their") for t in range(max(0, start - 1), k))
        the = toks[items[start].i][0].lower() == "the" or start > 0 and toks[items[start - 1].i][0].lower() == "the"
        # "Qatar's emir, Sheikh Tamim", "its president, X", "the Turkish president, Recep Tayyip Erdoğan,"
        comma = k < len(items) and toks[items[k].i][0] == "," and (
            pre_key is not None and (used == 2 or the or org_possessive) or possessive)
        if (not comma and the and pre_key is None and not former and not set(mods) - _INTERIM and k + 1 < len(items)
                and toks[items[k].i][0] == "," and title.lower() in self.gaz.leader_titles):
            # "the prime minister, Theresa May,", "The Taoiseach, Charles Haughey,": a country's head named with no
            # country; only where the dated table has that person in that office on the article's date
            # (past a rank or an honorific after the comma: "the president, Sheikh X,")
            nkey, _, nlabel = self._name_at(toks, items, k + 1 + (k + 2 < len(items) and items[k + 1].kind == "title"),
                                            state)
            nentry = self.gaz.entries.get(nkey[1]) if nkey is not None and nkey[0] == "entry" else None
            name = nentry.label if nentry is not None and nentry.label else nlabel or (
                nkey[1] if nkey is not None and nkey[0] == "person" else None)
            comma = bool(name) and " " in name and self._dated_leader(name, title, state)[0] is not None
        if comma:  # ", Colonel Assimi Goïta"
            rank = 1 if k + 2 < len(items) and items[k + 1].kind == "title" else 0
        else:  # "Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani"
            rank = 1 if (k + 1 < len(items) and items[k].kind == "title" and items[k].j == items[k].i + 1
                         and items[k + 1].kind in ("cap", "name")) else 0
        key, n_name, label = self._name_at(toks, items, k + (1 if comma else 0) + rank, state)
        if title_case and label is not None and " " not in label:
            key = None  # "Chilean President Upbeat On Eve Of Visit": in a Title Case headline one capital word after
            #             a title is any word, not a name (a full name or one the gazetteer knows still is)
        if key in state.kin_of and label is None and title.lower().rstrip(".") == "mr":
            key = state.kin_of[key]  # "his wife, Hillary Rodham Clinton ... Mr. Clinton": the man, not his wife
        if key is not None and key[0] == "person" and " " not in key[1] and title.lower().rstrip(".") in _HONORIFICS \
                and key[1].lower() in state.family_first and key[1].lower() not in state.surnames:
            key = state.family_first[key[1].lower()]  # "the dissident Wang Dan ... Mr. Wang": family name first
        if key is None and rank:
            rank = 0
        n_name += rank
        if label is not None and label.split()[-1] in self.org_heads:
            return None  # "Arctic Marine Ltd": a company, not a marine called Ltd
        suffix_key = None
        if key is None:
            # "the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani"
            office, used_of, nat = self._office_after_of(text, toks, items, k)
            bare = office is not None and office[0] in ("entry", "org") and not self._after_of_sentence_start(
                toks, items, start) and self._bare_name_after(toks, items, k + used_of)
            if bare:  # "President of the African Union Ana Torres said": the name follows the body without a comma
                used_of -= 1
            if (office is not None or used_of) and k + used_of < len(items) and (
                    bare or toks[items[k + used_of].i][0] == ","):
                skip = 1 if k + used_of + 1 < len(items) and items[k + used_of + 1].kind == "title" else 0
                key, n_name, label = self._name_at(toks, items, k + used_of + 1 + skip, state)
                after = k + used_of + 1 + skip + n_name
                if key is not None and after < len(items) and toks[items[after].i][0].lower() in self.clause_verbs:
                    key = None  # "X is the chief executive of Rosneft, Andrey Kostin is the chairman of VTB"
                if key is not None:
                    suffix_key, nationality = office, nationality or nat
                    k += used_of + 1 + skip
                    if bare and office[0] == "org" and office[1].islower():
                        # "Nigeria's Inspector General of Police X": the country's police (of no country, none)
                        suffix_key = ("org", f"{self.gaz.country_label(pre_key[1])}'s {office[1]}", office[2],
                                      pre_key[1]) if pre_key is not None and pre_key[0] == "country" else None
            if key is None:
                named = self._described_leader(text, toks, items, start, k, title, pre_key, former, mods, state)
                if named is not None:
                    return named
                return self._role_person(text, toks, items, start, k, title, pre_key, nationality, former)
        k += n_name + (1 if comma else 0)
        if comma and k < len(items) and toks[items[k].i][0] == ",":
            k += 1  # "Britain's foreign secretary, David Lammy, met ...": the closing comma belongs to the mention
        if suffix_key is None:
            office, used_of, nat = self._office_after_of(text, toks, items, k)
            if office is not None:
                suffix_key, nationality = office, nationality or nat
                k += used_of
        # Lowercase prefixes such as "the" or "former" belong to the mention only when a title follows.
        first_tok = items[start].i
        if toks[first_tok][0].lower() in ("the", "a", "an"):
            first_tok += 1
        span_text, s, e = self._span(text, toks, first_tok, items[k - 1].j)
        entry = self.gaz.entries.get(key[1]) if key[0] == "entry" else None
        if nationality is None and entry is not None:
            nationality = entry.country
        leader_of, conf = self._leader(title, mods, former, pre_key, suffix_key, entry)
        if leader_of is not None and not self._may_head(title, leader_of, text, toks[items[start].i][1]):
            leader_of = None  # "The State Department's speaker, X", "Sitting in NATO's chair, X": no head of it
        if junta_head and leader_of is None and not former and not mods:
            leader_of, conf = pre_key, 0.85
        if leader_of is not None and pre_key is None and toks[items[start].i][0].lower() in ("its", "their"):
            leader_of = None  # "Its president, Judge X of Japan": the office is the body's, "of Japan" her origin
        if (leader_of is not None and entry is not None and pre_key is None and suffix_key is None
                and state.date is not None and entry.label and not held_then(entry.label, title, state.date)):
            leader_of = None  # "President Barack Obama" in a 2017 article: the dated table says he no longer led
        if leader_of is None and not former and pre_key is None and suffix_key is None \
                and not any(m in self.not_leader for m in mods):  # "Deputy President X": not the table's president
            leader_of, conf = self._dated_leader(entry.label if entry is not None and entry.label else label
                                                 or (key[1] if key[0] == "person" else None), title, state)
            if leader_of is not None and key[0] == "person" and " " not in key[1]:
                full = (leader_by_surname(key[1], title, state.date, state.years)
                        or surname_clash(key[1], title, state.date, state.years).get(leader_of[1]))
                if full and full.split()[-1].lower() == key[1].lower():
                    # "President Clinton" in a 1996 article is Bill Clinton: the table's name for him, when the word
                    # is his surname ("King Fahd" keeps the name the article gives)
                    rec = next((r for r in self.gaz.names.get(tuple(full.lower().split()), ()) if r.kind == "person"),
                               None)
                    key = ("entry", rec.ref) if rec is not None else ("person", full)
        if leader_of is None and not former and nationality and title and title.lower() == "counterpart":
            # "met his Pakistani counterpart Nawaz Sharif": a counterpart the dated table has leading that country
            name = entry.label if entry is not None and entry.label else key[1] if key[0] == "person" else ""
            if " " in name and nationality in leaders_named(name, state.date, state.years):
                leader_of, conf = ("country", nationality), 0.85
        if key[0] == "person" and " " not in key[1] and title.lower() == "pope":
            key = ("person", f"Pope {key[1]}")  # "Pope Francis": a pope's one-word name is known with the title
        found = Found(text=span_text, start=s, end=e, code="P", key=key, title=title, nationality=nationality,
                      org=entry.organization if entry else None, leader_of=leader_of, leader_confidence=conf,
                      former=former, rule="person-title")
        self._remember(found, label, state)
        return found, k

    def _plain_name_run(self, toks, items, m: int) -> bool:
        """Whether two or three capitalised words at ``m`` are a person's name and nothing more: no head of an
        organisation's name among them ("Rwanda Mines, Petroleum and Gas Board") and a lowercase word after them."""
        e = m
        while e < len(items) and items[e].kind == "cap" and e - m < 3:
            if toks[items[e].i][0] in self.org_heads:
                return False
            e += 1
        return e - m >= 2 and e < len(items) and items[e].kind == "w" and toks[items[e].i][0][:1].islower()

    def _past_descriptor(self, toks, items, m: int) -> int:
        """The item after a lowercase description ending in a descriptor noun ("gas giant Gazprom"), else ``m``."""
        d = m
        while d < len(items) and d - m < 4 and items[d].kind == "w" and toks[items[d].i][0].islower():
            d += 1
        if (d > m and d < len(items) and items[d].kind in ("name", "cap")
                and toks[items[d - 1].i][0] in self.descriptor_nouns):
            return d
        return m

    @staticmethod
    def _past_org_adjective(toks, items, m: int) -> int:
        """The item after "ruling", "opposition" and the like before an organisation's name ("the ruling Communist
        Party", "the opposition Grand National Party"), else ``m``."""
        if (m + 1 < len(items) and items[m].kind == "w" and toks[items[m].i][0] in _ORG_ADJECTIVES
                and items[m + 1].kind in ("cap", "name")):
            return m + 1
        return m

    def _past_led(self, toks, items, m: int) -> int:
        """The item after a "X-led" or "X-backed" modifier at ``m`` ("the U.S.-led coalition"), else ``m``."""
        if m < len(items) and _LED.match(toks[items[m].i][0]) and m + 1 < len(items):
            return m + 1  # "Kurdish-led"
        if (m + 2 < len(items) and items[m].kind in ("name", "cap") and toks[items[m + 1].i][0] == "-"
                and _LED.match("x-" + toks[items[m + 2].i][0])):
            return m + 3  # "U.S.-led": the name, the hyphen, "led"
        return m

    def _plural_title(self, text: str, out: list[Found], state: ArticleState) -> list[Found]:
        """"Prime Ministers A and B", "Peruvian and Chilean Presidents A and B": a plural title before two or three
        names gives each name the title; two nationalities before it go to the two names in order, "of" and a country
        after a name is that name's, and otherwise the dated table gives the office on the article's date."""
        for m in _PLURAL_TITLED.finditer(text):
            if not m.group("t").islower() and m.group("sep") == ", ":
                continue  # "Presidents A and B", "presidents A and B", "the presidents, A and B," (not "Presidents, A")
            title = _PLURAL_TITLE_SINGULAR[m.group("t").lower()]
            before = text[max(0, m.start() - 12):m.start()].split()  # (before the nationalities too)
            if before and (before[-1].lower().rstrip("-") in self.former or before[-1].lower() in self.not_leader):
                continue  # "former Presidents A and B", "Vice Presidents A and B": no sitting heads
            run, last = [], 0
            for idx, f in enumerate(out):
                if f.end <= m.start("t") or f.start > m.end() and not run:
                    continue
                if not run:
                    if f.code not in ("P", "N") or f.title or f.start not in (m.start("t"), m.end()):
                        break
                elif text[last:f.start] not in (" and ", ", ", ", and "):
                    if f.code == "C" and text[last:f.start] == " of " and run[-1][2] is None:
                        run[-1], last = (run[-1][0], run[-1][1], f.key), f.end  # "A of Peru and B of Chile"
                        continue
                    break
                elif f.code not in ("P", "N") or f.title or f.former:
                    break
                run.append((idx, f, None))
                last = f.end
            if not 2 <= len(run) <= 3:
                continue
            nats = [m.group("a1"), m.group("a2")] if m.group("a1") else []
            nats = [next((r.ref for r in self.gaz.names.get((w.lower(),), ()) if r.kind == "demonym"
                          and r.ref in self.gaz.countries), None) for w in nats]
            respective = len(nats) == len(run) and all(nats)
            for n, (idx, f, of) in enumerate(run):
                key = f.key
                if n == 0 and f.start == m.start("t"):
                    name = text[m.end():f.end]
                    rec = next((r for r in self.gaz.names.get(tuple(name.lower().split()), ()) if r.kind == "person"),
                               None)
                    key = ("entry", rec.ref) if rec is not None else ("person", name)
                    if state.surnames.get(name.split()[-1].lower()) == f.key:
                        state.surnames[name.split()[-1].lower()] = key
                entry = self.gaz.entries.get(key[1]) if key[0] == "entry" else None
                full = entry.label if entry is not None and entry.label else key[1]
                if respective:
                    office, conf = self._leader(title, [], False, ("country", nats[n]), None, None)
                elif of is not None:
                    office, conf = self._leader(title, [], False, of, None, None)
                else:
                    office, conf = self._dated_leader(full if " " in full else None, title, state)
                out[idx] = replace(f, code="P", key=key, title=title, leader_of=office,
                                   leader_confidence=conf if office is not None else 0.0,
                                   nationality=office[1] if office is not None and office[0] == "country" else f.nationality,
                                   rule="plural-title")
        return out

    @staticmethod
    def _after_of_sentence_start(toks, items, start) -> bool:
        """Whether the title at ``start`` follows an article or possessive ("the President of X Y" may name two
        things); only a title that opens its phrase bare takes the name after the body."""
        return start > 0 and items[start - 1].kind == "w" and toks[items[start - 1].i][0].lower() in (
            "the", "a", "an", "its", "their", "his", "her")

    def _bare_name_after(self, toks, items, m) -> bool:
        """Whether two or three capitalised words at ``m`` are a person's name alone, then a lowercase word."""
        return m < len(items) and self._plain_name_run(toks, items, m)

    def _may_be_person(self, text: str, f: Found) -> bool:
        """:func:`_person_like` with the lexicon's words of places, things and bodies."""
        return _person_like(text, f, self.thing_heads, self.body_words)

    def _may_head(self, words: str, body: tuple | None, text: str = "", at: int = 0) -> bool:
        """Whether the head's words (a title, or the text between a body and its head's name) may lead ``body``: a
        chamber's title (the lexicon's chamber_titles: "speaker", "chair") leads only a body of the kinds it names
        ("the Senate chair", not "Keynote speaker X" nor the State Department's "speaker"), and no seat one sits
        in ("Sitting in NATO's chair, X": ``at`` the body's start in ``text``)."""
        m = self.chamber_title_re.search(words) if self.chamber_title_re is not None else None
        if m is None:
            return True
        if m.group(0).lower() == "chair" and _SEAT_BEFORE.search(text, max(0, at - 20), at):
            return False
        kinds = self.chamber_titles[m.group(0).lower()]
        if body is None:
            return False
        if body[0] == "org":
            return body[2] in kinds
        return body[0] == "entry" and body[1] in self.gaz.entries and self.gaz.entries[body[1]].type in kinds

    @staticmethod
    def _rules_then(person: Found, country: tuple, state: ArticleState) -> bool:
        """Whether ``person``, whom "the regime of X" makes the ruler of ``country``, may rule it on the article's
        date: not one the dated table has ruling it only at other times ("The regime of Muammar Gaddafi" in 2025)."""
        if state.date is None and not state.undated or country[0] != "country":
            return True
        names = {person.key[1], person.text} if person.key[0] in ("person", "entry") else {person.text}
        return not any(leaders_named(x, None) for x in names) \
            or any(country[1] in leaders_named(x, state.date, state.years) for x in names)

    # (not "commander" or "commissioner": "the army commander", "the police commissioner for Kinshasa" may head a
    # unit or a region of the body)
    _LOWER_BODY_HEAD_TITLES = frozenset({"chief", "head", "speaker", "chairman", "chairwoman", "chairperson"})

    def _lower_body_title(self, text, toks, items, k: int, pre_key) -> tuple[tuple, int] | None:
        """A body named in lowercase before a head's title at item ``k`` ("police chief", "parliament speaker",
        "election commission chairman"), of the country before it if any: (the body's key, the title's item)."""
        if k + 1 >= len(items) or items[k].kind != "w" or not toks[items[k].i][0][:1].islower() \
                or pre_key is not None and pre_key[0] != "country":
            return None
        lm = self.lower_org_re.match(text, toks[items[k].i][1])
        if lm is None or lm.group("words").split()[0] in _REGION_WORDS \
                or any(w.rstrip("-") in self.former for w in lm.group("words").split()):
            return None  # "Kenya's former police chief": no body called "former police" (the office is past)
        e = k
        while e < len(items) and toks[items[e].i][1] < lm.end():
            e += 1
        if e >= len(items) or items[e].kind != "title" or toks[items[e].i][1] < lm.end() \
                or items[e].value.lower() not in self._LOWER_BODY_HEAD_TITLES:
            return None
        name = " ".join(lm.group("words").split())
        country = pre_key[1] if pre_key is not None else None
        label = f"{self.gaz.country_label(country)}'s {name}" if country else name
        return ("org", label, self.lower_org_type[lm.group("head")], country), e

    def _lower_body(self, text, toks, items, m: int) -> tuple[tuple, int] | None:
        """A body named in lowercase from item ``m`` on, up to its head noun ("central election commission",
        "national police", "army"), ending its phrase: (its key, the item after it), or None (not "the army's
        commander", "the police officers", "the election commission of the region")."""
        if m >= len(items) or not toks[items[m].i][0][:1].islower():
            return None
        at = toks[items[m].i][1]
        if _ONE_OF_TITLE_BEFORE.search(text, max(0, at - 60), at):
            return None  # "a former commander of the border guard": one of its officers, not its head
        lm = self.lower_org_re.match(text, at)
        if lm is None or not _PHRASE_END.match(text, lm.end()) \
                or lm.group("words").split()[0] in _REGION_WORDS:  # "the northern army": a part of the body
            return None
        end = m
        while end < len(items) and toks[items[end].i][1] < lm.end():
            end += 1
        name = " ".join(lm.group("words").split())
        return ("org", name, self.lower_org_type[lm.group("head")], None), end

    def _office_after_of(self, text, toks, items, k) -> tuple[tuple | None, int, str | None]:
        """"of Oman", "of the European Commission", "of Venezuela's National Assembly": (office key, items used, nationality)."""
        if not (k + 1 < len(items) and items[k].kind == "w" and toks[items[k].i][0] == "of"):
            return None, 0, None
        m = k + 1
        if items[m].kind == "w" and toks[items[m].i][0] == "the" and m + 1 < len(items) \
                and toks[items[m + 1].i][0] in _STATE_NOUNS and items[m + 1].j == items[m + 1].i + 1 and (
                    m + 2 >= len(items) or not toks[items[m + 2].i][0][:1].isupper()):
            # "President of the Republic, X", "President of the State": the office of a country the words do not
            # name (the dated table may): no body called Republic
            return None, m + 2 - k, None
        if (heads := _HEADS_OF_STATE_ORGAN.match(text, toks[items[m].i][1])) is not None:
            # "chairman of the Authority of Heads of State and Government of ECOWAS": the bloc whose summit it is
            after = next((x for x in range(m, len(items)) if toks[items[x].i][1] >= heads.end()), None)
            if after is not None and items[after].kind == "name" and items[after].recs[0].kind == "org":
                key, nat = self._key_of(items[after].recs[0])
                return key, after + 1 - k, nat
        if items[m].kind == "w" and toks[items[m].i][0] == "the" and m + 1 < len(items):
            lower = self._lower_body(text, toks, items, m + 1)
            if lower is not None:  # "head of the central election commission", "chief of the national police"
                return lower[0], lower[1] - k, None
        described = False
        if items[m].kind == "w" and toks[items[m].i][0] == "the" and m + 1 < len(items):
            d = self._past_org_adjective(toks, items, m + 1)
            m = self._past_descriptor(toks, items, d)  # "of the state oil company Rosneft"
            described = m != d
        elif items[m].kind == "w":
            d = m
            m = self._past_descriptor(toks, items, m)  # "of gas giant Gazprom"
            described = m != d
        m = self._past_led(toks, items, m)  # "of the U.S.-led Coalition Provisional Authority"
        if m >= len(items):
            return None, 0, None  # "the head of the U.S.-led" ending the sentence: no body named
        it = items[m]
        if it.kind == "cap" and it.j == it.i + 1 and toks[it.i][0].lower() in self.lower_org_type \
                and self._bare_name_after(toks, items, m + 1):
            # "Inspector General of Police Usman Baba": a state's body by its head noun alone, then the name
            return ("org", toks[it.i][0].lower(), self.lower_org_type[toks[it.i][0].lower()], None), m + 1 - k, None
        org = self._org(text, toks, items, m, None, False)
        if org is not None:
            found, nxt = org
            return found.key, nxt - k, found.nationality
        if described and it.kind == "cap" and m + 1 < len(items) and items[m + 1].kind == "cap":
            # "president of the energy group Andes Power": after a descriptor noun, a run of capital words is the
            # body's name, head noun or not
            e, words = _cap_run(toks, items, m)
            if not (e < len(items) and items[e].kind in ("name", "title")) and not any(
                    w in self.not_names or w.lower() in _COMMON_CAPS for w in words):
                return ("org", " ".join(words), "Organization", None), e - k, None
        if (it.kind == "name" and it.recs[0].kind in ("country", "metonym") and m + 2 < len(items)
                and toks[items[m + 1].i][0] in ("'s", "\u2019s") and items[m + 2].kind == "name"
                and items[m + 2].recs[0].kind == "org"):  # "the head of Israel's Mossad"
            key, nat = self._key_of(items[m + 2].recs[0])
            return key, m + 3 - k, nat or self._key_of(it.recs[0])[1]
        if (it.kind == "name" and it.recs[0].kind == "org" and m + 1 < len(items)
                and items[m + 1].kind in ("cap", "name") and items[m + 1].j == items[m + 1].i + 1
                and toks[items[m + 1].i][0] in self.org_heads):  # "the president of the ECOWAS Commission"
            label = f"{' '.join(t for t, _, _ in toks[it.i:it.j])} {toks[items[m + 1].i][0]}"
            return ("org", label, self.org_heads[toks[items[m + 1].i][0]], None), m + 2 - k, None
        if it.kind == "name" and it.recs[0].kind == "org" and m + 2 < len(items) \
                and toks[items[m + 1].i][0] in ("'s", "\u2019s", "'", "\u2019") and items[m + 2].kind == "cap":
            # "head of the Houthis' Supreme Political Council": the body the possessor owns, named by its head noun
            inner = self._org(text, toks, items, m + 2, None, False)
            if inner is not None:
                return inner[0].key, inner[1] - k, inner[0].nationality
        if it.kind == "name" and it.recs[0].kind == "org" and m + 2 < len(items) \
                and toks[items[m + 1].i][0] in ("'s", "\u2019s", "'", "\u2019") and items[m + 2].kind == "name" \
                and items[m + 2].recs[0].kind == "org":  # "commander of the Revolutionary Guards' Quds Force"
            key, nat = self._key_of(items[m + 2].recs[0])
            return key, m + 3 - k, nat
        if it.kind == "name" and it.recs[0].kind in ("country", "org", "metonym"):
            if it.recs[0].kind == "org" and self._sub_unit(toks, items, m + 1):
                return None, 0, None  # "commander of the Revolutionary Guards' UAV command": a unit, not the body
            if it.recs[0].kind == "country" and m + 1 < len(items) and items[m + 1].kind == "cap":
                return None, 0, None  # "chief executive of the Rwanda Mines ... Board": a longer name, not the country
            if it.recs[0].kind == "country" and m + 2 < len(items) and toks[items[m + 1].i][0] in ("'s", "\u2019s"):
                # "the leader of Moldova's breakaway region", "the head of Georgia's ruling party": a part of the
                # country, not the country
                for x in range(m + 2, min(m + 6, len(items))):
                    word = toks[items[x].i][0]
                    if not word.replace("-", "").isalpha():
                        break
                    if word.lower() in _PART_HEADS:  # (also named: "the president of Bosnia's Serb Republic")
                        return None, 0, None
            key, nat = self._key_of(it.recs[0])
            return key, m + 1 - k, nat
        if it.kind == "cap" and m + 1 < len(items) and toks[it.i][0].isalpha() \
                and (lower := self._lower_body(text, toks, items, m + 1)) is not None:
            # "speaker of the Crimean parliament": a body of a place the gazetteer does not know, named in lowercase
            return ("org", f"{toks[it.i][0]} {lower[0][1]}", lower[0][2], None), lower[1] - k, None
        if it.kind == "cap" and (m + 1 >= len(items) or items[m + 1].kind not in ("cap", "name", "title")) \
                and not (m + 1 < len(items) and toks[items[m + 1].i][0] in ("'s", "\u2019s")):  # "head of X's security"
            word = toks[it.i][0]  # "the chief executive of Nornickel": a company the gazetteer does not know
            if (word.isalpha() and len(word) > 2 and word not in self.not_names and word not in self.org_heads
                    and word.lower() not in _COMMON_CAPS):
                return ("org", word, "Organization", None), m + 1 - k, None
        return None, 0, None

    def _national_goods(self, text: str, out: list, pattern: re.Pattern = _NATIONAL_GOODS) -> list:
        """"tariffs on Australian barley", "sanctions on Russian banks": in a sentence about a measure, a nationality
        before goods or an economy's parts stands for the country the measure falls on (with ``_NATIONAL_MEASURE``:
        "under Canadian sanctions" names the country that holds them)."""
        added = []
        for m in pattern.finditer(text):
            if any(f.start < m.end(1) and m.start(1) < f.end for f in out):
                continue
            recs = self.gaz.names.get(tuple(m.group(1).lower().split()), ())
            rec = next((r for r in recs if r.kind == "demonym"), None)
            if rec is not None and rec.ref in self.gaz.countries:
                added.append(Found(text=m.group(1), start=m.start(1), end=m.end(1), code="C", key=("country", rec.ref),
                                   rule="nationality-goods"))
        return sorted(out + added, key=lambda x: x.start) if added else out

    @staticmethod
    def _shared_surname(text: str, out: list, given=(), not_names=()) -> list:
        """"the brothers Boris and Igor Rotenberg", "Ajay, Atul and Rajesh Gupta": given names before a full name share
        its surname."""
        added = []
        changed: dict[int, Found] = {}
        for n, f in enumerate(out):
            if f.code not in ("P", "N") or f.key[0] != "person" or len(f.key[1].split()) != 2:
                continue
            surname = f.key[1].split()[-1]
            m = _SHARED_SURNAME.search(text, max(0, f.start - 40), f.start)
            if m is not None and m.end() == f.start:
                added.append(replace(f, text=m.group(1), start=m.start(1), end=m.end(1), key=("person",
                                     f"{m.group(1)} {surname}"), title=None, leader_of=None, rule="proper-name"))
                continue
            # "freed Mordy and Natali Oknin": a given name the gazetteer does not know, named by no mention (not
            # one the article already gave someone else: "talks with Tesfai and Omar Gebrehiwet")
            m = _COUPLE.search(text, max(0, f.start - 40), f.start)
            if m is not None and m.group(1) not in _WEEKDAYS and m.group(1) not in _MONTHS \
                    and m.group(1).lower() not in given and m.group(1) not in not_names \
                    and not any(g.start < m.end(1) and g.end > m.start(1) for g in out):
                added.append(replace(f, text=m.group(1), start=m.start(1), end=m.end(1), key=("person",
                                     f"{m.group(1)} {surname}"), title=None, leader_of=None, rule="proper-name"))
                continue
            # "Callie Strydom and his wife Monique": the spouse's given name alone takes the surname (so does a
            # relative named after the possessive: "Alexander's mother, Yael,")
            m = _SPOUSE.match(text, f.end) if " his wife " in text or " her husband " in text else None
            if m is None and text.startswith(("'s ", "\u2019s "), f.end):
                m = _KIN_NAMED.match(text, f.end)
            if m is not None and m.group(1) not in _WEEKDAYS and m.group(1) not in _MONTHS:
                at = next((x for x in range(n + 1, len(out)) if out[x].end == m.end(1)  # ("wife Monique")
                           and f.end <= out[x].start <= m.start(1)), None)
                if at is not None and out[at].code in ("P", "N", "O") and out[at].key[0] != "country":
                    changed[at] = replace(out[at], code="N", key=("person", f"{m.group(1)} {surname}"),
                                          title=None, leader_of=None, rule="proper-name")
                elif at is None and m.group(1).lower() not in given and m.group(1) not in not_names \
                        and not any(g.start < m.end(1) and g.end > m.start(1) for g in out):
                    added.append(replace(f, text=m.group(1), start=m.start(1), end=m.end(1), key=("person",
                                         f"{m.group(1)} {surname}"), title=None, leader_of=None, rule="proper-name"))
            # "Ajay, Atul and Rajesh Gupta": single given names the gazetteer does not know, listed before a full name
            b, sep = n - 1, " and "
            while b >= 0 and text[out[b].end:out[b + 1].start if b + 1 < n else f.start] == sep \
                    and out[b].rule in ("proper-name", "sanctions-object") and out[b].code in ("N", "O") \
                    and out[b].text.isalpha() and out[b].text[:1].isupper() and " " not in out[b].text:
                changed[b] = replace(out[b], code="N", key=("person", f"{out[b].text} {surname}"), rule="proper-name")
                b, sep = b - 1, ", "
        if changed:
            out = [changed.get(i, f) for i, f in enumerate(out)]
        return sorted(out + added, key=lambda x: x.start) if added else out

    @staticmethod
    def _sub_unit(toks, items, m) -> bool:
        """Whether the words after an organisation's name at item ``m`` name a unit of it ("' UAV command",
        "coastal patrol", "'s intelligence wing")."""
        n = 0
        while m < len(items) and n < 4:
            word = toks[items[m].i][0]
            if word in ("'", "'s", "\u2019", "\u2019s") and n == 0:
                m += 1
                continue
            if not word.isalpha() or items[m].kind not in ("w", "cap"):
                return False
            if word.lower() in _SUB_UNITS:
                return True
            m += 1
            n += 1
        return False

    def _company_marks(self, toks, items, end: int) -> int | None:
        """The item past a company name's marks at ``end``, when a company's suffix follows them: a bracketed
        word or two ("Orion (Holdings) Ltd", "Cancri (Gems and Jewellery) Co.") or the full stop of an
        abbreviated suffix ("Pearl Trading Co. Ltd"), or a place in brackets ("Shipping Tanker (Dalian) Co Ltd");
        None elsewhere."""
        word = toks[items[end].i][0]
        if word == "." and toks[items[end - 1].i][0] in _ABBREVIATED_SUFFIXES and toks[items[end].i][1] == toks[items[end - 1].i][2]:
            after = end + 1
        elif word == "(":
            after = end + 1
            while after < len(items) and after - end <= 5 and (
                    items[after].kind in ("cap", "title") and toks[items[after].i][0][:1].isupper()
                    or items[after].kind == "name" and items[after].recs[0].kind in ("city", "country")  # "(Dalian)"
                    or toks[items[after].i][0] in ("and", "&") and after > end + 1):
                after += 1
            if after == end + 1 or after >= len(items) or toks[items[after].i][0] != ")":
                return None
            after += 1
        else:
            return None
        if after < len(items) and items[after].kind == "cap" and self.org_heads.get(toks[items[after].i][0]) == "Company" \
                and toks[items[after].i][0] in _COMPANY_SUFFIXES:
            return after
        return None

    def _org(self, text, toks, items, k, out, title_case, state=None):
        """Organisations the gazetteer does not know, named by their head noun: "the National Olympic Committee of
        Belarus", "Iran's Ministry of Intelligence", "Iran's morality police", "Venezuela's National Assembly"."""
        start = k
        if items[k].kind == "w" and toks[items[k].i][0].lower() == "the" \
                or items[k].kind == "cap" and toks[items[k].i][0] == "The" and k + 1 < len(items) \
                and items[k + 1].kind == "cap":  # "The Movement for Justice, ..." opening a sentence
            k += 1
        if k < len(items) and _LED.match(toks[items[k].i][0]):
            k += 1  # "the Kurdish-led Syrian Democratic Forces"
        if k >= len(items):
            return None
        # "the Congress of People's Deputies": a one-word body the gazetteer knows, with a complement that makes it
        # another body
        named_head = (items[k].kind == "name" and items[k].recs[0].kind == "org" and items[k].j == items[k].i + 1
                      and toks[items[k].i][0] in self.of_org_heads and _of_name_follows(toks, items, k + 1))
        pre_key, nationality, used = self._pre(items, toks, k) if not named_head else (None, None, 0)
        if pre_key is not None and pre_key[0] != "country":
            return None
        m = k + used
        if m >= len(items):
            return None
        country = pre_key[1] if pre_key else None
        if not used and k > start and items[k].kind in ("w", "title") and state is not None:
            lm = self.lower_org_re.match(text, toks[items[k].i][1])
            if lm is not None:
                name = " ".join(lm.group("words").split())
                key = state.orgs.get(name)
                if key is not None:
                    end = k
                    while end < len(items) and toks[items[end].i][1] < lm.end():
                        end += 1
                    span_text, s, e = self._span(text, toks, items[k].i, items[end - 1].j)
                    return Found(text=span_text, start=s, end=e, code="O", key=key, nationality=key[3],
                                 rule="org-anaphor"), end
        if items[m].kind == "w" and used and toks[items[m].i][0][0].islower():  # lowercase: "Iran's morality police"
            lm = self.lower_org_re.match(text, toks[items[m].i][1])
            if lm is None or not country or not (used == 2 or items[k].recs[0].kind == "demonym"):
                return None
            end = m
            while end < len(items) and toks[items[end].i][1] < lm.end():
                end += 1
            name = " ".join(lm.group("words").split())
            label = f"{self.gaz.country_label(country)}'s {name}"
            span_text, s, e = self._span(text, toks, items[k].i, items[end - 1].j)
            if state is not None:
                state.orgs[name] = ("org", label, self.lower_org_type[lm.group("head")], country)
            return Found(text=span_text, start=s, end=e, code="O",
                         key=("org", label, self.lower_org_type[lm.group("head")], country),
                         nationality=country, rule="org-head"), end
        the = k > start or start > 0 and toks[items[start - 1].i][0].lower() == "the"
        lean = m + (not used and the and m + 1 < len(items) and items[m].kind == "w"
                    and toks[items[m].i][0].lower() in _LEANING_WORDS)
        if not used and the and items[lean].kind == "cap":
            # "the Hezb-e-Islami militant group", "the conservative New Democracy party": capital words before a
            # lowercase noun of a body (past one lowercase word of its kind) are the body's name
            m = lean
            e, words = _cap_run(toks, items, m)
            h = e + (e + 1 < len(items) and items[e].kind == "w" and toks[items[e].i][0] in _BODY_KIND_WORDS)
            if (h < len(items) and items[h].kind == "w" and toks[items[h].i][0] in _LOWER_BODY_NOUNS
                    and (h + 1 >= len(items) or items[h + 1].kind == "w" and not toks[items[h + 1].i][0][:1].isupper())):
                if not any(w in self.not_names or w.lower() in self.former for w in words) \
                        and not all(w.lower() in _COMMON_CAPS for w in words) \
                        and not (len(words) == 1 and words[0].lower() in _IDEOLOGY_WORDS):
                    span_text, s, e_ = self._span(text, toks, items[m].i, items[h].j)
                    label = " ".join(words)
                    return Found(text=span_text, start=s, end=e_, code="O", key=("org", label, "Organization", None),
                                 rule="org-head"), h + 1
        def is_cap(it) -> bool:
            return it.kind == "cap" or it.kind == "title" and it.j == it.i + 1 and toks[it.i][0][0].isupper()

        # after a head's title ("the president of the African National Congress", "chairman of the Cuban American
        # National Foundation"): a demonym may open the name, and a head word the gazetteer names may end it
        office = out is None
        demonym_first = office and items[m].kind == "name" and items[m].recs[0].kind == "demonym" \
            and m + 1 < len(items) and is_cap(items[m + 1])
        if not (is_cap(items[m]) or demonym_first or named_head) or title_case and not used:
            return None
        end, head, n_caps = m, None, 0
        while end < len(items) and n_caps < 7:
            it = items[end]
            word = toks[it.i][0]
            if named_head and end == m:
                head, n_caps, end = (end, self.of_org_heads[word]), 1, end + 1
                break
            if it.kind == "w" and word.isdigit() and len(word) <= 2 and end > m and end + 1 < len(items) \
                    and is_cap(items[end + 1]):
                end += 1  # "Nord Stream 2 AG"
                continue
            if is_cap(it):
                n_caps += 1
                if word in self.org_heads:
                    head = (end, self.org_heads[word])
                elif word in self.of_org_heads and head is None and _of_name_follows(toks, items, end + 1) \
                        and all(is_cap(items[x]) for x in range(m, end)):
                    head = (end, self.of_org_heads[word])  # "House of Representatives", "Government of National Accord"
                end += 1
            elif (it.kind in ("w", "cap") and word in ("of", "for", "and", "the", "&") and end + 1 < len(items)
                  and items[end + 1].kind in ("cap", "name", "w") and head is None):
                if word == "and" and end > m and toks[items[end + 1].i][0] == "the":
                    break  # "InfoRos and the Strategic Culture Foundation": two names, the second with its article
                if word == "and" and n_caps >= 2 and all(is_cap(items[x]) for x in range(m, end)) \
                        and end + 2 < len(items) and is_cap(items[end + 1]) and is_cap(items[end + 2]) \
                        and not (toks[items[end - 1].i][0] in _FIELD_WORDS
                                 and toks[items[end + 1].i][0] in _FIELD_WORDS):
                    break  # "A Velt and Zenit Trading LLC": a name of two words or more, then a company of its own

                if word == "of" and end - m >= 2 and items[end - 1].kind == "cap" and items[end - 2].kind == "cap" \
                        and toks[items[end + 1].i][0] == "the" and not used and not the:
                    break  # "A Velt and B Kiss of the Nepal Parliament": people and the body they belong to
                if word == "the" and end > m and toks[items[end - 1].i][0] not in ("of", "for", "and", "&") \
                        and not used and is_cap(items[end + 1]):
                    m, n_caps = end + 1, 0  # "On Monday the Revolutionary Justice Organization": the name starts after "the"
                end += 1
            elif office and it.kind == "name" and it.j == it.i + 1 and word in self.org_heads and end > m and n_caps:
                head = (end, self.org_heads[word])  # "African National Congress": a head the gazetteer also names
                n_caps += 1
                end += 1
            elif (it.kind == "name" and it.recs[0].kind == "org" and it.j > it.i + 1 and end > m and n_caps
                  and head is None and toks[it.j - 1][0] in self.org_heads
                  and all(toks[items[x].i][0].lower() not in _COMMON_CAPS and toks[items[x].i][0] not in self.not_names
                          and toks[items[x].i][0] != "The" for x in range(m, end) if items[x].kind == "cap")):
                # "the Regional Security Council": a generic name the gazetteer knows ("Security Council") after the
                # capital words of a longer one is that other body
                head = (end, self.org_heads[toks[it.j - 1][0]])
                n_caps += it.j - it.i
                end += 1
            elif it.kind == "name" and it.recs[0].kind in ("country", "demonym", "city") and (end > m or demonym_first):
                if head is not None and toks[items[end - 1].i][0] != "of":
                    break
                end += 1
            elif end > m and n_caps and (past := self._company_marks(toks, items, end)):
                end = past  # "Delta Marine (Pvt) Ltd", "Pearl Trading Co. Ltd": one name past its brackets and stops
            else:
                break
            if head is not None and head[0] == end - 2 and (toks[items[end - 1].i][0] in _ORG_TAILS or _DOTTED_SUFFIX.match(toks[items[end - 1].i][0])):
                head = (end - 1, head[1])  # "Vesta Group International": a word that may close a company's name
        if head is None:
            return None
        last, etype = head
        stop = last + 1
        if (stop + 1 < len(items) and toks[items[stop].i][0] == "for" and items[stop + 1].kind == "cap"
                and toks[items[stop + 1].i][0] not in self.not_names):
            stop += 2  # "National League for Democracy"
            while stop < len(items) and stop - last < 7:
                if items[stop].kind == "cap":
                    stop += 1
                elif toks[items[stop].i][0] in ("and", "&") and stop + 1 < len(items) and items[stop + 1].kind == "cap" \
                        and toks[items[stop + 1].i][0] not in self.not_names \
                        and not (stop + 2 < len(items) and items[stop + 2].kind in ("cap", "name")):
                    stop += 2  # "Institute for Organic Chemistry and Technology" (not "... and Petru Lungu")
                    break
                else:
                    break
        elif (stop + 1 < len(items) and toks[items[stop].i][0] == "of" and items[stop + 1].kind in ("name", "cap")
                and (items[stop + 1].kind == "cap" or items[stop + 1].recs[0].kind in ("country", "city"))):
            stop += 2  # "Committee of Belarus", "Ministry of Intelligence"
            if items[stop - 1].kind == "name" and country is None:
                country = items[stop - 1].recs[0].ref if items[stop - 1].recs[0].kind == "country" else None
            elif items[stop - 1].kind == "cap":  # "Institute of Organic Chemistry and Technology"
                more = 0
                of_head = toks[items[last].i][0] in self.of_org_heads
                while stop < len(items) and more < 5:
                    if of_head and self._plain_name_run(toks, items, stop):
                        break  # "Speaker of the House of Representatives Marek Nowak opened": a name after the body
                    if is_cap(items[stop]):
                        stop, more = stop + 1, more + 1
                    elif (toks[items[stop].i][0] in ("'s", "\u2019s") and toks[items[stop - 1].i][0] == "People"
                          and stop + 1 < len(items) and is_cap(items[stop + 1])):
                        stop, more = stop + 2, more + 1  # "Congress of People's Deputies"
                    elif (toks[items[stop].i][0] in ("and", "&") and stop + 1 < len(items)
                          and is_cap(items[stop + 1])):
                        stop, more = stop + 2, more + 1
                    else:
                        break
        while stop > m and toks[items[stop - 1].i][0] in ("of", "for", "and", "the", "&"):
            stop -= 1
        name_text, s0, e = self._span(text, toks, items[m].i, items[stop - 1].j)
        if len(name_text.split()) == 1 and name_text in self.org_heads and not used:
            return None  # a bare "Ministry" or "Police" names nothing; "the U.S. Embassy" does
        s = toks[items[k].i][1] if used else s0
        if used == 2 and country:
            label = f"{self.gaz.country_label(country)}'s {name_text}"
        elif used == 1:
            label = text[s:e]  # "U.S. Embassy", "Iranian Ministry of Intelligence"
        else:
            label = name_text
        if out is not None and used and out and out[-1].start >= s:
            out.pop()
        return Found(text=text[s:e], start=s, end=e, code="O", key=("org", label, etype, country),
                     nationality=country, rule="org-head"), stop

    def _pronoun(self, text, toks, items, k, state, out):
        it = items[k]
        if it.kind == "organa" and it.value in ("department", "ministry"):
            # "the department said": the body named before whose name ends in that word, with its nationality
            told = state.last_office.get(it.value)
            if told is None:
                return None
            span_text, s, e = self._span(text, toks, it.i, it.j)
            return replace(told, text=span_text, start=s, end=e, rule="office-anaphor", members=()), k + 1
        if it.kind == "organa":  # "the bloc": the last international organisation named; "the council": the last council
            armed = it.value in _PARTY_ITEMS
            ref = state.last_council if it.value == "council" else None if it.value == "own" else \
                state.last_armed if armed else state.last_union
            span_text, s, e = self._span(text, toks, it.i, it.j)
            if ref is None and armed:
                # no armed group told before: the words name the party ("Somali pirates"; "captors" of "his captors";
                # "the kidnappers", "Militants freed A": the noun, its description an alias)
                label = span_text if it.value == "band" else toks[it.j - 1][0].lower()
                ref = ("org", label, "Organization", None)
                rule = "armed-band"  # (a party of its own words: read only as the one that freed someone)
            elif it.value in ("bare", "own"):
                rule = "armed-band"  # the group named before, but only as the one that freed someone
            else:
                rule = "armed-anaphor" if armed else "pronoun"
            if ref is None:
                return None
            # "He said the militants had freed them": a noun phrase, not a pronoun for the speaker's side
            return Found(text=span_text, start=s, end=e, code="O", key=ref, rule=rule), k + 1
        if it.kind != "pron":
            return None
        word = it.value
        span_text, s, e = self._span(text, toks, it.i, it.j)
        if isinstance(word, tuple) and word[0] == "desc":
            return self._freed_described(state, word[1], span_text, s, e, k)
        if isinstance(word, tuple) and word[0] == "poss":
            owner = self._praised_owner(text, out, state, s, word[1])
            return (replace(owner, text=span_text, start=s, end=e, title=None, leader_of=None, rule="pronoun",
                            members=()), k + 1) if owner is not None else None
        if isinstance(word, tuple) and word[0] == "other":
            other = self._visit_other(text, out, state, s)
            return (replace(other, text=span_text, start=s, end=e, title=None, leader_of=None, rule="pronoun",
                            members=()), k + 1) if other is not None else None
        if isinstance(word, tuple) and word[0] == "countries":
            countries = _latest_countries(state, word[1])
            return (_standing_for(countries, span_text, s, e), k + 1) if countries else None
        if isinstance(word, tuple) and word[0] == "firms":  # "both companies": the latest pair of companies
            firms = _counted_firms(state, word[1])
            return (_standing_for(firms, span_text, s, e), k + 1) if firms else None
        if isinstance(word, tuple):  # "The five were flown ...": the group of five told before, else five people
            # (a group as told, not a mention that stood for it and others: "The three" after "two A and a B")
            pick = next(((si, g) for si, g in reversed(state.groups) if state.sentence - si <= 6
                         and g.count == word[1] and not g.members), None)
            # ... unless the sentence just before freed as many people joined by "and", after the group ("Two
            # Chileans flew home. In return, Peru pardoned A and B. The two were handed over ..."): A and B
            if pick is not None and state.sentence - pick[0] > 1 and state.freed_run is not None \
                    and state.freed_run[0] == state.sentence:
                run = state.freed_run[1]
                if len(run) == word[1] and len({f.key for f in run}) == word[1] \
                        and not any(f.key == pick[1].key for f in run):
                    pick = None
                    state.plural = (state.sentence, list(run))
                    return _standing_for(run, span_text, s, e), k + 1
            pick = pick[1] if pick is not None else None
            if pick is not None and pick.key in state.group_members:  # a group whose list named its members: them
                return _standing_for(state.group_members[pick.key], span_text, s, e), k + 1
            if pick is not None:
                return replace(pick, text=span_text, start=s, end=e, subgroup_of=None, rule="anaphor"), k + 1
            word = word[1]
        if word == "group":
            recent = [g for si, g in state.groups if 0 < state.sentence - si <= 2 and g.count]
            if not recent:
                return None
            return replace(recent[-1], text=span_text, start=s, end=e, subgroup_of=None, rule="anaphor"), k + 1
        if word == "it":
            ref = state.previous_subject
            again = _it_again(text, s, out)
            if again is not None:  # "In April it barred A's B, and it earlier blacklisted C": the same "it"
                return replace(again, text=span_text, start=s, end=e), k + 1
            speaker = _it_speaker(text, s, out)
            if speaker is not None:  # "The Treasury Department said it was targeting A": the body that says so
                return replace(speaker, text=span_text, start=s, end=e, title=None, leader_of=None, rule="pronoun"), k + 1
            if any(f.code in ("C", "K", "O") for f in out):  # "the council ... the sanctions it imposed": not here
                return None
            return replace(ref, text=span_text, start=s, end=e, title=None, leader_of=None, rule="pronoun"), k + 1
        if word == "sides":
            # "Russia and Ukraine completed an exchange in which each side freed 1,000 prisoners": the two countries
            # the sentence named before (else the sentence before), each one
            sides = _two_sides(text, out)
            if not sides and not any(f.code == "C" for f in out):
                sides = state.previous_countries
            if not sides and span_text.lower().startswith("the two ") and span_text.lower().endswith(("countries", "nations")) \
                    and not text[:s].endswith(" of "):  # (not "the borders of the two countries": their things)
                # "Eritrea and Myanmar voted against it. Canada sanctioned the two countries": the latest list of two
                sides = _latest_countries(state, 2)
            if len(sides) != 2:
                return None
            return _standing_for(sides, span_text, s, e), k + 1
        if word in ("they", "them"):
            # "Among them are A; B" may follow a sentence that describes the group told before without naming anyone
            # ("... on 32 officials. The list includes judges and prosecutors. Among them are A; B"), up to three sentences on
            reach = 3 if it.i == 1 and toks[0][0] == "Among" else 1
            recent = [g for si, g in state.groups if state.sentence - si <= reach]
            if it.i == 0 and state.among is not None and state.among[0] == state.sentence:
                recent = []  # "A and B were among 2,000 prisoners pardoned ... They flew to Stockholm": A and B
                state.plural = (state.sentence, state.among[1])
            if not recent:
                # "A and B were detained. The government freed them": the people the pronoun stands for
                people = [f for f in out if f.code in ("P", "N") and f.rule != "pronoun"]
                if len(people) < 2 and state.plural is not None and state.sentence - state.plural[0] <= 1:
                    people = state.plural[1]  # "to greet the two men. He praised them": the set told last
                if len(people) < 2:
                    people = state.previous_people
                people = list({f.key: f for f in people}.values())
                if len(people) < 2 or len(people) > 6:
                    return None
                return _standing_for(people, span_text, s, e), k + 1
            # "freed A and another bishop, along with 15 priests and two seminarians, and flew them to X": every
            # part of the list that ends just before "and" and the pronoun, people and counted groups alike
            if word == "them" and any(si == state.sentence for si, _ in state.groups[-8:]):
                run = self._them_list(text, out, s)
                if run:
                    first = replace(run[0], text=span_text, start=s, end=e, title=None, leader_of=None,
                                    rule="pronoun", members=(), subgroup_of=None)
                    return replace(first, members=tuple(replace(f, text="", title=None, leader_of=None, members=(),
                                                                subgroup_of=None) for f in run[1:])), k + 1
            # "Two diplomats were freed. A, an envoy, and his colleague B were taken to X, where they were received
            # by Y": as many people as the group counts, named before the pronoun in its own sentence, are its members
            named = list({f.key: f for f in out if f.code in ("P", "N") and f.rule != "pronoun" and f.end <= s
                          and self._may_be_person(text, f)}.values())
            if word == "they" and len(named) >= 2 and " and " in text[named[0].start:s] \
                    and any(g.count == len(named) for g in recent):
                state.plural = (state.sentence, named)
                return _standing_for(named, span_text, s, e), k + 1
            # "released 135 prisoners, including 13 pastors, and put them on a plane": the whole, not its part
            whole = [g for g in recent if g.subgroup_of is None]
            if not whole:  # "some of them were unsteady ... Libya had transferred them": the set the part is of
                parents = {g.subgroup_of for g in recent}
                whole = [g for si, g in state.groups if g.key in parents and g.subgroup_of is None][-1:] or recent
            return replace(whole[-1], text=span_text, start=s, end=e, subgroup_of=None, rule="pronoun"), k + 1
        if isinstance(word, int):  # "the two men", "the trio": a counted set of people told before
            pair = [g for si, g in state.groups if state.sentence - si <= 1 and g.count == word]
            if pair and pair[-1].key not in state.group_members and toks[it.j - 1][0].lower() in _TITLED_NOUNS \
                    and pair[-1].key in state.definite_groups:
                # "at President B's ranch, where the two former governors pledged ... The two leaders held talks":
                # a definite description no one was found for is no new set; the leaders are the people named
                pair = []
            if pair and pair[-1].key in state.group_members:  # a group whose list named its members: them
                return _standing_for(state.group_members[pair[-1].key], span_text, s, e), k + 1
            if pair:  # "two Americans ... the two men": the group
                return replace(pair[-1], text=span_text, start=s, end=e, subgroup_of=None, rule="pronoun"), k + 1
            if (freed := _freed_run_counting(state, word)) is not None:
                # "Iran released two Austrians and a Danish citizen. The three men were flown to Muscat": the people
                # and groups the sentence before freed, as many as they count together
                return _run_standing_for(freed, span_text, s, e), k + 1
            # "the two leaders": people named with a title or an office, not the reporters of a byline
            noun = toks[it.j - 1][0].lower()
            titled = noun in _TITLED_NOUNS

            def fit(people: list[Found]) -> list[Found]:
                if not titled:
                    return people
                out_ = []
                for f in people:
                    info = state.person_info.get(f.key)
                    titles = " ".join(x.title or "" for x in (f, info) if x is not None).lower()
                    led = f.leader_of is not None or info is not None and info.leader_of is not None
                    if noun == "leaders" and (led or titles) or noun[:-1] in titles:
                        out_.append(f)  # "the two ministers": people titled minister; "the two leaders": any
                return out_
            # (not "at State House", "in Ras Laffan": a place or a thing is no leader)
            people = fit(list({f.key: f for f in out if f.code in ("P", "N") and f.rule != "pronoun"
                               and self._may_be_person(text, f)}.values()))
            if len(people) != word:
                people = fit(list({f.key: f for f in state.previous_people}.values()))
            if len(people) != word:
                # the latest of the three sentences before that named as many people: salience, not distance
                people = next((fit(p) for si, p in reversed(state.people_history)
                               if state.sentence - si <= 3 and len(fit(p)) == word), [])
            if len(people) != word and state.plural is not None and state.sentence - state.plural[0] <= 6:
                people = state.plural[1]  # "the two men ... Both ministers": the set already told as one
            if len(people) != word and titled:
                # "A flew to Lima. B was waiting. The two presidents spoke": the article has named just that many
                # people with such a title, each in a sentence of their own
                named = fit(list({f.key: f for _, p in state.people_history for f in p}.values()))
                if len(named) == word:
                    people = named
            if len(people) != word and not titled:
                # "A was handed over ... The rebels also freed B and C. The three were flown to X": the people of
                # the two sentences before, together, when no one sentence named as many (not "the two leaders",
                # whom a title picks out)
                whole: dict[int, list[Found]] = {}
                for si, p in state.people_history:
                    if state.sentence - si in (0, 1):  # (the two sentences just before this one)
                        whole.setdefault(si, p)  # (a sentence's first entry is all its people; runs come after)
                if len(whole) == 2:
                    both = fit(list({f.key: f for si in sorted(whole) for f in whole[si]}.values()))
                    if len(both) == word:
                        people = both
            if len(people) != word:
                return None
            state.plural = (state.sentence, list(people))
            return _standing_for(people, span_text, s, e), k + 1
        if word in ("he", "she"):
            return self._subject_pronoun(text, out, state, span_text, s, e, k)
        if word == "her":
            return self._object_her(text, out, state, span_text, s, e, k)
        people = [f for f in out if f.code in ("P", "N") and self._may_be_person(text, f)]  # not "the Shore Temple"
        # an object pronoun never stands for the subject of its own clause ("after A and B flew to Tehran and
        # held talks with him": not A or B; "where Merkel visited him": not Merkel)
        mates = _clause_subject(text, out, s) if word in ("him", "her") else set()
        people = [f for f in people if f.key not in mates] or [
            f for f in state.previous_people[:1] if f.key not in mates]
        if not people:
            return None
        ref = people[-1]
        return replace(ref, text=span_text, start=s, end=e, title=None, leader_of=None, rule="pronoun"), k + 1

    @staticmethod
    def _described_freed(text: str, out: list[Found], state: ArticleState) -> list[Found]:
        """``out`` with "the engineer" of "The engineer landed in X" as the one person a release of the three
        sentences before freed and described by that noun ("freed A, an engineer held since 2019"), where no other
        mention covers those words."""
        _, ref, words = state.freed_one
        for m in _THE_NOUN_VERB.finditer(text):
            if m.group(1) not in words or any(f.start < m.end(1) and m.start() < f.end for f in out):
                continue
            found = replace(ref, text=m.group(0)[:m.end(1) - m.start()], start=m.start(), end=m.end(1), title=None,
                            leader_of=None, rule="pronoun", members=())
            out = sorted([*out, found], key=lambda f: f.start)
        return out

    @staticmethod
    def _freed_described(state: ArticleState, noun: str, span_text: str, s: int, e: int, k: int):
        """"The freed man", "the hostage", "the engineer" (a noun its release sentence described them by): the one
        person a release of the three sentences before told of; None when there is none, the noun does not fit them
        or a man's noun stands for a woman."""
        if state.freed_one is None or not 0 < state.sentence - state.freed_one[0] <= 3:
            return None
        _, ref, words = state.freed_one
        if noun not in _ONE_PERSON_NOUNS and noun not in words:
            return None
        gender = state.gender.get(ref.key)
        if noun in _MAN_NOUNS and gender == "f" or noun in _WOMAN_NOUNS and gender == "m":
            return None
        return replace(ref, text=span_text, start=s, end=e, title=None, leader_of=None, rule="pronoun",
                       members=()), k + 1

    @staticmethod
    def _them_list(text: str, out: list[Found], s: int) -> list[Found]:
        """The list of people and counted groups joined by "and", "along with" or commas that ends at ", and"
        just before a verb whose object "them" starts at ``s`` ("freed A, B and 15 priests, and flew them"); or []."""
        cands = [f for f in out if f.end <= s and f.rule != "pronoun" and f.text]
        if not cands or cands[-1].code not in ("P", "N", "G") or "includ" in text[:s] or " among " in text[:s] \
                or not _THEM_TAIL.fullmatch(text, cands[-1].end, s):
            return []
        run = [cands[-1]]
        for f in reversed(cands[:-1]):
            if f.code not in ("P", "N", "G") or not _THEM_GLUE.fullmatch(text, f.end, run[0].start):
                break
            run.insert(0, f)
        return _released_list(run)

    def _object_her(self, text, out, state, span_text, s, e, k):
        """"Her" as an object ("praised her as", "spoke to her by phone"): the last woman named before it who is not
        the subject of its clause, a woman being a person the article has already called "she" or "her"."""
        mates = _clause_subject(text, out, s)
        women = [f for f in out + state.previous_persons[::-1]
                 if f.code in ("P", "N") and f.text and not f.members and f.key not in mates
                 and state.gender.get(f.key) == "f"]
        if not women:
            # "criticising the prime minister, Theresa May, hours before sitting down with her": with no woman known,
            # the one person named before it in its sentence outside its clause's subject, whom the article has
            # never called "he" and no man's honorific names
            mates = mates | _opening_subject(text, out, s)  # nor the subject of the sentence, whose clause it is in
            others = [f for f in out if f.code in ("P", "N") and f.text and not f.members and f.key not in mates
                      and f.rule != "pronoun" and self._may_be_person(text, f) and f.key not in state.gender
                      and f.text.split()[0].rstrip(".").lower() not in _MALE_HONORIFICS
                      and not _MAN_BEFORE.search(text, max(0, f.start - 30), f.start)]
            if len({f.key for f in others}) != 1:
                return None
            women = others
        ref = women[-1] if any(f is women[-1] for f in out) else women[0]
        return replace(ref, text=span_text, start=s, end=e, title=None, leader_of=None, rule="pronoun",
                       members=()), k + 1

    def _praised_owner(self, text, out, state, s, word: str) -> Found | None:
        """Whom "his" or "her" after a praise stands for ("which had praised his work", "She praised his courage"):
        the last person named before it in its sentence who does not open its clause, else the last such person of
        the sentence before; of the pronoun's gender where the article told it, and never the praiser."""
        mates = _clause_subject(text, out, s)
        last = max((f.end for f in out if f.end <= s and f.code in ("P", "N")), default=0)
        if re.search(r", (?:which|that) ", text[last:s]):
            mates = set()  # "A fled to X, which had praised his work": the relative's subject is X, not A
        if re.search(r"\b(?:said|says|told)\b", text[:s]):
            # "X said the bloc stood behind Y and praised his courage": the speaker praises, is not praised
            mates = mates | _opening_subject(text, out, s)
        want = _GENDER_OF["he" if word == "his" else "she"]

        def fits(f: Found) -> bool:
            """Whether ``f`` may be the person "his" or "her" stands for: a person of that gender, not a mate."""
            return f.code in ("P", "N") and not f.members and f.key not in mates \
                and state.gender.get(f.key, want) in (want, "?") and self._may_be_person(text, f)
        here = [f for f in out if f.end <= s and fits(f)]
        if here:
            return here[-1]
        before = [f for f in state.previous_people if fits(f)]
        return before[-1] if len({f.key for f in before}) == 1 else None

    def _visit_other(self, text, out, state, s) -> Found | None:
        """Whom "his guest" or "his host" stands for: the one who has the possessive is the last person named before
        it in its sentence (else the sentence before's subject); the guest or host is the other person of the one
        pair of people told together (named in one sentence) in the three sentences before, with the possessor."""
        before = [f for f in out if f.code in ("P", "N") and f.end <= s and not f.members
                  and self._may_be_person(text, f)]
        owner = before[-1] if before else state.previous_subject
        if owner is None or owner.code not in ("P", "N"):
            return None
        for si, people in reversed(state.people_history):
            if state.sentence - si > 3:
                break
            keys = {f.key for f in people}
            if owner.key in keys:
                others = list({f.key: f for f in people if f.key != owner.key and f.code in ("P", "N")}.values())
                if len(others) == 1:
                    return others[0]
        return None

    def _subject_pronoun(self, text, out, state, span_text, s, e, k):
        """"He" or "she" by salience, as a reader takes it: the last person named before it in its own sentence,
        else the speaker or subject of the sentences before (see :func:`_salient`); never a person named only inside
        a quotation when the pronoun is outside one, nor a place or a thing ("from the Cabinet Room")."""
        quoted, _ = _quoted_spans(text[:s], state.quote_open)
        inside = bool(quoted) and quoted[-1][1] >= s
        people = [f for f in out if f.code in ("P", "N") and f.text and not f.members and self._may_be_person(text, f)
                  and (inside or not any(a <= f.start < b for a, b in quoted))]
        if span_text.lower() == "she":  # not a man: "followed by her husband, X, ... and she": not X
            people = [f for f in people if f.rule == "pronoun" or state.gender.get(f.key) != "m"
                      and not _man_named(text, f)]
        if text.endswith("whom ", 0, s):  # "beside Y, whom he praised": he is not Y
            people = [f for f in people if text[f.end:s] not in (", whom ", " whom ", ", with whom ")]
        same = next((n for n in range(len(people) - 1, -1, -1) if people[n].rule == "pronoun"
                     and people[n].text.lower() == span_text.lower()), None)
        said = _SAID_HE.search(text, max(0, s - 30), s)
        opener = set()
        if said is not None:  # the subject of the clause of "said", or the sentence's after a closing comma
            opener = _clause_subject(text, out, said.start()) or (
                _opening_subject(text, out, s) if text[:said.start()].rstrip().endswith(",") else set())
        if len(opener) == 1 and any(f.key in opener for f in people):
            # "X, a former governor and US ambassador to the UN, said he had ...": the speaker, not a name inside the
            # description between them
            ref = next(f for f in people if f.key in opener)
        elif text.endswith(", whom ", 0, s) and len(opening := _opening_subject(text, out, s)
                                                    or _subject_after_opening(text, out, s)) == 1 \
                and any(f.key in opening for f in people):
            # "X had dinner with a group that included Y, Z's former strategist, whom he praised": the sentence's
            # subject, not a possessor inside the description of whom he praised
            ref = next(f for f in people if f.key in opening)
        elif people and people[0].rule == "pronoun" and people[0].text.lower() == span_text.lower():
            ref = people[0]  # "he met A ..., and then he held talks with B": the same "he" again, not A
        elif same is not None and all(_not_a_subject(text, f) for f in people[same + 1:]):
            ref = people[same]  # "X said he had raised Y's case when he met Z": the same "he", not the possessor Y
        elif len(people) >= 2 and people[0].start <= 2 and _WHERE_BEFORE.search(text, max(0, s - 8), s) \
                and not any(f.start < people[1].start and f.code in ("P", "N") for f in out if f is not people[0]):
            ref = people[0]  # "X welcomed Y ..., where he hailed ...": the subject the sentence opens with
        elif len(people) >= 2 and text.endswith(", and ", 0, s) and (verb := text[e:e + 30].split()[:1]) \
                and f" {verb[0]} " in text[people[0].end:people[-1].start] and people[-1].key not in (
                opening := _opening_subject(text, out, s)) and len(opening) == 1 and any(f.key in opening for f in people):
            # "X also met A, a boy whose parents ..., and he met B": the subject goes on into a clause after ", and"
            # that repeats its verb (not "X pardoned A, a Czech aid worker, and he flew home")
            ref = next(f for f in people if f.key in opening)
        elif people:
            ref = people[-1]
        elif state.salient is not None and state.sentence - state.salient[0] <= 1 and not (
                span_text.lower() == "she" and state.gender.get(state.salient[1].key) == "m"):
            ref = state.salient[1]
        else:
            return None
        return replace(ref, text=span_text, start=s, end=e, title=None, leader_of=None, rule="pronoun",
                       members=()), k + 1

    def _key_of(self, rec: NameRecord) -> tuple[tuple, str | None]:
        if rec.kind == "country":
            return ("country", rec.ref), rec.ref
        if rec.kind == "metonym":
            e = self.gaz.entries[rec.ref]
            kind, ref = e.refers_to
            return (("country", ref), ref) if kind == "country" else (("entry", ref), None)
        e = self.gaz.entries[rec.ref]
        return ("entry", rec.ref), e.country

    def _dated_leader(self, name: str | None, title: str | None, state: ArticleState) -> tuple[tuple | None, float]:
        """The country or organisation a titled person led on the article's date, from the dated table of
        leaders ("Prime Minister Justin Trudeau" in a 2021 article: Canada). In an article with no date and no
        year, the title is read as current: the table's rows for the name and title must all agree (lower
        confidence)."""
        if not name or not title:
            return None, 0.0
        conf = 0.85 if state.date is not None or state.undated else 0.8
        rows = leaders_on(name, title, state.date) if state.date is not None else leaders_undated(name, title, state.years)
        if not rows and " " not in name:
            rows = leaders_by_surname(name, title, state.date, state.years)  # "President Clinton" in a 1996 article
            if not rows:  # "President Morales" in 2017 (Bolivia's and Guatemala's): the one the article's places name
                clash = surname_clash(name, title, state.date, state.years)
                rows = [of for of in clash if of in self._context_countries(state)] if clash else []
                if len(rows) > 1:
                    rows = []
        for of in rows:
            if len(of) == 2 and of.isupper():
                return (("country", of), conf) if of in self.gaz.countries else (None, 0.0)
            if of in self.gaz.entries:
                return ("entry", of), conf
        return None, 0.0

    def _context_countries(self, state: ArticleState) -> frozenset[str]:
        """The countries an article is about as a reader places it: the country of its dateline's place ("LA PAZ,
        March 3 (Reuters) -": Bolivia), and every country, capital or demonym it names ("Bolivia", "Sucre",
        "Bolivian"). Read once an article, and only when a title and surname fit two leaders on its date."""
        if state.context is None:
            found: set[str] = set()
            toks = tokenize(state.text)
            lows = lowered(toks)
            i, dateline = 0, True
            while i < len(toks):
                n, recs = self.gaz.lookup(toks, i) if lows[i] in self.gaz.first else (0, ())
                if not n:
                    i += 1
                    continue
                for r in recs[:1] if recs[0].kind == "person" else recs:  # "Guatemala" and "Bolivia", not a name
                    if r.kind in ("country", "demonym", "demonym_plural"):
                        found.add(r.ref)
                    elif r.kind == "city" and r.ref in self.gaz.cities:
                        info = self.gaz.cities[r.ref]
                        at_line = toks[i][1] == 0 or state.text[toks[i][1] - 1] == "\n"
                        if info.capital or (dateline and at_line and i + n < len(toks)
                                            and toks[i + n][0] in (",", "(", "-", "\u2014") and not info.minor):
                            found.add(info.country)
                        if at_line and i + n < len(toks) and toks[i + n][0] in (",", "("):
                            dateline = False  # the first line that opens with a place and a comma is the dateline
                i += n
            state.context = frozenset(found)
        return state.context

    def _other_country(self, f: Found, state: ArticleState) -> Found:
        if f.code != "P" or f.leader_of is None or f.leader_of[0] != "country" or f.rule == "pronoun":
            return f
        entry = self.gaz.entries.get(f.key[1]) if f.key[0] == "entry" else None
        name = f.key[1] if f.key[0] == "person" else (entry.label if entry is not None else "")
        if " " not in name:
            return f
        held = leaders_in_office(name, state.date, state.years)
        return replace(f, leader_of=None) if held and f.leader_of[1] not in held else f

    def _untitled_leader(self, text: str, f: Found, state: ArticleState) -> Found:
        """A person named without a title who opens the sentence as its subject, whom the dated table says led
        one country on the article's date ("Biden spoke with Xi" in a 2021 article: Biden led the United States), at
        a lower confidence. With the article's date, also the subject of a later clause ("said Biden had approved",
        "when Putin met") and a full name the gazetteer does not know ("Boris Johnson told"). Not after "former",
        "late", "then-" or a cue that the person is out of office ("ousted", "the fall of"), nor as a possessor
        ("Biden's return")."""
        dated = state.date is not None
        if (f.code not in ("P", "N") or f.code == "N" and not dated or f.title or f.leader_of is not None or f.former
                or f.rule == "pronoun" or f.members):
            return f
        before = text[:f.start].rstrip()
        # the subject of a clause: the sentence's, or (with the article's date) one after "that", "said", "when" ...
        if before and before[-1] not in ",\u2014\u2013-:)" and not (
                dated and before[before.rfind(" ") + 1:].lower() in _CLAUSE_OPENERS):
            return f
        words = before.lower().replace("-", " ").split()
        after = text[f.end:].lstrip().split(maxsplit=1)
        if not after or not after[0][:1].islower() or after[0] in ("and", "or"):
            return f  # a possessor ("Biden's return"), a list ("A, B and C"), an apposition
        if words and words[-1].strip(",") in self.former:
            return f
        if self.out_of_office is not None and self.out_of_office.search(before) or f.key in state.out_of_office:
            return f
        told = state.person_info.get(f.key)
        if told is not None and told.title and told.leader_of is None and any(
                w in told.title.lower() for w in _OTHER_OFFICES):
            return f  # "Chief Cabinet Secretary Yoshihide Suga ... Suga denied": the office the article gave him
        if told is not None and told.leader_of is not None and told.leader_of[0] != "country":
            return f  # "X, president of the General National Congress ... X said": the body the article gave him
        entry = self.gaz.entries.get(f.key[1]) if f.key[0] == "entry" else None
        names = {f.text, f.key[1] if f.key[0] == "person" else (entry.label if entry is not None else "")}
        found = {of for n in names if n and " " in n for of in leaders_in_office(n, state.date, state.years)}
        if len(found) != 1 or next(iter(found)) not in self.gaz.countries:
            return f
        return replace(f, code="P", leader_of=("country", found.pop()), leader_confidence=0.7)

    def _leader(self, title, mods, former, pre_key, suffix_key, entry) -> tuple[tuple | None, float]:
        low = title.lower()
        if " and " in low and low not in self.gaz.leader_titles:  # "Prime Minister and Foreign Minister X"
            low = next((part for part in low.split(" and ") if part in self.gaz.leader_titles), low)
        if former or any(m in self.not_leader for m in mods) or low.endswith("elect"):
            return None, 0.0
        office = suffix_key or pre_key
        if office is not None and office[0] == "patron":
            return None, 0.0
        if office is not None and office[0] == "country" and "junta" in mods and low in ("chief", "head", "leader"):
            return office, 0.9  # "Mali's junta chief X"
        if office is not None and office[0] in ("entry", "org"):
            if low.startswith("inspector") and "police" not in str(office[1]).lower():
                return None, 0.0  # the inspector general of police heads it; of an army or a ministry, an auditor
            return (office, 0.9) if low in self.gaz.org_leader_titles else (None, 0.0)
        if low not in self.gaz.leader_titles:
            return None, 0.0
        if office is not None:
            return office, (0.95 if pre_key else 0.9)
        if low in ("leader", "head", "chairman", "chairwoman", "ceo", "chief executive"):
            return None, 0.0
        if entry is not None and (entry.title is None or entry.title.lower() == low):
            if entry.country:
                return ("country", entry.country), 0.85
            if entry.organization:
                return ("entry", entry.organization), 0.85
        return None, 0.0

    def _described_leader(self, text, toks, items, start, k, title, pre_key, former, mods, state):
        """"the Indian prime minister", "the Turkish leader": the one leader of that country the article has named
        with that title (any title for "leader"), by salience within the article, not the nearest name."""
        low = title.lower()
        if (former or mods or toks[items[start].i][0].lower() != "the"
                or low not in self.gaz.leader_titles and low != "leader" and (pre_key is not None or " " not in low)):
            return None  # ("the Crown Prince": a title of two words the article gave one person, read below)
        if pre_key is None:  # "the pope", "the president": the one person the article has named with that title
            if low == "leader" or k < len(items) and toks[items[k].i][0].lower() in ("of", "'s"):
                return None
            keys = {f.key for _, people in state.people_history for f in people
                    if not f.former and f.code == "P" and f.rule != "pronoun" and (f.title or "").lower() == low}
        elif pre_key[0] != "country":
            return None
        else:
            keys = {f.key for _, people in state.people_history for f in people
                    if f.leader_of == pre_key and not f.former and f.code == "P" and f.rule != "pronoun"
                    and (low == "leader" or (f.title or "").lower() == low)}
            if not keys and low != "leader" and (state.date is not None or state.undated):
                # "Vladimir Putin and Xi Jinping met ... The Russian president thanked Xi": a leader named without
                # a title whom the dated table gives that office on the article's date
                keys = {f.key for _, people in state.people_history for f in people
                        if f.leader_of in (pre_key, None) and not f.former and f.code == "P" and f.rule != "pronoun"
                        and not f.title and self._dated_leader(self._person_name(f), title, state)[0] == pre_key}
            elif not keys and (state.date is not None or state.undated):
                # "Santos met Hugo Chavez ... He praised the Venezuelan leader's willingness": a person named without a
                # title whom the dated table has leading that country, in any office, on the article's date
                keys = {f.key for _, people in state.people_history for f in people
                        if f.leader_of in (pre_key, None) and not f.former and f.code in ("P", "N")
                        and f.rule != "pronoun" and not f.title and " " in self._person_name(f)
                        and pre_key[1] in leaders_named(self._person_name(f), state.date, state.years)}
        if len(keys) > 1 and low == "leader":
            # "the Russian leader" after President A and Prime Minister B: the head of state
            heads = {f.key for _, people in state.people_history for f in people
                     if f.key in keys and (f.title or "").lower() in _HEAD_OF_STATE_TITLES}
            keys = heads if len(heads) == 1 else keys
        if len(keys) != 1:
            return None
        key = keys.pop()
        first_tok = items[start].i + 1
        span_text, s, e = self._span(text, toks, first_tok, items[k - 1].j)
        return Found(text=span_text, start=s, end=e, code="P", key=key, nationality=pre_key[1] if pre_key else None,
                     rule="description"), k

    def _person_name(self, f: Found) -> str:
        """The full name of a person mention (a gazetteer entry's label)."""
        if f.key[0] == "entry" and f.key[1] in self.gaz.entries:
            return self.gaz.entries[f.key[1]].label
        return f.key[1]

    def _role_person(self, text, toks, items, start, k, title, pre_key, nationality, former):
        """An unnamed office-holder: "the British ambassador (to Belarus)"."""
        if title.lower() not in self.gaz.role_titles or pre_key is None or pre_key[0] != "country":
            return None
        label = f"{self.gaz.countries[pre_key[1]].label} {title.lower()}" if pre_key else title
        if (k + 1 < len(items) and items[k].kind == "w" and toks[items[k].i][0] in ("to", "in")
                and items[k + 1].kind == "name" and items[k + 1].recs[0].kind == "country"):
            label += f" to {self.gaz.country_label(items[k + 1].recs[0].ref)}"
            k += 2
        first_tok = items[start].i
        if toks[first_tok][0].lower() in ("the", "a", "an"):
            first_tok += 1
        span_text, s, e = self._span(text, toks, first_tok, items[k - 1].j)
        return Found(text=span_text, start=s, end=e, code="P", key=("role", label), title=title,
                     nationality=nationality, former=former, rule="person-role"), k

    @staticmethod
    def _body_by_noun(noun: str, before: list[Found], state: ArticleState) -> tuple | None:
        """The body "the association" or "the group" stands for: the last one whose name holds the noun, named in the
        sentence or a few before ("the Houthi movement ... the movement's leader"); for a generic noun, else the last
        body named by name earlier in the sentence (not past a counted group of people: "Two women, A and B, ... the
        group's leader")."""
        def fits(f: Found) -> bool:
            """Whether ``f`` is a body whose name holds the noun."""
            return f.code == "O" and f.key[0] in ("entry", "org") and noun in f.text.lower().split()
        for f in reversed(before):
            if f.code == "G":
                break
            if fits(f):
                return f.key
        for s, f in reversed(state.org_history):
            if state.sentence - s > 5:
                break
            if fits(f):
                return f.key
        if noun in _GENERIC_BODY_NOUNS:
            for f in reversed(before):
                if f.code == "G":
                    return None
                if f.code == "O" and f.key[0] in ("entry", "org") and f.text[:1].isupper():
                    return f.key
        return None

    def _anaphor_country(self, body: Found, head: Found, state: ArticleState) -> tuple:
        """What the head of ``body`` leads: the body, or for "the junta" (the country named last) the one country the
        dated table has the head leading on the article's date, when it knows the head ("met Senior General Min
        Aung Hlaing, the head of the junta" after a sentence about the US envoy: Myanmar)."""
        if body.code != "K" or body.rule != "government-anaphor" or state.date is None:
            return body.key
        entry = self.gaz.entries.get(head.key[1]) if head.key[0] == "entry" else None
        name = entry.label if entry is not None and entry.label else head.key[1] if head.key[0] == "person" else ""
        held = leaders_in_office(name, state.date) if " " in name else set()
        if len(held) == 1 and next(iter(held)) in self.gaz.countries:
            return ("country", next(iter(held)))
        return body.key

    def _government(self, text, toks, items, k, state, out=()):
        """"Belarusian authorities", "Lithuania's government", "Lukashenko's regime" -> the country."""
        start = k
        opened = toks[items[k].i][0].lower() == "the"
        if opened:
            k += 1
        if k >= len(items):
            return None
        if state.last_country is not None and opened and items[k].kind == "w":
            # "the junta", "the authorities", "the military government" once the article has named the country
            word = toks[items[k].i][0].lower()
            j = k + 1 if word in _RULE_NOUNS else k + 2 if word in ("military", "military-led") else 0
            if j == k + 2 and not (j <= len(items) and items[k + 1].kind in ("w", "title")
                                   and toks[items[k + 1].i][0].lower() in _MILITARY_RULE_NOUNS):
                j = 0
            if j and j + 1 < len(items) and items[j].kind == "w" and toks[items[j].i][0] == "of" \
                    and items[j + 1].kind == "name" and items[j + 1].recs[0].kind == "country":
                j = 0  # "thanked the government of Qatar": the country named next, not the one named before
            if not j and word == "administration" and state.last_administration is not None \
                    and toks[items[start].i][0] == "the":
                # "the Trump administration ... X praised the administration": the one the article named
                span_text, s, e = self._span(text, toks, items[start].i, items[k].j)
                return Found(text=span_text, start=s, end=e, code="K", key=state.last_administration,
                             rule="government-anaphor"), k + 1
            if j:
                span_text, s, e = self._span(text, toks, items[start].i, items[j - 1].j)
                # "In a statement released by the Australian government, X thanked the government": the one just named
                own = next((f.key for f in reversed(out) if f.code == "K" and f.key[0] == "country"), None)
                if own is None and word == "government" and j == k + 1:
                    own = state.last_government  # "Myanmar's new government ... (the U.S.) ... the government freed"
                return Found(text=span_text, start=s, end=e, code="K", key=own or state.last_country,
                             rule="government-anaphor"), j
        country = None
        used = 0
        it = items[k]
        if it.kind == "name":
            rec = it.recs[0]
            if rec.kind in ("country", "demonym"):
                country, used = rec.ref, 1
            elif rec.kind == "person":
                country, used = self.gaz.entries[rec.ref].country, 1
            elif rec.kind == "city":
                info = self.gaz.cities.get(rec.ref)
                if info and info.capital:
                    country, used = info.country, 1
        elif it.kind == "cap":
            key = state.surnames.get(toks[it.i][0].lower())
            info = state.person_info.get(key) if key else None
            if info is not None and info.nationality:
                country, used = info.nationality, 1
        if not country:
            return None
        if it.kind == "name" and it.recs[0].kind == "demonym" and not opened and k + 1 < len(items) \
                and items[k + 1].kind == "w" and toks[items[k + 1].i][0] in _PRAISED_DEEDS \
                and _PRAISE_CUE.search(text, max(0, toks[items[k].i][1] - 70), toks[items[k].i][1]):
            # "thanked X for American support", "praised Chilean efforts", "welcomed Qatari mediation": the deed of
            # the country the demonym names, in a clause of praise
            span_text, s, e = self._span(text, toks, items[k].i, items[k + 1].j)
            return Found(text=span_text, start=s, end=e, code="K", key=("country", country),
                         rule="deed-metonym"), k + 2
        if it.kind == "name" and it.recs[0].kind == "demonym" and k + 2 < len(items) \
                and toks[items[k + 1].i][0] in (",", "and") and self._shared_government(toks, items, k + 1):
            # "Chilean, Bolivian and Peruvian authorities": each nationality
            # of the list is its country's government
            span_text, s, e = self._span(text, toks, items[k].i, items[k].j)
            return Found(text=span_text, start=s, end=e, code="K", key=("country", country),
                         rule="government-metonym"), k + 1
        k += used
        if k < len(items) and items[k].kind == "w" and toks[items[k].i][0] in ("'s", "\u2019s", "'", "\u2019"):
            k += 1
        adjectives = 0  # "Sudan's transitional government", "the Lithuanian military-backed regime"
        while (adjectives < 2 and k + 1 < len(items) and items[k].kind == "w" and toks[items[k].i][0].isalpha()
               and toks[items[k].i][0].islower() and toks[items[k].i][0].lower() not in self.gov_nouns
               and toks[items[k].i][0] in self.gov_adjectives):
            k += 1
            adjectives += 1
        first_tok = items[start].i
        rank = toks[first_tok - 1] if first_tok >= 1 and not opened and it.kind == "name" else None
        if rank is not None and rank[0].lower() in _RANKS and k < len(items) and items[k].kind in ("w", "title") \
                and toks[items[k].i][0].lower() in _RANKED_PEOPLE \
                and self._SANC_OBJECT_BEFORE.search(text[max(0, rank[1] - 60):rank[1]]):
            # "sanctions against top Malian officials", "on senior Iranian generals": the described people, not
            # their country, are what the measure falls on
            span_text, s, e = self._span(text, toks, first_tok - 1, items[k].j)
            label = " ".join(w if w[:1].isupper() else w.lower() for w in span_text.split())
            found = Found(text=span_text, start=s, end=e, code="G", key=("group", "||" + label.lower()),
                          label=label, nationality=country, rule="group")
            state.groups.append((state.sentence, found))
            return found, k + 1
        if k < len(items) and (items[k].kind in ("w", "title") and toks[items[k].i][0].lower() in self.gov_nouns
                               # "the Chinese Government" (house style): not "the Chinese State Council"
                               or items[k].kind == "cap" and toks[items[k].i][0] in _CAPITAL_GOVERNMENT
                               and not (k + 1 < len(items) and items[k + 1].kind in ("cap", "name"))):
            first_tok = items[start].i
            span_text, s, e = self._span(text, toks, first_tok, items[k].j)
            if toks[items[k].i][0].lower() == "administration":
                state.last_administration = ("country", country)
            return Found(text=span_text, start=s, end=e, code="K", key=("country", country),
                         rule="government-metonym"), k + 1
        return None

    def _shared_government(self, toks: list, items: list[_Item], k: int) -> bool:
        """Whether the items from ``k`` go on ", B and C authorities": nationalities joined by commas and one "and",
        then a noun for a whole government (past one lowercase adjective) that all of them share; not "Russian and
        Ukrainian officials" or "delegations", who are people of the countries, not the countries."""
        seen_and = False
        while k + 1 < len(items):
            word = toks[items[k].i][0]
            if word == "," and toks[items[k + 1].i][0] == "and":
                k += 1
                word = "and"
            if word not in (",", "and") or seen_and or k + 1 >= len(items):
                return False  # (and not ", and" closing the sentence: "thanked the Chilean, and")
            seen_and = word == "and"
            nxt = items[k + 1]
            if nxt.kind != "name" or nxt.recs[0].kind != "demonym":
                return False
            k += 2
            if k < len(items) and items[k].kind == "w" and toks[items[k].i][0] in self.gov_adjectives \
                    and k + 1 < len(items):
                k += 1
            if k < len(items) and seen_and:
                noun = toks[items[k].i][0].lower()
                return items[k].kind in ("w", "title") and noun in _SHARED_GOVERNMENT_NOUNS
        return False

    def _organ(self, body: tuple, organ: str | None) -> tuple:
        """What the head of a body's organ ("Commission") leads: the organ's own entry when the gazetteer holds one
        (the European Union's commission is the European Commission), else the body, which the organ stands for."""
        own = self.organ_of.get((body[1], organ)) if organ and body[0] == "entry" else None
        return ("entry", own) if own is not None else body

    def _ministry_pair(self, toks, i: int) -> tuple[str, str] | None:
        """The two ministries of "defense and energy ministries" (each word a ministry with "ministry" after it)."""
        if i + 3 >= len(toks) or toks[i + 1][0].lower() != "and" \
                or toks[i + 3][0].lower() not in ("ministries", "departments"):
            return None
        head = "ministry" if toks[i + 3][0].lower() == "ministries" else "department"
        a = self.gaz.ministries.get((toks[i][0].lower(), head))
        b = self.gaz.ministries.get((toks[i + 2][0].lower(), head))
        return (a, b) if a and b else None

    def _no_ministry(self) -> None:
        """What :meth:`_ministry` does in a sentence with no ministry: it forgets the country of the first of two
        coordinated ministries, and finds nothing."""
        self._pair_country = None

    def _ministry(self, text, toks, items, k):
        start = k
        if items[k].kind == "w" and toks[items[k].i][0].lower() == "the":
            k += 1
        pre_key, nationality, used = self._pre(items, toks, k) if k < len(items) else (None, None, 0)
        if pre_key is None and k >= 2 and k < len(items) and items[k].kind == "ministry" \
                and items[k - 1].kind == "w" and toks[items[k - 1].i][0].lower() == "and" \
                and items[k - 2].kind == "ministry" and items[k - 2].j == items[k - 1].i == items[k].i - 1 \
                and self._pair_country is not None:
            pre_key, used = ("country", self._pair_country), 0  # the second of "X's defense and energy ministries"
            owner, self._pair_country = self._pair_owner, None
            if k < len(items) and items[k].kind == "ministry":
                label = f"{items[k].value} of {self.gaz.country_label(pre_key[1])}"
                span_text, s, e = self._span(text, toks, items[k].i, items[k].j)
                return Found(text=f"{owner} {toks[items[k].i][0]} {toks[items[k].j - 1][0][:-3]}y".strip(), start=s,
                             end=e, code="O", key=("ministry", label, pre_key[1]), nationality=pre_key[1],
                             rule="ministry"), k + 1
        self._pair_country = None
        if pre_key is None or pre_key[0] != "country":
            return None
        k += used
        pair = k < len(items) and items[k].kind == "ministry" and k + 2 < len(items) and items[k + 1].kind == "w" \
            and items[k + 2].kind == "ministry" and items[k].j == items[k + 1].i == items[k + 2].i - 1
        if k < len(items) and items[k].kind == "ministry":
            label = f"{items[k].value} of {self.gaz.country_label(pre_key[1])}"
            span_text, s, e = self._span(text, toks, items[start].i, items[k].j)
            if pair:  # "Turkey's defense (and energy ministries)": "Turkey's defense ministry"
                self._pair_country = pre_key[1]
                self._pair_owner = text[toks[items[start].i][1]:toks[items[k].i - 1][2]] if items[k].i > items[start].i else ""
                word = toks[items[k + 2].j - 1][0]
                span_text = f"{span_text} {word[:-3]}y"
            return Found(text=span_text, start=s, end=e, code="O", key=("ministry", label, pre_key[1]),
                         nationality=pre_key[1], rule="ministry"), k + 1
        return None

    def _descriptor_start(self, text, toks, items, k, out: list[Found]) -> int:
        """Fold a descriptor into the name it describes: "(Belarus's | Belarusian) national airline(,) Belavia".

        Returns the new start offset; a country mention that the descriptor swallows is removed from ``out``.
        """
        m = k - 1
        if m >= 0 and toks[items[m].i][0] == ",":
            m -= 1
        words = 0
        while m >= 0 and (items[m].kind == "w" or items[m].kind == "title" and items[m].j == items[m].i + 1) and words < 3:
            word = toks[items[m].i][0]
            if not word.isalpha() or not word.islower() or word in self.desc_stop:
                break
            words += 1
            m -= 1
        if not words:
            return toks[items[k].i][1]
        last_word = toks[items[k - 1 if toks[items[k - 1].i][0] != "," else k - 2].i][0].lower()
        if (m < 0 or items[m].kind == "w" and toks[items[m].i][0].lower() in ("the", "a", "an", "its", "their")) \
                and last_word in self.descriptor_nouns:
            start = toks[items[m + 1].i][1] if m >= 0 else toks[items[0].i][1]
            while out and out[-1].start >= start:
                out.pop()
            return start
        if m < 0:
            return toks[items[k].i][1]
        if items[m].kind == "w" and toks[items[m].i][0] in ("'s", "\u2019s", "'", "\u2019"):
            m -= 1
            possessive = True
        else:
            possessive = False
        if m < 0 or items[m].kind != "name":
            return toks[items[k].i][1]
        kind = items[m].recs[0].kind
        if not (kind == "demonym" and not possessive or kind in ("country", "city") and possessive):
            return toks[items[k].i][1]
        start = toks[items[m].i][1]
        while out and out[-1].start >= start:
            out.pop()
        return start

    def _plain(self, text, toks, items, k, state, title_case, out=None):
        it = items[k]
        if it.kind == "group":
            found = self._group(text, toks, it, state)
            return (found, k + 1) if found else None
        if it.kind == "anaphor":
            found = self._anaphor(text, toks, it, state)
            return (found, k + 1) if found else None
        if it.kind == "partitive":
            return self._partitive(it, state), k + 1
        if it.kind == "name":
            rec = it.recs[0]
            span_text, s, e = self._span(text, toks, it.i, it.j)
            if rec.kind in ("person", "city") and it.j - it.i == 1:
                skey = state.surnames.get(span_text.lower())
                # "Ortega" after "Luis Ortega Brito"; "Lucena" after "Tibisay Lucena": her, not the town
                if skey is not None and skey[0] == "person":
                    return _surname(span_text, s, e, skey, state), k + 1
            if rec.kind == "person":
                entry = self.gaz.entries[rec.ref]
                found = Found(text=span_text, start=s, end=e, code="P", key=("entry", rec.ref),
                              nationality=entry.country, org=entry.organization, rule="gazetteer")
                self._remember(found, None, state)
                return found, k + 1
            if rec.kind == "org" and it.j - it.i == 1 and it.i >= 1 and "-" in toks[it.i - 1][0] \
                    and toks[it.i - 1][0][:1].isupper():
                return None  # "the Inter-American Commission": a longer name, not the body "the Commission" is
            if rec.kind == "org":
                entry = self.gaz.entries[rec.ref]
                if entry.type == "InternationalOrganization" and not entry.agency:
                    state.last_union = self.union_of.get(rec.ref) or ("entry", rec.ref)
                if "Council" in entry.label.split():
                    state.last_council = ("entry", rec.ref)
                if entry.armed:
                    state.last_armed = ("entry", rec.ref)
                s = self._descriptor_start(text, toks, items, k, out) if out is not None else s
                return Found(text=text[s:e], start=s, end=e, code="O", key=("entry", rec.ref),
                             nationality=entry.country, rule="gazetteer"), k + 1
            if rec.kind == "metonym":
                key, nat = self._key_of(rec)
                if state is not None and key[0] == "country" and span_text.lower().endswith("administration"):
                    state.last_administration = key  # "the Trump administration": for "the administration" later
                return Found(text=span_text, start=s, end=e, code="K" if key[0] == "country" else "O", key=key,
                             nationality=nat, rule="metonym"), k + 1
            if rec.kind == "country":
                return Found(text=span_text, start=s, end=e, code="C", key=("country", rec.ref), rule="gazetteer"), k + 1
            if rec.kind == "city":
                info = self.gaz.cities[rec.ref]
                return Found(text=span_text, start=s, end=e, code="L", key=("city", rec.ref),
                             nationality=info.country, acts_for=info.acts_for, rule="gazetteer"), k + 1
            people = it.j < len(toks) and toks[it.j][0] == "people" and (
                it.j + 1 == len(toks) or toks[it.j + 1][0].lower() in _NATION_ENDS or toks[it.j + 1][0] == "and")
            if (rec.kind == "demonym" and it.i > 0 and toks[it.i - 1][0].lower() == "the"
                    and (people or span_text.endswith(("ese", "ss", "ch", "sh"))) and rec.ref in self.gaz.countries
                    and (people or it.j == len(toks) or toks[it.j][0].lower() in _NATION_ENDS)):
                # "thanked the Swiss for their help", "thanked the Vietnamese", "commended the Chilean people": a
                # nation named by its people
                s = toks[it.i - 1][1]
                if people:
                    e = toks[it.j][2]
                return Found(text=text[s:e], start=s, end=e, code="C", key=("country", rec.ref),
                             rule="nation-people"), k + 1
            return None  # a demonym on its own is an adjective
        if it.kind == "cap" and not title_case:
            if _LED.match(toks[it.i][0]) and k + 1 < len(items) and items[k + 1].kind == "cap":
                return None  # "Dubai-based Mabrooka Trading": the name starts after the modifier
            key, n_name, label = self._name_at(toks, items, k, state)
            if key is None:
                return None
            if label is not None and n_name < 2 and k > 0 and self._sanctions_object(text, toks, items, k, out):
                span_text, s, e = self._span(text, toks, items[k].i, items[k].j)
                return Found(text=span_text, start=s, end=e, code="O", key=("org", label, "Organization", None),
                             rule="sanctions-object"), k + 1
            if label is not None and (n_name < 2 or toks[items[k].i][0] in self.not_names
                                      and not (k + 1 < len(items) and _month_given(toks, items, k))
                                      or label.split()[-1] in self.not_person_heads
                                      or any(w in _PLACE_HEADS for w in label.split()[:-1])):
                return None
            span_text, s, e = self._span(text, toks, items[k].i, items[k + n_name - 1].j)
            if label is None:  # a surname seen before in this article
                return _surname(span_text, s, e, key, state), k + n_name
            after = items[k + n_name].i if k + n_name < len(items) else None
            if (after is not None and items[k].i > 0 and toks[items[k].i - 1][0].lower() in _MODIFIED_AFTER
                    and toks[after][0].islower() and toks[after][0].endswith(_PEOPLE_ENDINGS)):
                return None  # "his Shiite Muslim kidnappers": capitalised words that describe a group, no one's name
            parts = label.split()
            if len(parts) == 2:
                # "Jeffrey Fowle" after "Jeffrey Edward Fowle", "Al Sissi" after "Abdul Fattah Al Sissi": the same man
                known = state.surnames.get(parts[1].lower())
                # (not "Mohammed Ali" beside "Mohammed Hassan Ali" in one sentence, or told on his own before: two men)
                if known is not None and known[0] in ("person", "entry") and known[1] not in text \
                        and ("person", label) not in state.person_info and (
                        parts[0].lower() in _PARTICLES_BEFORE_SURNAME and known[1].endswith(" " + label)
                        or known[0] == "person" and len(known[1].split()) == 3 and known[1].split()[0] == parts[0]
                        and known[1].split()[-1] == parts[1] and len(known[1].split()[1].rstrip(".")) > 2):
                    # (not "George Bush" after "George W. Bush": a middle initial may tell father from son)
                    return _surname(span_text, s, e, known, state), k + n_name
            found = Found(text=span_text, start=s, end=e, code="N", key=("person", label), rule="proper-name")
            state.surnames.setdefault(parts[-1].lower(), found.key)
            if len(parts) == 3 and parts[1][0].isupper() and not parts[1].endswith("."):  # "Ortega" for "Luis Ortega Brito"
                state.surnames.setdefault(parts[1].lower(), found.key)
            _family_first(label, found.key, state)
            _before_particle(label, found.key, state)
            state.person_info.setdefault(found.key, found)
            return found, k + n_name
        return None

    _SANC_OBJECT_BEFORE = re.compile(
        r"(?:\b(?:sanctions?|penalties|restrictions|measures|embargo|freezes?|bans?)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:on|against|targeting|for)|\b(?:sanctioned|sanctions|blacklisted|blacklists|designated|designates|delisted|"
        r"delists|target|targets|targeted|include|includes|included|including|assets\s+of|off|added|adds)):?\s+(?:the\s+)?$",
        re.IGNORECASE)
    _SANC_OBJECT_AFTER = re.compile(r"\s+(?:was|were|has been|have been|had been)\s+(?:also\s+|later\s+)?"
                                    r"(?:designated|sanctioned|blacklisted|delisted)\b")
    _LIST_GLUE = re.compile(r"^(?:,\s(?:a|an|the)\s[^,]{1,60})?\s*(?:,|,?\s+and|,?\s+as well as|,?\s+or)\s+(?:the\s+)?$")

    def _sanctions_object(self, text, toks, items, k, out) -> bool:
        """A lone capitalised word that sanctions fall on names a company ("sanctions on Rusal, Norilsk and Sovfracht")."""
        word = toks[items[k].i][0]
        if (word in self.not_names or word in self.org_heads or not word.isalpha() or len(word) < 3
                or word.lower() in _COMMON_CAPS):
            return False
        start = toks[items[k].i][1]
        if k + 1 < len(items) and items[k + 1].kind in ("w", "cap") and toks[items[k + 1].i][0] in ("'s", "’s"):
            return False  # "Rusal's owner": the possessor is not the object
        if k + 1 < len(items) and items[k + 1].kind in ("cap", "title", "name", "ministry"):
            return False  # "Banco Central del Sur": part of a longer name, not a company on its own
        if k + 1 < len(items) and toks[items[k + 1].i][0].lower() in _PEOPLE_NOUNS:
            return False  # "including Republican senators A and B": an adjective before people
        if out and self._LIST_GLUE.match(text[out[-1].end:start]) and (
                out[-1].rule == "sanctions-object" or out[-1].code == "O"
                and self._SANC_OBJECT_BEFORE.search(text[max(0, out[-1].start - 60):out[-1].start])):
            return True  # the next member of a list of companies: "sanctions on Rusal, Norilsk and Sovfracht"
        if k > 0 and items[k - 1].kind == "w" and toks[items[k - 1].i][0] in self.descriptor_nouns:
            return True  # "drone maker Skydio", "the lender Bancorp": a description names a company
        if self._SANC_OBJECT_AFTER.match(text, toks[items[k].i][2]):
            return True  # "The FSB and the GRU were also designated": what the measure falls on
        return self._SANC_OBJECT_BEFORE.search(text[max(0, start - 60):start]) is not None

    def _group(self, text, toks, it, state) -> Found | None:
        m = it.value
        label_words = []
        nationality = None
        for word, _, _ in tokenize(m.group(0)):
            n, recs = self.gaz.lookup([(word, 0, 0)], 0) if word.lower() in self.gaz.first else (0, [])
            proper = [r for r in recs if r.kind in ("demonym", "demonym_plural", "country")]
            if proper:
                nationality = nationality or proper[0].ref
                label_words.append(word)
            elif word.isupper() and len(word) > 1 or recs:  # "ICC judges", "U.S. citizens"
                label_words.append(word)
            elif label_words and word[:1].isupper() and word.lower() not in self.group_words:
                label_words.append(word)  # "10 Europeans": a proper word no list knows keeps its capital
            else:
                label_words.append(word.lower())
        label = " ".join(label_words).replace(" 's", "'s").replace(" \u2019s", "\u2019s")
        if "year-old" in label:
            label = _AGE_SPLIT.sub(r"\1-year-old", label)  # "a 75-year-old missionary": the age stays one word
        num = m.group("num").lower()
        qual = m.group("qual").lower() if m.group("qual") else None
        if m.group("indef") and not _one_more_freed(text, m):
            return None
        if m.group("indef"):
            num = "one"  # "an American citizen": one
        if num[0].isdigit():
            count = int(num.replace(",", "").split(".")[0])
        else:
            num_key = " ".join(num.split())
            count = self.number_words.get(num_key)
            if count is None:
                count = spelled_number(num_key, self.number_words)
            if count is None:
                qual = qual or num_key
        if count is not None and m.group("one"):
            count += 1  # "three police officers and a soldier": four
        before = text[:m.start()]
        noun = m.group("noun").lower()
        if before.lower().rstrip().endswith(" same"):
            # "the same three men": the group of that count told last (within a few sentences), else nobody known
            same = next((g for si, g in reversed(state.groups) if state.sentence - si <= 4 and g.count == count
                         and count is not None), None)
            if same is None and count is not None and noun in self.generic_nouns:
                # "listed the same six people" a few paragraphs (or a bulleted list) after "six senior officials":
                # "same" with a general noun reaches the one group of that count the article told
                told = [g for si, g in state.groups if g.count == count]
                same = told[-1] if told and all(g.key == told[-1].key for g in told) else None
            if same is not None and same.key in state.group_members:
                # "sanctioned A and four people: B, C, D and E. X designated A and the same four associates": them
                at = max(before.lower().rfind("the same"), before.lower().rfind("same"))
                return _standing_for(state.group_members[same.key], text[at:m.end()], at, m.end())
            return None if same is None else replace(same, text=m.group(0), start=m.start(), end=m.end(),
                                                     subgroup_of=None, rule="anaphor")
        if count is not None and count >= 2 and qual is None and noun in _FIRM_NOUNS \
                and _DEFINITE.search(before) is not None:
            # "froze the assets of the three firms": the latest set of as many companies named in a list
            firms = _counted_firms(state, count)
            if firms:
                return _standing_for(firms, m.group(0), m.start(), m.end())
        if count is not None and qual is None and not m.group("indef"):  # "an American citizen": someone new
            # "the 32 men", "the two Azerbaijanis" after "32 Armenian servicemen", "two Azerbaijani soldiers"
            definite = _DEFINITE.search(before) is not None and not nationality
            same = next((g for si, g in reversed(state.groups)
                         if state.sentence - si <= (6 if definite else 3) and g.count == count
                         and g.key[1] != f"{count}||{noun}"
                         and not (nationality and g.nationality and g.nationality != nationality)
                         and (noun in self.generic_nouns or definite or nationality and g.nationality == nationality
                              # "two Turkish ministers" after "two Turkish staff members": another office, new people
                              and not (noun in _OFFICE_NOUNS and not (g.label or "").lower().endswith(noun)))),
                        None)
            if same is None and definite:
                # further back, the same count and noun: "eight current and former American officials ... (a few
                # paragraphs on) The eight officials barred from the country are ..."
                same = next((g for si, g in reversed(state.groups) if g.count == count
                             and g.key[1] != f"{count}||{noun}" and (g.label or "").lower().endswith(" " + noun)), None)
            if same is not None and same.key in state.group_members:
                return _standing_for(state.group_members[same.key], m.group(0), m.start(), m.end())
            if same is not None:
                return replace(same, text=m.group(0), start=m.start(), end=m.end(), subgroup_of=None, rule="anaphor")
            if definite and state.freed_list is not None and state.sentence - state.freed_list[0] == 1 \
                    and _RESTRICTIVE.match(text, m.end()) is None:
                # (not "The 18 journalists who covered the release": a clause picks out other people)
                # "Peru freed A, 15 priests and two seminarians ... The 19 clergymen were sent to X": the list
                # freed in the sentence before, when its people and counts add up to about as many
                run = state.freed_list[1]
                total = sum(f.count or 0 if f.code == "G" else 1 for f in run)
                if total <= count <= total + 2:
                    first = replace(run[0], text=m.group(0), start=m.start(), end=m.end(), title=None,
                                    leader_of=None, rule="pronoun", members=(), subgroup_of=None)
                    return replace(first, members=tuple(replace(f, text="", title=None, leader_of=None, members=(),
                                                                subgroup_of=None) for f in run[1:]))
        if count is not None and count >= 2 and qual is None and not m.group("indef") and noun not in _THING_NOUNS \
                and _DEFINITE.search(before) is not None and _RESTRICTIVE.match(text, m.end()) is None \
                and not nationality and not any(g.count == count for si, g in state.groups if state.sentence - si <= 6):
            # (not "the two Chadians": a nationality the names do not tell; not a group of that count told before)
            # "A, B, C and D, executives of a mining firm, were detained ... X released the four executives": no
            # group of that count told before, the latest list of exactly as many people (salience, not distance)
            people = _latest_people(state, count)
            if people:
                state.plural = (state.sentence, list(people))
                return _standing_for(people, m.group(0), m.start(), m.end())
        sub = None
        if self.subgroup_re.search(before) and state.groups:
            sub = state.groups[-1][1].key
        rest = " ".join(w.lower() for w in label_words[len(tokenize(m.group(0)[:m.end("num") - m.start()])):])
        canon = f"{count if count is not None else ''}|{qual or ''}|{rest}"  # "ten Americans" = "10 Americans"
        if m.group("indef"):
            canon += f"|#{state.sentence}"  # "an American citizen" twice: two people, unless the text says otherwise
        found = Found(text=m.group(0), start=m.start(), end=m.end(), code="G", key=("group", canon), label=label,
                      nationality=nationality, count=count, qualifier=qual, subgroup_of=sub, rule="group")
        if m.string[max(0, m.start() - 4):m.start()].lower() == "the ":
            state.definite_groups.add(found.key)
        state.groups.append((state.sentence, found))
        return found

    def _partitive(self, it, state) -> Found:
        """"51 of them", "two of the other Americans": a subgroup of the last group."""
        m = it.value
        num = m.group("num").lower()
        count = int(num.replace(",", "")) if num[0].isdigit() else self.number_words.get(" ".join(num.split()))
        parent = state.groups[-1][1].key if state.groups else None
        label = " ".join(m.group(0).split())
        if (last := _LAST_OF.search(m.string, max(0, m.start() - 12), m.start())) is not None:
            label = f"{last.group(1).lower()} {label}"  # "the last seven of the volunteers"
        found = Found(text=m.group(0), start=m.start(), end=m.end(), code="G", key=("group", label), label=label,
                      count=count, subgroup_of=parent, rule="partitive")
        state.groups.append((state.sentence, found))
        return found

    def _anaphor(self, text, toks, it, state) -> Found | None:
        m = it.value
        recent = [g for s, g in state.groups if state.sentence - s <= 3]
        noun = (m.groupdict().get("noun") or "").lower()
        if noun and "num" not in m.re.groupindex and noun.rstrip("s") not in {"prisoner", "detainee", "people", "person",
                                                                             "men", "women"}:
            # "The observers were flown to Berlin": the noun of a group told a few sentences before, a cue as strong
            # as a count ("seven European military observers" four sentences back)
            far = next((g for s, g in reversed(state.groups) if 3 < state.sentence - s <= 10
                        and (g.label or "").lower().endswith(noun) and " of " not in (g.label or "")
                        and g.subgroup_of is None), None)  # (not "five of the girls": a part of them)
            if far is not None and not any((g.label or "").lower().endswith(noun) for g in recent):
                return replace(far, text=m.group(0), start=m.start(), end=m.end(), subgroup_of=None, rule="anaphor")
        if not recent:
            return self._named_before(text, m, state)
        if "num" in m.re.groupindex:  # "the five": the last group of five
            num = m.group("num").lower()
            count = int(num.replace(",", "")) if num[0].isdigit() else self.number_words.get(" ".join(num.split()))
            # a count is a strong cue: the group it repeats may be a few sentences back ("The 10 were flown to ...")
            pick = next((g for s, g in reversed(state.groups) if state.sentence - s <= 6 and g.count == count), None)
            if pick is None:
                return None
            return replace(pick, text=m.group(0), start=m.start(), end=m.end(), subgroup_of=None, rule="anaphor")
        noun = (m.groupdict().get("noun") or "").lower()
        pick = None
        if noun:
            pick = next((g for g in reversed(recent) if (g.label or "").lower().endswith(noun)), None)
        if pick is None and (not noun or noun.rstrip("s") in {"prisoner", "detainee", "people", "person", "men", "women"}):
            if noun in ("people", "person") and text.startswith(" who ", m.end()):
                return None  # "thanked the people who had prayed for him": a new set, told by its clause
            pick = recent[-1]
        if pick is None:
            return None
        return replace(pick, text=m.group(0), start=m.start(), end=m.end(), subgroup_of=None, rule="anaphor")

    def _named_before(self, text: str, m: re.Match, state: ArticleState) -> Found | None:
        """"... sanctioned generals A, B and C. The generals are accused of ...": a definite plural of people with
        no count, when no group was told, stands for the people the sentence before named (two to eight)."""
        noun = (m.groupdict().get("noun") or "").lower()
        if noun not in _NAMED_PLURALS or m.group(0)[:3].lower() != "the" or _PLURAL_QUALIFIED.match(text, m.end()):
            return None  # (not "the men of his village", "the judges who ruled": a group of its own)
        people = state.previous_list
        if not 2 <= len(people) <= 8:
            return None
        return _standing_for(people, m.group(0), m.start(), m.end())

    @staticmethod
    def _its_head_after(text: str, out: list[Found]) -> list[Found]:
        """"... targeting the RAB and six officers, among them A, ..., and B, its current director general": B heads
        the body (or country) named last before B in the sentence ("its" is never a person's; not a name inside a
        phrase, "the branch of China's Central Military Commission")."""
        out = list(out)
        for i, f in enumerate(out):
            if f.code not in ("P", "N") or f.leader_of is not None or f.former or f.rule == "pronoun" \
                    or not _ITS_HEAD_AFTER.match(text, f.end):
                continue
            before = [g for g in out[:i] if g.rule != "pronoun" and (
                g.code == "O" and g.key[0] in ("entry", "org") or g.code == "C" and g.key[0] == "country")
                and not _POSSESSOR_AFTER.match(text, g.end)
                and not _INSIDE_PHRASE.search(text, max(0, g.start - 40), g.start)]
            if before and not _SPEAKS_AFTER.match(text, before[-1].end):  # (not the speaker: "X said it ...")
                out[i] = replace(f, code="P", leader_of=before[-1].key, leader_confidence=0.75)
        return out

    def _one_of_body(self, text: str, start: int) -> bool:
        """Whether the words before a body's name make its head noun one of its men ("a Hezbollah commander, X",
        "the senior Hamas leader, X"): an indefinite article or a rank below the head."""
        before = text[max(0, start - 20):start].lower().split()
        if before and before[-1].rstrip("-") in self.former:
            return True  # "a former RAB commander, X": no head now
        return bool(before) and (before[-1] in ("a", "an") or before[-1] in self.ranks)

    def _apposition(self, text, toks, items, k, found: Found, out: list[Found], state=None) -> Found:
        """"Gitanas Nausėda, the Lithuanian president," gives the person a title and an office."""
        if found.code not in ("P", "N") or k + 1 >= len(items):
            return found
        # "Ghana's President X, the current chairman of ECOWAS,": a body's chair beside the state
        second = found.leader_of is not None
        if second and (found.leader_of[0] != "country" or found.also_leads is not None or found.former):
            return found
        copula = toks[items[k].i][0].lower() == "is"  # "Igor Sechin is the chief executive of Rosneft"
        if toks[items[k].i][0] != "," and not copula:
            return found
        m = k + 1
        if (not copula and m + 2 < len(items) and toks[items[m].i][0].isdigit() and len(toks[items[m].i][0]) <= 3
                and toks[items[m + 1].i][0] == ","):
            m += 2  # an age between the name and the title: "Igor Sechin, 61, chief executive of Rosneft"
        if copula and not (m < len(items) and items[m].kind == "w" and toks[items[m].i][0].lower() == "the"):
            return found
        former = False
        one_of = False
        if items[m].kind == "w" and toks[items[m].i][0].lower() in ("the", "a", "an"):
            one_of = toks[items[m].i][0].lower() != "the"  # "X, a commander of the Y": one of its commanders
            m += 1
        mods = []
        while m < len(items) and items[m].kind in ("w", "cap") and (
                toks[items[m].i][0].lower().rstrip("-") in self.former or toks[items[m].i][0].lower() in self.prefix_mods
                or toks[items[m].i][0].lower() in self.not_leader):
            word = toks[items[m].i][0].lower().rstrip("-")
            former = former or word in self.former
            mods.append(word)
            m += 1
        if m >= len(items):
            return found
        pre_key, nationality, used = self._pre(items, toks, m)
        if (not used and state is not None and items[m].kind == "organa" and m + 2 < len(items)
                and toks[items[m + 1].i][0] in ("'s", "\u2019s") and items[m + 2].kind == "title"
                and items[m].value not in _PARTY_ITEMS):
            # "X, the bloc's chairman,": the body the definite noun stands for
            told = self._pronoun(text, toks, items, m, state, out if out is not None else [])
            if told is not None and told[0].code == "O" and told[0].key[0] in ("entry", "org"):
                pre_key, used = self._chaired_bloc(items[m].value, told[0].key, state), 2
        m += used
        if pre_key is not None and pre_key[0] == "entry" and m + 1 < len(items) and items[m].kind == "cap" \
                and items[m + 1].kind == "title" and toks[items[m].i][0] in _ORGANS:
            pre_key = self._organ(pre_key, toks[items[m].i][0])  # "X, ECOWAS Commission president,"
            m += 1
        if (lower := self._lower_body_title(text, toks, items, m, pre_key)) is not None:
            pre_key, m = lower  # "X, Kenya's police chief,", "X, the parliament speaker,"
        if m >= len(items) or items[m].kind != "title":
            return found
        title = items[m].value
        m += 1
        if m + 1 < len(items) and toks[items[m].i][0] == "and" and items[m + 1].kind == "title":
            # "X, the prime minister and foreign minister of Peru": two offices of one country; the head's office
            # is the one that leads it
            second_title = items[m + 1].value
            if title.lower() not in self.gaz.leader_titles and second_title.lower() in self.gaz.leader_titles:
                title = second_title
            m += 2
        if m < len(items) and (items[m].kind == "cap" or items[m].kind == "name" and items[m].recs[0].kind == "person"):
            return found  # "Grenell, U.S. President Donald Trump's envoy": the title belongs to the next name
        if m < len(items) and toks[items[m].i][0] in ("'s", "\u2019s", "'", "\u2019"):
            return found  # "X, the U.N. secretary-general's special envoy": the office's holder sent X, X holds none
        suffix_key, used_of, nat = self._office_after_of(text, toks, items, m)
        if suffix_key is not None and m + used_of < len(items) and (
                items[m + used_of].kind == "cap" and toks[items[m + used_of].i][0][:1].isupper()
                and m + used_of + 1 < len(items) and items[m + used_of + 1].kind == "cap"
                or items[m + used_of].kind == "name" and items[m + used_of].recs[0].kind == "person"):
            return found  # "Minister A, Head of Peru's Prison Service B": the title and office are B's
        nationality = nationality or nat
        if pre_key is None and suffix_key is None and state is not None and not former and not one_of and not second \
                and not copula and found.leader_of is None and " " in (label := self._person_name(found) or "") \
                and all(w in ("interim", "acting", "new", "current", "caretaker") for w in mods):
            # "Arseniy Yatsenyuk, the interim prime minister,": the office the dated table gives that person on the
            # article's date (no country named: as "The prime minister, X,")
            office, conf = self._dated_leader(label, title, state)
            if office is not None:
                return replace(found, code="P", title=found.title or title, leader_of=office,
                               leader_confidence=conf * 0.9)
            return found
        if pre_key is None and suffix_key is None or pre_key is not None and pre_key[0] == "patron":
            return found
        entry = self.gaz.entries.get(found.key[1]) if found.key[0] == "entry" else None
        if not former and m < len(items) and _GONE.match(text, toks[items[m].i][1]):
            former = True  # "X, the Uzbek president who died in 2016": an office no longer held
        leader_of, conf = self._leader(title, mods, former, pre_key, suffix_key, entry)
        if one_of:
            leader_of, conf = None, 0.0
        if second:
            if leader_of is None or leader_of[0] not in ("entry", "org") or copula:
                return found
            return replace(found, also_leads=leader_of)
        return replace(found, code="P", title=title, nationality=found.nationality or nationality,
                       leader_of=leader_of, leader_confidence=conf * 0.95, former=former, rule="person-apposition")

    _HEAD_VERBS = frozenset({"heads", "leads", "chairs", "runs", "commands", "presides"})

    def _heads(self, text, toks, items, k, found: Found, out=None, state=None) -> Found:
        """"Alexei Miller heads Gazprom", "Herman Gref, who runs Sberbank,": the head of an organisation ("President
        X, who also heads the ruling party": a second office, beside the state)."""
        if found.code not in ("P", "N") or k + 1 >= len(items) or found.also_leads is not None \
                or found.leader_of is not None and found.leader_of[0] != "country":
            return found
        m = k
        perfect = False  # "who has led": an office still held
        now = False  # "a former foreign minister who now heads Y": the former office is another one
        if (toks[items[m].i][0] == "," and m + 4 < len(items) and toks[items[m + 1].i][0].isdigit()
                and len(toks[items[m + 1].i][0]) <= 3 and toks[items[m + 2].i][0] == "," and toks[items[m + 3].i][0] == "who"):
            m += 2  # "Cissé, 70, who leads the Union for the Republic and Democracy"
        if toks[items[m].i][0] == "," and m + 3 < len(items) and toks[items[m + 1].i][0] in ("the", "a", "an"):
            # "X, the veteran Afghan warlord who leads Y", "X, a former foreign minister who now heads Y": a
            # description of the person (lowercase words, titles and a nationality), then the relative clause
            d = m + 2
            while d < len(items) and d - m <= 6 and (items[d].kind in ("w", "title") and (
                    items[d].j == items[d].i + 1 or items[d].kind == "title")
                                                      and toks[items[d].i][0].isalpha()
                                                      and toks[items[d].i][0].islower() and toks[items[d].i][0] != "who"
                                                      or items[d].kind == "name" and items[d].recs[0].kind == "demonym"):
                d += 1
            adv = d + 2 < len(items) and toks[items[d + 1].i][0] in _STILL_WORDS
            if d < len(items) and d > m + 2 and toks[items[d].i][0] == "who" and d + 1 + adv < len(items) \
                    and toks[items[d + 1 + adv].i][0] in self._HEAD_VERBS:
                m = d - 1  # as if ", who leads"
        if (toks[items[m].i][0] == "," or m > k) and m + 2 < len(items) and toks[items[m + 1].i][0] == "who" \
                and not found.former and (office := self._who_is_head(text, toks, items, m + 2)) is not None:
            # "X, who is now inspector general of the national police", "who led the unit until last year and is
            # now the head of Y": the office the clause gives
            if found.leader_of is None:
                return replace(found, code="P", leader_of=office, leader_confidence=0.8)
            return replace(found, also_leads=office) if office != found.leader_of else found
        if (toks[items[m].i][0] == "," or m > k) and m + 2 < len(items) and toks[items[m + 1].i][0] == "who":
            m += 2
            if toks[items[m].i][0] in _STILL_WORDS and m + 1 < len(items):
                now = toks[items[m].i][0] in ("now", "currently")
                m += 1  # "X, who now leads Y"
            if toks[items[m].i][0] == "has" and m + 1 < len(items) and toks[items[m + 1].i][0] in _PERFECT_HEAD_VERBS:
                m += 1  # "X, who has led Y since 2009": the present perfect of an office still held
                perfect = True
        if items[m].kind not in ("w", "cap") or toks[items[m].i][0] not in self._HEAD_VERBS and not perfect:
            return found
        if found.former and not now:
            return found
        verb = toks[items[m].i][0]
        m += 1
        if verb in ("presides", "presided"):
            if not (m < len(items) and toks[items[m].i][0] == "over"):
                return found  # "presides over Y": the chair of Y ("presided at the ceremony" heads nothing)
            m += 1
        both = m < len(items) and items[m].kind == "w" and toks[items[m].i][0] == "both"
        m += both  # "who heads both the army and the council": each body
        key = self._headed_body(text, toks, items, m)
        if key is None and m < len(items) and (q := _QUOTED_BODY.match(text, toks[items[m].i][1])):
            # "who heads the self-declared "National Salvation" government": a body known by a quoted name
            noun = q.group("noun").lower()
            key = ("org", f"{q.group('name')} {noun}", "Organization" if noun in ("movement", "party") else
                   "GovernmentBody", None)
        if key is None and not both and m < len(items) and items[m].kind == "organa" and state is not None \
                and items[m].value not in _PARTY_ITEMS:
            # "who chairs the bloc", "who heads the council": the body that definite noun stands for
            told = self._pronoun(text, toks, items, m, state, out if out is not None else [])
            if told is not None and told[0].code == "O" and told[0].key[0] in ("entry", "org"):
                key = self._chaired_bloc(items[m].value, told[0].key, state)
        if key is None:
            return found
        if both:
            after = self._headed_end(text, toks, items, m)
            if after is not None and after + 1 < len(items) and toks[items[after].i][0] == "and":
                second = self._headed_body(text, toks, items, after + 1)
                if second is not None and second != key and found.leader_of is None:
                    return replace(found, code="P", leader_of=key, also_leads=second, leader_confidence=0.8)
        if found.leader_of is not None:
            return replace(found, also_leads=key) if key != found.leader_of else found
        return replace(found, code="P", leader_of=key, leader_confidence=0.8)

    def _chaired_bloc(self, noun: str, told: tuple, state: ArticleState) -> tuple:
        """The bloc whose head "the bloc's chairman" or "who chairs the bloc" is: the international organisation the
        article has named in the most sentences (its subject; "ECOWAS ... the eight-nation UEMOA endorsed ... X, who
        chairs the bloc": ECOWAS), the one named first on a tie; for another noun, the body it was read as."""
        if noun != "bloc":
            return told
        told_in: dict[tuple, set[int]] = {}  # the sentences that name each bloc ("X (Y)" is one naming)
        last: dict[tuple, int] = {}  # (where each was first named)
        for n, (sentence, f) in enumerate(state.org_history):
            if f.rule == "pronoun":
                continue  # (a name, not "the bloc" read before)
            entry = self.gaz.entries.get(f.key[1]) if f.key[0] == "entry" else None
            if entry is not None and entry.type == "InternationalOrganization" and not entry.agency:
                key = self.union_of.get(f.key[1]) or f.key
                told_in.setdefault(key, set()).add(sentence)
                last.setdefault(key, n)
        if not told_in:
            return told
        return max(told_in, key=lambda key: (len(told_in[key]), -last[key]))

    def _who_is_head(self, text, toks, items, m: int):
        """The body a relative clause from item ``m`` (after "who") makes its subject head of by a copula ("is now
        inspector general of the national police", "led the unit until last year and is now head of Y"), or None
        (not "was", "is a former", "is expected to become")."""
        t = m
        while t < len(items) and t - m < 20 and toks[items[t].i][0] not in (",", ".", ";", "is", "remains"):
            t += 1
        if t >= len(items) or toks[items[t].i][0] not in ("is", "remains") \
                or t > m and toks[items[t - 1].i][0] != "and":
            return None
        t += 1
        while t < len(items) and (toks[items[t].i][0] in _STILL_WORDS or toks[items[t].i][0] == "the"):
            t += 1
        if t + 1 >= len(items) or items[t].kind != "title":
            return None
        title = items[t].value
        suffix_key, _, _ = self._office_after_of(text, toks, items, t + 1)
        if suffix_key is None:
            return None
        office, _ = self._leader(title, [], False, None, suffix_key, None)
        return office

    def _headed_end(self, text, toks, items, m: int) -> int | None:
        """The item after the body named from ``m`` on (past "the" and its descriptors), or None."""
        if m < len(items) and items[m].kind == "w" and toks[items[m].i][0] == "the":
            m = self._past_descriptor(toks, items, self._past_org_adjective(toks, items, m + 1))
        if m >= len(items):
            return None
        org = self._org(text, toks, items, m, None, False)
        return org[1] if org is not None else m + 1

    def _headed_body(self, text, toks, items, m: int):
        """The key of the body a head verb names from item ``m`` on ("the state oil company Rosneft", "Nornickel"),
        or None (a part of a body, "Hezbollah's bloc in parliament", or no body)."""
        if m < len(items) and items[m].kind == "w" and toks[items[m].i][0] == "the":  # (not at the end: "X, who runs")
            m = self._past_descriptor(toks, items, self._past_org_adjective(toks, items, m + 1))  # "heads the state oil company Rosneft"
        if m >= len(items):
            return None
        org = self._org(text, toks, items, m, None, False)
        after = org[1] if org is not None else m + 1
        if after < len(items) and toks[items[after].i][0] in ("'s", "\u2019s"):
            return None  # "who heads Hezbollah's bloc in parliament": a part of the body, not the body
        if org is not None:
            return org[0].key
        if items[m].kind == "name" and items[m].recs[0].kind == "org":
            return ("entry", items[m].recs[0].ref)
        if items[m].kind == "cap" and (m + 1 >= len(items) or items[m + 1].kind not in ("cap", "name")) \
                and toks[items[m].i][0].isalpha() and toks[items[m].i][0] not in self.not_names \
                and toks[items[m].i][0].lower() not in _IDEOLOGY_WORDS:  # (not "leads the Communist party")
            return ("org", toks[items[m].i][0], "Organization", None)  # "heads Nornickel"
        return None

    def _remember(self, found: Found, label: str | None, state: ArticleState) -> None:
        told = state.person_info.get(found.key)
        if told is None or found.title or found.leader_of is not None or not told.title or told.former:
            # (a later mention with no title keeps the office told first: "Crown Prince X ... X replied")
            state.person_info[found.key] = found
        if found.key[0] == "person" and label and " " in label:
            if not _patronymic(label):
                before = state.surnames.get(label.split()[-1].lower())
                if before is not None and before != found.key and found.title and found.title.lower() in _WOMEN_KIN:
                    state.kin_of[found.key] = before
                if not (before is not None and before != found.key and found.title
                        and found.title.lower() in _CHILD_KIN):
                    # "X Lukashenko ... his son Viktor Lukashenko ... Lukashenko said": the surname alone stays
                    # the first one's, not the child's or sibling's told after
                    state.surnames[label.split()[-1].lower()] = found.key
            _article_less(label, found.key, state)
            _family_first(label, found.key, state)
            _before_particle(label, found.key, state)
            if found.leader_of is not None:
                _given_name(label, found.key, state)
        elif found.key[0] == "person" and label and found.title and label[:1].isupper() and label.isalpha():
            state.surnames.setdefault(label.lower(), found.key)  # "President Bush ... Bush said": the same man
        elif found.key[0] == "entry":
            entry = self.gaz.entries[found.key[1]]
            if entry.label:
                if not _patronymic(entry.label):
                    state.surnames.setdefault(entry.label.split()[-1].lower(), found.key)
                _article_less(entry.label, found.key, state)
                _family_first(entry.label, found.key, state)
                _before_particle(entry.label, found.key, state)
                if found.leader_of is not None:
                    _given_name(entry.label, found.key, state)


# words that may close a company's name after its head ("Vesta Group International")
_ORG_TAILS = frozenset({"International", "Global", "Worldwide", "Holding", "Holdings", "Group", "System", "Systems"})
_DOTTED_SUFFIX = re.compile(r"(?:[A-Z]\.){2,4}$")  # "Mercantile Trust S.A.L.", "Orlov Bank S.A."
# a company's suffix written with a full stop ("Co.", "Corp.", "Inc."), and the suffixes that may follow a mark
_ABBREVIATED_SUFFIXES = frozenset({"Co", "Corp", "Inc", "Ltd", "Bros", "Cos"})
_COMPANY_SUFFIXES = frozenset({"Ltd", "LLC", "Co", "Corp", "Inc", "Limited", "Plc", "PLC", "GmbH", "LLP", "FZE", "FZCO",
                               "DMCC", "PJSC", "OJSC", "JSC", "AG", "SA", "Company", "Corporation", "Pte", "Pvt", "Sdn"})


# the rest of a noun phrase of people or firms that a country's name qualifies: " military officers", " army generals"
_COUNTRY_QUALIFIES = re.compile(r" (?:[a-z][a-z-]+ ){0,2}(?:officers|officials|generals|commanders|soldiers|ministers|"
                                r"executives|businessmen|oligarchs|companies|firms|banks|entities|lenders)\b")
# the word for a bank that opens a bank's name ("Bank Westerholm", "Banco Soliman"): the name is the bank's
_BANK_FIRST = frozenset({"Bank", "Banco", "Banque", "Banca", "Bankhaus"})


def _bank_named(f: Found) -> Found:
    """``f`` as a bank when it is an unknown name that a bank's word opens ("Bank Westerholm"), else ``f``."""
    if f.code != "N" or f.key[0] != "person" or f.text.split(" ", 1)[0] not in _BANK_FIRST or " " not in f.text:
        return f
    return replace(f, code="O", key=("org", f.text, "Company", None), title=None, nationality=None)


def _initial_at(toks, items, m: int, inside: bool) -> bool:
    """Whether item ``m`` is an initial with its full stop inside a person's name: "W." in "George W. Bush", "R." in
    "R. James Woolsey" (an opening initial needs two more capitalised words).

    >>> from kg.extraction.gazetteer import tokenize
    >>> t = tokenize("Merrick B. Garland")
    >>> _initial_at(t, [_Item("cap", 0, 1), _Item("cap", 1, 2), _Item("w", 2, 3), _Item("cap", 3, 4)], 1, True)
    True
    """
    if m + 2 >= len(items) or items[m].kind != "cap":
        return False
    tok, _, end = toks[items[m].i]
    dot = toks[items[m + 1].i]
    if len(tok) != 1 or not tok.isupper() or dot[0] != "." or dot[1] != end or items[m + 1].j != items[m + 1].i + 1:
        return False
    nxt = items[m + 2]
    if nxt.kind == "name" or nxt.kind == "cap" and toks[nxt.i][0][1:].islower():
        return inside or m + 3 < len(items) and items[m + 3].kind in ("cap", "name")
    if nxt.kind == "cap" and len(toks[nxt.i][0]) == 1 and m + 4 < len(items) and toks[items[m + 3].i][0] == ".":
        return _initial_at(toks, items, m + 2, True)  # "F. W. de Klerk": initials one after another
    if inside and nxt.kind == "w" and toks[nxt.i][0] in _INITIAL_PARTICLES and m + 3 < len(items) \
            and items[m + 3].kind in ("cap", "name"):
        return True  # "F. W. de Klerk": a particle after the initials, then the surname
    return False


_INITIAL_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "du", "dos", "das", "di", "del", "le", "la"})


_NICKNAME = re.compile(r"(\b[A-Z][\w'-]* )([\"\u201c][A-Z][\w'-]*(?: [A-Z][\w'-]*)?[\"\u201d])(?= [A-Z])")
# after "all three" or "both" standing alone for people told before ("thanked all three for", "pardoning all six,")
_AFTER_ALL_COUNTED = frozenset({"for", ",", ".", ";", "were", "had", "have", "are", "on", "in", "at", "as", "with", "after",
                                "before", "who", "would", "will", "said", "to",
                                # "All three returned to Kenya": a homecoming of the group told before
                                "arrived", "landed", "flew", "returned", "left", "reached"})
_AFTER_COUNTED_PEOPLE = frozenset({"were", "had", "have", "arrived", "landed", "flew", "returned", "left", "reached",
                                   # "The two touched down in Madrid", "The four crossed into Jordan": a journey's verbs
                                   "touched", "crossed", "boarded", "headed", "walked", "stepped", "disembarked"})
# after a bare count told as an object ("sanctioned the three on Friday", "against the five."), and the words before
# it that make it no object of people ("one of the three", "at the two": a part, a place or a time)
_AFTER_BARE_OBJECT = frozenset({".", ",", ";", "on", "in", "for", "as", "at", "after", "last", "this", "over", "and"})
_NOT_BEFORE_BARE = frozenset({"of", "at", "in", "by", "until", "till", "since", "than"})
# words of a title for an office below the head of state or government (not a rank: "General" may lead a junta)
_OTHER_OFFICES = ("secretary", "minister", "spokes", "ambassador", "envoy", "adviser", "advisor", "director",
                  "governor", "mayor", "speaker", "senator", "deputy", "vice", "crown prince")


def _leader_title(title: str) -> bool:
    """Whether a title is a head of state's or government's ("President", "Prime Minister", "leader")."""
    low = title.lower()
    return "prime minister" in low or not any(w in low for w in _OTHER_OFFICES)


# after a title in an apposition: the office-holder is dead or out of office
_GONE = re.compile(r"who (?:later |has since |had )?(?:died|was (?:ousted|overthrown|deposed|toppled|killed|assassinated"
                   r"|executed|removed)|resigned|stepped down|fled)\b")
# right before a titled name: "since 1990, when President X ...": the office held in a year told as past
_YEAR_WHEN = re.compile(r"\b(?:in|since|until|by) (?:[A-Z][a-z]+ )?(?:1[89]|20)\d\d,? when (?:then[- ])?$")
# right after a name: ", who was ousted ..." (a relative clause telling the office-holder is out of office)
_GONE_AFTER = re.compile(r", " + _GONE.pattern)
# right after a name, its own clause's verb: "X was killed in 2004", "X, ..., died": the dead lead nothing
_DEAD_AFTER = re.compile(r",? (?:later |then )?(?:died|was (?:killed|assassinated|executed|murdered))"
                         r"(?: [a-z]+){0,3}? in (?:[A-Z][a-z]+ )?(?P<year>(?:19|20)\d\d)\b")
_ORG_ADJECTIVES = frozenset({"ruling", "governing", "opposition", "main", "hardline", "banned", "outlawed", "exiled"})
_NATION_ENDS = frozenset({"for", ",", ".", ";", ":", "\"", "\u201d", ")", "who", "which", "in", "over", "at", "on"})
_PERFECT_HEAD_VERBS = frozenset({"led", "headed", "chaired", "run"})  # "who has led Y since 2009"
_TWO_PEOPLE_NOUNS = frozenset({"men", "women", "leaders", "presidents", "ministers", "diplomats", "officials"})
_TOWN_PREPS = frozenset({"in", "at", "to", "into", "near", "from", "outside"})
# the words before a place (an airport or a town is named after one of them; "he" stands for no name after one)
_PLACE_PREPS = frozenset({"in", "at", "from", "to", "into", "near", "outside", "inside", "across", "through"})
# a count spelled out in more than one word: "four hundred and four", "twenty-five", "two hundred"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_COMPOUND = (r"(?:(?:" + _UNITS + r"|a)\s+hundred(?:\s+and\s+(?:" + _TENS + r"(?:-" + _UNITS + r")?|" + _TEENS + r"|"
                    + _UNITS + r")\b)?|" + _TENS + r"-" + _UNITS + r")(?=\s)")


def spelled_number(words: str, number_words) -> int | None:
    """The value of a count spelled out in words ("four hundred and four" is 404, "twenty-five" 25), or None."""
    total = 0
    for part in words.lower().replace(" and ", " ").replace("-", " ").split():
        if part == "hundred":
            total = (total or 1) * 100
        elif part == "a":
            total += 1
        elif part in number_words:
            total += number_words[part]
        else:
            return None
    return total or None


# "Myanmar's new nominally civilian government", "the Myanmar government": a government told with its country
_OWN_GOVERNMENT = re.compile(r"(?:'s|\u2019s)? (?:(?!(?:the|a|an|of|for|on|to|in|and|with|said|says)\b)[a-z][\w-]* ){0,3}"
                             r"government\b")
_FREED_WORD = re.compile(r"\b(?:[Pp]ardon|[Ff]ree[ds]?\b|[Rr]eleas|[Ss]wap|[Ee]xchang)")
_AMONG_AFTER = re.compile(r",? (?:were|are) (?:also |both )?among\b")
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+$")  # "the two reporters": a group told before
# between the parts of a released list: "A and B", "A, B", "A and another bishop, along with 15 priests"
_THEM_GLUE = re.compile(r",?\s+(?:and|along with|together with|as well as)\s+(?:another \w+,?\s+"
                        r"(?:along with|together with|as well as)\s+)?|,\s+")
# after the list: ", and flew them", ", and put them", "and sent them" (a verb, then the pronoun)
_THEM_TAIL = re.compile(r",?\s+(?:and|then)\s+[a-z]+\s+")


# Nouns of a person's role or calling, singular ("aid worker", "writer"): a descriptor before a name ("freed
# British-Iranian aid worker A", relations.py; "freed Austrian engineer A", _freed_one), and a first role coordinated with another ("writer and activist X", frames.py)
PERSON_ROLES = frozenset({
    "national", "citizen", "dual national", "aid worker", "worker", "businessman", "businesswoman", "dissident",
    "blogger", "reporter", "journalist", "activist", "teacher", "student", "academic", "researcher", "tourist",
    "veteran", "pilot", "engineer", "lawyer", "writer", "poet", "author", "novelist", "historian", "artist", "defender",
    "figure", "politician", "campaigner", "priest", "monk", "nun", "cleric", "bishop", "imam", "pastor", "executive",
    "employee", "contractor", "sailor", "fighter", "mercenary", "economist", "ambassador", "envoy", "diplomat",
    "adviser", "advisor", "consultant", "filmmaker", "film-maker", "maker", "director", "photographer", "professor",
    "scholar", "doctor", "nurse", "officer", "soldier", "athlete", "player", "entrepreneur", "investor", "trader",
    "banker", "tycoon", "billionaire", "analyst", "editor", "producer", "correspondent", "photojournalist",
    "humanitarian"})


# words that describe a person as freed, and the nouns for one freed person or several ("the freed man landed",
# "the two released hostages")
_FREED_ADJS = frozenset({"freed", "released", "pardoned", "former", "liberated", "exchanged", "swapped"})
_MAN_NOUNS = frozenset({"man", "father", "husband", "son", "brother"})
_WOMAN_NOUNS = frozenset({"woman", "mother", "wife", "daughter", "sister"})
_ONE_PERSON_NOUNS = _MAN_NOUNS | _WOMAN_NOUNS | frozenset({"hostage", "prisoner", "detainee", "captive", "inmate",
                                                           "national", "citizen"})
_FREED_ROLE_NOUNS = PERSON_ROLES | _ONE_PERSON_NOUNS  # the last word of a description before a freed name
_FREED_PLURAL_NOUNS = frozenset({"men", "women", "hostages", "prisoners", "detainees", "captives", "inmates",
                                 "nationals", "citizens", "americans", "britons"})
# the verbs after "the <noun>" that tell where a person went or is: "The engineer landed in X"
_DESC_VERBS = frozenset({"arrived", "landed", "flew", "returned", "reached", "was", "is", "stepped", "left",
                         "crossed", "touched", "had"})
# "the engineer landed": a described person as a clause's subject
_THE_NOUN_VERB = re.compile(r"\b[Tt]he ([a-z][a-z-]+) (?=(?:" + "|".join(sorted(_DESC_VERBS)) + r")\b)")
# a release of one person: "freed A", "A was released", "A, who was freed"
_FREED_VERB = r"(?:freed|released|pardoned|liberated|set free|let go)"
_FREED_OBJECT = re.compile(r"\b" + _FREED_VERB + r"\s+$")
_FREED_SUBJECT = re.compile(r"(?:,[^,]{1,60},)?\s+(?:was|has been|had been|is|were)\s+(?:(?:finally|also|later|quietly)\s+)?"
                            + _FREED_VERB + r"\b")
# a release of one person told with a description before their name: "freed Austrian engineer A", "released an
# Austrian engineer, A,", "freed U.S. Army veteran A" (the last word a person's role, see _freed_one)
_FREED_DESC_BEFORE = re.compile(r"\b" + _FREED_VERB + r"\s+(?:(?:an?|the)\s+)?"
                                r"(?P<desc>(?:[A-Z][\w.'-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z][\w-]*)),?\s+$")
_DESCRIBED = re.compile(r",\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,5}?[\w-]+)(?=,|\s+(?:on|who|held|detained|jailed|"
                        r"arrested|kidnapped|abducted|seized|in)\b)")


# what joins a second person to a freed one: "A and B", "A, B", "A and French journalist B"
_ANOTHER_FREED = re.compile(r",? and (?:(?:an?|the) )?(?:[\w.'-]+ ){0,4}|, ")


def _freed_one(text: str, out: list[Found]) -> tuple[Found, frozenset[str]] | None:
    """The one person a sentence tells was freed ("X freed A", "A was released by X"), with the words of the
    description after their name ("A, an engineer held since 2019"); None when it names no such person or
    several."""
    people = [f for f in out if f.code in ("P", "N") and not f.members]
    described: dict[int, frozenset[str]] = {}  # a person told with a role before their name: its words
    for f in people:
        d = _FREED_DESC_BEFORE.search(text[:f.start])
        if d is not None and d.group("role") in _FREED_ROLE_NOUNS \
                and not any(g.code in ("P", "N", "G") and d.start("desc") <= g.start < f.start for g in out):
            described[id(f)] = frozenset(d.group("desc").lower().split())
    hit = [f for f in people if _FREED_OBJECT.search(text, 0, f.start) or _FREED_SUBJECT.match(text, f.end)
           or id(f) in described]
    keys = {f.key for f in hit}
    if len(keys) != 1:
        return None
    f = hit[0]
    if any(g.code in ("P", "N", "G") and g.start > f.end and _ANOTHER_FREED.fullmatch(text, f.end, g.start)
           for g in out):
        return None  # "freed A and B", "freed A and French journalist B": several
    m = _DESCRIBED.match(text, f.end)
    words = frozenset(m.group(1).lower().split()) if m else frozenset()
    return f, words | described.get(id(f), frozenset())


def _freed_list(text: str, out: list[Found], sentence: int) -> tuple[int, list[Found]] | None:
    """The longest list of people and counted groups joined by "and", "along with" or commas in a sentence that
    tells a release, with at least one group in it ("freed A and another bishop, along with 15 priests"); or None."""
    best: list[Found] = []
    run: list[Found] = []
    for f in out:
        if f.code not in ("P", "N", "G") or f.rule == "pronoun" or not f.text or f.subgroup_of:
            run = []
            continue
        if run and not _THEM_GLUE.fullmatch(text, run[-1].end, f.start):
            run = []
        run.append(f)
        if len(run) > len(best):
            best = list(run)
    best = _released_list(best)
    return (sentence, best) if best else None


# a count whose noun is left out after a counted group and a time: "freed 86 prisoners in October, and about 250 in
# July" (a number, then a phrase of time, nothing else)
# ", and about 250 in July": a count, then when, ending its clause (not "... in July were arrested"), after the
# lexicon's count qualifiers
_GAPPED_COUNT = (r",? and (?P<text>(?:(?P<qual>{qualifiers}) )?(?P<num>\d{{1,3}}(?:,\d{{3}})*|\d+)) "
                 r"(?=(?:in|on|during|last|earlier|later) "
                 r"(?:[A-Z][a-z]+|\d{{4}}|the (?:spring|summer|autumn|fall|winter|year|month))\b"
                 r"(?: \d{{4}})?(?:[,.;:)]|\s*$))")


def _gapped_counts(text: str, out: list[Found], gapped_count: re.Pattern) -> list[Found]:
    """"Israel freed 86 prisoners in October, and about 250 in July": the count after the last counted group of the
    sentence whose noun the text leaves out is a group of that noun (labelled as written: "about 250")."""
    groups = [f for f in out if f.code == "G" and f.count and f.rule == "group" and not f.members]
    if not groups:
        return out
    g = groups[-1]
    noun = g.key[1].split("|")[-1]
    for m in gapped_count.finditer(text, g.end):
        if any(f.start < m.end() and m.start() < f.end for f in out) or any(
                f.start > g.end and f.start < m.start() and f.code == "G" for f in out):
            continue  # (no other group between the group and the count)
        if re.search(r"[.;:]", text[g.end:m.start()]):
            break
        count = int(m.group("num").replace(",", ""))
        qual = m.group("qual")
        found = replace(g, text=m.group("text"), start=m.start("text"), end=m.end("text"), label=m.group("text"),
                        key=("group", f"{count}|{qual or ''}|{noun}"), count=count, qualifier=qual, rule="group",
                        subgroup_of=None)
        out = sorted([*out, found], key=lambda f: f.start)
        break
    return out


def _freed_run_counting(state, count: int) -> list[Found] | None:
    """The list of people and counted groups the sentence right before freed (see :func:`_freed_list`), when they
    count ``count`` together; else None."""
    if state.freed_list is None or state.sentence - state.freed_list[0] != 1:
        return None
    run = state.freed_list[1]
    if any(f.code == "G" and not f.count for f in run):
        return None
    return run if sum(f.count if f.code == "G" else 1 for f in run) == count else None


def _run_standing_for(run: list[Found], text: str, start: int, end: int) -> Found:
    """One mention at ``start``-``end`` that stands for every member of ``run`` (its first, with the rest as members)."""
    first = replace(run[0], text=text, start=start, end=end, title=None, leader_of=None, rule="pronoun", members=(),
                    subgroup_of=None)
    return replace(first, members=tuple(replace(f, text="", title=None, leader_of=None, members=(), subgroup_of=None)
                                        for f in run[1:]))


def _released_list(run: list[Found]) -> list[Found]:
    """``run`` without repeats when it can be a list of people and groups freed together: two to eight, a counted
    group among them, no part of another group; else []."""
    run = list({f.key: f for f in run}.values())
    if not 2 <= len(run) <= 8 or not any(f.code == "G" for f in run) or any(f.subgroup_of for f in run):
        return []
    return run


# a restrictive relative clause or participle after a group: "the 18 journalists who covered it"
_RESTRICTIVE = re.compile(r"\s+(?:who|that|whom|covering|reporting|waiting)\b")
_AND_GLUE = re.compile(r",? and |, ")
# a government noun written with a capital after a country's name or demonym ("the Chinese Government")
_CAPITAL_GOVERNMENT = frozenset({"Government", "Administration", "Authorities", "Regime", "Leadership", "Junta"})


# a short name in brackets right after a body's name: "Bangladesh's Rapid Action Battalion (RAB)"
# the body's people, not the body, after its name ("a RAB official", "RAB officers")
_MEMBER_NOUNS = frozenset({"official", "officials", "officer", "officers", "commander", "commanders", "member",
                           "members", "agent", "agents", "fighter", "fighters", "soldier", "soldiers", "personnel",
                           "spokesman", "spokeswoman", "spokesperson", "staff", "troops", "operatives", "unit",
                           "units"})


def _by_acronym(f: Found, acronyms: dict[str, tuple[str, tuple]]) -> Found:
    """``f`` with a body an acronym of the article names ("the RAB": ("org", "RAB", ...)) read as the body named
    with it before ("Bangladesh's Rapid Action Battalion (RAB)")."""
    def body(key):
        if key is not None and key[0] == "org" and key[1] in acronyms and acronyms[key[1]][0] == "O":
            return acronyms[key[1]][1]
        return key
    if f.leader_of is None and f.also_leads is None and (f.code != "O" or f.key[0] != "org"):
        return f
    return replace(f, key=body(f.key) if f.code == "O" else f.key, leader_of=body(f.leader_of),
                   also_leads=body(f.also_leads))


_ACRONYM_AFTER = re.compile(r"\s\(([A-Z][A-Z0-9&]{1,7})\)")
_ONE_OF_TITLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+of\s+(?:the\s+)?$")
_REGION_WORDS = frozenset({"northern", "southern", "eastern", "western", "north", "south", "east", "west",
                           "northeastern", "northwestern", "southeastern", "southwestern", "regional", "local",
                           "provincial", "district"})
# a death told before a titled name: "the 2019 killing of Guard Commander X", "the assassination of the chairman of
# Y, X," (not "after the killing of two soldiers, President X said": a title must come before the comma)
_DEATH_NOUNS = r"\b(?:killing|assassination|murder|death|funeral|execution)\s+of"
_DEATH_WORD = re.compile(_DEATH_NOUNS + r"\b")
_DEATH_OF_BEFORE = re.compile(_DEATH_NOUNS + r"\s+(?:[^,;.]{0,50}$|[^,;.]{0,60}\b(?:"
                              + "|".join((*_BODY_HEAD_TITLES, "founder", "director")) + r")\b[^,;.]{0,50}, $)")
# the end of a body's phrase, after its name: "head of the national police, X", "... police said", "the head of the
# junta, in the capital" (not "the Guards' UAV command")
_PHRASE_END = re.compile(r"(?:\s*[,.;:)(]|\s*$|\s+(?:and|or|who|which|that|in|on|at|since|for|until|from|to|"
                         r"with|said|says|told|was|is|has|had|will|would|announced|during|after|before)\b)")


def _of_name_follows(toks: list, items: list[_Item], m: int) -> bool:
    """Whether item ``m`` opens "of" and a capital word that is no place ("of Representatives", "of National
    Accord"; not "of Canada")."""
    if m + 1 >= len(items) or toks[items[m].i][0] != "of":
        return False
    nxt = m + 1 + (toks[items[m + 1].i][0] == "the" and m + 2 < len(items))
    return items[nxt].kind == "cap" and toks[items[nxt].i][0][:1].isupper()


def _cap_run(toks: list, items: list[_Item], m: int) -> tuple[int, list[str]]:
    """The run of capital words (up to four) that opens at item ``m``: the item after it, and its words."""
    e = m
    while e < len(items) and e - m < 4 and items[e].kind == "cap":
        e += 1
    return e, [toks[items[t].i][0] for t in range(m, e)]


# between a counted group and the list of its members: "four people it said had helped him: A, B, C and D"
_MEMBERS_GLUE = re.compile(r"[^.;:]{0,60}?(?::| --| -| \u2013| \u2014) ")


def _record_group_members(text: str, out: list[Found], state) -> None:
    """Each counted group of this sentence followed (past a short clause) by a colon or a dash and a list of exactly
    as many people: the group's members, for "the same four associates" told later."""
    people = [f for f in out if f.code in ("P", "N") and f.rule != "pronoun"]
    for g in out:
        if g.code != "G" or g.rule != "group" or not g.count or g.count < 2 or g.qualifier:
            continue
        after = [f for f in people if f.start >= g.end]
        if not after or not _MEMBERS_GLUE.fullmatch(text[g.end:after[0].start]):
            continue
        run = [after[0]]
        for f in after[1:]:
            if not _AND_GLUE.fullmatch(text[run[-1].end:f.start]):
                break
            run.append(f)
        run = list({f.key: f for f in run}.values())
        if len(run) == g.count:
            state.group_members[g.key] = run


def _record_country_lists(text: str, out: list[Found], state) -> None:
    """Each list of two or more countries named by name and joined by commas and "and" ("Eritrea and Myanmar"), for
    "the two countries" told later."""
    run: list[Found] = []
    for f in out:
        if f.code != "C" or f.rule == "pronoun":
            continue
        if run and not _AND_GLUE.fullmatch(text[run[-1].end:f.start]):
            if len({c.key for c in run}) > 1:
                state.country_lists.append((state.sentence, list({c.key: c for c in run}.values())))
            run = []
        run.append(f)
    if len({c.key for c in run}) > 1:
        state.country_lists.append((state.sentence, list({c.key: c for c in run}.values())))


def _latest_countries(state, count: int) -> list[Found]:
    """The countries of the latest list of exactly ``count`` of them in the three sentences before (or this one), for
    "the two countries"; else none."""
    return next((c for si, c in reversed(state.country_lists) if state.sentence - si <= 3 and len(c) == count), [])


def _latest_people(state, count: int) -> list[Found]:
    """The people of the latest of the three sentences before that named exactly ``count`` of them in a list joined
    by "and" (or as its only people); else none."""
    for si, people in reversed(state.people_history):
        if state.sentence - si <= 3 and len(people) == count and len({f.key for f in people}) == count:
            return list(people)
    return []


# the nouns of a counted set of companies ("the three firms", "both companies")
_FIRM_NOUNS = frozenset({"firms", "companies", "entities", "businesses", "shipowners"})
# the nouns of a counted set of things, not people: "the two countries", "the three tankers"
_THING_NOUNS = _FIRM_NOUNS | frozenset({"banks", "vessels", "ships", "tankers", "refineries", "exchanges", "insurers",
                                        "organisations", "organizations", "countries", "nations", "states",
                                        "governments", "suppliers", "groups", "sides", "cities", "aircraft"})


def _counted_firms(state, count: int) -> list[Found]:
    """The companies of the latest of the six sentences before (or this one) that named exactly ``count`` of them,
    for "the three firms" (salience: the latest set of that size, not the nearest name); else none."""
    by_sentence: dict[int, dict] = {}
    for si, f in state.org_history:
        if state.sentence - si <= 6 and f.rule != "pronoun" and f.key[0] == "org" and len(f.key) > 2 \
                and f.key[2] == "Company":
            by_sentence.setdefault(si, {}).setdefault(f.key, f)
    for si in sorted(by_sentence, reverse=True):
        if len(by_sentence[si]) == count:
            return list(by_sentence[si].values())
    return []


def _standing_for(people: list[Found], text: str, start: int, end: int) -> Found:
    """A pronoun or plural noun at ``start``-``end`` ("they", "the three", "each side") that stands for ``people``:
    the first of them, spanning its words, with the others as members (no title, office or members of their own)."""
    first = replace(people[0], text=text, start=start, end=end, title=None, leader_of=None, rule="pronoun",
                    members=())
    return replace(first, members=tuple(replace(f, text="", title=None, leader_of=None, members=())
                                        for f in people[1:]))


# the words before a pair of countries that make them the two sides ("Russia and Ukraine", "talks between A and B"),
# not a mediator, a host or a third party ("mediated by A and B", "talks in A with B")
_SIDES_BEFORE = re.compile(r"(?:^|[.,;:\u2014\u2013-]\s*|\bbetween |\b(?:[Ww]hen|[Aa]fter|[Aa]s|[Oo]nce|[Ww]hile|[Ss]ince) )$")


# a wire dateline that opens a sentence: "GENEVA, Nov. 10 (Reuters) - ", "MOSCOW/TOKYO, May 4 — ", "LAHORE: "
_DATELINE_OPEN = re.compile(r"[A-Z][A-Z .'/-]{2,40}(?:,[^-\u2014\u2013():]{1,30})?\s*(?:\([^)]{1,30}\))?\s*[-\u2014\u2013]{1,2}\s")


# "it" opening a clause joined to one that "it" opened: "In April it barred A's B, and it earlier blacklisted C"


# "The Treasury Department said (on Friday) (that) it ...": "it" is the party that reports
_IT_SPEAKER = re.compile(r"^,?\s+(?:also\s+)?(?:said|says|announced|confirmed|stated|added)(?:\s+(?:on|late|early)\s+[A-Z][a-z]+day)?"
                         r"(?:\s+in\s+a\s+statement)?,?(?:\s+that)?\s+$")


def _it_speaker(text: str, s: int, out: list[Found]) -> Found | None:
    """The country, government or body that says what "it" did, when "it" opens the reported clause right after
    the verb of saying ("Britain said it had frozen", "The Treasury Department said on Friday that it was targeting")."""
    if not out or out[-1].code not in ("C", "K", "O") or out[-1].end > s:
        return None
    if not _IT_SPEAKER.match(text[out[-1].end:s]):
        return None
    # ... when that party opens the sentence ("The committee that monitors sanctions against the Taliban said it":
    # the committee, not the Taliban)
    return out[-1] if _opens_sentence(text, out[-1]) else None


def _opening(text: str) -> int:
    """Where the sentence's own words start: past a wire dateline ("GENEVA, Nov. 10 (Reuters) - Canada has ...")."""
    dl = _DATELINE_OPEN.match(text)
    return dl.end() if dl else 0


def _opens_sentence(text: str, f: Found) -> bool:
    """Whether ``f`` opens its sentence as its subject: at most three words before it, past a dateline, and no
    comma ("Last month Britain ..."; not "In a statement on the talks, Britain ...")."""
    before = text[_opening(text):f.start]
    return len(_OPENING_WORDS.findall(before)) <= 3 and "," not in before


# A pronoun opening a clause of its own, coordinated after another: its subject is the pronoun, not a name before it
# ("barred ⟦P1⟧ and other officials, and it earlier blacklisted ⟦P2⟧"; relations.py reads it in masked sentences)
CLAUSE_PRONOUN = re.compile(r"(?:,|;|\band|\bbut)(?: (?:then|later|also|earlier|since|so))? (?:it|they|he|she|we) [a-z]")


def _it_again(text: str, s: int, out: list[Found]) -> Found | None:
    """The party an earlier "it" of the same sentence stood for, when this "it" opens a clause coordinated after it
    (a name told between the two, "Britain's Boris Johnson", is no antecedent: the clauses share their subject)."""
    # ("Britain froze the assets, and it then ...": "it" opens a clause joined after the first)
    if not any(m.end() == s + 4 for m in CLAUSE_PRONOUN.finditer(text, max(0, s - 20), s + 4)):
        return None
    for f in reversed(out):
        if f.rule == "pronoun" and f.text.lower() == "it" and f.code in ("C", "K", "O"):
            return f
    return None


def _two_sides(text: str, out: list[Found]) -> list[Found]:
    """The two countries "each side" / "both sides" may stand for: a pair joined by "and" that opens its clause or
    follows "between" ("Russia and Ukraine completed an exchange", "after talks between A and B"); else none."""
    countries = [f for f in out if f.code == "C" and f.rule != "pronoun"]
    if len({f.key for f in countries}) != 2:
        return []
    a, b = countries[0], next(f for f in countries if f.key != countries[0].key)
    if text[a.end:b.start] not in (" and ", " & ") or not _SIDES_BEFORE.search(text, 0, a.start):
        return []
    return [a, b]


# words after a definite plural that make it a group of its own ("the men of his village", "the judges who ruled")
_PLURAL_QUALIFIED = re.compile(r" (?:who|whom|whose|that|of|from|in|at|on|with)\b")
_LIST_GAP = frozenset({", ", " and ", ", and ", " & "})


def _one_list(text: str, people: list[Found]) -> list[Found]:
    """The distinct people of a sentence when they are one list ("A, B and C"), else none ("A thanked B and C")."""
    for a, b in zip(people, people[1:]):
        if a.key != b.key and text[a.end:b.start] not in _LIST_GAP:
            return []
    return list({f.key: f for f in people}.values())


# after the second of two described subjects: its own description, then the verb ("…, and B, a former director of
# a plant, landed")
_SUBJECT_TAIL = re.compile(r",\s[^,;:.]{1,160}?,\s(?:\w+ly\s)?(?:[a-z]+ed|was|were|had|has|have)\b")


def _described_pair(text: str, people: list) -> list:
    """The two people who open a sentence each with a description: "A, an activist from Crimea who had been
    sentenced alongside C, and B, a former director of a plant, landed in Kiev" -> A and B (not C, named inside A's
    description); [] when the sentence has no such subject.

    >>> from types import SimpleNamespace as F
    >>> text = "Ann Lee, who was jailed with Bo Kim, and Cy Orr, a writer, landed"
    >>> out = [F(key="a", start=0, end=7), F(key="b", start=29, end=35), F(key="c", start=41, end=47)]
    >>> [f.key for f in _described_pair(text, out)]
    ['a', 'c']
    """
    if len(people) < 3 or len(_OPENING_WORDS.findall(text[:people[0].start])) > 3 or "," in text[:people[0].start] \
            or not text.startswith(",", people[0].end):
        return []
    for f in people[2:]:
        if text.endswith(", and ", 0, f.start) and _SUBJECT_TAIL.match(text, f.end):
            return [people[0], f]
    return []


_TITLED_NOUNS = frozenset({"leaders", "presidents", "ministers"})
# words no person's name holds: an unknown name with one is a body ("Office Against Impunity")
# words of a state body's name that are no head noun of it (the lexicon's org_heads hold those)
_BODY_NAME_WORDS = frozenset({"Against", "Unit", "Prosecutor"})
# "his guest", "her host": the other person of a visit
_VISIT_ROLES = frozenset({"guest", "host", "visitor"})
# "the trio arrived": a set of people by its size
_SETS = {"pair": 2, "duo": 2, "trio": 3}


# a leader told at the end of a term: "towards the end of his tenure", "before leaving office", "in his final days
# in office"
_OUTGOING = re.compile(r"\b(?:(?:end|close|last (?:days|weeks|months)|final (?:days|weeks|months)) of (?:his|her) "
                       r"(?:tenure|term|presidency|time in office)|before (?:leaving|he left|she left) office"
                       r"|(?:his|her) (?:final|last) (?:days|weeks|months) in office)\b")
# a particle that may open a surname told alone ("Al Sissi")
_PARTICLES_BEFORE_SURNAME = frozenset({"al", "el", "al-", "el-", "bin", "ben", "de", "van", "von", "da", "dos", "du"})
# "his Chilean counterpart": the counterpart of the person before
_TARGET_PREPOSITION = re.compile(r"\b(?:on|against|with|to|from|into|toward|towards)\s+(?:the\s+)?$")
_LIST_JOIN = re.compile(r",?\s+(?:and|or)\s+|,\s+")
_LAST_OF = re.compile(r"\b(last|first|final)\s+$", re.IGNORECASE)
_HIS_COUNTERPART = re.compile(r"\b(?:his|her)\s+$")
# an office other than a head's, in a counterpart's name or the apposition after it ("counterpart, Foreign Minister X")
_OTHER_OFFICE_WORDS = r"(?:minister|secretary|envoy|ambassador|spokes(?:man|woman|person)|chief|governor|mayor|general)"
_OTHER_OFFICE = re.compile(r"(?i)\b" + _OTHER_OFFICE_WORDS + r"\b")
_OTHER_OFFICE_AFTER = re.compile(r"(?i),\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}" + _OTHER_OFFICE_WORDS + r"\b")
_HEAD_TITLES = frozenset({"president", "prime minister", "premier", "chancellor"})
# "Amir" as the title Emir: before "Sheikh" or "of", or after "the" (one spelling for another, the same length)
_AMIR = re.compile(r"\bAmir(?= (?:Sheikh|of)\b)|(?<=\bthe )Amir\b")
_MALE_HONORIFICS = frozenset({"mr", "king", "prince", "sheikh", "pope", "emir", "sultan", "sir", "lord", "cardinal"})
_MEN_KIN_RE = "|".join(sorted(_MEN_KIN))
# the "-man" nouns of a man's office ("spokesman", "chairman", "congressman"; not "woman")
_MAN_NOUN = r"(?!wo)[a-z]*(?:spokes|chair|congress|council|assembly|business|clergy|states|police|country|sales)man"
_HUSBAND_BEFORE = re.compile(rf"\b(?:{_MEN_KIN_RE}),? $")
_MAN_WORDS = re.compile(rf"(?:{_MEN_KIN_RE}|{_MAN_NOUN}),?$")
# a man's noun just before a name ("Vatican spokesman the Rev. X", "committee chairman X"): "her" is not X
_MAN_BEFORE = re.compile(rf"\b{_MAN_NOUN},? (?:the )?(?:(?:Rev|Dr|Gen|Col|Adm)\. )?$")


def _man_named(text: str, f: Found) -> bool:
    """Whether a name is told as a man's by the noun just before it ("her husband, X", "spokesman X"), in the
    text before it or at the start of the mention (a title the mention took in)."""
    words = f.text.lower().split()
    first = (words[1] if len(words) > 1 and words[0] == "the" else words[0]).rstrip(".") if words else ""
    return bool(first in _MALE_HONORIFICS or any(_MAN_WORDS.match(w) for w in words[:3])
                or _MAN_BEFORE.search(text, max(0, f.start - 30), f.start)
                or _HUSBAND_BEFORE.search(text, max(0, f.start - 20), f.start))


# plural nouns of an office: a counted group told by one of them is not a group of other people of that nationality
_OFFICE_NOUNS = (_PEOPLE_NOUNS - _ORIGIN_NOUNS - {"senator", "members", "leaders", "politicians", "activists",
                                                   "journalists", "businessmen", "oligarchs"}) \
    | {"diplomats", "ambassadors", "governors"}
# the head nouns of a part of a country ("Moldova's breakaway region", "Georgia's ruling party"): its leader does
# not lead the country
_PART_HEADS = frozenset({"region", "province", "enclave", "party", "faction", "opposition", "movement", "militia",
                         "army", "military", "police", "parliament", "legislature", "delegation", "bloc", "wing",
                         "republic", "entity", "territory", "state", "district"})
_KIN_OF = re.compile(r"(?:'s|\u2019s) (?:[a-z]+ ){0,2}(?:" + "|".join(sorted(_KIN_WORDS)) + r"),? ")
# the body's executive arm, which it stands for: "the African Union, whose Commission chairman, X"
_ORGANS = frozenset({"Commission"})
# the types of the gazetteer's entries that are no body an organ may belong to
_NOT_BODIES = frozenset({"Person", "Country", "City", "Place", "Metonym"})
_WHOSE_HEAD = re.compile(r", whose (?:(?:current|supreme|long-serving|new|political|interim|acting|overall) )?(?:(?P<organ>"
                         + "|".join(sorted(_ORGANS)) + r") )?(?:leader|president|chairman|chairwoman|"
                         r"director|director general|director-general|head|chief|chief executive|secretary general|"
                         r"secretary-general|prime minister|commander)(?:,| is) ")
# "the junta chief, X,", "the PLO's leader, X,": X heads what is named just before; "X, the head of the junta": after
_HEAD_WORDS = _head_words()
_BODY_HEAD = re.compile(r"(?:['\u2019]s)? (?:(?:commission|Commission|secretariat|Secretariat) )?" + _HEAD_WORDS + r", ")
# "Suu Kyi's party, which she leads", "the Movement, which X has led since 2009": the head of the body named before
_HEAD_VERB_AFTER = (r"(?:(?:" + "|".join(_STILL_WORDS) + r") )?(?:leads|heads|chairs|runs|commands|presides over|"
                    r"has (?:long |since )?(?:led|headed|chaired|run|commanded))\b")
_WHICH_PRONOUN_LEADS = re.compile(r", which (?:she|he) " + _HEAD_VERB_AFTER)
_NAME_LEADS = re.compile(r" " + _HEAD_VERB_AFTER)


def _former_counterparts(text: str, out: list[Found]) -> list[Found]:
    """"former President X repeatedly raised it with his Mexican counterpart Y": the counterpart of a former
    office-holder held the office then, not now."""
    out = list(out)
    for i, f in enumerate(out):
        if f.code != "P" or (f.title or "").lower() != "counterpart" or f.leader_of is None or f.leader_of[0] != "country":
            continue
        before = [g for g in out[:i] if g.code in ("P", "N") and g.rule != "pronoun"]
        if before and before[-1].former and re.search(r"\b(?:his|her)\s+(?:[A-Z][\w-]*\s+)?$",
                                                       text[max(0, f.start - 30):f.start]):
            out[i] = replace(f, leader_of=None, leader_confidence=0.0, former=True)
    return out


def _which_leads(text: str, out: list[Found]) -> list[Found]:
    """"Suu Kyi's National League for Democracy, which she leads," and "the Islamic Movement, which X has led since
    2009,": the person heads the body named before the relative clause (the possessor of the body, or the one
    person the sentence named before it, for "she"/"he"; the name after "which" otherwise)."""
    out = list(out)

    def lead(n: int, body: Found) -> None:
        """Make the person at ``n`` the head of ``body`` (or of it too, when they already head another)."""
        f = out[n]
        if f.code not in ("P", "N") or f.former or f.rule == "pronoun" and f.key[0] != "person":
            return
        if f.leader_of is None:
            out[n] = replace(f, code="P", leader_of=body.key, leader_confidence=0.8)
        elif f.leader_of != body.key and f.also_leads is None:
            out[n] = replace(f, also_leads=body.key)

    for i, f in enumerate(out):
        if f.code != "O" or f.key[0] not in ("entry", "org") or f.rule == "pronoun":
            continue
        if _WHICH_PRONOUN_LEADS.match(text, f.end):
            people = [n for n in range(i) if out[n].code in ("P", "N") and out[n].rule != "pronoun"]
            owner = next((n for n in people if out[n].end <= f.start
                          and text[out[n].end:f.start] in ("'s ", "\u2019s ")), None)
            if owner is None and len(people) == 1:
                owner = people[0]
            if owner is not None:
                lead(owner, f)
        elif text.startswith(", which ", f.end) and i + 1 < len(out) and out[i + 1].start == f.end + 8 \
                and _NAME_LEADS.match(text, out[i + 1].end):
            lead(i + 1, f)
    return out


_SPEAKS_AFTER = re.compile(r"\s+(?:(?:on|last|this) \w+ )?(?:said|says|announced|added|stated|told)\b")
# "X, its current director general": the title after the name, "its" the body named before in the sentence
_ITS_HEAD_AFTER = re.compile(r", its " + _HEAD_WORDS + r"(?=[,.;]| (?:and|who|said)\b)")
# "Peru's embassy", "the Philippines' embassy", "Chile and Peru"
_SHARED_OPENER = re.compile(r"['\u2019](?:s\b|(?!\w))|,? (?:and|or|nor) |, [A-Z]")
_ITS_HEAD = re.compile(r"(?:Its|Their) " + _HEAD_WORDS + r"(?: in (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?)?, ")
_ITS_HEAD_MID = re.compile(r"\bits " + _HEAD_WORDS + r", $")
_POSSESSOR_AFTER = re.compile(r"(?: [a-z]+)?(?:['\u2019]|\u00e2\u20ac\u2122)")  # "X's", "the NATO ally's"
_INSIDE_PHRASE = re.compile(r"\b(?:of|in|to|from|for|with|by|at|on|into|against)\s+(?:the\s+)?"
                            r"(?:\S+?(?:['\u2019]|\u00e2\u20ac\u2122)s\s+)?$")
_NAME_FRAGMENT = re.compile(r"\b(?!The\b)[A-Z][\w-]*\s$")  # "Central Military Commission": a longer name's last word
_PRESS_BEFORE = re.compile(r"\b(?:newspaper|daily|weekly|paper|magazine|broadcaster|channel|television|radio|"
                           r"news agency|agency|station|website|tabloid) $")
# the deeds a demonym before them gives to its country in a clause of praise ("praised Chilean efforts")
_PRAISED_DEEDS = frozenset({"efforts", "effort", "support", "help", "assistance", "mediation", "cooperation",
                            "co-operation", "leadership", "role", "contribution", "contributions", "hospitality",
                            "generosity", "solidarity", "facilitation", "diplomacy", "backing", "engagement"})
# a word of praise or thanks before it in its clause
_PRAISE_CUE = re.compile(r"\b(?:prais(?:e|ed|es|ing)|hail(?:ed|s|ing)?|commend(?:ed|s|ing)?|laud(?:ed|s|ing)?|"
                         r"applaud(?:ed|s|ing)?|welcom(?:e|ed|es|ing)|appreciat(?:e|ed|es|ing)|thank(?:ed|s|ing)?|"
                         r"grateful|gratitude|tribute|salut(?:e|ed|es|ing)|credit(?:ed|s|ing)?)\b[^.;:!?\"\u201c]{0,60}$")
_ITS_BEFORE = re.compile(r"\bits (?:(?:current|new|interim|acting) )?$")  # "its chairman, X": the title in X's mention
_TITLE_HEAD = re.compile(r"(?i)(?:" + "|".join(_BODY_HEAD_TITLES) + r"), ")
# (past a political leaning: "X, leader of the right-wing Y party")
_HEAD_OF = re.compile(r", (?:the )?" + _HEAD_WORDS + r" of (?:the )?(?:(?:(?:far|hard|centre|center)-)?(?:right|left)(?:-wing)? |"
                      r"(?:centre|center)-(?:right|left) |conservative |liberal |nationalist |opposition |ruling |rebel |militant |"
                      r"insurgent |separatist |Islamist |jihadist |guerrilla |paramilitary |armed )?")
_HEADS_OF_STATE_ORGAN = re.compile(r"(?:the )?(?:Authority|Assembly|Conference|Summit) of (?:the )?Heads of State"
                                   r"(?: and(?: of)? Government)? of (?:the )?")
# "the self-declared "National Salvation" government": a body known by a quoted name and its noun
_QUOTED_BODY = re.compile(r"(?:the )?(?:(?:self-declared|self-proclaimed|rival|so-called|parallel|unrecognised|"
                          r"unrecognized|breakaway|Islamist|interim) )*[\"\u201c](?P<name>[A-Z][^\"\u201d]{1,40}?)"
                          r"[\"\u201d] (?P<noun>government|administration|cabinet|council|movement|party)\b")
# "the head of Hamas's political bureau": the body's top organ, whose head leads the body
_TOP_ORGAN_AFTER = re.compile(r"(?:['\u2019]s|['\u2019]) (?:political bureau|politburo)(?:[,.;:)]| \(| (?:who|which|and|in|on|at)\b)")
# "the founder and spiritual leader of the militant group Hamas, X": the head's title before the body and the name
_HEAD_OF_BEFORE = re.compile(r"\b[Tt]he (?:(?:founder|co-founder) and )?" + _head_words("spiritual")
                             + r" of (?:the )?(?:(?!(?:former|late|then|ex)\b)[\w-]+ ){0,4}$")
# "sitting in NATO's chair": a seat, no office
_SEAT_BEFORE = re.compile(r"\b(?:in|into|out of)\s+(?:the\s+)?$")
# "the group's leader, X", "the head of the association, X": the body named before, known by its noun
_BODY_NOUNS = (r"(?P<noun>group|association|movement|organi[sz]ation|militia|party|front|alliance|federation|"
               r"committee|commission|council|union|agency|company|firm|league|congress|society|foundation)")
_GENERIC_BODY_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia"})
_NOUN_HEAD_BEFORE = re.compile(r"\b[Tt]he (?:" + _BODY_NOUNS + r"['\u2019]s " + _HEAD_WORDS + r"|" + _HEAD_WORDS
                               + r" of the " + _BODY_NOUNS.replace("noun", "noun2") + r"), $")
_NOUN_HEAD_AFTER = re.compile(r", the " + _HEAD_WORDS + r" of the " + _BODY_NOUNS + r"\b(?![-\w])(?! of\b)")
# "Kim Jong-un, the country's leader,": the country the sentence or the article named last
_COUNTRYS_HEAD = re.compile(r", the country['\u2019]s (?:(?:supreme|top|current) )?(?:leader|president|ruler|head of state)\b")
# "ECOWAS, currently chaired by X", "Y, the ruling party now led by President X": X heads the body named before
# ("the Fourth Division, the elite armoured formation commanded by the president's younger brother, X": a unit's
# noun, and a relation told before the name)
_LED_BY = re.compile(r",? (?:the (?:[a-z]+ ){0,2}(?:party|group|movement|coalition|alliance|front|militia|faction|bloc|"
                     r"formation|unit|division|brigade|regiment|battalion|force|forces|army|corps|guard|council|"
                     r"committee|body|agency|organi[sz]ation) )?"
                     r"(?:(?:currently|now|long|then|jointly) )?(?:led|headed|chaired|run|commanded|founded)"
                     r"(?: (?:since|for|from) [^,;.()]{1,25}?)? by (?:(?:the|its|his|her) )?"
                     r"(?:[a-z]+['\u2019]s (?:[a-z]+ )?[a-z]+,? |(?:[a-z]+ ){0,2})$")
_FIELD = re.compile(r"^(?:trade|security|economic|energy|foreign|defen[cs]e|campaign|policy|legal|media|press|"
                    r"finance|financial|military|political|business|oil|climate|health|national)$")
_LED = Needs(re.compile(r"^[\w.]+-(?:led|backed|based|run|owned|controlled|allied|aligned|supported|sponsored|linked|"
                        r"affiliated|funded|financed|operated|dominated|installed|appointed)$",
                      re.IGNORECASE), "-")
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "an", "ar", "az", "ud"})


# "the Hezb-e-Islami militant group", "the New Democracy party": lowercase nouns of a body after its name
_LOWER_BODY_NOUNS = frozenset({"group", "movement", "party", "militia", "faction", "organisation", "organization"})
# "the Communist party": an ideology, not the party's name (which country's party is for the article to say)
_IDEOLOGY_WORDS = frozenset({"communist", "socialist", "democratic", "republican", "labour", "labor", "conservative",
                             "liberal", "green", "nationalist", "islamist", "christian", "social", "national",
                             "people's", "workers'", "maoist", "marxist", "fascist", "monarchist", "centrist"})
_LEANING_WORDS = frozenset({"conservative", "liberal", "right-wing", "left-wing", "far-right", "far-left",
                            "centre-right", "centre-left", "center-right", "center-left", "nationalist", "ruling",
                            "opposition", "main", "hardline", "moderate", "islamist", "socialist", "communist"})
_BODY_KIND_WORDS = frozenset({"militant", "rebel", "armed", "opposition", "political", "jihadist", "separatist",
                              "insurgent", "islamist", "paramilitary", "guerrilla", "nationalist", "ruling"})
_SHARED_GOVERNMENT_NOUNS = frozenset({"authorities", "government", "governments", "leadership", "administration",
                                      "regime"})
# "Prime Ministers A and B", "Peruvian and Chilean Presidents A and B": one title for each of the names after it
# verbs of praise before "the country" that stands for the country named last ("praising the country as a partner")
_PRAISE_WORDS = frozenset({"praised", "praising", "praises", "praise", "hailed", "hailing", "hails", "lauded", "lauding",
                           "commended", "commending", "thanked", "thanking"})
# the titles of a head of state, who is "the X leader" when the article names more than one leader of X
_HEAD_OF_STATE_TITLES = frozenset({"president", "king", "queen", "emir", "sultan", "supreme leader"})
_PLURAL_TITLE_SINGULAR = {"presidents": "President", "prime ministers": "Prime Minister",
                          "foreign ministers": "Foreign Minister", "premiers": "Premier", "chancellors": "Chancellor"}
_PLURAL_TITLE_WORDS = frozenset({"presidents", "ministers", "premiers", "chancellors"})
# "Prime Ministers A and B", "Chilean and Peruvian Presidents A and B", "the prime ministers, A and B," (the plural in
# lowercase, its names in apposition)
_PLURAL_TITLED = re.compile(r"(?:\b(?P<a1>[A-Z][a-z]+) and (?P<a2>[A-Z][a-z]+) )?"
                            r"(?P<t>Presidents|Prime Ministers|Foreign Ministers|Premiers|Chancellors"
                            r"|(?(a1)|(?<=[Tt]he |two |ree ))(?:presidents|prime ministers|premiers|chancellors))(?P<sep>,? )"
                            r"(?=[A-Z])")


def _whose_titled(text: str, a: Found, b: Found) -> re.Match | None:
    """"the X party, whose leader Y said": the head word opens Y's own mention (titled "leader"), with no comma."""
    if not b.title or text[a.end:b.start] != ", whose " or not text.startswith(b.title + " ", b.start):
        return None
    return _WHOSE_HEAD.fullmatch(", whose " + b.title.lower() + ", ")


def _article_less(label: str, key: tuple, state: ArticleState) -> None:
    """A family name with an Arabic article ("Omar al-Bashir") is also written without it ("Bashir")."""
    last = label.split()[-1]
    head, _, rest = last.partition("-")
    if rest and head.lower() in _ARABIC_ARTICLES and rest[:1].isupper():
        state.surnames.setdefault(rest.lower(), key)


# a subordinate clause of place or time whose subject is the pronoun that ends the text ("..., where he")
_WHERE_BEFORE = re.compile(r", (?:where|when) $")
_SURNAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "della", "di"})


def _before_particle(label: str, key: tuple, state: ArticleState) -> None:
    """A name read by the word before its particle ("Lula" for "Luiz Inácio Lula da Silva"), when that word is not
    the first: Portuguese and Spanish names are cut there in running text."""
    parts = label.split()
    for j in range(2, len(parts) - 1):
        if parts[j] in _SURNAME_PARTICLES and parts[j - 1][:1].isupper() and parts[j + 1][:1].isupper():
            state.surnames.setdefault(parts[j - 1].lower(), key)
            return


def _family_first(label: str, key: tuple, state: ArticleState) -> None:
    """Names written family name first ("Kim Jong Un", "Moon Jae-in") are also referred to by their first word."""
    parts = label.split()
    if len(parts) == 2 and 2 <= len(parts[0]) <= 4 and parts[0].isalpha() and parts[1][:1].isupper():
        state.family_first.setdefault(parts[0].lower(), key)  # "Wang Dan ... Mr. Wang" (only after an honorific)
    if len(parts[0]) <= 4 and parts[0][:1].isupper() and (
            len(parts) == 3 and all(p[:1].isupper() for p in parts) or len(parts) == 2 and "-" in parts[1]):
        state.surnames.setdefault(parts[0].lower(), key)


# (a reported clause opens after its verb: "Aides said X thanked him": X is that clause's subject)
_CLAUSE_START = re.compile(r"[,;:]|\b(?:after|before|when|while|who|whom|which|where|because|since|as|that|"
                           r"until|then|said|says|added|noted)\b")
_SUBJECT_GLUE = frozenset({"and", "or", "both", "the", "'s", "\u2019s", "of", "s"})


def _clause_subject(text: str, found: list, at: int) -> set:
    """The people who open the clause that ends at ``at`` (its subject), as keys: "after A and B flew" -> A, B.

    >>> from types import SimpleNamespace as F
    >>> text = "X met Y after Ann Lee and Bo Kim flew in and saw him"
    >>> out = [F(key="a", start=14, end=21, code="P"), F(key="b", start=26, end=32, code="P")]
    >>> sorted(_clause_subject(text, out, text.index("him")))
    ['a', 'b']
    """
    start = 0
    for m in _CLAUSE_START.finditer(text, 0, at):
        start = m.end()
    mentions = [f for f in found if start <= f.start < at]
    pos = start
    subject = set()
    for f in sorted(mentions, key=lambda f: f.start):
        gap = text[pos:f.start].replace(",", " ").split()
        if any(w[:1].islower() and w.lower() not in _SUBJECT_GLUE for w in gap):
            break  # a verb (or any plain word) came first: the rest are objects
        if f.code in ("P", "N"):
            subject.add(f.key)
        pos = f.end
    if not subject and start and text[start - 1] == ",":
        # "Y, whose government leaked it, visited in April and embraced him": the clause after a relative clause set
        # off by commas is the verbs of the name before it
        c = text.rfind(",", 0, start - 1)
        if c > 0 and text[c + 1:start].lstrip().startswith(("who ", "whose ")):
            subject = {f.key for f in found if f.code in ("P", "N") and f.end <= c and not text[f.end:c].strip()}
    return subject


def _surname(span_text: str, s: int, e: int, key: tuple, state: ArticleState) -> Found:
    """A surname (or a given name) alone, standing for the person of ``key`` the article named before."""
    prev = state.person_info.get(key)
    return Found(text=span_text, start=s, end=e, code="P", key=key,
                 nationality=prev.nationality if prev else None, rule="surname")


def _subject_after_opening(text: str, found: list, at: int) -> set:
    """The person right after the comma that ends a sentence's opening phrase with no name in it ("On his first day
    in Washington, X had dinner ..."), as a key, or nothing.

    >>> from types import SimpleNamespace as F
    >>> text = "On his first day there, Ann Lee met Bo Kim"
    >>> sorted(_subject_after_opening(text, [F(key="a", start=24, end=31, code="P"), F(key="b", start=36, end=42, code="P")], 42))
    ['a']
    """
    c = text.find(", ", 0, at)
    if c < 0 or any(f.start < c and f.code in ("P", "N") for f in found):
        return set()
    first = next((f for f in sorted(found, key=lambda f: f.start) if f.start > c), None)
    if first is None or first.code not in ("P", "N") or text[c + 2:first.start].strip() not in ("", "the", "The"):
        return set()
    return {first.key}


def _opening_subject(text: str, found: list, at: int) -> set:
    """The people who open the sentence (its subject), as keys, before the first plain word.

    >>> from types import SimpleNamespace as F
    >>> text = "Ann Lee, who met Bo Kim, saw her"
    >>> sorted(_opening_subject(text, [F(key="a", start=0, end=7, code="P"), F(key="b", start=17, end=23, code="P")], 28))
    ['a']
    """
    subject, pos = set(), 0
    for f in sorted((f for f in found if f.start < at), key=lambda f: f.start):
        if any(w[:1].islower() and w.lower() not in _SUBJECT_GLUE for w in text[pos:f.start].replace(",", " ").split()):
            break
        if f.code in ("P", "N"):
            subject.add(f.key)
        pos = f.end
    return subject


# the words after "her" that make it an object pronoun ("praised her as", "thanked her for"), not a possessive
_AFTER_OBJECT_HER = frozenset({"as", "for", "on", "to", "in", "at", "with", "and", "by", "from", "after", "over",
                               "during", "before", "when", "while", ",", ".", ";", ":", '"', "\u201d",
                               "there", "here", "again", "later", "today", "yesterday"})  # "met her there"
# what a measure freezes, after "his" or "her" ("froze her assets"), and the verbs that freeze or free it
# a person's deeds and qualities a praise names after "his" or "her" ("praised his work", "hailed her courage")
_PRAISED_QUALITIES = frozenset({"work", "courage", "commitment", "leadership", "efforts", "role", "bravery", "wisdom",
                                "contribution", "contributions", "dedication", "integrity", "achievements", "service",
                                "statesmanship", "vision", "determination", "resilience", "patience", "help",
                                "support", "mediation", "independence"})
_HELD_WEALTH = frozenset({"assets", "funds", "property", "accounts", "holdings"})
_WEALTH_VERBS = frozenset({"froze", "freeze", "freezes", "freezing", "frozen", "unfroze", "unfreeze", "unfreezes",
                           "unfreezing", "unfrozen", "seized", "seize", "seizes", "blocked", "block", "blocks"})

_GENDER_OF = {"he": "m", "him": "m", "she": "f", "her": "f"}
# the last word of an unknown name that makes it a place or a thing, not a person ("the Cabinet Room"); with the
# lexicon's building_heads ("the Shore Temple"), which MentionFinder.thing_heads adds
_THING_HEADS = _PLACE_HEADS | frozenset({"Room", "House", "Office", "Building", "Center", "Centre", "Street",
                                         "Avenue", "Road", "Garden", "Gardens", "Park", "Embassy", "Consulate",
                                         "Ministry", "Court", "Council", "Hospital", "University", "Church",
                                         "Agreement", "Accords", "Summit", "Resolution", "Act", "Declaration",
                                         "Treaty", "Forum", "Tomb", "Gate"})
# "X said", "X told reporters", "said X", "according to X": the speaker of an attribution
_SAID_AFTER = re.compile(r"\s*(?:,[^,\"\u201c\u201d]{1,60},\s*)?(?:(?:also|later|then|has|had|have)\s+)?"
                         r"(?:said|says|told|added|adds|wrote|writes|declared|stated)\b")
_SAID_HE = re.compile(r"\b(?:said|says|told reporters|added)(?: that)? $")  # "X ... said he": the pronoun's speaker
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|wrote|according to)\s+$")
_OPENING_QUOTE_AFTER = frozenset(" \t\n([\u2014\u2013-")


def _quoted_spans(text: str, open_before: int = 0) -> tuple[list[tuple[int, int]], int]:
    """The spans of ``text`` inside quotation marks, and for how many sentences a quotation left open at its end
    has run (0: none is open). ``open_before``: that count from the sentence before (a quotation that opens in one
    sentence and closes in a later one); a quotation runs on for at most three sentences.

    >>> _quoted_spans('"We are pawns," he said, "nothing more.')
    ([(0, 15), (25, 39)], 1)
    >>> _quoted_spans('and free," Ann said.', 1)
    ([(0, 10)], 0)
    """
    start = 0 if 0 < open_before <= 3 else None
    if start is None and '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return [], 0  # the common case: no quotation
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r'["\u201c\u201d]', text):
        i, ch = m.start(), m.group()
        opening = ch == "\u201c" or ch == '"' and (i == 0 or text[i - 1] in _OPENING_QUOTE_AFTER) and (
            i + 1 < len(text) and not text[i + 1].isspace())
        if opening and start is None:
            start = i
        elif not opening and start is not None:
            spans.append((start, i + 1))
            start = None
    if start is not None:
        spans.append((start, len(text)))
        return spans, (open_before + 1 if open_before and spans[0][0] == 0 and len(spans) == 1 else 1)
    return spans, 0


def _not_a_subject(text: str, f: Found) -> bool:
    """Whether a person named in a sentence is no clause's subject: a possessor ("Y's case") or the object of a verb
    or a preposition ("met Y", "with Y"), as a word before it that opens no clause tells.

    >>> from types import SimpleNamespace as F
    >>> t = "he raised Bo Kim's case when Ann Lee met"
    >>> _not_a_subject(t, F(start=10, end=16)), _not_a_subject(t, F(start=29, end=36))
    (True, False)
    """
    if text.startswith(("'s", "’s"), f.end):
        return True
    words = text[:f.start].split()
    return bool(words) and words[-1].isalpha() and words[-1].islower() and words[-1] not in _CLAUSE_OPENERS


# the fields of business a company's name may join with "and" ("X Science and Technology Development", "Concord
# Management and Consulting", "Y Oil and Gas"): one name, not two
_FIELD_WORDS = frozenset({"Science", "Sciences", "Technology", "Technologies", "Management", "Consulting", "Research",
                          "Development", "Trade", "Trading", "Investment", "Investments", "Import", "Export", "Oil",
                          "Gas", "Engineering", "Construction", "Industry", "Industries", "Commerce", "Logistics",
                          "Shipping", "Finance", "Marketing", "Mining", "Energy", "Services"})

_FIELD_AFTER = re.compile(r" and ([A-Z][a-z]+)\b(?! [A-Z])")


def _join_field_names(text: str, out: list) -> list:
    """Two names that meet at " and " with a field of business on each side ("Tianjin X Science" and "Technology
    Development") are one company's name."""
    joined, n = [], 0
    while n < len(out):
        a = out[n]
        b = out[n + 1] if n + 1 < len(out) else None
        if b is not None and a.code in ("N", "O") and b.code in ("N", "O") and text[a.end:b.start] == " and " \
                and a.text.rsplit(" ", 1)[-1] in _FIELD_WORDS and b.text.split(" ", 1)[0] in _FIELD_WORDS \
                and " " in a.text and a.rule in ("proper-name", "org-head", "sanctions-object") \
                and b.rule in ("proper-name", "org-head", "sanctions-object"):
            name = text[a.start:b.end]
            joined.append(replace(a, text=name, end=b.end, code="O", key=("org", name, "Company", None), rule="org-head"))
            n += 2
            continue
        m = _FIELD_AFTER.match(text, a.end) if a.code in ("N", "O") and " " in a.text \
            and a.text.rsplit(" ", 1)[-1] in _FIELD_WORDS and a.rule in ("proper-name", "org-head") else None
        if m is not None and m.group(1) in _FIELD_WORDS and (b is None or b.start >= m.end()):
            name = text[a.start:m.end()]  # "Concord Management and Consulting": the field the finder left out
            joined.append(replace(a, text=name, end=m.end(), code="O", key=("org", name, "Company", None),
                                  rule="org-head"))
            n += 1
            continue
        joined.append(a)
        n += 1
    return joined


# lowercase nouns after "the" and a name that make the name a thing's ("the José Martí order", "the Nobel prize")
_NAMED_THING_NOUNS = frozenset({"order", "prize", "award", "medal", "foundation", "stadium", "institute", "centre",
                                "center", "university", "school", "airport", "square", "street", "avenue", "bridge",
                                "museum", "hospital", "memorial", "mausoleum", "doctrine", "trophy", "decoration"})


def _named_thing(text: str, f: Found) -> bool:
    """Whether an unknown name is a modifier of a thing named after a person ("presented him with the José Martí
    order")."""
    return f.code == "N" and text.endswith(("the ", "The "), 0, f.start) \
        and (after := text[f.end:f.end + 16].split()[:1]) != [] and after[0].rstrip(",.;:") in _NAMED_THING_NOUNS


def _person_like(text: str, f: Found, thing_heads: frozenset[str], body_words: frozenset[str]) -> bool:
    """Whether a mention may be a person that "he" or "she" stands for: a person, or an unknown name that is not a
    place, a thing or a body ("the Cabinet Room", "in Ras Laffan", "the Special Prosecutor's Office Against Impunity";
    ``thing_heads``: the last words of a place's or a thing's name; ``body_words``: words of a body's name)."""
    if f.code == "P":
        return True
    words = text[:f.start].split()
    if _named_thing(text, f):
        return False
    return (f.code == "N" and f.text.strip() != "" and f.text.split()[-1] not in thing_heads
            and body_words.isdisjoint(f.text.split())
            and not (words and (words[-1].lower() in _PLACE_PREPS
                                or len(words) > 1 and words[-1].lower() == "the" and words[-2].lower() in _PLACE_PREPS)))


def _salient(text: str, found: list, quoted: list[tuple[int, int]],
             thing_heads: frozenset[str], body_words: frozenset[str]) -> Found | None:
    """The person of a sentence whom "he" or "she" in the next one stands for: the speaker of an attribution ("X
    said", "said X"), else the subject (the first person named with no preposition before), else the first person,
    leaving out people named only inside a quotation and places and things (``thing_heads``, ``body_words``: see
    :func:`_person_like`).

    >>> from types import SimpleNamespace as F
    >>> text = '"Iran turned Ann into a pawn to free Bo," Kim said.'
    >>> out = [F(text="Ann", key="a", start=13, end=16, code="P", members=()),
    ...        F(text="Bo", key="b", start=37, end=39, code="P", members=()),
    ...        F(text="Kim", key="k", start=42, end=45, code="P", members=())]
    >>> _salient(text, out, [(0, 41)], _THING_HEADS, frozenset()).key
    'k'
    """
    people = [f for f in found if f.code in ("P", "N") and f.text and not f.members
              and _person_like(text, f, thing_heads, body_words) and not any(a <= f.start < b for a, b in quoted)
              and not _MONUMENT_OF.match(text, f.end)]
    if not people:
        return None
    for f in people:
        if _SAID_AFTER.match(text, f.end) or _SAID_BEFORE.search(text, max(0, f.start - 20), f.start):
            return f
    for f in people:
        words = text[:f.start].split()
        # (one modifier may stand between: "supporters of deposed president X", "of exiled X"; not after "the":
        # "by the late X" still makes X the one "he" stands for)
        if not words or words[-1].lower().strip(",") not in _PREPOSITIONS_BEFORE and not (
                len(words) >= 2 and words[-1].isalpha() and words[-1].islower()
                and words[-2].lower() in _PREPOSITIONS_BEFORE and words[-2].lower() != "the"):
            return f
    return people[0]


# "Mahatma Gandhi's memorial": a person named for a place, whom "he" in the next sentence does not stand for
_MONUMENT_OF = re.compile(r"['\u2019]s (?:[a-z]+ )?(?:memorial|tomb|grave|mausoleum|statue|shrine|birthplace|monument"
                          r"|museum|portrait|resting place)\b")
_PREPOSITIONS_BEFORE = _PLACE_PREPS | frozenset({"with", "by", "of", "for", "on", "about", "against", "between",
                                                 "among", "toward", "towards", "over", "under", "the"})


def _given_name(label: str, key: tuple, state: ArticleState) -> None:
    """A leader named in full is also referred to by the first word of the name alone, as Ethiopian, Eritrean and
    Brazilian leaders are ("Abiy", "Isaias", "Lula"), when no other leader of the article has that first word.

    >>> st = ArticleState()
    >>> _given_name("Abiy Ahmed", ("person", "Abiy Ahmed"), st); st.given["abiy"]
    ('person', 'Abiy Ahmed')
    >>> _given_name("Abiy Tesfaye", ("person", "Abiy Tesfaye"), st); st.given["abiy"] is None
    True
    """
    parts = label.split()
    first = parts[0]
    if len(parts) < 2 or len(first) < 3 or not first[:1].isupper() or not first[1:].islower():
        return
    low = first.lower()
    if state.given.get(low, key) != key:
        state.given[low] = None  # two people share the first word: it names neither
    else:
        state.given[low] = key


def _phrases(words: list[str]) -> set[str]:
    return {w.lower() for w in words}


def _is_cap_token(tok: str) -> bool:
    return tok[:1].isupper() and tok[:1].isalpha()


def _is_upper_word(tok: str) -> bool:
    if "-" in tok[:4] and tok[0].islower():
        rest = tok.split("-", 1)[1]
        return bool(rest) and rest[0].isupper()
    return tok[0].isupper()


_PREFIXED = re.compile(r"^(ex|then|former)-(\w.*)$", re.IGNORECASE)


_MODIFIED_AFTER = frozenset({"his", "her", "their", "its", "the"})
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ants", "men", "ees")


def _join_initials(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A middle initial between two capitalised words is one token of the name: "Terry A. Anderson".

    >>> [t for t, _, _ in _join_initials([("Joseph", 0, 6), ("J", 7, 8), (".", 8, 9), ("Cicippio", 10, 18)])]
    ['Joseph', 'J.', 'Cicippio']
    """
    out: list[tuple[str, int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        tok, s, e = toks[i]
        if (len(tok) == 1 and tok.isupper() and out and _is_cap_token(out[-1][0]) and i + 2 < n
                and toks[i + 1][0] == "." and toks[i + 1][1] == e
                and (_is_cap_token(toks[i + 2][0]) and len(toks[i + 2][0]) > 1
                     or i + 4 < n and len(toks[i + 2][0]) == 1 and toks[i + 3][0] == "." and _is_cap_token(toks[i + 4][0]))):
            out.append((tok + ".", s, e + 1))
            i += 2
            continue
        out.append(toks[i])
        i += 1
    return out


def _split_prefixed(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"ex-President" -> "ex-", "President"."""
    out = []
    if not any("-" in t for t, _, _ in toks):
        return toks
    for tok, s, e in toks:
        m = _PREFIXED.match(tok) if "-" in tok else None
        if m:
            cut = s + len(m.group(1)) + 1
            out.append((tok[:len(m.group(1)) + 1], s, cut))
            out.append((m.group(2), cut, e))
        else:
            out.append((tok, s, e))
    return out


_SAME_LETTER = {"\u0131": "i", "\u0130": "i", "\u017f": "s", "\u212a": "k"}


def _trie_alternation(words, fold: bool = False, case: bool = False) -> str | None:
    r"""The alternation of ``words`` (a space in one read as ``\s+``, the longest word tried first) written as a tree
    of shared prefixes: the same matches, found in the same order, but a regular expression tries a few branches at
    each letter, not thousands of words. None when two branches could read the same character (a letter and its
    other case, a space and ``\s+``), where the order could differ; then the plain alternation is the one. With
    ``fold`` (only for a case-insensitive pattern, where a letter and its lowercase read the same), letters are
    lowercased first, so that "US" and "Us" are one branch. With ``case`` (only for a case-sensitive pattern), a
    letter and its other case never read the same character.

    >>> rx = re.compile("(?:" + _trie_alternation(["South Africa", "South African", "Sudan", "Sudanese"]) + ")")
    >>> rx.pattern
    '(?:(?:S(?:outh\\s+Africa(?:n|)|udan(?:ese|))))'
    >>> [rx.match(t).group(0) for t in ("South  Africans", "Sudanese", "Sudan's")]
    ['South  African', 'Sudanese', 'Sudan']
    >>> _trie_alternation(["US", "Us"]) is None, _trie_alternation(["US", "Us"], fold=True), _trie_alternation([])
    (True, '(?:us)', '')
    >>> _trie_alternation(["US", "Us"], case=True)
    '(?:U(?:S|s))'
    """
    if fold:  # a letter whose lowercase is one letter: the same characters match it in a case-insensitive pattern
        def low(c: str) -> str:
            c = c.lower() if len(c.lower()) == 1 else c
            same = _SAME_LETTER.get(c)  # "ı" and "i" read the same characters there
            return same if same and re.fullmatch(c, same, re.IGNORECASE) and re.fullmatch(same, c, re.IGNORECASE) else c

        words = {"".join(map(low, w)) for w in words}
    words = sorted(set(words))
    if not words:
        return ""
    space = object()  # a space: the unit \s+
    root: dict = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(space if c == " " else c, {})
        node[None] = True  # a word ends here

    def ambiguous(node: dict) -> bool:
        chars = [c for c in node if c is not None and c is not space]
        if space in node and any(c.isspace() for c in chars):
            return True
        for i, a in enumerate(chars if not case else ()):
            for b in chars[i + 1:]:
                if re.fullmatch(re.escape(a), b, re.IGNORECASE) or re.fullmatch(re.escape(b), a, re.IGNORECASE):
                    return True
        return any(ambiguous(child) for key, child in node.items() if key is not None)

    if ambiguous(root):
        return None

    def write(node: dict) -> str:
        branches = [(r"\s+" if key is space else re.escape(key)) + write(child)
                    for key, child in node.items() if key is not None]
        if None in node:
            branches.append("")  # the word ending here, after every longer one
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return "(?:" + write(root) + ")"


def _title_case(toks: list[tuple[str, int, int]]) -> bool:
    """A headline in Title Case: most words capitalised, so capitals say nothing about names."""
    words = lower = upper = 0
    most = 0.1 * len(toks)
    for t, _, _ in toks:
        if len(t) > 2 and t[0].isalpha():
            if t[0].islower() and t not in _HEADLINE_SMALL:
                lower += 1  # a lowercase verb or noun shows a sentence, however many names it lists
                if lower > most:
                    return False  # more lowercase words than a tenth of all tokens: a sentence
            if len(t) > 3:
                words += 1
                upper += t[0].isupper()
    # a full stop closes a sentence, not a headline: one lowercase verb there ("The Treasury sanctioned A, B (Russia) and
    # C.") shows the capitals are names
    return words >= 4 and lower <= (0 if toks[-1][0] == "." else 0.1 * words) and upper >= 0.7 * words


# Capitalised words that name no company even where sanctions fall ("sanctions on Western banks").
_COMMON_CAPS = frozenset({"western", "eastern", "northern", "southern", "central", "state", "government", "islamic",
                          "president", "prime", "minister", "new", "further", "fresh", "both", "all", "several",
                          "its", "his", "her", "their", "some", "other", "these", "those", "this", "that", "them"})

_MONTHS = frozenset(calendar.month_name[1:])


def _patronymic(label: str) -> bool:
    """Whether a name ends in a father's name ("Mohammed bin Salman"): its last word is no surname ("King Salman" is
    another man).

    >>> _patronymic("Mohammed bin Salman"), _patronymic("Tamim bin Hamad Al Thani"), _patronymic("Joe Biden")
    (True, False, False)
    """
    words = label.lower().split()
    return len(words) >= 3 and words[-2] in ("bin", "bint", "ibn", "ben")


# the words before a month that make it a date ("in May", "since June", "early April"), never a given name
_DATE_LEADS = frozenset({"in", "on", "since", "until", "till", "by", "last", "next", "early", "late", "mid", "of",
                         "from", "through", "during", "this", "before", "after", "between", "and", "to", "or",
                         "each", "every", "that", "throughout", "around", "about", "in-"})


def _month_given(toks, items, m: int) -> bool:
    """A month's name that opens a person's name ("Jan Kowalski", "April Haddad", "June Okafor"): a name of its own
    (an unknown capitalised word, not a date's number, weekday or month) follows, and no word that makes it a date
    ("in May", "since June") comes before it.

    >>> class I:  # (items as _items makes them: kind, i, j)
    ...     def __init__(self, kind, i, j): self.kind, self.i, self.j = kind, i, j
    >>> toks = [("Belarus", 0), ("freed", 1), ("April", 2), ("Haddad", 3), ("in", 4), ("May", 5), ("Peru", 6)]
    >>> items = [I("name", 0, 1), I("w", 1, 2), I("cap", 2, 3), I("cap", 3, 4), I("w", 4, 5), I("cap", 5, 6), I("cap", 6, 7)]
    >>> _month_given(toks, items, 2), _month_given(toks, items, 5)
    (True, False)
    """
    cur, nxt = items[m], items[m + 1]
    word = toks[cur.i][0]
    if cur.j != cur.i + 1 or word not in _MONTHS and word != "Jan" or nxt.kind != "cap" or nxt.j != nxt.i + 1:
        return False
    after = toks[nxt.i][0]
    if not after.isalpha() or after in _MONTHS or after in _WEEKDAYS or after.isupper():
        return False
    return cur.i == 0 or toks[cur.i - 1][0].lower() not in _DATE_LEADS and not toks[cur.i - 1][0][:1].isdigit()


def _month_surname(toks, i: int) -> bool:
    """A month's name that goes on a person's name rather than a date: "Theresa May", not "May 5".

    >>> _month_surname([("Theresa", 0), ("May", 1), ("said", 2)], 1), _month_surname([("May", 0), ("5", 1)], 0)
    (True, False)
    """
    return toks[i][0] in _MONTHS and not (i + 1 < len(toks) and toks[i + 1][0][:1].isdigit())


# Words a Title Case headline may leave in lowercase.
_HEADLINE_SMALL = frozenset({"with", "from", "into", "over", "after", "amid", "onto", "upon", "than", "that", "this",
                             "their", "about", "says", "said", "and", "the", "for", "nor", "but", "yet", "via", "per",
                             "its", "his", "her", "off", "out"})

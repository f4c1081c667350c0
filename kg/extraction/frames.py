"""Events by lemma and structure: triggers from ``events.toml`` read over a masked sentence's tokens.

A trigger is a verb lemma, with the lemma of the object noun it needs ("lift" + "sanction").
Its arguments are found by a small chunk grammar over the tokens, not by distance: the
subject is the list of names before the verb chain (auxiliaries, adverbs, time phrases,
"agreed to", a parenthetical between commas and a relative pronoun are looked through); the
object is the list of names after it; a passive verb swaps them and takes its agent from
"by"; prepositional phrases fill the roles the trigger gives each preposition. Lists are
names joined by commas, semicolons, "and", "as well as", "including", "among them", "such
as", with descriptions between ("A, a banker, and former minister B").

Scope, not vetoes: a negation, a modal, an irrealis verb before "to" ("refused to release",
"plans to lift"), a demand governing the subject ("urged the EU to impose", "demanded that
Israel ease"), a condition or a question in the trigger's own clause make it assert nothing;
"agreed to impose" and "after months of debate, lifted" assert.

>>> from kg.extraction.events import default_definitions
>>> from kg.extraction.patterns import internal
>>> reader = FrameReader(default_definitions())
>>> read = lambda text: reader.read(internal(text))  # the rule files' brackets, kg's
>>> [(m.rule.event, m.slots) for m in read("⟦C0⟧, after months of debate, lifted sanctions on ⟦C1⟧.")]
[('SanctionsRelief', (('agent', (0,)), ('target', (1,))))]
>>> read("⟦C0⟧ urged ⟦O1⟧ to impose sanctions on ⟦C2⟧."), read("⟦C0⟧ lifted a curfew in ⟦C1⟧.")
([], [])
>>> [(m.rule.event, m.slots) for m in read("⟦P0⟧ and ⟦P1⟧ were freed by ⟦C2⟧ on Friday.")]
[('PrisonerRelease', (('agent', (2,)), ('party', (0, 1))))]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from operator import attrgetter

from kg.extraction.events import Definitions, Trigger
from kg.extraction.lemmas import lemma
from kg.extraction.patterns import words_of
from kg.extraction.relations import CLOSE, OPEN, PERSON_ROLES, TIME_WORDS, RuleMatch
from kg.extraction.resources import Rule, load_resources

# titles and ranks with a full stop are words, not the end of a sentence ("Maj. Gen. Igor Golub" in a list)
_ABBREVIATIONS = r"(?:Maj|Gen|Lt|Col|Capt|Cpt|Sgt|Cmdr|Adm|Brig|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Rev|Hon|St|Jr|Sr)\."
# abbreviated months, read as words with their full stop ("on Oct. 14")
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
# an abbreviated month before its day is a word too ("Britain on Oct. 14 sanctioned ...")
_MONTH_ABBREVIATED = (r"(?:" + "|".join(sorted((m.capitalize() for m in MONTH_ABBREVIATIONS),
                                                key=lambda m: (-len(m), m))) + r")\.(?=\s\d)")
# a word or a mark (every character but white space starts one)
_WORD_OR_MARK = (_ABBREVIATIONS + r"(?=\s)|" + _MONTH_ABBREVIATED + r"|[A-Za-z]+(?=n['\u2019]t\b)|n['\u2019]t\b|['\u2019]s\b|['\u2019](?:ll|d)\b"
                 r"|[\w]+(?:[-.][\w]+)*|[^\w\s]")
# a token with the white space before it: ``findall`` gives (space, code, index, word or mark) without a match object
# per token, and the offsets are summed from the lengths
_SPACED_TOKEN = re.compile(r"(\s*)(?:" + OPEN + r"([A-Z])(\d+)" + CLOSE + r"|(" + _WORD_OR_MARK + r"))")


# lowercase particles of surnames ("de Klerk", "van Rompuy", "von der Leyen")
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "du", "del", "della", "di", "dos", "das", "la",
                            "le", "ter", "bin", "ben", "al", "el"})


# a span of time after a reduced relative of custody ("held in Iran for two weeks", "more than three years ago")
_SPAN_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
_SPAN_WORDS = _SPAN_UNITS | {"ago", "for", "more", "than", "nearly", "almost", "about", "over", "some", "a", "an"}
_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                      "dozens", "several", "dozen", "hundreds"})
# a counted group's short anaphor: "the four", "the two"
# a count as written in a short anaphor
COUNT_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
# plural nouns of people and firms: "individuals and entities from X" are not X ("imports from X" are X's)
_PEOPLE_AND_FIRMS = frozenset({"individuals", "entities", "people", "persons", "companies", "firms", "officials",
                               "nationals", "citizens", "organisations", "organizations", "businessmen", "businesses"})
# verbs of a list only put forward: "proposed a longer list that included A"
_PROPOSING = frozenset({"propose", "seek", "want", "draft", "submit", "suggest", "prepare", "circulate", "float",
                        "push", "request", "demand"})
_COUNTED = re.compile(r"the " + COUNT_WORDS)
_COUNT = re.compile(COUNT_WORDS)


# counts that open a time phrase after a name ("sanctions on X five years ago")
COUNTS = frozenset({"four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
                    "thirty", "forty", "fifty", "dozens", "decades", "ago"})


# verbs that keep a measure in force: "the embargo that Washington has kept on Hanoi"
MAINTAINING = frozenset({"kept", "maintained", "enforced"})


# participles of custody: "the sailors held in Iran", "the aid workers detained by the rebels"
CUSTODY = frozenset({"held", "detained", "jailed", "imprisoned", "captured", "seized", "kidnapped", "abducted",
                     "arrested", "interned", "taken"})


# "arrested when she arrived in X", "detained upon landing in X": a journey that ended in custody
_ON_ARRIVAL = frozenset({"when", "as", "after", "upon", "on"})  # ("shortly after", "soon after": read below)


# verbs of owning or running, in a reduced relative after a group ("two companies he controls, A and B")
_OWNING = frozenset({"controls", "controlled", "owns", "owned", "runs", "ran", "operates", "operated", "manages",
                     "managed", "leads", "led", "heads", "headed", "founded", "chairs", "chaired"})
# participles that a role's phrase opens with, before "to" ("froze accounts linked to X", "assets belonging to X")
_TO_PARTICIPLES = frozenset({"linked", "tied", "belonging", "connected"})
# the measures a list's subject may name, whose holder is the acting party ("Canada's sanctions target A")
_MEASURE_NOUNS = frozenset({"sanction", "sanctions", "measure", "measures", "penalty", "penalties", "designation",
                            "designations", "freeze", "ban", "package"})
# words that leave a name off a list ("Notably absent from the list was X")
_LEFT_OFF = frozenset({"absent", "missing", "omitted", "excluded", "spared", "exempted", "exempt"})
# what a state holds, frozen or freed ("froze Malian state assets", "unfroze Iranian funds")
_STATE_WEALTH = frozenset({"state", "government", "sovereign", "public"})
_WEALTH_LEMMAS = frozenset({"asset", "fund", "reserve", "holding", "account"})
# an office with no name that acts for its state ("New Zealand's foreign minister announced sanctions"), and the
# fields before it
_STATE_ROLES = frozenset({"minister", "ministry", "secretary", "department", "government", "cabinet", "treasury",
                          "president", "premier", "chancellor"})
_OFFICE_FIELDS = frozenset({"foreign", "finance", "treasury", "trade", "economy", "economic", "commerce", "prime",
                            "affairs", "external", "state"})
# words of time before a role: "a former commander of X, B"
_ROLE_TIMES = frozenset({"former", "then", "onetime", "one-time", "deputy", "acting", "current", "senior"})
# plurals of people with no "s": "sanctioned these people: A, B and C"
_PLURAL_PEOPLE = frozenset({"people", "persons", "men", "women", "personnel"})


# places of custody: a place named after one ("is now in prison in X", "was taken to a jail in X") is where the
# person is held, not where a released person went
_CUSTODY_PLACES = frozenset({"prison", "jail", "gaol", "custody", "detention", "cell", "captivity", "camp",
                             "penitentiary", "dungeon", "lockup"})


def _in_custody_at(toks: list[Tok], v: int, m) -> bool:
    """Whether the destination of the travel at ``v`` is named after a place of custody, with no name or clause
    between them: "is now in prison in Jordan", "was flown to a detention centre in X"."""
    dests = {i for name, idxs in m.slots if name == "dest" for i in idxs}
    for t in toks[v + 1:]:
        if t.code and t.idx in dests:
            return False
        if t.low in _CUSTODY_PLACES:
            return any(u.code and u.idx in dests for u in toks[toks.index(t) + 1:])
        if t.code or t.low in (",", ";", "and", "but", "where", "which", "who"):
            return False
    return False


def _arrested_on_arrival(toks: list[Tok], v: int) -> bool:
    """Whether the travel verb at ``v`` follows a custody participle and "when", "as", "upon" (a pronoun or a
    name may come between): the place the journey ended is where the person was caught."""
    k = v - 1
    if k >= 0 and toks[k].code:
        k -= 1  # "when she arrived": the pronoun
    if k < 0 or toks[k].low not in _ON_ARRIVAL:
        return False
    k -= 1 + (k >= 1 and toks[k - 1].low in ("shortly", "soon"))  # "arrested shortly after he landed"
    return k >= 0 and toks[k].low in CUSTODY


# participles that describe a group by whom it belongs or answers to ("firms owned by X, including A")
PARTICIPLE_LINKS = frozenset({"controlled", "owned", "run", "linked", "tied", "connected", "affiliated", "backed",
                              "based", "associated", "close", "belonging"})


def _age(t: "Tok") -> bool:
    """Whether a token is an age set off after a name ("Smith, 45,")."""
    return t.code is None and t.low.isdigit() and len(t.low) <= 3


# measure nouns whose relative clause ("the sanctions it imposed on X") tells a measure in force
_MEASURE_HEADS = frozenset({"sanction", "embargo", "measure", "ban", "freeze", "restriction", "penalty"})

class Tok:
    """A token of a masked sentence (a class with slots, not a named tuple: the grammar reads its fields millions of
    times, and Python reads a slot faster than a named tuple's field). Tokens compare by identity: each token of a
    sentence is made once, and ``toks.index(t)`` finds that one.

    >>> Tok("Chile", "chile", "chile", None, -1, 0, 5)
    Tok('Chile', code=None, idx=-1, start=0, end=5)
    """

    __slots__ = ("text", "low", "lem", "code", "idx", "start", "end")

    def __init__(self, text: str, low: str, lem: str, code: str | None, idx: int, start: int, end: int) -> None:
        self.text = text
        self.low = low
        self.lem = lem
        self.code = code  # placeholder code (C, K, L, P, O, G, N) or None for a word or a mark
        self.idx = idx  # mention index of a placeholder
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, code={self.code!r}, idx={self.idx}, start={self.start}, end={self.end})"


_LEM = attrgetter("lem")


def _lemma_of(low: str) -> str:
    """The lemma of a lowercase word or mark, as a token reads it."""
    return "not" if low == "n't" else lemma(low) if low[0].isalpha() else low


def lemma_table(forms: frozenset[str]) -> dict[str, str]:
    """Each of ``forms`` with its lemma, for :func:`tokenize` (the lemmas never change once read)."""
    return {f: _lemma_of(f) for f in forms}


def tokenize(masked: str, lemmas: Mapping[str, str] | None = None) -> list[Tok]:
    """Tokens of a masked sentence: placeholders, words (with lemmas) and marks. With ``lemmas`` (a word form ->
    its lemma, :func:`lemma_table`), only those words are lemmatised (the others keep their lowercase form as lemma).

    >>> from kg.extraction.patterns import internal, shown
    >>> [(shown(t.text), shown(t.lem), t.code) for t in tokenize(internal("⟦C0⟧ hasn't lifted"))]
    [('⟦C0⟧', '⟦c0⟧', 'C'), ('has', 'have', None), ("n't", 'not', None), ('lifted', 'lift', None)]
    >>> [(shown(t.lem), t.start, t.end) for t in tokenize(internal(" ⟦C0⟧  lifted"), lemma_table(frozenset({"lifted"})))]
    [('⟦c0⟧', 1, 5), ('lift', 7, 13)]
    """
    out = []
    append = out.append
    pos = 0
    for space, code, index, text in _SPACED_TOKEN.findall(masked):
        start = pos + len(space)
        if code:
            text = OPEN + code + index + CLOSE
            pos = start + len(text)
            low = text.lower()
            append(Tok(text, low, low, code, int(index), start, pos))
        else:
            pos = start + len(text)
            low = text.lower()
            if "\u2019" in low:
                low = low.replace("\u2019", "'")
            if low[-1] == "." and len(low) > 1:  # a title with a full stop ("Maj.") reads as the word
                low = low[:-1]
            if text == "May" and out and out[-1].low in _MONTH_LEADS:
                low = "may-month"  # "in May", "since May": the month, never the modal verb
            lem = _lemma_of(low) if lemmas is None else lemmas.get(low, low)
            append(Tok(text, low, lem, None, -1, start, pos))
    return out


def surface_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """Every word form whose lemma is one of ``lemmas`` (a cheap test that a sentence may hold a trigger).

    >>> sorted(surface_forms(frozenset({"free"})) & {"freed", "frees", "free", "freely"})
    ['free', 'freed', 'frees']
    """
    from kg.extraction.lemmas import forms_of

    return forms_of(lemmas)


BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "get", "got", "gets", "getting"})
# the classes whose trigger may follow a purpose "to" with the subject of the main clause ("flew in to meet Y")
MEETINGS = frozenset({"Meeting", "Talks"})
PURPOSE_MOTION = frozenset({"was", "were", "flew", "travelled", "traveled", "went", "came", "arrived", "stopped",
                            "returned", "headed", "drove", "waited", "stood", "gathered"})
# ... and for praise, the verbs of getting in touch: "X telephoned Y to thank him", "X wrote to Y to congratulate her"
PURPOSE_CONTACT = frozenset({"telephoned", "phoned", "rang", "wrote", "visited", "met", "received", "hosted"})
# plural nouns of the parties of several states ("the governments of A and B"): the states themselves
STATES_OF = frozenset({"governments", "peoples", "delegations", "authorities"})
# people named by whom they belong to ("the family of X", "the lawyers of X"): they act, not X
KIN_HEADS = frozenset({"family", "families", "relatives", "wife", "husband", "widow", "son", "sons", "daughter",
                       "daughters", "mother", "father", "parents", "brother", "sister", "children", "lawyer", "lawyers",
                       "friends", "supporters", "colleagues", "employer", "employers"})
# the event classes of a meeting or a call ("a telephone call between A and B", "talks with Y")
CONTACTS = MEETINGS | {"PhoneCall"}
# ... and of a negotiation: every class whose participants meet one another (who joins them joins the talks)
TALKS = CONTACTS | {"Negotiation"}
# nouns a "phone" or "telephone" before them modifies ("a telephone call"): no verb
PHONE_HEADS = frozenset({"call", "calls", "conversation", "conversations", "line", "lines", "link", "diplomacy", "talks",
                         "contact", "contacts", "exchange", "exchanges", "interview", "hotline", "number"})
AUX = frozenset({"has", "have", "had", "having", "did", "does", "do", "to"}) | BE
# "each other", "one another": what the subjects did to one another
RECIPROCALS = frozenset({("each", "other"), ("one", "another")})
# what one receives or gets from someone without meeting them: "received a letter from X" is no meeting of X
SENT_THINGS = frozenset({"letter", "letters", "message", "messages", "note", "memo", "email", "e-mail", "text", "cable",
                         "telegram", "invitation", "reply", "response", "report", "request", "proposal", "offer",
                         "award", "prize", "medal", "gift", "package", "parcel", "document", "documents", "petition"})
# "by road", "by air": the way of going between a verb of travel and where to
TRAVEL_MODES = frozenset({"road", "air", "car", "bus", "plane", "helicopter", "train", "rail", "sea", "boat", "ship", "land"})
# the people a "delegation ..., led by X," stands for: X, who led them, acts
DELEGATIONS = frozenset({"delegation", "delegations", "team", "mission", "ministers", "officials", "envoys", "diplomats",
                         "negotiators", "lawmakers", "senators", "congressmen", "legislators"})
ADVERBS = frozenset({"also", "already", "formally", "finally", "officially", "now", "then", "later", "jointly",
                     "reportedly", "just", "since", "recently", "again", "partially", "partly", "fully", "quietly",
                     "swiftly", "effectively", "previously", "once", "subsequently", "immediately", "unilaterally",
                     "separately", "initially", "eventually", "ultimately", "duly", "promptly", "further", "still",
                     "today", "yesterday", "tonight", "earlier", "first", "both", "each", "all", "together",
                     "nearly", "almost", "largely", "mostly", "personally", "briefly", "warmly", "publicly",
                     "himself", "herself", "itself", "themselves", "unanimously"})
TIME_HEADS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
                        "month", "year", "weekend", "day", "morning", "afternoon", "evening", "night", "january",
                        "february", "march", "april", "may", "june", "july", "august", "september", "october",
                        "november", "december", "time", "hours", "days", "weeks", "months", "years", "decade",
                        "may-month"}) | MONTH_ABBREVIATIONS
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth"})
# the words before "May" that make it the month ("in May", "since May"), not the modal verb
_MONTH_LEADS = frozenset({"in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next", "this",
                          "from", "through", "during", "before", "after"})
TIME_LEADS = frozenset({"on", "in", "last", "this", "late", "early", "earlier", "next", "over", "during", "after",
                        "within", "at", "for", "the", "a", "two", "three", "several", "few", "past", "previous",
                        "same", "that", "following"})
_OPENERS = frozenset({"the", "at"}) | TIME_LEADS | TIME_HEADS  # words before a sentence's opening name
DETS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "all", "some", "most", "of", "remaining",
                  "new", "further", "additional", "fresh", "existing", "many", "several", "certain", "these",
                  "those", "nearly", "almost", "more", "tough", "tougher", "sweeping", "broad", "wide", "key",
                  "several", "two", "three", "four", "five", "first", "latest", "economic", "financial", "other",
                  "remaining", "unilateral", "targeted", "punitive", "sectoral", "trade", "oil", "travel", "visa",
                  "arms", "u.s.", "us", "eu", "un", "western", "international", "crippling", "harsh", "heavy",
                  "stringent", "strict", "limited", "partial", "full", "long-standing", "decades-old", "bank",
                  "banking", "energy", "individual", "personal", "related", "any", "both", "such", "wide-ranging",
                  "fourth", "fifth", "sixth", "second", "third", "round", "package", "set", "series", "wave",
                  "raft", "slew", "host", "number", "range", "batch", "list", "string"})
LIST_JOINS = (("as", "well", "as"), ("along", "with"), ("together", "with"), ("among", "them"), ("such", "as"),
              ("including",), ("and",), (",",), (";",), ("&",), ("plus",))
_LIST_JOIN_OF = {join[0]: join for join in LIST_JOINS}  # each join by its first word (no two share one)
assert len(_LIST_JOIN_OF) == len(LIST_JOINS)
STOP_MARKS = frozenset({".", ";", ":", "?", "!", "(", ")", "\u2014", "\u2013", '"', "\u201c", "\u201d"})
# adverbs between "and" and a coordinated verb ("... and also thanked Y")
_AND_ADVERBS = frozenset({"also", "then", "later", "warmly", "publicly", "personally", "specifically", "again"})
# nouns of events and things that are no party: a reported clause they open has no one to act ("the talks had gone
# well and thanked Y": the speaker thanked)
_EVENT_SUBJECTS = frozenset({"talk", "talks", "meeting", "visit", "summit", "discussion", "negotiation", "trip", "release",
                             "deal", "agreement", "decision", "ceasefire", "exchange", "process", "conversation", "call",
                             "relationship", "relation", "tie", "situation", "move"})
# participles spelt as their verb ("were put under sanctions", "was hit with sanctions", "were cut off", "was set free",
# "were let go"): after a form of "be" they make the chain passive
_BARE_PARTICIPLES = frozenset({"put", "hit", "cut", "shut", "set", "let"})
# words that open the object of a verb ("expelled its ambassador"), after which a past-tense word is a verb
_CLAUSE_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
# sentence adverbs set off by commas inside a verb chain ("did not, however, lift")
_ASIDE_ADVERBS = frozenset({"however", "though", "meanwhile", "moreover", "nevertheless", "nonetheless", "therefore",
                            "instead", "also", "too", "still", "thus", "furthermore", "separately", "eventually",
                            "finally", "subsequently", "later"})
# words that open an aside describing a list of targets (", among them ministers and judges,", ", among others,")
_ASIDE_OPENERS = frozenset({"among", "including", "such", "notably", "mostly", "mainly", "chiefly"})
REPORT = frozenset({"say", "announce", "confirm", "state", "report", "declare", "add", "tell", "note", "explain",
                    "disclose", "reveal", "write", "tweet", "acknowledge"})
# verbs that report a clause without doing what it tells ("said a decision that targeted A was unfair")
_SAYING = frozenset({"say", "tell", "argue", "claim", "insist", "believe", "think", "note", "add", "warn", "complain"})
PROGRAMMES = frozenset({"programme", "program", "regime", "regimes", "programmes", "programs"})
COMPOUND_HEADS = frozenset({"regime", "regimes", "package", "packages", "list", "lists", "programme", "program",
                            "law", "laws", "bill", "act", "committee", "policy", "policies", "designation",
                            "designations", "violation", "violations", "evasion", "expert", "experts", "official",
                            "officials", "team", "framework", "authority", "authorities", "monitor", "monitors",
                            "panel", "tool", "tools", "relief", "waiver", "waivers", "exemption", "exemptions",
                            "threat", "threats", "enforcement", "compliance", "lawyer", "lawyers", "envoy", "chief",
                            "coordinator", "office", "unit", "bureau", "division", "rules", "legislation"})
VERBISH = frozenset({"said", "says", "say", "was", "were", "is", "are", "has", "have", "had", "will", "would",
                     "who", "which", "that", "while", "but", "after", "before", "when", "as", "of", "at", "for",
                     "by", "from", "in", "on", "to", "with", "saying", "accusing", "calling", "adding", "citing"})
# words that open a committee's remit: "the committee dealing with X", "the panel overseeing sanctions on X"
REMIT = frozenset({"dealing", "overseeing", "monitoring", "enforcing", "responsible", "tasked", "in", "for", "on"})
SPEAKER_NOUNS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "envoy", "minister",
                           "ministry", "leader", "negotiator", "delegation", "deputy", "representative", "lawmaker",
                           "legislator", "senator", "officer", "president", "premier", "authority", "member",
                           "committee", "panel"})
COPULAS = frozenset({"become", "became", "becomes", "becoming", "be", "remain", "remained"})
# pronouns of a part of a group: "including some from X", "those from X"
_SOME = frozenset({"some", "those", "many", "several", "others", "most", "all", "few", "one", "each"})
# where names are given in a measure ("were also named in a separate announcement"), for lists told again
_MEASURE_DOCUMENTS = frozenset({"announcement", "statement", "decree", "order", "list", "blacklist", "decision",
                                "notice", "resolution", "package", "round"})
# the kinds of lists that hold no designees: "the guest list", "the waiting list", "the candidate list"
_OTHER_LISTS = frozenset({"guest", "waiting", "shopping", "reading", "wish", "candidate", "electoral", "party", "short",
                          "priority", "invitation", "speakers", "speaker", "mailing", "passenger", "voter", "voters",
                          "casualty", "price", "rich", "bestseller", "best-seller", "to-do", "transfer", "team",
                          "candidates", "donor", "donors", "playlist", "heritage"})
# words before "call" that make it a noun: "During a telephone call, X thanked Y" (a call, no appeal)
_CALL_MODIFIERS = frozenset({"phone", "telephone", "video", "conference", "recent", "brief", "lengthy", "long", "short"})
# verbs that stop a contact: "had suspended talks with X" is no talks held (not "had detailed talks")
_BROKEN_OFF = frozenset({"suspended", "halted", "broken", "frozen", "abandoned", "boycotted", "shunned", "avoided",
                         "rejected", "refused", "stopped", "ended", "cancelled", "canceled", "postponed", "delayed",
                         "scrapped", "declined", "shelved"})
# the nouns that describe a company or a body in an apposition ("A, the St. Petersburg company that ...")
_BODY_DESCRIPTIONS = frozenset({"company", "firm", "group", "agency", "bank", "business", "organisation",
                                "organization", "entity", "outfit", "conglomerate", "lender", "exporter", "supplier"})
# the lists and schedules a sanctioning party keeps ("the names of the entities added to the schedule are")
_SANCTIONS_LISTS = frozenset({"list", "blacklist", "schedule", "annex", "register", "sanctions"})
# a contact told as called off or put off: "Biden's call with Xi was postponed"
_CALLED_OFF = frozenset({"postponed", "cancelled", "canceled", "delayed", "scrapped", "rescheduled", "off", "shelved"})
# the people a possessor harmed, holds or faces: "Russia's victims", "Iran's hostages", "Moscow's critics"
_HARMED = frozenset({"victims", "victim", "casualties", "dead", "hostages", "hostage", "captives", "prisoners",
                     "detainees", "critics", "opponents", "enemies", "foes", "targets"})
# prepositions that end the noun phrase after a verb: a trigger's object noun past them belongs to another noun
_NOUN_PREPS = frozenset({"on", "about", "over", "against", "to", "with", "regarding", "concerning"})
PREPOSITIONS = frozenset({"on", "against", "to", "for", "from", "with", "by", "of", "in", "at", "over", "into",
                          "between", "targeting", "under", "after", "amid", "during", "near", "out", "across",
                          "through", "via", "toward", "towards", "onto", "inside", "outside", "within", "without",
                          "aboard"})
# "south of the Gaza Strip": a place, whatever its name
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "outside"})
# what someone issues with words in it: "issued a statement thanking Y"
# words that make the name after them a topic, not a described person ("a video about X", "details regarding X")
_TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})
_STATEMENT_NOUNS = frozenset({"statement", "message", "letter", "tweet", "post", "video", "note", "communique"})  # lemmas
_ISSUING = frozenset({"issued", "issues", "released", "releases", "published", "publishes", "posted", "posts", "sent",
                      "sends", "wrote", "writes", "signed", "signs", "put", "puts", "delivered", "tweeted"})
# a past reporting verb after the clause it reports ("..., the government announced")
_REPORTED = frozenset({"announced", "said", "confirmed", "decided"})
# who reports a party's decision for it: "..., the government said" (not "analysts said")
_OFFICIAL_SPEAKERS = frozenset({"government", "ministry", "spokesman", "spokeswoman", "spokesperson", "statement",
                                "office", "cabinet", "department"})
# verbs of compelling: "to force X to free Y" is a purpose
_COMPELLING = frozenset({"force", "compel", "make", "coerce", "induce", "get", "pressure", "push", "oblige"})
# nouns that end like an adverb ("the Assad family members")
_LY_NOUNS = frozenset({"family", "assembly", "supply", "ally", "rally", "monopoly", "anomaly", "reply"})
# prepositions of a time phrase that may stand between a verb and its role's phrase ("met ... before the vote with X")
_TIME_PREPOSITIONS = frozenset({"before", "after", "during", "following", "ahead"})
_HELD_THINGS = frozenset({"assets", "holdings", "property", "properties", "funds", "accounts"})
# verbs of holding after a noun of property ("any assets A holds"): a contact relative clause naming its owner
HOLDING = frozenset({"hold", "holds", "held", "own", "owns", "owned", "keep", "keeps", "kept"})
# measure nouns that open a sentence before a participle phrase naming who announced them
MEASURE_NOUNS = frozenset({"measure", "sanction", "penalty", "restriction", "ban", "freeze", "package", "designation"})
# participles of announcing or imposing a measure ("The measures, announced by A and B, freeze ...")
ANNOUNCING = frozenset({"announced", "imposed", "adopted", "agreed", "unveiled", "approved", "issued", "introduced",
                        "decided"})
# prepositions that may open a sentence before its subject ("Alongside X, the oligarchs included ...")
OPENING_PREPOSITIONS = frozenset({"alongside", "besides", "beside", "like", "apart", "along", "together", "as"})
HEDGES = frozenset({"reportedly", "allegedly", "apparently", "purportedly", "reported"})
RELATIVE = frozenset({"who", "which", "that"})
_RELATIVE_OPENERS = frozenset({"who", "whom", "whose", "which", "where", "when"})
# nouns of a measure whose content an -ing verb after it spells out ("sanctions banning imports from X")
MEASURE_HEADS = frozenset({"sanction", "measure", "resolution", "law", "decree", "order", "regulation", "package"})
# verbs of a response whose means follows "by": "Russia retaliated by banning X"
REACTING = frozenset({"retaliated", "responded", "reacted", "replied", "back", "retaliates", "responds"})
# bodies that act for a government the article names ("the administration", "the department")
# (and "the ministers", "the leaders" who act for the party the article tells: "Meeting in Luxembourg, the ministers lifted")
BODY_NOUNS = frozenset({"administration", "government", "department", "ministry", "cabinet", "agency", "office", "minister",
                        "leader"})
RELEASE_EVENTS = frozenset({"PrisonerRelease"})
# words before a measure noun that make it a new measure the clause's verb tells, not one its holder has in force
HOLDER_NEW = frozenset({"new", "fresh", "further", "additional", "more", "tougher", "harsher", "stronger", "wider",
                        "broader", "extra", "threatened", "mandatory"})
HOLDER_CODES = ("C", "K", "O", "L")  # a state, a government, a body, a capital ("Washington's sanctions")
# the verb chain between a party and "under" or "subject to" a measure: "X remains subject to", "Y has been under"
UNDER_COPULAS = frozenset({"remain", "remains", "remained", "is", "are", "was", "were", "been", "has", "have", "had",
                           "stay", "stays", "stayed", "now", "still", "also", "already", "currently", "all", "both"})
# words a holder's phrase does not reach back across ("the U.S. sanctions", "its sanctions", "sanctions and X")
HOLDER_STOPS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "of", "these", "those", "this",
                          "that", "which", "and", "or", "'s", "some", "all", "any", "both", "such", "most"})
# words before an event noun that make it a plan, not a told event ("a planned summit between A and B")
PLANNED = frozenset({"planned", "proposed", "possible", "potential", "upcoming", "future", "expected", "next",
                     "prospective", "mooted", "scheduled", "first-ever", "hoped-for"})
# relatives, who greet a freed person without meeting them as a party would ("greeted by relatives")
KIN = frozenset({"family", "families", "relatives", "parents", "mother", "father", "wife", "husband", "sister", "sisters",
                 "brother", "brothers", "son", "sons", "daughter", "daughters", "children", "loved"})
# the determiners of a meeting the clause's subjects took part in ("at a summit", "during their talks")
_MEETING_DETS = frozenset({"a", "an", "the", "their"})
# what a party did that praise names instead of the party ("the efforts of Peru", "Chile's key role")
_DEEDS = frozenset({"effort", "efforts", "role", "help", "support", "work", "contribution", "contributions",
                    "assistance", "mediation", "facilitation", "leadership", "cooperation", "co-operation",
                    "commitment", "engagement", "generosity", "hospitality", "solidarity", "courage", "initiative",
                    "good offices", "steps", "backing"})
_DEED_WORDS = frozenset({"key", "important", "vital", "crucial", "valuable", "constructive", "tireless", "own",
                         "active", "continued", "generous", "positive", "decisive", "central", "great", "diplomatic"})
# a pronoun for everyone a thanks reaches, whom a list after "including" names ("thanked all those who helped,
# including X", "thanked everyone who had worked for it, among them X")
_EVERYONE = frozenset({"everyone", "everybody", "anyone", "all"})
# gestures of a homecoming with family, no meeting of parties
_HOMECOMING = frozenset({"embrace", "hug", "kiss"})
# what one calls a person to do on the telephone ("called X to discuss the crisis"; "called X to resign" is a demand)
_CALL_PURPOSES = frozenset({"discuss", "congratulate", "thank", "offer", "express", "convey", "wish", "brief",
                            "talk", "review", "coordinate", "update", "inform", "invite", "extend", "condole",
                            "reassure", "apologise", "apologize", "welcome", "share", "consult"})
# a gathering named inside a phrase of place around a contact ("held talks on the sidelines of the summit with Y")
_GATHERINGS = frozenset({"summit", "meeting", "conference", "assembly", "forum", "gathering"})
# words that open an object kg cannot name after a verb of meeting ("A and B met reporters", "embraced their
# families"): the subjects met those people, not each other
MET_OBJECT_OPENINGS = frozenset({"their", "his", "her", "its", "our", "some", "several", "two",
                                 "three", "four", "many", "dozens", "hundreds", "thousands", "reporters", "journalists",
                                 "officials", "supporters", "relatives", "families", "diplomats", "students", "troops",
                                 "members", "leaders", "ministers", "lawmakers", "crowds", "well-wishers"})
# the means of a conversation after "by", "via", "over" ("spoke by telephone with X")
MEDIA = frozenset({"phone", "telephone", "video", "videolink", "call", "calls", "conversation", "conversations"})
# words between a possessor and an event noun that tell a meeting that took place ("Kim's second summit with X")
TOLD_EVENT_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "latest", "recent", "previous",
                              "earlier", "historic", "landmark", "informal", "bilateral", "private", "surprise",
                              "two-day", "three-day", "one-day"})
# a country's organs after its name or its capital's ("a Kyiv court", "Tehran authorities")
INSTITUTIONS = frozenset({"court", "courts", "authorities", "government", "officials", "prosecutors", "judge",
                          "tribunal", "police", "judiciary"})
# prepositions that also open a clause: "hours after the United States and the EU lifted sanctions"
SUBORDINATORS = frozenset({"after", "before", "since", "until"})
# verbs of a measure's damage: "sanctions that had crippled Iran's economy" fall on Iran
DAMAGING = frozenset({"crippled", "hit", "hurt", "battered", "choked", "squeezed", "strangled", "isolated",
                      "hobbled", "devastated", "ravaged", "punished", "weakened", "cripple", "hits", "hurts"})
# documents that impose or lift a measure on behalf of whoever signs or passes them
INSTRUMENTS = frozenset({"decree", "law", "order", "bill", "act", "resolution", "legislation", "directive"})
# words between a list noun and the names it lists ("removed from its blacklist names including A")
LISTED_NOUNS = frozenset({"names", "entities", "individuals", "people", "companies", "including"})
# a person's role after the organisation they work for ("Al Jazeera journalist X", "Indian Air Force pilot X")
ROLE_NOUNS = frozenset({"journalist", "reporter", "correspondent", "photographer", "producer", "editor", "pilot",
                        "soldier", "officer", "sergeant", "commander", "worker", "employee", "contractor", "engineer",
                        "executive", "chief", "head", "founder", "director", "researcher", "academic", "analyst",
                        "activist", "staffer", "staff", "member", "volunteer", "consultant", "veteran", "lawyer",
                        "wing", "colonel", "captain", "lieutenant", "major", "marine", "sailor", "fighter",
                        "leader", "spokesman", "spokeswoman", "official", "adviser", "advisor", "ambassador", "envoy"})
# plural nouns of people between a country and their names ("sanctions against U.S. senators A and B")
PEOPLE_NOUNS = ROLE_NOUNS | {"senator", "lawmaker", "legislator", "minister", "general", "judge", "diplomat",
                             "businessman", "oligarch", "congressman", "politician", "citizen", "national"}
# the first word of a description before a list member ("A, its parent B, and C")
DESC_OPENERS = frozenset({"its", "his", "her", "their", "the"})


# the head nouns of a role set off by a comma before a person's name ("the defence minister, X")
ROLE_HEADS = frozenset({"commander", "minister", "chief", "head", "director", "secretary", "leader", "chairman",
                        "chairwoman", "governor", "editor", "editor-in-chief", "spokesman", "spokeswoman", "adviser",
                        "advisor", "officer", "ambassador", "envoy", "deputy", "president", "prosecutor", "founder",
                        "owner", "staff", "general", "admiral", "mayor", "speaker", "judge", "executive"})
# nouns of a deed a measure punishes, whose object is no target ("sanctions on X for the invasion of Y")
REASON_NOUNS = frozenset({"invasion", "annexation", "occupation", "support", "backing", "role", "involvement",
                          "attack", "attacks", "aggression", "war", "abuses", "crackdown", "treatment", "persecution",
                          "repression", "interference", "meddling", "incursion", "bombing", "shelling", "blockade",
                          "harassment", "mistreatment", "detention", "arrest", "killing", "killings", "murder"})
# verbs of widening a measure, whose means "by" gives ("expanded its blacklist by adding A")
WIDENING = frozenset({"widened", "widens", "expanded", "expands", "extended", "extends", "broadened", "broadens",
                      "tightened", "tightens", "toughened", "toughens", "stepped", "steps", "escalated", "escalates",
                      "increased", "increases", "strengthened", "strengthens"})
# the measures besides MEASURE_HEADS and the lists that a widening verb widens ("expanded its blacklist")
_WIDENED_MEASURES = frozenset({"blacklist", "embargo", "restriction", "ban", "penalty", "freeze", "designation",
                               "list"})
# words of holding back before "to join (follow) A in imposing ...": A imposed, the subject did not
_HOLDING_BACK = frozenset({"reluctant", "refuse", "refused", "declined", "decline", "unwilling", "hesitant", "loath",
                           "loth", "fail", "failed"})
# the words before "thanks to" that make "thanks" a noun of gratitude ("expressed his deep thanks to X"), not the
# preposition ("recorded a big win thanks to X"); and verbs whose bare "thanks to" is the preposition ("registered
# thanks to X's system")
_THANKS_BEFORE = frozenset({"his", "her", "their", "its", "our", "my", "the", "warm", "warmest", "special", "sincere",
                            "sincerest", "deep", "deepest", "heartfelt", "profound", "renewed", "public", "personal",
                            "grateful", "particular", "many", "great", "fulsome", "effusive", "official"})
_THANKS_PREP_VERBS = frozenset({"record", "register", "show"})
# nouns a praise word qualifies as a thing's kind ("tribute payments", "a tribute album")
_PRAISE_COMPOUNDS = frozenset({"payment", "payments", "album", "albums", "concert", "concerts", "song", "songs", "band",
                               "bands", "act", "acts", "video", "videos", "money", "tax", "taxes", "state", "states",
                               "system", "fund", "funds", "show", "shows", "page", "pages", "card", "cards"})
# what one is released from that held no prisoner ("released from hospital")
_NO_CUSTODY = frozenset({"hospital", "clinic", "quarantine", "isolation", "intensive", "care", "rehab", "rehabilitation"})
# an auxiliary that opens a verb coordinated after a comma or "and" ("was freed and has flown to X")
_JOINED_AUX = frozenset({"was", "were", "has", "have", "had"})
# "by order of X", "on the orders of X": the one who ordered an act did it
_ORDERS = frozenset({"order", "orders", "decree", "command", "instructions"})
# a kin or a role said once more in a list ("B's father, C, and brother, D")
_KIN_OR_ROLE = KIN_HEADS | ROLE_HEADS
# words that end a noun phrase and open a clause ("on Iran's economy since Trump withdrew": not Trump)
CLAUSE_LINKS = frozenset({"since", "after", "before", "when", "while", "until", "as", "because", "but", "or", "if",
                          "though", "although", "where"})
# the nouns of a country's government after its possessive: "Myanmar's new nominally civilian government" is Myanmar
GOVERNMENT_HEADS = frozenset({"government", "administration", "authorities", "regime", "leadership", "cabinet", "rulers"})
# what a country's economy is made of: a measure on "Iran's economy" or "Russia's oil exports" falls on the country
ECONOMY_HEADS = frozenset({"economy", "economies", "sector", "sectors", "industry", "industries", "exports", "imports",
                           "banks", "oil", "energy", "trade", "shipping", "finances", "currency", "system", "goods",
                           "products", "gas", "crude", "barley", "wine", "coal", "steel", "aluminium", "aluminum", "beef",
                           "timber", "seafood", "airlines", "diamonds", "iron", "gold", "uranium", "textiles", "arms",
                           "programme", "program", "programmes", "programs", "participation", "membership"})
# nouns of a journey, whose "by" names who travelled ("the visit by X"), never whom the journey's welcomer praised
_JOURNEYS = frozenset({"visit", "visits", "arrival", "trip", "trips", "return", "tour", "stopover"})


def _own_past_verb(t: Tok) -> bool:
    """Whether ``t`` is a past verb of a subject's own ("X downgraded ties and ..."): no name, no report, copula or
    auxiliary."""
    return t.code is None and t.low.endswith("ed") and t.low != lemma(t.low) and t.lem not in REPORT \
        and t.lem not in BE | AUX


def _modifier(toks: list[Tok], x: int) -> bool:
    """Whether an -ing word modifies the noun after it inside a description ("the holding company")."""
    return toks[x].low.endswith("ing") and x >= 1 and x + 1 < len(toks) and toks[x - 1].code is None \
        and toks[x - 1].low.replace("-", "").isalpha() and toks[x - 1].low not in VERBISH \
        and toks[x - 1].low not in ("and", "or", "be", "been", "being") and toks[x - 1].lem not in AUX \
        and toks[x + 1].code is None and toks[x + 1].low.isalpha() and toks[x + 1].low not in VERBISH


_DIRECTION_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                              "southeastern", "southwestern", "north", "south", "east", "west"})


def _appositive_back(toks: list[Tok], e: int) -> int | None:
    """The comma opening a description that names places or bodies and ends at ``e`` ("A, the United Nations
    secretary-general's special envoy to Niger,"), with a person's name just before it; else None."""
    c = e
    while c >= 2 and e - c <= 20 and toks[c].low != "," and toks[c].low not in STOP_MARKS and toks[c].low != "and" \
            and toks[c].code not in ("P", "N", "G"):
        c -= 1
    if c >= 1 and c < e and toks[c].low == "," and toks[c - 1].code in ("P", "N") \
            and (toks[c + 1].code in ("O", "C", "K") or toks[c + 1].low in ("a", "an", "the", "his", "her", "their")):
        return c
    return None


def _appositive_start(toks: list[Tok], e: int, aged: bool = False) -> int | None:
    """The comma opening a description set off after a name and ending at ``e`` ("A, a tourist arrested in 2021,"),
    whose name is just before it; else None. ``aged``: the name may stand before an age set off by commas ("A, 45, a
    teacher,"): the comma before the age."""
    c = e
    while c >= 2 and e - c <= 25 and toks[c].low != "," and toks[c].low not in STOP_MARKS and toks[c].low != "and":
        c -= 1
    if aged and c >= 3 and c < e and toks[c].low == "," and _age(toks[c - 1]) and toks[c - 2].low == "," \
            and toks[c - 3].code in ("P", "N") and toks[c + 1].code is None \
            and toks[c + 1].low in ("a", "an", "the", "one", "his", "her", "their"):
        return c - 2
    if c >= 1 and c < e and toks[c].low == "," and toks[c - 1].code in ("P", "N") \
            and (toks[c + 1].code is None and toks[c + 1].low in ("a", "an", "the", "one", "his", "her", "their")
                 or toks[c + 1].code == "G"):  # "A, one of six managers held since 2017, and B"
        return c
    return None


def _described_member_back(toks: list[Tok], k: int) -> int | None:
    """The index of the "and" before a description that names the list member after ``k`` ("A and the armed forces
    minister, B", "A and its leader, B", "A and the loose network of settlers known as B"), when a name stands
    before that "and"; else None."""
    if k < 3:
        return None
    if toks[k].low == ",":
        end = k - 1
        if toks[end].code is not None or toks[end].low not in ROLE_HEADS:
            return None  # a role before the name: "the finance minister, B"
    elif toks[k].low == "as" and toks[k - 1].low == "known" or toks[k].low in ("called", "dubbed"):
        end = k - 2 if toks[k].low == "as" else k - 1
    else:
        return None
    c = end
    while c >= 2 and end - c < 10 and toks[c].code is None and toks[c].low.isalpha() \
            and (toks[c].low not in VERBISH or toks[c].low == "of") \
            and toks[c].low not in ("and", "or", "who", "which", "that", "but"):
        if toks[c].low in ("the", "a", "an", "its", "his", "her", "their"):
            return c - 1 if toks[c - 1].low == "and" and toks[c - 2].code is not None else None
        c -= 1
    return None


def _joined(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` follows a comma, "and" or "but", adverbs aside ("..., and also held talks", "lifted
    A but kept B")."""
    b = k - 1
    while b >= 0 and k - b <= 3 and toks[b].code is None and toks[b].low in ADVERBS:
        b -= 1
    return b >= 0 and toks[b].low in (",", "and", "but")


def _joined_aux(toks: list[Tok], k: int) -> bool:
    """Whether the verb at ``k`` opens with an auxiliary that follows a comma, "and" or "but" ("was freed and was
    flown to X", "and has flown to X", "and has since been flown to X")."""
    b = k - 1
    if b >= 1 and toks[b].low == "been":
        b -= 1
    while b >= 1 and k - b <= 3 and toks[b].code is None and (toks[b].low in ADVERBS or toks[b].low == "since"):
        b -= 1
    return b >= 1 and toks[b].code is None and toks[b].low in _JOINED_AUX and _joined(toks, b)


def _role_slots(cls) -> tuple[dict[str, list[int]], Callable[..., None]]:
    """The role slots of one match, and the function that fills them: each token once per role, and only a
    token of a kind the role (or ``kinds``) takes."""
    slots: dict[str, list[int]] = {}

    def add(role: str | None, members: list[Tok], kinds: str | None = None) -> None:
        for m in members if role else ():
            if m.code in (kinds or cls.roles.get(role, "")) and m.idx not in slots.setdefault(role, []):
                slots[role].append(m.idx)

    return slots, add


class FrameReader:
    """Reads event frames from masked sentences with the triggers of a :class:`Definitions`."""

    def __init__(self, defs: Definitions, number_words: Mapping[str, int] | None = None) -> None:
        self.defs = defs
        # the value of each number word ("two": 2), the lexicon's unless given (the mention finder's)
        self._number_words = number_words if number_words is not None else load_resources().lexicon["number_words"]
        self.by_lemma: dict[str, list[Trigger]] = {}
        # a trigger's first lemma -> the trigger (once), with the lemmas one of which must come next (None: any)
        self._tries: dict[str, list[tuple[Trigger, frozenset[str] | None]]] = {}
        for trig in defs.triggers:
            for first in dict.fromkeys(lem[0] for lem in trig.lemmas):
                seqs = [lem for lem in trig.lemmas if lem[0] == first]
                after = None if any(len(lem) == 1 for lem in seqs) else frozenset(lem[1] for lem in seqs)
                self.by_lemma.setdefault(first, []).append(trig)
                self._tries.setdefault(first, []).append((trig, after))
        # a trigger lemma -> the last words of its triggers' object nouns ("talks" of "hold talks")
        self._object_lasts = {lem: frozenset(obj[-1] for trig in trigs for obj in trig.objects)
                              for lem, trigs in self.by_lemma.items()}
        self.rules = {t.id: Rule(id=f"frame-{t.id}", event=t.event, pattern="", confidence=t.confidence,
                                 infer=() if t.released_only else defs.classes[t.event].infer, pairs="cross",
                                 released_only=t.released_only) for t in defs.triggers}
        # a subject the sentence names but kg cannot read (a pronoun, an unknown word): nothing to infer
        self.rules_closed = {t.id: Rule(id=f"frame-{t.id}", event=t.event, pattern="", confidence=t.confidence,
                                        pairs="cross", released_only=t.released_only) for t in defs.triggers}
        sc = defs.scope
        self.negation = sc.get("negation", frozenset())
        self.modal = sc.get("modal", frozenset())
        self.irrealis = sc.get("irrealis", frozenset())
        self.realis = sc.get("realis", frozenset())
        self.promise = sc.get("promise", frozenset())
        self.directive = sc.get("directive", frozenset())
        self.condition = sc.get("condition", frozenset())
        self._pronouns: frozenset[int] = frozenset()
        self._anaphors: dict[int, str] = {}
        self._semicolons = False
        self._shared: dict[int, tuple[list[Tok], bool]] = {}  # verb index -> the subject of an earlier verb
        self._shared_party: dict[int, tuple[list[Tok], bool]] = {}  # verb index -> who an earlier passive freed
        # "lifted the sanctions (that) it had imposed on X": the verbs of a relative clause after a measure noun
        self._imposing = frozenset(lem[0] for t in defs.triggers if t.event == "SanctionsImposition"
                                   for lem in t.lemmas if len(lem) == 1)
        self._relative: dict[int, tuple[list[Tok], bool]] = {}  # verb of such a clause -> the measure's holder
        self._heads: frozenset[str] | None = None  # the sentence's plain lemmas and "G", read on first use
        # each trigger's prepositions (-> roles), and the last words of its object nouns with the bans and freezes,
        # for :meth:`_preps`
        self._prep_roles = {t.id: dict(t.preps) for t in defs.triggers}
        # each trigger's roles other than its subject's that an object fills, for :meth:`_reciprocal`
        self._object_roles = {t.id: ({r for _, r in t.preps if r} | {t.object, t.possessor}) - {None, t.subject}
                              for t in defs.triggers}
        self._measure_heads = {t.id: frozenset({o[-1] for o in t.objects} | {"ban", "freeze", "bans", "freezes"})
                               for t in defs.triggers}
        # verbs of a sanction a spokesman may announce with "would" ("said Beijing would sanction A")
        self._announced = frozenset({"sanction", "blacklist", "designate", "impose", "place", "slap", "levy"})
        # a cheap test that a sentence may hold a trigger: the forms of the trigger lemmas; a trigger that counts
        # only after certain subject words ("Those designated are") also needs one of those words
        plain = frozenset(lem[0] for t in defs.triggers if not t.subject_nouns for lem in t.lemmas)
        listing = frozenset(lem[0] for t in defs.triggers if t.subject_nouns for lem in t.lemmas)
        self._surface = surface_forms(plain)
        self._listing = surface_forms(listing - plain)
        self._nouns = surface_forms(frozenset(n for t in defs.triggers for n in t.subject_nouns))
        # the words whose lemma the grammar ever compares: triggers, object nouns, scope cues, speakers
        used = set(self.by_lemma) | {w for t in defs.triggers for obj in t.objects for w in obj}
        used |= {n for t in defs.triggers for n in t.subject_nouns} | SPEAKER_NOUNS | REPORT | {"not", "be"}
        for words in sc.values():
            used |= {w.split()[0] for w in words}
        used |= {"sanction", "measure", "package", "list", "designation", "action", "order", "decision", "move",
                 "step", "penalty", "round", "regime", "restriction", "those", "freeze", "embargo", "have", "do",
                 "resolution", "law", "decree", "regulation", "directive", "legislation", "bill", "act", "amendment",
                 "ordinance", "determination"}
        self._object_ends = {t.id: frozenset(obj[-1] for obj in t.objects) | frozenset(obj[0] for obj in t.objects)
                             for t in defs.triggers}
        self._forms = surface_forms(frozenset(used)) | {"n't"}
        self._lemmas = lemma_table(self._forms)
        self._effect_words = frozenset(w for t in defs.triggers if t.measures for obj in t.objects for w in obj)
        # words that scare quotes may wrap and still tell the event: praise verbs and the nouns of praise and of
        # releases ('X "warmly thanked" Y', 'granted Y a "special amnesty"')
        self._unquoted = frozenset(lem[0] for t in defs.triggers if t.event == "Praise" for lem in t.lemmas) \
            | frozenset(obj[-1] for t in defs.triggers if t.event in ("Praise", "PrisonerRelease") for obj in t.objects)

    def read(self, masked: str, pronouns: frozenset[int] = frozenset(),
             anaphors: dict[int, str] | None = None, words: frozenset[str] | None = None) -> list[RuleMatch]:
        """Every asserted frame of the sentence, as rule matches over its mentions (``pronouns``: the indexes of
        mentions that are pronouns, which a reported subject overrides: "X said they had imposed"; ``words``: its
        :func:`~kg.extraction.patterns.words_of`, when the caller has them)."""
        if OPEN not in masked:
            return []
        if words is None:
            words = words_of(masked)
        if self._surface.isdisjoint(words) and (self._listing.isdisjoint(words) or self._nouns.isdisjoint(words)
                                                and not masked.startswith((OPEN + "G", "The other "))
                                                and " said " + OPEN + "G" not in masked):
            return []
        self._pronouns = pronouns
        self._anaphors = anaphors or {}
        self._semicolons = ";" in masked
        self._shared: dict[int, tuple[list[Tok], bool]] = {}
        self._shared_party = {}
        self._relative = {}
        self._heads = None
        self._event = ""
        toks = tokenize(masked, self._lemmas)
        if '"' in masked or "\u201c" in masked:
            toks = self._unquote_triggers(toks)
        if " what " in masked:
            toks = self._what_called(toks)
        out: list[RuleMatch] = []
        seen = set()
        question = masked.rstrip().endswith("?")
        for v, t in enumerate(toks):
            if t.code or t.lem not in self._tries:
                continue
            for trig, after in self._tries[t.lem]:
                if after is not None and (v + 1 == len(toks) or toks[v + 1].lem not in after):
                    continue  # "be" not followed by "now" or "free" ("are now free"): no lemma sequence of it here
                if trig.measures and self._effect_words.isdisjoint(words):
                    continue  # "took effect", "came into force": only where those words are
                if trig.released_only and _arrested_on_arrival(toks, v):
                    continue  # "A, arrested when she arrived in Peru, was freed": where A was caught, not sent
                m = self._match(trig, toks, v, masked)
                if m is None or question:
                    continue
                if trig.released_only and _in_custody_at(toks, v, m):
                    continue  # "He is now in prison in Jordan": where a person is held, not where one was sent
                for m in self._reciprocal(trig, toks, v, m):
                    key = (trig.event, m.slots)
                    if key not in seen:
                        seen.add(key)
                        out.append(m)
        return out

    def _unquote_triggers(self, toks: list[Tok]) -> list[Tok]:
        """Scare quotes around a praise trigger or the noun of a praise or a release ('X "warmly thanked" Y', 'was
        "grateful" to Y', 'granted Y a "special amnesty"'): up to three plain words between quotation marks, one of
        them such a word, read as if unquoted."""
        drop = set()
        for i, t in enumerate(toks):
            if t.low not in ('"', "\u201c") or i in drop:
                continue
            j = next((x for x in range(i + 1, min(i + 5, len(toks))) if toks[x].low in ('"', "\u201d")), None)
            if j is None or j == i + 1:
                continue
            inner = toks[i + 1:j]
            if all(x.code is None and x.low.isalpha() for x in inner) and any(x.lem in self._unquoted for x in inner):
                drop |= {i, j}
        return [t for n, t in enumerate(toks) if n not in drop] if drop else toks

    def _what_called(self, toks: list[Tok]) -> list[Tok]:
        """The speaker's label set between a verb and its object ('praised what he called a "substantial" decision
        by X', "welcomed what she described as positive steps by Y", "hailed what they termed the courage of Z"):
        "what he called" (and the quotation marks of the label's words) read as if absent, so the verb governs the
        object it labels. Only right after a trigger verb; the labelling verb is never a trigger of its own there."""
        drop: set[int] = set()
        for i, t in enumerate(toks):
            if t.low != "what" or t.code or i == 0 or i + 3 >= len(toks):
                continue
            verb = toks[i - 1]
            if verb.code or verb.lem not in self._tries:
                continue
            who = toks[i + 1]
            if not (who.code in ("P", "N", "G", "C", "O") or who.low in ("he", "she", "they", "it", "we", "i")):
                continue
            j = i + 2
            if toks[j].low in ("had", "has", "have"):
                j += 1
            if toks[j].low not in ("called", "described", "termed", "dubbed", "labelled", "labeled", "saw", "considered"):
                continue
            end = j + 1
            if toks[j].low in ("described", "saw", "considered"):
                if end >= len(toks) or toks[end].low != "as":
                    continue
                end += 1
            if end < len(toks) and toks[end].code is None and toks[end].low in ("his", "her", "their", "its"):
                continue  # "praised what he called her courage": the possessive is read through the labeller's pronoun
            label = set(range(i, end))
            # the quotation marks of one or two words of the label before its noun ('a "substantial" decision', 'the
            # "courage" of X'; a whole quoted phrase, 'hailed what he called "an outcome created by us"', stays quoted)
            k = end
            while k < min(len(toks), end + 3) and toks[k].code is None and toks[k].low in DETS:
                k += 1
            if k < len(toks) and toks[k].low in ('"', "\u201c"):
                c = next((x for x in range(k + 2, min(len(toks), k + 4)) if toks[x].low in ('"', "\u201d")), None)
                if c is not None and all(x.code is None and x.low.isalpha() and x.low not in DETS
                                         for x in toks[k + 1:c]) and c + 1 < len(toks) and toks[c + 1].code is None \
                        and toks[c + 1].low.isalpha():
                    label |= {k, c}
                else:
                    continue
            drop |= label
        return [t for n, t in enumerate(toks) if n not in drop] if drop else toks

    def _reciprocal(self, trig: Trigger, toks: list[Tok], v: int, m: RuleMatch) -> list[RuleMatch]:
        """"A and B heaped praise on each other": each did it to the other (the subject's role filled, the object's
        role empty, "each other" or "one another" after the verb)."""
        obj_roles = self._object_roles[trig.id]
        if not trig.subject or len(obj_roles) != 1:
            return [m]
        slots = dict(m.slots)
        if len(slots.get(trig.subject, ())) != 2 or any(slots.get(r) for r in obj_roles):
            return [m]
        after = [t.low for t in toks[v + 1:v + 8]]
        # "traded compliments": mutual by its noun
        if not (trig.mutual and trig.event == "Praise") and RECIPROCALS.isdisjoint(zip(after, after[1:])):
            return [m]
        (other,) = obj_roles
        a, b = slots[trig.subject]
        from dataclasses import replace

        return [replace(m, slots=((trig.subject, (x,)), (other, (y,)))) for x, y in ((a, b), (b, a))]

    def _may_head_list(self, trig: Trigger, toks: list[Tok]) -> bool:
        """Whether the sentence holds a word that may head the subject of a listing trigger (one with subject nouns):
        one of its subject nouns or a group's placeholder. Without one, the trigger matches only where a pronoun
        names a list ("It also named A and B"); else the subject test in :meth:`_match` fails wherever the subject
        starts. The sentence's plain lemmas are read once."""
        if self._heads is None:
            self._heads = frozenset(t.lem if t.code is None else t.code for t in toks if t.code in (None, "G"))
        return "G" in self._heads or not self._heads.isdisjoint(trig.subject_nouns)

    # --- one trigger ------------------------------------------------------------------------
    def _match(self, trig: Trigger, toks: list[Tok], v: int, masked: str) -> RuleMatch | None:
        self._event = trig.event  # (for the readers of roles that only one class of event takes)
        vend = self._lemma_end(trig, toks, v)
        if vend is None:
            return None
        if trig.object_after_role and toks[v].lem == "be" \
                and self._object_ends.get(trig.id, frozenset()).isdisjoint(map(_LEM, toks[vend + 1:])):
            return None  # "is", "was": a list's noun after the verb or nothing (a cheap test for a common verb)
        if trig.pronoun_object:
            o = vend + 1  # "lifted them", "lifting the last of them", "eased some of them": a pronoun object only
            if o + 1 < len(toks) and toks[o].code is None and toks[o].low in ("some", "all", "most", "many", "each"):
                o += 1
            elif o + 2 < len(toks) and toks[o].low == "the" and toks[o + 1].low in ("last", "rest", "remainder", "bulk"):
                o += 2
            if o > vend + 1:
                o = o + 1 if o < len(toks) and toks[o].low == "of" else len(toks)
            if not (o < len(toks) and toks[o].code and (
                    toks[o].idx in self._pronouns or self._anaphors.get(toks[o].idx) in ("them", "it"))):
                return None
        if trig.holder:
            return self._holder_match(trig, toks, v, vend, masked)
        if trig.noun:
            return self._noun_match(trig, toks, v, vend, masked)
        if trig.measures:
            return self._measure_subject(trig, toks, v, vend, masked)
        if trig.object and not trig.objects and not trig.subject_nouns and trig.event.startswith("Sanctions") \
                and toks[v].low.endswith("s") and toks[v].low != toks[v].lem and vend + 1 < len(toks) \
                and toks[vend + 1].low in ("against", "on", "over") and v >= 1 and toks[v - 1].code:
            return None  # "tougher United Nations sanctions against Serbia": the noun after its holder, no verb
        if trig.subject_nouns and trig.event.startswith("Sanctions") and toks[v].lem == "be" and len(toks) > 5 \
                and toks[0].low == "the" and toks[1].low == "other" and _COUNT.fullmatch(toks[2].low):
            return self._other_count(trig, toks, v, vend, masked)
        if trig.subject_nouns and not (trig.possessor and trig.objects) and toks[v].lem != "name" \
                and not self._may_head_list(trig, toks):
            return None  # nothing the list's subject must be: no subject noun, no group ("Those designated are")
        if trig.object and not trig.objects and not trig.subject_nouns and trig.event.startswith("Sanctions") \
                and v >= 3 and toks[v - 1].code is None and toks[v].low.endswith("ed") \
                and vend + 2 < len(toks) and toks[vend + 1].low == "by" and toks[vend + 2].code:
            among = self._among_participle(trig, toks, v, vend, masked)
            if among is not None:
                return among
        if trig.object and not trig.objects and not trig.subject_nouns and trig.event.startswith("Sanctions") \
                and v >= 1 and toks[v - 1].code in ("G", "P", "N", "O") and toks[v].low.endswith("ed") \
                and vend + 2 < len(toks) and toks[vend + 1].low == "by" and toks[vend + 2].code:
            if trig.bare and any(toks[x].low == "as" for x in range(vend + 1, min(len(toks), vend + 6))):
                return None  # "the panel named by X as its envoy": another sense ("oligarchs named by X": a list)
            return self._participle_by(trig, toks, v, vend, masked)
        if vend + 2 < len(toks) and toks[vend + 1].low == "to" and not toks[vend + 2].code \
                and (toks[v].lem in self.realis or toks[v].lem in self.irrealis):
            return None  # "agreed to lift", "ordered to ease": the verb after "to" is the trigger
        if trig.objects and not trig.object_after_role:  # the object noun must be near, before or after
            lo, hi = max(0, v - 12), min(len(toks), vend + 10)
            if self._object_ends.get(trig.id, frozenset()).isdisjoint(map(_LEM, toks[lo:hi])):
                return None
        if self._object_of_other(toks, v):
            return None
        if trig.possessor and trig.objects and toks[v].low != toks[v].lem:
            had = self._had_done(trig, toks, v, vend, masked)
            if had is not None:
                return had
        t = toks[v]
        nxt = toks[vend + 1] if vend + 1 < len(toks) else None
        a = vend + 1
        if t.lem == "have" and nxt is not None and nxt.code is None:
            # "has repeatedly rejected direct talks": look past adverbs to the participle
            while a + 1 < len(toks) and toks[a].code is None and (toks[a].low in ADVERBS or toks[a].low.endswith("ly")
                                                                  or toks[a].low in self.negation
                                                                  or toks[a].low in ("so", "thus") and toks[a + 1].low == "far"
                                                                  or toks[a].low == "far" and toks[a - 1].low in ("so", "thus")):
                a += 1
            nxt = toks[a]
        if t.lem == "have" and nxt is not None and nxt.code is None and (
                nxt.low in BE or self._participle(trig, toks, nxt, a) or nxt.low in ("to", "yet")):
            return None  # "have been pushing for a summit", "had learnt of the meeting": an auxiliary, not "have talks"
        prev = toks[v - 1] if v else None
        if prev is not None and prev.code is None and prev.low in ("the", "a", "an", "its", "his", "her", "their",
                                                                    "'s", "whose", "this", "of", "for", "in", "at",
                                                                    "with", "during", "upon", "on", "new", "first") \
                and not (prev.low == "first" and t.low != t.lem and v >= 2 and (toks[v - 2].code
                                                                              or toks[v - 2].low in ("it", "they"))) \
                and not (prev.low == "in" and t.low.endswith("ing") and trig.event.startswith("Sanctions")
                         and v >= 2 and toks[v - 2].code):
            return None  # a noun: "the release of", "its sanctions", "for talks" (not "X first imposed")
        if prev is not None and prev.code is None and t.low == "sanctions" and prev.low in DETS:
            return None  # a noun: "most of the economic sanctions the United States imposed"
        if prev is not None and prev.low in ("by", "via", "over") and t.low == t.lem:
            return None  # "spoke by telephone": the medium, a noun
        if trig.event == "PhoneCall" and t.low == t.lem and vend + 1 < len(toks) \
                and toks[vend + 1].low in PHONE_HEADS:
            return None  # "separate telephone calls with A and B": a noun's modifier, the calls' own frame reads them
        if prev is not None and prev.code is not None and v + 1 < len(toks) and toks[v + 1].low in ("of", "'s") \
                and t.low == t.lem:
            return None  # a noun after a name: "the U.S. release of"
        passive = False
        chain, j = self._chain(toks, v - 1)
        if chain and j == 1 and toks[1].low == "," and toks[0].code in ("P", "N") and toks[chain[0]].low in BE:
            j = 0  # "The Chancellor of Norway, Ana Costa, was received by X": the titled person, past the comma
        list_by: list[Tok] = []
        if trig.subject_nouns and j >= 2 and toks[j].code in ("C", "K", "O") and toks[j - 1].low == "by" \
                and (toks[j - 2].code == "G" and j == 2 or toks[j - 2].code is None):
            list_by, j = [toks[j]], j - 2  # "Those released by Russia included A, B and C": Russia released them
        elif trig.subject_nouns and trig.event.startswith("Sanctions") and j >= 3 and toks[j].code in ("P", "C", "K") \
                and toks[j - 1].low == "by" and toks[j - 2].low in ("signed", "issued") \
                and toks[j - 3].code is None and toks[j - 3].lem in INSTRUMENTS:
            list_by, j = [toks[j]], j - 3  # "An executive order signed by X targeted A and B": the signer acts
        if not trig.subject_nouns and j >= 2 and not (
                trig.event in MEETINGS and toks[j].code in ("P", "N") and j >= 3 and toks[j - 1].low == "by"
                and toks[j - 2].low in ("led", "headed") and toks[j - 3].code == "K"):
            # (but "a Saudi delegation led by Ambassador X held talks with Y": X, who led it, met Y)
            j = self._past_reduced_passive(toks, j)
            if trig.event.startswith("Sanctions"):
                j = self._past_reduced_place(toks, j)
        if trig.subject_nouns and (trig.event.startswith("Sanctions") or trig.event in RELEASE_EVENTS) \
                and 2 <= j <= 9 and toks[0].code == "G" \
                and (toks[0].idx in self._anaphors or toks[0].idx in self._pronouns) and toks[1].code is None \
                and (toks[1].low.endswith("ed") or toks[1].low.endswith("ing") and toks[1].lem != toks[1].low
                     and trig.event in RELEASE_EVENTS and t.lem == "be") \
                and all(toks[x].code is None and toks[x].low.isalpha() and toks[x].lem not in self.by_lemma
                        # "The four named in the bloc's (or the EU's) Official Journal are A; B": a place or body
                        or toks[x].code in ("C", "K", "O") or toks[x].low == "'s"
                        for x in range(2, j + 1)):
            j = 0  # "The eight officials barred from the country are A; B": the group told before, with its phrase
        elif trig.subject_nouns and trig.event.startswith("Sanctions") and 5 <= j <= 12 and toks[0].low == "the" \
                and toks[1].code is None and toks[1].lem in trig.subject_nouns and toks[2].low == "of" \
                and toks[3].code == "G" and toks[4].code is None and toks[4].low.endswith("ed") \
                and all(toks[x].code is None and toks[x].low.isalpha() and toks[x].lem not in self.by_lemma
                        and (toks[x].low not in AUX or toks[x].low == "to") for x in range(5, j + 1)) \
                and any(toks[x].low in _SANCTIONS_LISTS and toks[x - 1].low not in _OTHER_LISTS for x in range(5, j + 1)):
            j = 1  # "The names of the entities added to the schedule are the following: A; B": the names
        if trig.subject_nouns and j >= 3 and toks[j].low == ",":
            c = j - 1  # "The designation, made under a section of X's law, also covers A": past the parenthesis
            while c >= 2 and j - c <= 20 and toks[c].low != "," and (toks[c].low not in STOP_MARKS
                                                                      or toks[c].low in ("(", ")")):
                c -= 1  # (a bracket inside the name of a law: "known as Section 7031(c)")
            if c >= 1 and toks[c].low == "," and toks[c - 1].code is None and toks[c - 1].lem in trig.subject_nouns \
                    and toks[c + 1].code is None and (toks[c + 1].low.endswith(("ed", "de", "en"))
                                                      and lemma(toks[c + 1].low) != toks[c + 1].low
                                                      or toks[c + 1].low == "which"):
                j = c - 1  # (or a relative clause: "That first list, which took effect in May, included A")
        if trig.subject_nouns and trig.event.startswith("Sanctions") and 2 <= j <= 14 \
                and not (toks[j].code is None and toks[j].lem in trig.subject_nouns):
            # "Those designated along with the force are A; B", "The people sanctioned alongside him include A": the
            # list's noun before a phrase of what else the measure hit
            for c in range(1, j - 1):
                w1 = toks[c + 1].low
                if toks[c].code is None and toks[c].lem in trig.subject_nouns \
                        and (w1 in ("alongside", "besides") or w1 in ("along", "together") and toks[c + 2].low == "with"
                             or w1 == "in" and toks[c + 2].low == "addition" and c + 3 <= j and toks[c + 3].low == "to") \
                        and not any(toks[x].low in STOP_MARKS or toks[x].low in (",", "that", "which", "who")
                                    or toks[x].code is None and toks[x].lem in self.by_lemma
                                    for x in range(c + 1, j + 1)):
                    j = c
                    break
        if trig.subject_nouns and trig.event.startswith("Sanctions") and j == 0 and t.lem == "name" \
                and toks[0].code in ("C", "K", "O") and toks[0].idx in self._pronouns and t.low != t.lem \
                and not any(toks[x].low == "as" and (x + 1 >= len(toks) or toks[x + 1].low != "well")
                            for x in range(vend + 1, min(len(toks), vend + 4))):
            # "It also named A and B" after a designation: the party "it" stands for lists more targets (the
            # engine keeps it only right after a sanction told; "It named X as its envoy" is another sense)
            list_by, j = [toks[0]], -1
        if trig.subject_nouns and trig.event.startswith("Sanctions") and j >= 2 and toks[j].low in ("that", "which") \
                and toks[j - 1].code is None and toks[j - 1].lem in trig.subject_nouns and t.low != t.lem \
                and not self._said_of(toks, j - 1):
            j -= 1  # "a decision that targeted A and B": the measure the relative clause tells of
            if any(toks[x].code is None and toks[x].lem in _PROPOSING for x in range(max(0, j - 5), j)):
                return None  # "had proposed a longer list that included A and B": a list not adopted
        if trig.subject_nouns and trig.event.startswith("Sanctions") and not list_by and 1 <= j < v \
                and toks[j].code is None and toks[j].lem in trig.subject_nouns and toks[j].lem in _MEASURE_NOUNS:
            b = j - 1
            while b >= 2 and j - b <= 2 and toks[b].code is None and toks[b].low.isalpha() \
                    and toks[b].low not in VERBISH and toks[b].low not in PLANNED:
                b -= 1  # "Canada's new measures include A"
            if b >= 1 and toks[b].low in ("'s", "\u2019s") and toks[b - 1].code in ("C", "K", "O"):
                list_by = [toks[b - 1]]  # "Canada's sanctions target A and B": the possessor holds them
            elif j + 4 < v and toks[j + 1].low == "," and toks[j + 2].low == "which" \
                    and toks[j + 3].code in ("C", "K", "O") and toks[j + 4].code is None \
                    and toks[j + 4].lem in self._imposing | {"announce", "adopt", "unveil", "approve"}:
                list_by = [toks[j + 3]]  # "The sanctions, which Canada announced on Monday, target A": Canada's
        if trig.subject_nouns and not (list_by and j == -1):
            # "Those designated are", "The list also includes", "Also included on the list are"
            if j < 0 or not (toks[j].code is None and toks[j].lem in trig.subject_nouns
                             # "The other sanctioned men are A and B": the list's participle before its noun
                             or toks[j].code is None and j >= 1 and toks[j - 1].code is None
                             and trig.event.startswith("Sanctions") and toks[j - 1].low.endswith("ed")
                             and toks[j - 1].lem in trig.subject_nouns and toks[j].low.isalpha()
                             and toks[j].low.endswith(("s", "men", "people"))
                             or toks[j].code == "G" and toks[j].idx in self._pronouns and j == 0
                             and "they" in trig.subject_nouns
                             # "The council said the two men were A and B": the same, reported
                             or toks[j].code == "G" and toks[j].idx in self._pronouns and j == 2 and toks[0].code
                             and toks[1].low in ("said", "says") and "they" in trig.subject_nouns
                             and trig.event.startswith("Sanctions")
                             or toks[j].code == "G" and j == 0 and any(  # "Those freed include": its own words
                                 lemma(w) in trig.subject_nouns or w in trig.subject_nouns
                                 for w in self._anaphors.get(toks[j].idx, "").split()[1:])
                             # "The four are A, B, C and D": the counted group just told, named
                             or toks[j].code == "G" and j == 0 and trig.event.startswith("Sanctions")
                             and _COUNTED.fullmatch(self._anaphors.get(toks[j].idx, ""))
                             # "The oligarchs included A; B": the targets told before, by their noun (also after
                             # an opening phrase: "Alongside X, the oligarchs included A; B")
                             # "The remaining two entities were A and B": the rest of the list told before
                             or toks[j].code == "G" and j == 2 and trig.event.startswith("Sanctions")
                             and toks[0].low == "the" and toks[1].low in ("other", "remaining") and not list_by
                             or toks[j].code == "G" and trig.event.startswith("Sanctions")
                             and (j == 0 or self._opening_phrase(toks, j))
                             and toks[j].idx in self._anaphors and not list_by
                             and not self._anaphors[toks[j].idx].startswith(("those", "they", "them"))):
                return None
            if toks[j].low == "it" and (t.lem == "be" or j >= 1 and toks[j - 1].low not in (",", "also")) \
                    and not (j >= 2 and toks[j - 1].low == "that" and t.lem == "include" and toks[j - 2].lem in REPORT
                             | {"add"} and any(toks[x].low in ("list", "blacklist") for x in range(j - 2))):
                # (but "published a list of the firms, adding that it includes A, B or C": "it" is the list)
                return None  # "It was the first time X sanctioned Y": no list; "it names A; B" after "The list ..."
            if toks[j].lem in ("list", "blacklist") and j >= 1 and toks[j - 1].code is None \
                    and toks[j - 1].low in _OTHER_LISTS:
                return None  # "The people on the guest list are A and B": a list of something else
            if j >= 1 and any(toks[x].low in self.negation for x in range(j)):
                return None  # "Those not freed include", "Not on the list are A and B"
            if trig.event.startswith("Sanctions") and any(toks[x].code is None and toks[x].low in _LEFT_OFF
                                                          for x in range(0, j)):
                return None  # "Notably absent from the list was X", "Missing from the list were A and B"
            if t.low.endswith("ing"):
                return None  # "removed from its blacklist names including A": no clause of its own
            after_be = vend + 1
            while after_be < len(toks) and toks[after_be].code is None and (
                    toks[after_be].low in ADVERBS or toks[after_be].low.endswith("ly") and toks[after_be].low.isalpha()):
                after_be += 1  # "The release had been widely expected": the participle after the adverb
            nxt = toks[after_be] if after_be < len(toks) else None
            if t.lem == "be" and nxt is not None and nxt.code is None and nxt.low.isalpha() \
                    and nxt.low != lemma(nxt.low) and not nxt.low.endswith("s") and nxt.low not in DETS:
                return None  # "they had been told X would be": a passive verb, no list
        chain_words = [toks[k] for k in chain]
        if any(c.low in BE for c in chain_words[:3]) and (t.low != t.lem and t.low.endswith(("ed", "en", "d", "t"))
                                                         or t.low in _BARE_PARTICIPLES):
            passive = True  # "were freed"; "was set free", "were let go", "were put under" (a participle like its verb)
        if trig.passive_only and not passive:
            return None  # "The treaty was signed by A and B" tells a ceremony; "A and B signed a treaty" may not
        if trig.bare and not (vend + 1 >= len(toks) or toks[vend + 1].low in STOP_MARKS or toks[vend + 1].low == ","
                              or self._in_measure_after(toks, vend + 1)):
            return None  # "A and B were also named." (not "named as envoy", "named in the indictment")
        # a list closed by a comma before a participle: "A, B and C, freed from Iranian jails, landed in Geneva"
        listed = chain == [v - 1] and v >= 3 and toks[v - 1].low == "," and toks[v - 2].code \
            and toks[v - 3].low in ("and", "&") \
            and t.low != t.lem and t.low.endswith(("ed", "en")) and not (vend + 1 < len(toks) and toks[vend + 1].code)
        if listed:
            chain_words = []
        if not passive and not chain_words and t.low != t.lem and t.low.endswith(("ed", "en")) and prev is not None \
                and prev.low == "," and v >= 2 and toks[v - 2].code \
                and not (v >= 3 and toks[v - 3].low in PREPOSITIONS and toks[v - 3].low not in ("by", "with")
                         and vend + 1 < len(toks) and toks[vend + 1].low == "by"):
            passive = True  # "A and B, freed from Iranian jails in a swap, landed in Geneva": A and B were freed
        fronted = None if passive else self._fronted_participle(trig, toks, v, vend)
        if fronted is not None:
            passive = True  # "Sanctioned by X in 2019, A has since ...": A was sanctioned by X
        adverbed = not passive and self._adverbed_relative(trig, toks, v, vend, chain)
        if adverbed:
            passive = True  # "A, previously sanctioned by X, arrived": A was sanctioned by X
        # a participle with its agent trailing the main clause: "A and B flew home on Friday, freed by X after
        # talks": the sentence's subject was freed by X
        # (a place may end the main clause: "X returned home after five years in Gaza, freed by the group Y")
        trailing = not passive and t.low != t.lem and t.low.endswith(("ed", "en")) \
            and prev is not None and prev.low == "," and v >= 2 and (
                not toks[v - 2].code or v >= 3 and toks[v - 2].code in ("L", "C", "N") and toks[v - 3].low in PREPOSITIONS) \
            and vend + 2 < len(toks) and toks[vend + 1].low == "by" \
            and (by_name := self._skip_desc(toks, self._skip_det(toks, vend + 2))) < len(toks) \
            and bool(toks[by_name].code)
        if trailing:
            passive, chain_words, j = True, [], v - 2
        reacting = t.low.endswith("ing") and prev is not None and prev.low == "by" and v >= 2 \
            and trig.event.startswith("Sanctions") and (toks[v - 2].low in REACTING or self._widened_by(toks, v - 1))
        # "U.N. sanctions banning the purchase of diamonds from X": the measure's content; its holder acts
        content = t.low.endswith("ing") and prev is not None and prev.code is None and prev.lem in MEASURE_HEADS \
            and prev.lem not in INSTRUMENTS and trig.event == "SanctionsImposition"
        after_meeting = t.low.endswith("ing") and prev is not None and prev.low in ("after", "before") \
            and trig.event in MEETINGS  # "hours before sitting down with her": the sentence's subject met her
        joiners, held_back = self._joiners(toks, v) if t.low.endswith("ing") and prev is not None \
            and prev.low == "in" and trig.event.startswith("Sanctions") and trig.subject else ([], False)
        if t.low.endswith("ing") and prev is not None and prev.code is None and prev.low in (
                "after", "before", "by", "for", "of", "from", "without", "on", "about", "against", "in", "over") \
                and not reacting and not after_meeting and not joiners:
            return None  # "accused of freeing", "after lifting": no clause of its own
        if not held_back and self._blocked(toks, v, vend, chain_words, j):
            return None  # (a subject held back from following others: the others' act, which _joiners read)
        if trig.event in RELEASE_EVENTS and self._promised(toks, v, chain_words):
            return None  # "Israel agreed to release 750 prisoners", "a deal that is to free 52": a release to come
        if trig.event in RELEASE_EVENTS and vend + 2 < len(toks) and toks[vend + 1].low == "from" \
                and (toks[vend + 2].low in _NO_CUSTODY or vend + 3 < len(toks) and toks[vend + 2].low in ("the", "a")
                     and toks[vend + 3].low in _NO_CUSTODY):
            return None  # "A was released from hospital (and has flown to X)": a discharge, no prisoner's release
        lo, hi = (0, len(toks)) if trig.near_sentence else (max(0, v - 6), min(len(toks), vend + 8))
        if trig.requires_near and not any(toks[k].lem in trig.requires_near or toks[k].low in trig.requires_near
                                          for k in range(lo, hi)):
            return None
        # reduced relative ("the sanctions imposed on X", "the prisoners freed last week"): no assertion
        # ... unless a name follows as the verb's direct object ("The decision removed X from the list")
        # ... unless a release takes a named person or group straight after it ("The militants freed A", "An Omani
        # plane carried A and B to Muscat"): a clause whose subject names no one
        freed_named = trig.object == "party" and not trig.subject_nouns and vend + 1 < len(toks) \
            and toks[vend + 1].code in ("P", "N", "G")
        if not chain_words and t.low.endswith("ed") and prev is not None and prev.code is None and prev.low.isalpha() \
                and not freed_named \
                and prev.low not in RELATIVE and prev.low not in ("and", "it", "they", "he", "she", "we") \
                and prev.lem not in SPEAKER_NOUNS \
                and not (trig.subject_nouns and (trig.event.startswith("Sanctions") or prev.lem == "other")
                         and (t.lem in ("include", "comprise") or trig.event.startswith("Sanctions")
                              and t.lem in ("target", "cover", "hit") and prev.lem in trig.subject_nouns)
                         and vend + 1 < len(toks)
                         and toks[vend + 1].code) and not (  # "The others included A and B": a list, no relative
                    trig.event.startswith("Sanctions") and trig.subject and v >= 2 and toks[v - 2].low in DETS
                    and vend + 1 < len(toks) and (
                        trig.object and toks[vend + 1].code and toks[vend + 1].idx not in self._pronouns
                        # "the administration waived sanctions on X": the measure is the verb's object
                        or trig.objects and not trig.object_after_role
                        and self._skip_det(toks, vend + 1) < len(toks)
                        and toks[self._skip_det(toks, vend + 1)].lem in self._object_ends.get(trig.id, ()))):
            return None
        slots: dict[str, list[int]] = {}
        cls = self.defs.classes[trig.event]

        def add(role: str | None, members: list[Tok], kinds: str | None = None) -> None:
            if not role:
                return
            ok = kinds or trig.kinds or cls.roles.get(role, "")
            for m in members:
                if m.code in ok and m.code in cls.roles.get(role, ""):
                    slots.setdefault(role, [])
                    if m.idx not in slots[role]:
                        slots[role].append(m.idx)

        if passive and prev is not None and prev.low == "," and not chain_words:
            j = v - 2
        elif adverbed:
            j = min(chain) - 2  # past the adverb and the comma, to the name the relative clause tells of
        # "X landed in London after being freed by Y": the subject of the main clause was freed
        after_being = passive and not trailing and j >= 1 and toks[j].low in SUBORDINATORS | {"upon"} \
            and toks[j + 1].low == "being" and trig.event in RELEASE_EVENTS
        subject = self._opening_subject(toks, v) if trailing or after_being \
            else self._subject(toks, self._custody_head(toks, j))
        if fronted is not None:
            subject = self._list_right(toks, fronted)[0]
        if joiners:
            subject, chain_words = joiners, []  # "X joins A, B and C in imposing sanctions on Y": all four impose
        if not subject and not passive and prev is not None and prev.low == "to" and trig.event.startswith("Sanctions"):
            subject = self._first_to(toks, v - 1) or subject
        if subject and trig.event.startswith("Sanctions") and not passive:
            subject = subject + self._along_with(toks, toks.index(subject[-1]), v)
        if subject and t.low.endswith("ing") and not passive and j >= 0 and toks[j].code is None \
                and toks[j].low in RELATIVE:
            subject = []  # "told reporters at the X that releasing her was right": a gerund, no relative clause of X
        open_subject = passive or self._nominal_subject(toks, j) or bool(trig.subject_nouns)
        # "the administration waived sanctions on X": a body acting for a government the article names
        body = not passive and not subject and j >= 1 and toks[j].code is None and toks[j].lem in BODY_NOUNS \
            and toks[j - 1].low in ("the", "its") and trig.event.startswith("Sanctions")
        open_subject = open_subject or body
        if not subject and j >= 0 and toks[j].low == "it" and toks[j].code is None and (
                j == 0 or toks[j - 1].low in (",", "and", "but", "then") or toks[j - 1].low.isdigit()
                or toks[j - 1].low in TIME_HEADS):
            open_subject = True  # "In February 2016 it lifted sanctions on X": the acting party the article tells
        if not subject and j >= 2 and toks[j].low == "it" and toks[j].code is None and trig.event.startswith("Sanctions") \
                and (toks[j - 1].lem in REPORT or toks[j - 1].low == "that" and toks[j - 2].lem in REPORT):
            open_subject = True  # "The committee that monitors the ban said it had delisted X": the article's party
        if not subject and j >= 2 and toks[j].low == "it" and toks[j].code is None and toks[j - 1].lem in REPORT \
                and trig.event.startswith("Sanctions"):
            # "X announced that Russia would expel ten diplomats and said it was barring eight officials": "it" is
            # the one country the sentence names before the reporting verb
            states = {t.idx: t for t in toks[:j - 1] if t.code in ("C", "K")}
            if len(states) == 1 and not any(t.code == "O" for t in toks[:j - 1]):
                subject = list(states.values())
        # a verb coordinated with an earlier trigger ("X imposes an embargo on A, freezes the assets of B and bars
        # C from travel"): the name before the comma is the earlier verb's object, the subject is the earlier one's
        shared = self._shared.get(v)
        # ... unless the comma closes a relative clause the chain read through ("X, who has opposed sanctions,
        # praised Y"): the subject is X
        relative = 0 <= j and j + 2 < v and toks[j + 1].low == "," and toks[j + 2].low in RELATIVE
        # ... or an apposition ("Obama, the third US president to visit Vietnam, also held talks with Y"): Obama
        relative = relative or 0 <= j and j + 1 < v and toks[j + 1].low == "," and bool(toks[j].code) \
            and sum(toks[x].low == "," for x in range(j + 1, v)) >= 2 and (
                toks[j + 2].code is None or j + 4 < v and toks[j + 3].code is None and toks[j + 3].low.isalpha()
                and toks[j + 3].low not in ("and", "or") and toks[j + 4].low == ",")  # "X, the G20 host, praised"
        freed = self._shared_party.get(v) if trig.event == "PrisonerTransfer" and not passive else None
        if freed is not None and (trig.subject == "party" or trig.object == "party" and t.low != t.lem):
            # "A was freed on Friday and flown to Germany": the one freed travels (flown, taken: the freed one is the
            # participle's object)
            subject, open_subject = freed
            passive = trig.subject != "party"
        elif shared is not None and not passive and prev is not None and _joined(toks, v) and not relative:
            subject, open_subject = shared
        elif shared is not None and passive and trig.event in MEETINGS and not subject and chain == [v - 1] \
                and prev.low in ("was", "were") and _joined(toks, v - 1) and self._by_agent(toks, vend + 1) \
                and not self._by_kin(toks, vend + 1):
            subject, open_subject = shared  # "X landed in Y and was greeted on the tarmac by Z": Z met X
        if not subject and t.low.endswith("ing") and prev is not None and (
                prev.low == "," or prev.low == "while" and v >= 2 and toks[v - 2].low == ","
                or prev.low == "while" and trig.event.startswith("Sanctions")):
            # "X hit back, imposing sanctions on Y", "..., while thanking Y", "lifted it on A while keeping it on B"
            subject = self._main_subject(toks, v)
            if not subject and prev.low == "while" and trig.event.startswith("Sanctions"):
                open_subject = True  # "the ministers lifted the ban on A while keeping it on B": the article's party
        if trig.event in MEETINGS and prev is not None and prev.low == "to" and chain == [v - 1] and (
                not subject or j >= 1 and toks[j - 1].low in PREPOSITIONS):
            # "X was on the tarmac to greet Y", "X flew to Calgary to meet Y": X met Y (Calgary did not)
            subject = self._purpose_subject(toks, v) or ([] if subject else subject)
        elif trig.event == "Praise" and prev is not None and prev.low == "to" and chain == [v - 1]:
            # "X telephoned Y to thank him", "X flew to Kigali to thank Y": X thanked (not Y, nor Kigali)
            subject = self._purpose_subject(toks, v, PURPOSE_CONTACT) or ([] if subject else subject)
        if not subject and trig.event == "Praise" and t.low.endswith("ing") and prev is not None and prev.code is None \
                and prev.lem in _STATEMENT_NOUNS and not passive and any(
                    toks[k].code is None and toks[k].low in _ISSUING for k in range(max(0, v - 5), v - 1)):
            subject = self._main_subject(toks, v)  # "X issued a statement thanking Y": X thanked Y
        and_at = v - 1
        if trig.event in MEETINGS and prev is not None and prev.code is None and prev.low != "and":
            # ", and the next day hosted Y", ", and later met Y": a time phrase between "and" and the verb
            w = v - 1
            while w > 1 and v - 1 - w < 4 and toks[w].code is None and (
                    toks[w].low in TIME_LEADS or toks[w].low in TIME_HEADS or toks[w].low in ("later", "then")):
                w -= 1
            if w < v - 1 and toks[w].low == "and" and toks[w - 1].low == ",":
                and_at = w
        comma_and = and_at >= 2 and toks[and_at].low == "and" and (
            toks[and_at - 1].low == "," or and_at >= 3 and toks[and_at - 1].low in ('"', "\u201d")
            and toks[and_at - 2].low == ",")
        if not subject and trig.event == "Praise" and comma_and and t.low != t.lem and not passive:
            # "X welcomed the move as proof that ..., and praised Y's contribution": X praised Y (not after "X said")
            opening = self._main_subject(toks, v)
            after = toks.index(opening[-1]) + 1 if opening else 0
            if opening and after < v and toks[after].lem not in REPORT:
                subject = opening
        if not subject and trig.event in MEETINGS | {"Praise"} and comma_and and t.low != t.lem and not passive:
            # "...: X had made a visit to Beijing in May, his first trip abroad, and met Y there": the subject of the
            # last clause before the comma, if nothing reported it ('thanked A "for ...," and paid tribute to B')
            d = and_at - 2 - (toks[and_at - 1].low != ",")
            while d >= 0 and toks[d].low not in STOP_MARKS and not (toks[d].code and self._clause_subject(toks, d)):
                d -= 1
            if d >= 0 and toks[d].code and toks[d].low not in STOP_MARKS and toks[d + 1].lem not in REPORT \
                    and toks[d].idx not in self._pronouns and not (d >= 1 and toks[d - 1].low in PREPOSITIONS):
                subject = self._list_left(toks, d)
        if not subject and trig.event.startswith("Sanctions") and prev is not None and prev.low == "and" \
                and not passive and t.low != t.lem:
            # "X downgraded diplomatic ties and blocked imports of Y's goods": the opening subject, when its own verb
            # comes right after it and no clause boundary, report or other name stands before "and"
            opening = self._main_subject(toks, v)
            after = toks.index(opening[-1]) + 1 if opening else 0
            if opening and after < v - 2 and _own_past_verb(toks[after]) \
                    and not any(toks[x].code and not (toks[x - 1].low in PREPOSITIONS and toks[x - 1].code is None)
                                or toks[x].low in STOP_MARKS or toks[x].low in (",", "who", "which", "that")
                                or toks[x].low in self.negation or toks[x].low in self.modal for x in range(after, v - 1)):
                # (a name after a preposition is no subject of its own: "X recalled its envoy from Y and froze trade")
                subject = opening
        if not subject and trig.event == "Praise" and prev is not None and not passive \
                and t.low != t.lem and t.low.endswith("ed") \
                and (prev.low == "and" or v >= 2 and prev.low in _AND_ADVERBS and toks[v - 2].low == "and"):
            subject = self._reporter(toks, v)  # (also "... and also thanked Y")
            if not subject:
                subject = self._coordinated_praiser(toks, v)
        if trig.event == "Praise" and prev is not None and prev.low == "," and t.low.endswith("ing"):
            speaker = self._speaker_before(toks, v - 1)
            if speaker:  # "A was flown home, X said in a statement, thanking Y": X thanked Y
                subject, open_subject = speaker, False
        if after_meeting:  # "X, speaking in Tokyo after meeting Y, said": X met Y (a meeting that took place)
            k = self._dateline_end(toks, v)
            while k < v and toks[k].code is None and (toks[k].low in TIME_LEADS or toks[k].low in TIME_HEADS
                                                      or toks[k].low.isdigit() or toks[k].low == ","):
                k += 1  # "In 1984 X freed a pilot after meeting Y", "On Monday, X ...": past the time phrase
            subject = self._list_right(toks, k)[0] if toks[k].code and not (
                k and toks[k - 1].code is None and toks[k - 1].low in TIME_LEADS) else []  # not "In Lima"
            if not subject or any(toks[x].code is None and (toks[x].low in self.negation or toks[x].low in self.modal
                                                            or toks[x].lem in self.irrealis)
                                  for x in range(toks.index(subject[-1]), v)):
                return None
        if reacting and not subject:  # "X responded by banning Y from entering the country"
            subject = self._main_subject(toks, v)
        if content and not subject:
            b = v - 2
            while b >= 0 and toks[b].code is None and toks[b].low in DETS:
                b -= 1
            if b >= 0 and toks[b].code:
                subject = [toks[b]]  # "U.N. sanctions banning ..."
            elif b >= 0 and toks[b].lem in self._imposing and toks[b].low != toks[b].lem:
                subject = self._main_subject(toks, v)  # "The EU adopted sanctions banning ..."
            else:
                return None  # "rejected sanctions banning ...": nobody imposed them
        if trig.event.startswith("Sanctions") and not passive and prev is not None and prev.low == ",":
            announced = self._measure_announced_by(toks, v - 1)
            if announced and all(m in announced for m in subject):
                # "The measures, announced on Tuesday by A, B and C, freeze the assets of Y": A, B and C act
                subject, open_subject = announced, False
        if not subject and trig.event.startswith("Sanctions") and not passive:
            signer = self._signer(toks, v)  # "an executive order that X signed last month imposing sanctions on Y"
            if signer:
                subject, open_subject = signer, False
        if not subject and t.low.endswith("ing") and prev is not None and prev.lem in INSTRUMENTS \
                and trig.event in RELEASE_EVENTS and v >= 4 and toks[v - 2].low in ("a", "an", "the") \
                and toks[v - 3].low in ("signed", "issued") and toks[v - 4].code in ("P", "C", "K"):
            subject, open_subject = [toks[v - 4]], False  # "X signed a decree pardoning A": X freed A
        if not subject and t.low.endswith("ing") and prev is not None and prev.lem in INSTRUMENTS \
                and trig.event.startswith("Sanctions"):
            # "X signed a decree imposing sanctions on Y": the signer acts, if the sentence opens with them
            subject = self._main_subject(toks, v)
            if subject:
                open_subject = False
        pos = vend + 1
        obj_at = None
        joined = False  # names joined by "together with" before the list: its kind is checked
        if trig.objects:
            if trig.object_after_role:
                direct, after = self._list_right(toks, self._skip_det(toks, pos))
                if direct and not passive:
                    add(trig.object, direct, trig.object_kinds)
                    if after < len(toks) and toks[after].low == "," \
                            and any(x.low == "including" for x in toks[pos:after]):
                        after += 1  # "banned eight officials, including A and B, from entering": the object after
                    elif after + 1 < len(toks) and toks[after].low == "," and toks[after - 1] is direct[-1] \
                            and toks[after - 2].low == "," and self._role_comma(toks, self._skip_det(toks, pos)) is None \
                            and toks[after + 1].low in ("from", "to", "on", "off"):
                        after += 1  # "barred A and a former commander of X, B, from entering": past B's closing comma
                    elif after + 2 < len(toks) and not passive and trig.event.startswith("Sanctions") and (
                            toks[after].low == "," and toks[after + 1].low in _ASIDE_OPENERS
                            or toks[after].code is None and toks[after].low.isalpha()
                            and any(x.low in _ASIDE_OPENERS for x in toks[pos:after])):
                        # "banned A and 62 others, among them ministers, lawmakers and academics, from entering": past
                        # the aside that describes the objects, to the preposition of the measure
                        after = self._past_aside(toks, after)
                    elif after + 3 < len(toks) and toks[after].low == "," and (toks[after + 1].low, toks[after + 2].low) \
                            in (("along", "with"), ("together", "with")):
                        # "added A, together with B and C, to its list": the joined names are objects too
                        more, end = self._list_right(toks, self._skip_desc(toks, self._skip_det(toks, after + 3)))
                        if more and end + 1 < len(toks) and toks[end].low == "," and toks[end + 1].low in DETS:
                            # "together with B, a rebel commander, to its list": past the last name's description
                            e = next((x for x in range(end + 2, min(len(toks), end + 10)) if toks[x].low == ","
                                      or toks[x].code or toks[x].low in STOP_MARKS), None)
                            if e is not None and toks[e].low == ",":
                                end = e
                        if more and end < len(toks) and toks[end].low == ",":
                            add(trig.object, more, trig.object_kinds)
                            after, joined = end + 1, True
                    elif after < len(toks) and toks[after].low in ("that", "which", "who", "whom") \
                            and trig.event.startswith("Sanctions"):
                        # "put 59 people that they say are linked to X on a terrorism list": past the relative clause
                        # of the objects to the list's preposition
                        for x in range(after + 2, min(len(toks) - 1, after + 14)):
                            if toks[x].low in STOP_MARKS or toks[x].low == ",":
                                break
                            if toks[x].low in ("on", "to", "onto") and self._object_at(trig, toks, x) is not None:
                                after = x
                                break
                    pos = after
                obj_at = self._object_at(trig, toks, pos)
                if obj_at is None and passive:
                    obj_at = self._object_at(trig, toks, vend + 1)
                if obj_at is None:
                    return None
                if t.lem == "be" and (not any(x.low == "on" for x in toks[vend + 1:obj_at[0]])
                                      or any(x.low in self.negation for x in toks[vend + 1:obj_at[0]])):
                    return None  # "X is on the list" (not "X is removed from the list", "X is not on the list")
                if trig.event.startswith("Sanctions") and obj_at[0] >= 1 and toks[obj_at[0] - 1].low in _OTHER_LISTS:
                    return None  # "added A to its guest list", "put B on the waiting list": no sanctions list
                if trig.event.startswith("Sanctions") and (trig.subject == "target" or joined) \
                        and self._list_of_others(toks, obj_at[1]):
                    return None  # "remains on the Kremlin's blacklist of foreign journalists": no sanctions list
                e = obj_at[1] + 1  # "added A to its sanctions list along with B; C, an adviser; and D"
                while e < len(toks) and toks[e].code is None and toks[e].low in COMPOUND_HEADS:
                    e += 1
                for join in (("along", "with"), ("together", "with"), ("as", "well", "as")):
                    if direct and not passive and tuple(t.low for t in toks[e:e + len(join)]) == join:
                        more, after = self._list_right(toks, self._skip_desc(toks, self._skip_det(
                            toks, e + len(join))))
                        if more:
                            add(trig.object, more, trig.object_kinds)
                            obj_at = (obj_at[0], after - 1)
                        break
                if not direct and not passive:  # "removed from its blacklist (names including) A, B and C"
                    e = obj_at[1] + 1
                    while e < len(toks) and e - obj_at[1] <= 3 and toks[e].low in LISTED_NOUNS:
                        e += 1
                    later, after = self._list_right(toks, e)
                    if not later and e < len(toks) and toks[e].code is None:
                        # "bars from travel the army chief, A; B; and C": the list after a role set off by a comma
                        d = self._role_comma(toks, e)
                        later, after = self._list_right(toks, d if d is not None else self._skip_desc(
                            toks, self._skip_det(toks, e)))
                    if later:
                        add(trig.object, later)
                        obj_at = (obj_at[0], after - 1)
                if passive:
                    add(trig.object, subject, trig.object_kinds)
                    subject = self._by_agent(toks, vend + 1)
            else:
                obj_at = self._object_at(trig, toks, pos)
                if obj_at is None and not passive and v in self._relative:
                    # "the sanctions it had imposed on X": the measure before, its holder from the main clause
                    subject, open_subject = self._relative[v]
                    obj_at = (vend, vend)
                elif obj_at is None and not passive and subject and self._measure_before(trig, toks, subject[0]):
                    obj_at = (vend, vend)  # "kept the asset freeze that the bloc imposed on X"
                elif obj_at is None and not passive and not subject and j >= 1 and toks[j].low in ("it", "they") \
                        and self._measure_before(trig, toks, toks[j]) and vend + 1 < len(toks) \
                        and toks[vend + 1].low in ("on", "against"):
                    obj_at = (vend, vend)  # "the sanctions it slapped on X": who "it" is, the article tells
                    open_subject = True
                    body = self._body_before(toks, j - 1)
                    if body is not None:  # "... the council's demands and the embargo it imposed on X": the council
                        subject, open_subject = [body], False
                elif obj_at is None and not passive and not subject and j >= 2 and toks[j].low in ("it", "they") \
                        and toks[j - 1].low in ("that", "which") and toks[j - 2].code \
                        and not (vend + 1 < len(toks) and toks[vend + 1].low in ("on", "against", "to")):
                    # "the arms embargo on X that it first imposed in 2004": the target before the clause
                    left = self._list_left(toks, j - 2)  # empty after a possessive ("on Iran's A that it")
                    g = toks.index(left[0]) - 1 if left else -1
                    while g >= 0 and toks[g].code is None and toks[g].low in ("the", "all"):
                        g -= 1
                    ends = self._object_ends.get(trig.id, ())
                    if g >= 1 and toks[g].low in ("on", "against") and toks[g - 1].code is None \
                            and (toks[g - 1].lem in ends or lemma(toks[g - 1].low) in ends or toks[g - 1].low == "regime"):
                        add("target", left)
                        obj_at = (vend, vend)
                        open_subject = True
                        body = self._body_before(toks, g - 1)
                        if body is not None:
                            subject, open_subject = [body], False
                if obj_at is None:
                    if not passive:
                        return None
                    # "sanctions on X were lifted (by Y)", "sanctions are being levied against X"
                    noun = self._object_before(trig, toks, j, subject)
                    if noun is None:
                        return None
                    for k in range(noun + 1, j + 1 if j >= 0 else noun + 1):
                        role = dict(trig.preps).get(toks[k].low)
                        if role:
                            add(role, self._list_right(toks, self._skip_det(toks, k + 1))[0])
                    subject = self._by_agent(toks, vend + 1)
                    obj_at = (vend, vend)
                elif passive:
                    subject = self._by_agent(toks, obj_at[1] + 1)
            start_pp = obj_at[1] + 1
            rel = self._measure_relative(toks, start_pp)
            if rel is not None:  # "lifted the sanctions (that) it had imposed on X": X is the target
                rel_s, rel_v, start_pp = rel
                if toks[rel_s].code and toks[rel_s].idx not in self._pronouns:
                    self._relative.setdefault(rel_v, (self._list_left(toks, rel_s), False))
                elif not passive:  # "it", "they": the holder of the measure is the main clause's subject
                    self._relative.setdefault(rel_v, (subject, open_subject))
            if trig.subject and not subject and obj_at[0] >= 1 and toks[obj_at[0] - 1].code \
                    and not (obj_at[0] >= 2 and toks[obj_at[0] - 2].low in PREPOSITIONS - {"under"}
                             and not (trig.object_after_role and passive and toks[obj_at[0] - 1].code in ("C", "K", "O")
                                      and toks[obj_at[0] - 2].low in ("to", "on", "from", "off"))):
                # ... and "X was added to the U.S. sanctions list": the list's owner
                subject = self._list_left(toks, obj_at[0] - 1)  # "placed under EU sanctions", "U.S. sanctions were lifted"
            c = obj_at[0] - 1 - (obj_at[0] >= 3 and toks[obj_at[0] - 1].low in _STATE_WEALTH)
            if trig.possessor and obj_at[0] >= 2 and toks[obj_at[0] - 1].code \
                    and toks[obj_at[0] - 1].idx in self._pronouns:
                add(trig.possessor, [toks[obj_at[0] - 1]])  # "froze his assets": the owner the pronoun stands for
            elif trig.possessor and trig.event.startswith("Sanctions") and c >= 1 \
                    and (toks[c].code == "K" or toks[c].code == "C" and c < obj_at[0] - 1) \
                    and toks[obj_at[0]].lem in _WEALTH_LEMMAS and toks[c - 1].code is None \
                    and toks[c - 1].lem in self.by_lemma:
                add(trig.possessor, [toks[c]])  # "froze Malian state assets": the state's ("the UK assets of X": X's)
            elif trig.possessor and obj_at[0] >= 2 and toks[obj_at[0] - 1].low == "'s":
                k = obj_at[0] - 2
                while k >= 0 and toks[k].code is None and toks[k].low in DETS:
                    k -= 1
                if k >= 0 and toks[k].code:
                    add(trig.possessor, [toks[k]])
            elif trig.possessor == "agent" and trig.subject == "target" and obj_at[0] >= 2 \
                    and toks[obj_at[0]].low == "list" and toks[obj_at[0] - 1].code in ("C", "K", "O") \
                    and toks[obj_at[0] - 2].low in ("the", "a", "an", "on"):
                add(trig.possessor, [toks[obj_at[0] - 1]])  # "X is on the UN list of people ...": the list's owner
            elif trig.possessor == "agent" and trig.subject == "target" and trig.event == "SanctionsRelief":
                owner = self._list_owner(toks, obj_at[0])
                if owner is not None:
                    add(trig.possessor, [owner])  # "A came off the EU sanctions list": the list's owner relieved A
            if trig.possessor and start_pp + 1 < len(toks):
                # "froze any assets (that) A and B hold in those countries": the holders own them
                k = start_pp + (toks[start_pp].low == "that")
                holders, after = self._list_right(toks, k) if toks[k].code in ("P", "N", "O", "G") else ([], k)
                if holders and after < len(toks) and toks[after].low in HOLDING:
                    add(trig.possessor, holders)
            self._preps(trig, toks, start_pp, add)
            if trig.event.startswith("Sanctions") and trig.object_after_role is False:
                add("target", self._damaged(toks, start_pp))  # "lifted sanctions that had crippled X's economy"
        else:
            if passive and trig.subject_nouns and vend + 1 < len(toks) and toks[vend + 1].low == "as":
                # "They were named as A, B and C": the list after "as" holds the members, as in "They are A, B and C"
                passive, vend = False, vend + 1
            if passive:
                add(trig.object, subject, trig.object_kinds)
                if trig.event in RELEASE_EVENTS and subject:
                    self._share(toks, v, vend, subject, False, party=True)
                subject = self._by_agent(toks, vend + 1)
                self._preps(trig, toks, vend + 1, add)
            else:
                k = self._skip_det(toks, vend + 1)
                if trig.subject_nouns and k + 1 < len(toks) and toks[k].low == "following" and toks[k - 1].low == "the":
                    k += 1 + (toks[k + 1].low == ":")  # "are the following: A, B": the list itself
                elif trig.subject_nouns and k + 1 < len(toks) and toks[k].low == ":" and toks[k + 1].code:
                    k += 1  # "The seven are: A, a former commander; B; and C": the list after the colon
                if trig.event == "Praise" and k + 1 < len(toks) and toks[k].low in ('"', "\u201c") \
                        and (toks[k + 1].code or toks[k + 1].low in ("our", "my", "the")):
                    k = self._skip_det(toks, k + 1)  # 'thanked "our partners the Swiss for their help"'
                named = self._list_right(toks, k) if k + 1 < len(toks) and toks[k].code and toks[k + 1].low == "'s" \
                    and (trig.event == "Praise" or trig.event in MEETINGS or trig.event.startswith("Sanctions")) \
                    else ([], k)
                if named[0] and named[0][0] is not toks[k]:
                    direct, after = named  # "thanked Utah's senators, A and B": the people named after the comma
                elif k + 1 < len(toks) and toks[k].code and toks[k + 1].low == "'s":
                    direct, after = [], k  # "praised X's efforts": X is praised for them
                    if trig.possessor:
                        add(trig.possessor, [toks[k]])
                elif self._body_modifier(toks, k) and (named_at := self._role_comma(toks, k - 1, opened=True)) is not None:
                    direct, after = self._list_right(toks, named_at)  # "freed the Hamas founder, X": X, not Hamas
                else:
                    direct, after = self._list_right(toks, self._skip_desc(toks, k))
                    office = self._office_apposed(toks, k) if (trig.event == "Praise" or trig.event in MEETINGS) \
                        and len(direct) == 1 and direct[0] is toks[k] else None
                    if office is not None:
                        direct, after = self._list_right(toks, office)  # "thanked the AU commission chairwoman, B"
                    if not direct and (trig.event.startswith("Sanctions") or trig.event in MEETINGS
                                       or trig.event == "Praise" or trig.event in RELEASE_EVENTS) \
                            and self._role_comma(toks, vend + 1):
                        # "included the president's younger brother, A, and B": a role set off by a comma ("met the
                        # new monarch, King X")
                        direct, after = self._list_right(toks, self._role_comma(toks, vend + 1))
                if not direct and trig.event in RELEASE_EVENTS and trig.object \
                        and (members_at := self._members_of_described(toks, k)) is not None:
                    # "freed some of the country's best-known dissidents, including A": the people it names
                    direct, after = self._list_right(toks, members_at)
                if not direct and trig.event in RELEASE_EVENTS and trig.object and vend + 3 < len(toks) \
                        and toks[vend + 1].low in ("to", "into") and toks[vend + 2].code in ("C", "L", "K") \
                        and toks[vend + 3].code in ("G", "P", "N") and "dest" in dict(trig.preps).values():
                    # "released to Chile 15 prisoners": the object after the destination (a heavy object last)
                    direct, after = self._list_right(toks, vend + 3)
                    add("dest", [toks[vend + 2]])
                if trig.subject_nouns and trig.event.startswith("Sanctions") and k < len(toks) \
                        and toks[k].code is None and toks[k].low.isalpha() and (
                            toks[k].low.endswith("s") or k + 1 < len(toks) and toks[k + 1].code is None
                            and toks[k + 1].low.endswith("s") and toks[k + 1].low.isalpha()):
                    # "the order names officials (the government holds responsible for the vote), among them A; B":
                    # the people of the plural noun the list spells out
                    spelled = self._spelled_out(toks, k)
                    if spelled:
                        direct, after = spelled, k
                elif not direct and trig.object and not trig.subject_nouns and trig.event.startswith("Sanctions") \
                        and k + 1 < len(toks) and self._plural_phrase(toks, k):
                    # "sanctioned the following individuals: A, B and C", "designated senior officers, including A
                    # and B": the people the plural noun after the verb spells out
                    spelled = self._spelled_out(toks, k)
                    if spelled:
                        direct, after = spelled, k
                if not direct and trig.object and (trig.event == "Praise" or trig.event in MEETINGS) \
                        and k < len(toks) and toks[k].code is None and toks[k].low.isalpha():
                    # "thanked countries that had sent help, including the United States": the people or parties the
                    # list after the plural noun (and its relative clause) names
                    e = k + 1
                    while e + 1 < len(toks) and e - k <= 14 and toks[e].code is None and toks[e].low not in STOP_MARKS \
                            and not (toks[e].low == "," and toks[e + 1].low in ("including", "among")) \
                            and toks[e].low != ",":
                        e += 1
                    # (not past a phrase in the clause with a plural of its own: "thanked volunteers who helped refugees
                    # from many countries, including Ukraine": the list names the countries)
                    if e + 2 < len(toks) and toks[e].low == "," and toks[e + 1].low in ("including", "among") \
                            and (any(toks[x].low.endswith("s") for x in range(k, e))
                                 or toks[k - 1].low in ("those", "all") or toks[k].low in _EVERYONE) \
                            and not any(toks[x].low in ("from", "of", "in", "across", "around", "among") and any(
                                toks[y].low.endswith("s") and toks[y].low not in DETS for y in range(x + 1, min(e, x + 4)))
                                for x in range(k + 1, e) if any(toks[r].low in RELATIVE for r in range(k, x))):
                        d = e + 2 + (toks[e + 1].low == "among" and toks[e + 2].low == "them")
                        more, end = self._list_right(toks, self._skip_desc(toks, self._skip_det(toks, d)))
                        if more and all(m.code != "G" for m in more):
                            direct, after = more, end
                if not direct and trig.object and trig.event == "Praise" and k < len(toks) and toks[k].code is None:
                    # "credited the Central American presidents, and President X of Costa Rica in particular, for":
                    # the one singled out of a plural the praise names no one in
                    e = k
                    while e < len(toks) and e - k <= 8 and toks[e].code is None and toks[e].low not in STOP_MARKS \
                            and toks[e].low != "," and toks[e].low not in VERBISH:
                        e += 1
                    d = e + 2 + (e + 2 < len(toks) and toks[e + 2].low in ("especially", "particularly", "notably"))
                    if d < len(toks) and e > k and toks[e].low == "," and toks[e + 1].low == "and" \
                            and any(toks[x].low.endswith("s") for x in range(k, e)):
                        named, end = self._list_right(toks, self._skip_desc(toks, d))
                        if named and (d > e + 2 or end + 1 < len(toks) and toks[end].low == "in"
                                      and toks[end + 1].low == "particular"):
                            direct, after = named, end + 2 * (d == e + 2)
                if not direct and trig.object and (trig.event == "Praise" or trig.event in MEETINGS) \
                        and vend + 2 < len(toks) and toks[vend + 1].low == "the":
                    # "thanked the governor and the Sudanese president": the people named in the list, past a role
                    # that names no one
                    d = vend + 2
                    while d < len(toks) and d - vend <= 4 and toks[d].code is None and toks[d].low.isalpha() \
                            and toks[d].low not in VERBISH and toks[d].low != "and":
                        d += 1
                    if d + 1 < len(toks) and d > vend + 2 and toks[d].low == "and" and toks[d - 1].low in ROLE_HEADS:
                        e = self._skip_desc(toks, self._skip_det(toks, d + 1))
                        if e < len(toks) and toks[e].code in ("P", "N") and not self._clause_subject(toks, e):
                            direct, after = self._list_right(toks, e)
                if not direct and trig.object and j >= 3 and (toks[j].code or toks[j].low in ("he", "she", "they", "we")) \
                        and toks[j - 1].low == "whom" \
                        and toks[j - 2].low == "," and toks[j - 3].code in ("P", "N") and chain == []:
                    direct = [toks[j - 3]]  # "standing beside X, whom he praised for his courage": he praised X
                elif not direct and trig.object and j >= 5 and (toks[j].code or toks[j].low in ("he", "she", "they", "we")) \
                        and toks[j - 1].low == "whom" and toks[j - 2].low == "," and chain == []:
                    c = j - 3  # "X, Trump's former chief strategist, whom he praised as a great ally": X, past the role
                    while c >= 1 and j - c <= 10 and toks[c].low != "," and toks[c].low not in STOP_MARKS and (
                            toks[c].code is None or c + 1 < len(toks) and toks[c + 1].low == "'s"):
                        c -= 1
                    if c >= 1 and c < j - 3 and toks[c].low == "," and toks[c - 1].code in ("P", "N"):
                        direct = [toks[c - 1]]
                w = after
                while direct and w < len(toks) and toks[w].code is None and (
                        toks[w].low in TIME_LEADS or toks[w].low in TIME_HEADS
                        or toks[w].low.isdigit() and len(toks[w].low) == 4):
                    w += 1  # "listed him in 2022 together with": past the time
                if direct and w + 1 < len(toks) and toks[w].low == "," and toks[w + 1].low in ("together", "along"):
                    w += 1  # "A, B and C, together with three companies"
                elif direct and w < len(toks) and toks[w].low == ",":
                    w += 1  # "..., and C, the director for operations, together with": past C's description
                    while w < len(toks) and w - after <= 14 and toks[w].code is None and toks[w].low != "," \
                            and toks[w].low not in STOP_MARKS and toks[w].lem not in self.by_lemma:
                        w += 1
                    w += w < len(toks) and toks[w].low == ","
                if direct and trig.event.startswith("Sanctions") and w + 2 < len(toks) \
                        and toks[w].low in ("together", "along") and toks[w + 1].low == "with":
                    # "designated A together with three of his deputies: B, C and D": the deputies, named
                    g = self._skip_det(toks, w + 2)
                    if g < len(toks) and toks[g].code in ("G", "P", "N", "O") and g not in (toks.index(m) for m in direct) \
                            and not self._clause_subject(toks, g) \
                            and not (g + 1 < len(toks) and toks[g + 1].low in ("'s", "\u2019s")):
                        # (with the group's members: "three of his deputies: B, C", "two of his ministers, B and C";
                        # or more names: "..., and D, together with the E Group and the F Group")
                        direct = direct + self._list_right(toks, g)[0]
                    elif self._plural_phrase(toks, g):
                        direct = direct + self._spelled_out(toks, g)
                if trig.bare_object and not (direct and self._bare_after(toks, after)):
                    return None  # "called X a hero", "called X 'a liar'": a complement; "they called on X": none
                if trig.bare_object:
                    b = v - 1
                    while b >= 0 and (toks[b].code or toks[b].low in ("and", ",")):
                        b -= 1
                    if b < v - 1 and b >= 0 and toks[b].code is None and toks[b].low in ("which", "what", "that", "whom"):
                        return None  # "a statement, which they called the X Proposal": a name given, no call
                if trig.not_after_object and after < len(toks) and toks[after].low in trig.not_after_object:
                    return None  # "barred A from the race": another sense (the entry ban's own trigger reads "from entering")
                if direct:
                    add(trig.object, direct, trig.object_kinds)
                if trig.event == "Praise" and (trig.object or trig.possessor):
                    add(trig.object or trig.possessor, self._deeds_alongside(toks, vend + 1))
                # a verb with no object role and one of its prepositions next reads its phrases from the verb ("sat
                # beside X": X is no object)
                prep_next = not trig.object and vend + 1 < len(toks) and toks[vend + 1].low in dict(trig.preps)
                self._preps(trig, toks, after if direct and not prep_next else vend + 1, add)
        if slots.get("target") and trig.event.startswith("Sanctions"):
            # "sanctioned 19 people for election interference, among them A and B": the group's members
            last = max((x for x in toks if x.code == "G" and x.idx in slots["target"]), key=lambda x: x.start,
                       default=None)
            if last is not None and last.idx not in self._pronouns:
                add("target", self._spelled_out(toks, toks.index(last) + 1))
        if list_by and "agent" in cls.roles and slots:
            add("agent", list_by)
        if trig.event in MEETINGS and subject and all(m.code in ("L", "C") for m in subject):
            f = toks.index(subject[0])
            if f >= 1 and toks[f - 1].low in ("to", "into"):
                # "X's previous trip to Pyongyang was to meet Y": the traveller, not the place travelled to
                own = next((toks[x - 1] for x in range(f - 2, max(0, f - 7), -1)
                            if toks[x].low == "'s" and toks[x - 1].code in ("P", "N")), None)
                subject = [own] if own is not None else []
        if trig.subject:
            if trig.mutual and trig.subject == trig.object and slots.get(trig.subject):
                pass
            add(trig.subject, subject, trig.subject_kinds)
        if not passive and trig.subject and not trig.subject_nouns:
            self._share(toks, v, vend, subject, open_subject, quotes=trig.event == "Praise" or trig.event in MEETINGS)
        if trig.subject_nouns and trig.event.startswith("Sanctions") and any(c.low == "now" for c in chain_words) \
                and slots.get("target") and all(toks[x].code == "G" for x in range(len(toks))
                                                if toks[x].code and toks[x].idx in slots["target"]):
            return None  # "The list now comprises 103 entities and 108 individuals": a running total, no designation
        if not slots:
            return None
        rule = self.rules[trig.id] if (open_subject or subject) and (trig.infer_passive or not passive) \
            else self.rules_closed[trig.id]
        order = list(cls.roles)
        names = sorted(slots.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
        if trig.event in TALKS and slots.get("participant"):
            # "met her counterpart from Peru, B": the country describes B, who is the one met
            at = {t.idx: n for n, t in enumerate(toks) if t.code}
            slots["participant"] = [i for i in slots["participant"] if not (
                toks[at[i]].code in ("C", "K") and at[i] >= 1 and toks[at[i] - 1].low in ("from", "of")
                and at[i] + 2 < len(toks) and toks[at[i] + 1].low == "," and toks[at[i] + 2].code in ("P", "N")
                and toks[at[i] + 2].idx in slots["participant"])] if all(i in at for i in slots["participant"]) \
                else slots["participant"]
        if trig.event in TALKS:
            subj_ids = [m.idx for m in subject if m.idx in slots.get("participant", ())]
            rest = [i for i in slots.get("participant", ()) if i not in subj_ids]
            if trig.together and any(toks[k].low == "in" and toks[k + 1].code is None and toks[k + 1].low.endswith("ing")
                                     for k in range(vend + 1, min(len(toks) - 1, vend + 12))):
                return None  # "C joined A in calling for talks": a stance shared, no meeting
            if trig.together and trig.requires_near and not any(
                    (toks[k].lem in trig.requires_near or toks[k].low in trig.requires_near)
                    and any(toks[j].low in ("for", "at", "during") for j in range(max(vend + 1, k - 4), k))
                    for k in range(vend + 1, len(toks))):
                return None  # "was joined for the week by X, who held talks with Y": no meeting joined (one must be
                # named after the verb: "joined by X for their latest meeting", "joined A at the talks")
            if trig.together and passive and v >= 1 and toks[v - 1].low == ",":
                return None  # "Talks between A and B, joined by C, ...": the talks' own phrase tells it (or its plan)
            if passive and subj_ids and not rest and not trig.objects:
                return None  # "was met at the airport by his sisters, A and B": the greeters did not meet each other
            if passive and not subj_ids and not trig.objects:
                return None  # "A and B were greeted on the tarmac by relatives": they did not meet each other
            if not passive and trig.object and subj_ids and not rest and vend + 1 < len(toks) \
                    and (toks[vend + 1].code is None and toks[vend + 1].low in MET_OBJECT_OPENINGS
                         or toks[vend + 1].code == "G"):
                return None  # "A and B met reporters", "embraced their families", "met two ministers": others
            if not passive and subj_ids and not rest and t.lem in ("host", "receive", "visit", "greet") \
                    and not (vend + 2 < len(toks) and (toks[vend + 1].low, toks[vend + 2].low) in RECIPROCALS):
                return None  # "A and B, who hosted a banquet", "A and B visited the memorial": hosts, not a meeting
            if not passive and t.lem == "receive" and self._received_thing(toks, vend):
                return None  # "A received a letter from B": a thing sent, not a meeting
            if not subj_ids and any(x.low in ("separate", "separately") for x in toks[max(0, v - 4):vend + 8]):
                return None  # "in separate calls with A and with B": A and B did not talk to each other
            names = [("p1", subj_ids), ("p2", rest)] if subj_ids and rest and not trig.together \
                else [("p1", slots.get("participant", []))]  # "X brought together A and B": every pair met
        start = toks[v].start
        end = toks[min(len(toks) - 1, vend)].end
        hedged = any(c.low in HEDGES for c in chain_words)
        return RuleMatch(rule=rule, slots=tuple((n, tuple(i)) for n, i in names if i), start=start, end=end,
                         text=masked[start:end], evnoun=None, evnoun_pos=start, hedged=hedged,
                         body=body and not slots.get(trig.subject or ""))

    @staticmethod
    def _received_thing(toks: list[Tok], vend: int) -> bool:
        """Whether the object of "receive" ending at ``vend`` is a thing sent ("a letter", "a written message") rather
        than a person ("received X", "received a delegation")."""
        for k in range(vend + 1, min(len(toks), vend + 5)):
            if toks[k].code is not None or toks[k].low in ("from", "on", "by", ",", "."):
                return False
            if toks[k].low in SENT_THINGS:
                return True
        return False

    def _other_count(self, trig: Trigger, toks: list[Tok], v: int, vend: int, masked: str) -> RuleMatch | None:
        """"The other two were Chechens: A, who ..., and B", "The other three - A, B and C - were tied to the
        fraud": the rest of a list told just before, as many names as the count (the engine keeps it only after a
        list of the same kind)."""
        if toks[3].low in ("-", "\u2014", "\u2013"):  # the members between dashes, then any verb
            names, after = self._list_right(toks, 4)
            if after + 1 >= len(toks) or toks[after].low != toks[3].low or after + 1 != v:
                return None
        elif v == 3:  # "The other two were (Chechens:) A and B"
            k = vend + 1
            if k + 1 < len(toks) and not toks[k].code:
                e = k
                while e < len(toks) and e - k <= 4 and toks[e].code is None and toks[e].low.isalpha() \
                        and toks[e].low not in VERBISH:
                    e += 1
                if e >= len(toks) or toks[e].low != ":":
                    return None
                k = e + 1
            names, after = self._list_right(toks, k)
        else:
            return None
        count = toks[2].low
        want = int(count) if count.isdigit() else self._number_words.get(count)
        if not names or len(names) != want or any(m.code not in ("P", "N", "O") for m in names):
            return None
        cls = self.defs.classes[trig.event]
        targets = tuple(m.idx for m in names if m.code in cls.roles.get("target", ""))
        start, end = toks[v].start, toks[vend].end
        return RuleMatch(rule=self.rules[trig.id], slots=(("target", targets),), start=start, end=end,
                         text=masked[start:end], evnoun=None, evnoun_pos=start, hedged=False)

    @staticmethod
    def _participle(trig: Trigger, toks: list[Tok], t: Tok, i: int) -> bool:
        """Whether the word ``t`` at ``i`` after "have" is a past participle ("had ignored repeated calls", "had
        learnt of the meeting"), not an adjective before the trigger's object noun ("had detailed talks"). The token's
        own lemma is made only for the words the grammar compares, so the table is read here."""
        if t.low in _BROKEN_OFF:
            return True  # "had suspended talks with X": talks broken off, not held
        if not t.low.endswith(("ed", "en", "t", "d", "wn", "ne")):
            return False
        base = lemma(t.low)
        if base == t.low or not base.isalpha():
            return False
        if any(lem == (base,) for lem in trig.lemmas):
            return True  # "has not held talks with X": the trigger's own verb, read (with its negation) there
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return not (nxt is not None and nxt.code is None and any(obj[0] == nxt.lem for obj in trig.objects))

    def _had_done(self, trig: Trigger, toks: list[Tok], v: int, vend: int, masked: str) -> RuleMatch | None:
        """"X has had his UK assets frozen by Y": X's assets, Y the acting party (with no "by", nothing is read)."""
        k = v - 1
        ends = self._object_ends.get(trig.id, frozenset())
        seen_noun = False
        while k >= 0 and v - k <= 4 and toks[k].code is None and toks[k].low not in ("his", "her", "their", "its"):
            seen_noun = seen_noun or toks[k].lem in ends
            k -= 1
        if not seen_noun or k < 2 or toks[k].low not in ("his", "her", "their", "its") \
                or toks[k - 1].lem != "have" and toks[k - 1].low != "had":
            return None
        chain, j = self._chain(toks, k - 2)
        words = [toks[c] for c in chain if toks[c].code is None]
        if self._blocked(toks, k - 1, k - 1, words, j):
            return None
        owner = self._subject(toks, j)
        cls = self.defs.classes[trig.event]
        owners = [m.idx for m in owner if m.code in cls.roles.get(trig.possessor, "")]
        if not owners:
            return None
        slots = [(trig.possessor, tuple(owners))]
        agent = [m.idx for m in self._by_agent(toks, vend + 1) if trig.subject and m.code in cls.roles.get(
            trig.subject, "")]
        if not agent:  # who froze them is told elsewhere, if at all: not guessed from the article
            return None
        slots.insert(0, (trig.subject, tuple(agent)))
        start, end = toks[v].start, toks[vend].end
        return RuleMatch(rule=self.rules[trig.id], slots=tuple(slots), start=start, end=end,
                         text=masked[start:end], evnoun=None, evnoun_pos=start, hedged=False)

    def _noun_match(self, trig: Trigger, toks: list[Tok], v: int, vend: int, masked: str) -> RuleMatch | None:
        """A noun trigger after a possessor: "Biden's summit in Brussels with Michel and von der Leyen". The
        possessor fills the trigger's ``possessor`` role, prepositional phrases the others; a negation, modal or
        condition before the possessor's clause is not looked at, so only a plain possessive counts."""
        if trig.requires_near and not (v >= 1 and toks[v - 1].low in trig.requires_near or any(
                toks[k].lem in trig.requires_near or toks[k].low in trig.requires_near
                for k in range(vend + 1, min(len(toks), vend + 5)))):
            # "a news conference": the word right before the noun ("a conference" alone is no contact); "X's
            # expansion of sanctions on Y": a word of the noun's own complement
            return None
        f = v - 1 if v >= 1 and toks[v - 1].low == "for" else v - 2 if v >= 2 and toks[v - 2].low == "for" \
            and toks[v - 1].code is None and toks[v - 1].low not in DETS else -1
        if f > 0 and trig.mutual and trig.event in CONTACTS:
            # "X flew into Germany for talks with Y", "X arrived in Beijing for informal talks with Y": X met Y
            purpose = self._purpose_subject(toks, f + 1)
            if purpose:
                return self._noun_slots(trig, toks, v, vend, masked, purpose)
        b = self._between_after(toks, vend) if trig.mutual and trig.event in CONTACTS else None
        if b is not None:
            # "recalling the summits between A and B in 1990", "a meeting in Havana between A, B and C": a told
            # event, not a planned one (no plan, modal, negation, condition or wish before it, nor in the rest of
            # its clause; a relative clause after the names is another clause)
            members, after = self._list_right(toks, self._skip_det(toks, b + 1))
            if members and after + 3 < len(toks) and toks[after].low == "," and toks[after + 1].low == "joined" \
                    and toks[after + 2].low == "by":
                # "talks at the Dead Sea between A and B, joined by C": C took part with them
                role = self._role_comma(toks, after + 3)
                joined, after = self._list_right(toks, role if role is not None
                                                 else self._skip_desc(toks, self._skip_det(toks, after + 3)))
                members = members + joined
            rest = next((k for k in range(after, len(toks) - 1) if toks[k].low == "," and toks[k + 1].low
                         in RELATIVE), len(toks))
            if any(x.code is None and (x.low in self.condition or x.low in self.negation or x.low in self.modal
                                       or x.low in PLANNED or k < v and (x.low == "to" or x.lem in self.irrealis
                                                                         and toks[k + 1].low in ("to", "for")))
                   for k, x in enumerate(toks[:rest]) if not v <= k <= after):
                return None
            if 2 <= len(members) <= 5 and all(m.code in ("P", "N") for m in members):
                start, end = toks[v].start, toks[vend].end  # one side: every pair of them met
                return RuleMatch(rule=self.rules_closed[trig.id], slots=(("p1", tuple(m.idx for m in members)),),
                                 start=start, end=end, text=masked[start:end], evnoun=None, evnoun_pos=start,
                                 hedged=False)
            return None
        w = self._at_which_after(toks, vend) if trig.mutual and trig.event in CONTACTS else None
        if w is not None:
            # "talks in Berlin last week at which A and B agreed on a deal": the relative clause's subjects took part
            # (a told event: no plan, modal, negation, condition or wish before the noun, nor in the clause itself)
            members, after = [], w + 2
            while after < len(toks) and toks[after].code in ("P", "N"):
                members.append(toks[after])  # "at which A, B and C agreed": the people who open the clause
                after += 1
                if after + 1 < len(toks) and toks[after].low in (",", "and") and toks[after + 1].code in ("P", "N"):
                    after += 1
                elif after + 2 < len(toks) and toks[after].low == "," and toks[after + 1].low == "and" \
                        and toks[after + 2].code in ("P", "N"):
                    after += 2
            stop = next((k for k in range(after, len(toks)) if toks[k].low in STOP_MARKS or toks[k].low == ","),
                        len(toks))
            if 2 <= len(members) <= 5 and all(m.code in ("P", "N") for m in members) and not any(
                    x.code is None and (x.low in self.condition or x.low in self.negation or x.low in self.modal
                                        or x.low in PLANNED or x.lem in self.irrealis or k < v and x.low == "to")
                    for k, x in enumerate(toks[:stop]) if not v <= k < after):
                start, end = toks[v].start, toks[vend].end
                return RuleMatch(rule=self.rules_closed[trig.id], slots=(("p1", tuple(m.idx for m in members)),),
                                 start=start, end=end, text=masked[start:end], evnoun=None, evnoun_pos=start,
                                 hedged=False)
        at = self._at_meeting(toks, v) if trig.mutual and trig.event in CONTACTS else None
        if at is not None:
            # "A and B declared ... at the end of a White House summit", "The two men announced the truce after a
            # summit hosted by C": the clause's subjects took part in it (no negation, modal or wish between)
            names = self._opening_subject(toks, at)
            end = toks.index(names[-1]) if names else at
            if names and all(m.code in ("P", "N") for m in names) and (len(names) >= 2 or names[0].idx in self._pronouns) \
                    and not any(x.code is None and (x.low in self.condition or x.low in self.negation or x.low in self.modal
                                                    or x.lem in self.irrealis or x.low in PLANNED)
                                for x in toks[end:next((k for k in range(end, v) if toks[k].low in (",", "that")), v)]):
                start, stop = toks[v].start, toks[vend].end
                return RuleMatch(rule=self.rules_closed[trig.id], slots=(("p1", tuple(m.idx for m in names)),),
                                 start=start, end=stop, text=masked[start:stop], evnoun=None, evnoun_pos=start,
                                 hedged=False)
            # "X told reporters after a meeting with Y", "X said during talks with Y": X met Y, when nothing opens
            # another clause or names another person between them
            if len(names) == 1 and names[0].code in ("P", "N") and not any(
                    x.code or x.low in RELATIVE or x.low in (";", ":", "but", "while", "whom", "whose")
                    or x.low in self.condition or x.low in self.negation or x.low in self.modal
                    or x.lem in self.irrealis or x.low in PLANNED for x in toks[end + 1:v]):
                return self._noun_slots(trig, toks, v, vend, masked, names)
            if not names and at == self._dateline_end(toks, v):
                # "After a meeting in Lima with Y, envoy X said ...": the phrase opens the sentence, and the
                # subject after its comma took part (a told meeting: no plan, modal, negation or wish in either)
                holder = self._subject_after_phrase(toks, at, vend)
                if holder:
                    return self._noun_slots(trig, toks, v, vend, masked, holder)
        if not trig.possessor:
            return None
        p = v - 1  # "Kim's second meeting with X": a told, not a planned, event between the possessor and the noun
        while p >= 1 and v - p <= 2 and toks[p].code is None and (toks[p].low in TOLD_EVENT_WORDS or toks[p].low in MEDIA):
            p -= 1
        if p >= 1 and toks[p].low in ("his", "her") and trig.event in CONTACTS:
            # "X had been briefed before his meeting with Y": the person named last before "his" is X
            holder = next((toks[k] for k in range(p - 1, -1, -1) if toks[k].code == "P"), None)
            if holder is None and p == 1 + self._dateline_end(toks, v) and toks[p - 1].low in ("during", "after", "at",
                                                                                               "following", "in"):
                # "During his meeting with Y, X raised the case": the subject after the opening phrase's comma
                c = next((k for k in range(vend + 1, min(len(toks) - 1, vend + 14)) if toks[k].low == ","), None)
                holder = toks[c + 1] if c is not None and toks[c + 1].code in ("P", "N") else None
                if holder is not None and holder.idx in self._pronouns:
                    holder = None
                stop = next((k for k in range((c or 0) + 2, len(toks)) if toks[k].low in STOP_MARKS
                             or toks[k].low == ","), len(toks))
                if holder is not None and any(
                        x.code is None and (x.low in self.condition or x.low in self.negation or x.low in self.modal
                                            or x.low in PLANNED or x.lem in self.irrealis or x.low in ("next", "upcoming"))
                        for x in toks[p:stop]):
                    return None  # "During his meeting with Y next week, X will raise it": not told yet
            if holder is None or any(toks[k].low in self.condition or toks[k].low in self.negation
                                     or toks[k].low in self.modal or toks[k].low in _BROKEN_OFF
                                     for k in range(toks.index(holder), p)):
                return None  # (and "X cancelled his meeting with Y", "X postponed her talks with Y": not held)
            return self._noun_slots(trig, toks, v, vend, masked, [holder])
        if p < 1 or toks[p].low != "'s" or not toks[p - 1].code:
            return None
        if any(toks[k].low in self.condition or toks[k].low in self.negation or toks[k].low in self.modal
               or toks[k].lem in self.irrealis for k in range(0, p - 1)):
            return None
        if trig.event in CONTACTS and any(
                x.code is None and x.low in _CALLED_OFF
                for x in toks[vend + 1:next((k for k in range(vend + 1, len(toks)) if toks[k].low in STOP_MARKS
                                             or toks[k].low in (",", "but", "and")), len(toks))]):
            return None  # "Biden's call with Xi was postponed", "X's meeting with Y was called off": not held
        return self._noun_slots(trig, toks, v, vend, masked, self._list_left(toks, p - 1))

    def _holder_match(self, trig: Trigger, toks: list[Tok], v: int, vend: int, masked: str) -> RuleMatch | None:
        """A measure noun whose phrase names its holder and its target: "in breach of U.S. sanctions on X",
        "Washington's own embargo against X", "the sanctions imposed on X by the U.N.", "U.N. sanctions on X,
        imposed by the Security Council". The holder is a name before the noun (across a few modifiers) or the
        agent of its participle; the target follows "on" or "against". A measure the sentence does not tell as
        real (a negation, modal, condition, plan or demand before it, or a word of ``not_after``) is nothing."""
        k = vend + 1
        if k >= len(toks) or toks[v].low == toks[v].lem and toks[v].low == "sanction":
            return None  # "to sanction X": a verb
        participle = toks[k].code is None and toks[k].lem in self._imposing and toks[k].low != toks[k].lem
        if participle:
            k += 1  # "the sanctions imposed on X by Y"
            j = k  # (past a time: "sanctions introduced Wednesday on X", "sanctions imposed last week against X")
            while j < len(toks) and j - k < 4 and toks[j].code is None and (
                    toks[j].low in ("last", "this", "earlier", "in") or toks[j].low in TIME_HEADS
                    or toks[j].low.isdigit() and len(toks[j].low) == 4):
                j += 1
            if k < j < len(toks) and toks[j].low in ("on", "against") \
                    and (toks[j - 1].low in TIME_HEADS or toks[j - 1].low.isdigit()):
                k = j
        under = not participle and (k >= len(toks) or toks[k].low not in ("on", "against"))
        if under and not (k >= len(toks) or toks[k].low in STOP_MARKS or toks[k].low in (",", "since", "under", "for",
                                                                                         "over", "and")):
            return None  # "U.S. sanctions policy": no measure with a target after it
        b = v - 1  # the holder: "U.S. sanctions", "American trade sanctions", "Washington's own sanctions"
        while b >= 0 and v - b <= 3 and toks[b].code is None and toks[b].low not in HOLDER_STOPS \
                and (toks[b].low.replace("-", "").isalpha() or toks[b].low.endswith("-old")) \
                and (toks[b].low not in VERBISH or toks[b].low == "own") and toks[b].low not in PREPOSITIONS \
                and toks[b].lem not in self.by_lemma:
            if toks[b].low in PLANNED or toks[b].low in HOLDER_NEW:
                return None  # "possible U.S. sanctions on X", "new EU sanctions": a plan, or the verb's own measure
            b -= 1
        if b >= 1 and toks[b].low == "'s" and toks[b - 1].code:
            b -= 1
        holder = self._list_left(toks, b) if b >= 0 and toks[b].code in HOLDER_CODES else []
        holder = [m for m in holder if m.code in HOLDER_CODES]
        first = toks.index(holder[0]) if holder else None  # where the holder's phrase starts
        if first is not None:
            if first >= 1 and toks[first - 1].low in PLANNED | HOLDER_NEW:
                return None
        elif not participle:
            return None
        elif v >= 2 and toks[v - 1].low == "to" and (toks[v - 2].low in ("adding", "added", "add", "adds")
                                                     or v >= 3 and toks[v - 3].low == "in" and toks[v - 2].low == "addition") \
                and not any(x.low == "by" for x in toks[vend + 1:next((y for y in range(vend + 1, len(toks))
                                                                         if toks[y].low in STOP_MARKS
                                                                         or toks[y].low == ","), len(toks))]):
            # "Britain sanctioned A, adding to (in addition to) sanctions imposed in May on B": the sentence's own party
            # (not when the participle names its own: "adding to sanctions imposed by the U.S. on B")
            holder = [m for m in self._main_subject(toks, v) if m.code in HOLDER_CODES]
            first = toks.index(holder[0]) if holder else None
        start_scope = first if first is not None else v
        if any(toks[x].code is None and (toks[x].lem in trig.in_force_after or lemma(toks[x].low) in trig.in_force_after)
               for x in range(max(0, start_scope - 3), start_scope)):
            start_scope = 0  # "on charges of violating U.S. sanctions on X": in force, whatever else the sentence says
        if participle and first is not None and not any(
                toks[x].code is None and (toks[x].lem in trig.not_after or toks[x].low in PLANNED)
                for x in range(0, first)):
            # "had not offered to ease the U.N. sanctions imposed on X": a measure its holder imposed, told by its
            # participle, is in force whatever the sentence says of easing it
            start_scope = 0
        for x in range(self._dateline_end(toks, start_scope), start_scope):
            w = toks[x]
            if w.code is None and w.text == "May" and x > 0:
                continue  # "NAIROBI, May 3 -", "in May": the month, no modal
            if w.code is None and (w.low in self.condition or w.low in self.negation or w.low in self.modal
                                   or w.lem in self.irrealis or w.lem in self.directive or w.lem in trig.not_after
                                   or w.low in PLANNED):
                return None
        slots, add = _role_slots(self.defs.classes[trig.event])
        add(trig.possessor, holder)
        if under:  # "A, B and C remain subject to U.S. sanctions", "X has been under EU sanctions since 2022"
            if first is None:
                return None
            u = first - 1
            u -= u >= 0 and toks[u].low in ("tightened", "tough", "heavy", "crippling", "sweeping", "existing")
            u -= u >= 1 and toks[u].low in ("a", "an") and toks[u - 1].low in ("under", "to")  # "under a U.S. embargo"
            if u >= 1 and toks[u].low == "to" and toks[u - 1].low == "subject":
                u -= 2
            elif u >= 0 and toks[u].low == "under":
                u -= 1
            else:
                return None
            c = u
            while c >= 0 and toks[c].code is None and toks[c].low in UNDER_COPULAS:
                c -= 1
            if c == u and c >= 1 and toks[c].low == "," and toks[c - 1].code and toks[u + 1].low == "under" \
                    and any(toks[x].low == "," for x in range(v + 1, min(len(toks), v + 8))):
                c -= 1  # "Cuba, under U.S. sanctions since 1962, welcomed the move": the name the phrase describes
            if c >= 2 and c < u and toks[c].low in ("who", "which") and toks[c - 1].low == "," and toks[c - 2].code:
                c -= 2  # "A, who is already subject to EU sanctions, said": the name the clause describes
            elif c >= 1 and c < u and toks[c].low == "," and toks[c - 1].code:
                c -= 1  # "A and B, two senior figures, remain subject to": the apposition's name
            if c == u or c < 0 or not toks[c].code or toks[c].low == "'s":
                return None
            add("target", self._list_left(toks, c))
        else:
            self._preps(trig, toks, k, add)
        if not slots.get("target"):
            return None
        last = max(i for i, m in enumerate(toks) if m.code and m.idx in slots["target"])
        for x in range(last + 1, min(len(toks), last + 7)):  # "X's sanctions on Y will take effect": not yet
            if toks[x].low in STOP_MARKS or toks[x].low in RELATIVE:
                break
            if toks[x].code is None and (toks[x].low in self.negation or toks[x].low in self.modal):
                return None
        if not slots.get("agent"):  # "U.N. sanctions on X, imposed by the Security Council in 2009"
            e = k + 1
            while e < len(toks) and (toks[e].code or toks[e].low in ("and", ",") and e + 1 < len(toks)
                                     and toks[e + 1].code):
                e += 1
            if e + 1 < len(toks) and toks[e].low == "," and toks[e + 1].lem in self._imposing \
                    and toks[e + 1].low != toks[e + 1].lem:
                add("agent", [m for m in self._by_agent(toks, e + 2) if m.code in HOLDER_CODES])
        if not slots.get("agent"):
            return None
        targets = [i for i in slots["target"] if i not in slots["agent"]]
        if not targets:
            return None
        names = (("agent", tuple(slots["agent"])), ("target", tuple(targets)))
        start, end = toks[v].start, toks[vend].end
        return RuleMatch(rule=self.rules_closed[trig.id], slots=names, start=start, end=end, text=masked[start:end],
                         evnoun=None, evnoun_pos=start, hedged=False)

    @staticmethod
    def _at_meeting(toks: list[Tok], v: int) -> int | None:
        """Where "at", "during", "after", "following" or "in" opens the phrase of the event noun at ``v`` ("at the end
        of a White House summit", "during their talks", "after a summit", "after talks", "in a meeting"), or None."""
        if v >= 1 and toks[v - 1].low in ("after", "during", "following") \
                and toks[v].low in ("talks", "negotiations", "consultations"):
            return v - 1  # a bare plural: "X flew home after talks with Y"
        k = v - 1
        while k >= 0 and v - k <= 3 and (toks[k].code in ("K", "L", "C") or toks[k].code is None and toks[k].low.isalpha()
                                         and toks[k].low not in VERBISH and toks[k].low not in _MEETING_DETS
                                         and toks[k].low not in ("and", "of", "at", "during", "after")):
            k -= 1
        if k < 1 or toks[k].low not in _MEETING_DETS:
            return None
        k -= 1
        if k >= 2 and toks[k].low == "of" and toks[k - 1].low in ("end", "close", "start", "opening", "sidelines") \
                and toks[k - 2].low == "the":
            k -= 3
        return k if k >= 0 and toks[k].low in ("at", "during", "after", "following", "in") else None

    @staticmethod
    def _in_measure_after(toks: list[Tok], k: int) -> bool:
        """Whether the words from ``k`` only say in which measure the names were given, and end the clause ("were also
        named in a separate announcement", "were also listed in the decree", "were also included on the list"), not in
        a document of another sense ("named in the indictment", "in the report")."""
        if k + 2 >= len(toks) or toks[k].low not in ("in", "on") or toks[k + 1].low not in ("a", "an", "the", "its"):
            return False
        e = k + 2
        if e < len(toks) and toks[e].code is None and toks[e].low in ("separate", "new", "second", "later", "same",
                                                                     "earlier", "first", "further"):
            e += 1
        return e < len(toks) and toks[e].code is None and toks[e].low in _MEASURE_DOCUMENTS \
            and (e + 1 >= len(toks) or toks[e + 1].low in STOP_MARKS or toks[e + 1].low == ",")

    @staticmethod
    def _bare_after(toks: list[Tok], k: int) -> bool:
        """Whether the object that ends before ``k`` has no complement: the clause ends, or a comma, a semicolon,
        "and", "but", a purpose "to", a phrase of time, or a preposition or conjunction that opens an adjunct ("on",
        "in", "after", "before", "from", "over", "about", "during", "while", "when", "as" but not "as a") follows
        ("called X on Sunday", "called X to discuss", "called X last week", "called X from Paris")."""
        if k < len(toks) and toks[k].low in ('"', "\u201c", "\u201d", "'", "\u2018", "\u2019"):
            return False  # 'called X "a liar"': a quoted complement
        if k + 1 < len(toks) and toks[k].low == "to":
            return toks[k + 1].lem in _CALL_PURPOSES  # "called X to discuss" ("called X to resign": a demand)
        if k >= len(toks) or toks[k].low in STOP_MARKS or toks[k].low in (",", ";", "and", "but", "after",
                                                                           "before", "from", "over", "about"):
            return True
        if toks[k].low in ("on", "in", "late", "early", "earlier", "last", "this", "twice", "again", "back",
                           "shortly", "hours", "days", "during", "while", "when", "as", "ahead"):
            return not (k + 1 < len(toks) and toks[k + 1].low in ("a", "an", "the") and toks[k].low == "as")
        return toks[k].low in TIME_HEADS

    def _deeds_alongside(self, toks: list[Tok], k: int) -> list[Tok]:
        """The doers of deeds that a praise joins to its own object further on in its clause: "commends Chile's key
        role in the talks, alongside the efforts of Peru", "praised X for its help, as well as Y's support": Peru and
        Y (a deed noun and its owner; a bare name after "alongside" may be a second praiser, and is left out)."""
        n = len(toks)
        for c in range(k, min(n - 2, k + 30)):
            t = toks[c]
            if t.low in STOP_MARKS or t.low in (";", ":", "but", "while", "whereas") or t.low in RELATIVE \
                    or t.code is None and t.lem in REPORT:
                return []
            if t.low == "as" and [x.low for x in toks[c:c + 3]] == ["as", "well", "as"]:
                d = c + 3
            elif t.low in ("alongside", "besides") or t.low in ("along", "together") and toks[c + 1].low == "with":
                d = c + 1 + (t.low in ("along", "together"))
            else:
                continue
            if toks[c - 1].low != ",":
                return []
            d = self._skip_det(toks, d)
            if d + 1 < n and toks[d].code and toks[d + 1].low == "'s":
                e = d + 2  # "Y's support"
                while e < n and e - d <= 4 and toks[e].code is None and toks[e].low in DETS | _DEED_WORDS | _DEEDS:
                    e += 1
                return [toks[d]] if any(toks[x].low in _DEEDS for x in range(d + 2, e)) else []
            e = d
            while e < n and e - d <= 3 and toks[e].code is None and toks[e].low.isalpha() \
                    and toks[e].low not in VERBISH:
                e += 1
            if not any(toks[x].low in _DEEDS for x in range(d, e)):
                return []
            if e + 1 < n and toks[e].code is None and toks[e].low.endswith(("ed", "en", "wn")) \
                    and toks[e + 1].low == "by":
                e += 1  # "the cooperation shown by Y"
            if e + 1 < n and toks[e].low in ("of", "by"):
                members, _ = self._list_right(toks, self._skip_det(toks, e + 1))
                return [m for m in members if m.code in ("C", "K", "O", "P", "N", "L")]
            return []
        return []

    def _subject_after_phrase(self, toks: list[Tok], at: int, vend: int) -> list[Tok]:
        """The people who open the main clause after an opening phrase that ends at its comma ("After a meeting in
        Lima with Y, envoy X said"): the names after the comma (a lowercase role word or two before them) when a
        verb follows them; [] when a negation, modal, condition, plan or wish is in the phrase or the verb chain."""
        n = len(toks)
        c = next((k for k in range(vend + 1, min(n, vend + 16)) if toks[k].low == "," or toks[k].low in STOP_MARKS),
                 None)
        if c is None or toks[c].low != ",":
            return []
        k = c + 1
        while k < n and k - c <= 3 and toks[k].code is None and toks[k].low.isalpha() and toks[k].low.islower() \
                and toks[k].low not in VERBISH and toks[k].low not in ("and", "the", "but", "he", "she", "they", "it"):
            k += 1
        names: list[Tok] = []
        while k < n and toks[k].code in ("P", "N") and toks[k].idx not in self._pronouns:
            names.append(toks[k])
            k += 1
            if k + 1 < n and toks[k].low in (",", "and") and toks[k + 1].code in ("P", "N"):
                k += 1
            elif k + 2 < n and toks[k].low == "," and toks[k + 1].low == "and" and toks[k + 2].code in ("P", "N"):
                k += 2
        if not names or k >= n or toks[k].code is not None or toks[k].low in ("'s", "of", ",", "who", "whose") \
                or toks[k].low in STOP_MARKS:
            return []
        # (the verb chain of the main clause only: "X said the border would reopen" reports a plan, it makes none)
        stop = next((x for x in range(k, n) if toks[x].low in STOP_MARKS or toks[x].low in (",", "that")
                     or toks[x].lem in REPORT), n)
        if any(toks[x].code is None and (toks[x].low in self.condition or toks[x].low in self.negation
                                         or toks[x].low in self.modal or toks[x].low in PLANNED
                                         or toks[x].lem in self.irrealis and x + 1 < n and toks[x + 1].low == "to")
               for x in list(range(at, c)) + list(range(k, stop))):
            return []
        return names

    @staticmethod
    def _at_which_after(toks: list[Tok], vend: int) -> int | None:
        """Where "at which" or "during which" follows an event noun, right after it or after a short phrase of place
        or time ("talks in Berlin last week at which A and B agreed"), or None."""
        for k in range(vend + 1, min(len(toks) - 1, vend + 8)):
            t = toks[k]
            if t.low in ("at", "during") and toks[k + 1].low == "which":
                return k
            if t.low in STOP_MARKS or t.low in (",", "and", "that", "who", "which", "where", "with", "between") \
                    or t.code in ("P", "N", "O", "G"):
                return None
        return None

    @staticmethod
    def _between_after(toks: list[Tok], vend: int) -> int | None:
        """Where "between" follows an event noun, right after it or after a short phrase of place or time ("the
        handshake on the White House lawn between A and B"), or None."""
        k = vend + 1
        if k < len(toks) and toks[k].low in ("in", "at", "on", "last", "this"):
            k = next((x for x in range(k + 1, min(len(toks), k + 7)) if toks[x].low == "between"
                      or toks[x].low in STOP_MARKS or toks[x].low in (",", "and") or toks[x].low in RELATIVE), k)
        return k if k < len(toks) and toks[k].low == "between" else None

    def _noun_slots(self, trig: Trigger, toks: list[Tok], v: int, vend: int, masked: str,
                    holder: list[Tok], others: list[Tok] = ()) -> RuleMatch | None:
        slots, add = _role_slots(self.defs.classes[trig.event])
        add(trig.possessor, holder)
        own = list(slots.get(trig.possessor, []))
        if others:
            add(trig.possessor, list(others))
        else:
            if vend + 1 < len(toks) and toks[vend + 1].low == "of" and "of" not in self._prep_roles[trig.id]:
                return None  # "Y's appreciation of the risks to X": the noun's own complement, another sense
            k = vend + 1
            if k < len(toks) and toks[k].low == "of" and self._prep_roles[trig.id].get("of") == "":
                # "X's expansion of sanctions on Y": past the measure the noun's complement names, to its phrases
                e = k + 1
                while e < len(toks) and e - k <= 6 and toks[e].code is None and toks[e].low.replace("-", "").isalpha() \
                        and not self._prep_roles[trig.id].get(toks[e].low):
                    e += 1
                if e >= len(toks) or not self._prep_roles[trig.id].get(toks[e].low):
                    return None
                if trig.requires_near and not any(toks[x].lem in trig.requires_near or toks[x].low in trig.requires_near
                                                  for x in range(k + 1, e)):
                    return None  # "X's expansion of its mission on Y": no measure
                k = e
            self._preps(trig, toks, k, add)
            if trig.event.startswith("Sanctions") and slots.get("target"):
                last = max(i for i, m in enumerate(toks) if m.code and m.idx in slots["target"])
                for x in range(last + 1, min(len(toks), last + 7)):  # "X's expansion of sanctions on Y could come"
                    if toks[x].low in STOP_MARKS or toks[x].low in RELATIVE:
                        break
                    if toks[x].code is None and (toks[x].low in self.negation or toks[x].low in self.modal):
                        return None
        rest = [i for r, ids in slots.items() for i in ids if i not in own]
        if not own or not rest:
            return None
        names = [("p1", own), ("p2", rest)] if trig.mutual else sorted(slots.items())
        start, end = toks[v].start, toks[vend].end
        return RuleMatch(rule=self.rules_closed[trig.id], slots=tuple((n, tuple(i)) for n, i in names if i),
                         start=start, end=end, text=masked[start:end], evnoun=None, evnoun_pos=start, hedged=False)

    def _measure_subject(self, trig: Trigger, toks: list[Tok], v: int, vend: int, masked: str) -> RuleMatch | None:
        """A measure that is the verb's subject: "U.N. sanctions against X came into force on Sunday", "sanctions
        on X took effect". The measure noun opens the clause with its target after "on" or "against"; a name
        before it ("U.N. sanctions", "the EU's embargo") is the acting party, else the article tells it."""
        after = [toks[k].lem for k in range(vend + 1, min(len(toks), vend + 4))]
        if not any(w in after for obj in trig.objects for w in obj) or toks[v].low == toks[v].lem and toks[v].low \
                not in ("come", "take", "remain", "stay", "go", "enter"):
            return None
        chain, j = self._chain(toks, v - 1)
        if self._blocked(toks, v, vend, [toks[c] for c in chain], j):
            return None
        for k in range(j, max(-1, j - 25), -1):
            t = toks[k]
            if t.code is None and t.low in STOP_MARKS:
                return None
            if t.code is None and t.lem in trig.measures and k + 1 < len(toks) and toks[k + 1].low in (
                    "on", "against", "targeting"):
                targets = self._list_right(toks, self._skip_desc(toks, self._skip_det(toks, k + 2)))[0]
                b = k - 1
                while b >= 0 and toks[b].code is None and (toks[b].low in DETS or toks[b].low in ("'s", "new")):
                    b -= 1
                if b >= 0 and toks[b].code is None and toks[b].low not in (",", "and", "but", "-"):
                    return None  # the measure is inside a longer phrase ("a vote on sanctions on X ...")
                agent = [toks[b]] if b >= 0 and toks[b].code and (b + 1 == k or toks[b + 1].low == "'s"
                                                                  or toks[b + 1].low in DETS) else []
                cls = self.defs.classes[trig.event]
                slots = [(r, tuple(m.idx for m in ms if m.code in cls.roles.get(r, "")))
                         for r, ms in (("agent", agent), ("target", targets))]
                slots = [(r, ids) for r, ids in slots if ids]
                if not any(r == "target" for r, _ in slots):
                    return None
                rule = self.rules[trig.id] if not agent else self.rules_closed[trig.id]
                start, end = toks[v].start, toks[vend].end
                return RuleMatch(rule=rule, slots=tuple(slots), start=start, end=end, text=masked[start:end],
                                 evnoun=None, evnoun_pos=start, hedged=False)
        return None

    def _among_participle(self, trig: Trigger, toks: list[Tok], v: int, vend: int, masked: str) -> RuleMatch | None:
        """"A and B were among those sanctioned by X", "A is among the Peruvian officials sanctioned by X", "A, one of
        the officials targeted by X, denied": the names before "among" or "one of" are in the group X sanctioned."""
        b = v - 1
        while b >= 1 and v - b <= 4 and toks[b].code in (None, "C") and (toks[b].low.replace("-", "").isalpha()
                                                                        or toks[b].code) \
                and toks[b].low not in ("among", "of") and toks[b].low not in VERBISH:
            b -= 1
        if b < 1 or b == v - 1 and toks[b].low not in ("among", "of"):
            return None
        if toks[b].low == "of" and toks[b - 1].low == "one":
            b -= 1
        elif toks[b].low != "among":
            return None
        c = b - 1
        while c >= 0 and toks[c].code is None and toks[c].low in ("is", "was", "are", "were", "also", "been", "has",
                                                                   "have", ","):
            c -= 1
        if c < 0 or c == b - 1 or not toks[c].code or toks[c].code not in ("P", "N", "O") \
                or any(toks[x].code is None and (x > c + 1 and toks[x].low == "," or toks[x].low in self.negation)
                       for x in range(c + 1, b)):
            return None
        if toks[c + 1].low == "," and not (b >= 1 and toks[b].low == "one"):
            return None  # "A, among the officials sanctioned by X": only "A, one of the ..."
        if any(toks[x].code is None and (x < b and (toks[x].low in self.negation or toks[x].low in self.modal
                                                    or toks[x].lem in self.irrealis))
               for x in range(self._dateline_end(toks, c), c)):
            return None
        cls = self.defs.classes[trig.event]
        agents = [m for m in self._by_agent(toks, vend + 1) if m.code in cls.roles.get(trig.subject or "", "")]
        targets = [m for m in self._list_left(toks, c) if m.code in cls.roles.get(trig.object, "")]
        if not agents or not targets:
            return None
        start, end = toks[v].start, toks[vend].end
        return RuleMatch(rule=self.rules_closed[trig.id], slots=(("agent", tuple(m.idx for m in agents)),
                                                                  (trig.object, tuple(m.idx for m in targets))),
                         start=start, end=end, text=masked[start:end], evnoun=None, evnoun_pos=start, hedged=False)

    def _participle_by(self, trig: Trigger, toks: list[Tok], v: int, vend: int, masked: str) -> RuleMatch | None:
        """A participle with its agent after a target: "X is one of seven oligarchs sanctioned by Britain on
        Thursday, alongside A; B, a banker; and C": Britain sanctioned the group, X, A, B and C."""
        cls = self.defs.classes[trig.event]
        agents = [m for m in self._list_right(toks, self._skip_det(toks, vend + 2))[0]
                  if m.code in cls.roles.get(trig.subject or "", "")]
        if not agents:
            return None
        targets = [toks[v - 1]]
        g = v - 1
        if g >= 3 and toks[g - 1].low in ("of", "among") and toks[g - 2].low in ("one", "among", "is", "was") \
                or g >= 2 and toks[g - 1].low == "among" \
                or g >= 1 and toks[g - 1].low in ("is", "was") and toks[g].code == "G":  # "X is one of 7 men"
            b = g - 1
            while b >= 0 and toks[b].low in ("of", "one", "among", "is", "was", "are", "were", "also"):
                b -= 1
            if b >= 0 and toks[b].code in ("P", "N", "O") and (b == 0 or toks[b - 1].low in (",", "and")
                                                               or b == self._dateline_end(toks, v)):
                targets.append(toks[b])  # "X is one of ...": X is in the group (also after a dateline)
        elif g >= 2 and toks[g].code == "G" and toks[g - 1].low == "," and toks[g - 2].code in ("P", "N", "O") \
                and vend + 1 < len(toks) and any(toks[x].low == "," for x in range(vend + 1, min(len(toks), vend + 8))):
            targets.append(toks[g - 2])  # "X, one of the officials sanctioned by Y, denied": X is in the group
        k = vend + 2
        while k < len(toks) and toks[k].code:
            k += 1
        while k < len(toks) and toks[k].code is None and (toks[k].low in TIME_LEADS or toks[k].low in TIME_HEADS
                                                          or toks[k].low.isdigit() or toks[k].low == ","):
            if toks[k].low == "," and k + 1 < len(toks) and toks[k + 1].low in ("alongside", "along", "together"):
                break
            k += 1
        if k + 1 < len(toks) and toks[k].low == ",":
            d = k + 1 + (toks[k + 1].low == "alongside") + 2 * (toks[k + 1].low in ("along", "together")
                                                                 and toks[k + 2].low == "with")
            if d > k + 1:
                targets += self._list_right(toks, self._skip_desc(toks, self._skip_det(toks, d)))[0]
        ids = tuple(dict.fromkeys(m.idx for m in targets if m.code in cls.roles.get(trig.object, "")))
        if not ids:
            return None
        start, end = toks[v].start, toks[vend].end
        return RuleMatch(rule=self.rules_closed[trig.id], slots=(("agent", tuple(m.idx for m in agents)),
                                                                  (trig.object, ids)),
                         start=start, end=end, text=masked[start:end], evnoun=None, evnoun_pos=start, hedged=False)

    def _share(self, toks: list[Tok], v: int, vend: int, subject: list[Tok], open_subject: bool,
               quotes: bool = False, party: bool = False) -> None:
        """Offer this verb's subject to the verbs coordinated after it in the same clause: an inflected verb after
        a comma or "and", with no clause boundary (a relative pronoun, a stop mark, a reporting verb) between; an
        infinitive whose subject is a country read from a modifier shares nothing ("X, the first U.S. official to
        visit Y, met Z and praised W": X met and praised, not the United States). With ``party`` the words are who
        a passive release freed, offered to the travel verbs after it ("A was freed and flown to Y")."""
        if v >= 2 and toks[v - 1].low == "to" and not (toks[v - 2].lem in self.realis or toks[v - 2].low in ADVERBS
                                                       or toks[v - 2].lem in self.irrealis) \
                and subject and all(m.code in ("C", "K") for m in subject):
            return  # (but "voted to tighten sanctions on X, freezing the assets of Y": the voter froze them)
        k = vend
        while k + 1 < len(toks):
            k += 1
            t = toks[k]
            if t.low in ('"', "\u201c") and k > vend + 1 and toks[k - 1].low == "as":
                # "hailed the vote as "a victory" and thanked X": a quoted description, not a clause of its own
                end = next((e for e in range(k + 1, min(len(toks), k + 30)) if toks[e].low in ('"', "\u201d")
                            or toks[e].low in (".", ";", "?", "!")), None)
                if end is not None and toks[end].low in ('"', "\u201d"):
                    k = end
                    continue
            if quotes and t.low in ('"', "\u201c") and k > vend + 1:
                # praise or a meeting: 'hailed what he called "an outcome created by us" and thanked X', 'thanked Y
                # "and the brotherly Egyptian people" for their hospitality and praised X': a quoted phrase inside
                # the clause, not a quotation of its own
                end = next((e for e in range(k + 1, min(len(toks), k + 16)) if toks[e].low in ('"', "\u201d")
                            or toks[e].low in (".", ";", "?", "!", ",")), None)
                if end is not None and toks[end].low in ('"', "\u201d"):
                    k = end
                    continue
            if t.low == "but" and k + 1 < len(toks) and toks[k + 1].code is None and toks[k + 1].lem in self.by_lemma \
                    and toks[k + 1].low != toks[k + 1].lem and not toks[k + 1].low.endswith("ing"):
                continue  # "lifted the ban on A but kept B under sanctions": the same subject
            if t.low in STOP_MARKS or t.low in RELATIVE or t.lem in REPORT or t.low in ("but", "while", "whereas"):
                return
            if t.code in ("P", "N") and k >= 2 and toks[k - 1].low == "and" and toks[k - 2].low == "," \
                    and self._opens_clause(toks, k):
                return  # "X visited him in May, and Y, whose ..., visited in April and embraced him": Y's verbs
            if t.low in ("after", "before", "when", "because", "although", "though", "until", "since") \
                    and k + 1 < len(toks) and toks[k + 1].code:
                # "eased its bans in March, after X visited Y and held talks with Z": X's clause has X's verbs; the
                # subject's own come back after the clause's comma ("landed, after she was kidnapped, and was greeted")
                while k + 1 < len(toks) and toks[k + 1].low != "," and toks[k + 1].low not in STOP_MARKS:
                    k += 1
                continue
            if t.code is None and t.lem in self.by_lemma and t.low != t.lem and k >= 1 \
                    and (_joined(toks, k) or _joined_aux(toks, k)) \
                    and k not in (self._shared_party if party else self._shared) \
                    and not (toks[v].low.endswith("ing") and not t.low.endswith("ing")):
                # (a participle in a parenthetical gives no subject to the main verb: "X, acting to stop Y
                # easing penalties on Z, sanctioned W")
                (self._shared_party if party else self._shared)[k] = (subject, open_subject)

    @staticmethod
    def _opens_clause(toks: list[Tok], k: int) -> bool:
        """Whether the name at ``k`` is followed by a verb of its own, right after it or after a parenthesis set
        off by commas ("…, and Y, whose government once leaked it, visited in April")."""
        j = k + 1
        if j < len(toks) and toks[j].low == ",":
            j = next((x + 1 for x in range(j + 1, min(len(toks), j + 25)) if toks[x].low == ","
                      or toks[x].low in STOP_MARKS), len(toks))
            if toks[j - 1].low != ",":
                return False
        while j < len(toks) and toks[j].code is None and toks[j].low in ADVERBS:
            j += 1
        if j >= len(toks) or toks[j].code is not None:
            return False
        w = toks[j]
        return w.low in ("was", "were", "is", "are", "has", "had", "have", "will", "would") \
            or w.low.endswith("ed") and w.low.isalpha() and w.low not in ("united", "based", "led")

    def _object_of_other(self, toks: list[Tok], v: int) -> bool:
        """Whether the word is the object noun of a trigger just before it ("held talks", "heaped praise")."""
        if toks[v].low.endswith("ing") and v >= 1 and (toks[v - 1].low == "by" or toks[v - 1].lem in MEASURE_HEADS):
            return False  # "responded by banning X", "adopted sanctions banning imports from X": a verb of its own
        lem = toks[v].lem
        if toks[v].low != lem and not toks[v].low.endswith(("s", "ing")):
            return False  # "has met X": a past form is no noun ("had a meeting" is)
        for k in range(max(0, v - 3), v):
            if lem in self._object_lasts.get(toks[k].lem, ()):
                return True
        return False

    @staticmethod
    def _lemma_end(trig: Trigger, toks: list[Tok], v: int) -> int | None:
        for lem in trig.lemmas:
            if lem[0] != toks[v].lem:
                continue
            if len(lem) == 1:
                return v
            k, ok = v, True
            for part in lem[1:]:
                k += 1
                if k >= len(toks) or toks[k].lem != part:
                    ok = False
                    break
            if ok:
                return k
        return None

    # --- scope ------------------------------------------------------------------------------
    def _past_reduced_passive(self, toks: list[Tok], j: int) -> int:
        """Where the subject ends when a reduced passive relative with its agent ends at ``j`` ("Four hostages
        freed by X (after months in the jungle) flew to Y": the hostages, not X); else ``j``."""
        if not toks[j].code and (toks[j].low in VERBISH or toks[j].low in PREPOSITIONS or not toks[j].low.isalpha()):
            return j  # the phrase ends in a name or a noun ("... in the jungle flew"), not before a noun ("after talks")
        b = j
        while b >= 2 and j - b <= 20:
            t = toks[b]
            if t.code is None and t.low == "by":
                break
            if t.low in STOP_MARKS or t.low == "," or t.code is None and (
                    t.low in AUX or t.low in ("who", "which", "that", "and", "but") or t.lem in self.by_lemma
                    or not (t.low.isalpha() or t.low.isdigit())):
                return j
            b -= 1
        else:
            return j
        p = toks[b - 1]
        if not (toks[b - 2].code and b + 1 <= j and toks[b + 1].code and p.code is None and p.low.isalpha()
                and p.low.endswith(("ed", "en"))):
            return j
        a = b + 2  # past a noun the agent's name qualifies ("X rebels")
        while a < j and a - b <= 4 and toks[a].code is None and toks[a].low.isalpha() and toks[a].low not in VERBISH \
                and toks[a].low not in PREPOSITIONS:
            a += 1
        if b + 1 < j and not (toks[a].code is None and toks[a].low in PREPOSITIONS):
            return j  # after the agent only a prepositional phrase ("after four months in the jungle")
        return b - 2

    def _past_reduced_place(self, toks: list[Tok], j: int) -> int:
        """Where the subject ends when a counted group's reduced relative ends in a place at ``j`` ("49 people
        involved in abuses in Peru have been designated": the people, not Peru); else ``j``."""
        # (the place may carry a direction: "two nurses kidnapped in northern Mali in May arrived in Bangkok")
        at = j - 1 - (j >= 4 and toks[j - 1].low in _DIRECTION_WORDS)
        if not toks[j].code or toks[j].code == "G" or j < 3 or toks[at].low not in PREPOSITIONS:
            return j
        b = j - 1
        while b >= 1 and j - b <= 12:
            t = toks[b]
            if t.code or t.low in STOP_MARKS or t.low == "," or t.low in AUX or t.low in RELATIVE \
                    or t.lem in self.by_lemma or not t.low.replace("-", "").isalpha():
                return j
            if t.low.endswith(("ed", "en")) and t.low not in PREPOSITIONS and toks[b - 1].code == "G":
                return b - 1
            b -= 1
        return j

    def _fronted_participle(self, trig, toks: list[Tok], v: int, vend: int) -> int | None:
        """A sentence that opens with a sanctions participle and its agent, its subject after the comma:
        "Sanctioned by X in 2019, A has since moved his fortune abroad", "Blacklisted by X last year, the firm A ...";
        the index of the subject's first name (None for any other shape)."""
        if v and toks[v - 1].low not in ("-", "--", "\u2013", "\u2014") or not trig.event.startswith("Sanctions") \
                or not trig.object:  # (the sentence's opening, or a dateline's dash before it)
            return None
        t = toks[v]
        if t.low == t.lem or not t.low.endswith(("ed", "en")) or vend + 2 >= len(toks) or toks[vend + 1].low != "by":
            return None
        c = vend + 1
        while c < len(toks) and c - vend <= 12 and toks[c].low != "," and toks[c].low not in STOP_MARKS:
            c += 1
        if c >= len(toks) or toks[c].low != ",":
            return None
        d = self._skip_desc(toks, self._skip_det(toks, c + 1))
        return d if d < len(toks) and toks[d].code in ("P", "N", "O", "C", "K") else None

    @staticmethod
    def _list_owner(toks: list[Tok], o: int) -> Tok | None:
        """The name before a sanctions list, its owner: "the EU sanctions list", "the U.S. blacklist" (``o`` is the
        first word of the list's noun, or its "list" after "sanctions")."""
        k = o - (o >= 1 and toks[o].low == "list" and toks[o - 1].low == "sanctions")
        return toks[k - 1] if k >= 2 and toks[k - 1].code in ("C", "K", "O") \
            and toks[k - 2].low in ("the", "a", "an", "off", "from") else None

    @staticmethod
    def _adverbed_relative(trig, toks: list[Tok], v: int, vend: int, chain: list[int]) -> bool:
        """A reduced relative of a sanctions verb with an adverb before it and its agent after it, closed off by a
        comma after a name: "A, previously sanctioned by X, arrived", "A, already blacklisted by X in 2019," (the
        named thing before the comma was sanctioned by X)."""
        if not trig.event.startswith("Sanctions") or not chain or len(chain) > 2:
            return False
        t = toks[v]
        if t.low == t.lem or not t.low.endswith(("ed", "en")):
            return False
        if any(toks[k].code is not None or not (toks[k].low in ADVERBS or toks[k].low.endswith("ly"))
               or toks[k].low in AUX for k in chain):
            return False
        c = min(chain) - 1
        return c >= 1 and toks[c].low == "," and bool(toks[c - 1].code) \
            and vend + 1 < len(toks) and toks[vend + 1].low == "by"

    def _chain(self, toks: list[Tok], j: int) -> tuple[list[int], int]:
        """The verb chain before a trigger (auxiliaries, adverbs, cue words, control verbs with "to", time
        phrases, a parenthetical between commas), read leftwards; and where it stops."""
        chain = []
        while j >= 0:
            t = toks[j]
            if t.code is None and t.low == "to":
                k = self._purpose_verb(toks, j)
                if k is not None:  # "X used his visit to Y to praise Z": X praised
                    chain.extend(range(j, k - 1, -1))
                    j = k - 1
                    continue
                if j >= 2 and toks[j - 1].code == "G" and toks[j - 2].code is None \
                        and toks[j - 2].low in ("was", "is", "were", "are", "be", "became", "becomes", "become", "remains",
                                                "remained"):
                    # "X was one of the first foreign leaders to visit Y": X visited (the group only describes X)
                    chain.extend((j, j - 1, j - 2))
                    j -= 3
                    continue
            if t.code is None and (
                    t.low in AUX or t.low in ADVERBS or t.low.endswith("ly") and t.low.isalpha()
                    or t.low in self.negation or t.low in self.modal or t.low in HEDGES):
                chain.append(j)
                j -= 1
                continue
            if t.code is None and t.low in TIME_HEADS:  # "on Thursday", "last week", "earlier this month"
                k = j - 1
                while k >= 0 and toks[k].code is None and (toks[k].low in TIME_LEADS or toks[k].low.isdigit()
                                                           or toks[k].low in TIME_HEADS
                                                           or toks[k].low in ("nearly", "almost", "about", "some")
                                                           and k >= 1 and toks[k - 1].low in TIME_LEADS
                                                           or toks[k].low in _ORDINALS and k >= 1
                                                           and toks[k - 1].low == "the"):  # "for the first time"
                    k -= 1  # "for nearly two weeks"
                chain.extend(range(j, k, -1))
                j = k
                continue
            if t.code is None and t.low.isdigit() and j and toks[j - 1].low in TIME_HEADS | TIME_LEADS:
                chain.append(j)
                j -= 1
                continue
            if t.code is None and j and toks[j - 1].low == "to" and False:
                break
            if t.code is None and re.fullmatch(r"\d+(?:-\d+)+", t.low):  # a vote: "voted 15-0 to impose"
                chain.append(j)
                j -= 1
                continue
            if t.code is None and (j + 1 < len(toks) and toks[j + 1].low == "to" or any(toks[c].low == "to" for c in chain)) \
                    and t.low.isalpha() and (t.lem in self.realis or t.lem in self.irrealis or t.low in self.irrealis):
                chain.append(j)
                j -= 1
                continue
            if t.code is None and t.low == "turn" and j >= 1 and toks[j - 1].low == "in":
                chain.extend((j, j - 1))  # "Abe in turn praised Modi's reforms"
                j -= 2
                continue
            if t.low == "," and j >= 2 and toks[j - 1].code is None and toks[j - 1].low in _ASIDE_ADVERBS \
                    and toks[j - 2].low == "," and j >= 3 and toks[j - 3].code is None:
                chain.extend((j, j - 1, j - 2))  # "did not, however, lift": an adverb set off inside the verb chain
                j -= 3
                continue
            if t.low == "," :  # a parenthetical: "The EU, after months of debate, lifted"
                k = j - 1
                while k >= 0 and j - k <= 30 and toks[k].low != "," and (toks[k].low not in STOP_MARKS
                                                                        or toks[k].low in ("(", ")")):
                    k -= 1
                if k >= 1 and toks[k].low in ('"', "\u201c", "\u201d"):
                    # 'X, who has been nicknamed the "Trump of the Tropics", thanked Y': quoted words inside a
                    # relative clause
                    q = k - 1
                    while q >= 0 and j - q <= 30 and toks[q].low != "," and toks[q].low not in (".", ";", ":", "?", "!"):
                        q -= 1
                    if q >= 1 and toks[q].low == "," and toks[q + 1].low in RELATIVE:
                        k = q
                if 0 <= k and toks[0].code and k < self._dateline_end(toks, j):
                    k = -1  # "Oslo, (Nordic Courier) The EU expanded ..., targeting": the dateline's comma opens nothing
                if k >= 2 and toks[k].low == "," and toks[k - 1].code and toks[k + 1].code and any(
                        toks[x].low == "and" and toks[x + 1].code for x in range(k + 1, j - 1)):
                    # "X, who was due to leave for A, B and C later on Monday, said": the rest of a list of
                    # places inside a relative clause, read through to the clause's "who"
                    c = k - 1
                    while c >= 0 and j - c <= 40 and toks[c].low not in STOP_MARKS and not (
                            toks[c].low == "," and c + 1 < len(toks) and toks[c + 1].low in RELATIVE):
                        c -= 1
                    if c >= 1 and toks[c].low == "," and toks[c + 1].low in ("who", "which") and toks[c - 1].code:
                        k = c
                if k >= 0 and toks[k].low == "," and k + 1 < j and all(
                        toks[x].code or toks[x].low in ("and", "&") for x in range(k + 1, j)):
                    chain.append(j)  # "France's ambassador to the UN, François Delattre, praised": the name
                    j -= 1
                    break
                if k >= 1 and toks[k].low == "," and k + 3 <= j - 1 and toks[k + 1].low in ("led", "headed") \
                        and toks[k + 2].low == "by" and toks[j - 1].code in ("P", "N") and toks[k - 1].code is None \
                        and toks[k - 1].low in DELEGATIONS \
                        and (j - 1 == k + 3 or j - 1 == k + 5 and toks[k + 3].code and toks[k + 4].low == "'s"):
                    chain.append(j)  # "A delegation of X ministers, led by Y's Z, met W": Z, who led it, met W
                    j -= 1
                    break
                if k >= 3 and toks[k].low == "," and k + 1 < j and _age(toks[k - 1]) and toks[k - 2].low == "," \
                        and toks[k - 3].code and toks[k + 1].low in ("from", "of"):
                    chain.append(j)  # "X, 45, from Boston, was freed": the name before the age
                    j = k - 3
                    continue
                if k >= 1 and toks[k].low == "," and k + 1 < j and toks[k + 1].low not in RELATIVE:
                    # "X, who has accused Y of the killings of 800,000 people, mostly Tutsis, also thanked Z": a
                    # phrase set off inside a relative clause; the clause is read through to its "who"
                    c = k - 1
                    while c >= 1 and j - c <= 45 and toks[c].low not in STOP_MARKS and not (
                            toks[c].low == "," and toks[c + 1].low in ("who", "which")):
                        c -= 1
                    if c >= 1 and toks[c].low == "," and toks[c + 1].low in ("who", "which") and toks[c - 1].code \
                            and not any(toks[x].code is None and (toks[x].lem in REPORT or toks[x].low in ("and", "but"))
                                        for x in range(k + 1, j)):
                        chain.append(j)
                        j = c - 1
                        continue
                if k >= 0 and toks[k].low == "," and k + 1 < j and k >= 1 and \
                        (toks[k - 1].code or toks[k - 1].low in ADVERBS or toks[k - 1].low in TIME_HEADS
                         or toks[k + 1].low.endswith(("ed", "ing")) or toks[k + 1].low in TIME_LEADS) \
                        and not any(toks[x].low in RELATIVE for x in range(k + 1, min(k + 2, j))):
                    chain.append(j)
                    j = self._head_of_role(toks, k - 1)
                    continue
                if k >= 0 and toks[k].low == "," and k + 1 < j and toks[k + 1].low in RELATIVE:
                    chain.append(j)  # "X, who ..., lifted": read the relative clause through
                    j = k - 1
                    while j >= 2 and toks[j].code:  # "X, who campaigned for Y, who ..., praised": X, not Y
                        c = j - 1
                        while c >= 0 and j - c <= 18 and toks[c].low != "," and toks[c].low not in STOP_MARKS:
                            c -= 1
                        if c >= 1 and toks[c].low == "," and toks[c + 1].low in RELATIVE and toks[c - 1].code \
                                and not any(toks[x].code is None and toks[x].lem in REPORT for x in range(c + 1, j)):
                            j = c - 1
                        else:
                            break
                    continue
                if k >= 1 and toks[k].low == "," and k + 3 < j and toks[k + 1].low in ("along", "together") \
                        and toks[k + 2].low == "with":
                    # "The FSB and the GRU military intelligence agency, along with four officers, remain": the
                    # names before the phrase (past a descriptor after the last one); the phrase's list joins them
                    d = k - 1
                    while d >= 1 and k - 1 - d < 3 and toks[d].code is None and toks[d].low.isalpha() \
                            and toks[d].low not in VERBISH and toks[d].lem not in self.by_lemma:
                        d -= 1
                    if toks[d].code:
                        chain.append(j)
                        j = d
                        break
                if k < 0 and j <= 8:  # "After months of debate, the EU lifted": an opening phrase
                    break
            if t.code is None and t.low.isalpha() and chain:
                # "Four journalists whom a court had sentenced to death were also freed": an object relative clause
                # with no commas between the subject and its verb is read through to the name before "whom"
                k = j - 1
                while k >= 1 and j - k <= 12 and toks[k].low not in STOP_MARKS and toks[k].low not in (",", "whom"):
                    k -= 1
                if k >= 1 and toks[k].low == "whom" and toks[k - 1].code and k + 1 < j:
                    chain.extend(range(j, k - 1, -1))
                    j = k - 1
            break
        return chain, j

    @staticmethod
    def _head_of_role(toks: list[Tok], j: int) -> int:
        """The person an apposition ending in the name at ``j`` describes ("X, chairman of the Cuban ⟦O⟧, ...,
        praised": X), else ``j``."""
        k = j - 1
        if k >= 0 and toks[k].code is None and toks[k].text[:1].isupper() and toks[k].low.isalpha():
            k -= 1  # "the Cuban ⟦O⟧": a demonym the name left out
        if k >= 0 and toks[k].low in ("the", "a", "an"):
            k -= 1
        if k < 0 or toks[k].low not in ("of", "at", "for"):
            return j
        c = k - 1
        while c >= 0 and k - c <= 4 and toks[c].code is None and toks[c].low.isalpha() and toks[c].low not in VERBISH:
            c -= 1
        if c >= 1 and c < k - 1 and toks[c].low == "," and toks[c - 1].code in ("P", "N"):
            return c - 1
        return j

    def _announced_would(self, toks: list[Tok], v: int, words: list[Tok], j: int) -> bool:
        """A sanction a party's spokesman announces in reported speech: "X told a briefing that Beijing would also
        sanction A and B", "said Washington would blacklist A" (only "would", with a party as the clause's subject;
        a threat, plan or condition is still read as such)."""
        if 0 <= j < v and toks[j].code in ("C", "K", "O", "L") and toks[v].lem in self._announced \
                and [c.low for c in words if c.low in self.modal] == ["will"] \
                and all(c.low == "will" or c.low in ("also", "now") for c in words):
            # "X will impose sanctions on 8 entities, the government announced": a decision the party reports (the
            # party or an official body says so, not "analysts said"; no condition or later date anywhere after)
            reported = None
            for c in range(v + 1, len(toks)):
                if toks[c].code is None and (toks[c].low in self.condition or toks[c].lem in self.irrealis):
                    return False
                if reported is None and toks[c].code is None and (
                        toks[c].low in ("next", "later", "earliest") or (toks[c].low.isdigit() and len(toks[c].low) == 4)):
                    return False  # "in 2030 at the earliest", "next year"
                if reported is None and toks[c].low == "," and c + 1 < len(toks):
                    d = c + 1 + (toks[c + 1].low == "the")
                    while d < len(toks) and d - c <= 4 and toks[d].code is None and toks[d].low.isalpha() \
                            and toks[d].low not in VERBISH and toks[d].low not in _REPORTED:
                        d += 1  # "the foreign ministry", "the government"
                    if d < len(toks) and toks[d].code in ("C", "K", "O", "L", "P", "N"):
                        d += 1  # the party, a body or a named person, not a group ("some diplomats")
                    elif not (d > c + 1 and toks[d - 1].low in _OFFICIAL_SPEAKERS):
                        return False
                    reported = d < len(toks) and d > c + 1 and toks[d].low in _REPORTED
                    if not reported:
                        return False
            return bool(reported)
        if not (0 <= j < v and (toks[j].code in ("C", "K", "O", "L") or toks[j].low == "it")
                and toks[v].lem in self._announced
                and [c.low for c in words if c.low in self.modal] == ["would"]
                and all(c.low == "would" or c.low in ("also", "now") for c in words)):
            return False
        k = j - 1
        if k >= 0 and toks[k].low == "that":
            k -= 1
        for b in range(k, max(-1, k - 6), -1):
            if toks[b].low in STOP_MARKS or toks[b].low == ",":
                return False
            if toks[b].code is None and toks[b].lem in ("say", "tell", "announce") and toks[b].low != toks[b].lem:
                if toks[j].low == "it" and not (b >= 1 and toks[b - 1].code in ("C", "K", "O", "L")):
                    return False  # "Britain said it would impose": "it" is the party that says so
                return not any(toks[x].code is None and (toks[x].lem in self.irrealis or toks[x].low in self.condition)
                               for x in range(0, b))
        return False

    @staticmethod
    def _said_of(toks: list[Tok], n: int) -> bool:
        """Whether the noun phrase ending at ``n`` opens a clause someone says or thinks ("Norway said a decision
        that targeted A was unfair"): the sayer told of another's measure, no party to it."""
        b = n - 1
        while b >= max(0, n - 4) and toks[b].code is None and toks[b].low.isalpha() and toks[b].lem not in _SAYING:
            b -= 1  # back past the noun's determiner and adjectives ("a new decision")
            if toks[b + 1].low in ("a", "an", "the", "this", "its", "their"):
                break
        return b >= 0 and toks[b].code is None and toks[b].lem in _SAYING and toks[b].low != toks[b].lem

    def _promised(self, toks: list[Tok], v: int, chain: list[Tok]) -> bool:
        """Whether a verb after "to" is only promised: "is to free", "agreed (on Monday) to release"."""
        if any(c.low == "to" and k + 1 < len(chain) and chain[k + 1].lem in self.promise for k, c in enumerate(chain)):
            return True
        if v < 2 or toks[v - 1].low != "to":
            return False
        for b in range(v - 2, max(-1, v - 7), -1):
            if toks[b].low in STOP_MARKS or toks[b].low == "," or toks[b].code:
                return False
            if toks[b].lem in self.promise and toks[b].lem != "be":
                return True
        return False

    def _blocked(self, toks: list[Tok], v: int, vend: int, chain: list[Tok], j: int) -> bool:
        words = [c for c in chain if c.code is None]
        lows = [c.low for c in words]
        if not self.negation.isdisjoint(lows) or not self.modal.isdisjoint(lows) \
                and not self._announced_would(toks, v, words, j):
            return True
        for k, c in enumerate(words):
            if c.low == "to" and k + 1 < len(words):
                n = k + 1
                while n + 1 < len(words) and (words[n].low in TIME_HEADS or words[n].low in TIME_LEADS
                                              or words[n].low in _ORDINALS):
                    n += 1  # "were able for the first time to meet": the control verb before the time phrase
                ctrl = words[n]
                if ctrl.low == "able" and n + 1 < len(words) and words[n + 1].low in ("was", "were"):
                    continue  # "was able to meet X": a past ability is a told event ("will be able to" is modal)
                if (ctrl.lem in self.irrealis or ctrl.low in self.irrealis) and ctrl.lem not in self.realis \
                        or ctrl.low in ("is", "are", "am"):  # "he is to be received by X": an arrangement, not told
                    return True
        # "urged X to impose", "demanded that X ease", "if X lifts", "whether to lift": the subject's governor
        k = j
        while k >= 0 and (toks[k].code or toks[k].low in (",", "and", "the", "&", "nor", "or")):
            if toks[k].low == "nor":
                return True  # "Neither X nor Y lifted"
            k -= 1
        if k >= 0 and toks[k].low in ("neither", "no", "none", "nobody"):
            return True
        if k >= 0 and toks[k].code is None and toks[k].low in ("had", "were") and k < j \
                and (k == 0 or toks[k - 1].low in STOP_MARKS or toks[k - 1].low == ","):
            return True  # "Had X imposed sanctions on Y, ...", "Were X to lift them, ...": an inverted condition
        if k >= 0 and toks[k].low == "that":
            k -= 1
        elif k >= 1 and toks[k].low in ("on", "upon", "to") and toks[k - 1].lem in self.directive:
            k -= 1  # "called on X to free", "appealed to X to release"
        if k >= 1 and toks[k].code is None and toks[k].lem in _COMPELLING and toks[k - 1].low == "to" \
                and words and words[-1].low == "to":
            return True  # "imposed sanctions to force X to hand over two men": a purpose, not a release
        if k >= 1 and toks[k].code is None and toks[k].low in (toks[k].lem, toks[k].lem + "s") \
                and toks[k - 1].low in _CALL_MODIFIERS and toks[k].lem in self.directive:
            k = -1  # "During a telephone call, X thanked Y": a noun (a call held), no one urged to act
        if k >= 0 and toks[k].code is None and (toks[k].lem in self.directive and toks[k].low != "order"
                                                or toks[k].low in self.condition):  # not "an order lifting"
            if not (toks[k].lem in REPORT):
                return True
        if "to" in lows and k >= 0 and toks[k].low == "for":
            return True  # "plans for the two leaders to talk"
        if words and words[-1].low == "to" and j >= 0 and toks[j].code is None:  # "pressed the administration to
            for g in range(j - 1, max(-1, j - 4), -1):                             # block sales": a demand
                if toks[g].lem in self.directive and toks[g].low not in ("order", "ordered", "orders"):
                    return True
                if toks[g].low in STOP_MARKS or toks[g].low == ",":
                    break
        if "to" in lows and j >= 0 and toks[j].code is None and toks[j].low in self.condition:
            return True
        # a condition in the trigger's clause: before it (from the clause start) or after it (to the clause end)
        left = j
        r = j - 1 - (j >= 2 and toks[j - 1].low in ("that", "which"))
        if r >= 0 and toks[r].code is None and toks[r].lem in _MEASURE_HEADS and toks[j].low in ("it", "they") \
                and (toks[v].lem in self._imposing or toks[v].low in MAINTAINING) and toks[v].low != toks[v].lem:
            left = -1  # "should lift the sanctions it imposed on X": the relative clause tells a measure in force
        while left >= 0 and toks[left].low not in STOP_MARKS and toks[left].low != ",":
            if toks[left].code is None and toks[left].low in self.condition and toks[left].low != "once":
                return True
            if toks[left].low in TIME_WORDS and ("is" in lows or "are" in lows) \
                    and not words[-1].low.endswith("ing"):
                return True  # "when sanctions are ended and Libya is removed from the list": a time to come
            left -= 1
        for k in range(vend + 1, min(len(toks), vend + 30)):
            if toks[k].low in STOP_MARKS or toks[k].low == ",":
                break
            if toks[k].low in ("if", "unless", "provided"):
                return True
            # (whether the verb is in the present: only asked at "later", "next" or "tomorrow", which few clauses hold)
            if toks[k].low in ("later", "next", "tomorrow") and (
                    toks[v].low == toks[v].lem or toks[v].low in (toks[v].lem + "s", toks[v].lem + "es")) and (
                    toks[k].low == "tomorrow" or k + 1 < len(toks) and (toks[k + 1].low in TIME_HEADS
                                                                       or toks[k + 1].low in ("this", "today"))):
                return True  # "when A and B meet later this week": a time to come
        return False

    # --- arguments ---------------------------------------------------------------------------
    def _nominal_subject(self, toks: list[Tok], j: int) -> bool:
        """Whether the subject is a noun phrase about the measures ("The sanctions target", "Those designated"; a
        numbered instrument: "Resolution 2048 bars A from travel")."""
        if j >= 1 and toks[j].code is None and toks[j].low.isdigit() and toks[j - 1].code is None \
                and toks[j - 1].lem in INSTRUMENTS:
            return True
        return j >= 0 and toks[j].code is None and toks[j].lem in (
            "sanction", "measure", "package", "list", "designation", "action", "order", "decision", "move", "step",
            "penalty", "round", "regime", "restriction", "those", "freeze", "embargo", "resolution", "law", "decree",
            "regulation", "directive", "legislation", "bill", "act", "amendment", "ordinance", "determination")

    @staticmethod
    def _signer(toks: list[Tok], v: int) -> list[Tok]:
        """Who signed the instrument whose clause the verb at ``v`` is in: "an executive order (that) X signed last
        month imposing sanctions on Y", "an order X signed in March that declared ... and imposed sanctions on Y"."""
        for s in range(v - 1, max(2, v - 25), -1):
            w = toks[s]
            if w.code is None and (w.low in STOP_MARKS or w.low == ","):
                return []
            if w.low == "signed" and toks[s - 1].code in ("P", "N", "C", "K", "O"):
                b = s - 2
                if toks[b].low in ("that", "which"):
                    b -= 1
                if b >= 0 and toks[b].code is None and toks[b].lem in INSTRUMENTS:
                    return [toks[s - 1]]
                return []
        return []

    def _widened_by(self, toks: list[Tok], b: int) -> bool:
        """Whether "by" at ``b`` gives the means of widening a measure told in its clause ("The EU widened its
        sanctions on X on Tuesday by adding 15 people to its list"): the gerund after it shares the clause's subject
        (not after a negation, modal or condition: "could have widened", "has not widened")."""
        for k in range(b - 1, max(-1, b - 12), -1):
            if toks[k].low in STOP_MARKS or toks[k].low in (",", "that", "which", "who"):
                return False
            if toks[k].code is None and toks[k].low in WIDENING:
                if not any(x.code is None and (x.lem in MEASURE_HEADS or x.lem in _WIDENED_MEASURES
                                               or x.low in _SANCTIONS_LISTS) for x in toks[k + 1:b]):
                    return False  # "widened its probe", "tightened its grip on the city": no measure widened
                return not any(x.code is None and (x.low in self.negation or x.low in self.modal or x.lem in self.irrealis
                                                   or x.low in self.condition) for x in toks[:k])
        return False

    def _main_subject(self, toks: list[Tok], v: int) -> list[Tok]:
        """The subject of the sentence's first clause, when it opens the sentence (after a dateline or a time
        phrase)."""
        k = self._dateline_end(toks, v)
        while k < v and toks[k].code is None and (toks[k].low in TIME_LEADS or toks[k].low in TIME_HEADS
                                                  or toks[k].low.isdigit() or toks[k].low in (",", ".")
                                                  or toks[k].low in MONTH_ABBREVIATIONS):
            k += 1
        if k < v and toks[k].code:
            members, after = self._list_right(toks, k)
            if after < v and toks[after].code is None and toks[after].low not in (",", "'s"):
                return members
        return []

    def _speaker_before(self, toks: list[Tok], c: int) -> list[Tok]:
        """The speaker of an attribution that ends at the comma ``c``: "X said (in a statement)," or "said X,"."""
        if c >= 2 and toks[c - 1].code and toks[c - 2].code is None and toks[c - 2].lem in REPORT \
                and toks[c - 2].low != toks[c - 2].lem:
            return [toks[c - 1]]  # "..., said X, thanking Y"
        k = c - 1
        while k >= 1 and c - k <= 5 and toks[k].code is None and toks[k].low.isalpha() and toks[k].lem not in REPORT:
            k -= 1  # "in a statement", "on Twitter"
        if k >= 1 and toks[k].code is None and toks[k].lem in REPORT and toks[k].low != toks[k].lem \
                and toks[k - 1].code:
            return [toks[k - 1]]
        return []

    def _coordinated_praiser(self, toks: list[Tok], v: int) -> list[Tok]:
        """"He called his guest a friend and praised his commitment", "X met Y and thanked Z": a praise verb after
        "and" with no subject of its own shares the opening subject's, when that subject's own past verb comes right
        after it (no report, copula or auxiliary) and nothing between opens a clause (a comma, a relative, a stop, a
        negation or a modal) or could be the verb's subject (a name right before "and")."""
        opening = self._main_subject(toks, v)
        if not opening:
            return []
        after = toks.index(opening[-1]) + 1
        if not (after < v - 2 and _own_past_verb(toks[after])):
            return []
        a = v - 1 - (toks[v - 1].low != "and")
        if toks[a - 1].code in ("P", "N", "G"):
            return []  # "X met Y and praised Z": left to the readings of the object (a person before "and")
        if any(toks[x].low in STOP_MARKS or toks[x].low in (",", "who", "which", "that", "whom", "whose", "when",
                                                             "where", "while", "because", "after", "before")
               or toks[x].low in self.negation or toks[x].low in self.modal
               or toks[x].code is None and toks[x].lem in REPORT for x in range(after + 1, a)):
            return []
        return opening

    def _reporter(self, toks: list[Tok], v: int) -> list[Tok]:
        """Who opens the sentence with "X said ..." (or "told"), for a verb after "and" that ends its reported clause:
        "X said the summit was historic and thanked Y", "X said he had read the plan and praised Y's approach" (X
        thanked, X praised). Nobody when the reported clause has a subject of its own that could be the verb's ("X
        said Y had landed and thanked Z", "X said the sides had met, and praised Z"), other than a pronoun, unless
        the clause tells a state of its subject ("X said Y had been freed and thanked Z": X thanked)."""
        r = next((x for x in range(1, v - 1) if toks[x].code is None and toks[x].lem in REPORT
                  and toks[x].low != toks[x].lem), None)
        if r is None:
            return []
        chain, j = self._chain(toks, r - 1)
        subject = self._subject(toks, j)
        if not subject or toks.index(subject[0]) > 8:
            return []
        first = r + 2 if r + 2 < v and toks[r + 1].low == "that" else r + 1
        that = next((x for x in range(r + 2, min(v - 1, r + 4)) if toks[x].low == "that"), None)
        if first == r + 1 and that is not None and all(toks[x].code is None and toks[x].low.isalpha()
                                                       for x in range(r + 1, that)):
            first = that + 1  # "X told reporters (afterwards) that ..."
        # "X told reporters the talks had gone well and thanked Z": a reported clause whose subject is an event or a
        # thing ("the talks", "the visit") has no one who could thank; the thanks are X's
        thing = toks[first].code is None and next(
            (toks[x].lem in _EVENT_SUBJECTS for x in range(first, min(v - 1, first + 4))
             if toks[x].code is None and toks[x].low in ("had", "has", "have", "was", "were", "is", "are")
             or toks[x + 1].low in ("had", "has", "have", "was", "were", "is", "are")), False)
        # "X said Y had been freed (or was in good health) and thanked Z": a reported state of Y, the thanks X's
        state = any(toks[x].code is None and toks[x].low in ("was", "were", "is", "are", "been") for x in range(first, v - 1))
        for x in range(r + 1, v - 1):
            t = toks[x]
            if t.low in (".", ";", ":", "?", "!") or t.code is None and t.lem in REPORT:
                return []
            if state:
                continue
            if t.low in ("had", "has", "have") and toks[first].idx not in self._pronouns and not thing:
                return []  # "X said the two sides had met, and praised Y": "had" may govern "praised" too
            b = x - 1
            while b > r and toks[b].low in ('"', "\u201c", "\u201d"):
                b -= 1  # ('stood "fully behind" Y': the preposition inside the quotation governs Y)
            if t.code and t.idx not in self._pronouns and toks[b].low not in PREPOSITIONS \
                    and toks[b].low not in ("behind", "beside", "alongside", "about", "like") \
                    and not (x + 1 < len(toks) and toks[x + 1].low == "'s") and toks[x - 1].low != "told":
                return []  # "X said Y had landed and thanked Z": Y may have thanked
        return subject

    def _purpose_subject(self, toks: list[Tok], v: int, also: frozenset = frozenset()) -> list[Tok]:
        """The names that open the sentence, when a past verb of going or being somewhere comes before the purpose
        "to" + trigger ("X, who ..., was on the tarmac to greet Y", "X flew to Calgary to meet Y"); none after a
        negation, a modal or a verb of wanting ("X flew home, hoping to meet Y" is no meeting)."""
        k = self._dateline_end(toks, v)  # "JERUSALEM (Reuters) - X arrived ...": X, not the dateline's city
        while k < v and toks[k].code is None and toks[k].low in _OPENERS:
            k += 1
        if k >= v or not toks[k].code:
            return []
        members, after = self._list_right(toks, k)
        words = [toks[x] for x in range(after, v - 1) if toks[x].code is None]
        if any(w.low in self.negation or w.low in self.modal or w.lem in self.irrealis for w in words):
            return []
        if any(w.low == "where" for w in words):
            return []  # "X were flown to Niamey, where A and B were travelling to meet them": the clause's own subject
        return members if any(w.low in PURPOSE_MOTION or w.low in also for w in words) else []

    @staticmethod
    def _past_aside(toks: list[Tok], comma: int) -> int:
        """The token after the comma that closes an aside opened at ``comma`` (", among them ministers and judges,",
        ", among others,") when a preposition of the measure follows it ("from entering", "to its list"); else
        ``comma`` itself."""
        for x in range(comma + 1, min(len(toks) - 1, comma + 30)):
            if toks[x].low in STOP_MARKS:
                break
            if toks[x].low == "," and toks[x + 1].low in ("from", "to", "on", "onto", "off"):
                return x + 1
        return comma

    @staticmethod
    def _dateline_end(toks: list[Tok], v: int) -> int:
        """Where the text starts after a wire dateline that opens the sentence ("KYIV, Ukraine -", "LAHORE, March
        1:", "BRUSSELS, Oct 20 (Reuters) -"), else 0: a place name, a date or an agency, then a dash or a colon."""
        if not toks or toks[0].code not in ("L", "C", "N"):
            return 0
        for k in range(1, min(v, 16)):
            t = toks[k]
            if t.low in ("-", "\u2014", "\u2013", ":"):
                if toks[k - 1].code is None and toks[k - 1].low != ")" and not toks[k - 1].low.isdigit():
                    return 0
                k += 1
                while k < v and toks[k].low in ("-", "\u2014", "\u2013"):
                    k += 1
                return k
            if t.low == ")" and k + 1 < v and (toks[k + 1].code or toks[k + 1].text[:1].isupper()) \
                    and "(" in (x.low for x in toks[1:k]):
                return k + 1  # "Oslo, (Nordic Courier) The council ...": an outlet in brackets, then the text
            if t.code is None and t.low.isalpha() and (t.low in VERBISH or t.low.islower() and t.text.islower()):
                return 0
        return 0

    def _opening_subject(self, toks: list[Tok], v: int) -> list[Tok]:
        """The list of names that opens the sentence (after a time phrase) and is followed by its verb."""
        k = self._dateline_end(toks, v)
        while k < v and toks[k].code is None and (toks[k].low in TIME_LEADS or toks[k].low in TIME_HEADS
                                                  or toks[k].low.isdigit() or toks[k].low == ","):
            k += 1
        names: list[Tok] = []
        while k < v:
            d = k  # a descriptor before the name: "aid worker X and engineer Y"
            while d < v and d - k < 3 and toks[d].code is None and toks[d].low.replace("-", "").isalpha() \
                    and toks[d].low not in ("and", "the") and toks[d].low not in VERBISH:
                d += 1
            if d >= v or not toks[d].code:
                return []
            names.append(toks[d])
            k = d + 1
            if k + 1 < v and toks[k].low == "," and toks[k + 1].code is None and (
                    toks[k + 1].low in ("a", "an") or toks[k + 1].low.isdigit()):
                # "A, an activist from X who ..., and B, a 73-year-old engineer, landed": past each description
                # to its closing comma (no verb of the list's own in it: the sentence's verb comes after)
                e = k + 1
                while e < v and e - k < 40 and toks[e].low != "," and toks[e].low not in STOP_MARKS:
                    e += 1
                if e >= v or toks[e].low != ",":
                    return []
                k = e
                if k + 1 < v and toks[k + 1].low == "and":
                    k += 2
                    continue
                k += 1
                if k < v and toks[k].lem in REPORT:
                    return []  # "A, a lawyer for the family, said B landed ... after being freed": not A
                break
            if k + 1 < v and toks[k].low in (",", "and") and toks[k + 1].low == "and":
                k += 1
            if k < v and toks[k].low in (",", "and"):
                k += 1
                continue
            break
        if names and k < v and toks[k].code is None and toks[k].low not in ("'s", "of"):
            return names
        return []

    def _custody_head(self, toks: list[Tok], j: int) -> int:
        """The people a reduced relative of custody describes, when the subject ends in one: "The 15 sailors held
        in Iran (for two weeks) have been released" is about the sailors, not Iran (who held them, the article's
        acting party, is read from the same words)."""
        k = j  # "... held in Iran for two weeks", "kidnapped in Niger more than three years ago": past the time
        while k >= 3 and j - k < 6 and toks[k].code is None and (toks[k].low in _SPAN_WORDS or toks[k].low in _NUMBERS
                                                                 or toks[k].low.isdigit()):
            k -= 1
        if k < j and not any(toks[x].low in _SPAN_UNITS for x in range(k + 1, min(len(toks), j + 4))):
            k = j  # (the units may be past ``j``, read as the verb chain's time: "for more than | two years")
        if k >= 3 and toks[k].code and toks[k - 1].low in ("in", "by", "at") and toks[k - 2].code is None \
                and toks[k - 2].low in CUSTODY and toks[k - 3].code in ("G", "P", "N"):
            return k - 3
        # "Four Frenchmen kidnapped by X's North African wing at a mine in Niger (...) have been freed": a longer
        # phrase of custody, with no verb, comma or clause in it
        c = k - 1
        while c >= 1 and k - c <= 16 and toks[k].code:
            t = toks[c]
            if t.code is None and t.low in CUSTODY and toks[c - 1].code in ("G", "P", "N") \
                    and toks[c + 1].low in ("in", "by", "at", "from", "near"):
                return c - 1
            if t.low in STOP_MARKS or t.low in (",", "and", "but", "who", "which", "that") or t.code is None and (
                    t.low in AUX and not (t.low == "'s" and toks[c - 1].code) or t.lem in self.by_lemma):
                break
            c -= 1
        return j

    def _along_with(self, toks: list[Tok], e: int, v: int) -> list[Tok]:
        """The names of ", along with A and B," (or "together with") between the subject ending at ``e`` and its verb
        at ``v``: they join the subject ("The FSB, along with four officers and three companies, remains on the
        blacklist"; "Britain, along with Canada, imposed sanctions")."""
        k = next((x for x in range(e + 1, min(v, e + 5)) if toks[x].low == ","), None)
        if k is None or k + 3 >= v or toks[k + 1].low not in ("along", "together") or toks[k + 2].low != "with":
            return []
        more, after = self._list_right(toks, self._skip_det(toks, k + 3))
        if not more or after >= v or toks[after].low != ",":
            return []
        return more

    def _first_to(self, toks: list[Tok], k: int) -> list[Tok]:
        """"A and B were (became) the first Western governments to sanction Y": the subject of the copula before "the
        first (last, only) ... to" at ``k``; nothing after a negation or a modal ("would be the first to")."""
        d = k - 1
        while d >= 2 and k - d <= 5 and toks[d].code is None and toks[d].low.isalpha() \
                and toks[d].low not in ("first", "last", "only", "second", "third") and toks[d].low not in VERBISH:
            d -= 1
        if d < 3 or toks[d].low not in ("first", "last", "only", "second", "third") or toks[d - 1].low != "the" \
                or toks[d - 2].low not in ("was", "were", "is", "are", "became", "become", "becomes"):
            return []
        chain, j = self._chain(toks, d - 3)
        if any(toks[x].low in self.negation or toks[x].low in self.modal for x in chain):
            return []
        return self._subject(toks, j) if j >= 0 and toks[j].code else []

    def _joiners(self, toks: list[Tok], v: int) -> tuple[list[Tok], bool]:
        """"X joins (joined) A, B and C in imposing sanctions on Y": X and the names it joins, for the gerund at ``v``
        after "in"; else nothing (not "X joined the talks in lifting ...": no names joined). The flag: the subject held
        back ("X was reluctant to follow A and B in imposing"), so only the names joined act."""
        if v < 4 or not toks[v - 2].code:
            return [], False
        joined = self._list_left(toks, v - 2)
        b = toks.index(joined[0]) - 1 if joined else -1
        if b < 1 or toks[b].code or lemma(toks[b].low) not in ("join", "follow"):
            return [], False
        # "has been reluctant to follow A, B and C in imposing sanctions on Y": they imposed them, the subject did not
        # (joining or following someone in doing it tells that they did it)
        held_back = b >= 2 and toks[b - 1].low == "to" and (toks[b - 2].low in _HOLDING_BACK or lemma(
            toks[b - 2].low) in _HOLDING_BACK)
        chain, j = self._chain(toks, b - 1)
        if not held_back and any(c.low in self.negation or c.low in self.modal or c.lem in self.irrealis
                                 or c.low in self.irrealis for c in (toks[x] for x in chain)):
            return [], False  # "will not join A in imposing", "plans to join A in imposing" ("urged X to join": below)
        if held_back:
            k = b - 3  # past the word of holding back
            while k >= 0 and toks[k].code is None and toks[k].low not in STOP_MARKS and toks[k].low not in (",", "that"):
                if toks[k].low in self.modal or toks[k].lem in self.irrealis or toks[k].low in self.condition:
                    return [], False  # "could be reluctant to follow A": nothing told
                k -= 1
            if k < 0 or not toks[k].code or any(toks[x].low in self.condition for x in range(max(0, k - 3), k)):
                return [], False  # "if X refuses to follow A": a condition
            return joined, True
        opening = self._subject(toks, j) if j >= 0 and toks[j].code else []
        if opening and toks[b - 1].low == "to" and j >= 1 and toks[j - 1].lem in self.directive:
            return joined, False  # "X urged Y to join A in imposing": A imposed, Y has not yet
        return (opening + joined if opening else []), False

    @staticmethod
    def _list_of_others(toks: list[Tok], e: int) -> bool:
        """Whether the list noun at ``e`` is a list of something else: "the blacklist of critics", "the list of
        candidates" (not "the list of sanctioned persons", "of Specially Designated Nationals", "of terrorist groups")."""
        if e + 2 >= len(toks) or toks[e].lem not in ("list", "blacklist") or toks[e + 1].low != "of":
            return False
        words = []
        for t in toks[e + 2:e + 6]:
            if t.code or not t.low.isalpha():
                break
            words.append(t.low)
        return bool(words) and words[-1].endswith("s") and not any(
            w.startswith(("sanction", "designat", "terror", "entit", "individual", "person", "specially", "national"))
            for w in words)

    @staticmethod
    def _in_relative(toks: list[Tok], s: int) -> bool:
        """Whether the names starting at ``s`` end a restrictive relative clause of a noun ("The committee that
        monitors sanctions against A and B said it ..."): they are the clause's object, not the speaker. (Not the
        clause's own subject: "the sanctions that the EU said it had imposed".)"""
        for w in range(s - 1, max(0, s - 16), -1):
            if toks[w].code or toks[w].low == "and" and toks[w - 1].code:
                continue  # "against al-Qaeda and the Taliban": the list's earlier names
            if toks[w].low in STOP_MARKS or toks[w].low == "," and not toks[w - 1].code:
                return False
            if toks[w].low in RELATIVE:
                first = next(x for x in range(w + 1, s + 1) if toks[x].code)
                # (the noun may be a name: "The committee", read as the council named before)
                return (toks[w - 1].code is None and toks[w - 1].low.isalpha() or toks[w - 1].code == "O"
                        and (w < 2 or toks[w - 2].low not in (",", "and"))) \
                    and any(toks[x].low not in DETS for x in range(w + 1, first))
        return False

    @staticmethod
    def _purpose_verb(toks: list[Tok], j: int) -> int | None:
        """Where the verb that makes the infinitive at ``j`` ("to") its purpose opens: "X used his visit to Y to praise
        Z", "X took the opportunity to thank Z" (the subject of the verb is the infinitive's); None when there is none."""
        for k in range(j - 1, max(-1, j - 13), -1):
            t = toks[k]
            if t.code is None and (t.low in STOP_MARKS or t.low == ","):
                return None
            if t.code is None and t.low in ("used", "uses", "using", "use"):
                return k if k + 1 < j else None
            if t.code is None and t.lem in ("take", "seize", "grasp") and any(
                    toks[x].low in ("opportunity", "occasion", "chance") for x in range(k + 1, j)):
                return k
        return None

    def _subject(self, toks: list[Tok], j: int) -> list[Tok]:
        """The names that end at ``j`` (the subject list), looking through "X, who" and "X said it"."""
        if j < 0:
            return []
        if j >= 3 and toks[j].low == ")" and toks[j - 1].code and toks[j - 2].low == "(" and toks[j - 3].code:
            j -= 3  # "X (Y) imposed": Y is X's short name
        if j >= 2 and toks[j].code and toks[j - 1].low == "under" and toks[j - 2].code:
            j -= 2  # "The Treasury under President X removed": the body acts, X is when
        if j >= 3 and toks[j].code in ("L", "C") and toks[j - 1].low in ("in", "to", "at"):
            # "President X who is on a visit in Kenya has held talks with Y": the place ends a relative clause
            # without commas; the person before "who" is the subject
            for w in range(j - 2, max(0, j - 14), -1):
                if toks[w].low in STOP_MARKS or toks[w].low == ",":
                    break
                if toks[w].low == "who" and toks[w - 1].code in ("P", "N"):
                    return self._list_left(toks, w - 1)
        t = toks[j]
        if t.code is None and t.low in _STATE_ROLES and j >= 2 and self._event.startswith("Sanctions"):
            # "New Zealand's foreign minister announced travel bans on X", "Japan's finance ministry froze": an
            # office with no name acts for its state
            b = j - 1
            while b >= 2 and j - b <= 2 and toks[b].code is None and toks[b].low in _OFFICE_FIELDS:
                b -= 1
            if toks[b].low == "'s" and toks[b - 1].code in ("C", "K") and (b < 2 or toks[b - 2].low != "of"):
                return [toks[b - 1]]
        if t.code in ("P", "N") and j >= 4 and toks[j - 1].low == "'s" and toks[j - 2].code and toks[j - 3].low == "by" \
                and toks[j - 4].low in ("led", "headed") and j + 1 < len(toks) and toks[j + 1].low == ",":
            return [t]  # "..., led by Ghana's X, met": X (the chain stops at the leader of a delegation)
        if t.code and t.idx in self._pronouns and j >= 2 and toks[j - 1].low == "and" and toks[j - 2].low == "," \
                and t.code in ("P", "N"):
            return [t]  # "X also met A, a young boy, and he met B": "he" opens a clause of its own, no list with A
        if t.code and t.idx in self._pronouns and j >= 2:  # "X said (on Monday) (that) they had imposed"
            k = j - 1
            if toks[k].low == "that":
                k -= 1
            chain, k = self._chain(toks, k) if toks[k].lem not in REPORT else ([], k)
            if k >= 1 and toks[k].lem in REPORT:
                chain, k2 = self._chain(toks, k - 1)
                if k2 >= 0 and toks[k2].code:
                    return self._list_left(toks, k2)
                if k2 >= 1 and toks[k2].low == "and" and toks[k2 - 1].code is None:
                    # "X thanked Y for his help and said he had spoken to Z": the speaker is the sentence's subject
                    opening = self._main_subject(toks, k2)
                    if len(opening) == 1 and opening[0].code in ("P", "N"):
                        return opening
        if t.code is None and t.low in RELATIVE and j >= 1:
            k = j - 1
            if toks[k].low == ",":
                k -= 1
            if k >= 2 and toks[k].code is None and toks[k].low.isalpha():  # "X, a former general who has freed"
                c = k
                while c >= 0 and k - c <= 5 and toks[c].code is None and toks[c].low.isalpha() \
                        and toks[c].low not in VERBISH:
                    c -= 1
                if c >= 1 and toks[c].low == "," and toks[c + 1].low in ("a", "an", "the") and toks[c - 1].code:
                    return [toks[c - 1]]
            if t.low == "who" and k >= 0 and (toks[k].code in ("L", "C") or k >= 2 and any(
                    toks[x].low in _DIRECTIONS and toks[x + 1].low == "of" for x in range(max(0, k - 3), k - 1))):
                return []  # "captives freed in the town of X, south of the Gaza Strip, who were received by": no place
            return self._list_left(toks, k) if k >= 0 and toks[k].code else []
        if t.code is None and t.low in ("it", "they", "he", "she", "we") and j >= 2:
            k = j - 1
            if toks[k].low == "that":
                k -= 1
            if toks[k].lem not in REPORT:
                chain, k = self._chain(toks, k)
            if k >= 0 and toks[k].lem in REPORT:
                chain, k2 = self._chain(toks, k - 1)
                speaker = self._list_left(toks, k2) if k2 >= 0 and toks[k2].code else []
                return [] if speaker and self._in_relative(toks, toks.index(speaker[0])) else speaker
        if t.code is None and t.low == "'s":
            return []
        if t.code is None and t.lem in SPEAKER_NOUNS:  # "A top U.S. official praised": the official's side
            k = j - 1
            while k >= 0 and j - k <= 3 and toks[k].code is None and toks[k].low.isalpha() and toks[k].low not in VERBISH:
                k -= 1
            if k >= 1 and toks[k].low == "'s" and toks[k - 1].code and toks[j].lem in ("committee", "panel"):
                return [toks[k - 1]]  # "the council's sanctions committee blacklisted": the council's body acts
            if k >= 2 and toks[k].code and toks[j].lem in ("committee", "panel") and toks[k - 1].low == "'s" \
                    and toks[k - 2].code:
                return [toks[k - 2]]  # "the council's al-Qaida sanctions committee added": the council's body acts
            if k >= 1 and toks[k].code == "O" and toks[k - 1].low in ("a", "an") \
                    and toks[j].lem in ("minister", "president", "leader", "premier"):
                return []  # "a G-7 prime minister hosted him": the leader of one member state, not the group
            if k >= 0 and toks[k].code and not (k + 1 < len(toks) and toks[k + 1].low == "'s"):
                c = k - 1  # "X became the first U.S. president to visit": the complement of a copula is X
                while c >= 0 and k - c <= 4 and toks[c].code is None and toks[c].low.isalpha() \
                        and toks[c].lem not in COPULAS and toks[c].low not in VERBISH:
                    c -= 1
                if c >= 1 and toks[c].code is None and toks[c].lem in COPULAS and toks[c - 1].code:
                    return self._list_left(toks, c - 1)
                return [toks[k]]
            k = j - 1  # "X and a group of deputies held talks": X
            while k >= 0 and j - k <= 5 and toks[k].code is None and toks[k].low.isalpha() and toks[k].low != "and":
                k -= 1
            if k >= 1 and toks[k].low == "and" and toks[k - 1].code:
                return self._list_left(toks, k - 1)
            return []
        if t.code is None and t.low.isalpha() and t.low.endswith("s") and t.low not in VERBISH:
            k = j - 1  # "A, B and the German nationals flew": A and B, with people kg cannot name
            while k >= 0 and j - k <= 4 and toks[k].code is None and toks[k].low.isalpha() \
                    and toks[k].low not in VERBISH and toks[k].low != "and":
                k -= 1
            if k >= 1 and toks[k].low == "and" and toks[k - 1].code and k + 1 < j \
                    and toks[k + 1].low in ("the", "other", "several", "two", "three", "four", "five", "their", "his", "her",
                                            "its"):  # "X and its allies froze": X
                return self._list_left(toks, k - 1, closed=True)
        if t.code in ("C", "L") and j >= 2 and toks[j - 1].low in ("of", "from") and toks[j - 2].code in ("P", "N"):
            return self._subject(toks, j - 2)  # "Sen. A of Tennessee met B": A, whose state or country follows
        if t.code:  # "the council's committee dealing with A and B added X": the committee acts, not B
            k = j
            while k >= 0 and (toks[k].code or toks[k].low in (",", "and", "the", "&")):
                k -= 1
            for g in range(k, max(0, k - 4), -1):
                if toks[g].low in REMIT and g >= 1 and toks[g - 1].lem in ("committee", "panel"):
                    return self._subject(toks, g - 1)
                if toks[g].code or toks[g].low in STOP_MARKS or toks[g].low == ",":
                    break
        names = self._list_left(toks, j) if t.code else []
        if names:
            f = toks.index(names[0])
            if f >= 2 and toks[f - 1].low == "of" and toks[f - 2].code is None and toks[f - 2].low in KIN_HEADS:
                return []  # "The family of X thanked Y", "Lawyers of X met Y": they did, not X
        return names

    def _opening_phrase(self, toks: list[Tok], j: int) -> bool:
        """Whether the words before ``j`` are a short phrase opening the sentence, a preposition and what it
        governs, set off by a comma ("Alongside X, ...", "In a separate move, ...")."""
        return 2 <= j <= 8 and toks[j - 1].low == "," and toks[0].code is None \
            and (toks[0].low in PREPOSITIONS or toks[0].low in OPENING_PREPOSITIONS) \
            and all(t.low not in STOP_MARKS and t.low != "," and (t.code or t.lem not in self.by_lemma)
                    for t in toks[1:j - 1])

    @staticmethod
    def _list_left(toks: list[Tok], j: int, closed: bool = False) -> list[Tok]:
        out = [toks[j]]
        k = j - 1
        while k >= 1:
            # ages set off by commas: "A, 45, B, 47, and C, 43, landed"
            if toks[k].low == "and" and k >= 4 and toks[k - 1].low == "," and _age(toks[k - 2]) \
                    and toks[k - 3].low == "," and toks[k - 4].code:
                closed = True
                out.append(toks[k - 4])
                k -= 5
                continue
            if toks[k].low == "," and closed and k >= 3 and _age(toks[k - 1]) and toks[k - 2].low == "," \
                    and toks[k - 3].code:
                out.append(toks[k - 3])
                k -= 4
                continue
            if toks[k].low not in ("and", "&", ",") and k >= 3 and toks[k].code is None and toks[k].low.isalpha() \
                    and toks[k - 1].low in ("his", "her", "their") and toks[k - 2].low == "and" and len(out) == 1:
                k -= 2  # "A, the envoy, and his colleague B were handed over": B's relation to A is no list item
                continue
            if toks[k].low == "and" and toks[k - 1].low == "," and k >= 4 and toks[k - 2].code \
                    and toks[k - 3].low in PREPOSITIONS and (c := _appositive_back(toks, k - 3)) is not None:
                # "A, the U.N. envoy to Niger, and B": Niger ends A's description; A is the member
                closed = True
                out.append(toks[c - 1])
                k = c - 2
                continue
            if (toks[k].low in ("and", "&") or toks[k].low == "," and closed) and toks[k - 1].code:
                closed = True
                out.append(toks[k - 1])
                k -= 2
            elif toks[k].low in ("and", "&") and k >= 4 and toks[k - 1].low == ")" and toks[k - 2].code \
                    and toks[k - 3].low == "(" and toks[k - 4].code:
                closed = True  # "X (Y) and Z were designated": Y is X's short name
                out.append(toks[k - 4])
                k -= 5
            elif toks[k].low == "and" and toks[k - 1].low == "," and k >= 2 and toks[k - 2].code \
                    and not (k >= 3 and toks[k - 3].low == "and"):
                # ("its support for A and B, and C held talks": a list closed by "and" ends there)
                closed = True
                out.append(toks[k - 2])
                k -= 3
            elif toks[k].low == "and" and toks[k - 1].low == "," and k >= 4 and toks[k - 2].code is None \
                    and (c := _appositive_start(toks, k - 2)) is not None:
                closed = True  # "A, a Citgo manager held since 2017, and B arrived": A, past the description
                out.append(toks[c - 1])
                k = c - 2
            elif toks[k].low == "as" and k >= 3 and toks[k - 1].low == "well" and toks[k - 2].low == "as" \
                    and toks[k - 3].code:
                out.append(toks[k - 3])
                k -= 4
            elif toks[k].low == "as" and k >= 4 and toks[k - 1].low == "well" and toks[k - 2].low == "as" \
                    and toks[k - 3].low == "," and toks[k - 4].code and (k < 5 or toks[k - 5].low != ","):
                out.append(toks[k - 4])  # "A, as well as B and C, had been designated"
                k -= 5
            elif toks[k].low == "," and closed and k >= 3 and toks[k - 1].code is None \
                    and (c := _appositive_start(toks, k - 1, aged=True)) is not None:
                # "A, a teacher, B, a doctor, and C", "A, 45, a teacher, B, 32, and C were freed": each member past
                # its description (and age)
                out.append(toks[c - 1])
                k = c - 2
            elif (c := _described_member_back(toks, k)) is not None:
                # "A and the armed forces minister, B, were also included", "A and the network known as B": the
                # member before the description that names the next one
                closed = True
                out.append(toks[c - 1])
                k = c - 2
            else:
                break
        if k >= 0 and toks[k].low == "'s":
            if len(out) == 1 and out[0].code == "O" and k >= 1 and toks[k - 1].code in ("O", "C", "K"):
                return out  # "the Treasury Department's Office of Foreign Assets Control imposed": an agency acts
            if len(out) == 1 and out[0].code == "P":
                return out  # "Rouhani's Foreign Minister X, who negotiated the deal with Y": X, a person, is X
            return out[:-1] if len(out) > 1 else []
        while len(out) > 1:  # "... in Bamako, and X praised": a place after a preposition is no subject
            p = toks.index(out[-1])
            if p > 0 and toks[p - 1].low in PREPOSITIONS and toks[p - 1].low not in SUBORDINATORS \
                    and not (toks[p - 1].low == "of" and p >= 2 and toks[p - 2].low in STATES_OF):
                # (but "the governments of A and B held talks": A and B, through their governments)
                out.pop()
            else:
                break
        return list(reversed(out))

    def _skip_desc(self, toks: list[Tok], k: int) -> int:
        """Past a short description before a name ("Kazakh billionaire X", "leaders of X"), if a name follows."""
        d = k
        while d < len(toks) and d - k < 6 and toks[d].code is None and toks[d].low.replace("-", "").isalpha() \
                and (toks[d].low not in VERBISH or toks[d].low in ("of", "from")) and toks[d].lem not in self.by_lemma \
                and not toks[d].low.endswith("ing") and toks[d].low not in _TOPIC_PREPS:
            d += 1  # (not past "about": "released a statement about X" tells of X, X is not the one freed)
        if d == k + 2 and k >= 1 and toks[k - 1].low == "the" and toks[k].low in ROLE_HEADS and toks[k + 1].low == "of" \
                and d + 2 < len(toks) and toks[d].code in ("C", "K") and toks[d + 1].low == "'s" \
                and not any(toks[x].code in ("P", "N") for x in range(d + 2, min(len(toks), d + 8))):
            return k  # "on the head of Russia's GRU military intelligence service": an office holder with no name
        if d + 1 < len(toks) and toks[d].low == "," and toks[d + 1].code in ("P", "N") and d > k and k >= 1 \
                and (toks[k - 1].low == "the" and toks[d - 1].low in ROLE_HEADS
                     or toks[k].low in _NUMBERS and toks[k + 1].low == "of" and toks[d - 1].low.endswith("s")
                     and toks[d - 1].low[:-1] in ROLE_HEADS):
            # "along with the defence minister, X", "among them the navy commander, X", "together with two of his
            # former prime ministers, X and Y"
            return d + 1
        if d < len(toks) and toks[d].code in ("C", "K", "O") and d > k + 1 and toks[d - 1].low == "of" \
                and any(toks[x].low in _NUMBERS or toks[x].low.isdigit() for x in (k, k - 1) if x >= 0):
            # "two former presidents of X, the brothers A and B": the people, named after; X is only their country
            e = d + 1
            if e < len(toks) and toks[e].low == ",":
                e += 1
                while e < len(toks) and e - d <= 5 and toks[e].code is None and toks[e].low.isalpha() \
                        and toks[e].low not in VERBISH and toks[e].lem not in self.by_lemma:
                    e += 1
                if e < len(toks) and toks[e].code in ("P", "N"):
                    return e
            return k
        if d == k + 1 < len(toks) and toks[k].low == "from" and k >= 1 and toks[d].code in ("C", "K") \
                and (toks[k - 1].low in _NUMBERS or toks[k - 1].low.isdigit() or toks[k - 1].low in _SOME):
            return k  # "including two (some, those) from X": people from X, not X
        if d >= k + 2 and d < len(toks) and toks[d - 1].low == "from" and toks[d].code in ("C", "K") \
                and toks[d - 2].low in _PEOPLE_AND_FIRMS:
            # "sanctions on individuals and entities from Iran": people and firms from X, not X (but those it names
            # after: "on individuals from Iran, including A")
            if d + 3 < len(toks) and toks[d + 1].low == "," and toks[d + 2].low in ("including", "among") \
                    and toks[d + 3].code in ("P", "N", "O"):
                return d + 3
            return k
        if d < len(toks) and toks[d].code == "P" and d >= k + 2 and toks[d - 1].low == "and" \
                and self._coordinated_roles(toks, k, d - 1):
            return d  # "journalist and student X", "Austrian writer and activist X": one person, two roles
        return d if d < len(toks) and toks[d].code and d > k and toks[d - 1].low not in ("and",) else k

    @staticmethod
    def _coordinated_roles(toks: list[Tok], k: int, a: int) -> bool:
        """Whether the words from ``k`` to the "and" at ``a`` are a person's first role ("journalist" in "journalist
        and student X"): singular lowercase nouns with no article of their own ("a journalist and X" is two people,
        as is "prisoners and X")."""
        if k >= 1 and toks[k - 1].low in ("a", "an", "two", "three", "four", "five", "several", "some"):
            return False
        head = toks[a - 1].low
        return head in ROLE_NOUNS or head in ROLE_HEADS or head in PERSON_ROLES

    @staticmethod
    def _relative_at(toks: list[Tok], k: int, e: int) -> int:
        """Where a relative clause opens between ``k`` and ``e`` ("A, 47, an editor who holds dual citizenship;"):
        its verbs describe the item, they tell no event of the list's sentence; else ``e``."""
        return next((x for x in range(k, e) if toks[x].code is None and toks[x].low in ("who", "whose")), e)

    @staticmethod
    def _skip_det(toks: list[Tok], k: int) -> int:
        while k < len(toks) and toks[k].code is None and (toks[k].low in DETS or toks[k].low in ADVERBS
                                                          or toks[k].text in NAME_PARTICLES and k + 1 < len(toks)
                                                          and toks[k + 1].code in ("P", "N")):
            k += 1  # "praised de Klerk's courage": the particle of a surname the mention leaves out
        return k

    def _list_right(self, toks: list[Tok], k: int) -> tuple[list[Tok], int]:
        """The list of names starting at ``k`` and the index after it."""
        if k >= len(toks) or not toks[k].code:
            return [], k
        if k + 1 < len(toks) and toks[k + 1].low == "'s":
            # "on Turkey's Presidency of Defence Industries", "on Turkey's ministers, A and B": past the possessor
            d = k + 2
            while d < len(toks) and d - k < 10 and toks[d].code is None and toks[d].low.replace("-", "").isalpha() \
                    and (toks[d].low not in VERBISH or toks[d].low == "of" and d > k + 2) \
                    and toks[d].lem not in self.by_lemma and toks[d].low not in CLAUSE_LINKS:
                d += 1  # "on Lithuania's deputy minister of transport and communications, A"
            if d < len(toks) and toks[d].code:
                return self._list_right(toks, d)
            if d + 1 < len(toks) and toks[d].low == "," and toks[d + 1].code:
                return self._list_right(toks, d + 1)
            if toks[k].code in ("C", "K") and d > k + 2 and toks[d - 1].low in ECONOMY_HEADS:
                return [toks[k]], d  # "sanctions on Iran's economy", "on Russia's banks": on the country
            if toks[k].code in ("C", "K") and d > k + 2 and toks[d - 1].low in GOVERNMENT_HEADS:
                return [toks[k]], d  # "the reforms undertaken by Myanmar's new nominally civilian government"
            return [], k
        first = self._member(toks, k)
        if first is None:
            return [], k
        k = first
        if k + 1 < len(toks) and toks[k + 1].low == "'s":
            return self._list_right(toks, k)
        out = [toks[k]]
        k += 1
        while k < len(toks):
            if k + 3 < len(toks) and toks[k].low in ("in", "on", "last") and toks[k + 2].low == "and" \
                    and toks[k + 3].code and toks[k + 1].code is None and (
                        toks[k + 1].low in TIME_HEADS and toks[k + 1].low not in ("time", "day", "days")
                        or len(toks[k + 1].low) == 4 and toks[k + 1].low.isdigit()):
                k += 2  # "sanctioned A in June and B and C in September", "A in 2014 and B in 2016": each its date
                continue
            if toks[k].code in ("P", "N") and out[-1].code == "P" and toks[k - 1] is out[-1] \
                    and k + 1 < len(toks) and toks[k + 1].low in (",", "and"):
                out.append(toks[k])  # "his wife, A, his son B and ...": the mention "his wife, A," holds its comma
                k += 1
                continue
            if k + 2 < len(toks) and toks[k].low == "," and _age(toks[k + 1]) and toks[k + 2].low == "," \
                    and out[-1].code in ("P", "N"):
                k += 2  # "A, 69, and B": past the age
                continue
            if k + 2 < len(toks) and toks[k].low == "(" and toks[k + 2].low == ")" and (
                    toks[k + 1].code or toks[k + 1].text.isupper()):
                k += 3  # "X (Y)": Y is X's short name
                continue
            if toks[k].low == "'s":
                return out[:-1], k
            if out[-1].code in ("P", "N", "O") and toks[k].code is None and (
                    toks[k].low == "alias" or tuple(x.low for x in toks[k:k + 3]) in (("also", "known", "as"),
                                                                                     (",", "known", "as"))):
                e = k + (1 if toks[k].low == "alias" else 3)  # "A also known as Abu B; C": past the alias
                s0 = e
                while e < len(toks) and e - s0 <= 5 and toks[e].low not in STOP_MARKS and toks[e].low not in (",", "and"):
                    e += 1
                if e > s0 and e < len(toks) and toks[e].low in (";", ",", "and"):
                    k = e
                    if toks[k].low == ";" and not self._semicolons:
                        break
            if toks[k].low in ("of", "from") and out[-1].code in ("P", "N") and k + 2 < len(toks) \
                    and toks[k + 1].code in ("C", "L", "O") and toks[k + 2].low in (",", "and", ";"):
                k += 2  # "A of Uganda, B of Peru and C": where each member comes from (or the body: "B of the X Senate")
                continue
            # a list written with semicolons: "A, 40, a former adviser; B, an officer; and C" (with a name the item
            # itself lists: "the two sons, A, his adviser, and B; C")
            if toks[k].low == "," and self._semicolons:
                e = k + 1  # (an item's own short name in brackets: "A, director of the X Service (XS); B")
                while e < len(toks) and e - k <= 40 and toks[e].low != ";" and (
                        toks[e].low not in STOP_MARKS or toks[e].low in ("(", ")")):
                    e += 1
                if e + 1 < len(toks) and toks[e].low == ";" and (
                        toks[e + 1].code or toks[e + 1].low == "and" and e + 2 < len(toks) and toks[e + 2].code
                        or self._skip_desc(toks, e + 1) != e + 1 or self._role_comma(toks, e + 1) is not None
                        or toks[e + 1].low == "and" and self._role_comma(toks, e + 2) is not None
                        # "...; and opposition politician B, 41": a description before the last name
                        or toks[e + 1].low == "and" and self._skip_desc(toks, e + 2) != e + 2) \
                        and not any(toks[x].code is None and toks[x].lem in self.by_lemma
                                    and toks[x].lem not in ("be", "have") and not _modifier(toks, x)
                                    for x in range(k + 1, self._relative_at(
                                        toks, k + 1, e))
                                    # "B, the health secretary who visited X in August; C": the item's own clause
                                    if not any(toks[r].low in RELATIVE and toks[r - 1].code is None
                                               and toks[r - 1].low.isalpha() for r in range(k + 2, x))):
                    out.extend(toks[x + 1] for x in range(k + 2, e - 1) if toks[x].low == "and"
                               and toks[x - 1].low == "," and toks[x + 1].code in ("P", "N"))
                    k = e
            # "A and three billionaires - B and C": the unnamed group's members after the dash
            if toks[k].low == "and" and out:
                e = k + 1
                while e < len(toks) and e - k <= 4 and toks[e].code is None and toks[e].low.isalpha() \
                        and toks[e].low not in VERBISH and toks[e].lem not in self.by_lemma:
                    e += 1
                if e > k + 1 and e < len(toks) and toks[e].low in ("-", "\u2014", "\u2013", ":"):
                    d = self._skip_desc(toks, self._skip_det(toks, e + 1))
                    if d < len(toks) and toks[d].code:
                        more, k2 = self._list_right(toks, d)
                        return out + more, k2
            # a group, then its members after a dash or a colon: "three billionaires - A and B", "five members of
            # X - A, B and C - as well as D": the list goes on after a closing dash
            if toks[k].low == "of" and out and out[-1].code == "G" and k + 2 < len(toks) and toks[k + 1].code \
                    and toks[k + 2].low in ("-", "\u2014", "\u2013", ":"):
                k += 2
            # "two US veterans from Alabama, A and B": where the group comes from, then its members
            if toks[k].low in ("of", "from") and out and out[-1].code == "G" and k + 3 < len(toks) \
                    and toks[k + 1].code in ("C", "L") and toks[k + 2].low == "," and toks[k + 3].code in ("P", "N"):
                k += 2
                if len(out) > 1:
                    out.pop()  # "A, B, as well as two US veterans from Alabama, C and D": C and D stand for the group
            if out and out[-1].code == "G" and k < len(toks) and toks[k].code is None \
                    and toks[k].low not in STOP_MARKS and toks[k].low not in (",", "and", "-"):
                k = self._phrase_to_colon(toks, k)  # "six firms that it said support X: A; B; and C"
            if toks[k].low in ("-", "\u2014", "\u2013", ":") and out and out[-1].code == "G" and k + 1 < len(toks):
                d = self._skip_desc(toks, self._skip_det(toks, k + 1))
                if toks[k].low == ":" and self._role_comma(toks, k + 1) is not None:
                    d = self._role_comma(toks, k + 1)  # "six officials: the vice-president, A; the premier, B"
                if d < len(toks) and toks[d].code:
                    more, k2 = self._list_right(toks, d)
                    if more and k2 + 1 < len(toks) and toks[k2].low == toks[k].low != ":":
                        out, k = out + more, k2 + 1
                        if toks[k].low in (",", "and") or toks[k].low == "as" and k + 2 < len(toks) \
                                and toks[k + 2].low == "as":
                            continue
                        return out, k
                    return out + more, k2
            # a member after a description set off by commas: "A, its parent B, and C", "A, the power producer B;"
            if toks[k].low == "," and self._desc_member(toks, k + 1) is not None:
                d = self._desc_member(toks, k + 1)
                out.append(toks[d])
                k = d + 1
                continue
            # a relative clause set off by commas: "A, who commands the army's Fourth Division, and his cousin B"
            # (a person's mention may end in the comma: "his wife, A, who serves as minister, and his brother B")
            bare = toks[k].low == "who" and k + 1 < len(toks) and toks[k - 1] is out[-1] and out[-1].code == "P"
            if (toks[k].low == "," and k + 2 < len(toks) and toks[k + 1].low in ("who", "which", "whose", "whom")
                    or bare) \
                    and out[-1].code in ("P", "N", "O"):
                e = r = k + 1 + (not bare)
                while e < len(toks) and e - k <= 22 and toks[e].low not in STOP_MARKS and toks[e].low != "," \
                        and not (toks[e].code is None and toks[e].lem in self.by_lemma and toks[r - 1].low != "whose"
                                 and toks[e].low != "now"  # ("who is now inspector general": no "now free" here)
                                 and not ((e == r or e <= r + 2 and toks[r - 1].low in ("whose", "whom")
                                           or toks[e - 1].low == "and")  # "who led X and is now Y"
                                          and toks[e].lem in ("be", "have"))):
                    e += 1  # (the clause's own "was" or "has": "A, who was chief of staff to X, and B")
                if e + 2 < len(toks) and toks[e].low == "," and toks[e + 1].low != "and" and toks[e + 1].code is None:
                    # ... with the clause's object named again: "A, who heads X's bloc, the Loyalty Bloc, and B"
                    # (not a bare name: "A, which runs a casino in X, B, and C" goes on with B)
                    e2 = e + 1
                    while e2 < len(toks) and e2 - e <= 8 and toks[e2].code in (None, "O") \
                            and toks[e2].low not in STOP_MARKS and toks[e2].low != "," \
                            and (toks[e2].lem not in self.by_lemma or e2 == e + 1 and toks[e2].low == "including"):
                        # (... or a part of it: "A, whose firms won contracts, including for roads, and B")
                        e2 += 1
                    if e2 + 2 < len(toks) and e2 > e + 1 and toks[e2].low == "," and toks[e2 + 1].low == "and":
                        e = e2
                if e + 2 < len(toks) and toks[e].low == "," and toks[e + 1].low == "and":
                    d = self._skip_desc(toks, self._skip_det(toks, e + 2))
                    if d < len(toks) and toks[d].code in ("P", "N", "O") and not self._clause_subject(toks, d):
                        k = e
                elif e + 3 < len(toks) and toks[e].low == "," and toks[e + 1].code in ("P", "N", "O") \
                        and toks[r - 1].low != "whose" and e > r + 1 and not self._clause_subject(toks, e + 1) \
                        and toks[e + 2].low in (",", "and") and (toks[e + 2].low == "and" or toks[e + 3].low == "and"):
                    k = e  # "among them A, which runs a casino in X, B, and the exchange C": the list goes on
            # a body's description whose first word is a place: "A, the St. Petersburg company that X accused of
            # running the campaign, and B" (the place is the description's, no member)
            if toks[k].low == "," and k + 3 < len(toks) and toks[k + 1].code in ("L", "C") and out[-1].code in ("N", "O") \
                    and toks[k + 2].code is None and toks[k + 2].low in _BODY_DESCRIPTIONS \
                    and toks[k + 3].low in ("that", "which"):
                k = self._past_described_relative(toks, k, k + 3)
            # an apposition: "A, a banker, and B", "A, the head of X; B"
            if toks[k].low == "," and k + 1 < len(toks) and not toks[k + 1].code \
                    and toks[k + 1].low not in ("and", "including", "as", "among", "such", "along", "together") \
                    and toks[k + 1].low not in _RELATIVE_OPENERS \
                    and not (toks[k + 1].low.endswith("ing") and lemma(toks[k + 1].low) != toks[k + 1].low):
                # (not a clause of its own: "against X, freezing the assets of A and B")
                e = k + 1
                while e < len(toks) and e - k <= 14 and toks[e].low not in STOP_MARKS and toks[e].low != "," \
                        and toks[e].low not in ("who", "which", "that"):
                    e += 1
                if e < len(toks) and toks[e].low in (",", ";") and e + 1 < len(toks) and (
                        toks[e + 1].code or toks[e + 1].low == "and" and e + 2 < len(toks) and toks[e + 2].code
                        or self._desc_member(toks, e + 1) is not None
                        # "A, a former police officer, as well as B"
                        or tuple(x.low for x in toks[e + 1:e + 4]) == ("as", "well", "as") and e + 4 < len(toks)
                        and toks[e + 4].code):
                    if not any(toks[x].code is None and toks[x].lem in self.by_lemma and x > k + 1
                               and not _modifier(toks, x) for x in range(k + 1, e)) \
                            and not self._clause_subject(toks, e - 1):
                        k = e
                elif e < len(toks) and toks[e].low in ("who", "whose") and e > k + 1 and toks[e - 1].code is None \
                        and out[-1].code in ("P", "N"):
                    k = self._past_described_relative(toks, k, e)
                elif e < len(toks) and toks[e].low in ("that", "which") and e > k + 2 and toks[e - 1].code is None \
                        and toks[k + 1].low in ("a", "an", "the") and out[-1].code in ("N", "O"):
                    # "A, a trading firm that the ministry said had helped the army, and B": a body's description
                    k = self._past_described_relative(toks, k, e)
                elif self._semicolons and e + 1 < len(toks) and toks[e].low == "," and toks[e + 1].low in ("which", "who") \
                        and out[-1].code in ("P", "N") and (end := self._item_end(toks, e + 1)) is not None:
                    # "...; C, the chairman of the KGB, which still bears its Soviet-era name; and D": past the
                    # relative clause that ends the item, on to the next one
                    k = end
            join = _LIST_JOIN_OF.get(toks[k].low) if k < len(toks) else None
            if join is None and k + 1 < len(toks) and toks[k].low == "or" and len(out) >= 2 and toks[k - 1] is out[-1] \
                    and toks[k + 1].code in ("P", "N", "O") and not self._clause_subject(toks, k + 1):
                join = ("or",)  # "it includes A, B, C or D": a serial list closed by "or" is a list all the same
            if join is None or len(join) > 1 and tuple(t.low for t in toks[k:k + len(join)]) != join:
                break
            joined = k + len(join)
            k2 = joined
            while k2 < len(toks) and toks[k2].low in (",", "and", "also", "including", "on", "against", "to",
                                                       "with"):
                k2 += 1
            if k2 > k and tuple(t.low for t in toks[k2:k2 + 3]) == ("as", "well", "as"):
                k2 += 3  # "A, a former X lawyer, as well as B"
            if k2 + 1 < len(toks) and toks[k2].code is None and toks[k2].low.endswith("ed") \
                    and lemma(toks[k2].low) != toks[k2].low and toks[k2].low not in ("alleged", "reported", "so-called") \
                    and k2 == k + 1 and toks[k].low == "," \
                    and (toks[k2 + 1].low in _CLAUSE_OBJECT_OPENERS or toks[k2 + 1].code):
                break  # "cut aid to X, expelled its ambassador, B, and ...": a verb of its own, no description
            # a short description before the next name: "and former trade adviser B"; a relative pronoun opens a
            # clause instead ("A, whom B met in Moscow")
            d = k2
            while d < len(toks) and d - k2 < 5 and toks[d].code is None and toks[d].low.replace("-", "").isalpha() \
                    and toks[d].lem not in self.by_lemma and toks[d].low not in VERBISH \
                    and not toks[d].low.endswith("ing") and toks[d].low not in _RELATIVE_OPENERS:
                d += 1
            if d < len(toks) and toks[d].code is None and toks[d].low in _RELATIVE_OPENERS:
                break
            if self._role_comma(toks, k2) is not None:
                d = self._role_comma(toks, k2)  # a role before the name, set off by a comma: "...; the police chief, B"
            if d + 1 < len(toks) and toks[d].code and toks[d - 1].low == "among" and out[-1].code == "G" \
                    and (toks[d].idx in self._pronouns or self._anaphors.get(toks[d].idx) == "them"):
                d2 = self._skip_desc(toks, self._skip_det(toks, d + 1))  # "among them the cybersecurity firm X"
                if d2 < len(toks) and toks[d2].code:
                    d = d2  # "21 officials, among them A and B": the group's members, not "them"
            if d + 2 < len(toks) and toks[d].code and toks[d + 1].code is None and toks[d + 1].low.isalpha() \
                    and toks[d + 2].low == "'s":
                break  # "the NATO ally's agency": a modifier of a possessor, no member
            if d + 4 < len(toks) and toks[d].code in ("P", "N") and toks[d + 1].low == "'s" \
                    and toks[d + 2].low in _KIN_OR_ROLE and toks[d + 3].low == "," \
                    and toks[d + 4].code in ("P", "N") and out[-1].code in ("P", "N"):
                d += 4  # "A; and B's father, C, and brother, D": the kin named after the comma
            elif d + 2 < len(toks) and d > k2 and toks[d].low == "," and toks[d + 1].code in ("P", "N") \
                    and toks[d - 1].low in _KIN_OR_ROLE and out[-1].code in ("P", "N"):
                d += 1  # "..., and brother, D": the kin or role said once more, then the name
            if d + 2 < len(toks) and toks[d].code in ("C", "K", "O") and toks[d + 1].low == "'s" \
                    and toks[d + 2].code in ("O", "N") and out[-1].code in ("N", "O") \
                    and (d + 3 >= len(toks) or toks[d + 3].low in (",", ";", ".", "and")):
                d += 2  # "A and the army's Centre for Special Studies": the body the possessor owns
            if d < len(toks) and toks[d].code and not (d + 1 < len(toks) and toks[d + 1].low == "'s"):
                d = self._member(toks, d)
                if d is None or self._clause_subject(toks, d):
                    break  # "..., and Ankara answered": a new clause
                desc = d > k2 and toks[k2].low in ("a", "an", "the")  # "A, a former X police officer, and B"
                if toks[k].low == "," and (d == k2 or desc) \
                        and toks[d].code in ("O", "C", "K") \
                        and out[-1].code in ("P", "N") and d + 1 < len(toks) and toks[d + 1].code is None \
                        and (toks[d + 1].low.split("-")[0] in ROLE_NOUNS or desc and toks[d + 1].low.replace("-", "").isalpha()
                             and toks[d + 1].low not in VERBISH and toks[d + 1].lem not in self.by_lemma
                             and toks[d + 1].low not in ("and", "or")):
                    # "A, the Communist Party chief of X, and B", "A, a former X lawyer, and B": the body names A's
                    # office, it is no member
                    e = d + 2
                    while e < len(toks) and e - d <= 14 and toks[e].low not in STOP_MARKS and toks[e].low != ",":
                        e += 1
                    if e < len(toks) and toks[e].low == ",":
                        k = e
                        continue
                    break
                if d + 2 < len(toks) and toks[d + 1].text in ('"', "\u201c") and toks[d + 2].text.islower():
                    e = d + 2  # 'the St Petersburg "troll factory"': the name describes what follows
                    while e < len(toks) and e - d <= 6 and toks[e].low not in ('"', "\u201d"):
                        e += 1
                    if e < len(toks) and e - d <= 6:
                        k = e + 1
                        continue
                    out.append(toks[d])  # 'thanked A and B "for the part they have played"': a quotation after B
                    k = d + 1
                    break
                out.append(toks[d])
                k = d + 1
                continue
            if toks[k].low == ";" and self._semicolons:
                # an item kg reads no name in ("A; the People's Front (PFDJ), which ...; B"): on to the next one
                e = self._item_end(toks, k + 1)
                if e is not None:
                    k = e
                    continue
            break
        return out, k

    def _item_end(self, toks: list[Tok], k: int) -> int | None:
        """The semicolon that ends the list item going on at ``k``, when a name (or "and" and a name) follows it and no
        trigger word comes before it; else None."""
        e = k
        while e < len(toks) and e - k <= 30 and toks[e].low != ";" \
                and (toks[e].low not in STOP_MARKS or toks[e].low in "()") \
                and not (toks[e].code is None and toks[e].lem in self.by_lemma and toks[e].lem != "have"
                         and not (e + 1 < len(toks) and toks[e + 1].low == ";")):  # "its Soviet-era name;": a noun
            e += 1
        if e + 1 < len(toks) and toks[e].low == ";" and (
                toks[e + 1].code or toks[e + 1].low == "and" and e + 2 < len(toks) and toks[e + 2].code):
            return e
        return None

    def _past_described_relative(self, toks: list[Tok], k: int, r: int) -> int:
        """An apposition ending in a relative clause, then the next name of the list: "A, a 28-year-old Russian who
        ran a shop in Ohio, and B, 28, who ..." gives the comma before "and B"; else ``k`` (the list ends)."""
        if any(toks[x].code is None and toks[x].lem in self.by_lemma and not _modifier(toks, x) for x in range(k + 2, r)):
            return k
        e = r + 1
        while e < len(toks) and e - r <= 24 and toks[e].low not in STOP_MARKS and toks[e].low != ",":
            e += 1
        if e + 2 < len(toks) and toks[e].low == "," and toks[e + 1].low == "and":
            d = self._skip_desc(toks, self._skip_det(toks, e + 2))
            if d < len(toks) and (toks[d].code in ("P", "N") or toks[d].code == "O" and toks[k - 1].code in ("N", "O")) \
                    and not self._clause_subject(toks, d):
                return e
        return k

    @staticmethod
    def _damaged(toks: list[Tok], k: int) -> list[Tok]:
        """The country a measure hurt, in a relative clause after the measure noun ("sanctions that had crippled
        Iran's economy", "the embargo, which has strangled Cuba"), else nothing."""
        i = k + (k < len(toks) and toks[k].low == ",")
        if i >= len(toks) or toks[i].low not in ("that", "which"):
            return []
        i += 1
        while i < len(toks) and toks[i].low in ("had", "has", "have", "long", "so", "badly", "severely"):
            i += 1
        if i + 1 >= len(toks) or toks[i].low not in DAMAGING:
            return []
        i += 1
        while i < len(toks) and toks[i].code is None and toks[i].low in ("the", "its", "their"):
            i += 1
        return [toks[i]] if i < len(toks) and toks[i].code in ("C", "K") else []

    def _spelled_out(self, toks: list[Tok], k: int) -> list[Tok]:
        """The members of a counted group listed after a short phrase and ", including" or ", among them" ("19
        people for election interference, among them A and B"); the phrase names no one but places. A colon after
        the phrase lists them too, whatever the phrase names ("officers of X's intelligence service, the GRU: A, B",
        "three companies the ministry said A controls: B; C"), and so does a comma after a plural noun ("are Chinese
        nationals, A and B")."""
        colon = self._colon_members(toks, k)
        if colon:
            return colon
        i = k
        while i < len(toks) and i - k <= 14:
            t = toks[i]
            if t.low == "," and i + 1 < len(toks) and toks[i + 1].low in ("including", "among"):
                d = i + 2
                if toks[i + 1].low == "among" and d < len(toks) and (toks[d].low == "them" or toks[d].code == "G"
                                                                      and toks[d].idx in self._pronouns):
                    d += 1
                members = self._list_right(toks, self._skip_desc(toks, self._skip_det(toks, d)))[0]
                return [m for m in members if m.code != "G"]  # "22 people, including three brothers": no member
            if t.low == "," and i > k and toks[i - 1].code is None and toks[i - 1].low.endswith("s") \
                    and lemma(toks[i - 1].low) != toks[i - 1].low and i + 1 < len(toks) \
                    and toks[i + 1].code in ("P", "N") and not self._clause_subject(toks, i + 1):
                members = self._list_right(toks, i + 1)[0]  # "are Chinese nationals, A and B": the nationals
                return members if len(members) >= 2 else []
            if t.code == "O" and i >= 1 and toks[i - 1].low in ("'s", "of"):
                i += 1  # "eight commanders of Iran's Revolutionary Guard, among them A": the body they belong to
                continue
            if t.code == "O" and t.idx in self._pronouns and i >= 1 and toks[i - 1].low in ("to", "into", "from"):
                i += 1  # "banned 12 officials from travelling to the bloc, among them A": the place they may not go
                continue
            if t.code and t.idx in self._pronouns and i + 1 < len(toks) and toks[i + 1].code is None \
                    and toks[i + 1].low in _OWNING:
                i += 2  # "two companies he controls, A and B": a relative clause of the owner, then the members
                if i + 1 < len(toks) and toks[i].low == "," and toks[i + 1].code in ("P", "N", "O") \
                        and not self._clause_subject(toks, i + 1):
                    members = self._list_right(toks, i + 1)[0]
                    return members if len(members) >= 2 else []
                continue
            if t.low in STOP_MARKS or t.low in _RELATIVE_OPENERS or t.low == "," or t.code in ("P", "N", "O", "G") \
                    or t.code is None and t.lem in self.by_lemma and t.low.endswith(("ed", "ing")) \
                    and not _modifier(toks, i):
                return []
            i += 1
        return []

    @staticmethod
    def _called(toks: list[Tok], d: int) -> int | None:
        """The name given to a thing described just before ``d`` ("a ring it calls X", "a group known as X", "a firm
        called X"), else None."""
        if d < len(toks) and toks[d].low in ("a", "an", "the"):
            d += 1  # "the smuggling ring it calls X"
        while d < len(toks) and toks[d].code is None and toks[d].low.replace("-", "").isalpha() \
                and toks[d].low not in ("it", "they", "officials", "which", "that", "the", "calls", "called", "dubbed",
                                        "named", "known", "and", "or") and toks[d].low not in VERBISH:
            d += 1  # "a Chile-based smuggling ring": the description
        e = d + (d < len(toks) and toks[d].low in ("it", "they", "officials", "which", "that", "the"))
        if e < len(toks) and toks[e - 1].low == "the" and toks[e].low in ("treasury", "ministry", "government"):
            e += 1  # "a group the Treasury calls X"
        if e + 1 < len(toks) and toks[e].low in ("calls", "call", "called", "dubbed", "named", "dubs"):
            e += 1
        elif e + 2 < len(toks) and toks[e].low == "known" and toks[e + 1].low == "as":
            e += 2
        else:
            return None
        return e if toks[e].code in ("N", "O") else None

    def _plural_phrase(self, toks: list[Tok], k: int) -> bool:
        """Whether a noun phrase of lowercase words at ``k`` ends in a plural within six words ("the following
        individuals", "senior army officers", "these people")."""
        e = k
        while e < len(toks) and e - k < 6 and (
                toks[e].code is None and toks[e].low.replace("-", "").isalpha()
                and (toks[e].low not in VERBISH or toks[e].low == "of" and e > k)
                and toks[e].lem not in self.by_lemma
                or toks[e].code in ("P", "N", "O", "C") and e + 2 < len(toks) and toks[e + 1].low == "'s"
                and toks[e + 2].code is None):
            if toks[e].code:
                e += 2  # "three of X's predecessors"
                continue
            if toks[e].low in _PLURAL_PEOPLE or toks[e].low.endswith("s") and toks[e].low != lemma(toks[e].low) \
                    and not toks[e].low.endswith("ss"):
                return True
            e += 1
        return False

    def _colon_members(self, toks: list[Tok], k: int) -> list[Tok]:
        """The names listed after a colon that ends a short phrase at ``k`` ("officers of X's service, the GRU: A,
        B and C"; "three firms the ministry said A controls: B; C"): the phrase may name bodies and people, but no
        other group, and holds no full stop, semicolon or quotation."""
        e = k
        while e < len(toks) and e - k <= 18 and toks[e].low != ":":
            if toks[e].low in STOP_MARKS or toks[e].code == "G":
                return []
            e += 1
        if e == k or e + 1 >= len(toks) or toks[e].low != ":":
            return []
        d = self._role_comma(toks, e + 1)
        if d is None:
            d = self._skip_desc(toks, self._skip_det(toks, e + 1))
        if d >= len(toks) or toks[d].code not in ("P", "N", "O"):
            return []
        members, end = self._list_right(toks, d)
        if end + 1 < len(toks) and toks[end].low in ("and", ",") and toks[end + 1].code \
                and self._clause_subject(toks, end + 1) or self._clause_subject(toks, end - 1):
            return []  # "...: A and B were not among them": a clause of its own, no list
        return [m for m in members if m.code != "G"]

    def _desc_member(self, toks: list[Tok], i: int) -> int | None:
        """The name after a short description at ``i`` that ends a list item ("its parent B," "the power producer
        B and"), else None."""
        if i + 1 >= len(toks) or toks[i].low not in DESC_OPENERS:
            return None
        d = i + 1
        while d < len(toks) and d - i <= 4 and toks[d].code is None and toks[d].low.replace("-", "").isalpha() \
                and toks[d].low not in VERBISH and toks[d].low not in PREPOSITIONS \
                and toks[d].lem not in self.by_lemma and not toks[d].low.endswith("ing"):
            d += 1
        if d > i + 1 and d + 1 < len(toks) and toks[d].code in ("P", "N", "O") \
                and toks[d + 1].low in (",", ";", "and", ".") and not self._clause_subject(toks, d):
            return d
        return None

    def _measure_before(self, trig: Trigger, toks: list[Tok], first: Tok) -> bool:
        """Whether the subject starting with ``first`` opens a relative clause after one of the trigger's object
        nouns ("a freeze of assets (that) the bloc imposed on X")."""
        b = toks.index(first) - 1
        if b >= 0 and toks[b].low in ("that", "which"):
            b -= 1
        ends = self._object_ends.get(trig.id, ())
        d = b  # "the ban on commercial flights they had imposed": a phrase with no name after the measure
        while d >= 1 and b - d <= 4 and toks[d].code is None and toks[d].low.isalpha():
            if toks[d].low in ("on", "of", "for", "to") and d < b and toks[d - 1].code is None \
                    and (toks[d - 1].lem in ends or lemma(toks[d - 1].low) in ends):
                return True
            if toks[d].low in VERBISH:
                break
            d -= 1
        return b >= 0 and toks[b].code is None and (toks[b].lem in ends or lemma(toks[b].low) in ends)

    @staticmethod
    def _body_before(toks: list[Tok], k: int) -> Tok | None:
        """The state or body named last before ``k`` in the sentence as a subject or a possessor ("the council's
        demands and the embargo it imposed", "X lifted the ban it placed"), not the object of a preposition; else None."""
        for b in range(k, -1, -1):
            t = toks[b]
            if t.code is None and t.low in STOP_MARKS:
                return None
            if t.code in ("C", "K", "O") and (b + 1 < len(toks) and toks[b + 1].low == "'s" or b == 0
                                               or toks[b - 1].low in (",", "and", "the")):
                return t  # (a possessor after a preposition is no object of it: "referring to the council's demands")
        return None

    def _measure_relative(self, toks: list[Tok], k: int) -> tuple[int, int, int] | None:
        """A relative clause after a measure noun at ``k`` whose verb imposes it ("(that) it had imposed", "they
        placed", "Washington slapped"): the indexes of its subject, of its verb and after the verb, else None."""
        i = k
        if i < len(toks) and toks[i].code is None and toks[i].low in ("on", "of", "for", "to"):
            e = i + 1  # "the ban on commercial flights they had imposed on X": a phrase with no name, then the clause
            while e < len(toks) and e - i <= 4 and toks[e].code is None and toks[e].low.isalpha() \
                    and toks[e].low not in ("it", "they", "that", "which") and toks[e].low not in VERBISH:
                e += 1
            if e > i + 1:
                i = e
        if i < len(toks) and toks[i].code is None and toks[i].low in ("that", "which"):
            i += 1
        if i + 1 < len(toks) and toks[i].low == "the" and toks[i + 1].code:
            i += 1  # "that the United States has kept"
        if i >= len(toks) or not (toks[i].code or toks[i].low in ("it", "they", "he", "she", "we")):
            return None
        subj = i
        i += 1
        while i < len(toks) and toks[i].code is None and (toks[i].low in ("had", "has", "have", "first", "originally",
                                                                          "previously", "earlier", "also", "long")):
            i += 1
        # a verb that imposes the measure, or one that keeps it in force ("the embargo Washington has kept on X")
        if i + 1 < len(toks) and toks[i].code is None and (toks[i].lem in self._imposing and toks[i].low != toks[i].lem
                                                           or toks[i].low in MAINTAINING) \
                and toks[i + 1].low in ("on", "against"):
            return subj, i, i + 1
        return None

    def _phrase_to_colon(self, toks: list[Tok], k: int) -> int:
        """The colon that ends a short phrase or relative clause after a group, when names follow it ("six firms
        that it said support the spy agency: A; B", "four officers accused of the hack: A, B"), else ``k``."""
        dash = next((x for x in range(k + 1, min(len(toks) - 1, k + 7)) if toks[x].low in ("-", "\u2014", "\u2013")), None)
        if dash is not None and toks[k].code is None and toks[k].low.isalpha() \
                and all(toks[x].code or toks[x].low.isalpha() for x in range(k, dash)) \
                and (d := self._skip_desc(toks, self._skip_det(toks, dash + 1))) < len(toks) and toks[d].code \
                and any(toks[x].low == toks[dash].low for x in range(d + 1, min(len(toks), d + 40))):
            return dash  # "the first four settlers targeted under the order - A, B, C and D - as well as E": dashes
        e = k
        while e < len(toks) and e - k <= 16 and toks[e].low != ":":
            t = toks[e]
            if t.low == "." and e > k and "." in toks[e - 1].low:
                e += 1  # the last full stop of initials ("the S.V.R.'s program")
                continue
            if t.low in STOP_MARKS or t.low == ";" or t.code in ("P", "N", "O", "G"):
                return k
            e += 1
        if e + 1 < len(toks) and toks[e].low == ":" and e > k and (
                (d := self._skip_desc(toks, self._skip_det(toks, e + 1))) < len(toks) and toks[d].code
                or self._role_comma(toks, e + 1)):
            return e
        return k

    def _members_of_described(self, toks: list[Tok], k: int) -> int | None:
        """Where the names start after a plural description no mention reads, set off by ", including" or ", among
        them" ("some of the country's best-known dissidents, including A"), else None."""
        d = k
        while d < len(toks) and d - k <= 8 and toks[d].code is None and (
                toks[d].low.replace("-", "").isalpha() or toks[d].low == "'s") \
                and toks[d].low not in VERBISH and toks[d].lem not in self.by_lemma:
            d += 1
        if d == k or d + 2 >= len(toks) or toks[d].low != "," or not toks[d - 1].low.endswith("s"):
            return None
        e = d + 1
        if toks[e].low == "including":
            e += 1
        elif toks[e].low == "among" and toks[e + 1].low == "them":
            e += 2
        else:
            return None
        e = self._skip_desc(toks, self._skip_det(toks, e))
        return e if e < len(toks) and toks[e].code in ("P", "N") else None

    @staticmethod
    def _body_modifier(toks: list[Tok], d: int) -> bool:
        """Whether the name at ``d`` only modifies the role noun after it ("the Hamas founder", "the movement's
        founder", "the Kremlin's top critic"): a body or country, then a lowercase word or a possessive."""
        return d + 2 < len(toks) and toks[d].code in ("O", "C", "K") and (
            toks[d + 1].low == "'s" or toks[d + 1].code is None and toks[d + 1].low.isalpha()
            and toks[d + 1].low.islower() and toks[d + 1].low not in VERBISH)

    def _office_apposed(self, toks: list[Tok], k: int) -> int | None:
        """The person named after an office of the body at ``k`` set off by a comma ("thanked the African Union
        commission chairwoman, B,", "met the Kenyan foreign minister, B"): the person, not the body, is the verb's
        object (at most three words of the office, ending in a role noun; not a clause's subject after the comma)."""
        if toks[k].code not in ("O", "C", "K"):
            return None
        d = k + 1
        while d < len(toks) and d - k <= 3 and toks[d].code is None and toks[d].low.replace("-", "").isalpha() \
                and toks[d].low not in VERBISH and toks[d].lem not in self.by_lemma:
            d += 1
        if d == k + 1 or toks[d - 1].low not in ROLE_HEADS and toks[d - 1].low.rstrip("s") not in ROLE_HEADS:
            return None
        if d + 1 < len(toks) and toks[d].low == "," and toks[d + 1].code in ("P", "N") \
                and not self._clause_subject(toks, d + 1):
            return d + 1
        return None

    def _role_comma(self, toks: list[Tok], k: int, opened: bool = False) -> int | None:
        """The name after a role set off by a comma at ``k`` ("the police commissioner, B" in a list), else None
        (``opened``: the article went into the name after ``k``: "the Hamas founder, B")."""
        if k >= len(toks) or not opened and toks[k].low not in ("the", "its", "his", "her", "their", "a", "an"):
            return None
        d = k + 1
        while d < len(toks) and d - k <= 5 and (toks[d].code is None and (
                toks[d].low.replace("-", "").isalpha() or toks[d].low == "'s" and d > k + 1)
                and toks[d].low not in VERBISH and toks[d].lem not in self.by_lemma or self._body_modifier(toks, d)):
            d += 1  # (a possessor too: "the president's younger brother, B"; a body: "the Hamas founder, B")
        if d > k + 1 and d + 1 < len(toks) and toks[d].low == "," and toks[d + 1].code and toks[d - 1].code is None \
                and not self._clause_subject(toks, d + 1):
            return d + 1
        # a longer role of a body: "the head of the Guard's aerospace force, B"
        if k + 3 < len(toks) and toks[k + 1].low in _ROLE_TIMES and toks[k + 2].low in ROLE_HEADS:
            k += 1  # "a former commander of the battalion's seventh unit, B"
        if k + 4 < len(toks) and toks[k + 1].low in ROLE_HEADS and toks[k + 2].low == "and":
            # "the founder and spiritual leader of the group X, B": two roles of one person, then the body
            second = next((x for x in (k + 3, k + 4) if toks[x].low in ROLE_HEADS), None)
            if second is not None and all(toks[x].code is None and toks[x].low.isalpha() for x in range(k + 3, second)):
                k = second - 1
        if k + 2 < len(toks) and toks[k + 1].low in ROLE_HEADS and toks[k + 2].low in ("of", "for"):
            e = k + 3
            while e < len(toks) and e - k <= 10 and toks[e].low not in STOP_MARKS and toks[e].low not in (",", ";") \
                    and (toks[e].low not in VERBISH or toks[e].low in ("for", "in")) and toks[e].lem not in self.by_lemma \
                    and (toks[e].code in ("O", "C", "K", "L") or toks[e].code is None
                         and (toks[e].low.replace("-", "").isalpha() or toks[e].low == "'s")):
                e += 1  # ("the speaker of parliament and ZANU-PF secretary for administration, B"; "of a movement in
                # the north, B")
            if e + 1 < len(toks) and toks[e].low == "," and toks[e + 1].code in ("P", "N") \
                    and not self._clause_subject(toks, e + 1):
                return e + 1
        return None

    def _member(self, toks: list[Tok], d: int) -> int | None:
        """The name a list member at ``d`` stands for: a country before a description is a modifier ("U.S. drone
        maker X" is X; "the Belarusian state security service" is no name kg knows), and so is an organisation before
        a person's role ("Al Jazeera journalist X" is X)."""
        if toks[d].code not in ("C", "K", "L", "O") or d + 1 >= len(toks):
            return d
        if toks[d].code == "O":
            if toks[d + 1].code == "P":
                return d + 1  # "Sri Lanka's army commander X": the person's mention holds the role
            # "Indian Air Force pilot X", "Al Jazeera journalist X": an organisation before a person's role
            e = d + 1
            while e < len(toks) and e - d <= 2 and toks[e].code is None and toks[e].low.isalpha() \
                    and toks[e].low in ROLE_NOUNS:
                e += 1
            return e if e > d + 1 and e < len(toks) and toks[e].code in ("P", "N") else d
        if toks[d + 1].code in ("P", "N", "O"):
            return d + 1  # "U.S. Attorney General X": the country names X's side
        e = d + 1
        while e < len(toks) and e - d <= 3 and toks[e].code is None and toks[e].low.isalpha() \
                and toks[e].low not in PREPOSITIONS and toks[e].low not in VERBISH and toks[e].low not in (
                "and", "or", "nor", "including", "as", "a", "an", "the", "aboard", "since", "until", "because",
                "despite", "following", "though", "although", "unless") \
                and toks[e].low not in TIME_LEADS and toks[e].low not in TIME_HEADS and toks[e].low not in COUNTS \
                and (lemma(toks[e].low) == toks[e].low or lemma(toks[e].low) in PEOPLE_NOUNS) \
                and toks[e].lem not in self.by_lemma \
                and (not toks[e].low.endswith("ly") or toks[e].low in _LY_NOUNS):  # "in Ankara shortly before"
            e += 1  # "U.S. senators A and B": the country names their side
        if e < len(toks) and not toks[e].code and lemma(toks[e - 1].low) != toks[e - 1].low:
            e -= 1  # "thanked U.S. diplomats for": no name after the people, the country is the member
        if e == d + 1 or e <= d + 3 and (toks[e - 1].low in ECONOMY_HEADS
                                         or e < len(toks) and toks[e].low in ECONOMY_HEADS):
            return d  # "on Australian barley": the country
        if e < len(toks) and toks[e].code:
            return e
        return None

    @staticmethod
    def _clause_subject(toks: list[Tok], d: int) -> bool:
        """Whether the name at ``d`` is followed by a verb (it opens a clause of its own)."""
        if d + 1 >= len(toks):
            return False
        t = toks[d + 1]
        if t.low == "," and d + 3 < len(toks) and (toks[d + 2].low in ("the", "a", "an")
                                                   or toks[d + 2].code and toks[d + 3].low == "'s"):
            # "..., and B, the bishop of X, has kept contacts": a name, its description, then its own verb
            e = d + 3
            while e < len(toks) and e - d <= 14 and toks[e].low not in STOP_MARKS and toks[e].low != ",":
                e += 1
            return e + 1 < len(toks) and toks[e].low == "," and toks[e + 1].code is None \
                and toks[e + 1].low in ("was", "were", "is", "are", "has", "have", "had", "will", "would", "did")
        return t.code is None and t.low.isalpha() and t.low not in PREPOSITIONS and t.low != "as" and (
            t.low in ("said", "says", "was", "were", "is", "are", "has", "have", "had", "will", "would", "did", "told",
                      "tells", "wrote")
            or t.low.endswith(("ed", "s")) and not t.low.endswith("ss") and lemma(t.low) != t.low)

    def _object_at(self, trig: Trigger, toks: list[Tok], k: int) -> tuple[int, int] | None:
        """Where the trigger's object noun is, within a few words after ``k`` (determiners, adjectives, "X's")."""
        limit = min(len(toks), k + 8)
        i = k
        if k + 1 < len(toks) and toks[k].low == "that" and not (toks[k + 1].low == toks[k + 1].lem
                                                                and toks[k + 1].lem in self._object_ends[trig.id]):
            return None  # "maintained that sanctions on X were illegal": a clause, not the verb's object
        while i < limit:
            t = toks[i]
            for obj in trig.objects:
                n = len(obj)
                if obj[0] == t.lem and (n == 1 or tuple(x.lem for x in toks[i:i + n]) == obj):
                    if any(x.low == "no" and x.code is None for x in toks[k:i]):
                        return None  # "held no talks with X", "imposed no new sanctions": the object is negated
                    nxt = toks[i + n] if i + n < len(toks) else None
                    if trig.event == "Praise" and nxt is not None and nxt.code is None and nxt.low in _PRAISE_COMPOUNDS:
                        return None  # "renewed tribute payments to X", "recorded a tribute album to X": a thing
                    if n == 1 and t.low == "thanks" and nxt is not None and nxt.low == "to" and not (
                            i > k and toks[i - 1].code is None and toks[i - 1].low in _THANKS_BEFORE
                            or i == k and k >= 1 and toks[k - 1].lem not in _THANKS_PREP_VERBS):
                        return None  # "recorded a big win thanks to X", "registered thanks to X's system": "thanks to"
                    if nxt is not None and nxt.code is None and nxt.low in PROGRAMMES and trig.event == "SanctionsRelief" \
                            and i + n + 1 < len(toks) and toks[i + n + 1].low in ("on", "against", "targeting"):
                        return i, i + n  # "terminated the sanctions programme on X": the programme ends for X
                    if nxt is not None and nxt.code is None and nxt.low in COMPOUND_HEADS:
                        return None  # "a sanctions regime", "the sanctions list"
                    return i, self._coordinated_object(trig, toks, i + n - 1)
            if i > k and t.code is None and t.low in _NOUN_PREPS and not trig.object_after_role and toks[i - 1].code is None \
                    and toks[i - 1].low.isalpha() and toks[i - 1].low not in DETS \
                    and all(x.code is None for x in toks[k:i]):
                return None  # "cancelled a meeting on sanctions against X": the noun before is the object
            if t.low in STOP_MARKS or t.low == "," or i == k and t.low == "to" and trig.event in MEETINGS \
                    or t.code is None and (t.lem in REPORT and t.low != t.lem or t.low in ("were", "was", "is", "are")):
                return None  # "is open to talks", "had said there were no plans for a meeting": no object of the verb
            if t.code and not (i + 1 < len(toks) and toks[i + 1].low == "'s") and not trig.object_after_role:
                if not (i + 1 < len(toks) and toks[i + 1].code is None and toks[i + 1].low in (
                        "sanctions", "sanction", "assets", "asset", "funds")) and not self._owner_before(trig, toks, i + 1) \
                        and not (i + 2 < len(toks) and t.code == "C" and toks[i + 1].low in _STATE_WEALTH
                                 and toks[i + 2].low in ("assets", "funds", "reserves")):
                    return None
            i += 1
        return None

    @staticmethod
    def _owner_before(trig: Trigger, toks: list[Tok], j: int) -> bool:
        """Whether a name before ``j`` owns the object noun across a modifier or two ("most U.S. trade sanctions",
        "the EU arms embargo")."""
        end = min(len(toks), j + 2)
        while j < end and toks[j].code is None and toks[j].low in DETS:
            j += 1
        return j < len(toks) and toks[j].code is None and any(obj[0] == toks[j].lem for obj in trig.objects)

    @staticmethod
    def _coordinated_object(trig: Trigger, toks: list[Tok], end: int) -> int:
        """The end of an object noun and a second one joined to it: "travel bans and asset freezes (against X)"."""
        j = end + 1
        if j >= len(toks) or toks[j].code is not None or toks[j].low not in ("and", "or"):
            return end
        for i in range(j + 1, min(len(toks), j + 4)):
            if toks[i].code is not None or toks[i].low in STOP_MARKS or toks[i].low == ",":
                return end
            for obj in trig.objects:
                if obj[0] == toks[i].lem and tuple(x.lem for x in toks[i:i + len(obj)]) == obj:
                    return i + len(obj) - 1
        return end

    @staticmethod
    def _object_before(trig: Trigger, toks: list[Tok], j: int, subject: list[Tok]) -> int | None:
        k = j
        lo = max(0, j - 10)
        while k >= lo:
            for obj in trig.objects:
                if toks[k].lem == obj[-1]:
                    b = k - 1
                    if len(obj) > 1 and any(len(o) > 1 and o[-1] == obj[-1] and k + 1 >= len(o)
                                            and tuple(x.lem for x in toks[k - len(o) + 1:k + 1]) == o
                                            for o in trig.objects):
                        if not (k + 1 >= len(obj) and tuple(x.lem for x in toks[k - len(obj) + 1:k + 1]) == obj):
                            continue  # (another of the trigger's nouns ends here)
                        b = k - len(obj)  # "The freezing of the assets of X was ordered by Y": the whole noun phrase
                    while b >= 0 and toks[b].code is None and (toks[b].low in DETS and toks[b].low != "of" or (
                            trig.event in MEETINGS and k - b <= 3 and toks[b].low.isalpha()
                            and toks[b].low not in VERBISH and toks[b].low not in PREPOSITIONS)):
                        b -= 1  # (a document's name or kind before it: "The Dayton peace agreement was signed by")
                    # the noun opens its phrase: "Sanctions on X were lifted", not "the lifting of sanctions"
                    return k if b < 0 or toks[b].low in (",", ";", ":", "that", "-", "\u2014", "\u2013") \
                        or toks[b].low in TIME_HEADS \
                        or toks[b].lem in REPORT and toks[b].low != toks[b].lem else None
            if toks[k].low in STOP_MARKS:
                return None
            k -= 1
        return None

    def _measure_announced_by(self, toks: list[Tok], j: int) -> list[Tok]:
        """The parties after "by" in a participle phrase set off by commas after a measure noun that opens the
        sentence ("The measures, announced on Tuesday in a joint statement by the ministers of A and B, freeze"),
        ending at ``j``, else nothing."""
        if j < 4 or toks[j].low != ",":
            return []
        c = j - 1
        while c >= 2 and j - c <= 30 and toks[c].low != "," or c >= 2 and toks[c - 1].code:
            if toks[c].low in STOP_MARKS:
                return []
            c -= 1  # (back past the commas of the list of parties)
        if c < 2 or toks[c].low != "," or toks[c - 1].code is not None or toks[c - 1].lem not in MEASURE_NOUNS \
                or any(t.code or t.low not in DETS for t in toks[:c - 1]):
            return []
        part = toks[c + 1]
        if part.code is not None or part.low not in ANNOUNCING:
            return []
        by = next((i for i in range(c + 2, j) if toks[i].low == "by"), None)
        if by is None or any(toks[i].code for i in range(c + 2, by)):
            return []
        k = self._skip_desc(toks, self._skip_det(toks, by + 1))
        parties, end = self._list_right(toks, k)
        return parties if end == j else []

    def _by_agent(self, toks: list[Tok], k: int) -> list[Tok]:
        start = k
        for i in range(k, min(len(toks), k + 12)):
            if toks[i].low in STOP_MARKS:
                return []
            # "set free by order of X", "freed on the orders of X": who gave the order acts
            ordered = toks[i].low in ("by", "on") and i + 3 < len(toks) and (
                toks[i + 1].low in _ORDERS and toks[i + 2].low == "of" and toks[i + 1].code is None
                or toks[i + 1].low == "the" and toks[i + 2].low in _ORDERS and toks[i + 3].low == "of")
            if ordered:
                i += 3 if toks[i + 2].low == "of" else 4
                role = self._role_comma(toks, i)
                agents, _ = self._list_right(toks, role if role is not None
                                             else self._skip_desc(toks, self._skip_det(toks, i)))
                return agents
            if toks[i].low == "by":
                if i > k and toks[i - 1].code is None and toks[i - 1].low.isalpha() \
                        and toks[i - 1].low.endswith("ed") and len(toks[i - 1].low) > 4:
                    return []  # "released under a decree issued by X", "in a deal brokered by X": X acted on that
                role = self._role_comma(toks, i + 1)  # "by the justice minister, X"
                k = role if role is not None else self._skip_desc(toks, self._skip_det(toks, i + 1))
                if k + 1 < len(toks) and toks[k].code in ("C", "L") and toks[k + 1].code is None \
                        and toks[k + 1].low in INSTITUTIONS:
                    return [toks[k]]  # "released by a Kyiv court": the court's country acts
                agents, e = self._list_right(toks, k)  # "by the Islamist movement X"
                kin_then = self._kin_then_named(toks, i)
                if not agents and kin_then is not None:
                    return self._list_right(toks, kin_then)[0]  # "greeted by her parents and Foreign Minister X": X
                if not agents and not (start >= 1 and toks[start - 1].lem in _HOMECOMING):
                    # "met by his family and by Prime Minister X": the named agent of a second "by" phrase (not an
                    # embrace: "embraced on the tarmac by relatives and by his fiancée X" is a homecoming)
                    j = next((x for x in range(i + 1, min(len(toks) - 1, i + 6)) if toks[x].low in STOP_MARKS
                              or toks[x].code or toks[x].low == "and" and toks[x + 1].low == "by"), None)
                    if j is not None and toks[j].low == "and" and toks[j].code is None:
                        return self._by_agent(toks, j + 1)
                if agents and e + 2 < len(toks) and toks[e].low in (",", "and") and (
                        toks[e + 1].low == "by" or toks[e + 1].low == "and" and toks[e + 2].low == "by"):
                    # "received by A, and by B": a second agent of the same verb
                    agents = agents + self._by_agent(toks, e + 1)
                return agents
        return []

    @staticmethod
    def _by_kin(toks: list[Tok], k: int) -> bool:
        """Whether the "by" phrase from ``k`` opens with the family of someone ("met at the airport by his sisters,
        A and B", "by relatives"): a homecoming, not a meeting (unless someone else is named after the family: "by
        her parents and Foreign Minister X")."""
        for i in range(k, min(len(toks), k + 12)):
            if toks[i].low == "by":
                words = [t.low for t in toks[i + 1:i + 3]]
                return bool(words) and (words[0] in KIN or words[0] in ("his", "her", "their") and len(words) > 1
                                        and words[1] in KIN) and FrameReader._kin_then_named(toks, i) is None
        return False

    @staticmethod
    def _kin_then_named(toks: list[Tok], b: int) -> int | None:
        """Where the named person is in a "by" phrase at ``b`` that names the family first and then someone by name
        ("by her parents and Foreign Minister X"): the family, unnamed, are left out."""
        i = b + 1
        if i < len(toks) and toks[i].low in ("his", "her", "their"):
            i += 1
        if i >= len(toks) or toks[i].low not in KIN or toks[i].code:
            return None
        i += 1
        if i + 1 < len(toks) and toks[i].low == "and":
            i += 1  # ("and by X" is a second "by" phrase: see _by_agent)
            while i < len(toks) and toks[i].code is None and toks[i].low in ("the", "a", "an"):
                i += 1
            if i < len(toks) and toks[i].code in ("P", "N"):
                return i
        return None

    def _preps(self, trig: Trigger, toks: list[Tok], k: int, add) -> None:
        """Prepositional phrases attached to the verb or its object, from ``k`` on: a phrase with the role the
        trigger gives its preposition, a time phrase, or a short phrase with no name ("on pharmaceutical sales")
        may follow one another; anything else (a comma, a participle, a relative clause) ends them."""
        preps = self._prep_roles[trig.id]
        if not preps:
            return
        i, n = k, len(toks)
        last_role = None
        open_role = None  # the role of a phrase with no name just read ("with several European leaders"), for its list
        run = 0
        heads = self._measure_heads[trig.id]
        while i < n:
            t = toks[i]
            if t.low == "," and last_role and i + 2 < n and toks[i + 1].low == "and" and preps.get(toks[i + 2].low):
                i += 2  # "froze the assets of A, and of B": the role's preposition again
                continue
            if last_role and trig.event.startswith("Sanctions") and t.low in (",", "and", "as"):
                # "lifted the sanctions on A, as well as those (imposed in 1994) on B", "... on A and those on B":
                # the same measures on another target
                d = i + (t.low == ",")
                d += 3 if [x.low for x in toks[d:d + 3]] == ["as", "well", "as"] else toks[d].low == "and" if d < n else 0
                if d > i and d + 1 < n and toks[d].low == "those":
                    e = d + 1
                    while e < n and e - d <= 5 and toks[e].code is None and toks[e].low not in ("on", "against") \
                            and (toks[e].lem in self._imposing or toks[e].low in TIME_LEADS
                                 or toks[e].low in TIME_HEADS or toks[e].low.isdigit() or toks[e].low == "in"):
                        e += 1
                    if e < n and toks[e].low in ("on", "against") and preps.get(toks[e].low) == last_role:
                        i = e
                        continue
            if t.low == "," and last_role and i + 1 < n and toks[i + 1].low in ("which", "who", "whom", "whose"):
                # "sanctions on A, which it said ships coal to X, including steel, and on B": the role's preposition
                # again after a relative clause about A
                e = i + 2
                while e + 3 < n and e - i <= 40 and toks[e].low not in STOP_MARKS \
                        and not (toks[e].low == "," and toks[e + 1].low == "and" and preps.get(toks[e + 2].low) == last_role):
                    e += 1
                if e + 3 < n and toks[e].low == "," and toks[e + 1].low == "and" \
                        and preps.get(toks[e + 2].low) == last_role \
                        and (d := self._skip_desc(toks, self._skip_det(toks, e + 3))) < n and toks[d].code:
                    i = e + 2
                    continue
            if t.low == "," and not last_role and heads:
                # "restrictions on trade, asset freezes and visa bans on X": more measures before their target
                d = i + 1
                while d < n and d - i <= 8 and toks[d].code is None and toks[d].low.isalpha() \
                        and toks[d].low not in VERBISH and toks[d].low not in preps \
                        and (toks[d].lem not in self.by_lemma or toks[d].lem in heads):
                    d += 1
                if d < n and d > i + 1 and preps.get(toks[d].low) and any(
                        toks[x].lem in heads or toks[x].low in heads for x in range(i + 1, d)):
                    i = d
                    continue
            if trig.event == "Praise" and trig.object and t.low in (",", "as") and [
                    x.low for x in toks[i + (t.low == ","):i + 3 + (t.low == ",")]] == ["as", "well", "as"]:
                # "thanked A for his efforts, as well as B for its help": B is thanked too
                members, after = self._list_right(toks, self._skip_desc(toks, self._skip_det(
                    toks, i + 3 + (t.low == ","))))
                if members:
                    add(trig.object, members)
                    i, last_role = after, trig.object
                    continue
            if trig.event == "Praise" and t.low in ('"', "\u201c", "\u201d") and last_role is None:
                i += 1  # "praised the \"courage and persistence\" of X": the quoted words are the object noun's
                continue
            if t.low == "," and last_role is None and i + 2 < n and toks[i + 1].low == "targeting" \
                    and preps.get("targeting") and toks[i + 2].code:
                i += 1  # "introduced fresh sanctions on Monday, targeting 14 individuals": the measure's targets
                continue
            if t.low == "imposed" and preps.get("imposed") and last_role is None and i + 1 < n \
                    and preps.get(toks[i + 1].low) == preps["imposed"]:
                i += 1  # "cancelled sanctions imposed on Santiago": the participle's own phrase names the target
                continue
            if last_role and t.low in ("-", "\u2014", "\u2013"):
                d = i + 1 + (i + 1 < n and toks[i + 1].low == "-")
                if d + 1 < n and toks[d].low == "including":
                    # "sanctions on 12 officials - including former President X": the dash sets off the members
                    members, after = self._list_right(toks, self._skip_desc(toks, self._skip_det(toks, d + 1)))
                    if members:
                        add(last_role, members)
                        i = after
                        continue
            if t.low in (",", "on") and preps.get("to") == "dest" and i + 2 < n and toks[i + 1 + (t.low == ",")].low \
                    in ("to", "into") and (t.low == "on" or toks[i + 1].low == "then"):
                i += 1  # "flown to X and then on to Y", "flown to X, then to Y": the journey's next leg
                continue
            if t.code or t.low in STOP_MARKS or t.low == "," and not (
                    (last_role or open_role) and i + 1 < n and toks[i + 1].low in ("including", "among", "such")
                    or i + 1 < n and toks[i + 1].low in ("together", "along")):
                return
            if t.low in ADVERBS or t.low.endswith("ly") and t.low.isalpha():
                i += 1
                continue
            if t.low == "bound" and i + 1 < n and toks[i + 1].low == "for" and preps.get("for") == "dest":
                i += 1  # "a plane bound for Lima": where it goes
                continue
            if t.low == "by" and i + 1 < n and toks[i + 1].low in TRAVEL_MODES:
                i += 2  # "left soon afterwards by road for Amman": the way of going, then where to
                continue
            if t.low in ("together", "along") and i + 1 < n and toks[i + 1].low == "with" and (trig.object or last_role):
                members, after = self._list_right(toks, self._skip_desc(toks, self._skip_det(toks, i + 2)))
                if members:
                    add(trig.object or last_role, members)
                    i = after
                    continue
                if trig.event.startswith("Sanctions") and self._plural_phrase(toks, self._skip_det(toks, i + 2)):
                    # "designated A together with three of his deputies: B, C and D": the deputies, named
                    spelled = self._spelled_out(toks, self._skip_det(toks, i + 2))
                    if spelled:
                        add(trig.object or last_role, spelled)
                        return
            if t.low == "," and i + 1 < n and toks[i + 1].low in ("together", "along"):
                i += 1
                continue
            if last_role and t.low in PARTICIPLE_LINKS and i + 2 < n and toks[i + 1].low in ("by", "to", "in", "with"):
                # "three companies controlled by X, including A and B": the participle describes the group
                # that the list after "including" spells out; it names no party of its own
                after = i + 2
                while after < n and after - i <= 10 and toks[after].low != "," and toks[after].low not in STOP_MARKS \
                        and toks[after].low not in VERBISH and toks[after].lem not in self.by_lemma:
                    after += 1
                if after + 1 < n and toks[after].low == "," and toks[after + 1].low in ("including", "among", "such") \
                        and any(x.code for x in toks[i + 2:after]):
                    i = after
                    continue
            if t.low == "," and (last_role or open_role) and i + 1 < n and toks[i + 1].low in ("including", "among", "such"):
                d = i + 2 + (toks[i + 1].low in ("among", "such"))
                members, after = self._list_right(toks, self._skip_desc(toks, self._skip_det(toks, d)))
                if members:
                    add(last_role or open_role, members)
                    i = after
                    continue
            if trig.event == "Praise" and t.code is None and t.low.isalpha() and i + 1 < n and toks[i + 1].low == "by" \
                    and preps.get("by") and t.low not in VERBISH and t.low not in PREPOSITIONS and run < 4:
                i += 1  # "praised the role played by X", "the steps taken by X": the participle before its agent
                run += 1
                continue
            if t.low == "and" or t.low.isalpha() and t.low not in PREPOSITIONS and t.low not in VERBISH \
                    and t.low not in preps \
                    and not t.low.endswith(("ed", "ing")) and (t.lem not in self.by_lemma or t.lem in heads
                                                               or trig.event in MEETINGS and run and t.low != t.lem
                                                               and toks[i - 1].code is None and toks[i - 1].low != "and"
                                                               and t.low.endswith("s")) and run < 4 \
                    and t.low not in ("who", "which", "that", "but", "while", "whose", "where"):
                i += 1  # "sanctions and travel bans on X" ("discussed prisoner releases with X": a plural noun)
                run += 1
                continue
            run = 0
            if t.low in _TIME_PREPOSITIONS and i + 2 < n:
                # "met in Ankara shortly before the announcement with X": a time phrase with no name or event of its
                # own, then a phrase of the trigger's role
                d = i + 1 + (t.low == "ahead" and toks[i + 1].low == "of")
                d += toks[d].low in DETS
                e = d
                while e < n and e - d < 3 and toks[e].code is None and toks[e].low.isalpha() \
                        and toks[e].low not in VERBISH and toks[e].lem not in self.by_lemma:
                    e += 1
                if d < e < n and preps.get(toks[e].low):
                    i = e
                    continue
            if trig.event in CONTACTS and t.low in ("on", "at", "in") and i + 3 < n and toks[i + 1].low in DETS:
                # "held talks on the sidelines of the summit with Y", "met at the end of a conference in Z with Y":
                # a phrase of place around a gathering, with no name of its own, then a phrase of the role
                e = i + 2
                while e < n and e - i <= 9 and (toks[e].low in ("of", "the", "a", "an")
                                                 or toks[e].code is None and toks[e].low.replace("-", "").isalpha()
                                                 and toks[e].low not in VERBISH
                                                 and not (preps.get(toks[e].low) and toks[e].low != "of")
                                                 and toks[e].low not in RELATIVE and toks[e].low != "and"
                                                 or toks[e].code in ("L", "C", "K", "O")):
                    e += 1
                if i + 2 < e < n and preps.get(toks[e].low) and toks[e].low != "of" and any(
                        x.low in _GATHERINGS or x.low == "sidelines" for x in toks[i + 2:e]):
                    i = e
                    continue
            if t.low in TIME_LEADS and i + 1 < n and (toks[i + 1].low in TIME_HEADS or toks[i + 1].low.isdigit()
                                                      or (toks[i + 1].low in TIME_LEADS or toks[i + 1].low == "recent")
                                                      and i + 2 < n and toks[i + 2].low in TIME_HEADS):
                i += 2
                while i < n and (toks[i].low in TIME_HEADS or toks[i].low.isdigit()):
                    i += 1
                continue
            if t.low == "by" and trig.event == "Praise" and toks[i - 1].low in _JOURNEYS:
                return  # "welcomed the visit by X to Paris": X came, the agent welcomed the visit, not X
            if t.low in preps or t.low in PREPOSITIONS:
                d = self._skip_desc(toks, self._skip_det(toks, i + 1 + (
                    t.low in _TO_PARTICIPLES and i + 1 < n and toks[i + 1].low == "to")))  # "accounts linked to X"
                inner = next((x for x in range(i + 1, d) if preps.get(toks[x].low)), None)
                if (t.low == "of" or preps.get(t.low) == "" and not trig.object) and inner is not None:
                    # "imports of oil from X": the phrase of the role's own preposition ("grateful for the help of X":
                    # a phrase whose preposition has no role of its own)
                    i = inner
                    continue
                if d + 2 < n and toks[d].code in ("C", "K") and toks[d + 1].low in _HELD_THINGS \
                        and toks[d + 2].low == "of":
                    # "a freeze on any U.S. assets of A and B": the owners, not the country the assets are in
                    d = self._skip_desc(toks, self._skip_det(toks, d + 3))
                members, after = self._list_right(toks, d)
                if not members and preps.get(t.low) and trig.event.startswith("Sanctions") \
                        and (rc := self._role_comma(toks, i + 1)) is not None:
                    members, after = self._list_right(toks, rc)  # "sanctions on the group's leader, X"
                if not members and preps.get(t.low) == "target" and trig.event.startswith("Sanctions") \
                        and self._plural_phrase(toks, self._skip_det(toks, i + 1)):
                    # "sanctions on the following individuals: A, B and C", "a travel ban on senior officers,
                    # including A and B": the people the plural noun spells out
                    spelled = self._spelled_out(toks, self._skip_det(toks, i + 1))
                    if spelled:
                        add("target", spelled)
                        return
                if t.low == "for" and trig.event == "Praise" and preps.get("for") == "" and trig.object \
                        and d < n and toks[d].code == "K" and d <= i + 2:
                    # "thanked X for American support": the government whose deed the thanks are for is thanked too
                    add(trig.object, [toks[d]])
                if t.low == "for" and members and trig.event.startswith("Sanctions") \
                        and any(toks[x].low in REASON_NOUNS for x in range(i + 1, d)):
                    i = after  # "sanctions on Peru for the invasion of Chile": the reason, whose object is no target
                    continue
                if not members and trig.event == "Praise" and preps.get(t.low) == "praised" and t.low in ("for", "to") \
                        and d + 2 < n \
                        and toks[d].code and toks[d + 1].low == "'s" and toks[d + 2].code is None \
                        and not any(toks[x].low in _HARMED for x in range(d + 2, min(n, d + 5))):
                    # ("paid tribute to Russia's victims", "thanked Iran's critics": those Y harmed or opposes)
                    # "expressed appreciation for Oman's constructive efforts": the owner of what is praised
                    members, after = [toks[d]], d + 2
                if len(members) > 1 and trig.event in CONTACTS and members[0].code == "G" and [
                        x.low for x in toks[d + 1:d + 3]] in ([",", "including"], [",", "among"]):
                    members = members[1:]  # "met with several European leaders, including A": A, not the group
                if members:
                    if preps.get(t.low):
                        add(preps[t.low], members)
                        last_role = preps[t.low]
                    i = after
                    continue
                if t.low == "from" and preps.get("to") == "dest":
                    # "flown from the U.S. naval base in Cuba to Qatar": the way's start, then its end
                    e = i + 1
                    while e < n and e - i <= 10 and toks[e].low not in STOP_MARKS and toks[e].low != "," \
                            and toks[e].low not in ("to", "into") and toks[e].code not in ("P", "N", "G") \
                            and not (toks[e].code is None and toks[e].lem in self.by_lemma):
                        e += 1
                    if e < n and toks[e].low in ("to", "into"):
                        i = e
                        continue
                if t.low not in preps and t.low != "of":
                    return  # "over arms sales to Taiwan": a phrase of its own
                # a phrase with no name: "on pharmaceutical sales", "of its own"
                d = i + 1
                while d < n and d - i <= 5 and toks[d].code is None and toks[d].low.replace("-", "").isalpha() \
                        and (toks[d].low != "bound" or preps.get("for") != "dest") \
                        and toks[d].low not in VERBISH and (not toks[d].low.endswith(("ed", "ing")) or "-" in toks[d].low) \
                        and (toks[d].lem not in self.by_lemma or toks[d].low in MEDIA
                             or trig.event in CONTACTS and toks[d].low in _GATHERINGS and toks[d - 1].low in DETS
                             and t.low not in preps) \
                        or d < n and d == i + 1 and toks[d].low in DETS:
                    d += 1
                if d == i + 1:
                    return
                called = self._called(toks, i + 1) if preps.get(t.low) else None
                if called is None and preps.get(t.low) and d + 4 < n and toks[d].code is None \
                        and toks[d].low.endswith(("ing", "ed")) and toks[d - 1].low.endswith("s") \
                        and toks[d + 1].low in ("in", "from") and toks[d + 2].code in ("C", "L") \
                        and toks[d + 3].low == "," and toks[d + 4].code in ("N", "O", "P"):
                    # "lifted sanctions on companies operating in Bolivia, A, B and C": the companies, named after
                    # the place they work in
                    named, after = self._list_right(toks, d + 4)
                    if len(named) >= 2 and all(m.code in ("N", "O", "P") for m in named):
                        add(preps[t.low], named)
                        last_role, i = preps[t.low], after
                        continue
                if called is not None:
                    # "sanctions on a smuggling ring it calls X and on its leader, Y": the name the phrase is given
                    members, after = self._list_right(toks, called)
                    if members:
                        add(preps[t.low], members)
                        last_role, i = preps[t.low], after
                        continue
                if trig.event in CONTACTS and preps.get(t.low) and d < n and toks[d].low == "," \
                        and toks[d - 1].low.endswith("s"):
                    open_role = preps[t.low]  # "met with several European leaders, including A and B"
                i = d
                continue
            return

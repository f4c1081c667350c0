"""The extractor: sentences -> mentions -> masked sentences -> rule matches -> events and facts.

Roles a sentence leaves out ("the lifting of sanctions against Belarus", "52
prisoners were freed") are filled from the rest of the article when a rule
allows it: the party that lifts sanctions is the one the article says lifted
them elsewhere; the party that releases prisoners is the one stated elsewhere,
else the party that got sanctions relief in return. Such facts get a lower
confidence.

>>> from kg.ingest.reader import article_from_text
>>> text = ("Deal\\n\\nMarch 3, 2025\\n\\nThe EU lifted sanctions on Belarus. 52 prisoners were freed. "
...         "Lithuanian President Gitanas Nausėda praised the release.")
>>> ex = Extractor.default().extract(article_from_text(text, source="t.txt"))
>>> sorted((f.subject.label, f.predicate, f.object.label) for f in ex.facts)  # doctest: +NORMALIZE_WHITESPACE
[('52 prisoners', 'praisedBy', 'Gitanas Nausėda'), ('Belarus', 'released', '52 prisoners'),
 ('European Union', 'sanctionsLiftedOn', 'Belarus'), ('Gitanas Nausėda', 'leaderOf', 'Lithuania')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from kg.config import Settings
from kg.model import Article, Entity, Event, Extraction, Fact, Sentence
from kg.namespaces import event_iri_text
from kg.extraction.events import Definitions, EventClass, default_definitions
from kg.extraction.frames import COUNT_WORDS, CUSTODY, ROLE_HEADS, TALKS, FrameReader
from kg.extraction.gazetteer import Gazetteer, build_gazetteer, default_gazetteer, leaders_named
from kg.extraction.mentions import ArticleState, Found, MentionFinder
from kg.extraction.pairs import MODEL_FILE, PairModel
from kg.extraction.patterns import PLACEHOLDER, Needs, words_of
from kg.extraction.relations import CLOSE, OPEN, RuleMatch, RuleSet, mask, slot_role
from kg.extraction.resolve import Resolver
from kg.extraction.resources import Resources, load_resources

def _prefer_named_praise(events: list, s_index: int, first: int = 0) -> None:
    """"hailed the release of Lindqvist" names who is praised: drop the same praiser's reading of "the release" as
    the last release event of the article, which may have freed others too (the sentence's events are those from
    ``first`` on)."""
    named = {tuple(e.roles.get("agent", ())) for e in events[first:]
             if e.order[0] == s_index and e.type == "Praise" and e.rule.startswith("praise-release-of")}
    if not named:
        return
    events[:] = [e for e in events if not (e.order[0] == s_index and e.type == "Praise" and e.praised_kind
                                           and tuple(e.roles.get("agent", ())) in named)]


_YEAR = re.compile(r"(?<![\w.,$€£-])((?:19|20)\d\d)(?![\w%]|[.,]\d)")
# a year as a deadline ("cuts to 2,500 warheads by the end of 2007"): a target, not a year the article tells of
_TARGET_YEAR = re.compile(r"\bby (?:the (?:end|middle|start) of )?$")
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022\u2013\u2014\u00b7\u25aa\u25cf]|\d{1,2}[.)])[ \t]*$")

_LIST_NAME = re.compile(r"\b(?:list|blacklist|List) of (?:the )?" + OPEN + r"[ON](\d+)" + CLOSE)
_OTHERS = re.compile(r"(?:^|[;,] )(?:[Tt]he )?[Oo]thers (?:also )?(?:include|included|are|were)\b"
                     r"|^The other " + COUNT_WORDS + " ")  # "The other two were A and B"
# "The two other individuals are A and B", "The remaining two entities were A and B": the rest of a list told before
_REST_OF_LIST = re.compile(r"(?:[Tt]he )?(?:\w+ )?(?:other|remaining) \w")
_REST_GROUP = re.compile(r"(The (?:other|remaining) )?" + OPEN + r"G(\d+)" + CLOSE)
# the nouns of the rest of a designation list whatever the list told before called its members
_DESIGNEE_NOUNS = frozenset({"individuals", "entities", "persons", "people", "companies", "firms", "businesses", "banks",
                             "organisations", "organizations", "vessels", "ships", "aircraft", "names", "targets",
                             "designees", "officials"})
_AS_FOLLOWS = re.compile(r",? as follows?$")
_BULLET_OPENING = re.compile(r"[-*\u2022\u2013\u2014\u00b7\u25aa\u25cf][ \t]")  # a line that opens with its bullet
ROLE_OF_SLOT = {"agent": "agent", "target": "target", "party": "party", "dest": "dest", "praiser": "agent",
                "praised": "praised", "p": "participant", "place": "place"}
ACTOR_SLOTS = {"agent", "target", "praiser", "p", "owner", "praised"}
EVENT_ROLE_PROPERTY = {"agent": "agent", "target": "target", "party": "releasedParty", "dest": "destination",
                       "praised": "praised", "participant": "participant"}
RELEASES = {"PrisonerRelease", "PrisonerTransfer"}
SANCTIONS = frozenset({"SanctionsImposition", "SanctionsRelief"})
# "welcomed the decision", "hailed the lifting of sanctions": the decider is praised (for a release, the people freed)
DECIDED = {"SanctionsRelief"} | RELEASES
# "welcomed the decision", "praised the move", "hailed the new sanctions": a decision may also be a new measure
DECISIONS = DECIDED | SANCTIONS
IMPOSED = {"SanctionsImposition"}  # "praised the sanctions", "welcomed the measures": the measures told just before
_NEAREST = (DECIDED, DECISIONS, IMPOSED)  # kinds whose praise names the nearest event told, not any event of the kind
INFERRED = 0.8  # confidence factor for a role filled from the rest of the article
UNKNOWN_NAME = 0.85  # confidence factor for a participant known only as a capitalised name
HEDGED = 0.85


@dataclass
class _Ev:
    type: str
    rule: str
    confidence: float
    sentence: Sentence
    order: tuple[int, int]
    roles: dict[str, list[tuple]] = field(default_factory=dict)
    asserts_release: bool = False
    pending_agent: bool = False
    pending_target: bool = False
    praised_kind: str | None = None  # for praise of an event: what kind of event the noun names
    evnoun_pos: int = 0
    passive_ref: bool = False
    praised_event: _Ev | None = None
    inferred: bool = False
    iri: str | None = None
    label: str | None = None
    joins: bool = False
    released_only: bool = False
    masked: str = ""
    headline: bool = False
    pairs: set | None = None  # talks: who talked with whom, when not everyone with everyone
    counterpart: bool = False  # the other side of an exchange: not who released someone in the same sentence
    spec: EventClass | None = None  # the class's definition (kg/resources/events.toml)
    merged_into: _Ev | None = None  # the first telling of the same real-world event in the article
    members: dict = field(default_factory=dict)  # a counted group of the party -> the members a later list names
    national_agent: bool = False  # the agent is only a nationality before a measure: "under Iranian sanctions"
    whole: set = field(default_factory=set)  # the counted groups whose members were all named: they give way to them
    agent_only: bool = False  # sanctions with an acting party and no target: only offers the party to later lists
    anaphoric_agent: tuple | None = None  # the agent read from "the government" (the country last named)
    body_subject: bool = False  # "the administration waived ...": the acting party is a government, not a person

    def viable(self) -> bool:
        """Whether the roles make an event of the class, as its definition says."""
        if self.spec is None:
            return False
        r = {k: v for k, v in self.roles.items() if k != "place"}
        if self.praised_event is not None:
            r["praised"] = [("event", self.praised_event.iri)]
        if self.type in RELEASES and not self.asserts_release:
            r.pop("agent", None)  # an arrival names no releaser: it needs its destination
        return self.spec.viable(r)


_EVENT_KINDS = {
    "release": RELEASES, "releases": RELEASES, "freeing": RELEASES, "transfer": RELEASES, "return": RELEASES,
    "handover": RELEASES, "swap": RELEASES, "exchange": RELEASES, "pardon": RELEASES, "pardons": RELEASES,
    "amnesty": RELEASES,
    "lifting": DECIDED, "easing": DECIDED, "removal": DECIDED, "relaxation": DECIDED, "relief": set(),
    "sanctions relief": set(), "suspension": set(), "waiver": set(), "rollback": set(),
    "decision": DECISIONS, "move": DECISIONS, "step": DECISIONS, "sanctions": IMPOSED, "measures": IMPOSED,
    "talks": set(), "meeting": set(), "call": set(), "phone call": set(), "visit": set(), "summit": set(),
}
_ANY_EVENT = RELEASES  # a "decision" or "move" praised without a named decider: only a release names who benefits


_GOVERNMENT_OF = re.compile(r"\b(?:government|administration|regime|authorities) of " + OPEN + r"P\d+" + CLOSE + r"$")
_EXCHANGE_FOR = re.compile(r"\b(?:exchange|swap|trade|return) for\b")
_COUNTRY = re.compile(OPEN + r"[CK](\d+)" + CLOSE)
# "the editor of X was freed": a role's holder, not X (but "215 of its soldiers", "the release of X")
_ROLE_OF = re.compile(r"\b([A-Za-z]+) of (?:the )?$")
_COUNTS_OF = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "all",
                        "many", "most", "several", "both", "each", "none", "dozens", "hundreds", "thousands", "scores",
                        "members", "member", "rest", "remainder", "release", "freeing", "handover", "return",
                        "transfer", "exchange", "swap", "pardon", "pardons", "amnesty", "liberation", "repatriation", "freedom"})
_KIN_OF = frozenset({"associates", "associate", "relatives", "relative", "allies", "ally", "cronies", "supporters",
                     "backers", "children", "sons", "daughters", "wives", "wife", "son", "daughter", "families",
                     "family", "members", "friends"})
_REMAINS = frozenset({"body", "bodies", "remains", "corpse", "corpses", "ashes"})
# "sanctions on three billionaires close to X": the people near X are the target, not X
# "at a summit in Abuja", "leaders meeting in Addis Ababa": the city where a gathering sat, which does not act
_GATHERED_IN = re.compile(r"\b(?:summit|summits|meeting|meetings|conference|gathering|talks|session|met|gathered) (?:in|at) "
                          r"(?:the )?$")
# the parts of an armed group named after it ("al-Qaida's affiliate", "al Qaeda's North African wing")
_AFFILIATES = "affiliate|branch|wing|offshoot"
# "a former Putin bodyguard", "a longtime Assad ally": a person named only as someone's patron
_PATRON_BEFORE = re.compile(r"\b(?:an?|former|longtime|long-time|close|one-time|onetime|ex-)\s*$", re.IGNORECASE)
_PATRON_AFTER = re.compile(r" (?:bodyguards?|allies|ally|aides?|associates?|cronies|crony|confidant|friend|protege"
                           r"|protégé|loyalist|adviser|advisor|business partner)\b")
_CLOSE_TO = re.compile(r"\b(?:close|closest|loyal|near) to (?:the )?$")
# words that make the people a sentence names hostages (their captors are named, never implied)
_HOSTAGE = Needs(re.compile(r"\b(?:[Hh]ostages?|[Kk]idnap\w*|[Aa]bduct\w*|captors|captive|captivity)\b"),
                 "ostage", "idnap", "bduct", "captor", "captiv")
# "rebels in northern Mali freed X": the place where the acting party is, not the party; "Russia and its proxies
# in eastern Ukraine freed X": the country named first ("officials in Minsk freed X" is Belarus acting)
_LOCATED = re.compile(r"(?:" + OPEN + r"[CK](\d+)" + CLOSE + r" and (?:its|their) (?:[\w-]+ )?)?\b([A-Za-z][\w-]*) in (?:the )?"
                      r"(?:(?:north|south|east|west|central|rebel|separatist|militant)[\w-]* )?$")
# "militants in northern Mali": a party of its own words where it is
_BAND_LOCATED = re.compile(OPEN + r"O(\d+)" + CLOSE + r" in (?:the )?(?:(?:north|south|east|west|central)[\w-]* )?$")
_NAMED_BEFORE = re.compile(OPEN + r"[A-Z](\d+)" + CLOSE + r" $")  # a name right before the located word
_STATE_HERE = frozenset({"officials", "authorities", "government", "court", "courts", "judiciary", "prosecutors",
                         "police", "ministry", "regime", "leaders", "leadership", "administration", "junta"})

# the list triggers whose subject may stand for a counted group told before ("They are A, B and C")
# "..., which has sanctioned": the clause ends just before the trigger
_RELATIVE_BEFORE = re.compile(r", (?:which|who) (?:has|had|have)(?: also| already)? $")
_LIST_RULES = frozenset({"frame-designation-list", "frame-release-list", "frame-relief-list"})
_GROUP = re.compile(OPEN + r"G(\d+)" + CLOSE)  # a counted group's mention
# the nouns of an office a person is named to ("named A its envoy", "the designation of A as ambassador")
_OFFICE = "|".join(sorted(ROLE_HEADS | {"coach", "captain", "successor", "candidate", "nominee"}))
# "the designation of A as envoy", "the listing of A on the stock exchange", "listed A among the detained": other
# senses ("the designation of A as a terrorist group" is the sanction)
_LISTING_SENSE = re.compile(r"(?:, [^,;]{1,80},)?,? (?:among\b|as (?:(?:a|an|the|its|their|his|her) )?(?:[a-z-]+ ){0,2}(?:"
                            + _OFFICE + r")s?\b|on (?:the |its |a )?(?:[\w-]+ |" + OPEN + r"[A-Z]\d+" + CLOSE
                            + r" ){0,3}(?:exchange|market|index|bourse)\b)")
_NAMED_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)(?: [a-z]+ly| also| not)? named\b")
# "named" in the sense of appointing: "as", a possessive's office, or "to" and a verb after the name (not "named A
# and B as members of the group's inner circle": who they are)
# (also "a suspect", "in an indictment": other senses; a time phrase may come before "to"/"as")
_NAMED_TO_OFFICE = re.compile(r"(?:, [^,;]{1,80},)?(?:,(?= as\b))? (?:(?:(?:on|this|last) \w+,? )?(?:as(?! (?:senior |key |other )?members of\b)|to (?:lead|head|succeed|"
                              r"replace|serve|run|be|become))|a|an|in|its|their|"
                              r"his|her|the|(?:[a-z-]+ ){0,2}(?:" + _OFFICE + r")s?)\b")
# "also named A and B as witnesses (as suspects)": the role they are named in, no list of designees (but "as members
# of the inner circle" tells who they are)
_LISTED_AS_ROLE = re.compile(r",? as\b(?! (?:senior |key |other |the )?members of\b)")
# "The council said the two men were A and B": a counted group told again after its reporter
_REPORTED_GROUP = re.compile(OPEN + r"[A-Z]\d+" + CLOSE + r" (?:said|says) " + OPEN + r"G(\d+)" + CLOSE)
# no list of names told of a counted group: "The four are A's sons", "The two are cousins, B said" (a possessor, a
# speaker)
_LIST_NO_NAMES = re.compile(r" (?:[a-z]+ ){0,2}?(?:are|were|include|includes|included|comprise|comprises|comprised)\b"
                            r"(?:(?: the)? " + OPEN + r"[A-Z]\d+" + CLOSE + r"['’]s\b|[^\x02\x03.;]*?, (?:[a-z][\w-]* ){0,3}?"
                            + OPEN + r"[A-Z]\d+" + CLOSE + r" (?:said|says|told|added)\b)")
# "Among them were A, B and C": "them" is a counted group told before, whose event the list belongs to
_AMONG_RULES = frozenset({"release-among-freed", "impose-among-them"})
# the "among those freed" rules whose participle may name a move from prison to prison as well as a swap
_AMONG_MOVED_RULES = frozenset({"release-among-freed", "release-was-among-freed"})
_MOVED = re.compile(r"\b(?:transferred|handed over)\b")
_FREED_WORDS = re.compile(r"(?i)\b(?:freed|released|pardoned|exchanged|swapped|hostages|prisoners|captives|detainees)\b")
_AMONG_SUBJECT = re.compile(r"(?:^|\b)[Aa]mong " + OPEN + r"G(\d+)" + CLOSE
                            # "Among the 32 people punished for election interference was A"
                            + r"(?: (?:punished|sanctioned|designated|targeted|named|listed|blacklisted|penalized"
                            r"|penalised|freed|released)\b[^" + OPEN + r",;.]{0,60}?)? (?:were|was|are|is) ")


# a name after up to three words, or after a role set off by a comma ("the defence minister, A")
_ALONG_ITEM = (r"(?:(?:the|its|his|her|their|a|an) (?:[^\s,;]+ ){0,6}?[^\s,;]+, |(?<=and )[a-z][\w-]*, "
               r"|(?:[A-Za-z][\w.-]* ){0,3})"
               + OPEN + r"([PNG])(\d+)" + CLOSE)
# ... after people the article does not name ("along with senior military officers and the editor of X, A")
_ALONG = re.compile(r"(?:(?:,|(?<=day)|(?<=released)|(?<=freed)|(?<=pardoned)) (?:along|together) with|(?:,|(?<=" + CLOSE + r")) alongside) (?:(?:[a-z][\w-]* ){1,3}and )?(" + _ALONG_ITEM + r"(?:(?:,? and |, )"
                    + _ALONG_ITEM + r")*)"
                    # "... was freed together with A and B, by the group": the acting party after the list
                    + r"(?:,? by (?:the )?" + OPEN + r"([CKO])(\d+)" + CLOSE + r")?")
_ALONG_ONE = re.compile(_ALONG_ITEM)


def _marked(text: str, codes: str) -> list[int]:
    """The mention numbers of the placeholders in a stretch of masked text whose code is one of ``codes`` ("PN":
    people and names), in order; never a word of the text that looks like one ("flight P2", "a P5 envoy")."""
    return [int(m.group(2)) for m in PLACEHOLDER.finditer(text) if m.group(1) in codes]


def _after_mention(masked: str, i: int, mentions) -> int:
    """Where the text after mention ``i``'s marker in a masked sentence begins."""
    marker = f"{OPEN}{mentions[i][1].code}{i}{CLOSE}"
    return masked.index(marker) + len(marker)


def _parties(keys, resolver) -> set:
    """The keys of the acting parties with the states they act for: "OFAC" and "the Treasury" are both the
    United States."""
    out = set(keys)
    for key in keys:
        if key[0] == "country":
            out.add(key[1])
        elif key[0] == "entry":
            entry = resolver.gaz.entries.get(key[1])
            if entry is not None and entry.country:
                out.add(entry.country)
        elif key[0] in ("org", "ministry") and len(key) > 2:
            state = resolver.state_of(key)
            if state:
                out.add(state)
    return out


# "Iran freed three people: A, B and C, D, a lawyer for the families, said": the one who says it after the list
_SAYS_AFTER_LIST = re.compile(r", " + OPEN + r"[PN](\d+)" + CLOSE + r"(?:,[^,;" + OPEN + r"]{1,80},)? (?:said|says|told|added)\b")


def _speaker_after_released(events: list[_Ev], mentions) -> list[_Ev]:
    """Take out of a release's people the one who speaks right after their list ("A, B and C, D, a lawyer, said": D
    tells of the release, was not freed), when others stay and the sentence names D there only."""
    for ev in events:
        if ev.type != "PrisonerRelease" or not ev.masked or len(ev.roles.get("party", ())) < 2 \
                or not ("said" in ev.masked or "says" in ev.masked or "told" in ev.masked or "added" in ev.masked):
            continue
        for m in _SAYS_AFTER_LIST.finditer(ev.masked):
            key = mentions[int(m.group(1))][0]
            party = ev.roles["party"]
            same = [i for i in _marked(ev.masked, "PNG") if mentions[i][0] == key]
            if key in party and len(party) > 1 and len(same) == 1:
                ev.roles["party"] = [k for k in party if k != key]
    return events


def _along_with(told: list[_Ev], masked: str, mentions) -> None:
    """"X was freed in November in an amnesty, along with A, Japanese filmmaker B and C": the people after "along
    with" at the end of a release's (or a sanction's) clause share its released party (or target)."""
    for m in _ALONG.finditer(masked):
        keys = [mentions[int(one.group(2))][0] for one in _ALONG_ONE.finditer(m.group(1))]
        for ev in told:
            role = "party" if ev.type in RELEASES and ev.asserts_release else "target" if ev.type in (
                "SanctionsImposition", "SanctionsRelief") else None
            if role is None or not ev.roles.get(role) or ev.order[1] > m.start():
                continue
            if any(k in ev.roles[role] for k in keys) or _CLAUSE_CUT.search(masked, ev.order[1], m.start()):
                continue
            if masked[m.start()] != "," and "," in masked[ev.order[1]:m.start()]:
                continue  # "freed A, who arrived on Monday together with B": B came with A, not freed with A
            ev.roles[role] = ev.roles[role] + keys
            if m.group(m.re.groups) and role == "party" and ev.pending_agent and not ev.roles.get("agent"):
                ev.roles["agent"] = [mentions[int(m.group(m.re.groups))][0]]
                ev.pending_agent = False


_PERSON = re.compile(OPEN + r"[PN](\d+)" + CLOSE)
# between two members of a list: a comma, "and", a semicolon, and a description or a relative clause set off by
# commas ("A, who lost both legs in the blast, B and C"; "A, a former army chief; B, a onetime minister; and C")
_LIST_GLUE = re.compile(r"(?:, (?:who|whose|which|a|an|the|now|then|\d{1,3})\b(?:[^" + OPEN + CLOSE + r";,]|"
                        + OPEN + r"[CKLO]\d+" + CLOSE + r"){0,120}?"
                        r"(?:, \d{1,3})?)?(?:,|;)? (?:and )?|, ")


def _members_after_count(told: list[_Ev], masked: str, mentions) -> None:
    """"released the last two Americans it was holding, handing A and B to ...", "the release of three Americans
    ..., which said A, B and C were on their way home": the first list of as many people as a released group
    counts, later in the same sentence, names its members; they take the group's place."""
    for ev in told:
        if ev.type not in RELEASES or not ev.asserts_release:
            continue
        groups = [k for k in ev.roles.get("party", ()) if k[0] == "group"]
        if len(groups) != 1 or ev.members:
            continue
        group = groups[0]
        g = next((m for m in _GROUP.finditer(masked) if mentions[int(m.group(1))][0] == group), None)
        if g is None:
            continue
        g_idx, at = int(g.group(1)), g.start()
        if not mentions[g_idx][1].count or mentions[g_idx][1].count < 2 or mentions[g_idx][1].qualifier:
            continue
        runs: list[list[tuple]] = []
        last_end = -1
        for m in _PERSON.finditer(masked, at):
            key, found = mentions[int(m.group(1))]
            if found.rule == "pronoun":
                continue  # "A, who lost both legs when the bomb he carried went off, B and C": no member
            if runs and _LIST_GLUE.fullmatch(_PERSON.sub("he", masked[last_end:m.start()])):
                runs[-1].append(key)
            else:
                runs.append([key])
            last_end = m.end()
        others = {k for r, keys in ev.roles.items() if r != "party" for k in keys}
        run = next((r for r in runs if len(r) > 1), None)
        if run is None or len(set(run)) != mentions[g_idx][1].count or set(run) & others:
            continue
        _take_members(ev, group, run)


# "X revoked the executive order under which Y sanctioned A and B": X lifted the measures on A and B that Y imposed
# (the relative clause tells Y's imposition whatever the main clause says: "X refused to revoke the order under which
# it had sanctioned A" still tells it)
_ORDER_UNDER_WHICH = re.compile(OPEN + r"[CKOP](?P<a>\d+)" + CLOSE + r"(?P<mid>(?: (?:has|had|on|late|early|also|now|"
                                r"formally|[A-Z][a-z]+day)){0,3}|(?: [\w,]+){1,6}?) (?P<verb>revoked|rescinded|"
                                r"repealed|scrapped|cancell?ed|revoke|rescind|repeal|scrap|cancel) "
                                r"(?:an|the|its|a) (?:[\w-]+ ){0,2}?(?:order|decree|directive|regulation) under which "
                                r"(?:(?P<it>it|they)|" + OPEN + r"[CKOP](?P<b>\d+)" + CLOSE + r")(?: had| has)? "
                                r"(?:imposed|sanctioned|designated|blacklisted|froze|frozen|placed|put|targeted)\b")
_CLAUSE_NAMES = re.compile(r"(?: (?:sanctions|an asset freeze|a travel ban|penalties))?(?: on| against)? ((?:" + OPEN
                           + r"[PNOG]\d+" + CLOSE + r"(?:,? and |, )?)+)(?=[ .,;]|$)")
_PAST_REVOKED = frozenset({"revoked", "rescinded", "repealed", "scrapped", "cancelled", "canceled"})


def _order_under_which(told: list[_Ev], events: list[_Ev], masked: str, mentions, classes, sent: Sentence,
                       s_index: int) -> None:
    """"X revoked the order under which Y (it) had sanctioned A and B": Y's imposition on A and B, and X's relief of it
    when X's verb is a plain past with no modal, negation or other name between ("refused to revoke", "may revoke")."""
    for m in _ORDER_UNDER_WHICH.finditer(masked):
        if OPEN in m.group("mid"):
            continue
        revoker = mentions[int(m.group("a"))][0]
        imposer = revoker if m.group("it") else mentions[int(m.group("b"))][0]
        targets = list(dict.fromkeys(k for e in told if e.type in SANCTIONS and e.order[1] >= m.start()
                                     for k in e.roles.get("target", ()) if k not in (revoker, imposer)))
        base = next((e for e in told if e.type in SANCTIONS and e.order[1] >= m.start()), None)
        if not targets:  # the clause's own names, when the main clause silenced it ("refused to revoke ...")
            named = _CLAUSE_NAMES.match(masked, m.end())
            targets = [mentions[x][0] for x in _marked(named.group(1), "PNOG")] if named else []
            targets = [k for k in targets if k not in (revoker, imposer)]
        if not targets:
            continue
        lifted = m.group("verb") in _PAST_REVOKED and re.fullmatch(
            r"(?: (?:has|had|on|late|early|also|now|formally|[A-Z][a-z]+day))*", m.group("mid")) is not None
        wanted = [("SanctionsImposition", imposer)] + ([("SanctionsRelief", revoker)] if lifted else [])
        for etype, agent in wanted:
            spec = classes.get(etype)
            if spec is None:
                continue
            for e in told:  # an imposition read from the clause with another party: the clause's own
                if etype == "SanctionsImposition" and e.type == etype and e.order[1] >= m.start() \
                        and e.roles.get("target") and set(e.roles["target"]) <= set(targets) \
                        and agent not in e.roles.get("agent", ()):
                    e.roles["agent"] = [agent]
            if any(e.type == etype and agent in e.roles.get("agent", ()) and set(targets) <= set(e.roles.get("target", ()))
                   for e in told):
                continue
            ev = _Ev(type=etype, rule="order-under-which", confidence=(base.confidence if base else 0.85) * 0.9,
                     sentence=sent, order=(s_index, m.start()), roles={"agent": [agent], "target": list(targets)},
                     spec=spec)
            ev.masked = masked
            told.append(ev)
            events.append(ev)


_DASHED = re.compile(OPEN + r"G(\d+)" + CLOSE + r"[^" + OPEN + r"–—;]{0,80}? (?:--|–|—) ([^–—]{4,400}?)"
                     r" (?:--|–|—) ")


def _members_in_dashes(events: list[_Ev], masked: str, mentions) -> None:
    """"Kuntar and the four fighters captured in 2006 -- A, B, C and D -- crossed into Lebanon": the people between
    the dashes, as many as the released group before them counts, are its members; they take its place."""
    for m in _DASHED.finditer(masked):
        group, found = mentions[int(m.group(1))]
        if not found.count or found.count < 2 or found.qualifier:
            continue
        run, last_end, inner = [], None, m.group(2)
        for p in _PERSON.finditer(inner):
            key, f = mentions[int(p.group(1))]
            if f.rule == "pronoun" or last_end is not None and not _LIST_GLUE.fullmatch(
                    _PERSON.sub("he", inner[last_end:p.start()])) and not re.fullmatch(
                    r"(?:[,;] (?:and )?)?(?:(?:his|her|their|the) [\w ]{1,40}, )?", inner[last_end:p.start()]):
                run = []
                break
            run.append(key)
            last_end = p.end()
        run = list(dict.fromkeys(run))
        if len(run) != found.count:
            continue
        _give_members(events, group, run)


# "The five — A, the commander of X, his deputy B, C of the Navy and D — were freed by Y": a bare count opening the
# sentence, then as many people set off by dashes, then the verb whose subject they are
_COUNT_DASH_SUBJECT = re.compile(r"^(?P<pre>(?:" + OPEN + r"L\d+" + CLOSE + r")?[^" + OPEN + CLOSE
                                 + r"]{0,60}? (?:-|\u2014|\u2013) )?"
                                 r"(?:(?:[Tt]he|[Aa]ll) (?:other )?(?P<count>[a-z]+|\d{1,2})(?: (?:men|women|people))?|"
                                 + OPEN + r"G(?P<group>\d+)" + CLOSE + ")"
                                 r" (?P<dash>--|\u2013|\u2014) (?P<inner>[^\u2013\u2014]{4,500}?) (?P=dash) (?=[a-z])")
# what may stand between two members of such a list: where a member comes from or serves ("C of the Navy", "of X"),
# a description set off by commas ("A, the commander of X,", "B, a nurse from Lyon,"), the comma or "and", and a
# possessive before the next member's role ("his deputy B")
_DASH_MEMBER_GLUE = re.compile(r"(?: of (?:" + OPEN + r"[CKLO]\d+" + CLOSE + r"|the [a-z ]{1,30}))?"
                               r"(?:, (?:the|a|an) (?:[^,;" + OPEN + CLOSE + r"]|" + OPEN + r"[CKLO]\d+" + CLOSE + r"){1,60})?"
                               r"(?:,? and |, )"
                               r"(?:(?:his|her|their) )?")
# the event that such a list is the subject of: a release or a journey of the released
_DASH_RELEASE_VERB = re.compile(r"(?:(?:was|were|have been|had been|has been) )?(?:freed|released|pardoned|"
                                r"exchanged|swapped|handed over|repatriated|set free|walked free|flown|flew|returned)\b")


def _count_dash_subject(masked: str, mentions, number_words: dict[str, int]) -> str:
    """"The five — A, the commander of X, his deputy B, C of the Navy and D — were freed by Y": the people set off
    by dashes after a bare count or a counted group opening the sentence, as many as it counts, are the subject of the release that follows; the masked text
    is rewritten as "A, B, C and D were freed by Y" (their descriptions and the count put aside)."""
    m = _COUNT_DASH_SUBJECT.match(masked)
    if m is None or not _DASH_RELEASE_VERB.match(masked, m.end()):
        return masked
    if m.group("group") is not None:  # "The five", "The four men": a counted group, told before or not
        found = mentions[int(m.group("group"))][1]
        want = None if found.qualifier else found.count
    else:
        count = m.group("count")
        want = int(count) if count.isdigit() else number_words.get(count)
    inner = m.group("inner")
    people = list(_PERSON.finditer(inner))
    if not want or want < 2 or len(people) != want:
        return masked
    if not re.fullmatch(r"(?:(?:his|her|their) )?", inner[:people[0].start()]) \
            or not re.fullmatch(r"(?: of (?:" + OPEN + r"[CKLO]\d+" + CLOSE + r"|the [a-z ]{1,30}))?",
                                inner[people[-1].end():]):
        return masked
    for a, b in zip(people, people[1:]):
        if not _DASH_MEMBER_GLUE.fullmatch(inner[a.end():b.start()]):
            return masked
    if any(mentions[int(p.group(1))][1].rule == "pronoun" for p in people):
        return masked
    names = [p.group(0) for p in people]
    return (m.group("pre") or "") + ", ".join(names[:-1]) + " and " + names[-1] + " " + masked[m.end():]


# "took her to a military base in central Israel", "was taken to a hospital in X": the place a site of arrival is in
_SITE_IN_PLACE = re.compile(r"\b(to|at) (?:a|an|the) (?:[A-Za-z-]+ ){0,2}(?:base|airbase|hospital|hotel|airport|airfield|"
                            r"clinic|camp|guesthouse|checkpoint|crossing|border post) (?:in|near|outside) (?:(?:the )?(?:central|northern|southern|"
                            r"eastern|western|north|south|east|west|north-eastern|north-western|south-eastern|"
                            r"south-western) )?(?:(?:the )?(?:town|city|capital|province|region) of )?(" + OPEN
                            + r"[CL]\d+" + CLOSE + r")")


# "The court also released A", "the judge freed B": a court or judge told again, with no name of its own
_THE_COURT = re.compile(r"\b[Tt]he (?:court|tribunal|judge|judges)\b(?! (?:in|of)\b|'s|\u2019s)")
_COURT_MENTION = re.compile(r"(?i)\b(?:court|tribunal|judge|judiciary)s?$")


def _court_of(masked: str, mentions, first: int) -> str | None:
    """The masked name of the state whose court or judge a sentence tells of ("A court in Peru", "a Turkish court",
    "Peru's supreme court"), the last one in the sentence; None when it tells of none."""
    last = None
    for m in PLACEHOLDER.finditer(masked):
        f = mentions[int(m.group(2))][1]
        if m.group(1) in "CK" and int(m.group(2)) >= first and _COURT_MENTION.search(f.text):
            last = (m.start(), m.group(0))
    for m in _COURT_IN.finditer(masked):
        if last is None or m.start(1) > last[0]:
            last = (m.start(1), m.group(1))
    return None if last is None else last[1]


# "Two engineers who were seized by X in March were freed on Monday", "A kidnapped in Y a year ago was released":
# a custody clause between the released and their verb with no commas around it
_BARE_CUSTODY_CLAUSE = re.compile("(" + OPEN + r"[PNG]\d+" + CLOSE + r"),? ((?:who|that) (?:was|were|had been|have been) )?"
                                  r"((?:seized|kidnapped|abducted|held|captured|detained|jailed|imprisoned|arrested|"
                                  r"taken hostage|taken captive)\b[^,;:.()\u2013\u2014]{0,120}?) "
                                  r"((?:was|were|had been|have been|has been) (?!not\b|never\b)(?:[a-z]+ )?"
                                  r"(?:freed|released|set free|pardoned)\b)")


def _custody_clause_commas(masked: str) -> str:
    """"G who were seized by X in March were freed": the custody clause is set off by commas, as the grammar reads
    it when the writer did so ("G, who were seized by X in March, were freed")."""
    return _BARE_CUSTODY_CLAUSE.sub(lambda m: f"{m.group(1)}, {m.group(2) or ''}{m.group(3)}, {m.group(4)}", masked)


_APPOSED_GROUP = re.compile("(" + OPEN + r"[PN]\d+" + CLOSE + r"(?:(?:,? and |, )" + OPEN + r"[PN]\d+" + CLOSE
                            + r")+), " + OPEN + r"G(\d+)" + CLOSE)


def _members_apposed(events: list[_Ev], masked: str, mentions) -> None:
    """"Poroshenko had pardoned A and B, two Russians captured in 2015": names followed by a counted group of as
    many people, as their apposition, are that group; a release of the group told before is theirs."""
    for m in _APPOSED_GROUP.finditer(masked):
        group, found = mentions[int(m.group(2))]
        run = list(dict.fromkeys(mentions[x][0] for x in _marked(m.group(1), "PN")
                                 if mentions[x][1].rule != "pronoun"))
        if not found.count or found.count != len(run) or found.qualifier:
            continue
        _give_members(events, group, run, not_agents=True)


_GROUP_APPOSED = re.compile(OPEN + r"G(\d+)" + CLOSE + r", ((?:[a-z][\w-]* ){0,3}" + OPEN + r"[PN]\d+" + CLOSE
                            + r"(?:(?:,? and |, )(?:[a-z][\w-]* ){0,3}" + OPEN + r"[PN]\d+" + CLOSE + r")+),")


def _group_then_members(events: list[_Ev], masked: str, mentions) -> None:
    """"The Americans, aid worker A and businessman B, were flown to X": the people in apposition after a released
    counted group, as many as it counts, are its members; they take its place."""
    for m in _GROUP_APPOSED.finditer(masked):
        group, found = mentions[int(m.group(1))]
        run = list(dict.fromkeys(mentions[x][0] for x in _marked(m.group(2), "PN")
                                 if mentions[x][1].rule != "pronoun"))
        if not found.count or found.count != len(run) or found.qualifier:
            continue
        _give_members(events, group, run, not_agents=True)


# a counted group, then as many names in apposition: "The three firms, A, B and C, are owned by the army"
# (a company's name may end in its full stop: "Cancri (Gems and Jewellery) Co.,")
_GROUP_NAMES_APPOSED = re.compile(OPEN + r"G(\d+)" + CLOSE + r", (" + OPEN + r"[PNO]\d+" + CLOSE
                                  + r"(?:\.?(?:,? and |, )" + OPEN + r"[PNO]\d+" + CLOSE + r")+)\.?,")


_DEFINITE_BEFORE = re.compile(r"(?i)\b(?:the|these|those)\s*$")


def _sanctioned_group_named(events: list[_Ev], masked: str, mentions, s_index: int, sent: Sentence) -> None:
    """"... imposed sanctions on ten officers as well as three companies. / The three firms, A, B and C, are owned by
    the military": a definite counted group, told again as the target of a sanctions event of the three sentences
    before, then in apposition as many names (people or companies), names its members; each is a target too (the
    group stays one: the sanctioned group is told as such)."""
    for m in _GROUP_NAMES_APPOSED.finditer(masked):
        group, found = mentions[int(m.group(1))]
        if not found.count or found.count < 2 or found.qualifier or not (
                _DEFINITE_SAME.match(found.text) or _DEFINITE_BEFORE.search(sent.text, 0, found.start)):
            continue
        run = list(dict.fromkeys(mentions[x][0] for x in _marked(m.group(2), "PNO")
                                 if mentions[x][1].rule != "pronoun"))
        if len(run) != found.count:
            continue
        for ev in list(events):
            if ev.type in SANCTIONS and 0 < s_index - ev.order[0] <= 3 and group in ev.roles.get("target", ()) \
                    and ev.roles.get("agent") and not set(run) & set(ev.roles["agent"]):
                # the members' own event, told here (not the group's members in its sentence, where they would take
                # the place of every counted group: the group was told as a target of its own)
                events.append(_Ev(type=ev.type, rule=ev.rule, confidence=ev.confidence, sentence=sent,
                                  order=(s_index, m.start()), roles={"agent": list(ev.roles["agent"]), "target": run},
                                  spec=ev.spec, masked=masked))
                break


def _members_of_the_freed(told: list[_Ev], events: list[_Ev], masked: str, mentions, s_index: int,
                          text: str) -> None:
    """"Israel freed A and four fighters -- B, C, D and E -- ... The five freed men were flown to Beirut": a
    definite counted group, new, that counts exactly the people the article has just said were freed, is them."""
    for g in _GROUP.finditer(masked):
        group, found = mentions[int(g.group(1))]
        if not found.count or found.count < 2 or found.qualifier or not (
                found.text.lower().startswith("the ") or text[max(0, found.start - 4):found.start].lower() == "the "):
            continue
        if any(group in e.roles.get("party", ()) for e in events if e.order[0] < s_index):
            continue  # a group told before is its own
        if found.rule == "anaphor":
            continue  # ... and so is one told before as anything ("detained along with two Turkish citizens ... The
            # two Turks arrested with him were also freed": those two, not the people freed before)
        freed: list[tuple] = []
        for e in events:
            if e.type in RELEASES and e.asserts_release and 0 < s_index - e.order[0] <= 6:
                freed.extend(k for k in e.roles.get("party", ()) if k[0] == "person")
        freed = list(dict.fromkeys(freed))
        if len(freed) != found.count:
            continue
        _give_members(told, group, freed)


def _give_members(events: list[_Ev], group: tuple, members: list, *, not_agents: bool = False) -> None:
    """Each release of ``group`` that names no members yet takes ``members`` as them (with ``not_agents``,
    not a release one of them is said to have made)."""
    for ev in events:
        if ev.type in RELEASES and group in ev.roles.get("party", ()) and not ev.members \
                and not (not_agents and set(members) & set(ev.roles.get("agent", ()))):
            _take_members(ev, group, members)


_HOSTED_BY = re.compile(r"\b(?:session|meeting|talks|summit|dinner|banquet|lunch|gathering|ceremony|conference)s? "
                        r"(?:(?:was|were) )?hosted by (?:[A-Za-z-]+ ){0,4}?" + OPEN + r"[PN](\d+)" + CLOSE
                        # "a summit hosted by C and attended by D": D took part too
                        + r"(?:,? and (?:was |were )?attended by (?:[A-Za-z-]+ ){0,4}?((?:" + OPEN + r"[PN]\d+" + CLOSE
                        + r"(?:,? and (?:by )?|, )?)+))?")


# "for a trilateral discussion", "in three-way talks": everyone at the meeting met everyone else
# (never "multilateral", and never "at a trilateral summit": the leaders at a summit may each meet apart)
_ALL_TOGETHER = re.compile(r"\b(?:(?:for|in|at|during|held) (?:a |an |the |their )?(?:first |separate |rare )?"
                           r"(?:trilateral|quadrilateral|three-way|four-way|five-way) "
                           r"(?:meeting|talks|discussion|discussions|session|consultations)|(?:for|in|held) "
                           r"(?:a |an |the |their )?(?:first |separate |rare )?(?:trilateral|quadrilateral|three-way|"
                           r"four-way|five-way) summit)\b")


def _sides(mentions) -> dict[tuple, set]:
    """Each person's side as the article tells it: the countries of their nationality and of the office they hold
    ("Mexican Foreign Minister A", "President B of Ostland")."""
    out: dict[tuple, set] = {}
    for key, f in mentions:
        if f.code != "P":
            continue
        side = out.setdefault(key, set())
        if f.nationality:
            side.add(f.nationality.upper())
        if f.leader_of is not None and f.leader_of[0] == "country" and not f.former:
            side.add(str(f.leader_of[-1]).upper())
    return out


def _join_talks(joiners: list[_Ev], events: list[_Ev], s_index: int, mentions=()) -> None:
    """"X also took part in the meeting", "A met B, joined by C": who joins talks takes part in the talks told last,
    in this sentence before the joining phrase or up to two sentences before (a sentence's own talks first). A joiner
    of a participle ("joined by C", "accompanied by C") from the same country as one of the talks' people is of that
    side's party: they meet the other side, not their own leader ("A and B held talks, joined by A's foreign
    minister"); so is a joiner told with "his" or "her" ("A met B, accompanied by his foreign minister C": of the
    talks' first party), and a relative so told is no participant ("accompanied by his wife C")."""
    sides = _sides(mentions) if any(ev.rule == "talks-joined-participle" for ev in joiners) else {}
    for ev in joiners:
        own = [e for e in events if e.type in TALKS and e.order[0] == s_index]
        before = [e for e in own if e.order[1] <= ev.order[1]]
        # ("A, accompanied by C, met B": the talks told after the phrase, when none was told before it)
        after = [e for e in own if e.order[1] > ev.order[1]] if ev.rule == "talks-joined-participle" else []
        talks = before[-1] if before else after[0] if after else next((e for e in reversed(events) if e.type in TALKS and e.order[0] < s_index
                                          and s_index - e.order[0] <= 2), None)
        if talks is None:
            continue
        own_side = {}
        owned: dict[tuple, str] = {}  # a joiner told with a possessive -> "kin" or the possessive
        if ev.rule == "talks-joined-participle":
            # (only when each of the talks' people has a known side, and they are not all of one)
            known = [sides.get(k) for k in talks.roles["participant"]]
            if all(known) and len(set().union(*known)) > 1:
                own_side = {k: sides.get(k) or set() for k in ev.roles.get("participant", ())}
            for i in _marked(ev.masked, "PN"):
                key, found = mentions[i]
                m = _KIN_OWNER.search(ev.sentence.text, max(0, found.start - 40), found.start)
                if m is not None and key in ev.roles.get("participant", ()):
                    owned[key] = "kin" if (found.title or "").lower() in _KIN else m.group(1)
        for key in ev.roles.get("participant", ()):
            if owned.get(key) in ("kin", "their"):
                continue  # "accompanied by his wife C", "joined by their aides C and D": no one's other side
            if key not in talks.roles["participant"]:
                mates = {o for o in talks.roles["participant"] if own_side.get(key, set()) & (sides.get(o) or set())}
                if key in owned and not mates:
                    mates = set(talks.roles["participant"][:1])  # "accompanied by his minister C": the first party's
                if mates:
                    if talks.pairs is None:
                        ps = talks.roles["participant"]
                        talks.pairs = {(a, b) for i, a in enumerate(ps) for b in ps[i + 1:]}
                    talks.pairs |= {(key, other) for other in talks.roles["participant"] if other not in mates}
                elif talks.pairs is not None:
                    talks.pairs |= {(key, other) for other in talks.roles["participant"]}
                talks.roles["participant"].append(key)


def _all_together(talks: list[_Ev], masked: str) -> None:
    """"X also met A and B for a trilateral discussion": A and B met each other too, not only X."""
    for m in _ALL_TOGETHER.finditer(masked):
        for ev in talks:
            if ev.pairs is not None and ev.order[1] < m.start() and "," not in masked[ev.order[1]:m.start()]:
                ev.pairs = None


def _hosted_by(talks: list[_Ev], masked: str, mentions) -> None:
    """"A met B in Riyadh, at a session hosted by C": C took part in the meeting told before it in the sentence."""
    for m in _HOSTED_BY.finditer(masked):
        ev = max((e for e in talks if e.order[1] <= m.start()), key=lambda e: e.order[1], default=None)
        if ev is None:
            continue
        guests = _marked(m.group(2), "PN") if m.group(2) else []
        for host in (mentions[i][0] for i in [int(m.group(1)), *guests]):
            if host in ev.roles.get("participant", ()):
                continue
            if ev.pairs is not None:
                ev.pairs |= {(host, other) for other in ev.roles["participant"]}
            ev.roles["participant"].append(host)


# a name with its age or a description set off after it ("A, 45,", "A, a tourist arrested in 2021,")
_ITEM_TAIL = r"(?:, \d{1,3}|, (?:(?:a|an|one|the) |(?=" + OPEN + r"G))(?:[^,;:" + OPEN + CLOSE + r"]|" + OPEN + r"[A-MO-OQ-Z]\d+" + CLOSE \
    + r"){1,160}(?=,))?"
_OPENING_LIST = re.compile(r"(?:The )?(" + OPEN + r"[PN]\d+" + CLOSE + _ITEM_TAIL + r"(?:(?:,? and |, )"
                           r"(?:(?:his|her|their) [a-z]+ )?" + OPEN
                           + r"[PN]\d+" + CLOSE + _ITEM_TAIL + r")+)[, ]")


_NAMED_AS = re.compile(r"^(?:[^.;" + OPEN + CLOSE + r"]|" + OPEN + r"[A-Z]\d+" + CLOSE + r"){0,60}?\b(?:identified|named|listed) (?:them |the \w+ |" + OPEN + r"G\d+" + CLOSE + r" )?as ")


# "A, who has lived in Y, said the release was overdue", "A, the ambassador, met him at the airport": the one who
# opens the sentence (past a description in commas) speaks of the freed person or meets them, and is someone else
_SPEAKS_OR_MEETS = re.compile(OPEN + r"[PN]\d+" + CLOSE + r"(?:, [^,;]{1,120},| (?:has|had))? (?:\w+ly )?(?:said|says|"
                              r"told|tells|added|adds|welcomed|met|greeted|received|visited|accompanied|thanked)\b")
_NAMING = re.compile(r"\b(?:identified|named|listed) ")


def _members_next_sentence(before: list[_Ev], masked: str, mentions, first: int) -> None:
    """"Kim pardoned two American journalists ... / Laura Ling, 32, and Euna Lee, 36, reporters for ...": a
    sentence that opens with as many people, all new to the article, as a group released in the sentence before
    counts names its members; they take the group's place."""
    if not any(ev.type in RELEASES for ev in before):
        return  # no release before: nothing to name (the list is read only for one)
    one = _OPENING_ONE.match(masked)
    if one is not None and mentions[int(one.group(1))][1].rule != "pronoun" and not _SPEAKS_OR_MEETS.match(masked):
        # "X had released an Australian missionary ... / A, who has lived in Y for decades, was put on a flight":
        # the one person, new to the article, who opens the next sentence is the one the release told of
        key = mentions[int(one.group(1))][0]
        if not any(k == key for k, _ in mentions[:first]):
            for ev in before:
                got = _counted_release(ev, mentions, first)
                if got is not None and got[1].count == 1 and not got[1].qualifier \
                        and got[1].text.lower().startswith(("a ", "an ")):
                    _take_members(ev, got[0], [key])
    m = _OPENING_LIST.match(masked)
    if m is not None:
        idxs = _marked(m.group(1), "PN")
    else:  # "U.S. officials identified them as A, a former army chief; B, a onetime minister; and C"
        a = _NAMED_AS.search(masked)
        if a is None:
            return
        idxs, last_end = [], a.end()
        for p in _PERSON.finditer(masked, a.end()):
            if mentions[int(p.group(1))][1].rule == "pronoun":
                continue
            if not _LIST_GLUE.fullmatch(_PERSON.sub("he", masked[last_end:p.start()])) and idxs or \
                    not idxs and p.start() != a.end():
                break
            idxs.append(int(p.group(1)))
            last_end = p.end()
    run = list(dict.fromkeys(mentions[i][0] for i in idxs))
    earlier = {key for key, _ in mentions[:first]}
    if len(run) < 2 or any(k in earlier for k in run):
        return
    for ev in before:
        got = _counted_release(ev, mentions, first, count=len(run))
        if got is not None and got[1].count == len(run) and not got[1].qualifier:
            _take_members(ev, got[0], run)


# a counted group, then its members: "the three: A, a nurse; B, a doctor; and C", "The three - A, B and C - had been
# held since May", "The three are A, B and C"
_GROUP_THEN_NAMES = re.compile(OPEN + r"G(\d+)" + CLOSE + r"(?::| (?:--|-|\u2013|\u2014)| (?:are|were)|,) ")


_DEFINITE_SAME = re.compile(r"(?i)(?:the|these|those|all|both)\b(?!.*\b(?:other|others|another|more|remaining|rest|"
                            r"further|additional|new)\b)")


# the rest of an item in a list written with semicolons: "A, a preacher of X, who had been held since 1994; B"
_SEMICOLON_ITEM = re.compile(r",(?:[^;" + OPEN + CLOSE + r"]|" + OPEN + r"[CKLO]\d+" + CLOSE + r"){1,250}; (?:and )?")


def _released_group_named(before: list[_Ev], masked: str, mentions, first: int) -> None:
    """"Iran freed three aid workers on Monday. / ... a plane carrying the three: A, a nurse; B, a doctor; and C": a
    later sentence that tells the released group again (the same group, as the article resolves it) and then, after
    a colon, a dash, a comma or "are", as many people, all new to the article, names its members; they take its place
    in the release, whatever the rest of the sentence says of them."""
    earlier = {key for key, _ in mentions[:first]}
    for m in _GROUP_THEN_NAMES.finditer(masked):
        key, found = mentions[int(m.group(1))]
        if not found.count or found.count < 2 or found.qualifier or not _DEFINITE_SAME.match(found.text):
            continue  # "Three other prisoners - A, B and C - are still held": others, not the group told before
        run, last_end = [], m.end()
        for p in _PERSON.finditer(masked, m.end()):
            k, f = mentions[int(p.group(1))]
            glue = _PERSON.sub("he", masked[last_end:p.start()])
            if f.rule == "pronoun" or (not (_LIST_GLUE.fullmatch(glue) or _SEMICOLON_ITEM.fullmatch(glue))
                                       if run else p.start() != m.end()):
                break
            run.append(k)
            last_end = p.end()
        run = list(dict.fromkeys(run))
        if len(run) != found.count or any(k in earlier for k in run):
            continue
        for ev in before:
            got = _counted_release(ev, mentions, first)
            if got is not None and got[0] == key and got[1].count == len(run) and not got[1].qualifier:
                _take_members(ev, key, run)


def _counted_release(ev: _Ev, mentions, first: int, *, released_only: bool = True,
                     count: int | None = None) -> tuple[tuple, Found] | None:
    """The one counted group a release ``ev`` with no members yet frees, and its mention among the first ``first``
    (``(key, found)``); None for any other event. ``released_only``: a release told only of people already freed
    counts too. ``count``: of several groups freed together ("two Austrians and a Danish citizen"), the one group
    that counts as many."""
    if ev.type not in RELEASES or not (ev.asserts_release or released_only and ev.released_only) or ev.members:
        return None
    groups = [k for k in ev.roles.get("party", ()) if k[0] == "group"]
    if len(groups) > 1 and count is not None and count > 1:
        counts = {k: next((f.count for key, f in mentions[:first] if key == k and f.count), None) for k in groups}
        groups = [k for k in groups if counts[k] == count]
    if len(groups) != 1:
        return None
    found = next((f for k, f in mentions[:first] if k == groups[0] and f.count), None)
    return None if found is None else (groups[0], found)


_OPENING_ONE = re.compile(OPEN + r"[PN](\d+)" + CLOSE + r"(?:,| (?:was|were|had|has)\b)")
# the participles of being held (frames.CUSTODY, not "taken" or "interned") or freed
_HELD_OR_FREED = (CUSTODY - {"taken", "interned"}) | {"released", "freed"}
_CUSTODY_PASSIVE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been|remains|remained)"
                              r"(?: (?:also|later|first|then|still|since|being|\w+ly))? "
                              r"(?:" + "|".join(sorted(_HELD_OR_FREED | {"sentenced"})) + r")\b")
# (told as held or freed: "was detained", "was also released")


def _one_a_sentence(openers: list, events: list[_Ev], masked: str, mentions, first: int, s_index: int) -> list:
    """"The X have freed two Americans ... / A, a businessman ..., was detained in 2022. / B, about whom little is
    known, was also released.": people new to the article who open the sentences right after a release of a counted
    group, one a sentence, each told as held or freed, as many as the group counts, are its members. Returns the run
    of such openers so far."""
    m = _OPENING_ONE.match(masked)
    if m is None or not _CUSTODY_PASSIVE.search(masked, m.start()):
        return []
    key = mentions[int(m.group(1))][0]
    if mentions[int(m.group(1))][1].rule == "pronoun" or any(k == key for k, _ in mentions[:first]):
        return []
    if openers and openers[-1][0] != s_index - 1:
        openers = []
    openers = openers + [(s_index, key)]
    start = openers[0][0]
    run = list(dict.fromkeys(k for _, k in openers))
    for ev in events:
        got = _counted_release(ev, mentions, first, released_only=False) if ev.order[0] == start - 1 else None
        if got is not None and not got[1].qualifier and got[1].count == len(run) >= 2:
            _take_members(ev, got[0], run)
    return openers


def _members_told_before(events: list[_Ev]) -> None:
    """"Iran released two Austrians and a Dane. / The three men were flown to Muscat. / It named the Austrians as A and
    B": the members a later sentence names for a group of a journey are the members of the group's release too."""
    named = {g: run for ev in events if ev.type in RELEASES for g, run in ev.members.items()}
    for ev in events:
        for group, run in named.items():
            if ev.type in RELEASES and group in ev.roles.get("party", ()) and group not in ev.members:
                _take_members(ev, group, run)


def _take_members(ev: _Ev, group: tuple, run: list[tuple]) -> None:
    """The named members of a released ``group`` take its place among the event's parties."""
    ev.roles["party"] = [k for k in ev.roles["party"] if k != group] + [k for k in run if k not in ev.roles["party"]]
    ev.members[group] = list(run)
    ev.whole.add(group)


_SENT_GATE = re.compile(r"(?:ed|ing|own|sent|over) (?:back |home )?(?:to|into) ")  # a cheap test before ``_sent_to``


# a clause of its own between an event and "along with": a full stop, a semicolon, a reporting verb
_CLAUSE_CUT = re.compile(r"[;:]|\. |\b(?:said|says|while|but|whereas)\b")


# a release told as a rescue: troops or police freed the people, not those who held them
_RESCUE = re.compile(r"\b(?:raid|raids|rescue|rescued|rescuing|stormed|storming|commandos?|special forces)\b", re.I)
# ... unless the raid is how the people were taken ("abducted by X in a raid last month were freed")
_TAKEN_IN_RAID = re.compile(r"\b(?:abducted|kidnapped|seized|captured|taken)\b[^,;]{0,40}\braids?\b", re.I)
# "now in the custody of the Red Cross", "placed in the hands of X": where the freed went, not who held them
_AFTER_CUSTODY = re.compile(r"\b(?:now|placed|put|transferred|handed|delivered|returned|back|safe|safely) $")
# the words of custody as one alternation, for the three patterns below
_CUSTODY_ALT = "|".join(sorted(CUSTODY))
# "arrested when she arrived in X", "detained upon landing at X": a journey that ended in custody (the arrival told
# last in the match, right before its place)
_CAUGHT_ON_ARRIVAL = re.compile(r"\b(?:" + _CUSTODY_ALT + r") (?:shortly |soon )?(?:when|as|after|upon|on) "
                                r"(?:(?:he|she|they|it) |" + OPEN + r"[A-Z]\d+" + CLOSE + r" )?[a-z]+(?: [\w-]+){0,2}? "
                                r"(?:in|into|to|at) (?:the )?" + OPEN + r"[A-Z]\d+" + CLOSE + r"$")
# "arrested as she boarded a flight to X", "had boarded a flight to X when she was detained": a journey that custody
# cut short, told before or after the released person's travel (the released-only rules)
_CAUGHT_BEFORE_TRAVEL = re.compile(r"\b(?:" + _CUSTODY_ALT + r")\b(?: [\w-]+){0,4}? "
                                   r"(?:when|as|after|while|upon|before)\s*$")
_CAUGHT_AFTER_TRAVEL = re.compile(r"^[^.;]{0,30}?\b(?:when|as|before|but)\b(?: (?:[\w-]+|" + OPEN + r"[A-Z]\d+" + CLOSE
                                  + r")){0,3}? (?:was|were|got|had been|been) (?:" + _CUSTODY_ALT + r")\b")
# the other side of a swap: custody told after it is that side's ("in exchange for a fighter held in Norway")
_COUNTERPART_FOR = re.compile(r"\bin (?:an? )?(?:(?:prisoner )?exchange|return|swap|trade) for\b")
_CROSSED = re.compile(r"\bcross(?:ed|es|ing)?\b")


def _drop_crossings_into_captivity(facts: dict) -> None:
    """A released person who "crossed into" the country that freed them went there to be held, not freed ("Gomes,
    who had been teaching in South Korea, crossed into North Korea on Jan. 25"): no destination."""
    leads: dict[str, set] = {}
    for f in facts.values():
        if f.predicate == "leaderOf":
            leads.setdefault(f.subject.iri, set()).add(f.object.iri)
    freed_by = {(a, f.object.iri) for f in facts.values() if f.predicate == "released"
                for a in {f.subject.iri} | leads.get(f.subject.iri, set())}  # a leader frees for the country led
    for key in [k for k, f in facts.items() if f.predicate == "releasedTo" and (f.object.iri, f.subject.iri) in freed_by
                and _CROSSED.search(f.sentence.text)]:
        del facts[key]


_HOME_LIST_GLUE = re.compile(r"(?:,(?: \d{1,3},)?(?: (?:a|an|the) [^,;" + OPEN + CLOSE + r"]{1,60},)?(?: and)? | and )")


def _list_before(masked: str, at: int) -> list[tuple[str, str]]:
    """The other people of the list that ends with the placeholder at ``at`` ("A, a French teacher, and B"), as
    (code, index) pairs, nearest first; joined by commas or "and", past each one's age and description."""
    marks = [m for m in re.finditer(OPEN + r"([PNG])(\d+)" + CLOSE, masked) if m.start() < at]
    out, end = [], at
    for m in reversed(marks):
        if not _HOME_LIST_GLUE.fullmatch(masked, m.end(), end):
            break
        out.append((m.group(1), m.group(2)))
        end = m.start()
    return out


def _drop_homes_in_the_releasing_country(facts: dict, gaz) -> None:
    """A released person "reunited with the family in Antakya", a city of the country that freed them, or who "flew to
    Khartoum", its capital, stayed where they were held: no destination (a destination is where a freed person is sent
    or goes). Another city of that country may lie in a territory in dispute ("handed over to the Donetsk republic")."""
    freed_by: dict[str, set] = {}
    for f in facts.values():
        if f.predicate == "released":
            freed_by.setdefault(f.object.iri, set()).add(f.subject.iri)

    def inside(f) -> bool:
        by = freed_by.get(f.subject.iri, set())
        if f.object.iri in by:
            return True
        city = gaz.cities.get(f.object.label) if f.object.type == "City" else None
        return (f.rule == "frame-reunite-in" or city is not None and city.capital) \
            and any(p == "country" and c in by for p, c in f.object.attributes)

    for key in [k for k, f in facts.items() if f.predicate == "releasedTo" and inside(f)]:
        del facts[key]


_BARE_COUNT = re.compile(r"(?:the )?(?:other |remaining )?" + COUNT_WORDS)  # "the four", "the other two"


def _noun_group(masked: str, at: int, mentions) -> tuple | None:
    """The group a list's subject tells again by its noun ("The oligarchs included", "Alongside X, the oligarchs
    included", "The eight officials barred from the country are"), as (key, found), else None (no group, or a
    pronoun, "those ..." or a bare count, "The four are")."""
    last = None
    for m in _GROUP.finditer(masked, 0, at):
        last = m
    if last is None:
        return None
    key, found = mentions[int(last.group(1))]
    text = found.text.lower()
    if found.rule != "anaphor" or text.startswith(("those", "they", "them")) or _BARE_COUNT.fullmatch(text):
        return None
    return key, found


# "The twelve individuals named include A; B", "The 25 entities designated are A, B": the participle tells the designation
_GROUP_DESIGNATED = re.compile(OPEN + r"G(\d+)" + CLOSE + r" (?:named|designated|listed|sanctioned|blacklisted|targeted)"
                               r" (?:include|includes|included|are|were|comprise)\b")


# "The groups include A and B": a plural subject noun with no count, as the sentence's subject
# a list whose subject is a bare pronoun kg read as no group ("These include A and B")
# a list's subject that tells a relief ("Those removed from the list were", "The people delisted include")
_RELIEF_SUBJECT = re.compile(r"(?:(?:Also|also|Among|among) )?(?:[Tt]hose|[Tt]he (?:[a-z]+ ){0,2}?(?:people|individuals|"
                             r"men|officials|entities|companies|firms|names))(?: who (?:were|was|have been|had been|came|come))?"
                             r"(?: newly| also)? (?:removed|delisted|de-listed|unfrozen|dropped|taken off|struck off|"
                             r"off the)\b")
_BARE_PRONOUN_LIST = re.compile(r"(?:They|These|they|these) (?:also )?(?:include|included|are|were)\b")
_PLAIN_LIST_NOUN = re.compile(r"(?:The |the |These |these )?(groups|companies|firms) (?:also )?(?:include|included|are|were)\b")


def _only_targets_between(e: "_Ev", start: int, mentions) -> bool:
    """Whether the mentions between a reporting body's verb and the passive sanction it reports are all the sanction's
    own targets (people, groups, firms), so the body reports its own act ("The State Department said A, as well as
    two former ministers, B and C, had been designated"), not another party's."""
    between = e.masked[start:e.order[1]]
    if OPEN not in between:
        return True
    targets = set(e.roles.get("target", ()))
    for m in PLACEHOLDER.finditer(between):
        if m.group(1) in ("C", "K", "O", "L") or mentions[int(m.group(2))][0] not in targets:
            return False
    return bool(targets)


def _told_as_others(masked: str, before: str, events: list[_Ev], order: int) -> bool:
    """Whether the plain plural that opens a list ("The groups include A and B") was told in the sentence before,
    ``before``, which tells no sanction ("Dozens of aid groups criticised the measures"): the list is of those."""
    m = _PLAIN_LIST_NOUN.match(masked)
    return m is not None and re.search(r"\b" + m.group(1) + r"\b", before) is not None and not any(
        e.type == "SanctionsImposition" and e.order[0] == order for e in events)


def _relieved_group(group: tuple, events: list[_Ev]) -> bool:
    """Whether ``group`` is a target of a relief told before ("removed four men from its list"): "The four are A;
    B; C and D" lists its members."""
    return any(e.type == "SanctionsRelief" and group in e.roles.get("target", ()) for e in events)


def _joined_told_sanction(ev: _Ev, events: list[_Ev], group: str) -> bool:
    """Whether ``ev``, with no acting party, names members of ``group``, a target of an earlier event of its kind that
    has one: the members joined the sanction told before, with its acting party (``ev`` is not kept)."""
    return not ev.roles.get("agent") and any(
        e.type == ev.type and group in e.roles.get("target", ()) and e.roles.get("agent") for e in events)


def _drop_named_groups(facts: dict) -> None:
    """A counted group whose members the same sentence names, as many as it counts, gives way to them: "blacklisted
    three officials: A, B and C" is a fact about A, B and C ("12 officials, among them A and B" keeps the group)."""
    named: Counter = Counter()
    for f in facts.values():
        if f.object.type not in ("Group", "Country", "City") and f.predicate != "leaderOf":
            named[(f.sentence.start, f.subject.iri, f.predicate)] += 1
    # (not one person of a nationality: "released two Austrians, named as A and B, and a Danish citizen")
    for key in [k for k, f in facts.items() if f.object.type == "Group" and f.object.count
                and not (f.object.count == 1 and f.object.label.startswith(("a ", "an ")))
                and not f.object.count_qualifier and named[(f.sentence.start, f.subject.iri, f.predicate)] >= f.object.count]:
        del facts[key]


def _drop_uncounted_targets(facts: dict) -> None:
    """A measure's target told only as "a number of officials" (or "vessels") names no group a reader could count or
    find again: the gold of every development set leaves such targets out ("several", "dozens of", "hundreds of"
    stay: they are told as groups of their own)."""
    for key in [k for k, f in facts.items() if f.predicate in ("sanctionsImposedOn", "sanctionsLiftedOn")
                and f.object.type == "Group" and f.object.label.lower().startswith(("a number of ", "a range of "))]:
        del facts[key]


def _merge_tellings(events: list[_Ev]) -> None:
    """One event per real-world event: a later event of the same class that shares a filler of each of the class's
    ``merge_on`` roles with an earlier one, and names no other agent, is the same event told again. The first
    telling gets the union of the roles; the later one keeps its own sentence for its facts, under the same
    event node (one event, two sources).
    """
    for i, ev in enumerate(events):
        spec = ev.spec
        if spec is None or not spec.merge_on or ev.merged_into is not None:
            continue
        for later in events[i + 1:]:
            if later.type != ev.type or later.merged_into is not None:
                continue
            if not all(set(ev.roles.get(r, ())) & set(later.roles.get(r, ())) for r in spec.merge_on):
                continue
            a, b = set(ev.roles.get("agent", ())), set(later.roles.get("agent", ()))
            if a and b and not a & b:
                continue  # each side of an exchange released someone: two events
            d, e = set(ev.roles.get("dest", ())), set(later.roles.get("dest", ()))
            if d and e and not d & e:
                continue  # two legs of a journey ("landed outside Paris", "were flown to Bamako"): each its own people
            for role, keys in later.roles.items():
                if role == "place":
                    continue
                for k in keys:
                    if k not in ev.roles.setdefault(role, []):
                        ev.roles[role].append(k)
            later.merged_into = ev


# A relief that says the measure was the acting party's own, in force before, also tells its imposition: "eased
# sanctions against X that had been in force since 1950", "lifted restrictions on X, a measure it had imposed in 2019"
_OWN_MEASURE = re.compile(
    r"^[^;" + OPEN + r"]{0,80}" + OPEN + r"[A-Z]\d+" + CLOSE + r"[^;" + OPEN + r"]{0,30}?(?:(?:that|which) (?:had |have |has )?(?:long )?"
    r"been in (?:force|place|effect)|, in (?:force|place) since|, an? (?:measure|ban|step|move|penalty|sanction|embargo)"
    r" (?:that )?(?:it|they) (?:had |has |have )?(?:first )?(?:imposed|introduced|placed|slapped|adopted))\b")
# "lifted the sanctions imposed on X after its nuclear tests": a measure lifted by the party that had imposed it
# (not "the sanctions imposed on X by the U.N.")
# (also "lifted the suspension it imposed on X": the lifting party's own measure)
_IMPOSED_ON = re.compile(r"^[^;]{0,120}?\b(?:sanctions|embargo|embargoes|measures|restrictions|suspension) (?:(?:that|which) "
                         r"(?:had |have |has )?been |(?:(?:that|which) )?(?:it|they) (?:had |has |have )?(?:first )?)?"
                         r"(?:imposed|placed|slapped) (?:on|against) (?:the )?" + OPEN
                         + r"[A-Z]\d+" + CLOSE + r"(?![^.;]{0,60}\bby (?:the )?" + OPEN + ")")
# "lifted the decades-old embargo on X", "ended the arms embargo on X, three decades after it was first imposed":
# a measure long in force, lifted by the party that holds it
_LONG_HELD = re.compile(r"^[^.;]{0,60}?\b(?:(?:\d+|[a-z]+)-(?:year|decade)-old|decades-old|long-standing|longstanding)\b"
                        r"|^[^.;]{0,160}?\b(?:after|since|when) it was (?:first |originally )?(?:imposed|introduced)\b")
# "removed A and B from its sanctions list", "took X off the blacklist": they were on the remover's list
_OFF_LIST = re.compile(r"\b(?:from|off) (?:its|their|the|his|her|a) (?:[\w.-]+ ){0,4}?(?:list|blacklist)\b")
_HOLDER_RULE = "frame-measure-holder"  # a measure noun phrase that names its holder (kg/resources/events.toml)
ANAPHOR_COUNTRY = 0.8  # confidence factor for "that country", the one country the sentence before named
OWN_MEASURE = 0.9  # confidence factor for an imposition read from the relief of the party's own measure


# the people a freed person is handed to, who stand for the country they come from ("to officials from Peru", "into
# the custody of Peruvian diplomats" is read by the demonym, "to Peru's ambassador", "to representatives of Peru")
_RECEIVERS = (r"(?:officials|representatives|diplomats|envoys?|emissaries|delegates|delegation|ambassadors?|embassy|"
              r"consul|consulate|authorities|officers|agents|mediators|team|government)")
_RECEIVED_FROM = re.compile(r"\b(to|into the (?:custody|hands) of) (?:the |an? )?(?:[a-z-]+ ){0,2}?" + _RECEIVERS
                            + r" (?:from|of) (?:the )?(" + OPEN + r"[CK]\d+" + CLOSE + r")(?!\s*(?:'s|\u2019s)?\s*"
                            + OPEN + ")(?!(?:'s|\u2019s))")
_RECEIVED_BY = re.compile(r"\b(to|into the (?:custody|hands) of) (?:the )?(" + OPEN + r"[CK]\d+" + CLOSE
                          + r")(?:'s|\u2019s) (?:[a-z-]+ ){0,2}?" + _RECEIVERS + r"\b")
_RECEIVED_ROLE = re.compile(r"\b(to|into the (?:custody|hands) of) " + OPEN + r"P(\d+)" + CLOSE)
_ENVOY_TITLES = frozenset({"Ambassador", "Envoy", "Special Envoy", "Consul", "Consul General", "Charge d'Affaires",
                           "Chargé d'Affaires"})


def _envoy_country(m: re.Match, mentions) -> str:
    """The placeholder of a role person an envoy with no name ("Peru's ambassador") read as a country ("C"), for the
    destination of a handover; anything else as it was."""
    found = mentions[int(m.group(2))][1]
    if found.rule == "person-role" and found.nationality and found.title in _ENVOY_TITLES:
        return f"{m.group(1)} {OPEN}C{m.group(2)}{CLOSE}"
    return m.group(0)


# a headline that opens with a state freeing someone: "Nepal frees", "Iran releases"
_HEADLINE_RELEASE = "^" + OPEN + r"[CK](\d+)" + CLOSE + r" (?:frees|releases|pardons|sets free|free|release)"
# "Iran releases French researcher", "Nepal frees jailed U.S. sailor": a headline's freed person told by a noun only
_HEADLINE_DESCRIBED = re.compile(_HEADLINE_RELEASE + r" "
                                 r"(?:(?:[\w.'-]+|" + OPEN + r"[CK]\d+" + CLOSE + r") ){0,3}?([a-z]{4,})$")
_RELEASE_WORDS = re.compile(r"\b(?:free|freed|frees|freeing|release|released|releases|releasing|pardon\w*|bail|parole)\b")
_COURT_IN = re.compile(r"\b(?:[Aa]n?|[Tt]he) (?:[a-z-]+ ){0,2}(?:court|tribunal|judge) (?:in|of) (?:the (?:[a-z]+ )?"
                       r"(?:town|city|province|region) of )?(" + OPEN + r"[CKL]\d+" + CLOSE + r")(?!['\u2019])")
_STATE_OFFICE = re.compile("(" + OPEN + r"[CK]\d+" + CLOSE + r")(?:'s|\u2019s) (?:[a-z-]+ )?(?:president|prime minister|"
                           r"king|emir|leader|government|authorities|regime|junta|courts?|judiciary|military|army)"
                           r"(?= (?:has |have |had )?(?:also |then |later |on \w+day )?(?:freed|frees|released|releases|"
                           r"pardoned|pardons|handed|hands|ordered|orders|granted|grants|set|sets)\b)")
_GAPPED = re.compile("(?P<a>" + OPEN + r"[PNG]\d+" + CLOSE + ") (?P<verb>(?:(?:was|were) )?[a-z]+ (?:home |back )?)"
                     r"(?P<p>to|into) (?P<x>" + OPEN + r"[CL]\d+" + CLOSE + r")(?P<sep>,? and |, )(?P<b>" + OPEN
                     + r"[PNG]\d+" + CLOSE + r") (?P<p2>to|into) (?P<y>" + OPEN + r"[CL]\d+" + CLOSE + ")")
_HANDOVER_WORDS = re.compile(r"\b(?:hand(?:ed|s|ing)?|freed|frees|released|releases|transferred|returned|delivered)\b")
# a body's short name in brackets after its name, as the subject of a verb: "⟦O1⟧ (⟦O2⟧) had designated"
# (or an acronym kg does not know: "The United Nations Security Council (UNSC) imposed"); a name kg does not know
# with a short name it knows stands for the known one ("The Islamic Resistance Movement (Hamas) freed")
_PAREN_ALIAS = re.compile("(" + OPEN + r"[OCK](\d+)" + CLOSE + r") \((?:(" + OPEN + r"[OCK](\d+)" + CLOSE
                          + r")|[A-Z][A-Za-z]?[A-Z][A-Z&.-]{0,8})\)(?= (?!and\b|or\b)[a-z])")  # ... before its verb


def _paren_name(m: re.Match, mentions) -> str:
    """The name that stands for "X (Y)": X, or Y when only Y is an entry of the gazetteer. A country never
    stands for X: "Acme Shipping Ltd (UAE)" is a company with its country, as sanctions lists write it."""
    if m.group(3) and mentions[int(m.group(2))][0][0] not in ("entry", "country") \
            and mentions[int(m.group(4))][0][0] == "entry":
        return m.group(3)
    return m.group(1)

# "named the officials as A, B and C", "identified them as A and B": the members of a counted group told before
_GROUP_NAMED_AS = re.compile(r"\b(?:named|identified|listed) " + OPEN + r"G(\d+)" + CLOSE + r" as ")
_MEMBER = re.compile(OPEN + r"[PNO](\d+)" + CLOSE)


def _named_as(told: list[_Ev], masked: str, mentions) -> None:
    """Give the sanctions told so far the members a "named the N officials as A, B and C" clause lists."""
    m = _GROUP_NAMED_AS.search(masked)
    if m is None:
        return
    group = mentions[int(m.group(1))][0]
    rest = masked[m.end():]
    members, pos = [], 0
    for x in _MEMBER.finditer(rest):  # the list: names joined by commas, semicolons and "and", with descriptions
        if members and not re.search(r"[,;]|\band\b", rest[pos:x.start()]):
            continue  # "a senior figure in B": a name inside a member's description
        key, found = mentions[int(x.group(1))]
        if found.code in ("P", "N"):
            members.append(key)
        pos = x.end()
    if not members:
        return
    for ev in told:
        if ev.type in SANCTIONS and group in ev.roles.get("target", ()):
            ev.members.setdefault(group, []).extend(k for k in members if k not in ev.members.get(group, ()))


def _named_targets(events: list[_Ev]) -> None:
    """A counted group a list has named in full ("three officers ... They were named as A, B and C") is those people
    when another sanction falls on it later ("froze the assets of the same three men"): the members take its place."""
    named: dict[tuple, list] = {}
    for ev in events:
        for group, members in ev.members.items():
            count = group[1].split("|", 1)[0] if group[0] == "group" else ""
            if count.isdigit() and len(members) >= int(count):
                named.setdefault(group, list(members))
    for ev in events:
        if ev.type not in SANCTIONS:
            continue
        if "same " + OPEN + "G" in ev.masked:  # "the same four officials" the article never names: no new target
            ev.roles["target"] = [k for k in ev.roles.get("target", ()) if k[0] != "group" or k in named]
        if any(k in named for k in ev.roles.get("target", ())):
            ev.roles["target"] = list(dict.fromkeys(m for k in ev.roles["target"] for m in named.get(k, [k])))


# a relative named with a possessive: "his wife, X", "her husband X", "their seven-year-old daughter X"
_KIN = frozenset({"wife", "husband", "daughter", "son", "sister", "brother", "mother", "father", "fiancée", "fiance",
                  "fiancé", "daughters", "sons", "sisters", "brothers", "children", "parents"})
_KIN_OWNER = re.compile(r"\b(his|her|their)(?: [\w-]+){0,2}? ?$")


def _kin_pairs(text: str, idxs: list[int], mentions) -> set[tuple]:
    """Pairs of a participant and a relative the sentence names after "his", "her" or "their": a family met
    someone together, not one another ("Xi and his wife, Peng Liyuan, hosted Kim").

    >>> from kg.extraction.mentions import Found
    >>> ms = [(("p", "A"), Found(text="A", start=0, end=1, code="P", key=("p", "A"))),
    ...       (("p", "B"), Found(text="wife, B", start=10, end=17, code="P", key=("p", "B"), title="wife"))]
    >>> sorted(_kin_pairs("A and his wife, B, hosted C", [0, 1], ms))
    [(('p', 'A'), ('p', 'B'))]
    """
    out = set()
    for i in idxs:
        found = mentions[i][1]
        if not found.title or found.title.lower() not in _KIN:
            continue
        m = _KIN_OWNER.search(text, max(0, found.start - 40), found.start)
        if m is None:
            continue
        before = sorted((mentions[j][1].start, j) for j in idxs if mentions[j][1].start < m.start()
                        and mentions[j][1].code in ("P", "N"))
        owners = before[-1:] if m.group(1) != "their" else before
        out.update((mentions[j][0], mentions[i][0]) for _, j in owners)
    return out


# a headline that says a state freed someone: "Nepal Frees Chilean Reporter", "Iran releases jailed U.S. sailor" (not
# "frees up funds", "releases report")
_HEADLINE_FREES = re.compile(_HEADLINE_RELEASE + r" (?!up\b|(?:[\w-]+ ){0,2}?(?:report|reports|statement|video|"
                             r"data|figures|details|footage|images|photos|list|funds|budget|results|plan|plans|"
                             r"album|film|book|guidance|rules|water|oil|reserves|forecast|findings)\b)", re.IGNORECASE)


# "the grave of X", "the funeral of X": a place or rite of the dead, not X, is visited
_RESTING_PLACES = frozenset({"grave", "tomb", "mausoleum", "memorial", "statue", "monument", "shrine", "birthplace",
                             "museum", "portrait", "funeral", "coffin", "remains", "body", "burial", "wake"})


# "met his US counterpart", "the Chinese counterparts": the country names whose official met
_COUNTERPART_AFTER = re.compile(r"(?:'s|\u2019s)? (?:[a-z-]+ )?(?:counterparts?|opposite numbers?)\b")


# a sentence telling someone is still held: its captor freed no one ("A, held by X, remains a hostage")
_STILL_HELD = re.compile(r"\b(?:remains?|remained|still) (?:a |an |in |held\b|captive\b|missing\b)"
                         r"|\b(?:is|are) (?:still )?being held\b")


def _state_of(gaz, key: tuple) -> tuple:
    """The country a leader the gazetteer knows stands for (any other key as it is)."""
    entry = gaz.entries.get(key[1]) if key[0] == "entry" else None
    return ("country", entry.country) if entry is not None and entry.type == "Person" and entry.country else key


def _own_measures(events: list[_Ev], classes, gaz, leaders=()) -> None:
    """Add the imposition a relief of a party's own measure implies (same target, lower confidence), by the lifting
    party's state: a government's body or leader may lift what an earlier one imposed.

    >>> from kg.extraction.patterns import internal
    >>> _OWN_MEASURE.search(internal("eased sanctions on ⟦C1⟧ that had been in force since 1950")) is not None
    True
    >>> _OWN_MEASURE.search(internal("lifted its sanctions on ⟦C1⟧")) is None
    True
    """
    spec = classes.get("SanctionsImposition")
    if spec is None:
        return
    led = {person: office for person, office, _, _ in leaders if office[0] == "country"}  # a leader's state

    for ev in list(events):
        if ev.type != "SanctionsRelief" or ev.headline or not ev.roles.get("agent") or not ev.roles.get("target"):
            continue
        after = ev.masked[ev.order[1]:]
        if not _OWN_MEASURE.search(after) and not _IMPOSED_ON.search(after) and not _OFF_LIST.search(after) \
                and not _LONG_HELD.search(after):
            continue
        # named targets only: a counted group struck off a list ("400 individuals") was designated piecemeal
        targets = [k for k in ev.roles["target"] if k[0] != "group"]
        if not targets or any(o.type == "SanctionsImposition" and set(o.roles.get("agent", ())) >= set(ev.roles["agent"])
                              and set(o.roles.get("target", ())) >= set(targets) for o in events):
            continue
        events.append(_Ev(type="SanctionsImposition", rule="own-measure-lifted", confidence=ev.confidence * OWN_MEASURE,
                          sentence=ev.sentence, order=ev.order,
                          roles={"agent": list(dict.fromkeys(led.get(k) or _body_state(gaz, k) for k in ev.roles["agent"])),
                                 "target": targets},
                          spec=spec, inferred=ev.inferred, masked=ev.masked))




# a relief of measures told before: "eased some of those measures", "lifted them", "suspended most of the sanctions"
_MEASURE_ANAPHOR = re.compile(r"\b(?:lift(?:ed|ing|s)?|eas(?:ed|ing|es|e)|suspend(?:ed|ing|s)?|relax(?:ed|ing|es)?|"
                              r"end(?:ed|ing|s)?|scrap(?:ped|ping|s)?|remov(?:ed|ing|es|e)|waiv(?:ed|ing|es|e)) "
                              r"(?:(?:some|most|all|many|much|part) of )?(?:them\b|(?:those|these|the|" + OPEN
                              + r"G\d+" + CLOSE + r") (?:measures|sanctions|restrictions|penalties|curbs)\b)")


_PART_OF_THOSE = re.compile(r"(?i)(?:some|most|all|many|much|part) of (?:those|these|them|the)")


# a relief whose measure names no target at all ("then lifted nuclear-related sanctions, releasing ..."), not one whose
# target kg cannot name ("lifted sanctions on Russian oligarchs")
_BARE_RELIEF = re.compile(r" (?:the |its |their |all |most |some |many |remaining |of )*(?:[a-z][\w-]* ){0,2}?"
                          r"(?:sanctions|measures|restrictions|penalties)(?=[,.;]| (?:in|last|this|with|after|and|on "
                          r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)")


def _story_country(reliefs: list[_Ev], events: list[_Ev]) -> None:
    """A relief told with its party and no target at all ("The EU and the United States then lifted nuclear-related
    sanctions") in an article whose sanctions, imposed or lifted, fall on one country and whose reliefs name it: that
    country."""
    if not reliefs:
        return
    countries = {k for e in events if e.type in SANCTIONS for k in e.roles.get("target", ()) if k[0] == "country"}
    if len(countries) != 1 or not any(e.type == "SanctionsRelief" and countries & set(e.roles.get("target", ()))
                                      for e in events):
        return
    for ev in reliefs:
        if countries & set(ev.roles.get("agent", ())) or ev.roles.get("target"):
            continue
        ev.roles["target"] = sorted(countries)
        ev.agent_only = False
        ev.inferred = True
        events.append(ev)


def _measures_told_before(reliefs: list[_Ev], events: list[_Ev], gaz) -> None:
    """A relief of measures told before ("X imposed sanctions on A and B ... Washington has since eased some of those
    measures") falls on the targets of the same party's last imposition, in that sentence or the two before."""
    def own(keys) -> set:
        return {x for k in keys for x in (k, _state_of(gaz, k), _body_state(gaz, k))}

    for ev in reliefs:
        agents = own(ev.roles.get("agent", ()))
        prior = [o for o in events if o.type == "SanctionsImposition" and o.order < ev.order
                 and ev.order[0] - o.order[0] <= 2 and o.roles.get("target") and agents & own(o.roles.get("agent", ()))]
        if not prior:
            continue
        last = max(prior, key=lambda o: o.order)
        ev.roles["target"] = [k for k in last.roles["target"] if k not in agents]
        if ev.roles["target"]:
            ev.agent_only = False
            ev.inferred = True
            events.append(ev)


def _frame_targets_win(told: list[_Ev], gaz) -> None:
    """A country or a body the older patterns read as a measure's target where the structural reading of the same
    sentence found people instead ("sanctions against U.S. senators A and B": A and B, not the United States; "on A,
    the Communist Party chief of X": A, not the party)."""
    frames = [e for e in told if e.type in SANCTIONS and e.rule.startswith("frame-") and e.roles.get("target")]
    for ev in told:
        # "an order Obama signed that declared Venezuela a threat ... and imposed sanctions on seven officials": the
        # signer, found by structure, acts; not the name the older patterns took from the clause in between
        if ev.type in SANCTIONS and not ev.rule.startswith("frame-") and ev.roles.get("agent") and any(
                f.type == ev.type and f.roles.get("agent") and set(f.roles["target"]) == set(ev.roles.get("target", ()))
                and not set(f.roles["agent"]) & set(ev.roles["agent"]) for f in frames):
            ev.roles["target"] = []
        if ev.type not in SANCTIONS or ev.rule.startswith("frame-") or not ev.roles.get("target"):
            continue
        for f in frames:
            if f.type == ev.type and set(f.roles.get("agent", ())) & set(ev.roles.get("agent", ())) \
                    and any(k[0] == "person" or k[0] == "entry" for k in f.roles["target"]):
                ev.roles["target"] = [k for k in ev.roles["target"] if k in f.roles["target"] or not (
                    k[0] == "country" or k[0] == "entry" and k[1] in gaz.entries and gaz.entries[k[1]].type != "Person")]


def _no_self_targets(events: list[_Ev], gaz, leaders) -> None:
    """Drop a measure's target, or the one praised, that is its own acting party or that party's state ("Bush
    suspended most U.S. trade sanctions on Iraq": the United States owns the measure, it is not its target; "Macron
    said he was proud of France": a leader's pride in his own country praises no other party)."""
    led: dict[tuple, set] = {}
    for person, office, _, _ in leaders:
        led.setdefault(person, set()).add(office)
    for ev in events:
        role = "target" if ev.type in SANCTIONS else "praised" if ev.type == "Praise" else None
        if role and ev.roles.get("agent") and ev.roles.get(role):
            own = {k for a in ev.roles["agent"] for k in (a, _state_of(gaz, a), _body_state(gaz, a), *led.get(a, ()))}
            ev.roles[role] = [k for k in ev.roles[role] if k not in own]


# the measure a readmission ends, told in its sentence: "reinstated Fiji as a member, after suspending it in 2009"
_SUSPENSION = re.compile(r"\b(?:suspen(?:d|ds|ded|ding|sion|sions)|expel(?:s|led|ling)?|expulsions?)\b", re.IGNORECASE)


def _readmitted_after_suspension(events: list[_Ev], resolver) -> list[_Ev]:
    """A readmission (`readmit-member`) lifts a sanction only when a suspension is told: in its sentence, or anywhere
    in the article as a measure of the same party on the same state ("OAS votes to readmit Honduras" and, below,
    "Honduras was suspended in July 2009"); "NATO readmitted France to its integrated military command" or "the
    Commonwealth readmitted Gambia, five years after it quit" ends no measure."""
    imposed = [e for e in events if e.type == "SanctionsImposition" and e.roles.get("target")]
    return [e for e in events if e.rule != "frame-readmit-member" or _SUSPENSION.search(e.sentence.text) or any(
        set(o.roles["target"]) & set(e.roles.get("target", ()))
        and _parties(o.roles.get("agent", ()), resolver) & _parties(e.roles.get("agent", ()), resolver)
        for o in imposed)]


def _told_imposing(ev: _Ev, events, resolver) -> bool:
    """Whether one of ``events`` tells ``ev``'s acting party, or its state, imposing sanctions."""
    agents = _parties(ev.roles.get("agent", ()), resolver)
    return any(e.type == "SanctionsImposition" and _parties(e.roles.get("agent", ()), resolver) & agents for e in events)


def _body_state(gaz, key: tuple) -> tuple:
    """The country a national body the gazetteer knows belongs to ("U.S. Treasury Department": the United States)."""
    entry = gaz.entries.get(key[1]) if key[0] == "entry" else None
    return ("country", entry.country) if entry is not None and entry.country else key


class Extractor:
    """Runs the mention finder and the rules over an article; reusable across articles."""

    def __init__(self, res: Resources, gaz: Gazetteer | None = None, defs: Definitions | None = None) -> None:
        self.res = res
        self.gaz = gaz or build_gazetteer(res)
        self.finder = MentionFinder(self.gaz, res)
        self.rules = RuleSet(res)
        self.defs = defs or default_definitions()
        self.frames = FrameReader(self.defs, self.finder.number_words)
        self._any_infer = any(r.infer for r, _ in self.rules.rules)
        # frames whose verb takes a measure noun ("imposed sanctions on ..."): their acting party is told even when
        # the target is no name
        self._measure_rules = frozenset(f"frame-{t.id}" for t in self.defs.triggers
                                        if t.objects and not t.object_after_role and t.event.startswith("Sanctions"))
        self._pairs: PairModel | None = None
        self._own_defs = defs is not None  # extra event definitions: the model reads their triggers too
        self.trace: list | None = None  # when a list: each sentence's (resolver, candidates with their ends), for training

    @cached_property
    def _candidates_only(self) -> PairModel:
        """The learned stage's candidates without its weights: what training reads (the model may not exist yet)."""
        return PairModel(self.defs)

    @property
    def pairs(self) -> PairModel:
        """The learned stage's model, read on first use (only ``Settings.learned`` and training use it)."""
        if self._pairs is None:
            self._pairs = PairModel.load(MODEL_FILE, self.defs) if self._own_defs else PairModel.default()
        return self._pairs

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> Extractor:
        res = load_resources()
        return cls(res, default_gazetteer())

    # --- the article -----------------------------------------------------------
    def extract(self, article: Article, *, settings: Settings | None = None) -> Extraction:
        """Entities, events and facts of one article."""
        settings = settings or Settings()
        sentences = article.sentences
        if not sentences:
            from kg.ingest.reader import split_sentences

            sentences = split_sentences(article.text)
        state = ArticleState(date=article.date, text=article.text)
        if article.date is None:  # a dateline with no year ("May 7 (Reuters)"): the years the text mentions, if any
            state.years = frozenset(int(m.group(1)) for m in _YEAR.finditer(article.text)
                                    if 1945 <= int(m.group(1)) <= 2100
                                    and not _TARGET_YEAR.search(article.text, max(0, m.start() - 20), m.start()))
            state.undated = bool(state.years)
        resolver = Resolver(doc_id=article.doc_id, base=settings.base_iri, gaz=self.gaz)
        mentions: list[tuple[tuple, Found]] = []
        events: list[_Ev] = []
        leaders: list[tuple[tuple, tuple, float, Sentence]] = []
        # A sentence ending in a colon and the bulleted lines after it ("The measures target:" / "- A" / "- B")
        # are also read as one sentence that lists the first name of each line: (intro index, sentence, masked
        # intro, placeholders of the lines).
        bullets: list = []
        lone: list[_Ev] = []  # sanctions told with an acting party and no target kg can name
        hostages: set[tuple] = set()  # people the article says were kidnapped or held hostage
        freed_in_headline: list[tuple] = []  # the state a headline says freed someone ("Nepal Frees Chilean Reporter")
        headline_described = None  # (state, noun, headline) of "Iran releases French researcher": no name freed
        masks: dict[int, str] = {}  # each sentence's masked text, for custody told before a release
        told_before: list[_Ev] = []  # reliefs of a measure told before ("eased those measures")
        bare_reliefs: list[_Ev] = []  # reliefs that name no target at all ("lifted nuclear-related sanctions")
        openers: list = []  # the new people who open the sentences after a counted release, one a sentence
        court: str | None = None  # the masked name of the state whose court the article told of last ("the court")
        summit = None  # a summit attended by a counted group of leaders: [event, sentence], its members named after it
        learned: list[_Ev] = []  # events of the learned stage: facts the rules did not read, added last
        for s_index, sent in enumerate(sentences):
            state.list_open = bool(bullets)
            found = self.finder.find(sent.text, state)
            is_bullet = bool(bullets) and (_BULLET_BEFORE.search(article.text, max(0, sent.start - 8), sent.start) is not None
                                           or _BULLET_OPENING.match(sent.text) is not None
                                           or self._unmarked_item(article.text, sent, found))
            if bullets and not is_bullet:
                self._list_events(bullets, mentions, resolver, events)
                bullets = []
            spans = []
            for f in found:
                key = resolver.note(f)
                spans.append((f.start, f.end, f"{OPEN}{f.code}{len(mentions)}{CLOSE}"))
                mentions.append((key, f))
                if f.leader_of is not None:
                    leaders.append((key, f.leader_of, f.leader_confidence, sent))
                    if f.also_leads is not None:
                        leaders.append((key, f.also_leads, 0.8, sent))
            if found and _HOSTAGE.search(sent.text):
                hostages.update(k for k, f in mentions[len(mentions) - len(found):] if f.code in "PNG")
            if is_bullet:
                if found and found[0].start <= 2:
                    bullets[3].append(spans[0][2])
                continue
            anaphors = {len(mentions) - len(found) + i: f.text.lower() for i, f in enumerate(found)
                        if f.rule == "anaphor" or f.code == "G" and f.start <= 4 and _REST_OF_LIST.match(f.text)}
            if sent.text.rstrip().endswith(":"):
                # (with the intro's counted groups told again: "The six named individuals are:" over the lines)
                bullets = [s_index, sent, mask(sent.text, spans), [], anaphors]
            if not found:
                continue
            if len(found) == 1 and not self._any_infer:
                continue
            # A headline repeats the body in telegraphese: its facts are read from the body, but it still says
            # who acted, for the roles that other sentences leave out.
            headline = bool(article.title) and sent.text == article.title and s_index == 0 and len(sentences) > 2
            masked = self.finder.drop_documents(mask(sent.text, spans))
            masks[s_index] = masked
            if headline and (frees := _HEADLINE_FREES.match(masked)):
                freed_in_headline.append(mentions[int(frees.group(1))][0])
                if (described := _HEADLINE_DESCRIBED.match(masked.rstrip(" .!"))) is not None:
                    headline_described = (mentions[int(described.group(1))][0], described.group(2).lower(), sent)
            if CLOSE + " (" in masked:  # "the Office of Foreign Assets Control (OFAC) had designated X": one name
                masked = _PAREN_ALIAS.sub(lambda m: _paren_name(m, mentions), masked)
            if court is not None and _RELEASE_WORDS.search(masked):
                masked = _THE_COURT.sub(court, masked)  # "The court also released A": the court told before
            court = _court_of(masked, mentions, len(mentions) - len(found)) or court
            if (" court " in masked or " tribunal " in masked or " judge " in masked) and _RELEASE_WORDS.search(masked):
                # "A court in Iran ordered the release of A", "a tribunal of Peru freed A": the state's court acts for it
                masked = _COURT_IN.sub(r"\1", masked)
            if "'s " in masked and _RELEASE_WORDS.search(masked):
                # "Iran's president pardoned A", "Peru's government freed B": the office with no name acts for its state
                masked = _STATE_OFFICE.sub(r"\1", masked)
            if " to " in masked and CLOSE + " to " in masked:
                # "A flew to Kenya and B to Chile", "A went home to X, B to Y and C to Z": the verb a gapped clause
                # leaves out is the one before, with its own destination
                while (gapped := _GAPPED.sub(r"\g<a> \g<verb>\g<p> \g<x>\g<sep>\g<b> \g<verb>\g<p2> \g<y>", masked,
                                             count=1)) != masked:
                    masked = gapped
            if " to " in masked and _HANDOVER_WORDS.search(masked):
                # "handed A over to officials from Peru", "to Peru's ambassador": the people who received a freed
                # person stand for their country, where the person went
                masked = _RECEIVED_BY.sub(r"\1 \2", _RECEIVED_FROM.sub(r"\1 \2", masked))
                # "handed A to Peru's ambassador", "to the Peruvian envoy": an envoy with no name stands for the country
                masked = _RECEIVED_ROLE.sub(lambda m: _envoy_country(m, mentions), masked)
            if "\u2014" in masked or "\u2013" in masked or " -- " in masked or " - " in masked:
                masked = _count_dash_subject(masked, mentions, self.finder.number_words)
            if _RELEASE_WORDS.search(masked):
                masked = _custody_clause_commas(masked)
            if " base " in masked or " hospital " in masked or " hotel " in masked or " air" in masked \
                    or " camp " in masked or " clinic " in masked or " guesthouse " in masked:
                masked = _SITE_IN_PLACE.sub(r"\1 \2", masked)  # "to a military base in central X": to X
            pronouns = frozenset(len(mentions) - len(found) + i for i, f in enumerate(found) if f.rule == "pronoun")
            words = words_of(masked)  # read once: the rules' cue patterns read other texts' words in between
            first = len(events)  # the sentence's events come from here on: those before are of earlier sentences
            joiners: list[_Ev] = []
            for rm in self.rules.apply(masked, words) + self.frames.read(masked, pronouns, anaphors, words):
                ev = self._event(rm, mentions, resolver, sent, s_index, masked)
                if ev is None:
                    continue
                if ev.type == "SanctionsRelief" and ev.roles.get("target") and all(
                        _PART_OF_THOSE.fullmatch(mentions[i][1].text) for name, idxs in rm.slots
                        if slot_role(name) == "target" for i in idxs):
                    ev.roles["target"], ev.agent_only = [], True  # "eased some of those measures": no one named
                if ev.agent_only:  # "X imposed sanctions on Russian oligarchs": no target, but X acts
                    if not headline:
                        lone.append(ev)
                        if ev.type == "SanctionsRelief" and _MEASURE_ANAPHOR.search(masked, rm.start):
                            told_before.append(ev)  # "has since eased some of those measures": on whom, told before
                        elif ev.type == "SanctionsRelief" and _BARE_RELIEF.match(masked, rm.end):
                            bare_reliefs.append(ev)  # "then lifted nuclear-related sanctions": the story's country
                    continue
                ev.masked = masked
                ev.headline = headline
                ev.national_agent = any(mentions[i][1].rule == "nationality-goods" for name, idxs in rm.slots
                                        if slot_role(name) == "agent" for i in idxs)
                if rm.rule.id in ("frame-release-list", "frame-designation-list"):
                    recent = [e for e in events if s_index - e.order[0] <= 3]  # told in the last three sentences
                    if rm.rule.id == "frame-release-list":
                        if _OTHERS.search(masked) and not any(e.type in RELEASES for e in recent):
                            continue  # "The others included A and B": more of the people freed just before, if so
                    else:
                        rest = _REST_GROUP.match(masked)
                        rest = rest if rest is not None and (rest.group(1) or _REST_OF_LIST.match(
                            mentions[int(rest.group(2))][1].text)) else None
                        if (_OTHERS.search(masked) or rest is not None) and (recent[-1].type if recent else None) \
                                != ev.type:
                            continue  # "The others included A and B": more of the list told just before, if it was one
                        if rest is not None and not self._rest_of_designees(mentions[int(rest.group(2))][1].text, recent):
                            continue  # "The remaining two speakers were A and B": the rest of another set
                        if any(slot_role(name) == "agent" and any(i in pronouns for i in idxs)
                               for name, idxs in rm.slots) and not any(e.type == "SanctionsImposition" for e in recent):
                            continue  # "It named A and B": more targets only right after a sanction the article told
                if rm.rule.id in ("frame-target-party", "frame-bar-party") and not _told_imposing(ev, events, resolver):
                    continue  # "the bloc targeted 13 officials", "it barred A": only a party the article said imposed sanctions
                    # (or its state: "The Treasury Department said it was targeting A" after a U.S. sanction)
                if rm.rule.id == "frame-name-party" and not _told_imposing(ev, (*events, *lone), resolver):
                    continue  # "OFAC named A" after "the Treasury imposed sanctions": only a state that imposed some
                    # (never "Ukraine named A a suspect in the bombing" after a U.S. sanction)
                if rm.rule.id in ("frame-list-party", "frame-name-party", "frame-designation-of") and not any(
                        e.type == "SanctionsImposition" for e in (*events, *lone)):
                    continue  # "Ottawa listed him": only in an article that has told a sanction
                if rm.rule.id == "frame-designation-of" and all(k[0] == "country" for k in ev.roles.get("target", ())):
                    continue  # "Washington's blacklisting of senior Chinese officials": people, not the country
                if rm.rule.id in ("frame-designation-of", "frame-list-party") and any(
                        _LISTING_SENSE.match(masked, _after_mention(masked, i, mentions))
                        for name, idxs in rm.slots if slot_role(name) == "target" for i in idxs[-1:]):
                    continue  # "Moldova's designation of A as envoy", "the listing of A on the stock exchange"
                if rm.rule.id == "frame-name-party" and (_NAMED_PASSIVE.search(masked) or any(
                        _NAMED_TO_OFFICE.match(masked, _after_mention(masked, i, mentions))
                        for name, idxs in rm.slots if slot_role(name) == "target" for i in idxs[-1:])):
                    continue  # "named A as its envoy", "named A its new ambassador", "named A to lead the talks"
                    # (a passive "was named by X" is `named-too`'s, or another sense: "named by X as mediator")
                if rm.rule.id == "frame-designation-list" and rm.text.lower().startswith(("name", "list")) and any(
                        _LISTED_AS_ROLE.match(masked, _after_mention(masked, i, mentions))
                        for name, idxs in rm.slots if slot_role(name) == "target" for i in idxs[-1:]):
                    continue  # "A report also named A and B as witnesses": another sense of "named"
                if rm.rule.id == "release-fronted-own-noun" and any(
                        (mentions[i][1].title or "").lower() in _KIN
                        for name, idxs in rm.slots if slot_role(name) == "party" for i in idxs):
                    continue  # "After her release by X, her husband A said": the relative of the one freed spoke
                if rm.rule.id == "release-after-gerund" and any(
                        re.search(r"\b(?:his|her|their|its)(?: [\w-]+){0,2}? $", sent.text[:mentions[i][1].start])
                        for name, idxs in rm.slots if slot_role(name) == "agent" for i in idxs):
                    continue  # "After freeing A, her lawyer B said": no freer, B speaks for A
                if rm.rule.id in _AMONG_MOVED_RULES and _MOVED.search(masked, rm.start, rm.end) and not any(
                        e.type in RELEASES and e.asserts_release and 0 <= s_index - e.order[0] <= 2 for e in events):
                    continue  # "among the prisoners transferred to a maximum-security prison": a move, no release
                    # (unless a release was just told: "Kiev handed over 124 people. Among those transferred were A")
                if rm.rule.id == "frame-lift-them" and not (
                        all(i in pronouns or anaphors.get(i) in ("them", "it") for name, idxs in rm.slots
                            if slot_role(name) == "target" for i in idxs)
                        and ev.roles.get("target") and any(
                            e.type == "SanctionsImposition" and s_index - e.order[0] <= 1
                            and set(ev.roles["target"]) <= set(e.roles.get("target", ()))
                            and (not ev.roles.get("agent") or set(ev.roles["agent"]) & set(e.roles.get("agent", ())))
                            for e in events)):
                    continue  # "imposed sanctions on A ..., and lifted them": only the measures just told
                listed = (_GROUP.match(masked) or _REPORTED_GROUP.match(masked)) if rm.rule.id in _LIST_RULES else None
                if listed and _LIST_NO_NAMES.match(masked, listed.end()):
                    continue  # "The four are A's sons, B said": no list of names
                if listed and not self._named_members(ev, events, *mentions[int(listed.group(1))]):
                    continue  # "They are A and B": a list of the members of a counted group of another event
                if rm.rule.id == "frame-designation-list" and ev.type == "SanctionsImposition" \
                        and _RELIEF_SUBJECT.match(masked):
                    # "Those removed from the list were A and B": the list's own words tell a relief
                    ev.type, ev.spec = "SanctionsRelief", self.defs.classes.get("SanctionsRelief")
                    if not any(e.type == "SanctionsRelief" and 0 <= s_index - e.order[0] <= 2
                               for e in (*events, *lone)):
                        continue  # only the members of a relief just told
                if rm.rule.id == "frame-relief-list" and not (listed and _relieved_group(
                        mentions[int(listed.group(1))][0], events)) and not (
                        not listed and _RELIEF_SUBJECT.match(masked) and any(
                            e.type == "SanctionsRelief" and 0 <= s_index - e.order[0] <= 2 for e in (*events, *lone))):
                    continue  # a relief's list names the members of a counted group it lifted measures on, only
                    # (or its subject tells the relief: "lifted sanctions on four men. Those delisted were A and B")
                if rm.rule.id == "frame-designation-list" and not listed \
                        and (_BARE_PRONOUN_LIST.match(masked) or _PLAIN_LIST_NOUN.match(masked)):
                    near = [e for e in (*events, *lone) if e.type in SANCTIONS and 0 <= s_index - e.order[0] <= 1]
                    if near and all(e.type == "SanctionsRelief" for e in near):
                        # "lifted sanctions on three companies. The firms (They) are A, B and C": the relief's targets
                        ev.type, ev.spec = "SanctionsRelief", self.defs.classes.get("SanctionsRelief")
                if rm.rule.id == "frame-designation-list" and ev.type == "SanctionsImposition":
                    if _BARE_PRONOUN_LIST.match(masked) and not any(
                            e.type == "SanctionsImposition" and 0 <= s_index - e.order[0] <= 1
                            # (of a set, not of one country: "sanctions on Russia. These include Germany and France")
                            and any(k[0] != "country" for k in e.roles.get("target", ()))
                            for e in (*events, *lone)):
                        continue  # "They (These) include A and B": the sanction just told, not a set told after it
                    if s_index and _told_as_others(masked, sentences[s_index - 1].text, events, s_index - 1):
                        continue  # "Dozens of aid groups criticised the measures. The groups include A and B": others
                    noun = _noun_group(masked, rm.start, mentions)
                    if noun is not None and not any(e.type == ev.type and noun[0] in e.roles.get("target", ())
                                                    for e in events):
                        designated = _GROUP_DESIGNATED.search(masked, 0, rm.end + 1)
                        if designated is None or mentions[int(designated.group(1))][0] != noun[0]:
                            continue  # "The tycoons included A and B": only tycoons the article said were sanctioned
                        # "The twelve individuals named include A; B": the participle tells the group's designation
                        ev.roles["target"].append(noun[0])
                    if noun is not None and not listed:
                        self._named_members(ev, events, *noun)
                    group = noun[0] if noun is not None else mentions[int(listed.group(1))][0] if listed else None
                    if group is not None and _joined_told_sanction(ev, events, group):
                        continue
                if rm.rule.id == "release-were-among-freed":
                    them = re.search(r"\bamong " + OPEN + r"G(\d+)" + CLOSE, rm.text)
                    if them and not _FREED_WORDS.search(mentions[int(them.group(1))][1].text):
                        continue  # "A was among the 14 foreigners": the group, not a release
                among = _AMONG_SUBJECT.search(masked) if rm.rule.id in _AMONG_RULES else None
                if among and (not self._named_members(ev, events, *mentions[int(among.group(1))])
                              or ev.type not in RELEASES and _FREED_WORDS.search(mentions[int(among.group(1))][1].text)):
                    continue  # "blacklisted five officials. Among them were A and B": no one freed
                if among and ev.type in SANCTIONS and _joined_told_sanction(ev, events, mentions[int(among.group(1))][0]):
                    continue
                if ev.joins and not headline:  # "X also took part in the meeting": X joins the last talks
                    joiners.append(ev)  # (once the sentence's own events are in: "A met B, joined by C")
                    continue
                events.append(ev)
            if joiners:
                _join_talks(joiners, events, s_index, mentions)
                joiners.clear()
            told = [e for e in events[first:] if e.order[0] == s_index]
            _frame_targets_win(told, self.gaz)
            if " list of " in masked or " List of " in masked:  # "its list of Specially Designated Nationals": a list
                lists = {mentions[int(i)][0] for i in _LIST_NAME.findall(masked)}
                for e in told:
                    if e.type in SANCTIONS and e.roles.get("target"):
                        e.roles["target"] = [k for k in e.roles["target"] if k not in lists]
            if " along with " in masked or " together with " in masked or " alongside " in masked:
                _along_with(told, masked, mentions)
            _members_after_count(told, masked, mentions)
            if " under which " in masked:
                _order_under_which(told, events, masked, mentions, self.defs.classes, sent, s_index)
            if OPEN + "G" in masked and told:
                _members_of_the_freed(told, events, masked, mentions, s_index, sent.text)
            if f", {OPEN}G" in masked:
                _members_apposed(events, masked, mentions)
            if f"{CLOSE}, " in masked and OPEN + "G" in masked:
                _group_then_members(events, masked, mentions)
            if " -- " in masked or "–" in masked or "—" in masked:
                _members_in_dashes(events, masked, mentions)
            if " as " in masked and ("named " in masked or "identified " in masked or "listed " in masked):
                _named_as([e for e in events if s_index - e.order[0] <= 2], masked, mentions)
            if s_index and (masked[:1] in (OPEN, "T") or " as " in masked and _NAMING.search(masked)):
                _members_next_sentence([e for e in events if e.order[0] == s_index - 1], masked, mentions,
                                       len(mentions) - len(found))
                _members_told_before([e for e in events if 0 < s_index - e.order[0] <= 3])
            if s_index and f"{CLOSE}, " in masked and OPEN + "G" in masked:
                _sanctioned_group_named(events, masked, mentions, s_index, sent)
            if s_index and OPEN + "G" in masked:
                _released_group_named([e for e in events if 0 < s_index - e.order[0] <= 3], masked, mentions,
                                      len(mentions) - len(found))
            if s_index:
                openers = _one_a_sentence(openers, events, masked, mentions, len(mentions) - len(found), s_index)
            if " way " in masked or " en route " in masked:
                self._way_home(masked, mentions, sent, s_index, events)
            if " soil" in masked or " Soil" in masked:
                self._on_soil(masked, mentions, sent, s_index, events)
            if " home" in masked or "homeland" in masked or " native " in masked or " repatriated" in masked \
                    or " of origin" in masked:
                self._home_country(masked, mentions, masks, sent, s_index, events)
            if (" was " in masked or " were " in masked or " includ" in masked) and _SENT_GATE.search(masked):
                self._sent_to(masked, mentions, sent, s_index, events)
            if " of " + OPEN in masked or "call" in masked or "describ" in masked or "addressed" in masked \
                    or " found " in masked \
                    or OPEN in masked[1:2] and masked[:1] in "\"\u201c\u201d" \
                    or "referred" in masked:
                self._quoted_praise(masked, mentions, resolver, sent, s_index, events)
            if "joint" in masked or "beside" in masked or "alongside" in masked or "next to" in masked \
                    or "conference with" in masked \
                    or " with " in masked and ("sitting " in masked or "standing " in masked or "seated " in masked):
                self._joint_appearance(masked, mentions, sent, s_index, events)
            if "call with " in masked or "conversation with " in masked:
                self._call_with(masked, mentions, sent, s_index, events)
            if "compliment" in masked:
                self._compliment_returned(masked, mentions, sent, s_index, events)
            if summit is not None and not self._summit_members(summit, article, sent, s_index, masked, mentions):
                summit = None
            if "attended by" in masked:
                summit = self._summit_attended(masked, mentions, sent, s_index, events) or summit
            if "hosted by" in masked:
                _hosted_by([e for e in told if e.type in TALKS], masked, mentions)
            if "-way " in masked or "lateral " in masked:
                _all_together([e for e in told if e.type in TALKS], masked)
            if (settings.learned or self.trace is not None) and not headline:
                self._learned_pairs(masked, mentions, resolver, sent, s_index, events, learned)
            _prefer_named_praise(events, s_index, first)
        if bullets:
            self._list_events(bullets, mentions, resolver, events)
        if headline_described is not None:
            self._headline_described(headline_described, masks, mentions, events)
        events = _speaker_after_released(events, mentions)
        events = self._only_released(events)
        _measures_told_before(told_before, events, self.gaz)
        _story_country([e for e in bare_reliefs if e.agent_only], events)
        self._infer(events, mentions, lone, hostages, masks, freed_in_headline)
        _named_targets(events)
        _own_measures(events, self.defs.classes, self.gaz, leaders)
        _no_self_targets(events, self.gaz, leaders)
        events = _readmitted_after_suspension(events, resolver)
        targets = {k for e in events if e.type == "SanctionsImposition" and not e.national_agent
                   for k in e.roles.get("target", ())}
        if targets:  # "A is under Iranian sanctions" in a story of sanctions on Iran: Iran is no sanctioning party
            events = [e for e in events if not (e.national_agent and targets & set(e.roles.get("agent", ())))]
        return self._finish(article, settings, resolver, events, leaders, learned)

    _WAY_HOME = re.compile("(" + OPEN + r"[PNG]\d+" + CLOSE + r"(?:(?:,? and |, )" + OPEN + r"[PNG]\d+" + CLOSE + r")*)"
                           r"(?:,[^,;]{1,80},)? (?:were|was|are|is|had been) (?:now |already |finally |then )?"
                           r"(?:on (?:their|his|her|the) way|en route) (?:back )?(?:home )?(?:to|into|for) (?:the )?"
                           + OPEN + r"[CL](\d+)" + CLOSE)
    # "A arrived back on Chilean soil", "landed on U.S. soil": the country of the soil a released person reached
    _ON_SOIL = re.compile("(" + OPEN + r"[PNG]\d+" + CLOSE + r"(?:(?:,? and |, )" + OPEN + r"[PNG]\d+" + CLOSE + r")*)"
                          r"(?:,[^,;]{1,80},)? (?:has |have |had )?(?:finally |safely |then )?"
                          r"(?:arrived|landed|set foot|touched down|returned|stepped|was back|were back|is back|are back)"
                          r"(?: back| safely| again)? on (?:(?:the )?" + OPEN + r"[CL](\d+)" + CLOSE + r"|([A-Z][a-z]+)) [Ss]oil\b")

    def _on_soil(self, masked: str, mentions, sent: Sentence, s_index: int, events: list[_Ev]) -> None:
        """"A arrived back on Chilean soil", "A and B landed on U.S. soil": where people the article says were
        released arrived (an arrival: it counts only for people released), the country named or by its demonym."""
        spec = self.defs.classes.get("PrisonerTransfer")
        for m in self._ON_SOIL.finditer(masked):
            if m.group(2) is not None:
                dest = mentions[int(m.group(2))][0]
            else:
                rec = next((r for r in self.gaz.names.get((m.group(3).lower(),), ()) if r.kind == "demonym"), None)
                if rec is None:
                    continue
                dest = ("country", rec.ref)
            party = [mentions[x][0] for x in _marked(m.group(1), "PNG")]
            ev = _Ev(type="PrisonerTransfer", rule="on-soil", confidence=0.75, sentence=sent, order=(s_index, m.start()),
                     roles={"party": list(dict.fromkeys(party)), "dest": [dest]}, released_only=True, spec=spec)
            ev.masked = masked
            events.append(ev)

    def _way_home(self, masked: str, mentions, sent: Sentence, s_index: int, events: list[_Ev]) -> None:
        """"A, B and C were on their way home to the United States": where people the article says were released
        went (an arrival: it counts only for people released)."""
        spec = self.defs.classes.get("PrisonerTransfer")
        for m in self._WAY_HOME.finditer(masked):
            party = [mentions[x][0] for x in _marked(m.group(1), "PNG")]
            dest = mentions[int(m.group(2))][0]
            ev = _Ev(type="PrisonerTransfer", rule="way-home", confidence=0.8, sentence=sent, order=(s_index, m.start()),
                     roles={"party": list(dict.fromkeys(party)), "dest": [dest]}, released_only=True, spec=spec)
            ev.masked = masked
            events.append(ev)

    # "Israeli soldier A returned home", "A, a Czech aid worker, ... flew home on Friday": home with no place after
    # it is the country of the nationality the article gives the person
    _HOME = re.compile(OPEN + r"([PNG])(\d+)" + CLOSE + r"(?:,(?: [^,;]{1,80},)? who(?: both| all| also| then| later)?| who(?: both| all)?|, [^,;]{1,80},| (?:"
                       + "|".join(sorted(_HELD_OR_FREED | {"pardoned"})) + r") (?:[^,;" + OPEN + CLOSE + r"]|" + OPEN
                       + r"[CKLO]\d+" + CLOSE + r"){1,80}?(?=(?: has| have| had)? "
                       r"(?:finally |safely )?(?:returned|flew|came|arrived|(?:was|were) flown) home))? "
                       r"(?:has |have |had )?(?:finally |safely )?"
                       r"(?:(?:(?:returned|flew|(?:was|were) flown|came|went|headed|got|arrived|(?:was|were|been) "
                       r"(?:brought|sent|returned)) (?:back )?(?:home\b(?! to\b| in\b)|to (?:his|her|their) "
                       r"(?:homeland|home country|native country|country of origin)\b))"
                       r"|(?:was|were|been) (?:safely )?repatriated\b(?! to\b| in\b))")
    # "the plane that brought A home", "flew to Cairo to bring A and B home": the same, told with the carrier first
    _HOME_OBJ = re.compile(r"\b(?:brought|bring|brings|bringing|flew|flying|flown|took|taking|carried|carrying) "
                           r"((?:" + OPEN + r"[PNG]\d+" + CLOSE + r"(?:,? and |, )?)+) (?:back )?home\b(?! to\b| in\b)")
    _NATION_BEFORE = re.compile(r"(?:(?:^|[ (])([A-Z][a-z]+)|" + OPEN + r"[OK](\d+)" + CLOSE + r") (?:[a-z-]+ ){0,2}$")
    _NATION_AFTER = re.compile(r"^,? (?:\d+, )?(?:a|an|the) (?:[a-z-]+ )?([A-Z][a-z]+) ")

    def _nationality(self, code: str, key: tuple, mentions, masks: dict[int, str], masked: str) -> tuple | None:
        """The one country whose demonym the article puts next to ``key`` ("Israeli soldier A", "A, a Czech aid
        worker"; a group's own words: "three Iranians"), or None."""
        def demonym(word: str, kinds=("demonym",)) -> str | None:
            rec = next((r for r in self.gaz.names.get((word.lower(),), ()) if r.kind in kinds), None)
            return rec.ref if rec is not None else None

        found: set[str] = set()
        if code == "G":
            for k, f in mentions:
                if k == key:
                    found.update(x for w in f.text.split() if (x := demonym(w, ("demonym", "demonym_plural"))))
        else:
            # the placeholders of the person's own mentions (not pronouns), found once, then looked for in each sentence
            marks = [f"{OPEN}{f.code}{i}{CLOSE}" for i, (k, f) in enumerate(mentions) if k == key and f.rule != "pronoun"]
            for text in list(masks.values()) + [masked]:
                for mark in marks:
                    at = text.find(mark)
                    if at < 0:
                        continue
                    before = self._NATION_BEFORE.search(text[max(0, at - 40):at])
                    after = self._NATION_AFTER.match(text[at + len(mark):])
                    if before is not None and before.group(2) is not None:  # "⟦Ukrainian military⟧ pilot A"
                        words = mentions[int(before.group(2))][1].text.split()
                        ref = demonym(words[0]) if len(words) > 1 else None
                    else:
                        ref = demonym(before.group(1)) if before is not None else None
                    if ref:
                        found.add(ref)
                    if after is not None and (ref := demonym(after.group(1))):
                        found.add(ref)
        return ("country", found.pop()) if len(found) == 1 else None

    def _headline_described(self, described: tuple, masks: dict[int, str], mentions, events: list[_Ev]) -> None:
        """"Iran releases French researcher" over "Ana Torres, a French researcher held since 2019, arrived in Paris":
        the person the body first describes with the headline's noun ("A, a ... researcher", "researcher A") is the
        one freed (a headline event: it counts only when the body tells no release)."""
        agent, noun, sent = described
        look = (re.compile(OPEN + r"[PN](\d+)" + CLOSE + r", (?:\d+, )?(?:a|an|the) (?:[\w.'-]+ ){0,4}?" + re.escape(noun)
                           + r"\b"),
                re.compile(r"\b" + re.escape(noun) + " " + OPEN + r"[PN](\d+)" + CLOSE))
        for s_index in sorted(k for k in masks if 0 < k <= 3):
            hits = [m for rx in look for m in rx.finditer(masks[s_index])]
            if not hits:
                continue
            key = mentions[int(min(hits, key=lambda m: m.start()).group(1))][0]
            if key == agent:
                return
            ev = _Ev(type="PrisonerRelease", rule="headline-described", confidence=0.7, sentence=sent, order=(0, 0),
                     roles={"agent": [agent], "party": [key]}, asserts_release=True,
                     spec=self.defs.classes.get("PrisonerRelease"))
            ev.headline, ev.masked = True, masks.get(0, "")
            events.append(ev)
            return

    def _home_country(self, masked: str, mentions, masks: dict[int, str], sent: Sentence, s_index: int,
                      events: list[_Ev]) -> None:
        """"Israeli soldier A returned home": A went to Israel (an arrival: it counts only for people released)."""
        spec = self.defs.classes.get("PrisonerTransfer")
        told = [(m.start(), m.group(1), m.group(2)) for m in self._HOME.finditer(masked)]
        for m in list(self._HOME.finditer(masked)):
            # "A and B flew home", "A, a French teacher, and B, a British academic, who both flew home" (read as "who
            # A and B flew home"): each member of the list went to their own country
            if " who " in m.group(0) and not re.search(r" who (?:both|all)\b", m.group(0)):
                continue  # "A, and B, a British academic, who flew home": B's own clause
            told += [(masked.find(f"{OPEN}{c}{n}{CLOSE}"), c, n) for c, n in _list_before(masked, m.start())]
        told += [(m.start(), x.group(1), x.group(2)) for m in self._HOME_OBJ.finditer(masked)
                 for x in re.finditer(r"([PNG])(\d+)", m.group(1))]
        stop = self.defs.scope.get("modal", frozenset()) | self.defs.scope.get("negation", frozenset())
        for at, code, i in told:
            if set(re.findall(r"[a-z']+", masked[max(0, at - 30):at + 40].lower())) & stop:
                continue  # "could fly home", "has not returned home"
            key, found = mentions[int(i)]
            dest = self._nationality(code, key, mentions, masks, masked)
            if dest is None:
                continue
            ev = _Ev(type="PrisonerTransfer", rule="home-country", confidence=0.75, sentence=sent,
                     order=(s_index, at), roles={"party": [key], "dest": [dest]}, released_only=True, spec=spec)
            ev.masked = masked
            events.append(ev)

    # "Among those returning to Gaza was A", "The most controversial figure sent to Russia was A": where people went,
    # told in the subject, the people after the copula
    _SENT_TO = re.compile(r"(?:^|, |\b[Aa]mong )(?:those|[Tt]he (?:[\w-]+ ){0,3}?(?:figure|prisoner|detainee|captive|"
                          r"hostage|person|people|man|men|woman|women|one|ones|others?)s?) (freed|released|handed over|"
                          r"handed|exchanged|swapped|sent|transferred|deported|returning|returned|flown|going) "
                          r"(?:back |home )?(?:to|into) (?:the )?" + OPEN + r"[CL](\d+)" + CLOSE
                          + r"(?:,[^,;]{1,60},)? (?:was|were|included|include) (" + OPEN + r"[PN]\d+" + CLOSE
                          + r"(?:(?:,? and |, )" + OPEN + r"[PN]\d+" + CLOSE + r")*)")
    _FREEING = frozenset({"freed", "released", "handed over", "handed", "exchanged", "swapped", "sent", "transferred",
                          "deported"})

    def _sent_to(self, masked: str, mentions, sent: Sentence, s_index: int, events: list[_Ev]) -> None:
        """"Among those returning to Gaza was A": A went to Gaza (an arrival: it counts for people released);
        "The most controversial figure sent to Russia was A": A was released, to Russia, by whom the article says."""
        for m in self._SENT_TO.finditer(masked):
            party = list(dict.fromkeys(mentions[x][0] for x in _marked(m.group(3), "PN")))
            dest = mentions[int(m.group(2))][0]
            # "Among those returning": members of a released group the article told before
            freed = m.group(1) in self._FREEING or masked[m.start():m.start() + 6].lower() == "among " and any(
                e.type in RELEASES and e.asserts_release and any(k[0] == "group" for k in e.roles.get("party", ()))
                for e in events)
            cls = "PrisonerRelease" if freed else "PrisonerTransfer"
            ev = _Ev(type=cls, rule="sent-to", confidence=0.8, sentence=sent, order=(s_index, m.start()),
                     roles={"party": party, "dest": [dest]}, released_only=not freed, asserts_release=freed,
                     pending_agent=freed, spec=self.defs.classes.get(cls))
            ev.masked = masked
            events.append(ev)

    # "X said at a joint news conference with Y", "Speaking at a joint press conference with Y ..., X said",
    # "X told a joint press conference, standing beside Y and Z": X and Y (and Z) met
    # "X announced the decision while sitting in the Oval Office with Y": a place between the posture and "with"
    _JOINT = re.compile(r"\b(?:joint (?:news |press )?conference with|(?:news|press) conference with|(?:standing|stood) (?:beside|alongside|next to)"
                        r"|(?:standing|stood|sitting|sat|seated) (?:(?:in|at|on|inside) (?:the )?(?:(?:" + OPEN + r"[A-Z]\d+"
                        + CLOSE + r"|[A-Za-z'-]+) ){1,4}?)?(?:beside|alongside|next to|with)) "
                        r"(?:[A-Za-z.'-]+ ){0,3}?(" + OPEN + r"[PN]\d+" + CLOSE + r"(?:(?:,? and |, )" + OPEN + r"[PN]\d+"
                        + CLOSE + r")*)")
    _PLAN_WORDS = frozenset({"planned", "upcoming", "scheduled", "expected", "proposed", "next", "hold", "follow",
                             "cancelled", "canceled", "postponed"})
    _SPEAKER_SAID = re.compile(OPEN + r"[PN](\d+)" + CLOSE + r" (?:said|says|told|announced)\b")

    def _joint_appearance(self, masked: str, mentions, sent: Sentence, s_index: int, events: list[_Ev]) -> None:
        """Who appeared together before the press: the person who spoke in the sentence and the people at the
        joint news conference with them or standing beside them."""
        spec = self.defs.classes.get("Meeting")
        for m in self._JOINT.finditer(masked):
            others = [mentions[x] for x in _marked(m.group(1), "PN")]
            speakers = [mentions[int(x.group(1))] for x in self._SPEAKER_SAID.finditer(masked)]
            speakers = [(k, f) for k, f in speakers if f.rule != "pronoun" and k not in {o[0] for o in others}]
            if len(speakers) != 1 or any(f.rule == "pronoun" for _, f in others):
                continue
            end = re.search(r"[,.;:]|$", masked[m.end():]).start() + m.end()
            lead = masked[max(0, m.start() - 40):m.start()]
            lead = re.split(r"[\"\u201c\u201d]", lead)[-1]  # (not a quotation before: '"We will help," X said at ...')
            near = set(re.findall(r"[a-z']+", (lead + masked[m.end():end]).lower()))
            if near & (self._PLAN_WORDS | self.defs.scope.get("modal", frozenset())
                       | self.defs.scope.get("negation", frozenset())):
                continue  # "a joint news conference with Y would follow", "will hold a joint news conference"
            parts = list(dict.fromkeys([speakers[0][0]] + [k for k, _ in others]))
            ev = _Ev(type="Meeting", rule="joint-appearance", confidence=0.75, sentence=sent, order=(s_index, m.start()),
                     roles={"participant": parts}, spec=spec)
            ev.pairs = {(parts[0], k) for k in parts[1:]}
            ev.masked = masked
            events.append(ev)

    def _learned_pairs(self, masked: str, mentions, resolver: Resolver, sent: Sentence, s_index: int,
                       events: list[_Ev], learned: list[_Ev]) -> None:
        """The learned stage (:mod:`kg.extraction.pairs`, ``Settings.learned``): the sentence's candidate pairs that
        no event holds yet, asserted (no scope cue before their trigger, not in a relative clause), become events of
        their trigger's class when the model's probability reaches its threshold: ``threshold`` where the rules told
        an event of the predicate in the sentence (the pair completes it: "A, his son B and his aide C"), the higher
        ``discover`` where they told none. They go to ``learned``, apart from the rules' events: they join no
        telling, lend no agent to a later sentence, and their facts are added last, only where the rules read no
        fact of the same two ends (:meth:`_finish`). Headlines are left to the rules."""
        model = self.pairs if self.trace is None else self._candidates_only
        held, told = set(), set()
        for e in events:
            for sr, pred, orole in (e.spec.facts if e.spec else ()):
                held.update((pred, s, o) for s in e.roles.get(sr, ()) for o in e.roles.get(orole, ()))
                if e.order[0] == s_index:
                    told.add(pred)
        read = []
        for c in model.candidates(masked):
            s, o = self._pair_end(mentions[c.subject], c.roles[0]), self._pair_end(mentions[c.object], c.roles[1])
            if s is None or o is None:
                continue
            new = s != o and (c.predicate, s, o) not in held and (c.roles[0] != c.roles[1] or (c.predicate, o, s) not in held)
            read.append((c, s, o, new, c.predicate in told))
            if self.trace is not None or not new or not c.asserted:
                continue
            p = model.probability(c)
            if p < (model.threshold if c.predicate in told else model.discover):
                continue
            for i, key in ((c.subject, s), (c.object, o)):
                if mentions[i][0] != key:  # a city acting for its government: the government takes its name too
                    resolver.acting(mentions[i][0], acts_for=mentions[i][1].acts_for)
            sr, orole = c.roles
            ev = _Ev(type=c.event, rule="learned-pair", confidence=round(p, 3), sentence=sent, order=(s_index, 0),
                     roles={sr: [s], orole: [o]} if sr != orole else {sr: [s, o]}, spec=self.defs.classes[c.event],
                     asserts_release=c.event in RELEASES and sr == "agent")
            ev.masked = masked
            learned.append(ev)
            held.add((c.predicate, s, o))
        if self.trace is not None:
            self.trace.append((resolver, read))

    @staticmethod
    def _pair_end(mention: tuple[tuple, Found], role: str) -> tuple | None:
        """The key a mention takes in a role of a learned pair: a city that acts is its government ("Washington
        imposed ...": the United States), as the rules read it; a city that stands for no one acts for no one."""
        key, found = mention
        return key if found.code != "L" or role == "dest" else Resolver.government_key(found.acts_for)

    # "X hosted a summit attended by 11 of the region's 12 presidents, Y among them"
    _SUMMIT_HOSTED = re.compile(OPEN + r"[PN](\d+)" + CLOSE + r"(?:, [^,;]{1,90},)? hosted (?:a|an|the) (?:[\w-]+ ){0,3}?"
                                r"(?:summit|meeting|gathering)\b[^.;]{0,60}? attended by (?:[^.;]{0,60}?)\b(?:presidents"
                                r"|leaders|heads of state|heads of government|prime ministers)\b(?P<rest>[^.;]*)")
    _SUMMIT_AWAY = re.compile(r"(?:\b(?:not|never)|n['\u2019]t) (?:\w+ )?(?:attend|come|go|take part|join|travel)"
                              r"|\b(?:absent|stayed away|skipped|boycott\w*|(?:declined|refused) to (?:attend|come|go|"
                              r"take part|join))")  # ("didn't attend": no word boundary before its "n't")
    _HEAD_TITLES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "emir", "leader"})

    def _summit_attended(self, masked: str, mentions, sent: Sentence, s_index: int, events: list[_Ev]) -> list | None:
        """A summit hosted by X and attended by a counted group of leaders: X met those the sentence names after the
        group ("Y among them"); the group's members named in the next sentences of the paragraph join it (see
        ``_summit_members``)."""
        m = self._SUMMIT_HOSTED.search(masked)
        if m is None:
            return None
        host = mentions[int(m.group(1))][0]
        named = [mentions[x] for x in _marked(m.group("rest"), "PN")]
        parts = list(dict.fromkeys([host] + [k for k, f in named if f.code in ("P", "N") and f.rule != "pronoun"]))
        ev = _Ev(type="Meeting", rule="summit-attended", confidence=0.7, sentence=sent, order=(s_index, m.start()),
                 roles={"participant": parts}, spec=self.defs.classes.get("Meeting"))
        ev.masked = masked
        events.append(ev)
        return [ev, sent]

    def _summit_members(self, summit: list, article: Article, sent: Sentence, s_index: int, masked: str,
                        mentions) -> bool:
        """The members of a summit's group of leaders named in the sentences after it, in its paragraph: each person
        given as the head of a country ("Chile's president, Y, said ..."), unless the sentence says they stayed away.
        False once the paragraph ends or the sentence is more than three after the summit's."""
        ev, last = summit
        if "\n" in article.text[last.end:sent.start] or s_index - ev.order[0] > 3:
            return False
        if self._SUMMIT_AWAY.search(masked):
            summit[1] = sent
            return True
        heads = [mentions[x] for x in _marked(masked, "P")]
        heads = [k for k, f in heads if f.leader_of is not None and f.leader_of[0] == "country" and not f.former
                 and f.rule != "pronoun" and (f.title or "").lower() in self._HEAD_TITLES]
        for k in heads:
            if k not in ev.roles["participant"]:
                ev.roles["participant"].append(k)
        summit[1] = sent
        return True

    # "B returned the compliment", "B, a former mayor who took office in December, repaid the compliment, calling A ..."
    _RETURNED = re.compile(OPEN + r"[PN](\d+)" + CLOSE + r"(?:, [^,;]{1,90},)? (?:([a-z]+) )?(?:returned|repaid) "
                           r"(?:the|his|her) (?:compliments?|praise)\b")

    def _compliment_returned(self, masked: str, mentions, sent: Sentence, s_index: int, events: list[_Ev]) -> None:
        """Praise told back: "A praised B ... B returned the compliment" is B's praise of A, the one who praised B
        last in the passage (this sentence or the three before)."""
        spec = self.defs.classes.get("Praise")
        for m in self._RETURNED.finditer(masked):
            if m.group(2) and m.group(2) in self.defs.scope.get("negation", frozenset()) | {"never", "not"}:
                continue
            key = mentions[int(m.group(1))][0]
            earlier = [e for e in events if e.type == "Praise" and s_index - 3 <= e.order[0] <= s_index
                       and e.order < (s_index, m.start()) and key in e.roles.get("praised", ())
                       and any(a != key for a in e.roles.get("agent", ()))]
            if not earlier:
                continue
            last = max(earlier, key=lambda e: e.order)
            ev = _Ev(type="Praise", rule="compliment-returned", confidence=0.75, sentence=sent,
                     order=(s_index, m.start()), roles={"agent": [key], "praised": [a for a in last.roles["agent"]
                                                                                   if a != key]}, spec=spec)
            ev.masked = masked
            events.append(ev)

    # "X, in a telephone call with Y in February, urged him ...", "During a phone call with Y on Monday, X raised ...":
    # the call's other party is the clause's subject
    _CALL_WITH = re.compile(r"(?:^|, )(?:[Ii]n|[Dd]uring|[Oo]ver) (?:a|an|his|her|their|its|the) (?:[a-z-]+ ){0,2}?"
                            r"(?:phone |telephone |video )?(?:call|conversation) with (" + OPEN + r"[PNCK]\d+" + CLOSE + r")")
    _NAME_BEFORE = re.compile(OPEN + r"[PNCK](\d+)" + CLOSE + r"$")
    _NAME_AFTER = re.compile(r"[^,.;:]{0,40}?, (?:[A-Z][a-z]+ ){0,3}?" + OPEN + r"[PNCK](\d+)" + CLOSE)

    _PHRASE_STOP = re.compile(r"[,.;]|$")

    def _call_with(self, masked: str, mentions, sent: Sentence, s_index: int, events: list[_Ev]) -> None:
        """A telephone call told in a phrase before the clause's verb: its subject and the other party talked."""
        spec = self.defs.classes.get("PhoneCall")
        for m in self._CALL_WITH.finditer(masked):
            # the phrase and the verb after it ("In a call with Y next week, X will urge"), not later clauses
            end = m.end()
            for _ in range(2):
                stop = self._PHRASE_STOP.search(masked, end)
                end = stop.end() if stop.group() == "," else stop.start()
                if stop.group() != ",":
                    break
            words = set(re.findall(r"[a-z']+", masked[m.start():end].lower()))
            if spec is None or words & (self._PLAN_WORDS | self.defs.scope.get("modal", frozenset())
                                        | self.defs.scope.get("negation", frozenset())):
                continue  # "in a planned call with Y", "in a call with Y that will follow"
            if m.start() == 0:
                after = self._NAME_AFTER.match(masked, m.end())
                subj = after.group(1) if after else None
            else:
                before = self._NAME_BEFORE.search(masked, 0, m.start())
                subj = before.group(1) if before else None
            if subj is None:
                continue
            a, b = mentions[int(subj)], mentions[int(m.group(1)[1:-1][1:])]
            if a[0] == b[0] or a[1].rule == "pronoun" or b[1].rule == "pronoun":
                continue
            ev = _Ev(type="PhoneCall", rule="call-with", confidence=0.75, sentence=sent, order=(s_index, m.start()),
                     roles={"participant": [a[0], b[0]]}, spec=spec)
            ev.masked = masked
            events.append(ev)

    _Q = "[\"\u201c\u201d]"
    _SAID_OF = re.compile(_Q + r"([^\"\u201c\u201d]{3,240})" + _Q + r",? " + OPEN + r"[PN](\d+)" + CLOSE
                          + r" (?:said|says|added|told reporters) of (?:the )?" + OPEN + r"([PNCKO])(\d+)" + CLOSE)
    # "X (on Monday) called Y 'a hero'"
    # (the speaker a person, or a party or its officials: "Italian officials have called Algeria a reliable partner")
    _CALLED = re.compile("(?:" + OPEN + r"[PNGCKO](\d+)" + CLOSE + r" (?:(?:[a-z]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) ){0,2}?"
                         r"(?:called|(?:has|have|had) (?:repeatedly |publicly |often |long |always )?(?:called|described|found)"
                         r"|described|found"
                         r"|addressed|referred to)"
                         r"|, (?:calling|describing)) " + OPEN + r"([PNCKO])(\d+)" + CLOSE
                         + r" (?:as )?" + _Q + r"?((?:[\w'-]+ ?){1,8})")
    # "'Libya is an important model ...,' Rice said": a quotation that opens with its subject and a copula
    _QUOTE_IS = re.compile("^" + _Q + OPEN + r"([CKOPN])(\d+)" + CLOSE + r" (?:is|was|has been|remains|are|were) "
                           r"([^\"\u201c\u201d]{3,240}?)" + _Q + r",? " + OPEN + r"[PN](\d+)" + CLOSE
                           + r" (?:said|says|added|told reporters)\b")
    _NOT = re.compile(r"(?i)\b(?:not|never|no|n't|nothing|less|hardly)\b|n't\b")

    def _quoted_praise(self, masked: str, mentions, resolver: Resolver, sent: Sentence, s_index: int,
                       events: list[_Ev]) -> None:
        """"'He is a strong leader,' Trump said of Putin", "Obama called Suu Kyi 'a hero of mine'", "..., calling
        him 'a great fighter'": praise when the words hold a praise word (events.toml [quote_praise]) and no
        negation."""
        words = self.defs.scope.get("quote_praise", frozenset())
        spec = self.defs.classes.get("Praise")
        if not words or spec is None:
            return
        found = []
        for m in self._SAID_OF.finditer(masked):
            found.append((m.group(1), int(m.group(2)), int(m.group(4)), m.start()))
        m = self._QUOTE_IS.match(masked)  # the sentence opens with the quotation
        if m is not None:
            found.append((m.group(3), int(m.group(4)), int(m.group(2)), m.start()))
        for m in self._CALLED.finditer(masked):
            if m.group(1) is not None:
                speaker = int(m.group(1))
            else:  # ", calling him ...": the sentence's first person speaks
                first = _PERSON.search(masked, 0, m.start())
                if first is None:
                    continue
                speaker = int(first.group(1))
            found.append((m.group(4), speaker, int(m.group(3)), m.start()))
        for quote, speaker, target, at in found:
            low = " " + " ".join(re.findall(r"[\w'-]+", quote.lower())) + " "
            if not any(f" {w} " in low for w in words) or self._NOT.search(quote):
                continue
            agent, praised = mentions[speaker][0], mentions[target][0]
            if agent == praised:
                continue
            ev = _Ev(type="Praise", rule="quote-praise", confidence=0.75, sentence=sent, order=(s_index, at),
                     roles={"agent": [agent], "praised": [praised]}, spec=spec)
            ev.masked = masked
            events.append(ev)

    @staticmethod
    def _unmarked_item(text: str, sent: Sentence, found: list[Found]) -> bool:
        """Whether ``sent``, after a colon sentence, is an item of a list with no bullets: a line of its own that
        opens with a person's name and a description, no clause ("Ana Costa, Minister of Defence of Chile")."""
        if not found or found[0].start > 0 or found[0].code not in ("P", "N"):
            return False
        if (sent.start > 0 and text[sent.start - 1] != "\n") or (not text.startswith("\n", sent.end)
                                                                 and sent.end < len(text.rstrip())):
            return False
        rest = sent.text[found[0].end:].strip()
        return (not rest or rest.startswith(",")) and len(sent.text.split()) <= 16 and not rest.endswith(":")

    def _list_events(self, bullets: list, mentions, resolver: Resolver, events: list[_Ev]) -> None:
        """Events of a colon sentence and its bulleted lines, read as "INTRO A, B and C"."""
        s_index, sent, masked_intro, items, anaphors = bullets
        if not items:
            return
        listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
        # "The people on the blacklist are as follows:" reads as "The people on the blacklist are A and B"
        intro = _AS_FOLLOWS.sub("", masked_intro.rstrip().rstrip(":").rstrip())
        masked = intro + " " + listed + "."
        codes = {int(p[2:-1]) for p in items}
        for rm in self.rules.apply(masked) + self.frames.read(masked, anaphors=anaphors):
            if not any(p in rm.text for p in items) and not any(i in codes for _, idxs in rm.slots for i in idxs):
                continue  # the intro's own facts were read already
            ev = self._event(rm, mentions, resolver, sent, s_index)
            if ev is None or ev.joins:
                continue
            if rm.rule.id == "frame-relief-list" and not (
                    (group := _GROUP.match(masked)) and _relieved_group(mentions[int(group.group(1))][0], events)):
                continue  # a relief's list: only of a counted group it lifted measures on
            group = _GROUP.match(masked) if rm.rule.id == "frame-designation-list" else None
            if group is not None:  # "The six named individuals are:" over the lines: the group told before, named
                key, subject = mentions[int(group.group(1))]
                if not self._named_members(ev, events, key, subject):
                    continue
                if _joined_told_sanction(ev, events, key):
                    continue
            ev.masked = masked
            ev.headline = False
            events.append(ev)

    @staticmethod
    def _only_released(events: list[_Ev]) -> list[_Ev]:
        """Drop arrivals ("Petrov returned to Moscow") of people the article has not said were released (in that
        sentence or before: "A landed in Oslo, freed by X" counts)."""
        out, released = [], set()
        # "The sailors landed in London ... Among them was A": a released group's members go where it went
        named = {g: m for ev in events for g, m in ev.members.items()}
        whole = {g for ev in events for g in ev.whole}
        told = {g: ev.order for ev in events for g in ev.whole}
        for ev in events:
            # "... they had been transferred to Iran": a later release or transfer of a group whose members were
            # all named is theirs too
            later = ev.type in RELEASES and not ev.members and any(
                k in whole and told[k] < ev.order for k in ev.roles.get("party", ()))
            if (ev.released_only or later) and any(k in named for k in ev.roles.get("party", ())):
                ev.roles["party"] = list(dict.fromkeys(
                    x for k in ev.roles["party"] for x in ((named[k] if k in whole else [k, *named[k]])
                                                           if k in named else [k])))
                # "They included five Britons - A, B, C, D and E": a subgroup all of whose members are named
                # gives way to them
                ev.roles["party"] = list(dict.fromkeys(
                    x for k in ev.roles["party"] for x in (named[k] if k in whole and k in named else [k])))
        for ev in sorted(events, key=lambda e: (e.order[0], e.released_only, e.order)):
            if ev.released_only:
                # a group after a release ("51 of them were taken on to Vilnius") is taken to be of the released
                # (so are the members a later list names of such a group: "The five were flown to Qatar. Officials
                # identified them as A, B, C, D and E")
                listed = {x for m in ev.members.values() for x in m}
                parties = [k for k in ev.roles.get("party", ())
                           if k in released or (k[0] == "group" or k in listed) and released]
                if not parties:
                    continue
                ev.roles["party"] = parties
            elif ev.type in RELEASES:
                released.update(ev.roles.get("party", ()))
            out.append(ev)
        return out

    # --- one match -> one event ----------------------------------------------------
    @staticmethod
    def _keys(rm: RuleMatch, mentions, resolver: Resolver, name: str) -> list[tuple]:
        out = []
        for slot_name, idxs in rm.slots:
            if slot_name != name:
                continue
            for i in idxs:
                key, found = mentions[i]
                if found.code == "L":
                    key = resolver.acting(key, acts_for=found.acts_for)
                if key is not None and key not in out:
                    out.append(key)
        return out

    @staticmethod
    def _role_holder_target(masked: str, found: Found, at: int, tag_end: int) -> bool:
        """Whether a body or country named as a measure's target only places an office holder: "sanctions on Chad's
        former army chief", "on the party secretary of X" (the body, then the office), "on the president of X's
        court" (the office, then the body). The person holding the office is the target, not the body. ``at`` and
        ``tag_end``: where the body's placeholder starts in ``masked`` (-1 when it is not there) and ends."""
        if found.rule == "org-head" and found.text.rsplit(" ", 1)[-1].lower() in ROLE_HEADS:
            return True  # "Chad's army chief" read as one name, the army's
        if at < 0:
            return False
        after = masked[tag_end:tag_end + 24].split(" ", 2)
        if len(after) > 1 and after[0] == "" and after[1].rstrip(",.;").lower() in ROLE_HEADS:
            return True
        owner = _ROLE_OF.search(masked, 0, at)
        return bool(owner and owner.group(1).lower() in ROLE_HEADS and owner.group(1).islower())

    def _event(self, rm: RuleMatch, mentions, resolver: Resolver, sent: Sentence, s_index: int,
               masked: str = "") -> _Ev | None:
        rule = rm.rule
        roles: dict[str, list[tuple]] = {}
        conf = rule.confidence * (HEDGED if rm.hedged else 1.0)
        unknown = False
        anaphoric = None
        for name, idxs in rm.slots:
            slot = slot_role(name)
            role = ROLE_OF_SLOT.get(slot, slot)
            if role is None:
                continue
            for i in idxs:
                key, found = mentions[i]
                tag = f"{OPEN}{found.code}{i}{CLOSE}"  # the filler's placeholder in the masked sentence
                at = masked.find(tag)
                pos = max(0, at)
                if slot in ("dest", "place") and found.rule == "metonym":
                    continue  # "returned to the White House" names no place
                if slot == "dest" and found.rule == "person-role" and found.nationality:
                    key = ("country", found.nationality)  # "handed A to Peru's ambassador": Peru (_envoy_country)
                if found.rule == "armed-band" and not (rule.event in RELEASES and role == "agent"):
                    continue  # "Somali pirates", "his captors" with no group named: only the party that freed someone
                if found.rule == "armed-band" and masked.endswith(("from ", "from the "), 0, pos):
                    continue  # "troops freed A from militants": a rescue from the band, which freed no one
                if found.code == "L" and slot in ACTOR_SLOTS:
                    if found.acts_for is not None and found.acts_for[0] == "country" \
                            and (" in " in masked or " at " in masked) and _GATHERED_IN.search(masked, 0, pos):
                        return None  # "leaders who at a summit in Abuja imposed": where they met, not Nigeria acting
                    key = resolver.acting(key, acts_for=found.acts_for)
                    if key is None:
                        continue
                if found.code == "N" and not unknown:  # once per event: a list of five names is no less sure
                    conf *= UNKNOWN_NAME
                    unknown = True
                if found.rule == "country-anaphor":
                    conf *= ANAPHOR_COUNTRY  # "that country": read from the sentence before
                if found.rule == "government-anaphor" and role == "agent":
                    anaphoric = key  # "The government sanctioned X": the country last named, or the article's actor
                if role == "agent" and rule.event in RELEASES and " in " in masked:
                    here = _LOCATED.search(masked, 0, pos)
                    band = _BAND_LOCATED.search(masked, 0, pos)
                    if band is not None and mentions[int(band.group(1))][1].rule == "armed-band":
                        key, found = mentions[int(band.group(1))]  # "separatists in eastern Ukraine freed X": the band
                    elif here and here.group(2).lower() not in _STATE_HERE:
                        named = _NAMED_BEFORE.search(masked, 0, here.start(2)) if here.group(1) is None else None
                        if named is not None and mentions[int(named.group(1))][1].code == "O":
                            key, found = mentions[int(named.group(1))]  # "Houthi rebels in Yemen freed X": the group
                        elif here.group(1) is None:
                            continue
                        else:
                            key, found = mentions[int(here.group(1))]
                if role == "target" and " of " in masked:
                    owner = _ROLE_OF.search(masked, 0, pos)
                    if owner and owner.group(1).lower() in _KIN_OF:
                        continue  # "a travel ban on associates of X": the associates are the target, not X
                if role == "target" and found.code in ("P", "N") and _PATRON_BEFORE.search(masked, 0, pos) \
                        and _PATRON_AFTER.match(masked, pos + len(tag)):
                    continue  # "B, a former Putin bodyguard": the name says whose bodyguard B was; it is no target
                if role == "target" and found.code in ("C", "K", "L", "O") and self._role_holder_target(masked, found, at, at + len(tag)):
                    continue  # "sanctions on X's army chief", "on the president of X's court": the office holder
                if role == "target" and " to " in masked and _CLOSE_TO.search(masked, 0, pos):
                    continue
                if rule.event in TALKS and " of " in masked and (owner := _ROLE_OF.search(masked, 0, pos)) \
                        and owner.group(1).lower() in _RESTING_PLACES:
                    continue  # "her visit to the grave of X", "at the funeral of X": X met no one
                if rule.event in TALKS and found.code in ("C", "K") and at >= 0 \
                        and _COUNTERPART_AFTER.match(masked, at + len(tag)):
                    continue  # "X meets US counterpart": a person of that country, not the country, met X
                if role == "party" and rule.named_party and found.rule in ("pronoun", "anaphor"):
                    continue  # "allowed them to leave": a loose reading, only for the people it names
                if role == "party" and " of " in masked:
                    owner = _ROLE_OF.search(masked, 0, pos)
                    if owner and (found.code in "NO" and owner.group(1).lower() not in _COUNTS_OF
                                  or owner.group(1).lower() in _REMAINS):
                        continue  # "the editor of Frontier Myanmar was handed over": the editor, not the magazine;
                        # "handed over the bodies of three soldiers": the dead are returned, not released
                at = masked.find(f"{OPEN}P{i}{CLOSE}") if role == "agent" and found.code == "P" else -1
                if at >= 0 and rule.event in RELEASES \
                        and _GOVERNMENT_OF.search(masked, 0, at + len(f"{OPEN}P{i}{CLOSE}")):
                    if found.leader_of is not None:
                        key = found.leader_of  # "the government of President X freed": X's country
                    elif key[0] == "person":  # "the then-ruling government of President X": the one country X led
                        led = {of for of in leaders_named(key[1], None) if len(of) == 2 and of.isupper()}
                        if len(led) == 1:
                            key = ("country", led.pop())
                if key not in roles.setdefault(role, []):
                    roles[role].append(key)
        if rule.sides and masked and (at := masked.find(rm.text)) > 0 and masked.endswith(" and ", 0, at):
            return None  # "Chile and Peru swapped ...": the last side alone is no subject
        if rule.sides and len(roles.get("agent", ())) == 2:
            # "Chile and Peru swapped Chilean cyclist A for Peruvian smuggler B": each side freed the other's
            # national, who went home; with no nationality, which side freed whom is unknown
            sides = roles["agent"]
            codes = {k: f.code for k, f in mentions}
            own = {self._nationality(codes.get(k, "P"), k, mentions, {}, masked) for k in roles.get("party", ())}
            if len(own) != 1 or next(iter(own)) not in sides:
                return None
            home = own.pop()
            roles["agent"] = [k for k in sides if k != home]
            roles["dest"] = [home]
        if rule.released_only and masked and (at := masked.find(rm.text)) >= 0 \
                and (_CAUGHT_ON_ARRIVAL.search(masked, max(0, at - 60), at + len(rm.text))
                     or _CAUGHT_BEFORE_TRAVEL.search(masked[max(0, at - 80):at])
                     or _CAUGHT_AFTER_TRAVEL.search(masked[at + len(rm.text):])):
            # "A, arrested when she arrived in Peru, was freed": where A was caught, not sent; "she had boarded a
            # flight to X when she was arrested": where A was going when caught
            return None
        etype = rule.event
        for pattern, refined in rule.event_if:
            if re.search(pattern, rm.text, re.IGNORECASE):
                etype = refined
                break
        if etype == "PrisonerRelease" and roles.get("dest"):
            etype = "PrisonerTransfer"
        roles.pop("owner", None) if rule.event != "Praise" else None
        spec = self.defs.classes.get(etype)
        if spec is None:
            return None
        ev = _Ev(type=etype, rule=rule.id, confidence=conf, sentence=sent, order=(s_index, rm.start), roles=roles,
                 asserts_release=rule.event == "PrisonerRelease", released_only=rule.released_only, spec=spec)
        ev.anaphoric_agent = anaphoric
        ev.body_subject = rm.body
        if etype in SANCTIONS:
            if not roles.get("target"):
                if "target" not in rule.infer:
                    if roles.get("agent") and not rm.hedged and (rule.id in self._measure_rules
                                                                 or rule.id == "frame-remove-from-list"):
                        # (also "removed the related designations from its list": the party, for the names after)
                        ev.agent_only = True  # "X imposed sanctions on Russian oligarchs" (not "the men X sanctioned")
                        return ev
                    return None
                ev.pending_target = True  # "the United States lifted most of its own sanctions": on whom, the article says
            if not roles.get("agent"):
                if "agent" not in rule.infer:
                    return None
                ev.pending_agent = True
        elif etype in RELEASES:
            if not roles.get("party"):
                return None
            if not roles.get("agent") and ("agent" in rule.infer or "counterpart" in rule.infer):
                ev.pending_agent = True
                ev.counterpart = "counterpart" in rule.infer
        elif etype == "Praise":
            if not roles.get("agent"):
                return None
            if rule.praised == "event" and roles.get("owner"):  # "welcomed Washington's decision": the decider
                roles["praised"] = roles.pop("owner")
            elif rule.praised == "event":
                ev.praised_kind = rm.evnoun
                ev.evnoun_pos = rm.evnoun_pos
                ev.passive_ref = rm.evnoun_pos <= rm.start + 12 and "by" in rm.text.lower().split()
                roles.pop("praised", None)
            elif not roles.get("praised"):
                return None
        elif etype in TALKS:
            parts = roles.get("participant", [])
            idxs = [i for name, ii in rm.slots if slot_role(name) == "p" for i in ii]
            head = mentions[idxs[0]][1] if idxs else None
            if head is not None and head.members and all(mentions[i][1].rule == "pronoun" and (
                    i == idxs[0] or mentions[i][1].start == head.end) for i in idxs) \
                    and masked.find(f"{OPEN}{head.code}{idxs[0]}{CLOSE}") > rm.start:
                return None  # "to greet the two men": the two met someone the clause leaves out, not each other
            sides = [[k for k in self._keys(rm, mentions, resolver, name)] for name, _ in rm.slots if slot_role(name) == "p"]
            if len(sides) == 2 and (rule.pairs == "cross" or "both" in sent.text.lower().split() or etype == "PhoneCall"):
                # "spoke with both Putin and Zelensky": two conversations, not one among three; "A and B met C": each
                # met C, not one another
                ev.pairs = {(a, b) for a in sides[0] for b in sides[1] if a != b}
                ev.pairs |= self._guests_together(etype, rm, mentions, sent, sides)
            kin = _kin_pairs(sent.text, idxs, mentions) if any(mentions[i][1].title for i in idxs) else set()
            if kin:  # "Xi and his wife, Peng Liyuan, hosted Kim": Xi and his wife did not meet each other
                every = ev.pairs if ev.pairs is not None else {(a, b) for a in parts for b in parts if a != b}
                # "A and his wife, B, hosted C and his wife, D": two couples, told as the meeting of A and C
                kinfolk = {k for _, k in kin} if len({a for a, _ in kin}) > 1 else set()
                ev.pairs = {(a, b) for a, b in every if (a, b) not in kin and (b, a) not in kin
                            and a not in kinfolk and b not in kinfolk}
            if rule.joins:
                ev.joins = True
                return ev if parts else None
            if len(set(parts)) < 2:
                return None
        return ev

    # words that make the guests of one host meet the host one at a time ("met A and B separately")
    _APART = frozenset({"separate", "separately", "respectively", "individually", "turn", "both", "each", "bilateral",
                        "one-on-one"})
    # words that make two guests of one host a meeting of three ("received A and B together")
    # (not "at a trilateral summit": on its sidelines; "for a trilateral meeting" is ``_all_together``'s)
    _JOINT_WORDS = frozenset({"together", "jointly"})

    @staticmethod
    def _guests_together(etype: str, rm: RuleMatch, mentions, sent: Sentence, sides: list[list]) -> set:
        """"X met A, B and C to discuss ...", "X received A and B together": one host and three or more people (two,
        when the sentence says they were together) in one meeting, who met each other too (every pair of the guests);
        not in calls, nor "met A and B separately", "in separate meetings", "met both A and B", "met A, and then B"
        ("X met A and B during the visit" is told as two meetings)."""
        if etype != "Meeting" or len(sides) != 2 or len(sides[0]) != 1:
            return set()
        names = [name for name, _ in rm.slots if slot_role(name) == "p"]
        guests = [i for name, ii in rm.slots if name == names[-1] for i in ii]
        words = set(re.findall(r"[a-z-]+", sent.text.lower()))
        if len(guests) < (2 if words & Extractor._JOINT_WORDS else 3) or any(mentions[i][1].code not in ("P", "N") or mentions[i][1].rule == "pronoun"
                                  for i in guests):
            return set()
        if words & Extractor._APART:
            return set()
        lo, hi = min(mentions[i][1].start for i in guests), max(mentions[i][1].end for i in guests)
        if set(re.findall(r"[a-z]+", sent.text[lo:hi].lower())) & {"then", "later", "afterwards"}:
            return set()  # "met A at the palace, and then B"
        keys = sides[1]
        return {(a, b) for a in keys for b in keys if a != b}

    # --- roles from the rest of the article ---------------------------------------------
    _HELD_IN = re.compile(r"(?:held|jailed|detained|imprisoned|arrested|locked up|serving [^.;]{0,40}?|behind bars) in "
                          r"(?:a |an |the )?" + OPEN + r"[CL](\d+)" + CLOSE + r"|" + OPEN + r"[CL](\d+)" + CLOSE
                          + r"(?:'s|\u2019s)? (?:[A-Z][\w-]+ ){0,2}(?:custody|prison|prisons|jail|jails|penal colony|detention"
                          r"|captivity|cell|cells|labou?r camp)\b"
                          # "freed from a prison in Iran", "walked free from a jail near Tehran": the prison's country
                          + r"|\b(?:freed|released|free|out) from (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:prison|jail|detention "
                          r"(?:centre|center|facility)|penal colony|labou?r camp) (?:in|near|outside) (?:the )?" + OPEN + r"[CL](\d+)"
                          + CLOSE, re.IGNORECASE)
    # "held by Iran for three years", "who had been detained by China": the custody named as the passive's agent
    _HELD_BY = re.compile(r"\b(?:held|jailed|detained|imprisoned|locked up|kept|holding) (?:captive |hostage )?by (?:the )?"
                          + OPEN + r"[CK](\d+)" + CLOSE)
    _HELD_BY_ANY = Needs(re.compile(r"\b(?:held|kidnapped|abducted|seized|captured|taken|kept|holding) (?:captive |hostage )?"
                              # "seized from their homes in Arlit in 2010 by X": where and when come between
                              r"(?:(?:in|from|at|near|on|for) [^,.;]{1,70}? )?by (?:the )?"
                              # "held by al-Qaida's affiliate, the Nusra Front": the affiliate named after the comma
                              r"(?:" + OPEN + r"[CKON]\d+" + CLOSE + r"(?:'s|\u2019s) (?:[a-z]+ ){0,2}?(?:" + _AFFILIATES
                              + r"|ally|allies|proxy|proxies), (?:the )?)?" + OPEN + r"[CKON](\d+)" + CLOSE
                              # ... but "kidnapped by al Qaeda's North African wing": the wing, not al Qaeda, held them
                              + r"(?!(?:'s|\u2019s) (?:[A-Za-z-]+ ){0,3}?(?:" + _AFFILIATES + r"|arm|faction)\b)"),
                         "held", "kidnapped", "abducted", "seized", "captured", "taken", "kept", "holding")
    # "freed after three nights in the hands of X", "in X's hands", "in the custody of X": custody by X
    _IN_HANDS = Needs(re.compile(r"\bin (?:the )?(?:hands|custody|captivity) of (?:the )?" + OPEN + r"[CKON](\d+)" + CLOSE
                                 + r"(?!(?:'s|\u2019s) )|\bin (?:the )?" + OPEN + r"[CKON](\d+)" + CLOSE
                                 + r"(?:'s|\u2019s)? (?:hands|custody|captivity)\b"), "hands", "custody", "captivity")
    # "The Security Council adopted a resolution ...": the body whose resolution "The resolution imposes ..." is
    _ADOPTER = re.compile(OPEN + r"[CKO](\d+)" + CLOSE + r" (?:[a-z]+ly )?(?:adopted|passed|approved|voted for) "
                          r"(?:a|an|the|its) (?:[\w-]+ ){0,3}?resolution\b")
    _SPEAKER = re.compile(r"[,;] (?:the )?" + OPEN + r"[CKO](\d+)" + CLOSE + r" (?:said|says|announced|confirmed)\b"
                          r"|[,;] (?:said|announced) (?:the )?" + OPEN + r"[CKO](\d+)" + CLOSE
                          # "The Treasury said sanctions are being levied against X": the body opens the sentence
                          + r"|^(?:[Tt]he )?" + OPEN + r"[CKO](\d+)" + CLOSE + r" (?:said|says|announced|confirmed)\b")
    # "was released in a prisoner swap with Cuba": the other side of the exchange held them
    _SWAP_WITH = re.compile(r"\b(?:swap|exchange|trade|deal)s? (?:agreed )?with (?:the )?" + OPEN + r"[CK](\d+)" + CLOSE)
    # "freed from Iranian jails", "held in a Cuban prison": the custody named by a nationality
    _HELD_BY_NATION = re.compile(r"\b(?:held|jailed|detained|imprisoned|locked up|behind bars|freed|released|serving"
                                 r"|from|in|out of) (?:a |an |the |their |his |her )?([A-Z][a-z]+) (?:[a-z]+ )?"
                                 r"(?:custody|prison|prisons|jail|jails|penal colony|detention|captivity|labou?r camp)\b")

    # "North Korea sentenced two American journalists", "Hamas kidnapped A": custody told with its holder as subject
    _HOLDER_SUBJECT = Needs(re.compile(r"(?:^|[,;:] |\b(?:after|when|since|and) )(?:the )?" + OPEN + r"([CKO])(\d+)" + CLOSE
                                 + r" (?:had |has |have )?(?:jailed|detained|arrested|imprisoned|kidnapped|abducted"
                                 r"|seized|captured|sentenced|took hostage) (?:the |a |an |two |three |four |five )?"
                                 r"(?:[\w-]+ ){0,3}?" + OPEN + r"[PNG]\d+" + CLOSE
                                 # "Iran held A for 400 days", "Iran had held the two Americans": its object right after
                                 + r"|(?:^|[,;:] |- |\u2014 |\b(?:after|when|since|and) )(?:the )?" + OPEN + r"([CKO])(\d+)" + CLOSE
                                 + r" (?:had |has |have )?held (?:the |two |three |four |five )?" + OPEN + r"[PNG]\d+"
                                 + CLOSE + r"(?! talks)"),
                            "jailed", "detained", "arrested", "imprisoned", "kidnapped", "abducted", "seized", "captured",
                            "sentenced", "took hostage", "held")

    def _held_by(self, masked: str, mentions) -> list[tuple]:
        """The parties a (masked) sentence says held the people released, as a passive's agent ("held by X") or as
        the subject of a verb of custody ("X arrested A")."""
        out = [mentions[int(m.group(1))][0] for m in self._HELD_BY_ANY.finditer(masked)]
        out += [mentions[int(m.group(1) or m.group(2))][0] for m in self._IN_HANDS.finditer(masked)
                # ("freed and now in the custody of the Red Cross", "placed in the hands of X": custody after it)
                if not _AFTER_CUSTODY.search(masked, max(0, m.start() - 14), m.start())]
        if "ed " in masked or "took" in masked or "held " in masked:
            for m in self._HOLDER_SUBJECT.finditer(masked):
                key, found = mentions[int(m.group(2) or m.group(4))]
                if found.rule != "pronoun":
                    out.append(key)
        return out

    def _held_in(self, masked: str, mentions) -> list[tuple]:
        """The governments a (masked) sentence says held the people released, in order."""
        out = []
        whole = masked
        if "for" in masked and (cut := _COUNTERPART_FOR.search(masked)) is not None:
            # "freed in exchange for a fighter held in Norway": the custody of the other side of a swap
            masked = masked[:cut.start()]
        for m in self._HELD_IN.finditer(masked):
            key, found = mentions[int(m.group(1) or m.group(2) or m.group(3))]
            if found.code == "L":
                key = ("country", found.acts_for[1]) if found.acts_for and found.acts_for[0] == "country" else None
            if key is not None:
                out.append(key)
        for m in self._HELD_BY.finditer(masked):
            key, found = mentions[int(m.group(1))]
            if key[0] == "country":
                out.append(key)
        for m in self._SWAP_WITH.finditer(whole):
            key, found = mentions[int(m.group(1))]
            if key[0] == "country":
                out.append(key)
        for m in self._HELD_BY_NATION.finditer(masked):
            recs = self.gaz.names.get((m.group(1).lower(),), ())
            rec = next((r for r in recs if r.kind == "demonym"), None)
            if rec is not None:
                out.append(("country", rec.ref))
        return out

    @staticmethod
    def _own_target(e: _Ev, events: list[_Ev]) -> None:
        """The country whose sanctions a party lifted when the sentence says only "its sanctions": the country
        another party lifted sanctions on in the same sentence ("The council lifted its sanctions on Libya, and the
        United States most of its own"), else the one country the article says the party sanctioned."""
        agents = set(e.roles.get("agent", ()))
        near = [k for o in events if o is not e and o.type == "SanctionsRelief" and o.order[0] == e.order[0]
                for k in o.roles.get("target", ()) if k[0] == "country" and k not in agents]
        own = {k for o in events if o.type == "SanctionsImposition" and agents & set(o.roles.get("agent", ()))
               for k in o.roles.get("target", ()) if k[0] == "country"}
        pick = near[:1] or (sorted(own) if len(own) == 1 else [])
        if pick:
            e.roles["target"] = pick
            e.inferred = True

    def _infer(self, events: list[_Ev], mentions=(), lone: list[_Ev] = (), hostages: set[tuple] = frozenset(),
               masks: dict[int, str] | None = None, freed_in_headline: list[tuple] = ()) -> None:
        """Give each event whose sentence leaves its agent (or its own target) unsaid the one the rest of the article
        makes likely: the parties acting in its other events, ``lone`` (sanctions told with an acting party and no
        target kg can name), ``hostages`` (people the article says were kidnapped or held), ``masks`` (each sentence's
        masked text) and ``freed_in_headline`` (the state a headline says freed someone: "Nepal Frees Chilean
        Reporter")."""
        # a measure told in passing with its holder ("in breach of U.S. sanctions on X") names no party acting here
        explicit = [e for e in events if not e.pending_agent and e.rule != _HOLDER_RULE]
        agents = {t: Counter() for t in ("SanctionsRelief", "SanctionsImposition", "release")}
        targets = {t: Counter() for t in ("SanctionsRelief", "SanctionsImposition")}
        targets_by_sentence: dict[int, list[tuple]] = {}
        for e in explicit:
            kind = "release" if e.type in RELEASES else e.type
            if kind in agents:
                agents[kind].update(e.roles.get("agent", ()))
        for e in events:
            if e.type in targets:
                countries = [k for k in e.roles.get("target", ()) if k[0] == "country"]
                targets[e.type].update(countries)
                if e.type == "SanctionsRelief":
                    targets_by_sentence.setdefault(e.order[0], []).extend(countries)
        for e in events:
            if e.pending_target:
                self._own_target(e, events)
        # "The government sanctioned X" in an article whose sanctions another country imposes: that country's
        # government, not the country the previous sentence happened to name
        for e in explicit:
            if e.anaphoric_agent is not None and e.type in SANCTIONS:
                others = Counter(k for o in explicit if o is not e and o.type in SANCTIONS and o.anaphoric_agent is None
                                 for k in o.roles.get("agent", ()) if k[0] == "country")
                if others and e.anaphoric_agent not in others:
                    pick = others.most_common(1)[0][0]
                    if pick not in e.roles.get("target", ()):
                        e.roles["agent"] = [pick if k == e.anaphoric_agent else k for k in e.roles["agent"]]
        carried: list[_Ev] = []
        # the captors each sentence names ("held hostage by X"), read once, at the first release that names no one
        held_by: dict[int, list] | None = None
        told_adopters: list[tuple[int, tuple]] | None = None  # bodies said to adopt a resolution, read once
        for e in events:
            if not e.pending_agent:
                continue
            exclude = set(e.roles.get("target", ())) | set(e.roles.get("dest", ()))
            # the acting party is carried across a list ("Those designated include ..."): the last one named
            # before, else the one the article names most
            # ... but not one told in passing in a relative clause ("follow steps by Y, which has sanctioned B")
            last = sorted((o for o in [*explicit, *lone, *carried] if o.type == e.type and o.order < e.order
                           and o.roles.get("agent") and e.order[0] - o.order[0] <= 2 and not o.headline
                           and not _RELATIVE_BEFORE.search(o.masked, 0, o.order[1])),
                          key=lambda o: o.order)
            recent = Counter(last[-1].roles["agent"][:1]) if last else Counter()
            # "Sanctions were imposed on X, the Treasury said": the government body that reports its own measures
            speaker = Counter()
            for m in self._SPEAKER.finditer(e.masked):
                if m.group(3) and (e.order[1] < m.end() or not _only_targets_between(e, m.end(), mentions)):
                    continue  # "X said that Y's decision to blacklist Z": the body speaks of someone else's act
                    # (but "X said A, as well as B and C, had been designated": only the targets between)
                key, found = mentions[int(m.group(1) or m.group(2) or m.group(3))]
                if found.code == "O" and found.nationality:  # a ministry speaks for its government
                    key = ("country", found.nationality)
                if found.code in ("C", "K", "O"):
                    speaker[key] += 1
            # last, a party the article says acted with no target kg can name ("X froze the assets of a former
            # dictator ... Also named was A")
            if e.type in SANCTIONS and "resolution" in e.masked.lower() and masks and mentions and not speaker:
                # "The resolution imposes an asset freeze on X": the body the article said adopted it
                if told_adopters is None:  # found once per article: (sentence, body) in the order told
                    told_adopters = [(si, mentions[int(m.group(1))][0]) for si in sorted(masks)
                                     if masks[si] and "resolution" in masks[si]
                                     for m in self._ADOPTER.finditer(masks[si])]
                adopters = [k for si, k in told_adopters if si <= e.order[0] and k not in exclude]
                if adopters:
                    speaker[adopters[-1]] += 1
            if e.type in SANCTIONS:
                acting = Counter(k for o in lone if o.type == e.type and o.order < e.order for k in o.roles["agent"][:1])
                other = "SanctionsImposition" if e.type == "SanctionsRelief" else "SanctionsRelief"
                order = [speaker, recent, agents[e.type], agents[other], acting]
            else:
                # a rescue ("freed in a raid by troops", "in a rescue operation"): the captors freed no one
                rescued = _RESCUE.search(e.masked) is not None and not _TAKEN_IN_RAID.search(e.masked)
                held = self._held_in(e.masked, mentions) if mentions and not rescued else []
                releasers = agents["release"]
                # the one captor the article names before ("held hostage by X", "kidnapped by X"), for a release
                # that names no one who freed
                if held_by is None:
                    held_by = {s: self._held_by(mk, mentions) for s, mk in (masks or {}).items()
                               if mk and not _STILL_HELD.search(mk)} if mentions else {}
                    # (not a hostage still held: "A, held for five years by X, remains a hostage")
                # (or in the sentence right after: "A and B have been freed. They were seized in 2010 by X")
                found = {k for s, ks in held_by.items() if s <= e.order[0] + 1 for k in ks} - exclude
                captors = list(found) if len(found) == 1 and not rescued else []
                if not held and not releasers and masks and not rescued:
                    # "X walked out of Tehran's Evin prison ... X and Y were released on bail": the custody the
                    # sentence before names, when the article names no one who frees anyone
                    before = masks.get(e.order[0] - 1)
                    held = self._held_in(before, mentions) if before else []
                if hostages and not e.counterpart and any(k in hostages and k[0] != "group" for k in e.roles.get("party", ())):
                    # a hostage's captors are named, never implied: the country they were held in, or whose
                    # government freed someone else, did not free them ("held in Syria", "abducted in Mali"); the
                    # sentence's "held by X" or "kidnapped by X" did
                    held = [] if rescued else [k for k in self._held_by(e.masked, mentions) if k not in exclude] or captors
                    e.roles["agent"] = held[:1]
                    e.inferred = bool(held)
                    continue
                if len(releasers) > 1:  # an exchange: each side released someone, so the side is unknown ...
                    # ... but for the release told in the sentence before ("Others freed by Russia included A. B and
                    # C were also freed"): the story goes on
                    before = [o for o in explicit if o.type in RELEASES and o.asserts_release and o.roles.get("agent")
                              and 0 < e.order[0] - o.order[0] <= 1 and not o.headline and not o.counterpart]
                    agents_before = {a for o in before for a in o.roles["agent"][:1]}
                    releasers = Counter(agents_before) if len(agents_before) == 1 else Counter()
                if e.counterpart:  # "X freed A in exchange for B, jailed in Y": B's releaser is Y, never X
                    exclude |= {a for o in explicit if o.order[0] == e.order[0] and o.type in RELEASES
                                for a in o.roles.get("agent", ())}
                    # ... else the one other country the sentence names ("X secured the release of A, held by Y,
                    # in exchange for B": X freed B)
                    cut = _EXCHANGE_FOR.search(e.masked)
                    if cut is not None:  # "A, held by Y, in exchange for B": Y held A, not B
                        held = self._held_in(e.masked[cut.end():], mentions)
                    sides = {mentions[int(n)][0] for n in _COUNTRY.findall(e.masked)} - exclude
                    sides = {k for k in sides if k[0] == "country" and k not in e.roles.get("party", ())}
                    sides -= set(held)
                    if cut is not None:  # the side that held the people freed in return
                        sides -= set(self._held_in(e.masked[:cut.start()], mentions))
                    sides -= {a for o in events if o is not e and o.order[0] == e.order[0] and o.type in RELEASES
                              and not o.counterpart for a in o.roles.get("agent", ())}
                    order = [Counter(held), Counter(sides) if len(sides) == 1 else Counter()]
                else:
                    # a headline's releaser, for the release the body tells with no one who freed ("Nepal Frees Chilean
                    # Reporter" over "Journalist A was released on Monday"; not a journey told after it)
                    in_headline = Counter(freed_in_headline if e.asserts_release else ())
                    order = [Counter(held[:1]), releasers, in_headline, Counter(captors),
                             Counter(targets_by_sentence.get(e.order[0], ())),
                             targets["SanctionsRelief"], targets["SanctionsImposition"]]
                parties = set(e.roles.get("party", ()))
                exclude |= {d for o in events if o.type in RELEASES and o.order[0] == e.order[0]
                            and parties & set(o.roles.get("party", ())) for d in o.roles.get("dest", ())}
                exclude |= {("country", self.gaz.cities[k[1]].country) for k in exclude
                            if k[0] == "city" and k[1] in self.gaz.cities}  # "returned to Tehran": not freed by Iran
            for counter in order:
                pick = next((k for k, _ in counter.most_common() if k not in exclude), None)
                if pick is not None:
                    if e.body_subject:  # "the administration" of the president told before
                        pick = _state_of(self.gaz, pick)
                    e.roles["agent"] = [pick]
                    e.inferred = True
                    if counter is recent:  # the list goes on: "... The list also names C"
                        carried.append(e)
                    break

    @staticmethod
    def _rest_of_designees(group: str, recent: list[_Ev]) -> bool:
        """Whether "the two other X" / "the remaining X" is the rest of a designation told just before: X a noun
        of designees, or the noun the recent sanction's sentence used ("sanctions on six officers ... The two other
        officers were A and B"), not "the remaining two speakers"."""
        noun = group.lower().split()[-1] if group.split() else ""
        if noun in _DESIGNEE_NOUNS:
            return True
        return any(e.type.startswith("Sanctions") and re.search(r"\b" + re.escape(noun) + r"\b", e.sentence.text.lower())
                   for e in recent)

    # --- events and facts ----------------------------------------------------------------
    def _finish(self, article: Article, settings: Settings, resolver: Resolver, events: list[_Ev],
                leaders, learned: list[_Ev] = ()) -> Extraction:
        base = settings.base_iri
        out_events: dict[str, Event] = {}
        facts: dict[tuple, Fact] = {}
        entities: dict[str, Entity] = {}
        fact_keys_of_event: dict[str, list[tuple]] = {}

        by_key: dict[tuple, Entity] = {}

        def ent(key: tuple) -> Entity:
            e = by_key.get(key)
            if e is None:
                e = by_key[key] = resolver.entity(key)
                entities.setdefault(e.iri, e)
                for dep in resolver.support(key):
                    entities.setdefault(dep.iri, dep)
            return e

        def add_fact(subject: Entity, predicate: str, obj: Entity, ev: _Ev, event: str | None) -> None:
            if subject.iri == obj.iri:
                return
            confidence = ev.confidence * (INFERRED if ev.inferred and predicate != "releasedTo" else 1.0)
            key = (subject.iri, predicate, obj.iri)
            if predicate == "metWith" and (obj.iri, predicate, subject.iri) in facts:
                key = (obj.iri, predicate, subject.iri)
                subject, obj = obj, subject
            if confidence < settings.min_confidence:
                return
            old = facts.get(key)
            fact = Fact(subject=subject, predicate=predicate, object=obj, confidence=confidence,
                        source=article.source, doc_id=article.doc_id, sentence=ev.sentence, event=event, rule=ev.rule)
            if event:
                fact_keys_of_event.setdefault(event, []).append(key)
            if old is None or fact.confidence > old.confidence:
                facts[key] = fact

        # The headline is a sentence too: its events count when the body does not tell an event of the same kind
        # ("Michael Kovrig, Michael Spavor freed from China" over a body that never says who freed them).
        viable = [e.viable() for e in events]  # read once: nothing below changes an event's roles before the facts
        told = {e.type for e, ok in zip(events, viable) if ok and not e.headline}
        staying = [(e, ok) for e, ok in zip(events, viable) if not e.headline or e.type not in told and e.type not in TALKS]
        events = [e for e, _ in staying]
        plain = [e for e, ok in staying if ok and e.type != "Praise"]
        _merge_tellings(plain)
        for ev in plain:
            self._materialise(ev, article, base, ent, add_fact, out_events)
        kept = {f.event for f in facts.values()}
        for ev in (e for e in events if e.type == "Praise"):
            if ev.praised_kind is not None:
                target = self._praised_event(ev, plain)
                if target is None:
                    continue
                if target.iri not in kept:  # its facts were stated first by another event: praise that one
                    alt = next((facts[k].event for k in fact_keys_of_event.get(target.iri, ()) if k in facts), None)
                    target = next((p for p in plain if p.iri == alt), None)
                    if target is None:
                        continue
                ev.praised_event = target
            if ev.viable():
                self._materialise(ev, article, base, ent, add_fact, out_events)
        for person, office, conf, sent in leaders:
            if conf < settings.min_confidence:
                continue
            subject, obj = ent(person), ent(office)
            key = (subject.iri, "leaderOf", obj.iri)
            if key not in facts or facts[key].confidence < conf:
                facts[key] = Fact(subject=subject, predicate="leaderOf", object=obj, confidence=conf,
                                  source=article.source, doc_id=article.doc_id, sentence=sent, rule="leader-title")
        # "flown to the United States, landing in San Antonio": the country is the destination, the city a detail
        dest_countries = {(f.subject.iri, f.object.iri) for f in facts.values() if f.predicate == "releasedTo"}
        for key in [k for k, f in facts.items() if f.predicate == "releasedTo" and any(
                p == "country" and (f.subject.iri, c) in dest_countries for p, c in f.object.attributes)]:
            del facts[key]
        # "Tom Bell, who arrived Wednesday in Ohio": a destination is a country; a state or a city stands for it where
        # the country's gazetteer entry says so ("places_stand_for_country"; elsewhere a city may lie in a territory
        # whose country is in dispute: "Gaza", "Donetsk"; a capital, "Washington", stands for its country as it is)
        for key in [k for k, f in facts.items() if f.predicate == "releasedTo" and f.object.type == "City"]:
            f = facts[key]
            country = entities.get(next((c for p, c in f.object.attributes if p == "country"), ""))
            city = self.gaz.cities.get(f.object.label)
            if country is None or city is not None and city.capital or "/country/" not in country.iri \
                    or country.iri.rsplit("/", 1)[1] not in self.gaz.places_stand_for:
                continue
            del facts[key]
            new = (f.subject.iri, "releasedTo", country.iri)
            if new not in facts or facts[new].confidence < f.confidence:
                facts[new] = replace(f, object=country)
        _drop_named_groups(facts)
        _drop_uncounted_targets(facts)
        _drop_crossings_into_captivity(facts)
        _drop_homes_in_the_releasing_country(facts, self.gaz)
        # the learned stage only adds: where the rules read (or left out above) a fact of the predicate between the
        # same two entities, either way round, their reading stands
        read = set(facts) | {(o, p, s) for s, p, o in facts}

        def add_new(subject: Entity, predicate: str, obj: Entity, ev: _Ev, event: str | None) -> None:
            if (subject.iri, predicate, obj.iri) not in read:
                add_fact(subject, predicate, obj, ev, event)

        for ev in learned:
            self._materialise(ev, article, base, ent, add_new, out_events)
        ordered = sorted(facts.values(), key=lambda f: (f.sentence.start, f.predicate, f.subject.label, f.object.label))
        return Extraction(article=article, entities=list(entities.values()), events=list(out_events.values()),
                          facts=ordered)

    @staticmethod
    def _named_members(ev: _Ev, events: list[_Ev], group: tuple, subject: Found) -> bool:
        """Whether ``ev`` may list the members of ``group`` ("They", "The three", standing for "three Iranian
        men"): not when the group is only the party or target of another class's event (nor, for "They", of no
        release at all). When it is the released
        party or the target of an earlier event of ``ev``'s class, the members take the counted group's place
        there ("freed three Iranian men. They are A, B and C": A, B and C were freed)."""
        role = "party" if ev.type in RELEASES else "target"
        members = ev.roles.get(role, [])
        found = other = False
        for earlier in events:
            # (a release's list names the members of a group freed or sent somewhere: "transferred five detainees to
            # X. Among them was A": A was freed and sent to X)
            if (earlier.type == ev.type or ev.type in RELEASES and earlier.type in RELEASES
                and not earlier.released_only and earlier.roles.get("agent") and earlier.roles.get("dest")) \
                    and (group in earlier.roles.get(role, ()) or group in earlier.members):
                # (or whose members a shorter reading of the same list named: "Among them were A, another leader,
                # B and C" read once as A alone)
                found = True
                if members and not ev.roles.get("agent"):  # "Those released by Russia included": Russia's only
                    # a sanctioned group stays a target of its own ("sanctioned 10 Europeans. They included A")
                    earlier.roles[role] = [k for k in earlier.roles[role] if k != group or role == "target"] + [
                        k for k in members if k not in earlier.roles[role]]
                    earlier.members.setdefault(group, []).extend(k for k in members
                                                                 if k not in earlier.members.get(group, ()))
            elif group in earlier.roles.get("party", ()) or group in earlier.roles.get("target", ()):
                other = True  # "freed three men. They are A and B" is no list of designees
        # a release list needs the release told before when its subject is only "They"
        return found or not other and not (ev.type in RELEASES and subject.rule == "pronoun")

    def _praised_event(self, ev: _Ev, plain: list[_Ev]) -> _Ev | None:
        kinds = _EVENT_KINDS.get(ev.praised_kind or "", _ANY_EVENT)
        if any(kinds is k for k in _NEAREST):  # "welcomed the decision": the nearest event told, here or just before
            plain = [p for p in plain if p.rule != "own-measure-lifted"]  # implied by a relief, never decided
            told = [p for p in plain if p.iri is not None and ev.order[0] - 1 <= p.order[0] <= ev.order[0]
                    and p.type not in ("Praise",)]
            if not told and kinds is not DECIDED:
                # a paragraph of reactions after news of new sanctions ("X hailed the decision"): the news the article
                # opened with, when that was the imposition (a relief told far before stays unread, as before)
                lead = [p for p in plain if p.iri is not None and p.order[0] <= 2 and p.type != "Praise"]
                first = min(lead, key=lambda p: p.order) if lead else None
                told = [first] if first is not None and first.type == "SanctionsImposition" else []
            nested = [p for p in told if p.order[0] == ev.order[0] and p.order[1] >= ev.evnoun_pos]
            if nested:
                nearest = min(nested, key=lambda p: p.order[1])
            else:
                before = [p for p in told if p.order < (ev.order[0], ev.evnoun_pos)]
                nearest = max(before, key=lambda p: p.order) if before else None
            if nearest is not None and nearest.rule == "frame-measure-in-force":
                return None  # "sanctions on X remain in place": a state of affairs, not a decision to praise
            return nearest if nearest is not None and nearest.type in kinds else None
        ok = [p for p in plain if p.type in kinds and p.iri is not None]
        if (ev.praised_kind or "").endswith(("releases", "pardons")):
            # "welcomed the releases": a release of many (a group or a list), not one person's told in passing
            many = [p for p in ok if p.type in RELEASES and (len(p.roles.get("party", ())) > 1 or any(
                k[0] == "group" for k in p.roles.get("party", ())))]
            if many:
                ok = many
        s = ev.order[0]
        same = [p for p in ok if p.order[0] == s]
        if not ev.passive_ref:
            nested = [p for p in same if p.order[1] >= ev.evnoun_pos]
            if nested:
                return min(nested, key=lambda p: p.order[1])
        before = [p for p in same if p.order[1] < (ev.evnoun_pos if ev.passive_ref else ev.order[1] + 1)]
        if before:
            return max(before, key=lambda p: p.order[1])
        earlier = [p for p in ok if s - 3 <= p.order[0] < s]
        if earlier:
            return max(earlier, key=lambda p: p.order)
        return None

    def _materialise(self, ev: _Ev, article: Article, base: str, ent, add_fact, out_events: dict[str, Event]) -> None:
        roles = ev.roles
        role_ents: list[tuple[str, Entity]] = []
        for role in ev.spec.roles:
            for key in roles.get(role, ()):
                role_ents.append((EVENT_ROLE_PROPERTY.get(role, role), ent(key)))
        if ev.praised_event is not None:
            target = ev.praised_event
            role_ents.append(("praised", Entity(iri=target.iri, label=target.label, type=target.type)))
        place = ent(roles["place"][0]) if roles.get("place") else None
        parts = sorted(f"{p}={e.iri}" for p, e in role_ents)
        first = ev.merged_into
        ev.iri = first.iri if first is not None and first.iri else event_iri_text(article.doc_id, ev.type, *parts, base=base)
        ev.label = self._label(ev, dict((k, [ent(x) for x in v]) for k, v in roles.items()))
        party = [ent(k) for k in roles.get("party", ())]
        count = next((p.count for p in party if p.count is not None), None)
        event = Event(iri=ev.iri, type=ev.type, roles=tuple(role_ents), doc_id=article.doc_id, sentence=ev.sentence,
                      date=article.date, count=count, place=place,
                      confidence=ev.confidence * (INFERRED if ev.inferred else 1.0))
        out_events.setdefault(ev.iri, event)
        E = lambda role: [ent(k) for k in roles.get(role, ())]  # noqa: E731
        for a_role, predicate, b_role in ev.spec.facts:
            if ev.type in RELEASES and a_role == "agent" and not ev.asserts_release:
                continue  # an arrival or a transfer says where the people went, not who released them
            left, right = E(a_role), E(b_role)
            if ev.praised_event is not None and "praised" in (a_role, b_role):
                # praise for a release names the people released; the event node keeps the release
                # praise for a decision names who decided it
                extra = [ent(k) for k in ev.praised_event.roles.get(
                    "party" if ev.praised_event.type in RELEASES else "agent", ())]
                left, right = (left + extra, right) if a_role == "praised" else (left, right + extra)
            if a_role == b_role:  # every pair of one role's fillers ("participant metWith participant")
                keys = roles.get(a_role, [])
                for i, a in enumerate(left):
                    for k in range(i + 1, len(left)):
                        ka, kb = keys[i], keys[k]
                        if ev.pairs is None or (ka, kb) in ev.pairs or (kb, ka) in ev.pairs:
                            add_fact(a, predicate, left[k], ev, ev.iri)
                continue
            for a in left:
                for b in right:
                    add_fact(a, predicate, b, ev, ev.iri)

    @staticmethod
    def _label(ev: _Ev, roles: dict[str, list[Entity]]) -> str:
        return ev.spec.render_label({r: [e.label for e in v] for r, v in roles.items()})

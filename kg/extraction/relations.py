"""Relation rules over masked sentences, and the cues that keep the extractor silent.

Before the rules run, every mention in a sentence is replaced by a placeholder
that says what kind of entity it is and which one (``⟦C3⟧`` a country or
government, ``⟦L⟧`` a city, ``⟦P⟧`` a person, ``⟦O⟧`` an organisation, ``⟦G⟧`` a
group of people, ``⟦N⟧`` an unknown proper name). A rule's slots only match
placeholders of a fitting kind, so "released a statement" can never fill the
slot of the people released.

>>> rule = Rule(id="demo", event="SanctionsRelief", confidence=0.9, pattern="{agent}{VG}{LIFT} {SANC} on {target}")
>>> rx = compile_rule(rule, load_resources().macros)
>>> m = rx.search(internal("⟦C0⟧ has lifted sanctions on ⟦O1⟧ ."))  # the rule files' brackets, kg's
>>> shown(m.group("agent")), shown(m.group("target"))
('⟦C0⟧', '⟦O1⟧')
>>> cues = Cues.default()
>>> cues.blocked(internal("⟦C0⟧ has not lifted sanctions on ⟦O1⟧ ."), 0, 35)
'negation'
>>> cues.blocked(internal("⟦C0⟧ is weighing whether to lift sanctions on ⟦O1⟧ ."), 0, 48)
'modality'
>>> cues.blocked(internal("⟦C0⟧ lifted sanctions on ⟦O1⟧ ."), 0, 26) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.cache import regex
from kg.extraction.patterns import (CLOSE, OPEN, PLACEHOLDER, SLOT_CODES, _MACRO, _guarded, compile_rule, internal,
                                   least_placeholders, scanned, shown, slot_role, words_of)
from kg.extraction.mentions import CLAUSE_PRONOUN, PERSON_ROLES, _trie_alternation
from kg.extraction.resources import Resources, Rule, load_resources

__all__ = ["CLOSE", "OPEN", "PLACEHOLDER", "SLOT_CODES", "compile_rule", "internal", "shown", "slot_role"]  # their home: kg.extraction.patterns

_DETERMINER = re.compile(r"\b(?:the|his|her|their|its|both|Mr|Mrs|Ms|Mme|Messrs|Dr)\.?\s+$", re.IGNORECASE)


def _drop_determiner(piece: str) -> str:
    """``_DETERMINER.sub("", piece)``, tried only where a match can start: a determiner (at most "Messrs.") right
    before the piece's trailing white space.

    >>> _drop_determiner("sanctions on the "), _drop_determiner("on Mr. "), _drop_determiner("the other ")
    ('sanctions on ', 'on ', 'the other ')
    """
    m = _DETERMINER.search(piece, max(0, len(piece.rstrip()) - 8))
    return piece if m is None else piece[:m.start()] + piece[m.end():]


def mask(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The sentence with each ``(start, end, placeholder)`` span replaced, a determiner before it dropped, and
    white space collapsed.

    >>> mask("The US lifted sanctions on the airline Belavia.", [(4, 6, "⟦C0⟧"), (39, 46, "⟦O1⟧")])
    '⟦C0⟧ lifted sanctions on the airline ⟦O1⟧.'
    """
    pieces, last = [], 0
    for start, end, token in spans:
        piece = text[last:start]
        if start == end == last and pieces:  # a zero-width mention after another: one more of a list ("them")
            piece = " and "
        pieces.append(_drop_determiner(piece))
        pieces.append(token)
        last = end
    pieces.append(text[last:])
    return " ".join("".join(pieces).split())


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


class _Lazy:
    """A regular expression compiled the first time a sentence is searched with it: most rules wait for their
    words, and an article wakes only some of them (compiling all at start-up took most of ``kg extract``'s).

    >>> rx = _Lazy("lifted", lambda: re.compile("lifted", re.IGNORECASE))
    >>> rx.pattern, rx.search("Sanctions were LIFTED").group(0)
    ('lifted', 'LIFTED')
    """

    __slots__ = ("pattern", "_make", "_rx")

    def __init__(self, pattern: str, make) -> None:
        self.pattern, self._make, self._rx = pattern, make, None

    def search(self, text: str, pos: int = 0):
        if self._rx is None:
            self._rx = self._make()
        return self._rx.search(text, pos)


class _either:
    """Two patterns searched as one."""

    def __init__(self, a: re.Pattern[str], b: re.Pattern[str]) -> None:
        self.a, self.b = a, b

    def search(self, text: str):
        return self.a.search(text) or self.b.search(text)


# The characters outside ASCII that a case-insensitive pattern reads as an ASCII letter ("\u017f" as "s").
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
_FIRST_RUN = re.compile(r"[a-z]+")


class _Gated:
    r"""A cue pattern, searched only in a text that holds a word one of its cues starts with (most clauses hold none,
    and the long alternations are slow to try at every position).

    Each cue that starts with a letter starts a match where no letter is before it, so the text's run of ASCII
    letters there is the cue's first one (for a cue that opens with a quote, "'ll", the run after the quote); with
    any other cue, an empty list, or a letter outside ASCII that the pattern could read as an ASCII one ("\u017f"
    as "s"), the pattern is always tried.

    >>> g = _Gated(re.compile(r"(?<![\w'\u2019-])(?:no longer|not)(?![\w'\u2019-])", re.IGNORECASE), ["no longer", "not"])
    >>> g.search("it is NOT lifted").group(0), g.search("it is lifted"), [m.group(0) for m in g.finditer("no, No longer")]
    ('NOT', None, ['No longer'])
    """

    __slots__ = ("rx", "pattern", "_firsts", "_always")

    def __init__(self, rx: re.Pattern[str], words: list[str]) -> None:
        self.rx, self.pattern = rx, rx.pattern
        # a cue after a quote ("'ll") starts its run of letters right after the quote
        firsts = [_FIRST_RUN.match(w.lower(), 1 if w[:1] in ("'", "\u2019") else 0)
                  if w[:1].isalnum() or w[:1] in ("'", "\u2019") else None for w in words]
        self._firsts = frozenset(m.group(0) for m in firsts if m is not None)
        self._always = not words or any(m is None for m in firsts)

    def _may(self, text: str) -> bool:
        if self._always or not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII):
            return True
        # the cue patterns are tried one after the other on the same clause: words_of reads its words once
        return not self._firsts.isdisjoint(words_of(text))

    def search(self, text: str):
        return self.rx.search(text) if self._may(text) else None

    def finditer(self, text: str):
        return self.rx.finditer(text) if self._may(text) else iter(())


_BODY_AFTER = re.compile(r" (?:[a-z-]+ ){0,2}(?:committee|panel|subcommittee)\b")
_CLAUSE_BOUNDARY = re.compile(r"[;:(\[\u2014\u2013]|,|\bbut\b|\bwhile\b|\bwhereas\b|\.\s", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.)\u2014\u2013]")


@dataclass(frozen=True)
class Cues:
    """Words that say a clause does not assert a fact: negation, modality, condition; and hedges."""

    negation: re.Pattern[str]
    modality: re.Pattern[str] | _either
    condition: re.Pattern[str]
    hedge: re.Pattern[str]

    @classmethod
    def from_lexicon(cls, lexicon: dict) -> Cues:
        cues = lexicon["cues"]

        def rx(words: list[str], flags: int) -> _Gated:
            special = [w for w in words if not w[0].isalnum()]
            plain = [w for w in words if w[0].isalnum()]
            # a tree of shared prefixes (the same matches in the same order) where it can be written, as the mention
            # finder's word lists are: the engine tries a few branches at each letter, not every cue
            alt = _trie_alternation(plain, fold=bool(flags & re.IGNORECASE)) or _alternation(plain)
            parts = [rf"(?<![\w'\u2019-]){_guarded('(?:' + alt + ')')}(?![\w'\u2019-])"] if plain else []
            parts += [re.escape(w).replace("'", "['\u2019]") + r"\b" for w in special]
            return _Gated(re.compile("|".join(parts), flags), words)

        # Modal verbs that are also names ("May", "Will") must be lowercase to count; other cues match any case.
        names = {"may", "will", "can", "must", "shall", "might"}
        modal_lower = [w for w in cues["modality"] if w in names]
        modal_any = [w for w in cues["modality"] if w not in names]
        return cls(negation=rx(cues["negation"] + ["n't"], re.IGNORECASE),
                   modality=_either(rx(modal_lower, 0), rx(modal_any, re.IGNORECASE)),
                   condition=rx(cues["condition"], re.IGNORECASE),
                   hedge=rx(cues["hedge"], re.IGNORECASE))

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> Cues:
        return cls.from_lexicon(load_resources().lexicon)

    def clause_start(self, masked: str, pos: int) -> int:
        start = 0
        for m in _CLAUSE_BOUNDARY.finditer(masked, 0, pos):
            start = m.end()
        return start

    def blocked(self, masked: str, start: int, end: int, own: frozenset[str] = frozenset(),
                clause: int | None = None) -> str | None:
        """Why the match ``masked[start:end]`` asserts nothing (negation, modality, condition, question), or None.

        A negation cue among ``own`` (the rule's trigger words) does not count. ``clause``: the match's
        :meth:`clause_start`, when the caller has it.
        """
        first = self.clause_start(masked, start) if clause is None else clause
        whom = masked.rfind(" whom ", start, end)
        if whom >= 0:
            first = whom  # "does not extend to A, whom X sanctioned": the relative clause is a clause of its own
        elif (head := PLACEHOLDER.match(masked, start)) is not None and masked.startswith(", who ", head.end()) \
                and "," not in masked[head.end() + 6:end]:
            # "would work with A, who has since met B": the match is the relative clause's (not "A, who holds
            # French citizenship, also praised B", where the relative closes before the verb)
            first = head.end()
        region = PLACEHOLDER.sub(" ", masked[first:end])
        region = region.replace("n\u2019t", "n't")
        if "thank" in region or "grateful" in region or "gratitude" in region or "appreciation" in region:
            region = _PERFORMATIVE.sub(" ", region)  # '"I want to thank X," Y said': the thanks are given as said
        if "n't" in region or any(m.group(0).lower() not in own and not own.issuperset(m.group(0).lower().split())
                                  for m in self.negation.finditer(region)):  # ("no longer" of "no longer sanctions")
            return "negation"
        if self.modality.search(region):
            return "modality"
        if "once" in region:
            region = _ONCE_ADVERB.sub(" ", region)  # "spoke more than once to X": how often, no condition
        if self.condition.search(region):
            return "condition"
        if _INVERTED_IF.match(masked, first):
            return "condition"  # "Had X imposed sanctions on Y, ...", "Were X to lift them, ...": an inverted if
        if _TIME_PRESENT.search(region):
            return "condition"  # "tranches due when X sanctions are ended": a time to come, told in the present
        tail = masked[end:]
        cut = _CLAUSE_END.search(tail)
        tail = tail[:cut.start()] if cut else tail
        tail = PLACEHOLDER.sub(" X ", tail)
        for m in self.condition.finditer(tail):
            if not (m.group(0).lower() in ("once", "until") and _PAST_AFTER.match(tail, m.end())):
                return "condition"  # "lifted ... once Gaddafi gave up his programmes" tells when, not if
        if _CALLED_OFF_AFTER.match(tail):
            return "negation"  # "The meeting between A and B was cancelled": called off, never held
        if masked.rstrip().endswith("?"):
            return "question"
        return None

    def hedged(self, masked: str, start: int, end: int, clause: int | None = None) -> bool:
        """Whether the match's clause up to its end holds a hedge ("reportedly"); ``clause`` as for :meth:`blocked`."""
        return bool(self.hedge.search(masked[self.clause_start(masked, start) if clause is None else clause:end]))


# a speaker who thanks in the first person: "I want to thank", "we would like to thank", "I must thank": the words
# give the thanks, they do not only wish for them
_PERFORMATIVE = re.compile(r"\b(?:I|we)(?: also| really| just| first)?(?: (?:want|wish|would like|'d like|must|have)"
                           r"(?: also)? to|'d like to| would also like to)(?= (?:also |first |sincerely |personally |warmly "
                           r"|especially |particularly )?(?:thank|praise|salute|commend|(?:express|extend|convey|offer) (?:my|our) "
                           r"(?:[a-z]+ )?(?:gratitude|appreciation|thanks)\b))", re.IGNORECASE)
# an event told and then called off or put off in the words right after it: "talks between A and B were postponed"
_CALLED_OFF_AFTER = re.compile(r"\s*(?:was|were|(?:has|have|had) been)\s+(?:[a-z]+ly\s+)?(?:cancell?ed|postponed|"
                               r"called off|put off|scrapped|shelved|delayed)\b", re.IGNORECASE)
# "once" as an adverb of how often or how soon: "more than once", "at once", "only once"
_ONCE_ADVERB = re.compile(r"\b(?:than|at|only|just|least) once\b", re.IGNORECASE)
# words opening a clause of time, which a present passive makes a time to come ("once X is removed from the list")
TIME_WORDS = frozenset({"when", "whenever", "once", "after", "until"})
# a present passive in a clause of time: "when sanctions are lifted", "once they are eased" tell a time to come
_TIME_PRESENT = re.compile(r"\b(?:" + "|".join(sorted(TIME_WORDS)) + r")\s+(?:[^\s,;]+\s+){0,6}?(?:is|are)\s+"
                           r"(?:[a-z]+ly\s+)?(?!(?:seven|eleven|ten|often|even|open|between|then|when|women|men|children)\b)"
                           r"[a-z]+(?:ed|en)\b", re.IGNORECASE)
# a past tense within a few words after "once" or "until": the clause tells a time, not a condition
_PAST_AFTER = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:had|was|were|gave|made|took|came|won|left|met|"
                         r"agreed|[a-z]{2,}ed)\b")


@dataclass(unsafe_hash=True)
class RuleMatch:
    """One rule matched in one sentence: slot name -> mention indexes.

    Never changed once made (``dataclasses.replace`` makes a new one), and hashed by its fields as a frozen
    dataclass is; not declared frozen, for a frozen dataclass sets each field through ``object.__setattr__``.
    """

    rule: Rule
    slots: tuple[tuple[str, tuple[int, ...]], ...]
    start: int
    end: int
    text: str
    evnoun: str | None
    evnoun_pos: int
    hedged: bool
    body: bool = False  # the subject is a body the article names elsewhere ("the administration waived")


# Macros whose words a rule needs: a sentence with none of a rule's keyword macros cannot match it, so the
# rule is not tried there (most sentences of an article state no relation at all).
KEYWORD_MACROS = ("LIFT", "LIFT_BASE", "LIFT_NOUN", "LIFT_PART", "IMPOSE", "IMPOSE_BASE", "IMPOSE_PART", "SANCTION_V",
                  "SANC", "RELEASE", "RELEASE_BASE", "RELEASE_PART", "RELEASE_NOUN", "TRANSFER", "TRANSFER_PART",
                  "ARRIVE", "PRAISE", "PRAISE_EVENT", "PRAISE_PART", "EVNOUN", "MEET", "MEET_MUTUAL", "TALKS_NOUN",
                  "PRAISE_RELEASE", "PRAISE_RELEASE_PART", "WELCOME_EVENT", "NOT_RENEW", "NO_LONGER_SANCTION")


def prefilter(rule: Rule, macros: dict[str, str]) -> tuple[re.Pattern[str], ...]:
    """Cheap tests that a sentence may match ``rule``; all must pass. From the rule's ``requires`` (macro names or
    regular expressions), else one test: any of the keyword macros the pattern uses; none means always try.

    >>> rx, = prefilter(Rule(id="x", event="Praise", pattern="{praiser}{VG}{PRAISE} {praised}", confidence=1), load_resources().macros)
    >>> bool(rx.search("The EU hailed Lithuania")), bool(rx.search("The EU met Lithuania"))
    (True, False)
    """
    if rule.requires:
        texts = [macros[r] if r in macros else r for r in rule.requires]
    else:
        used = [name for name in _MACRO.findall(rule.pattern) if name in KEYWORD_MACROS and name in macros]
        texts = ["|".join(f"(?:{macros[n]})" for n in dict.fromkeys(used))] if used else []
    return tuple(_Lazy(t, lambda t=t: _prefilter_regex(t)) for t in texts)


def _prefilter_regex(text: str) -> re.Pattern[str]:
    """A prefilter's pattern, case-insensitive as the rules' macros: only whether it matches counts (:func:`scanned`)."""
    text = internal(text)  # the brackets of the rule files, kg's
    found = scanned(text)
    if found is not None:
        try:
            return regex(found, re.IGNORECASE)  # the compiled program from kg's start-up cache after the first run
        except re.error:
            pass  # global flags ("(?i)...") have no place inside the look-behind
    return re.compile(_guarded(text), re.IGNORECASE)


_WORD = re.compile(r"[a-z]+")
_ESCAPE = re.compile(r"\\[a-zA-Z]|\?P<\w+>|\(\?[a-zA-Z]+\)")


def _literal_words(pattern: str) -> frozenset[str]:
    r"""Lowercase words written in a pattern (escapes and group names left out); empty if the pattern has a part
    that can match without any of them.

    >>> sorted(_literal_words(r"\b(?:hailing|praising)\b"))
    ['hailing', 'praising']
    >>> _literal_words(r"[\w-]+ said")
    frozenset()
    """
    # A generic part, or a letter made repeatable: no literal word is certain.
    if re.search(r"\\w|\[\^|\.(?![^\[]*\])|[A-Za-z][*+{]", pattern):
        return frozenset()
    pattern = _optional_letters(pattern)
    return frozenset(w for w in _WORD.findall(_ESCAPE.sub(" ", pattern).lower()) if len(w) > 1)


_STOP = frozenset({"is", "are", "was", "were", "to", "of", "the", "and", "by", "in", "on", "with", "an", "has", "have",
                   "had", "be", "been", "its", "it", "at", "for", "from", "as", "or", "that", "this"})


def _top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (one group around the whole pattern is looked through).

    >>> _top_alternatives("(?:is praising|hailed)")
    ['is praising', 'hailed']
    """
    if pattern.startswith("(?:") and pattern.endswith(")"):
        depth = 0
        for i, ch in enumerate(pattern):
            depth += ch == "(" and (i == 0 or pattern[i - 1] != "\\")
            depth -= ch == ")" and pattern[i - 1] != "\\"
            if depth == 0 and i < len(pattern) - 1:
                break
        else:
            pattern = pattern[3:-1]
    alts, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if i and pattern[i - 1] == "\\":
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            alts.append(pattern[start:i])
            start = i + 1
    alts.append(pattern[start:])
    return alts


def _required_words(alt: str) -> frozenset[str]:
    """Words an alternative must contain: those outside every group and not made optional by a quantifier."""
    text = _ESCAPE.sub(" ", alt)
    text = re.sub(r"\[[^\]]*\]", " ", text)
    prev = None
    while prev != text:  # innermost groups first
        prev = text
        text = re.sub(r"\([^()]*\)[?*+]?(?:\{[^}]*\})?", " ", text)
    text = re.sub(r"[A-Za-z]+(?=[?*{])", " ", text)
    return frozenset(w for w in _WORD.findall(text.lower()) if len(w) > 1)


def _groups(alt: str) -> list[str]:
    """The contents of the top-level groups of ``alt`` that no quantifier makes optional."""
    out, depth, start = [], 0, 0
    i = 0
    while i < len(alt):
        ch = alt[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                nxt = alt[i + 1:i + 2]
                optional = nxt in ("?", "*") or alt[i + 1:i + 3] in ("{0",)
                body = alt[start + 1:i]
                if not optional and not body.startswith(("?=", "?!", "?<")):
                    out.append(body[2:] if body.startswith("?:") else body)
        i += 1
    return out


def _optional_letters(pattern: str) -> str:
    r"""Escapes blanked and an optional last letter written out, for reading a pattern's words:
    ``\bwaivers?\b`` -> `` (?:waiver|waivers) ``.

    >>> _optional_letters(r"\bwaivers?\b")
    ' (?:waiver|waivers) '
    """
    return re.sub(r"([A-Za-z]+)([A-Za-z])\?", r"(?:\1|\1\2)", _ESCAPE.sub(" ", pattern))


def _anchor_words(pattern: str) -> frozenset[str]:
    r"""Words of which a match must contain one, without common words ("was", "to") where each alternative has
    a required word (or a required group of words) of its own, so that common words do not wake the prefilter;
    else :func:`_literal_words`.

    >>> sorted(_anchor_words(r"(?:(?:is|are|was|were) praising|paid tribute to)"))
    ['paid', 'praising', 'tribute']
    >>> sorted(_anchor_words(r"\b(?:off|from)\b"))
    ['from', 'off']
    """
    pattern = _optional_letters(pattern)
    if re.search(r"[A-Za-z][*+{]", pattern):  # a repeatable letter: the word written is not certain
        return frozenset()
    out: set[str] = set()
    for alt in _top_alternatives(pattern):
        own = _required_words(alt) - _STOP
        if not own:
            for body in _groups(alt):
                sub = _anchor_words(body)
                if sub and not (sub & _STOP):
                    own = set(sub)
                    break
        if not own:
            return _literal_words(pattern)
        out |= own
    return frozenset(out)


class RuleSet:
    """The compiled rules and cues, applied to masked sentences."""

    def __init__(self, res: Resources) -> None:
        self.rules = [(r, _Lazy(r.pattern, lambda r=r: compile_rule(r, res.macros))) for r in res.rules]
        self.prefilters = [prefilter(r, res.macros) for r in res.rules]
        # the fewest placeholders a sentence needs for each rule (most need two), worked out when it is first woken
        self.least: list[int | None] = [None] * len(res.rules)
        # Each prefilter is an alternation of phrases, so a sentence it matches contains one of its literal words:
        # a set intersection rules most of them out before any regular expression runs.
        self.words = {p.pattern: _anchor_words(p.pattern) for tests in self.prefilters for p in tests}
        # word -> the rules one of whose prefilters needs it: a sentence wakes only the rules of its words
        self.by_word: dict[str, list[int]] = {}
        self.always: list[int] = []
        for n, tests in enumerate(self.prefilters):
            anchored = next((self.words[p.pattern] for p in tests if self.words[p.pattern]), None)
            if anchored is None:
                self.always.append(n)
            else:
                for word in anchored:
                    self.by_word.setdefault(word, []).append(n)
        self.cues = Cues.from_lexicon(res.lexicon)
        # A rule's own trigger words never silence it: "revoked" negates "revoked the release", but in
        # "sanctions on X were revoked" it is the lifting itself.
        self.triggers = {r.id: frozenset(w for n in _MACRO.findall(r.pattern) if n in KEYWORD_MACROS and n in res.macros
                                         for w in _WORD.findall(_ESCAPE.sub(" ", res.macros[n]).lower()))
                         for r in res.rules}

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> RuleSet:
        return cls(load_resources())

    def apply(self, masked: str, words: frozenset[str] | None = None) -> list[RuleMatch]:
        """Every unblocked rule match in a masked sentence, without duplicates (``words``: its :func:`words_of`,
        when the caller has them)."""
        out: list[RuleMatch] = []
        seen: set[tuple] = set()
        tested: dict[str, bool] = {}
        live = []
        present = words_of(masked) if words is None else words
        woken = set(self.always)
        for word in self.by_word.keys() & present:  # the few words that wake a rule, found in C
            woken.update(self.by_word[word])
        held = masked.count(OPEN)  # no variant of the sentence holds more placeholders (:func:`_variants`)
        for n in sorted(woken):
            (rule, rx), tests = self.rules[n], self.prefilters[n]
            least = self.least[n]
            if least is None:
                least = self.least[n] = least_placeholders(rule)
            if least > held:
                continue  # too few names for the rule's slots
            ok = True
            for pre in tests:
                hit = tested.get(pre.pattern)
                if hit is None:
                    words = self.words[pre.pattern]
                    hit = (not words or not present.isdisjoint(words)) and pre.search(masked) is not None
                    tested[pre.pattern] = hit
                if not hit:
                    ok = False
                    break
            if ok:
                live.append((rule, rx, least))
        if not live:
            return out
        for variant in _variants(masked):
            held = variant.count(OPEN)
            for rule, rx, least in live:
                if least > held:
                    continue  # too few names for the rule's slots
                pos = 0
                while True:
                    m = rx.search(variant, pos)
                    if m is None:
                        break
                    pos = m.start() + 1
                    slots = tuple((name, tuple(int(i) for _, i in PLACEHOLDER.findall(val)))
                                  for name, val in m.groupdict().items()
                                  if val is not None and name != "evnoun")
                    key = (rule.id, slots)
                    if key in seen:
                        continue
                    if slots and slot_role(slots[0][0]) in ("agent", "praiser", "p") and m.start(slots[0][0]) == m.start() \
                            and _OBJECT_BEFORE.search(_LIST_HEAD.sub("", _POSSESSOR_TAIL.sub("", variant[max(0, m.start() - 80):m.start()]))) \
                            and not variant.startswith(("'s", "\u2019s"), m.end(slots[0][0])) \
                            and ", who " not in m.group(0) and ", whom " not in m.group(0) \
                            and ", with whom " not in m.group(0):  # "laid by A and B, who met"
                        seen.add(key)  # "delisted ⟦N1⟧, a banker, and waived ...": N1 is an object, not the agent
                        continue
                    if slots and slot_role(slots[0][0]) == "agent" and m.start(slots[0][0]) == m.start() \
                            and _AND_AFTER.match(variant, m.end(slots[0][0])) \
                            and _VERB_OBJECT_BEFORE.search(variant, max(0, m.start() - 40), m.start()):
                        seen.add(key)  # "summoned the ⟦O1⟧ and imposed": O1 is the first verb's object
                        continue
                    if slots and slot_role(slots[0][0]) in ("agent", "praiser", "p") \
                            and _BODY_AFTER.match(variant, m.end(slots[0][0])):
                        seen.add(key)  # "⟦O1⟧ sanctions committee added": the committee acts, not the name
                        continue
                    if slots and slot_role(slots[0][0]) == "agent" and m.start(slots[0][0]) == m.start() \
                            and _REPORTED_SUBJECT.match(variant, m.end(slots[0][0])):
                        seen.add(key)  # "⟦P1⟧ said the militants had released": the militants acted, not P1
                        continue
                    if slots and len(slots) > 1 and slot_role(slots[0][0]) in ("agent", "praiser", "p") \
                            and m.start(slots[0][0]) == m.start() \
                            and CLAUSE_PRONOUN.search(variant, m.end(slots[0][0]), m.start(slots[1][0])):
                        seen.add(key)  # "⟦P1⟧ and others, and it earlier blacklisted ⟦P2⟧": "it" acts, not P1
                        continue
                    clause = self.cues.clause_start(variant, m.start())  # read once for both tests
                    if self.cues.blocked(variant, m.start(), m.end(), own=self.triggers[rule.id], clause=clause):
                        seen.add(key)
                        continue
                    seen.add(key)
                    evnoun = m.groupdict().get("evnoun")
                    out.append(RuleMatch(rule=rule, slots=slots, start=m.start(), end=m.end(), text=m.group(0),
                                         evnoun=evnoun.lower() if evnoun else None,
                                         evnoun_pos=m.start("evnoun") if evnoun else m.start(),
                                         hedged=self.cues.hedged(variant, m.start(), m.end(), clause)))
        return out


# a clause opened by "had" or "were" before its subject: an inverted condition ("Had X imposed ...", "Were X to ...")
_INVERTED_IF = re.compile(r"\s*(?:[Hh]ad|[Ww]ere)\s+(?:the\s+)?" + OPEN)
# the members of a list before a placeholder: "calling A and B": B is an object as A is
_LIST_HEAD = re.compile(r"(?:" + OPEN + r"[A-Z]\d+" + CLOSE + r"(?:,\s|,?\s(?:and|or)\s))+$"
                        r"|(?:(?<=\bof )|(?<=\bat )|(?<=\bfor ))(?:the |a |an )?[A-Z][\w-]* $")  # "chairman of the Cuban ⟦O1⟧"
# A past-tense verb and its object just before a coordinated verb: "summoned the ⟦O1⟧ and imposed".
_VERB_OBJECT_BEFORE = re.compile(r"\b[a-z]{3,}ed (?:the |a |an |its |their )?$")
_AND_AFTER = re.compile(r",? and (?:then |later |also )?[a-z]")
# A report whose clause has a subject of its own, a noun phrase kg does not name: "⟦P1⟧ said the militants had freed".
_REPORTED_SUBJECT = re.compile(r"(?: [a-z]+ly)? (?:said|says|told reporters|added|stated|announced|confirmed|reported)"
                               r"(?: on [A-Z][a-z]+day)?,?(?: that)? (?:the|a|an|some|other|several) [a-z][\w-]*")
# A possessor just before a name ("the assets of ⟦C2⟧'s ⟦N3⟧"): the words before it tell whether the name is an object
_POSSESSOR_TAIL = re.compile(OPEN + r"[A-Z]\d+" + CLOSE + r"(?:'s|\u2019s|'|\u2019) $")
# Words after which a placeholder is an object, so it cannot open the subject of a rule.
_OBJECT_BEFORE = re.compile(
    r"\b(?:on|against|of|with|in|at|from|to|into|by|including|delisted|sanctioned|blacklisted|designated|targeted|freed|released|pardoned|"
    r"met|praised|hailed|welcomed|condemned|criticised|criticized|sanctioning|targeting|freeing|releasing|thanked|"
    r"urged|told|accused|visited|hosted|received|invited|blamed|congratulated|called|calling|thanking|praising|"
    r"urging|hailing)\s$",
    re.IGNORECASE)

# (not "including": "A, including B, who returned to X, and C" lists B and C, see _AMONG)
_APPOSITION = re.compile(OPEN + r"([A-Z]\d+)" + CLOSE + r",\s(?:the|a|an|another|who|which|whose|(?!including\b)[a-z]+ing|two|three|four|both|"
                         + OPEN + r"[A-Z]\d+" + CLOSE + r"(?: [a-z]+)?['\u2019]s?)\s[^,;]{1,140}?,\s?")


def _appositive_dropped(m: re.Match) -> str:
    """The name an apposition describes, without the description; a comma stays when another name follows right
    after it ("A, another leader of the uprising, B and C" is a list of three)."""
    if _NAME_NEXT.match(m.string, m.end()):
        return OPEN + m.group(1) + CLOSE + ", "
    return OPEN + m.group(1) + CLOSE + " "


# a name right after an apposition, or after a short description of its own ("the Buddhist monk B")
_NAME_NEXT = re.compile(r"(?:(?:the|a|an) (?:[A-Za-z][\w-]* ){0,3}?)?" + OPEN + r"[PN]\d+" + CLOSE)


# A description before the subject: "The regional mediator, ⟦P2⟧, met ⟦P3⟧".
_LEAD_APPOSITION = re.compile(r"^(?:The|A|An|Its|His|Her|Their) [a-z][\w'\u2019-]*(?: [a-z][\w'\u2019-]*){0,5}, "
                              + OPEN + r"([PN]\d+)" + CLOSE + r",\s")
# The second verb of a relative clause has the same subject: "⟦P0⟧, who held talks with ⟦P1⟧ ... and hosted ⟦N3⟧"
# reads as "⟦P0⟧ hosted ⟦N3⟧".
_RELATIVE_AND = re.compile(OPEN + r"([PNCKO]\d+)" + CLOSE + r", who\s[^.;:]{1,120}?\sand(?: also| later| then)? (?=[a-z])")
_AGE = re.compile(OPEN + r"([PN]\d+)" + CLOSE + r",\s\d{1,3},")  # "Reed, 30, who had ..."
_AGE_AND = re.compile(OPEN + r"([PN]\d+)" + CLOSE + r",\s\d{1,3},\sand\s")
_COMMA_BE = re.compile(OPEN + r"([A-Z]\d+)" + CLOSE + r",\s(?=(?:was|were|has been|have been|had been)\b)")
_MEMBER = re.compile(OPEN + r"([PN]\d+)" + CLOSE + r" (?:was|were|is|are) (?:one|two|three|four|five|among) (?:of )?(?:the )?"
                     + OPEN + r"(G\d+)" + CLOSE)
_AMONG = re.compile(OPEN + r"(G\d+)" + CLOSE + r"(?: (?:on|in|over|for|since|after|following|during|last|this|earlier|late|early) [^,;" + OPEN + CLOSE + r"]{1,60}?)?,? (?:among (?:them|" + OPEN + r"G\d+" + CLOSE
                    + r")|including|among whom (?:was|were))(?: the)?(?: [\w-]+){0,3}? " + OPEN
                    + r"([PN]\d+)" + CLOSE)
# a relative clause after the member an including-list names, and whether the list goes on after it
_MEMBER_RELATIVE = re.compile(r",\s(?:who|whose|which)\b[^;.]*?(,\s(?:and\s)?(?:the\s)?(?:[\w-]+\s){0,3}?" + OPEN + r")?")


def _among_as_list(m: re.Match) -> str:
    """"G, including A" read as "G and A" (both freed, both sanctioned); but "G, including A, who flew home to X", when
    the list ends there, as "G and A; A, who flew home to X": the relative clause is A's, not the group's."""
    rel = _MEMBER_RELATIVE.match(m.string, m.end())
    listed = f"{OPEN}{m.group(1)}{CLOSE} and {OPEN}{m.group(2)}{CLOSE}"
    return listed + f"; {OPEN}{m.group(2)}{CLOSE}" if rel is not None and rel.group(1) is None else listed


_DESC_WORD = (r"(?!(?:on|against|to|of|for|with|by|from|in|and|sanctions|that|who|which|decision|move|was|were|is|are|has|had"
              r"|since|after|before|when|while|until|as|because|but|or|if)\b)"
              r"[a-z][\w-]*")
_DESCRIPTOR = re.compile(OPEN + r"[CL]\d+" + CLOSE + r"(?:'s|'|\u2019s|\u2019)\s(?:(?:" + _DESC_WORD + r"\s){0,2}?" + _DESC_WORD
                         + r",?\s)?(" + OPEN + r"[OPN]\d+" + CLOSE + r")(,\s?)?(?:\s?\(" + OPEN + r"O\d+" + CLOSE + r"\))?")


def _plural(noun: str) -> str:
    """The plural of a role noun ("businessman": "businessmen", "writer": "writers")."""
    return noun[:-3] + "men" if noun.endswith("man") else noun + "s"


# A descriptor before a person's name: "released French nationals ⟦N1⟧ and ⟦N2⟧", "freed British-Iranian aid worker ⟦N3⟧".
_PERSON_DESC = re.compile(
    # (the lowercase word before the noun is a modifier, never the verb whose object the people are: "had
    # blacklisted businessmen A and B" keeps "blacklisted")
    r"(?<=[a-z] )(?:[A-Z][\w-]*\s){0,2}(?:(?!(?:blacklisted|sanctioned|designated|penali[sz]ed|freed|released|pardoned|"
    r"named|listed|targeted|added|included|met|thanked|praised)\s)[a-z][\w-]*\s)?"
    + _trie_alternation(PERSON_ROLES | {_plural(w) for w in PERSON_ROLES}, case=True) + r"\s"
    r"(?=" + OPEN + r"[PN]\d+" + CLOSE + r")")

# The descriptors below that _variants drops start right after a space (each look-behind ends with one). Each pattern
# opens with that space, matched: the regular expression engine skips ahead to a pattern's first literal character,
# where it would try the look-behinds at every position; _variants puts the space back (" " for the match). A match
# ends before a placeholder, where none starts, so the matches are the same ones, each one character longer.

# The same after a comma or at a list's head: ", Australian economist ⟦N3⟧", "former British envoy ⟦P4⟧".
# ("A, the Buddhist monk B, and C": the article after the comma goes with the descriptor)
_PERSON_DESC_LIST = re.compile(" " + _PERSON_DESC.pattern.replace(
    r"(?<=[a-z] )", r"(?:(?<=, )(?:the\s|a\s|an\s)?|(?<=[a-z] ))(?:former\s)?", 1))

# A nationality alone before a name inside a list: "A, B and American ⟦N4⟧".
_LIST_DEMONYM = re.compile(r" (?:(?<=, )|(?<=\band ))[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s(?=" + OPEN + r"[PN]\d+" + CLOSE + r")")

# A time or place adverbial that may stand between a subject, its verb and its object: "on Thursday",
# "late Friday", "this week", "earlier this month". Either starts with ",\s" or "\s" (",?\s"), written as one
# character of "[,\s]" first (which the engine skips ahead to) and then, after a comma, the white space.
_TIME_ADV = re.compile(
    r"[,\s](?:(?<=,)\s|(?<=\s))(?:(?:(?:on|late|early|earlier|later)\s)?(?:(?:on|late|early)\s)?(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s(?:morning|afternoon|evening|night))?\b,?|(?:(?:earlier|later)\s)?"
    r"(?:this|last)\s(?:week|weekend|month|year)\b,?"
    # "a year ago", "two months ago", "several weeks ago"
    r"|(?:a|an|one|two|three|four|five|six|several|a\sfew|\d+)\s(?:days?|weeks?|months?|years?|decades?)\sago\b,?)")


# A descriptor before a company in a list: "and the shipping firm ⟦O4⟧".
_ORG_DESC = re.compile(
    r" (?:(?<=and )|(?<=, ))(?:the |its |a )?(?:[a-z][\w-]*\s){0,2}(?:firm|company|bank|group|airline|carrier|producer|"
    r"exporter|operator|shipper|lender|trader|manufacturer|maker|supplier|insurer)\s(?=" + OPEN + r"[ONP]\d+" + CLOSE + r")")


# A role and a comma before a name in a list: "... and the minister of state security, ⟦N8⟧".
_ROLE_COMMA = re.compile(r" (?:(?<=\band )|(?<=, ))(?:the|its|his|her|another|a|an) [a-z][a-z -]{2,50}?, (?=" + OPEN
                         + r"[PN]\d+" + CLOSE + ")")


# "⟦P4⟧, president of ⟦O5⟧;" in a list: the role is read with the mention, the list goes on.
_ROLE_OF = re.compile(OPEN + r"([PN]\d+)" + CLOSE + r", (?:[a-z][\w-]* ){1,3}of " + OPEN + r"[OCK]\d+" + CLOSE
                      + r"(?=[;,.]|\sand\b)")
# "⟦N1⟧ and ⟦N2⟧ of ⟦O3⟧, ⟦N4⟧ of ⟦O5⟧, and ⟦O6⟧" in a list: the body a person belongs to, the list goes on.
_MEMBER_OF_BODY = re.compile(OPEN + r"([PN]\d+)" + CLOSE + r" of " + OPEN + r"O\d+" + CLOSE + r"(?=[;,]|\sand\b)")
_OWNED = re.compile(r"\b(?:the )?(?:state-owned|state-run|state-controlled|government-owned|privately owned|"
                    r"[A-Z][a-z]+-based) (?=" + OPEN + ")")
# An item of a semicolon list with its description: "; ⟦N3⟧, a senior figure in ⟦O4⟧;" -> "; ⟦N3⟧;".
_SEMI_ITEM = re.compile(r"(?:(?<=; )|(?<=; and )|(?<=\bas )|(?<=\bare )|(?<=\bwere )|(?<=: )|(?<=\band )|(?<=, ))" + OPEN + r"([A-Z]\d+)" + CLOSE
                        # (or a place's office: "; ⟦N3⟧, ⟦L4⟧'s prosecutor-general;")
                        + r"(?:,| \u2014| \u2013) (?:a|an|the|[a-z]+|" + OPEN + r"[CKL]\d+" + CLOSE
                        + r"['\u2019]s [a-z][\w-]*)\b[^;]*?(?=; |\.?$)")
# A group and its members between dashes: "⟦G1⟧ — ⟦N2⟧, ⟦N3⟧ and ⟦N4⟧ —".
_DASH_LIST = re.compile(OPEN + r"(G\d+)" + CLOSE + r"(?: (?:held|jailed|detained|captured) in " + OPEN + r"[CL]\d+" + CLOSE
                        + r")? [\u2014\u2013-]{1,2} ((?:" + OPEN + r"[PNOG]\d+" + CLOSE + r", )*"
                        + OPEN + r"[PNOG]\d+" + CLOSE + r",? and " + OPEN + r"[PNOG]\d+" + CLOSE + r")(?: [\u2014\u2013-]{1,2})?")
# What may stand between a counted group and its members: a participle phrase ("two nationals wanted by the FBI,",
# "three firms based in ⟦L2⟧,", "two men long sought by ⟦O3⟧,"), never a clause or a list of its own.
_GROUP_MODIFIER = (r"(?: (?:long |also |now )?(?:[a-z]+ed|held|sought|known|led|run|owned|close|loyal)"
                   r"(?: (?:[a-z][\w-]*|" + OPEN + r"[A-Z]\d+" + CLOSE + r")){0,6})?")
# A group and the people in it after a comma: "⟦G1⟧, ⟦N2⟧ and ⟦N3⟧," ("two former prime ministers, A and B").
_COMMA_MEMBERS = re.compile(OPEN + r"(G\d+)" + CLOSE + _GROUP_MODIFIER + r", ((?:" + OPEN + r"[PN]\d+" + CLOSE + r", )*" + OPEN + r"[PN]\d+"
                            + CLOSE + r",? and " + OPEN + r"[PN]\d+" + CLOSE + r")(?=[,.;]|\s(?:over|for|in|on|after|as|who)\b|$)")
# "The measures, announced by ⟦O0⟧ ..., target": who announced them is no part of the clause.
_BY_APPOSITION = re.compile(r"(?<=[a-z]), (?:announced|imposed|unveiled|agreed|adopted|approved|issued|published) by "
                            + OPEN + r"[A-Z]\d+" + CLOSE + r"[^,;]{0,80}?, ")
# "; Prosecutor General ⟦P2⟧;", "; and deputy defence ministers ⟦N8⟧"
_SEMI_END = re.compile(r"; and (?:[A-Za-z][\w-]* ){0,4}?" + OPEN)
_SEMI_LIST = re.compile(r"; (and )?(?:[A-Za-z][\w-]* ){0,4}?(?=" + OPEN + ")")
# "A, B, C; and the governor of the region(, along with ...)": the list ends with its last name (its last item names
# no one kg knows)
_SEMI_LAST_UNKNOWN = re.compile(r", (" + OPEN + r"[A-Z]\d+" + CLOSE + r"); and (?=[^" + OPEN + r";,]*(?:,|$))")


# A country and a description before a company: "⟦C1⟧ drone maker ⟦O2⟧" (the U.S. drone maker Skydio).
_COUNTRY_DESC = re.compile(OPEN + r"C\d+" + CLOSE + r"(?:['\u2019]s)? (?:[a-z][\w-]* ){0,2}(?:firm|company|bank|group|airline|"
                           r"carrier|producer|exporter|operator|shipper|lender|trader|manufacturer|maker|supplier|insurer|"
                           r"contractor|conglomerate|giant)\s(?=" + OPEN + r"[ON]\d+" + CLOSE + ")")


def _variants(masked: str) -> list[str]:
    """The sentence as written, and simplified: descriptors folded into names, appositions dropped (never a
    placeholder added: each one a simplification writes is one it matched).

    >>> shown(_variants(internal("⟦C0⟧ lifted sanctions on ⟦C1⟧' national airline, ⟦O2⟧, allowing flights"))[1])
    '⟦C0⟧ lifted sanctions on ⟦O2⟧ allowing flights'
    """
    simple = masked
    if masked.startswith(("The ", "A ", "An ", "Its ", "His ", "Her ", "Their ")):
        simple = _LEAD_APPOSITION.sub(lambda m: OPEN + m.group(1) + CLOSE + " ", simple)
    comma = ", " in simple
    if "'" in simple or "\u2019" in simple:
        simple = _DESCRIPTOR.sub(lambda m: m.group(1) + (" " if m.group(2) else ""), simple)
    if comma:
        if any(c.isdigit() for c in simple):
            simple = _AGE_AND.sub(lambda m: OPEN + m.group(1) + CLOSE + " and ", simple)  # "A, 69, and B": "A and B"
            simple = _AGE.sub(lambda m: OPEN + m.group(1) + CLOSE + ",", simple)
        simple = _APPOSITION.sub(_appositive_dropped, simple)
    if comma and " by " in simple:
        simple = _BY_APPOSITION.sub(" ", simple)
    before = simple
    if comma:
        simple = _COMMA_BE.sub(lambda m: OPEN + m.group(1) + CLOSE + " ", simple)
    if OPEN + "G" in simple:
        simple = _MEMBER.sub(lambda m: f"{OPEN}{m.group(1)}{CLOSE} and {OPEN}{m.group(2)}{CLOSE}", simple)
        simple = _AMONG.sub(_among_as_list, simple)
    if simple != before:
        simple = _APPOSITION.sub(_appositive_dropped, simple)
    if "day" in simple or "week" in simple or "month" in simple or "year" in simple:
        # (a comma that closes the phrase stays: "on A this week, and B said" keeps its clause apart)
        simple = _TIME_ADV.sub(lambda m: "," if m.group(0)[0] != "," and m.group(0)[-1] == "," else "", simple)
    if OPEN + "P" in simple or OPEN + "N" in simple:
        simple = _PERSON_DESC_LIST.sub(" ", simple)  # also every descriptor that _PERSON_DESC finds
        simple = _LIST_DEMONYM.sub(" ", simple)
    simple = _ORG_DESC.sub(" ", simple)
    simple = _COUNTRY_DESC.sub("", simple)
    if comma:
        simple = _ROLE_COMMA.sub(" ", simple)
        if " of " in simple:
            simple = _ROLE_OF.sub(lambda m: OPEN + m.group(1) + CLOSE, simple)
            simple = _MEMBER_OF_BODY.sub(lambda m: OPEN + m.group(1) + CLOSE, simple)
    if "-" in simple:
        simple = _OWNED.sub("", simple)
    if "; and " in simple and (_SEMI_END.search(simple) or simple.count("; " + OPEN) >= 2):
        # "A and B; C, a dealer, and D; and E": one list (also when its last item names no one kg knows: "A; B,
        # head of the SNB; C; and the governor of the region")
        simple = _SEMI_ITEM.sub(lambda m: OPEN + m.group(1) + CLOSE, simple)
        simple = _SEMI_LIST.sub(lambda m: ", " + (m.group(1) or ""), simple)
        if ", " + OPEN in simple and " and " + OPEN not in simple:
            simple = _SEMI_LAST_UNKNOWN.sub(lambda m: " and " + m.group(1) + "; and ", simple)
    if "\u2014" in simple or "\u2013" in simple or " - " in simple or " -- " in simple:
        simple = _DASH_LIST.sub(lambda m: f"{OPEN}{m.group(1)}{CLOSE} and {m.group(2)}", simple)
    if OPEN + "G" in simple and comma:
        simple = _COMMA_MEMBERS.sub(lambda m: f"{OPEN}{m.group(1)}{CLOSE} and {m.group(2)}", simple)
    if "  " in simple:
        simple = re.sub(r"\s{2,}", " ", simple)
    out = [masked] if simple == masked else [masked, simple]
    if ", who " in masked:
        chained = _RELATIVE_AND.sub(lambda m: OPEN + m.group(1) + CLOSE + " ", masked)
        if chained != masked:
            out.append(chained)
    return out

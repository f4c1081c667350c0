"""Rule patterns: slots, macros and the placeholders that stand for mentions, compiled into regular expressions.

The placeholders (``⟦C3⟧`` a country or government, ``⟦P5⟧`` a person, ...) are what a rule's slots match; both the
rule files' loader (which compiles a user's rules before any article is read) and the rule engine
(:mod:`kg.extraction.relations`) use this module, which needs neither.

Inside kg the brackets are two control characters (:data:`OPEN`, :data:`CLOSE`); rule files and doctests write
them ``⟦`` and ``⟧``, which :func:`internal` turns into them (and :func:`shown` back).

>>> slot_role("agent2"), PLACEHOLDER.fullmatch(internal("⟦C12⟧")).groups()
('agent', ('C', '12'))
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from kg.cache import regex
from kg.errors import RuleError


class RuleText(Protocol):
    """What compiling needs of a rule (:class:`kg.extraction.resources.Rule` has it)."""

    id: str
    pattern: str
    where: str


# A placeholder's brackets: control characters that ingest removes from every text (so no text holds them), which
# keep a masked sentence a one-byte string when its text is Latin-1 (the regular expression engine is faster on one).
OPEN, CLOSE = "\x02", "\x03"
_INTERNAL = str.maketrans({"\u27e6": OPEN, "\u27e7": CLOSE})
_SHOWN = str.maketrans({OPEN: "\u27e6", CLOSE: "\u27e7"})


def internal(text: str) -> str:
    """A pattern or a masked sentence as kg reads it: the brackets ``⟦`` and ``⟧`` of the rule files made
    :data:`OPEN` and :data:`CLOSE`.

    >>> internal("⟦C0⟧ lifted") == OPEN + "C0" + CLOSE + " lifted", shown(internal("⟦C0⟧ lifted"))
    (True, '⟦C0⟧ lifted')
    """
    return text.translate(_INTERNAL)


def shown(text: str) -> str:
    """A masked sentence (or a pattern) for people to read: :data:`OPEN` and :data:`CLOSE` written ``⟦`` and ``⟧``."""
    return text.translate(_SHOWN)


SLOT_CODES = {  # K: a government named by metonym ("the Kremlin", "Belarusian authorities"): it acts, but is no place
    "agent": "CKOPNL", "target": "CKOPNLG", "party": "PGN", "dest": "CLK", "praiser": "CKOPNL",
    "praised": "CKOPNLG", "p": "CKOPNL", "place": "CL", "owner": "CKOPNL",
}
_SLOT = re.compile(r"\{([a-z]+)(\d*)\}")
_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
PLACEHOLDER = re.compile(OPEN + r"([A-Z])(\d+)" + CLOSE)


_LOWER_WORD = re.compile(r"[a-z]+")
_LAST_WORDS: tuple = ("", frozenset())  # the sentence read last, and its words


def words_of(masked: str) -> frozenset[str]:
    """The lowercase words (runs of ASCII letters) of a masked sentence, made once per sentence: the rules and the
    frames both gate on them.

    >>> sorted(words_of(internal("⟦C0⟧ Lifted sanctions on ⟦O1⟧'s unit")))
    ['c', 'lifted', 'o', 'on', 's', 'sanctions', 'unit']
    """
    global _LAST_WORDS
    last = _LAST_WORDS  # one read: another thread may replace it
    if last[0] is masked:
        return last[1]
    words = frozenset(_LOWER_WORD.findall(masked.lower()))
    _LAST_WORDS = (masked, words)
    return words


class Needs:
    """A compiled pattern tried only on a text that holds one of ``needles``, strings that every match contains
    (for a pattern without IGNORECASE, or needles without letters): most sentences hold none, and a substring test
    is much cheaper than a regular expression that fails at every position. The same matches as the pattern.

    >>> rx = Needs(re.compile(r"\\b(?:held|taken) by ⟦C(\\d+)⟧"), "held", "taken")
    >>> rx.search("A was held by ⟦C1⟧").group(1), rx.search("A was freed by ⟦C1⟧"), list(rx.finditer("none"))
    ('1', None, [])
    """

    __slots__ = ("rx", "needles", "pattern")

    def __init__(self, rx: re.Pattern[str], *needles: str) -> None:
        self.rx, self.needles, self.pattern = rx, needles, rx.pattern

    def _may(self, text: str) -> bool:
        for needle in self.needles:
            if needle in text:
                return True
        return False

    def search(self, text: str, *args):
        return self.rx.search(text, *args) if self._may(text) else None

    def match(self, text: str, *args):
        return self.rx.match(text, *args) if self._may(text) else None

    def fullmatch(self, text: str, *args):
        return self.rx.fullmatch(text, *args) if self._may(text) else None

    def finditer(self, text: str, *args):
        return self.rx.finditer(text, *args) if self._may(text) else iter(())


def slot_role(name: str) -> str:
    """The role a slot name stands for: ``p1`` -> ``p``, ``agent2`` -> ``agent``.

    >>> slot_role("p2"), slot_role("agent2"), slot_role("dest")
    ('p', 'agent', 'dest')
    """
    return name.rstrip("0123456789")


def _slot_regex(name: str, codes: str) -> str:
    one = f"{OPEN}[{codes}]\\d+{CLOSE}"
    # "A and B", "A, B and C", "A as well as B"; a bare comma only inside a list that ends with "and"
    # ("sanctions on A, the Treasury said" lists nothing).
    last = (r"(?:,? (?:and|as well as|along with|together with) (?:also )?(?:on |against |to |with )?(?:both )?|\s?& )"
            r"(?:the |his |her |its )?")
    tail = ""
    if slot_role(name) in ("dest", "place"):  # "U.S. custody" is not a destination
        tail = r"(?!\s(?:custody|prison|prisons|jail|jails|detention|embassy|consulate|officials|authorities|forces|troops|court|courts|hands|side)\b)"
    elif slot_role(name) in ("target", "party", "praised", "p"):  # "Sovcomflot's chief executive" is not Sovcomflot
        # nor is a country before a description ("sanctions on U.S. drone maker Skydio") the target
        tail = (r"(?!\s(?:[a-z][\w-]*\s){0,2}(?:maker|makers|firm|firms|company|companies|producer|producers|"
                r"manufacturer|manufacturers|airline|lender|exporter|operator|contractor|supplier|conglomerate)\b)"
                + r"(?!['\u2019]s?\s(?:(?!sanctions|sanction|assets|penalties|oil|release|freeing|removal|designation|listing"
                r"|delisting|blacklisting)[a-z]|" + OPEN + "))")  # nor is "⟦C1⟧'s ⟦O2⟧" the country
    # No determiner before the first placeholder: the masker drops "the", "his", ... before every placeholder,
    # so that each pattern that opens with a slot opens with a literal, which the regex engine scans for fast.
    # "freed A, and B, the bishop of X, has kept contacts": after one name, ", and" before a name with a verb of
    # its own opens a new clause (a list of three or more may end "B, and C")
    clause = (r"(?!,\s(?:and|as well as|along with|together with)\s(?:the |his |her |its )?" + one
              + r"(?:,[^,;.]{1,80},)?\s(?:has|have|had|is|are|was|were|will|would|said|says|did)\b)")
    return f"(?P<{name}>{one}(?:(?:, {one})+(?:{last}{one})+|(?:{clause}{last}{one})+)*){tail}"


def _first_chars(items) -> set[str] | None:
    """The characters a match of a parsed sequence must start with, or None when it is not sure (anything but
    literals, classes of them, groups, alternatives and repeats) or the sequence may match nothing."""
    from re import _constants as sre

    out: set[str] = set()
    for op, av in items:
        nullable = False
        if op is sre.LITERAL:
            chars = {chr(av)}
        elif op is sre.IN:
            chars = set()
            for o, a in av:
                if o is sre.LITERAL:
                    chars.add(chr(a))
                elif o is sre.RANGE and a[1] - a[0] < 64:
                    chars.update(map(chr, range(a[0], a[1] + 1)))
                else:
                    return None
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
            chars = _first_chars(av[3])
        elif op is sre.BRANCH:
            chars = set()
            for branch in av[1]:
                got = _first_chars(branch)
                if got is None:
                    return None
                chars |= got
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            chars, nullable = _first_chars(av[2]), av[0] == 0
        else:
            return None
        if chars is None:
            return None
        out |= chars
        if not nullable:
            return out
    return None


# What "[a-z]" matches in a case-insensitive pattern, as a case-sensitive class: the same characters (the ASCII
# letters and the four outside ASCII that fold to one), tested against a table, not lowercased one by one.
_ANY_CASE_LETTER = "(?-i:[A-Za-z\u0130\u0131\u017f\u212a])"
_LETTER_FORMS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u0130\u0131\u017f\u212a"  # the same, one by one


@lru_cache(maxsize=None)
def _guarded(macro: str) -> str:
    r"""A macro with a look-ahead for the letters its matches start with, when they are all ASCII letters: a long
    alternation of words tried at every position after a lazy gap ("{VG}{LIFT}") fails at one class test instead
    of at each of its words (which, case-insensitive, the regular expression engine tries one by one). The
    look-ahead holds only letters some match starts with, so the pattern matches exactly what it matched before.

    >>> _guarded("(?:lifted|eased|(?:is|are) lifting)")
    '(?=[aeil])(?:lifted|eased|(?:is|are) lifting)'
    >>> _guarded(r"(?:[\w-]+ly |also )*")  # may match nothing: left as it is
    '(?:[\\w-]+ly |also )*'
    """
    from re import _parser

    try:
        chars = _first_chars(_parser.parse(macro, re.IGNORECASE))
    except re.error:
        return macro
    if not chars or not all(c.isascii() and c.isalpha() for c in chars):
        return macro
    return "(?=[" + "".join(sorted(chars)) + "])" + macro


@lru_cache(maxsize=None)
def scanned(pattern: str) -> str | None:
    r"""For a test that only asks whether a case-insensitive ``pattern`` matches somewhere in a text (not where, nor
    what): a pattern that does exactly then. It reads one character of those ``pattern``'s matches start with
    (case-sensitive: the ASCII letters of both cases and the ones outside ASCII that fold to them), then ``pattern``
    from that character, in a look-behind. The regular expression engine skips ahead to such a character by a table
    test, where it would try ``pattern`` (or its look-ahead, :func:`_guarded`) at every position. None when those
    characters are not all known ASCII letters (a word boundary before them counts as nothing).

    >>> scanned(r"\bfreed\b")
    '(?-i:[Ff])(?<=(?=\\bfreed\\b)[\\s\\S])'
    >>> [bool(re.search(scanned(r"\b(?:freed|released)\b"), t, re.I)) for t in ("RELEASED", "unfreed", "")]
    [True, False, False]
    """
    from re import _constants as sre, _parser

    try:
        items = list(_parser.parse(pattern, re.IGNORECASE))
    except re.error:
        return None
    while items and items[0][0] is sre.AT:  # \b, \B, ^: zero-width, read again in the look-behind
        items = items[1:]
    chars = _first_chars(items)
    if not chars or not all(c.isascii() and c.isalpha() for c in chars):
        return None
    first = re.compile("[" + "".join(sorted(chars)) + "]", re.IGNORECASE)
    forms = "".join(c for c in _LETTER_FORMS if first.fullmatch(c))
    return "(?-i:[" + forms + "])(?<=(?=" + pattern + r")[\s\S])"


def _least(items) -> int:
    """The fewest :data:`OPEN` characters a match of a parsed sequence holds (look-arounds and classes count none)."""
    from re import _constants as sre

    count = 0
    for op, av in items:
        if op is sre.LITERAL:
            count += chr(av) == OPEN
        elif op is sre.SUBPATTERN:
            count += _least(av[3])
        elif op is sre.BRANCH:
            count += min(_least(branch) for branch in av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            count += av[0] * _least(av[2])
        elif op is sre.ATOMIC_GROUP:
            count += _least(av)
    return count


def least_placeholders(rule: RuleText) -> int:
    """The fewest placeholders a sentence must hold for ``rule`` to match it: its slots that every match fills,
    read from the pattern with its macros left out (a macro may hold a placeholder, never needs one to be counted).

    >>> class R: id, where = "x", ""
    >>> r = R(); r.pattern = "{agent}{VG}{LIFT} {SANC} on {target}(?: by {party})?"
    >>> least_placeholders(r)
    2
    """
    from re import _parser

    text = _SLOT.sub("(?:" + OPEN + ")", _MACRO.sub("(?:)", internal(rule.pattern)))
    try:
        return _least(_parser.parse(text, re.IGNORECASE))
    except re.error:
        return 0


def compile_rule(rule: RuleText, macros: dict[str, str]) -> re.Pattern[str]:
    """Expand a rule's macros and slots and compile it; a bad rule raises :class:`RuleError` naming it."""
    where = f"{rule.where} ({rule.id})" if rule.where else rule.id

    def macro(m: re.Match[str]) -> str:
        if m.group(1) not in macros:
            raise RuleError(f"unknown macro {{{m.group(1)}}}; known: {', '.join(sorted(macros))}", where=where)
        return _guarded(macros[m.group(1)])

    def slot(m: re.Match[str]) -> str:
        role = m.group(1)
        if role not in SLOT_CODES:
            raise RuleError(f"unknown slot {{{m.group(0)[1:-1]}}}; slots: {', '.join(SLOT_CODES)}", where=where)
        return _slot_regex(m.group(1) + m.group(2), SLOT_CODES[role])

    text = internal(_SLOT.sub(slot, _MACRO.sub(macro, rule.pattern)))  # the rule files' brackets, kg's
    if "(?-" not in text and "\\[" not in text and "[[" not in text:  # no case-sensitive part, no escaped bracket
        text = text.replace("[a-z]", _ANY_CASE_LETTER)
    try:
        return regex(text, re.IGNORECASE)  # the compiled program comes from kg's start-up cache after the first run
    except re.error as exc:
        raise RuleError(f"pattern is not a valid regular expression: {exc}", where=where) from exc

"""Checks on user rule and gazetteer files that keep a hostile or careless file from hurting a run.

* A rule pattern that can backtrack catastrophically (``(a+)+$`` takes exponential time on a long
  sentence that almost matches) is refused when it is loaded, with the rule's id: an unbounded
  repeat (``*``, ``+``, ``{n,}``) may not hold another unbounded repeat, nor alternatives that can
  match the same text. Bound the outer repeat (``{0,5}``) or make it possessive (``*+``).
* A gazetteer entry whose id is already taken (by a built-in entry or an earlier file) is refused:
  it would silently replace the entity.

>>> unsafe_repeat("(a+)+$")
'(a+)+'
>>> unsafe_repeat("{agent} (?:and|with) {target}") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # Python 3.11+
    from re import _constants as sre_c, _parser as sre_parse
except ImportError:  # pragma: no cover (Python 3.10)
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

from kg.errors import RuleError

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")  # macros and slots: vetted, fixed text for the check
_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT}
_UNBOUNDED = sre_c.MAXREPEAT


def _children(op, av) -> list:
    if op in _REPEATS or op is getattr(sre_c, "POSSESSIVE_REPEAT", None):
        return [av[2]]
    if op is sre_c.SUBPATTERN:
        return [av[-1]]
    if op is sre_c.BRANCH:
        return list(av[1])
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return [av[1]]
    if op is getattr(sre_c, "ATOMIC_GROUP", None):
        return [av]
    if op is sre_c.GROUPREF_EXISTS:
        return [x for x in av[1:] if x is not None]
    return []


def _risky_inside(sub) -> bool:
    """Whether a repeated body holds an unbounded repeat or alternatives that overlap."""
    for op, av in sub:
        if op in _REPEATS and av[1] == _UNBOUNDED:
            return True
        if op is sre_c.BRANCH:
            firsts = [_first_chars(alt) for alt in av[1]]
            if any(f is None for f in firsts) or len(set().union(*firsts)) < sum(len(f) for f in firsts):
                return True
        if any(_risky_inside(child) for child in _children(op, av) if op is not getattr(sre_c, "ATOMIC_GROUP", None)):
            return True
    return False


def _first_chars(sub) -> set[str] | None:
    """The lower-cased literal first characters of an alternative, or None when it does not start with a literal."""
    for op, av in sub:
        if op is sre_c.LITERAL:
            return {chr(av).lower()}
        if op is sre_c.SUBPATTERN:
            return _first_chars(av[-1])
        return None
    return None


def _find(sub, text: str) -> str | None:
    for op, av in sub:
        if op in _REPEATS and av[1] == _UNBOUNDED and _risky_inside(av[2]):
            return text
        for child in _children(op, av):
            found = _find(child, text)
            if found:
                return found
    return None


def unsafe_repeat(pattern: str) -> str | None:
    """The part of ``pattern`` (macros and slots aside) that can backtrack catastrophically, or None.

    >>> unsafe_repeat(r"(?:\\w+\\s?)*x"), unsafe_repeat(r"(?:a|a)*b"), unsafe_repeat(r"(?:\\w+\\s){0,5}x")
    ('(?:\\\\w+\\\\s?)*', '(?:a|a)*', None)
    """
    text = _PLACEHOLDER.sub("\u0001", pattern)
    try:
        parsed = sre_parse.parse(text, re.IGNORECASE)
    except re.error:
        return None  # the compiler reports it with its own message
    if _find(parsed, text) is None:
        return None
    # name the smallest repeated group that is unsafe, for the message
    for match in re.finditer(r"\((?:[^()]|\([^()]*\))*\)(?:[*+]|\{\d+,\})", text):
        piece = match.group(0)
        try:
            if _find(sre_parse.parse(piece, re.IGNORECASE), piece):
                return piece.replace("\u0001", "{…}")
        except re.error:
            continue
    return text.replace("\u0001", "{…}")


def check_extra(rules: Iterable, gazetteer: Iterable, known_ids: dict[str, str]) -> None:
    """Refuse user rules that can backtrack catastrophically, and gazetteer entries whose id is taken.

    ``known_ids`` maps the ids already loaded to where they were defined; it is updated.

    >>> from kg.extraction.resources import GazetteerEntry, Rule
    >>> check_extra([Rule("r1", "Praise", "(a+)+$", 0.9, where="my.jsonl:1")], [], {})
    Traceback (most recent call last):
    ...
    kg.errors.RuleError: my.jsonl:1 (r1): the pattern can backtrack catastrophically at '(a+)+' ...
    >>> check_extra([], [GazetteerEntry("person-x", "Person", "X", where="mine.jsonl:2")], {"person-x": "people.jsonl:7"})
    Traceback (most recent call last):
    ...
    kg.errors.RuleError: mine.jsonl:2 (person-x): the id is taken by people.jsonl:7; ...
    """
    for rule in rules:
        bad = unsafe_repeat(rule.pattern)
        if bad is not None:
            raise RuleError(f"the pattern can backtrack catastrophically at {bad!r} (a repeat holding another "
                            "repeat or overlapping alternatives); bound the outer repeat, e.g. {0,5}",
                            where=f"{rule.where} ({rule.id})")
    for entry in gazetteer:
        if entry.id in known_ids:
            raise RuleError(f"the id is taken by {known_ids[entry.id]}; an entry may not replace another: "
                            "give it a new id, or edit the entry there", where=f"{entry.where} ({entry.id})")
        known_ids[entry.id] = entry.where

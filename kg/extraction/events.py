"""Event definitions as data: event classes, their roles and facts, and the words that trigger them.

Everything the extractor knows about an event class is read from ``kg/resources/events.toml``
(plus any extra ``.toml`` file given with ``--rules``): the roles and the entity kinds each
accepts, which roles are required, the binary facts the event yields, its label, and the
trigger lemmas with the object nouns they need ("lift" + "sanction" is a relief, "lift" +
"curfew" is nothing).

>>> defs = default_definitions()
>>> defs.classes["SanctionsRelief"].facts
(('agent', 'sanctionsLiftedOn', 'target'),)
>>> sorted(defs.predicates())[:3]
['metWith', 'praisedBy', 'released']
>>> defs.classes["Meeting"].viable({"participant": ["a", "b"]}), defs.classes["Meeting"].viable({"participant": ["a"]})
(True, False)
"""

from __future__ import annotations

import re

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import RuleError

EVENTS_FILE = Path(__file__).resolve().parent.parent / "resources" / "events.toml"

# Entity kinds a role may accept, and the placeholder code the mention finder gives each.
KIND_CODES = {"Country": "C", "Government": "K", "City": "L", "Person": "P", "Organization": "O", "Group": "G",
              "Name": "N"}


@dataclass(frozen=True)
class EventClass:
    """One event class: roles (role -> accepted placeholder codes), required roles, facts, label."""

    name: str
    roles: dict[str, str]
    required: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    min: tuple[tuple[str, int], ...] = ()
    infer: tuple[str, ...] = ()
    facts: tuple[tuple[str, str, str], ...] = ()
    label: str = ""
    merge_on: tuple[str, ...] = ()

    def viable(self, roles: dict[str, list]) -> bool:
        """Whether filled ``roles`` make an event of this class (required roles, one of ``any_of``, counts).

        A required role filled only by the same fillers as another role does not count ("X lifted sanctions on X").
        """
        several = len(self.required) > 1 and len(roles) > 1  # only then may another role hold the same fillers
        for r in self.required:
            own = roles.get(r)
            if not own:
                return False
            if several and set(own) <= {x for k, v in roles.items() if k != r for x in v}:
                return False
        if self.any_of and not any(roles.get(r) for r in self.any_of):
            return False
        return all(len(set(roles.get(r, ()))) >= n for r, n in self.min)

    def render_label(self, names: dict[str, list[str]]) -> str:
        """The label with each ``{role}`` replaced by its fillers' names ("?" for none).

        >>> default_definitions().classes["SanctionsRelief"].render_label({"agent": ["EU"], "target": ["Syria"]})
        'lifting of sanctions on Syria by EU'
        """
        return self.label.format_map({r: " and ".join(names.get(r, ())) or "?" for r in
                                      set(self.roles) | set(names)})


@dataclass(frozen=True)
class Trigger:
    """A lemma (with its object noun, if it needs one) that asserts an event of a class."""

    id: str
    event: str
    lemmas: tuple[tuple[str, ...], ...]
    objects: tuple[tuple[str, ...], ...] = ()
    subject: str | None = None
    object: str | None = None
    possessor: str | None = None
    preps: tuple[tuple[str, str], ...] = ()
    object_after_role: bool = False
    object_kinds: str | None = None
    subject_kinds: str | None = None  # the kinds the subject (or the passive's "by" phrase) may name
    passive_only: bool = False  # only a passive verb asserts the event ("was signed by A and B")
    mutual: bool = False
    requires_near: tuple[str, ...] = ()
    near_sentence: bool = False  # ``requires_near`` anywhere in the sentence, not only within a few words of the verb
    subject_nouns: tuple[str, ...] = ()  # the trigger counts only after one of these words ("Those designated are")
    released_only: bool = False  # only for people the article has already said were released
    noun: bool = False  # a noun after a possessor ("Biden's summit with X"): the possessor fills ``possessor``
    infer_passive: bool = True  # false: a passive with no "by" leaves its acting party unknown ("they were banned")
    measures: tuple[str, ...] = ()  # the verb's subject is one of these measure nouns ("sanctions on X took effect")
    holder: bool = False  # a measure noun whose holder is named in its phrase ("U.S. sanctions on X")
    not_after: tuple[str, ...] = ()  # lemmas that, anywhere before a holder's phrase, make it no told measure
    in_force_after: tuple[str, ...] = ()  # lemmas just before a holder's phrase that take its measure as in force
    bare: bool = False  # the verb ends its clause ("A and B were also named."): no complement makes it another sense
    bare_object: bool = False  # the object is named, and nothing but the end, a comma, "and", a purpose "to", a time
    # or an adjunct's preposition follows it (FrameReader._bare_after: "called X on Sunday": a call; "called X a hero",
    # "called X 'a liar'", "they called on X": other senses)
    # words that, right after a bare object, make the verb another sense ("barred A from the race": `bar-party`)
    not_after_object: tuple[str, ...] = ()
    together: bool = False  # the people of the object meet each other too ("X brought together A and B")
    pronoun_object: bool = False  # the object is a pronoun right after the verb ("lifted them"): nothing else
    kinds: str | None = None  # the kinds every role of the trigger may name (a meal's host and guests are people)
    confidence: float = 0.85


@dataclass
class Definitions:
    """All event classes, triggers and scope cues."""

    classes: dict[str, EventClass] = field(default_factory=dict)
    triggers: list[Trigger] = field(default_factory=list)
    scope: dict[str, frozenset[str]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def predicates(self) -> set[str]:
        """Every predicate some event class yields."""
        return {p for c in self.classes.values() for _, p, _ in c.facts}


_IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]*")  # a class, role or predicate name: the end of an ontology IRI


def _err(path: Path, what: str, message: str) -> RuleError:
    return RuleError(f"{what}: {message}", where=str(path))


def _words(value: Any, path: Path, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _err(path, what, "expected a list of words")
    return tuple(v.strip().lower() for v in value)


def _kind_codes(spec: dict, key: str, path: Path, what: str) -> str | None:
    """The codes of the entity kinds a trigger's ``key`` lists ("object_kinds", "subject_kinds", "kinds"; None when it
    lists none), each kind one of KIND_CODES."""
    kinds = spec.get(key)
    if not kinds:
        return None
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise _err(path, what, f"{key}: expected a list of entity kinds")
    bad = [k for k in kinds if k not in KIND_CODES]
    if bad:
        raise _err(path, what, f"{key}: unknown entity kind {bad[0]!r}; kinds: {', '.join(KIND_CODES)}")
    return "".join(KIND_CODES[k] for k in kinds)


def _parse(path: Path, defs: Definitions, lemma) -> None:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise _err(path, "events file", f"not valid TOML: {exc}") from exc
    except OSError as exc:
        raise _err(path, "events file", f"cannot be read: {exc.strerror}") from exc
    for name, spec in (raw.get("class") or {}).items():
        what = f"class {name}"
        if not _IDENT.fullmatch(str(name)):
            raise _err(path, what, "a class name is a word of letters, digits and '_' (it becomes an IRI)")
        if not isinstance(spec, dict) or not isinstance(spec.get("roles"), dict) or not spec["roles"]:
            raise _err(path, what, "needs a 'roles' table (role = [entity kinds])")
        roles = {}
        for role, kinds in spec["roles"].items():
            if not _IDENT.fullmatch(str(role)):
                raise _err(path, what, f"role {role!r}: a role name is a word of letters, digits and '_' "
                                       "(it becomes an IRI)")
            kinds = _words(kinds, path, f"{what} role {role}")
            bad = [k for k in kinds if k.capitalize() not in KIND_CODES and k not in ("organization",)]
            if bad:
                raise _err(path, what, f"role {role}: unknown entity kind {bad[0]!r}; kinds: {', '.join(KIND_CODES)}")
            roles[role] = "".join(KIND_CODES[k.capitalize()] for k in kinds)
        facts = []
        for fact in spec.get("facts", []):
            parts = str(fact).split()
            if len(parts) != 3 or parts[0] not in roles or parts[2] not in roles or not _IDENT.fullmatch(parts[1]):
                raise _err(path, what, f"fact {fact!r} must read 'ROLE predicate ROLE' with roles of the class "
                                       "(a predicate of letters, digits and '_')")
            facts.append((parts[0], parts[1], parts[2]))
        for key in ("required", "any_of", "infer", "merge_on"):
            for r in _words(spec.get(key, []), path, f"{what} {key}"):
                if r not in roles:
                    raise _err(path, what, f"{key} names {r!r}, which is not a role of the class")
        defs.classes[name] = EventClass(
            name=name, roles=roles, required=_words(spec.get("required", []), path, what),
            any_of=_words(spec.get("any_of", []), path, what),
            min=tuple((r, int(n)) for r, n in (spec.get("min") or {}).items()),
            infer=_words(spec.get("infer", []), path, what), facts=tuple(facts),
            label=str(spec.get("label", name)), merge_on=_words(spec.get("merge_on", []), path, what))
    for spec in raw.get("trigger", []):
        tid = str(spec.get("id", "?"))
        what = f"trigger {tid}"
        cls = spec.get("class")
        if cls not in defs.classes:
            raise _err(path, what, f"class {cls!r} is not defined; classes: {', '.join(sorted(defs.classes))}")
        roles = defs.classes[cls].roles
        preps = spec.get("preps", {}) or {}
        for r in [spec.get("subject"), spec.get("object"), spec.get("possessor"), *preps.values()]:
            if r and r not in roles:
                raise _err(path, what, f"role {r!r} is not a role of class {cls}")
        conf = float(spec.get("confidence", 0.85))
        if not 0 < conf <= 1:
            raise _err(path, what, "confidence must be in (0, 1]")
        defs.triggers.append(Trigger(
            id=tid, event=cls,
            lemmas=tuple(tuple(lemma(w) for w in p.split()) for p in _words(spec.get("lemmas", []), path, what)),
            objects=tuple(tuple(lemma(w) for w in p.split()) for p in _words(spec.get("objects", []), path, what)),
            subject=spec.get("subject"), object=spec.get("object"), possessor=spec.get("possessor"),
            preps=tuple((str(k).lower(), str(v)) for k, v in preps.items()),
            object_after_role=bool(spec.get("object_after_role", False)),
            object_kinds=_kind_codes(spec, "object_kinds", path, what),
            subject_kinds=_kind_codes(spec, "subject_kinds", path, what),
            passive_only=bool(spec.get("passive_only", False)),
            mutual=bool(spec.get("mutual", False)), requires_near=_words(spec.get("requires_near", []), path, what),
            near_sentence=bool(spec.get("near_sentence", False)),
            subject_nouns=tuple(lemma(w) for w in _words(spec.get("subject_nouns", []), path, what)),
            released_only=bool(spec.get("released_only", False)), infer_passive=bool(spec.get("infer_passive", True)),
            noun=bool(spec.get("noun", False)),
            measures=tuple(lemma(w) for w in _words(spec.get("measures", []), path, what)),
            holder=bool(spec.get("holder", False)),
            not_after=tuple(lemma(w) for w in _words(spec.get("not_after", []), path, what)),
            in_force_after=tuple(lemma(w) for w in _words(spec.get("in_force_after", []), path, what)),
            bare=bool(spec.get("bare", False)), bare_object=bool(spec.get("bare_object", False)),
            together=bool(spec.get("together", False)),
            not_after_object=tuple(w.lower() for w in _words(spec.get("not_after_object", []), path, what)),
            pronoun_object=bool(spec.get("pronoun_object", False)),
            kinds=_kind_codes(spec, "kinds", path, what), confidence=conf))
    for key, words in (raw.get("scope") or {}).items():
        defs.scope[key] = defs.scope.get(key, frozenset()) | frozenset(_words(words, path, f"scope {key}"))
    if raw.get("quote_praise"):  # words that make a quotation or a description about someone praise
        defs.scope["quote_praise"] = defs.scope.get("quote_praise", frozenset()) | frozenset(
            _words(raw["quote_praise"].get("words", []), path, "quote_praise words"))
    defs.files.append(str(path))


def load_definitions(extra: tuple[str | Path, ...] | list[str | Path] = ()) -> Definitions:
    """The bundled definitions plus ``extra`` ``.toml`` files (their classes and triggers are added)."""
    from kg.extraction.lemmas import lemma

    defs = Definitions()
    for p in (EVENTS_FILE, *map(Path, extra)):
        if not p.is_file():
            raise RuleError("file not found", where=str(p))
        _parse(p, defs, lemma)
    return defs


@lru_cache(maxsize=1)
def bundled_class_names() -> tuple[str, ...]:
    """The event classes ``events.toml`` declares, in its order (no lemmas loaded): the one list of event classes.

    >>> bundled_class_names()[:3]
    ('SanctionsImposition', 'SanctionsRelief', 'PrisonerRelease')
    """
    return tuple(tomllib.loads(EVENTS_FILE.read_text(encoding="utf-8")).get("class", {}))


@lru_cache(maxsize=1)
def default_definitions() -> Definitions:
    """The bundled definitions (read once)."""
    return load_definitions()

"""Load and validate the extractor's data files: lexicon, macros, relation rules, gazetteers.

Every file lives under ``kg/resources/`` (``rules/`` and ``gazetteer/``); users add
their own with :func:`load_resources` (``extra=``) or ``kg extract --rules/--gazetteer``.
Each file is checked against a JSON Schema when it is read, and the first bad
entry raises :class:`~kg.errors.RuleError` naming the file, the line and the id:

>>> import json, tempfile, pathlib
>>> bad = pathlib.Path(tempfile.mkdtemp()) / "my-rules.jsonl"
>>> _ = bad.write_text(json.dumps({"id": "r1", "event": "Nonsense", "pattern": "x", "confidence": 0.9}) + "\\n")
>>> load_resources(extra=[bad])
Traceback (most recent call last):
...
kg.errors.RuleError: ...my-rules.jsonl:1 (r1): event: 'Nonsense' is not one of [...]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.config import RESOURCES
from kg.errors import RuleError
from kg.extraction.events import bundled_class_names

RULES_DIR = RESOURCES / "rules"
GAZETTEER_DIR = RESOURCES / "gazetteer"

EVENT_TYPES = bundled_class_names()  # the classes kg/resources/events.toml declares
ENTITY_TYPES = ("Person", "Organization", "GovernmentBody", "Ministry", "Airline", "Company",
                "InternationalOrganization", "Country", "City", "Place")
SLOT_ROLES = ("agent", "target", "party", "dest", "praiser", "praised", "p", "place", "owner")

_STR_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}}

RULE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["id", "event", "pattern", "confidence"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": r"^[A-Za-z0-9_.:-]+$"},
        "event": {"enum": list(EVENT_TYPES)},
        "pattern": {"type": "string", "minLength": 1},
        "confidence": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
        "infer": {"type": "array", "items": {"enum": ["agent", "counterpart", "target"]}},
        "praised": {"enum": ["entity", "event"]},
        "joins": {"type": "boolean"},
        "requires": _STR_LIST,
        "pairs": {"enum": ["all", "cross"]},
        "released_only": {"type": "boolean"},
        "named_party": {"type": "boolean"},
        "sides": {"type": "boolean"},
        "event_if": {"type": "array", "items": {
            "type": "object", "required": ["if", "event"], "additionalProperties": False,
            "properties": {"if": {"type": "string"}, "event": {"enum": list(EVENT_TYPES)}}}},
        "note": {"type": "string"},
    },
}

GAZETTEER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["id", "type"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": r"^[A-Za-z0-9_.:-]+$"},
        "type": {"enum": [*ENTITY_TYPES, "Metonym"]},
        "label": {"type": "string", "minLength": 1},
        "aliases": _STR_LIST,
        "country": {"type": "string", "pattern": "^[A-Z]{2}$"},
        "organization": {"type": "string"},
        "armed": {"type": "boolean"},
        "agency": {"type": "boolean"},
        "places_stand_for_country": {"type": "boolean"},
        "title": {"type": "string"},
        "demonyms": _STR_LIST,
        "plurals": _STR_LIST,
        "refers_to": {"type": "object", "additionalProperties": False, "minProperties": 1, "maxProperties": 1,
                      "properties": {"country": {"type": "string", "pattern": "^[A-Z]{2}$"},
                                     "entity": {"type": "string"}}},
        "note": {"type": "string"},
    },
    "allOf": [
        {"if": {"properties": {"type": {"const": "Metonym"}}}, "then": {"required": ["refers_to", "aliases"]}},
        {"if": {"properties": {"type": {"const": "Country"}}}, "then": {"required": ["country"]},
         "else": {"if": {"properties": {"type": {"not": {"const": "Metonym"}}}}, "then": {"required": ["label"]}}},
    ],
}

LEXICON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["leader_titles", "org_leader_titles", "other_titles", "role_entity_titles", "former_markers",
                 "not_leader_markers", "clause_verbs", "document_heads", "group_noun_suffixes", "not_group_nouns", "title_prefixes", "name_connectors", "government_nouns", "ministries",
                 "group_nouns", "group_adjectives", "number_words", "vague_counts", "count_qualifiers",
                 "not_names", "cues", "greeting_objects", "descriptor_nouns", "org_heads", "lower_org_heads"],
    "properties": {
        **{k: _STR_LIST for k in ("leader_titles", "org_leader_titles", "other_titles", "role_entity_titles",
                                   "former_markers", "not_leader_markers", "title_prefixes", "name_connectors",
                                   "clause_verbs", "document_heads", "group_noun_suffixes", "not_group_nouns", "government_nouns", "group_nouns", "group_adjectives", "vague_counts",
                                   "count_qualifiers", "not_names", "greeting_objects", "elect_markers",
                                   "not_person_heads", "building_heads", "out_of_office_cues", "rank_markers")},
        "ministries": {"type": "array", "items": {"type": "object", "required": ["names", "label"],
                                                   "properties": {"names": _STR_LIST, "label": {"type": "string"}}}},
        "number_words": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
        "cues": {"type": "object", "required": ["negation", "modality", "condition", "hedge"],
                 "additionalProperties": _STR_LIST},
        "event_nouns": {"type": "object", "additionalProperties": _STR_LIST},
        "descriptor_nouns": _STR_LIST,
        "org_heads": {"type": "object", "propertyNames": {"enum": list(ENTITY_TYPES)}, "additionalProperties": _STR_LIST},
        "lower_org_heads": {"type": "object", "propertyNames": {"enum": list(ENTITY_TYPES)},
                            "additionalProperties": _STR_LIST},
    },
}

MACROS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": {"anyOf": [{"type": "string"}, _STR_LIST]},
    "propertyNames": {"pattern": r"^(_comment|[A-Z][A-Z0-9_]*)$"},
}


@dataclass(frozen=True)
class Rule:
    """One relation rule, as read from a rules file."""

    id: str
    event: str
    pattern: str
    confidence: float
    infer: tuple[str, ...] = ()
    praised: str | None = None
    event_if: tuple[tuple[str, str], ...] = ()
    joins: bool = False  # the slot's party joins the last talks named before ("X also took part in the meeting")
    released_only: bool = False  # only for a party the article has already said was released ("Petrov returned to Moscow")
    named_party: bool = False  # the party is named in the sentence, not a pronoun for people told before
    sides: bool = False  # a swap told with both sides as subject: each freed the other's nationals, who went home
    requires: tuple[str, ...] = ()  # macros or regexes that must all occur in a sentence for the rule to be tried
    pairs: str = "all"  # talks: "cross" when {p1} talked with each of {p2}, not {p2} among themselves
    where: str = ""


@dataclass(frozen=True)
class GazetteerEntry:
    """One gazetteer entry: a person, an organisation, extra names of a country, or a metonym."""

    id: str
    type: str
    label: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None
    organization: str | None = None
    armed: bool = False  # an armed group: "the rebels", "the militants" name the last one told
    agency: bool = False  # an international agency, court or bank, no bloc of states: "the bloc" never names it
    # a country whose states and cities stand for it as a destination ("arrived in Ohio": the United States)
    places_stand_for_country: bool = False
    title: str | None = None
    demonyms: tuple[str, ...] = ()
    plurals: tuple[str, ...] = ()
    refers_to: tuple[str, str] | None = None  # ("country", "RU") or ("entity", "european-union")
    where: str = ""


@dataclass
class Resources:
    """Everything the extractor reads from data files."""

    lexicon: dict[str, Any]
    macros: dict[str, str]
    rules: list[Rule] = field(default_factory=list)
    gazetteer: list[GazetteerEntry] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def _error(path: Path, line: int | None, ident: str | None, message: str) -> RuleError:
    where = f"{path}:{line}" if line else str(path)
    if ident:
        where += f" ({ident})"
    return RuleError(message, where=where)


@lru_cache(maxsize=None)
def _compiled(name: str):
    """The schema ``name`` (e.g. ``"RULE_SCHEMA"``) compiled once per process by fastjsonschema."""
    import fastjsonschema

    return fastjsonschema.compile(globals()[name])


def _check(obj: Any, name: str) -> str | None:
    """None when ``obj`` matches the schema ``name``, else jsonschema's message for its first error.

    The compiled validator does the work; jsonschema, slower to import and to run,
    is asked only to word the error.

    >>> _check({"id": "x", "type": "Person", "label": "X"}, "GAZETTEER_SCHEMA") is None
    True
    >>> _check({"id": "x", "type": "Person"}, "GAZETTEER_SCHEMA")
    "'label' is a required property"
    """
    import fastjsonschema

    try:
        _compiled(name)(obj)
        return None
    except fastjsonschema.JsonSchemaValueException as fast:
        import jsonschema

        exc = jsonschema.exceptions.best_match(jsonschema.validators.validator_for(globals()[name])(
            globals()[name]).iter_errors(obj))
        if exc is None:  # the two libraries disagree: say what the compiled one found
            return fast.message
        loc = ".".join(str(p) for p in exc.absolute_path)
        return f"{loc}: {exc.message}" if loc else exc.message


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise _error(path, None, None, "file not found") from exc
    except json.JSONDecodeError as exc:
        raise _error(path, exc.lineno, None, f"invalid JSON: {exc.msg}") from exc


def _read_jsonl(path: Path) -> list[tuple[int, dict[str, Any]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise _error(path, None, None, "file not found") from exc
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _error(path, n, None, f"invalid JSON: {exc.msg}") from exc
        if not isinstance(obj, dict):
            raise _error(path, n, None, "each line must be a JSON object")
        if set(obj) == {"_comment"}:
            continue
        out.append((n, obj))
    return out


def parse_rules(path: Path) -> list[Rule]:
    """Read and validate a rules file (JSON Lines)."""
    rules = []
    for n, obj in _read_jsonl(path):
        ident = obj.get("id") if isinstance(obj.get("id"), str) else None
        problem = _check(obj, "RULE_SCHEMA")
        if problem:
            raise _error(path, n, ident, problem)
        for req in obj.get("requires", ()):
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", req):
                try:
                    re.compile(req)
                except re.error as exc:
                    raise _error(path, n, ident, f"requires: bad regular expression {req!r}: {exc}") from exc
        for cond in obj.get("event_if", ()):
            try:
                re.compile(cond["if"])
            except re.error as exc:
                raise _error(path, n, ident, f"event_if: bad regular expression {cond['if']!r}: {exc}") from exc
        rules.append(Rule(id=obj["id"], event=obj["event"], pattern=obj["pattern"], confidence=float(obj["confidence"]),
                          infer=tuple(obj.get("infer", ())), praised=obj.get("praised"),
                          event_if=tuple((c["if"], c["event"]) for c in obj.get("event_if", ())),
                          joins=bool(obj.get("joins", False)), released_only=bool(obj.get("released_only", False)),
                          named_party=bool(obj.get("named_party", False)), sides=bool(obj.get("sides", False)),
                          requires=tuple(obj.get("requires", ())), pairs=obj.get("pairs", "all"),
                          where=f"{path}:{n}"))
    return rules


def parse_gazetteer(path: Path) -> list[GazetteerEntry]:
    """Read and validate a gazetteer file (JSON Lines)."""
    out = []
    for n, obj in _read_jsonl(path):
        ident = obj.get("id") if isinstance(obj.get("id"), str) else None
        problem = _check(obj, "GAZETTEER_SCHEMA")
        if problem:
            raise _error(path, n, ident, problem)
        ref = obj.get("refers_to")
        out.append(GazetteerEntry(
            id=obj["id"], type=obj["type"], label=obj.get("label"), aliases=tuple(obj.get("aliases", ())),
            country=obj.get("country"), organization=obj.get("organization"), title=obj.get("title"),
            armed=bool(obj.get("armed", False)), agency=bool(obj.get("agency", False)),
            places_stand_for_country=bool(obj.get("places_stand_for_country", False)),
            demonyms=tuple(obj.get("demonyms", ())), plurals=tuple(obj.get("plurals", ())),
            refers_to=next(iter(ref.items())) if ref else None, where=f"{path}:{n}"))
    return out


def _check_rules(rules: list[Rule], macros: dict[str, str], *, compile_from: int | None = None) -> None:
    """No rule id twice, and the rules from ``compile_from`` on (a user's) compile, so that a bad pattern is refused
    before any article is read. The bundled rules compile when a sentence first needs them
    (:class:`~kg.extraction.relations.RuleSet`); the suite compiles every one."""
    from kg.extraction.patterns import compile_rule  # the compiler knows slots and macros

    seen: dict[str, str] = {}
    for n, rule in enumerate(rules):
        if rule.id in seen:
            raise RuleError(f"duplicate rule id, first defined at {seen[rule.id]}", where=f"{rule.where} ({rule.id})")
        seen[rule.id] = rule.where
        if compile_from is not None and n >= compile_from:
            compile_rule(rule, macros)


def _classify(path: Path) -> str:
    name = path.name
    if name.endswith(".jsonl"):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    return "rules"  # parse_rules reports the error with its line
                if set(obj) == {"_comment"}:
                    continue
                return "rules" if "pattern" in obj else "gazetteer"
        return "gazetteer"
    raise RuleError("expected a .jsonl rules or gazetteer file", where=str(path))


def load_resources(*, extra: tuple[str | Path, ...] | list[str | Path] = ()) -> Resources:
    """The bundled data files plus ``extra`` rule or gazetteer files (``.jsonl``, or folders of them).

    A rules file has ``pattern`` in its entries; anything else is a gazetteer.

    >>> res = load_resources()
    >>> len(res.rules) > 20, any(e.label == "Alexander Lukashenko" for e in res.gazetteer)
    (True, True)
    """
    if not extra:
        return _default_resources()
    base = _default_resources()
    res = Resources(lexicon=base.lexicon, macros=base.macros, rules=list(base.rules),
                    gazetteer=list(base.gazetteer), files=list(base.files))
    for raw in extra:
        path = Path(raw)
        paths = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for p in paths:
            if not p.exists():
                raise RuleError("file not found", where=str(p))
            if _classify(p) == "rules":
                res.rules.extend(parse_rules(p))
            else:
                res.gazetteer.extend(parse_gazetteer(p))
            res.files.append(str(p))
    from kg.extraction.guard import check_extra  # user files: no catastrophic backtracking, no id taken twice

    check_extra(res.rules[len(base.rules):], res.gazetteer[len(base.gazetteer):], {e.id: e.where for e in base.gazetteer})
    _check_rules(res.rules, res.macros, compile_from=len(base.rules))
    return res


def _load_macros(path: Path) -> dict[str, str]:
    raw = _read_json(path)
    problem = _check(raw, "MACROS_SCHEMA")
    if problem:
        raise _error(path, None, None, problem)
    macros = {}
    for name, value in raw.items():
        if name == "_comment":
            continue
        if isinstance(value, list):
            value = "(?:" + "|".join(sorted(value, key=len, reverse=True)) + ")"
        try:
            re.compile(value)
        except re.error as exc:
            raise _error(path, None, name, f"bad regular expression: {exc}") from exc
        macros[name] = value
    return macros


@lru_cache(maxsize=1)
def _default_resources() -> Resources:
    lexicon_path = RULES_DIR / "lexicon.json"
    lexicon = _read_json(lexicon_path)
    problem = _check(lexicon, "LEXICON_SCHEMA")
    if problem:
        raise _error(lexicon_path, None, None, problem)
    macros = _load_macros(RULES_DIR / "macros.json")
    rules: list[Rule] = []
    gazetteer: list[GazetteerEntry] = []
    files = [str(lexicon_path), str(RULES_DIR / "macros.json")]
    for p in sorted(RULES_DIR.glob("*.jsonl")):
        rules.extend(parse_rules(p))
        files.append(str(p))
    for p in sorted(GAZETTEER_DIR.glob("*.jsonl")):
        gazetteer.extend(parse_gazetteer(p))
        files.append(str(p))
    _check_rules(rules, macros)
    return Resources(lexicon=lexicon, macros=macros, rules=rules, gazetteer=gazetteer, files=files)

"""The cheap tests that let the mention finder skip a pattern never skip one that would match."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import sample_articles
from kg.extraction.mentions import ArticleState, MentionFinder
from kg.extraction.gazetteer import tokenize
from kg.ingest.reader import read_article

RESOURCES = Path(__file__).parent / "resources"


def _sentences() -> list[str]:
    paths = [p for d in ("devset", "devset-b", "devset-c", "devset-d", "devset-e") for p in
             sorted((RESOURCES / d).glob("*.txt"))] + list(sample_articles())
    return [s.text for p in paths for s in read_article(p).sentences]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return _sentences() + [
        "The sanctions were imposed under the Global Magnitsky Act on 3 March.",
        "It acted within the EU sanctions framework and under its Iran programme.",
        "Some 1,000 prisoners and 52 detainees were freed in 2025, 3.5 years later; 12,000 remain.",
    ]


def test_the_document_and_programme_patterns_are_tried_on_every_sentence_they_match(sentences):
    finder = MentionFinder.default()
    matched = 0
    for text in sentences:
        tried = finder._documents_in(text)
        for rx in (finder.document_re, finder.programme_re):
            if rx.search(text):
                matched += 1
                assert rx in tried, text
    assert matched >= 3


def test_a_number_without_white_space_after_it_would_open_no_group(sentences):
    finder = MentionFinder.default()
    skipped = 0
    for text in sentences:
        for tok, start, end in tokenize(text):
            if tok[0].isdigit() and not text[end:end + 1].isspace():
                skipped += 1
                assert finder.group_re.match(text, start) is None, text
                assert finder.partitive_re.match(text, start) is None, text
    assert skipped > 50


def test_counted_groups_and_documents_are_still_found():
    finder = MentionFinder.default()
    found = finder.find("Some 1,000 prisoners and 52 detainees were freed in 2025.", ArticleState())
    assert [f.text for f in found if f.code == "G"] == ["Some 1,000 prisoners", "52 detainees"]
    found = finder.find("The EU imposed sanctions under the Global Magnitsky Act on Russia.", ArticleState())
    assert "Global Magnitsky" not in " ".join(f.text for f in found)


def _cue_patterns():
    from kg.extraction.relations import Cues

    cues = Cues.default()
    return {"negation": cues.negation, "modality (lowercase)": cues.modality.a, "modality": cues.modality.b,
            "condition": cues.condition, "hedge": cues.hedge}


def test_the_cue_patterns_find_with_their_word_gate_what_they_find_without_it(sentences):
    tricky = ["They WON'T lift it.", "We\u2019ll see; he'd agreed.", "It is NOT over, IF at all.",
              "Officials reportedly un-froze assets.", "Wanted: no\u00a0longer.", "Sanctions were \u017fuspended.",
              "The \u212aremlin said it may, or may not, act.", "Minsk", ""]
    checked = 0
    for name, gated in _cue_patterns().items():
        for text in sentences + tricky:
            assert [m.span() for m in gated.finditer(text)] == [m.span() for m in gated.rx.finditer(text)], (name, text)
            found = gated.search(text)
            assert (found and found.span()) == ((gated.rx.search(text) or None) and gated.rx.search(text).span())
            checked += found is not None
    assert checked > 100


def test_the_cue_gate_knows_every_letter_outside_ascii_that_reads_as_an_ascii_letter():
    import re
    import sys

    from kg.extraction.relations import _FOLDS_TO_ASCII

    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    folding = {chr(c) for c in range(0x80, sys.maxunicode + 1) if ascii_letter.match(chr(c))}
    assert folding == set(_FOLDS_TO_ASCII)


def test_a_determiner_before_a_mention_is_dropped_as_the_whole_pattern_would_drop_it(sentences):
    import itertools

    from kg.extraction.relations import _DETERMINER, _drop_determiner

    words = ["the", "The", "HER", "its", "Mrs.", "Messrs.", "Dr", "other", "bath", ".", "on"]
    spaces = [" ", "  ", "\n", " \n", "\u00a0", ""]
    pieces = ["".join(p) for n in range(1, 4) for p in itertools.product(words, spaces, repeat=n)]
    pieces += [s[:k] for s in sentences[:200] for k in range(0, len(s), 7)]
    dropped = 0
    for piece in pieces:
        assert _drop_determiner(piece) == _DETERMINER.sub("", piece), repr(piece)
        dropped += _drop_determiner(piece) != piece
    assert dropped > 1000


def test_a_tree_of_prefixes_matches_what_the_plain_alternation_matches_in_the_same_order(sentences):
    import re

    from kg.extraction.gazetteer import default_gazetteer
    from kg.extraction.mentions import _trie_alternation

    gaz = default_gazetteer()
    dems = [" ".join(r.surface) for recs in gaz.names.values() for r in recs if r.kind in ("demonym", "country")]
    dems += ["Us", "US", "Kazakh", "Kazakhs", "South  Africa"]
    plain = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(dems), key=lambda w: (-len(w), w)))
    tree = _trie_alternation(dems, fold=True)
    assert tree and len(tree) < len(plain)
    # what follows the alternation makes the engine go back to shorter words: the order of the tries shows
    tails = (r"\b", r"(?P<rest>\w*)\s+[a-z]+", r"\S?")
    matched = 0
    for tail in tails:
        a, b = re.compile("(?:" + plain + ")" + tail, re.IGNORECASE), re.compile("(?:" + tree + ")" + tail, re.IGNORECASE)
        for text in sentences + ["The SOUTH AFRICAN and south africans, a Kazakhstani"]:
            for m in re.finditer(r"\w+", text):
                x, y = a.match(text, m.start()), b.match(text, m.start())
                assert (x and (x.span(), x.groupdict())) == (y and (y.span(), y.groupdict())), (tail, text[m.start():])
                matched += x is not None
    assert matched > 500


def test_a_macro_with_its_first_letters_looked_ahead_matches_what_the_macro_matches(sentences):
    import re

    from kg.extraction.patterns import _guarded
    from kg.extraction.resources import load_resources

    macros = load_resources().macros
    guarded = {name: _guarded(m) for name, m in macros.items()}
    assert sum(g != macros[n] for n, g in guarded.items()) >= 20  # the trigger words' macros are guarded
    assert guarded["VG"] == macros["VG"] and guarded["ADV"] == macros["ADV"]  # these may match nothing
    tricky = ["Sanctions were LIFTED and \u017fuspended.", "The \u212aremlin \u0130mposed them.", "ended, Eased, ÉASED"]
    texts = [t for s in sentences[:120] + tricky for t in (s, s.upper())]
    matched = 0
    for name, g in guarded.items():
        if g == macros[name]:
            continue
        # after a lazy gap, as the rules use them, and case-insensitive as the rules are compiled
        a = re.compile(r"(?:\w+ ){0,3}?(?:" + macros[name] + r")", re.IGNORECASE)
        b = re.compile(r"(?:\w+ ){0,3}?(?:" + g + r")", re.IGNORECASE)
        for text in texts:
            spans = [m.span() for m in a.finditer(text)]
            assert spans == [m.span() for m in b.finditer(text)], (name, text)
            matched += len(spans)
    assert matched > 1000


def test_a_pattern_that_needs_a_word_is_skipped_only_where_it_could_not_match(sentences):
    from kg.extraction import engine, mentions
    from kg.extraction.patterns import Needs

    needs = [v for mod in (engine, mentions) for v in list(vars(mod).values()) + list(vars(mod.__dict__.get(
        "Extractor", object)).values()) if isinstance(v, Needs)]
    assert len(needs) >= 4
    words = [w for s in sentences for w in s.split()]
    texts = sentences + words + ["Hostages held by \u27e6C1\u27e7 were freed", "\u27e6C0\u27e7 jailed \u27e6P1\u27e7",
                                 "Kremlin-backed", "Abducted by \u27e6O2\u27e7"]
    hits = 0
    for rx in needs:
        for text in texts:
            plain = rx.rx.search(text)
            assert (rx.search(text) and rx.search(text).span()) == (plain and plain.span()), (rx.pattern, text)
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in rx.rx.finditer(text)]
            hits += plain is not None
    assert hits > 20


def test_the_city_ids_are_made_once_per_gazetteer_and_again_when_it_gains_an_entry():
    import copy

    from kg.extraction.gazetteer import default_gazetteer
    from kg.extraction.resolve import Resolver, city_entry_ids
    from kg.extraction.resources import GazetteerEntry

    gaz = copy.deepcopy(default_gazetteer())
    ids = city_entry_ids(gaz)
    assert city_entry_ids(gaz) is ids
    assert "Newtown-on-Test" not in ids
    gaz.entries["q-newtown"] = GazetteerEntry(id="q-newtown", label="Newtown-on-Test", type="City")
    assert city_entry_ids(gaz)["Newtown-on-Test"] == "q-newtown"
    iri = Resolver(doc_id="d", gaz=gaz).iri(("city", "Newtown-on-Test"))
    assert iri.endswith("q-newtown")
    assert city_entry_ids(default_gazetteer()) == {k: v for k, v in city_entry_ids(gaz).items() if k != "Newtown-on-Test"}


def test_the_sentence_end_tests_read_only_the_last_characters_and_find_what_the_whole_sentence_gives(sentences):
    from kg.ingest.reader import _ABBREV_END, _STATE_END

    tails = ["Maj.", "Sen. Leahy, D-Vt.", "D-Vt.,", "said K.", "(Lt.", "\u201cGen.", "x Gov.", "R-N.Y.,", "etc."]
    texts = [s[:k].rstrip() for s in sentences[:300] for k in range(1, len(s) + 1, 5)] + tails
    found = 0
    for text in texts:
        for rx, last in ((_ABBREV_END, 8), (_STATE_END, 9)):
            whole, tail = rx.search(text), rx.search(text, max(0, len(text) - last))
            assert (whole and (whole.span(), whole.groups())) == (tail and (tail.span(), tail.groups())), text
            found += whole is not None
    assert found > 20


def test_a_rule_with_its_letter_classes_read_case_sensitively_matches_what_it_matched(sentences):
    import re
    import sys

    from kg.extraction.patterns import _ANY_CASE_LETTER, _MACRO, _SLOT, _slot_regex, SLOT_CODES, compile_rule, internal
    from kg.extraction.relations import OPEN, CLOSE, mask
    from kg.extraction.resources import load_resources

    plain = re.compile("[a-z]", re.IGNORECASE)
    table = re.compile(_ANY_CASE_LETTER, re.IGNORECASE)
    assert all(bool(plain.match(chr(c))) == bool(table.match(chr(c))) for c in range(sys.maxunicode + 1))
    res = load_resources()
    finder = MentionFinder.default()
    masked = []
    for text in sentences[:250]:
        found = finder.find(text, ArticleState())
        masked.append(mask(text, [(f.start, f.end, f"{OPEN}{f.code}{n}{CLOSE}") for n, f in enumerate(found)]))
    masked = [m for m in masked if OPEN in m]
    matched = 0
    for rule in res.rules:
        new = compile_rule(rule, res.macros)
        text = _SLOT.sub(lambda m: _slot_regex(m.group(1) + m.group(2), SLOT_CODES[m.group(1)]),
                         _MACRO.sub(lambda m: res.macros[m.group(1)], rule.pattern))
        old = re.compile(internal(text), re.IGNORECASE)  # without the look-aheads and the case-sensitive classes
        assert "[a-z]" not in new.pattern
        for m in masked:
            a, b = [(x.span(), x.groupdict()) for x in old.finditer(m)], [(x.span(), x.groupdict()) for x in new.finditer(m)]
            assert a == b, (rule.id, m)
            matched += len(a)
    assert matched > 50


def test_the_rules_prefilters_with_their_look_aheads_find_what_they_found(sentences):
    """A prefilter only says whether its pattern matches (its compiled form reads from the first character a match
    can start with, patterns.scanned): in the same sentences as the pattern as written."""
    import re

    from kg.extraction.relations import RuleSet

    rules = RuleSet.default()
    pres = {p.pattern: p for tests in rules.prefilters for p in tests}
    guarded = [p for p in pres.values() if p._make().pattern != p.pattern]
    assert len(guarded) >= 20
    found = 0
    for p in guarded:
        new, old = p._make(), re.compile(p.pattern, re.IGNORECASE)
        for text in sentences[:300]:
            a, b = old.search(text), new.search(text)
            assert (a is None) == (b is None), (p.pattern[:60], text)
            found += a is not None
    assert found > 100


def test_the_cue_patterns_as_trees_of_prefixes_find_what_the_plain_alternations_find(sentences):
    import re

    from kg.extraction.relations import _alternation
    from kg.extraction.resources import load_resources

    cues = load_resources().lexicon["cues"]
    names = {"may", "will", "can", "must", "shall", "might"}
    lists = {"negation": (cues["negation"], re.IGNORECASE), "condition": (cues["condition"], re.IGNORECASE),
             "hedge": (cues["hedge"], re.IGNORECASE),
             "modality (lowercase)": ([w for w in cues["modality"] if w in names], 0),
             "modality": ([w for w in cues["modality"] if w not in names], re.IGNORECASE)}
    tricky = ["They WON'T lift it.", "It is NOT over, IF at all.", "The \u212aremlin said it may, or may not, act.",
              "Sanctions were \u017fuspended, reportedly.", "He Declined  To comment; AS LONG AS it lasts."]
    new = _cue_patterns()
    found = 0
    for name, (words, flags) in lists.items():
        plain = [w for w in words if w[0].isalnum()]
        old = re.compile(rf"(?<![\w'\u2019-])(?:{_alternation(plain)})(?![\w'\u2019-])", flags)
        for text in sentences + tricky:
            spans = [m.span() for m in old.finditer(text)]
            assert [m.span() for m in new[name].rx.finditer(text) if m.group(0)[0].isalnum()] == spans, (name, text)
            found += len(spans)
    assert found > 100


def test_a_scanned_prefilter_starts_at_the_letters_outside_ascii_that_fold_to_its_first_ones():
    import re

    from kg.extraction.patterns import scanned

    pattern = r"\b(?:sanctions|kept|lifting)\b"
    rx, plain = re.compile(scanned(pattern), re.IGNORECASE), re.compile(pattern, re.IGNORECASE)
    texts = ["\u017fanctions", "\u212aept", "\u0130ifting", "L\u0131fting", "SANCTIONS", "unkept", "", "k ept"]
    assert [rx.search(t) is None for t in texts] == [plain.search(t) is None for t in texts]
    assert scanned(r"(?:\d+|two) prisoners") is None  # a digit may open a match: the pattern is tried as it is

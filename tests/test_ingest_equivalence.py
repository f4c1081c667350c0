"""The fast character filters and sentence splitter of kg.ingest.reader do what their plain definitions do."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest.reader import _join_abbreviations, _strip_noise, _tidy, split_sentences
from kg.model import Sentence

# Text with what the filters and the splitter care about: every kind of space, line break, control,
# format and unassigned characters, sentence-final punctuation of several scripts, abbreviations.
_PIECES = st.sampled_from([
    "Iran", "the", "EU", "met", "Talks", "ended", "52", "U.S.", "Mr.", "e.g.", "3.5", "...", "?!", "!", ".", "?",
    " ", "  ", "\t", "\n", "\n\n\n", "\r", "\r\n", "\x0b", "\x0c", "\x00", "\x1f", "\x7f", "\x85", "\x9d", "\xad",
    "\xa0", "\u2028", "\u2029", "\u3000", "\u200b", "\ufeff", "\ue000", "\u0378", "\ud800", "。", "！", "॥", "\"",
    "'", "(", ")", "•", "*", "-", "–", "·", "é", "e\u0301", "😀", "ﬁ",
])
_TEXT = st.lists(st.one_of(_PIECES, st.characters(codec=None), st.text(max_size=3)), max_size=60).map("".join)


def _strip_noise_reference(text: str) -> str:
    return "".join("\n" if c in "\x0b\x0c" else c for c in text
                   if c in "\t\n\r\x0b\x0c\xad" or "\x80" <= c <= "\x9f" or unicodedata.category(c)[0] != "C")


def _tidy_reference(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")
    text = re.sub(r"[^\S\n]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _segments(text: str) -> list[tuple[int, int]]:
    """sentencex's sentences of ``text`` through its plain API (strings, one after the other), as spans; a line
    sentencex cannot read (it panics on "V\u00a0.") is read with its white space as plain spaces."""
    import sentencex

    try:
        pieces = list(sentencex.segment("en", text))
    except BaseException as e:
        if type(e).__name__ != "PanicException":
            raise
        pieces = list(sentencex.segment("en", re.sub(r"[^\S\n]", " ", text)))
    spans, at = [], 0
    for piece in pieces:
        if piece.strip():
            spans.append((at, at + len(piece)))
        at += len(piece)
    return spans


def _split_reference(text: str) -> tuple[Sentence, ...]:
    """split_sentences by its plain definition: each line through sentencex, a quotation or parenthesis of several
    sentences split again with its quotation marks and brackets read as spaces, then the abbreviation joins."""
    enclosers = "\"'“”„‟‘’‚‛«»‹›()[]{}「」『』"
    out: list[Sentence] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        lead = len(line) - len(line.lstrip(" •*-–·\t"))
        body = line[lead:].rstrip()
        if not body:
            continue
        spans = []
        for a, b in _segments(body):
            piece = body[a:b]
            inner = _segments("".join(" " if c in enclosers else c for c in piece))
            spans.extend([(a + x, a + y) for x, y in inner] if len(inner) > 1 and set(piece) & set(enclosers)
                         else [(a, b)])
        for start_char, end_char in _join_abbreviations(body, spans):
            text_ = body[start_char:end_char]
            s = text_.strip()
            start = m.start() + lead + start_char + (len(text_) - len(text_.lstrip()))
            out.append(Sentence(index=len(out), text=s, start=start, end=start + len(s)))
    return tuple(out)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_strip_noise_and_tidy_are_their_per_character_definitions(text):
    assert _strip_noise(text) == _strip_noise_reference(text)
    assert _tidy(text) == _tidy_reference(text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_split_sentences_is_sentencex_by_its_plain_definition(text):
    text = text.encode("utf-8", "replace").decode("utf-8")  # no lone surrogates (ingest never passes them on)
    for t in (text, _tidy(text)):
        sentences = split_sentences(t)
        assert sentences == _split_reference(t)
        # offsets point at the text, in order; a sentence stays within its line; what no sentence holds is
        # white space or a line's leading bullet
        assert all(t[s.start:s.end] == s.text == s.text.strip() != "" and "\n" not in s.text for s in sentences)
        assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))
        held = set().union(*(range(s.start, s.end) for s in sentences))
        for m in re.finditer(r"[^\n]+", t):
            body_start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" •*-–·\t"))
            assert all(t[i].isspace() for i in range(body_start, m.end()) if i not in held)


def test_a_line_sentencex_panics_on_is_split_all_the_same():
    text = "The envoy met V\u00a0. Then A\u2009B\u2009. Done."
    assert [s.text for s in split_sentences(text)] == [s.text for s in _split_reference(text)]
    assert all(text[s.start:s.end] == s.text for s in split_sentences(text))  # the line's own characters
    assert split_sentences(text)[0].text == "The envoy met V\u00a0."


def test_split_sentences_on_a_whole_article():
    text = ("Title of the piece\n\nVILNIUS, March 3, 2025 — The U.S. met Iran.  Talks ended! Did they? Yes...\n"
            " • Key point. Another one\n\nMr. Smith said: \"We will see.\" Then he left。次")
    assert split_sentences(text) == _split_reference(text)
    assert [s.text for s in split_sentences(text)] == [
        "Title of the piece", "VILNIUS, March 3, 2025 — The U.S. met Iran.", "Talks ended!", "Did they?", "Yes...",
        "Key point.", "Another one", 'Mr. Smith said: "We will see."', "Then he left。", "次"]


def test_split_sentences_where_news_is_hard():
    """Titles, ranks, initials and party-and-state tags do not end a sentence; a quotation's opening mark starts
    the sentence it opens, and a quotation of several sentences is split into them."""
    text = ("They named Maj. Gen. Simon Dual and Lt. Gen. Jok Riak. Sen. Patrick Leahy, D-Vt., said so. "
            "John K. Smith arrived at 9 a.m. The talks ended. The sanctions remain. “We won. They lost,” she said.")
    assert [s.text for s in split_sentences(text)] == [
        "They named Maj. Gen. Simon Dual and Lt. Gen. Jok Riak.", "Sen. Patrick Leahy, D-Vt., said so.",
        "John K. Smith arrived at 9 a.m.", "The talks ended.", "The sanctions remain.", "“We won.",
        "They lost,” she said."]


_ASCII = st.lists(st.one_of(st.sampled_from(["Iran", "U.S.", "&amp;", "\"", "'", "`", "--", "...", " ", "\t", "\n",
                                             "\x0b", "\x0c", "\x00", "\x1f", "\x7f", "<b>", "Mr."]),
                            st.characters(min_codepoint=0, max_codepoint=127, exclude_characters="\r\x1b")),
                  max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ASCII)
def test_plain_ascii_takes_the_short_way_to_the_same_text(text):
    import ftfy

    from kg.ingest.reader import _FTFY, _redecode_line, fix_mojibake, repair_text

    long_way = "\n".join(_redecode_line(line) for line in _strip_noise(text).split("\n"))
    long_way = _tidy(ftfy.fix_text(_strip_noise(fix_mojibake(long_way)), fix_encoding=True, **_FTFY))
    assert repair_text(text) == long_way


# Lines of mojibake, of clean non-ASCII text, of ASCII, with carriage returns and line-break characters ftfy
# rewrites: what ftfy does to a line must not depend on whether the lines around it were given to it too.
_LINES = st.lists(st.one_of(_PIECES, st.sampled_from([
    "CafÃ©", "â€œquotedâ€\x9d", "NausÄ—da", "Ã¢â‚¬â„¢", "Привет", "ÐŸÑ€Ð¸Ð²ÐµÑ‚", "“curly”", "ﬁne", "ＦＵＬＬ", "\r\n",
    "\u2028", "\x1b[31m", "&amp;", "Mr. Smith", "plain words"])), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_LINES)
def test_ftfy_is_run_only_on_the_lines_it_could_change(text):
    import ftfy

    from kg.ingest.reader import _FTFY, _fix_text

    text = _strip_noise(text.encode("utf-8", "replace").decode("utf-8"))  # what repair_text gives it
    assert _fix_text(text) == ftfy.fix_text(text, fix_encoding=True, **_FTFY)

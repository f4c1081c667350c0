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


_NLP = None


def _split_reference(text: str) -> tuple[Sentence, ...]:
    """split_sentences as it was written first: each line through spaCy's sentencizer pipeline."""
    global _NLP
    if _NLP is None:
        import spacy

        _NLP = spacy.blank("en")
        _NLP.add_pipe("sentencizer")
    bodies = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        lead = len(line) - len(line.lstrip(" •*-–·\t"))
        body = line[lead:].rstrip()
        if body:
            bodies.append((m.start() + lead, body))
    out: list[Sentence] = []
    for (offset, body), doc in zip(bodies, _NLP.pipe(body for _, body in bodies)):
        # the sentencizer's sentences, with the splits after a title, an initial or a run-on undone
        for start_char, end_char in _join_abbreviations(body, [(x.start_char, x.end_char) for x in doc.sents]):
            text_ = body[start_char:end_char]
            s = text_.strip()
            if s:
                start = offset + start_char + (len(text_) - len(text_.lstrip()))
                out.append(Sentence(index=len(out), text=s, start=start, end=start + len(s)))
    return tuple(out)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_strip_noise_and_tidy_are_their_per_character_definitions(text):
    assert _strip_noise(text) == _strip_noise_reference(text)
    assert _tidy(text) == _tidy_reference(text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_split_sentences_is_spacys_sentencizer(text):
    text = text.encode("utf-8", "replace").decode("utf-8")  # no lone surrogates (ingest never passes them on)
    assert split_sentences(text) == _split_reference(text)
    tidy = _tidy(text)
    assert split_sentences(tidy) == _split_reference(tidy)


def test_split_sentences_on_a_whole_article():
    text = ("Title of the piece\n\nVILNIUS, March 3, 2025 — The U.S. met Iran.  Talks ended! Did they? Yes...\n"
            " • Key point. Another one\n\nMr. Smith said: \"We will see.\" Then he left。次")
    assert split_sentences(text) == _split_reference(text)


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

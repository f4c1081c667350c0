"""Lemmas from spaCy's English lookup table (``spacy-lookups-data``), loaded once, on first use.

This is the table spaCy's lookup lemmatizer reads for ``spacy.blank("en")``; no trained
model is involved.

>>> lemma("lifted"), lemma("freed"), lemma("sanctions"), lemma("met"), lemma("Belavia")
('lift', 'free', 'sanction', 'meet', 'belavia')
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

# Forms the lookup table misses or reads as another word, for the words the triggers use.
_EXTRA = {"freed": "free", "frees": "free", "delisted": "delist", "delists": "delist", "unfroze": "unfreeze",
          "unfrozen": "unfreeze", "unfreezes": "unfreeze", "blacklisted": "blacklist", "blacklists": "blacklist",
          "sanctioned": "sanction", "sanctioning": "sanction", "talks": "talk", "penalised": "penalise",
          "reimposed": "reimpose", "reimposes": "reimpose", "reimposing": "reimpose", "telephoned": "telephone",
          "hosted": "host", "hosts": "host", "levied": "levy", "levies": "levy", "relief": "relief",
          "media": "media", "news": "news", "assets": "asset", "lauded": "laud",
          "unblocked": "unblock", "unblocks": "unblock",
          # the plural of the noun "meeting", which the table reads as "meet": "held separate meetings with"
          "meetings": "meet"}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    path = resources.files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
    with path.open("rb") as fh:
        return json.loads(gzip.decompress(fh.read()))


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """The lowercase lemma of one word (memoised: the table never changes once read)."""
    low = word.lower().replace("\u2019", "'")
    got = _EXTRA.get(low)
    if got is not None:
        return got
    return _table().get(low, low).lower()


def forms_of(lemmas: frozenset[str]) -> frozenset[str]:
    """The lowercase word forms (of one word, letters only) whose lemma is in ``lemmas``, the lemmas included."""
    out = set(lemmas)
    out.update(w for w, lem in _EXTRA.items() if lem in lemmas)
    out.update(w for w, lem in _table().items() if lem in lemmas and w.isalpha())
    return frozenset(out)

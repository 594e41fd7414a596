"""Optional statistical NER (spaCy), merged into the built-in extractor's results.

When spaCy and an English model are installed (``pip install 'diptych[nlp]'`` plus a
model such as ``en_core_web_sm``), their entities are added to what the built-in
extractor found. The built-in extractor wins where the two disagree (it knows
titles, datelines and sentence-initial words, where small models are weak); spaCy
only *adds* names the built-in extractor missed, and they pass the same filters:
not in a heading or dateline, not a lone sentence-initial word, not a nationality.

``DIPTYCH_SPACY_MODEL`` names the model (default ``en_core_web_sm``);
``DIPTYCH_NO_SPACY=1`` turns the merge off. Nothing is ever downloaded.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import lru_cache

from tui.engine import gazetteer
from tui.engine.entities import ArticleEntities, Mention
from tui.engine.model import Article, Segment
from tui.engine.tokens import fold

NER = Callable[[str], Iterable[tuple[int, int, str]]]
"""A recogniser: text -> (start, end, label) for each entity."""

LABELS = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC",
          "NORP": None}


@lru_cache(maxsize=1)
def spacy_ner() -> NER | None:
    """spaCy's recogniser, or None when spaCy or its model is not installed (or turned off)."""
    if os.environ.get("DIPTYCH_NO_SPACY"):
        return None
    try:
        import spacy
    except ImportError:
        return None
    try:
        nlp = spacy.load(os.environ.get("DIPTYCH_SPACY_MODEL", "en_core_web_sm"),
                         disable=["parser", "lemmatizer", "tagger", "attribute_ruler"])
    except OSError:
        return None

    def recognise(text: str) -> list[tuple[int, int, str]]:
        return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]

    return recognise


def merge(article: Article, segments: list[Segment], found: ArticleEntities, ner: NER) -> int:
    """Add the recogniser's entities that ``found`` lacks; returns how many were added."""
    text = article.text
    covered = {i for ms in found.mentions.values() for m in ms for i in range(m.start, m.end)}
    sentence_starts = {s.tokens[0].start for s in segments if s.tokens}
    prose = [(s.start, s.end) for s in segments if s.kind == "sentence"]
    added = 0
    for start, end, label in ner(text):
        etype = LABELS.get(label)
        if etype is None or start in covered or any(i in covered for i in range(start, end)):
            continue
        if not any(a <= start and end <= b for a, b in prose):
            continue  # headings, datelines and credits: the built-in extractor's call
        surface = text[start:end].strip()
        if surface.lower().startswith("the "):
            start += 4
            surface = surface[4:]
        words = surface.split()
        if not words or (len(words) == 1 and start in sentence_starts):
            continue
        if fold(surface) in gazetteer.DEMONYM_TO_PLACE:
            continue
        known = gazetteer.lookup(surface)
        key = f"{known[1]}:{fold(known[0])}" if known else f"{etype}:{fold(surface)}"
        found.add(Mention(start, start + len(surface), surface, known[1] if known else etype, key), surface)
        covered.update(range(start, start + len(surface)))
        added += 1
    return added

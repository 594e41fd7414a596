"""An article compared with itself rewritten without changing what it says finds no
contradiction: the bundled samples and the tuning articles of ``fixtures/eval4``, with "percent"
written "%", figures without thousands separators, straight quotes and ASCII dashes, "U.S."
written "US", dates written day first, clock times on the 24-hour clock, small counts spelled
out, titles in lower case, and the body's paragraphs in another order. Each rewrite is a way real
copy differs from outlet to outlet; a contradiction found between an article and its rewrite is
a false finding by construction."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from tui.engine import compare, load_article
from tui.engine.loading import article_from_text
from tui.resources import sample_paths

ARTICLES = [*sample_paths(), *sorted((Path(__file__).parent / "fixtures" / "eval4").glob("*/*.txt"))]
_MONTHS = "January February March April May June July August September October November December".split()
_WORDS = "two three four five six seven eight nine".split()
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def _outside_quotes(text: str, rewrite) -> str:
    """``rewrite`` applied to the text between quotations only: quoted words are the speaker's."""
    out, at = [], 0
    for m in _QUOTED.finditer(text):
        out.append(rewrite(text[at:m.start()]))
        out.append(m.group())
        at = m.end()
    out.append(rewrite(text[at:]))
    return "".join(out)


def _shuffled(text: str) -> str:
    paragraphs = text.split("\n\n")
    head, rest = paragraphs[:2], paragraphs[2:]
    random.Random(7).shuffle(rest)
    return "\n\n".join(head + rest)


def _clock24(m: re.Match) -> str:
    hour = int(m.group(1)) % 12 + (12 if m.group(3).lower().startswith("p") else 0)
    return f"{hour:02d}:{m.group(2) or '00'}"


REWRITES = {
    "percent sign": lambda t: re.sub(r"(\d) ?(?:percent|per cent)\b", r"\1%", t),
    "no thousands separators": lambda t: re.sub(r"\b(\d{1,3}),(\d{3})\b(?![,\d])", r"\1\2", t),
    "straight quotes and dashes": lambda t: t.translate(str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'",
                                                                      "—": "-", "–": "-"})),
    "US without stops": lambda t: t.replace("U.S.", "US").replace("U.N.", "UN"),
    "dates day first": lambda t: _outside_quotes(t, lambda s: re.sub(
        r"\b(" + "|".join(_MONTHS) + r") (\d{1,2})\b(?![:\d])", r"\2 \1", s)),
    "24-hour clock": lambda t: _outside_quotes(t, lambda s: re.sub(
        r"(?<![\d.:])(\d{1,2})(?:[:.](\d\d))? ?([ap])\.?m\.?(?!\w)", _clock24, s)),
    "counts spelled out": lambda t: _outside_quotes(t, lambda s: re.sub(
        r"(?<![\w.,$£€-])([2-9])(?![\w.,%:-])(?= [a-z]+s\b)", lambda m: _WORDS[int(m.group(1)) - 2], s)),
    "titles in lower case": lambda t: re.sub(
        r"\b(President|Foreign Minister|Defense Minister|Defence Minister|Minister) (?=[A-Z])",
        lambda m: m.group(1).lower() + " ", t),
    "paragraphs reordered": _shuffled,
}


@pytest.mark.parametrize("name", sorted(REWRITES))
def test_a_sample_against_its_own_rewrite_finds_no_contradiction(name):
    rewrite = REWRITES[name]
    changed = 0
    for path in ARTICLES:
        original = load_article(str(path))
        text = rewrite(original.text)
        if text == original.text:
            continue
        changed += 1
        rewritten = article_from_text(text, "rewritten.txt")
        c = compare(original, rewritten)
        assert [str(f.why) for f in c.findings if f.kind == "contradiction"] == [], path.name
    assert changed, "the rewrite changed no sample: it tests nothing"

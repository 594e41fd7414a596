"""Properties of ``compare`` over generated articles (hypothesis).

Texts mix a small news vocabulary (names, places, titles, numbers, dates, times,
quotes, negations, abbreviations, datelines), punctuation, line breaks and arbitrary
Unicode, including empty pieces. The suite's hypothesis profile (conftest.py) keeps the
examples few and reproducible.
"""

from __future__ import annotations

import json

from hypothesis import assume, given
from hypothesis import strategies as st

from tui.engine import InputError, article_from_text, compare
from tui.engine.serialise import comparison_dict

WORDS = [
    "The", "the", "earthquake", "killed", "injured", "people", "in", "on", "at", "and", "of", "said",
    "court", "fined", "merger", "company", "delegation", "was", "led", "by", "not", "never", "did",
    "Judge", "Helena", "Marsh", "Ingrid", "Solberg", "Deputy", "First", "Foreign", "Minister",
    "Pavel", "Orlov", "Orlova", "Governor", "Elena", "Moretti", "Zelensky", "Zelenskyy",
    "Marvel", "Bay", "Calder", "Oslo", "Kyiv", "Kiev", "Turkey", "Türkiye", "Greece", "Italy", "Spain",
    "Portugal", "U.S.", "US", "United", "States", "Ministry", "Defence", "Defense", "Company", "NATO",
    "Monday", "Tuesday", "Friday", "March", "May", "2024", "2025", "Lt.", "Gen.", "Dr.", "J.", "K.",
    "ISTANBUL", "MARVEL BAY", "16/05/2025", "2025-03-04", "3:20", "PM", "p.m.", "a.m.", "4:15",
    "120", "150", "1,000", "a thousand", "two", "hundred", "thousand", "twenty-five", "3.5", "million",
    "cease-fire", "ceasefire", "organise", "organize", "harbour", "harbor", "Russian", "Greek",
]
PUNCT = [".", ",", ";", ":", "!", "?", "—", "-", "(", ")", '"', "“", "”", "‘", "’", "'", "…", "\n", "\n\n",
         "\r\n", "\t", "#", "**", "[", "]"]

piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(PUNCT),
    st.integers(min_value=0, max_value=100_000).map(str),
    st.text(max_size=8),
    st.just(""),
)
texts = st.lists(piece, max_size=40).map(" ".join)


@st.composite
def article_pairs(draw):
    """Two articles; often the second is the first with a few pieces changed."""
    left = draw(st.lists(piece, max_size=40))
    if draw(st.booleans()):
        right = list(left)
        for _ in range(draw(st.integers(0, 3))):
            if right:
                right[draw(st.integers(0, len(right) - 1))] = draw(piece)
    else:
        right = draw(st.lists(piece, max_size=40))
    return " ".join(left), " ".join(right)


def articles(left_text: str, right_text: str):
    try:
        left = article_from_text(left_text, "left.txt")
        right = article_from_text(right_text, "right.txt")
    except InputError:
        assume(False)
    return left, right


def stable(c) -> str:
    d = comparison_dict(c)
    d.pop("timings_ms")
    return json.dumps(d, sort_keys=True, ensure_ascii=False)


def finding_keys(c, mirrored: bool = False):
    out = set()
    for f in c.findings:
        lspan, rspan = (f.right, f.left) if mirrored else (f.left, f.right)
        out.add((f.kind, f.type, lspan.start, lspan.end, rspan.start, rspan.end))
    return out


def entity_keys(c, mirrored: bool = False):
    out = []
    for e in c.entities:
        lspans, rspans = (e.right, e.left) if mirrored else (e.left, e.right)
        lf, rf = (e.right_forms, e.left_forms) if mirrored else (e.left_forms, e.right_forms)
        out.append((e.type, e.name,
                    tuple((s.start, s.end) for s in lspans), tuple((s.start, s.end) for s in rspans),
                    tuple(lf), tuple(rf)))
    return sorted(out)


@given(article_pairs())
def test_compare_never_raises_and_spans_are_in_range(pair):
    left, right = articles(*pair)
    c = compare(left, right)
    nl, nr = len(left.text), len(right.text)
    for f in c.findings:
        assert f.kind in ("overlap", "contradiction")
        assert 0 <= f.left.start <= f.left.end <= nl
        assert 0 <= f.right.start <= f.right.end <= nr
        assert f.left_text == left.text[f.left.start:f.left.end]
        assert f.right_text == right.text[f.right.start:f.right.end]
        for m in f.left_marks:
            assert 0 <= m.start <= m.end <= nl
        for m in f.right_marks:
            assert 0 <= m.start <= m.end <= nr
    for e in c.entities:
        assert e.left or e.right
        for s in e.left:
            assert 0 <= s.start < s.end <= nl
            assert left.text[s.start:s.end] in e.left_forms
        for s in e.right:
            assert 0 <= s.start < s.end <= nr
            assert right.text[s.start:s.end] in e.right_forms
    for segs, text in ((c.left_segments, left.text), (c.right_segments, right.text)):
        for s in segs:
            assert 0 <= s.start < s.end <= len(text)
    assert len({f.id for f in c.findings}) == len(c.findings)
    json.dumps(comparison_dict(c))  # serialisable


@given(article_pairs())
def test_compare_is_deterministic(pair):
    left, right = articles(*pair)
    assert stable(compare(left, right)) == stable(compare(left, right))


@given(texts)
def test_an_article_compared_with_itself_has_no_contradiction(text):
    try:
        article = article_from_text(text, "same.txt")
    except InputError:
        assume(False)
    c = compare(article, article)
    assert [(f.type, f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction"] == []
    assert all(e.presence == "both" for e in c.entities)


@given(article_pairs())
def test_swapping_the_articles_mirrors_the_result(pair):
    left, right = articles(*pair)
    assume(left.text != right.text)
    forward, backward = compare(left, right), compare(right, left)
    assert finding_keys(forward) == finding_keys(backward, mirrored=True)
    assert entity_keys(forward) == entity_keys(backward, mirrored=True)
    ids = {(f.kind, f.type, f.left.start, f.right.start): f.id for f in forward.findings}
    assert ids == {(f.kind, f.type, f.right.start, f.left.start): f.id for f in backward.findings}
    for f in backward.findings:
        assert f.left_text == right.text[f.left.start:f.left.end]


def test_output_does_not_depend_on_the_hash_seed():
    """Two interpreters with different string-hash seeds give the same comparison (a sum over a
    set of words once followed the set's order, which the seed changes)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    samples = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
    code = ("import json, sys; from tui.engine import compare, load_article; "
            "from tui.engine.serialise import comparison_dict; "
            "d = comparison_dict(compare(load_article(sys.argv[1]), load_article(sys.argv[2]))); "
            "d.pop('timings_ms'); print(json.dumps(d, sort_keys=True))")
    outs = set()
    for seed in ("0", "13", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "DIPTYCH_NO_SPACY": "1"}
        proc = subprocess.run([sys.executable, "-c", code, str(samples[0]), str(samples[3])],
                              capture_output=True, text=True, env=env, timeout=60)
        assert proc.returncode == 0, proc.stderr
        outs.add(proc.stdout)
    assert len(outs) == 1


@given(st.text(max_size=200), st.text(max_size=40), st.sampled_from(["confirmed", "disputed", "dismissed"]))
def test_a_session_keeps_any_note_and_reviewer_exactly(tmp_path_factory, note, reviewer, verdict):
    """Whatever a reporter types (newlines, control characters, YAML syntax, emoji) comes back as typed."""
    from tui.review import Review, load_session

    left, right = articles("The court fined the company 120 million on Monday.",
                           "The court fined the company 150 million on Friday.")
    c = compare(left, right)
    assume(c.findings)
    path = tmp_path_factory.mktemp("s") / "s.yaml"
    review = Review.open(c, path=path, reviewer=reviewer or "x")
    review.set_verdict(0, verdict)
    review.set_note(0, note)
    record = load_session(path).reviews[c.findings[0].id]
    assert (record.note, record.reviewer, record.verdict) == (note.strip("\n"), reviewer or "x", verdict)


@given(st.text(alphabet=st.sampled_from("ab .\n\t\x1eXY,"), min_size=1, max_size=80),
       st.integers(0, 80), st.integers(0, 80))
def test_passage_keys_worked_out_per_sentence_equal_the_reference(text, a, b):
    """identity's cached passage keys equal passage_key(in_context(...)) for any span."""
    from tui.engine.identity import _Passages, in_context, passage_key
    from tui.engine.model import Span
    from tui.engine.segmenting import segment

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    segs = segment(text)
    keys = _Passages(text, segs)
    want = passage_key(in_context(text, Span(start, end), segs, [s.start for s in segs]))
    assert keys(Span(start, end)) == want
    assert keys(Span(start, end)) == want  # (and again, from the cache)

"""Exports: the entry point, what the formats share (numbering, the level rows), and the texts the
export tests run on (made up: a flood in an invented town, reported twice; the mayor's name is
spelled two ways, the number of homes differs, one sentence is the same in both)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from tui.engine import Span, article_from_text, compare
from tui.engine.model import AlignedPair
from tui.export import FORMATS, extension, render
from tui.export.common import entries, readable_time
from tui.export.html import PALETTE
from tui.export.rows import _chain, chunks, level_rows
from tui.resources import themes_dir
from tui.review import Review
from tui.review.store import load_session

LEFT = """Flood in Marren: 42 homes evacuated

The river Aldt burst its banks in Marren on Tuesday night, and 42 homes were evacuated before dawn.
Mayor Ilona Kowalczyk said the town's emergency shelters at the sports hall were full by midnight.
The regional water authority had warned of rising levels three days earlier.
Volunteers from the Red Cross handed out blankets and hot soup to the families.
On Wednesday Mayor Ilona Kowalczyk visited the flooded streets near the old mill with engineers.
Insurers said that 42 homes would need new floors and wiring.
"""

RIGHT = """Marren flood forces evacuations

Mayor Ilona Kovalchik said the town's emergency shelters at the sports hall were full by midnight.
The river Aldt burst its banks in Marren on Tuesday night, and 24 homes were evacuated before dawn.
Schools in the district will stay closed until Friday, officials said.
The regional water authority had warned of rising levels three days earlier.
On Wednesday Mayor Ilona Kovalchik visited the flooded streets near the old mill with engineers.
Insurers said that 24 homes would need new floors and wiring.
"""

STAMP = "2026-12-02T10:00:00Z"
EXPORTED = "2026-12-03T09:30:00Z"


def make_review(tmp_path: Path, left: str = LEFT, right: str = RIGHT, session=None) -> Review:
    """A review of two made-up articles, saved in ``tmp_path``, by Ana, at a fixed time."""
    comparison = compare(article_from_text(left, "left.txt"), article_from_text(right, "right.txt"))
    return Review.open(comparison, path=tmp_path / "s.yaml", session=session, reviewer="Ana", clock=lambda: STAMP)


def find(review: Review, kind: str, type_: str, left_value: str = "") -> int:
    """The index of the first finding of this kind and type (and left value)."""
    return next(i for i, f in enumerate(review.findings)
                if f.kind == kind and f.type == type_ and (not left_value or f.why.left == left_value))


def reviewed(tmp_path: Path) -> Review:
    """The flood review with a verdict and note on each contradiction of the mayor's name and the
    homes, a dismissed overlap, an ignore rule hiding the second '42 vs 24 homes'."""
    review = make_review(tmp_path)
    name = find(review, "contradiction", "name", "Ilona Kowalczyk")
    review.set_verdict(name, "confirmed")
    review.set_note(name, "Kowalczyk is right: town hall website")
    review.set_verdict(find(review, "overlap", "verbatim"), "dismissed")
    review.add_rule(find(review, "contradiction", "number"))  # dismisses it, hides its twin
    return review


def test_formats_and_extensions():
    assert FORMATS == ("html", "md", "csv", "json", "yaml")
    assert [extension(f) for f in FORMATS] == ["html", "md", "csv", "json", "yaml"]
    with pytest.raises(ValueError, match="unknown export format"):
        extension("pdf")


def test_render_every_format(tmp_path):
    review = reviewed(tmp_path)
    for fmt in FORMATS:
        text = render(review, fmt, exported_at=EXPORTED, tool_version="9.9")
        assert text == render(review, fmt, exported_at=EXPORTED, tool_version="9.9"), fmt  # deterministic
        assert EXPORTED in text or fmt == "csv", fmt
        assert "Kowalczyk is right" in text, fmt
    with pytest.raises(ValueError, match="one of html, md, csv, json, yaml"):
        render(review, "docx")


def test_render_defaults_to_now(tmp_path):
    text = render(make_review(tmp_path), "json")
    assert '"exported_at": "20' in text


def test_importing_the_exports_does_not_import_textual(tmp_path):
    code = (
        "import sys, pathlib\n"
        "import tui.export\n"
        "from tui.engine import article_from_text, compare\n"
        "from tui.review import Review\n"
        f"c = compare(article_from_text({LEFT!r}, 'l.txt'), article_from_text({RIGHT!r}, 'r.txt'))\n"
        f"r = Review.open(c, path=pathlib.Path({str(tmp_path)!r}) / 's.yaml', reviewer='Ana')\n"
        "r.set_note(0, 'checked')\n"
        "for fmt in tui.export.FORMATS:\n"
        "    tui.export.render(r, fmt)\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print('TEXTUAL', loaded)\n"
    )
    env = {**os.environ, "DIPTYCH_NO_SPACY": "1"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    assert "TEXTUAL []" in done.stdout


def test_findings_are_numbered_in_reading_order(tmp_path):
    review = reviewed(tmp_path)
    listed = entries(review)
    assert [e.number for e in listed] == list(range(1, len(review.findings) + 1))
    assert sorted(e.index for e in listed) == list(range(len(review.findings)))
    starts = [e.finding.left.start for e in listed]
    assert starts == sorted(starts)
    hidden = [e for e in listed if e.hidden]
    assert [e.index for e in hidden] == sorted(review.hidden) and hidden[0].rule_ids == "r1"
    name = next(e for e in listed if e.verdict == "confirmed")
    assert (name.note, name.reviewer, name.updated) == ("Kowalczyk is right: town hall website", "Ana", STAMP)


def _side_text(rows, side, text):
    return "".join(text[a:b] for a, b in (getattr(r, side) for r in rows if getattr(r, side) is not None))


def test_level_rows_hold_every_character_once_in_order(tmp_path):
    c = make_review(tmp_path).comparison
    rows = level_rows(c)
    assert _side_text(rows, "left", c.left.text) == c.left.text
    assert _side_text(rows, "right", c.right.text) == c.right.text
    aligned = {(p.left, p.right) for p in c.alignment}
    assert {(1, 2), (2, 1)} <= aligned  # the first two sentences are told in the other order
    level = [r for r in rows if r.level]
    for row in level:  # a level row holds segments that are aligned with each other
        ls = [s.index for s in c.left_segments if row.left[0] <= s.start < row.left[1]]
        rs = [s.index for s in c.right_segments if row.right[0] <= s.start < row.right[1]]
        assert any((a, b) in aligned for a in ls for b in rs)
    assert len(level) == len(c.alignment) - 1  # all but one of the crossed pair sit level


def test_rows_of_an_article_without_segments():
    assert chunks([], 12) == [(0, 12)]


@given(st.dictionaries(st.tuples(st.integers(0, 7), st.integers(0, 7)), st.sampled_from([0.25, 0.5, 1.0]),
                       max_size=14))
def test_chain_is_a_longest_increasing_one_of_the_best_score(pairs):
    chain = _chain(pairs)
    assert all(p in pairs for p in chain)
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in zip(chain, chain[1:], strict=False))
    # the longest, by dynamic programming over the pairs in order
    ordered = sorted(pairs)
    best = [(1, pairs[p]) for p in ordered]
    for j, (lj, rj) in enumerate(ordered):
        for i in range(j):
            if ordered[i][0] < lj and ordered[i][1] < rj:
                best[j] = max(best[j], (best[i][0] + 1, best[i][1] + pairs[ordered[j]]))
    assert (len(chain), sum(pairs[p] for p in chain)) == max(best, default=(0, 0))


def test_rows_with_a_pair_that_crosses(tmp_path):
    c = make_review(tmp_path).comparison
    c.alignment = [AlignedPair(0, 3, 1.0), AlignedPair(2, 1, 0.5), AlignedPair(3, 4, 1.0), AlignedPair(3, 5, 0.9)]
    rows = level_rows(c)
    assert _side_text(rows, "left", c.left.text) == c.left.text
    assert _side_text(rows, "right", c.right.text) == c.right.text
    level = [r for r in rows if r.level]
    seg = {s.index: s for s in c.right_segments}
    # (2, 1) crosses (0, 3) and scores less: not level
    assert [r.right[0] for r in level] == [seg[3].start, seg[4].start]
    assert level[1].right[1] == seg[6].start  # right 5 is aligned with left 3 too and joins its row


def test_readable_time():
    assert readable_time("2026-12-02T18:42:46Z") == "2026-12-02 18:42 UTC"
    assert readable_time("yesterday") == "yesterday"


def test_palette_is_the_light_theme():
    theme = yaml.safe_load((themes_dir() / "light.yaml").read_text(encoding="utf-8"))
    colours = {k: v for k, v in theme.items() if isinstance(v, str) and v.startswith("#")}
    colours.update(theme["variables"])
    assert {k: colours[k] for k in PALETTE} == PALETTE


def test_detached_reviews_are_exported(tmp_path):
    review = make_review(tmp_path)
    i = find(review, "overlap", "verbatim")
    passage = review.findings[i].left_text
    review.set_verdict(i, "confirmed")
    review.set_note(i, "seen in both")
    edited = LEFT.replace(passage, "Nothing of that sentence is left here at all.")
    again = make_review(tmp_path, left=edited, session=load_session(tmp_path / "s.yaml"))
    assert again.session.detached
    for fmt in ("html", "json", "yaml"):
        text = render(again, fmt, exported_at=EXPORTED)
        assert "seen in both" in text and "no longer in the article" in text, fmt


def test_manual_findings_are_marked(tmp_path):
    review = make_review(tmp_path)
    left, right = review.comparison.left.text, review.comparison.right.text
    a, b = left.index("Volunteers"), right.index("Schools")
    review.add_manual("contradiction", "other", Span(a, a + 10), Span(b, b + 7), note="by hand")
    html_text = render(review, "html", exported_at=EXPORTED)
    assert '<span class="tag origin">manual</span>' in html_text
    assert "manual" in render(review, "csv", exported_at=EXPORTED)
    assert "*manual*" in render(review, "md", exported_at=EXPORTED)

"""What the app draws, computed without a terminal: wrapping, highlight layers, clicks,
aligned reading, ordering and filtering (``tui.reading``)."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from tui.engine.model import Entity, Span
from tui.reading import (
    Highlight,
    SideLayers,
    entity_mark,
    entity_matches,
    level_rows,
    offset_at_cell,
    partners,
    position_order,
    search,
    side_layers,
    significance_order,
    wrap,
    wrapped,
)

LEFT = ("The mayor of Carrow said on Tuesday that 214 families had been moved. "
        "The river rose two metres overnight. Volunteers filled sandbags in the square.")
RIGHT = ("Volunteers filled sandbags in the square. "
         "The mayor of Carrow said on Tuesday that 241 families had been moved. "
         "A school was closed.")


def test_wrap_keeps_words_whole_and_covers_every_offset():
    text = "alpha beta gamma delta epsilon"
    lines = wrap(text, 12)
    assert [text[a:b] for a, b in lines] == ["alpha beta ", "gamma delta ", "epsilon"]
    assert lines[0][0] == 0 and lines[-1][1] == len(text)
    assert all(lines[i][1] == lines[i + 1][0] for i in range(len(lines) - 1))


def test_wrap_breaks_on_newlines_and_keeps_empty_lines():
    text = "one\n\ntwo three"
    assert [text[a:b] for a, b in wrap(text, 40)] == ["one", "", "two three"]


def test_wrap_breaks_a_word_longer_than_the_line():
    text = "x" * 25
    assert [b - a for a, b in wrap(text, 10)] == [10, 10, 5]


def test_wrap_counts_wide_characters_as_two_cells():
    text = "東京都 大阪府 京都府"
    lines = wrap(text, 8)
    assert [text[a:b].strip() for a, b in lines] == ["東京都", "大阪府", "京都府"]


@given(st.text(max_size=300), st.integers(min_value=1, max_value=50))
def test_wrap_lines_tile_the_text(text, width):
    lines = wrap(text, width)
    pieces = "".join(text[a:b] + "\n" for a, b in lines)[:-1]
    assert pieces.replace("\n", "") == text.replace("\n", "")
    for a, b in lines:
        assert 0 <= a <= b <= len(text)
    starts = [a for a, _ in lines]
    assert starts == sorted(starts)


def test_line_of_and_offset_at_cell_agree():
    text = "alpha beta gamma delta epsilon"
    w = wrapped(text, 12)
    assert w.line_of(0) == 0
    assert w.line_of(text.index("gamma")) == 1
    assert w.line_of(len(text) - 1) == 2
    assert offset_at_cell(text, w.lines[1], 0) == text.index("gamma")
    assert offset_at_cell(text, w.lines[1], 6) == text.index("delta")


def test_layers_give_the_strongest_narrowest_finding_at_a_position():
    layers = SideLayers([
        Highlight(0, 50, "paraphrase", 0),
        Highlight(10, 40, "passage", 1),
        Highlight(20, 23, "mark", 1),
        Highlight(60, 80, "unreported"),
    ])
    assert layers.finding_at(5) == 0
    assert layers.finding_at(15) == 1
    assert layers.finding_at(21) == 1
    assert layers.finding_at(70) == -1
    assert [h.layer for h in layers.overlapping(0, 100)] == ["unreported", "paraphrase", "passage", "mark"]


def test_side_layers_of_a_comparison(compare_texts):
    c = compare_texts(LEFT, RIGHT)
    contradiction = next(i for i, f in enumerate(c.findings) if f.kind == "contradiction")
    f = c.findings[contradiction]
    for side in ("left", "right"):
        layers = side_layers(c, side)
        mark = getattr(f, f"{side}_marks")[0]
        assert layers.finding_at(mark.start) == contradiction
        text = getattr(c, side).text
        assert text[mark.start:mark.end] in ("214", "241")
    # the sentence only the left reports is marked unreported there
    left_layers = side_layers(c, "left")
    river = LEFT.index("The river")
    assert any(h.layer == "unreported" for h in left_layers.overlapping(river, river + 1))


def test_partners_map_sentences_across_and_fall_back_to_the_previous(compare_texts):
    c = compare_texts(LEFT, RIGHT)
    table = partners(c, "left")
    mayor = table.segment_at(0)
    assert c.right.text[partners(c, "right").starts[table.partner[mayor]]:].startswith("The mayor")
    river = table.segment_at(LEFT.index("The river"))
    assert table.partner[river] == -1
    assert table.nearest_aligned(river) == mayor


def test_level_rows_puts_both_passages_a_third_down_when_possible():
    assert level_rows(100, 200, 30) == 10
    assert level_rows(3, 200, 30) == 3  # the left passage is near its start: it cannot go lower
    assert level_rows(0, 0, 30) == 0


def test_significance_order_puts_key_contradictions_first(compare_texts):
    c = compare_texts(LEFT, RIGHT)
    order = significance_order(c.findings)
    assert c.findings[order[0]].kind == "contradiction"
    assert sorted(order) == list(range(len(c.findings)))
    pos = position_order(c.findings)
    assert [c.findings[i].left.start for i in pos] == sorted(f.left.start for f in c.findings)


def test_entity_marks_and_filter():
    both = Entity("Kyiv / Kiev", "GPE", [Span(0, 4)], [Span(0, 4)], ["Kyiv"], ["Kiev"])
    left_only = Entity("Carrow", "GPE", [Span(0, 6)], [], ["Carrow"], [])
    same = Entity("Anna Berg", "PERSON", [Span(0, 4)], [Span(0, 4)], ["Anna Berg"], ["Anna Berg"])
    assert entity_mark(both) == "≠"
    assert entity_mark(left_only) == "L"
    assert entity_mark(same) == "L+R"
    assert entity_matches(both, "kiev") and entity_matches(both, "")
    assert entity_matches(left_only, "countries")  # the group's heading
    assert not entity_matches(same, "carrow")


def test_search_is_literal_and_case_insensitive():
    text = "Price (USD) rose. price fell. [bold]"
    assert search(text, "price") == [(0, 5), (18, 23)]
    assert search(text, "(USD)") == [(6, 11)]
    assert search(text, "[bold]") == [(30, 36)]
    assert search(text, "") == []


def test_search_ignores_accents_however_written_and_curly_quotes():
    """A reporter types plain letters: "turkiye" finds "Türkiye" written precomposed and with a
    combining diaeresis (as text pasted from a PDF often is), "dont" spellings with a curly
    apostrophe, "strasse" finds "Straße"; every match spans the whole original word."""
    text = "Türkiye and Tu\u0308rkiye; IŞIKLI Işıklı; don’t; Straße."
    found = lambda q: [text[a:b] for a, b in search(text, q)]  # noqa: E731
    assert found("turkiye") == ["Türkiye", "Tu\u0308rkiye"]
    assert found("TÜRKIYE") == found("Tu\u0308rkiye") == ["Türkiye", "Tu\u0308rkiye"]
    assert found("işıklı") == ["IŞIKLI", "Işıklı"]
    assert found("don't") == ["don’t"]
    assert found("strasse") == ["Straße"]
    assert found("kiye; i") == ["kiye; I"]
    assert search(text, "[") == [] and found("x") == []


def test_reading_does_not_import_textual():
    code = "import sys, tui.reading; assert 'textual' not in sys.modules, 'textual imported'"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr

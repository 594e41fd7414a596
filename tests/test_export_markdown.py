"""The Markdown report: a table that keeps its shape whatever the articles and notes hold."""

from __future__ import annotations

import re

from test_export_common import EXPORTED, LEFT, RIGHT, make_review, reviewed

from tui.engine import Span
from tui.export import render
from tui.export.common import entries
from tui.export.markdown import md


def table_rows(text: str) -> list[list[str]]:
    """The cells of each table line, split on the pipes that are not escaped."""
    return [re.split(r"(?<!\\)\|", line)[1:-1] for line in text.splitlines() if line.startswith("|")]


def test_title_provenance_summary_and_one_row_per_finding(tmp_path):
    review = reviewed(tmp_path)
    out = render(review, "md", exported_at=EXPORTED)
    lines = out.splitlines()
    assert lines[0] == "# Fact-check: Flood in Marren: 42 homes evacuated / Marren flood forces evacuations"
    c = review.comparison
    assert c.left.sha256 in lines[2] and c.right.sha256 in lines[2] and "Ana" in lines[2] and EXPORTED in lines[2]
    p = review.progress()
    assert f"reviewed {p.reviewed} of {p.total}" in lines[4] and "confirmed 1" in lines[4]
    assert "1 hidden by ignore rules" in lines[4]
    rows = table_rows(out)
    assert len(rows) == 2 + len(review.findings)
    assert {len(r) for r in rows} == {6}
    for en, row in zip(entries(review), rows[2:], strict=True):
        assert row[0].strip() == str(en.number)
        assert row[4].strip().startswith(en.verdict_label)
    name = next(en for en in entries(review) if en.verdict == "confirmed")
    row = rows[1 + name.number]
    assert "**Ilona Kowalczyk**" in row[2] and "**Ilona Kovalchik**" in row[3]  # the differing words
    assert "Kowalczyk is right: town hall website" in row[5]
    assert "*hidden by r1*" in out


def test_pipes_newlines_and_html_do_not_break_the_table(tmp_path):
    left = LEFT.replace("42 homes were evacuated", "42 | homes <b>were</b> evacuated")
    right = RIGHT.replace("24 homes were evacuated", "24 | homes <b>were</b> evacuated")
    review = make_review(tmp_path, left, right)
    a, b = left.index("Volunteers"), right.index("Schools")
    manual = review.add_manual("contradiction", "other", Span(a - 30, a + 10), Span(b - 30, b + 7),
                               note="first line | a pipe\nsecond line `code` *star* _under_ [link](x)")
    assert "\n" in review.findings[manual].left_text
    out = render(review, "md", exported_at=EXPORTED)
    rows = table_rows(out)
    assert len(rows) == 2 + len(review.findings)
    assert {len(r) for r in rows} == {6}
    assert "<b>" not in out and "&lt;b&gt;were&lt;/b&gt;" in out
    assert "first line \\| a pipe<br>second line \\`code\\` \\*star\\* \\_under\\_ \\[link\\](x)" in out


def test_md_escapes_what_markdown_or_html_would_read():
    assert md("a|b\nc & <d>") == "a\\|b<br>c &amp; &lt;d&gt;"
    assert md("\x1b[0m") == "␛\\[0m"


def test_a_long_passage_ends_with_an_ellipsis(tmp_path):
    long_sentence = "The council met for hours and " + "discussed the flood defences again and " * 20 + "left.\n"
    review = make_review(tmp_path, LEFT + long_sentence, RIGHT + long_sentence)
    out = render(review, "md", exported_at=EXPORTED)
    cells = [cell for row in table_rows(out)[2:] for cell in row[2:4] if "defences" in cell]
    assert cells and all(len(c) < 340 for c in cells)
    assert any(c.strip().endswith("…”") for c in cells)

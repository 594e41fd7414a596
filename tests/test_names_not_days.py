"""Two weekdays or months in the same place of matching sentences ("broke down on Monday" /
"broke down on Sunday") are two days (the dates' detector), not one name spelled two ways.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def names(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "name"]


def test_two_weekdays_are_no_spelling_of_a_name(run):
    c = run("Talks between the nurses and Velmora General Hospital broke down on Monday after six hours.",
            "Talks between the nurses and Velmora General Hospital broke down on Sunday after six hours.")
    assert names(c) == []
    assert [f.type for f in c.findings if f.kind == "contradiction"] == ["date"]


def test_a_name_spelled_two_ways_is_still_found(run):
    c = run("Talks between the nurses and hospital chief Martin Vole broke down on Monday after six hours.",
            "Talks between the nurses and hospital chief Martin Voles broke down on Monday after six hours.")
    assert len(names(c)) == 1

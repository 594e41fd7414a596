"""Quoted passages in mixed marks: a quote opened with a curly mark and closed with a straight one
(“a significant step," — copy pasted from two sources) ends there; it does not run on to the
next closing curly mark paragraphs later, which made plain text ("on May 15" / "on 15 May") a
quote worded differently.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from tui.engine.quotes import _QUOTED

LEFT = ("Velmora's foreign minister called the meeting “a significant step for the region,\" adding that "
        "talks would go on.\n\nThe talks began on May 15 when both delegations arrived in Kessdal.\n\n"
        "He described the other side's offer as “a hollow gesture.”\n")


def test_a_mixed_quote_ends_at_its_own_mark():
    spans = [m.group() for m in _QUOTED.finditer(LEFT)]
    assert spans == ["“a significant step for the region,\"", "“a hollow gesture.”"]


def test_plain_text_between_quotes_is_no_quote(run):
    right = LEFT.replace("on May 15", "on 15 May")
    c = run(LEFT, right)
    assert [f.type for f in c.findings if f.kind == "contradiction"] == []

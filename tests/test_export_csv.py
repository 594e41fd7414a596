"""The CSV export: one row per finding, read back with the csv module, formulas defused."""

from __future__ import annotations

import csv
import io

from test_export_common import EXPORTED, LEFT, RIGHT, make_review, reviewed

from tui.engine import Span
from tui.export import render
from tui.export.common import entries
from tui.export.csvfile import HEADER


def read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_finding_and_fields_round_trip(tmp_path):
    review = reviewed(tmp_path)
    out = render(review, "csv", exported_at=EXPORTED)
    assert out.startswith(",".join(HEADER) + "\r\n")
    rows = read(out)
    assert len(list(csv.reader(io.StringIO(out, newline="")))) == 1 + len(review.findings)
    for en, row in zip(entries(review), rows, strict=True):
        f = en.finding
        assert row["number"] == str(en.number) and row["id"] == f.id
        assert (row["kind"], row["type"], row["origin"]) == (f.kind, f.type, f.origin)
        assert (row["left_passage"], row["right_passage"]) == (f.left_text, f.right_text)
        assert [int(row[k]) for k in ("left_start", "left_end", "right_start", "right_end")] == [
            f.left.start, f.left.end, f.right.start, f.right.end]
        assert row["explanation"] == f.explanation
        assert (row["verdict"], row["note"], row["reviewer"], row["updated"]) == (
            en.verdict, en.note, en.reviewer, en.updated)
        assert row["hidden_by_rule"] == ("r1" if en.hidden else "")
    assert sum(r["hidden_by_rule"] == "r1" for r in rows) == 1
    assert any(r["note"] == "Kowalczyk is right: town hall website" for r in rows)


def test_commas_quotes_newlines_survive_and_formulas_are_defused(tmp_path):
    left = LEFT + '=HYPERLINK("http://evil.test","click"), said a sign, "quoted", on the wall.\n'
    right = RIGHT + "+1 555 0100 was the number, @council said.\n"
    review = make_review(tmp_path, left, right)
    a, b = left.index("=HYPERLINK"), right.index("+1 555")
    tricky_left = Span(a, left.index("wall.") + 5)
    i = review.add_manual("contradiction", "other", tricky_left, Span(b, len(right) - 1),
                          note='-2 homes, "not 24"\nsee the ministry')
    j = review.add_manual("overlap", "paraphrase", Span(left.index("Volunteers") - 20, left.index("Volunteers") + 10),
                          Span(0, 10), note="@mention\tand tab")
    rows = read(render(review, "csv", exported_at=EXPORTED))
    assert len(rows) == len(review.findings)
    by_id = {r["id"]: r for r in rows}
    row = by_id[review.findings[i].id]
    assert row["left_passage"] == "'" + left[tricky_left.start:tricky_left.end]  # =HYPERLINK(...) is text
    assert row["left_passage"].startswith("'=HYPERLINK(\"http://evil.test\",\"click\"), said a sign, \"quoted\"")
    assert row["right_passage"] == "'" + review.findings[i].right_text
    assert row["note"] == "'-2 homes, \"not 24\"\nsee the ministry"
    other = by_id[review.findings[j].id]
    assert "\n" in other["left_passage"] and not other["left_passage"].startswith("'")
    assert other["note"] == "'@mention\tand tab"
    for r in rows:  # no cell a spreadsheet would run
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in r.values())

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


def test_control_characters_are_shown_one_for_one(tmp_path):
    """A CSV sent to a terminal (``diptych export … --format csv``, ``cat``) runs no escape sequence:
    control characters are shown as symbols, one for one, so the offsets still measure the passages."""
    left = LEFT + "A bell \x07 and \x1b[2J\x1b]52;c;cGF3bmVk\x07 were in the 42 reports.\n"
    review = make_review(tmp_path, left, RIGHT)
    start = left.index("A bell")
    i = review.add_manual("contradiction", "other", Span(start, len(left) - 1), Span(0, 10), note="see \x1b[31m")
    out = render(review, "csv", exported_at=EXPORTED)
    assert "\x1b" not in out and "\x07" not in out
    row = {r["id"]: r for r in read(out)}[review.findings[i].id]
    assert row["left_passage"] == "A bell ␇ and ␛[2J␛]52;c;cGF3bmVk␇ were in the 42 reports."
    assert len(row["left_passage"]) == int(row["left_end"]) - int(row["left_start"])
    assert row["note"] == "see ␛[31m"


def test_the_matrix_csv_shows_control_characters_and_defuses_formulas():
    from tui.coverage import build_coverage
    from tui.coverage.serialise import csv_text
    from tui.engine import article_from_text

    said = "=HYPERLINK(\"http://evil.test\") The mayor \x1b[2J said on Monday that 214 families were moved.\n"
    articles = [article_from_text(said.replace("214", n), f"{n}.txt") for n in ("214", "241", "214")]
    out = csv_text(build_coverage(articles), "claims")
    assert "\x1b" not in out and "␛[2J" in out
    assert "'=HYPERLINK" in out and not any(line.startswith("=") or ",=" in line for line in out.splitlines())

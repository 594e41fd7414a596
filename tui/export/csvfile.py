"""The CSV export: one row per finding, for spreadsheets.

Written with the ``csv`` module (fields with commas, quotes or newlines are quoted, quotes
doubled, rows end with ``\\r\\n``). Passages and notes are the texts as they are, in full, but
for control characters, shown as visible symbols one for one (``common.clean``): a file sent to
a terminal (``diptych export … --format csv`` without ``-o``, ``cat``) runs no escape sequence.
"""

from __future__ import annotations

import csv
import io

from tui.export.common import clean, entries
from tui.review import Review

HEADER = ("number", "id", "kind", "type", "origin", "left_passage", "right_passage", "left_start", "left_end",
          "right_start", "right_end", "explanation", "verdict", "note", "reviewer", "updated", "hidden_by_rule")

# Formula injection: a spreadsheet runs a cell that starts with =, +, - or @ (and some read past a
# leading tab or carriage return) as a formula, so an article sentence like "=HYPERLINK(...)"
# could act when the file is opened. Such a text cell gets a leading apostrophe, which
# spreadsheets show as plain text (OWASP's advice); numbers are written as numbers.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A value as written to the file: control characters made visible, and text that a spreadsheet
    would run defused."""
    if not isinstance(value, str):
        return value
    value = clean(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def render_csv(review: Review, *, exported_at: str, tool_version: str) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for en in entries(review):
        f = en.finding
        writer.writerow([cell(v) for v in (
            en.number, f.id, f.kind, f.type, f.origin, f.left_text, f.right_text, f.left.start, f.left.end,
            f.right.start, f.right.end, f.explanation, en.verdict, en.note, en.reviewer, en.updated, en.rule_ids,
        )])
    return out.getvalue()

"""The CSV export of a set: one row per claim and outlet, for spreadsheets.

Built on the coverage's own claims table (``tui.coverage.serialise.csv_rows``): the claim, the
outlet, its stance (``states``, ``differs`` or ``silent``), its version of each disputed point
and its sentence, with the claim's verdict and note added. Text cells go through the pair
export's formula-injection guard (``tui.export.csvfile.cell``).
"""

from __future__ import annotations

import csv
import io

from tui.coverage.serialise import csv_rows
from tui.export.csvfile import cell
from tui.export.sets.common import PairReviewed
from tui.review.sets import SetReview

HEADER = ("claim", "claim_text", "outlet", "outlet_name", "stance", "versions", "sentence", "verdict", "note",
          "reviewer", "updated", "review_id")


def render_set_csv(set_review: SetReview, pairs: list[PairReviewed], *, exported_at: str, tool_version: str) -> str:
    rows = csv_rows(set_review.coverage, "claims")[1:]  # claim, outlet, outlet_name, status, version, sentence, text
    per_claim = len(set_review.coverage.outlets)
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for n, (claim, outlet, name, status, versions, sentence, text) in enumerate(rows):
        i = n // per_claim
        record = set_review.record(i)
        writer.writerow([cell(v) for v in (
            claim, text, outlet, name, status, versions, sentence, set_review.verdict(i), set_review.note(i),
            record.reviewer if record else "", record.updated if record else "", set_review.ids[i],
        )])
    return out.getvalue()

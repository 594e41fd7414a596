"""A coverage as plain data: the JSON of ``diptych matrix --format json`` and its CSV tables.

Outlets are referred to by their number in the set, counted from 1 as in the text report
(``articles[k].number``). Shares are fractions of an article's characters (0..1).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from tui import __version__
from tui.coverage.model import Claim, Coverage, CrossEntity, PairCell, PairContradiction
from tui.engine.serialise import article_dict

CSV_TABLES = ("pairs", "claims", "entities")


def _numbers(outlets: list[int]) -> list[int]:
    return [o + 1 for o in outlets]


def contradiction_dict(c: PairContradiction) -> dict[str, Any]:
    return {
        "type": c.type,
        "explanation": c.explanation,
        "why": {"label": c.label, "left": c.left_value, "right": c.right_value, "note": c.note},
        "significance": c.significance,
        "left": {"start": c.left.start, "end": c.left.end, "text": c.left_text},
        "right": {"start": c.right.start, "end": c.right.end, "text": c.right_text},
    }


def pair_dict(cov: Coverage, cell: PairCell) -> dict[str, Any]:
    return {
        "left": cell.left + 1,
        "right": cell.right + 1,
        "left_name": cov.outlets[cell.left].name,
        "right_name": cov.outlets[cell.right].name,
        "left_share": cell.left_share,
        "right_share": cell.right_share,
        "share": cell.share,
        "overlaps": cell.overlaps,
        "contradictions": cell.contradictions,
        "aligned_sentences": len(cell.aligned),
        "compared": cell.compared,
        "contradiction_list": [contradiction_dict(c) for c in cell.contradiction_list],
    }


def claim_dict(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "text": c.text,
        "outlet": c.outlet + 1,
        "outlets": _numbers(c.outlets),
        "agreeing": _numbers(c.agreeing),
        "differing": _numbers(c.differing),
        "silent": _numbers(c.silent),
        "disputed": c.disputed,
        "points": [
            {"type": p.type, "label": p.label,
             "variants": [{"value": v.value, "count": v.count, "outlets": _numbers(v.outlets), "forms": v.forms}
                          for v in p.variants]}
            for p in c.points
        ],
        "sentences": [{"outlet": s.outlet + 1, "start": s.span.start, "end": s.span.end, "text": s.text}
                      for s in c.sentences],
    }


def entity_dict(e: CrossEntity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "outlets": _numbers(e.outlets),
        "by_outlet": [{"outlet": o + 1, "mentions": e.mentions[o], "forms": e.forms[o]} for o in e.outlets],
        "spelled_differently": e.spelled_differently,
        "variants": [{"form": s.form, "outlets": _numbers(s.outlets)} for s in e.variants],
    }


def coverage_dict(cov: Coverage) -> dict[str, Any]:
    pairs = cov.pairs
    return {
        "tool": {"name": "diptych", "version": __version__},
        "articles": [{"number": o.index + 1, "name": o.name, **article_dict(o.article, with_text=False),
                      "chars": o.chars} for o in cov.outlets],
        "summary": {
            "articles": len(cov.outlets),
            "pairs": len(pairs),
            "pairs_compared": sum(c.compared for c in pairs),
            "contradictions": sum(c.contradictions for c in pairs),
            "claims": len(cov.claims),
            "disputed_claims": sum(c.disputed for c in cov.claims),
            "entities": len(cov.entities),
            "spelled_differently": sum(e.spelled_differently for e in cov.entities),
        },
        "matrix": [pair_dict(cov, c) for c in pairs],
        "claims": [claim_dict(c) for c in cov.claims],
        "entities": [entity_dict(e) for e in cov.entities],
        "workers": cov.workers,
        "timings_ms": cov.timings,
    }


def _points_text(c: Claim, outlet: int) -> str:
    """The versions an outlet gives of a claim's disputed points ("day: Friday")."""
    return "; ".join(f"{p.label}: {v.value}" for p in c.points for v in p.variants if outlet in v.outlets)


def csv_rows(cov: Coverage, table: str) -> list[list[Any]]:
    """One of the CSV tables, header first: ``pairs`` (a row per pair), ``claims`` (a row per
    claim and outlet: states / differs / silent), ``entities`` (a row per entity and outlet
    naming it)."""
    names = [o.name for o in cov.outlets]
    if table == "pairs":
        rows: list[list[Any]] = [["left", "right", "left_name", "right_name", "left_share", "right_share", "share",
                                  "overlaps", "contradictions", "compared"]]
        rows += [[c.left + 1, c.right + 1, names[c.left], names[c.right], c.left_share, c.right_share, c.share,
                  c.overlaps, c.contradictions, c.compared] for c in cov.pairs]
        return rows
    if table == "claims":
        rows = [["claim", "outlet", "outlet_name", "status", "version", "sentence", "claim_text"]]
        for c in cov.claims:
            said: dict[int, str] = {}
            for s in c.sentences:
                said.setdefault(s.outlet, s.text)
            differing = set(c.differing)
            for o in range(len(cov.outlets)):
                status = "silent" if o not in said else "differs" if o in differing else "states"
                rows.append([c.id, o + 1, names[o], status, _points_text(c, o), said.get(o, ""), c.text])
        return rows
    if table == "entities":
        rows = [["entity", "name", "type", "outlet", "outlet_name", "mentions", "forms", "spelled_differently"]]
        for e in cov.entities:
            rows += [[e.id, e.name, e.type, o + 1, names[o], e.mentions[o], "; ".join(e.forms[o]),
                      e.spelled_differently] for o in e.outlets]
        return rows
    raise ValueError(f"no CSV table {table!r} (one of {', '.join(CSV_TABLES)})")


def csv_text(cov: Coverage, table: str = "pairs") -> str:
    """A CSV table; text cells as the pair export writes them (``tui.export.csvfile.cell``): control
    characters made visible, formulas a spreadsheet would run defused."""
    from tui.export.csvfile import cell

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([cell(v) for v in row] for row in csv_rows(cov, table))
    return buf.getvalue()

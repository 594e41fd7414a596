"""Coverage of one story by many outlets: plain Python, no Textual.

    from tui.coverage import build_coverage
    cov = build_coverage([load_article(p) for p in paths])
    cov.cell(0, 1).left_share, cov.claims[0].points, cov.entities[0].variants

``build`` runs the stages: ``matrix`` (every pair compared with the engine, on every core),
``claims`` (sentences grouped across all articles, with the points they disagree on),
``entities`` (people, organisations and places linked across the set, spellings by outlet).
``model`` holds the data, ``serialise`` turns it into JSON-ready dicts and CSV rows,
``sources`` finds and loads the articles, ``report`` prints it for reading (Rich).
"""

from tui.coverage.build import build_coverage
from tui.coverage.model import (
    Claim,
    ClaimPoint,
    ClaimSentence,
    ClaimVariant,
    Coverage,
    CrossEntity,
    Outlet,
    PairCell,
    PairContradiction,
    Spelling,
)

__all__ = [
    "Claim", "ClaimPoint", "ClaimSentence", "ClaimVariant", "Coverage", "CrossEntity", "Outlet", "PairCell",
    "PairContradiction", "Spelling", "build_coverage",
]

"""The JSON and YAML exports of a set: the coverage with its review, for machines.

A superset of ``diptych matrix --format json`` (``coverage_dict``): a top-level ``review`` holds
each claim's verdict, note, reviewer and time (by the claim's ``id``, with the ``review_id`` its
review is kept under), the progress, the detached claim reviews, the reviewer, the set session
file and the time of export; ``pairs`` lists each pair with a saved session of its own: the
file, the progress and the findings reviewed there.
"""

from __future__ import annotations

from typing import Any

from tui.coverage.serialise import coverage_dict
from tui.engine.serialise import finding_dict, to_json, to_yaml
from tui.export.sets.common import PairReviewed, set_provenance
from tui.review.sets import ClaimRecord, SetReview


def _claim_record(r: ClaimRecord) -> dict[str, Any]:
    return {"verdict": r.verdict, "note": r.note, "reviewer": r.reviewer, "created": r.created,
            "updated": r.updated}


def _pair_dict(set_review: SetReview, p: PairReviewed) -> dict[str, Any]:
    names = set_review.coverage.outlets
    d: dict[str, Any] = {"left": p.left + 1, "right": p.right + 1, "left_name": names[p.left].name,
                         "right_name": names[p.right].name, "session": str(p.path)}
    if p.review is None:
        return {**d, "problem": p.problem}
    progress = p.review.progress()
    d["progress"] = {"reviewed": progress.reviewed, "findings": progress.total, "hidden": progress.hidden,
                     "by_verdict": dict(progress.by_verdict)}
    d["detached"] = len(p.review.session.detached)
    d["findings"] = [{"number": en.number, **finding_dict(en.finding), "verdict": en.verdict, "note": en.note,
                      "reviewer": en.reviewer, "updated": en.updated, "hidden": en.hidden,
                      "hidden_by": [r.id for r in en.hidden_by]} for en in p.reviewed]
    return d


def export_set_dict(set_review: SetReview, pairs: list[PairReviewed], *, exported_at: str,
                    tool_version: str) -> dict[str, Any]:
    cov = set_review.coverage
    data = coverage_dict(cov)
    data["tool"]["version"] = tool_version
    progress = set_review.progress()
    prov = set_provenance(set_review, exported_at, tool_version)
    claims = []
    for i, c in enumerate(cov.claims):
        record = set_review.record(i)
        claims.append({"claim": c.id, "review_id": set_review.ids[i],
                       **(_claim_record(record) if record else {"verdict": "unreviewed", "note": "", "reviewer": "",
                                                                "created": "", "updated": ""})})
    data["review"] = {
        "claims": claims,
        "progress": {"reviewed": progress.reviewed, "claims": progress.total, "by_verdict": dict(progress.by_verdict)},
        "detached": [{"review_id": r.id, "text": r.text, **_claim_record(r), "detached": r.detached_reason,
                      "sentences": list(r.sentences)} for r in set_review.session.detached],
        "reviewer": prov["reviewer"],
        "session": prov["session"],
        "session_created": prov["session_created"],
        "session_updated": prov["session_updated"],
        "exported_at": exported_at,
    }
    data["pairs"] = [_pair_dict(set_review, p) for p in pairs]
    return data


def render_set_json(set_review: SetReview, pairs: list[PairReviewed], *, exported_at: str, tool_version: str) -> str:
    data = export_set_dict(set_review, pairs, exported_at=exported_at, tool_version=tool_version)
    return to_json(data)


def render_set_yaml(set_review: SetReview, pairs: list[PairReviewed], *, exported_at: str, tool_version: str) -> str:
    data = export_set_dict(set_review, pairs, exported_at=exported_at, tool_version=tool_version)
    return to_yaml(data)

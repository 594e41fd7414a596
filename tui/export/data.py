"""The JSON and YAML exports: the whole comparison with the review, for machines.

A superset of ``diptych compare --format json`` (``comparison_dict``): each finding also has
its ``number`` in reading order, ``verdict``, ``note``, ``reviewer``, ``updated``, ``hidden``
and ``hidden_by`` (rule ids); a top-level ``review`` holds the progress, the ignore rules (with
the ids of the findings each hides), the detached reviews, the reviewer, the session file and
the time of export.
"""

from __future__ import annotations

from typing import Any

from tui.engine.serialise import comparison_dict, to_json, to_yaml
from tui.export.common import entries, provenance
from tui.review import Review
from tui.review.session import record_dict, rule_dict


def export_dict(review: Review, *, exported_at: str, tool_version: str) -> dict[str, Any]:
    data = comparison_dict(review.comparison)
    data["tool"]["version"] = tool_version
    for en in entries(review):
        data["findings"][en.index].update({
            "number": en.number, "verdict": en.verdict, "note": en.note, "reviewer": en.reviewer,
            "updated": en.updated, "hidden": en.hidden, "hidden_by": [r.id for r in en.hidden_by],
        })
    progress = review.progress()
    ids = [f.id for f in review.findings]
    prov = provenance(review, exported_at, tool_version)
    data["review"] = {
        "progress": {"reviewed": progress.reviewed, "findings": progress.total, "hidden": progress.hidden,
                     "by_verdict": dict(progress.by_verdict)},
        "rules": [{**rule_dict(r), "hides": [ids[i] for i in review.hidden_by(r)]} for r in review.session.rules],
        "detached": [{"id": r.id, **record_dict(r)} for r in review.session.detached],
        "reviewer": review.reviewer,
        "session": prov["session"],
        "session_created": prov["session_created"],
        "session_updated": prov["session_updated"],
        "exported_at": exported_at,
    }
    return data


def render_json(review: Review, *, exported_at: str, tool_version: str) -> str:
    data = export_dict(review, exported_at=exported_at, tool_version=tool_version)
    return to_json(data)


def render_yaml(review: Review, *, exported_at: str, tool_version: str) -> str:
    data = export_dict(review, exported_at=exported_at, tool_version=tool_version)
    return to_yaml(data)

"""The JSON and YAML exports: the comparison as ``diptych compare`` writes it, plus the review."""

from __future__ import annotations

import json

import yaml
from test_export_common import EXPORTED, LEFT, RIGHT, make_review, reviewed

from tui.engine.serialise import comparison_dict
from tui.export import render
from tui.export.common import entries


def contains(big, small, where="") -> None:
    """``big`` holds everything ``small`` does (dictionaries may have more keys)."""
    if isinstance(small, dict):
        assert isinstance(big, dict), where
        for key, value in small.items():
            assert key in big, f"{where}.{key}"
            contains(big[key], value, f"{where}.{key}")
    elif isinstance(small, list):
        assert isinstance(big, list) and len(big) == len(small), where
        for n, (a, b) in enumerate(zip(big, small, strict=True)):
            contains(a, b, f"{where}[{n}]")
    else:
        assert big == small, where


def test_json_is_a_superset_of_the_compare_output_with_the_review(tmp_path):
    review = reviewed(tmp_path)
    data = json.loads(render(review, "json", exported_at=EXPORTED))
    contains(data, json.loads(json.dumps(comparison_dict(review.comparison))))
    for en in entries(review):
        f = data["findings"][en.index]
        assert f["id"] == en.finding.id and f["number"] == en.number
        assert (f["verdict"], f["note"], f["reviewer"], f["updated"]) == (en.verdict, en.note, en.reviewer, en.updated)
        assert f["hidden"] is en.hidden and f["hidden_by"] == (["r1"] if en.hidden else [])
    assert {f["verdict"] for f in data["findings"]} == {"confirmed", "dismissed", "unreviewed"}
    r = data["review"]
    p = review.progress()
    assert r["progress"] == {"reviewed": p.reviewed, "findings": p.total, "hidden": 1, "by_verdict": dict(p.by_verdict)}
    hidden_id = review.findings[next(iter(review.hidden))].id
    assert [(x["id"], x["left"], x["right"], x["hides"]) for x in r["rules"]] == [
        ("r1", "42 homes", "24 homes", [hidden_id])]
    assert r["detached"] == [] and r["reviewer"] == "Ana" and r["exported_at"] == EXPORTED
    assert r["session"] == str(tmp_path / "s.yaml")
    assert data["tool"] == {"name": "diptych", "version": data["tool"]["version"]}


def test_yaml_loads_safely_and_says_the_same(tmp_path):
    review = make_review(tmp_path, LEFT + "A bell \x1b[31m rang at Dolmabahçe: 'yes' #no\n", RIGHT)
    review.set_note(0, "two\nlines: and a colon")
    text = render(review, "yaml", exported_at=EXPORTED)
    assert text.startswith("tool:\n")
    assert yaml.safe_load(text) == json.loads(render(review, "json", exported_at=EXPORTED))
    assert yaml.safe_load(text)["findings"][0]["note"] == "two\nlines: and a colon"
    assert "Dolmabahçe" in text and "\\e" in text  # unicode as it is, ESC written escaped
    article = yaml.safe_load(text)["left"]["text"]
    assert article == review.comparison.left.text


def test_tool_version_is_the_one_given(tmp_path):
    data = json.loads(render(make_review(tmp_path), "json", exported_at=EXPORTED, tool_version="7.7.7"))
    assert data["tool"]["version"] == "7.7.7"

"""One moment written two ways is no contradiction: "4:30 p.m." / "16:30", "15/05/2025" /
"2025-05-15"; two moments still are, explained in 24-hour clock times.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

import pytest


def found(c):
    return [(f.type, str(f.why)) for f in c.findings if f.kind == "contradiction"]


@pytest.mark.parametrize(("left", "right"), [
    ("The search on the Orvane glacier was called off at 4:30 p.m. after all climbers had been found.",
     "The search on the Orvane glacier was called off at 16:30 after all climbers had been found."),
    ("The Velmora talks began on 15/05/2025 in the capital.", "The Velmora talks began on 2025-05-15 in the capital."),
])
def test_one_moment_written_two_ways(run, left, right):
    assert found(run(left, right)) == []


def test_two_moments_are_explained_in_clock_times(run):
    c = run("The search on the Orvane glacier was called off at 4:30 p.m. after all climbers had been found.",
            "The search on the Orvane glacier was called off at 17:30 after all climbers had been found.")
    assert found(c) == [("time", "time: 4:30 p.m. vs 17:30 (16:30 vs 17:30)")]

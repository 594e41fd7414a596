"""Clock times with their zones: one moment in two zones is no contradiction, two zones with
known offsets are compared, "4.30pm" is a time, and a time that cannot be compared never
confirms or contradicts another.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

import pytest

from tui.engine import zones
from tui.engine.temporal import find_times


def times(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "time"]


def test_a_time_written_with_a_full_stop():
    (m,) = find_times("The verdict was read at around 4.30pm in the packed courtroom.")
    assert m.kind == "time" and m.minutes == 16 * 60 + 30


@pytest.mark.parametrize("text, zone", [
    ("at 18:32 GMT.", "UTC+0"), ("at 2 a.m. Eastern time,", "America/New_York"),
    ("at 3pm Copenhagen time.", "Europe/Copenhagen"), ("at 21:32 local time", "local"),
    ("at 21:32, when", "local"), ("at 8:30 a.m. ET on", "America/New_York"),
])
def test_zone_after_a_time(text, zone):
    (m,) = find_times(text)
    assert zones.zone_after(text, m.end) == zone


def test_offsets_follow_summer_time():
    import datetime as dt

    assert zones.offset("Europe/Copenhagen", dt.date(2026, 1, 10)) == 60
    assert zones.offset("Europe/Copenhagen", dt.date(2026, 7, 10)) == 120
    assert zones.offset("UTC+0", None) == 0


def test_one_moment_in_two_zones_is_not_a_contradiction(run):
    c = run("The ferry Northern Star left the port of Harwick at 21:30 local time, the coast guard said.",
            "The ferry Northern Star left the port of Harwick at 20:30 GMT, the coast guard said.")
    assert times(c) == []


def test_two_zones_with_known_offsets_are_compared(run):
    c = run("Norsk Cargo will hold a call with analysts on its results at 14:00 CET on Thursday.",
            "Norsk Cargo will hold a call with analysts on its results at 3pm Oslo time on Thursday.",
            date="2026-11-12")
    assert times(c) == [("14:00", "3pm")]


def test_the_same_zone_named_two_ways(run):
    c = run("Norsk Cargo chief executive Ida Berg spoke to analysts on a call at 8:30 a.m. ET, the company said.",
            "Norsk Cargo chief executive Ida Berg spoke to analysts on a call at 8 a.m. New York time, the "
            "company said.")
    assert times(c) == [("8:30 a.m.", "8 a.m.")]


def test_local_time_against_a_time_in_gmt_cannot_be_compared(run):
    c = run("The ferry Northern Star left the port of Harwick at 21:30 local time (20:30 GMT), the coast "
            "guard said.",
            "The ferry Northern Star left the port of Harwick at 21:20, the coast guard said.")
    # 21:30 against 21:20 (both local) is a conflict; 20:30 GMT neither confirms nor denies 21:20
    assert times(c) == [("21:30", "21:20")]

"""Recall of clock-time contradictions on wording the detectors were not tuned on: wire copy's
four-digit times ("1247 GMT"), zones zones.py does not list ("WIB"), one moment given in two
zones, events named by a noun ("Liftoff came at") or by announcing. Every text here is invented.
Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def times(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "time"]


def test_four_digit_times_with_a_zone():
    from tui.engine.temporal import find_times

    text = "The rocket lifted off at 09:47 local time (1247 GMT), and the crash happened at 03.40 WIB."
    assert [(text[m.start:m.end], m.minutes) for m in find_times(text) if m.kind == "time"] == [
        ("09:47", 587), ("1247", 767), ("03.40", 220)]
    assert [m.kind for m in find_times("Sales rose to 2000 units.")] == ["year"]


def test_a_moment_in_two_zones_against_one_in_a_third(run):
    c = run("The Tarvel-3 rocket lifted off from Porto Quieto at 09:47 local time (1247 GMT) on Thursday, "
            "the space agency said.",
            "The Tarvel-3 rocket blasted off from the coastal launch site at Porto Quieto at 8:47 a.m. EST "
            "on Thursday, the space agency said.")
    assert times(c) == [("1247", "8:47 a.m.")]


def test_the_same_moment_in_three_zones_agrees(run):
    c = run("The Tarvel-3 rocket lifted off from Porto Quieto at 09:47 local time (1247 GMT) on Thursday, "
            "the space agency said.",
            "The Tarvel-3 rocket blasted off from the coastal launch site at Porto Quieto at 7:47 a.m. EST "
            "on Thursday, the space agency said.")
    assert times(c) == []


def test_a_zone_abbreviation_zones_does_not_list():
    from tui.engine.quantities import time_claims
    from tui.engine.segmenting import segment
    from tui.engine.temporal import find_times

    text = "The ferry sank at 03.40 WIB on Sunday."
    claims = time_claims(text, segment(text), find_times(text), lambda o: 0)
    assert [(c.written, c.zone, c.offset) for c in claims] == [("03.40", "Asia/Jakarta", 420)]


def test_an_announcement_at_two_times(run):
    c = run("The Velnor central bank cut its main rate on Tuesday. The decision was published on its website "
            "at 14:00 CET, and the governor spoke to reporters an hour later.",
            "The Velnor central bank cut its main rate on Tuesday. The decision, announced at 3 p.m. "
            "Budapest time, surprised analysts.")
    assert times(c) == [("14:00", "3 p.m.")]

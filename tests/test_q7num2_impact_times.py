"""The time of an impact told in other words: "struck at" / "came down at" -- a slide, a storm
or a blast that comes down once in a story, its only time in each article. Every text here is
invented; each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def times(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "time"]


STRUCK = ("The slide struck at 0915 GMT on the Orvan glacier in the Kestel valley, according to the head of the "
          "regional rescue service. Three others were hurt.")
CAME_DOWN = ("The avalanche came down at about 09.15 a.m. local time and buried seven skiers on a slope in Norway. "
             "The victims included an instructor, a spokesman said.")


def test_struck_and_came_down_are_one_event(run):
    assert len(times(run(STRUCK, CAME_DOWN))) == 1


def test_the_same_moment_in_two_zones_agrees(run):
    assert times(run(STRUCK.replace("0915", "0815"), CAME_DOWN)) == []

"""A clock time written with its weekday, in an article that gives times on two days, is not
the time of the other article's story when that story's main event is on the other day. Every
text here is invented; each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def times(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "time"]


OVER_TWO_DAYS = ("Firefighters on Saturday put out a fire that had raged all night at the Velmora refinery. "
                 "The fire broke out at about 11:40 p.m. on Friday in a distillation unit and was brought under "
                 "control at 8:50 a.m. on Saturday, the district collector told reporters.")
FRIDAY = ("A huge fire broke out at the Velmora refinery on Friday night. The blaze started at around 10.40 pm "
          "in a distillation unit, the district collector said.")


def test_a_time_on_the_next_day_is_not_the_other_storys_time(run):
    found = times(run(OVER_TWO_DAYS, FRIDAY))
    assert not any("8:50" in left for left, _ in found)


def test_the_time_on_the_same_day_is_still_compared(run):
    found = times(run(OVER_TWO_DAYS, FRIDAY))
    assert len(found) == 1 and "11:40" in found[0][0]


def test_one_time_on_a_day_the_other_article_does_not_give_is_compared(run):
    # each article tells the event on one day, and the days differ: the times still disagree
    found = times(run("The break-in at the Kestrel Museum began at 3:40 a.m. on Tuesday, when two men broke a "
                      "rear window, the police said.",
                      "Two paintings were stolen from the Kestrel Museum in the early hours of Monday. Two men "
                      "broke a rear window at 4.15am, the police said."))
    assert len(found) == 1

"""Clock times of one event told in other words: "departed at 9:32 p.m." / "took off at 21:23",
"landed at" / "touched down at". A flight takes off once and lands once: the only take-off
time each article gives is the same event's, wherever it stands.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def times(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "time"]


def test_departed_and_took_off_are_one_event(run):
    c = run("Flight KX 410, bound for Larsk with 180 people on board, departed at 9:32 p.m. local time. "
            "The crew reported smoke in the cabin soon afterwards.",
            "The Tellan Airways jet, a ten-year-old Boeing, took off at 21:23 with 174 passengers and six crew. "
            "Smoke was reported in the cabin a few minutes later.")
    assert times(c) == [("9:32 p.m.", "21:23")]


def test_landed_and_touched_down_are_one_event(run):
    c = run("The aircraft touched down at 10:08 p.m. and stopped on the runway, where the captain ordered an "
            "evacuation.",
            "Firefighters met the plane after it landed safely at 22:50, the airport operator said.")
    assert times(c) == [("10:08 p.m.", "22:50")]


def test_the_same_time_in_other_words_agrees(run):
    c = run("Flight KX 410 departed at 9:32 p.m. local time with 180 people on board.",
            "The Tellan Airways jet took off at 21:32 with 174 passengers and six crew.")
    assert times(c) == []


def test_two_take_offs_in_one_article_are_not_told_apart(run):
    # a replacement flight also takes off: which one the other article's time is of, the
    # articles do not say
    c = run("Flight KX 410 departed at 9:32 p.m. local time with 180 people on board. Passengers were put on "
            "a replacement flight that departed at 11 a.m. on Sunday.",
            "The Tellan Airways jet took off at 21:23, a spokesman said.")
    assert ("11 a.m.", "21:23") not in times(c)


def test_take_off_and_landing_are_two_events(run):
    c = run("Flight KX 410 departed at 9:32 p.m. local time with 180 people on board.",
            "The Tellan Airways jet landed back at Larsk at 22:10 after the crew shut down an engine.")
    assert times(c) == []


def test_the_end_of_a_closure_is_no_time_of_an_event(run):
    # "closed until 00:40": when a period ended, not when something happened
    c = run("The jet landed safely at 21:58 and the crew evacuated the passengers onto the runway.",
            "The runway at Larsk airport, where the jet landed, remained closed until 00:40, and several flights "
            "were diverted.")
    assert times(c) == []



def test_two_ends_of_one_closure_disagree(run):
    c = run("The runway at Larsk airport remained closed until 00:40 after the jet landed, the operator said.",
            "The runway at Larsk airport stayed shut until 2 a.m. after the jet landed, the operator said.")
    assert times(c) == [("00:40", "2 a.m.")]


def test_one_moment_in_related_sentences_with_one_word_in_common(run):
    left = ("Thousands marched through Velmora on Saturday against rising rents.\n\n"
            "The day ended in clashes shortly after 8:30 p.m. outside the town hall, where a few hundred "
            "protesters pushed against police lines.\n")
    right = ("Thousands marched through Velmora on Saturday against rising rents.\n\n"
             "The march turned violent shortly before 7pm, when masked demonstrators threw bottles at police "
             "guarding the building.\n")
    c = run(left, right)
    assert times(c) == [("8:30 p.m.", "7pm")]


def test_a_time_something_will_happen_is_a_plan(run):
    # what will happen at 3pm neither confirms nor contradicts what happened at 2 a.m.
    c = run("Norsk Pharma released the data at 2 a.m. Eastern time, before trading began in Larvik.",
            "Norsk Pharma released the data before trading began in Larvik and will host an investor call at 3pm "
            "CET.")
    assert times(c) == []


def test_two_times_of_one_planned_event_disagree(run):
    c = run("Norsk Pharma will hold a conference call with analysts at 14:00 CET on Monday.",
            "Norsk Pharma will discuss the results with analysts on a conference call at 16:00 CET on Monday.")
    assert times(c) == [("14:00", "16:00")]


STORY = ("A Tellan Airways jet bound for Larsk returned to Velmora airport on Saturday evening after an engine "
         "warning, the airline said.\n\n")


def test_a_time_on_another_day_is_another_moment(run):
    # the story happened on Saturday: a time the other article puts on Sunday is of something else
    c = run(STORY + "Flight KX 410, carrying 174 passengers and six crew, took off at 21:32 local time.\n",
            STORY + "Passengers on the flight were put on a replacement flight that left for Larsk at 11 a.m. "
                    "Sunday, the airline said.\n")
    assert times(c) == []


def test_times_on_the_same_day_are_still_compared(run):
    c = run(STORY + "Flight KX 410 took off from Velmora at 21:32 local time with 174 passengers on board.\n",
            STORY + "Flight KX 410 took off from Velmora at 21:05 on Saturday with 174 passengers on board.\n")
    assert times(c) == [("21:32", "21:05")]

"""Clock times in two zones where one is "local time" and no dateline says where: local is
read as any place the article names (a time at odds with the other in every one of them
disagrees); a time written again in another zone in brackets is the same moment, not a second
claim. Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations


def times(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "time"]


LEFT = ("Ferry and cargo ship collide in Manila Bay\n\n"
        "The ferry Velmora Queen and the cargo ship Kestrel Dawn collided at {} ICT in Manila Bay, the "
        "coastguard said, and two crew members were missing.")
RIGHT = ("Kestrel Dawn collision\n\nBy Anouk Varga\n\n"
         "The Kestrel Dawn was struck by the ferry Velmora Queen in Manila Bay at around 05:40 local time, "
         "the coastguard said, and two crew members were missing.")


def test_a_local_time_at_odds_in_every_place_the_article_names(run):
    assert times(run(LEFT.format("03.40"), RIGHT)) == [("03.40", "05:40")]


def test_a_local_time_that_is_the_same_moment_in_a_place_named(run):
    assert times(run(LEFT.format("04.40"), RIGHT)) == []  # 04:40 in Bangkok's zone is 05:40 in Manila


def test_a_time_written_again_in_gmt_is_one_claim(run):
    left = ("The ferry Velmora Queen left Manila at 21:32 local time (13:32 GMT), the operator said, "
            "with 212 passengers on board.")
    right = ("The ferry Velmora Queen left Manila at 21:23, the operator said, with 212 passengers "
             "on board.")
    assert times(run(left, right)) == [("21:32", "21:23")]


def test_local_time_in_a_datelines_country(run):
    left = ("QIRVIK, Norway, March 3 (Wirenews) - An avalanche buried part of a ski resort near Qirvik at "
            "4:47 a.m. local time, police said.")
    right = "An avalanche buried part of a ski resort near Qirvik at {} GMT, police said."
    assert times(run(left, right.format("0447"))) == [("4:47 a.m.", "0447")]
    assert times(run(left, right.format("0347"))) == []


def test_the_zones_of_the_places_an_article_names():
    from tui.engine.zones import dateline_zone, named_zones

    assert dateline_zone("ØRSTAVIK, Norway - A ferry ran aground.") == "Europe/Oslo"
    assert dateline_zone("QIRVIK, United States - A ferry ran aground.") is None  # (several zones)
    assert named_zones("Ferries from Norway reached Manila, then Norway again.") == ("Europe/Oslo", "Asia/Manila")


def test_noon_and_midnight_are_clock_times(run):
    left = "The march left Qirvik's main square at noon on Saturday, the organisers said."
    right = "The march left Qirvik's main square at {} on Saturday, the organisers said."
    assert times(run(left, right.format("2 p.m."))) == [("noon", "2 p.m.")]
    assert times(run(left, right.format("12:00"))) == []
    assert times(run(left.replace("noon", "12 noon"), right.format("midday"))) == []


def test_a_time_of_one_event_outshines_a_time_of_another(run):
    left = ("The Velmora Air jet took off from Qirvik at 21:32 local time, the airline said.\n\n"
            "The airline's chief executive told reporters at the airport in Qirvik shortly before midnight "
            "that the jet had taken off safely.")
    right = "The Velmora Air jet took off from Qirvik at 21:23, the airline said, and landed safely."
    assert times(run(left, right)) == [("21:32", "21:23")]

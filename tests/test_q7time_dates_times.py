"""Clock times written with a full stop or "hrs", the zone of a story set in a state or province,
the day something will start again, and one date written with two weekdays.

Every text here is invented. Tests taking ``run`` run in both orders."""

from __future__ import annotations

import pytest

from tui.engine import zones
from tui.engine.temporal import find_times


def found(c, type_):
    return [f for f in c.findings if f.kind == "contradiction" and f.type == type_]


@pytest.mark.parametrize("text, minutes", [
    ("The alarm sounded at 2230 hrs on Friday.", 22 * 60 + 30),
    ("The alarm sounded at around 22.30 hrs on Friday.", 22 * 60 + 30),
    ("The ferry left at 0645 hours GMT.", 6 * 60 + 45),
    ("The ferry left at 9.15 GMT on Sunday.", 9 * 60 + 15),
    ("The ferry left at 6.40 local time.", 6 * 60 + 40),
    ("The ferry left at about 11.05 a.m. local time.", 11 * 60 + 5),
])
def test_clock_times_with_a_full_stop_or_hrs(text, minutes):
    (m,) = [m for m in find_times(text) if m.kind == "time"]
    assert m.minutes == minutes


@pytest.mark.parametrize("text", [
    "The search took 3.5 hrs in the rain.",
    "The talks lasted 12.30 hrs in all.",
    "They met after 1200 hours of talks.",
    "The mill's output reached 1.25 MT last year.",
])
def test_decimals_and_durations_are_no_clock_times(text):
    assert not [m for m in find_times(text) if m.kind == "time"]


def test_a_state_or_province_says_the_zone():
    assert zones.named_zones("A blast hit a plant in the southern state of Kerala.") == ("Asia/Kolkata",)
    assert zones.named_zones("Nurses in Ontario went on strike.") == ("America/Toronto",)
    assert zones.named_zones("Rescuers in Vorarlberg searched the slope.") == ("Europe/Vienna",)
    assert zones.dateline_zone("KESTRELTON, Nova Scotia (Wire) - A trawler sank.") == "America/Halifax"
    assert zones.offset(zones.REGION_ZONES["Newfoundland"], None) == -210  # half an hour off


def test_a_gmt_time_against_a_local_time_in_a_named_state(run):
    c = run("A fire broke out at the Velmora Chemicals plant at around 0850 GMT on Friday, the company said.\n\n"
            "Firefighters from three towns fought the blaze through the night.",
            "A fire broke out at the Velmora Chemicals plant in the southern state of Kerala at around "
            "3.20 pm on Friday, the company said.\n\nFirefighters from three towns fought the blaze.")
    assert len(found(c, "time")) == 1


def test_the_same_moment_in_gmt_and_local_time_agrees(run):
    c = run("A fire broke out at the Velmora Chemicals plant at around 0950 GMT on Friday, the company said.\n\n"
            "Firefighters from three towns fought the blaze through the night.",
            "A fire broke out at the Velmora Chemicals plant in the southern state of Kerala at around "
            "3.20 pm on Friday, the company said.\n\nFirefighters from three towns fought the blaze.")
    assert not found(c, "time")


OPENING = "Flooding at the Kestrel Holdings copper mine near Orlavik trapped nine miners on Sunday.\n\n"
RESTART_LEFT = OPENING + "Pumping will take a week, but the mine's two smelters would resume production by Monday."


def test_the_day_something_starts_again(run):
    c = run(RESTART_LEFT, OPENING + "Kestrel expects both smelters to restart on Thursday.")
    (f,) = found(c, "date")
    assert "Monday" in f.explanation and "Thursday" in f.explanation


def test_the_same_day_to_start_again_agrees(run):
    c = run(RESTART_LEFT, OPENING + "Kestrel expects both smelters to restart on Monday.")
    assert not found(c, "date")


def test_two_things_starting_again_on_two_days_agree(run):
    c = run(RESTART_LEFT, OPENING + "Kestrel's bonds will resume trading on Thursday, the exchange said. "
            "The mine's two smelters would resume production by Monday.")
    assert not found(c, "date")


def test_one_date_written_with_two_weekdays(run):
    c = run("Anouk Varga, who chairs the Kestrel Holdings board, said directors would rule on the Velmora bid "
            "by Thursday, Dec. 17, after a last round of talks.",
            "Anouk Varga, who chairs the Kestrel Holdings board, said directors would rule on the Velmora bid "
            "by Friday, December 17, once the talks end.", date="2026-12-02")
    (f,) = found(c, "date")
    assert "is a Thursday" in f.explanation


def test_a_day_something_will_happen_on_is_not_the_main_event():
    from tui.engine import compare
    from tui.engine.loading import article_from_text

    left = article_from_text("Dec. 5, 2026\n\nA rockfall hit a road above the village of Marrendal on Saturday, "
                             "burying two cars, police said.\n\nRescuers reached both cars within an hour.", "a.txt")
    right = article_from_text("6 December 2026\n\nTwo cars were buried when a rockfall hit a road above Marrendal "
                              "yesterday, police have confirmed.\n\nThe road is due to open on Tuesday, 8 "
                              "December, once geologists have checked the cliff.", "b.txt")
    assert not found(compare(left, right), "date")

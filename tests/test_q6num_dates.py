"""Dates told apart beyond the weekday: a date written with a weekday that is not its own
against the date the other article gives (or files its story on), parts of a year said
relative to a year not known, a day written in brackets in GMT, and one contradiction told
in two sentences in a row. Every text here is invented. Each test runs in both orders."""

from __future__ import annotations


def dates(c):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == "date"]


MISDATED = ("Velmora Star collision: questions over the anchorage\n\nBy Anouk Varga\n30 November 2026\n\n"
            "The tanker Velmora Star was struck by a container ship off Kestrel Point at around 05:40 local "
            "time on Sunday, 30 November, according to tracking data.")


def test_a_date_with_the_wrong_weekday_against_the_date_a_header_gives(run):
    left = ("Oil from tanker collision reaches Kestrel beaches\n\nQirvik | Sunday, November 29, 2026\n\n"
            "Oil from a tanker that collided with a container ship off Kestrel Point early on Sunday has "
            "washed up on the island's beaches, the coastguard said.")
    assert dates(run(left, MISDATED)) == [("Sunday, November 29, 2026", "Sunday, 30 November")]


def test_a_date_with_the_wrong_weekday_against_a_dateline_and_a_weekday(run):
    left = ("QIRVIK, Nov 29 (Wirenews) - A tanker and a container ship collided off Kestrel Point early on "
            "Sunday, spilling fuel oil into the strait, the coastguard said.\n\n"
            "The Velmora Star collided with the container ship at about 4:40 a.m. local time "
            "(2040 GMT on Saturday), the coastguard said.")
    assert dates(run(left, MISDATED)) == [("Nov 29", "Sunday, 30 November")]


def test_the_date_a_weekday_falls_on_agrees(run):
    left = ("QIRVIK, Nov 30 (Wirenews) - A tanker and a container ship collided off Kestrel Point early on "
            "Monday, spilling fuel oil into the strait, the coastguard said.")
    right = MISDATED.replace("Sunday, 30 November", "Monday, 30 November")
    assert dates(run(left, right)) == []


def test_parts_of_a_year_relative_to_an_unknown_year_that_cannot_meet(run):
    left = "The company said it would ask regulators in Velmora to approve the drug early next year."
    right = ("Kestrel Holdings said it would file for approval with the regulators in Velmora in the second "
             "half of 2027, once longer-term data are available.")
    assert dates(run(left, right)) == [("early next year", "second half of 2027")]
    assert dates(run(left, right.replace("second", "first"))) == []


def test_by_the_end_of_a_year_not_known_is_any_time_up_to_then(run):
    left = ("Kestrel Holdings expects the takeover to be completed, after approval by regulators, by the end "
            "of this year.")
    right = ("Kestrel Holdings expects the takeover to be completed, after approval by regulators, in the "
             "first quarter of 2026.")
    assert dates(run(left, right)) == []


def test_one_contradiction_in_two_sentences_in_a_row_is_reported_once(run):
    left = ("QIRVIK, Nov 16 - Thieves broke into the Tarvel gallery in Qirvik early on Monday and escaped "
            "with four paintings, police said.\n\nTwo men smashed a rear window of the Tarvel gallery at 03:40 "
            "on Monday, triggering the alarm, police said.")
    right = ("The break-in at the Tarvel gallery in Qirvik began at 3:40 a.m. on Tuesday, when two men "
             "smashed a rear window, triggered the alarm and escaped with four paintings, police said.")
    (found,) = [f for f in run(left, right).findings if f.kind == "contradiction" and f.type == "date"]
    assert found.left_text.startswith("QIRVIK") and found.left_text.endswith("police said.")
    assert "Two men smashed" in found.left_text


def test_a_day_in_brackets_in_gmt_is_not_the_storys_day():
    from tui.engine import article_from_text
    from tui.engine.dating import dated_sentences
    from tui.engine.segmenting import segment

    text = "The ships collided at about 4:40 a.m. local time (2040 GMT on Saturday), the coastguard said."
    assert dated_sentences(article_from_text(text, "a.txt"), segment(text)) == []
    text = "The attack was detected at 0210 GMT on Tuesday, Nov. 24, the company said."
    assert len(dated_sentences(article_from_text(text, "a.txt"), segment(text), 2026)) == 1


RENT_RIGHT = ("Velmora rent cap vote set\n\n21 November 2026\n\n"
              "Thousands marched in Qirvik on Saturday against rising rents, the organisers said.\n\n"
              "Parliament is due to vote on the rent-cap bill on {}, the government said.")


def test_next_week_against_a_date_beyond_it(run):
    left = ("QIRVIK, Nov 21 (Wirenews) - Thousands marched in Qirvik on Saturday against rising rents, the "
            "organisers said.\n\nParliament is due to vote on the rent-cap bill next week, the government said.")
    assert dates(run(left, RENT_RIGHT.format("Thursday, 3 December"))) == [("next week", "Thursday, 3 December")]
    assert dates(run(left, RENT_RIGHT.format("Thursday, 26 November"))) == []


def test_yesterday_against_another_date(run):
    left = ("QIRVIK, Nov 21 (Wirenews) - Thousands marched in Qirvik on Saturday against rising rents, the "
            "organisers said.\n\nThe government approved the rent-cap bill yesterday, its spokesman said.")
    right = ("Velmora rent cap\n\n21 November 2026\n\nThousands marched in Qirvik on Saturday against rising "
             "rents, the organisers said.\n\nThe government approved the rent-cap bill on {}, its spokesman said.")
    assert dates(run(left, right.format("Monday, 16 November"))) == [("yesterday", "Monday, 16 November")]
    assert dates(run(left, right.format("Friday, 20 November"))) == []

"""Figures told in other words: a span up to the story's day from a month ("its first cut since
May" / "its first cut in eight months"), growth of the economy however worded ("GDP growth" /
"the economy to grow"), a sum "worth" and one "valued at", and a change's two ends against a
figure given alone. Every text here is invented. Each test runs in both orders (``run``)."""

from __future__ import annotations

from findings import numbers

LEFT_CUT = ("VELMORA, Nov 24 (Wirenews) - The central bank of Velmora cut its main rate by 25 basis points "
            "to 4.75% on Tuesday, its first reduction since May, as inflation cooled.")


def test_a_span_since_a_month_is_compared_with_one_in_months(run):
    right = ("Velmora's central bank lowered its main rate by a quarter point to 4.75 percent on Tuesday, "
             "its first cut in {} months.")
    assert numbers(run(LEFT_CUT, right.format("ten"))) == [("since May", "ten months")]
    assert numbers(run(LEFT_CUT, right.format("six"))) == []
    assert numbers(run(LEFT_CUT, right.format("seven"))) == []  # (May 1 to Nov 24 is nearly seven)


def test_the_story_day_may_be_a_line_of_its_own():
    from tui.engine.temporal import opening_day, times_in

    text = "Velmora cuts rates\n\nTuesday, November 24, 2026\n\nThe central bank of Velmora cut rates."
    assert opening_day(text, times_in(text, 0, len(text))) == (2026, 11, 24)
    text = "June 4 – Kestrel Holdings said on Wednesday it would buy Dorran Lines."
    assert opening_day(text, times_in(text, 0, len(text))) == (0, 6, 4)
    text = "Kestrel Holdings said on June 4 it would buy Dorran Lines, a deal first proposed on May 2."
    assert opening_day(text, times_in(text, 0, len(text))) is None  # (a date in a sentence is an event's)


def test_a_month_later_in_the_year_is_last_years():
    from tui.engine.quantities import _since_claims
    from tui.engine.segmenting import segment

    text = "Exports rose for the first time since October."
    seg = segment(text)[0]
    (claim,) = _since_claims(text, 0, seg, (0, 3, 10), None)
    assert 100 < claim.low < claim.high < 185  # October to March 10: four to five months (and rounding)


def test_growth_of_the_economy_however_worded(run):
    left = ("In its quarterly report, the central bank of Velmora cut its forecast for economic growth in "
            "2027 to 2.1% from 2.8%, citing weak demand abroad.")
    right = ("The central bank of Velmora now expects the economy to grow by 2.5% in 2027, according to "
             "its quarterly report.")
    assert numbers(run(left, right)) == [("2.1", "2.5")]  # (2.8% was the forecast before)


def test_gdp_growth_is_the_economys(run):
    left = "The bank lowered its 2027 GDP growth forecast to 2.1 percent from 2.8 percent on Tuesday."
    right = "The bank now expects the economy to grow by 2.5% in 2027, it said on Tuesday."
    assert numbers(run(left, right)) == [("2.1 percent", "2.5")]


def test_worth_and_valued_at_are_one_thing(run):
    left = ("The museum estimated their combined value at €28 million, with the Hals portrait alone "
            "worth about €15 million.")
    right = ("Dealers put their combined value at €38 million, with the Hals, valued at around €15 million, "
             "by far the most important.")
    assert numbers(run(left, right)) == [("28 million", "38 million")]


def test_two_figures_of_two_things_named_in_a_pair(run):
    left = ("The central bank of Velmora also lowered the overnight deposit rate and the overnight lending "
            "rate by 25 basis points each, to 3.25% and 5.25%, keeping its corridor unchanged.")
    right = ("The overnight deposit rate was lowered to 3.50 percent and the overnight lending rate to "
             "5.25 percent, the central bank of Velmora said.")
    assert numbers(run(left, right)) == [("3.25", "3.50 percent")]


def test_a_control_is_compared_only_with_the_control_of_its_counterpart(run):
    left = ("Over a median of 26 months, the main goal of the trial occurred in 14.1% of patients taking "
            "velorin, a once-daily pill, compared with 17.9% of those on placebo.\n\n"
            "Low blood pressure was more common with velorin, affecting 9.4% of patients compared with "
            "6.1% on placebo.")
    right = ("Low blood pressure was the most common side effect, reported in about 9 percent of patients "
             "taking the drug, compared with {} percent of those given a placebo.")
    assert numbers(run(left, right.format("3"))) == [("6.1", "3 percent")]
    assert ("17.9", "6 percent") not in numbers(run(left, right.format("6")))


def test_stock_and_shares_are_one_thing(run):
    left = ("Kestrel Holdings agreed on Wednesday to buy Dorran Lines for $2 billion, ending a long contest "
            "for the shipping group.\n\nIts stock jumped 31% as investors cheered the offer.")
    right = ("Kestrel Holdings agreed on Wednesday to buy Dorran Lines for $2 billion, ending a long contest "
             "for the shipping group.\n\nAnalysts called the price generous, and its shares climbed 26 "
             "percent in Oslo.")
    assert numbers(run(left, right)) == [("31", "26 percent")]


def test_one_thing_counted_in_two_words(run):
    left = "Some 120 MPs backed the motion on Tuesday, the speaker of the Velmora parliament said."
    right = "The motion was backed by 140 lawmakers on Tuesday, the speaker of the Velmora parliament said."
    assert numbers(run(left, right)) == [("120 MPs", "140 lawmakers")]
    left = "Police said 40 pupils were taken ill at the Tarvel school in Qirvik on Monday."
    right = "Police said 25 students were taken ill at the Tarvel school in Qirvik on Monday."
    assert numbers(run(left, right)) == [("40 pupils", "25 students")]


def test_the_one_sum_per_month_each_article_gives(run):
    left = ("Rents in Qirvik have risen sharply in a decade; a two-bedroom home in the city now costs about "
            "€1,450, or roughly $1,680, a month, more than many young workers earn.\n\n"
            "Anouk Varga, a nurse, said her landlord had raised her rent by €300 a month in March.")
    right = ("The average rent for a two-bedroom flat in Qirvik has reached €1,540 a month, close to what "
             "young workers earn.")
    assert numbers(run(left, right)) == [("1,450", "1,540")]

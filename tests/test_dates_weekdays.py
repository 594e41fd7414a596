"""Dates: a weekday written with a calendar date, periods, and what is not a day of the event.

Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from tui.engine.temporal import find_times


def dates(c):
    return [f for f in c.findings if f.kind == "contradiction" and f.type == "date"]


def test_the_weekday_written_with_a_date_is_read():
    (m,) = find_times("The vote took place on Wednesday, November 12, in the capital.", default_year=2026)
    assert m.kind == "date" and m.stated == 2  # Wednesday
    assert m.mismatch  # 12 November 2026 was a Thursday
    assert m.day == 2
    (m,) = find_times("The vote took place on Thursday 12 November 2026.")
    assert m.stated == 3 and not m.mismatch


def test_a_date_without_a_year_keeps_its_written_weekday():
    (m,) = find_times("The hearing opened on Friday, 3 April, in Lindenfeld.")
    assert m.date is None and m.day == 4


def test_weekday_against_a_date_with_another_weekday(run):
    # neither article gives a year: the weekdays as written disagree
    c = run("A court in Vardholm on Thursday sentenced the former port director to five years in prison "
            "for taking bribes from a dredging contractor.",
            "A court in Vardholm on Wednesday, March 12, sentenced the former port director to five years in "
            "prison for taking bribes from a dredging contractor.")
    (f,) = dates(c)
    assert "Thursday" in f.explanation and "Wednesday" in f.explanation


def test_the_same_date_with_two_weekdays(run):
    c = run("Ministers of the two countries signed the fisheries accord on Tuesday, 24 March 2026, in Brenholt.",
            "Ministers of the two countries signed the fisheries accord on Wednesday, March 24, 2026, in Brenholt.")
    (f,) = dates(c)
    # the date the second article gives falls on a Tuesday: said in the explanation
    assert "was a Tuesday" in f.explanation


def test_a_mismatched_weekday_against_the_calendar_date(run):
    c = run("The museum in Ostrava Nova reopened its east wing to visitors on 24 March 2026 after a long renovation.",
            "The museum in Ostrava Nova reopened its east wing to visitors on Friday, 24 March 2026, after a "
            "long renovation.")
    (f,) = dates(c)
    assert "was a Tuesday" in f.explanation


def test_agreeing_weekday_and_date_are_not_flagged(run):
    c = run("The museum in Ostrava Nova reopened its east wing to visitors on Tuesday after a long renovation.",
            "The museum in Ostrava Nova reopened its east wing to visitors on Tuesday, 24 March 2026, after a "
            "long renovation.")
    assert dates(c) == []


def test_the_end_of_a_period_is_not_the_day_of_the_event(run):
    c = run("Schools in the flooded district of Marrow Vale will stay closed until Friday, the regional "
            "council said.",
            "Schools in the flooded district of Marrow Vale were ordered closed on Tuesday, the regional "
            "council said.")
    assert dates(c) == []


def test_closely_related_sentences_with_different_days(run):
    c = run("Two men broke into the Kessling gallery through a side door at 2:10 a.m. on Monday, setting off "
            "the alarm, according to police in the town.",
            "The break-in at the Kessling gallery began at 2:10 a.m. on Sunday, when two men forced a side "
            "door, police said.")
    (f,) = dates(c)
    assert "Monday" in f.explanation and "Sunday" in f.explanation


def test_parts_of_a_year_that_do_not_meet(run):
    c = run("Norsk Pharma plans to apply for approval of the drug in Europe in the first half of 2027, it said.",
            "Norsk Pharma said it would apply for approval of the drug in Europe in the second half of 2027.")
    (f,) = dates(c)
    assert "first half of 2027" in f.explanation and "second half of 2027" in f.explanation


def test_parts_of_a_year_that_meet(run):
    c = run("Norsk Pharma plans to apply for approval of the drug in Europe in the first half of 2027, it said.",
            "Norsk Pharma said it would apply for approval of the drug in Europe in Q2 2027.")
    assert dates(c) == []


def test_a_year_relative_to_the_story(run):
    # the story is dated 2026: "early next year" is early 2027
    c = run("Norsk Pharma plans to apply for approval of the drug in Europe early next year, it said.",
            "Norsk Pharma said it would apply for approval of the drug in Europe in the second half of 2027.",
            date="2026-11-09")
    assert len(dates(c)) == 1


def test_main_events_of_one_story_with_leads_worded_apart(run):
    left = ("HARWICK — They came with banners and drums, filling the old harbour district on Saturday in a "
            "march against the closure of the shipyard.\n\n"
            "The shipyard's owner, Norsk Marine, announced the closure last month.\n\n"
            "Union leaders said 3,000 jobs were at risk at the yard.\n\n"
            "The town council voted to support the workers on Friday.\n")
    right = ("Thousands of shipyard workers and their families marched through Harwick on Sunday, 21 June, "
             "demanding a rescue plan.\n\n"
             "The shipyard's owner, Norsk Marine, announced the closure last month.\n\n"
             "Union leaders said 3,000 jobs were at risk at the yard.\n\n"
             "The town council voted to support the workers on Friday.\n")
    c = run(left, right)
    assert len(dates(c)) == 1

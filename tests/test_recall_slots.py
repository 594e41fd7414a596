"""Recall of words standing in one slot of closely aligned sentences that the detectors were
not tuned on: a month without its day, an ordinal. Every text here is invented. Each test runs
in both orders (the ``run`` fixture)."""

from __future__ import annotations


def found(c, type_):
    return [(f.left_text, f.right_text) for f in c.findings if f.kind == "contradiction" and f.type == type_]


def test_a_month_without_its_day_in_place_of_another(run):
    c = run("The next Corvane launch from Telmar, planned for May, has been postponed, the operator said.",
            "The next Corvane launch from Telmar, planned for June, has been postponed, the operator said.")
    assert found(c, "date") == [("May", "June")]


def test_a_month_with_its_year_in_place_of_another(run):
    c = run("The Velnor bridge will reopen to traffic in March 2027, the city council said on Monday.",
            "The Velnor bridge will reopen to traffic in April 2027, the city council said on Monday.")
    assert found(c, "date") == [("March", "April")]


def test_the_same_month_is_no_contradiction(run):
    c = run("The next Corvane launch from Telmar, planned for May, has been postponed, the operator said.",
            "The next Corvane launch from Telmar, scheduled for May, has been postponed, the operator said.")
    assert found(c, "date") == []


def test_may_the_verb_is_no_month(run):
    c = run("The Velnor bridge May reopen to traffic next spring, the city council said on Monday.",
            "The Velnor bridge could reopen to traffic next spring, the city council said on Monday.")
    assert found(c, "date") == []


def test_an_ordinal_in_place_of_another(run):
    c = run("The Halvard central bank raised its main rate on Wednesday, its third increase this year.",
            "The Halvard central bank raised its main rate on Wednesday, its second increase this year.")
    assert found(c, "number") == [("third", "second")]


def test_ordinals_written_in_digits(run):
    c = run("Dorran finished 3rd in the Qirvik marathon on Sunday, two minutes behind the winner.",
            "Dorran finished 5th in the Qirvik marathon on Sunday, two minutes behind the winner.")
    assert found(c, "number") == [("3rd", "5th")]


def test_a_title_and_a_part_of_a_year_are_no_ordinals(run):
    c = run("First Minister Alys Dorran said growth in the first half was weak, the Velnor agency said.",
            "Deputy Minister Alys Dorran said growth in the second half was weak, the Velnor agency said.")
    assert found(c, "number") == []


def test_one_named_thing_put_in_two_years(run):
    c = run("The Corvin-1, a smaller test rocket, flew successfully from Telmar in March 2025.",
            "The Corvin-1 demonstrator reached space from Telmar in March 2024, the agency said.")
    assert found(c, "date") == [("in March 2025", "in March 2024")]


def test_a_year_relative_to_the_story(run):
    c = run("TELMAR, Nov 19, 2026 - A rocket failed. The Corvin-1, a smaller test rocket, reached space last year.",
            "TELMAR, Nov 19, 2026 - A rocket failed. The Corvin-1 demonstrator reached space in March 2024.")
    assert [r for _, r in found(c, "date")] == ["in March 2024"]


def test_two_years_in_one_sentence_or_a_title_are_no_subject_put_in_two_years(run):
    c = run("The Corvin-1 flew from Telmar in 2020, and a later model was retired in 2023.",
            "Engineers said the Corvin-1 reached space from Telmar in 2021.")
    assert found(c, "date") == []
    c = run("Chief Executive Ana Lind, who founded the Telmar firm in 2011, will join the board.",
            "Chief financial officer Raj Oman said the Telmar firm would save $650 million in 2028.")
    assert found(c, "date") == []


def test_the_day_something_was_said_is_not_the_day_it_happened(run):
    c = run("WROCŁAW, Poland, Nov 25 (Wirenews) - A ransomware attack on the Pellin clinic has forced it to "
            "postpone 400 operations, officials said on Wednesday.\n\nThe attack was discovered early on "
            "Tuesday, a spokeswoman said.",
            "Nov. 25, 2026\n\nA ransomware gang has demanded $4.5 million from the Pellin clinic, officials "
            "said.\n\nThe attack was detected at 0210 GMT on Tuesday, Nov. 24, the clinic said.")
    assert found(c, "date") == []


def test_a_dateline_in_capitals_with_accents():
    from tui.engine.temporal import DATELINE

    assert DATELINE.match("WROCŁAW, Poland, Nov 25 (Wirenews) - A ransomware attack").group() == \
        "WROCŁAW, Poland, Nov 25 (Wirenews) - "

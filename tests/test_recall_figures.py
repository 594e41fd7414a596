"""Recall of figure contradictions on wording the detectors were not tuned on: dozens, figures
converted between units, counts of a group's members, the one count of a thing in two reports of
one story. Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers


def test_two_dozen_is_twenty_four(run):
    c = run("By Saturday two dozen computer systems at the Pellin clinic had been taken offline.",
            "By the weekend 24 computer systems at the Pellin clinic had been shut down.")
    assert numbers(c) == []


def test_four_dozen_is_not_forty(run):
    c = run("Some 40 ambulances were diverted from the Pellin clinic to other hospitals, the trust said.",
            "Four dozen ambulances were diverted from the Pellin clinic to other hospitals, the trust said.")
    assert numbers(c) == [("40 ambulances", "Four dozen ambulances")]


def test_half_a_dozen_is_six():
    from tui.engine.quantities import figure_claims
    from tui.engine.segmenting import segment

    text = "Half a dozen trawlers sank off Qirvik."
    claims = figure_claims(text, segment(text), [])
    assert [(c.written, c.low) for c in claims] == [("dozen trawlers", 6.0)]


def test_a_converted_figure_rounded_agrees(run):
    c = run("The Tessaly freighter struck rocks in winds of up to 90 km/h, the coastguard said.",
            "The Tessaly freighter struck rocks in winds gusting to 56 miles per hour, the coastguard said.")
    assert numbers(c) == []


def test_figures_in_two_units_that_differ_beyond_rounding_still_disagree(run):
    c = run("The Tessaly freighter sank in water about 400 metres deep, the coastguard said.",
            "The Tessaly freighter sank in water about 2,000 feet deep, the coastguard said.")
    assert numbers(c) == [("400 metres", "2,000 feet")]


def test_crew_members_count_the_crew(run):
    c = run("A freighter with 22 crew members ran aground near Qirvik late on Tuesday, officials said.\n\n"
            "The owners, Dorran Lines, blamed an engine failure for the grounding near Qirvik.",
            "A freighter ran aground near Qirvik on Tuesday night, officials said.\n\n"
            "The owners, Dorran Lines, blamed an engine failure. It had 25 crew on board.")
    assert numbers(c) == [("22 crew", "25 crew")]


def test_the_one_count_of_a_thing_in_one_story_is_compared_however_told(run):
    left = ("Two men broke into the Tarvel gallery in Qirvik early on Monday and took a sculpture.\n\n"
            "The alarm sounded at once and police arrived within minutes, the gallery said.\n\n"
            "The gallery will stay closed until Friday while police search the building.")
    right = ("Thieves took a sculpture from the Tarvel gallery in Qirvik early on Monday.\n\n"
             "Three masked men had forced a side door, police said.\n\n"
             "The alarm sounded at once and police arrived within minutes, the gallery said.\n\n"
             "The gallery will stay closed until Friday while police search the building.")
    assert numbers(run(left, right)) == [("Two men", "Three masked men")]


def test_the_one_count_of_a_thing_in_two_unrelated_stories_is_not_compared(run):
    c = run("Two men broke into the Tarvel gallery in Qirvik early on Monday and took a sculpture.",
            "The Ostrava city council approved a budget on Thursday. Three men were appointed to its board.")
    assert numbers(c) == []


def test_the_one_sum_in_a_currency_in_sentences_sharing_several_words(run):
    left = ("A ransomware attack shut the Pellin clinic's systems on Friday, the health trust said.\n\n"
            "The trust's chief information officer, Tomas Vilder, said the hackers had demanded a ransom "
            "of $4 million in bitcoin.")
    right = ("A ransomware attack shut the Pellin clinic's systems on Friday, the health trust said.\n\n"
             "The trust's chief executive, Tomas Vilder, told reporters the attackers wanted a $6 million "
             "payment in cryptocurrency.")
    assert numbers(run(left, right)) == [("4 million", "6 million")]


def test_a_figure_in_a_relative_clause_is_about_what_the_clause_describes(run):
    left = ("A Corvane rocket exploded two minutes after lift-off from Telmar on Thursday.\n\n"
            "The satellite, which cost 310 million euros, was insured, the company said.")
    right = ("A Corvane rocket exploded after lift-off from Telmar on Thursday, destroying a weather "
             "satellite worth 390 million euros.")
    assert numbers(run(left, right)) == [("310 million euros", "390 million euros")]


def test_two_sums_of_different_things_are_not_compared(run):
    left = ("A ransomware attack shut the Pellin clinic's systems on Friday, the health trust said.\n\n"
            "The clinic spent $4 million on new scanners last spring.")
    right = ("A ransomware attack shut the Pellin clinic's systems on Friday, the health trust said.\n\n"
             "The attackers wanted a $6 million payment in cryptocurrency.")
    assert numbers(run(left, right)) == []


def test_a_toll_told_with_the_verb_before_or_after(run):
    c = run("Floods in the Varna valley forced about 9,000 people from their homes and killed three, officials "
            "said on Tuesday.",
            "Four people have died and roughly 9,000 have been evacuated after floods in the Varna valley, "
            "officials said on Tuesday.")
    assert numbers(c) == [("three", "Four people")]


def test_injured_counted_as_others_or_as_the_injured(run):
    c = run("KARVIN, Feb 3 (Wirenews) - Nine miners were killed and 14 injured in a methane explosion at the "
            "Tolvar coal mine on Monday, the operator said.",
            "OSTRAVA, Feb 3 (Dispatch) - A methane explosion killed nine miners and injured 21 others at the "
            "Tolvar colliery on Monday, officials said.")
    assert numbers(c) == [("14 injured", "21 others")]


def test_the_dead_and_the_injured_are_not_one_count(run):
    c = run("A methane explosion at the Tolvar coal mine killed nine miners on Monday, and 14 were injured.",
            "A methane explosion at the Tolvar coal mine injured nine miners on Monday, and 14 were killed.")
    assert ("14", "14") not in numbers(c)


def test_no_one_is_not_a_count_of_one():
    from tui.engine.quantities import figure_claims
    from tui.engine.segmenting import segment

    text = "In March, a Tarvel jet returned to Qirvik after a bird strike; no one was hurt."
    assert figure_claims(text, segment(text), []) == []


def test_a_part_of_a_group(run):
    c = run("Two of the injured miners were in a critical condition at the Tolvar hospital, doctors said.",
            "Doctors at the Tolvar hospital said four of the injured miners were in a critical condition.")
    assert numbers(c) == [("Two of the injured miners", "four of the injured miners")]


def test_a_part_and_the_whole_are_not_one_count(run):
    c = run("Nine miners were injured in the blast at Tolvar. Two of the injured were in a critical condition.",
            "Nine miners were injured in the blast at Tolvar. Two miners were in a critical condition.")
    assert numbers(c) == []


def test_a_shootout_and_the_match_score_are_two_scores(run):
    c = run("Hartwell Rovers won the Tarn Cup on Saturday, beating Dunmore City 5-4 on penalties after a 2-2 "
            "draw in front of 84,000 fans.",
            "Hartwell Rovers beat Dunmore City 4-3 on penalties to win the Tarn Cup on Saturday after the final "
            "ended 2-2, watched by a crowd of 84,000.")
    assert numbers(c) == [("5-4", "4-3")]


def test_a_fraction_of_a_point_in_basis_points(run):
    c = run("The Velnor central bank cut its main rate by a quarter of a percentage point on Tuesday, to 6.25%.",
            "The Velnor central bank cut its main rate by 50 basis points on Tuesday, to 6.25%.")
    assert numbers(c) == [("a quarter of a percentage point", "50 basis points")]


def test_a_fraction_of_a_point_and_its_basis_points_agree(run):
    c = run("The Velnor central bank raised its main rate by half a percentage point on Tuesday.",
            "The Velnor central bank raised its main rate by 50 basis points on Tuesday.")
    assert numbers(c) == []


def test_a_figure_is_compared_with_its_plain_counterpart_only(run):
    c = run("The Velnor central bank cut its base rate by 25 basis points on Tuesday. It also lowered the "
            "overnight lending rate by 25 basis points. Analysts expect one more cut of 25 basis points in "
            "the spring.",
            "The Velnor central bank cut its base interest rate by 50 basis points on Tuesday.")
    assert numbers(c) == [("25 basis points", "50 basis points")]
    assert [f.left.start for f in c.findings if f.kind == "contradiction"] == [45]  # (the base rate's)


def test_some_of_a_kind_and_the_whole_load_are_two_counts(run):
    c = run("The Corvin freighter was carrying about 1,800 containers from Qirvik to Tarn when it ran aground.",
            "The Corvin freighter was carrying 40 containers of dangerous goods from Qirvik when it ran aground.")
    assert numbers(c) == []


def test_other_members_of_a_group_are_another_count(run):
    c = run("Two crew members of the Corvin freighter remain missing. Four other crew members were taken to "
            "hospital in Tarn.",
            "The search for two crew members of the Corvin freighter continued. Two crew were taken to "
            "hospital in Tarn.")
    assert numbers(c) == []


def test_two_words_for_one_thing_counted(run):
    c = run("Rescue services in Tarn have deployed 14 vessels to contain the spill, the port authority said.",
            "Rescue services in Tarn have deployed 12 ships to contain the spill, the port authority said.")
    assert numbers(c) == [("14 vessels", "12 ships")]
    c = run("More than 400 planned operations at the Pellin clinic were called off on Monday.",
            "Some 250 planned procedures at the Pellin clinic were called off on Monday.")
    assert numbers(c) == [("400 planned operations", "250 planned procedures")]


def test_a_part_of_ones_own_is_a_count_of_them(run):
    c = run("Two of its cargo tanks were breached when the Corvin tanker was struck off Tarn, the owners said.",
            "One cargo tank was holed when the Corvin tanker was struck off Tarn, the owners said.")
    assert numbers(c) == [("Two of its cargo tanks", "One cargo tank")]


def test_as_many_as_is_near_the_most(run):
    c = run("The data of up to 800,000 patients of the Pellin clinic may have been stolen, the trust said.",
            "The data of about 80,000 patients of the Pellin clinic may have been stolen, the trust said.")
    assert numbers(c) == [("800,000 patients", "80,000 patients")]
    c = run("The data of up to 800,000 patients of the Pellin clinic may have been stolen, the trust said.",
            "The data of about 500,000 patients of the Pellin clinic may have been stolen, the trust said.")
    assert numbers(c) == []


def test_a_change_told_end_first(run):
    c = run("The Velnor central bank cut its forecast for economic growth in 2027 to 2.4% from 3.0%, citing "
            "weak demand.",
            "The Velnor central bank lowered its 2027 GDP growth forecast to 2.4 percent from 3.1 percent in "
            "its new report.")
    assert numbers(c) == [("3.0", "3.1 percent")]


def test_people_in_two_states_are_two_groups(run):
    c = run("The two missing seafarers were from the Corvin freighter, the coastguard in Tarn said.",
            "Four injured seafarers from the Corvin freighter were flown to hospital, the coastguard in Tarn said.")
    assert numbers(c) == []


def test_the_one_sum_demanded_in_each_article(run):
    c = run("The gang said it had stolen patient records from the Pellin clinic and was demanding $4 million in "
            "bitcoin. The clinic's losses could reach $6.2 million, its owners said.",
            "A ransomware gang has demanded $4.5 million from the owners of the Pellin clinic in Tarn. Recovery "
            "costs could reach $15 million.")
    assert ("4 million", "4.5 million") in numbers(c)


def test_a_sum_in_brackets_is_the_sum_before_it(run):
    c = run("A ransomware gang has demanded $4.5 million from the owners of the Pellin clinic in Tarn.",
            "The gang stole patient records and is demanding 16 million zlotys ($4 million) from the Pellin "
            "clinic's owners.")
    assert ("4.5 million", "4 million") in numbers(c)


def test_missing_before_or_after_the_count(run):
    c = run("The Corvin freighter sank off Tarn on Sunday. Two crew members were missing, the coastguard said.",
            "The coastguard was searching for three missing crew members after the Corvin freighter sank off "
            "Tarn on Sunday.")
    assert numbers(c) == [("Two crew", "three missing crew")]


def test_all_safe_and_some_missing_are_two_groups(run):
    c = run("The Corvin freighter sank off Tarn on Sunday. All 23 crew on the freighter were safe.",
            "The Corvin freighter sank off Tarn on Sunday. Two crew members of the freighter remain missing.")
    assert numbers(c) == []


def test_one_and_two_of_a_noun_described_by_a_noun(run):
    c = run("One cargo tank was holed when the Corvin tanker was struck off Tarn, the owners said.",
            "The collision off Tarn breached two cargo tanks of the Corvin tanker, the owners said.")
    assert numbers(c) == [("One cargo tank", "two cargo tanks")]


def test_a_span_of_one_unit_written_with_a(run):
    c = run("The Pellin clinic's director said its systems were expected to be restored within a week.",
            "The Pellin clinic's director said it expected to restore its systems within ten days.")
    assert numbers(c) == [("a week", "ten days")]


def test_a_span_of_one_unit_and_its_days_agree(run):
    c = run("The Pellin clinic's director said its systems were expected to be restored within a week.",
            "The Pellin clinic's director said it expected to restore its systems within seven days.")
    assert [f for f in c.findings if f.kind == "contradiction"] == []


VOTE = "The Velnor central bank cut its main rate by 50 basis points to 6.25% on Tuesday.\n\n"


def test_votes_against_told_as_unanimity_a_tally_or_a_share(run):
    unanimous = VOTE + "The bank's council voted unanimously for the cut."
    share = VOTE + "Seven of the nine members of the bank's council voted for the reduction."
    tally = VOTE + "The decision was taken by a 7-2 vote, the bank said."
    split = VOTE + "The decision was taken by an 8-1 vote, the bank said."
    assert numbers(run(unanimous, share)) == [("unanimously", "Seven of the nine")]
    assert numbers(run(unanimous, tally)) == [("unanimously", "7-2 vote")]
    assert numbers(run(share, split)) == [("Seven of the nine", "8-1 vote")]
    assert numbers(run(share, tally)) == []


def test_a_months_worth_is_no_span(run):
    c = run("Floods hit the Varna valley after a month's worth of rain fell in 36 hours, officials said.",
            "Floods hit the Varna valley after heavy rain fell for two days, officials said.")
    assert ("a month", "two days") not in numbers(c)

"""What was done with a figure (spilled, stolen, cut, climbed through), read from the verb
before or after it: the one figure of a deed each article gives is compared however the two
sentences are worded, and figures of two deeds (a cargo carried, an amount spilled) are not.
Every text here is invented. Each test runs in both orders (the ``run`` fixture)."""

from __future__ import annotations

from findings import numbers

SPILL_LEFT = ("The tanker Velmora Star ran aground off Kestrel Point early on Monday, spilling an estimated "
              "2,000 tonnes of fuel oil into the bay, the coastguard said.\n\n"
              "Crews laid booms along the shore while divers inspected the hull.")


def test_the_amount_spilled_is_compared_in_sentences_worded_apart(run):
    right = ("Divers inspected the hull of the Velmora Star on Monday as booms were laid along the shore.\n\n"
             "The owner, Kestrel Holdings, said the grounding breached one tank and released about "
             "4,500 tonnes of fuel.")
    assert numbers(run(SPILL_LEFT, right)) == [("2,000 tonnes", "4,500 tonnes")]


def test_barrels_spilled_are_compared_with_tonnes(run):
    leaked = ("Divers inspected the hull of the Velmora Star on Monday as booms were laid along the shore.\n\n"
              "The owner said one tank was holed and some {} barrels of fuel had leaked.")
    assert numbers(run(SPILL_LEFT, leaked.format("30,000"))) == [("2,000 tonnes", "30,000 barrels")]
    assert numbers(run(SPILL_LEFT, leaked.format("14,500"))) == []  # about 1,980 tonnes


def test_a_cargo_carried_is_not_an_amount_spilled(run):
    left = ("The Velmora Star, laden with 600,000 barrels of crude, ran aground off Kestrel Point on Monday.\n\n"
            "Divers inspected the hull as booms were laid along the shore.")
    right = ("Divers inspected the hull of the tanker on Monday as booms were laid along the shore.\n\n"
             "The owner said one tank was holed and about 9,000 barrels of crude had leaked.")
    assert numbers(run(left, right)) == []


def test_the_count_of_things_stolen_is_compared_however_told(run):
    left = ("Thieves broke into the Tarvel gallery in Qirvik early on Monday and escaped with five "
            "bronze sculptures, police said.\n\nThe gallery holds about 400 sculptures.")
    right = ("The alarm at the Tarvel gallery sounded at once, police said.\n\n"
             "Camera footage showed two men inside for a few minutes before leaving with three sculptures.")
    assert numbers(run(left, right)) == [("five bronze sculptures", "three sculptures")]


def deeds(text):
    from tui.engine.quantities import figure_claims
    from tui.engine.segmenting import segment

    return [(c.written, c.deed) for c in figure_claims(text, segment(text), [])]


def test_people_taken_to_hospital_were_not_taken_away():
    assert deeds("Three people were taken to hospital. The thieves took two paintings.") == [
        ("Three people", ""), ("two paintings", "paint take")]
    assert deeds("The firm was left with 30 staff. The men left with four paintings.") == [
        ("30 staff", ""), ("four paintings", "paint take")]


def test_a_figure_in_brackets_is_the_same_figure_again():
    assert deeds("The jet was climbing through 3,000 metres (10,000 feet) when the alarm sounded.") == [
        ("3,000 metres", "length altitude"), ("10,000 feet", "")]


def test_job_cuts_are_compared_whichever_verb_tells_them(run):
    left = ("Kestrel Holdings said on Tuesday it would buy Dorran Lines for $2 billion.\n\n"
            "Kestrel plans to eliminate about 900 positions across the combined company.")
    right = ("Kestrel Holdings agreed on Tuesday to buy Dorran Lines, the shipping group said.\n\n"
             "About 1,300 jobs would go worldwide once the takeover is completed, it said.\n\n"
             "Dorran will also close its depot in Velmora, with the loss of about 200 jobs.")
    assert numbers(run(left, right)) == [("900 positions", "1,300 jobs")]


def test_jobs_created_are_not_jobs_cut(run):
    left = ("Kestrel Holdings said on Tuesday it would buy Dorran Lines for $2 billion.\n\n"
            "Kestrel plans to eliminate about 900 positions across the combined company.")
    right = ("Kestrel Holdings agreed on Tuesday to buy Dorran Lines, the shipping group said.\n\n"
             "The company said it would create 1,300 jobs in new warehouses.")
    assert numbers(run(left, right)) == []


def test_an_altitude_is_compared_however_told(run):
    left = ("A Velmora Air jet returned to Qirvik on Saturday after an engine warning, the airline said.\n\n"
            "The crew shut the engine down while climbing through about 2,000 metres (6,500 feet).")
    right = ("A Velmora Air jet returned to Qirvik on Saturday after an engine warning, the airline said.\n\n"
             "The alarm sounded at an altitude of 4,000 metres, a few minutes after takeoff.")
    assert numbers(run(left, right)) == [("2,000 metres", "4,000 metres")]


def test_passengers_injured_are_the_toll_of_the_injured(run):
    left = ("A Velmora Air jet made an emergency landing at Qirvik on Saturday, and nearly 20 people "
            "were hurt during the evacuation, officials said.")
    right = ("The evacuation of the Velmora Air jet at Qirvik went quickly, the airport said on Saturday.\n\n"
             "Eleven passengers were slightly injured while leaving the aircraft on the slides.")
    assert numbers(run(left, right)) == [("20 people", "Eleven passengers")]


def test_people_evacuated_are_compared_however_told(run):
    left = ("A wildfire spread towards Qirvik on Tuesday, fanned by strong winds, the fire service said.\n\n"
            "Officials evacuated about 3,000 people from villages on the hillside overnight.")
    right = ("Strong winds drove a wildfire towards Qirvik on Tuesday, the fire service said.\n\n"
             "Some 5,000 residents were evacuated as the flames approached, officials said.")
    assert numbers(run(left, right)) == [("3,000 people", "5,000 residents")]


def test_an_area_burned_in_hectares_and_in_acres(run):
    left = ("A wildfire spread towards Qirvik on Tuesday, the fire service said.\n\n"
            "By the evening the blaze had scorched some 4,000 hectares of forest.")
    right = ("The Qirvik wildfire has burned about {} acres, the fire service said on Tuesday.")
    assert numbers(run(left, right.format("20,000"))) == [("4,000 hectares", "20,000 acres")]
    assert numbers(run(left, right.format("10,000"))) == []  # about 4,047 hectares


def test_drones_shot_down_are_not_drones_launched(run):
    left = ("Velmora's air force said it had intercepted 40 drones overnight, officials said on Monday.\n\n"
            "The attack damaged a power station near Qirvik.")
    right = ("The attack on Monday damaged a power station near Qirvik, officials said.\n\n"
             "Kestrel forces launched 55 drones at Velmora overnight, and 38 drones were shot down.")
    assert numbers(run(left, right)) == [("40 drones", "38 drones")]


def test_a_deadline_set_however_told(run):
    left = ("Hackers who call themselves Grey Heron said on a leak site that they had copied 3 terabytes of "
            "files from the Kestrel clinics, and they were demanding $2 million in bitcoin within {}.\n\n"
            "Doctors at the clinics went back to paper records while engineers worked on the servers.")
    right = ("The Grey Heron gang, which has hit hospitals in four countries, named the Kestrel clinics on "
             "its leak site and gave the company 72 hours to pay.\n\n"
             "Doctors at the clinics went back to paper records while engineers worked on the servers.")
    assert numbers(run(left.format("five days"), right)) == [("five days", "72 hours")]
    assert numbers(run(left.format("three days"), right)) == []


def test_a_span_within_which_something_happened_is_no_deadline():
    assert [d for _, d in deeds("Police arrived within five minutes. The owners must pay within 30 days. "
                                "Tenants were given 48 hours to leave. They issued a 24-hour ultimatum.")] == [
        "", "duration deadline", "duration deadline", "duration deadline"]

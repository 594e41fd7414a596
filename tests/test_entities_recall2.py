"""Recall of the built-in extractor on wire-copy furniture and name shapes: bylines and credit
lines, photo credits, the agency in a dateline, organisation heads ("Ratings", "Asset
Management"), capitals in headings, facilities and places typed by the words around them.

Every text and every name here is invented."""

from __future__ import annotations

from test_entities_more import names as entities  # name -> type of what the extractor finds

from tui.engine.entities import extract
from tui.engine.segmenting import segment


def test_a_byline_names_its_authors(make_article):
    found = entities(make_article, "Port strike halts exports\n\nBy Tavish Orrell and Mireni Quast\n\n"
                                   "The dockworkers walked out on Tuesday, the union said.\n")
    assert found.get("Tavish Orrell") == "PERSON"
    assert found.get("Mireni Quast") == "PERSON"


def test_a_byline_with_a_description_or_a_place(make_article):
    found = entities(make_article, "Rates fall again\n\nBy Brannoc Iddle, Sahelian correspondent\n\n"
                                   "The bank cut rates on Monday.\n")
    assert found.get("Brannoc Iddle") == "PERSON"
    assert "Sahelian" not in found
    found = entities(make_article, "Rates fall again\n\nBy Brannoc Iddle in Bergen\n\nThe bank cut rates.\n")
    assert found.get("Brannoc Iddle") == "PERSON"
    assert found.get("Bergen") == "GPE"


def test_a_credit_line_names_reporters_and_editors(make_article):
    found = entities(make_article, "Port strike halts exports\n\nThe dockworkers walked out on Tuesday.\n\n"
                                   "(Reporting by Tavish Orrell in Velmara; Additional reporting by Mireni "
                                   "Quast; Editing by Callum Brisk)\n")
    assert found.get("Tavish Orrell") == "PERSON"
    assert found.get("Mireni Quast") == "PERSON"
    assert found.get("Callum Brisk") == "PERSON"
    assert found.get("Velmara") == "GPE"


def test_a_heading_that_begins_with_by_is_no_byline_without_a_name(make_article):
    found = entities(make_article, "Rates fall\n\nBy our court reporter\n\nBy Monday the Velmar Bank had cut "
                                   "rates.\n")
    assert not any(t == "PERSON" for t in found.values())


def test_a_photo_credit_names_a_photographer_and_an_agency(make_article):
    found = entities(make_article, "Rates fall\n\nThe bank cut rates on Monday.\n\n"
                                   "Photo: The bank's entrance on Monday. Photo: Odra Fennick/KWX\n\n"
                                   "Photo: Traders at work. (DPV/Callum Brisk)\n")
    assert found.get("Odra Fennick") == "PERSON"
    assert found.get("Callum Brisk") == "PERSON"
    assert found.get("KWX") == "ORG"
    assert found.get("DPV") == "ORG"


def test_the_agency_in_a_dateline_is_an_organisation_everywhere(make_article):
    a = make_article("VELMARA, Nov 19 (Korvane Nieuws) - The bank cut rates on Monday. A spokesman told "
                     "Korvane Nieuws the decision was final.\n")
    ents = extract(a, segment(a.text))
    found = {ents.names[k]: (ents.types[k], len(ents.mentions[k])) for k in ents.mentions}
    assert found.get("Korvane Nieuws") == ("ORG", 2)


def test_who_polls_or_surveys_is_an_organisation(make_article):
    found = entities(make_article, "Economists polled by Drescott Newswire had expected a hold. In a survey by "
                                   "Ambry Research, most traders agreed.")
    assert found.get("Drescott Newswire") == "ORG"
    assert found.get("Ambry Research") == "ORG"


def test_rating_agencies_and_fund_managers_are_organisations(make_article):
    found = entities(make_article, "The outlook was cut by Pellworth Ratings on Friday. Tavish Orrell, a fund "
                                   "manager at Brindlecombe Asset Management, said the move was expected. "
                                   "Claims may go to the Ostrava Relief Funds.")
    assert found.get("Pellworth Ratings") == "ORG"
    assert found.get("Brindlecombe Asset Management") == "ORG"
    assert found.get("Ostrava Relief Funds") == "ORG"
    assert found.get("Tavish Orrell") == "PERSON"


def test_words_of_a_line_in_capitals_are_no_organisations(make_article):
    found = entities(make_article, "Rates fall\n\nTALKS ON WAGES AT AN END\n\nThe bank said its systems were down.\n\n"
                                   "FLOOD WARNING FOR 9,000 HOMES\n\nThe WHO said nothing.\n")
    assert found == {"WHO": "ORG"}


def test_common_capitalised_abbreviations_are_no_organisations(make_article):
    found = entities(make_article, "The bank said IT staff and HR officials worked overnight at the Velmar Bank.")
    assert "IT" not in found and "HR" not in found
    assert found.get("Velmar Bank") == "ORG"


def test_lighthouses_anchorages_and_ports_are_places_not_towns(make_article):
    found = entities(make_article, "Traffic near Tolliver Lighthouse was slowed. The ship was towed to the "
                                   "Western Anchorage. It had sailed from Port Davrin in Norland. The Port "
                                   "Authority said so.")
    assert found.get("Tolliver Lighthouse") == "LOC"
    assert found.get("Western Anchorage") == "LOC"
    assert found.get("Port Davrin") == "LOC"
    assert found.get("Port Authority") == "ORG"
    assert "Anchorage" not in found


def test_a_launch_centre_is_a_site_not_a_body(make_article):
    found = entities(make_article, "The rocket lifted off from the Sarvo Launch Center in Norland. Engineers at "
                                   "the Valdor Space Centre watched.")
    assert found.get("Sarvo Launch Center") == "LOC"
    assert found.get("Valdor Space Centre") == "LOC"


def test_a_second_name_after_and_is_not_part_of_an_organisation(make_article):
    found = entities(make_article, "The hospitals include the Central Clinic in Tarvik and St. Ilda Hospital in "
                                   "Gdansk. The Coastal Safety Inspection and Analysis Center said so.")
    assert found.get("Tarvik") == "GPE"
    assert found.get("St. Ilda Hospital") == "LOC"  # (a building: "in Gdansk")
    assert found.get("Coastal Safety Inspection and Analysis Center") == "ORG"
    assert not any(" and St" in name for name in found)


def test_a_place_listed_with_a_site_after_a_preposition(make_article):
    found = entities(make_article, "Traffic near Tolliver Lighthouse and Quarry Point was slowed.")
    assert found.get("Tolliver Lighthouse") == "LOC"
    assert found.get("Quarry Point") == "LOC"  # (listed with a landmark)


def test_the_place_before_listed_is_a_place(make_article):
    found = entities(make_article, "The tanker is owned by Bergen-listed Varnholt Shipping ASA.")
    assert found.get("Bergen") == "GPE"
    assert found.get("Varnholt Shipping ASA") == "ORG"


def test_a_ships_name_is_no_person_and_does_not_swallow_a_place(make_article):
    a = make_article("The container ship Marda Kelvin collided with the tanker Morwen Dawn north of the "
                     "island of Kelvin. The Marda Kelvin, which was carrying 40 containers, said nothing. "
                     "Oil reached Kelvin's beaches.")
    ents = extract(a, segment(a.text))
    found = {ents.names[k]: ents.types[k] for k in ents.mentions}
    assert "Marda Kelvin" not in found and "Morwen Dawn" not in found
    assert found.get("Kelvin") == "LOC"


def test_a_chamber_is_an_organisation(make_article):
    found = entities(make_article, "The Supreme Veterinary Chamber said clinics needed more money.")
    assert found.get("Supreme Veterinary Chamber") == "ORG"


def test_a_place_before_based_runs_across_its_particle(make_article):
    found = entities(make_article, "The rocket was built by São Tomás dos Ventos-based Veloria Aeronautica SA.")
    assert found.get("São Tomás dos Ventos") == "GPE"
    assert found.get("Veloria Aeronautica SA") == "ORG"


def test_a_hospital_is_a_place_where_it_is_located_or_reached(make_article):
    found = entities(make_article, "Four seafarers were airlifted to Kessing General Hospital. Talks between the "
                                   "nurses and Velmora General Hospital broke down. The Central Hospital in "
                                   "Tarvik stayed open.")
    assert found.get("Kessing General Hospital") == "LOC"
    assert found.get("Central Hospital") == "LOC"
    assert found.get("Velmora General Hospital") == "ORG"


def test_a_kind_of_company_or_outlet_after_a_place_names_an_organisation(make_article):
    found = entities(make_article, "Cover was placed by the Bergen insurer Ventura Varsel. Analysts in a poll "
                                   "by the Tarvik news site Kozep Hirek expected a cut. The daily Volna Gazeta "
                                   "said so. The Bergen broker Ana Ruiz agreed.")
    assert found.get("Ventura Varsel") == "ORG"
    assert found.get("Kozep Hirek") == "ORG"
    assert found.get("Volna Gazeta") == "ORG"
    assert found.get("Ana Ruiz") == "PERSON"


def test_wetlands_and_rainforests_are_natural_places(make_article):
    found = entities(make_article, "The satellite was to image the Velmaro wetlands and the Tarvo rainforest.")
    assert found.get("Velmaro") == "LOC"
    assert found.get("Tarvo") == "LOC"


def test_a_one_word_name_after_in_the_is_a_region_but_not_a_publication(make_article):
    found = entities(make_article, "Fires spread in the Kestra and across the Dornal. Deforestation in the Vessa "
                                   "and the Orlo rose. He wrote in the Clarion. An interview in the Sentinel.")
    for name in ("Kestra", "Dornal", "Vessa", "Orlo"):
        assert found.get(name) == "LOC"
    assert "Clarion" not in found and "Sentinel" not in found


def test_a_place_off_a_coast_or_in_a_resort_area(make_article):
    found = entities(make_article, "The boat sank off Tarvena on Sunday; the show kicked off Monday. Oil reached "
                                   "the resort area of Lagoma and the coast of Pellmar.")
    assert found.get("Tarvena") == "LOC"
    assert found.get("Lagoma") == "LOC"
    assert found.get("Pellmar") == "LOC"
    assert "Monday" not in found


def test_places_listed_after_a_verb_of_arrival(make_article):
    found = entities(make_article, "Rescue teams arrived from Tarvik, Oskel and Brenmoor on Tuesday.")
    assert found == {"Tarvik": "GPE", "Oskel": "GPE", "Brenmoor": "GPE"}


def test_credit_lines_in_capitals_or_after_a_dash(make_article):
    found = entities(make_article, "Rates fall\n\nBY TAVISH ORRELL\n\nThe bank cut rates.\n\n"
                                   "-- Reporting by Mireni Quast in Velmara; editing by Odra Fennick\n")
    assert found.get("Tavish Orrell") == "PERSON"
    assert found.get("Mireni Quast") == "PERSON"
    assert found.get("Odra Fennick") == "PERSON"


def test_an_ampersand_inside_a_company_name(make_article):
    found = entities(make_article, "The tanker is entered with Skagerstad P&I, the insurer. Spending on R&D "
                                   "rose. M&A deals fell.")
    assert found == {"Skagerstad P&I": "ORG"}


def test_a_place_at_a_stretch_of_coast(make_article):
    found = entities(make_article, "Patrols watched the beaches at Desmora and the coast at Kelvane.")
    assert found == {"Desmora": "LOC", "Kelvane": "LOC"}


def test_companies_named_after_a_plural_kind_and_including(make_article):
    found = entities(make_article, "Insurers including Aldrich Re and Norvik Mutual face claims. Lenders such as "
                                   "Kessel and Borvan cut rates. Leaders including Ana Ruiz spoke.")
    assert found.get("Aldrich Re") == "ORG"
    assert found.get("Norvik Mutual") == "ORG"
    assert found.get("Kessel") == "ORG"
    assert found.get("Borvan") == "ORG"
    assert found.get("Ana Ruiz") == "PERSON"


def test_asian_and_russian_legal_forms(make_article):
    found = entities(make_article, "The minister ordered an inquiry into the operator, PT Samudra Lintas. Shares "
                                   "of Tarvik Holdings Bhd rose. PT Kalbar Energi Tbk agreed.")
    assert found.get("PT Samudra Lintas") == "ORG"
    assert found.get("Tarvik Holdings Bhd") == "ORG"
    assert found.get("PT Kalbar Energi Tbk") == "ORG"


def test_newspapers_by_their_head_word(make_article):
    found = entities(make_article, "His spokesman told the Vesnograd Courier that the party would go into "
                                   "opposition. The Tarvik Herald reported it. Crowds filled Times Square. "
                                   "Ana Post said so.")
    assert found.get("Vesnograd Courier") == "ORG"
    assert found.get("Tarvik Herald") == "ORG"
    assert found.get("Times Square") == "LOC"
    assert found.get("Ana Post") == "PERSON"


def test_a_dateline_place_with_a_particle_and_a_known_word(make_article):
    found = entities(make_article, "SANTIAGO DEL ORO, Feb 2 (Kestrel Press) - The miner suspended work.\n")
    assert found.get("Santiago Del Oro") == "GPE"
    assert found.get("Kestrel Press") == "ORG"
    assert "ORO" not in found and "Santiago" not in found


def test_a_mine_is_a_site(make_article):
    found = entities(make_article, "The miner suspended work at its Cerro Blanco copper mine on Wednesday.")
    assert found.get("Cerro Blanco copper mine") == "LOC"


def test_a_titled_person_of_a_kind_of_place(make_article):
    found = entities(make_article, "Governor Lucia Ferreyra of Atacosta province said families had left. The "
                                   "Bank of Velmar region office was shut.")
    assert found.get("Atacosta") == "GPE"
    assert found.get("Lucia Ferreyra") == "PERSON"
    assert found.get("Bank of Velmar") == "ORG"


def test_a_two_word_surname_alone_joins_the_full_name(make_article):
    a = make_article("A court sentenced former minister Karim Ben Salah to seven years. Ben Salah, 61, was "
                     "convicted.")
    ents = extract(a, segment(a.text))
    found = {ents.names[k]: len(ents.mentions[k]) for k in ents.mentions}
    assert found == {"Karim Ben Salah": 2}


def test_the_outlet_after_a_bar_in_a_byline(make_article):
    found = entities(make_article, "Rates fall\n\nBy Tavish Orrell | Velmar News\n\nThe bank cut rates.\n")
    assert found == {"Tavish Orrell": "PERSON", "Velmar News": "ORG"}

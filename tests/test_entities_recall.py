"""Recall of the built-in extractor on shapes of news copy it was not tuned on: a league or a
body whose name begins with a word that is also a title ("Premier League"), a person named after
a capitalised description at the start of a sentence ("Seismologist Tavi Orunmo said"), and a
name typed by the office written after it ("Varnis Governor", "Quorlex chief executive").

Every text and every name here is invented."""

from __future__ import annotations

from test_entities_more import names as entities  # name -> type of what the extractor finds

from tui.engine.entities import extract
from tui.engine.segmenting import segment


def test_a_title_word_before_an_organisation_head_is_part_of_its_name(make_article):
    found = entities(make_article, "The defeat left the club 14th in the Premier League on Sunday. "
                                   "Major League officials said nothing.")
    assert found.get("Premier League") == "ORG"
    assert "League" not in found


def test_a_title_before_a_head_and_a_name_is_still_a_title(make_article):
    found = entities(make_article, "Chief Justice Marit Olvenga opened the session. Premier League "
                                   "Chairman Tobin Rasco said the vote was fair.")
    assert found.get("Marit Olvenga") == "PERSON"
    assert found.get("Tobin Rasco") == "PERSON"
    assert found.get("Premier League") == "ORG"


def test_a_capitalised_description_at_the_start_of_a_sentence_names_a_person(make_article):
    found = entities(make_article, "The volcano erupted on Saturday. Volcanologist Hadi Wiranto of the "
                                   "agency said the alert was raised. Analyst Qiu Lanfang of a local bank "
                                   "expected delays. Photographer Ayo Brekete filmed the ash.")
    assert found.get("Hadi Wiranto") == "PERSON"
    assert found.get("Qiu Lanfang") == "PERSON"
    assert found.get("Ayo Brekete") == "PERSON"
    assert not any(name.startswith(("Volcanologist", "Analyst", "Photographer")) for name in found)


def test_a_name_before_a_governor_or_a_mayor_is_a_place(make_article):
    found = entities(make_article, "Varnis Governor Lela Omatun said there were no deaths. The Tesko mayor, "
                                   "Piet Vanrook, ordered the schools closed.")
    assert found.get("Varnis") == "GPE"
    assert found.get("Tesko") == "GPE"
    assert found.get("Lela Omatun") == "PERSON"


def test_a_name_before_a_company_office_is_a_company(make_article):
    found = entities(make_article, "Quorlex chief executive Dana Miret welcomed the order. Shares rose after "
                                   "Veltrano CEO Ivo Sander spoke. Former chief financial officer Ana Ruiz "
                                   "was jailed.")
    assert found.get("Quorlex") == "ORG"
    assert found.get("Veltrano") == "ORG"
    assert "Former" not in found
    assert found.get("Ana Ruiz") == "PERSON"


def test_a_person_s_surname_before_an_office_is_not_taken_for_a_place(make_article):
    """The words typed by an office are dropped when the article names a person with them."""
    found = entities(make_article, "Governor Tamsin Orlova spoke first. Later, Orlova Governor staff left.")
    assert found.get("Tamsin Orlova") == "PERSON"
    assert "Orlova" not in found or found["Orlova"] == "PERSON"


def test_a_name_with_an_arabic_article_in_lower_case_is_whole(make_article):
    found = entities(make_article, "Syrian leader Khalid al-Nuwairi met Tarek el-Masri in Cairo. The group's "
                                   "leader, Abu Yasin al-Hadrami, said the talks had failed.")
    assert found.get("Khalid al-Nuwairi") == "PERSON"
    assert found.get("Tarek el-Masri") == "PERSON"
    assert found.get("Abu Yasin al-Hadrami") == "PERSON"


def test_an_initial_inside_a_name_joins_it(make_article):
    found = entities(make_article, "President Harlan T. Quimby spoke first. Attorney General K. Ramadurai "
                                   "told the bench that 70 names were under review.")
    assert found.get("Harlan T. Quimby") == "PERSON"
    assert any(name.endswith("Ramadurai") and etype == "PERSON" for name, etype in found.items())


def test_post_nominal_letters_are_no_organisation(make_article):
    found = entities(make_article, "Prosecutor Mira Oldcastle KC told the jury. Sir Alun Brecon QC and "
                                   "Dana Whitlow MEP listened.")
    assert not {"KC", "QC", "MEP"} & set(found)
    assert found.get("Mira Oldcastle") == "PERSON"


def test_a_known_place_before_a_site_head_names_the_site(make_article):
    found = entities(make_article, "The plane landed at Istanbul Airport after a delay. Fans filled Cairo "
                                   "International Stadium, and commuters crowded Berlin Central Station. "
                                   "The Tehran Stock Exchange fell.")
    assert found.get("Istanbul Airport") == "LOC"
    assert found.get("Cairo International Stadium") == "LOC"
    assert found.get("Berlin Central Station") == "LOC"
    assert found.get("Tehran Stock Exchange") == "ORG"
    assert "Istanbul" not in found


def test_a_surname_that_is_also_a_place_stays_in_the_person_s_name(make_article):
    found = entities(make_article, "Culture Minister Tomas Valencia said the site would open. Chief executive "
                                   "Joaquim Ferreira Lima told analysts the deal was fair. Crowds in Lima cheered.")
    assert found.get("Tomas Valencia") == "PERSON"
    assert found.get("Joaquim Ferreira Lima") == "PERSON"
    assert "Valencia" not in found


def test_organisations_named_head_first_in_other_languages(make_article):
    found = entities(make_article, "Analysts at Banco Itaverde said the price was fair. Grupo Tellares bought "
                                   "the rest, and the Universidad de Montelar studied the deal. The Partido "
                                   "Liberal Radical and Fondazione Carla Verdi objected.")
    assert found.get("Banco Itaverde") == "ORG"
    assert found.get("Grupo Tellares") == "ORG"
    assert found.get("Universidad de Montelar") == "ORG"
    assert found.get("Partido Liberal Radical") == "ORG"
    assert found.get("Fondazione Carla Verdi") == "ORG"


def test_a_saint_s_possessive_inside_a_site_s_name(make_article):
    found = entities(make_article, "Pilgrims gathered in St. Orin's Square before walking to St Elvan's "
                                   "Hospital. Marta Ovel's house was empty.")
    assert found.get("St. Orin's Square") == "LOC"
    assert found.get("St Elvan's Hospital") == "ORG"
    assert not any("house" in name for name in found)


def test_a_trade_or_a_sport_position_before_a_name(make_article):
    found = entities(make_article, "The petition was argued by senior advocate Pravin Ketkar. The club signed "
                                   "midfielder Tomi Aralu, and columnist Yara Benn criticised the fee.")
    assert found.get("Pravin Ketkar") == "PERSON"
    assert found.get("Tomi Aralu") == "PERSON"
    assert found.get("Yara Benn") == "PERSON"


def test_a_company_by_its_country_s_possessive_or_its_shares(make_article):
    found = entities(make_article, "Poland ordered trains from Spain's Talvaro on Friday. Trading was busy. "
                                   "Shares of Avidra jumped 40%, and the fund took a stake in Quessel.")
    assert found.get("Talvaro") == "ORG"
    assert found.get("Avidra") == "ORG"
    assert found.get("Quessel") == "ORG"
    assert "Shares of Avidra" not in found


def test_a_country_s_possessive_before_a_speaker_is_no_company(make_article):
    found = entities(make_article, "Minister Pavel Orlenko spoke first. Later Russia's Orlenko said no.")
    assert found.get("Pavel Orlenko") == "PERSON"
    assert found.get("Orlenko", "PERSON") == "PERSON"


def test_a_company_described_after_its_name_or_by_a_maker_word(make_article):
    found = entities(make_article, "Korvane, the biggest shareholder, said it would write down its stake. "
                                   "Brenda Hale met Tessivo, a Swiss carmaker, and the chipmaker Norvix.")
    assert found.get("Korvane") == "ORG"
    assert found.get("Tessivo") == "ORG"
    assert found.get("Norvix") == "ORG"
    assert found.get("Brenda Hale") == "PERSON"


def test_a_company_s_distinctive_word_before_its_legal_form_is_its_short_name(make_article):
    found = {}
    a = make_article("Frigo Sertano SA said it would buy a rival. Later, Sertano's board approved the deal.")
    ents = extract(a, segment(a.text))
    for k, ms in ents.mentions.items():
        found[ents.names[k]] = [m.text for m in ms]
    assert found.get("Frigo Sertano SA") == ["Frigo Sertano SA", "Sertano"]


def test_a_short_name_known_in_capitals_is_not_matched_in_title_case(make_article):
    found = entities(make_article, "Leader Kim Jong Un watched the launch. The UN condemned it, and Nato "
                                   "allies met in Brussels.")
    assert found.get("Kim Jong Un") == "PERSON"
    assert found.get("UN") == "ORG" and found.get("Nato") == "ORG"
    assert "Un" not in found


def test_companies_and_armed_groups_named_alone_are_known(make_article):
    found = entities(make_article, "Hezbollah fired rockets after the Houthis attacked a ship. Shipping firms "
                                   "and Siemens warned of delays; Nvidia fell.")
    assert found.get("Hezbollah") == "ORG"
    assert found.get("Houthis") == "ORG"
    assert found.get("Siemens") == "ORG"
    assert found.get("Nvidia") == "ORG"


def test_places_after_a_plural_kind_and_of(make_article):
    found = entities(make_article, "Blazes burned near the villages of Varnoti and Kalestra. Fires also "
                                   "reached the Turkish resort of Selimkoy.")
    assert found.get("Varnoti") == "GPE"
    assert found.get("Kalestra") == "GPE"
    assert found.get("Selimkoy") == "GPE"


def test_an_island_named_after_of_is_a_natural_place(make_article):
    found = entities(make_article, "Thousands fled the island of Kelvosi Mala on Tuesday.")
    assert found.get("Kelvosi Mala") == "LOC"


def test_a_capitalised_place_noun_opening_a_sentence_before_of(make_article):
    found = entities(make_article, "Smoke rose over the hills. Residents of Nea Tarsi were told to leave.")
    assert found.get("Nea Tarsi") == "GPE"
    assert not any(name.startswith("Residents") for name in found)


def test_a_place_before_flagged_and_no_article_in_its_name(make_article):
    found = {}
    a = make_article("The Singapore-flagged vessel hit the bridge. The Boston-based owner said nothing.")
    ents = extract(a, segment(a.text))
    for k, ms in ents.mentions.items():
        found[ents.names[k]] = [m.text for m in ms]
    assert found.get("Singapore") == ["Singapore"]
    assert found.get("Boston") == ["Boston"]


def test_places_named_head_of_name(make_article):
    found = entities(make_article, "The Port of Tarvik was closed and ice covered the Gulf of Sarnow. "
                                   "Ferries left Port of Spain.")
    assert found.get("Port of Tarvik") == "LOC"
    assert found.get("Gulf of Sarnow") == "LOC"
    assert found.get("Port of Spain") == "GPE"
    assert "Gulf" not in found


def test_sites_listed_before_a_plural_kind(make_article):
    found = entities(make_article, "Repairs at the Kuvane and Medrosi power stations ended. Guards at the "
                                   "Velmora and Ostrik prisons went on strike. Korvex Industries shut its "
                                   "Korvex plants.")
    assert found.get("Kuvane") == "LOC" and found.get("Medrosi") == "LOC"
    assert found.get("Velmora") == "LOC" and found.get("Ostrik") == "LOC"
    assert "Korvex plants" not in found


def test_a_full_name_with_no_signal_is_a_person_when_its_surname_speaks(make_article):
    found = entities(make_article, "Tovan Drelic beat Marco Essel in four sets. \"I just tried to survive,\" "
                                   "Drelic said.")
    assert found.get("Tovan Drelic") == "PERSON"


def test_an_astronaut_and_a_demonym_before_a_kind_of_company(make_article):
    found = entities(make_article, "Agency astronaut Dale Prewitt docked later. Vaccines will come from "
                                   "Danish drugmaker Velmar Nordic next month.")
    assert found.get("Dale Prewitt") == "PERSON"
    assert found.get("Velmar Nordic") == "ORG"


def test_a_church_of_a_country_is_a_body_and_plural_centres_are_heads(make_article):
    found = entities(make_article, "The Church of Norland accepted the resignation. The Arvenian Centres for "
                                   "Disease Control and Prevention issued a warning.")
    assert found.get("Church of Norland") == "ORG"
    assert found.get("Arvenian Centres for Disease Control and Prevention") == "ORG"


def test_more_bodies_named_head_first_and_arenas(make_article):
    found = entities(make_article, "Officers of the Guardia di Velmara seized the boat. The final is at "
                                   "Tavo Linder Arena on Friday.")
    assert found.get("Guardia di Velmara") == "ORG"
    assert found.get("Tavo Linder Arena") == "LOC"


def test_an_acronym_opening_a_sentence_with_a_comma_is_no_dateline(make_article):
    found = entities(make_article, "Prices rose.\n\nQVM, which has a partnership with the state miner, said "
                                   "it would comply.")
    assert found.get("QVM") == "ORG"
    found = entities(make_article, "TARVIK, Norland (Reuters) - A quake hit the region.")
    assert found.get("Tarvik") == "GPE"


def test_a_name_after_owned_by_is_a_company_not_a_person(make_article):
    found = entities(make_article, "The plant, owned by Ege Tekstilan, burned. A painting by Ana Veltri hung "
                                   "in the hall.")
    assert found.get("Ege Tekstilan") == "ORG"
    assert found.get("Ana Veltri") == "PERSON"


def test_places_with_a_lower_case_word_inside_and_from_x_to_y(make_article):
    found = entities(make_article, "The train derailed near the town of Velka nad Tisou on Monday. It was "
                                   "travelling from Kosvar to Chelmin. Crowds walked to Plaza de Oriente.")
    assert found.get("Velka nad Tisou") == "GPE"
    assert found.get("Chelmin") == "GPE"
    assert found.get("Plaza de Oriente") == "LOC"


def test_a_body_s_name_goes_on_after_on(make_article):
    found = entities(make_article, "The Norland National Commission on Human Rights said 50 people were held. "
                                   "The Commission on Monday said nothing.")
    assert found.get("Norland National Commission on Human Rights") == "ORG"
    assert "Human Rights" not in found
    assert not any("Monday" in name for name in found)


def test_a_body_named_for_its_country(make_article):
    found = entities(make_article, "The cable, operated by Orbit Norway, was cut. Tennis Finland said a record "
                                   "crowd came. Fighting spread in Western Finland and Greater Finland.")
    assert found.get("Orbit Norway") == "ORG"
    assert found.get("Tennis Finland") == "ORG"
    assert "Western Finland" not in found and "Greater Finland" not in found


def test_places_after_spread_from_and_runs_from_and_a_trade_compound(make_article):
    found = entities(make_article, "Banditry has spread from Zamvara and Katsiro to other states. The cable "
                                   "runs from Longvik to Andvoya. A schoolteacher from Nalbaro spoke, and a "
                                   "fisherman from Selvikha.")
    for name in ("Zamvara", "Katsiro", "Longvik", "Andvoya", "Nalbaro", "Selvikha"):
        assert found.get(name) == "GPE", name


def test_more_heads_a_company_s_co_a_coast_a_patriarchate(make_article):
    found = entities(make_article, "Shares of Tarvo Germanium Co rose. The Ecumenical Patriarchate said it "
                                   "would send aid to the Amber Coast.")
    assert found.get("Tarvo Germanium Co") == "ORG"
    assert found.get("Ecumenical Patriarchate") == "ORG"
    assert found.get("Amber Coast") == "LOC"


def test_a_dateline_s_place_of_several_words(make_article):
    found = entities(make_article, "PUERTO VELMA, Norland (AP) — A quake hit the coast on Monday.")
    assert found.get("Puerto Velma") == "GPE"
    assert "Velma" not in found


def test_a_place_before_to_and_a_known_place_and_a_rail_company(make_article):
    found = entities(make_article, "Ferries from Holvikstad to Dublin were cancelled. Network Rail said trains "
                                   "would run slowly.")
    assert found.get("Holvikstad") == "GPE"
    assert found.get("Network Rail") == "ORG"


def test_a_counterpart_and_an_in_law_before_a_name(make_article):
    found = entities(make_article, "Minister Li Vantong met his Indian counterpart Subra Jaikanth in Kazan. "
                                   "Police arrested the former leader's brother-in-law, Wilmer Vasquero, on charges.")
    assert found.get("Subra Jaikanth") == "PERSON"
    assert found.get("Wilmer Vasquero") == "PERSON"


def test_party_names_ending_in_a_plural_of_members_are_organisations(make_article):
    found = entities(make_article, "The Social Democrats backed him, and the Christian Democrats and the "
                                   "Democratic Bloc abstained.")
    assert found.get("Social Democrats") == "ORG"
    assert found.get("Christian Democrats") == "ORG"
    assert found.get("Democratic Bloc") == "ORG"


def test_a_known_place_before_a_natural_feature_and_a_pass(make_article):
    found = entities(make_article, "The mountain, in the Alaska Range, was closed. Climbers reached Tovik Pass "
                                   "at noon.")
    assert found.get("Alaska Range") == "LOC"
    assert found.get("Tovik Pass") == "LOC"


def test_a_news_agency_named_before_news_agency_and_a_group_based_somewhere(make_article):
    found = entities(make_article, "The judiciary's Mizvan news agency said an inquiry was under way. Hengvar, "
                                   "a Kurdish rights group based in Norway, said 12 people were held. He met his "
                                   "rival Ivan Petrovic, and Sertan bought its smaller rival Korvane.")
    assert found.get("Mizvan") == "ORG"
    assert found.get("Hengvar") == "ORG"
    assert found.get("Ivan Petrovic") == "PERSON"
    assert found.get("Korvane") == "ORG"


def test_projects_cartels_and_places_above_or_across(make_article):
    found = entities(make_article, "The Norvian Dolphin Project counted the whales. The Velasco New Generation "
                                   "Cartel is active in the area. Landslides hit the hills above Wayarod.")
    assert found.get("Norvian Dolphin Project") == "ORG"
    assert found.get("Velasco New Generation Cartel") == "ORG"
    assert found.get("Wayarod") == "GPE"


def test_a_leader_in_apposition_and_what_only_a_person_has(make_article):
    found = entities(make_article, "Ismar Hanieva, the group's political leader, was killed. Yahto Senwar's "
                                   "death was confirmed, and Ana Ruizal's lawyer spoke. Korvex Industries's "
                                   "board met.")
    assert found.get("Ismar Hanieva") == "PERSON"
    assert found.get("Yahto Senwar") == "PERSON"
    assert found.get("Ana Ruizal") == "PERSON"
    assert found.get("Korvex Industries") == "ORG"


def test_an_adverb_opening_a_sentence_is_no_part_of_a_name(make_article):
    found = entities(make_article, "Yesterday Omar Hassaf spoke in Cairo.")
    assert found.get("Omar Hassaf") == "PERSON"
    assert not any(name.startswith("Yesterday") for name in found)


def test_a_name_listed_with_people_is_a_person(make_article):
    found = entities(make_article, "Three crew members — Rui Tavono, Ioan Pascu and Kemal Durvaz — were "
                                   "acquitted.")
    assert found.get("Ioan Pascu") == "PERSON"
    assert found.get("Rui Tavono") == "PERSON"


def test_a_kind_of_group_opening_a_sentence_and_refineries(make_article):
    found = entities(make_article, "Environmental group Bellvona called the fine too low. The tanker was "
                                   "sailing to the Mongvik refinery. Daeyon Chemical holds a stake.")
    assert found.get("Bellvona") == "ORG"
    assert found.get("Mongvik refinery") == "LOC"
    assert found.get("Daeyon Chemical") == "ORG"


def test_a_name_before_a_lower_case_institution(make_article):
    found = {}
    a = make_article("Patients at Berlin's Velmarité hospital were treated. Later the Velmarité team said so. "
                     "The Risvik school will stay closed; he went to Sunday school.")
    ents = extract(a, segment(a.text))
    for k, ms in ents.mentions.items():
        found[ents.names[k]] = (ents.types[k], [m.text for m in ms])
    assert found.get("Velmarité hospital") == ("ORG", ["Velmarité hospital", "Velmarité"])
    assert found.get("Risvik school", ("",))[0] == "ORG"
    assert not any(name.startswith("Sunday") for name in found)


def test_a_company_described_as_a_subsidiary_of_another(make_article):
    found = entities(make_article, "The tender was won by Sunvar Energija, a subsidiary of the group Helvano. "
                                   "Nina Lomvari, a former public defender, objected.")
    assert found.get("Sunvar Energija") == "ORG"
    assert found.get("Nina Lomvari") == "PERSON"


def test_a_name_before_a_lower_case_party_or_group(make_article):
    found = entities(make_article, "Lawmakers from the ruling Georgian Vision party voted in favour, and the "
                                   "Helvano group abstained. The Dutch group said nothing.")
    assert found.get("Georgian Vision") == "ORG"
    assert found.get("Helvano") == "ORG"
    assert "Dutch" not in found


def test_a_ferry_sailing_from_a_place(make_article):
    found = entities(make_article, "The ferry was sailing from Splitvo to Supetar when it hit rocks.")
    assert found.get("Splitvo") == "GPE"
    assert found.get("Supetar") == "GPE"


def test_abbreviated_and_honorific_titles_before_a_name(make_article):
    found = entities(make_article, "Sen. Tarvin Holt said no. Gov. Kelton Marsh signed it. Dame Edna Vellacott "
                                   "and Sir Keir Stanmore attended.")
    for name in ("Tarvin Holt", "Kelton Marsh", "Edna Vellacott", "Keir Stanmore"):
        assert found.get(name) == "PERSON", name


def test_a_capitalised_arabic_article_inside_a_person_s_name(make_article):
    found = entities(make_article, "Sheikh Tamir bin Hamdan Al Thaqib met Minister Ahmed Al Hassani. Al Jazeera "
                                   "reported the meeting.")
    assert found.get("Tamir bin Hamdan Al Thaqib") == "PERSON"
    assert found.get("Ahmed Al Hassani") == "PERSON"
    assert found.get("Al Jazeera") == "ORG"


def test_a_company_by_its_analysts_or_its_spokeswoman(make_article):
    found = entities(make_article, "Analysts at Jeffron said the deal was fair. Morvex analyst Tom Reidy agreed. "
                                   "A spokeswoman for Velmora declined to comment. A spokesman for Ivan Petrovic "
                                   "said nothing.")
    assert found.get("Jeffron") == "ORG"
    assert found.get("Morvex") == "ORG"
    assert found.get("Velmora") == "ORG"
    assert found.get("Tom Reidy") == "PERSON"
    assert found.get("Ivan Petrovic") == "PERSON"


def test_a_place_after_a_distance_or_a_verb_of_taking_a_place(make_article):
    found = entities(make_article, "The quake was centred 12 km from Malvesti. Troops entered Zaveli on Monday, "
                                   "and the army retook Pokrovets. Minister Ivan Petrovic spoke.")
    assert found.get("Malvesti") == "GPE"
    assert found.get("Zaveli") == "GPE"
    assert found.get("Pokrovets") == "GPE"
    assert found.get("Ivan Petrovic") == "PERSON"


def test_a_loch_and_a_penitentiary(make_article):
    found = entities(make_article, "A hydro scheme at Loch Varrin was approved. Violence broke out at the "
                                   "Litoral Penitentiary on Friday.")
    assert found.get("Loch Varrin") == "LOC"
    assert found.get("Litoral Penitentiary") == "LOC"

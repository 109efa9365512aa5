"""Actor classes found on a seventh blind English set (issue 12, session 25): each rule on
invented sentences, with the cases it must leave alone."""

from __future__ import annotations

from unit.test_actors_en_unseen import actors, kinds  # noqa: F401  (the same helpers)


# A company's regional division ("Tarvix Europe") ------------------------------------------------


def test_a_world_region_after_a_company_names_its_division(tmp_path):
    text = "Tarvix said on Monday that Tarvix Europe would cut 900 jobs."
    found = actors(tmp_path, text)
    assert found["Tarvix Europe"] == "organisation"
    assert "Tarvix" in found and "Europe" not in found


def test_a_division_named_by_a_two_word_region(tmp_path):
    found = actors(tmp_path, "The plan was approved by Lorvan North America on Friday, Lorvan said.")
    assert found["Lorvan North America"] == "organisation"
    assert "North America" not in found


def test_a_division_in_french_text(tmp_path):
    found = actors(tmp_path, "La société Tarvix a annoncé que Tarvix Europe fermera deux usines.")
    assert found["Tarvix Europe"] == "organisation"


def test_the_company_alone_stays_the_company_not_its_division(tmp_path):
    found = actors(tmp_path, "Tarvix Motors said that Tarvix Europe, which Tarvix Motors owns, lost money.")
    assert {"Tarvix Motors", "Tarvix Europe"} <= set(found)


def test_a_region_after_a_persons_name_is_the_region(tmp_path):
    found = actors(tmp_path, "Critics said Maria Kell Europe tours were too long. Kell did not answer.")
    assert "Maria Kell Europe" not in found


def test_a_region_after_a_country_stays_a_region(tmp_path):
    found = actors(tmp_path, "Trade between Canada Europe and Asia grew.")
    assert not any(name.endswith(" Europe") for name in found)


# A country's name opening an organisation's, written several ways --------------------------------


def test_a_countrys_abbreviation_and_full_name_open_one_organisation(tmp_path):
    text = "The US Navy signed the deal. The United States Navy said the U.S. Navy would pay."
    found = actors(tmp_path, text)
    navies = [name for name in found if name.endswith("Navy")]
    assert len(navies) == 1 and found[navies[0]] == "organisation"


def test_the_acronym_of_the_full_name_joins_the_abbreviated_one(tmp_path):
    text = "A new jet was ordered by the U.S. Air Force on Monday. The USAF said it would pay."
    found = actors(tmp_path, text)
    assert [name for name in found if "Force" in name or name == "USAF"] == ["U.S. Air Force"]


def test_a_demonym_opening_a_societys_name_keeps_its_acronym(tmp_path):
    text = "The Lorvanian Medical Association (LMA) said so. The LMA asked for more."
    found = actors(tmp_path, text)
    assert "LMA" not in found and found.get("Lorvanian Medical Association") == "organisation"


def test_two_countries_armed_services_stay_two(tmp_path):
    found = actors(tmp_path, "The US Air Force and the French Air Force flew together.")
    assert {"US Air Force", "French Air Force"} <= set(found)


# A world region in a company's post ("Tarvix's Europe chief") -----------------------------------


def test_a_region_between_a_companys_possessive_and_a_title_is_no_mention(tmp_path):
    text = "Tom Reed, Tarvix's North America chief executive, said sales fell at Tarvix."
    found = actors(tmp_path, text)
    assert "North America" not in found and "Tom Reed" in found


def test_a_region_between_a_possessive_and_another_noun_is_the_region(tmp_path):
    found = actors(tmp_path, "Tarvix's Europe sales fell by a tenth, Tarvix said.")
    assert found.get("Europe") == "place"


# A government's seat named as a building ("a speech from the White House") ----------------------


def test_a_seat_named_only_after_a_preposition_of_place_is_a_place(tmp_path):
    found = actors(tmp_path, "Tarvix's chief was received at the White House, and spoke from the White House.")
    assert found["White House"] == "place"


def test_a_seat_that_acts_is_its_institution(tmp_path):
    found = actors(tmp_path, "The White House said the plan was fair. Its aides met at the White House.")
    assert found["White House"] == "organisation"


def test_a_seat_named_as_a_building_in_french(tmp_path):
    found = actors(tmp_path, "Le président a reçu les syndicats à l'Élysée lundi.")
    assert found["Élysée Palace"] == "place"  # (the helper names actors in English)


def test_a_seat_that_has_advisers_in_french_is_its_institution(tmp_path):
    found = actors(tmp_path, "Un conseiller de l'Élysée a démenti la nouvelle.")
    assert found["Élysée Palace"] == "organisation"


# A name written like a French common word without its accent ("Unite", no "unité") ---------------


def test_an_english_name_spelt_like_an_accented_french_noun_is_a_name(tmp_path):
    found = actors(tmp_path, "Shares fell. The leader of the union Unite said the deal was fair.")
    assert found.get("Unite") == "organisation"


def test_a_french_capital_without_its_accent_is_still_the_common_noun(tmp_path):
    found = actors(tmp_path, "Il a dit que l'Etat avait agi. Le rôle de l'Etat est clair pour tous.")
    assert "Etat" not in found


# A company named in camel case from a lowercase letter ("vFinance Investments") ------------------


def test_a_lowercase_camel_word_before_a_company_word_names_a_company(tmp_path):
    found = actors(tmp_path, "Bill Groen, the head trader for vLorvan Investments, said prices fell.")
    assert found.get("vLorvan Investments") == "organisation"


def test_a_lowercase_camel_word_before_another_word_stays_a_product(tmp_path):
    found = actors(tmp_path, "Sales of the iZephyx Pro rose, and iZephyx sales doubled.")
    assert not any("Zephyx" in name for name in found)


# An employer, a title and its holder ("Zorvex Chief Executive Ana Tarvix") ----------------------


def test_chief_opening_a_title_of_several_words_parts_employer_and_holder(tmp_path):
    found = actors(tmp_path, "Yesterday Zorvex Chief Executive Arlen Tamsk said prices would rise.")
    assert found.get("Zorvex") == "organisation" and found.get("Arlen Tamsk") == "person"
    assert not any("Chief" in name for name in found)


def test_an_employer_opening_a_sentence_before_a_title_and_a_name_is_a_name(tmp_path):
    found = actors(tmp_path, "Markets were calm. Zorvex CEO Arlen Tamsk said prices would rise.")
    assert found.get("Zorvex") == "organisation"


def test_an_adjective_opening_a_sentence_before_a_title_is_no_employer(tmp_path):
    text = "Markets were calm. Outgoing CEO Arlen Tamsk said no. Departing Chairman Bo Renn left."
    found = actors(tmp_path, text)
    assert set(found) == {"Arlen Tamsk", "Bo Renn"}


# Currencies written with a capital -----------------------------------------------------------


def test_a_currency_written_capitalised_is_no_actor(tmp_path):
    found = actors(tmp_path, "The Lorvan Composite fell 2%, while the Euro rose against the Yen and the Rupee.")
    assert set(found) == {"Lorvan Composite"}


# A place opening an organisation's name stays the place -----------------------------------------


def test_a_place_typed_by_its_context_does_not_join_an_organisation_named_after_it(tmp_path):
    text = "Yesterday Lorvanville-based Tarvix said profits rose. The Lorvanville Stock Exchange halted trading."
    named = actors(tmp_path, text)
    expected = {"Lorvanville": "place", "Lorvanville Stock Exchange": "organisation"}
    assert {name: named.get(name) for name in expected} == expected


def test_a_name_guessed_a_place_still_joins_the_company_it_opens(tmp_path):
    found = actors(tmp_path, "Tarvix Motors said it had invested in Tarvix.")
    assert list(found) == ["Tarvix Motors"]


# An apposition whose noun follows a glued modifier ("a London-based insurer") --------------------


def test_a_company_noun_after_a_based_modifier_types_the_apposed_name(tmp_path):
    found = actors(tmp_path, "The deal was struck by Drummel, a Lorvanville-based insurer, on Monday.")
    assert found.get("Drummel") == "organisation"


def test_a_person_noun_after_a_glued_modifier_types_a_person(tmp_path):
    found = actors(tmp_path, "The deal was signed by Arlen Drummel, a Lorvan-born senator, on Monday.")
    assert found.get("Arlen Drummel") == "person"


# A company's trade noun opening a sentence ("Brokerage Fenwick & Strand said") -------------------


def test_a_trade_noun_opening_a_sentence_is_no_part_of_the_name(tmp_path):
    found = actors(tmp_path, "Markets fell. Brokerage Fenwick & Strand said clients were worried.")
    assert found == {"Fenwick & Strand": "organisation"}


def test_a_trade_noun_before_a_company_word_stays_in_the_name(tmp_path):
    found = actors(tmp_path, "Markets fell. Arm Holdings said no.")
    assert found == {"Arm Holdings": "organisation"}


# A line's end ends a name -----------------------------------------------------------------------


def test_a_name_ending_a_line_without_a_full_stop_does_not_run_into_the_next_line(tmp_path):
    found = actors(tmp_path, "Orders were placed by Lorvan Airways\nBondholders rejected the offer of Tarvix Holdings.")
    assert "Lorvan Airways" in found
    assert not any("\n" in name or "Bondholders" in name for name in found)

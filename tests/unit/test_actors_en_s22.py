"""English actor classes found on a fifth blind set and on unannotated development articles
(issue 12, session 22): each rule on invented sentences, with the cases it must leave alone."""

from __future__ import annotations

from tests.unit.test_actors_en_unseen import actors, kinds  # noqa: F401  (the same helpers)


# An organisation's word and "of" opening a sentence ----------------------------------------------


def test_an_organisation_word_and_of_opening_a_sentence_stay_in_the_name(gazetteer):
    text = "Shares fell.\nBank of Lorvania fared worse.\nTheir bank deposit is safe."
    assert kinds(text, gazetteer) == {"Bank of Lorvania": "organisation"}


def test_a_common_word_opening_a_sentence_before_of_is_still_dropped(gazetteer):
    text = "Shares fell.\nNews of Lorvania came late.\nThe news was bad."
    assert "News of Lorvania" not in kinds(text, gazetteer)


# "All" opening a name inside a sentence ----------------------------------------------------------


def test_all_capitalised_inside_a_sentence_opens_the_name(gazetteer):
    found = kinds("The first customer, All Lorvan Airways, will receive the jet.", gazetteer)
    assert found == {"All Lorvan Airways": "organisation"}


def test_all_opening_a_sentence_is_no_part_of_the_name(gazetteer):
    assert "All Lorvan" not in kinds("All Lorvan workers went on strike.", gazetteer)


# Two fields joined by "and" inside a company's name ----------------------------------------------


def test_two_fields_joined_by_and_make_one_company(gazetteer):
    text = "The parent company Zephyr Aeronautic Defence and Space Company (ZADS) won."
    found = kinds(text, gazetteer)
    assert found["Zephyr Aeronautic Defence and Space Company"] == "organisation"
    assert "Space Company" not in found


def test_an_acronym_after_the_joined_name_stays_apart(gazetteer):
    text = "The parent company Zephyr Aeronautic Defence and Space Company ZADS N.V. won."
    assert "Zephyr Aeronautic Defence and Space Company" in kinds(text, gazetteer)


def test_two_organisations_joined_by_and_stay_two(gazetteer):
    found = kinds("Tarvix Bank and Lorvan Company merged.", gazetteer)
    assert set(found) == {"Tarvix Bank", "Lorvan Company"}


# A capitalised word before an organisation named after a country --------------------------------


def test_a_word_before_a_countrys_armed_service_opens_its_name(gazetteer):
    text = "Deals were signed with the Royal Australian Air Force and the Royal Dutch Navy."
    found = kinds(text, gazetteer)
    assert found["Royal Australian Air Force"] == "organisation"
    assert found["Royal Dutch Navy"] == "organisation"
    assert "Royal" not in found


def test_a_name_before_a_sentence_end_is_not_joined_to_the_next(gazetteer):
    found = kinds("Shares of Lorvix fell. Singapore Airlines rose.", gazetteer)
    assert "Singapore Airlines" in found
    assert "Lorvix. Singapore Airlines" not in found

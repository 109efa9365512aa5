"""Timeline rows a demanding reader would reject, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_happenings import tell


@pytest.mark.parametrize(
    "text",
    [
        "Les promeneurs pourront y admirer une nouvelle exposition de tableaux peints en 1890.",
        "Les élèves devront y présenter un court exposé sur la crise de 1929.",
        "Le public voudra sans doute voir la comédie jouée pour la première fois en 1950.",
    ],
)
def test_the_future_of_a_modal_before_an_infinitive_is_a_plan(text, gazetteer):
    assert [k for k, *_ in tell(text, "fr", gazetteer) if k != "other"] == []


def test_visitors_are_people_not_a_visit(gazetteer):
    found = tell("En 2019, les visiteurs du musée ont découvert une salle rénovée.", "fr", gazetteer)
    assert "meeting" not in [k for k, *_ in found]


def test_a_visit_is_still_a_meeting(gazetteer):
    found = tell("En 2019, la visite du ministre à Lyon a duré deux heures.", "fr", gazetteer)
    assert "meeting" in [k for k, *_ in found]


@pytest.mark.parametrize(
    "text",
    [
        "Victime d'un accident vasculaire cérébral en 2015, le chanteur avait arrêté la scène.",
        "Touché par deux accidents cardiaques en 2007, l'acteur s'était retiré.",
    ],
)
def test_an_accident_named_by_a_medical_adjective_is_no_disaster(text, gazetteer):
    assert "disaster" not in [k for k, *_ in tell(text, "fr", gazetteer)]


def test_a_road_accident_is_still_a_disaster(gazetteer):
    found = tell("En 2015, un accident de la route a bloqué l'autoroute.", "fr", gazetteer)
    assert "disaster" in [k for k, *_ in found]


@pytest.mark.parametrize(
    "text",
    [
        "Avant, les botanistes connaissaient déjà quatre espèces de ce genre en 1980.",
        "On retrouve un taux semblable en 2003 avec 12 % de chômeurs.",
    ],
)
def test_knowing_or_finding_in_a_simple_tense_is_a_state_not_a_row(text, gazetteer):
    assert tell(text, "fr", gazetteer) == []


def test_a_participle_beside_a_verb_of_knowing_keeps_its_date(gazetteer):
    found = tell("On connaissait trois comètes de ce type, dont une aperçue en 1990.", "fr", gazetteer)
    assert [d for _, d, *_ in found] == ["1990"]

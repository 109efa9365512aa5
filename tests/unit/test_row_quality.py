"""Timeline rows a demanding reader would reject, on sentences written for these tests."""

from __future__ import annotations

import pytest

from unit.test_happenings import tell


@pytest.mark.parametrize(
    "text",
    [
        "Les habitants pourront assister à une réunion publique sur le projet de 1998.",
        "Les salariés devront accepter une baisse de salaire décidée en 2009.",
    ],
)
def test_the_future_of_a_modal_before_an_infinitive_is_a_plan(text, gazetteer):
    assert tell(text, "fr", gazetteer) == []


def test_visitors_are_people_not_a_visit(gazetteer):
    found = tell("En 2019, les visiteurs du musée ont découvert une salle rénovée.", "fr", gazetteer)
    assert "meeting" not in [k for k, *_ in found]


@pytest.mark.parametrize(
    "text",
    [
        "Victime d'un accident vasculaire cérébral en 2015, le chanteur avait arrêté la scène.",
        "Touché par deux accidents cardiaques en 2007, l'acteur s'était retiré.",
    ],
)
def test_an_accident_named_by_a_medical_adjective_is_no_disaster(text, gazetteer):
    assert "disaster" not in [k for k, *_ in tell(text, "fr", gazetteer)]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("En 2019, la visite du ministre à Lyon a duré deux heures.", "meeting"),
        ("En 2015, un accident de la route a bloqué l'autoroute.", "disaster"),
    ],
)
def test_a_visit_and_a_road_accident_keep_their_kind(text, kind, gazetteer):
    assert kind in [k for k, *_ in tell(text, "fr", gazetteer)]


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


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("dite la grande crise), du nom des trois banquiers qui l'ont vue venir", "du nom des trois banquiers qui l'ont vue venir"),
        ("Le syndicat a noté que la direction a réagi bien tard (", "Le syndicat a noté que la direction a réagi bien tard"),
        ("Le maire a dit que la ville avait été bâtie [par des moines] en bois", "Le maire a dit que la ville avait été bâtie [par des moines] en bois"),
        ("Le maire a dit que la ville avait été bâtie par des moines] en bois", "Le maire a dit que la ville avait été bâtie par des moines en bois"),
    ],
)
def test_a_headline_holds_no_unbalanced_bracket(headline, expected):
    from tui.extract.happenings.headlines import _shorten

    assert _shorten(headline) == expected


def test_a_participle_whose_date_was_cut_does_not_open_the_headline(gazetteer):
    found = tell("Fondée il y a 40 ans, cette coopérative agricole vend ses fruits dans toute la région.", "fr", gazetteer)
    assert [h for *_, h, _w, _r in found] == ["cette coopérative agricole vend ses fruits dans toute la région"]


def test_a_participle_whose_date_was_cut_is_no_part_of_the_subject(gazetteer):
    found = tell("Fondée en 1980, cette coopérative agricole a racheté une usine de jus.", "fr", gazetteer)
    assert [h for *_, h, _w, _r in found] == ["cette coopérative agricole a racheté une usine de jus"]


def test_a_capital_opening_the_sentence_names_no_one_in_a_headline(gazetteer):
    text = "Rassemblés devant la mairie de Lille, les Verts et le Parti socialiste ont manifesté en 2011 contre le projet."
    assert [h for *_, h, _w, _r in tell(text, "fr", gazetteer)] == ["Parti socialiste et Verts ont manifesté contre le projet"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Afin de tenir ses promesses aux électeurs, le gouvernement a signé en 2011 un accord.", "le gouvernement a signé un accord"),
        ("Sous la pression constante de ses voisins, la petite ville a vendu en 2011 son vieux port.", "la petite ville a vendu son vieux port"),
    ],
)
def test_a_circumstance_before_the_subject_is_left_out_of_the_headline(text, expected, gazetteer):
    assert [h for *_, h, _w, _r in tell(text, "fr", gazetteer)] == [expected]


def test_par_rapport_a_compares_and_is_no_report(gazetteer):
    found = tell("Les ventes de vélos ont progressé en 2015 par rapport à l'année 2014.", "fr", gazetteer)
    assert "statement" not in [k for k, *_ in found]



@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Trois marins ont disparu lors", "Trois marins ont disparu"),
        ("The ferry sank in the bay after", "The ferry sank in the bay"),
    ],
)
def test_a_headline_does_not_end_on_a_preposition_of_time(headline, expected):
    from tui.extract.happenings.headlines import _shorten

    assert _shorten(headline) == expected

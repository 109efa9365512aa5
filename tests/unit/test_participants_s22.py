"""Who takes part in each event (session 22): a name the article gives to a thing (an
instrument, a craft, a heavenly body, a storm) takes part in nothing; a compound adjective of
two countries names both, unless it qualifies relations; the agent of a participle of an earlier
act after the trigger did that act; a place left or reached is where; a plural pronoun after
its verb is no one person; a description stands for the organisation introduced with it."""

from __future__ import annotations

import pytest
from newsline_testing import write

from unit.test_event_participants_more import participants_told
from tui.extract.model import ActorKind, Mention
from tui.extract.stand_ins import things_named
from tui.loading import open_store


# -- things named ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "thing", "actor"),
    [
        # a thing noun right before the name, adjectives or "de" + a noun between
        ("Paul Morel a découvert lundi une comète grâce au télescope spatial Vexlor.", "a découvert", "Vexlor", "Paul Morel"),
        ("Paul Morel a démarré lundi l'accélérateur de particules ZRK.", "a démarré", "ZRK", "Paul Morel"),
        ("Paul Morel a photographié lundi la planète Zorbax depuis son jardin.", "a photographié", "Zorbax", "Paul Morel"),
        # a participle of naming, the name in quotation marks
        ("Baptisée « Orvane », elle a été repérée lundi par Paul Morel.", "a été repérée", "Orvane", "Paul Morel"),
        # English: the noun right before the name
        ("Hurricane Delvina destroyed the port of Tarvixville on Monday, Paul Morel said.", "destroyed", "Delvina", "Paul Morel"),
        ("Paul Morel launched the probe Quillon on Monday.", "launched", "Quillon", "Paul Morel"),
        # a heavenly body
        ("Paul Morel a mesuré lundi une planète dix fois plus grosse que la Terre.", "a mesuré", "Terre", "Paul Morel"),
    ],
)
def test_a_name_given_to_a_thing_takes_no_part(tmp_path, text, words, thing, actor):
    named = participants_told(tmp_path, text, words)
    assert thing not in named
    assert actor in named


def test_a_thing_named_once_is_a_thing_in_every_sentence(tmp_path):
    text = (
        "Paul Morel a repéré lundi une planète baptisée « Orvane ».\n\n"
        "Des chercheurs ont établi mardi qu'Orvane tourne autour de deux soleils."
    )
    assert "Orvane" not in participants_told(tmp_path, text, "ont établi")


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        # an article between the noun and the name: the name is whose the thing is
        ("La sonde de la Vexlor Agency a atterri lundi sur la Lune, a annoncé Paul Morel.", "a atterri", "Vexlor Agency"),
        # a noun of a thing further than the word before (English): "the software giant X" acts
        ("The software giant Tarvix bought Globex on Monday.", "bought", "Tarvix"),
        # "l'étoile montante X" is a person
        ("L'étoile montante Paul Morel a remporté lundi le tournoi de Tarvixville.", "a remporté", "Paul Morel"),
    ],
)
def test_a_name_after_another_noun_phrase_still_takes_part(tmp_path, text, words, actor):
    assert actor in participants_told(tmp_path, text, words)


# -- compound adjectives of two countries -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "countries"),
    [
        ("Une rencontre américano-ukrainienne a eu lieu lundi à Tarvixville.", "a eu lieu", {"États-Unis", "Ukraine"}),
        ("Le sommet franco-allemand s'est tenu lundi à Tarvixville.", "s'est tenu", {"France", "Allemagne"}),
        ("Sino-American talks were held on Monday in Tarvixville.", "were held", {"Chine", "États-Unis"}),
        ("Israeli-Palestinian talks were held on Monday in Tarvixville.", "were held", {"Israël", "Palestine"}),
    ],
)
def test_a_compound_adjective_of_two_countries_names_both(tmp_path, text, words, countries):
    named = participants_told(tmp_path, text, words)
    assert countries <= {_french_name(n) for n in named}


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        # a half that names no country: no country at all
        ("Le pacte franco-tarvixien a été signé lundi à Tarvixville.", "a été signé", "France"),
        # a hyphenated word of other halves
        ("Paul Morel a-t-il signé lundi un accord avec Globex à Tarvixville ?", "signé", "Autriche"),
    ],
)
def test_a_compound_not_all_of_countries_names_none(tmp_path, text, words, country):
    write(tmp_path, "a.txt", "date 2025-03-12\n" + text + "\n")
    store = open_store([tmp_path], cache=False)
    assert country not in {a.name for a in store.actors}


def _french_name(name: str) -> str:
    """The gazetteer's French name of a country an English article names in English."""
    return {"China": "Chine", "United States": "États-Unis", "Israel": "Israël"}.get(name, name)


@pytest.mark.parametrize(
    ("text", "words", "countries"),
    [
        ("Paul Morel et Igor Petrov ont discuté lundi des relations franco-allemandes à Tarvixville.", "ont discuté", {"France", "Allemagne"}),
        ("Paul Morel and Igor Petrov discussed Sino-American ties on Monday in Tarvixville.", "discussed", {"China", "United States"}),
    ],
)
def test_a_compound_adjective_of_relations_names_what_was_spoken_of(tmp_path, text, words, countries):
    named = participants_told(tmp_path, text, words)
    assert not countries & named
    assert "Paul Morel" in named


# -- a description standing for the organisation introduced with it -------------------------------


@pytest.mark.parametrize(
    ("text", "words", "introduced", "other"),
    [
        (
            "L'ONG Tarvix Watch a publié lundi un rapport sur les prisons de Globexie.\n\n"
            "Paul Morel, juge à la Cour de Zorbax, a parlé mardi.\n\nL'ONG a demandé mercredi au Conseil de Quillon une résolution.",
            "a demandé",
            "Tarvix Watch",
            "Cour de Zorbax",
        ),
        (
            "The charity Tarvix Aid published a report on Monday.\n\n"
            "Paul Morel, a director of Globex Bank, spoke on Tuesday.\n\nThe charity demanded on Wednesday the release of the prisoners.",
            "demanded",
            "Tarvix Aid",
            "Globex Bank",
        ),
    ],
)
def test_a_description_stands_for_the_organisation_introduced_with_it(tmp_path, text, words, introduced, other):
    named = participants_told(tmp_path, text, words)
    assert any(introduced in name for name in named)  # (the name may keep its noun: "ONG Tarvix Watch")
    assert other not in named


# -- a place left or reached ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "place", "actor"),
    [
        ("Paul Morel quitte Lyon lundi, deux jours avant la fin du sommet.", "quitte", "Lyon", "Paul Morel"),
        ("Paul Morel a quitté la France lundi pour Globexville.", "a quitté", "France", "Paul Morel"),
        ("On Monday, Paul Morel left Paris for the summit.", "left", "Paris", "Paul Morel"),
    ],
)
def test_a_place_left_or_reached_is_where(tmp_path, text, words, place, actor):
    named = participants_told(tmp_path, text, words)
    assert place not in named
    assert actor in named


def test_a_country_leaving_still_takes_part(tmp_path):
    text = "La France a quitté lundi l'alliance de Tarvixville."
    assert "France" in participants_told(tmp_path, text, "a quitté")


# -- the agent of a participle after the trigger ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "agents", "actors"),
    [
        (
            "Le 3 mars, Paul Morel et Anne Durand se sont réunis à Tarvixville pour poursuivre le dialogue entamé en juin par Igor Petrov et Olga Novak.",
            "se sont réunis",
            {"Igor Petrov", "Olga Novak"},
            {"Paul Morel", "Anne Durand"},
        ),
        (
            "On March 3, Paul Morel signed in Tarvixville the plan prepared last year by Igor Petrov.",
            "signed",
            {"Igor Petrov"},
            {"Paul Morel"},
        ),
    ],
)
def test_the_agent_of_a_participle_after_the_trigger_takes_no_part(tmp_path, text, words, agents, actors):
    named = participants_told(tmp_path, text, words)
    assert not agents & named
    assert actors <= named


@pytest.mark.parametrize(
    ("text", "words", "agent"),
    [
        # the trigger's own passive: its agent takes part
        ("Le 3 mars, la ville de Tarvixville a été attaquée par Igor Petrov.", "a été attaquée", "Igor Petrov"),
        ("On March 3, the Tarvix Bank was bought by Igor Petrov.", "was bought", "Igor Petrov"),
        # a participle of leading or hosting: who leads is in it
        ("On March 3, a delegation led by Igor Petrov met Paul Morel in Tarvixville.", "met", "Igor Petrov"),
        ("Le 3 mars, Paul Morel a participé à Tarvixville à la réunion présidée par Igor Petrov.", "a participé", "Igor Petrov"),
    ],
)
def test_the_agent_of_the_trigger_s_passive_takes_part(tmp_path, text, words, agent):
    assert agent in participants_told(tmp_path, text, words)


# -- a plural pronoun after its verb ------------------------------------------------------------


def test_a_plural_pronoun_after_its_verb_is_no_one_person(tmp_path):
    text = (
        "Paul Morel a ouvert lundi le congrès de Tarvixville.\n\n"
        "Il est, disent-ils, le plus grand congrès de la région."
    )
    assert "Paul Morel" not in participants_told(tmp_path, text, "disent-ils")


def test_a_singular_pronoun_after_its_verb_still_stands_for_the_person(tmp_path):
    text = (
        "Paul Morel a ouvert lundi le congrès de Tarvixville.\n\n"
        "Il est, a-t-il déclaré, le plus grand congrès de la région."
    )
    assert "Paul Morel" in participants_told(tmp_path, text, "a-t-il déclaré")


@pytest.mark.parametrize(("kind", "thing"), [(ActorKind.PERSON, False), (ActorKind.ORGANISATION, True)])
def test_a_person_nicknamed_is_still_a_person(kind, thing):
    text = "Le chef de gang, surnommé Tarvix Kid, a été arrêté."
    start = text.index("Tarvix Kid")
    mention = Mention(start, start + len("Tarvix Kid"), "Tarvix Kid", "tarvix kid", None, kind)
    assert bool(things_named(text, [mention], "fr")) is thing

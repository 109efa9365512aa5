"""Headlines of sentences opening on a fronted phrase of circumstance ("Pendant leur sommet, …",
"After the vote, …"): the headline tells what happened around its trigger, not the fronted
phrase first; on sentences written for these tests."""

from __future__ import annotations

import pytest

from unit.test_happenings import tell


def _headlines(text: str, lang: str, gazetteer) -> dict[str, str]:
    return {trigger: headline for _k, _d, _r, trigger, headline, _w, _b in tell(text, lang, gazetteer)}


@pytest.mark.parametrize(
    "text, lang, trigger, expected",
    [
        ("Pendant leur sommet de Lyon le 4 mars 2019, Paul Morel et Jean Dupin ont promis de se revoir.", "fr", "sommet",
         "Sommet de Lyon de Paul Morel et Jean Dupin"),
        ("Lors de leur rencontre à Nantes, Paul Morel et Anne Leroy ont signé un accord.", "fr", "rencontre",
         "Rencontre à Nantes de Paul Morel et Anne Leroy"),
        ("Lors de leur visite à Nantes, Anne Leroy et Paul Morel ont signé un accord.", "fr", "visite",
         "Visite à Nantes d'Anne Leroy et Paul Morel"),
        ("During their summit in Denver on May 4, 2019, Paul Morel and John Dupin signed a treaty.", "en", "summit",
         "Summit in Denver of Paul Morel and John Dupin"),
    ],
)
def test_an_event_noun_fronted_with_a_possessive_is_told_with_the_main_clause_s_names(text, lang, trigger, expected, gazetteer):
    assert _headlines(text, lang, gazetteer)[trigger] == expected


@pytest.mark.parametrize(
    "text, lang, trigger, expected",
    [
        ("Pendant les négociations, le ministre a quitté la salle en 2019.", "fr", "négociations",
         "Négociations : le ministre a quitté la salle"),
        ("During the talks in 2019, the minister left the room.", "en", "talks", "Talks: the minister left the room"),
    ],
)
def test_an_event_noun_fronted_without_a_possessive_is_followed_by_what_the_main_clause_says(text, lang, trigger, expected, gazetteer):
    assert _headlines(text, lang, gazetteer)[trigger] == expected


def test_a_predicate_after_a_fronted_phrase_does_not_open_its_headline_on_it(gazetteer):
    headlines = _headlines("After the long vote in 2019, the senator resigned.", "en", gazetteer)
    assert headlines["resigned"] == "the senator resigned"


def test_a_sentence_opening_on_its_subject_keeps_its_headline(gazetteer):
    # (no fronted phrase: "Paul Morel" opens the sentence, the summit is the object)
    headlines = _headlines("Paul Morel a quitté en 2019 le sommet de Lyon avant la fin.", "fr", gazetteer)
    assert not headlines.get("sommet", "x").startswith("Sommet")

"""A pronoun's headline does not name the source of an attribution ("Selon son avocat, Paul
Morel, son état s'est aggravé et il a …": the one who sank is not the lawyer); on sentences
written for these tests."""

from __future__ import annotations

import pytest

from tui.extract.happenings import named_as_source
from unit.test_happenings import tell


def _headline(text: str, lang: str, trigger: str, gazetteer) -> str:
    return next(headline for _k, _d, _r, said, headline, _w, _b in tell(text, lang, gazetteer) if said == trigger)


@pytest.mark.parametrize(
    "text, lang, trigger, source",
    [
        ("Selon son avocat, Paul Morel, son état s'est aggravé et il a sombré dans le coma.", "fr", "sombré", "Paul Morel"),
        ("D'après son agent, Jean Dupin, la situation a changé et il a été hospitalisé.", "fr", "hospitalisé", "Jean Dupin"),
        ("Selon Paul Morel, le ministre a démissionné et il a quitté Paris.", "fr", "quitté", "Paul Morel"),
        ("According to his lawyer, John Miller, the case was closed and he was released from jail on Monday.", "en", "released", "John Miller"),
    ],
)
def test_a_pronoun_does_not_stand_for_the_source_of_an_attribution(text, lang, trigger, source, gazetteer):
    headline = _headline(text, lang, trigger, gazetteer)
    assert trigger in headline and not headline.startswith(source)


@pytest.mark.parametrize(
    "text, lang, trigger, expected",
    [
        ("Paul Morel, selon qui tout allait bien, a dit qu'il avait signé le contrat.", "fr", "signé", "Paul Morel avait signé le contrat"),
        ("Acme said that it had sold 3 million phones.", "en", "sold", "Acme had sold 3 million phones"),
        ("Selon le rapport, Paul Morel a démissionné et il a quitté Paris mardi.", "fr", "quitté", "Paul Morel a quitté Paris"),
    ],
)
def test_a_pronoun_still_stands_for_the_speaker_named_before_it(text, lang, trigger, expected, gazetteer):
    assert _headline(text, lang, trigger, gazetteer) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Selon son médecin, Paul Morel, il va mieux.", "Paul Morel", True),
        ("According to the mayor, Anne Leroy, it rained.", "Anne Leroy", True),
        ("Selon Paul Morel, il pleuvait.", "Paul Morel", True),
        ("Selon le rapport, Paul Morel a signé.", "Paul Morel", False),
        ("Hier, Paul Morel a signé.", "Paul Morel", False),
        ("Paul Morel a signé selon la loi.", "Paul Morel", False),
    ],
)
def test_a_name_right_after_an_attribution_is_its_source(text, name, expected):
    start = text.index(name)
    assert named_as_source(text, start, start + len(name)) is expected

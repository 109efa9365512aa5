"""Who takes part in each event (session 22): a name the article gives to a thing (an
instrument, a craft, a heavenly body, a storm) takes part in nothing; ..."""

from __future__ import annotations

import pytest

from tests.unit.test_event_participants_more import participants_told


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

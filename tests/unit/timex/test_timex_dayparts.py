"""rules/dayparts.py: parts of the day with their day, or on the latest day placed.

A French day then its part ("hier en début de soirée") is matched by the rule of a day then its
time (rules/clock.py), which hands it to rules/dayparts.py: both families count here."""

from __future__ import annotations

import pytest

FAMILIES = ("dayparts", "clock")

# (language, document date, sentence, [(text, type, value)] resolved by rules/dayparts.py)
CASES = [
    # alone: on the latest day placed, else the document date
    ("fr", "2011-06-15", "Le cortège est arrivé en fin de matinée.", [("fin de matinée", "TIME", "2011-06-15TMO")]),
    ("fr", "2011-06-15", "Le 3 juin, il a parlé en début d'après-midi.", [("début d'après-midi", "TIME", "2011-06-03TAF")]),
    ("fr", "2011-06-15", "La séance a repris en soirée.", [("soirée", "TIME", "2011-06-15TEV")]),
    # a day, then its part
    ("fr", "2011-06-15", "Il est rentré hier en début de soirée.", [("hier en début de soirée", "TIME", "2011-06-14TEV")]),
    ("fr", "2011-06-15", "Le juge statuera mardi dans la matinée.", [("mardi dans la matinée", "TIME", "2011-06-21TMO")]),
    ("fr", "2011-06-15", "Le 3 mai, il a signé ; le lendemain en fin de matinée, il est parti.", [("le lendemain en fin de matinée", "TIME", "2011-05-04TMO")]),
    ("fr", "2011-06-15", "Le corps a été retrouvé le 12 juin en fin d'après-midi.", [("le 12 juin en fin d'après-midi", "TIME", "2011-06-12TAF")]),
    ("fr", "2011-06-15", "Les pêcheurs sont partis au petit matin.", [("petit matin", "TIME", "2011-06-15TMO")]),
    ("fr", "2011-06-15", "Il a été arrêté hier au petit matin.", [("hier au petit matin", "TIME", "2011-06-14TMO")]),
    # the night of a day (to the next)
    ("fr", "2011-06-15", "Des voitures ont brûlé dans la nuit de samedi à dimanche.", [("la nuit de samedi à dimanche", "TIME", "2011-06-11TNI")]),
    ("fr", "2011-06-15", "L'attaque a eu lieu dans la nuit du 12 au 13 juin.", [("la nuit du 12 au 13 juin", "TIME", "2011-06-12TNI")]),
    ("fr", "2011-06-15", "Il a neigé dans la nuit du 31 mai au 1er juin.", [("la nuit du 31 mai au 1er juin", "TIME", "2011-05-31TNI")]),
    ("fr", "2011-06-15", "Le suspect a été interpellé dans la soirée de lundi.", [("la soirée de lundi", "TIME", "2011-06-13TEV")]),
    # English
    ("en", "2011-06-15", "Shares fell late Tuesday.", [("late Tuesday", "DATE", "2011-06-14")]),
    ("en", "2011-06-15", "Police said early Monday morning that two men were held.", [("early Monday morning", "TIME", "2011-06-13TMO")]),
    ("en", "2011-06-15", "He was arrested early this morning.", [("early this morning", "TIME", "2011-06-15TMO")]),
    ("en", "2011-06-15", "The fire started late last night.", [("late last night", "TIME", "2011-06-14TNI")]),
    ("en", "2011-06-15", "The vote came late yesterday.", [("late yesterday", "DATE", "2011-06-14")]),
    ("en", "2011-06-15", "Two ships collided on the night of June 3.", [("the night of June 3", "TIME", "2011-06-03TNI")]),
    ("en", "2011-06-15", "The stock rose in morning trading.", [("morning", "TIME", "2011-06-15TMO")]),
    ("en", "2011-06-15", "On June 3, the talks resumed in the afternoon.", [("the afternoon", "TIME", "2011-06-03TAF")]),
    ("en", "2011-06-15", "Asian markets fell overnight, and Europe followed.", [("overnight", "TIME", "2011-06-14TNI")]),
]

NOT_PARTS = [
    ("fr", "Une soirée de gala a réuni les donateurs."),
    ("fr", "Le Matin a publié une tribune."),
    ("en", "The overnight rate rose by a quarter point."),
    ("en", "The Morning Star reported it."),
    ("en", "He came back late."),
]


@pytest.mark.parametrize("lang, dct, sentence, expected", CASES)
def test_day_part_values(tag, lang, dct, sentence, expected) -> None:
    assert [(t.text, t.type, t.value) for t in tag(sentence, dct, lang) if t.family in FAMILIES] == expected


@pytest.mark.parametrize("lang, sentence", NOT_PARTS)
def test_no_part_of_the_day(tag, lang, sentence) -> None:
    assert [t for t in tag(sentence, "2011-06-15", lang) if t.family in FAMILIES] == []


def test_a_part_with_its_day_anchors_what_follows(tag) -> None:
    found = tag("Il est arrivé mardi en fin de matinée ; le lendemain soir, il est reparti.", "2011-06-16")
    assert [(t.text, t.value, t.family) for t in found] == [
        ("mardi en fin de matinée", "2011-06-14TMO", "clock"),
        ("le lendemain soir", "2011-06-15TEV", "relative"),
    ]


def test_a_month_only_dct_leaves_a_lone_part_uncertain(tag) -> None:
    t = tag.one("La séance a repris en soirée.", "2011-06")
    assert (t.text, t.value, t.when.uncertain) == ("soirée", "2011-06", True)

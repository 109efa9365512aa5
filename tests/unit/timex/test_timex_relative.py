"""rules/relative.py: dates relative to the document date or to the latest day placed."""

from __future__ import annotations

import pytest

from tui.extract.model import Precision

# (language, document date, sentence, [(text, type, value)] resolved by rules/relative.py)
CASES = [
    # relative days, with a part of the day
    ("fr", "2011-06-15", "Le ministre a parlé hier.", [("hier", "DATE", "2011-06-14")]),
    ("fr", "2011-06-15", "Les pompiers sont intervenus hier soir.", [("hier soir", "TIME", "2011-06-14TEV")]),
    ("fr", "2011-06-15", "Il partira demain matin.", [("demain matin", "TIME", "2011-06-16TMO")]),
    ("en", "2011-06-15", "The minister spoke yesterday.", [("yesterday", "DATE", "2011-06-14")]),
    # a count of units back or ahead, at the precision of the unit
    ("fr", "2011-06-15", "L'usine a fermé il y a trois ans.", [("il y a trois ans", "DATE", "2008")]),
    ("fr", "2011-06-15", "Il est rentré il y a deux semaines.", [("il y a deux semaines", "DATE", "2011-06-01")]),
    ("fr", "2011-06-15", "Le contrat a été signé il y a six mois.", [("il y a six mois", "DATE", "2010-12")]),
    ("fr", "2011-06-15", "Le verdict sera rendu dans dix jours.", [("dans dix jours", "DATE", "2011-06-25")]),
    ("fr", "2011-06-15", "Il y a une dizaine de jours, il a démissionné.", [("Il y a une dizaine de jours", "DATE", "2011-06-05")]),
    ("en", "2011-06-15", "He returned two weeks ago.", [("two weeks ago", "DATE", "2011-06-01")]),
    ("en", "2011-06-15", "The plant closed three years ago.", [("three years ago", "DATE", "2008")]),
    ("en", "2011-06-15", "Prices will rise in two weeks.", [("in two weeks", "DATE", "2011-06-29")]),
    # calendar units: this, last, next
    ("fr", "2011-06-15", "Les profits ont baissé l'an dernier.", [("l'an dernier", "DATE", "2010")]),
    ("fr", "2011-06-15", "La loi entrera en vigueur l'année prochaine.", [("l'année prochaine", "DATE", "2012")]),
    ("fr", "2011-06-15", "Les prix ont augmenté ce mois-ci.", [("ce mois-ci", "DATE", "2011-06")]),
    ("fr", "2011-06-15", "Le sommet aura lieu la semaine prochaine.", [("la semaine prochaine", "DATE", "2011-W25")]),
    ("fr", "2011-06-15", "Il pleuvra ce week-end.", [("ce week-end", "DATE", "2011-W24-WE")]),
    ("fr", "2011-06-15", "Les ventes ont reculé le trimestre dernier.", [("le trimestre dernier", "DATE", "2011-Q1")]),
    ("en", "2011-06-15", "The election will be held next week.", [("next week", "DATE", "2011-W25")]),
    ("en", "2011-06-15", "Sales fell last month.", [("last month", "DATE", "2011-05")]),
    ("en", "2011-06-15", "The results are due next quarter.", [("next quarter", "DATE", "2011-Q3")]),
    ("en", "2011-06-15", "It was signed in December last year.", [("last year", "DATE", "2010")]),
]


@pytest.mark.parametrize("lang, dct, sentence, expected", CASES)
def test_relative_values(tag, lang, dct, sentence, expected) -> None:
    assert tag.family("relative", sentence, dct, lang) == expected


@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("fr", "Le 3 mai 2011, il est arrivé ; le lendemain, il est reparti.", ("le lendemain", "DATE", "2011-05-04")),
        ("en", "On May 3, 2011, he arrived. The next morning he left.", ("The next morning", "TIME", "2011-05-04TMO")),
        ("en", "In 2001 he was elected, and the following year he resigned.", ("the following year", "DATE", "2002")),
    ],
)
def test_anaphoric_expressions_follow_the_text(tag, lang, sentence, expected) -> None:
    assert tag.family("relative", sentence, "2011-06-15", lang) == [expected]


@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("fr", "Les athlètes se sont entraînés à la veille des Jeux.", ("la veille", "DATE", "2011-06-14")),
        ("en", "They met the day before the vote.", ("the day before", "DATE", "2011-06-14")),
    ],
)
def test_the_eve_of_an_undated_event_stays_off_the_timeline(tag, lang, sentence, expected) -> None:
    t = tag.one(sentence, "2011-06-15", lang)
    assert ((t.text, t.type, t.value), t.when, t.family) == (expected, None, "relative")


@pytest.mark.parametrize(
    "sentence",
    ["Le ministre a parlé hier.", "Il partira la semaine prochaine."],
)
def test_a_month_only_dct_keeps_day_expressions_at_its_month_uncertain(tag, sentence) -> None:
    t = tag.one(sentence, "2011-06")
    assert (t.value, t.when.precision, t.when.uncertain, t.family) == ("2011-06", Precision.MONTH, True, "relative")


def test_a_count_in_a_superlative_is_a_duration(tag) -> None:
    t = tag.one("It was the biggest fall in two years.", "2011-06-15", "en")
    assert (t.text, t.type, t.value, t.family) == ("two years", "DURATION", "P2Y", "durations")


# "aujourd'hui" / "today": the present in general, or the document's day (DCT 2011-06-15).
@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("fr", "Rien ne justifie aujourd'hui une hausse des impôts.", ("TIME", "PRESENT_REF")),
        ("fr", "Aujourd'hui, le quartier a changé de visage.", ("TIME", "PRESENT_REF")),
        ("fr", "Encore aujourd'hui, la digue tient bon.", ("TIME", "PRESENT_REF")),
        ("fr", "Le moulin tourne aujourd'hui encore.", ("TIME", "PRESENT_REF")),
        ("fr", "Le vote aura lieu aujourd'hui en mairie.", ("DATE", "2011-06-15")),
        ("fr", "Le préfet se rend aujourd'hui à Quimper.", ("DATE", "2011-06-15")),
        ("fr", "Aujourd'hui, le conseil votera le budget.", ("DATE", "2011-06-15")),
        ("en", "Even today, the bridge carries trains.", ("DATE", "PRESENT_REF")),
        ("en", "The company announced today that it would cut jobs.", ("DATE", "2011-06-15")),
    ],
)
def test_today_is_the_present_or_the_day(tag, lang, sentence, expected) -> None:
    t = tag.one(sentence, "2011-06-15", lang)
    assert ((t.type, t.value), t.family) == (expected, "relative")
    assert (t.when is None) == (expected[1] == "PRESENT_REF")


# Decades and centuries named from the DCT or from the year the text wrote.
@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("fr", "Ce siècle a connu deux crises.", ("Ce siècle", "DATE", "20XX")),
        ("fr", "Il a été construit au siècle dernier.", ("siècle dernier", "DATE", "19XX")),
        ("fr", "Cette décennie sera décisive.", ("Cette décennie", "DATE", "201X")),
        ("en", "This century began with a crash.", ("This century", "DATE", "20")),
        ("en", "It opened in 1990 and closed the following decade.", ("the following decade", "DATE", "200")),
    ],
)
def test_long_calendar_units(tag, lang, sentence, expected) -> None:
    assert tag.family("relative", sentence, "2011-06-15", lang) == [expected]

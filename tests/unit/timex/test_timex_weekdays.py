"""rules/weekdays.py: weekdays, anchored on the DCT or the latest explicit day, moved by the
modifier or the tense. The DCT of these sentences, 15 June 2011, was a Wednesday."""

from __future__ import annotations

import pytest

from tui.extract.model import Precision

# (language, document date, sentence, [(text, type, value)] resolved by rules/weekdays.py)
CASES = [
    ("fr", "2011-06-15", "Il est parti mardi.", [("mardi", "DATE", "2011-06-14")]),
    ("fr", "2011-06-15", "Il partira vendredi.", [("vendredi", "DATE", "2011-06-17")]),
    ("fr", "2011-06-15", "Il a appelé vendredi dernier.", [("vendredi dernier", "DATE", "2011-06-10")]),
    ("fr", "2011-06-15", "Les manifestants se sont réunis lundi soir.", [("lundi soir", "TIME", "2011-06-13TEV")]),
    # the second weekday of a span is the first such day after the first one
    ("fr", "2011-06-15", "Il a plu de vendredi à samedi.", [("vendredi", "DATE", "2011-06-10"), ("samedi", "DATE", "2011-06-11")]),
    # "le mardi 7": the 7th that is a Tuesday, in the month nearest the anchor
    ("fr", "2011-06-15", "La séance s'est tenue le mardi 7.", [("le mardi 7", "DATE", "2011-06-07")]),
    ("en", "2011-06-15", "He spoke on Monday.", [("Monday", "DATE", "2011-06-13")]),
    ("en", "2011-06-15", "He will speak on Monday.", [("Monday", "DATE", "2011-06-20")]),
    ("en", "2011-06-15", "He will visit next Friday.", [("next Friday", "DATE", "2011-06-17")]),
    ("en", "2011-06-15", "It rained from Friday to Sunday.", [("Friday", "DATE", "2011-06-10"), ("Sunday", "DATE", "2011-06-12")]),
]

# The direction of a bare weekday comes from the words around it (DCT: Wednesday 15 June 2011).
DIRECTION_CASES = [
    # future and conditional endings, "aura lieu", modals, "prévu", a subjunctive after "avant que"
    ("fr", "Le conseil se réunira jeudi à Rennes.", "2011-06-16"),
    ("fr", "La finale aura lieu samedi au stade.", "2011-06-18"),
    ("fr", "Selon son entourage, le ministre se rendrait lundi à Brest.", "2011-06-20"),
    ("fr", "Le maire doit présenter mardi son budget.", "2011-06-21"),
    ("fr", "La braderie est prévue dimanche sur le port.", "2011-06-19"),
    ("fr", "Il faut attendre avant que le jury soit réuni vendredi.", "2011-06-17"),
    # the future ending before the full stop still counts
    ("fr", "Le 2 juin, il est arrivé. Mardi, il repartira.", "2011-06-07"),
    # a present tense near the weekday: a plan
    ("fr", "Le conseil municipal se réunit jeudi en séance publique.", "2011-06-16"),
    ("fr", "Elle reçoit vendredi les représentants des pêcheurs.", "2011-06-17"),
    # past tenses: compound past, imperfect, a bare past auxiliary, "depuis"
    ("fr", "Le préfet a rencontré mardi les éleveurs.", "2011-06-14"),
    ("fr", "Les pompiers intervenaient lundi soir dans le quartier.", "2011-06-13TEV"),
    ("fr", "Le député était samedi au marché de Vannes.", "2011-06-11"),
    ("fr", "Le patient souffre depuis lundi d'une forte fièvre.", "2011-06-13"),
    # "ce" + weekday with no tense: this week's; with a tense, the tense decides
    ("fr", "Ce mardi, grand marché aux fleurs.", "2011-06-14"),
    ("fr", "Ce vendredi, grand marché aux fleurs.", "2011-06-17"),
    ("fr", "Ce vendredi, la police a interpellé deux hommes.", "2011-06-10"),
    ("en", "The council will meet Thursday in Leeds.", "2011-06-16"),
    ("en", "The Senate is due to vote on Friday.", "2011-06-17"),
    ("en", "The verdict is expected to come on Monday.", "2011-06-20"),
    ("en", "The ceremony is scheduled for Saturday.", "2011-06-18"),
    ("en", "The committee is meeting on Friday.", "2011-06-17"),
    ("en", "The mayor met union leaders on Tuesday.", "2011-06-14"),
    ("en", "The minister spoke on Monday.", "2011-06-13"),
    ("en", "Prices have been falling since Monday.", "2011-06-13"),
    ("en", "It opens on Saturday, the organisers say.", "2011-06-18"),
    ("en", "The board meets this Friday.", "2011-06-17"),
    ("en", "The shop closed this Monday.", "2011-06-13"),
]


@pytest.mark.parametrize("lang, dct, sentence, expected", CASES)
def test_weekday_values(tag, lang, dct, sentence, expected) -> None:
    assert tag.family("weekdays", sentence, dct, lang) == expected


@pytest.mark.parametrize("lang, sentence, value", DIRECTION_CASES)
def test_weekday_direction_from_the_sentence(tag, lang, sentence, value) -> None:
    found = [t for t in tag(sentence, "2011-06-15", lang) if t.family == "weekdays"]
    assert [t.value for t in found] == [value]


def test_a_name_is_no_weekday(tag) -> None:
    assert tag("The markets crashed on Black Monday.", "2011-06-15", "en") == []


def test_a_month_only_dct_keeps_a_weekday_at_its_month_uncertain(tag) -> None:
    t = tag.one("Il est parti mardi.", "2011-06")
    assert (t.value, t.when.precision, t.when.uncertain, t.family) == ("2011-06", Precision.MONTH, True, "weekdays")


def test_the_day_of_a_weekday_anchors_the_next_day(tag) -> None:
    found = tag("Il est arrivé mardi ; le lendemain, il a parlé.", "2011-06-15")
    assert [(t.text, t.value, t.family) for t in found] == [
        ("mardi", "2011-06-14", "weekdays"),
        ("le lendemain", "2011-06-15", "relative"),
    ]


@pytest.mark.parametrize("sentence", ["Le conseil se réunira jeudi.", "Le conseil se réunit ce jeudi.", "Il est parti mardi dernier."])
def test_a_month_only_dct_keeps_any_weekday_at_its_month_uncertain(tag, sentence) -> None:
    t = tag.one(sentence, "2021-11")
    assert (t.value, t.when.display(), t.family) == ("2021-11", "~2021-11", "weekdays")


def test_a_month_only_dct_with_a_written_day_anchors_the_weekday_on_it(tag) -> None:
    found = tag("Le 2 novembre, le jury a été désigné. Il se réunira jeudi.", "2021-11")
    assert [(t.value, t.when.uncertain) for t in found] == [("2021-11-02", False), ("2021-11-04", False)]


def test_a_plural_weekday_is_every_such_day(tag) -> None:
    t = tag.one("The museum is closed on Tuesdays.", "2011-06-15", "en")
    assert ((t.text, t.type, t.value), t.when, t.family) == (("Tuesdays", "SET", "XXXX-WXX-2"), None, "weekdays")

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


@pytest.mark.parametrize("lang, dct, sentence, expected", CASES)
def test_weekday_values(tag, lang, dct, sentence, expected) -> None:
    assert tag.family("weekdays", sentence, dct, lang) == expected


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

"""rules/clock.py: times of day on a named day (a date, a relative day, a weekday)."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.model import Precision

# (language, document date, sentence, [(text, type, value)] resolved by rules/clock.py)
CASES = [
    ("fr", "2011-06-15", "Il est arrivé hier à 8 h.", [("hier à 8 h", "TIME", "2011-06-14T08:00")]),
    ("fr", "2011-06-15", "Il a parlé mardi à 14 h.", [("mardi à 14 h", "TIME", "2011-06-14T14:00")]),
    ("fr", "2011-06-15", "Il a été vu ce matin à 7 h.", [("ce matin à 7 h", "TIME", "2011-06-15T07:00")]),
    ("fr", "2011-06-15", "Le séisme s'est produit ce matin à 7h44 UTC.", [("ce matin à 7h44 UTC", "TIME", "2011-06-15T07:44Z")]),
    # the time first
    ("fr", "2011-06-15", "Les secours sont arrivés vers 15 h 30, hier.", [("vers 15 h 30, hier", "TIME", "2011-06-14T15:30")]),
    ("fr", "2011-06-15", "Le vote aura lieu à 20 h mardi.", [("20 h mardi", "TIME", "2011-06-21T20:00")]),
    ("en", "2011-06-15", "He was arrested yesterday at 10:30 am.", [("yesterday at 10:30 am", "TIME", "2011-06-14T10:30")]),
    ("en", "2011-06-15", "The shop opens tomorrow at 9 am.", [("tomorrow at 9 am", "TIME", "2011-06-16T09:00")]),
    ("en", "2011-06-15", "The vote closed on Monday at 8 pm.", [("Monday at 8 pm", "TIME", "2011-06-13T20:00")]),
    ("en", "2011-06-15", "The meeting ended on Monday at 12 a.m.", [("Monday at 12 a.m.", "TIME", "2011-06-13T00:00")]),
    ("en", "2011-06-15", "The quake struck at 10:30 GMT yesterday.", [("10:30 GMT yesterday", "TIME", "2011-06-14T10:30Z")]),
    # a month and day after the time give its day
    ("en", "2011-06-15", "The quake struck at 14:30 GMT, May 3.", [("14:30 GMT", "TIME", "2011-05-03T14:30Z")]),
]


@pytest.mark.parametrize("lang, dct, sentence, expected", CASES)
def test_clock_values(tag, lang, dct, sentence, expected) -> None:
    assert tag.family("clock", sentence, dct, lang) == expected


def test_a_clock_time_is_placed_on_its_day(tag) -> None:
    t = tag.one("Il est arrivé hier à 8 h.", "2011-06-15")
    assert (t.when.first, t.when.last, t.when.precision, t.when.label) == (
        dt.date(2011, 6, 14), dt.date(2011, 6, 14), Precision.TIME, "2011-06-14T08:00"
    )


def test_a_month_only_dct_leaves_the_day_to_the_day_rules(tag) -> None:
    day, time = tag("Il est arrivé hier à 8 h.", "2011-06")
    assert (day.text, day.value, day.when.uncertain, day.family) == ("hier", "2011-06", True, "relative")
    # The time alone has no day to be placed on.
    assert (time.text, time.value, time.when, time.family) == ("8 h", "XXXX-XX-XXT08:00", None, "clock")


def test_a_time_on_a_relative_day_anchors_what_follows(tag) -> None:
    found = tag("Il est arrivé hier à 8 h ; le lendemain, il est reparti.", "2011-06-15")
    assert [(t.text, t.value, t.family) for t in found] == [
        ("hier à 8 h", "2011-06-14T08:00", "clock"),
        ("le lendemain", "2011-06-15", "relative"),
    ]


def test_an_hour_after_a_clock_cue_is_no_duration(tag) -> None:
    assert tag.family("clock", "Le rendez-vous est fixé à 19 heures.", "2011-06-15") == [
        ("19 heures", "TIME", "2011-06-15T19:00")
    ]
    assert tag.family("durations", "Le rendez-vous est fixé à 19 heures.", "2011-06-15") == []

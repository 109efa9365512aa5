"""rules/ranges.py: ranges, two points as TimeML tags them ("du [3] au [5 mai 2011]", "between
[April] and [June]"): the first is resolved with the second and spans the range, the second is a
date of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.model import Precision

# (language, document date, sentence, [(text, type, value)] resolved by rules/ranges.py)
CASES = [
    ("fr", "2011-06-15", "Le sommet se tiendra du 3 au 5 mai 2011.", [("3", "DATE", "2011-05-03")]),
    ("fr", "2011-06-15", "Il a dirigé le pays de 2001 à 2004.", [("2001", "DATE", "2001"), ("2004", "DATE", "2004")]),
    ("fr", "2011-06-15", "Les fouilles ont duré entre mars et juin 2011.", [("mars", "DATE", "2011-03")]),
    # no year: the second month's, and the first month is the year before when it comes later
    ("fr", "2011-06-15", "Il a gelé de décembre à février.", [("décembre", "DATE", "2010-12")]),
    ("en", "2011-06-15", "The exhibition runs from March to May 2011.", [("March", "DATE", "2011-03")]),
    ("en", "2011-06-15", "Prices last fell between August and September of 2007.", [("August", "DATE", "2007-08")]),
    ("en", "2011-06-15", "He served between 2001 and 2004.", [("2001", "DATE", "2001"), ("2004", "DATE", "2004")]),
    ("en", "2011-06-15", "The festival ran from May 3 to May 5, 2011.", [("May 3", "DATE", "2011-05-03")]),
    # a bare second day: one expression, in the first day's month
    ("en", "2011-06-15", "The fair ran from March 3 to 7, 2010.", [("March 3 to 7, 2010", "DATE", "2010-03-03")]),]


@pytest.mark.parametrize("lang, dct, sentence, expected", CASES)
def test_range_values(tag, lang, dct, sentence, expected) -> None:
    assert tag.family("ranges", sentence, dct, lang) == expected


@pytest.mark.parametrize(
    "lang, sentence, label, first, last",
    [
        ("fr", "Le sommet se tiendra du 3 au 5 mai 2011.", "2011-05-03/2011-05-05", dt.date(2011, 5, 3), dt.date(2011, 5, 5)),
        ("fr", "Il a dirigé le pays de 2001 à 2004.", "2001/2004", dt.date(2001, 1, 1), dt.date(2004, 12, 31)),
        ("fr", "Il a gelé de décembre à février.", "2010-12/2011-02", dt.date(2010, 12, 1), dt.date(2011, 2, 28)),
    ],
)
def test_a_range_spans_both_ends(tag, lang, sentence, label, first, last) -> None:
    t = tag(sentence, "2011-06-15", lang)[0]
    assert (t.when.label, t.when.first, t.when.last, t.when.precision) == (label, first, last, Precision.RANGE)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the end before the start: no range, the second date alone
        ("La conférence a eu lieu du 12 au 10 mai.", [("10 mai", "2011-05-10", "calendar")]),
        # more than a century: no range
        ("He lived there from 1990 to 2200.", [("1990", "1990", "calendar")]),
    ],
)
def test_backward_or_too_long_spans_are_no_ranges(tag, sentence, expected) -> None:
    lang = "fr" if "mai" in sentence else "en"
    assert [(t.text, t.value, t.family) for t in tag(sentence, "2011-06-15", lang)] == expected


def test_the_last_day_of_a_range_anchors_what_follows(tag) -> None:
    found = tag("Le festival s'est tenu du 3 au 5 mai 2011 ; le lendemain, la ville a fait le bilan.", "2011-06-15")
    assert [(t.text, t.value, t.family) for t in found] == [
        ("3", "2011-05-03", "ranges"),
        ("5 mai 2011", "2011-05-05", "calendar"),
        ("le lendemain", "2011-05-06", "relative"),
    ]


def test_a_french_range_is_two_points(tag) -> None:
    found = tag("Le salon se tiendra du 28 avril au 4 mai, puis de 2014 à 2016.", "2013-03-14")
    assert [(t.text, t.value) for t in found] == [
        ("28 avril", "2013-04-28"), ("4 mai", "2013-05-04"), ("2014", "2014"), ("2016", "2016")
    ]
    # the first point is placed on the whole range, the second on nothing: one range on the timeline
    assert [t.when.label if t.when else None for t in found] == ["2013-04-28/2013-05-04", None, "2014/2016", None]
    # a hyphen joins two years into one token: one expression
    assert [(t.text, t.value) for t in tag("Le plan 2014-2016 a été adopté.", "2013-03-14")] == [("2014-2016", "2014")]

"""rules/calendar.py: days, months and years written out, and the weeks of a month."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.model import Precision

# (language, document date, sentence, [(text, type, value)] resolved by rules/calendar.py)
CASES = [
    ("fr", "2011-06-15", "Le sommet s'est tenu le 3 mai 2011 à Paris.", [("le 3 mai 2011", "DATE", "2011-05-03")]),
    ("fr", "2011-06-15", "Le 1er janvier 2012 marquera un tournant.", [("Le 1er janvier 2012", "DATE", "2012-01-01")]),
    ("fr", "2011-06-15", "Il est arrivé en mars.", [("mars", "DATE", "2011-03")]),
    ("fr", "2011-06-15", "Le vote aura lieu le 6 juillet.", [("le 6 juillet", "DATE", "2011-07-06")]),
    # no year: the one nearest the DCT, looking back by default
    ("fr", "2011-01-10", "Il a démissionné le 20 décembre.", [("le 20 décembre", "DATE", "2010-12-20")]),
    # "dernier" / "prochain": strictly before / after the DCT
    ("fr", "2011-06-15", "Il l'a annoncé le 6 mai dernier.", [("le 6 mai dernier", "DATE", "2011-05-06")]),
    ("fr", "2011-06-15", "Il l'a annoncé le 20 juin dernier.", [("le 20 juin dernier", "DATE", "2010-06-20")]),
    ("fr", "2011-06-15", "Elle reviendra le 2 juin prochain.", [("le 2 juin prochain", "DATE", "2012-06-02")]),
    ("fr", "2011-06-15", "Il a démissionné en juin dernier.", [("juin dernier", "DATE", "2010-06")]),
    ("fr", "2011-06-15", "Il reviendra en juin prochain.", [("juin prochain", "DATE", "2012-06")]),
    # the weekday picks the year in which it fits: 12 March 2014 was a Wednesday
    ("fr", "2015-01-10", "La réunion a eu lieu mercredi 12 mars.", [("mercredi 12 mars", "DATE", "2014-03-12")]),
    # a two-digit year after a month: a capital (a name) or punctuation after it
    ("fr", "2011-06-15", "Les souvenirs de Mai 68 restent vifs.", [("Mai 68", "DATE", "1968-05")]),
    ("fr", "2011-06-15", "Il est né en octobre 98.", [("octobre 98", "DATE", "1998-10")]),
    ("fr", "2011-06-15", "En 2009, la crise a frappé.", [("2009", "DATE", "2009")]),
    ("fr", "2011-06-15", "Ils ont voté la loi de 1905 sur la laïcité.", [("1905", "DATE", "1905")]),
    # a month after a year in the same sentence takes that year
    ("fr", "2011-06-15", "En 1997, en janvier, il a déménagé.", [("1997", "DATE", "1997"), ("janvier", "DATE", "1997-01")]),
    ("fr", "2011-06-15", "Il partira la première semaine de mai.", [("la première semaine de mai", "DATE", "2011-W18")]),
    ("en", "2011-06-15", "The company was founded on May 3, 2011.", [("May 3, 2011", "DATE", "2011-05-03")]),
    ("en", "2011-06-15", "Results were published on 21st May 2011.", [("21st May 2011", "DATE", "2011-05-21")]),
    ("en", "2011-06-15", "He resigned in March.", [("March", "DATE", "2011-03")]),
    ("en", "2011-06-15", "She will return on July 6.", [("July 6", "DATE", "2011-07-06")]),
    ("en", "2011-06-15", "The talks ended in 1999, officials said.", [("1999", "DATE", "1999")]),
    ("en", "2011-06-15", "It was the last week of March.", [("the last week of March", "DATE", "2011-W13")]),
]


@pytest.mark.parametrize("lang, dct, sentence, expected", CASES)
def test_calendar_values(tag, lang, dct, sentence, expected) -> None:
    assert tag.family("calendar", sentence, dct, lang) == expected


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("fr", "Une foule de 2000 personnes."),  # a number, not a year
        ("en", "The company may lose money."),  # the verb, not the month
    ],
)
def test_numbers_and_words_that_are_no_dates(tag, lang, sentence) -> None:
    assert tag(sentence, "2011-06-15", lang) == []


def test_a_day_is_placed_on_the_timeline(tag) -> None:
    t = tag.one("Le sommet s'est tenu le 3 mai 2011 à Paris.", "2011-06-15")
    assert (t.when.first, t.when.last, t.when.precision) == (dt.date(2011, 5, 3), dt.date(2011, 5, 3), Precision.DAY)


def test_a_month_spans_its_days(tag) -> None:
    t = tag.one("Il est arrivé en février 2012.", "2011-06-15")
    assert (t.value, t.when.first, t.when.last, t.when.precision) == (
        "2012-02", dt.date(2012, 2, 1), dt.date(2012, 2, 29), Precision.MONTH
    )


def test_a_year_spans_its_days(tag) -> None:
    t = tag.one("The talks ended in 1999, officials said.", "2011-06-15", "en")
    assert (t.when.first, t.when.last, t.when.precision) == (dt.date(1999, 1, 1), dt.date(1999, 12, 31), Precision.YEAR)


def test_a_week_of_a_month_is_an_iso_week(tag) -> None:
    t = tag.one("It was the last week of March.", "2011-06-15", "en")
    assert (t.when.first, t.when.last, t.when.precision) == (dt.date(2011, 3, 28), dt.date(2011, 4, 3), Precision.WEEK)


def test_a_written_day_anchors_the_weekday_after_it(tag) -> None:
    # 10 June 2011 was a Friday: "mardi" in a past sentence is the Tuesday before it
    found = tag("Le 10 juin 2011, il a annoncé sa candidature ; mardi, il avait hésité.", "2011-06-15")
    assert [(t.text, t.value, t.family) for t in found] == [
        ("Le 10 juin 2011", "2011-06-10", "calendar"),
        ("mardi", "2011-06-07", "weekdays"),
    ]


# Years: two-digit years where no count can be, fiscal years, "since '82".
YEAR_CASES = [
    ("fr", "Le 3 mai 97, la digue a cédé.", [("Le 3 mai 97", "DATE", "1997-05-03")]),
    ("fr", "La mairie a été inaugurée le 12 juin 98 à Lorient.", [("le 12 juin 98", "DATE", "1998-06-12")]),
    ("fr", "Le bénéfice de l'exercice 2008 a doublé.", [("l'exercice 2008", "DATE", "FY2008")]),
    ("en", "Profit rose 4% in fiscal 2008.", [("fiscal 2008", "DATE", "FY2008")]),
    ("en", "Revenue for FY2009 fell.", [("FY2009", "DATE", "FY2009")]),
    ("en", "Its FY '09 results were weak.", [("FY '09", "DATE", "FY2009")]),
    ("en", "The index is at its lowest since '82.", [("'82", "DATE", "1982")]),
    ("en", "Sales fell in the 2008 fiscal year.", [("the 2008 fiscal year", "DATE", "FY2008")]),
]


@pytest.mark.parametrize("lang, sentence, expected", YEAR_CASES)
def test_year_values(tag, lang, sentence, expected) -> None:
    assert tag.family("calendar", sentence, "2011-06-15", lang) == expected


@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("fr", "Le 3 mai 97 élèves ont défilé.", [("Le 3 mai", "DATE", "2011-05-03")]),  # a count after the month
        ("fr", "Il a obtenu 97 % des voix.", []),
        ("fr", "Le club a gagné 2004 matchs.", []),
        ("en", "The firm fired 2004 employees.", []),
        ("en", "They won 97 % of the vote.", []),
        ("en", "The team won 21-14 in 97 minutes of play.", []),
    ],
)
def test_amounts_and_scores_are_no_years(tag, lang, sentence, expected) -> None:
    assert tag.family("calendar", sentence, "2011-06-15", lang) == expected


def test_a_fiscal_year_sits_on_its_calendar_year(tag) -> None:
    t = tag.one("Profit rose in fiscal 2008.", "2011-06-15", "en")
    assert (t.when.first, t.when.last, t.when.precision) == (dt.date(2008, 1, 1), dt.date(2008, 12, 31), Precision.YEAR)

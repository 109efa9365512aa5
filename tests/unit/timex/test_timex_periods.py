"""rules/periods.py: seasons, quarters, decades and centuries."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.model import Precision

# (language, document date, sentence, [(text, type, value)] resolved by rules/periods.py)
CASES = [
    ("fr", "2011-06-15", "Le festival aura lieu à l'été 2012.", [("l'été 2012", "DATE", "2012-SU")]),
    # the season of the DCT's year; "dernier"/"prochain": the latest before, the first after
    ("fr", "2011-06-15", "Les travaux commenceront cet automne.", [("cet automne", "DATE", "2011-FA")]),
    ("fr", "2011-06-15", "Il a beaucoup neigé l'hiver dernier.", [("l'hiver dernier", "DATE", "2010-WI")]),
    ("fr", "2011-06-15", "Au printemps prochain, la loi sera votée.", [("printemps prochain", "DATE", "2012-SP")]),
    # a capital at the start of a line is no name's
    ("fr", "2011-06-15", "Printemps 2012 : la campagne commence.", [("Printemps 2012", "DATE", "2012-SP")]),
    ("fr", "2011-06-15", "Les ventes ont chuté au troisième trimestre 2010.", [("troisième trimestre 2010", "DATE", "2010-Q3")]),
    ("fr", "2011-06-15", "Le chômage a augmenté dans les années 1990.", [("les années 1990", "DATE", "199X")]),
    ("fr", "2011-06-15", "Il évoque le chômage des années 1930.", [("années 1930", "DATE", "193X")]),
    ("fr", "2011-06-15", "C'était l'un des peintres majeurs du XXe siècle.", [("XXe siècle", "DATE", "19XX")]),
    ("fr", "2011-06-15", "Il est né au XIXe siècle.", [("XIXe siècle", "DATE", "18XX")]),
    ("en", "2011-06-15", "It snowed heavily last winter.", [("last winter", "DATE", "2010-WI")]),
    ("en", "2011-06-15", "The festival will be held in the summer of 2012.", [("the summer of 2012", "DATE", "2012-SU")]),
    ("en", "2011-06-15", "Sales fell in the third quarter of 2010.", [("the third quarter of 2010", "DATE", "2010-Q3")]),
    # a later quarter in a past sentence, said in March, is last year's; said in August, to come
    ("en", "2011-03-10", "The company lost money in the fourth quarter.", [("the fourth quarter", "DATE", "2010-Q4")]),
    ("en", "2011-08-10", "The company expects to earn more in the fourth quarter.", [("the fourth quarter", "DATE", "2011-Q4")]),
    ("en", "2011-06-15", "Inflation was high in the 1980s.", [("the 1980s", "DATE", "198")]),
    ("en", "2011-06-15", "Prices rose in the '90s.", [("the '90s", "DATE", "199")]),
    ("en", "2011-06-15", "It was built in the 19th century.", [("the 19th century", "DATE", "18")]),
]


@pytest.mark.parametrize("lang, dct, sentence, expected", CASES)
def test_period_values(tag, lang, dct, sentence, expected) -> None:
    assert tag.family("periods", sentence, dct, lang) == expected


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("fr", "Le printemps arabe a commencé en Tunisie."),  # a name
        ("fr", "Le Printemps de Bourges commence."),  # a name
        ("en", "A man in his 40s was arrested."),  # an age
    ],
)
def test_names_and_ages_are_no_periods(tag, lang, sentence) -> None:
    assert tag(sentence, "2011-06-15", lang) == []


def test_a_winter_runs_into_the_next_year(tag) -> None:
    t = tag.one("Il a beaucoup neigé l'hiver dernier.", "2011-06-15")
    assert (t.when.first, t.when.last, t.when.precision) == (dt.date(2010, 12, 1), dt.date(2011, 2, 28), Precision.SEASON)


def test_a_quarter_spans_three_months(tag) -> None:
    t = tag.one("Sales fell in the third quarter of 2010.", "2011-06-15", "en")
    assert (t.when.first, t.when.last, t.when.precision) == (dt.date(2010, 7, 1), dt.date(2010, 9, 30), Precision.QUARTER)


def test_decades_and_centuries_keep_a_label_with_x(tag) -> None:
    decade = tag.one("Inflation was high in the 1980s.", "2011-06-15", "en")
    century = tag.one("Il est né au XIXe siècle.", "2011-06-15")
    assert (decade.when.label, decade.when.first, decade.when.last, decade.when.precision) == (
        "198X", dt.date(1980, 1, 1), dt.date(1989, 12, 31), Precision.DECADE
    )
    assert (century.when.label, century.when.first, century.when.last, century.when.precision) == (
        "18XX", dt.date(1800, 1, 1), dt.date(1899, 12, 31), Precision.CENTURY
    )


def test_decades_and_centuries_display_as_people_write_them(tag) -> None:
    decade = tag.one("Inflation was high in the 1980s.", "2011-06-15", "en").when
    century = tag.one("Il est né au XIXe siècle.", "2011-06-15").when
    assert (decade.display(), decade.display("fr")) == ("1980s", "années 1980")
    assert (century.display(), century.display("fr")) == ("19th century", "XIXe siècle")
    assert century.display("de") == "19th century"  # any other language reads as English


@pytest.mark.parametrize(
    "label, english, french",
    [("00XX", "1st century", "Ier siècle"), ("01XX", "2nd century", "IIe siècle"), ("02XX", "3rd century", "IIIe siècle"),
     ("03XX", "4th century", "IVe siècle"), ("10XX", "11th century", "XIe siècle"), ("11XX", "12th century", "XIIe siècle"),
     ("12XX", "13th century", "XIIIe siècle"), ("14XX", "15th century", "XVe siècle"), ("20XX", "21st century", "XXIe siècle")],
)
def test_every_century_has_its_ordinal(label, english, french) -> None:
    from tui.extract.model import When

    number = int(label[:2])
    when = When(dt.date(max(number * 100, 1), 1, 1), dt.date(number * 100 + 99, 12, 31), Precision.CENTURY, label)
    assert (when.display(), when.display("fr")) == (english, french)


def test_other_dates_display_their_label_and_uncertainty_shows() -> None:
    from tui.extract.model import When

    decade = When(dt.date(1990, 1, 1), dt.date(1999, 12, 31), Precision.DECADE, "199X", uncertain=True)
    assert (decade.display(), decade.display("fr")) == ("~1990s", "~années 1990")
    years = When(dt.date(2011, 1, 1), dt.date(2012, 12, 31), Precision.RANGE, "2011/2012")
    assert years.display() == years.display("fr") == "2011–2012"
    month = When(dt.date(2021, 11, 1), dt.date(2021, 11, 30), Precision.MONTH, "2021-11", uncertain=True)
    assert month.display("fr") == "~2021-11"


# Seasons with no year: any year's in a habitual present (no place on the timeline); dated in a
# past or a future sentence (DCT 15 June 2011).
@pytest.mark.parametrize(
    "lang, sentence, value",
    [
        ("fr", "En hiver, le col reste souvent fermé.", "XXXX-WI"),
        ("fr", "L'été, les plages sont souvent bondées.", "XXXX-SU"),
        ("en", "In winter the lake freezes.", "XXXX-WI"),
        ("en", "In the summer, tourists usually flock to the coast.", "XXXX-SU"),
        ("fr", "En hiver, la neige a bloqué le col.", "2011-WI"),
        ("fr", "Les travaux se feront au printemps.", "2012-SP"),  # spring 2011 is over
        ("fr", "Cet été, la plage sera surveillée.", "2011-SU"),
        ("en", "The plant will reopen in the spring.", "2012-SP"),
        ("en", "The summer was hot.", "2011-SU"),
    ],
)
def test_generic_and_dated_seasons(tag, lang, sentence, value) -> None:
    t = tag.one(sentence, "2011-06-15", lang)
    assert (t.value, t.family) == (value, "periods")
    assert (t.when is None) == value.startswith("XXXX")

"""rules/common.py: reading the words of a match and choosing the year of a partial date."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.timex.language import language_data
from tui.extract.timex.rules import common

FR = language_data("fr")
EN = language_data("en")


@pytest.mark.parametrize(
    "lang, raw, expected",
    [
        (FR, "12", 12.0),
        (FR, "1,5", 1.5),
        (EN, "1,500", 1500.0),
        (FR, "2 000", 2000.0),
        (FR, "trois", 3.0),
        (FR, "vingt et un", 21.0),
        (FR, "vingt-deux", 22.0),
        (FR, "deux mille", 2000.0),
        (EN, "twenty-one", 21.0),
        (EN, "three hundred", 300.0),
        (EN, "a", 1.0),
        (FR, "dizaines", None),
        (FR, None, None),
    ],
)
def test_number(lang, raw, expected) -> None:
    assert common.number(lang, raw) == expected


def test_approx_number() -> None:
    assert common.approx_number(FR, "une dizaine d'") == 10.0
    assert common.approx_number(FR, "une vingtaine de ") == 20.0
    assert common.approx_number(FR, "trois") is None
    assert common.approx_number(FR, None) is None


@pytest.mark.parametrize(
    "lang, word, expected",
    [(FR, "dernier", "past"), (FR, "prochaine", "future"), (EN, "last", "past"), (EN, "next", "future"), (EN, "this", None), (EN, None, None)],
)
def test_direction(lang, word, expected) -> None:
    assert common.direction(lang, word) == expected


@pytest.mark.parametrize(
    "lang, word, expected",
    [(FR, "ans", "Y"), (FR, "Semaines", "W"), (FR, "heures", "H"), (EN, "months", "M"), (EN, "minutes", "MIN"), (EN, "apples", None)],
)
def test_unit(lang, word, expected) -> None:
    assert common.unit(lang, word) == expected


@pytest.mark.parametrize("raw, expected", [("2011", 2011), ("98", 1998), ("41", 1941), ("40", 2040), ("05", 2005)])
def test_year_of(raw, expected) -> None:
    assert common.year_of(raw) == expected


@pytest.mark.parametrize(
    "lang, raw, expected",
    [(FR, "3", 3), (FR, "1er", 1), (FR, "premier", 1), (EN, "21st", 21), (EN, "first", 1), (FR, None, None)],
)
def test_day_of(lang, raw, expected) -> None:
    assert common.day_of(lang, raw) == expected


def test_month_of_reads_a_word_or_a_number() -> None:
    groups = {"m": "Mai"}
    assert common.month_of(FR, groups.get) == 5
    assert common.month_of(EN, {"m": "Sept."}.get) == 9
    assert common.month_of(FR, {"mn": "11"}.get) == 11
    assert common.month_of(FR, {}.get) is None


@pytest.mark.parametrize(
    "dct, month, day, tense, expected",
    [
        # nearest the DCT, the past window by default
        (DocDate(2011, 1, 10), 12, 20, None, 2010),
        (DocDate(2011, 6, 15), 7, 6, None, 2011),
        (DocDate(2011, 6, 15), 10, None, None, 2011),
        (DocDate(2011, 6, 15), 12, None, None, 2010),  # December 2011 is half a year ahead: too far without a tense
        (DocDate(2011, 6, 15), 12, None, "future", 2011),
        (DocDate(2011, 6, 15), 11, None, None, 2011),  # neither year fits the window: the DCT's
        (DocDate(2011, 6, 15), 9, None, "past", 2011),  # 3 months ahead is still in the past window
        (DocDate(2011, 6, 15), 12, None, "past", 2010),
        # a month-only DCT: its own month is its year's
        (DocDate(2011, 6), 6, None, "past", 2011),
    ],
)
def test_resolve_year(dct, month, day, tense, expected) -> None:
    assert common.resolve_year(dct, month, day, tense) == expected

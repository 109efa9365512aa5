"""Dates as a user types them to jump to or to filter by (tui.extract.date_query)."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.date_query import DateRange, parse_date, parse_date_range
from tui.extract.model import Precision

TODAY = dt.date(2026, 12, 6)
D = dt.date


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("2014", D(2014, 1, 1), D(2014, 12, 31), Precision.YEAR),
        ("2021-06", D(2021, 6, 1), D(2021, 6, 30), Precision.MONTH),
        ("2021-6", D(2021, 6, 1), D(2021, 6, 30), Precision.MONTH),
        ("2021-06-03", D(2021, 6, 3), D(2021, 6, 3), Precision.DAY),
        ("2021-Q3", D(2021, 7, 1), D(2021, 9, 30), Precision.QUARTER),
        ("juin 2021", D(2021, 6, 1), D(2021, 6, 30), Precision.MONTH),
        ("March 2025", D(2025, 3, 1), D(2025, 3, 31), Precision.MONTH),
        ("12 mars 2025", D(2025, 3, 12), D(2025, 3, 12), Precision.DAY),
        ("  June 3, 2021 ", D(2021, 6, 3), D(2021, 6, 3), Precision.DAY),
        ("l'été 2019", D(2019, 6, 1), D(2019, 8, 31), Precision.SEASON),
        ("hier", D(2026, 12, 5), D(2026, 12, 5), Precision.DAY),
    ],
)
def test_one_date_as_people_write_it(text, first, last, precision):
    when = parse_date(text, TODAY)
    assert when is not None and (when.first, when.last, when.precision) == (first, last, precision)


@pytest.mark.parametrize("text", ["", "   ", "Russie", "2021-13", "2021-02-30", "le président a parlé en 2014 à Paris de tout"])
def test_what_is_not_one_date(text):
    assert parse_date(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2014", DateRange(D(2014, 1, 1), D(2014, 12, 31))),
        ("2021-06..2021-09", DateRange(D(2021, 6, 1), D(2021, 9, 30))),
        ("June 2021 to March 2022", DateRange(D(2021, 6, 1), D(2022, 3, 31))),
        ("de juin à septembre 2021", DateRange(D(2021, 6, 1), D(2021, 9, 30))),
        ("mars 2020 au 12 avril 2021", DateRange(D(2020, 3, 1), D(2021, 4, 12))),
        ("2014..", DateRange(D(2014, 1, 1), None)),
        ("..2015-06", DateRange(None, D(2015, 6, 30))),
        ("2012 – 2014", DateRange(D(2012, 1, 1), D(2014, 12, 31))),
    ],
)
def test_ranges(text, expected):
    assert parse_date_range(text, TODAY) == expected


@pytest.mark.parametrize("text", ["..", "2015..2014", "Russie..2014", "2014..n'importe quoi"])
def test_what_is_not_a_range(text):
    assert parse_date_range(text, TODAY) is None

"""Building :class:`When` values: a day interval at a precision, with its ISO label."""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

from tui.extract.model import Precision, When

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def month_last(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


# When is immutable: a day, month or year named again and again (a whole article can be dates)
# shares one value and its label instead of holding a copy per mention.
@lru_cache(maxsize=1 << 12)
def when_day(day: dt.date, uncertain: bool = False) -> When:
    return When(day, day, Precision.DAY, day.isoformat(), uncertain)


def when_time(day: dt.date, part: str) -> When:
    return When(day, day, Precision.TIME, f"{day.isoformat()}T{part}")


@lru_cache(maxsize=1 << 12)
def when_month(year: int, month: int, uncertain: bool = False) -> When:
    first = dt.date(year, month, 1)
    last = dt.date(year, month, month_last(year, month))
    return When(first, last, Precision.MONTH, f"{year:04d}-{month:02d}", uncertain)


@lru_cache(maxsize=1 << 12)
def when_year(year: int) -> When:
    return When(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR, f"{year:04d}")


def when_week(day: dt.date) -> When:
    iso_year, iso_week, iso_day = day.isocalendar()
    monday = day - dt.timedelta(days=iso_day - 1)
    return When(monday, monday + dt.timedelta(days=6), Precision.WEEK, f"{iso_year:04d}-W{iso_week:02d}")


def when_half(year: int, half: int) -> When:
    """The first or second half of ``year`` (2011-H1), placed at a quarter's precision (the
    nearest the timeline has)."""
    first = dt.date(year, 6 * half - 5, 1)
    last = dt.date(year, 6 * half, month_last(year, 6 * half))
    return When(first, last, Precision.QUARTER, f"{year:04d}-H{half}")


def when_quarter(year: int, quarter: int) -> When:
    first = dt.date(year, 3 * quarter - 2, 1)
    last_month = 3 * quarter
    last = dt.date(year, last_month, month_last(year, last_month))
    return When(first, last, Precision.QUARTER, f"{year:04d}-Q{quarter}")


def when_season(year: int, season: str) -> When:
    start, end = SEASON_MONTHS[season]
    end_year = year + 1 if end < start else year
    first = dt.date(year, start, 1)
    last = dt.date(end_year, end, month_last(end_year, end))
    return When(first, last, Precision.SEASON, f"{year:04d}-{season}")


def when_range(a: When, b: When) -> When:
    return When(a.first, b.last, Precision.RANGE, f"{a.label}/{b.label}", a.uncertain or b.uncertain)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    if not 1 <= day <= month_last(year, month):
        return None
    return dt.date(year, month, day)



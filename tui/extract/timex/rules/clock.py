"""Clock times: "à 19 h 30", "hier à 8 h", "mardi à 14 h", "le 3 mai à 10 h", "at 3 p.m. GMT".

Parts of the day ("hier soir", "Monday morning") are not clock times: the relative-day and
weekday rules give them, through :meth:`Context.placed_day`.
"""

from __future__ import annotations

import datetime as dt

from tui.extract.model import Precision, TimexType, When
from tui.extract.timex.context import Context, Groups, Result
from tui.extract.timex.language import fold
from tui.extract.timex.rules.common import day_of, resolve_year
from tui.extract.timex.rules.weekdays import weekday_date
from tui.extract.timex.when import safe_date


def clock(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """A time on the day the expression names (a date, a relative day, "ce matin", a weekday),
    else on the latest day placed or the DCT."""
    day = _day(ctx, g, start, end)
    if day is None:
        return None
    hour, minute = int(g("hh") or 0), int(g("mm") or 0)
    meridian = fold(g("ap") or "")[:1]
    if meridian == "p" and hour < 12:
        hour += 12
    elif meridian == "a" and hour == 12:
        hour = 0
    zone = "Z" if fold(g("tz") or "") in ("utc", "gmt", "z") else ""
    value = f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}"
    return TimexType.TIME, value, When(day, day, Precision.TIME, value)


def _day(ctx: Context, g: Groups, start: int, end: int) -> dt.date | None:
    """The day of a clock time (a relative day or a weekday becomes the latest day placed)."""
    day = ctx.last_day or ctx.dct_day
    month = ctx.lang.months.get(fold(g("m") or ""))
    if (g("rd") is not None or g("wd") is not None or g("cp") is not None) and ctx.dct_day is None:
        return None  # a month-only DCT: the day rules place it (uncertain)
    if month is not None and day_of(ctx.lang, g("d")) is not None:
        number = day_of(ctx.lang, g("d")) or 1
        day = safe_date(resolve_year(ctx.dct, month, number, None), month, number) or day
    elif g("rd") is not None and ctx.dct_day is not None:
        day = ctx.dct_day + dt.timedelta(days=ctx.lang.relative_days.get(fold(g("rd") or ""), 0))
        ctx.last_day = day
    elif g("cp") is not None:  # "ce matin à 7 h"
        day = ctx.dct_day
    elif g("wd") is not None:
        weekday = ctx.lang.weekdays.get(fold(g("wd") or ""))
        day = weekday_date(ctx, weekday, g("mod"), start, end) if weekday is not None else day
        ctx.last_day = day
    return day

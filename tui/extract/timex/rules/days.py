"""The day a time or a part of the day names: "le 12 mars (à 14 h)", "hier (soir)", "mardi (vers
20 h)", "le lendemain (en fin de matinée)", "ce (matin)"; else the latest day placed or the DCT."""

from __future__ import annotations

import datetime as dt

from tui.extract.timex.context import Context, Groups
from tui.extract.timex.language import fold
from tui.extract.timex.rules.common import day_of, year_by_tense, year_of
from tui.extract.timex.rules.weekdays import weekday_date
from tui.extract.timex.when import safe_date


def named_day(ctx: Context, g: Groups, start: int, end: int) -> dt.date | None:
    """The day of a clock time: the date, relative day, weekday or "le lendemain" it names (then
    the latest day placed), else the latest day placed or the DCT."""
    month = ctx.lang.months.get(fold(g("m") or ""))
    number_ = day_of(ctx.lang, g("d"))
    if month is not None and number_ is not None:
        year = year_of(g("y")) if g("y") else year_by_tense(ctx, month, number_, start, end)
        day = safe_date(year, month, number_)
        if day is not None and fold(g("m") or "") in fold(ctx.text[start:end]):
            ctx.last_day = ctx.explicit = day  # the date is written in the expression
        return day
    if ctx.dct_day is None and any(g(name) is not None for name in ("rd", "wd", "cp", "ad")):
        return None  # a month-only DCT: the day rules place it (uncertain)
    if g("rd") is not None and ctx.dct_day is not None:
        day = ctx.dct_day + dt.timedelta(days=ctx.lang.relative_days.get(fold(g("rd") or ""), 0))
    elif g("ad") is not None:
        offset = ctx.lang.anchor_days.get(fold(g("ad") or ""))
        base = ctx.last_day or ctx.dct_day
        if offset is None or base is None:
            return None
        day = base + dt.timedelta(days=offset)
    elif g("cp") is not None:  # "ce matin à 7 h"
        return ctx.dct_day
    elif g("wd") is not None:
        weekday = ctx.lang.weekdays.get(fold(g("wd") or ""))
        if weekday is None:
            return None
        day = weekday_date(ctx, weekday, g("mod"), start, end)
    else:
        return ctx.last_day or ctx.dct_day
    ctx.last_day = day
    return day

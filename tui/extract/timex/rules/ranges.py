"""Ranges: "du [3] au [5 mai]", "entre [mars] et [juin 2011]", "de [2001] à [2004]", "between
[April] and [June]", "from [2001] to [2004]": two points, as the French TimeBank and TimeML tag
them (the first resolved with the second and placed on the whole range, the second on its own);
an English range of days with a bare second day stays one expression ("from March 3 to 7")."""

from __future__ import annotations

from tui.extract.model import TimexType
from tui.extract.timex.context import Context, Groups, Result
from tui.extract.timex.language import fold
from tui.extract.timex.rules.common import day_of, direction, year_by_tense, year_of
from tui.extract.timex.when import safe_date, when_day, when_month, when_range, when_year


def date_range(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """Years, months or days from one to another; the value is the first one's, the ``When``
    spans both (its first day becomes the latest explicit day)."""
    if g("d") is None and g("m") is None:
        y1 = year_of(g("y") or "0")
        y2 = year_of(g("y2") or "0") if g("yy") is None else y1 + 1
        if g("yy") is not None and int(g("yy") or 0) != y2 % 100:
            return None  # "2011-03": no season (the second year follows the first)
        if not 0 < y2 - y1 <= 100:
            return None
        a, b = when_year(y1), when_year(y2)
    else:
        # "du 3 au 5 mai": the first day takes the second's month; "from May 3 to 7": the other way
        month2 = ctx.lang.months.get(fold(g("m2") or "")) or ctx.lang.months.get(fold(g("m") or ""))
        month1 = ctx.lang.months.get(fold(g("m") or "")) or month2
        if month1 is None or month2 is None:
            return None
        raw_y2 = g("y2") or g("y")
        if raw_y2 is not None:
            year2 = year_of(raw_y2)
        elif g("ydir") is not None:  # "du 6 au 15 septembre l'an prochain"
            year2 = ctx.dct.year + (1 if direction(ctx.lang, g("ydir")) == "future" else -1)
        else:
            year2 = year_by_tense(ctx, month2, day_of(ctx.lang, g("d2")), start, end)
        year1 = year_of(g("y")) if g("y") else (year2 - 1 if month1 > month2 else year2)
        d1, d2 = day_of(ctx.lang, g("d")), day_of(ctx.lang, g("d2"))
        if d1 is not None and d2 is not None:
            first, last = safe_date(year1, month1, d1), safe_date(year2, month2, d2)
            if first is None or last is None or last <= first:
                return None
            a, b = when_day(first), when_day(last)
            ctx.explicit = ctx.last_day = first
        else:
            a, b = when_month(year1, month1), when_month(year2, month2)
            if b.first <= a.first:
                return None
    when = when_range(a, b)
    return TimexType.DATE, a.label, when


def range_end(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """The year ending a range written as two points ("entre 1998 et [2000]"), which needs no
    cue of its own: the rule finds it after the first year; not a count ("2015 et 2013
    salariés")."""
    count = ctx.lang.count_after
    if count is not None and count.match(ctx.text, end):
        return None
    year = year_of(g("y") or "0")
    ctx.last_year = (year, end)
    when = when_year(year)
    return TimexType.DATE, when.label, when

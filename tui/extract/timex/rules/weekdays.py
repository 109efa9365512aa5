"""Weekdays: "mardi", "last Friday", "lundi soir", "de vendredi à samedi", "le mardi 7".

A weekday is anchored on the latest explicit day the text wrote (when it is near the DCT), else
on the DCT, and goes back or forward by "dernier"/"prochain" or by the tense of its sentence (the
tense cues are the YAML ``tense`` lists: auxiliaries, future and conditional endings, "will", "is
due to"; a present tense near the weekday, "se réunit jeudi", "he meets on Friday", is a plan).
A plural weekday ("on Mondays") is every such day: a set.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from tui.extract.model import TimexType
from tui.extract.timex.context import Context, Groups, Result
from tui.extract.timex.language import fold
from tui.extract.timex.rules.common import day_of, direction, onward
from tui.extract.timex.rules.durations import calendar_set
from tui.extract.timex.when import safe_date

_CHAIN = re.compile(
    r"(?:\s*(?:matin|soir|après-midi|morning|evening|afternoon|night|,))*\s*"
    r"(?:et|à|au|jusqu'à|jusqu'au|and|to|through|until|till|-|–)\s*"
)


def weekday(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'mardi', 'vendredi dernier', 'Monday night', 'next Tuesday', 'ce jeudi'; 'Mondays' (a set)."""
    number = ctx.lang.weekdays.get(fold(g("wd") or ""))
    if number is None:
        return None
    if g("pl") is not None:  # "closed on Mondays": every Monday
        return TimexType.SET, calendar_set(ctx, g), None
    mod = g("mod")
    if g("art") is not None and mod is None and _habit(ctx, start, end):
        return TimexType.SET, calendar_set(ctx, g), None  # "le musée ferme le lundi"
    this = g("this") is not None or fold(mod or "") in ctx.lang.this_words
    day = _chained_weekday(ctx, number, mod, start)
    if day is None:
        day = weekday_date(ctx, number, None if this else mod, start, end, this)
    if day is None:
        return ctx.dct_month_uncertain()
    ctx.last_weekday = (end, day)
    return ctx.placed_day(day, g("part"), explicit=False)


def weekend_habit(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'le marché est fermé le week-end', 'les week-ends', 'closed on weekends': every weekend (a
    set), in a sentence that tells a habit (a plural always does)."""
    if g("pl") is None and not _habit(ctx, start, end):
        return None
    return TimexType.SET, "XXXX-WXX-WE", None


def _habit(ctx: Context, start: int, end: int) -> bool:
    """Whether the sentence of a weekday with its article tells what happens every week: no
    past or future in it (a present, a word of habit or no tense cue: "le musée ferme le lundi";
    "il est arrivé le lundi", "il arrivera le lundi" name one day)."""
    return ctx.tense(start, end, present=True) in (None, "present")


def weekday_date(
    ctx: Context, weekday: int, mod: str | None, start: int, end: int, this: bool = False
) -> dt.date | None:
    """The day a weekday names, from its anchor: "dernier"/"last" and "prochain"/"next" go
    strictly back or ahead; else the tense of the sentence does: a past goes back (the anchor's
    own day included), a future or a present ("se réunit jeudi", "is meeting on Friday": a plan)
    ahead, as a limit or a start with no tense ("jusqu'à vendredi", "until Friday"); with no
    tense, "ce"/"this" keeps to the anchor's week and a bare weekday goes back."""
    way = direction(ctx.lang, mod)
    tense = None if way else ctx.tense(start, end, present=True) or onward(ctx, start)
    ahead = tense in ("future", "present")
    anchor = ctx.dct_day
    if ctx.explicit is not None and (way is None or anchor is None):
        # The narrative's own latest day, when it is close to the document date (and, for a
        # past event, not after it).
        lo = ctx.dct.first_day() - dt.timedelta(days=31)
        hi = ctx.dct.last_day() + dt.timedelta(days=31)
        if not ahead and ctx.dct_day is not None:
            hi = ctx.dct_day
        if lo <= ctx.explicit <= hi:
            anchor = ctx.explicit
    if anchor is None:
        return None
    if way == "past":
        back = (anchor.weekday() - weekday) % 7 or 7
        return anchor - dt.timedelta(days=back)
    if way == "future":
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if ahead:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    if this and tense is None:
        return anchor + dt.timedelta(days=weekday - anchor.weekday())
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def _chained_weekday(ctx: Context, weekday: int, mod: str | None, start: int) -> dt.date | None:
    """'de vendredi à samedi', 'entre vendredi matin et lundi soir', 'from Monday to
    Thursday': the second weekday of a span is the first such day after the first one."""
    if ctx.last_weekday is None or mod:
        return None
    previous_end, previous = ctx.last_weekday
    if not 0 <= start - previous_end <= 25:
        return None
    between = fold(ctx.text[previous_end:start])
    if not _CHAIN.fullmatch(between):
        return None
    return previous + dt.timedelta(days=(weekday - previous.weekday()) % 7 or 7)


def weekday_and_day(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'le mardi 7': the day numbered so, on that weekday, in the month nearest the anchor."""
    weekday = ctx.lang.weekdays.get(fold(g("wd") or ""))
    number = day_of(ctx.lang, g("d"))
    if weekday is None or number is None:
        return None
    anchor = ctx.last_day or ctx.dct_day or dt.date(ctx.dct.year, ctx.dct.month, 15)
    best: dt.date | None = None
    for shift in (0, -1, 1, -2, 2):
        month_start = dt.date(anchor.year, anchor.month, 1) + relativedelta(months=shift)
        date = safe_date(month_start.year, month_start.month, number)
        if date is not None and date.weekday() == weekday:
            if best is None or abs((date - anchor).days) < abs((best - anchor).days):
                best = date
    if best is None:
        return None
    return ctx.placed_day(best, None, explicit=True)

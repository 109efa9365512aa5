"""Parts of the day: "en fin de matinée", "hier en début de soirée", "la nuit de samedi à
dimanche", "late Tuesday", "early this morning", "the night of March 3", "in morning trading",
"overnight".

A part of the day with its day ("hier", "mardi", "le 12 mars", "le lendemain") is valued on that
day, like a clock time (:func:`days.named_day`); alone ("en soirée", "in the afternoon") it is
anaphoric: on the latest day the text placed, else the DCT.
"""

from __future__ import annotations

import datetime as dt

from tui.extract.model import TimexType
from tui.extract.timex.context import LATE_PARTS, Context, Groups, Result
from tui.extract.timex.language import fold
from tui.extract.timex.rules.days import named_day
from tui.extract.timex.when import when_day, when_time


def day_part(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """The part of the day the match names (a TIME ``DATE+TMO/TAF/TEV/TNI``) on its day; a day
    with only an edge ("late Tuesday") is that day (a DATE)."""
    if g("on") is not None:  # "overnight": the night before the document's day
        day = ctx.dct_day - dt.timedelta(days=1) if ctx.dct_day is not None else None
        code: str | None = "NI"
    else:
        day = _day(ctx, g, start, end)
        code = ctx.lang.day_parts.get(fold(g("dpart") or g("part") or ""))
    if day is None:
        return ctx.dct_month_uncertain()
    if code:
        if code in LATE_PARTS:
            ctx.last_night = day
        when = when_time(day, code)
        return TimexType.TIME, when.label, when
    when = when_day(day)
    return TimexType.DATE, when.label, when


def _day(ctx: Context, g: Groups, start: int, end: int) -> dt.date | None:
    """The day of the part: the one the match names, "last night"'s, or the latest placed."""
    this_or_last = fold(g("cp") or "")
    if this_or_last:
        if ctx.dct_day is None:
            return None
        return ctx.dct_day - dt.timedelta(days=1 if this_or_last in ctx.lang.past_words else 0)

    def groups(name: str) -> str | None:
        if name == "m":  # "la nuit du 31 mars au 1er avril": the first day's month
            return g("m1") or g("m")
        return g(name)

    return named_day(ctx, groups, start, end)

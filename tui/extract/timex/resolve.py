"""Turning a rule match into a TIMEX3 type, value and place on the timeline.

Each rule of a language file has a *kind*; :data:`HANDLERS` maps it to the function that resolves
it, in the module of its family under :mod:`tui.extract.timex.rules`. The handlers share the
document's :class:`~tui.extract.timex.context.Context`, which remembers the latest explicit day
and year the text wrote: they anchor weekdays and anaphoric expressions ("le lendemain", "the
following year").
"""

from __future__ import annotations

from collections.abc import Callable

from tui.extract.model import Precision
from tui.extract.timex.context import Context, Groups, Result
from tui.extract.timex.rules import calendar, clock, dayparts, durations, periods, ranges, relative, weekdays

Handler = Callable[[Context, Groups, int, int], Result | None]

# Plain functions in a module-level table: a context holds no bound method, so it is no
# reference cycle (garbage only the cyclic collector would free, 34 objects an article).
HANDLERS: dict[str, Handler] = {
    # calendar dates
    "date": calendar.date,
    "year": calendar.year,
    "fiscal": calendar.fiscal_year,
    "monthweek": calendar.month_week,
    "holiday": calendar.holiday,
    # seasons, quarters, decades, centuries
    "season": periods.season,
    "quarter": periods.quarter,
    "half": periods.half_year,
    "decade": periods.decade,
    "century": periods.century,
    # ranges
    "range": ranges.date_range,
    "rangeend": ranges.range_end,
    # relative to the DCT or the latest day placed
    "ago": relative.ago,
    "agoamount": relative.ago_amount,
    "focusyear": relative.focus_year,
    "focustime": relative.focus_time,
    "sameperiod": relative.same_period_year_before,
    "rel": relative.relative_day,
    "relunit": relative.relative_unit,
    # weekdays
    "weekday": weekdays.weekday,
    "wdday": weekdays.weekday_and_day,
    "weekendset": weekdays.weekend_habit,
    # clock times
    "clock": clock.clock,
    "clockfirst": clock.first_of_pair,
    # parts of the day
    "daypart": dayparts.day_part,
    # off the timeline: durations, sets, references
    "duration": durations.duration,
    "durword": durations.duration_word,
    "houramount": durations.hour_amount,
    "set": durations.recurrence,
    "ref": durations.reference,
    "pastref": durations.past_reference,
}


# What "that week", "the following month" count from: a day, a week or a month placed.
_FOCUS_PRECISIONS = frozenset({Precision.TIME, Precision.DAY, Precision.WEEK, Precision.MONTH})


def resolve(ctx: Context, kind: str, g: Groups, start: int, end: int) -> Result | None:
    """Resolve a match of a rule of ``kind`` (its groups through ``g``) in ``ctx``'s document."""
    result = HANDLERS[kind](ctx, g, start, end)
    if result is not None and result[2] is not None and not result[2].uncertain:
        first, last = result[2].first, result[2].last
        if first.year == last.year:
            ctx.focus_year = (first.year, end)
        if result[2].precision in (Precision.MONTH, Precision.QUARTER):
            ctx.focus_period = (result[2], end)
        if result[2].precision in _FOCUS_PRECISIONS:
            ctx.focus_day = first
    return result

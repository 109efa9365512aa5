"""Dates relative to the document date or to the latest day placed: "hier", "the next morning",
"le lendemain", "il y a trois ans", "in two weeks", "l'an dernier", "this month", "next week"."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from tui.extract.model import Precision, TimexType, When
from tui.extract.timex.context import QUOTE_MARKS, Context, Groups, Result
from tui.extract.timex.language import fold
from tui.extract.timex.rules.common import approx_number, direction, number, unit
from tui.extract.timex.rules.durations import duration
from tui.extract.timex.rules.weekdays import weekday_date
from tui.extract.timex.when import when_day, when_month, when_quarter, when_week, when_year

_OF_EVENT = re.compile(r"[^\S\n]+(?:de|du|des|d['’]|of)(?!\w)", re.IGNORECASE)

_EN_EVENT = re.compile(r"[^\S\n]+(?:the|a|an|his|her|its|their)(?!\w)", re.IGNORECASE)
# A day word, a comma and the article of "au lendemain", "la veille", "the day after": the day
# before the comma is the one meant ("hier, au lendemain de la démission": yesterday).
_APPOSITION = re.compile(r"(?<!\w)(?P<word>[\w'’-]+)[^\S\n]*,[^\S\n]*(?:au|à(?:[^\S\n]+la|[^\S\n]+l['’])?|le|la|l['’]|on)?[^\S\n]*\Z", re.IGNORECASE)

_YEARS = {"Y": 1, "10Y": 10, "100Y": 100}
_UNITS = {
    "D": ("days", 1),
    "W": ("weeks", 1),
    "M": ("months", 1),
    "6M": ("months", 6),
    "Q": ("months", 3),
    "H": ("hours", 1),
    "MIN": ("minutes", 1),
}


def ago(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'il y a trois ans', 'two weeks ago', 'dans dix jours', 'within a month': a count of units
    back or ahead of the DCT, at the precision of the unit ('two days earlier': of the day in
    focus)."""
    n = number(ctx.lang, g("n")) if g("an") is None else approx_number(ctx.lang, g("an"))
    code = unit(ctx.lang, g("u"))
    if n is None or code is None or n != int(n) or n > 5000:
        return None
    if g("inf") is not None and ctx.tense(start, end) != "future":
        return None  # "the biggest fall in two years": a duration
    count = int(n)
    sign = 1 if (g("dir") is not None or g("fut") is not None) else -1
    # "two days earlier", "three years earlier": back from the day or year in focus, not the DCT
    # ("up 5% from a year earlier" compares with the year before the article's, as "a year ago")
    earlier = g("earlier") is not None
    if code in _YEARS:
        base_year = (ctx.anaphoric_year() if earlier and count > 1 else None) or ctx.dct.year
        year = base_year + sign * (count * _YEARS[code])
        if not 1 <= year <= 9999:
            return None
        when = when_year(year)
        return TimexType.DATE, when.label, when
    delta = _delta(code, count)
    if code in ("M", "6M", "Q"):
        base_month = dt.date(ctx.dct.year, ctx.dct.month, 1)
        target = base_month + delta if sign > 0 else base_month - delta
        when = when_month(target.year, target.month)
        return TimexType.DATE, when.label, when
    if ctx.dct_day is None:
        if code in ("H", "MIN"):
            return ctx.dct_month_uncertain()
        target = ctx.dct.first_day() + delta if sign > 0 else ctx.dct.first_day() - delta
        when = when_month(target.year, target.month, uncertain=True)
        return TimexType.DATE, when.label, when
    base = (ctx.last_day if earlier else None) or ctx.dct_day
    target = base + delta if sign > 0 else base - delta
    if isinstance(target, dt.datetime):
        target = target.date()
    when = when_day(target)
    return TimexType.DATE, when.label, when


def ago_amount(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'il y a [trois ans]', 'dans [dix jours]' as the French TimeBank tags them: the amount alone,
    a DURATION (P3Y), still placed on the timeline where it points (the ``When`` of :func:`ago`)."""
    amount = duration(ctx, g, start, end)
    if amount is None:
        return None
    # "il y a deux ans et demi": the amount, not placed (the count of whole units would place it)
    placed = None if g("half") else ago(ctx, g, start, end)
    return TimexType.DURATION, amount[1], placed[2] if placed is not None else None


def focus_year(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'à l'époque': the year the text last wrote (else the year of the latest day placed); none
    when the text has placed no time yet. 'For the entire year' (group "own") names a year of
    its own: the one in focus (placed within _FOCUS_REACH before it), else the article's."""
    if g("own") is not None:
        near = [y for y in (ctx.last_year, ctx.focus_year) if y is not None and 0 <= start - y[1] <= _FOCUS_REACH]
        year = max(near, key=lambda y: y[1])[0] if near else ctx.dct.year
    elif ctx.last_year is not None:
        year = ctx.last_year[0]
    elif ctx.last_day is not None:
        year = ctx.last_day.year
    else:
        return None
    when = when_year(year)
    return TimexType.DATE, when.label, when


def focus_time(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'à ce moment-là': the clock time the text placed last, when it is on the latest day
    placed (else that day); none when the text has placed no day yet."""
    if ctx.last_time is not None and ctx.last_day in (None, ctx.last_time.first):
        return TimexType.TIME, ctx.last_time.label, ctx.last_time
    if ctx.last_day is None:
        return None
    when = when_day(ctx.last_day)
    return TimexType.DATE, when.label, when


_SATURDAY = 5
_FOCUS_REACH = 300  # how far back a month or quarter is still the one "the same period" means


def same_period_year_before(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'the same period last year', 'à la même époque' (after 'l'an dernier'): the month or
    quarter placed just before (else the DCT's month), a year back."""
    if g("bare") is not None and not _year_before_just_written(ctx, start):
        return None  # "à la même époque" alone: which year is unsaid
    base = when_month(ctx.dct.year, ctx.dct.month)
    if ctx.focus_period is not None and 0 <= start - ctx.focus_period[1] <= _FOCUS_REACH:
        base = ctx.focus_period[0]  # "a loss in the third quarter. In the same period a year earlier"
    year = base.first.year - 1
    if base.precision == Precision.QUARTER or g("qu") is not None:  # "the same quarter": a quarter
        when = when_quarter(year, (base.first.month + 2) // 3)
    else:
        when = when_month(year, base.first.month)
    return TimexType.DATE, when.label, when


def _year_before_just_written(ctx: Context, start: int) -> bool:
    """Whether the year before the DCT's was placed just before ``start`` ("par rapport à
    l'année dernière à la même époque")."""
    focus = ctx.focus_year
    return focus is not None and focus[0] == ctx.dct.year - 1 and 0 <= start - focus[1] <= 40


def _delta(code: str, count: int) -> relativedelta:
    """``count`` units of ``code`` (not years: those are counted on the year alone)."""
    name, factor = _UNITS[code]
    return relativedelta(**{name: factor * count})


def relative_day(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'hier soir', 'demain', 'the next morning', 'le lendemain', 'la veille', 'cette nuit'."""
    part = g("part")
    if g("nd") is not None:  # "the next morning": from the last day placed
        part = g("part")
        offset = -1 if fold(g("nd") or "") == "previous" else 1
        base = ctx.last_day or ctx.dct_day
    elif g("lp") is not None:
        part = g("lp")
        offset = 0
        base = ctx.last_day or ctx.dct_day
    elif g("ad") is not None:
        offset = ctx.lang.anchor_days.get(fold(g("ad") or ""))
        if offset is None:
            return None
        base = ctx.last_day or ctx.dct_day
        event = _OF_EVENT.match(ctx.text, end) or (
            fold(g("ad") or "") in ("the day after", "the day before") and _EN_EVENT.match(ctx.text, end)
        )
        if base is not None and event:
            # "à la veille des Jeux", "au lendemain de l'élection": around an event the text
            # does not date; the guess stays off the timeline. Set off by a comma after a day
            # ("hier, au lendemain de l'élection") it is that day.
            if _after_a_day(ctx, start):
                offset = 0
            day = base + dt.timedelta(days=offset)
            return TimexType.DATE, day.isoformat(), None
    else:
        raw = g("rd")
        offset = ctx.lang.relative_days.get(fold(raw), 0) if raw is not None else 0
        if raw is not None and part is None and g("wd") is None and _generic_today(ctx, fold(raw), start, end):
            return TimexType(ctx.lang.generic_today.type), "PRESENT_REF", None  # type: ignore[union-attr]
        base = ctx.dct_day
        if raw is not None:
            base = _speech_day(ctx, start, end) or base  # « Nous signerons demain », a-t-il dit lundi
        if raw is None and g("night") is not None:
            offset = -1
    if base is None:
        return ctx.dct_month_uncertain()
    return ctx.placed_day(base + dt.timedelta(days=offset), part, explicit=False)


def _after_a_day(ctx: Context, start: int) -> bool:
    """Whether a day word and a comma stand right before ``start`` ("mardi, au lendemain de")."""
    found = _APPOSITION.search(ctx.text, max(0, start - 40), start)
    if found is None:
        return False
    word = fold(found.group("word"))
    lang = ctx.lang
    return word in lang.relative_days or word in lang.weekdays or word in lang.day_parts


def _long_unit(ctx: Context, calendar_unit: str, raw_dir: str, sign: int) -> Result:
    """'cette décennie', 'the following decade' (after a year the text wrote), 'le siècle
    dernier', 'this century': the decade (199X) or century (19XX) of the DCT or of that year."""
    base = ctx.dct.year
    if raw_dir in ctx.lang.anaphoric_words and ctx.anaphoric_year() is not None:
        base = ctx.anaphoric_year()
    if calendar_unit == "decade":
        decade = (base // 10 + sign) * 10
        when = When(dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), Precision.DECADE, f"{decade // 10}X")
        return TimexType.DATE, ctx.lang.decade_value.format(decade // 10), when
    century = base // 100 + sign  # the 2000s: "20" (the 21st century, as TIMEX3 counts it)
    first = dt.date(max(century * 100, 1), 1, 1)
    when = When(first, dt.date(century * 100 + 99, 12, 31), Precision.CENTURY, f"{century:02d}XX")
    return TimexType.DATE, ctx.lang.century_value.format(f"{century:02d}"), when


def _speech_day(ctx: Context, start: int, end: int) -> dt.date | None:
    """The day a quotation was said, when ``start`` is inside it and the clause after its closing
    mark names a weekday ("« Nous signerons demain », a déclaré lundi le ministre": Monday);
    its "hier" and "demain" count from that day, not from the DCT."""
    pattern = ctx.lang.speech_day
    if pattern is None or ctx.dct_day is None:
        return None
    text = ctx.text
    paragraph = text.rfind("\n", 0, start) + 1
    if sum(text.count(mark, paragraph, start) for mark in QUOTE_MARKS) % 2 == 0:
        return None  # not inside a quotation
    line_end = text.find("\n", end)
    found = pattern.search(text, end, line_end if line_end >= 0 else len(text))
    if found is None or any(mark in text[end : found.start()] for mark in QUOTE_MARKS):
        return None  # no weekday right after this quotation's closing mark
    weekday = ctx.lang.weekdays.get(fold(found.group("wd")))
    if weekday is None:
        return None
    return weekday_date(ctx, weekday, None, found.start("wd"), found.end("wd"))


def _generic_today(ctx: Context, word: str, start: int, end: int) -> bool:
    """'Rien ne justifie aujourd'hui', "encore aujourd'hui", 'even today', an opening
    "Aujourd'hui, la ville a changé": the present in general, not the document's day (a future
    tense keeps the day: "le vote aura lieu aujourd'hui", and so does the imperfect that narrates
    it: "Aujourd'hui, le ministre recevait les syndicats")."""
    generic = ctx.lang.generic_today
    if generic is None or word not in generic.words:
        return False
    text = ctx.text
    if generic.before is not None and generic.before.search(text, max(0, start - 25), start):
        return True
    if generic.after is not None and generic.after.match(text, end):
        return True
    # The other signs need the tense (looked up only then: most "today"s have none of them).
    negated = generic.negation is not None and generic.negation.search(
        generic.clause.split(text[max(0, start - 60) : start])[-1]  # the clause's own negation
    )
    opening = text[max(0, start - 3) : start].strip(" «\"“")
    opens = text[end : end + 1] == "," and (start == 0 or opening == "" or opening[-1] in ".!?\n")
    if not (negated or opens):
        return False
    if opens and generic.narrated is not None:
        left, right = ctx.sentence(start, end)
        if generic.narrated.search(text, end, right):
            return False  # "Aujourd'hui, devant le congrès, le président demandait": a day told
    tense = ctx.tense(start, end, present=True)
    return tense != "future" and (opens or tense != "past")


def relative_unit(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'l'an dernier', 'this month', 'le trimestre prochain', 'next week', 'ce week-end', 'the
    following year' (after a year the text wrote), 'that week', 'le mois suivant' (after a day or
    a month the text placed)."""
    calendar_unit = ctx.lang.calendar_units.get(fold(g("u") or ""))
    if calendar_unit is None:
        return None
    raw_dir = fold(g("dir") or "")
    way = direction(ctx.lang, raw_dir)
    if g("dir") is not None and way is None and raw_dir not in ctx.lang.this_words and raw_dir != "the":
        return None
    if raw_dir == "the" and g("edge") is None and g("edge2") is None and calendar_unit != "weekend":
        return None  # "the year" alone names no year; "the end of the year" does
    sign = {"past": -1, "future": 1}.get(way or "", 0)
    if calendar_unit == "year":
        base = ctx.dct.year
        if (raw_dir in ctx.lang.anaphoric_words or g("that") is not None) and ctx.anaphoric_year() is not None:
            base = ctx.anaphoric_year()  # "in 2001 ..., and the following year", "cette année-là"
        when = when_year(base + sign)
        ctx.last_year = (base + sign, end)
        return TimexType.DATE, when.label, when
    # "le mois suivant", "that week", "cette semaine-là": from the day, week or month in focus
    focus = ctx.focus_day if raw_dir in ctx.lang.anaphoric_words or g("that") is not None else None
    if calendar_unit == "month":
        base = focus or ctx.dct.first_day()
        target = dt.date(base.year, base.month, 1) + relativedelta(months=sign)
        when = when_month(target.year, target.month)
        return TimexType.DATE, when.label, when
    if calendar_unit == "quarter":
        quarter = (ctx.dct.month - 1) // 3 + 1 + sign
        year = ctx.dct.year
        if quarter == 0:
            year, quarter = year - 1, 4
        elif quarter == 5:
            year, quarter = year + 1, 1
        when = when_quarter(year, quarter)
        return TimexType.DATE, when.label, when
    if calendar_unit in ("decade", "century"):
        return _long_unit(ctx, calendar_unit, raw_dir, sign)
    # week, weekend: need a day
    if ctx.dct_day is None and focus is None:
        return ctx.dct_month_uncertain()
    if calendar_unit == "weekend" and sign == 0 and ctx.dct_day is not None and ctx.dct_day.weekday() < _SATURDAY:
        if ctx.tense(start, end) == "past":
            sign = -1  # "ce week-end, la fête a eu lieu" written on a weekday: the weekend just past
    when = when_week((focus or ctx.dct_day) + dt.timedelta(weeks=sign))
    if calendar_unit == "weekend":
        saturday = when.first + dt.timedelta(days=5)
        w = When(saturday, saturday + dt.timedelta(days=1), Precision.WEEK, when.label + "-WE")
        return TimexType.DATE, w.label, w
    return TimexType.DATE, when.label, when

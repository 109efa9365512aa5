"""Calendar dates: a day, a month or a year written out ("le 3 mai 2011", "en mars", "May 68",
"in 2009", "la première semaine de mai")."""

from __future__ import annotations

import datetime as dt
import re

from tui.corpus.document import DocDate
from tui.extract.model import TimexType
from tui.extract.timex.context import SENTENCE_STOP, Context, Groups, Result
from tui.extract.timex.language import Lang, fold
from tui.extract.timex.rules.common import day_of, direction, month_of, year_by_tense, year_of
from tui.extract.timex.when import month_last, safe_date, when_month, when_week, when_year

# What may follow a bare year with no cue: punctuation (French puts a space before some) or the end.
AFTER_YEAR = re.compile(r"[^\S\n]*(?:[.,;:)»!?\"”]|\n|$)")

# The cues of a month that may be any year's ("en août", "in August"), not "depuis", "until".
_GENERIC_MONTH_CUES = frozenset({"en", "in"})

# Words that start another clause: a year written before one does not carry over to a month.
_CLAUSE_BREAK = re.compile(
    r"(?<!\w)(?:and|that|but|while|which|who|when|since|then|now|et|que|qu|qui|mais|alors|dont|où|lorsque|quand|depuis|puis|ensuite|désormais|maintenant)(?!\w)",
    re.IGNORECASE,
)


def date(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'le 3 mai 2011', 'mercredi 12 mars', 'en juin dernier', 'Mai 68': a day or a month."""
    month = month_of(ctx.lang, g)
    if month is None or not 1 <= month <= 12:
        return None
    if g("sy") is not None:
        # "Mai 68" (a capital: the event's name) or "en octobre 98." (before punctuation)
        if not ((g("m") or "")[:1].isupper() or AFTER_YEAR.match(ctx.text, end)):
            return None
        year = year_of(g("sy") or "")
        ctx.last_year = (year, end)
        when = when_month(year, month)
        return TimexType.DATE, when.label, when
    day = day_of(ctx.lang, g("d"))
    raw_year = g("y")
    mod = g("mod")
    if (
        day is None
        and raw_year is None
        and mod is None
        and g("edge") is None
        and g("mo") is None  # "le mois de mai"
        and fold(g("m") or "") in ctx.lang.ambiguous_months
        and not _month_cue(ctx.lang, g("cue"))
    ):
        return None
    if raw_year is None and g("ydir") is not None:
        year = ctx.dct.year + {"past": -1, "future": 1}.get(direction(ctx.lang, g("ydir")) or "", 0)
    elif raw_year is not None:
        year = year_of(raw_year)
        ctx.last_year = (year, end)
    else:
        if day is None and mod is None and g("edge") is None and _generic_month(ctx, g, start, end):
            return TimexType.DATE, f"XXXX-{month:02d}", None  # "en août, la ville se vide chaque année"
        year = _unwritten_year(ctx, g, month, day, mod, start, end)
    if day is None:
        when = when_month(year, month)
        return TimexType.DATE, when.label, when
    found = safe_date(year, month, day)
    if found is None:
        return None
    return ctx.placed_day(found, g("part"), explicit=True)


def _unwritten_year(ctx: Context, g: Groups, month: int, day: int | None, mod: str | None, start: int, end: int) -> int:
    """The year of a date written without one: the sentence's year, "dernier"/"next", or the
    tense; a weekday written with the day picks the nearest year it fits."""
    way = direction(ctx.lang, mod)
    sentence_year = None if way or day is not None else _sentence_year(ctx, start)
    if sentence_year is not None:
        year = sentence_year  # "en 1997 (en janvier rue X, en octobre rue Y)"
    elif way == "past":
        year = _strict_past(ctx.dct, month, day)
    elif way == "future":
        year = _strict_future(ctx.dct, month, day)
    else:
        year = year_by_tense(ctx, month, day, start, end)
    weekday = ctx.lang.weekdays.get(fold(g("wd") or ""))
    if weekday is not None and day is not None:
        # "mercredi 12 mars": the nearest year in which the weekday fits.
        for candidate in (year, year - 1, year + 1):
            found = safe_date(candidate, month, day)
            if found is not None and found.weekday() == weekday:
                year = candidate
                break
    return year


def _generic_month(ctx: Context, g: Groups, start: int, end: int) -> bool:
    """Whether a month alone after "en"/"in" is any year's: its sentence says what usually happens
    and is not in the past ("en août, la ville se vide chaque année"; not "depuis mars")."""
    if g("mo") is None and fold(g("cue") or "") not in _GENERIC_MONTH_CUES:
        return False
    return ctx.habitual(start, end) and ctx.tense(start, end, present=True) in (None, "present")


def _month_cue(lang: Lang, cue: str | None) -> bool:
    if cue is None:
        return False
    return lang.month_cues is None or fold(cue) in lang.month_cues


def _sentence_year(ctx: Context, start: int) -> int | None:
    """The year written earlier in the same sentence, close before ``start``, if any."""
    if ctx.last_year is None:
        return None
    year, position = ctx.last_year
    if not 0 <= start - position <= 60 or SENTENCE_STOP.search(ctx.text, position, start):
        return None
    if _CLAUSE_BREAK.search(ctx.text, position, start):  # "in 2003 and that as of February"
        return None
    return year


def _strict_past(dct: DocDate, month: int, day: int | None) -> int:
    """'le 6 mai dernier', 'juin derniers': the latest such date before the DCT."""
    year, ref_month, ref_day = dct.year, dct.month, dct.day
    if day is None:
        return year - 1 if month >= ref_month else year
    if (month, day) >= (ref_month, ref_day or 32):
        return year - 1
    return year


def _strict_future(dct: DocDate, month: int, day: int | None) -> int:
    """'le 6 mai prochain': the first such date after the DCT."""
    year, ref_month, ref_day = dct.year, dct.month, dct.day
    if day is None:
        return year + 1 if month <= ref_month else year
    if (month, day) <= (ref_month, ref_day or 0):
        return year + 1
    return year


def year(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'en 2009', 'in 1999,', "en '82", "since '82", 'la loi de 1905 sur': a year, when
    something says so."""
    raw = g("y") or ""
    cue = g("c") or g("cue")
    if len(raw) == 2 and g("edge") is None:  # "fin 98": the edge makes two digits a year
        if start > 0 and ctx.text[start - 1] in "'’":  # '82: the cue sits before the quote
            cue = ctx.cue_before(start - 1)
        if cue is None or fold(cue) not in ctx.lang.short_year_cues:
            return None
    elif g("edge") is None and (
        cue is None or (ctx.lang.year_cues is not None and fold(cue) not in ctx.lang.year_cues)
    ):
        after = AFTER_YEAR.match(ctx.text, end)
        before = ctx.text[start - 1 : start] if start else ""
        if after is None and before not in ("(", "\n") and not _year_after_noun(ctx, start, end):
            return None
    elif cue is not None and fold(cue) in ctx.lang.count_year_cues and _count_follows(ctx, start, end):
        return None  # "par rapport à 2000 élèves": a count
    value = year_of(raw)
    ctx.last_year = (value, end)
    when = when_year(value)
    if cue is not None and fold(cue) in ctx.lang.comparison_cues:
        return TimexType.DATE, when.label, None  # "par rapport à 2010": what is measured against, no time it happened
    return TimexType.DATE, when.label, when


def fiscal_year(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'fiscal 2008', 'FY2009', "FY '09", "l'exercice 2008": the fiscal year FY2008, placed on
    the calendar year it is named after (where it starts and ends depends on the company);
    'next fiscal year' counts from the DCT's year."""
    raw = g("fy") or g("fy2") or g("fy3") or ""
    way = g("dir") or g("dir2")
    if way is not None or g("cur") is not None:  # "l'exercice en cours": the article's year
        value = ctx.dct.year + {"past": -1, "future": 1}.get(direction(ctx.lang, way) or "", 0)
    elif raw.isdigit():
        value = year_of(raw)
    else:
        return None
    ctx.last_year = (value, end)
    return TimexType.DATE, f"FY{value:04d}", when_year(value)


def holiday(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'à Noël', 'la veille de la Toussaint', 'on Christmas Eve', 'Halloween 2011': a feast's
    day, in the year the tense gives. A one-word name needs a cue, "le jour de" / "la veille de"
    or a year ("le père Noël", "un film d'Halloween" are none)."""
    name = fold(g("hol") or "")
    fixed = ctx.lang.holidays.get(name)
    if fixed is None:
        return None
    if " " not in name and all(g(k) is None for k in ("jd", "eve", "y")) and not _holiday_cue(ctx, start):
        return None
    month, number = fixed
    raw_year = g("y")
    year = year_of(raw_year) if raw_year else year_by_tense(ctx, month, number, start, end)
    day = safe_date(year, month, number)
    if day is None:
        return None
    if g("eve") is not None:  # "la veille de Noël": the day before
        day -= dt.timedelta(days=1)
    return ctx.placed_day(day, None, explicit=True)


def _holiday_cue(ctx: Context, start: int) -> bool:
    """Whether a cue of feasts ("à", "avant", "at", "over") stands right before ``start``."""
    cue = ctx.lang.holiday_cue
    return cue is not None and cue.search(ctx.text, max(0, start - 24), start) is not None


def _count_follows(ctx: Context, start: int, end: int) -> bool:
    """A number out of the years news compare, or a plural noun right after it: 'par rapport à
    2000 élèves', 'comparés à 1500' count, they are no years."""
    if not 1800 <= int(ctx.text[start:end][-4:] or 0) <= 2100:
        return True
    return ctx.lang.count_after is not None and ctx.lang.count_after.match(ctx.text, end) is not None


def _year_after_noun(ctx: Context, start: int, end: int) -> bool:
    """'la loi de 1905 sur', 'la crise de 2009 a touché': a year; 'de 2000 personnes' is not."""
    rule = ctx.lang.year_after_noun
    if rule is None or not 1800 <= int(ctx.text[start:end][-4:] or 0) <= 2100:
        return False
    before, not_after, not_nouns = rule
    found = before.search(ctx.text, max(0, start - 50), start)
    if found is None or fold(found.group("noun")) in not_nouns:
        return False
    return not_after.match(ctx.text, end) is None


def month_week(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'the last week of March', 'la première semaine de mai': the ISO week."""
    month = month_of(ctx.lang, g)
    word = fold(g("q") or "")
    if month is None:
        return None
    year = year_of(g("y")) if g("y") else year_by_tense(ctx, month, None, start, end)
    last = month_last(year, month)
    if word in ctx.lang.past_words or word in ("last", "final", "dernière"):
        day = dt.date(year, month, last) - dt.timedelta(days=3)
    else:
        rank = ctx.lang.ordinals.get(word)
        if rank is None or not 1 <= rank <= 4:
            return None
        day = dt.date(year, month, min(last, 7 * (rank - 1) + 4))
    when = when_week(day)
    return TimexType.DATE, when.label, when

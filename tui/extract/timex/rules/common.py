"""Reading the words of a match (numbers, months, days, units, "dernier"/"next") and choosing the
year of a partial date: the helpers several rule families share."""

from __future__ import annotations

import datetime as dt
import re

from tui.corpus.document import DocDate
from tui.extract.timex.context import Context, Groups
from tui.extract.timex.language import Lang, fold
from tui.extract.timex.when import month_last, safe_date


def direction(lang: Lang, mod: str | None) -> str | None:
    """'past' for "dernier"/"last", 'future' for "prochain"/"next", else None."""
    if not mod:
        return None
    key = fold(mod)
    if key in lang.past_words:
        return "past"
    if key in lang.next_words:
        return "future"
    return None


def number(lang: Lang, raw: str | None) -> float | None:
    """'12', '1,5', '1,500', '2 000', 'vingt et un', 'three hundred': the number, or None."""
    if raw is None:
        return None
    raw = raw.strip()
    if re.fullmatch(r"\d{1,3}(?:(?:,|[^\S\n])\d{3})+", raw):  # "1,500 hours", "2 000 ans"
        return float(re.sub(r"[,\s]", "", raw))
    if raw[:1].isdigit():
        try:
            return float(raw.replace(",", "."))
        except ValueError:
            return None
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", fold(raw)):
        if word in ("et", "and", ""):
            continue
        value = lang.numbers.get(word)
        if value is None:
            return None
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total += current
                current = 0
        elif value == 1 and current in (20, 30, 40, 50, 60, 70) and total == 0 and current:
            current += 1  # "vingt et un"
        else:
            current += value
    return float(total + current)


def approx_number(lang: Lang, raw: str | None) -> float | None:
    """'une dizaine d'', 'une vingtaine de': the round number."""
    for word in re.findall(r"\w+", fold(raw or "")):
        if word in lang.approx_numbers:
            return float(lang.approx_numbers[word])
    return None


def unit(lang: Lang, raw: str | None) -> str | None:
    """The unit code of a unit word: "D", "W", "M", "6M", "Q", "Y", "10Y", "100Y", "H", "MIN"."""
    return lang.units.get(fold(raw or ""))


def a_pair_of_times(first: int, second: int) -> bool:
    """Whether two numbers of hours written as a pair ("de 9 à 18 heures") are two times of one
    day: in order, one of them past noon ("de 3 à 5 heures", "entre 6 et 8 heures" are as likely
    amounts)."""
    return 0 <= first < second <= 24 and second >= 13


def year_of(raw: str) -> int:
    """A written year; two digits are 1941-2040."""
    value = int(raw)
    if len(raw) <= 2:
        value += 1900 if value > 40 else 2000
    return value


def month_of(lang: Lang, g: Groups) -> int | None:
    """The month a match names, by word (group "m") or by number (group "mn")."""
    raw = g("m")
    if raw is not None:
        return lang.months.get(fold(raw))
    raw = g("mn")
    if raw is not None:
        return int(raw)
    return None


def day_of(lang: Lang, raw: str | None) -> int | None:
    """'3', '1er', 'premier', '21st': the day of the month."""
    if raw is None:
        return None
    key = fold(raw)
    if key in lang.ordinals:
        return lang.ordinals[key]
    digits = re.match(r"\d+", key)
    return int(digits.group()) if digits else None


def year_by_tense(ctx: Context, month: int, day: int | None, start: int, end: int) -> int:
    """``resolve_year`` with the tense of text[start:end], read only when it can change the
    year (the tense scan is the slowest part of a date): a date of the DCT's year from a month
    before it to 125 days after lies inside every tense's window, and a month-only DCT's own
    month needs none."""
    if _year_settled(ctx.dct, month, day):
        return resolve_year(ctx.dct, month, day, None)
    return resolve_year(ctx.dct, month, day, ctx.tense(start, end) or onward(ctx, start))


def onward(ctx: Context, start: int) -> str | None:
    """'future' after a cue of a deadline or a start ("valable jusqu'au 31 décembre", "à partir
    du 1er décembre", "by December 15", "jusqu'à vendredi"), for a sentence with no tense cue: a
    present sentence that sets a limit looks ahead (a past verb, "a duré jusqu'au 3 mars", is
    read first)."""
    cue = ctx.lang.onward_cue
    return "future" if cue is not None and cue.search(ctx.text, max(0, start - 30), start) else None


def _year_settled(dct: DocDate, month: int, day: int | None) -> bool:
    """Whether ``resolve_year`` gives the DCT's year whatever the direction."""
    year, ref_month, ref_day = dct.year, dct.month, dct.day
    if ref_day is None and month == ref_month:
        return True
    date = safe_date(year, month, min(day or 15, month_last(year, month)))
    return date is not None and -31 <= (date - dt.date(year, ref_month, ref_day or 15)).days <= 125


def resolve_year(dct: DocDate, month: int, day: int | None, direction: str | None) -> int:
    """The year of a partial date (month, day): the candidate nearest the DCT, within a
    window that the tense shifts (past: up to a year back; future: up to a year ahead)."""
    year, ref_month, ref_day = dct.year, dct.month, dct.day
    if ref_day is None and month == ref_month:
        return year  # a month-only DCT: its own month is neither past nor future
    reference = dt.date(year, ref_month, ref_day or 15)
    # News mostly looks back: without a tense cue the window is the past one. A future reaches
    # back only a month ("la loi entrera en vigueur le 1er janvier", written in April: next year;
    # a report filed a little after the date it announces keeps its year).
    low, high = {"past": (-350, 125), "future": (-31, 350)}.get(direction or "", (-200, 150))
    for candidate in (year, year - 1, year + 1):
        date = safe_date(candidate, month, min(day or 15, month_last(candidate, month)))
        if date is None:
            continue
        delta = (date - reference).days
        if low <= delta <= high:
            return candidate
    return year

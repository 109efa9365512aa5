"""Clock times: "à 19 h 30", "vers 23 h", "à midi", "hier à 8 h", "mardi vers 20 h 15", "le 3 mai
à 10 h", "at 3 p.m.", "0800 GMT", "Tuesday at noon".

A time with its day is one expression valued on that day; a time alone is valued on the latest
day the text placed (else the DCT). Parts of the day ("hier soir", "Monday morning") are not
clock times: the relative-day, weekday and day-part rules give them.
"""

from __future__ import annotations

import datetime as dt
import re

from tui.extract.model import Precision, TimexType, When
from tui.extract.timex.context import Context, Groups, Result
from tui.extract.timex.language import fold
from tui.extract.timex.rules.common import a_pair_of_times
from tui.extract.timex.rules.dayparts import day_part
from tui.extract.timex.rules.days import named_day

# Parts of the day that put an hour under twelve in the afternoon or evening ("ce soir à 8 h").
_AFTERNOON_PARTS = {"AF", "EV"}
_DAWN = 6  # a time before this hour, after an evening or a night, is past its midnight
# What makes digits a time: an hour mark ("h", "o'clock"), minutes, a meridian or a zone.
_MARKS = ("hm", "sep", "mmd", "mm4", "ap", "tz")
_LAST_WORD = re.compile(r"([^\W\d][\w-]*)[^\S\n]*,?[^\S\n]*\Z")


def clock(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """A time on the day the expression names (a date, a relative day, "ce matin", a weekday),
    else on the latest day placed or the DCT."""
    g = _one_date(g)
    named = any(g(name) is not None for name in ("d", "rd", "wd", "cp", "ad"))
    if (g("join") is not None or g("dpart") is not None) and not named:
        return None  # "le à 14 h": a join word with no day before it
    if g("dpart") is not None:
        return day_part(ctx, g, start, end)  # "hier en début de soirée": a day, then its part
    if g("hh") is not None and all(g(mark) is None for mark in _MARKS):
        return None  # "May 3 at 3", "won 3 Tuesday": a number
    if g("join") is None and not _a_time_alone(ctx, g, start, end):
        return None  # "pendant 3 heures mardi": the day alone is a date
    of_noun = ctx.lang.clock.of_noun
    if of_noun is not None and of_noun.match(ctx.text, end) and not _afternoon_hour_from_a_place(ctx, g, end):
        return None  # "3 h de route", "hier à 3 heures de route": an amount of hours
    time = _time(ctx, g)
    if time is None:
        return None
    hour, minute = time
    code = ctx.lang.day_parts.get(fold(g("part") or "")) or _part_before(ctx, g, start)
    if code in _AFTERNOON_PARTS and 1 <= hour < 12 and g("ap") is None:
        hour += 12  # "ce soir à 8 h", "Monday evening at 8"
    zone = ctx.lang.clock.zones.get(fold(g("tz") or ""), "")
    standard = 0  # "CEST": a zone at a fixed offset from UTC, valued in UTC
    if zone[:1] in ("+", "-"):
        standard, zone = int(zone) * 60, "Z"
    bracket = None if named else _bracketed_day(ctx, end)
    night = None if named or bracket else _night_after(ctx, end)
    day = named_day(ctx, bracket or night or g, start, end)
    if day is None:
        return None  # a month-only DCT: the day rules place the day (uncertain), not the time
    if night is not None and hour < _DAWN:
        day += dt.timedelta(days=1)  # "vers 2 h dans la nuit de vendredi à samedi": Saturday
        ctx.last_day = day
    elif not named and bracket is None and _in_small_hours(ctx, day, hour):
        day += dt.timedelta(days=1)
        ctx.last_day = day  # "vers 3 h, puis à 7 h": the night goes on into the next morning
    offset = _offset(g) + standard if zone == "Z" else 0
    if offset:  # "6:40 p.m. (GMT+8)": valued in UTC, maybe the day before
        moment = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=hour, minutes=minute - offset)
        day, hour, minute = moment.date(), moment.hour, moment.minute
    value = f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}"
    ctx.last_time = When(day, day, Precision.TIME, value)
    return TimexType.TIME, value, ctx.last_time


def first_of_pair(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'de [9] à 18 heures', 'entre [14] et 16 h': the first hour of a pair of times written with
    the second's mark alone, on the latest day placed (else the DCT)."""
    first, second = int(g("hh") or -1), int(g("hh2") or -1)
    if not a_pair_of_times(first, second):
        return None  # "de 3 à 5 heures": amounts (the duration rules)
    day = named_day(ctx, g, start, end)
    if day is None:
        return None
    value = f"{day.isoformat()}T{first:02d}:00"
    ctx.last_time = When(day, day, Precision.TIME, value)
    return TimexType.TIME, value, ctx.last_time


def _bracketed_day(ctx: Context, end: int) -> Groups | None:
    """The day named after a time's conversion in brackets: "at 3 p.m. (1900 GMT) on Tuesday",
    "vers 5 h 25 (3 h 25 UTC) jeudi matin" (both times are on it; the day is tagged by its own
    rule)."""
    pattern = ctx.lang.clock.bracket_day
    found = pattern.match(ctx.text, end) if pattern is not None else None
    if found is None:
        return None
    groups = found.groupdict()
    return groups.get


def _afternoon_hour_from_a_place(ctx: Context, g: Groups, end: int) -> bool:
    """"à 14 heures de la place de la République": an hour past noon in digits, then a place with
    its article, is a time ("à trois heures de la capitale", "18 heures de négociations" stay
    amounts)."""
    written = g("hh") or ""
    place = ctx.lang.clock.of_place
    return place is not None and written.isdigit() and 13 <= int(written) <= 23 and place.match(ctx.text, end) is not None


def _night_after(ctx: Context, end: int) -> Groups | None:
    """The first day of the night written after a time ("vers 23 h dans la nuit de dimanche à
    lundi": Sunday; the night is tagged by its own rule)."""
    pattern = ctx.lang.clock.night_after
    found = pattern.match(ctx.text, end) if pattern is not None else None
    return found.groupdict().get if found is not None else None


def _in_small_hours(ctx: Context, day: dt.date, hour: int) -> bool:
    """Whether a time alone, before dawn, falls after midnight of the evening or night just
    placed: "la nuit de samedi à dimanche, vers 3 h" is Sunday, "hier soir vers 23 h, puis vers
    1 h" the DCT. A night labelled with the DCT ("cette nuit" in a morning report) is the one
    that ended that morning: its small hours are the DCT's."""
    return (
        hour < _DAWN  # "2 a.m.", "1 h du matin" (a meridian of the afternoon made it 12 or more)
        and ctx.last_night is not None
        and ctx.last_night == day == ctx.last_day
        and day != ctx.dct_day
    )


def _part_before(ctx: Context, g: Groups, start: int) -> str | None:
    """The part of the day written just before a time of its own ("ce soir à 8 h": the day and
    the time are two expressions, the evening still puts 8 h at 20:00)."""
    if g("ap") is not None or g("rd") is not None or g("wd") is not None or g("d") is not None:
        return None
    before = ctx.text[max(0, start - 40) : start]
    cue = ctx.lang.clock.cue.search(before) if ctx.lang.clock.cue is not None else None
    if cue is not None:
        before = before[: cue.start()]
    last = _LAST_WORD.search(before)
    return ctx.lang.day_parts.get(fold(last.group(1))) if last is not None else None


def _one_date(g: Groups) -> Groups:
    """The groups with a date read as "d", "m", "y" whichever branch wrote it ("le mardi 12 mars"
    or "le 12 mars": two branches, so that a rule never matches an empty day)."""

    def groups(name: str) -> str | None:
        found = g(name)
        if found is None and name in ("d", "m", "y"):
            return g(name + "2")
        return found

    return groups


def _a_time_alone(ctx: Context, g: Groups, start: int, end: int) -> bool:
    """Whether a time with no day of its own is one: it needs a cue ("à 17 h", "until noon") or
    a mark no amount has ("3 p.m.", "0800 GMT")."""
    if g("ap") is not None or g("tz") is not None or g("po") is not None:
        return True  # "3 p.m.", "0800 GMT", "16:50 (UTC)"
    words = ctx.lang.clock
    before = ctx.text[max(0, start - 30) : start]
    cue = words.cue.search(before) if words.cue is not None else None
    if g("approx") is None and cue is None and _scheduled(ctx, g, before):
        return True  # "au pointage de 19 h", "le train de 7 h 42"
    bare = words.bare_pair_before.search(before) if words.bare_pair_before is not None else None
    if bare is not None and (g("hh") or "").isdigit():
        return a_pair_of_times(int(bare.group("first")), int(g("hh") or 0))  # "de 9 à 18 heures"
    if g("approx") is None and cue is None and not _first_of_two(ctx, before, end):
        return False
    if cue is not None and not _paired_with_a_time(ctx, start):
        return False  # "3 h à 5 h d'autonomie", "3 h 30 et 6 h 30": a range of amounts
    if g("cn") is not None:
        return True
    abbreviated = len(g("hm") or "") == 1  # "17 h", unlike "17 heures", is never an amount
    if cue is not None and fold(cue.group()) in words.loose_cues and not abbreviated and g("mm") is None:
        return False  # "depuis trois heures": as long a duration as a time
    if g("hm") is None and g("sep") is None:
        return False  # "at 3": a number
    return True


def _scheduled(ctx: Context, g: Groups, before: str) -> bool:
    """Whether an hour in digits with its mark follows the article and noun of a moment the
    clock sets, and "de" ("le journal de 20 heures"; "un vol de 6 h" is an amount)."""
    pattern = ctx.lang.clock.scheduled
    if pattern is None or not (g("hh") or "").isdigit():
        return False
    return (g("hm") is not None or g("sep") is not None) and pattern.search(before) is not None


def _first_of_two(ctx: Context, before: str, end: int) -> bool:
    """"de 8 h à 12 h", "from 9 a.m. to 5 p.m.": "de"/"from" make a time when a second follows."""
    words = ctx.lang.clock
    if words.range_from is None or words.range_to is None:
        return False
    return words.range_from.search(before) is not None and words.range_to.match(ctx.text, end) is not None


def _paired_with_a_time(ctx: Context, start: int) -> bool:
    """After "à", "et", "to", "and" right after another number of hours, a time only if that one
    is a time too ("entre 10 h et 11 h", "de 8 h à 12 h"), not an amount ("3 h à 5 h")."""
    words = ctx.lang.clock
    if words.pair_before is None:
        return True
    lo = max(0, start - 60)
    pair = words.pair_before.search(ctx.text, lo, start)
    if pair is None:
        return True
    before = ctx.text[max(0, pair.start() - 30) : pair.start()]
    if words.cue is not None and words.cue.search(before) is not None:
        return True  # "entre 10 h et 11 h", "à 10 h ou 11 h"
    # "de 8 h à 12 h" (but "de 3 h 30 et 6 h 30" are amounts)
    to_word = fold(pair.group("pair")) in words.to_words
    return to_word and words.range_from is not None and words.range_from.search(before) is not None


def _time(ctx: Context, g: Groups) -> tuple[int, int] | None:
    """(hour, minute) of the time the match writes, or None when it is no time of day."""
    words = ctx.lang.clock
    if g("cn") is not None:
        named = words.names.get(fold(g("cn") or ""))
        if named is None:
            return None
        hour, minute = (int(part) for part in named.split(":"))
    else:
        written = g("hh") or ""
        spelled = words.hours.get(re.sub(r"[\s-]+", " ", fold(written)))  # "vingt et une"
        if not written.isdigit() and spelled is None:
            return None
        hour = int(written) if written.isdigit() else spelled
        minute = int(g("mm") or g("mmd") or g("mm4") or 0)
    minute += words.fractions.get(fold(g("fr") or ""), 0)
    if minute < 0:
        hour, minute = hour - 1, minute + 60
    meridian = words.meridians.get(fold(g("ap") or ""), "")
    if meridian == "pm" and hour < 12:
        hour += 12
    elif meridian == "am" and hour == 12:
        hour = 0
    elif meridian and not 1 <= hour <= 12:
        return None  # "15 p.m."
    if not (0 <= hour <= 23 or (hour == 24 and minute == 0)) or not 0 <= minute <= 59:
        return None
    return hour, minute


def _offset(g: Groups) -> int:
    """The minutes a zone's offset ("GMT+8", "UTC -05:30") puts local time ahead of UTC."""
    raw = re.sub(r"\s", "", g("off") or "")
    if not raw:
        return 0
    minutes = int(raw[1:]) * 60 + int(g("offm") or 0)
    return -minutes if raw[0] == "-" else minutes

"""Periods longer than a month: seasons ("l'été 2012", "last winter"), quarters ("the third
quarter"), decades ("les années 1990", "the 80s") and centuries ("le XXe siècle")."""

from __future__ import annotations

import datetime as dt
import re

from tui.extract.model import Precision, TimexType, When
from tui.extract.timex.context import Context, Groups, Result
from tui.extract.timex.language import fold
from tui.extract.timex.rules.common import direction, year_of
from tui.extract.timex.when import when_half, when_quarter, when_season

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

_AGE_DECADE = re.compile(r"(?<!\w)(?:his|her|their|its|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?\Z", re.I)


def season(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'l'été 2012', 'cet automne', 'last winter': the season of the DCT's year, or the one
    "dernier"/"prochain" points to."""
    word = fold(g("season") or "")
    code = ctx.lang.seasons.get(word)
    if code is None:
        return None
    raw_year, mod, det = g("y") or g("sy"), g("mod"), g("det")  # "l'été 98": a year in two digits
    cue = g("cue")
    if raw_year is None and _season_is_name(ctx, g("season") or "", start, end):
        return None
    weak_det = det is not None and fold(det) == "the" and word in ctx.lang.ambiguous_seasons
    anchored = (
        raw_year is not None or mod is not None or (det is not None and not weak_det)
        or g("edge") is not None or g("inn") is not None
    )
    if not anchored and not (cue is not None and fold(cue) in ctx.lang.season_cues):
        if word in ctx.lang.ambiguous_seasons or ctx.lang.season_cues:
            return None
    if raw_year is not None:
        year = year_of(raw_year)
    else:
        this = det is not None and fold(det) in ctx.lang.this_words
        free = mod is None and g("edge") is None and not this  # nothing but the tense places it
        tense = ctx.tense(start, end, present=True) if free else None
        if free and tense in (None, "present") and (det is None or ctx.habitual(start, end)):
            # "en hiver, les routes sont souvent fermées": any year's winter
            return TimexType.DATE, f"XXXX-{code}", None
        year = _season_year(ctx, code, mod, det, tense)
    when = when_season(year, code)
    return TimexType.DATE, when.label, when


def _season_year(ctx: Context, code: str, mod: str | None, det: str | None, tense: str | None) -> int:
    """The year of a season named without one: the season of the DCT's year (or the one the
    DCT is in); "dernier"/"last" is the latest one fully before the DCT, "prochain"/"next" the
    first one after it; in a future sentence, a season already over is next year's."""
    dct = ctx.dct
    reference = dct.first_day() if dct.has_day else dt.date(dct.year, dct.month, 15)
    # Only "dernier"/"last", "prochain"/"next" and a future move it: a past tense is a poor
    # guide here ("les législatives anticipées à l'automne semblaient...").
    way = direction(ctx.lang, mod) or (direction(ctx.lang, det) if det else None)
    candidates = [when_season(y, code) for y in (dct.year - 1, dct.year, dct.year + 1)]
    if way == "past":
        before = [w for w in candidates if w.last < reference]
        chosen = before[-1] if before else candidates[0]
    elif way == "future" or (way is None and tense == "future" and candidates[1].last < reference):
        after = [w for w in candidates if w.first > reference]
        chosen = after[0] if after else candidates[-1]
    else:
        containing = [w for w in candidates if w.first <= reference <= w.last]
        chosen = containing[0] if containing else candidates[1]
    return chosen.first.year




def _season_is_name(ctx: Context, raw: str, start: int, end: int) -> bool:
    """'le printemps arabe', 'le Printemps de Bourges': a name, not a season."""
    lang = ctx.lang
    if lang.season_not_before is not None and lang.season_not_before.match(ctx.text, end):
        return True
    if lang.seasons_lower_case and raw[:1].isupper():
        position = ctx.text.find(raw, start, end)
        before = ctx.text[max(0, position - 40) : position].rstrip()
        # Only a capital at the start of a sentence (or a title line) is no name's.
        return bool(before) and before[-1] not in ".!?:«\"\n—–-("
    return False


def quarter(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'the third quarter', 'le premier trimestre 2011', 'Q3': a quarter of the DCT's year, or
    of last year when a past sentence names a later quarter."""
    number = int(g("qn") or 0) or ctx.lang.ordinals.get(fold(g("q") or ""))
    if number is None or not 1 <= number <= 4:
        return None
    when = when_quarter(_period_year(ctx, g, start, end, number, 4), number)
    return TimexType.DATE, when.label, when


def half_year(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'le premier semestre 2011', 'the second half of last year', 'H1 2012': a half year (2011-H1)."""
    number = int(g("qn") or 0) or ctx.lang.ordinals.get(fold(g("q") or ""))
    if number not in (1, 2):
        return None
    when = when_half(_period_year(ctx, g, start, end, number, 2), number)
    return TimexType.DATE, when.label, when


def _period_year(ctx: Context, g: Groups, start: int, end: int, number: int, per_year: int) -> int:
    """The year of the ``number``-th of the ``per_year`` periods of a year (quarters, halves): the
    year written, or the one "dernier"/"next" points to, else the DCT's. A later period in a past
    sentence is last year's when it ended at most half a year ago ("lost money in the fourth
    quarter", said in March; "au second semestre, les ventes ont chuté", said in April); in
    August it is to come."""
    if g("y") is not None:
        return year_of(g("y") or "")
    way = direction(ctx.lang, g("dir"))
    year = ctx.dct.year + {"past": -1, "future": 1}.get(way or "", 0)
    current = (ctx.dct.month - 1) * per_year // 12 + 1
    later = number > current and (current - number) % per_year <= per_year // 2
    if way is None and later and ctx.tense(start, end) == "past":
        year -= 1
    return year


def decade(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'les années 1990', 'the 80s' (not an age: 'in his 40s')."""
    raw = g("dec") or ""
    before = ctx.text[max(0, start - 20) : start]
    if before.endswith(("-", "/")) or _AGE_DECADE.search(before):
        return None  # "KC-30s"; "in his 40s", "in their late 30s": an age
    value = int(raw)
    if len(raw) == 2:
        value += 1900
    if value % 10:
        return None
    first = dt.date(value, 1, 1)
    last = dt.date(value + 9, 12, 31)
    label = f"{value // 10}X"
    when = When(first, last, Precision.DECADE, label)
    return TimexType.DATE, ctx.lang.decade_value.format(value // 10), when


def century(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'le XXe siècle', 'the 19th century'."""
    raw = (g("cent") or g("cent2") or "").upper()  # cent2: a century without its noun
    if raw.isdigit():
        number = int(raw)
    else:
        number = 0
        for i, ch in enumerate(raw):
            v = _ROMAN.get(ch, 0)
            nxt = _ROMAN.get(raw[i + 1], 0) if i + 1 < len(raw) else 0
            number += -v if v < nxt else v
    if not 1 <= number <= 21:
        return None
    base = (number - 1) * 100
    first = dt.date(max(base, 1), 1, 1)
    last = dt.date(base + 99, 12, 31)
    label = f"{number - 1:02d}XX"
    when = When(first, last, Precision.CENTURY, label)
    return TimexType.DATE, ctx.lang.century_value.format(f"{number - 1:02d}"), when

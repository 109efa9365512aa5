"""Expressions with no place on the timeline: durations ("pendant trois ans", "for two weeks",
"une dizaine de jours"), sets ("chaque année", "tous les deux ans", "weekly") and references
("actuellement", "de nos jours", "for the time being", "weeks ago").

Ages ("un homme de 32 ans", "Il avait 47 ans."), times of day ("à 19 heures"), fractions ("three
quarters of its value") and names ("les 24 Heures du Mans") are not durations.
"""

from __future__ import annotations

import re

from tui.extract.model import TimexType
from tui.extract.timex.context import Context, Groups, Result
from tui.extract.timex.language import fold
from tui.extract.timex.rules.common import a_pair_of_times, approx_number, number, unit

_FRACTION_AFTER = re.compile(
    r"[^\S\n]+(?:of[^\S\n]+(?:its|the|their|his|her|a|an|all|this|that|these|those|our|your)|des|du|de[^\S\n]+la|de[^\S\n]+l['’])(?!\w)",
    re.I,
)
_IN_A_ROW = re.compile(r"consecutive|straight|successive|consécutifs", re.I)
_ROUND_THE_CLOCK = re.compile(r"[^\S\n]+sur[^\S\n]+\d")
_OF_NOUN = re.compile(r"\s*(?:de|d['’])\s*[a-zà-ÿ]")  # "10 ans de prison", "ses 10 ans de mandat"
_WORD_BEFORE = re.compile(r"(\w+['’]?)\s*\Z")
# Decades and centuries count in years, half-years in months.
_LETTER = {"10Y": "Y", "100Y": "Y", "6M": "M"}
_FACTOR = {"10Y": 10, "100Y": 100, "6M": 6}
# An unsaid number of decades or centuries cannot be counted in years: TIMEX3 has their own
# letters ("plusieurs décennies", "for decades": PXDE, not PXY, which would read "some years").
_VAGUE_LETTER = {"10Y": "DE", "100Y": "CE"}
# A set every N units ("tous les deux ans", "toutes les dix minutes"): its value.
_SET_VALUES = {"D": "P{}D", "W": "P{}W", "M": "P{}M", "Y": "P{}Y", "H": "PT{}H", "MIN": "PT{}M"}


def duration(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """A count (or "X": "des années", "several weeks") of a unit: P3Y, P2W, PT5H, P1.5Y."""
    code = unit(ctx.lang, g("u"))
    if code is None or _not_a_duration(ctx, g, code, start, end):
        return None
    letter = _LETTER.get(code, code)
    if g("vague") is not None or (g("n") is None and g("an") is None):
        amount = "X"
        letter = _VAGUE_LETTER.get(code, letter)
    else:
        amount = _amount(ctx, g, code)
        if amount is None:
            return None
    if letter == "H":
        value = f"PT{amount}H"
    elif letter == "MIN":
        value = f"PT{amount}M"
    else:
        value = f"P{amount}{letter}"
    return TimexType.DURATION, value, None


def _not_a_duration(ctx: Context, g: Groups, code: str, start: int, end: int) -> bool:
    """A name, "24 heures sur 24", a fraction, an age or a time of day."""
    unit_word = g("u") or ""
    if ctx.lang.code == "fr" and unit_word[:1].isupper() and not _sentence_start(ctx, start):
        return True  # "les 24 Heures du Mans", "la guerre de Cent Ans": a name
    if _ROUND_THE_CLOCK.match(ctx.text[end : end + 8]):
        return True  # "24 heures sur 24", "7 jours sur 7": round the clock, not a duration
    if code == "Q" and _FRACTION_AFTER.match(ctx.text, end) and not _IN_A_ROW.search(ctx.text, start, end):
        return True  # "three quarters of its value": a fraction ("two straight quarters of" is not)
    if code == "Y" and _is_age(ctx, start, end, g("u"), g("approx") is not None):
        return True
    if code in ("H", "MIN") and g("approx") is None and (
        fold(g("cue") or "") in ctx.lang.clock_cues or _word_before(ctx, start) in ctx.lang.clock_cues
    ):
        return not _a_pair_of_amounts(ctx, g, start, end)  # "à 19 heures": a time of day
    return False


def _a_pair_of_amounts(ctx: Context, g: Groups, start: int, end: int) -> bool:
    """"de 3 à 5 heures", "entre 6 et 8 heures", "de 10 à 15 heures de route": either number of
    hours of a pair that is no pair of times (rules/clock.py takes "de 9 à 18 heures")."""
    first, second = number(ctx.lang, g("n")), number(ctx.lang, g("n2"))
    if first is not None and second is not None:  # the first number, its pair read ahead
        return not a_pair_of_times(int(first), int(second))
    bare = ctx.lang.clock.bare_pair_before
    found = bare.search(ctx.text, max(0, start - 20), start) if bare is not None else None
    if found is None or first is None:
        return False
    of_noun = ctx.lang.clock.of_noun
    if of_noun is not None and of_noun.match(ctx.text, end):
        return True  # "15 heures de route"
    return not a_pair_of_times(int(found.group("first")), int(first))


def _amount(ctx: Context, g: Groups, code: str) -> str | None:
    """The count of units as the value writes it ("3", "1.5"; decades and centuries in years,
    half-years in months), or None when it is no count."""
    if g("an") is not None:
        n = approx_number(ctx.lang, g("an"))
    else:
        n = number(ctx.lang, g("n")) if g("n") else 1.0
    if n is None or n <= 0 or n > 100000:
        return None
    if g("n2") is not None:  # "entre 8 et 10 jours": a range goes up
        upper = number(ctx.lang, g("n2"))
        if upper is None or upper <= n:
            return None
    if g("half"):
        n += 0.5
    n *= _FACTOR.get(code, 1)
    return str(int(n)) if n == int(n) else f"{n:g}"


def _sentence_start(ctx: Context, start: int) -> bool:
    before = ctx.text[max(0, start - 40) : start].rstrip()
    return not before or before[-1] in ".!?:«\"\n—–-("


def _word_before(ctx: Context, start: int) -> str:
    match = _WORD_BEFORE.search(ctx.text[max(0, start - 20) : start])
    return fold(match.group(1)) if match else ""


def _is_age(ctx: Context, start: int, end: int, unit_word: str | None, approx: bool) -> bool:
    """'un électricien de 37 ans,', 'Théodore Monod, 97 ans,', 'un homme de 32 ans',
    'Il avait 47 ans.': an age, not a duration."""
    lang = ctx.lang
    if lang.age_before is None or lang.age_after is None:
        return False
    text = ctx.text
    if lang.age_units and fold(unit_word or "") not in lang.age_units:
        return False
    lo = max(0, start - 60)
    before = lang.age_before.search(text, max(0, start - 40), start)
    if before is not None and before.group("strong") is not None:
        return True
    if approx:  # "plus de 16 ans": an age only after a person ("habitants de plus de 16 ans")
        before = None
    if before is not None and lang.age_after.match(text, end) is not None:
        return True
    if lang.age_person is not None:
        person = lang.age_person.search(text, lo, start)
        if person is not None and fold(person.group("noun")) not in lang.age_duration_nouns:
            # "une peine de 10 ans de prison": what follows "ans" makes it a duration
            if not _OF_NOUN.match(text[end : end + 6]):
                return True
    if lang.age_possessive is not None and not approx and lang.age_possessive.search(text, max(0, start - 8), start):
        if not _OF_NOUN.match(text[end : end + 6]):  # "ses 10 ans de mandat"
            return True
    if lang.age_anniversary is not None and not approx and lang.age_anniversary.search(text, max(0, start - 30), start):
        return True  # "la célébration des 60 ans du club"
    if lang.age_verb is not None and lang.age_verb_after is not None and not approx:
        if lang.age_verb.search(text, max(0, start - 12), start) and lang.age_verb_after.match(text, end):
            return True
    return False


def hour_amount(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'une autonomie de 3 h 30', 'contre 3 h à 5 h', '2 h de route': hours written as a time of
    day that no time rule took, an amount after an amount cue, in a pair, or before "de" a noun."""
    words = ctx.lang.clock
    before = ctx.text[max(0, start - 40) : start]
    cued = words.amount_cue is not None and words.amount_cue.search(before) is not None
    paired = words.pair_before is not None and words.pair_before.search(before) is not None
    of_noun = words.of_noun is not None and words.of_noun.match(ctx.text, end) is not None
    if not (cued or paired or of_noun):
        return None
    hours, minutes = int(g("hh") or "0"), int(g("mm") or "0")
    if not 0 < hours <= 99:
        return None
    return TimexType.DURATION, f"PT{hours}H" + (f"{minutes}M" if minutes else ""), None


def duration_word(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """A word that is a duration by itself: "un quinquennat", "un demi-siècle"."""
    value = ctx.lang.duration_words.get(fold(g("dw") or ""))
    return (TimexType.DURATION, value, None) if value else None


def recurrence(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'chaque année', 'tous les deux ans', 'every three weeks', 'quotidien', 'weekly', 'tous les
    lundis' (XXXX-WXX-1), 'every evening' (TEV), 'chaque été' (XXXX-SU), 'every weekend'
    (XXXX-WXX-WE), 'le premier mardi du mois' (P1M), 'every other week' (P2W)."""
    calendar = calendar_set(ctx, g)
    if calendar is not None:
        return TimexType.SET, calendar, None
    if g("other") is not None:
        code = unit(ctx.lang, g("u"))
        return (TimexType.SET, f"P2{code}", None) if code in ("D", "W", "M", "Y") else None
    if g("u") is not None and g("n") is not None:  # "tous les deux ans", "every ten minutes"
        code = unit(ctx.lang, g("u"))
        count = number(ctx.lang, g("n"))
        if code not in _SET_VALUES or count is None or count != int(count) or not 1 <= count <= 100:
            return None
        return TimexType.SET, _SET_VALUES[code].format(int(count)), None
    if g("u") is not None:
        code = unit(ctx.lang, g("u"))
        if code in ("D", "W", "M", "Y", "Q"):
            return TimexType.SET, f"P1{code}", None
        if code == "6M":
            return TimexType.SET, "P6M", None
        return None
    key = fold(g("set") or "")
    if _noun_after_determiner(ctx, key, start):
        return None
    value = ctx.lang.sets.get(key)
    if value is None:
        return None
    return TimexType.SET, value, None


def calendar_set(ctx: Context, g: Groups) -> str | None:
    """The value of a set of calendar points: a weekday (at a part of the day), a part of the
    day, a season or the weekend, every week, day or year; a weekday of every month."""
    lang = ctx.lang
    raw_part = g("part") or g("dp")
    part = lang.day_parts.get(fold(raw_part).rstrip("s")) if raw_part else None
    if g("wd") is not None:
        weekday = lang.weekdays.get(fold(g("wd") or ""))
        if weekday is None:
            return None
        if g("mw") is not None:
            return "P1M"  # "le premier mardi du mois": once a month
        return f"XXXX-WXX-{weekday + 1}" + (f"T{part}" if part else "")
    if part:
        return f"T{part}"
    if g("season") is not None:
        code = lang.seasons.get(fold(g("season") or "").rstrip("s")) or lang.seasons.get(fold(g("season") or ""))
        return f"XXXX-{code}" if code else None
    if g("we") is not None:
        return "XXXX-WXX-WE"
    return None


def reference(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'actuellement', 'récemment', "l'avenir", 'the long term': PRESENT_REF, PAST_REF or FUTURE_REF."""
    word = fold(g("ref") or "")
    if _noun_after_determiner(ctx, word, start):
        return None
    entry = ctx.lang.references.get(word)
    if entry is None:
        return None
    kind, value = entry
    if value != "PRESENT_REF" and unit(ctx.lang, _word_before(ctx, start)) is not None:
        return None  # "deux semaines auparavant": the amount's direction, no time of its own
    return TimexType(kind), value, None


def past_reference(ctx: Context, g: Groups, start: int, end: int) -> Result | None:
    """'weeks ago', 'a few years ago': some time ago, with no place on the timeline."""
    return TimexType.DATE, "PAST_REF", None


def _noun_after_determiner(ctx: Context, word: str, start: int) -> bool:
    """'le quotidien Le Monde', 'sans précédent': an adjective used as a noun."""
    if word not in ctx.lang.noun_after_determiner or ctx.lang.determiner_before is None:
        return False
    return ctx.lang.determiner_before.search(ctx.text, max(0, start - 12), start) is not None

"""Turning a rule match into a TIMEX3 type, value and place on the timeline.

One :class:`Resolver` per document: it remembers the latest explicit day and year the text wrote,
which anchor weekdays and anaphoric expressions ("le lendemain", "the following year").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from tui.corpus.document import DocDate
from tui.extract.model import Precision, TimexType, When
from tui.extract.timex.language import Lang, fold
from tui.extract.timex.when import (
    month_last,
    safe_date,
    when_day,
    when_month,
    when_quarter,
    when_range,
    when_season,
    when_time,
    when_week,
    when_year,
)

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# A full stop ends a sentence, except after an initial or a title ("M. Romney", "Dr. Smith").
SENTENCE_STOP = re.compile(
    r"[!?\n]|\.(?<!\b[A-Z]\.)(?<!\bM[Mr]\.)(?<!\bM[sM]e\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bMs\.)"
)
MAX_SENTENCE = 400
# What may follow a bare year with no cue: punctuation (French puts a space before some) or the end.
_AFTER_YEAR = re.compile(r"[^\S\n]*(?:[.,;:)»!?\"”]|\n|$)")


# Words that start another clause: a year written before one does not carry over to a month.
_CLAUSE_BREAK = re.compile(
    r"(?<!\w)(?:and|that|but|while|which|who|when|since|then|now|et|que|qu|qui|mais|alors|dont|où|lorsque|quand|depuis|puis|ensuite|désormais|maintenant)(?!\w)",
    re.IGNORECASE,
)

_OF_EVENT = re.compile(r"[^\S\n]+(?:de|du|des|d['’]|of)(?!\w)", re.IGNORECASE)

_EN_EVENT = re.compile(r"[^\S\n]+(?:the|a|an|his|her|its|their)(?!\w)", re.IGNORECASE)

_AGE_DECADE = re.compile(r"(?<!\w)(?:his|her|their|its|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?\Z", re.I)

_FRACTION_AFTER = re.compile(
    r"[^\S\n]+(?:of[^\S\n]+(?:its|the|their|his|her|a|an|all|this|that|these|those|our|your)|des|du|de[^\S\n]+la|de[^\S\n]+l['’])(?!\w)",
    re.I,
)
_IN_A_ROW = re.compile(r"consecutive|straight|successive|consécutifs", re.I)

_Result = tuple[TimexType, str, When | None]


# Rule kind → the Resolver method that resolves it. Method names, not bound methods kept on each
# resolver: those would make every resolver a reference cycle, garbage only the cyclic collector
# frees (34 objects an article).
_HANDLERS = {
    "date": "_date",
    "range": "_range",
    "season": "_season",
    "decade": "_decade",
    "century": "_century",
    "ago": "_ago",
    "rel": "_rel",
    "relunit": "_relunit",
    "duration": "_duration",
    "weekday": "_weekday",
    "year": "_year",
    "set": "_set",
    "ref": "_ref",
    "pastref": "_pastref",
    "quarter": "_quarter",
    "clock": "_clock",
    "durword": "_durword",
    "wdday": "_weekday_and_day",
    "monthweek": "_month_week",
}


class Resolver:
    def __init__(self, text: str, dct: DocDate, lang: Lang) -> None:
        self.text = text
        self.dct = dct
        self.lang = lang
        self.dct_day: dt.date | None = dct.first_day() if dct.has_day else None
        self.explicit: dt.date | None = None  # latest explicit day written in the text
        self.last_day: dt.date | None = None  # latest day placed (explicit or relative)
        self._cues: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self.last_year: tuple[int, int] | None = None  # (year, position) of the last written year
        self.last_weekday: tuple[int, dt.date] | None = None  # (end, day) of the last weekday

    def handle(self, kind: str, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        """Resolve a match of a rule of ``kind`` (its groups through ``g``)."""
        return getattr(self, _HANDLERS[kind])(g, start, end)

    def _pastref(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        return TimexType.DATE, "PAST_REF", None

    # -- shared helpers --

    def _tense(self, start: int, end: int) -> str | None:
        """'past', 'future' or None: the tense cue nearest to text[start:end] in its sentence."""
        text = self.text
        lo = max(0, start - MAX_SENTENCE)
        left = lo
        for m in SENTENCE_STOP.finditer(text, lo, start):
            left = m.end()
        stop = SENTENCE_STOP.search(text, end, min(len(text), end + MAX_SENTENCE))
        right = stop.start() if stop else min(len(text), end + MAX_SENTENCE)
        best: tuple[int, str] | None = None
        for cue_start, cue_end, kind in self._tense_cues(left, right):
            if cue_start < end and cue_end > start:
                continue
            distance = start - cue_end if cue_end <= start else cue_start - end
            if best is None or distance < best[0]:
                best = (distance, kind)
        return best[1] if best else None

    def _tense_cues(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The tense cues inside the sentence [lo, hi), scanned once per sentence.

        Only the sentences around dates are scanned: most of an article has none, and the cue
        pattern (any long word may be a verb) is the slowest regex of the tagger.
        """
        key = (lo, hi)
        cues = self._cues.get(key)
        if cues is None:
            text = self.text
            # Scanned 120 characters past the sentence so the pattern's look-aheads see what
            # follows its last word; a cue counts only if it ends inside the sentence.
            cues = self._cues[key] = [
                (m.start(), m.end(), "past" if m.group("past") is not None else "future")
                for m in self.lang.tense.finditer(text, lo, min(len(text), hi + 120))
                if m.end() <= hi
            ]
        return cues

    def _direction(self, mod: str | None) -> str | None:
        if not mod:
            return None
        key = fold(mod)
        if key in self.lang.past_words:
            return "past"
        if key in self.lang.next_words:
            return "future"
        return None

    def _number(self, raw: str | None) -> float | None:
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
            value = self.lang.numbers.get(word)
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

    def _approx_number(self, raw: str | None) -> float | None:
        """'une dizaine d'', 'une vingtaine de': the round number."""
        for word in re.findall(r"\w+", fold(raw or "")):
            if word in self.lang.approx_numbers:
                return float(self.lang.approx_numbers[word])
        return None

    def _ref_month(self) -> tuple[int, int, int | None]:
        return self.dct.year, self.dct.month, self.dct.day

    def _resolve_year(self, month: int, day: int | None, direction: str | None) -> int:
        """The year of a partial date (month, day): the candidate nearest the DCT, within a
        window that the tense shifts (past: up to a year back; future: up to a year ahead)."""
        year, ref_month, ref_day = self._ref_month()
        if ref_day is None and month == ref_month:
            return year  # a month-only DCT: its own month is neither past nor future
        reference = dt.date(year, ref_month, ref_day or 15)
        # News mostly looks back: without a tense cue the window is the past one.
        low, high = {"past": (-350, 125), "future": (-125, 350)}.get(direction or "", (-200, 150))
        for candidate in (year, year - 1, year + 1):
            date = safe_date(candidate, month, min(day or 15, month_last(candidate, month)))
            if date is None:
                continue
            delta = (date - reference).days
            if low <= delta <= high:
                return candidate
        return year

    def _sentence_year(self, start: int) -> int | None:
        """The year written earlier in the same sentence, close before ``start``, if any."""
        if self.last_year is None:
            return None
        year, position = self.last_year
        if not 0 <= start - position <= 60 or SENTENCE_STOP.search(self.text, position, start):
            return None
        if _CLAUSE_BREAK.search(self.text, position, start):  # "in 2003 and that as of February"
            return None
        return year

    def _strict_past(self, month: int, day: int | None) -> int:
        """'le 6 mai dernier', 'juin derniers': the latest such date before the DCT."""
        year, ref_month, ref_day = self._ref_month()
        if day is None:
            return year - 1 if month >= ref_month else year
        if (month, day) >= (ref_month, ref_day or 32):
            return year - 1
        return year

    def _strict_future(self, month: int, day: int | None) -> int:
        year, ref_month, ref_day = self._ref_month()
        if day is None:
            return year + 1 if month <= ref_month else year
        if (month, day) <= (ref_month, ref_day or 0):
            return year + 1
        return year

    def _cue_before(self, position: int) -> str | None:
        cue = self.lang.cue.search(self.text, max(0, position - 30), position)
        return cue.group("cue") if cue else None

    def _month_cue(self, cue: str | None) -> bool:
        if cue is None:
            return False
        return self.lang.month_cues is None or fold(cue) in self.lang.month_cues

    def _year_of(self, raw: str) -> int:
        value = int(raw)
        if len(raw) <= 2:
            value += 1900 if value > 40 else 2000
        return value

    def _month_of(self, g: Callable[[str], str | None]) -> int | None:
        raw = g("m")
        if raw is not None:
            return self.lang.months.get(fold(raw))
        raw = g("mn")
        if raw is not None:
            return int(raw)
        return None

    def _day_of(self, raw: str | None) -> int | None:
        if raw is None:
            return None
        key = fold(raw)
        if key in self.lang.ordinals:
            return self.lang.ordinals[key]
        digits = re.match(r"\d+", key)
        return int(digits.group()) if digits else None

    def _dct_month_uncertain(self) -> _Result:
        """A day-level expression in an article dated only by month: the month, uncertain."""
        when = when_month(self.dct.year, self.dct.month, uncertain=True)
        return TimexType.DATE, when.label, when

    def _placed_day(self, day: dt.date, part: str | None, explicit: bool) -> _Result:
        self.last_day = day
        if explicit:
            self.explicit = day
        if part:
            code = self.lang.day_parts.get(fold(part))
            if code:
                when = when_time(day, code)
                return TimexType.TIME, when.label, when
        return TimexType.DATE, day.isoformat(), when_day(day)

    # -- kinds --

    def _date(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        month = self._month_of(g)
        if month is None or not 1 <= month <= 12:
            return None
        if g("sy") is not None:
            # "Mai 68" (a capital: the event's name) or "en octobre 98." (before punctuation)
            if not ((g("m") or "")[:1].isupper() or _AFTER_YEAR.match(self.text, end)):
                return None
            year = self._year_of(g("sy") or "")
            self.last_year = (year, end)
            when = when_month(year, month)
            return TimexType.DATE, when.label, when
        day = self._day_of(g("d"))
        raw_year = g("y")
        mod = g("mod")
        if (
            day is None
            and raw_year is None
            and mod is None
            and g("edge") is None
            and fold(g("m") or "") in self.lang.ambiguous_months
            and not self._month_cue(g("cue"))
        ):
            return None
        if raw_year is None and g("ydir") is not None:
            year = self.dct.year + {"past": -1, "future": 1}.get(self._direction(g("ydir")) or "", 0)
        elif raw_year is not None:
            year = self._year_of(raw_year)
            self.last_year = (year, end)
        else:
            direction = self._direction(mod)
            sentence_year = None if direction or day is not None else self._sentence_year(start)
            if sentence_year is not None:
                year = sentence_year  # "en 1997 (en janvier rue X, en octobre rue Y)"
            elif direction == "past":
                year = self._strict_past(month, day)
            elif direction == "future":
                year = self._strict_future(month, day)
            else:
                year = self._resolve_year(month, day, self._tense(start, end))
            weekday = self.lang.weekdays.get(fold(g("wd") or ""))
            if weekday is not None and day is not None:
                # "mercredi 12 mars": the nearest year in which the weekday fits.
                for candidate in (year, year - 1, year + 1):
                    date = safe_date(candidate, month, day)
                    if date is not None and date.weekday() == weekday:
                        year = candidate
                        break
        if day is None:
            when = when_month(year, month)
            return TimexType.DATE, when.label, when
        date = safe_date(year, month, day)
        if date is None:
            return None
        return self._placed_day(date, g("part"), explicit=True)

    def _range(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        if g("d") is None and g("m") is None:
            y1, y2 = self._year_of(g("y") or "0"), self._year_of(g("y2") or "0")
            if not 0 < y2 - y1 <= 100:
                return None
            a, b = when_year(y1), when_year(y2)
        else:
            month2 = self.lang.months.get(fold(g("m2") or ""))
            month1 = self.lang.months.get(fold(g("m") or "")) or month2
            if month1 is None or month2 is None:
                return None
            raw_y2 = g("y2") or g("y")
            if raw_y2 is not None:
                year2 = self._year_of(raw_y2)
            else:
                year2 = self._resolve_year(month2, self._day_of(g("d2")), self._tense(start, end))
            year1 = self._year_of(g("y")) if g("y") else (year2 - 1 if month1 > month2 else year2)
            d1, d2 = self._day_of(g("d")), self._day_of(g("d2"))
            if d1 is not None and d2 is not None:
                first, last = safe_date(year1, month1, d1), safe_date(year2, month2, d2)
                if first is None or last is None or last <= first:
                    return None
                a, b = when_day(first), when_day(last)
                self.explicit = self.last_day = first
            else:
                a, b = when_month(year1, month1), when_month(year2, month2)
                if b.first <= a.first:
                    return None
        when = when_range(a, b)
        return TimexType.DATE, a.label, when

    def _season(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        word = fold(g("season") or "")
        code = self.lang.seasons.get(word)
        if code is None:
            return None
        raw_year, mod, det = g("y"), g("mod"), g("det")
        cue = g("cue")
        if raw_year is None and self._season_is_name(g("season") or "", start, end):
            return None
        weak_det = det is not None and fold(det) == "the" and word in self.lang.ambiguous_seasons
        anchored = (
            raw_year is not None or mod is not None or (det is not None and not weak_det)
            or g("edge") is not None or g("inn") is not None
        )
        if not anchored and not (cue is not None and fold(cue) in self.lang.season_cues):
            if word in self.lang.ambiguous_seasons or self.lang.season_cues:
                return None
        if raw_year is not None:
            year = self._year_of(raw_year)
        else:
            # The season of the DCT's year; "dernier"/"last" is the latest one fully before the
            # DCT, "prochain"/"next" the first one after it.
            reference = self.dct.first_day() if self.dct.has_day else dt.date(self.dct.year, self.dct.month, 15)
            # Only "dernier"/"last" and "prochain"/"next" move it: tense is a poor guide here
            # ("les législatives anticipées à l'automne semblaient...").
            direction = self._direction(mod) or (self._direction(det) if det else None)
            candidates = [when_season(y, code) for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1)]
            if direction == "past":
                before = [w for w in candidates if w.last < reference]
                chosen = before[-1] if before else candidates[0]
            elif direction == "future":
                after = [w for w in candidates if w.first > reference]
                chosen = after[0] if after else candidates[-1]
            else:
                containing = [w for w in candidates if w.first <= reference <= w.last]
                chosen = containing[0] if containing else candidates[1]
            year = chosen.first.year
        when = when_season(year, code)
        return TimexType.DATE, when.label, when

    def _season_is_name(self, raw: str, start: int, end: int) -> bool:
        """'le printemps arabe', 'le Printemps de Bourges': a name, not a season."""
        lang = self.lang
        if lang.season_not_before is not None and lang.season_not_before.match(self.text, end):
            return True
        if lang.seasons_lower_case and raw[:1].isupper():
            position = self.text.find(raw, start, end)
            before = self.text[max(0, position - 40) : position].rstrip()
            # Only a capital at the start of a sentence (or a title line) is no name's.
            return bool(before) and before[-1] not in ".!?:«\"\n—–-("
        return False

    def _decade(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        raw = g("dec") or ""
        before = self.text[max(0, start - 20) : start]
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
        return TimexType.DATE, self.lang.decade_value.format(value // 10), when

    def _century(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        raw = (g("cent") or "").upper()
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
        return TimexType.DATE, self.lang.century_value.format(f"{number - 1:02d}"), when

    def _unit(self, raw: str | None) -> str | None:
        return self.lang.units.get(fold(raw or ""))

    def _ago(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        n = self._number(g("n")) if g("an") is None else self._approx_number(g("an"))
        unit = self._unit(g("u"))
        if n is None or unit is None or n != int(n) or n > 5000:
            return None
        if g("inf") is not None and self._tense(start, end) != "future":
            return None  # "the biggest fall in two years": a duration
        count = int(n)
        sign = 1 if (g("dir") is not None or g("fut") is not None) else -1
        deltas = {
            "D": relativedelta(days=count),
            "W": relativedelta(weeks=count),
            "M": relativedelta(months=count),
            "6M": relativedelta(months=6 * count),
            "Q": relativedelta(months=3 * count),
            "Y": relativedelta(years=count),
            "10Y": relativedelta(years=10 * count),
            "100Y": relativedelta(years=100 * count),
            "H": relativedelta(hours=count),
            "MIN": relativedelta(minutes=count),
        }
        delta = deltas[unit]
        if unit in ("Y", "10Y", "100Y"):
            year = self.dct.year + sign * (count * {"Y": 1, "10Y": 10, "100Y": 100}[unit])
            if not 1 <= year <= 9999:
                return None
            when = when_year(year)
            return TimexType.DATE, when.label, when
        base_month = dt.date(self.dct.year, self.dct.month, 1)
        if unit in ("M", "6M", "Q"):
            target = base_month + delta if sign > 0 else base_month - delta
            when = when_month(target.year, target.month)
            return TimexType.DATE, when.label, when
        if self.dct_day is None:
            if unit in ("H", "MIN"):
                return self._dct_month_uncertain()
            target = self.dct.first_day() + delta if sign > 0 else self.dct.first_day() - delta
            when = when_month(target.year, target.month, uncertain=True)
            return TimexType.DATE, when.label, when
        target = self.dct_day + delta if sign > 0 else self.dct_day - delta
        if isinstance(target, dt.datetime):
            target = target.date()
        return TimexType.DATE, target.isoformat(), when_day(target)

    def _rel(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        part = g("part")
        if g("nd") is not None:  # "the next morning": from the last day placed
            part = g("part")
            offset = -1 if fold(g("nd") or "") == "previous" else 1
            base = self.last_day or self.dct_day
        elif g("lp") is not None:
            part = g("lp")
            offset = 0
            base = self.last_day or self.dct_day
        elif g("ad") is not None:
            offset = self.lang.anchor_days.get(fold(g("ad") or ""))
            if offset is None:
                return None
            base = self.last_day or self.dct_day
            event = _OF_EVENT.match(self.text, end) or (
                fold(g("ad") or "") in ("the day after", "the day before") and _EN_EVENT.match(self.text, end)
            )
            if base is not None and event:
                # "à la veille des Jeux", "au lendemain de l'élection": around an event the text
                # does not date; the guess stays off the timeline.
                day = base + dt.timedelta(days=offset)
                return TimexType.DATE, day.isoformat(), None
        else:
            raw = g("rd")
            offset = self.lang.relative_days.get(fold(raw), 0) if raw is not None else 0
            base = self.dct_day
            if raw is None and g("night") is not None:
                offset = -1
        if base is None:
            return self._dct_month_uncertain()
        return self._placed_day(base + dt.timedelta(days=offset), part, explicit=False)

    def _relunit(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        unit = self.lang.calendar_units.get(fold(g("u") or ""))
        if unit is None:
            return None
        raw_dir = fold(g("dir") or "")
        direction = self._direction(raw_dir)
        if g("dir") is not None and direction is None and raw_dir not in self.lang.this_words and raw_dir != "the":
            return None
        if raw_dir == "the" and g("edge") is None and g("edge2") is None and unit != "weekend":
            return None  # "the year" alone names no year; "the end of the year" does
        sign = {"past": -1, "future": 1}.get(direction or "", 0)
        if unit == "year":
            base = self.dct.year
            if raw_dir in self.lang.anaphoric_words and self.last_year is not None:
                base = self.last_year[0]  # "in 2001 ..., and the following year"
            when = when_year(base + sign)
            self.last_year = (base + sign, end)
            return TimexType.DATE, when.label, when
        if unit == "month":
            target = dt.date(self.dct.year, self.dct.month, 1) + relativedelta(months=sign)
            when = when_month(target.year, target.month)
            return TimexType.DATE, when.label, when
        if unit == "quarter":
            quarter = (self.dct.month - 1) // 3 + 1 + sign
            year = self.dct.year
            if quarter == 0:
                year, quarter = year - 1, 4
            elif quarter == 5:
                year, quarter = year + 1, 1
            when = when_quarter(year, quarter)
            return TimexType.DATE, when.label, when
        if unit == "decade":
            decade = (self.dct.year // 10 + sign) * 10
            when = When(dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), Precision.DECADE, f"{decade // 10}X")
            return TimexType.DATE, self.lang.decade_value.format(decade // 10), when
        # week, weekend: need a day
        if self.dct_day is None:
            return self._dct_month_uncertain()
        when = when_week(self.dct_day + dt.timedelta(weeks=sign))
        if unit == "weekend":
            saturday = when.first + dt.timedelta(days=5)
            w = When(saturday, saturday + dt.timedelta(days=1), Precision.WEEK, when.label + "-WE")
            return TimexType.DATE, w.label, w
        return TimexType.DATE, when.label, when

    def _duration(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        unit = self._unit(g("u"))
        if unit is None:
            return None
        unit_word = g("u") or ""
        if self.lang.code == "fr" and unit_word[:1].isupper() and not self._sentence_start(start):
            return None  # "les 24 Heures du Mans", "la guerre de Cent Ans": a name
        if re.match(r"[^\S\n]+sur[^\S\n]+\d", self.text[end : end + 8]):
            return None  # "24 heures sur 24", "7 jours sur 7": round the clock, not a duration
        if unit == "Q" and _FRACTION_AFTER.match(self.text, end) and not _IN_A_ROW.search(self.text, start, end):
            return None  # "three quarters of its value": a fraction ("two straight quarters of" is not)
        if unit == "Y" and self._is_age(start, end, g("u"), g("approx") is not None):
            return None
        if unit in ("H", "MIN") and g("approx") is None and (
            fold(g("cue") or "") in self.lang.clock_cues or self._word_before(start) in self.lang.clock_cues
        ):
            return None  # "à 19 heures": a time of day
        if g("vague") is not None or (g("n") is None and g("an") is None):
            amount = "X"
        else:
            if g("an") is not None:
                n = self._approx_number(g("an"))
            else:
                n = self._number(g("n")) if g("n") else 1.0
            if n is None or n <= 0 or n > 100000:
                return None
            if g("n2") is not None:  # "entre 8 et 10 jours": a range goes up
                upper = self._number(g("n2"))
                if upper is None or upper <= n:
                    return None
            if g("half"):
                n += 0.5
            factor = {"10Y": 10, "100Y": 100, "6M": 6}.get(unit, 1)
            n *= factor
            amount = str(int(n)) if n == int(n) else f"{n:g}"
        letter = {"10Y": "Y", "100Y": "Y", "6M": "M"}.get(unit, unit)
        if amount == "X" and unit in ("10Y", "100Y", "6M"):
            letter = "Y" if unit != "6M" else "M"
        if letter == "H":
            value = f"PT{amount}H"
        elif letter == "MIN":
            value = f"PT{amount}M"
        else:
            value = f"P{amount}{letter}"
        return TimexType.DURATION, value, None

    def _sentence_start(self, start: int) -> bool:
        before = self.text[max(0, start - 40) : start].rstrip()
        return not before or before[-1] in ".!?:«\"\n—–-("

    def _word_before(self, start: int) -> str:
        match = re.search(r"(\w+['’]?)\s*\Z", self.text[max(0, start - 20) : start])
        return fold(match.group(1)) if match else ""

    def _is_age(self, start: int, end: int, unit_word: str | None, approx: bool) -> bool:
        """'un électricien de 37 ans,', 'Théodore Monod, 97 ans,', 'un homme de 32 ans',
        'Il avait 47 ans.': an age, not a duration."""
        lang = self.lang
        if lang.age_before is None or lang.age_after is None:
            return False
        text = self.text
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
                if not re.match(r"\s*(?:de|d['’])\s*[a-zà-ÿ]", text[end : end + 6]):
                    return True
        if lang.age_possessive is not None and not approx and lang.age_possessive.search(text, max(0, start - 8), start):
            if not re.match(r"\s*(?:de|d['’])\s*[a-zà-ÿ]", text[end : end + 6]):  # "ses 10 ans de mandat"
                return True
        if lang.age_verb is not None and lang.age_verb_after is not None and not approx:
            if lang.age_verb.search(text, max(0, start - 12), start) and lang.age_verb_after.match(text, end):
                return True
        return False

    def _weekday_date(self, weekday: int, mod: str | None, start: int, end: int) -> dt.date | None:
        """The day a weekday names: before or after its anchor by the modifier or the tense."""
        direction = self._direction(mod)
        tense = None if direction else self._tense(start, end)
        anchor = self.dct_day
        if self.explicit is not None and (direction is None or anchor is None):
            # The narrative's own latest day, when it is close to the document date (and, for a
            # past event, not after it).
            lo = self.dct.first_day() - dt.timedelta(days=31)
            hi = self.dct.last_day() + dt.timedelta(days=31)
            if tense != "future" and self.dct_day is not None:
                hi = self.dct_day
            if lo <= self.explicit <= hi:
                anchor = self.explicit
        if anchor is None:
            return None
        if direction == "past":
            back = (anchor.weekday() - weekday) % 7 or 7
            return anchor - dt.timedelta(days=back)
        if direction == "future":
            ahead = (weekday - anchor.weekday()) % 7 or 7
            return anchor + dt.timedelta(days=ahead)
        if tense == "future":
            return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
        return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)

    def _weekday_and_day(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        """'le mardi 7': the day numbered so, on that weekday, in the month nearest the anchor."""
        weekday = self.lang.weekdays.get(fold(g("wd") or ""))
        number = self._day_of(g("d"))
        if weekday is None or number is None:
            return None
        anchor = self.last_day or self.dct_day or dt.date(self.dct.year, self.dct.month, 15)
        best: dt.date | None = None
        for shift in (0, -1, 1, -2, 2):
            month_start = dt.date(anchor.year, anchor.month, 1) + relativedelta(months=shift)
            date = safe_date(month_start.year, month_start.month, number)
            if date is not None and date.weekday() == weekday:
                if best is None or abs((date - anchor).days) < abs((best - anchor).days):
                    best = date
        if best is None:
            return None
        return self._placed_day(best, None, explicit=True)

    def _weekday(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        weekday = self.lang.weekdays.get(fold(g("wd") or ""))
        if weekday is None:
            return None
        day = self._chained_weekday(weekday, g("mod"), start)
        if day is None:
            day = self._weekday_date(weekday, g("mod"), start, end)
        if day is None:
            return self._dct_month_uncertain()
        self.last_weekday = (end, day)
        return self._placed_day(day, g("part"), explicit=False)

    def _chained_weekday(self, weekday: int, mod: str | None, start: int) -> dt.date | None:
        """'de vendredi à samedi', 'entre vendredi matin et lundi soir', 'from Monday to
        Thursday': the second weekday of a span is the first such day after the first one."""
        if self.last_weekday is None or mod:
            return None
        previous_end, previous = self.last_weekday
        if not 0 <= start - previous_end <= 25:
            return None
        between = fold(self.text[previous_end:start])
        if not re.fullmatch(r"(?:\s*(?:matin|soir|après-midi|morning|evening|afternoon|night|,))*\s*"
                            r"(?:et|à|au|jusqu'à|jusqu'au|and|to|through|until|till|-|–)\s*", between):
            return None
        return previous + dt.timedelta(days=(weekday - previous.weekday()) % 7 or 7)

    def _year(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        raw = g("y") or ""
        cue = g("cue")
        if len(raw) == 2:
            if start > 0 and self.text[start - 1] in "'’":  # '82: the cue sits before the quote
                cue = self._cue_before(start - 1)
            if cue is None or fold(cue) not in self.lang.short_year_cues:
                return None
        elif g("edge") is None and (
            cue is None or (self.lang.year_cues is not None and fold(cue) not in self.lang.year_cues)
        ):
            after = _AFTER_YEAR.match(self.text, end)
            before = self.text[start - 1 : start] if start else ""
            if after is None and before not in ("(", "\n") and not self._year_after_noun(start, end):
                return None
        year = self._year_of(raw)
        self.last_year = (year, end)
        when = when_year(year)
        return TimexType.DATE, when.label, when

    def _year_after_noun(self, start: int, end: int) -> bool:
        """'la loi de 1905 sur', 'la crise de 2009 a touché': a year; 'de 2000 personnes' is not."""
        rule = self.lang.year_after_noun
        if rule is None or not 1800 <= int(self.text[start:end][-4:] or 0) <= 2100:
            return False
        before, not_after, not_nouns = rule
        found = before.search(self.text, max(0, start - 50), start)
        if found is None or fold(found.group("noun")) in not_nouns:
            return False
        return not_after.match(self.text, end) is None

    def _clock(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        day = self.last_day or self.dct_day
        month = self.lang.months.get(fold(g("m") or ""))
        if (g("rd") is not None or g("wd") is not None or g("cp") is not None) and self.dct_day is None:
            return None  # a month-only DCT: the day rules place it (uncertain)
        if month is not None and self._day_of(g("d")) is not None:
            number = self._day_of(g("d")) or 1
            day = safe_date(self._resolve_year(month, number, None), month, number) or day
        elif g("rd") is not None and self.dct_day is not None:
            day = self.dct_day + dt.timedelta(days=self.lang.relative_days.get(fold(g("rd") or ""), 0))
            self.last_day = day
        elif g("cp") is not None:  # "ce matin à 7 h"
            day = self.dct_day
        elif g("wd") is not None:
            weekday = self.lang.weekdays.get(fold(g("wd") or ""))
            day = self._weekday_date(weekday, g("mod"), start, end) if weekday is not None else day
            self.last_day = day
        if day is None:
            return None
        hour, minute = int(g("hh") or 0), int(g("mm") or 0)
        meridian = fold(g("ap") or "")[:1]
        if meridian == "p" and hour < 12:
            hour += 12
        elif meridian == "a" and hour == 12:
            hour = 0
        zone = "Z" if fold(g("tz") or "") in ("utc", "gmt", "z") else ""
        value = f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}"
        return TimexType.TIME, value, When(day, day, Precision.TIME, value)

    def _durword(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        value = self.lang.duration_words.get(fold(g("dw") or ""))
        return (TimexType.DURATION, value, None) if value else None

    def _quarter(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        quarter = int(g("qn") or 0) or self.lang.ordinals.get(fold(g("q") or ""))
        if quarter is None or not 1 <= quarter <= 4:
            return None
        if g("y") is not None:
            year = self._year_of(g("y") or "")
        else:
            direction = self._direction(g("dir"))
            year = self.dct.year + {"past": -1, "future": 1}.get(direction or "", 0)
            current = (self.dct.month - 1) // 3 + 1
            # A later quarter in a past sentence is last year's, when it ended at most half a year
            # ago ("lost money in the fourth quarter", said in March); in August it is to come.
            if direction is None and quarter > current and (current - quarter) % 4 <= 2 and self._tense(start, end) == "past":
                year -= 1
        when = when_quarter(year, quarter)
        return TimexType.DATE, when.label, when

    def _set(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        if g("u") is not None and g("n") is not None:  # "tous les deux ans", "every three weeks"
            unit = self._unit(g("u"))
            count = self._number(g("n"))
            if unit not in ("D", "W", "M", "Y") or count is None or count != int(count) or not 1 <= count <= 100:
                return None
            return TimexType.SET, f"P{int(count)}{unit}", None
        if g("u") is not None:
            unit = self._unit(g("u"))
            if unit in ("D", "W", "M", "Y", "Q"):
                return TimexType.SET, f"P1{unit}", None
            if unit == "6M":
                return TimexType.SET, "P6M", None
            return None
        key = fold(g("set") or "")
        if self._noun_after_determiner(key, start):
            return None
        value = self.lang.sets.get(key)
        if value is None:
            return None
        return TimexType.SET, value, None

    def _noun_after_determiner(self, word: str, start: int) -> bool:
        """'le quotidien Le Monde', 'sans précédent': an adjective used as a noun."""
        if word not in self.lang.noun_after_determiner or self.lang.determiner_before is None:
            return False
        return self.lang.determiner_before.search(self.text, max(0, start - 12), start) is not None

    def _month_week(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        """'the last week of March', 'la première semaine de mai': the ISO week."""
        month = self._month_of(g)
        word = fold(g("q") or "")
        if month is None:
            return None
        year = self._year_of(g("y")) if g("y") else self._resolve_year(month, None, self._tense(start, end))
        last = month_last(year, month)
        if word in self.lang.past_words or word in ("last", "final", "dernière"):
            day = dt.date(year, month, last) - dt.timedelta(days=3)
        else:
            rank = self.lang.ordinals.get(word)
            if rank is None or not 1 <= rank <= 4:
                return None
            day = dt.date(year, month, min(last, 7 * (rank - 1) + 4))
        when = when_week(day)
        return TimexType.DATE, when.label, when

    def _ref(self, g: Callable[[str], str | None], start: int, end: int) -> _Result | None:
        word = fold(g("ref") or "")
        if self._noun_after_determiner(word, start):
            return None
        entry = self.lang.references.get(word)
        if entry is None:
            return None
        kind, value = entry
        return TimexType(kind), value, None



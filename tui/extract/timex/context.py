"""The resolution context: what every date rule reads (the document, its date, the language) and
what the document's rules remember as they go (the latest day and year the text placed).

One :class:`Context` per document. It holds no function or bound method, so it makes no reference
cycle: the ingest pauses the cyclic collector, and a context is freed as soon as its document is
tagged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tui.corpus.document import DocDate
from tui.extract.model import TimexType, When
from tui.extract.timex.language import Lang, fold
from tui.extract.timex.when import when_day, when_month, when_time

# A full stop ends a sentence, except after an initial or a title ("M. Romney", "Dr. Smith").
SENTENCE_STOP = re.compile(
    r"[!?\n]|\.(?<!\b[A-Z]\.)(?<!\bM[Mr]\.)(?<!\bM[sM]e\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bMs\.)"
)
MAX_SENTENCE = 400
PRESENT_REACH = 40  # how far from a weekday a present-tense cue still dates it
QUOTE_MARKS = ("«", "»", "“", "”", '"')
LATE_PARTS = ("AF", "EV", "NI")  # parts of the day the small hours after them follow
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()«»\"“”—–]")

Groups = Callable[[str], str | None]
"""A rule match's groups by their local name ("d", "m", "y", ...); "cue" is the cue word before it."""
Result = tuple[TimexType, str, When | None]
"""A resolved match: its TIMEX3 type and value, and its place on the timeline if it has one."""


def _last_stop_end(text: str, lo: int, hi: int) -> int:
    """The end of the last SENTENCE_STOP in text[lo:hi] (``lo`` if none): its candidates found
    from the end with rfind rather than every stop of the window matched in turn (each match
    is one character, so the last one is the last candidate that matches)."""
    end = hi
    while True:
        at = max(text.rfind("!", lo, end), text.rfind("?", lo, end), text.rfind("\n", lo, end), text.rfind(".", lo, end))
        if at < 0:
            return lo
        if SENTENCE_STOP.match(text, at, hi):
            return at + 1
        end = at


@dataclass(slots=True, eq=False)
class Context:
    text: str
    dct: DocDate
    lang: Lang
    dct_day: dt.date | None = field(init=False)  # the DCT when it has a day
    explicit: dt.date | None = field(init=False, default=None)  # latest explicit day written in the text
    last_day: dt.date | None = field(init=False, default=None)  # latest day placed (explicit or relative)
    last_year: tuple[int, int] | None = field(init=False, default=None)  # (year, position) of the last written year
    # (year, position) of the latest date placed within one year, written or not ("the first
    # quarter", "en mars"): what "the previous year" counts from when it comes after the last year written
    focus_year: tuple[int, int] | None = field(init=False, default=None)
    last_weekday: tuple[int, dt.date] | None = field(init=False, default=None)  # (end, day) of the last weekday
    # the day of the latest afternoon, evening or night placed: a time before dawn after it is the
    # next day's ("hier après-midi ... arrivé à 0 h 50")
    last_night: dt.date | None = field(init=False, default=None)
    last_time: When | None = field(init=False, default=None)  # the latest clock time placed
    # (when, end) of the latest month or quarter placed: what "the same period last year" shifts
    focus_period: tuple[When, int] | None = field(init=False, default=None)
    # the first day of the latest day, week or month placed: what "that week", "le mois suivant"
    # count from
    focus_day: dt.date | None = field(init=False, default=None)
    cues: dict[tuple[int, int], list[tuple[int, int, str]]] = field(init=False, default_factory=dict)
    present_cues: dict[tuple[int, int], list[tuple[int, int, str]]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.dct_day = self.dct.first_day() if self.dct.has_day else None

    def tense(self, start: int, end: int, present: bool = False) -> str | None:
        """'past', 'future' or None: the tense cue nearest to text[start:end] in its sentence;
        with ``present``, a present-tense cue counts too (and may give 'present')."""
        left, right = self.sentence(start, end)
        best: tuple[int, str] | None = None
        cues = self._tense_cues(left, right, self.lang.tense, self.cues)
        if present:  # a present counts only near the expression: only its neighbourhood is scanned
            near = (max(left, start - PRESENT_REACH - 40), min(right, end + PRESENT_REACH + 40))
            cues = cues + self._tense_cues(*near, self.lang.present_tense, self.present_cues)
        for cue_start, cue_end, kind in cues:
            if cue_start < end and cue_end > start:
                continue
            distance = start - cue_end if cue_end <= start else cue_start - end
            if kind == "present" and not self._same_clause(cue_start, cue_end, start, end, distance):
                continue
            if self._across_quote(cue_start, cue_end, start, end):
                continue
            if self._across_clause(cue_start, cue_end, start, end):
                # a cue of the expression's own clause wins over a nearer one past a comma: "M. X,
                # qui sera reçu vendredi, a déclaré" (the relative clause's future dates Friday)
                distance += MAX_SENTENCE * 4
            if best is None or distance < best[0]:
                best = (distance, kind)
        return best[1] if best else None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence around text[start:end] (at most MAX_SENTENCE either side)."""
        text = self.text
        lo = max(0, start - MAX_SENTENCE)
        left = _last_stop_end(text, lo, start)
        stop = SENTENCE_STOP.search(text, end, min(len(text), end + MAX_SENTENCE))
        return left, stop.start() if stop else min(len(text), end + MAX_SENTENCE)

    def _same_clause(self, cue_start: int, cue_end: int, start: int, end: int, distance: int) -> bool:
        """Whether a present-tense cue is close to the expression, with no punctuation between:
        a present may be a state ("des tuyaux qui datent de 1900") far from the dated verb."""
        if distance > PRESENT_REACH:
            return False
        between = self.text[cue_end:start] if cue_end <= start else self.text[end:cue_start]
        return not _CLAUSE_PUNCTUATION.search(between)

    def _across_clause(self, cue_start: int, cue_end: int, start: int, end: int) -> bool:
        """Whether punctuation that ends a clause stands between a cue and the expression, or a
        conjunction between the expression and a cue after it ("signed on Monday and takes
        effect Friday": the present is Friday's clause's)."""
        lo, hi = (cue_end, start) if cue_end <= start else (end, cue_start)
        if _CLAUSE_PUNCTUATION.search(self.text, lo, hi) is not None:
            return True
        join = self.lang.clause_join
        return cue_start >= end and join is not None and join.search(self.text, lo, hi) is not None

    def _across_quote(self, cue_start: int, cue_end: int, start: int, end: int) -> bool:
        """Whether one of the cue and the expression is quoted and the other not: an odd number
        of quotation marks between them. A quotation has its own speaker and moment ("« Nous
        partirons demain », a-t-il dit lundi": "lundi" is the narrator's, in the past)."""
        lo, hi = (cue_end, start) if cue_end <= start else (end, cue_start)
        text = self.text
        return sum(text.count(mark, lo, hi) for mark in QUOTE_MARKS) % 2 == 1

    def _tense_cues(
        self, lo: int, hi: int, pattern: re.Pattern[str], cache: dict[tuple[int, int], list[tuple[int, int, str]]]
    ) -> list[tuple[int, int, str]]:
        """The cues of ``pattern`` inside the sentence [lo, hi), scanned once per sentence.

        Only the sentences around dates are scanned: most of an article has none, and the cue
        pattern (any long word may be a verb) is the slowest regex of the tagger.
        """
        key = (lo, hi)
        cues = cache.get(key)
        if cues is None:
            text = self.text
            # Scanned 120 characters past the sentence so the pattern's look-aheads see what
            # follows its last word; a cue counts only if it ends inside the sentence.
            # The scan stops at the first cue starting past the sentence: it and all after it
            # end past it (the characters past the sentence are only looked at).
            cues = cache[key] = []
            for m in pattern.finditer(text, lo, min(len(text), hi + 120)):
                if m.start() > hi:
                    break
                if m.end() <= hi:
                    cues.append((m.start(), m.end(), m.lastgroup or ""))
        return cues

    def habitual(self, start: int, end: int) -> bool:
        """Whether the sentence around text[start:end] says what usually happens ("souvent",
        "chaque année", "usually"): a season or a month in it is any year's."""
        if self.lang.habitual is None:
            return False
        return self.lang.habitual.search(self.text, *self.sentence(start, end)) is not None

    def anaphoric_year(self) -> int | None:
        """The year "the following year", "l'année précédente" count from: the latest year
        written or placed, whichever came last."""
        latest = max((y for y in (self.last_year, self.focus_year) if y is not None), key=lambda y: y[1], default=None)
        return latest[0] if latest is not None else None

    def cue_before(self, position: int) -> str | None:
        """The cue word ("en", "in", "depuis", ...) right before ``position``, if any."""
        cue = self.lang.cue.search(self.text, max(0, position - 30), position)
        return cue.group("cue") if cue else None

    def dct_month_uncertain(self) -> Result:
        """A day-level expression in an article dated only by month: the month, uncertain."""
        when = when_month(self.dct.year, self.dct.month, uncertain=True)
        return TimexType.DATE, when.label, when

    def placed_day(self, day: dt.date, part: str | None, explicit: bool) -> Result:
        """``day`` (at a part of the day, when ``part`` names one), remembered as the latest day
        placed and, when the text wrote it out, as the latest explicit one."""
        self.last_day = day
        if explicit:
            self.explicit = day
        if part:
            code = self.lang.day_parts.get(fold(part))
            if code in LATE_PARTS:
                self.last_night = day
            if code:
                when = when_time(day, code)
                return TimexType.TIME, when.label, when
        when = when_day(day)
        return TimexType.DATE, when.label, when

"""The scan: find candidate places cheaply, match the rules there, normalise what matches."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from tui.corpus.document import DocDate
from tui.extract.model import Precision, Timex, TimexType
from tui.extract.timex.language import Lang, Rule, language_data
from tui.extract.timex.context import Context
from tui.extract.timex.resolve import resolve

_LOOKBACK = 32  # how far an expression may start before its first digit or core word
_LOOKAHEAD = 160  # how far it may end after it
_WORD = re.compile(r"(?<!\w)\w+")
_ROMAN_ORDINAL = re.compile(r"[ivxlc]+(?:e|er|ème|è|th)$")
_LETTERS_DIGITS = re.compile(r"([^\W\d_]+)\d")  # "q3": a known word glued to a number
_RANGE_GAP = 16  # at most this many characters between the two points of a range ("du 3 au 5 mai")
_DAY_TIME_GAP = 12  # and between a day and its time of day ("ce matin, vers 7 h 30")
_CLAUSE_BREAK = re.compile(r"[.!?;:()\n]")  # not "29 octobre 2012. - Vers 10 h"


def _merge_spans(spans: Sequence[tuple[int, int]] | None, length: int) -> list[tuple[int, int]]:
    if spans is None:
        return [(0, length)]
    cleaned = sorted((max(0, int(s)), min(length, int(e))) for s, e in spans)
    merged: list[tuple[int, int]] = []
    for s, e in cleaned:
        if e <= s:
            continue
        if merged and s < merged[-1][1]:  # overlapping spans merge; adjacent ones stay apart
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def tag_timexes(
    text: str, dct: DocDate, lang: str, spans: Sequence[tuple[int, int]] | None = None
) -> list[Timex]:
    """Tag the temporal expressions of ``text`` (within ``spans``), normalised against ``dct``."""
    language = language_data("fr" if lang == "fr" else "en")
    written = text
    if language.code == "fr":
        text = _accented_capital_a(text)
    context = Context(text, dct, language)
    found: list[Timex] = []
    may_start = _may_start(language.vocabulary)
    for span_start, span_end in _merge_spans(spans, len(text)):
        # Matched up to span_end as if the text ended there (endpos, not a slice of the text:
        # a copy per span made a million short paragraphs take minutes).
        pos = span_start  # end of the last expression found
        tried = span_start  # word starts before this were tried already
        for hit in language.core.finditer(text, span_start, span_end):
            hit_start = hit.start()
            if hit_start < pos:
                continue
            lo = max(pos, tried, hit_start - _LOOKBACK)
            endpos = min(span_end, hit.end() + _LOOKAHEAD)
            for word in _WORD.finditer(text, lo, hit_start + 1):
                at = word.start()
                if at < pos:
                    continue
                if at != hit_start and not may_start[word.group()]:
                    continue
                timex, end = _match_at(context, language, text, at, endpos, span_end)
                if timex is not None:
                    found.append(_second_point(found, timex))
                    if language.code == "fr":  # English tags a day and its time as one
                        _time_refines_day(found, text)
                    pos = max(end, at + 1)
                    if pos > hit_start:
                        break
            tried = max(tried, hit_start + 1)
    if text is not written:  # the extents as written ("A 17 h", not "À 17 h")
        found = [dataclasses.replace(t, text=written[t.start : t.end]) for t in found]
    return found


# French capitals often drop their accent ("A 17 h, le train est parti", "A la fin de l'année"):
# a lone "A" opening a sentence or a line is the preposition "à" (the verb "a" never opens one:
# "A-t-il dit" is followed by a hyphen). Replaced by "À", one character for one, so that every
# rule and cue that reads "à" reads it, and offsets stay those of the text.
_CAPITAL_A = re.compile(r"(?:^|(?<=[.!?\n«(\-–—]\s)|(?<=[\n«(]))A(?=[^\S\n]+\w)", re.M)


def _accented_capital_a(text: str) -> str:
    if "A " not in text:
        return text
    return _CAPITAL_A.sub("À", text)


@lru_cache(maxsize=4)
def _may_start(vocabulary: frozenset[str]) -> "_MayStart":
    return _MayStart(vocabulary)


class _MayStart(dict):
    """Whether an expression may start at a word (one of the language's words, a number, a
    roman ordinal, a known word glued to a number): ``may_start[word]``, decided once per
    distinct word (a dict lookup: a quarter of an lru_cache call)."""

    def __init__(self, vocabulary: frozenset[str]) -> None:
        super().__init__()
        self.vocabulary = vocabulary

    def __missing__(self, word: str) -> bool:
        if len(self) >= 1 << 15:
            self.clear()
        token = word.casefold()
        vocabulary = self.vocabulary
        if token in vocabulary or token[0].isdigit() or _ROMAN_ORDINAL.match(token):
            result = True
        else:
            glued = _LETTERS_DIGITS.match(token) if token[-1].isdigit() else None
            result = glued is not None and glued.group(1) in vocabulary
        self[word] = result
        return result


def _second_point(found: list[Timex], timex: Timex) -> Timex:
    """The second point of a range written as two ("du [3] au [5 mai]"): the first is placed on
    the whole range, so the second is no place of its own on the timeline (one range, not two)."""
    if not found or timex.when is None:
        return timex
    first = found[-1]
    if (
        first.when is not None
        and first.when.precision is Precision.RANGE
        and first.when.last == timex.when.last
        and timex.start - first.end <= _RANGE_GAP
    ):
        return dataclasses.replace(timex, when=None)
    return timex


def _time_refines_day(found: list[Timex], text: str) -> None:
    """A day, then its time of day ("[hier] à [8 h]", two expressions as the French TimeBank
    writes them): the time is the place on the timeline, the day is no place of its own."""
    if len(found) < 2:
        return
    day, time = found[-2], found[-1]
    if _refines(day, time) and not _CLAUSE_BREAK.search(text, day.end, time.start):
        found[-2] = dataclasses.replace(day, when=None)


def _refines(day: Timex, time: Timex) -> bool:
    return (
        time.type is TimexType.TIME
        and time.when is not None
        and time.when.precision is Precision.TIME
        and time.value[10:11] == "T"
        and time.value[11:12].isdigit()  # a clock time, not a part of the day
        and day.when is not None
        and day.type in (TimexType.DATE, TimexType.TIME)
        and day.value[:10] == time.value[:10]
        and not day.value[11:12].isdigit()  # "5 h 25 CEST (3 h 25 UTC)": two times
        and 0 <= time.start - day.end <= _DAY_TIME_GAP
    )


def date_extent(timexes: Sequence[Timex], index: int, text: str = "", lang: str = "fr") -> tuple[int, int]:
    """Where the date of ``timexes[index]`` is written, for what quotes the text around it: its
    own extent, back over its day ("[hier] à [8 h]") and the words of an amount placed on the
    timeline ("il y a [trois ans]"), on to the second point of its range ("entre [2011] et
    [2012]"): those have no place of their own."""
    timex = timexes[index]
    start, end = timex.start, timex.end
    if index > 0:
        day = timexes[index - 1]
        if day.when is None and _refines(dataclasses.replace(day, when=timex.when), timex):
            start = day.start
    if index + 1 < len(timexes):
        second = timexes[index + 1]
        if (
            timex.when is not None
            and timex.when.precision is Precision.RANGE
            and second.when is None
            and second.type is TimexType.DATE
            and second.start - timex.end <= _RANGE_GAP
        ):
            end = second.end
    if text and timex.type is TimexType.DURATION and timex.when is not None:
        lead = language_data("fr" if lang == "fr" else "en").amount_lead
        found = lead.search(text, max(0, start - 24), start) if lead is not None else None
        if found is not None:
            start = found.start()
    return start, end


def _match_at(
    context: Context, language: Lang, text_view: str, at: int, endpos: int, span_end: int
) -> tuple[Timex | None, int]:
    """The expression starting at ``at``, if any; when a rule's normaliser declines, the later
    rules get their turn at the same place."""
    char = text_view[at].casefold()
    # The word the match opens with (whole: a match ends on no word character), when it tells
    # which rules may match (ASCII, not cut by endpos): those are tried alone.
    run = _RUN.match(text_view, at, endpos)
    word = run.group().casefold() if run is not None and run.end() < endpos and run.group().isascii() else None
    index = 0
    while True:
        if word is not None:
            match = _first_rule_match(language, language.rules_at(char, word, index), text_view, at, endpos, span_end)
        else:
            regex = language.matcher(char, index)
            if regex is None:
                return None, at
            match = regex.match(text_view, at, endpos)
            if match is not None and match.end() >= endpos and endpos < span_end:
                match = regex.match(text_view, at, span_end)
        if match is None:
            return None, at
        rule_name = match.lastgroup or ""
        rule = language.rules.get(rule_name)
        if rule is None:
            return None, at
        timex = _normalise(context, rule, match)
        if timex is not None:
            return timex, match.end()
        index = language.order.index(rule_name) + 1


_RUN = re.compile(r"\w+")


def _first_rule_match(
    language: Lang, rules: tuple[int, ...], text_view: str, at: int, endpos: int, span_end: int
) -> re.Match[str] | None:
    """What the matcher of ``rules`` (in their order) matches at ``at``, rule by rule: the first
    rule that matches, again up to ``span_end`` when that match reaches ``endpos``."""
    matchers = language.rule_matchers
    for end in (endpos, span_end):
        match = None
        for i in rules:
            match = matchers[i].match(text_view, at, end)
            if match is not None:
                break
        if match is None or match.end() < endpos or endpos >= span_end or end == span_end:
            return match
    return None  # (not reached: the second turn returns)


def _normalise(context: Context, rule: Rule, match: re.Match[str]) -> Timex | None:
    groups = rule.groups

    def g(name: str) -> str | None:
        if name == "cue":
            rule_start = match.start(rule.name)
            return context.cue_before(rule_start)
        global_name = groups.get(name)
        return match.group(global_name) if global_name is not None else None

    if "t" in groups and match.group(groups["t"]) is not None:
        start, end = match.span(groups["t"])
    else:
        start, end = match.span(rule.name)
    if end <= start:
        return None
    try:
        result = resolve(context, rule.kind, g, start, end)
    except Exception:  # a normaliser must never take the document down: skip the match
        return None
    if result is None:
        return None
    timex_type, value, when = result
    # The extent ends at a part of the day or a modifier only when the rule's own group did.
    text = context.text
    while end > start and text[end - 1].isspace():
        end -= 1
    if timex_type is TimexType.TIME and value[-2:] in _PARTS_OF_DAY:
        start = _with_part_modifier(context, text, start)
    return Timex(start, end, text[start:end], timex_type, value, when)


_PARTS_OF_DAY = frozenset({"MO", "AF", "EV", "NI"})


def _with_part_modifier(context: Context, text: str, start: int) -> int:
    """Where a part of the day starts with its modifier ("[tôt ce matin]", "[tard hier soir]"), as
    "tard dans la soirée" and "early this morning" are written whole."""
    pattern = context.lang.part_modifier
    found = pattern.search(text, max(0, start - 24), start) if pattern is not None else None
    return found.start() if found is not None else start


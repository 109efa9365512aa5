"""A document's happenings, sentence by sentence, in text order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter

from tui.extract.happenings.continuations import (
    _continuation, _may_continue, _news_day, _opens_on_demonstrative, _quote_runs_on, _same_occasion,
)
from tui.extract.happenings.happening import Happening, HappeningTable
from tui.extract.happenings.sentence import _sentence_happenings
from tui.extract.happenings.tokens import _Names, _tokens
from tui.extract.lexicon import lexicon
from tui.extract.model import Mention, Sentence, Timex, TimexType


def find_happenings(
    text: str,
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    mentions: Sequence[Mention],
    lang: str,
    article_last: dt.date | None = None,
    title_end: int = -1,
) -> HappeningTable:
    """The happenings told in ``sentences`` of ``text``, in text order. A happening dated after
    ``article_last`` (the article's last day) is a plan, not a happening: "la fermeture de son
    usine en 2015" told in 2012 is none (the announcement may be one). Sentences starting
    before ``title_end`` are the article's title: what they tell is marked ``title``."""
    lex = lexicon(lang)
    # (a DURATION placed on the timeline is "il y a [trois ans]": it dates as a date does)
    dated = [i for i, t in enumerate(timexes) if t.when is not None and t.type is not TimexType.SET]
    found: list[Happening] = []
    t_cursor = m_cursor = 0
    previous_end = 0
    told_before = False  # the sentence before this one told something
    quoting = False  # a quotation opened before this sentence runs on into it
    occasions: dict[str, int] = {}  # speaker → the date of their last dated statement
    story_day = -1  # the date of the day the paragraph tells, from its last dated telling
    for sentence in sentences:
        while t_cursor < len(dated) and timexes[dated[t_cursor]].start < sentence.start:
            t_cursor += 1
        while m_cursor < len(mentions) and mentions[m_cursor].start < sentence.start:
            m_cursor += 1
        inside = _within(dated, t_cursor, lambda i: timexes[i].end <= sentence.end)
        tokens = _tokens(text, sentence.start, sentence.end)
        names = _take_while(mentions, m_cursor, sentence.end)
        told: list[Happening] = []
        if inside or any(map(lex.may_predicate, map(_WORD, tokens))):  # else nothing to tell
            told = _sentence_happenings(text, sentence, tokens, inside, timexes, names, lex, lang, article_last, sentence.start < title_end)
        if sentence.start < title_end:
            told = [replace(h, title=True) for h in told if h.kind != "other"]
            if not told and tokens:  # "Science : découverte du boson": the lead's happening in its words
                told = [replace(_continuation(text, sentence, tokens), title=True, continues=False)]
        elif not told and (told_before or found and _opens_on_demonstrative(tokens, lex)) and (quoting or _may_continue(text, sentence, tokens, names, lex)):
            # (a demonstrative may show what a sentence further back told: "Cette découverte …")
            told = [_continuation(text, sentence, tokens, _opens_on_demonstrative(tokens, lex), quoting)]
            # ("Le musée dévoile aussi …": one more thing, not the one told before told again)
            told = [replace(h, another=any("additive" in role for role in lex.roles([t.word for t in tokens]))) for h in told]
        elif told:
            told = _same_occasion(text, told, names, timexes, occasions, article_last)
        if sentence.start >= title_end and article_last is not None:
            if story_day >= 0 and (inside or "\n" in text[previous_end : sentence.start]):
                story_day = -1  # (a sentence dating itself, or a new paragraph, tells of its own day)
            told = [replace(h, timex=story_day) if story_day >= 0 and _takes_the_story_day(h) else h for h in told]
            story_day = _day_told(told, timexes, article_last, story_day)
        previous_end = sentence.end
        found.extend(told)
        told_before = any(not h.weak or h.continues for h in told) and sentence.start >= title_end
        quoting = _quote_runs_on(text, sentence, quoting)
    return HappeningTable.of(found)


def _takes_the_story_day(h: Happening) -> bool:
    """Whether an undated happening is a step of the story its paragraph tells on a day
    before ("Hier, l'Assemblée a entendu le discours du Premier ministre. Elle a ensuite voté
    la confiance."): told by a verb in a past tense as done, not what someone said (a
    statement is told the day it is reported, unless dated)."""
    return h.timex < 0 and h.reported < 0 and h.narrated and not h.weak and h.kind != "statement"


def _day_told(told: list[Happening], timexes: Sequence[Timex], article_last: dt.date, day: int) -> int:
    """The date of the day the paragraph goes on telling after these happenings: the last of
    them dated to a day of the article's news (see ``_news_day``), else ``day``."""
    for h in told:
        if h.timex >= 0 and not h.weak and _news_day(timexes[h.timex].when, article_last):
            day = h.timex
    return day


def _within(indices: list[int], cursor: int, inside) -> list[int]:
    out = []
    while cursor < len(indices) and inside(indices[cursor]):
        out.append(indices[cursor])
        cursor += 1
    return out


def _take_while(mentions: Sequence[Mention], cursor: int, end: int) -> _Names:
    out = _Names()
    while cursor < len(mentions) and mentions[cursor].end <= end:
        out.append(mentions[cursor])
        cursor += 1
    return out


_WORD = attrgetter("word")

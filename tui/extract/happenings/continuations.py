"""Sentences read with the ones before them: a sentence telling nothing of its own that goes
on with the one before (a continuation), a quotation running on, and a speaker's undated
statements taking the day of their dated one (one occasion)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from tui.extract.happenings.happening import Happening
from tui.extract.happenings.headlines import _QUOTE_MARK, _shorten, _span_text
from tui.extract.happenings.tokens import _OPENING_QUOTES, _QUOTES, _Token, _has
from tui.extract.lexicon import Lexicon, actor_nouns, function_words
from tui.extract.model import ActorKind, Mention, Precision, Sentence, Timex, When
from tui.util.text import fold


_QUOTE_OPENS = frozenset("«“")
_QUOTE_CLOSES = frozenset("»”")


def _quote_runs_on(text: str, sentence: Sentence, quoting: bool) -> bool:
    """Whether a quotation is still open after ``sentence`` (``quoting``: open before it): its
    next sentences are the speaker's words ('Il a dit : « Le mât a cassé. Je rentre. »')."""
    for char in _QUOTE_MARK.findall(text, sentence.start, sentence.end):  # (the marks only: no loop over letters)
        if char in _QUOTE_OPENS:
            quoting = True
        elif char in _QUOTE_CLOSES:
            quoting = False
        else:  # '"': the same mark opens and closes
            quoting = not quoting
    return quoting


_OCCASION_SPEAKERS = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION})
_DAY_RANK = Precision.DAY.rank


def _same_occasion(
    text: str, told: list[Happening], names: list[Mention], timexes: Sequence[Timex], occasions: dict[str, int], article_last: dt.date | None = None
) -> list[Happening]:
    """Undated statements of a speaker whose statement an earlier sentence dated to a day take
    that day: an article tells what someone said on one occasion ("Jobs said on Friday that …
    Jobs also said that …"). So does a day the article's news has them act on, in the days
    before it ("Jobs unveiled the phone yesterday. … Jobs also noted that …": said there).
    ``occasions`` (speaker → date) is filled as the article is read."""
    out = []
    for h in told:
        speaker = _statement_speaker(h, names) if not h.weak else None
        if speaker is not None and h.kind != "statement":
            if h.timex >= 0 and article_last is not None and _news_day(timexes[h.timex].when, article_last):
                occasions[speaker] = h.timex
        elif speaker is not None:
            if h.timex >= 0 and timexes[h.timex].when.precision.rank <= _DAY_RANK:
                occasions[speaker] = h.timex
            elif h.timex < 0 and h.reported < 0 and speaker in occasions:
                h = replace(h, timex=occasions[speaker])
        out.append(h)
    return out


_NEWS_DAYS = 3  # how long before its article a day may be its news (a week on, what followed took days)


def _news_day(when: When, article_last: dt.date) -> bool:
    """Whether a date is a day (or a time of day) of the article's news: in the few days before it."""
    return when.precision.rank <= _DAY_RANK and 0 <= (article_last - when.first).days <= _NEWS_DAYS


def _statement_speaker(h: Happening, names: list[Mention]) -> str | None:
    """The person or organisation a statement's clause names as its subject (before its verb),
    by the last word of its name."""
    named = next((m for m in reversed(names) if h.clause_start <= m.start and m.end <= h.trigger_start and m.kind in _OCCASION_SPEAKERS), None)
    return fold(named.surface.split()[-1]) if named is not None and named.surface.split() else None


def _may_continue(text: str, sentence: Sentence, tokens: list[_Token], names: list[Mention], lex: Lexicon) -> bool:
    """A sentence that may go on with the one before: it names someone, opens on a subject
    pronoun, a demonstrative ("Cette découverte ouvre la voie", "This move surprised many":
    what was just told) or quotes."""
    if names:
        return True
    first = text[sentence.start : sentence.start + 1]
    if first != "" and (first in _QUOTES or first in "—–-"):
        return True
    return bool(tokens) and (tokens[0].word in function_words().pronouns or _opens_on_demonstrative(tokens, lex))


def _opens_on_demonstrative(tokens: list[_Token], lex: Lexicon) -> bool:
    """Whether a sentence opens on a demonstrative and the noun it shows ("Cette découverte …"),
    one naming no actor ("Cette entreprise emploie …" shows who, not what happened)."""
    if len(tokens) < 2 or not tokens[1].word.isalpha() or tokens[1].word in actor_nouns():
        return False
    return _has(lex.roles([tokens[0].word]), 0, "demonstratives")


def _continuation(text: str, sentence: Sentence, tokens: list[_Token], demonstrative: bool = False, quoted: bool = False) -> Happening:
    """A sentence going on with the one before: of kind "statement" when it opens on a quote
    or lies inside one opened before (``quoted``: someone's words, said on), else "other". One
    opening on a demonstrative refers back (``refers_back``): its noun names what it goes on
    with ("Cette découverte ouvre la voie")."""
    span = ((sentence.start, sentence.end),)
    headline = _shorten(_span_text(text, tokens, list(range(len(tokens)))))
    # Its "trigger" is its first words, where a subject pronoun standing for someone would be.
    opening = tokens[min(len(tokens), 3) - 1].end if tokens else sentence.start
    kind = "statement" if quoted or text[sentence.start : sentence.start + 1] in _OPENING_QUOTES else "other"
    return Happening(sentence.start, sentence.end, sentence.start, sentence.end, sentence.start, opening,
                     kind, -1, -1, span, headline, refers_back=demonstrative, continues=True)

"""Extraction of one document (dates, sentences, actor mentions, affiliations, happenings), and
its happenings made into tellings once the corpus has resolved its actors."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter

from tui.corpus.document import Document
from tui.extract.actors import find_mentions
from tui.extract.affiliations import Relation, find_relations
from tui.extract.gazetteer import Gazetteer
from tui.extract.happenings import Happening, HappeningTable, find_happenings
from tui.extract.merge import Telling
from tui.extract.model import Mention, ResolvedMention, Sentence, Timex, When
from tui.extract.timex.when import when_day, when_month
from tui.extract.sentences import split_sentences
from tui.extract.timex import date_extent, tag_timexes


@dataclass(frozen=True, slots=True)
class DocExtraction:
    """Everything found in one document before corpus-wide actor resolution.

    A pure function of the document and the gazetteer, so it can be computed in a worker process
    and cached per file.
    """

    timexes: tuple[Timex, ...]
    sentences: tuple[Sentence, ...]  # of the paragraphs that yield events
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...] = ()  # affiliations and roles between those mentions
    happenings: HappeningTable | tuple[Happening, ...] = ()  # what its sentences say happened, clause by clause


def extract_document(document: Document, gazetteer: Gazetteer) -> DocExtraction:
    # Dates are read in every paragraph that is text of the article (so a weekday can lean on a
    # day named in a crosshead), but teasers, credits and trailers are other articles' noise.
    readable = [(p.start, p.end) for p in document.paragraphs if not p.kind.is_noise]
    eventful = [(p.start, p.end) for p in document.paragraphs if p.kind.yields_events]
    timexes = tag_timexes(document.text, document.dct, document.lang, readable)
    sentences = [s for start, end in eventful for s in split_sentences(document.text, start, end)]
    mentions = find_mentions(document.text, readable, gazetteer)
    relations = find_relations(document.text, mentions)
    happenings = find_happenings(document.text, sentences, timexes, mentions, document.lang, article_when(document).last)
    return DocExtraction(tuple(timexes), tuple(sentences), tuple(mentions), tuple(relations), happenings)


def tellings_of(
    document: Document, extraction: DocExtraction, mentions: Sequence[ResolvedMention], actor_kinds: Sequence[str]
) -> list[Telling]:
    """The document's happenings with their actors resolved: the evidence events are made of.
    A happening whose subject is "il", "elle", "he" or "she" takes the person named last before
    it (within two sentences' reach)."""
    timexes = extraction.timexes
    # By start (mentions come in text order already), so a happening's scope finds its mentions
    # by bisection: a scan of every mention per happening was quadratic on a long article.
    actors_at = sorted(((m.start, m.end, m.actor) for m in mentions if m.actor >= 0), key=_START)
    starts = [start for start, _end, _actor in actors_at]
    people = [(start, actor) for start, _end, actor in actors_at if actor_kinds[actor] == "person"]
    people_starts = [start for start, _actor in people]
    sentence_number: dict[int, int] = {}
    tellings = []
    for happening in extraction.happenings:
        sentence = sentence_number.setdefault(happening.start, len(sentence_number))
        actors: dict[int, None] = {}
        places: dict[int, None] = {}
        for lo, hi in happening.scope:
            for start, end, actor in islice(actors_at, bisect_left(starts, lo), bisect_left(starts, hi)):
                if end <= hi:
                    where = _is_place(document.text, start, actor_kinds[actor]) and actor not in actors
                    (places if where else actors)[actor] = None
        if not actors:
            actors = dict.fromkeys(_pronoun_antecedent(document.text, happening, people, people_starts))
        timex = timexes[happening.timex] if happening.timex >= 0 else None
        date_start, date_end = date_extent(timexes, happening.timex, document.text, document.lang) if timex else (-1, -1)
        reported = timexes[happening.reported].when if happening.reported >= 0 else None
        tellings.append(
            Telling(
                document.id, happening.start, happening.end,
                date_start, date_end,
                timex.when if timex else None, reported, happening.kind, tuple(actors),
                happening.headline, happening.refers_back, sentence, happening.weak,
                happening.clause_start, happening.clause_end, tuple(p for p in places if p not in actors),
            )
        )
    return tellings


_START = itemgetter(0)
_SUBJECT_PRONOUN = re.compile(r"\b(?:il|elle|he|she)\b", re.IGNORECASE)
_PRONOUN_REACH = 600  # characters back to look for the person a pronoun stands for


def _pronoun_antecedent(
    text: str, happening: Happening, people: list[tuple[int, int]], starts: list[int]
) -> tuple[int, ...]:
    """The person named last before the happening's clause, within reach (``people`` and its
    ``starts`` in text order)."""
    if not _SUBJECT_PRONOUN.search(text, happening.clause_start, happening.trigger_start):
        return ()
    last = bisect_left(starts, happening.clause_start) - 1
    if last < 0 or starts[last] < happening.clause_start - _PRONOUN_REACH:
        return ()
    return (people[last][1],)


_LOCATIVE = re.compile(r"(?:\b(?:à|a|en|au|aux|dans|près de|in|at|near|to|from|de|d')\s*)$", re.IGNORECASE)


def _is_place(text: str, start: int, kind: str) -> bool:
    """A place or country named where something happened ("à Moscou", "in Japan"), not one that
    acts ("Moscou accuse", "la Russie a annexé")."""
    return kind in ("place", "country") and bool(_LOCATIVE.search(text, max(0, start - 12), start))


def article_when(document: Document) -> When:
    """The article's own date, standing in for the events no sentence dates."""
    dct = document.dct
    if dct.has_day:
        return when_day(dct.first_day())
    return when_month(dct.year, dct.month)

"""Events: each dated sentence, with the actors it names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.corpus.document import Document
from tui.extract.actors import find_mentions
from tui.extract.affiliations import Relation, find_relations
from tui.extract.gazetteer import Gazetteer
from tui.extract.model import DatedSentence, Mention, ResolvedMention, Sentence, Timex
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes


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


def extract_document(document: Document, gazetteer: Gazetteer) -> DocExtraction:
    # Dates are read in every paragraph that is text of the article (so a weekday can lean on a
    # day named in a crosshead), but teasers, credits and trailers are other articles' noise.
    readable = [(p.start, p.end) for p in document.paragraphs if not p.kind.is_noise]
    eventful = [(p.start, p.end) for p in document.paragraphs if p.kind.yields_events]
    timexes = tag_timexes(document.text, document.dct, document.lang, readable)
    sentences = [s for start, end in eventful for s in split_sentences(document.text, start, end)]
    mentions = find_mentions(document.text, readable, gazetteer)
    relations = find_relations(document.text, mentions)
    return DocExtraction(tuple(timexes), tuple(sentences), tuple(mentions), tuple(relations))



def dated_sentences(
    document: Document, extraction: DocExtraction, mentions: Sequence[ResolvedMention]
) -> list[DatedSentence]:
    """One event per distinct date in each sentence, carrying the sentence's actors."""
    events: list[DatedSentence] = []
    timexes = [t for t in extraction.timexes if t.when is not None]
    t_index = m_index = 0
    for sentence in extraction.sentences:
        while t_index < len(timexes) and timexes[t_index].start < sentence.start:
            t_index += 1
        while m_index < len(mentions) and mentions[m_index].start < sentence.start:
            m_index += 1
        inside = []
        t = t_index
        while t < len(timexes) and timexes[t].end <= sentence.end:
            inside.append(timexes[t])
            t += 1
        if not inside:
            continue
        actors: dict[int, None] = {}
        m = m_index
        while m < len(mentions) and mentions[m].end <= sentence.end:
            if mentions[m].actor >= 0:
                actors[mentions[m].actor] = None
            m += 1
        seen: set[str] = set()
        for timex in inside:
            assert timex.when is not None
            if timex.when.label in seen:
                continue
            seen.add(timex.when.label)
            events.append(
                DatedSentence(document.id, sentence.start, sentence.end, timex.start, timex.end, timex.when, tuple(actors))
            )
    return events

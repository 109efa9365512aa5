"""Assembly: the corpus-wide step from per-document extractions to the store (resolve actors
across documents, date events, index), and the serial build used by tests and small corpora."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from tui.corpus.document import Corpus, Document, Problem, main_language
from tui.extract.affiliations import link_actors
from tui.extract.events import DocExtraction, article_when, extract_document, tellings_of
from tui.extract.merge import MergedEvent, Telling, merge_tellings
from tui.extract.model import DatedSentence, Evidence
from tui.extract.gazetteer import Gazetteer, actors_files_in, load_gazetteer
from tui.extract.resolve import resolve_actors
from tui.store import Store

Progress = Callable[[int, int], None]  # (documents done, documents in all)


def build_store(corpus: Corpus, actors_files: Sequence[Path] = (), *, progress: Progress | None = None) -> Store:
    gazetteer, gazetteer_problems = load_gazetteer(actors_files)
    total = len(corpus.documents)
    extractions = []
    for done, document in enumerate(corpus.documents, 1):
        extractions.append(extract_document(document, gazetteer))
        if progress:
            progress(done, total)
    return assemble(corpus.documents, extractions, gazetteer, (*corpus.problems, *gazetteer_problems))


def assemble(
    documents: Sequence[Document],
    extractions: Sequence[DocExtraction],
    gazetteer: Gazetteer,
    problems: Sequence[Problem] = (),
    *,
    merge: bool = True,
) -> Store:
    """The corpus-wide steps: resolve actors across documents, make events of the happenings
    (joining the tellings of one happening unless ``merge`` is False), index the store."""
    actors, resolved = resolve_actors([x.mentions for x in extractions], gazetteer, main_language(documents))
    actors = link_actors(actors, documents, resolved, [x.relations for x in extractions])
    actor_kinds = [str(a.kind) for a in actors]
    tellings = [
        telling
        for document, extraction, mentions in zip(documents, extractions, resolved)
        for telling in tellings_of(document, extraction, mentions, actor_kinds)
    ]
    article_dates = [article_when(d) for d in documents]
    merged = merge_tellings(tellings, article_dates, actor_kinds, merge=merge)
    events = [_draft(event, tellings) for event in merged]
    del tellings, merged  # (the largest lists of the corpus-wide step: freed before the store is built)
    return Store.build(documents, events, actors, resolved, problems)


def _draft(event: MergedEvent, tellings: Sequence[Telling]) -> DatedSentence:
    """The store's input for one event: its first telling's place, and all its evidence."""
    first = tellings[event.tellings[0]]
    evidence = tuple(
        Evidence(t.doc, t.start, t.end, t.timex_start, t.timex_end, rule, t.clause_start, t.clause_end)
        for t, rule in ((tellings[i], rule) for i, rule in zip(event.tellings, event.rules))
    )
    return DatedSentence(
        first.doc, first.start, first.end, first.timex_start, first.timex_end, event.when, event.actors,
        event.headline, event.kind, event.reported, event.dated_by_article, evidence, event.participants,
    )

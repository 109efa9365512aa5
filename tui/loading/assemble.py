"""Assembly: the corpus-wide step from per-document extractions to the store (resolve actors
across documents, date events, index), and the serial build used by tests and small corpora."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from tui.corpus.document import Corpus, Document, Problem
from tui.extract.affiliations import link_actors
from tui.extract.events import DocExtraction, dated_sentences, extract_document
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
) -> Store:
    """The corpus-wide steps: resolve actors across documents, date events, index the store."""
    languages = Counter(d.lang for d in documents)
    display_lang = languages.most_common(1)[0][0] if languages else "fr"
    actors, resolved = resolve_actors([x.mentions for x in extractions], gazetteer, display_lang)
    actors = link_actors(actors, documents, resolved, [x.relations for x in extractions])
    events = [
        event
        for document, extraction, mentions in zip(documents, extractions, resolved)
        for event in dated_sentences(document, extraction, mentions)
    ]
    return Store.build(documents, events, actors, resolved, problems)

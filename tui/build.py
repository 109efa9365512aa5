"""From paths on disk to the store: read, extract, resolve actors, date events, index."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from tui.corpus.document import Corpus, Document, Problem
from tui.extract.affiliations import link_actors
from tui.extract.events import DocExtraction, dated_sentences, extract_document
from tui.extract.gazetteer import Gazetteer, actors_files_in, load_gazetteer
from tui.extract.resolve import resolve_actors
from tui.resources import seeds_dir
from tui.store import Store

Progress = Callable[[int, int], None]  # (documents done, documents in all)


def default_paths() -> list[str]:
    return [str(seeds_dir())]


def open_store(
    paths: Sequence[str | os.PathLike[str]] | None = None,
    *,
    actors_files: Sequence[str | os.PathLike[str]] = (),
    progress: Progress | None = None,
    cache: bool = True,
    partial: Callable[[Store], None] | None = None,
    workers: int | None = None,
) -> Store:
    """Build the store for ``paths`` (the bundled seeds when None or empty).

    Files are read and extracted in worker processes when there are many (``workers``, default
    one per core) and cached per file and as a whole store (``cache=False``: neither read nor
    written); ``partial`` receives stores to show before the final one (see
    ``tui.ingest.load_store``).
    """
    from tui.ingest import load_store

    bundled = not paths
    roots = default_paths() if bundled else [str(p) for p in paths]
    return load_store(
        roots,
        [*actors_files_in(roots), *(Path(f) for f in actors_files)],
        relative_to_root=bundled,
        progress=progress,
        partial=partial,
        cache=cache,
        workers=workers,
    )


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

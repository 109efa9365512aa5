"""From paths on disk to the store: read, extract, resolve actors, date events, index."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from tui.corpus.document import Corpus
from tui.corpus.reader import load_corpus
from tui.extract.affiliations import link_actors
from tui.extract.events import dated_sentences, extract_document
from tui.extract.gazetteer import actors_files_in, load_gazetteer
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
) -> Store:
    """Build the store for ``paths`` (the bundled seeds when None or empty)."""
    bundled = not paths
    roots = default_paths() if bundled else [str(p) for p in paths]
    corpus = load_corpus(roots, relative_to_root=bundled)
    return build_store(corpus, [*actors_files_in(roots), *(Path(f) for f in actors_files)], progress=progress)


def build_store(corpus: Corpus, actors_files: Sequence[Path] = (), *, progress: Progress | None = None) -> Store:
    gazetteer, gazetteer_problems = load_gazetteer(actors_files)
    total = len(corpus.documents)
    extractions = []
    for done, document in enumerate(corpus.documents, 1):
        extractions.append(extract_document(document, gazetteer))
        if progress:
            progress(done, total)
    languages = Counter(d.lang for d in corpus.documents)
    display_lang = languages.most_common(1)[0][0] if languages else "fr"
    actors, resolved = resolve_actors([x.mentions for x in extractions], gazetteer, display_lang)
    actors = link_actors(actors, corpus.documents, resolved, [x.relations for x in extractions])
    events = [
        event
        for document, extraction, mentions in zip(corpus.documents, extractions, resolved)
        for event in dated_sentences(document, extraction, mentions)
    ]
    return Store.build(corpus.documents, events, actors, resolved, (*corpus.problems, *gazetteer_problems))

"""Loading: from paths on disk to a store. Finds the files, looks them up in the cache, extracts
the rest (in a process pool when there are many), assembles the store and saves it.
Layered inside: ``shards`` (extraction mapped over shards of files) and ``open_store`` (here)
sit on ``ingest`` → ``cache`` → ``assemble``."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from tui.extract.gazetteer import actors_files_in
from tui.loading.assemble import Progress
from tui.loading.ingest import load_store
from tui.store import Store
from tui.util.resources import seeds_dir


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
    ``tui.loading.ingest.load_store``).
    """
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

"""Loading: from paths on disk to a store. Finds the files, looks them up in the cache, extracts
the rest (in a process pool when there are many), assembles the store and saves it, in the
named stages of ``tui.loading.ingest``. Layered inside: ``shards`` (extraction mapped over
shards of files) and ``open_store`` (here) sit on ``ingest`` → ``extraction`` → ``cache`` →
``assemble``."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from tui.loading.ingest import LoadOptions, LoadReport, Partial, Progress, default_paths, load
from tui.store import Store

__all__ = ["LoadOptions", "LoadReport", "default_paths", "load", "open_store"]


def open_store(
    paths: Sequence[str | os.PathLike[str]] | None = None,
    *,
    actors_files: Sequence[str | os.PathLike[str]] = (),
    progress: Progress | None = None,
    cache: bool = True,
    partial: Partial | None = None,
    workers: int | None = None,
    merge: bool = True,
) -> Store:
    """Build the store for ``paths`` (the bundled seeds when None or empty).

    ``actors_files`` are read after each corpus folder's actors.yaml. Files are read and
    extracted in worker processes when there are many (``workers``, default one per core) and
    cached per file and as a whole store (``cache=False``: neither read nor written);
    ``partial`` receives stores to show before the final one (see ``tui.loading.ingest.load``,
    which also says what the load did). ``merge=False`` keeps one event per telling (the tellings
    of one happening are not joined), a store cached apart from the merged one.
    """
    options = LoadOptions(tuple(Path(f) for f in actors_files), cache=cache, workers=workers, merge=merge)
    store, _report = load(paths, options, progress=progress, partial=partial)
    return store

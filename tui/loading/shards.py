"""Extracting a corpus too big for one machine: shards of files, mapped by any parallel engine.

Reading and extracting an article is a pure function of the file and the actors files. A
corpus is cut into shards (lists of files); ``extract_shard`` turns one shard into the reader's
own per-file cache entries (``tui.loading.cache``) under a cache folder. Any engine that can map a
function over a list runs it: ``multiprocessing`` here (``run_local``), Dask
(``dask.bag.from_sequence(shards).map(extract_shard, cache_root).compute()``) or Spark
(``sc.parallelize(shards, len(shards)).map(lambda s: extract_shard(s, root)).collect()``) on a
cluster, with the cache folder on storage every node sees (or gathered there afterwards). The
reader pointed at that folder (``NEWSLINE_CACHE_DIR``) then finds every file extracted and only
runs the corpus-wide step (actor resolution, event dating, indexing).

Entries are keyed by each file's absolute path, size, mtime and content hash: workers must see
the files at the same paths as the reader (a shared mount), or the reader re-extracts them.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tui.loading.cache import Cache, entries_context, file_key
from tui.corpus.document import Problem
from tui.corpus.reader import iter_article_paths
from tui.extract.gazetteer import actors_files_in, load_gazetteer
from tui.loading.extraction import die_with_parent, extract_file


@dataclass(frozen=True, slots=True)
class Shard:
    files: tuple[str, ...]
    actors_files: tuple[str, ...]  # the reader's: each corpus folder's actors.yaml, then --actors


@dataclass(frozen=True, slots=True)
class ShardReport:
    files: int
    extracted: int  # entries written
    cached: int  # entries already there
    skipped: int  # files that cannot be read (the reader reports them itself)


def plan(
    paths: Sequence[str | os.PathLike[str]], *, actors_files: Sequence[str | os.PathLike[str]] = (), size: int = 1000
) -> list[Shard]:
    """Cut the articles under ``paths`` into shards of ``size`` files, in the reader's order."""
    roots = [str(p) for p in paths]
    gazetteer_files = tuple(os.path.abspath(f) for f in [*actors_files_in(roots), *actors_files])
    # Absolute paths: a worker's current folder is not the reader's (entries key on them).
    files = [os.path.abspath(item[0]) for item in iter_article_paths(roots) if not isinstance(item, Problem)]
    return [Shard(tuple(files[i : i + size]), gazetteer_files) for i in range(0, len(files), max(1, size))]


def extract_shard(shard: Shard, cache_root: str | os.PathLike[str] | None = None) -> ShardReport:
    """Extract every file of ``shard`` into the cache at ``cache_root`` (default: the user's)."""
    cache = Cache(Path(cache_root) if cache_root is not None else None)
    actors_files = [Path(f) for f in shard.actors_files]
    context = entries_context(actors_files)
    gazetteer = None
    extracted = cached = skipped = 0
    for name in shard.files:
        key = file_key(Path(name))
        if key is None:
            skipped += 1
            continue
        entry = key.entry_key(context)
        if cache.load_file(entry) is not None:
            cached += 1
            continue
        if gazetteer is None:
            gazetteer, _ = load_gazetteer(actors_files)
        outcome = extract_file(Path(name), name, gazetteer)
        if isinstance(outcome, Problem):
            skipped += 1
            continue
        cache.save_file(entry, outcome)
        extracted += 1
    return ShardReport(len(shard.files), extracted, cached, skipped)


def _extract(task: tuple[Shard, str | None]) -> ShardReport:
    return extract_shard(*task)


def run_local(
    shards: Sequence[Shard], cache_root: str | os.PathLike[str] | None = None, workers: int | None = None
) -> list[ShardReport]:
    """Map ``extract_shard`` over ``shards`` with a local pool of ``workers`` processes (default:
    one per core), in the role of the engine."""
    root = str(cache_root) if cache_root is not None else None
    with multiprocessing.get_context("spawn").Pool(workers, die_with_parent, (os.getpid(),)) as pool:
        return pool.map(_extract, [(shard, root) for shard in shards], chunksize=1)

"""From article files to the store at scale: a process pool over files, and the cache.

Reading and extracting one article is a pure function of its bytes and the gazetteer
(``extract_file``), so files are spread over worker processes, each loading the gazetteer once
(the pool initializer). Every result is also a cache entry (``tui.loading.cache``): a worker writes it as
it goes, and a later run loads it instead of extracting. Corpus-wide actor resolution, event
dating and indexing then run once in the parent (``tui.loading.assemble.assemble``); the resolved store is
cached whole too, so reopening an unchanged corpus is a single read, and a caller that shows
stores as they come (the reader) gets the one last saved for the same paths, sizes and mtimes
before the contents are hashed to confirm it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path

from tui.loading.assemble import assemble
from tui.loading.cache import Cache, FileKey, collector_paused, file_keys, files_digest, pack, store_key
from tui.corpus.document import Document, Problem
from tui.corpus.reader import ArticleError, iter_article_paths, read_article
from tui.extract.events import DocExtraction, extract_document
from tui.extract.gazetteer import Gazetteer, load_gazetteer
from tui.store import Store

Progress = Callable[[int, int], None]  # (documents done, documents in all)
# A store to show before the final one: of the documents read so far during a long load, or the
# store last saved for the same paths, sizes and mtimes (the final store may be that same object).
Partial = Callable[[Store], None]

POOL_MIN_FILES = 200  # below this, starting worker processes costs more than it saves
CHUNK = 24  # files per task: few enough round trips, fine enough progress
PARTIAL_FIRST = 1.0  # seconds of loading before the first partial store
PARTIAL_MAX_SHARE = 0.3  # no partial store beyond this share of the corpus (memory), but the first


def throttled(report: Progress, every: float) -> Progress:
    """``report``, called at most once every ``every`` seconds, and always for the last file: a
    pool reports thousands of files, a display needs a few updates a second."""
    last = float("-inf")

    def progress(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if done == total or now - last >= every:
            last = now
            report(done, total)

    return progress


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class _File:
    index: int  # position among the corpus items
    path: Path
    display: str
    key: FileKey | None
    entry: str | None  # cache entry key, when caching


# One article's outcome: (document, warnings, extraction) or the problem that skipped it.
Extracted = tuple[Document, tuple[Problem, ...], DocExtraction]


def extract_file(path: Path, display: str, gazetteer: Gazetteer) -> Extracted | Problem:
    """Read and extract one article file (the pure, parallel part of building a store)."""
    try:
        document, warnings = read_article(path, display, 0)
    except ArticleError as error:
        return Problem(display, str(error))
    except Exception as error:  # noqa: BLE001 - a reader bug must not take the corpus down
        return Problem(display, f"could not be read ({type(error).__name__}: {error})")
    return document, tuple(warnings), extract_document(document, gazetteer)


# -- workers -------------------------------------------------------------------------------------

_worker_gazetteer: Gazetteer | None = None


def _init_worker(actors_files: Sequence[Path]) -> None:
    global _worker_gazetteer
    # A forked worker inherits the parent's paused collector (see _load_store): a worker's
    # results leave it as they are made, so it collects as usual.
    gc.enable()
    _worker_gazetteer, _ = load_gazetteer(actors_files)


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork when this process has a single thread (the headless commands): workers start at
    once. Spawn otherwise (the reader loads in a thread, and forking a threaded process can
    deadlock)."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr: under the reader, Textual
    captures ``sys.stderr`` with an object whose ``fileno()`` is -1, which the tracker would try
    to pass to its process ("bad value(s) in fds_to_keep")."""
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except Exception:  # noqa: BLE001 - io.UnsupportedOperation and the like
        usable = False
    if usable:
        return
    from multiprocessing import resource_tracker

    captured = sys.stderr
    sys.stderr = sys.__stderr__
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = captured


def _work(files: Sequence[_File], cache_root: Path | None) -> list[tuple[int, bytes | Problem]]:
    """A worker's task: extract ``files``; return each result pickled (the bytes also go to the cache)."""
    assert _worker_gazetteer is not None
    cache = Cache(cache_root) if cache_root is not None else None
    results: list[tuple[int, bytes | Problem]] = []
    for file in files:
        outcome = extract_file(file.path, file.display, _worker_gazetteer)
        if isinstance(outcome, Problem):
            results.append((file.index, outcome))
            continue
        data = pack(outcome)
        if cache is not None and file.entry is not None:
            cache.save_packed(file.entry, data)
        results.append((file.index, data))
    return results


# -- the pipeline --------------------------------------------------------------------------------


def load_store(
    roots: Sequence[str],
    actors_files: Sequence[Path] = (),
    *,
    relative_to_root: bool = False,
    progress: Progress | None = None,
    partial: Partial | None = None,
    cache: bool | Cache = True,
    workers: int | None = None,
    pool_min_files: int | None = None,
) -> Store:
    """The store of the articles under ``roots``, from the cache where it can.

    ``workers`` processes extract the files the cache misses (default: one per core; 1 keeps
    everything in this process). ``partial`` is called first with the store cached for the same
    paths, sizes and mtimes, if any (returned as the final store itself when the contents' hashes
    confirm it), and during a long load from time to time with a store of the documents done so
    far.
    """
    return _load_store(roots, actors_files, relative_to_root, progress, partial, cache, workers, pool_min_files)


def _load_store(
    roots: Sequence[str],
    actors_files: Sequence[Path],
    relative_to_root: bool,
    progress: Progress | None,
    partial: Partial | None,
    cache: bool | Cache,
    workers: int | None,
    pool_min_files: int | None,
) -> Store:

    store_cache = cache if isinstance(cache, Cache) else Cache() if cache else None
    last_timings.clear()
    clock = _Clock()
    items: list[_File | Problem] = []
    context = files_digest(actors_files, names=False) if store_cache is not None else ""
    found = list(iter_article_paths(roots, relative_to_root=relative_to_root))
    paths = [item[0] for item in found if not isinstance(item, Problem)]
    whole_context = f"{files_digest(actors_files)}\0{int(relative_to_root)}" if store_cache is not None else ""
    shown = quick_key = None
    if store_cache is not None and partial is not None:
        # The reader shows the store last saved for these paths, sizes and mtimes at once, and
        # checks it against the files' contents while it is on screen (hashing 10k files takes
        # ~0.2 s): the same store then stays, another one replaces it.
        quick_key = store_key([_describe_quickly(item) for item in found], whole_context)
        shown = _load_aliased(store_cache, quick_key)
        if shown is not None:
            partial(shown[1])
            clock.lap("store shown by paths, sizes and mtimes")
    keys = iter(file_keys(paths) if store_cache is not None else [None] * len(paths))
    for index, item in enumerate(found):
        if isinstance(item, Problem):
            items.append(item)
            continue
        path, display = item
        key = next(keys)
        entry = key.entry_key(context) if key is not None else None
        items.append(_File(index, path, display, key, entry))
    files = [i for i in items if isinstance(i, _File)]
    total = len(files)

    clock.lap("scan and file keys")
    whole_key = None
    if store_cache is not None:
        whole_key = store_key([_describe(i) for i in items], whole_context)
        if quick_key is None:  # the same key, from the stats the hashing made
            quick_key = store_key([_describe(i, quickly=True) for i in items], whole_context)
        if shown is not None and shown[0] == whole_key:
            store_cache.save_alias(quick_key, whole_key)  # (again: the most recently used are kept)
            return shown[1]  # the contents are what the store was built from
        store = store_cache.load_store(whole_key)
        clock.lap("whole store from the cache")
        if isinstance(store, Store):
            if quick_key is not None:
                store_cache.save_alias(quick_key, whole_key)
            if progress:
                progress(total, total)
            return store

    # A whole store on screen (the one shown by mtimes, its contents changed since) stays there
    # until the right one is built: no partial store replaces it, and it is not kept alive here.
    whole_store_shown, shown = shown is not None, None
    results: dict[int, Extracted | Problem] = {}
    missing: list[_File] = []
    with collector_paused():  # as below: entries pile up, none of them garbage
        for file in files:
            hit = store_cache.load_file(file.entry) if store_cache is not None and file.entry else None
            if _is_extracted(hit):
                results[file.index] = hit
            else:
                missing.append(file)
    if progress:
        progress(len(results), total)
    clock.lap("file entries from the cache")

    gazetteer, gazetteer_problems = None, []
    started = time.monotonic()
    published = 0

    def ordered() -> tuple[list[Document], list[DocExtraction], list[Problem]]:
        documents: list[Document] = []
        extractions: list[DocExtraction] = []
        problems: list[Problem] = []
        for item in items:
            if isinstance(item, Problem):
                problems.append(item)
                continue
            outcome = results.get(item.index)
            if outcome is None:
                continue
            if isinstance(outcome, Problem):
                problems.append(replace(outcome, path=item.display))
                continue
            document, warnings, extraction = outcome
            if document.id != len(documents) or document.path != item.display:
                document = replace(document, id=len(documents), path=item.display)
            documents.append(document)
            extractions.append(extraction)
            problems.extend(replace(w, path=item.display) for w in warnings)
        return documents, extractions, problems

    def maybe_publish() -> None:
        nonlocal published
        done = len(results)
        if partial is None or whole_store_shown or gazetteer is None or done >= total:
            return
        # Partial stores at growing intervals (1 s, then each time the corpus done doubles):
        # the reader fills in early, and rebuilding costs a bounded share of the load.
        if time.monotonic() - started < PARTIAL_FIRST or done < max(2 * published, 1):
            return
        if published and done > PARTIAL_MAX_SHARE * total:
            return  # a partial store shares memory with the whole one being built: enough shown
        with collector_paused():
            documents, extractions, problems = ordered()
            store = assemble(documents, extractions, gazetteer, [*problems, *gazetteer_problems])
        published = done
        partial(store)

    n_workers = default_workers() if workers is None else max(1, workers)
    use_pool = n_workers > 1 and len(missing) >= (POOL_MIN_FILES if pool_min_files is None else pool_min_files)
    global last_pool_error
    last_pool_error = None
    cache_root = store_cache.root if store_cache is not None else None
    # The results pile up (a million objects at 10k articles, none of them garbage): left on,
    # the cyclic collector scanned them again and again, 1.6 s of this process's CPU at 10k
    # articles, taken from the workers on a two-core machine. Extraction makes no reference
    # cycles (tests/test_scale.py checks it), so nothing waits for the collector meanwhile.
    with collector_paused():
        if use_pool:
            try:
                context_ = _pool_context()
                if context_.get_start_method() != "fork":
                    _start_resource_tracker()
                with ProcessPoolExecutor(
                    max_workers=n_workers,
                    mp_context=context_,
                    initializer=_init_worker,
                    initargs=(list(actors_files),),
                ) as pool:
                    pending: set[Future] = {
                        pool.submit(_work, missing[i : i + CHUNK], cache_root) for i in range(0, len(missing), CHUNK)
                    }
                    gazetteer, gazetteer_problems = load_gazetteer(actors_files)  # while the workers start
                    while pending:
                        done_futures, pending = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
                        for future in done_futures:
                            for index, outcome in future.result():
                                results[index] = pickle.loads(outcome) if isinstance(outcome, bytes) else outcome
                        if done_futures and progress:
                            progress(len(results), total)
                        maybe_publish()
            except Exception as error:  # noqa: BLE001 - BrokenProcessPool, OSError, RuntimeError, ...
                # No worker processes here (a sandbox, an unguarded script under spawn): finish in
                # this process what the pool did not (an extraction error raises again there).
                last_pool_error = f"{type(error).__name__}: {error}"
                missing = [file for file in missing if file.index not in results]
                use_pool = False
        if not use_pool:
            if gazetteer is None:
                gazetteer, gazetteer_problems = load_gazetteer(actors_files)
            for file in missing:
                outcome = extract_file(file.path, file.display, gazetteer)
                results[file.index] = outcome
                if store_cache is not None and file.entry is not None and not isinstance(outcome, Problem):
                    store_cache.save_file(file.entry, outcome)
                if progress:
                    progress(len(results), total)
                maybe_publish()

    clock.lap("extraction")
    with collector_paused():  # a million objects made and kept, none of them garbage
        documents, extractions, problems = ordered()
        store = assemble(documents, extractions, gazetteer, [*problems, *gazetteer_problems])
    results.clear()  # the extractions (mentions, dates, sentences) are in the store now: free them
    del extractions
    clock.lap("resolution, events, indexes")
    if store_cache is not None and whole_key is not None:
        store_cache.save_store(whole_key, store)
        if quick_key is not None:
            store_cache.save_alias(quick_key, whole_key)
        clock.lap("whole store to the cache")
    return store


def _load_aliased(store_cache: Cache, quick_key: str) -> tuple[str, Store] | None:
    """The store last saved under ``quick_key`` (paths, sizes, mtimes), with its full key."""
    whole_key = store_cache.load_alias(quick_key)
    store = store_cache.load_store(whole_key) if whole_key else None
    return (whole_key, store) if whole_key and isinstance(store, Store) else None


# Seconds per phase of the last load_store in this process (for the benchmarks), and why its
# worker pool failed if it did (the load then finished in this process).
last_timings: dict[str, float] = {}
last_pool_error: str | None = None


class _Clock:
    def __init__(self) -> None:
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        last_timings[name] = last_timings.get(name, 0.0) + now - self.last
        self.last = now


def _is_extracted(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 3
        and isinstance(value[0], Document)
        and isinstance(value[2], DocExtraction)
    )


def _describe_quickly(item: tuple[Path, str] | Problem) -> str:
    """A corpus item by its path, size and mtime only (no read): the key of the store shown first
    (what ``_describe(item, quickly=True)`` says once the file is hashed)."""
    if isinstance(item, Problem):
        return _describe(item)
    path, display = item
    try:
        stat = os.stat(path)
    except OSError:
        return f"unreadable\0{display}"
    return _described_file(display, os.path.abspath(path), stat.st_size, stat.st_mtime_ns)


def _describe(item: _File | Problem, *, quickly: bool = False) -> str:
    if isinstance(item, Problem):
        return f"problem\0{item}"
    key = item.key
    if key is None:
        return f"unreadable\0{item.display}"
    described = _described_file(item.display, key.path, key.size, key.mtime_ns)
    return described if quickly else f"{described}\0{key.digest}"


def _described_file(display: str, path: str, size: int, mtime_ns: int) -> str:
    return f"file\0{display}\0{path}\0{size}\0{mtime_ns}"

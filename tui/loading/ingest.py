"""From article files to the store, in named stages, each with its inputs and outputs:

    find_files      the article files under the paths, and the actors files that shape them
    store_by_stat   (a reopen in the reader) the store last saved for the same paths, sizes and
                    mtimes, shown at once while the contents are hashed
    key_files       each file's cache key (its content hashed) and cache entry
    cached_store    the whole store saved for these contents: reopening is a single read
    cached_entries  the files' extractions found in the cache, and the files it misses
    extract         the missing files, in worker processes when there are many (``extraction``)
    PartialStores   during a long load, stores of the articles done so far
    assemble_store  corpus-wide actor resolution, event dating and indexing (``assemble``)
    save_store      the whole store, and its by-stat alias, to the cache

``load`` runs them in that order and returns the store with a ``LoadReport`` (counts, where the
store came from, seconds per stage). Every stage without the cache (``LoadOptions.cache``
false) reads and writes none.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from tui.corpus.document import Problem
from tui.corpus.reader import iter_article_paths
from tui.extract.gazetteer import Gazetteer, actors_files_in
from tui.loading.cache import Cache, collector_paused, entries_context, file_keys, files_digest, read_limits, store_key
from tui.loading.extraction import (
    ArticleFile,
    LazyGazetteer,
    Outcome,
    default_workers,
    extract_in_pool,
    extract_serially,
    is_extracted,
)
from tui.store import Store
from tui.util import usercache
from tui.util.resources import seeds_dir

Progress = Callable[[int, int], None]  # (documents done, documents in all)
# A store to show before the final one: of the documents read so far during a long load, or the
# store last saved for the same paths, sizes and mtimes (the final store may be that same object).
Partial = Callable[[Store], None]

POOL_MIN_FILES = 200  # below this, starting worker processes costs more than it saves
PARTIAL_FIRST = 1.0  # seconds of loading before the first partial store
PARTIAL_MAX_SHARE = 0.3  # no partial store beyond this share of the corpus (memory), but the first


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """The options of a load, under the names they have from the command line down."""

    actors_files: tuple[Path, ...] = ()  # --actors FILE: read after each corpus folder's actors.yaml
    cache: bool = True  # --no-cache makes it False: the cache is neither read nor written
    workers: int | None = None  # extraction processes; None: one per core; 1: all in this process
    merge: bool = True  # --no-merge makes it False: one event per telling (a whole store of its own)


@dataclass
class LoadReport:
    """What one load did."""

    files: int = 0  # article files found (unreadable ones included)
    from_cache: int = 0  # of which extractions read from the cache
    extracted: int = 0  # of which read and extracted by this load
    problems: int = 0  # problems in the final store (skipped files, warnings, actors files)
    store_from_cache: bool = False  # the whole store was read from the cache (nothing assembled)
    shown_by_stat: bool = False  # a store of the same paths, sizes and mtimes was shown first
    partial_stores: int = 0  # stores of the articles done so far, given to ``partial``
    workers: int = 0  # worker processes that extracted (0: none, all done in this process)
    pool_error: str | None = None  # why the worker pool failed (its work was finished here)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, in order


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


def default_paths() -> list[str]:
    return [str(seeds_dir())]


# -- the pipeline --------------------------------------------------------------------------------


def load(
    paths: Sequence[str | os.PathLike[str]] | None = None,
    options: LoadOptions = LoadOptions(),
    *,
    progress: Progress | None = None,
    partial: Partial | None = None,
) -> tuple[Store, LoadReport]:
    """The store of the articles under ``paths`` (the bundled seeds when None or empty), from the
    cache where it can, and what the load did.

    ``partial`` is called first with the store cached for the same paths, sizes and mtimes, if
    any (returned as the final store itself when the contents' hashes confirm it), and during a
    long load from time to time with a store of the documents done so far.
    """
    if options.cache:
        return _load(paths, options, progress, partial)
    with usercache.bypassed():  # nor the compiled language data (tui.util.usercache)
        return _load(paths, options, progress, partial)


def _load(
    paths: Sequence[str | os.PathLike[str]] | None, options: LoadOptions, progress: Progress | None, partial: Partial | None
) -> tuple[Store, LoadReport]:
    report = LoadReport()
    clock = _Clock(report.timings)
    cache = Cache() if options.cache else None
    found = find_files(paths, options.actors_files)
    context = CacheContext.of(found, merge=options.merge) if cache is not None else None
    quick = shown = None
    if cache is not None and context is not None and partial is not None:
        # The reader shows the store last saved for these paths, sizes and mtimes at once, and
        # checks it against the files' contents while it is on screen (hashing 10k files takes
        # ~0.2 s): the same store then stays, another one replaces it.
        quick, shown = store_by_stat(cache, found, context.stores)
        if shown is not None:
            report.shown_by_stat = True
            partial(shown.store)
            clock.lap("store shown by paths, sizes and mtimes")
    items = key_files(found, context.entries if context is not None else None)
    files = [item for item in items if isinstance(item, ArticleFile)]
    report.files = len(files)
    clock.lap("scan and file keys")
    keys = None
    if cache is not None and context is not None:
        keys = store_keys(items, context.stores, quick)
        if shown is not None and shown.key == keys.whole:  # the contents are what it was built from
            cache.save_alias(keys.quick, keys.whole)  # (again: the most recently used are kept)
            return shown.store, _done(report, shown.store, from_cache=True)
        store = cached_store(cache, keys)
        clock.lap("whole store from the cache")
        if store is not None:
            if progress:
                progress(len(files), len(files))
            return store, _done(report, store, from_cache=True)
    # A whole store on screen (the one shown by stat, its contents changed since) stays there
    # until the right one is built: no partial store replaces it, and it is not kept alive here.
    if shown is not None:
        partial = shown = None
    store = extract_and_assemble(
        items, found.actors_files, cache, options.workers, report, clock, progress, partial, merge=options.merge
    )
    if cache is not None and keys is not None:
        save_store(cache, keys, store)
        clock.lap("whole store to the cache")
    return store, _done(report, store, from_cache=False)


def extract_and_assemble(
    items: Sequence[ArticleFile | Problem],
    actors_files: Sequence[Path],
    cache: Cache | None,
    workers: int | None,
    report: LoadReport,
    clock: _Clock,
    progress: Progress | None,
    partial: Partial | None,
    *,
    merge: bool = True,
) -> Store:
    """The stages past the whole-store cache: entries from the cache, extraction of the rest
    (with partial stores), assembly (``merge``: see ``assemble``). Fills in ``report``'s counts."""
    files = [item for item in items if isinstance(item, ArticleFile)]
    outcomes, missing = cached_entries(cache, files)
    report.from_cache, report.extracted = len(outcomes), len(missing)
    if progress:
        progress(len(outcomes), len(files))
    clock.lap("file entries from the cache")
    gazetteer = LazyGazetteer(actors_files)
    partials = PartialStores(partial, items, len(files), gazetteer, merge=merge) if partial is not None else None
    collected = Collected(outcomes, len(files), progress, partials)
    # The outcomes pile up (a million objects at 10k articles, none of them garbage): left on,
    # the cyclic collector scanned them again and again, 1.6 s of this process's CPU at 10k
    # articles, taken from the workers on a two-core machine. Extraction makes no reference
    # cycles (tests/unit/test_scale.py checks it), so nothing waits for the collector meanwhile.
    with collector_paused():
        report.workers, report.pool_error = extract(missing, actors_files, cache, workers, gazetteer, collected)
    report.partial_stores = partials.count if partials is not None else 0
    clock.lap("extraction")
    with collector_paused():  # a million objects made and kept, none of them garbage
        store = assemble_store(items, outcomes, *gazetteer.get(), merge=merge)
    outcomes.clear()  # the extractions (mentions, dates, sentences) are in the store now: free them
    clock.lap("resolution, events, indexes")
    return store


def _done(report: LoadReport, store: Store, *, from_cache: bool) -> LoadReport:
    report.store_from_cache = from_cache
    report.problems = len(store.problems)
    return report


class _Clock:
    """Adds the seconds since its last lap to ``timings[name]``."""

    def __init__(self, timings: dict[str, float]) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.timings[name] = self.timings.get(name, 0.0) + now - self.last
        self.last = now


# -- stage: find the files -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FoundFiles:
    """The corpus as found on disk, before any file is read."""

    relative_to_root: bool  # the bundled seeds: documents are named by their path inside the folder
    items: tuple[tuple[Path, str] | Problem, ...]  # each article file (path, name shown), or a path skipped
    actors_files: tuple[Path, ...]  # each corpus folder's actors.yaml, then the options'


def find_files(paths: Sequence[str | os.PathLike[str]] | None, actors_files: Sequence[Path] = ()) -> FoundFiles:
    """The article files under ``paths`` (the bundled seeds when None or empty), in the order
    documents get, and the actors files: each folder's actors.yaml, then ``actors_files``."""
    bundled = not paths
    roots = default_paths() if not paths else [str(p) for p in paths]
    return FoundFiles(
        bundled,
        tuple(iter_article_paths(roots, relative_to_root=bundled)),
        (*actors_files_in(roots), *(Path(f) for f in actors_files)),
    )


# -- stages: the cache ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CacheContext:
    """What, besides the articles, keys the cache: the actors files, the naming and the merging."""

    entries: str  # of a file entry: the actors files' contents (merging is corpus-wide: shared)
    stores: str  # of a whole store: the actors files' names and contents, the naming, the merging

    @classmethod
    def of(cls, found: FoundFiles, *, merge: bool = True) -> CacheContext:
        return cls(
            entries_context(found.actors_files),
            f"{files_digest(found.actors_files)}\0{int(found.relative_to_root)}\0{'merged' if merge else 'unmerged'}"
            f"\0{read_limits()}",
        )


@dataclass(frozen=True, slots=True)
class Shown:
    """A store shown before its contents are checked, and the key it was saved under."""

    key: str
    store: Store


@dataclass(frozen=True, slots=True)
class StoreKeys:
    whole: str  # the store of these very contents
    quick: str  # the same corpus by its files' paths, sizes and mtimes (stores/by-stat)


def store_by_stat(cache: Cache, found: FoundFiles, context: str) -> tuple[str, Shown | None]:
    """The quick key of ``found`` (paths, sizes and mtimes: no file is read) and the store last
    saved under it, if any."""
    quick = store_key([_describe_quickly(item) for item in found.items], context)
    whole = cache.load_alias(quick)
    store = cache.load_store(whole) if whole else None
    return quick, Shown(whole, store) if whole and isinstance(store, Store) else None


def key_files(found: FoundFiles, context: str | None) -> tuple[ArticleFile | Problem, ...]:
    """The corpus items with each file's key (its content hashed) and cache entry; without a
    ``context`` (no cache) no file is read."""
    paths = [item[0] for item in found.items if not isinstance(item, Problem)]
    keys = iter(file_keys(paths) if context is not None else [None] * len(paths))
    items: list[ArticleFile | Problem] = []
    for index, item in enumerate(found.items):
        if isinstance(item, Problem):
            items.append(item)
            continue
        path, display = item
        key = next(keys)
        entry = key.entry_key(context) if key is not None and context is not None else None
        items.append(ArticleFile(index, path, display, key, entry))
    return tuple(items)


def store_keys(items: Sequence[ArticleFile | Problem], context: str, quick: str | None = None) -> StoreKeys:
    """The keys of the whole store of ``items``; the quick one from the stats the hashing made,
    unless given (as ``store_by_stat`` made it)."""
    whole = store_key([_describe(item) for item in items], context)
    if quick is None:
        quick = store_key([_describe(item, quickly=True) for item in items], context)
    return StoreKeys(whole, quick)


def cached_store(cache: Cache, keys: StoreKeys) -> Store | None:
    """The whole store saved under ``keys`` (its alias then marked as used), or None."""
    store = cache.load_store(keys.whole)
    if not isinstance(store, Store):
        return None
    cache.save_alias(keys.quick, keys.whole)
    return store


def cached_entries(cache: Cache | None, files: Sequence[ArticleFile]) -> tuple[dict[int, Outcome], list[ArticleFile]]:
    """The outcomes the cache has for ``files``, by corpus position, and the files it misses."""
    outcomes: dict[int, Outcome] = {}
    missing: list[ArticleFile] = []
    with collector_paused():  # as in extract_and_assemble: entries pile up, none of them garbage
        for file in files:
            hit = cache.load_file(file.entry) if cache is not None and file.entry else None
            if is_extracted(hit):
                outcomes[file.index] = hit
            else:
                missing.append(file)
    return outcomes, missing


def save_store(cache: Cache, keys: StoreKeys, store: Store) -> None:
    """Save the whole store, and its quick key for the next reopen."""
    cache.save_store(keys.whole, store)
    cache.save_alias(keys.quick, keys.whole)


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


def _describe(item: ArticleFile | Problem, *, quickly: bool = False) -> str:
    if isinstance(item, Problem):
        return f"problem\0{item}"
    key = item.key
    if key is None:
        return f"unreadable\0{item.display}"
    described = _described_file(item.display, key.path, key.size, key.mtime_ns)
    return described if quickly else f"{described}\0{key.digest}"


def _described_file(display: str, path: str, size: int, mtime_ns: int) -> str:
    return f"file\0{display}\0{path}\0{size}\0{mtime_ns}"


# -- stages: extraction and partial stores -------------------------------------------------------


def extract(
    missing: Sequence[ArticleFile],
    actors_files: Sequence[Path],
    cache: Cache | None,
    workers: int | None,
    gazetteer: LazyGazetteer,
    collected: Collected,
) -> tuple[int, str | None]:
    """Extract the files the cache missed into ``collected``: in ``workers`` processes (None: one
    per core) from ``POOL_MIN_FILES`` files, else in this process. Returns how many worker
    processes did it (0: none) and why the pool failed, if it did."""
    workers = default_workers() if workers is None else max(1, workers)
    if workers == 1 or len(missing) < POOL_MIN_FILES:
        extract_serially(missing, gazetteer.get()[0], cache, collected)
        return 0, None
    try:
        extract_in_pool(
            missing, actors_files=actors_files, cache=cache, workers=workers, sink=collected, meanwhile=gazetteer.get
        )
        return workers, None
    except Exception as error:  # noqa: BLE001 - BrokenProcessPool, OSError, RuntimeError, ...
        # No worker processes here (a sandbox, an unguarded script under spawn): finish in this
        # process what the pool did not (an extraction error raises again there).
        rest = [file for file in missing if file.index not in collected.outcomes]
        extract_serially(rest, gazetteer.get()[0], cache, collected)
        return 0, f"{type(error).__name__}: {error}"


class Collected:
    """The outcomes by corpus position as they come (a ``extraction.Sink``): each batch is
    reported to ``progress`` and offered to the partial stores."""

    def __init__(
        self, outcomes: dict[int, Outcome], total: int, progress: Progress | None, partials: PartialStores | None
    ) -> None:
        self.outcomes = outcomes
        self.total = total
        self.progress = progress
        self.partials = partials

    def add(self, index: int, outcome: Outcome) -> None:
        self.outcomes[index] = outcome

    def step(self, new: bool) -> None:
        if new and self.progress:
            self.progress(len(self.outcomes), self.total)
        if self.partials is not None:
            self.partials.offer(self.outcomes)


class PartialStores:
    """Stores of the articles done so far, given to ``partial`` during a long load at growing
    intervals: the first after ``PARTIAL_FIRST`` seconds, then each time the articles done
    double (the reader fills in early, and rebuilding costs a bounded share of the load), none
    past ``PARTIAL_MAX_SHARE`` of the corpus but the first (a partial store shares memory with
    the whole one being built), and none once every article is done."""

    def __init__(
        self, partial: Partial, items: Sequence[ArticleFile | Problem], total: int, gazetteer: LazyGazetteer,
        *, merge: bool = True,
    ) -> None:
        self.partial = partial
        self.merge = merge
        self.items = items
        self.total = total
        self.gazetteer = gazetteer
        self.started = time.monotonic()
        self.published = 0  # articles in the last store given
        self.count = 0  # stores given

    def offer(self, outcomes: Mapping[int, Outcome]) -> None:
        """Give a store of ``outcomes`` if one is due."""
        done = len(outcomes)
        if not self.due(done):
            return
        with collector_paused():
            store = assemble_store(self.items, outcomes, *self.gazetteer.get(), merge=self.merge)
        self.published = done
        self.count += 1
        self.partial(store)

    def due(self, done: int) -> bool:
        if done >= self.total or time.monotonic() - self.started < PARTIAL_FIRST:
            return False
        if done < max(2 * self.published, 1):
            return False
        return not (self.published and done > PARTIAL_MAX_SHARE * self.total)


# -- stage: assembly -----------------------------------------------------------------------------


def assemble_store(
    items: Sequence[ArticleFile | Problem],
    outcomes: Mapping[int, Outcome],
    gazetteer: Gazetteer,
    gazetteer_problems: Sequence[Problem] = (),
    *,
    merge: bool = True,
) -> Store:
    """The store of the ``outcomes`` there are, in corpus order: documents numbered and named as
    found, each item's problems in place, then the actors files' problems (``merge``: see
    ``assemble``)."""
    from tui.loading.assemble import assemble  # (not needed when the whole store is in the cache)

    documents = []
    extractions = []
    problems: list[Problem] = []
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
            continue
        outcome = outcomes.get(item.index)
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
    return assemble(documents, extractions, gazetteer, [*problems, *gazetteer_problems], merge=merge)

"""A live folder: the reader's paths polled for new, changed and removed article files, and
the store made again reading and extracting only those.

    scan            the files as ``ingest.find_files`` finds them, each with its size and mtime
    ChangeDetector  each scan against the files the store was made of: what is new, changed,
                    removed; a file still being written (its size or mtime moved since the last
                    scan, and touched within ``QUIET`` seconds) waits for the next scan
    LiveCorpus      every file's extraction kept in memory (read from the cache once, when the
                    watching starts), and the corpus-wide step made of them kept too
                    (``incremental.LiveAssembly``): an update keys and extracts the changed files
                    only, and redoes the part of the corpus-wide step they touch; the store is
                    the one a fresh load of the same files gives

Polling, not inotify and the like: no dependency, the same on every system and on network
mounts; a scan (the walk and a stat per file) every ``INTERVAL`` seconds costs ~0.1 s of CPU at
10k articles, in the watcher's thread.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from tui.corpus.document import Problem
from tui.loading.cache import Cache, collector_paused, file_key
from tui.loading.extraction import ArticleFile, LazyGazetteer, Outcome, extract_file, is_extracted
from tui.extract.events import extract_document
from tui.loading.incremental import LiveAssembly, is_slim, slim
from tui.loading.ingest import (
    CacheContext,
    FoundFiles,
    LoadOptions,
    assemble_store,
    find_files,
    save_store,
    store_keys,
)
from tui.store import Store

INTERVAL = 2.0  # seconds between two scans
FREEZE_MIN_FILES = 2000  # from this many articles, what ``prime`` reads is frozen (see there)
QUIET = 1.0  # seconds a file's mtime must lie in the past to be taken at first sight

Stat = tuple[int, int]  # (size, mtime in ns)


def stat_of(path: str | os.PathLike[str]) -> Stat | None:
    """The size and mtime of ``path``; None when it cannot be stat'ed (removed meanwhile)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


@dataclass(frozen=True, slots=True)
class Scan:
    """The corpus as one scan found it: the files (``FoundFiles``) and their stats."""

    found: FoundFiles
    stats: dict[Path, Stat | None]  # each article file's
    actors: tuple[Stat | None, ...]  # each actors file's, in ``found.actors_files`` order


def scan(paths: Sequence[str | os.PathLike[str]] | None, actors_files: Sequence[Path] = ()) -> Scan:
    """Find the files under ``paths`` as a load does, and stat each one (no file is read)."""
    found = find_files(paths, actors_files)
    stats = {item[0]: stat_of(item[0]) for item in found.items if not isinstance(item, Problem)}
    return Scan(found, stats, tuple(stat_of(p) for p in found.actors_files))


@dataclass(frozen=True, slots=True)
class Changes:
    """What one scan found changed since the store was made."""

    added: tuple[Path, ...] = ()
    changed: tuple[Path, ...] = ()
    removed: tuple[Path, ...] = ()
    waiting: tuple[Path, ...] = ()  # being written: looked at again by the next scan
    actors: bool = False  # the actors files changed: every article was read again
    problems: bool = False  # the paths skipped changed (a broken link, a folder that cannot be read)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.actors or self.problems)


_UNSEEN = (-1, -1)  # (no stat is this: a file a scan did not see)


class ChangeDetector:
    """Compares each scan with the files the store was made of (``known``: path → stat).

    A new or changed file is taken when its stat is the one the previous scan saw (it stopped
    moving), or, seen changed for the first time, when its mtime lies ``quiet`` seconds in the
    past (a file copied or moved in whole); otherwise it waits for the next scan: a file being
    written (its size or mtime moved between two scans) is not read half-done.
    A file gone is removed at once. Taken changes become ``known``.
    """

    def __init__(self, known: Mapping[Path, Stat | None], quiet: float = QUIET) -> None:
        self.known: dict[Path, Stat | None] = dict(known)
        self.previous: dict[Path, Stat | None] = dict(known)
        self.quiet_ns = int(quiet * 1e9)

    def observe(self, stats: Mapping[Path, Stat | None], now_ns: int | None = None) -> Changes:
        now_ns = time.time_ns() if now_ns is None else now_ns
        added: list[Path] = []
        changed: list[Path] = []
        waiting: list[Path] = []
        for path, stat in stats.items():
            old = self.known.get(path, _UNSEEN)
            if old == stat:
                continue
            before = self.previous.get(path, _UNSEEN)
            # Still as the previous scan saw it; or seen for the first time, quiet for a while.
            first_sight = before == _UNSEEN or before == old
            settled = before == stat or (first_sight and stat is not None and now_ns - stat[1] >= self.quiet_ns)
            if not settled:
                waiting.append(path)
            else:
                (added if old == _UNSEEN else changed).append(path)
                self.known[path] = stat
        removed = [path for path in self.known if path not in stats]
        for path in removed:
            del self.known[path]
        self.previous = dict(stats)
        return Changes(tuple(added), tuple(changed), tuple(removed), tuple(waiting))


@dataclass
class Update:
    """A store made again after ``changes``, and what it brought."""

    store: Store
    changes: Changes
    events: int  # events told by the new and changed articles
    timings: dict[str, float] = field(default_factory=dict)
    incremental: bool = False  # the corpus-wide step was redone where the change touched it only

    def summary(self) -> str:
        """What arrived, for a notice: "2 new articles, 1 changed: 14 events"."""
        c = self.changes
        parts = []
        if c.added:
            parts.append(f"{len(c.added)} new article{'s' if len(c.added) != 1 else ''}")
        if c.changed:
            parts.append(f"{len(c.changed)} changed" if parts else f"{len(c.changed)} article{'s' if len(c.changed) != 1 else ''} changed")
        if c.removed:
            parts.append(f"{len(c.removed)} removed" if parts else f"{len(c.removed)} article{'s' if len(c.removed) != 1 else ''} removed")
        if c.actors:
            parts.insert(0, "actors files changed, every article read again")
        if c.problems:
            parts.append("files skipped changed (press e)")
        text = ", ".join(parts) or "no change"
        if c.added or c.changed:
            text += f": {self.events} event{'s' if self.events != 1 else ''}"
        return text


class LiveCorpus:
    """The per-file outcomes of a corpus and its corpus-wide step, kept so that a store is made
    again from the files that changed only. ``prime`` fills them (from the cache, extracting what
    it misses, then the whole corpus-wide step); ``update`` applies a scan's changes and returns
    the new store."""

    def __init__(self, paths: Sequence[str | os.PathLike[str]] | None, options: LoadOptions = LoadOptions()) -> None:
        self.paths = list(paths) if paths else None
        self.options = options
        self.cache = Cache() if options.cache else None
        self.outcomes: dict[Path, Outcome] = {}
        self.keys: dict[Path, ArticleFile] = {}  # each file as last read (its key and cache entry)
        self.actors_stats: tuple[Stat | None, ...] = ()
        self.problems: tuple[Problem, ...] = ()  # the paths the last scan taken skipped
        self.context: CacheContext | None = None
        self.gazetteer: LazyGazetteer | None = None
        self.detector = ChangeDetector({})
        self._items: list[ArticleFile | Problem] = []  # the items of the last update's store
        # The corpus-wide step kept between updates; None once it was found to make another store
        # than ``assemble`` (``shows``): every update then assembles the whole.
        self.assembly: LiveAssembly | None = None
        self.incremental = True
        self.failure = ""  # why the kept stages were given up, if they failed

    def prime(self, found: Scan | None = None) -> Scan:
        """Read every file's outcome (from the cache where it has it; kept ``slim`` with the
        cache), take the scan as what the store was made of, and make the whole corpus-wide step
        (``LiveAssembly``, kept for the updates: ~10 s of CPU at 10k articles, once)."""
        found = found if found is not None else scan(self.paths, self.options.actors_files)
        self._set_actors(found)
        self.problems = _skipped(found)
        files = [self._article_file(i, item) for i, item in enumerate(found.found.items) if not isinstance(item, Problem)]
        self.outcomes = {}
        with collector_paused():  # (outcomes pile up, none of them garbage)
            for file in files:
                outcome = self._extract(file)
                # With the kept stages, the cache holds the whole extraction: what is kept of it
                # is what every update reads (a third of the memory, at 10k articles ~150 MB).
                self.outcomes[file.path] = slim(outcome) if self.incremental and self.cache is not None else outcome
        self.keys = {file.path: file for file in files}
        assert self.gazetteer is not None
        self.detector = ChangeDetector({path: self._stat_read(path, found) for path in found.stats})
        if self.incremental:
            # The whole corpus-wide step now (in the watcher's thread), kept for the updates.
            self.assembly = LiveAssembly(*self.gazetteer.get(), merge=self.options.merge, full=self._cached)
            with collector_paused():
                try:
                    self.assembly.assemble(*self._items_of(found))
                except Exception as error:  # noqa: BLE001 - the watching goes on, assembling the whole
                    self.assembly, self.incremental = None, False
                    self.failure = f"{type(error).__name__}: {error}"
        if len(self.outcomes) >= FREEZE_MIN_FILES:
            # Millions of objects made with the collector paused, kept as long as the watching
            # (none of them garbage, no cycles): left in its sight, the first scan's allocations
            # had it go over them all (~1 s at 10k articles). Out of it, as the reader's stores.
            gc.freeze()
        return found

    def _set_actors(self, found: Scan) -> None:
        self.actors_stats = found.actors
        self.context = CacheContext.of(found.found, merge=self.options.merge) if self.cache is not None else None
        self.gazetteer = LazyGazetteer(found.found.actors_files)

    def _stat_read(self, path: Path, found: Scan) -> Stat | None:
        """The stat of ``path`` as its content was hashed (a change made after is seen next)."""
        key = self.keys[path].key
        return (key.size, key.mtime_ns) if key is not None else found.stats.get(path)

    def _article_file(self, index: int, item: tuple[Path, str]) -> ArticleFile:
        path, display = item
        key = file_key(path) if self.context is not None else None
        entry = key.entry_key(self.context.entries) if key is not None and self.context is not None else None
        return ArticleFile(index, path, display, key, entry)

    def _extract(self, file: ArticleFile) -> Outcome:
        """The file's outcome from the cache, else read and extracted here (and cached)."""
        hit = self.cache.load_file(file.entry) if self.cache is not None and file.entry else None
        if is_extracted(hit):
            return hit
        assert self.gazetteer is not None
        outcome = extract_file(file.path, file.display, self.gazetteer.get()[0])
        if self.cache is not None and file.entry is not None and not isinstance(outcome, Problem):
            self.cache.save_file(file.entry, outcome)
        return outcome

    def _cached(self, path: str | Path) -> Outcome | None:
        """The whole outcome the cache has for ``path`` as last read, if any."""
        file = self.keys.get(Path(path))
        hit = self.cache.load_file(file.entry) if self.cache is not None and file is not None and file.entry else None
        return hit if is_extracted(hit) else None

    def _whole(self, path: Path) -> Outcome:
        """``path``'s whole outcome (the kept one may be ``slim``)."""
        outcome = self.outcomes[path]
        if isinstance(outcome, Problem) or not is_slim(outcome[2]):
            return outcome
        cached = self._cached(path)
        if cached is not None and cached[0] == outcome[0]:
            return cached
        assert self.gazetteer is not None
        return outcome[0], outcome[1], extract_document(outcome[0], self.gazetteer.get()[0])

    def shows(self, store: Store, found: Scan) -> bool:
        """Whether ``store`` is of the articles as ``prime`` read them (their names and texts):
        a file changed between the load and the priming is not seen changed by a scan."""
        documents = []
        for item in found.found.items:
            outcome = None if isinstance(item, Problem) else self.outcomes.get(item[0])
            if isinstance(outcome, tuple):
                documents.append((item[1], outcome[0].text))
        same = documents == [(d.path, d.text) for d in store.documents]
        if same and self.assembly is not None and self.assembly.store != store:
            # The kept stages no longer make what ``assemble`` makes (the extraction code moved
            # under them): every update assembles the whole from now on.
            self.assembly, self.incremental = None, False
        return same

    def poll(self, now_ns: int | None = None) -> tuple[Scan, Changes]:
        """Scan the paths and say what changed since the last store (the changes are taken)."""
        found = scan(self.paths, self.options.actors_files)
        if found.actors != self.actors_stats or len(found.found.actors_files) != len(self.actors_stats):
            # Another gazetteer: every entry is keyed anew (the articles are extracted again).
            known = set(self.detector.known)
            self.prime(found)
            paths = set(found.stats)
            return found, Changes(tuple(sorted(paths - known)), (), tuple(sorted(known - paths)), actors=True)
        changes = self.detector.observe(found.stats, now_ns)
        problems = _skipped(found)
        if problems != self.problems:  # (a store of the same files with other problems)
            self.problems = problems
            changes = replace(changes, problems=True)
        return found, changes

    def update(self, found: Scan, changes: Changes, clock: Callable[[], float] = time.perf_counter) -> Update:
        """The store of ``found`` once ``changes`` are read: the new and changed files keyed
        and extracted, the removed ones dropped, the corpus-wide step redone where they touch it
        (the whole of it without ``assembly``)."""
        start = clock()
        reread = set(changes.added) | set(changes.changed)
        fresh = set() if changes.actors else reread  # (after new actors files, ``prime`` read them all)
        for path in changes.removed:
            self.outcomes.pop(path, None)
            self.keys.pop(path, None)
        items, by_path = self._items_of(found, fresh)
        timings = {"extraction": clock() - start}
        incremental = False
        with collector_paused():
            if self.assembly is not None:
                try:
                    store, incremental = self.assembly.assemble(items, by_path)
                except Exception as error:  # noqa: BLE001 - the watching goes on, assembling the whole
                    self.assembly, self.incremental = None, False
                    self.failure = f"{type(error).__name__}: {error}"
            if not incremental and self.assembly is None:
                assert self.gazetteer is not None
                outcomes = {item.index: self._whole(item.path) for item in items if isinstance(item, ArticleFile)}
                store = assemble_store(items, outcomes, *self.gazetteer.get(), merge=self.options.merge)
        timings["assembly"] = clock() - start - timings["extraction"]
        self._items = items
        shown = {file.display for file in items if isinstance(file, ArticleFile) and file.path in reread}
        docs = [d.id for d in store.documents if d.path in shown]
        events = len({e for d in docs for e in store.events_of_document(d)})
        return Update(store, changes, events, timings=timings, incremental=incremental)

    def _items_of(self, found: Scan, fresh: set[Path] = frozenset()) -> tuple[list[ArticleFile | Problem], dict[Path, Outcome]]:
        """The corpus items of ``found`` and their outcomes by path: the ``fresh`` files, and
        those not read yet, keyed and extracted (or read from the cache)."""
        items: list[ArticleFile | Problem] = []
        outcomes: dict[Path, Outcome] = {}
        for index, item in enumerate(found.found.items):
            if isinstance(item, Problem):
                items.append(item)
                continue
            path = item[0]
            known = self.keys.get(path)
            if path in fresh or known is None or path not in self.outcomes:
                file = self._article_file(index, item)
                self.keys[path] = file
                self.outcomes[path] = self._extract(file)
            else:
                file = ArticleFile(index, path, item[1], known.key, known.entry)
            items.append(file)
            outcomes[path] = self.outcomes[path]
        return items, outcomes

    def save(self, update: Update) -> None:
        """Save the update's store to the cache, so that the next open is a single read."""
        if self.cache is None or self.context is None:
            return
        save_store(self.cache, store_keys(self._items, self.context.stores), update.store)


def _skipped(found: Scan) -> tuple[Problem, ...]:
    return tuple(item for item in found.found.items if isinstance(item, Problem))


def live_store(paths: Sequence[str | os.PathLike[str]] | None, options: LoadOptions = LoadOptions()) -> tuple[LiveCorpus, Store]:
    """A primed ``LiveCorpus`` of ``paths`` and its store (for tests and the benchmark)."""
    corpus = LiveCorpus(paths, options)
    found = corpus.prime()
    update = corpus.update(found, Changes())
    return corpus, update.store

"""Extracting article files: one after the other in this process, or spread over worker processes.

Reading and extracting one article is a pure function of its bytes and the gazetteer
(``extract_file``), so files are spread over worker processes, each loading the gazetteer once
(the pool initializer). Every result is also a cache entry (``tui.loading.cache``): a worker
writes it as it goes. Workers end with the process that started them, however it ends (a
``kill -9`` included): none is left behind to wait for tasks that will never come.

Outcomes go to a ``Sink`` as they come: ``add`` for each file, then ``step`` once per batch
(the ingest reports progress and builds partial stores there).
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tui.corpus.document import Document, Problem
from tui.corpus.reader import ArticleError, read_article
from tui.extract.gazetteer import Gazetteer, load_gazetteer
from tui.loading.cache import Cache, FileKey, pack
from tui.util import usercache

# The extraction code and the process pool are imported where they run: a corpus whose store is
# in the cache needs neither, and `newsline events` then starts in a fraction of the time.
if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future

    from tui.extract.events import DocExtraction

CHUNK = 24  # files per task: few enough round trips, fine enough progress
WAIT = 0.25  # seconds between two looks at the workers when none has finished (partial stores)
PARENT_POLL = 0.5  # seconds between two checks that the parent lives, where prctl is missing

# One article's outcome: (document, warnings, extraction), or the problem that skipped it.
Extracted = tuple[Document, tuple[Problem, ...], "DocExtraction"]
Outcome = Extracted | Problem


@dataclass(frozen=True, slots=True)
class ArticleFile:
    """An article file to load: its position among the corpus items, where it is, the name shown
    for it, and its cache key and entry (None without the cache, or when it cannot be read)."""

    index: int
    path: Path
    display: str
    key: FileKey | None
    entry: str | None


class Sink(Protocol):
    """Where outcomes go as they come."""

    def add(self, index: int, outcome: Outcome) -> None:
        """The outcome of the file at corpus position ``index``."""

    def step(self, new: bool) -> None:
        """A batch is over (``new``: it brought outcomes; else the pool was only waited on)."""


def extract_file(path: Path, display: str, gazetteer: Gazetteer) -> Outcome:
    """Read and extract one article file (the pure, parallel part of building a store)."""
    from tui.extract.events import extract_document

    try:
        document, warnings = read_article(path, display, 0)
    except ArticleError as error:
        return Problem(display, str(error))
    except Exception as error:  # noqa: BLE001 - a reader bug must not take the corpus down
        return Problem(display, f"could not be read ({type(error).__name__}: {error})")
    return document, tuple(warnings), extract_document(document, gazetteer)


def is_extracted(value: object) -> bool:
    """Whether ``value`` (a cache entry as read) is an article's outcome, not a foreign object."""
    from tui.extract.events import DocExtraction  # (an entry read has imported it already)

    return (
        isinstance(value, tuple)
        and len(value) == 3
        and isinstance(value[0], Document)
        and isinstance(value[2], DocExtraction)
    )


class LazyGazetteer:
    """The gazetteer of ``actors_files`` with the problems of those files, loaded on first use (the
    pool's parent loads it while its workers start)."""

    def __init__(self, actors_files: Sequence[Path]) -> None:
        self.actors_files = tuple(actors_files)
        self._loaded: tuple[Gazetteer, list[Problem]] | None = None

    def get(self) -> tuple[Gazetteer, list[Problem]]:
        if self._loaded is None:
            self._loaded = load_gazetteer(self.actors_files)
        return self._loaded


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# -- in this process -----------------------------------------------------------------------------


def extract_serially(files: Sequence[ArticleFile], gazetteer: Gazetteer, cache: Cache | None, sink: Sink) -> None:
    """Extract ``files`` here, one after the other, saving each to ``cache``."""
    for file in files:
        outcome = extract_file(file.path, file.display, gazetteer)
        sink.add(file.index, outcome)
        if cache is not None and file.entry is not None and not isinstance(outcome, Problem):
            cache.save_file(file.entry, outcome)
        sink.step(True)


# -- in worker processes -------------------------------------------------------------------------


def extract_in_pool(
    files: Sequence[ArticleFile],
    *,
    actors_files: Sequence[Path],
    cache: Cache | None,
    workers: int,
    sink: Sink,
    meanwhile: Callable[[], object] = lambda: None,
) -> None:
    """Extract ``files`` in ``workers`` processes (each saving its results to ``cache``), calling
    ``meanwhile`` while they start. Raises what made the pool fail (BrokenProcessPool, OSError,
    ...): the outcomes given to ``sink`` until then stand."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    context = _pool_context()
    if context.get_start_method() != "fork":
        _start_resource_tracker()
    else:  # the extraction code, imported once here rather than in every worker forked
        import tui.extract.events  # noqa: F401
    cache_root = cache.root if cache is not None else None
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(list(actors_files), os.getpid(), usercache.in_use()),
    ) as pool:
        pending: set[Future] = {pool.submit(_work, files[i : i + CHUNK], cache_root) for i in range(0, len(files), CHUNK)}
        meanwhile()
        while pending:
            done, pending = wait(pending, timeout=WAIT, return_when=FIRST_COMPLETED)
            for future in done:
                for index, outcome in future.result():
                    sink.add(index, pickle.loads(outcome) if isinstance(outcome, bytes) else outcome)
            sink.step(bool(done))


_worker_gazetteer: Gazetteer | None = None  # a worker's own, loaded once by _init_worker


def _init_worker(actors_files: Sequence[Path], parent: int, data_cache: bool = True) -> None:
    global _worker_gazetteer
    die_with_parent(parent)
    usercache.use(data_cache)  # a spawned worker does not inherit the parent's --no-cache
    # A forked worker inherits the parent's paused collector (see the ingest): a worker's
    # results leave it as they are made, so it collects as usual.
    gc.enable()
    _worker_gazetteer, _ = load_gazetteer(actors_files)


def _work(files: Sequence[ArticleFile], cache_root: Path | None) -> list[tuple[int, bytes | Problem]]:
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


def die_with_parent(parent: int, *, prctl: bool = True) -> None:
    """End this process when ``parent`` (the pid of the process that started it) ends.

    Killed with SIGKILL or SIGTERM, a pool's parent closes nothing: its workers, each holding
    both ends of the task queue, would wait for tasks forever. On Linux the kernel sends this
    process SIGKILL when its parent dies (``prctl(PR_SET_PDEATHSIG)``); elsewhere, or with
    ``prctl=False``, a thread checks every ``PARENT_POLL`` seconds that the parent is still there.
    """
    if not (prctl and _parent_death_signal(signal.SIGKILL)):
        threading.Thread(target=_watch_parent, args=(parent,), name="newsline-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # it died before the signal was asked for
        os._exit(1)


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _parent_death_signal(signum: int) -> bool:
    """Ask the kernel for ``signum`` when the parent dies; False where that cannot be asked."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # here: only workers need it (its import costs the parent ~0.6 MB)

    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the symbols this process has: libc's among them
        return libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL)
    os._exit(1)


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork when this process has a single thread (the headless commands): workers start at
    once. Spawn otherwise (the reader loads in a thread, and forking a threaded process can
    deadlock)."""
    import multiprocessing

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

"""The live folder: from a new article appearing in a watched folder to the new store, at 1k
and 10k articles, and the reader's update.

    python tests/bench/bench_watch.py [--sizes 1000 10000] [--trials 3]

For each size, a synthetic corpus (make_corpus.py, kept in $TMPDIR/newsline-bench) is watched
with an empty folder beside it (``newsline --watch corpus incoming``): the corpus is loaded
once (filling the cache, ``$NEWSLINE_CACHE_DIR`` or $TMPDIR/newsline-bench/watch-cache-N), the
watcher primes (every file's extraction from the cache, and the whole corpus-wide step, kept
for the updates: ``tui.loading.incremental``), then an article is written into the folder
``--trials`` times, and removed again. Each time: the scan that finds it, its extraction, the
corpus-wide step (``assembly``: redone where the change touches it, "[only what it touches]", or
whole, with the reason), the total (new file → new store ready; the polling interval, 2 s, comes
on top), and saving the store to the cache (after it is shown). Then the reader's update: ``MainScreen.set_store`` of the new
store over the old one with a filter and a selection, headless at 160x50. Wall seconds, and CPU
seconds of this process in brackets (the machine may be shared).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import write_corpus  # noqa: E402

ARTICLE = """ date 2013-06-{day:02d}

Viktor Moreau met Emily Marchand in Geneva on May 30, 2013 to discuss debt. Banque mondiale signed an
agreement with Brazil on May 31, 2013 over trade, and Viktor Moreau criticised Dmitri Tanaka on June 1, 2013.

On June {day}, 2013, Emily Marchand visited Viktor Moreau in Rome to discuss the migration crisis.
"""


class Timer:
    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def __str__(self) -> str:
        return f"{time.perf_counter() - self.wall:6.3f} ({time.process_time() - self.cpu:5.3f})"


def settled(path: Path, text: str) -> Path:
    """Write ``path`` dated a minute back: an article copied in whole, taken at first sight."""
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - 60 * 10**9))
    return path


def step(live, label: str) -> object:
    from tui.loading.watch import Changes

    total = Timer()
    found, changes = live.poll()
    scanned = str(total)
    assert changes, "the scan found no change"
    update = live.update(found, changes)
    t = update.timings
    how = "only what it touches" if update.incremental else f"whole ({live.assembly.reason})" if live.assembly else "whole"
    print(f"  {label:<16} scan {scanned}  extraction {t['extraction']:6.3f}  assembly {t['assembly']:6.3f}  "
          f"new file → store {total}  [{how}]")
    saving = Timer()
    live.save(update)
    print(f"  {'':<16} store to the cache {saving}  ({update.summary()})")
    assert isinstance(update.changes, Changes)
    return update


def ui_update(old, new) -> None:
    from tui.store import Query
    from tui.ui.app import NewslineApp
    from tui.ui.widgets.timeline import Timeline
    from tui.loading.watch import Changes, Update

    async def run() -> None:
        app = NewslineApp(store=old)
        async with app.run_test(size=(160, 50)) as pilot:
            await pilot.pause()
            screen = app.main_screen
            busiest = max(range(len(old.actors)), key=old.event_count)
            screen.filter = replace(Query(), actors=frozenset({busiest}))
            await pilot.pause()
            screen.query_one(Timeline).select_row(len(screen.query_one(Timeline).event_ids) // 2)
            await pilot.pause()
            for label, store, query in (("filtered", new, screen.filter), ("unfiltered", old, Query())):
                screen.filter = query
                await pilot.pause()
                timer = Timer()
                app._store_updated(Update(store, Changes(), 0))
                await pilot.pause()
                print(f"  reader update ({label}): set_store {app.last_update_seconds:6.3f}, "
                      f"with the repaint {timer}")

    asyncio.run(run())


def bench(n: int, trials: int, base: Path) -> None:
    from tui.loading import LoadOptions, load
    from tui.loading.watch import LiveCorpus

    folder = base / f"corpus-{n}"
    write_corpus(n, folder)
    incoming = Path(tempfile.mkdtemp(prefix="newsline-incoming-"))
    paths = [folder, incoming]
    print(f"{n} articles (+ {incoming.name}/)")
    timer = Timer()
    store, report = load(paths, LoadOptions())
    print(f"  load             {timer}  ({report.from_cache} from the cache, {report.extracted} extracted, "
          f"{len(store.events)} events)")
    live = LiveCorpus(paths)
    timer = Timer()
    live.prime()
    print(f"  prime            {timer}  (every file's extraction, once, when the watching starts)")
    update = None
    for trial in range(trials):
        path = settled(incoming / f"new-{trial}.txt", ARTICLE.format(day=2 + trial))
        update = step(live, f"new article {trial + 1}")
        assert any(d.path == str(path) for d in update.store.documents)
    for trial in range(trials):
        (incoming / f"new-{trial}.txt").unlink()
    step(live, f"{trials} removed")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS {rss:.0f} MB")
    if update is not None:
        ui_update(store, update.store)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--trials", type=int, default=3)
    args = parser.parse_args(argv)
    base = Path(tempfile.gettempdir()) / "newsline-bench"
    print(f"cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}; wall s (CPU s)")
    for n in args.sizes:
        if "NEWSLINE_CACHE_DIR" not in os.environ or len(args.sizes) > 1:
            os.environ["NEWSLINE_CACHE_DIR"] = str(base / f"watch-cache-{n}")
        bench(n, args.trials, base)
    return 0


if __name__ == "__main__":
    sys.exit(main())

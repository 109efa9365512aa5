"""The reader at scale, headless (App.run_test at 160x50) on a synthetic corpus.

    python tests/bench/bench_ui.py [CORPUS] [--n 10000] [--cold]

Measures: start → first painted screen and → first painted timeline (from the cache, filled
first in another process if needed, or --cold to extract everything, with partial stores shown
on the way); actor toggle → repainted timeline (p50/max over 20 actors, large and small,
toggled on then off); 100 consecutive ``j`` presses; resident memory once loaded.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import write_corpus  # noqa: E402

from tui.ui.app import NewslineApp  # noqa: E402
from tui.ui.widgets.actors import ActorList  # noqa: E402

SIZE = (160, 50)


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


async def measure(folder: Path, cold: bool) -> None:
    start = time.perf_counter()
    app = NewslineApp(paths=[str(folder)], cache=not cold)
    async with app.run_test(size=SIZE) as pilot:
        first_screen = time.perf_counter() - start
        screen = app.main_screen
        first_timeline = None
        while app.store is None:
            if first_timeline is None and screen.store is not None and screen.timeline.event_ids:
                first_timeline = time.perf_counter() - start
            await pilot.pause(0.02)
            if app.load_error:
                raise SystemExit(app.load_error)
        loaded = time.perf_counter() - start
        await pilot.pause()
        if first_timeline is None:
            first_timeline = time.perf_counter() - start
        store = app.store
        print(f"corpus: {len(store.documents)} articles, {len(store.events)} events, {len(store.actors)} actors")
        print(f"start → first painted screen      {first_screen * 1000:8.0f} ms")
        print(f"start → first painted timeline    {first_timeline * 1000:8.0f} ms")
        print(f"start → whole store shown         {loaded * 1000:8.0f} ms")

        painted: list[float] = []
        timeline = screen.timeline
        render_line = timeline.render_line

        def recording(y: int):
            painted.append(time.perf_counter())
            return render_line(y)

        timeline.render_line = recording  # the timeline's rows being painted
        by_size = sorted((a.id for a in store.actors), key=store.event_count, reverse=True)
        chosen = by_size[:10] + by_size[len(by_size) // 2 : len(by_size) // 2 + 10]
        actor_list = screen.sidebar.actor_list
        timings, handler = [], []
        for actor in chosen:
            for _ in range(2):  # on, then off
                painted.clear()
                t = time.perf_counter()
                actor_list.post_message(ActorList.ToggleRequested(actor_list, actor))  # as space does
                await pilot.pause()
                while not painted:
                    await pilot.pause(0.005)
                timings.append((painted[0] - t) * 1000)
        for actor in chosen[:10]:
            t = time.perf_counter()
            screen.filter = replace(screen.filter, actors=screen.filter.actors | {actor})  # watch_filter runs here
            handler.append((time.perf_counter() - t) * 1000)
            screen.filter = replace(screen.filter, actors=screen.filter.actors - {actor})
            await pilot.pause()
        print(
            f"actor toggle → repainted timeline p50 {statistics.median(timings):6.1f} ms, max {max(timings):6.1f} ms"
            f" ({len(timings)} toggles; largest actor: {store.event_count(by_size[0])} events)"
        )
        print(f"  of which the new filter shown (query, counts, rows, marks, bar): p50 {statistics.median(handler):.1f} ms, max {max(handler):.1f} ms")
        timeline.focus()
        await pilot.pause()
        t = time.perf_counter()
        for _ in range(100):
            await pilot.press("j")
        await pilot.pause()
        elapsed = time.perf_counter() - t
        print(f"100 × j (Pilot)                   {elapsed * 1000:8.0f} ms ({elapsed * 10:.1f} ms a press, Pilot's waits included)")
        moves = []
        for _ in range(100):
            t = time.perf_counter()
            screen.action_next_event()  # the cursor moves, the reader lays out the article
            await pilot.pause()
            moves.append((time.perf_counter() - t) * 1000)
        print(f"j → moved and repainted           p50 {statistics.median(moves):6.1f} ms, max {max(moves):6.1f} ms")
        print(f"memory: RSS {rss_mb():.0f} MB now, peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        await pilot.press("q")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--cold", action="store_true", help="extract everything (no cache)")
    args = parser.parse_args(argv)
    folder = args.corpus
    if folder is None:
        folder = Path(tempfile.gettempdir()) / "newsline-bench" / f"corpus-{args.n}"
        write_corpus(args.n, folder)
    if not args.cold:
        # The figures are a reopen's: fill the cache first if needed, in another process so that
        # this one's memory and timings are the reader's alone.
        warm = "import sys; from tui.loading import open_store; open_store([sys.argv[1]])"
        subprocess.run([sys.executable, "-c", warm, str(folder)], check=True)
    asyncio.run(measure(folder, args.cold))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

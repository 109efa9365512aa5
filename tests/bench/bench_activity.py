"""The activity strip at scale, headless (App.run_test at 160x50) on the synthetic corpus.

    python tests/bench/bench_activity.py [CORPUS] [--n 10000]

Measures, on the store reopened from the cache: the strip's recount and repaint after a filter
change (its ``show`` with the filter's ids, the period length chosen and counted, its lines
drawn; the query itself is not counted, the timeline and the actor list time it) for every
event, 20 actors large and small, date ranges and searches; a cursor move's part (``mark`` and
its lines drawn again); and, for comparison, counting the same ids one by one (a Counter over
the events' months), which the strip does not do.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import write_corpus  # noqa: E402

from tui.loading import open_store  # noqa: E402
from tui.store import Query  # noqa: E402
from tui.ui.app import NewslineApp  # noqa: E402
from tui.ui.widgets.activity import ActivityStrip  # noqa: E402

SIZE = (160, 50)


def percentiles(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):7.3f} ms, p95 {p95:7.3f} ms, max {ordered[-1]:7.3f} ms (n={len(ordered)})"


def queries(store) -> list[tuple[str, Query]]:
    by_size = sorted((a.id for a in store.actors), key=store.event_count, reverse=True)
    chosen = by_size[:10] + by_size[len(by_size) // 2 : len(by_size) // 2 + 10]
    first = store.events.when(0).first
    found = [("every event", Query())]
    found += [(f"actor {a}", Query(actors=frozenset({a}))) for a in chosen]
    found += [(f"from {y}", Query(date_from=dt.date(y, 1, 1))) for y in range(first.year, first.year + 10, 2)]
    found += [(f"search {w}", Query(text=w)) for w in ("accord", "ministre", "president", "talks", "sanctions")]
    found += [(f"months {y}", Query(date_from=dt.date(y, 1, 1), date_to=dt.date(y + 2, 12, 31)))  # 36 months: per month
              for y in range(first.year + 10, first.year + 20, 2)]
    return found


def recount(strip: ActivityStrip, store, ids) -> float:
    t = time.perf_counter()
    strip.show(store, ids)
    strip.activity()
    for y in range(strip.size.height):
        strip.render_line(y)
    return (time.perf_counter() - t) * 1000


async def measure(folder: Path) -> None:
    store = open_store([str(folder)])
    print(f"corpus: {len(store.documents)} articles, {len(store.events)} events, {len(store.actors)} actors")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.main_screen
        strip, timeline = screen.activity, screen.timeline
        activity = strip.activity()
        print(f"strip at {SIZE[0]}x{SIZE[1]}: {strip.size.width}x{strip.size.height} cells, "
              f"{len(activity)} periods of {activity.months} months, {activity.first_year()}–{activity.last_year()}")
        recounts, plain, sizes, by_kind = [], [], [], {}
        for _ in range(5):
            for name, query in queries(store):
                ids = store.query(query)
                if not ids:
                    continue
                strip.show(store, ())  # forget the counts: each round counts again
                recounts.append(recount(strip, store, ids))
                by_kind.setdefault(name.split()[0], []).append(recounts[-1])
                sizes.append(len(ids))
        when = store.events.when
        for _, query in queries(store):  # apart: its garbage would make the strip's figures collect it
            ids = store.query(query)
            t = time.perf_counter()
            Counter((d.year, d.month) for d in (when(i).first for i in ids))
            plain.append((time.perf_counter() - t) * 1000)
        print(f"filter change → strip recounted and drawn   {percentiles(recounts)}")
        print(f"  (filters of {min(sizes)} to {max(sizes)} events)")
        for kind, times in by_kind.items():
            print(f"  {kind:<10}{percentiles(times)}")
        print(f"  for comparison, a Counter over the ids     {percentiles(plain)}")
        strip.show(store, timeline.event_ids)
        strip.activity()
        moves = []
        step = max(1, len(store.events) // 200)
        for row in range(0, len(store.events), step):
            event_id = timeline.event_ids[row]
            t = time.perf_counter()
            strip.mark(event_id)
            for y in range(strip.size.height):
                strip.render_line(y)
            moves.append((time.perf_counter() - t) * 1000)
        print(f"cursor move → mark moved and strip drawn    {percentiles(moves)}")
        jumps = []
        timeline.select_row(0)
        strip.mark(timeline.selected_event)  # (the moves above marked events by hand)
        await pilot.pause()
        while True:
            t = time.perf_counter()
            row = strip.busy_row(1)
            jumps.append((time.perf_counter() - t) * 1000)
            if row is None:
                break
            timeline.select_row(row)
            await pilot.pause()
        print(f"next busy period found                       {percentiles(jumps)} ({len(jumps) - 1} busy periods)")
        await pilot.press("q")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args(argv)
    folder = args.corpus
    if folder is None:
        folder = Path(tempfile.gettempdir()) / "newsline-bench" / f"corpus-{args.n}"
        write_corpus(args.n, folder)
    warm = "import sys; from tui.loading import open_store; open_store([sys.argv[1]])"
    subprocess.run([sys.executable, "-c", warm, str(folder)], check=True)  # the cache filled apart
    asyncio.run(measure(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

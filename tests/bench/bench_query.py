"""Store query latency at scale: p50/p95/max over 1,000 random filters.

    python tests/bench/bench_query.py [CORPUS] [--n 10000] [--queries 1000]

CORPUS defaults to a synthetic corpus of --n articles (make_corpus.py) in a temporary folder
(kept in $TMPDIR/newsline-bench for the next run). The store comes from the cache when it can;
the figures are for ``Store.query`` alone (the word index, built once by the first text query, is
timed apart). Filters: 1–3 actors (any or all), with and without a date range and free text,
drawn with a fixed seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import write_corpus  # noqa: E402

from tui.loading import open_store  # noqa: E402
from tui.store import Query  # noqa: E402


def corpus_folder(n: int) -> Path:
    folder = Path(tempfile.gettempdir()) / "newsline-bench" / f"corpus-{n}"
    write_corpus(n, folder)  # rewrites nothing that is already there
    return folder


def random_queries(store, vocabulary: list[str], count: int, seed: int = 1) -> list[Query]:
    rng = random.Random(seed)
    actors = [a.id for a in store.actors if store.event_count(a.id)]
    words = [w for w in vocabulary if len(w) > 3] or ["a"]
    first, last = store.events[0].when.first, store.events[-1].when.last
    span = max(1, (last - first).days)
    queries = []
    for _ in range(count):
        chosen = frozenset(rng.sample(actors, min(len(actors), rng.randint(1, 3))))
        date_from = date_to = None
        if rng.random() < 0.5:
            start = first + dt.timedelta(days=rng.randrange(span))
            date_from, date_to = start, start + dt.timedelta(days=rng.randint(30, 3 * 365))
        text = rng.choice(words)[: rng.randint(3, 6)] if rng.random() < 0.3 else ""
        queries.append(
            Query(actors=chosen, match_all=rng.random() < 0.5, include_members=rng.random() < 0.2, text=text, date_from=date_from, date_to=date_to)
        )
    return queries


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=1000)
    args = parser.parse_args(argv)
    folder = args.corpus or corpus_folder(args.n)
    store = open_store([folder])
    print(f"store: {len(store.documents)} articles, {len(store.events)} events, {len(store.actors)} actors")
    # The word index is built by the first text query (the reader never needs it): timed apart.
    start = time.perf_counter()
    words = store._index.words(store.events)
    print(f"word index, built by the first text query: {time.perf_counter() - start:.2f} s, {len(words.vocabulary)} words")
    queries = random_queries(store, words.vocabulary, args.queries)
    for query in queries[:20]:  # warm up (lazy member sets, caches)
        store.query(query)
    kinds = {
        "actors only": lambda q: not q.text and q.date_from is None,
        "with dates": lambda q: q.date_from is not None,
        "with text": lambda q: bool(q.text),
        "all": lambda q: True,
    }
    timings: list[tuple[Query, float, int]] = []
    for query in queries:
        start = time.perf_counter()
        result = store.query(query)
        timings.append((query, (time.perf_counter() - start) * 1000, len(result)))
    print(f"{'filters':<12} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'mean hits':>10}")
    for name, keep in kinds.items():
        chosen = [(t, n) for q, t, n in timings if keep(q)]
        if not chosen:
            continue
        ms = [t for t, _ in chosen]
        print(
            f"{name:<12} {len(ms):>5} {percentile(ms, 50):>8.2f} {percentile(ms, 95):>8.2f} {max(ms):>8.2f}"
            f" {statistics.mean(n for _, n in chosen):>10.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

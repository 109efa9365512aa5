"""Ingest throughput: corpus → store, cold and from the cache, at 1k and 10k articles.

    python tests/bench/bench_ingest.py [--sizes 1000 10000] [--workers N]

For each size, a synthetic corpus (make_corpus.py, kept in $TMPDIR/newsline-bench) is loaded
in a fresh process (so peak RSS is that run's) three ways: cold without the cache (in this
process and with the worker pool), cold filling an empty cache, then reopened from it.
Prints articles/s, MB/s, seconds and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import write_corpus  # noqa: E402

_RUN = r"""
import json, os, resource, sys, time
from tui.loading import LoadOptions, load
if __name__ == "__main__":
    folder, mode, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
    start = time.perf_counter()
    store, report = load([folder], LoadOptions(cache=mode != "nocache", workers=workers or None))
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rss_mb": rss, "events": len(store.events), "articles": len(store.documents), "phases": report.timings}))
"""


def run(folder: Path, mode: str, workers: int, cache_dir: Path) -> dict:
    env = {**os.environ, "NEWSLINE_CACHE_DIR": str(cache_dir)}
    script = Path(tempfile.gettempdir()) / "newsline-bench" / "run_ingest.py"
    script.write_text(_RUN, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script), str(folder), mode, str(workers)], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--workers", type=int, default=0, help="worker processes (default: one per core)")
    args = parser.parse_args(argv)
    base = Path(tempfile.gettempdir()) / "newsline-bench"
    print(f"cores: {os.cpu_count()}")
    print(f"{'articles':>8} {'MB':>6} {'run':<26} {'s':>7} {'art/s':>7} {'MB/s':>6} {'RSS MB':>7} {'events':>7}")
    for n in args.sizes:
        folder = base / f"corpus-{n}"
        write_corpus(n, folder)
        mb = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6
        cache_dir = base / f"cache-{n}"
        runs = [
            ("cold, one process, no cache", "nocache", 1),
            ("cold, pool, no cache", "nocache", args.workers),
            ("cold, pool, filling cache", "cache", args.workers),
            ("reopen from cache", "cache", args.workers),
        ]
        for name, mode, workers in runs:
            if name.startswith("cold, pool, filling"):
                subprocess.run(["rm", "-rf", str(cache_dir)], check=True)
            result = run(folder, mode, workers, cache_dir)
            s = result["seconds"]
            print(
                f"{n:>8} {mb:>6.1f} {name:<26} {s:>7.2f} {n / s:>7.0f} {mb / s:>6.1f} {result['rss_mb']:>7.0f} {result['events']:>7}",
                flush=True,
            )
            phases = ", ".join(f"{k} {v:.2f}" for k, v in result["phases"].items() if v >= 0.01)
            print(f"{'':>16} {phases}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The full random-key sweep: thousands of keys and resizes against the reader.

    python tests/bench/bench_monkey.py [--keys 20000] [--seeds 4]

Prints, per store (the bundled seeds, a store whose sentences look like markup), the keys sent,
the resizes, the screens reached, the exceptions (any makes the run fail) and the time taken.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "hostile"))
sys.path.insert(0, str(HERE.parent / "ui"))

from monkey import monkey  # noqa: E402
from newsline_fakes import make_store  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=20000, help="keys per store, spread over the seeds")
    parser.add_argument("--seeds", type=int, default=4, help="random seeds (runs) per store")
    args = parser.parse_args()
    # Settings, bookmarks and cache in a scratch folder: "t" saves a theme.
    scratch = tempfile.mkdtemp(prefix="newsline-monkey-")
    os.environ["NEWSLINE_CONFIG_DIR"] = os.environ["NEWSLINE_CACHE_DIR"] = scratch
    os.environ["NEWSLINE_DATA_DIR"] = scratch  # "*" saves a bookmark
    from tui.loading import open_store
    from tui.ui.app import NewslineApp

    stores = {"seeds": open_store(None), "markup": make_store(12, 6, markup=True)}
    failures = 0
    print(f"{'store':8} {'seed':>4} {'keys':>7} {'resizes':>7} {'seconds':>8}  screens / error")
    for name, store in stores.items():
        for seed in range(args.seeds):
            started = time.perf_counter()
            try:
                run = asyncio.run(monkey(NewslineApp(store=store), keys=args.keys // args.seeds, seed=seed))
                outcome = ", ".join(sorted(run.screens))
                keys, resizes = run.keys, run.resizes
            except Exception as error:  # noqa: BLE001 - counted and shown
                failures += 1
                outcome = "".join(traceback.format_exception_only(type(error), error)).strip()
                keys = resizes = 0
            print(f"{name:8} {seed:>4} {keys:>7} {resizes:>7} {time.perf_counter() - started:>8.1f}  {outcome}")
    print(f"exceptions: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

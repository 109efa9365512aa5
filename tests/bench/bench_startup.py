"""Start-up as a user waits for it: whole-process times of the headless commands.

    python tests/bench/bench_startup.py [--runs N] [--file FILE] [--articles N] [--tree DIR]

Each command runs N times in a fresh process (start-up, imports and output included; output
to /dev/null) after one untimed run that fills the cache (a temporary $NEWSLINE_CACHE_DIR; that
first run's time is printed too, as "first"). Prints the best and median wall-clock seconds of
the N, and their best CPU seconds (user + system: steadier on a busy machine):

- ``newsline dates FILE``, ``newsline events FILE`` (its store in the cache, without the cache,
  and a copy of FILE at a new path each time: extracted, with the language data cached),
  ``newsline --help``;
- ``newsline dates`` over the articles of ../shared/corpora (wikinews-fr, fr-timebank-dev,
  meantime-en; the first --articles of them), against a script that runs dateparser's
  ``search_dates`` over the same files in one process (as tests/bench/eval_dates.py calls it:
  each article's language given), and the ratio of the two.

Python's bytecode is cached (in a temporary PYTHONPYCACHEPREFIX) as an installed package has it;
``--no-bytecode`` compiles every module from source at every start, as PYTHONDONTWRITEBYTECODE=1
does (a checkout in a sandbox that sets it).

Asserts nothing; the figures are for reading.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "corpora"
GROUPS = (("wikinews-fr", "fr"), ("fr-timebank-dev", "fr"), ("meantime-en", "en"))

# dateparser over files given as LANG:PATH, in one process, as eval_dates.py calls it.
_DATEPARSER = r"""
import sys
from dateparser.search import search_dates
found = 0
for item in sys.argv[1:]:
    lang, path = item.split(":", 1)
    with open(path, encoding="utf-8") as stream:
        text = stream.read()
    try:
        found += len(search_dates(text, languages=[lang]) or [])
    except Exception:
        pass
print(found)
"""


def newsline() -> list[str]:
    """The installed `newsline` script beside this Python, else `python -m tui`."""
    script = Path(sys.executable).with_name("newsline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tui"]


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds of wall-clock time and of CPU time (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(commands: list[list[str]], env: dict[str, str]) -> tuple[float, float, float, float]:
    """The first command's wall-clock time, then the best and the median of the others, and their
    best CPU time (less disturbed than the wall clock by other work on the machine)."""
    first, _ = timed(commands[0], env)
    times = [timed(command, env) for command in commands[1:]]
    walls = [wall for wall, _ in times]
    return first, min(walls), statistics.median(walls), min(cpu for _, cpu in times)


def articles(limit: int) -> list[tuple[str, Path]]:
    found = []
    for folder, lang in GROUPS:
        found += [(lang, path) for path in sorted((CORPORA / folder).glob("*.txt"))]
    return found[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="timed runs per command (default 10)")
    parser.add_argument("--file", type=Path, default=min((ROOT / "seeds").glob("000_*.txt")), help="the one short file")
    parser.add_argument("--articles", type=int, default=260, help="articles for `dates` over many (default: all 260)")
    parser.add_argument("--no-dateparser", dest="dateparser", action="store_false")
    parser.add_argument(
        "--no-bytecode", dest="bytecode", action="store_false", help="no .pyc: every module compiled at every start"
    )
    parser.add_argument("--tree", type=Path, default=ROOT, help="the source tree to time (default: this one)")
    args = parser.parse_args(argv)
    cache = Path(tempfile.mkdtemp(prefix="newsline-startup-"))
    env = {**os.environ, "NEWSLINE_CACHE_DIR": str(cache), "PYTHONPATH": str(args.tree.resolve())}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({"PYTHONPYCACHEPREFIX": str(cache / "pycache")} if args.bytecode else {"PYTHONDONTWRITEBYTECODE": "1"})
    cmd = newsline()
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}, runs {args.runs}, "
        f"{'bytecode cached' if args.bytecode else 'no bytecode'}, tree {args.tree}"
    )
    print(f"{'command':<50} {'first':>7} {'best':>7} {'median':>7} {'CPU':>7}")

    def row(label: str, command: list[str], runs: int, commands: list[list[str]] | None = None) -> tuple[float, ...]:
        first, best, median, cpu = measure(commands or [command] * (runs + 1), env)
        print(f"{label:<50} {first:7.3f} {best:7.3f} {median:7.3f} {cpu:7.3f}", flush=True)
        return first, best, median, cpu

    try:
        row("python -c pass", [sys.executable, "-c", "pass"], args.runs)
        row("newsline --help", [*cmd, "--help"], args.runs)
        row(f"newsline dates {args.file.name}", [*cmd, "dates", str(args.file)], args.runs)
        row(f"newsline events {args.file.name}", [*cmd, "events", str(args.file)], args.runs)
        row(f"newsline events {args.file.name} --no-cache", [*cmd, "events", str(args.file), "--no-cache"], args.runs)
        copies = []  # the file under a new path each time: its store and entry are not in the cache
        for run in range(args.runs + 1):
            copy = cache / "copies" / str(run) / args.file.name
            copy.parent.mkdir(parents=True)
            shutil.copyfile(args.file, copy)
            copies.append([*cmd, "events", str(copy)])
        row("newsline events NEW_FILE (store not cached)", [], args.runs, copies)
        chosen = articles(args.articles)
        if not chosen:
            print(f"no articles under {CORPORA}")
            return 0
        many = max(1, args.runs // 3)
        ours = row(f"newsline dates ({len(chosen)} articles)", [*cmd, "dates", *(str(p) for _, p in chosen)], many)
        if not args.dateparser:
            return 0
        script = cache / "dateparser_dates.py"
        script.write_text(_DATEPARSER, encoding="utf-8")
        if subprocess.run([sys.executable, "-c", "import dateparser"], capture_output=True).returncode:
            print("dateparser is not installed: no comparison")
            return 0
        theirs = row(
            f"dateparser search_dates ({len(chosen)} art.)",
            [sys.executable, str(script), *(f"{lang}:{p}" for lang, p in chosen)],
            max(1, many // 2),
        )
        print(
            f"dateparser / newsline dates: {theirs[1] / ours[1]:.1f}x (best), {theirs[2] / ours[2]:.1f}x (median), "
            f"{theirs[3] / ours[3]:.1f}x (CPU)"
        )
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

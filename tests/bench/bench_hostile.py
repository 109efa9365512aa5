"""The full hostile sweep: every hostile input, alone and all together, through the commands.

    python tests/bench/bench_hostile.py [--dir DIR] [--hang 5] [--kill 120] [--no-full]

Builds the hostile corpus (tests/hostile/make_hostile.py, with ``--full``: files near and over
the size limit, a 6 MB line, two sentences of 200 KB, a million paragraphs, 10,000 and 100,000
actors) in DIR (default a temporary folder), then runs, each in a fresh process (``python -m tui``):

- per corpus file: ``check FILE --no-cache`` and ``dates FILE``;
- per actors file: ``check good.txt --actors FILE --no-cache``;
- per path named on the command line (/dev/zero, a FIFO, a loop, ...): ``check PATH``;
- the whole corpus: ``check``, ``events --format json`` and ``dates`` over every file, without
  the cache, then ``check`` with an empty cache and again from it.

Prints each run over a second, then: files tried, runs, crashes (a traceback, a signal, an exit
code other than 0 or 1, output that is not UTF-8), hangs (a run over one file slower than
``--hang`` seconds, or any run killed after ``--kill``), bad files whose name the output did not
give, and the peak memory of a run (``os.wait4``'s rusage of the process and its children)
against the target: 3x the largest file read plus 200 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "hostile"))
sys.path.insert(0, str(REPO))

from make_hostile import Case, Corpus, build, remove  # noqa: E402

from tui.corpus.reader import max_article_bytes  # noqa: E402
from tui.extract.gazetteer import max_actors_file_bytes  # noqa: E402


@dataclass
class Run:
    label: str
    seconds: float
    code: int
    rss_mb: float
    out: str
    err: str
    killed: bool
    utf8: bool
    size: int = 0  # bytes of the one file the run reads, when it reads one
    whole: bool = False  # a run over the whole corpus (its time is the sum of the files')

    def hung(self, limit: float) -> bool:
        """Killed, or (for a run over one file) slower than ``limit`` seconds."""
        return self.killed or (not self.whole and self.seconds > limit)

    @property
    def crashed(self) -> str:
        """Why this run counts as a crash, or ''."""
        if self.killed:
            return ""  # a hang, counted as such
        if "Traceback" in self.err:
            return "traceback: " + self.err.strip().splitlines()[-1][:120]
        if self.code < 0:
            return f"killed by signal {-self.code}"
        if self.code not in (0, 1):
            return f"exit code {self.code}"
        if not self.utf8:
            return "output is not UTF-8"
        return ""


def newsline(args: list[str], *, label: str, kill: float, cache: Path | None = None) -> Run:
    """Run ``python -m tui ARGS`` in its own session; its peak RSS from os.wait4."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if cache is not None:
        env["NEWSLINE_CACHE_DIR"] = str(cache)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "tui", *args], stdout=out, stderr=err, stdin=subprocess.DEVNULL,
            env=env, cwd=REPO, start_new_session=True,
        )
        killed = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if not killed and time.perf_counter() - start > kill:
                os.killpg(process.pid, signal.SIGKILL)
                killed = True
            time.sleep(0.005)
        seconds = time.perf_counter() - start
        process.returncode = code = os.waitstatus_to_exitcode(status)  # (Popen must not wait again)
        out.seek(0)
        err.seek(0)
        raw_out, raw_err = out.read(), err.read()
    try:
        raw_out.decode("utf-8"), raw_err.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    return Run(label, seconds, code, usage.ru_maxrss / 1024, raw_out.decode("utf-8", "replace"),
               raw_err.decode("utf-8", "replace"), killed, utf8)


def _files(corpus: Corpus) -> list[Case]:
    """The corpus cases that are not folders (nor links to one), in the corpus's order."""
    return [c for c in corpus.cases if not (corpus.corpus / c.name).is_dir()]


def _size(path: str, limit: int) -> int:
    """The size of a regular file a run may read (0 for anything else, or over ``limit``)."""
    try:
        size = os.stat(path).st_size
    except OSError:
        return 0
    return size if Path(path).is_file() and size <= limit else 0


def _named(run: Run, display: str) -> bool:
    return display in run.out or display in run.err


def sweep(corpus: Corpus, *, kill: float) -> tuple[list[Run], list[str]]:
    runs: list[Run] = []
    unnamed: list[str] = []
    good = str(corpus.corpus / "good.txt")
    for case in _files(corpus):
        path = str(corpus.corpus / case.name)
        display = Case(path, case.expect).display
        for command in (["check", path, "--no-cache"], ["dates", path]):
            run = newsline(command, label=f"{command[0]} {case.name!r}", kill=kill)
            run.size = _size(path, max_article_bytes())
            runs.append(run)
            if case.expect in ("skipped", "warns") and not _named(run, display):
                unnamed.append(run.label)
    for case in corpus.actors_cases:
        path = str(corpus.actors / case.name)
        run = newsline(["check", good, "--actors", path, "--no-cache"], label=f"check --actors {case.name!r}", kill=kill)
        run.size = _size(path, max_actors_file_bytes())
        runs.append(run)
        if case.expect in ("skipped", "warns") and not _named(run, path):
            unnamed.append(run.label)
    for case in corpus.special:
        run = newsline(["check", case.name], label=f"check {case.name}", kill=kill)
        runs.append(run)
        if case.expect == "skipped" and not _named(run, case.name):
            unnamed.append(run.label)
    whole = str(corpus.corpus)
    every_file = [str(corpus.corpus / c.name) for c in _files(corpus) if c.expect != "ignored"]
    wholes = [
        newsline(["check", whole, "--no-cache"], label="check CORPUS", kill=kill),
        newsline(["events", whole, "--format", "json", "--no-cache"], label="events CORPUS --format json", kill=kill),
        newsline(["dates", *every_file], label="dates EVERY-FILE", kill=kill),
    ]
    with tempfile.TemporaryDirectory() as cache:
        wholes.append(newsline(["check", whole], label="check CORPUS (empty cache)", kill=kill, cache=Path(cache)))
        wholes.append(newsline(["check", whole], label="check CORPUS (from the cache)", kill=kill, cache=Path(cache)))
    for run in wholes:
        run.whole = True
    return runs + wholes, unnamed


def largest_read(corpus: Corpus) -> int:
    """The largest file a run reads: regular files within the article (or actors) size limit."""
    sizes = []
    for folder, cases, limit in ((corpus.corpus, _files(corpus), max_article_bytes()), (corpus.actors, corpus.actors_cases, max_actors_file_bytes())):
        for case in cases:
            try:
                size = os.stat(folder / case.name).st_size
            except OSError:
                continue
            if (folder / case.name).is_file() and size <= limit:
                sizes.append(size)
    return max(sizes, default=0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, help="build the corpus here (must not exist); default: a temporary folder")
    parser.add_argument("--hang", type=float, default=5.0, help="a run over this many seconds is a hang")
    parser.add_argument("--kill", type=float, default=120.0, help="kill a run after this many seconds")
    parser.add_argument("--no-full", action="store_true", help="the fast cases only (as the test suite)")
    args = parser.parse_args()
    root = args.dir or Path(tempfile.mkdtemp(prefix="newsline-hostile-")) / "hostile"
    started = time.perf_counter()
    corpus = build(root, full=not args.no_full)
    print(f"corpus built in {time.perf_counter() - started:.1f} s: {root}")
    for reason in corpus.left_out:
        print(f"left out: {reason}")
    try:
        runs, unnamed = sweep(corpus, kill=args.kill)
        largest = largest_read(corpus)
    finally:
        remove(root)
        if args.dir is None:
            root.parent.rmdir()
    report(corpus, runs, unnamed, largest, args.hang)
    crashes = [r for r in runs if r.crashed]
    hangs = [r for r in runs if r.hung(args.hang)]
    return 1 if crashes or hangs or unnamed else 0


def report(corpus: Corpus, runs: list[Run], unnamed: list[str], largest: int, hang: float) -> None:
    print(f"\n{'run (those over a second)':<60} {'s':>6} {'code':>4} {'RSS MB':>7} {'file MB':>7} {'MB/s':>5}")
    for run in runs:
        if run.seconds > 1 or run.crashed or run.killed:
            flag = " CRASH " + run.crashed if run.crashed else " KILLED" if run.killed else " HANG" if run.hung(hang) else ""
            rate = f"{run.size / 1e6 / run.seconds:5.2f}" if run.size > 100_000 else ""
            size = f"{run.size / 1e6:7.1f}" if run.size else ""
            print(f"{run.label[:60]:<60} {run.seconds:6.2f} {run.code:4d} {run.rss_mb:7.0f} {size:>7} {rate:>5}{flag}")
    crashes = [r for r in runs if r.crashed]
    hangs = [r for r in runs if r.hung(hang)]
    peak = max((r for r in runs if not r.whole), key=lambda r: r.rss_mb)
    peak_whole = max((r for r in runs if r.whole), key=lambda r: r.rss_mb)
    target = 3 * largest / 1e6 + 200
    files = len(_files(corpus)) + len(corpus.actors_cases) + len(corpus.special)
    print(f"\nfiles tried: {files} ({len(_files(corpus))} in the corpus, {len(corpus.actors_cases)} actors files, "
          f"{len(corpus.special)} named paths); runs: {len(runs)}")
    print(f"crashes: {len(crashes)}" + "".join(f"\n  {r.label}: {r.crashed}" for r in crashes))
    print(f"hangs (one file over {hang:g} s, or killed): {len(hangs)}" + "".join(f"\n  {r.label}: {r.seconds:.1f} s" for r in hangs))
    print(f"bad files not named: {len(unnamed)}" + "".join(f"\n  {label}" for label in unnamed))
    print(f"peak memory of a one-file run: {peak.rss_mb:.0f} MB ({peak.label}); largest file read {largest / 1e6:.1f} MB, "
          f"target 3x + 200 MB = {target:.0f} MB: {'met' if peak.rss_mb <= target else 'NOT MET'}")
    print(f"peak memory of a whole-corpus run: {peak_whole.rss_mb:.0f} MB ({peak_whole.label})")
    print(f"this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())

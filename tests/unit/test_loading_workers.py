"""Worker processes end with the process that started them: a cold ingest killed with SIGKILL
leaves none behind (they used to wait for tasks forever, under PID 1)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "bench"))

import make_corpus  # noqa: E402

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="follows processes in /proc")

INGEST = "import sys; from tui.loading import open_store; open_store([sys.argv[1]], cache=False, workers=2)"

# A process (the "middle") starts a grandchild that watches it with getppid, then ends; the
# grandchild must notice. Prints the grandchild's pid.
WATCHED = """
import os, time
from tui.loading.extraction import die_with_parent
ready, told = os.pipe()
if os.fork() == 0:
    middle = os.getpid()
    grandchild = os.fork()
    if grandchild == 0:
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        die_with_parent(middle, prctl=False)
        os.write(told, b"!")
        time.sleep(30)
        os._exit(0)
    os.read(ready, 1)  # the grandchild watches: the middle can go
    os.write(1, f"{grandchild}\\n".encode())
    os._exit(0)
os.wait()
"""


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state, ppid, ...), None when gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None and int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """Running: neither gone nor a zombie (a container's PID 1 may never reap the orphans)."""
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")


def _wait_gone(pids: set[int], seconds: float) -> set[int]:
    """``pids`` still alive after up to ``seconds``, killed then (a failed test leaves none)."""
    deadline = time.monotonic() + seconds
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    survivors = {p for p in pids if _alive(p)}
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    return survivors


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}


def test_workers_die_with_a_killed_cold_ingest(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus.write_corpus(400, corpus)  # above POOL_MIN_FILES: the pool extracts them
    ingest = subprocess.Popen(
        [sys.executable, "-c", INGEST, str(corpus)], env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 8
        while len(workers) < 2 and ingest.poll() is None and time.monotonic() < deadline:
            workers = _children(ingest.pid)  # a single-threaded process forks its two workers
            time.sleep(0.01)
        assert len(workers) == 2, f"no workers seen (the ingest ended with {ingest.poll()})"
    finally:
        ingest.kill()
        ingest.wait()
    assert not _wait_gone(workers, 5)


def test_a_worker_without_prctl_notices_its_parent_gone():
    result = subprocess.run([sys.executable, "-c", WATCHED], env=_env(), capture_output=True, text=True, timeout=20)
    assert result.returncode == 0, result.stderr
    grandchild = int(result.stdout)
    assert not _wait_gone({grandchild}, 5)

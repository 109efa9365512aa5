"""The headless commands on a hostile corpus (tests/hostile/make_hostile.py), run as a user runs
them: in a subprocess, with a timeout. No traceback, no hang, every bad file named with its
problem, the good files still loaded, and the exit codes the README documents (check: 1 when a
file was skipped; events: 0; dates: 0 when some file gave results)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from make_hostile import GOOD_EVENT, Case, build, remove
from newsline_testing import REPO

TIMEOUT = 60  # seconds for a whole command; a hang is a failure, not a stuck suite


def newsline(*args: str, cache: Path | None = None, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    """Run ``python -m tui ARGS`` from this tree; --no-cache unless a cache folder is given."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if cache is not None:
        env["NEWSLINE_CACHE_DIR"] = str(cache)
    command = [sys.executable, "-m", "tui", *args, *(() if cache is not None or args[0] == "dates" else ("--no-cache",))]
    result = subprocess.run(command, capture_output=True, timeout=timeout, env=env, cwd=REPO)
    # Bytes first: the output itself must be valid UTF-8 whatever the file names.
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    assert "Traceback" not in err, err[-3000:]
    return subprocess.CompletedProcess(command, result.returncode, out, err)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    corpus = build(tmp_path_factory.mktemp("hostile") / "h")
    yield corpus
    remove(corpus.root)  # (pytest's own clean-up recurses into the deep folders, and fails)


def shown(corpus_folder: Path, case: Case) -> str:
    """The name Newsline gives the case's file when the corpus folder is given as a path."""
    return Case(str(corpus_folder / case.name), case.expect).display


def problem_lines(text: str, prefix: str = "") -> dict[str, str]:
    """'path: message' lines (after ``prefix``) as {path: message} (no odd name holds ': ')."""
    lines = {}
    for line in text.splitlines():
        if line.startswith(prefix) and ": " in line[len(prefix) :]:
            path, message = line[len(prefix) :].split(": ", 1)
            lines[path.strip()] = message
    return lines


def test_check_names_every_bad_file_and_loads_the_rest(hostile):
    result = newsline("check", str(hostile.corpus))
    assert result.returncode == 1  # files were skipped
    errors = problem_lines(result.stdout, "error   ")
    warnings = problem_lines(result.stdout, "warning ")
    for case in hostile.cases:
        name = shown(hostile.corpus, case)
        if case.expect == "skipped":
            assert name in errors, f"{case.name!r} is not reported"
            assert case.says in errors[name].lower(), (case.name, errors[name])
            assert len(errors[name]) < 300
        elif case.expect == "warns":
            assert name in warnings and case.says in warnings[name].lower(), case.name
        else:
            assert name not in errors and name not in warnings, (case.name, errors.get(name) or warnings.get(name))
    loaded = sum(c.expect in ("loads", "warns") and c.name != "special/up" for c in hostile.cases)
    skipped = sum(c.expect == "skipped" for c in hostile.cases)
    assert f"{loaded} articles loaded, {skipped} skipped" in result.stdout


def test_events_come_from_every_good_file_and_the_bad_ones_are_named(hostile):
    result = newsline("events", str(hostile.corpus), "--format", "json")
    assert result.returncode == 0
    events = json.loads(result.stdout)
    docs = {e["doc"] for e in events if GOOD_EVENT in e["text"]}
    for case in hostile.cases:
        if case.dated:  # the JSON gives names back exactly (escaped as JSON, not for a screen)
            assert str(hostile.corpus / case.name) in docs, case.name
    skipped = problem_lines(result.stderr, "newsline: skipped: ")
    assert {shown(hostile.corpus, c) for c in hostile.cases if c.expect == "skipped"} == set(skipped)


def test_a_folder_holding_only_links_pipes_and_devices_fails_the_check(hostile):
    result = newsline("check", str(hostile.corpus / "special"))
    assert result.returncode == 1
    errors = problem_lines(result.stdout, "error   ")
    special = [c for c in hostile.cases if c.name.startswith("special/") and c.expect == "skipped"]
    assert special and all(shown(hostile.corpus, c) in errors for c in special)


def test_paths_named_on_the_command_line(hostile):
    paths = [c.name for c in hostile.special]
    result = newsline("check", *paths)
    assert result.returncode == 1
    errors = problem_lines(result.stdout, "error   ")
    for case in hostile.special:
        if case.expect == "skipped":
            assert case.says in errors[case.name], (case.name, errors.get(case.name))
        else:
            assert case.name not in errors
    assert "1 article loaded" in result.stdout


def test_dates_reads_regular_files_only(hostile):
    good = str(hostile.corpus / "good.txt")
    named = [c.name for c in hostile.special if c.expect == "skipped"]
    result = newsline("dates", *named, str(hostile.corpus), good, str(hostile.corpus / "enc" / "utf16le.txt"))
    assert result.returncode == 0  # some files gave dates
    assert [r["doc"] for r in json.loads(result.stdout)] == [good, str(hostile.corpus / "enc" / "utf16le.txt")]
    skipped = problem_lines(result.stderr, "newsline: skipped: ")
    for case in hostile.special:
        if case.expect == "skipped":
            assert case.says in skipped[case.name], case.name
    assert "a folder, not a regular file" in skipped[str(hostile.corpus)]


def test_dates_on_bad_files_only_fails(hostile):
    result = newsline("dates", str(hostile.corpus / "special" / "zero.txt"), str(hostile.corpus / "fm" / "bomb.md"))
    assert result.returncode == 1
    skipped = problem_lines(result.stderr, "newsline: skipped: ")
    assert "character device" in skipped[str(hostile.corpus / "special" / "zero.txt")]
    assert "aliases" in skipped[str(hostile.corpus / "fm" / "bomb.md")]


def test_hostile_actors_files_are_named_and_the_articles_still_load(hostile):
    args = ["check", str(hostile.corpus / "good.txt")]
    for case in hostile.actors_cases:
        args += ["--actors", str(hostile.actors / case.name)]
    result = newsline(*args)
    assert result.returncode == 1
    errors = problem_lines(result.stdout, "error   ")
    warnings = problem_lines(result.stdout, "warning ")
    for case in hostile.actors_cases:
        path = str(hostile.actors / case.name)
        if case.expect == "skipped":
            assert case.says in errors[path].lower(), (case.name, errors.get(path))
        elif case.expect == "warns":
            assert case.says in warnings[path].lower(), case.name
        else:
            assert path not in errors and path not in warnings, case.name
    assert "1 article loaded" in result.stdout


def test_the_cache_path_survives_the_corpus(tmp_path):
    corpus = build(tmp_path / "hostile", sparse=False)
    cache = tmp_path / "cache"
    try:
        first = newsline("check", str(corpus.corpus), cache=cache)
        again = newsline("check", str(corpus.corpus), cache=cache)  # from the cache
    finally:
        remove(corpus.root)
    assert first.returncode == again.returncode == 1
    assert first.stdout == again.stdout
    assert set(problem_lines(first.stdout, "error   ")) == {
        shown(corpus.corpus, c) for c in corpus.cases if c.expect == "skipped"
    }


def test_the_cache_path_reads_within_bounds_too(tmp_path):
    corpus = build(tmp_path / "hostile", sparse=True)
    try:
        result = newsline(
            "check", str(corpus.corpus / "good.txt"), str(corpus.corpus / "big"),
            "--actors", str(corpus.actors / "sparse.yaml"), cache=tmp_path / "cache", timeout=20,
        )
    finally:
        remove(corpus.root)
    assert result.returncode == 1
    assert "the limit is" in result.stdout

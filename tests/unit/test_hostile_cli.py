"""Hostile file and actor names through every headless output: nothing raw reaches the terminal.

File names carry escape sequences (terminal title, OSC 52 clipboard, clear screen), BEL, a newline,
C1 CSI, bidi overrides and bytes that are not UTF-8; an actors file names an actor the same way.
Each command runs with strict UTF-8 standard streams (what a UTF-8 terminal gets); the bytes
written must decode, and hold no control character but the line ends.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from pathlib import Path

import pytest

from tui.cli import main

OK = b"date 2025-03-12\nLe 21 mars 2025, la Russie a parl\xc3\xa9.\n"
GOOD_NAMES = [
    b"f\x1b]0;PWNED\x1b\\.txt",
    b"x\x1b]52;c;SGVsbG8=\x07.txt",
    b"c\x1b[2J\x1b[H.txt",
    b"n\nl.txt",
    b"b\xe2\x80\xaeevil.txt",  # U+202E
    b"i\xe2\x81\xa6x\xe2\x81\xa9.txt",  # U+2066 ... U+2069
    b"k\xff.txt",  # not UTF-8
    b"c1\xc2\x9b31m.txt",  # U+009B, the one-character CSI
]
SKIPPED_NAME = b"s\x1b]0;SKIPPED\x07.txt"
WARNED_NAME = b"w\x1b[2J\xfe.txt"
# YAML double-quoted escapes: ESC, BEL, a newline, U+202E and U+009B in an actor's name.
ACTORS_YAML = '- name: "Evil\\e]0;PWNED\\a Corp\\nline\\u202eX\\x9b"\n  kind: organisation\n  aliases: [Russie]\n'

# Anything but the line ends that must not reach the output raw.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "d"
    folder.mkdir()
    for name in GOOD_NAMES:
        _write(folder, name, OK)
    _write(folder, SKIPPED_NAME, b"no header here\n")
    _write(folder, WARNED_NAME, b"date 2025-03-12\nLe 21 mars 2025, \xe9t\xe9 la Russie.\n")  # Windows-1252
    return folder


@pytest.fixture
def actors_file(tmp_path: Path) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(ACTORS_YAML, encoding="utf-8")
    return path


def _write(folder: Path, name: bytes, data: bytes) -> None:
    with open(os.path.join(os.fsencode(folder), name), "wb") as stream:
        stream.write(data)


def run(monkeypatch, *args: str) -> tuple[int, str, str]:
    """``main(args)`` with strict UTF-8 standard streams; (exit code, stdout, stderr), each
    checked to hold no raw control character."""
    streams = {}
    for name in ("stdout", "stderr"):
        streams[name] = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="\n")
        monkeypatch.setattr(sys, name, streams[name])
    monkeypatch.setenv("COLUMNS", "400")  # no folding: the names are found whole
    code = main(list(args))
    texts = []
    for stream in streams.values():
        stream.flush()
        text = stream.buffer.getvalue().decode("utf-8")  # strict
        assert not UNSAFE.findall(text), UNSAFE.findall(text)
        texts.append(text)
    return code, texts[0], texts[1]


def shown(name: bytes) -> str:
    """How a name is shown: every control escaped."""
    text = name.decode("utf-8", errors="surrogateescape")
    return (
        text.replace("\x1b", "\\x1b").replace("\x07", "\\x07").replace("\n", "\\n").replace("\x9b", "\\x9b")
        .replace("\u202e", "\\u202e").replace("\u2066", "\\u2066").replace("\u2069", "\\u2069")
        .replace("\udcff", "\\xff").replace("\udcfe", "\\xfe")
    )


def test_events_table_and_stderr_warnings(monkeypatch, corpus, actors_file):
    code, out, err = run(monkeypatch, "events", str(corpus), "--actors", str(actors_file), "--no-cache")
    assert code == 0
    for name in GOOD_NAMES:
        assert shown(name) in out
    assert "Evil\\x1b]0;PWNED\\x07 Corp\\nline\\u202eX\\x9b" in out
    assert f"skipped: {corpus}/{shown(SKIPPED_NAME)}" in err and shown(WARNED_NAME) in err


@pytest.mark.parametrize("command", ["events", "export"])
def test_json_keeps_names_exact(monkeypatch, corpus, actors_file, command):
    code, out, _ = run(monkeypatch, command, str(corpus), "--actors", str(actors_file), "--format", "json", "--no-cache")
    assert code == 0
    docs = {os.fsencode(os.path.basename(event["doc"])) for event in json.loads(out)}
    assert docs == {*GOOD_NAMES, WARNED_NAME}
    assert {name for event in json.loads(out) for name in event["actors"]} == {"Evil\x1b]0;PWNED\x07 Corp\nline\u202eX\x9b"}


def test_actors_table_and_json(monkeypatch, corpus, actors_file):
    code, out, _ = run(monkeypatch, "actors", str(corpus), "--actors", str(actors_file), "--no-cache")
    assert code == 0 and "Evil\\x1b]0;PWNED\\x07 Corp\\nline\\u202eX\\x9b" in out
    code, out, _ = run(monkeypatch, "actors", str(corpus), "--actors", str(actors_file), "--format", "json", "--no-cache")
    assert code == 0 and json.loads(out)[0]["name"] == "Evil\x1b]0;PWNED\x07 Corp\nline\u202eX\x9b"


def test_check(monkeypatch, corpus):
    code, out, _ = run(monkeypatch, "check", str(corpus), "--no-cache")
    assert code == 1
    assert f"{corpus}/{shown(SKIPPED_NAME)}: no date header" in out and shown(WARNED_NAME) in out


def test_export_csv_and_markdown(monkeypatch, corpus, actors_file):
    code, out, _ = run(monkeypatch, "export", str(corpus), "--actors", str(actors_file), "--format", "csv", "--no-cache")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {os.path.basename(row["doc"]) for row in rows} == {shown(n) for n in [*GOOD_NAMES, WARNED_NAME]}
    assert {row["actors"] for row in rows} == {"Evil\\x1b]0;PWNED\\x07 Corp\\nline\\u202eX\\x9b"}
    code, out, _ = run(monkeypatch, "export", str(corpus), "--format", "markdown", "--no-cache")
    assert code == 0 and "k\\\\xff.txt" in out  # the escape's backslash escaped for Markdown


def test_export_to_a_file_that_is_not_utf8_named(monkeypatch, corpus, tmp_path):
    # The reproducer: an article named k\xff.txt made `export -o out.json` raise
    # UnicodeEncodeError; the output's own name is hostile too.
    output = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"out\x1b]0;X\x07.json")))
    code, _, err = run(monkeypatch, "export", str(corpus), "-o", str(output), "--no-cache")
    assert code == 0 and "out\\x1b]0;X\\x07.json" in err
    raw = output.read_bytes().decode("utf-8")
    assert not UNSAFE.findall(raw.replace("\n", ""))
    assert b"k\xff.txt" in {os.fsencode(os.path.basename(e["doc"])) for e in json.loads(raw)}


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_dates(monkeypatch, corpus, fmt):
    monkeypatch.chdir(corpus)  # short names: a table's title is folded to the table's width
    files = [os.fsdecode(name) for name in GOOD_NAMES]
    missing = os.fsdecode(b"gone\x1b[2J\xff.txt")
    code, out, err = run(monkeypatch, "dates", *files, missing, "--format", fmt)
    assert code == 0 and "gone\\x1b[2J\\xff.txt" in err
    if fmt == "json":
        assert {os.fsencode(r["doc"]) for r in json.loads(out)} == {os.fsencode(f) for f in files}
    else:
        assert all(shown(name) in out for name in GOOD_NAMES)


def test_unknown_actor_hint_names_the_hostile_actor_safely(monkeypatch, corpus, actors_file):
    code, _, err = run(monkeypatch, "events", str(corpus), "--actors", str(actors_file), "--actor", "Evil", "--no-cache")
    assert code == 2 and "did you mean: Evil\\x1b]0;PWNED" in err


@pytest.mark.parametrize("args", [["events"], []])
def test_a_hostile_argument_in_an_argparse_error(monkeypatch, args):
    # `newsline check *` in a folder holding a file named "-\e]0;PWNED\a": argparse quoted it raw.
    with pytest.raises(SystemExit) as exit_:
        run(monkeypatch, *args, "-\x1b]0;PWNED\x07")
    assert exit_.value.code == 2
    sys.stderr.flush()
    err = sys.stderr.buffer.getvalue().decode("utf-8")
    assert "unrecognized arguments: -\\x1b]0;PWNED\\x07" in err and not UNSAFE.findall(err)


def test_export_csv_quotes_formulas(monkeypatch, tmp_path):
    # A spreadsheet runs a cell starting with = + - @ as a formula: an article text, an actor
    # or a file name that starts so is written with a leading apostrophe, other cells as they are.
    (tmp_path / "=HYPERLINK(x).txt").write_bytes(OK)
    (tmp_path / "plain.txt").write_bytes(b"date 2025-03-12\n-Le 21 mars 2025, la Russie a parl\xc3\xa9.\n")
    monkeypatch.chdir(tmp_path)
    files = ["=HYPERLINK(x).txt", "plain.txt"]
    code, out, _ = run(monkeypatch, "export", *files, "--format", "csv", "--no-cache")
    assert code == 0
    rows = {row["doc"].lstrip("'"): row for row in csv.DictReader(io.StringIO(out))}
    assert rows["=HYPERLINK(x).txt"]["doc"] == "'=HYPERLINK(x).txt"
    assert rows["plain.txt"]["text"].startswith("'-") and not rows["plain.txt"]["doc"].startswith("'")
    assert all(not row["date"].startswith("'") for row in rows.values())


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_an_output_encoding_without_the_texts_letters_writes_escapes(corpus, tmp_path, encoding):
    # An article's "é" on an ASCII terminal stopped `events` half-way with a UnicodeEncodeError.
    import subprocess

    env = {**os.environ, "PYTHONIOENCODING": encoding, "NEWSLINE_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for command in (["events", "--format", "json"], ["events"], ["check"]):
        done = subprocess.run([sys.executable, "-m", "tui", *command, str(corpus)], capture_output=True, env=env, timeout=120)
        assert done.returncode in (0, 1) and b"Traceback" not in done.stderr, done.stderr[-500:]
        if command == ["events"]:
            assert (b"parl\\xe9" if encoding == "ascii" else b"parl\xe9") in done.stdout
        done.stdout.decode(encoding), done.stderr.decode(encoding)  # and nothing else

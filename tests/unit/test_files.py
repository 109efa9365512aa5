"""Bounded reading (regular files only, within a limit, never blocking), decoding whatever encoding
an editor chose, and the escaping that keeps file names and messages on one printable line."""

from __future__ import annotations

import os
import threading

import pytest

from tui.util.files import UnreadableFile, decode_text, describe_size, limit_from_env, read_regular
from tui.util.safe import safe_display
from tui.util.text import clip


def refusal(path, limit: int = 1000) -> str:
    """read_regular's message for ``path``, from a thread: a read that blocks fails the test."""
    outcome: list[BaseException | bytes] = []
    thread = threading.Thread(target=lambda: outcome.append(_try(path, limit)), daemon=True)
    thread.start()
    thread.join(5)
    assert not thread.is_alive(), f"reading {path} blocked"
    (result,) = outcome
    assert isinstance(result, UnreadableFile), result
    return str(result)


def _try(path, limit):
    try:
        return read_regular(path, limit)
    except UnreadableFile as error:
        return error


def test_a_regular_file_is_read_whole_within_the_limit(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"x" * 1000)
    assert read_regular(tmp_path / "a.txt", 1000) == b"x" * 1000
    assert refusal(tmp_path / "a.txt", 999) == "the file is 1 KB; the limit is 999 bytes"
    os.symlink("a.txt", tmp_path / "link.txt")
    assert read_regular(tmp_path / "link.txt", 1000) == b"x" * 1000


def test_a_huge_sparse_file_is_refused_by_its_size(tmp_path):
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(2**40)
    assert refusal(tmp_path / "huge.txt", 8_000_000) == "the file is 1100 GB; the limit is 8 MB"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert refusal(tmp_path / "pipe.txt") == "a named pipe (FIFO), not a regular file"


def test_devices_folders_and_missing_paths_are_refused(tmp_path):
    assert refusal("/dev/zero") == "a character device, not a regular file"
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    assert refusal(tmp_path / "zero.txt") == "a character device, not a regular file"
    assert refusal(tmp_path) == "a folder, not a regular file"
    assert refusal(tmp_path / "missing.txt") == "no such file or folder"
    os.symlink("loop.txt", tmp_path / "loop.txt")
    assert refusal(tmp_path / "loop.txt") == "a loop of symbolic links"
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    assert "broken symbolic link" in refusal(tmp_path / "dangling.txt")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", 8), ("500", 500), ("8M", 8_000_000), ("20mb", 20_000_000), ("1k", 1000), ("2G", 2 * 10**9),
        ("0", 8), ("-5", 8), ("lots", 8), ("١٢", 8), ("1.5M", 8),
    ],
)
def test_size_limits_from_the_environment(monkeypatch, value, expected):
    monkeypatch.setenv("NEWSLINE_TEST_LIMIT", value)
    assert limit_from_env("NEWSLINE_TEST_LIMIT", 8) == expected


def test_sizes_in_words():
    assert [describe_size(n) for n in (1, 999, 1000, 8_000_000, 8_400_000, 50 * 10**9)] == [
        "1 byte", "999 bytes", "1 KB", "8 MB", "8.4 MB", "50 GB",
    ]


TEXT = "date 2025-03-11 Le président a parlé à l'Élysée."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with a BOM
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # without one: told by the NULs
        TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
    ],
)
def test_text_in_any_unicode_encoding_decodes_cleanly(data):
    assert decode_text(data) == (TEXT, None)


def test_other_bytes_decode_with_a_warning():
    text, warning = decode_text(TEXT.encode("cp1252"))
    assert text == TEXT and "not valid UTF-8" in warning
    text, warning = decode_text(TEXT.encode("utf-16") + b"\x00")  # a byte short of a pair
    assert text.startswith(TEXT) and "UTF-16" in warning


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, b"date 2025-03 \x00\x01\x02"])
def test_binary_files_are_refused(data):
    with pytest.raises(UnreadableFile, match="binary"):
        decode_text(data)


def test_safe_display_escapes_what_a_terminal_would_act_on():
    assert safe_display("plain é name.txt") == "plain é name.txt"
    name = os.fsdecode(b"bad\xffname\n\x1b[31mred") + "\u202e.txt"
    assert safe_display(name) == "bad\\xffname\\n\\x1b[31mred\\u202e.txt"
    assert safe_display(safe_display(name)) == safe_display(name)


def test_clip_gives_one_short_line():
    assert clip("a\nb\t c") == "a b c"
    long = clip("word " * 1000, 40)
    assert len(long) == 40 and long.endswith("…") and "\n" not in long
    assert clip("\x1b[31m", 80) == "\\x1b[31m"

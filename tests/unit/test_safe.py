"""Showing untrusted strings: no control, bidi control or lone surrogate is ever written raw."""

from __future__ import annotations

import io
import json
import os
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.util.safe import safe_display, safe_json, write_safe_json_list
from tui.util.text import one_line

# What must never reach a terminal raw (tab and newline included: the result is one line).
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

HOSTILE = {
    "title": "f\x1b]0;PWNED\x1b\\.txt",
    "clipboard": "x\x1b]52;c;SGVsbG8=\x07.txt",
    "clear": "c\x1b[2J\x1b[H.txt",
    "bell": "b\x07.txt",
    "newline": "n\nl.txt",
    "carriage return": "r\rx.txt",
    "c1 csi": "c1\x9b31m.txt",
    "del": "d\x7f.txt",
    "bidi override": "b\u202etxt.exe",
    "bidi isolate": "i\u2066x\u2069.txt",
    "line separator": "l\u2028s.txt",
    "not utf-8": os.fsdecode(b"k\xff.txt"),
}


@pytest.mark.parametrize(
    "text, shown",
    [
        ("f\x1b]0;PWNED\x1b\\.txt", "f\\x1b]0;PWNED\\x1b\\.txt"),
        ("a\nb\tc\rd", "a\\nb\\tc\\rd"),
        ("\x07\x00\x7f\x9b", "\\x07\\x00\\x7f\\x9b"),
        ("b\u202eevil\u2066x\u2069", "b\\u202eevil\\u2066x\\u2069"),
        (os.fsdecode(b"k\xff\xfe.txt"), "k\\xff\\xfe.txt"),
        ("\ud800", "\\ud800"),  # a lone surrogate that surrogateescape did not make
        ("Sergueï Narychkine — 東京 « ok »", "Sergueï Narychkine — 東京 « ok »"),
    ],
)
def test_safe_display_makes_controls_visible(text, shown):
    assert safe_display(text) == shown


@pytest.mark.parametrize("name", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_names_become_one_printable_encodable_line(name):
    shown = safe_display(name)
    assert not UNSAFE.search(shown)
    shown.encode("utf-8")  # strict: no lone surrogate left
    assert shown.isprintable()


# Any character, surrogates included, with the hostile ones drawn often.
ANY_TEXT = st.text(
    alphabet=st.one_of(st.characters(codec=None, exclude_categories=()), st.sampled_from("\x1b\n\u202e\u2069\udcff\x9b\x7f\\"))
)


@given(ANY_TEXT)
def test_safe_display_leaves_nothing_unsafe_and_keeps_safe_text(text):
    shown = safe_display(text)
    assert not UNSAFE.search(shown)
    shown.encode("utf-8")
    if not UNSAFE.search(text):
        assert shown == text


@given(ANY_TEXT)
def test_safe_json_is_exact_and_raw_free(text):
    value = {"doc": text, "list": [text, 1]}
    out = safe_json(value)
    assert not UNSAFE.search(out.replace("\n", ""))
    out.encode("utf-8")
    assert json.loads(out) == value


@given(st.lists(st.one_of(st.text(), st.dictionaries(st.text(max_size=5), st.lists(st.text() | st.integers(), max_size=3), max_size=3))))
def test_a_list_written_item_by_item_is_the_same_bytes_as_the_whole_list(items):
    written = io.StringIO()
    write_safe_json_list(written, iter(items))
    assert written.getvalue() == safe_json(items) + "\n"


def test_safe_json_gives_back_a_file_name_that_is_not_utf8():
    name = os.fsdecode(b"d/k\xff\x9b.txt")
    out = safe_json([{"doc": name}])
    assert "\\udcff" in out and "\\udc9b" in out
    assert os.fsencode(json.loads(out)[0]["doc"]) == b"d/k\xff\x9b.txt"


def test_one_line_neutralises_bidi_and_surrogates_keeping_offsets():
    text = "a\u202eb\nc\x1b" + os.fsdecode(b"\xff")
    shown = one_line(text)
    assert len(shown) == len(text)
    assert not UNSAFE.search(shown)
    assert shown == "a\ufffdb c \ufffd"

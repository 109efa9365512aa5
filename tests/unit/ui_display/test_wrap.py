"""The reader's word wrapper: the lines Rich gives a folded Text, from public API, in one pass."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.ui.display import wrap
from tui.ui.display.wrap import line_starts


def lines(text: str, width: int) -> list[str]:
    bounds = [0, *line_starts(text, width), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


def test_a_paragraph_wrapped_at_40_cells():
    text = "Le directeur du SVR, Sergueï Narychkine, a déclaré mardi que la Russie « ne laissera pas faire »."
    assert lines(text, 40) == [
        "Le directeur du SVR, Sergueï Narychkine, ",
        "a déclaré mardi que la Russie « ne ",
        "laissera pas faire ».",
    ]


def test_a_word_longer_than_a_line_is_cut_into_line_long_pieces():
    assert lines("ab " + "x" * 25 + " cd", 10) == ["ab ", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx cd"]
    # The first word keeps the white space before it, and is cut with it.
    assert lines("   abcdefgh", 4) == ["   a", "bcde", "fgh"]


def test_the_space_after_a_word_stays_at_the_end_of_its_line():
    assert lines("abc" + " " * 20 + "def", 5) == ["abc" + " " * 20, "def"]


def test_no_break_space_is_white_space_as_for_rich():
    assert lines("12\u00a0345 678", 5) == ["12\u00a0", "345 ", "678"]


def test_wide_characters_take_two_cells():
    # Six wide characters and no space: one word, cut every two characters at width 4.
    assert lines("日本語の文章", 4) == ["日本", "語の", "文章"]
    assert lines("ab 日本語", 5) == ["ab ", "日本", "語"]


def test_text_without_words_is_one_line():
    assert list(line_starts("", 10)) == []
    assert list(line_starts("     ", 2)) == []


def test_a_line_is_at_least_one_cell_wide():
    with pytest.raises(ValueError):
        line_starts("abc", 0)


def test_latin_text_takes_the_line_at_a_time_path():
    assert wrap._single_cells("Sergueï « l’Iran » — 3\u00a0%")
    assert not wrap._single_cells("日本")  # two cells each
    assert not wrap._single_cells("e\u0301")  # a combining accent: no cell of its own
    assert not wrap._single_cells("a\tb")  # a control character: no cell


def test_the_line_at_a_time_path_does_a_few_searches_per_line(monkeypatch):
    # Linear in the paragraph's length: a bounded number of regular-expression searches per
    # line, each over at most a line (no search from the start of the paragraph).
    calls = []

    class Counting:
        def __init__(self, pattern: re.Pattern) -> None:
            self.pattern = pattern

        def match(self, text, pos=0, endpos=None):
            calls.append((pos, len(text) if endpos is None else endpos))
            return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    for name in ("_SPACES", "_LETTERS", "_THROUGH_LAST_SPACE"):
        monkeypatch.setattr(wrap, name, Counting(getattr(wrap, name)))
    sentence = "Le président a déclaré mardi que la Russie et l’Iran avaient signé un accord. "
    text = sentence * (1_000_000 // len(sentence))
    starts = line_starts(text, 80)
    assert len(calls) <= 4 * (len(starts) + 1)
    assert max(end - pos for pos, end in calls if end != len(text)) <= 80


try:
    from rich._wrap import divide_line  # Rich's private wrapper: the reference, when it exists
except ImportError:  # pragma: no cover
    divide_line = None

needs_rich_wrapper = pytest.mark.skipif(divide_line is None, reason="this Rich has no rich._wrap.divide_line")
LATIN = st.text(alphabet="ab é’ \u00a0\u202f—«»", max_size=80)
ANY = st.text(alphabet="ab é \u00a0日本\u200d\ufe0f\u0301\t\n\x07😀", max_size=60)


@needs_rich_wrapper
@settings(max_examples=400, deadline=None)
@given(text=LATIN, width=st.integers(1, 30))
def test_latin_text_wraps_as_rich_wraps_it(text, width):
    assert list(line_starts(text, width)) == divide_line(text, width, fold=True)


@needs_rich_wrapper
@settings(max_examples=400, deadline=None)
@given(text=ANY, width=st.integers(1, 12))
def test_any_text_wraps_as_rich_wraps_it(text, width):
    assert list(line_starts(text, width)) == divide_line(text, width, fold=True)

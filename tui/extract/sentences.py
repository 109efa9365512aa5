"""Sentence segmentation for French and English news prose."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from tui.extract.data import load
from tui.extract.model import Sentence

# A candidate boundary: final punctuation, any closing quotes or brackets, then white space,
# then something that can open a sentence. A blank-free newline after final punctuation counts.
_BOUNDARY = re.compile(
    r"""(?P<stop>[.!?…]+)(?P<close>(?:[\u00a0\u202f ]?»|["”’')\]])*)(?P<space>\s+)(?=[«"“(\[\-–—]?\s*[A-ZÀ-ÖØ-Þ0-9])"""
)
_LINE_BREAK = re.compile(r"\n+")
_WORD_BEFORE = re.compile(r"([\w.\-]+)$")
_LOOKBACK = 64


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(str(a).casefold() for a in load("abbreviations.yaml"))


def _is_abbreviation(text: str, stop_at: int) -> bool:
    # Only the word touching the stop matters: look back a bounded window, not from the start
    # of the text (an abbreviation is far shorter than the window).
    word = _word_before(text, max(0, stop_at - _LOOKBACK), stop_at)
    if not word:
        return False
    word = word.rstrip(".")
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "J. Smith", "George W. Bush"
    return word.casefold() in _abbreviations()


# Abbreviations that stop short only before a number: "the No. 1 seller", "vol. 2", "art. 3"
# ("she said no. Then ..." ends a sentence: no number follows).
_BEFORE_NUMBERS = frozenset({"no", "nos", "vol", "art", "fig", "p", "pp", "ch"})


def _numbers_next(text: str, match: re.Match) -> bool:
    """Whether the stop of ``match`` ends an abbreviation of those above and a number follows."""
    after = match.end("space")
    if after >= len(text) or not text[after].isdigit():
        return False
    word = _word_before(text, max(0, match.start("stop") - _LOOKBACK), match.start("stop"))
    if word in ("no", "nos"):
        return False  # "she said no. 2 people left": the answer, "No. 2" is written with a capital
    return word.casefold() in _BEFORE_NUMBERS


def _word_before(text: str, low: int, end: int) -> str:
    """What ``_WORD_BEFORE.search(text, low, end)`` finds ("" for nothing), read backwards from
    ``end`` rather than tried at every position of the window."""
    if low < end and text[end - 1] == "\n":  # "$" matches before a final line break too
        end -= 1
    start = end
    while start > low and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
        start -= 1
    return text[start:end]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences; offsets are into ``text``.

    Line breaks inside a paragraph also end a sentence: news feeds put one sentence or a heading
    per line far more often than they hard-wrap prose.
    """
    end = len(text) if end is None else end
    sentences: list[Sentence] = []
    for line_start, line_end in _lines(text, start, end):
        cursor = line_start
        for match in _BOUNDARY.finditer(text, line_start, line_end):
            if match.group("stop") == "." and not match.group("close") and (
                _is_abbreviation(text, match.start("stop")) or _numbers_next(text, match)
            ):
                continue
            sentence_end = match.start("space")
            sentences.extend(_trimmed(text, cursor, sentence_end))
            cursor = match.end("space")
        sentences.extend(_trimmed(text, cursor, line_end))
    return sentences


def _lines(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    cursor = start
    for match in _LINE_BREAK.finditer(text, start, end):
        yield cursor, match.start()
        cursor = match.end()
    yield cursor, end


def _trimmed(text: str, start: int, end: int) -> list[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Sentence(start, end)] if end > start else []

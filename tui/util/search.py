"""What a search asks for, and where it matches a text: the same rules for the store (which
events pass) and the views (which characters to highlight).

A search is words and "quoted phrases", accents and case ignored. A word matches any word it
begins ("narych" finds Narychkine); a phrase matches its words in a row, the last one as a prefix.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tui.util.text import fold, normalise_quotes

WORD = re.compile(r"[^\W_]+")
_PHRASE = re.compile(r'"([^"]*)"?')


class Search(NamedTuple):
    """A search's folded words (each a word prefix) and phrases (each a tuple of folded words)."""

    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.phrases

    @property
    def all_words(self) -> tuple[str, ...]:
        """Every word the search needs, inside a phrase or not (what a word index narrows by)."""
        return self.words + tuple(word for phrase in self.phrases for word in phrase)


def parse_search(text: str) -> Search:
    """``text`` as words and phrases; an unclosed quote runs to the end (typing "la Rus)."""
    text = normalise_quotes(text)
    phrases = tuple(p for p in (tuple(WORD.findall(fold(m))) for m in _PHRASE.findall(text)) if p)
    words = tuple(WORD.findall(fold(_PHRASE.sub(" ", text))))
    return Search(words, phrases)


def _folded_words(text: str) -> list[tuple[str, int, int]]:
    """Each word of ``text``, folded, with its span in ``text``."""
    out = []
    for match in WORD.finditer(text):
        folded = WORD.findall(fold(match.group()))
        if folded:
            out.append(("".join(folded), match.start(), match.end()))
    return out


def matches_phrases(text: str, search: Search) -> bool:
    """Whether every phrase of ``search`` is in ``text`` (words already known to be there)."""
    if not search.phrases:
        return True
    words = [w for w, _, _ in _folded_words(text)]
    return all(_phrase_at(words, phrase) is not None for phrase in search.phrases)


def _phrase_at(words: list[str], phrase: tuple[str, ...], start: int = 0) -> int | None:
    n = len(phrase)
    for i in range(start, len(words) - n + 1):
        if words[i : i + n - 1] == list(phrase[:-1]) and words[i + n - 1].startswith(phrase[-1]):
            return i
    return None


def match_spans(text: str, search: Search) -> list[tuple[int, int]]:
    """The spans of ``text`` that ``search`` matches (words and whole phrases), sorted, those
    that touch merged."""
    if search.is_empty:
        return []
    words = _folded_words(text)
    spans = [(s, e) for w, s, e in words if any(w.startswith(term) for term in search.words)]
    folded = [w for w, _, _ in words]
    for phrase in search.phrases:
        at = _phrase_at(folded, phrase)
        while at is not None:
            spans.append((words[at][1], words[at + len(phrase) - 1][2]))
            at = _phrase_at(folded, phrase, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # a word inside a phrase's span: one span
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged

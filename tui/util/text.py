"""Small text helpers shared by every layer: folding for matching, and control-character hygiene."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache

from tui.util.safe import safe_display

# C0 and C1 control characters except tab and newline. They are replaced one for one so that
# every character offset into the decoded file stays valid.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Replace terminal control characters (ESC, BEL, CR, ...) by spaces, keeping offsets."""
    return _CONTROL.sub(" ", text)


# Bidi embeddings, overrides and isolates reorder what follows them on a terminal that applies
# bidi; a lone surrogate (a file name's non-UTF-8 byte) is written as six characters where one
# cell was counted. Either is shown as U+FFFD in a pane (tui.util.safe escapes them visibly where
# the length may change).
_HIDDEN = re.compile("[\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def one_line(text: str) -> str:
    """``text`` for one line of a pane: line breaks and tabs too become spaces, bidi controls and
    lone surrogates U+FFFD (one for one: offsets kept)."""
    return _HIDDEN.sub("\ufffd", strip_controls(text.replace("\n", " ").replace("\t", " ")))


@lru_cache(maxsize=8)
def folded_span(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with its white space folded to single spaces. (The last few are kept:
    the thousands of events of one long sentence each asked for it again, which was quadratic.)"""
    return " ".join(text[start:end].split())


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Sergueï' and 'SERGUEI' fold to 'serguei'."""
    if text.isascii():  # nothing to decompose, no accent to drop
        return text.casefold()
    return unicodedata.normalize("NFKD", text).translate(_DROP_COMBINING).casefold()


class WordsIn:
    """A pre-test for a pattern compiled with re.IGNORECASE one of whose ``words`` is in every
    match: ``may_be_in(window)`` is False only when the pattern cannot match in ``window``. One
    scan of the window's lower case by the words as a trie (a branch per letter, not per word)
    spares the pattern's scan of every position of a window holding none of them."""

    def __init__(self, words: Iterable[str]) -> None:
        self.pattern = re.compile(trie({w.lower() for w in words if w}))

    def may_be_in(self, window: str) -> bool:
        # (three letters re.IGNORECASE reads as "i" or "s" lower to none: a window with one answers yes)
        return self.pattern.search(window.lower()) is not None or not window.isascii() and _ODD_CASES.search(window) is not None


_ODD_CASES = re.compile("[İıſ]")


def aligned_lower(text: str) -> str | None:
    """``text``'s lower case when each of its offsets is the text's own and re.IGNORECASE reads
    each character as its lower case; else None (a text with "İ", lower-cased in two
    characters, or "ı", "ſ", which re.IGNORECASE reads as "i", "s")."""
    lowered = text.lower()
    if len(lowered) != len(text) or not text.isascii() and _ODD_CASES.search(text) is not None:
        return None
    return lowered


def word_starts(words: re.Pattern[str], lowered: str) -> list[int]:
    """Every offset of ``lowered`` (a text's lower case, as ``aligned_lower`` gives it) where
    ``words`` (a trie of lower-case words) matches, overlapping matches too: the words of many
    windows of one text found in one pass."""
    found = []
    match = words.search(lowered)
    while match is not None:
        found.append(match.start())
        match = words.search(lowered, match.start() + 1)
    return found


def holds_between(starts: Sequence[int], lo: int, hi: int) -> bool:
    """Whether one of ``starts`` (sorted) lies in ``lo:hi``."""
    return bisect_left(starts, lo) < bisect_left(starts, hi)


def phrase_alternation(phrases: Iterable[object], gap: str = r"\s+") -> str:
    """A regex alternation of ``phrases`` (language data, as written), their words escaped and
    joined by ``gap`` (any run of spaces by default), for a pattern to build around."""
    return "|".join(gap.join(map(re.escape, str(phrase).split())) for phrase in phrases)


def trie(words: set[str]) -> str:
    """A regex matching what the alternation of ``words`` matches, longest first (of two words
    matching at one place, the longer is tried first), with one branch per letter."""
    if "" in words and len(words) == 1:
        return ""
    heads: dict[str, set[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], set()).add(word[1:])
    branches = [re.escape(head) + trie(tails) for head, tails in sorted(heads.items())]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in words else body


class _CombiningTable(dict):
    """A str.translate table deleting combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> str | None:
        character = chr(code)
        value = None if unicodedata.combining(character) else character
        self[code] = value
        return value


_DROP_COMBINING = _CombiningTable()


# Typographic variants that should compare equal when matching names.
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "«": '"', "»": '"', "“": '"', "”": '"'})


def normalise_quotes(text: str) -> str:
    """Same length mapping of curly and guillemet quotes to ASCII ones."""
    return text.translate(_QUOTES)


def clip(text: str, limit: int = 80) -> str:
    """``text`` on one printable line (white space runs become one space) and at most ``limit``
    characters long, an ellipsis marking a cut: a piece of input quoted in a message."""
    line = safe_display(" ".join(text[: 4 * limit].split()))  # (a prefix: the text may be megabytes)
    return line if len(line) <= limit else line[: limit - 1] + "…"

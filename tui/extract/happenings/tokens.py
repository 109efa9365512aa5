"""A sentence's words as the happenings' grammar reads them: tokens (folded words and
punctuation marks), the roles the lexicon gives them, and the word classes every part reads."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate, compress

from tui.extract.happenings.words import _ACCENT_KEPT, word_set, word_sets
from tui.extract.lexicon import Entry, Lexicon
from tui.extract.model import Mention
from tui.util.text import fold


# Word classes and marks every part of the grammar reads.
_CLAUSE_PUNCTUATION = frozenset(",;:()[]—–")
_QUOTES = frozenset("«»\"“”'’")
_OPENING_QUOTES = frozenset("«\"“")  # a sentence opening on one quotes someone's words
# On folded words (the -é participles are told by their accent: ``_Token.acute``).
# (not "-que", "-gue": "indique", "critique" are present tenses; of the "-ait" words only "fait"
# and "-trait" are participles, the others imperfects and conditionals: "rapporterait")
_FR_PARTICIPLE = re.compile(r"(?:i|ie|is|ies|(?<!a)it|(?<![qg])ue?s?|ert|erte|int|(?:^f|tr)aite?s?|ort|orte)$")
_FR_INFINITIVE = re.compile(r"(?:er|ir)$")
_INDEFINITE_ONE = word_set("indefinite_one")
_FR_PRESENT = re.compile(r"(?<![eiu]r)ent$|[^eé]e$")  # "exige", "rassemblent"; not "déclarèrent", "signée"
_FR_COMPOUND_AUXILIARIES = word_set("fr_compound_auxiliaries")
_ARTICLES = word_sets("articles")
_SPEECH_OPENERS = word_set("speech_openers")  # (quotation marks are no tokens)
_COORDINATORS = word_set("coordinators")
_OF = word_set("of")
_COMPLEMENTIZERS = word_set("complementizers")


# Words (elided "l'", "qu'" kept as their own word), or one punctuation mark.
_TOKEN = re.compile(r"[^\W\d_]+['’](?=\w)|[^\W_]+(?:[-‑][^\W_]+)*|[^\w\s]")


_ACUTE_END = re.compile(r"(?:é|ée|és|ées)$", re.IGNORECASE)


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    word: str  # folded, elision apostrophe dropped
    acute: bool = False  # ends in é, ée, és, ées (a French participle, once folded "signe")
    capital: bool = False  # written with a capital first letter


class _Tokens(list):
    """A sentence's tokens, with where each starts: made once per sentence, when first asked
    (each predicate's headline asks, and a long sentence's headlines stay linear, not one scan of
    the sentence per predicate)."""

    __slots__ = ("_starts", "memo")

    def __init__(self) -> None:
        super().__init__()
        self._starts: list[int] | None = None
        # What the headlines read of the sentence's date phrases, by what they read (each
        # predicate's headline asks for all the sentence's: see headlines._date_tokens)
        self.memo: dict[str, object] = {}

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [t.start for t in self]
        return self._starts


class _Names(list):
    """A sentence's mentions, in text order, and whether a token stands inside one. A long
    sentence asks for many of its tokens: its names are indexed once, when first asked, by start,
    each with the furthest end of the names starting at or before it."""

    __slots__ = ("_starts", "_furthest")
    _INDEXED = 16  # names of a sentence from which they are indexed

    def __init__(self, mentions: list[Mention] = ()) -> None:
        super().__init__(mentions)
        self._starts: list[int] | None = None
        self._furthest: list[int] = []

    def cover(self, token: _Token) -> bool:
        """Whether ``token`` stands inside one of the names."""
        if len(self) < self._INDEXED:
            return any(m.start <= token.start and token.end <= m.end for m in self)
        if self._starts is None:
            by_start = sorted((m.start, m.end) for m in self)
            self._starts = [start for start, _end in by_start]
            self._furthest = list(accumulate((end for _start, end in by_start), max))
        k = bisect_right(self._starts, token.start) - 1
        return k >= 0 and self._furthest[k] >= token.end


def _tokens(text: str, start: int, end: int) -> _Tokens:
    # One split gives the words and the gaps around them (the same words as
    # _TOKEN.finditer(text, start, end): [gap, word, gap, word, ..., gap]); each distinct word is
    # read once (_WORDS), and the tokens are made without a loop in Python.
    parts = _TOKEN_SPLIT.split(text[start:end])
    offsets = list(accumulate(map(len, parts), initial=start))  # where each part starts
    infos = list(map(_WORDS.__getitem__, parts[1::2]))
    words, acutes, capitals, inverted = zip(*infos) if infos else ((), (), (), ())
    if any(inverted):  # (rare: "a-t-il déclaré", "dit-elle")
        return _tokens_inverted(text, start, end)
    tokens = _Tokens()
    made = map(_Token, offsets[1::2], offsets[2::2], words, acutes, capitals)
    # quotes open no clause and may split a phrase: d'"accord
    tokens.extend(compress(made, words) if "" in words else made)
    return tokens


def _tokens_inverted(text: str, start: int, end: int) -> _Tokens:
    """The tokens of a sentence with a word ending on its inverted subject."""
    tokens = _Tokens()
    for m in _TOKEN.finditer(text, start, end):
        raw = m.group()
        word, acute, capital, inverted = _WORDS[raw]
        if word:  # quotes open no clause and may split a phrase: d'"accord
            lo, hi = m.span()
            found = _INVERTED_SUBJECT.search(raw) if inverted else None
            if found:  # "a-t-il déclaré", "dit-elle": the verb, then its subject marked "-il"
                cut = lo + found.start()
                tokens.append(_Token(lo, cut, *_WORDS[raw[: found.start()]][:3]))
                tokens.append(_Token(cut, hi, "-" + (found.group(1) or found.group(2)).lower()))
                continue
            tokens.append(_Token(lo, hi, word, acute, capital))
    return tokens


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # _TOKEN, its words kept by re.split


# A French subject pronoun after its verb and a hyphen ("a-t-il", "dit-elle", "disent-ils",
# "a-t-on"): the verb is finite and its auxiliary is read ("a-t-il déclaré" is a past).
_INVERTED_SUBJECT = re.compile(r"(?<=\w)[-‑](?:t[-‑])?(il|elle|ils|elles)$|(?<=\w)[-‑]t[-‑](on)$", re.IGNORECASE)


class _WordInfo(dict):
    """raw token → (its folded word, "" for a quote; whether it ends in é, ée, és, ées; whether it
    starts with a capital; whether it ends on an inverted subject: "dit-elle"), each distinct
    word read once (a corpus repeats its words)."""

    def __missing__(self, raw: str) -> tuple[str, bool, bool, bool]:
        if raw in _QUOTES:
            word = ""
        else:
            lower = raw.lower()
            word = lower if lower in _ACCENT_KEPT else fold(raw).rstrip("'’")
        inverted = ("-" in raw or "‑" in raw) and _INVERTED_SUBJECT.search(raw) is not None
        seen = (word, _ACUTE_END.search(raw) is not None, raw[0].isupper(), inverted)
        if len(self) < _WORDS_KEPT:
            self[raw] = seen
        return seen


_WORDS = _WordInfo()
_WORDS_KEPT = 1 << 17


def _word(raw: str) -> tuple[str, bool, bool, bool]:
    """A token's folded word, its acute ending, its capital and its inverted subject (_WORDS)."""
    return _WORDS[raw]


def _roles(words: list[str], lex: Lexicon) -> list[dict[str, tuple[Entry, int]]]:
    """For each word, the longest phrase of each role that starts there, with its length in
    words."""
    return lex.roles(words)


def _has(roles: list[dict], i: int, role: str) -> bool:
    return 0 <= i < len(roles) and role in roles[i]


class _Spans(list):
    """A sentence's date phrases as ``_inside`` asks of them, for each predicate and many
    tokens: indexed once by start, each with the furthest end of those starting at or before it
    (a scan of them all for each was quadratic in a long sentence of dates)."""

    __slots__ = ("_starts", "_furthest")

    def __init__(self, spans) -> None:
        super().__init__(spans)
        ordered = sorted(self)
        self._starts = [lo for lo, _hi in ordered]
        self._furthest = list(accumulate((hi for _lo, hi in ordered), max))

    def hold(self, at: int) -> bool:
        k = bisect_right(self._starts, at) - 1
        return k >= 0 and self._furthest[k] > at


def _inside(token: _Token, spans) -> bool:
    if isinstance(spans, _Spans):
        return spans.hold(token.start)
    return any(lo <= token.start < hi for lo, hi in spans)


def _phrase_here(tokens: list[_Token], k: int, phrase: tuple[str, ...]) -> bool:
    if k + len(phrase) > len(tokens):
        return False
    for j, word in enumerate(phrase, k):  # (a loop, not all() of a generator: called very often)
        if tokens[j].word != word:
            return False
    return True

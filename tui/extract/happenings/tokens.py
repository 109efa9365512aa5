"""A sentence's words as the happenings' grammar reads them: tokens (folded words and
punctuation marks), the roles the lexicon gives them, and the word classes every part reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.extract.happenings.words import _ACCENT_KEPT, word_set, word_sets
from tui.extract.lexicon import Entry, Lexicon
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


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    tokens = []
    known = _WORDS
    for m in _TOKEN.finditer(text, start, end):
        raw = m.group()
        folded = known.get(raw) or _word(raw)  # (its folded word, whether it ends in -é, -ée…)
        if folded[0]:  # quotes open no clause and may split a phrase: d'"accord
            lo, hi = m.span()
            inverted = _INVERTED_SUBJECT.search(raw) if "-" in raw or "‑" in raw else None
            if inverted:  # "a-t-il déclaré", "dit-elle": the verb, then its subject marked "-il"
                cut = lo + inverted.start()
                tokens.append(_Token(lo, cut, *_word(raw[: inverted.start()]), raw[0].isupper()))
                tokens.append(_Token(cut, hi, "-" + (inverted.group(1) or inverted.group(2)).lower()))
                continue
            tokens.append(_Token(lo, hi, *folded, raw[0].isupper()))
    return tokens


# A French subject pronoun after its verb and a hyphen ("a-t-il", "dit-elle", "disent-ils",
# "a-t-on"): the verb is finite and its auxiliary is read ("a-t-il déclaré" is a past).
_INVERTED_SUBJECT = re.compile(r"(?<=\w)[-‑](?:t[-‑])?(il|elle|ils|elles)$|(?<=\w)[-‑]t[-‑](on)$", re.IGNORECASE)


# raw token → (folded word, "" for a quote; whether it ends in é, ée, és, ées), filled as met
_WORDS: dict[str, tuple[str, bool]] = {}
_WORDS_KEPT = 1 << 17


def _word(raw: str) -> tuple[str, bool]:
    """A token's folded word and its acute ending, remembered (a corpus repeats its words)."""
    if raw in _QUOTES:
        word = ""
    else:
        lower = raw.lower()
        word = lower if lower in _ACCENT_KEPT else fold(raw).rstrip("'’")
    seen = (word, _ACUTE_END.search(raw) is not None)
    if len(_WORDS) < _WORDS_KEPT:
        _WORDS[raw] = seen
    return seen


def _roles(words: list[str], lex: Lexicon) -> list[dict[str, tuple[Entry, int]]]:
    """For each word, the longest phrase of each role that starts there, with its length in
    words."""
    return lex.roles(words)


def _has(roles: list[dict], i: int, role: str) -> bool:
    return 0 <= i < len(roles) and role in roles[i]


def _inside(token: _Token, spans) -> bool:
    return any(lo <= token.start < hi for lo, hi in spans)


def _phrase_here(tokens: list[_Token], k: int, phrase: tuple[str, ...]) -> bool:
    return tuple(t.word for t in tokens[k : k + len(phrase)]) == phrase

"""The word lists the grammar of happenings reads (data/happening_words.yaml), folded as the
text's words are. Each module takes its lists when it is imported: the file is read once per
process (and kept compiled in the user cache, see :func:`tui.extract.data.load`)."""

from __future__ import annotations

import re
from functools import lru_cache

from tui.extract.data import load
from tui.util.text import fold, phrase_alternation

_FILE = "happening_words.yaml"
# Folding would make "à" the auxiliary "a" and "où" the conjunction "ou": these keep accents.
_ACCENT_KEPT = frozenset({"à", "où", "là"})


def _text(value: object) -> str:
    if not isinstance(value, str):  # (YAML reads a bare `on` or `no` as a boolean: a word lost)
        raise ValueError(f"{_FILE}: {value!r} in a word list (quote it)")
    return value


def _folded(word: object) -> str:
    lower = _text(word).lower()
    return lower if lower in _ACCENT_KEPT else fold(lower)


def word_set(name: str) -> frozenset[str]:
    """The folded words of the list ``name``."""
    return frozenset(_folded(w) for w in load(_FILE)[name])


def word_sets(name: str) -> dict[str, frozenset[str]]:
    """The folded words of the lists of ``name``, by language."""
    return {lang: frozenset(_folded(w) for w in words) for lang, words in load(_FILE)[name].items()}


def phrase_list(name: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of the list ``name``, in their order, each as its folded words."""
    return tuple(tuple(_folded(w) for w in _text(phrase).split()) for phrase in load(_FILE)[name])


# The source of a report, named right after its attribution ("Selon Paul Morel, …") or after
# its description, a comma after the name ("Selon son médecin, Paul Morel, son état …",
# "according to his lawyer John Miller, …"): they speak of someone else, whom a pronoun after
# them stands for. Not a name after the attribution's comma with none after it: "Selon le
# rapport, Paul Morel a signé" tells what he did.
# (the attributions are ``attribution_openers``, as written: "d après" reads "d'après")
@lru_cache(maxsize=1)
def _attribution_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name right after an attribution, and one after its description (a comma between or not)."""
    openers = phrase_alternation(map(_text, load(_FILE)["attribution_openers"]), gap=r"['’\s]+")
    right_before = re.compile(rf"\b(?:{openers})\s+$", re.IGNORECASE)
    described_before = re.compile(rf"\b(?:{openers})\s+(?:[\w'’-]+\s+){{0,3}}[\w'’-]+(?:\s*,)?\s*$", re.IGNORECASE)
    return right_before, described_before


_SET_OFF_AFTER = re.compile(r"\s*,")
_SOURCE_REACH = 40  # characters before a name where its attribution may open


def named_as_source(text: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether the name at ``start:end`` is the source of an attribution opening before it, not
    before ``floor`` ("Selon son avocat, Paul Morel, …": Paul Morel speaks of someone else;
    not "Selon le rapport, Paul Morel a signé", where he acts)."""
    lo = max(floor, start - _SOURCE_REACH)
    right_before, described_before = _attribution_patterns()
    if right_before.search(text, lo, start):
        return True
    return described_before.search(text, lo, start) is not None and _SET_OFF_AFTER.match(text, end) is not None

"""Compound adjectives of two countries ("une rencontre américano-ukrainienne", "le sommet
franco-allemand", "Sino-American talks", "Israeli-Palestinian talks"): each half names its
country, as a demonym alone does ("l'offensive russe"). The name finder reads a hyphenated word
as one word, which no gazetteer alias matches: these are found after it, once per document.

Language data: data/participants.yaml (``demonym_prefixes``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from tui.extract.data import load
from tui.extract.gazetteer import Gazetteer
from tui.extract.model import ActorKind, Mention
from tui.util.text import fold

# A hyphen before a letter: found in one scan of the text (a pattern matching whole words would
# try every word), the word around it then read.
_HYPHEN = re.compile(r"[-‑](?=[^\W\d_])")
HYPHENS = "-‑"


@cache
def _prefixes() -> dict[str, str]:
    """Folded prefix form → the folded key of its country's gazetteer entry."""
    return {fold(str(form)): fold(str(country)) for form, country in load("participants.yaml")["demonym_prefixes"].items()}


def with_compound_demonyms(text: str, spans: Sequence[tuple[int, int]], mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` (in text order) with a mention for each half of a compound adjective of
    countries in ``spans`` that no mention covers already ("Guinée-Bissau" is one name)."""
    if "-" not in text and "‑" not in text:
        return mentions
    found: list[Mention] = []
    replaced: set[int] = set()
    starts = [m.start for m in mentions]
    for lo, hi in spans:
        done = lo  # (the end of the last word read: a word of three halves has two hyphens)
        for hyphen in _HYPHEN.finditer(text, lo, hi):
            if hyphen.start() < done:
                continue
            start, end = _word_around(text, hyphen.start(), lo, hi)
            done = end
            if start == hyphen.start():
                continue  # (a dash before a word: "- Le CERN")
            n = bisect_left(starts, end) - 1
            # (inside a name found already, unless that name is the word alone, unknown:
            # "Sino-American" capitalised is read as a name)
            covered = n >= 0 and mentions[n].end > start
            if covered and (mentions[n].entry is not None or (mentions[n].start, mentions[n].end) != (start, end)):
                continue
            halves = _halves(text, start, text[start:end], gazetteer)
            found.extend(halves)
            if halves and covered:
                replaced.add(n)
    if not found:
        return mentions
    kept = (m for n, m in enumerate(mentions) if n not in replaced)
    return sorted([*kept, *found], key=lambda m: m.start)


def hyphenated_word(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """``start:end`` widened over the letters and hyphens around it, within ``lo:hi``: the
    whole of "russo-américaines" from "russo"."""
    hi = len(text) if hi is None else hi
    while start > lo and (text[start - 1].isalpha() or text[start - 1] in HYPHENS):
        start -= 1
    while end < hi and (text[end].isalpha() or text[end] in HYPHENS):
        end += 1
    return start, end


def _word_around(text: str, hyphen: int, lo: int, hi: int) -> tuple[int, int]:
    """The span of the hyphenated word holding the hyphen at ``hyphen`` (letters and hyphens)."""
    start, end = hyphenated_word(text, hyphen, hyphen + 1, lo, hi)
    while text[end - 1] in HYPHENS:
        end -= 1
    while text[start] in HYPHENS and start < end:
        start += 1
    return start, end


def _halves(text: str, start: int, word: str, gazetteer: Gazetteer) -> list[Mention]:
    """The country mentions of a compound's halves, or none unless every half names a country."""
    halves, at = [], start
    for half in re.split(r"[-‑]", word):
        if not half:
            return []
        entry = _country(half, last=at + len(half) == start + len(word), gazetteer=gazetteer)
        if entry is None:
            return []
        halves.append(Mention(at, at + len(half), half, entry, entry, ActorKind.COUNTRY))
        at += len(half) + 1
    return halves


def _country(half: str, last: bool, gazetteer: Gazetteer) -> str | None:
    """The key of the country a half names: a prefix form ("américano") before the last half,
    else a one-word demonym or name of a country ("ukrainienne", "American")."""
    folded = fold(half.lower())
    key = _prefixes().get(folded) if not last else None
    if key is None:
        key = next(
            (p.entry.key for p in (*gazetteer.patterns_starting(half), *gazetteer.patterns_starting(folded)) if len(p.tokens) == 1 and p.entry.kind == ActorKind.COUNTRY),
            None,
        )
    entry = gazetteer.entry(key) if key else None
    return entry.key if entry is not None and entry.kind == ActorKind.COUNTRY else None

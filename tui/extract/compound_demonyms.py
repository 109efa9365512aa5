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

# A word of two halves or more joined by hyphens (each half is then asked for its country).
_COMPOUND = re.compile(r"\b[^\W\d_]+(?:[-‑][^\W\d_]+)+")


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
        for match in _COMPOUND.finditer(text, lo, hi):
            n = bisect_left(starts, match.end()) - 1
            # (inside a name found already, unless that name is the word alone, unknown:
            # "Sino-American" capitalised is read as a name)
            covered = n >= 0 and mentions[n].end > match.start()
            if covered and (mentions[n].entry is not None or (mentions[n].start, mentions[n].end) != match.span()):
                continue
            halves = _halves(text, match.start(), match.group(), gazetteer)
            found.extend(halves)
            if halves and covered:
                replaced.add(n)
    if not found:
        return mentions
    kept = (m for n, m in enumerate(mentions) if n not in replaced)
    return sorted([*kept, *found], key=lambda m: m.start)


def _halves(text: str, start: int, word: str, gazetteer: Gazetteer) -> list[Mention]:
    """The country mentions of a compound's halves, or none unless every half names a country."""
    halves, at = [], start
    for half in re.split(r"[-‑]", word):
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

"""The one in-memory store every view reads: documents, events in date order, actors, indexes.

Built once (see ``tui.build``), never mutated. Queries answer with sorted event ids from
precomputed indexes (postings per actor and per word, date arrays searched by bisection), so a
filter costs set operations on integers, never a rescan of article text.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from tui.corpus.document import Document, Problem
from tui.extract.model import Actor, Event, ResolvedMention, When
from tui.textutil import fold

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Query:
    """A timeline filter. Empty fields do not filter."""

    actors: frozenset[int] = frozenset()
    match_all: bool = False  # all of the actors, rather than any of them
    include_members: bool = False  # an organisation or country also stands for its members
    text: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @property
    def is_empty(self) -> bool:
        return not self.actors and not self.text.strip() and self.date_from is None and self.date_to is None


@dataclass(frozen=True, slots=True)
class Store:
    documents: tuple[Document, ...]
    events: tuple[Event, ...]  # in date order; events[i].id == i
    actors: tuple[Actor, ...]  # actors[i].id == i
    mentions: tuple[tuple[ResolvedMention, ...], ...]  # per document, in text order
    problems: tuple[Problem, ...] = ()
    _index: "_Index" = field(default=None, repr=False)  # type: ignore[assignment]

    @classmethod
    def build(
        cls,
        documents: Sequence[Document],
        events: Iterable[Event],
        actors: Sequence[Actor],
        mentions: Sequence[Sequence[ResolvedMention]],
        problems: Sequence[Problem] = (),
    ) -> "Store":
        """Sort events into date order, number them, and build the indexes."""
        ordered = sorted(
            events,
            key=lambda e: (e.when.first, e.when.precision.rank, e.when.last, e.doc, e.start, e.timex_start),
        )
        # Equal dates share one When: a tenth of the objects to keep in memory and to unpickle.
        whens: dict[When, When] = {}
        numbered = tuple(
            Event(i, e.doc, e.start, e.end, e.timex_start, e.timex_end, whens.setdefault(e.when, e.when), e.actors, e.text)
            for i, e in enumerate(ordered)
        )
        index = _Index.build(numbered, actors, len(documents))
        return cls(
            tuple(documents),
            numbered,
            tuple(actors),
            tuple(tuple(m for m in doc_mentions if m.actor >= 0) for doc_mentions in mentions),
            tuple(problems),
            index,
        )

    # -- queries -------------------------------------------------------------------------------

    def query(self, query: Query) -> Sequence[int]:
        """Ids of the events that pass ``query``, in date order."""
        if query.is_empty:
            return range(len(self.events))
        index = self._index
        # Each selection is a sorted array or range of ids, or an unordered set.
        selections: list[Sequence[int] | set[int]] = []
        if query.actors:
            known = [a for a in query.actors if 0 <= a < len(index.by_actor)]
            if query.match_all and len(known) < len(query.actors):
                return []
            postings = [self._postings(a, query.include_members) for a in known]
            if not postings:
                return []
            if len(postings) == 1:
                selections.append(postings[0])
            elif query.match_all:
                postings.sort(key=len)
                chosen = set(postings[0])
                for other in postings[1:]:
                    chosen.intersection_update(other)
                selections.append(chosen)
            else:
                selections.append(set().union(*postings))
        if query.text.strip():
            selections.append(index.text_matches(query.text))
        if query.date_from is not None or query.date_to is not None:
            selections.append(index.date_matches(query.date_from, query.date_to))
        selections.sort(key=len)
        first = selections[0]
        if len(selections) == 1:
            return sorted(first) if isinstance(first, set) else list(first)
        result = set(first)
        for other in selections[1:]:
            if not result:
                break
            if isinstance(other, range):  # a date window: a bounds check, not a set of ids
                result = {i for i in result if i in other}
            else:
                result.intersection_update(other)
        return sorted(result)

    def _postings(self, actor: int, include_members: bool) -> Sequence[int]:
        """The sorted ids of the events naming ``actor`` (or one of its members)."""
        own = self._index.by_actor[actor]
        if not include_members:
            return own
        found = self._index.with_members.get(actor)
        if found is None:
            members = self.members(actor)
            if members:
                ids = set(own).union(*(self._index.by_actor[m] for m in members))
                found = array("i", sorted(ids))
            else:
                found = own
            self._index.with_members[actor] = found  # a large organisation's union costs ms: once
        return found

    def events_of_actor(self, actor: int) -> Sequence[int]:
        return self._index.by_actor[actor]

    def members(self, actor: int) -> frozenset[int]:
        """Actors that belong to ``actor``, directly or not (SVR and Moscou for Russie)."""
        found = self._index.members.get(actor)
        if found is None:
            found, stack = set(), list(self._index.children.get(actor, ()))
            while stack:
                child = stack.pop()
                if child not in found and child != actor:
                    found.add(child)
                    stack.extend(self._index.children.get(child, ()))
            found = self._index.members[actor] = frozenset(found)
        return found

    def actor_event_counts(self, event_ids: Sequence[int]) -> list[int]:
        """For each actor, how many of ``event_ids`` name it (the sidebar's counts under a filter)."""
        if isinstance(event_ids, range) and len(event_ids) == len(self.events):
            return [len(p) for p in self._index.by_actor]
        counts = [0] * len(self.actors)
        events = self.events
        for i in event_ids:
            for actor in events[i].actors:
                counts[actor] += 1
        return counts

    def co_actors(self, actor: int, limit: int = 10) -> list[tuple[int, int]]:
        """The actors named most often in the same events as ``actor``, with the shared count."""
        shared: dict[int, int] = {}
        for i in self._index.by_actor[actor]:
            for other in self.events[i].actors:
                if other != actor:
                    shared[other] = shared.get(other, 0) + 1
        return sorted(shared.items(), key=lambda item: (-item[1], self.actors[item[0]].name.casefold()))[:limit]

    def events_of_document(self, doc: int) -> Sequence[int]:
        return self._index.by_doc[doc]

    def first_event_from(self, day: dt.date) -> int:
        """Index of the first event whose date starts on or after ``day``."""
        return bisect_left(self._index.firsts, day.toordinal())

    def find_actor(self, name: str) -> Actor | None:
        """The actor called ``name`` (or with that alias), accent- and case-insensitively."""
        ids = self._index.by_name.get(fold(name.strip()))
        return self.actors[ids[0]] if ids else None

    def search_actors(self, text: str) -> list[Actor]:
        """Actors whose name or an alias contains ``text`` (accent- and case-insensitive)."""
        needle = fold(text.strip())
        if not needle:
            return list(self.actors)
        return [a for a, names in zip(self.actors, self._index.actor_names) if needle in names]

    def event_count(self, actor: int) -> int:
        return len(self._index.by_actor[actor])

    def mentions_in(self, doc: int) -> tuple[ResolvedMention, ...]:
        return self.mentions[doc]


@dataclass(slots=True)
class _Index:
    by_actor: list[array]
    by_doc: list[array]
    firsts: array  # ordinal of each event's first day (non-decreasing)
    lasts: array
    max_span: int
    vocabulary: list[str]  # sorted folded words
    postings: dict[str, array]
    by_name: dict[str, list[int]]
    actor_names: list[str]  # folded name and aliases, joined by a separator, per actor
    children: dict[int, list[int]]  # actor → the actors directly affiliated to it
    members: dict[int, frozenset[int]]  # filled lazily by Store.members
    with_members: dict[int, array] = field(default_factory=dict)  # filled lazily by Store._postings

    @classmethod
    def build(cls, events: Sequence[Event], actors: Sequence[Actor], n_docs: int) -> "_Index":
        by_actor = [array("i") for _ in actors]
        by_doc = [array("i") for _ in range(n_docs)]
        postings: dict[str, array] = defaultdict(lambda: array("i"))
        firsts, lasts = array("i"), array("i")
        max_span = 0
        # Words fold through a cache that lives for this build only (the words of a whole
        # corpus are not worth keeping in the reader's memory afterwards).
        fold_word = lru_cache(maxsize=None)(fold)
        for event in events:
            for actor in event.actors:
                by_actor[actor].append(event.id)
            by_doc[event.doc].append(event.id)
            first, last = event.when.first.toordinal(), event.when.last.toordinal()
            firsts.append(first)
            lasts.append(last)
            max_span = max(max_span, last - first)
            # Folding word by word through a cache gives the words folding the sentence gives
            # (no word spans white space), at a fraction of the cost over 100k sentences.
            for word in set(_WORD.findall(" ".join(map(fold_word, event.text.split())))):
                postings[word].append(event.id)
        by_name: dict[str, list[int]] = defaultdict(list)
        actor_names = []
        for actor in actors:
            keys = [fold(actor.name)] + [fold(a) for a in actor.aliases]
            for key in dict.fromkeys(keys):
                by_name[key].append(actor.id)
            actor_names.append("\x1f".join(keys))
        children: dict[int, list[int]] = defaultdict(list)
        for actor in actors:
            for parent in actor.affiliations or ((actor.member_of,) if actor.member_of is not None else ()):
                children[parent].append(actor.id)
        return cls(
            by_actor, by_doc, firsts, lasts, max_span, sorted(postings), dict(postings), dict(by_name), actor_names,
            dict(children), {},
        )

    def text_matches(self, text: str) -> set[int]:
        """Events containing every word of ``text``, each as a word prefix ("narych" → Narychkine)."""
        result: set[int] | None = None
        for term in _WORD.findall(fold(text)):
            lo = bisect_left(self.vocabulary, term)
            hi = bisect_left(self.vocabulary, term + "\U0010ffff")
            matched: set[int] = set()
            for word in self.vocabulary[lo:hi]:
                matched.update(self.postings[word])
            result = matched if result is None else result & matched
            if not result:
                return set()
        return result or set()

    def date_matches(self, date_from: dt.date | None, date_to: dt.date | None) -> range | set[int]:
        """Events whose interval meets [date_from, date_to]."""
        hi = bisect_right(self.firsts, date_to.toordinal()) if date_to else len(self.firsts)
        if date_from is None:
            return range(hi)
        start = date_from.toordinal()
        # Only events starting less than max_span days before date_from can still reach it.
        lo = bisect_left(self.firsts, start - self.max_span)
        sure = max(lo, bisect_left(self.firsts, start))
        reaching = {i for i in range(lo, min(sure, hi)) if self.lasts[i] >= start}
        return reaching.union(range(sure, hi)) if reaching else range(sure, hi)

"""The one in-memory store every view reads: documents, events in date order, actors, indexes.

Built once (see ``tui.loading.assemble``), never mutated. Queries answer with sorted event ids from
precomputed indexes (postings per actor, date arrays searched by bisection; the events' words are
indexed by the first text query), so a filter costs set operations on integers, never a rescan of
article text.

Events and actor mentions are kept as columns (arrays of integers), not as an object each:
100k events and 300k mentions would be a million small objects to build, to unpickle when the
store is reopened from the cache, and to keep in memory. ``store.events[i]`` and
``store.mentions_in(doc)`` make the objects on demand, for the few rows a screen shows.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import overload

from tui.corpus.document import Document, Problem
from tui.extract.lexicon import event_kinds
from tui.extract.model import Actor, DatedSentence, Event, Evidence, ResolvedMention, When
from tui.util.search import matches_phrases, parse_search
from tui.util.text import fold, folded_span

_WORD = re.compile(r"[^\W_]+")
_WORDS_BUILD = threading.Lock()


@dataclass(frozen=True, slots=True)
class Query:
    """A timeline filter. Empty fields do not filter."""

    actors: frozenset[int] = frozenset()
    match_all: bool = False  # all of the actors, rather than any of them
    include_members: bool = False  # an organisation or country also stands for its members
    text: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kinds: frozenset[str] = frozenset()  # events of any of these kinds ("meeting", "statement", ...)
    # Only these events (the user's starred ones, found in this store by ``tui.bookmarks``);
    # None does not filter. The store knows ids, not bookmarks: they are the user's data.
    starred: frozenset[int] | None = None

    @property
    def is_empty(self) -> bool:
        return (
            not self.actors and not self.kinds and not self.text.strip() and self.date_from is None and self.date_to is None
            and self.starred is None
        )


class EventTable(Sequence[Event]):
    """The events in date order as parallel columns; ``table[i]`` makes event ``i``.

    An event's sentence text is not stored: it is the document's text over the sentence's span,
    white space folded, made again when asked for (the document text is in memory anyway).
    Each event's evidence (the sentences telling it) is a run of rows of the evidence columns;
    the first row is the event's own sentence.
    """

    __slots__ = ("doc", "start", "end", "timex_start", "timex_end", "when_index", "whens", "actor_bounds", "actor_ids",
                 "kind_index", "kinds", "reported_index", "by_article", "headlines", "evidence", "participants", "_texts")

    def __init__(
        self,
        doc: array,
        start: array,
        end: array,
        timex_start: array,
        timex_end: array,
        when_index: array,  # into ``whens``
        whens: tuple[When, ...],  # the distinct dates, each kept once
        actor_bounds: array,  # event i names actor_ids[actor_bounds[i]:actor_bounds[i + 1]]
        actor_ids: array,
        kind_index: array | None = None,  # into ``kinds``
        kinds: tuple[str, ...] = (),
        reported_index: array | None = None,  # into ``whens``; -1: not reported apart
        by_article: array | None = None,  # 1: dated by its article only
        headlines: tuple[str, ...] = (),
        evidence: "EvidenceTable | None" = None,
        participants: array | None = None,  # how many of an event's actors take part; -1: all
    ) -> None:
        self.doc, self.start, self.end = doc, start, end
        self.timex_start, self.timex_end = timex_start, timex_end
        self.when_index, self.whens = when_index, whens
        self.actor_bounds, self.actor_ids = actor_bounds, actor_ids
        n = len(doc)
        self.kind_index = kind_index if kind_index is not None else array("b", bytes(n))
        self.kinds = kinds or ("other",)
        self.reported_index = reported_index if reported_index is not None else array("i", [-1]) * n
        self.by_article = by_article if by_article is not None else array("b", bytes(n))
        self.headlines = headlines or ("",) * n
        self.evidence = evidence if evidence is not None else EvidenceTable.of_sentences(doc, start, end, timex_start, timex_end)
        self.participants = participants if participants is not None else array("i", [-1]) * n
        self._texts: Sequence[str] = ()

    @classmethod
    def from_events(cls, events: Sequence[Event | DatedSentence]) -> "EventTable":
        """The table of ``events``, already in their final order (``events[i].id == i``)."""
        doc, start, end, timex_start, timex_end = (array("i") for _ in range(5))
        when_index, actor_bounds, actor_ids = array("i"), array("i", [0]), array("i")
        kind_index, reported_index, by_article, participants = array("b"), array("i"), array("b"), array("i")
        whens: dict[When, int] = {}
        kinds: dict[str, int] = {}
        headlines = []
        evidence = EvidenceTable.empty()
        for event in events:
            doc.append(event.doc)
            start.append(event.start)
            end.append(event.end)
            timex_start.append(event.timex_start)
            timex_end.append(event.timex_end)
            when_index.append(whens.setdefault(event.when, len(whens)))
            actor_ids.extend(event.actors)
            actor_bounds.append(len(actor_ids))
            kind_index.append(kinds.setdefault(event.kind, len(kinds)))
            reported_index.append(whens.setdefault(event.reported, len(whens)) if event.reported else -1)
            by_article.append(1 if event.dated_by_article else 0)
            headlines.append(event.headline)
            participants.append(event.participants)
            evidence.add(event.evidence or (Evidence(event.doc, event.start, event.end, event.timex_start, event.timex_end),))
        return cls(doc, start, end, timex_start, timex_end, when_index, tuple(whens), actor_bounds, actor_ids,
                   kind_index, tuple(kinds), reported_index, by_article, tuple(headlines), evidence, participants)

    def bind(self, texts: Sequence[str]) -> "EventTable":
        """Give the table its documents' texts (kept out of its pickle: the store pickles them once)."""
        self._texts = texts
        return self

    def __reduce__(self) -> tuple:
        columns = (self.doc, self.start, self.end, self.timex_start, self.timex_end)
        return EventTable, (*columns, self.when_index, self.whens, self.actor_bounds, self.actor_ids,
                            self.kind_index, self.kinds, self.reported_index, self.by_article, self.headlines, self.evidence,
                            self.participants)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventTable):
            return NotImplemented
        return self.__reduce__()[1] == other.__reduce__()[1]

    __hash__ = None  # type: ignore[assignment]

    def __len__(self) -> int:
        return len(self.doc)

    @overload
    def __getitem__(self, i: int) -> Event: ...
    @overload
    def __getitem__(self, i: slice) -> list[Event]: ...
    def __getitem__(self, i: int | slice) -> Event | list[Event]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self.doc)
        if not 0 <= i < len(self.doc):
            raise IndexError(f"event {i} of {len(self.doc)}")
        doc, start, end = self.doc[i], self.start[i], self.end[i]
        text = folded_span(self._texts[doc], start, end)
        reported = self.reported_index[i]
        return Event(
            i, doc, start, end, self.timex_start[i], self.timex_end[i], self.whens[self.when_index[i]],
            tuple(self.actor_ids[self.actor_bounds[i] : self.actor_bounds[i + 1]]), text,
            self.headlines[i], self.kinds[self.kind_index[i]], self.whens[reported] if reported >= 0 else None,
            bool(self.by_article[i]), self.evidence.of(i), self.participants[i],
        )

    def __iter__(self) -> Iterator[Event]:
        return (self[i] for i in range(len(self)))

    def sentences(self) -> Iterator[str]:
        """Each event's sentence as its document writes it (white space not folded), in order."""
        texts = self._texts
        return (texts[doc][start:end] for doc, start, end in zip(self.doc, self.start, self.end))

    def searchable(self) -> Iterator[str]:
        """Each event's words: its headline and every sentence telling it."""
        return (self.searchable_text(i) for i in range(len(self.headlines)))

    def searchable_text(self, i: int) -> str:
        """Event ``i``'s words: its headline and every sentence telling it."""
        texts = self._texts
        told = (texts[e.doc][e.start : e.end] for e in self.evidence.of(i))
        return " ".join((self.headlines[i], *told))

    def when(self, i: int) -> When:
        """Event ``i``'s date, without making the event."""
        return self.whens[self.when_index[i]]

    def place(self, i: int) -> tuple[int, int, int]:
        """Where event ``i`` is told first, within its article: its sentence, date phrase and
        clause (what finds it again in another store of the same articles)."""
        first = self.evidence.bounds[i]
        return self.start[i], self.timex_start[i], self.evidence.clause_start[first]

    def kind(self, i: int) -> str:
        """Event ``i``'s kind, without making the event."""
        return self.kinds[self.kind_index[i]]

    def actors(self, i: int) -> array:
        """Event ``i``'s actors, without making the event."""
        return self.actor_ids[self.actor_bounds[i] : self.actor_bounds[i + 1]]


class EvidenceTable:
    """The sentences telling each event, as columns; event i's rows are bounds[i]:bounds[i+1]."""

    __slots__ = ("bounds", "doc", "start", "end", "timex_start", "timex_end", "rule_index", "rules", "clause_start", "clause_end")

    def __init__(self, bounds: array, doc: array, start: array, end: array, timex_start: array, timex_end: array,
                 rule_index: array, rules: tuple[str, ...], clause_start: array, clause_end: array) -> None:
        self.bounds, self.doc, self.start, self.end = bounds, doc, start, end
        self.timex_start, self.timex_end = timex_start, timex_end
        self.rule_index, self.rules = rule_index, rules
        self.clause_start, self.clause_end = clause_start, clause_end

    @classmethod
    def empty(cls) -> "EvidenceTable":
        return cls(array("i", [0]), *(array("i") for _ in range(5)), array("b"), (), array("i"), array("i"))

    @classmethod
    def of_sentences(cls, doc, start, end, timex_start, timex_end) -> "EvidenceTable":
        """One row per event: its own sentence (a table built before the event layer)."""
        table = cls.empty()
        for row in zip(doc, start, end, timex_start, timex_end):
            table.add((Evidence(*row),))
        return table

    def add(self, rows: Sequence[Evidence]) -> None:
        rules = list(self.rules)
        for row in rows:
            self.doc.append(row.doc)
            self.start.append(row.start)
            self.end.append(row.end)
            self.timex_start.append(row.timex_start)
            self.timex_end.append(row.timex_end)
            self.clause_start.append(row.clause_start)
            self.clause_end.append(row.clause_end)
            if row.rule not in rules:
                rules.append(row.rule)
            self.rule_index.append(rules.index(row.rule))
        self.rules = tuple(rules)
        self.bounds.append(len(self.doc))

    def of(self, i: int) -> tuple[Evidence, ...]:
        lo, hi = self.bounds[i], self.bounds[i + 1]
        return tuple(
            Evidence(self.doc[k], self.start[k], self.end[k], self.timex_start[k], self.timex_end[k], self.rules[self.rule_index[k]],
                     self.clause_start[k], self.clause_end[k])
            for k in range(lo, hi)
        )

    def docs(self, i: int) -> array:
        """The articles of event ``i``'s evidence (with repeats), without making the rows."""
        return self.doc[self.bounds[i] : self.bounds[i + 1]]

    def __reduce__(self) -> tuple:
        return EvidenceTable, (self.bounds, self.doc, self.start, self.end, self.timex_start, self.timex_end, self.rule_index, self.rules,
                               self.clause_start, self.clause_end)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EvidenceTable):
            return NotImplemented
        return self.__reduce__()[1] == other.__reduce__()[1]

    __hash__ = None  # type: ignore[assignment]


class MentionTable(Sequence[tuple[ResolvedMention, ...]]):
    """Each document's resolved actor mentions, in text order, as one column of (start, end,
    actor) triples; ``table[doc]`` makes one document's mentions."""

    __slots__ = ("triples", "doc_bounds")

    def __init__(self, triples: array, doc_bounds: array) -> None:
        self.triples = triples
        self.doc_bounds = doc_bounds  # document d's triples: triples[3*doc_bounds[d]:3*doc_bounds[d+1]]

    @classmethod
    def from_mentions(cls, mentions: Sequence[Sequence[ResolvedMention]]) -> "MentionTable":
        triples, doc_bounds = array("i"), array("i", [0])
        for doc_mentions in mentions:
            for m in doc_mentions:
                if m.actor >= 0:  # a name that resolution dropped marks nothing
                    triples.extend((m.start, m.end, m.actor))
            doc_bounds.append(len(triples) // 3)
        return cls(triples, doc_bounds)

    def __reduce__(self) -> tuple:
        return MentionTable, (self.triples, self.doc_bounds)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MentionTable):
            return NotImplemented
        return self.triples == other.triples and self.doc_bounds == other.doc_bounds

    __hash__ = None  # type: ignore[assignment]

    def __len__(self) -> int:
        return len(self.doc_bounds) - 1

    def __getitem__(self, doc: int) -> tuple[ResolvedMention, ...]:  # type: ignore[override]
        if doc < 0:
            doc += len(self)
        if not 0 <= doc < len(self):
            raise IndexError(f"document {doc} of {len(self)}")
        t = self.triples
        lo, hi = 3 * self.doc_bounds[doc], 3 * self.doc_bounds[doc + 1]
        return tuple(ResolvedMention(t[k], t[k + 1], t[k + 2]) for k in range(lo, hi, 3))


@dataclass(frozen=True, slots=True)
class Store:
    documents: tuple[Document, ...]
    events: EventTable  # in date order; events[i].id == i
    actors: tuple[Actor, ...]  # actors[i].id == i
    mentions: MentionTable  # per document, in text order
    problems: tuple[Problem, ...] = ()
    _index: "_Index" = field(default=None, repr=False, compare=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        # A table of its own bound to these documents (the columns are shared, not copied): a
        # table given to another Store keeps the texts of that store's documents.
        object.__setattr__(self, "events", copy.copy(self.events).bind([d.text for d in self.documents]))

    def __reduce__(self) -> tuple:
        # Through __init__ (not the slots state), so the event table is bound again.
        return Store, (self.documents, self.events, self.actors, self.mentions, self.problems, self._index)

    @classmethod
    def build(
        cls,
        documents: Sequence[Document],
        events: Iterable[Event | DatedSentence],
        actors: Sequence[Actor],
        mentions: Sequence[Sequence[ResolvedMention]],
        problems: Sequence[Problem] = (),
    ) -> "Store":
        """Sort events into date order, number them, and build the indexes (an Event's own id
        and text are not read: ids are positions, texts are cut from the documents)."""
        ordered = sorted(
            events,
            key=lambda e: (e.when.first, e.when.precision.rank, e.when.last, e.doc, e.start, e.timex_start),
        )
        index = _Index.build(ordered, actors, len(documents))
        return cls(
            tuple(documents),
            EventTable.from_events(ordered),
            tuple(actors),
            MentionTable.from_mentions(mentions),
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
        if query.kinds:
            postings = [index.by_kind[k] for k in query.kinds if k in index.by_kind]
            if not postings:
                return []
            selections.append(postings[0] if len(postings) == 1 else set().union(*postings))
        if query.text.strip():
            selections.append(self._text_matches(query.text))
        if query.date_from is not None or query.date_to is not None:
            selections.append(index.date_matches(query.date_from, query.date_to))
        if query.starred is not None:
            selections.append({i for i in query.starred if 0 <= i < len(self.events)})
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

    def prepare_search(self) -> None:
        """Build the word index now (a text query builds it on first use: ~1.7 s at 100k events)."""
        self._index.words(self.events)

    def _text_matches(self, text: str) -> set[int]:
        """Events holding every word of ``text`` (as word prefixes) and its "quoted phrases"."""
        found = self._index.words(self.events).matches(text)
        search = parse_search(text)
        if search.phrases and found:
            found = {i for i in found if matches_phrases(self.events.searchable_text(i), search)}
        return found

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
        bounds, actor_ids = self.events.actor_bounds, self.events.actor_ids
        for i in event_ids:
            for k in range(bounds[i], bounds[i + 1]):
                counts[actor_ids[k]] += 1
        return counts

    def kind_counts(self, event_ids: Sequence[int]) -> dict[str, int]:
        """For each kind of the store's events, how many of ``event_ids`` are of it (the sidebar's
        counts under a filter), in the taxonomy's order (``tui.extract.lexicon.event_kinds``)."""
        by_kind = self._index.by_kind
        if isinstance(event_ids, range) and len(event_ids) == len(self.events):
            counts = {kind: len(ids) for kind, ids in by_kind.items()}
        else:
            kinds, kind_index = self.events.kinds, self.events.kind_index
            counts = dict.fromkeys(by_kind, 0)
            for k, n in Counter(map(kind_index.__getitem__, event_ids)).items():
                counts[kinds[k]] = n
        order = {kind: n for n, kind in enumerate(event_kinds())}
        return dict(sorted(counts.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))

    def co_actors(self, actor: int, limit: int = 10) -> list[tuple[int, int]]:
        """The actors named most often in the same events as ``actor``, with the shared count."""
        shared: dict[int, int] = {}
        for i in self._index.by_actor[actor]:
            for other in self.events.actors(i):
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

    def actors_in_events(self) -> frozenset[int]:
        """The ids of the actors named by at least one event: the reader's sidebar lists only
        these (an actor named in no event would filter the timeline to nothing)."""
        return frozenset(a for a, ids in enumerate(self._index.by_actor) if ids)

    def mentions_in(self, doc: int) -> tuple[ResolvedMention, ...]:
        return self.mentions[doc]


@dataclass(slots=True)
class _Index:
    by_actor: list[array]
    by_doc: list[array]
    firsts: array  # ordinal of each event's first day (non-decreasing)
    lasts: array
    max_span: int
    by_name: dict[str, list[int]]
    actor_names: list[str]  # folded name and aliases, joined by a separator, per actor
    children: dict[int, list[int]]  # actor → the actors directly affiliated to it
    by_kind: dict[str, array]  # kind → the sorted ids of the events of that kind
    # Filled on demand (by Store.members, Store._postings and the first text query), and neither
    # compared nor pickled: the same index whether or not a query has run yet.
    members: dict[int, frozenset[int]] = field(default_factory=dict, compare=False)
    with_members: dict[int, array] = field(default_factory=dict, compare=False)
    # Only a text query needs the words of every event (the reader never asks, the headless
    # commands' --text does): built then, not in every load (~1 s and ~15 MB at 100k events).
    word_index: "_WordIndex | None" = field(default=None, compare=False)

    def __reduce__(self) -> tuple:
        built = (self.by_actor, self.by_doc, self.firsts, self.lasts, self.max_span, self.by_name, self.actor_names, self.children,
                 self.by_kind)
        return _Index, built

    def words(self, events: EventTable) -> "_WordIndex":
        # One build at a time: the reader starts one in a thread when the search opens, and the
        # first query typed waits for it rather than building a second.
        with _WORDS_BUILD:
            if self.word_index is None:
                self.word_index = _WordIndex.build(events.searchable())
        return self.word_index

    @classmethod
    def build(cls, events: Sequence[Event | DatedSentence], actors: Sequence[Actor], n_docs: int) -> "_Index":
        """The indexes of ``events`` in their final order (event ids are positions)."""
        by_actor = [array("i") for _ in actors]
        by_doc = [array("i") for _ in range(n_docs)]
        firsts, lasts = array("i"), array("i")
        by_kind: dict[str, array] = {}
        max_span = 0
        for event_id, event in enumerate(events):
            by_kind.setdefault(event.kind, array("i")).append(event_id)
            for actor in event.actors:
                by_actor[actor].append(event_id)
            for doc in dict.fromkeys(e.doc for e in event.evidence) if event.evidence else (event.doc,):
                by_doc[doc].append(event_id)
            first, last = event.when.first.toordinal(), event.when.last.toordinal()
            firsts.append(first)
            lasts.append(last)
            max_span = max(max_span, last - first)
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
            by_actor, by_doc, firsts, lasts, max_span, dict(by_name), actor_names, dict(children), by_kind,
        )

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


@dataclass(slots=True)
class _WordIndex:
    """The events' words, folded: the sorted vocabulary and each word's event ids."""

    vocabulary: list[str]
    postings: dict[str, array]

    @classmethod
    def build(cls, sentences: Iterable[str]) -> "_WordIndex":
        postings: dict[str, array] = defaultdict(lambda: array("i"))
        # Words fold through a cache that lives for this build only (the words of a whole
        # corpus are not worth keeping in memory afterwards).
        fold_word = lru_cache(maxsize=None)(fold)
        for event_id, sentence in enumerate(sentences):
            # Folding word by word through a cache gives the words folding the sentence gives
            # (no word spans white space), at a fraction of the cost over 100k sentences.
            for word in set(_WORD.findall(" ".join(map(fold_word, sentence.split())))):
                postings[word].append(event_id)
        return cls(sorted(postings), dict(postings))

    def matches(self, text: str) -> set[int]:
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
